"""Print the per-kind recall and keep table:
``python -m tests.cohort.eval.report [--set notes|holdout|holdout2] [--holdout] [-v]``.

``--set`` picks the labelled set (default ``notes``, the development set); ``--holdout``
is short for ``--set holdout``. The table is printed for the whole set and then for each
language on its own.
"""

from __future__ import annotations

import argparse

from tests.cohort.eval.build_notes import SETS
from tests.cohort.eval.scorer import load_notes, score


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score the anonymiser on a labelled set.")
    parser.add_argument("--set", dest="name", choices=sorted(SETS), default="notes")
    parser.add_argument("--holdout", action="store_true", help="same as --set holdout")
    parser.add_argument("-v", dest="verbose", action="store_true", help="list every miss")
    args = parser.parse_args(argv)
    from journal.cohort.anonymise import anonymise

    name = "holdout" if args.holdout else args.name
    notes = load_notes(SETS[name][1])
    report = score(notes, lambda text, lang: anonymise(text).text)
    print(f"== {name}: all languages")
    print(report.table())
    for lang in ("da", "en"):
        part = [n for n in notes if n["lang"] == lang]
        print(f"\n== {name}: {lang}")
        print(score(part, lambda text, lang: anonymise(text).text).table())
    if args.verbose:
        print()
        for miss in report.overall.misses + report.keep.misses:
            print(" | ".join(str(x) for x in miss))
    missed = report.meets_targets()
    print("\ntargets: " + ("all met" if not missed else "; ".join(missed)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
