"""Where a question comes from: the prompt, and the passage of the source text it was drawn from."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from journal.ui.panels.source_passage import SourcePassage


def tr(text: str) -> str:
    return QCoreApplication.translate("SourcePassageDialog", text)


class SourcePassageDialog(QDialog):
    def __init__(self, question: str, quote: str, title: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Where does the question come from?"))
        self.setMinimumWidth(460)
        self.question = QLabel(question, self)
        self.question.setObjectName("sourceQuestion")
        self.question.setWordWrap(True)
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        bold = QFont(self.question.font())
        bold.setBold(True)
        self.question.setFont(bold)
        self.passage = SourcePassage(self)
        self.passage.show_source(quote, title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.passage)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent, question: str, quote: str, title: str) -> None:
        dialog = cls(question, quote, title, parent)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
