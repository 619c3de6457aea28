"""The longest GUI-thread stall while the window does slow work (goal: every one ≤16 ms, one frame).

    python bench/bench_stalls.py JOURNAL PASSPHRASE     # or through bench/run.py

A 1 ms timer ticks on the GUI thread while an action runs; the longest gap
between two ticks is how long the window could not paint or take input.
Measured through the real window, offscreen: unlocking (Argon2id and opening),
changing the passphrase (Argon2id twice), opening Settings (every backup opened
and counted) and searching a large journal.
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.append(str(Path(__file__).resolve().parents[1]))  # an installed Tværs first


class GapMeter:
    """While open, a 1 ms timer ticks on the GUI thread; ``longest`` is the longest gap between
    two ticks in ms: how long the window could not paint or take input."""

    def __init__(self, app) -> None:
        from PySide6.QtCore import QElapsedTimer, QTimer

        self.app = app
        self.gaps: list[float] = []
        self._clock = QElapsedTimer()
        self._last = 0
        self._ticker = QTimer()
        self._ticker.setInterval(1)
        self._ticker.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = self._clock.nsecsElapsed()
        self.gaps.append((now - self._last) / 1e6)
        self._last = now

    def __enter__(self) -> "GapMeter":
        self._ticker.start()
        self.app.processEvents()
        self._clock.start()
        self._last = 0
        return self

    def __exit__(self, *exc) -> None:
        self._ticker.stop()

    @property
    def longest(self) -> float:
        return max(self.gaps or [0.0])


def _longest_stall(app, start, finished, timeout_s: float = 60.0) -> float:
    """Run ``start()``, pump events until ``finished()``; the longest gap between 1 ms ticks, in ms."""
    import time

    with GapMeter(app) as meter:
        begun = time.monotonic()
        start()  # the action's own GUI work counts too: the gap to the next tick includes it
        while not finished():
            app.processEvents()
            if time.monotonic() - begun > timeout_s:
                raise TimeoutError("the action did not finish")
        app.processEvents()
    return meter.longest


def measure(journal: Path, passphrase: str, rounds: int = 5) -> dict[str, list[float]]:
    from PySide6.QtWidgets import QDialog

    from journal.app import application, build_window, install_language
    from journal.store import Store, backup
    from journal.ui.dialogs.passphrase import PassphraseDialog
    from journal.ui.dialogs.settings import SettingsDialog

    work = Path(tempfile.mkdtemp(prefix="tvaers-stalls-"))
    folder = work / "journal"
    shutil.copytree(journal, folder, ignore=shutil.ignore_patterns("backups", "*.lock"))
    app = application()
    install_language(app, "en")
    store = Store.open(folder, passphrase)
    for _ in range(3):
        backup.make_backup(store, kind="session")
    window = build_window(store, "en", care=False)
    window.show()
    app.processEvents()
    figures: dict[str, list[float]] = {"unlock": [], "change passphrase": [], "open settings (backup list)": [], "search": []}

    current = [passphrase]
    for i in range(rounds):
        window.lock()
        figures["unlock"].append(_longest_stall(app, lambda: window.unlock(current[0]), lambda: not window.is_locked))

        new = f"{passphrase} {i}"

        def fill(dialog, new=new):
            dialog.current.setText(current[0])
            dialog.new.setText(new)
            dialog.repeat.setText(new)
            dialog._try_accept()
            return dialog.result()

        PassphraseDialog.exec = fill
        done = []
        window.statusBar().messageChanged.connect(lambda text, done=done: done.append(text) if not text else None)
        import journal.ui.messages as messages

        messages.show_info = lambda *a, **k: done.append("info")
        figures["change passphrase"].append(_longest_stall(app, window.change_passphrase, lambda: "info" in done))
        current[0] = new

        shown = []

        def settings_exec(dialog):
            shown.append(dialog.backup_list.count())
            return QDialog.DialogCode.Rejected

        SettingsDialog.exec = settings_exec
        figures["open settings (backup list)"].append(_longest_stall(app, window.open_settings, lambda: bool(shown)))

        for query in ("vedholdenhed", "borgeren direktionen", '"tværgående samarbejde"', "økonomi kasser"):
            window.search_field.blockSignals(True)
            window.search_field.setText(query)
            window.search_field.blockSignals(False)
            window.search_model.clear()
            figures["search"].append(
                _longest_stall(app, window.run_search, lambda: window.search_model.rowCount() > 0 or window.no_results.isVisible())
            )
    window.close_now()
    shutil.rmtree(work, ignore_errors=True)
    return figures


def main(journal: Path | None = None, passphrase: str | None = None, label: str = "") -> None:
    if journal is None:
        journal, passphrase = Path(sys.argv[1]), sys.argv[2]
    figures = measure(journal, passphrase)
    for name, values in figures.items():
        print(f"longest GUI stall{label}, {name:<28} median {statistics.median(values):6.1f} ms   worst {max(values):6.1f} ms")


if __name__ == "__main__":
    main()
