"""Tværs benchmarks: one command, figures printed, nothing asserted.

    python bench/run.py            # everything (first run builds journals in bench/out/, ~1 min)
    python bench/run.py --quick    # smaller journals, fewer repeats

Prints: start-up as a ratio to a bare PySide6 window (and, for the usual start,
the time to the unlock dialog and from the passphrase to the window); search p50/p95 at 20k and
100k entries; the longest GUI-thread stall while autosave writes a 5 MB entry;
the GUI time per keystroke in a 5 MB entry with the preview open; CLI wall time
of ``list --limit 10`` and ``search``; the longest GUI-thread stall during
unlock, change of passphrase, opening Settings and search at the large size
(``bench_stalls.py``); and the sections other
modules add (anonymiser throughput, export and import, the import of 10,000 jrnl
entries and the CLI beside jrnl at 10,000 and 100,000 entries, …).
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
PASSPHRASE = "benchmark passphrase æøå"
sys.path.append(str(ROOT))  # an installed Tværs first: benchmarks measure what users run
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402
from bench_stalls import GapMeter  # noqa: E402


def tvaers() -> list[str]:
    script = Path(sys.executable).with_name("tvaers.exe" if os.name == "nt" else "tvaers")
    return [str(script)] if script.exists() else [sys.executable, "-m", "journal"]


def wall(command: list[str], runs: int, env: dict | None = None) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, env=env)
        times.append((time.perf_counter() - start) * 1000)
    return times


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def env_for() -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TVAERS_PASSPHRASE=PASSPHRASE)
    env.pop("TVAERS_DATA_DIR", None)
    # An installed Tværs has its bytecode compiled (pip does it); an editable checkout run
    # with PYTHONDONTWRITEBYTECODE would compile every module at every start instead.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def one_start(command: list[str], env: dict, lines=("painted",)) -> dict[str, float]:
    """Milliseconds from starting ``command`` to each of ``lines`` on its stdout ("painted": the
    window's first paint; "filled": the instant window filled once the journal is open), and to
    its exit ("exit")."""
    times: dict[str, float] = {}
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    for line in proc.stdout:
        name = line.strip().decode(errors="replace")
        if name in lines and name not in times:
            times[name] = (time.perf_counter() - start) * 1000
    proc.wait()
    times["exit"] = (time.perf_counter() - start) * 1000
    return times


def first_paint(command: list[str], runs: int, env: dict, lines=("painted",)) -> dict[str, list[float]]:
    """``one_start`` ``runs`` times after a warm-up start (bytecode and page cache)."""
    subprocess.run(command, capture_output=True, env=env)
    starts = [one_start(command, env, lines) for _ in range(runs)]
    return {name: [s[name] for s in starts if name in s] for name in (*lines, "exit")}


def side_by_side(bare_cmd: list[str], app_cmd: list[str], runs: int, env: dict, lines=("painted",)):
    """The bare window and the app started by turns, ``runs`` pairs after a warm-up of each.

    A shared machine drifts by tens of per cent within a minute; started by turns, each start of
    the app has a start of the yardstick next to it. Returns the bare window's times, the app's
    times per line, and per line the ratios of each pair."""
    subprocess.run(bare_cmd, capture_output=True, env=env)
    subprocess.run(app_cmd, capture_output=True, env=env)
    bare: list[float] = []
    app: dict[str, list[float]] = {name: [] for name in (*lines, "exit")}
    ratios: dict[str, list[float]] = {name: [] for name in lines}
    for _ in range(runs):
        base = one_start(bare_cmd, env)["painted"]
        got = one_start(app_cmd, env, lines)
        bare.append(base)
        for name, ms in got.items():
            app[name].append(ms)
            if name in ratios:
                ratios[name].append(ms / base)
    return bare, app, ratios


def bench_startup(journals: list[Path], runs: int) -> None:
    """Side by side in one run: Tværs on each journal and a bare PySide6 window, started by turns;
    each ratio is the median of the ratios of the pairs."""
    env = env_for()
    nopass = OUT / "nopass-20k"
    corpus.build(nopass, 20_000, None)
    bare_cmd = [sys.executable, str(HERE / "bare_window.py")]
    for journal, label in [*((j, f"{int(j.name.split('-')[-1]) // 1000}k entries") for j in journals), (nopass, "20k, no passphrase")]:
        bare, app, ratios = side_by_side(bare_cmd, [*tvaers(), "--data-dir", str(journal), "--smoke"], runs, env, ("painted", "filled"))
        print(f"start-up, {label:<19}: bare window {statistics.median(bare):6.1f} ms; "
              f"tvaers frame painted {statistics.median(app['painted']):6.1f} ms = {statistics.median(ratios['painted']):.2f}x "
              f"(pairs {min(ratios['painted']):.2f}-{max(ratios['painted']):.2f}x), "
              f"filled {statistics.median(app['filled']):6.1f} ms = {statistics.median(ratios['filled']):.2f}x "
              f"(exit {statistics.median(app['exit']):.0f} ms)")


def bench_unlock(journal: Path, runs: int) -> None:
    """The usual start: no passphrase given, so the unlock dialog asks for it. Both clocks start
    when the process is started, as for the bare window measured beside it."""
    env = env_for()
    env.pop("TVAERS_PASSPHRASE", None)
    command = [sys.executable, str(HERE / "unlock_driver.py"), str(journal), PASSPHRASE]
    bare_cmd = [sys.executable, str(HERE / "bare_window.py")]
    subprocess.run(command, capture_output=True, env=dict(env, BENCH_T0=repr(time.time())))  # warm-up
    subprocess.run(bare_cmd, capture_output=True, env=env)
    bare, dialog, window, ratios = [], [], [], []
    for _ in range(runs):  # by turns, as in bench_startup
        bare.append(one_start(bare_cmd, env)["painted"])
        done = subprocess.run(command, capture_output=True, env=dict(env, BENCH_T0=repr(time.time())), check=True)
        first, second = done.stdout.decode().split()
        dialog.append(float(first))
        window.append(float(second))
        ratios.append(dialog[-1] / bare[-1])
    print(f"start-up with the unlock dialog: bare window {statistics.median(bare):.1f} ms; dialog shown after median "
          f"{statistics.median(dialog):6.1f} ms = {statistics.median(ratios):.2f}x (pairs {min(ratios):.2f}-{max(ratios):.2f}x); "
          f"window painted {statistics.median(window):6.1f} ms after the passphrase")


def bench_search(journal: Path, label: str, repeats: int) -> None:
    from journal.store import Store

    store = Store.open(journal, PASSPHRASE)
    for q in corpus.QUERIES:  # warm the page cache
        store.search(q, limit=50)
    times = []
    for _ in range(repeats):
        for q in corpus.QUERIES:
            start = time.perf_counter()
            store.search(q, limit=50)
            times.append((time.perf_counter() - start) * 1000)
    store.close()
    print(f"search, {label:>5} entries, {len(times)} queries   p50 {pct(times, 0.5):6.2f} ms   p95 {pct(times, 0.95):6.2f} ms   max {max(times):6.2f} ms")


def bench_cli(journal: Path, runs: int) -> None:
    env = env_for()
    base = [*tvaers(), "--data-dir", str(journal)]
    for label, args in (("list --limit 10", ["list", "--limit", "10"]), ("search vedholdenhed", ["search", "vedholdenhed", "--limit", "10"]), ("--version", ["--version"])):
        wall(base + args, 1, env)  # warm-up
        times = wall(base + args, runs, env)
        print(f"CLI {label:<22} median {statistics.median(times):7.1f} ms (incl. Argon2id unlock where the journal is opened)")


def bench_autosave() -> None:
    """Longest gap between GUI event-loop ticks while a 5 MB entry is autosaved.

    The timed autosave (what typing triggers) reads a long body a slice at a time;
    a save that must happen at once (switching entries, closing) copies it in one
    go, and its GUI time is printed beside.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import tempfile


    from journal.app import application, build_window, install_language
    from journal.store import Store

    app = application()
    install_language(app, "en")
    folder = Path(tempfile.mkdtemp(prefix="tvaers-bench-"))
    store, _ = Store.create(folder, None)
    window = build_window(store, "en")
    window.show()
    text = ("Tværgående ledelse kræver vedholdenhed og nysgerrighed. " * 30 + "\n") * 3000
    window.new_entry()
    window.editor.body.setPlainText(text)
    window.editor.save_now()
    window.tasks.wait()
    app.processEvents()
    results = []
    for round_no in range(5):
        window.editor.body.appendPlainText(f"runde {round_no}")
        with GapMeter(app) as meter:
            start = time.perf_counter()
            window.editor._timer.timeout.emit()  # the autosave timer runs out
            while window.editor.is_dirty():
                app.processEvents()
            total = (time.perf_counter() - start) * 1000
        window.tasks.wait()
        app.processEvents()
        window.editor.body.appendPlainText(f"skift {round_no}")
        start = time.perf_counter()
        window.editor.save_now()  # what switching entries or closing does
        at_once_ms = (time.perf_counter() - start) * 1000
        while window.editor.is_dirty():
            app.processEvents()
        window.tasks.wait()
        results.append((meter.longest, at_once_ms, total))
    window.close()
    worst = max(r[0] for r in results)
    print(f"autosave of a {len(text) / 1e6:.1f} MB entry: longest GUI stall {worst:.1f} ms "
          f"(median {statistics.median(r[0] for r in results):.1f}), saved after "
          f"{statistics.median(r[2] for r in results):.0f} ms; an immediate save (switch, close) "
          f"holds the GUI {statistics.median(r[1] for r in results):.1f} ms")


def bench_stalls(journal: Path, label: str) -> None:
    """The longest GUI-thread stall during unlock, change of passphrase, Settings and search."""
    import bench_stalls

    bench_stalls.main(journal, PASSPHRASE, f" ({label} entries)")


def bench_keystrokes() -> None:
    """GUI time per keystroke in a 5 MB entry with the preview open, and the longest
    event-loop gap in the pause after each keystroke (when the preview refreshes)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import tempfile

    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    from journal.app import application, build_window, install_language
    from journal.store import Store

    app = application()
    install_language(app, "en")
    store, _ = Store.create(Path(tempfile.mkdtemp(prefix="tvaers-bench-")), None)
    text = ("Tværgående ledelse kræver vedholdenhed og nysgerrighed. " * 30 + "\n") * 3000
    entry_id = store.create_entry(text).ids[0]
    window = build_window(store, "en")
    window.show()
    app.processEvents()
    start = time.perf_counter()
    window.open_entry(entry_id)
    app.processEvents()
    open_ms = (time.perf_counter() - start) * 1000
    window.editor.preview_button.setChecked(True)
    body = window.editor.body
    body.setFocus()
    keys, pauses = [], []
    for char in "vedholdende":
        start = time.perf_counter()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            app.sendEvent(body, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))
        app.processEvents()
        keys.append((time.perf_counter() - start) * 1000)
        with GapMeter(app) as meter:
            end = time.perf_counter() + 0.8  # a pause in typing: the preview refreshes after 0.3 s
            while time.perf_counter() < end:
                app.processEvents()
        pauses.append(meter.longest)
    window.editor.preview_button.setChecked(False)
    window.tasks.wait()
    window.close()
    print(f"typing in a {len(text) / 1e6:.1f} MB entry, preview open: {statistics.median(keys):.1f} ms per keystroke "
          f"(max {max(keys):.1f}); longest GUI stall while the preview refreshes {statistics.median(pauses):.0f} ms "
          f"(max {max(pauses):.0f}); opening it {open_ms:.0f} ms")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller journals, fewer repeats")
    args = parser.parse_args(argv)
    OUT.mkdir(exist_ok=True)
    cpu = platform.processor() or platform.machine()
    print(f"Tværs benchmarks on {platform.system()} {platform.release()}, {os.cpu_count()} cores ({cpu}), Python {platform.python_version()}")
    small = 5_000 if args.quick else 20_000
    large = 20_000 if args.quick else 100_000
    runs = 3 if args.quick else 7
    start = time.perf_counter()
    j_small = corpus.build(OUT / f"journal-{small}", small, PASSPHRASE)
    j_large = corpus.build(OUT / f"journal-{large}", large, PASSPHRASE)
    print(f"(journals ready in {time.perf_counter() - start:.1f} s)")
    bench_startup([j_small, j_large], runs)
    bench_unlock(j_small, runs)
    bench_search(j_small, f"{small // 1000}k", 3 if args.quick else 10)
    bench_search(j_large, f"{large // 1000}k", 3 if args.quick else 10)
    bench_cli(j_small, runs)
    bench_autosave()
    bench_keystrokes()
    bench_stalls(j_large, f"{large // 1000}k")
    for name in ("bench_anonymise", "bench_io", "bench_export"):
        path = HERE / f"{name}.py"
        if path.exists():
            module = __import__(name)
            module.main()
    import bench_import

    bench_import.main(args.quick)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
