"""Show the recovery key once, offer to save or print it, and check it was noted."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from journal.ui import accessibility

from journal.platform.files import write_atomic


def tr(text: str) -> str:
    return QCoreApplication.translate("RecoveryKeyDialog", text)


def _normalise(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch.isalnum())


class RecoveryKeyDialog(QDialog):
    def __init__(self, key: str, parent=None) -> None:
        super().__init__(parent)
        self.key = key
        self.setWindowTitle(tr("Your recovery key"))
        self.setMinimumWidth(560)
        intro = QLabel(
            tr(
                "If you forget your passphrase, this key opens the journal. Print it or save it somewhere safe, "
                "away from this computer. It is shown only now. If you lose both the passphrase and this key, "
                "your reflections cannot be recovered by anyone."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.key_label = QLabel(key, self)
        self.key_label.setObjectName("recoveryKey")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(mono.pointSizeF() * 1.4)
        mono.setWeight(QFont.Weight.Bold)
        self.key_label.setFont(mono)
        self.key_label.setTextInteractionFlags(self.key_label.textInteractionFlags().TextSelectableByMouse)
        self.save_button = QPushButton(tr("Save as file…"), self)
        self.print_button = QPushButton(tr("Print…"), self)
        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addWidget(self.print_button)
        actions.addStretch(1)
        last = key.split("-")[-1]
        self.check_label = QLabel(
            tr("To show that you have noted the key, type its last group ({n} characters):").format(n=len(last)), self
        )
        self.check_label.setWordWrap(True)
        self.check = QLineEdit(self)
        self.check.setObjectName("keyCheck")
        accessibility.name(self.check, tr("Last group of the recovery key"), tr("Type the last four characters of the key to show that you have kept it"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("I have noted it"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.key_label)
        layout.addLayout(actions)
        layout.addWidget(self.check_label)
        layout.addWidget(self.check)
        layout.addWidget(self.buttons)
        self._last = _normalise(last)
        self.check.textChanged.connect(self._checked)
        self.save_button.clicked.connect(self._save)
        self.print_button.clicked.connect(self._print)

    def _checked(self, text: str) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(_normalise(text) == self._last)

    def reject(self) -> None:  # the key must be acknowledged; Escape does not skip it
        return

    def key_text(self) -> str:
        return tr("Tværs recovery key") + "\n\n" + self.key + "\n\n" + tr(
            "Keep this key away from the computer. It opens your journal if you forget your passphrase."
        ) + "\n"

    def _save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("Save the recovery key"), tr("Tværs recovery key.txt"), tr("Text files (*.txt)"))
        if path:
            write_atomic(Path(path), self.key_text().encode("utf-8"))

    def _print(self) -> None:
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            doc = QTextDocument()
            doc.setPlainText(self.key_text())
            doc.print_(printer)

    @classmethod
    def ask(cls, key: str, parent=None) -> bool:
        dialog = cls(key, parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
