"""Export and import figures: PDF of 1,000 entries, HTML and Markdown of the same, tvaers-json of
10,000 entries and its import into a fresh journal.

    python bench/bench_export.py     # also run by bench/run.py

Each figure is the whole path a leader waits for: read the selection, render, write the
file (temp file and rename), record it in the share log. Runs in one process, in memory
(QtGui for the PDF, offscreen).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.append(str(HERE.parent))  # an installed Tværs first: benchmarks measure what users run
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402

OUT = HERE / "out"
PASSPHRASE = "benchmark passphrase æøå"


def _timed(fn, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def main(runs: int = 3) -> None:
    from journal.export import tvaers_json
    from journal.export.document import Selection
    from journal.export.writer import ExportRequest, export
    from journal.store import Store

    OUT.mkdir(exist_ok=True)
    small = corpus.build(OUT / "journal-1000", 1_000, PASSPHRASE)
    large = corpus.build(OUT / "journal-10000", 10_000, PASSPHRASE)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        store = Store.open(small, PASSPHRASE)
        try:
            for fmt, name in (("pdf", "ud.pdf"), ("html", "ud.html"), ("md", "ud.md")):
                request = ExportRequest(Selection(everything=True), fmt, tmp / name)
                times = _timed(lambda: export(store, request), runs)
                size = (tmp / name).stat().st_size / 1e6
                pages = ""
                if fmt == "pdf":
                    data = (tmp / name).read_bytes()
                    pages = f", {data.count(b'/Type /Page') - data.count(b'/Type /Pages')} pages"
                print(f"export of 1,000 entries to {fmt.upper():4}   median {statistics.median(times):6.2f} s "
                      f"(min {min(times):.2f} s, {size:.1f} MB{pages})")
        finally:
            store.close()
        store = Store.open(large, PASSPHRASE)
        try:
            target = tmp / "alt.json"
            times = _timed(lambda: export(store, ExportRequest(Selection(everything=True), "json", target)), runs)
            print(f"export of 10,000 entries to tvaers-json  median {statistics.median(times):6.2f} s "
                  f"({target.stat().st_size / 1e6:.1f} MB)")
        finally:
            store.close()
        imports = []
        for n in range(runs):
            fresh, _ = Store.create(tmp / f"ny-{n}", None)
            try:
                start = time.perf_counter()
                changes, _skipped = fresh.import_whole_entries(tvaers_json.read(target))
                imports.append(time.perf_counter() - start)
                assert len(changes.ids) == 10_000
                start = time.perf_counter()
                fresh.import_whole_entries(tvaers_json.read(target))
                again = time.perf_counter() - start
            finally:
                fresh.close()
        print(f"import of 10,000 entries from tvaers-json  median {statistics.median(imports):6.2f} s "
              f"(the same file again, all skipped: {again:.2f} s)")


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    main()
