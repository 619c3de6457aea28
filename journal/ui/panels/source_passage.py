"""The passage a prompt was drawn from, shown on demand ("Where does the question come from?")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout


def tr(text: str) -> str:
    return QCoreApplication.translate("SourcePassage", text)


class SourcePassage(QFrame):
    """The quote in italics and where it is from; an own prompt says it is the leader's own."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("sourcePassage")
        self.quote = QLabel(self)
        self.quote.setObjectName("sourceQuote")
        self.quote.setWordWrap(True)
        self.quote.setTextFormat(Qt.TextFormat.PlainText)
        self.quote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        italic = QFont(self.quote.font())
        italic.setItalic(True)
        self.quote.setFont(italic)
        self.origin = QLabel(self)
        self.origin.setObjectName("sourceOrigin")
        self.origin.setWordWrap(True)
        self.origin.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.quote)
        layout.addWidget(self.origin)

    def show_source(self, quote: str, title: str) -> None:
        if quote:
            self.quote.setText(tr("“{quote}”").format(quote=quote))  # Danish quotes »…«, English “…”
            self.origin.setText(tr("From: {title}").format(title=title))
            self.origin.show()
        else:
            self.quote.setText(tr("You wrote this question yourself."))
            self.origin.hide()
