"""Print the per-kind recall and keep table: ``python -m tests.cohort.eval.report [--holdout] [-v]``.

``--holdout`` scores the held-out notes (``holdout.jsonl``) instead of ``notes.jsonl``.
"""

from __future__ import annotations

import sys

from tests.cohort.eval.scorer import HERE, load_notes, score


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from journal.cohort.anonymise import anonymise

    path = HERE / ("holdout.jsonl" if "--holdout" in argv else "notes.jsonl")
    report = score(load_notes(path), lambda text, lang: anonymise(text).text)
    print(report.table())
    if "-v" in argv:
        for miss in report.overall.misses + report.keep.misses:
            print(" | ".join(str(x) for x in miss))
    missed = report.meets_targets()
    print("targets: " + ("all met" if not missed else "; ".join(missed)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
