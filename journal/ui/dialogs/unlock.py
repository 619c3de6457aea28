"""Unlock: ask for the passphrase; a wrong one gets one clear line and another try."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QPushButton, QVBoxLayout

from journal.ui import accessibility
from journal.ui import theme

RECOVER = object()  # what ask() returns when the user chose the recovery key instead


def tr(text: str) -> str:
    return QCoreApplication.translate("UnlockDialog", text)


class UnlockDialog(QDialog):
    RECOVER_CODE = 2
    def __init__(self, message: str = "", parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Unlock Tværs"))
        self.setMinimumWidth(420)
        label = QLabel(tr("Enter your passphrase to open the journal."), self)
        label.setWordWrap(True)
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("passphrase")
        accessibility.name(self.passphrase, tr("Passphrase"))
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel(message, self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(theme.error_style())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Unlock"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Quit"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.passphrase)
        self.recover_button = QPushButton(tr("Forgot your passphrase? Use the recovery key…"), self)
        self.recover_button.setObjectName("recoverButton")
        self.recover_button.setFlat(True)
        self.recover_button.clicked.connect(lambda: self.done(self.RECOVER_CODE))
        layout.addWidget(self.message)
        layout.addWidget(self.recover_button)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, message: str = "", parent=None):
        """The passphrase typed, ``RECOVER`` for the recovery-key route, or ``None`` (quit)."""
        dialog = cls(message, parent)
        try:
            code = dialog.exec()
            if code == cls.RECOVER_CODE:
                return RECOVER
            if code != QDialog.DialogCode.Accepted:
                return None
            return dialog.passphrase.text()
        finally:
            dialog.deleteLater()
