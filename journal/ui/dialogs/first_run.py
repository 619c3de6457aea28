"""First start: choose the language and a passphrase (or, explicitly, none)."""

from __future__ import annotations

from dataclasses import dataclass

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from journal.ui import theme

MIN_LENGTH = 8


def tr(text: str) -> str:
    return QCoreApplication.translate("FirstRunDialog", text)


@dataclass(frozen=True)
class FirstRunChoice:
    language: str
    passphrase: str | None  # None: the explicit "no passphrase" choice
    folder: str  # where the journal is created


class FirstRunDialog(QDialog):
    def __init__(self, language: str, folder: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Welcome to Tværs"))
        self.setMinimumWidth(520)
        intro = QLabel(
            tr(
                "Tværs keeps your reflections encrypted on this computer. Choose a passphrase: "
                "without it nobody can read the journal, not even someone who copies the files."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        self.language.addItem("Dansk", "da")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if language == "da" else 1)
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self)
        self.repeat.setObjectName("repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.no_passphrase = QCheckBox(tr("Use no passphrase (anyone with access to this computer can read the journal)"), self)
        self.no_passphrase.setObjectName("noPassphrase")
        self.warning = QLabel(self)  # under the passphrase fields: why the choice cannot be taken yet
        self.warning.setObjectName("warning")
        self.warning.setWordWrap(True)
        self.warning.hide()
        self.folder = folder
        self.where = QLabel(self)
        self.where.setWordWrap(True)
        self.where.setObjectName("where")
        self.sync_warning = QLabel(self)
        self.sync_warning.setObjectName("syncWarning")
        self.sync_warning.setWordWrap(True)
        self.sync_warning.setStyleSheet(theme.error_style())
        self.choose_folder = QPushButton(tr("Choose another folder…"), self)
        self.choose_folder.setObjectName("chooseFolder")
        self.choose_folder.clicked.connect(self._choose_folder)
        self.set_folder(folder)

        form = QFormLayout()
        form.addRow(tr("Language"), self.language)
        form.addRow(tr("Passphrase"), self.passphrase)
        form.addRow(tr("Repeat passphrase"), self.repeat)
        form.addRow("", self.warning)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Create journal"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.no_passphrase)
        layout.addSpacing(6)
        layout.addWidget(self.where)
        layout.addWidget(self.sync_warning)
        layout.addWidget(self.choose_folder, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.buttons)
        self.no_passphrase.toggled.connect(self._toggle_none)
        self.passphrase.textChanged.connect(self._recheck)
        self.repeat.textChanged.connect(self._recheck)
        self._error_shown = False

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self.passphrase.isEnabled():
            self.passphrase.setFocus()  # the first field: type the passphrase straight away

    def _show(self, text: str, *, error: bool) -> None:
        """A problem in red beside the fields, or a plain note; an empty text hides it."""
        self._error_shown = error and bool(text)
        self.warning.setStyleSheet(theme.error_style() + " font-weight: bold;" if error else "")
        self.warning.setText(text)
        self.warning.setVisible(bool(text))

    def _recheck(self, _text: str = "") -> None:
        """Once a problem is shown, follow the typing: a new reason, or gone when it is fixed."""
        if self._error_shown:
            self._show(self.problem(), error=True)

    def set_folder(self, folder: str) -> None:
        """Show where the journal will be kept, and warn if that is a synchronised folder."""
        from journal.platform.placement import sync_service
        from journal.ui.dialogs.settings import sync_warning

        self.folder = folder
        self.where.setText(tr("The journal is kept in: {folder}").format(folder=folder))
        service = sync_service(folder)
        self.sync_warning.setText(sync_warning(service) if service else "")
        self.sync_warning.setVisible(bool(service))

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, tr("Choose a folder for the journal"), str(Path.home()))
        if chosen:
            self.set_folder(str(Path(chosen) / "Tvaers"))

    def _toggle_none(self, on: bool) -> None:
        self.passphrase.setEnabled(not on)
        self.repeat.setEnabled(not on)
        self._show(
            tr("Without a passphrase the journal is not protected. You can add one later in the settings.") if on else "",
            error=False,
        )

    def problem(self) -> str:
        """Why the choice cannot be accepted yet, or an empty string."""
        if self.no_passphrase.isChecked():
            return ""
        if len(self.passphrase.text()) < MIN_LENGTH:
            return tr("Choose a passphrase of at least {n} characters; a few unrelated words are best.").format(n=MIN_LENGTH)
        if self.passphrase.text() != self.repeat.text():
            return tr("The two passphrases are not the same.")
        return ""

    def _try_accept(self) -> None:
        problem = self.problem()
        if problem:
            self._show(problem, error=True)
            return
        self.accept()

    def choice(self) -> FirstRunChoice:
        secret = None if self.no_passphrase.isChecked() else self.passphrase.text()
        return FirstRunChoice(language=self.language.currentData(), passphrase=secret, folder=self.folder)

    @classmethod
    def ask(cls, language: str, folder: str, parent=None) -> FirstRunChoice | None:
        dialog = cls(language, folder, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.choice()
        finally:
            dialog.deleteLater()
