"""Guards against a Qt binding that would crash the app in everyday use.

PySide6 6.12.0 on Python 3.11 drops one reference to ``None`` on every call of a
method that returns nothing (``setText``, ``QTimer.stop``, ``processEvents`` …);
after a few thousand calls the interpreter aborts with "deallocating None".
The dependency range excludes that release; this test fails if a build with
the same fault is ever installed.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel


def test_void_calls_do_not_drop_references_to_none(qapp):
    label, timer = QLabel(), QTimer()
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("Tværs")
        timer.stop()
        QApplication.processEvents()
    assert sys.getrefcount(None) - before > -50
