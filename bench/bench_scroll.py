"""Paging through the whole entry list of a large journal in the real window (offscreen), and memory after.

    python bench/bench_scroll.py JOURNAL        # a journal without passphrase (bench_import builds one)

The list has a row for every entry and reads the rows a block at a time on the reader thread
as they are shown. This first jumps to 40 places chosen at random (a drag of the scroll bar)
in a list just read anew, then pages through the whole list from the newest entry to the
oldest, a screenful at a time (PageDown held down, as fast as the window paints), and
prints: the longest GUI-thread stall (the gap between two ticks of a 1 ms timer) and how
many gaps were over 30 and 50 ms; at how many screenfuls rows stood blank for a moment
(their block still being read) and the longest wait for them; the wait after a jump,
p50/p95; a reload of the list after all that; and the process's resident memory.
"""

from __future__ import annotations

import os
import random
import statistics
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


def _shown_rows(view) -> range:
    top = view.indexAt(view.viewport().rect().topLeft()).row()
    bottom = view.indexAt(view.viewport().rect().bottomLeft()).row()
    if bottom < 0:
        bottom = view.model().rowCount() - 1
    return range(max(top, 0), bottom + 1)


def _until_shown(app, view, model) -> float:
    """Process events until every row on screen is read; ms waited (0 when they were read at once)."""
    app.processEvents()
    start = time.perf_counter()
    waited = False
    while not all(model.is_read(r) for r in _shown_rows(view)):
        waited = True
        app.processEvents()
    return (time.perf_counter() - start) * 1000 if waited else 0.0


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
    bar = view.verticalScrollBar()
    total = model.rowCount()
    gaps: list[float] = []
    rng = random.Random(2026)
    jumps: list[float] = []  # ms until the rows on screen were read, after each jump
    with GapMeter(app) as meter:
        for _ in range(40):
            bar.setValue(rng.randrange(bar.maximum() + 1))
            jumps.append(_until_shown(app, view, model))
        gaps += meter.gaps
    window.tasks.wait()
    model.reload()  # nothing read but the first page again
    bar.setValue(0)
    blank: list[float] = []  # per screenful whose rows were not all read when it was shown: ms until they were
    moved = 0  # screenfuls after which the view was not where it was put
    screens = 0
    start = time.perf_counter()
    with GapMeter(app) as meter:
        while True:
            value = min(bar.value() + bar.pageStep(), bar.maximum())
            bar.setValue(value)
            waited = _until_shown(app, view, model)
            if waited:
                blank.append(waited)
            moved += bar.value() != value
            screens += 1
            if value == bar.maximum():
                break
        gaps += meter.gaps
    paged = time.perf_counter() - start
    window.tasks.wait()
    reload_start = time.perf_counter()
    model.reload()
    app.processEvents()
    reload_ms = (time.perf_counter() - reload_start) * 1000
    jumps.sort()
    print(
        f"paging through the whole list, {total:,} entries, {screens:,} screenfuls (PageDown) in {paged:.1f} s; "
        f"rows blank for a moment at {len(blank)} screenfuls, at most {max(blank or [0]):.0f} ms; the view moved by itself "
        f"{moved} times; 40 jumps to random places: rows shown after p50 {statistics.median(jumps):.0f} ms, "
        f"p95 {jumps[int(len(jumps) * 0.95) - 1]:.0f} ms, at most {jumps[-1]:.0f} ms; longest GUI stall {max(gaps):.0f} ms, "
        f"stalls over 30 ms: {sum(g > 30 for g in gaps)}, over 50 ms: {sum(g > 50 for g in gaps)}; reload after it "
        f"{reload_ms:.0f} ms; resident memory after {resident_mb():.0f} MB (goal ≤250 MB)"
    )
    window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
