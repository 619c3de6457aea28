"""Change the passphrase, or set a new one with the recovery key."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from journal.ui import theme

from journal.ui.dialogs.first_run import MIN_LENGTH


def tr(text: str) -> str:
    return QCoreApplication.translate("PassphraseDialog", text)


@dataclass(frozen=True)
class NewPassphrase:
    current: str  # the current passphrase, or the recovery key
    new: str


class PassphraseDialog(QDialog):
    """Asks for the current passphrase (or the recovery key) and a new passphrase twice."""

    def __init__(self, *, recovery: bool = False, parent=None) -> None:
        super().__init__(parent)
        self.recovery = recovery
        self.setWindowTitle(tr("Set a new passphrase with the recovery key") if recovery else tr("Change passphrase"))
        self.setMinimumWidth(480)
        intro = QLabel(
            tr("Type the recovery key you printed or saved when the journal was created, then choose a new passphrase.")
            if recovery
            else tr("Your reflections are not re-encrypted; only the key that opens them is locked with the new passphrase."),
            self,
        )
        intro.setWordWrap(True)
        self.current = QLineEdit(self)
        self.current.setObjectName("current")
        if not recovery:
            self.current.setEchoMode(QLineEdit.EchoMode.Password)
        else:
            self.current.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.new = QLineEdit(self)
        self.new.setObjectName("new")
        self.new.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self)
        self.repeat.setObjectName("repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = QLabel(self)
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(theme.error_style())
        form = QFormLayout()
        form.addRow(tr("Recovery key") if recovery else tr("Current passphrase"), self.current)
        form.addRow(tr("New passphrase"), self.new)
        form.addRow(tr("Repeat new passphrase"), self.repeat)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Set passphrase"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def _try_accept(self) -> None:
        if not self.current.text():
            self.problem.setText(tr("Fill in the first field."))
        elif len(self.new.text()) < MIN_LENGTH:
            self.problem.setText(tr("Choose a passphrase of at least {n} characters.").format(n=MIN_LENGTH))
        elif self.new.text() != self.repeat.text():
            self.problem.setText(tr("The two new passphrases are not the same."))
        else:
            self.accept()

    @classmethod
    def ask(cls, *, recovery: bool = False, parent=None) -> NewPassphrase | None:
        dialog = cls(recovery=recovery, parent=parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return NewPassphrase(dialog.current.text(), dialog.new.text())
        finally:
            dialog.deleteLater()
