"""Score the anonymiser on the labelled notes.

* **Recall** (per kind and overall): the share of identifying spans of which no
  distinctive token (a word of the span that is not generic, such as "Kommune"), nor
  any digit group of the number, is left at or near its place in the output.
* **Keep**: the share of must-keep near-misses (amounts, years, case numbers, months,
  generic roles …) found unchanged at or near their place.

"At or near its place" is a window of ``WINDOW`` characters either side of where the
span lands in the output, found by aligning input and output with difflib.
"""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
WINDOW = 30
TARGETS = {"overall": 0.93, "CPR": 0.98, "TELEFON": 0.98, "EMAIL": 0.98, "ADRESSE": 0.90, "FODSELSDATO": 0.90, "keep": 0.96}

_PLACEHOLDER = re.compile(r"\[[A-ZÆØÅ][A-ZÆØÅ .-]*(?: \d+)?\]")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_DIGITS = re.compile(r"\d+")
GENERIC = frozenset(
    "kommune kommunes municipality region regionen center centre for og and of the st tv th sal mf kl dk com net org "
    "gmail hotmail www https http linkedin in hospital sygehus school primary care home plejecenter jobcenter "
    "børnehuset børnehaven psykiatrisk mail".split()
)


@dataclass
class Tally:
    total: int = 0
    ok: int = 0
    misses: list = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.ok / self.total if self.total else 1.0


@dataclass
class Report:
    per_kind: dict[str, Tally]
    overall: Tally
    keep: Tally
    notes: int

    def meets_targets(self) -> list[str]:
        """The targets missed, empty when all are met."""
        missed = []
        if self.overall.rate < TARGETS["overall"]:
            missed.append(f"overall recall {self.overall.rate:.3f} < {TARGETS['overall']}")
        if self.keep.rate < TARGETS["keep"]:
            missed.append(f"keep {self.keep.rate:.3f} < {TARGETS['keep']}")
        for kind, tally in self.per_kind.items():
            target = TARGETS.get(kind)
            if target and tally.rate < target:
                missed.append(f"{kind} recall {tally.rate:.3f} < {target}")
        return missed

    def table(self) -> str:
        lines = [f"{'kind':<14}{'spans':>7}{'caught':>8}{'recall':>9}{'target':>8}"]
        for kind in sorted(self.per_kind):
            t = self.per_kind[kind]
            target = TARGETS.get(kind)
            lines.append(f"{kind:<14}{t.total:>7}{t.ok:>8}{t.rate:>9.3f}{(f'{target:.2f}' if target else ''):>8}")
        lines.append(f"{'ALL':<14}{self.overall.total:>7}{self.overall.ok:>8}{self.overall.rate:>9.3f}{TARGETS['overall']:>8.2f}")
        lines.append(f"{'KEEP':<14}{self.keep.total:>7}{self.keep.ok:>8}{self.keep.rate:>9.3f}{TARGETS['keep']:>8.2f}")
        lines.append(f"({self.notes} notes)")
        return "\n".join(lines)


def load_notes(path: Path | None = None) -> list[dict]:
    """The labelled notes from ``notes.jsonl``."""
    path = path or HERE / "notes.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


class _Aligner:
    def __init__(self, source: str, target: str) -> None:
        self.ops = difflib.SequenceMatcher(None, source, target, autojunk=False).get_opcodes()

    def map(self, i: int, *, end: bool = False) -> int:
        for tag, i1, i2, j1, j2 in self.ops:
            if i1 <= i < i2 or (end and i == i2 and i2 > i1):
                return j1 + (i - i1) if tag == "equal" else (j2 if end else j1)
        return self.ops[-1][4] if self.ops else 0


def _leaked(span_text: str, window: str) -> bool:
    window = _PLACEHOLDER.sub(" ", window)
    for word in _WORD.findall(span_text):
        if len(word) < 2 or word.lower() in GENERIC:
            continue
        if re.search(rf"(?<![^\W\d_]){re.escape(word)}", window):
            return True
    digits_in_window = _DIGITS.findall(window)
    for group in _DIGITS.findall(span_text):
        if len(group) < 2:
            continue
        if group in digits_in_window:
            return True
        if len(group) >= 6 and any(group[k : k + 4] in run for run in digits_in_window for k in range(len(group) - 3)):
            return True
    return False


def score(notes: list[dict], anonymise) -> Report:
    """Run ``anonymise(text, lang) -> str`` over the notes and tally recall and keep."""
    per_kind: dict[str, Tally] = {}
    overall, keep = Tally(), Tally()
    for note in notes:
        out = anonymise(note["text"], note.get("lang"))
        align = _Aligner(note["text"], out)
        for span in note["spans"]:
            a, b = align.map(span["start"]), align.map(span["end"], end=True)
            window = out[max(0, a - WINDOW) : b + WINDOW]
            tally = per_kind.setdefault(span["kind"], Tally())
            for t in (tally, overall):
                t.total += 1
            if _leaked(span["text"], window):
                miss = (note["id"], span["kind"], span["text"], out[max(0, a - 40) : b + 40])
                tally.misses.append(miss)
                overall.misses.append(miss)
            else:
                tally.ok += 1
                overall.ok += 1
        for item in note["keep"]:
            a, b = align.map(item["start"]), align.map(item["end"], end=True)
            window = out[max(0, a - WINDOW) : b + WINDOW]
            keep.total += 1
            if item["text"] in window:
                keep.ok += 1
            else:
                keep.misses.append((note["id"], "KEEP", item["text"], window))
    return Report(per_kind, overall, keep, len(notes))
