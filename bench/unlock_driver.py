"""Child of ``bench/run.py``: the real ``tvaers --smoke`` start with the unlock dialog answered.

Usage: ``python bench/unlock_driver.py JOURNAL PASSPHRASE``.  The unlock dialog's
``exec`` is replaced by one that shows the dialog, notes the time of its first paint (what
the leader sees; what runs meanwhile on the GUI thread counts), waits 1.5 s as a leader
typing would, and answers with the passphrase.  Prints one line:
``<ms to the dialog's first paint> <ms from the answer to the window's first paint>``.
"""

from __future__ import annotations

import time

T0 = time.perf_counter()
_LAUNCHED = time.time()  # replaced by BENCH_T0 below: the clock starts when bench/run.py started this process


import contextlib  # noqa: E402
import io  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.pop("TVAERS_PASSPHRASE", None)
sys.path.append(str(Path(__file__).resolve().parents[1]))  # an installed Tværs first


def main() -> None:
    global T0
    if os.environ.get("BENCH_T0"):
        T0 -= (_LAUNCHED - float(os.environ["BENCH_T0"]))  # count the interpreter's own start, as for the bare window
    journal, passphrase = sys.argv[1], sys.argv[2]
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
    from PySide6.QtWidgets import QDialog

    import journal.app as app_module
    from journal.launch import main as tvaers
    from journal.ui.dialogs.unlock import UnlockDialog

    marks: dict[str, float] = {}

    class FirstPaint(QObject):
        def eventFilter(self, obj, event) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and "dialog" not in marks:
                marks["dialog"] = (time.perf_counter() - T0) * 1000
            return False

    def answer(dialog) -> int:
        watcher = FirstPaint(dialog)
        dialog.installEventFilter(watcher)
        dialog.show()
        loop = QEventLoop()
        QTimer.singleShot(1500, loop.quit)
        loop.exec()
        dialog.removeEventFilter(watcher)
        dialog.hide()
        dialog.passphrase.setText(passphrase)
        marks["answered"] = (time.perf_counter() - T0) * 1000
        return QDialog.DialogCode.Accepted

    first_paint = app_module._FirstPaint.eventFilter

    def painted(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint and "painted" not in marks:
            marks["painted"] = (time.perf_counter() - T0) * 1000
        return first_paint(self, obj, event)

    UnlockDialog.exec = answer
    app_module._FirstPaint.eventFilter = painted
    with contextlib.redirect_stdout(io.StringIO()):
        tvaers(["--data-dir", journal, "--smoke"])
    print(f"{marks['dialog']:.1f} {marks['painted'] - marks['answered']:.1f}")


if __name__ == "__main__":
    main()
