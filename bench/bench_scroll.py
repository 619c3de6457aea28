"""Scrolling the whole entry list of a large journal in the real window (offscreen), and memory after.

    python bench/bench_scroll.py JOURNAL        # a journal without passphrase (bench_import builds one)

Scrolls to the bottom again and again until every entry has been fetched (the list
reads a page of 200 rows on the reader thread when the view reaches its end), measuring the longest
GUI-thread stall between two 1 ms ticks, and how often the view lost its place when a page
arrived (the row that was last before it no longer on screen after it), then prints the
process's resident memory.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.append(str(HERE.parent))  # an installed Tværs first: benchmarks measure what users run
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

    from journal.app import application, build_window, install_language, settle_after_start
    from journal.store import Store

    app = application()
    install_language(app, "en")
    store = Store.open(journal, None)
    window = build_window(store, "en", care=False)  # no start-up check or daily backup of the big journal
    window.set_auto_lock_minutes(0)  # the scroll takes longer than the idle lock
    window.resize(1200, 800)
    window.show()
    app.processEvents()
    settle_after_start()  # as ``tvaers`` does a second after its window is up
    model, view = window.entry_model, window.entry_view
    total = store.count_entries()
    start = time.perf_counter()
    steps = 0
    worst: dict[int, float] = {}  # rows shown (in 10,000s) → longest stall while getting there
    overall = 0.0
    gaps: list[float] = []
    lost = 0  # pages after which the row that was last before them was no longer on screen
    while model.canFetchMore() and steps < total:
        with GapMeter(app) as meter:
            view.scrollToBottom()
            app.processEvents()
            last = model.index(model.rowCount() - 1)  # at the bottom of the list: the last row read
            if not model.fetching:
                model.fetchMore()  # what the view asks at the next turn of the wheel, already at the end
            while model.fetching:  # the page is read on the reader thread; the window goes on
                app.processEvents()
            app.processEvents()
        lost += not view.viewport().rect().intersects(view.visualRect(last))
        steps += 1
        bucket = model.rowCount() // 10_000
        worst[bucket] = max(worst.get(bucket, 0.0), meter.longest)
        overall = max(overall, meter.longest)
        gaps += meter.gaps
    elapsed = time.perf_counter() - start
    growth = ", ".join(f"{b * 10}k: {ms:.0f}" for b, ms in sorted(worst.items()) if b in (0, 1, 5, 9, 10))
    print(f"scrolling the whole list, {model.rowCount():,} of {total:,} entries, {steps} scroll steps (a first page of 200 rows, then 1,000 a page): longest GUI stall "
          f"{overall:.0f} ms (by rows shown, ms: {growth}); stalls over 30 ms: {sum(g > 30 for g in gaps)}, "
          f"over 50 ms: {sum(g > 50 for g in gaps)}; the view lost its place at {lost} of {steps} pages; {elapsed:.1f} s in all; "
          f"resident memory after {resident_mb():.0f} MB (goal ≤250 MB)")
    window.tasks.wait()
    window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
