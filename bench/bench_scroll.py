"""Scrolling the whole entry list of a large journal in the real window (offscreen), and memory after.

    python bench/bench_scroll.py JOURNAL        # a journal without passphrase (bench_import builds one)

Scrolls to the bottom again and again until every entry has been fetched (the list
reads a page of 200 rows when the view reaches its end), measuring the longest
GUI-thread stall between two 1 ms ticks, then prints the process's resident memory.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))


def resident_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource  # peak, where /proc is missing

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def main(journal: Path) -> None:
    from bench_stalls import GapMeter

    from journal.app import application, build_window, install_language
    from journal.store import Store

    app = application()
    install_language(app, "en")
    store = Store.open(journal, None)
    window = build_window(store, "en")
    window.resize(1200, 800)
    window.show()
    app.processEvents()
    model, view = window.entry_model, window.entry_view
    total = store.count_entries()
    start = time.perf_counter()
    steps = 0
    with GapMeter(app) as meter:
        while model.canFetchMore() and steps < total:
            view.scrollToBottom()
            app.processEvents()
            steps += 1
    elapsed = time.perf_counter() - start
    gaps = sorted(meter.gaps)
    p99 = gaps[int(0.99 * (len(gaps) - 1))] if gaps else 0.0
    print(f"scrolling the whole list, {model.rowCount():,} of {total:,} entries, {steps} pages: longest GUI stall "
          f"{meter.longest:.1f} ms (p99 {p99:.1f} ms), {elapsed:.1f} s in all; resident memory after {resident_mb():.0f} MB (goal ≤250 MB)")
    window.tasks.wait()
    window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
