"""Create or edit an own case: a name and a short description."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QPlainTextEdit, QVBoxLayout


def tr(text: str) -> str:
    return QCoreApplication.translate("CaseEditDialog", text)


@dataclass(frozen=True)
class CaseInput:
    name: str
    description: str


class CaseEditDialog(QDialog):
    def __init__(self, name: str = "", description: str = "", parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Edit case") if name else tr("New case"))
        self.setMinimumWidth(460)
        self.name = QLineEdit(name, self)
        self.name.setObjectName("caseName")
        self.name.setPlaceholderText(tr("e.g. One coordinated effort for young people without education"))
        # The example is read whole, in either language and at any text size (it was cut off).
        self.name.setMinimumWidth(self.name.fontMetrics().horizontalAdvance(self.name.placeholderText()) + 24)
        self.description = QPlainTextEdit(description, self)
        self.description.setObjectName("caseDescription")
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(tr("What is the situation, who is involved, what do you want to achieve?"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(tr("Save") if name else tr("Create case"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._check)
        form = QFormLayout()
        form.addRow(tr("Name:"), self.name)
        form.addRow(tr("Description:"), self.description)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._check()

    def _check(self, *_args) -> None:
        self.ok.setEnabled(bool(self.name.text().strip()))

    def value(self) -> CaseInput:
        return CaseInput(" ".join(self.name.text().split()), self.description.toPlainText().strip())

    @classmethod
    def ask(cls, parent, name: str = "", description: str = "") -> CaseInput | None:
        dialog = cls(name, description, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            value = dialog.value()
            return value if value.name else None
        finally:
            dialog.deleteLater()
