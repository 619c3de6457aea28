"""What the window shows while the journal is locked: no journal text, only a way back in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from journal.ui import accessibility
from journal.ui import theme


def tr(text: str) -> str:
    return QCoreApplication.translate("LockPage", text)


class LockPage(QWidget):
    unlockRequested = Signal(str)
    recoverRequested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.title = QLabel(tr("Tværs is locked"), self)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = QLabel(self)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("lockPassphrase")
        accessibility.name(self.passphrase, tr("Passphrase"))
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setMinimumWidth(320)  # room for a long passphrase, also at 100 % scaling
        self.passphrase.setMaximumWidth(420)
        self.button = QPushButton(tr("Unlock"), self)
        self.button.setObjectName("unlockButton")
        self.recover_button = QPushButton(tr("Forgot your passphrase? Use the recovery key…"), self)
        self.recover_button.setObjectName("recoverButton")
        self.recover_button.setFlat(True)
        # Looks and acts like a link: the palette's link colour, underlined, a pointing hand.
        self.recover_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.recover_button.setStyleSheet("QPushButton { color: palette(link); text-decoration: underline; border: none; }")
        self.message = QLabel(self)
        self.message.setObjectName("lockMessage")
        self.message.setStyleSheet(theme.error_style())
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.passphrase, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.message)
        layout.addWidget(self.recover_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        self.button.clicked.connect(self._submit)
        self.passphrase.returnPressed.connect(self._submit)
        self.recover_button.clicked.connect(self.recoverRequested)

    def prepare(self, needs_passphrase: bool) -> None:
        self.passphrase.clear()
        self.message.clear()
        self.passphrase.setVisible(needs_passphrase)
        self.recover_button.setVisible(needs_passphrase)
        self.hint.setText(
            tr("Enter your passphrase to continue where you left off.") if needs_passphrase else tr("Click to continue where you left off.")
        )
        if needs_passphrase:
            self.passphrase.setFocus()

    def _submit(self) -> None:
        if self.button.isEnabled():  # one unlock at a time: the key is being derived
            self.unlockRequested.emit(self.passphrase.text())

    def set_busy(self, text: str) -> None:
        """The key is being derived (or a backup restored) off the GUI thread: say so, take no input."""
        self.message.setText(text)
        for widget in (self.button, self.passphrase, self.recover_button):
            widget.setEnabled(False)

    def set_ready(self) -> None:
        for widget in (self.button, self.passphrase, self.recover_button):
            widget.setEnabled(True)

    def show_problem(self, text: str) -> None:
        self.set_ready()
        self.passphrase.clear()
        self.message.setText(text)
        if self.passphrase.isVisible():
            self.passphrase.setFocus()
