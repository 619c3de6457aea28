"""The yardstick for start-up: a bare PySide6 window, shown, painted once, then quit."""

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit


class _FirstPaint(QObject):
    def eventFilter(self, obj, event):  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            sys.stdout.write("painted\n")
            sys.stdout.flush()
            QTimer.singleShot(0, QApplication.instance().quit)
        return False


app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QPlainTextEdit())
window.resize(1280, 800)
window.installEventFilter(_FirstPaint(app))
window.show()
sys.exit(app.exec())
