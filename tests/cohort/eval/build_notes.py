"""Turn the hand-written notes (``notes_da.txt``, ``notes_en.txt``) into ``notes.jsonl``,
the held-out notes (``holdout_da.txt``, ``holdout_en.txt``) into ``holdout.jsonl``, and the
second held-out set (``holdout2_da.txt``, ``holdout2_en.txt``, see ``write_holdout2.py``)
into ``holdout2.jsonl``.

Markup: ``[[KIND:text]]`` marks an identifying span, ``{{text}}`` a must-keep span.
Run ``python -m tests.cohort.eval.build_notes`` after editing the notes (it writes both).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = ("notes_da.txt", "notes_en.txt")
JSONL = HERE / "notes.jsonl"
HOLDOUT_SOURCES = ("holdout_da.txt", "holdout_en.txt")
HOLDOUT_JSONL = HERE / "holdout.jsonl"
HOLDOUT2_SOURCES = ("holdout2_da.txt", "holdout2_en.txt")
HOLDOUT2_JSONL = HERE / "holdout2.jsonl"
# name → (sources, built file); ``report.py --set NAME`` scores one
SETS = {"notes": (SOURCES, JSONL), "holdout": (HOLDOUT_SOURCES, HOLDOUT_JSONL), "holdout2": (HOLDOUT2_SOURCES, HOLDOUT2_JSONL)}
_MARK = re.compile(r"\[\[([A-ZØ]+):(.+?)\]\]|\{\{(.+?)\}\}")


def parse_note(marked: str) -> tuple[str, list[dict], list[dict]]:
    """Plain text, identifying spans and must-keep spans of one marked-up note."""
    out, spans, keep = [], [], []
    pos = 0
    length = 0
    for mt in _MARK.finditer(marked):
        plain = marked[pos : mt.start()]
        out.append(plain)
        length += len(plain)
        inner = mt.group(2) if mt.group(1) else mt.group(3)
        start, end = length, length + len(inner)
        if mt.group(1):
            spans.append({"start": start, "end": end, "kind": mt.group(1), "text": inner})
        else:
            keep.append({"start": start, "end": end, "text": inner})
        out.append(inner)
        length = end
        pos = mt.end()
    out.append(marked[pos:])
    return "".join(out), spans, keep


def load_sources(sources: tuple[str, ...] = SOURCES) -> list[dict]:
    """Every note of the source files as a JSON-ready dict."""
    notes = []
    for name in sources:
        blocks = re.split(r"^## (da|en)\s*$", (HERE / name).read_text(encoding="utf-8"), flags=re.M)
        for lang, body in zip(blocks[1::2], blocks[2::2]):
            marked = " ".join(line.strip() for line in body.strip().splitlines() if not line.startswith("#"))
            text, spans, keep = parse_note(marked)
            notes.append({"id": f"{lang}-{len(notes) + 1:03d}", "lang": lang, "text": text, "spans": spans, "keep": keep})
    return notes


def render(notes: list[dict]) -> str:
    return "".join(json.dumps(n, ensure_ascii=False) + "\n" for n in notes)


def main() -> int:
    for sources, path in SETS.values():
        notes = load_sources(sources)
        path.write_text(render(notes), encoding="utf-8")
        print(f"wrote {len(notes)} notes to {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
