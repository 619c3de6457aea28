"""Bugs: log them and show a crash dialog with a report that holds no journal content.

The report has the version, the platform and the traceback's frames (file, line,
function, exception type). Source lines and exception messages are left out,
because a message may quote what the user typed.
"""

from __future__ import annotations

import logging
import platform
import sys
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from journal import __version__

log = logging.getLogger("tvaers")


def report(exc_type, exc, tb) -> str:
    frames = [
        f'  File "{frame.filename.rsplit("journal", 1)[-1]}", line {frame.lineno}, in {frame.name}'
        for frame in traceback.extract_tb(tb)
    ]
    return "\n".join(
        [
            f"Tværs {__version__}",
            f"Python {platform.python_version()} on {platform.system()} {platform.release()} ({platform.machine()})",
            "Traceback (frames only):",
            *frames,
            f"{exc_type.__module__}.{exc_type.__qualname__}",
        ]
    )


def install() -> None:
    """Install the hook before the main window exists."""
    handling = {"busy": False}

    def hook(exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        text = report(exc_type, exc, tb)
        log.error("unexpected error\n%s", text)
        if handling["busy"] or QApplication.instance() is None:
            sys.stderr.write(text + "\n")
            return
        handling["busy"] = True
        try:
            box = QMessageBox(QMessageBox.Icon.Critical, "Tværs", QCoreApplication.translate(
                "Crash", "Tværs ran into an error it did not expect. What you had saved is safe. "
                "The report below holds no journal text; you may send it to us."))
            box.setDetailedText(text)
            box.exec()
        finally:
            handling["busy"] = False

    sys.excepthook = hook
