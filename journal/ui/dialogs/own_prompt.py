"""Add or edit an own question: the text, and optionally a theme and a kind (own questions have no source)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout


def tr(text: str) -> str:
    return QCoreApplication.translate("OwnPromptDialog", text)


@dataclass(frozen=True)
class OwnPromptInput:
    text: str
    theme: str
    kind: str


class OwnPromptDialog(QDialog):
    def __init__(self, themes: dict[str, str], kinds: dict[str, str], parent=None, current: OwnPromptInput | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Your own question"))
        self.setMinimumWidth(460)
        intro = QLabel(tr("Write a question you want to come back to. It is kept in your journal and offered like the others."), self)
        intro.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("ownPromptText")
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.theme = QComboBox(self)
        self.theme.setObjectName("ownPromptTheme")
        self.theme.addItem(tr("No theme"), "")
        for theme_id, name in sorted(themes.items(), key=lambda kv: kv[1].casefold()):
            self.theme.addItem(name, theme_id)
        self.kind = QComboBox(self)
        self.kind.setObjectName("ownPromptKind")
        for kind_id, name in kinds.items():
            self.kind.addItem(name, kind_id)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(tr("Add question"))
        self.ok.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.text.textChanged.connect(lambda: self.ok.setEnabled(bool(self.text.toPlainText().strip())))
        if current is not None:
            self.ok.setText(tr("Save question"))
            self.text.setPlainText(current.text)
            self.theme.setCurrentIndex(max(0, self.theme.findData(current.theme)))
            self.kind.setCurrentIndex(max(0, self.kind.findData(current.kind)))
        form = QFormLayout()
        form.addRow(tr("Question:"), self.text)
        form.addRow(tr("Theme:"), self.theme)
        form.addRow(tr("When to ask:"), self.kind)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def value(self) -> OwnPromptInput:
        return OwnPromptInput(" ".join(self.text.toPlainText().split()), self.theme.currentData() or "", self.kind.currentData() or "daily")

    @classmethod
    def ask(cls, parent, themes: dict[str, str], kinds: dict[str, str], current: OwnPromptInput | None = None) -> OwnPromptInput | None:
        """The question as typed, or ``None`` if cancelled; ``current`` fills the form for editing."""
        dialog = cls(themes, kinds, parent, current)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            value = dialog.value()
            return value if value.text else None
        finally:
            dialog.deleteLater()
