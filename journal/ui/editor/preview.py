"""The Markdown preview: a text browser that loads nothing and follows no link by itself."""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QTextBrowser


class SafePreview(QTextBrowser):
    """Shows sanitised HTML. Every resource request is refused and recorded (tests read it)."""

    linkRequested = Signal(QUrl)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.requested_resources: list[str] = []
        # Text shown plain (beyond the rendering caps) wraps like the editor does.
        self.document().setDefaultStyleSheet("pre.plain { white-space: pre-wrap; }")
        self.anchorClicked.connect(self.linkRequested)

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802 - Qt override
        self.requested_resources.append(url.toString())
        return None

    def show_html(self, html: str) -> None:
        scroll = self.verticalScrollBar().value()
        self.setHtml(html)
        self.verticalScrollBar().setValue(scroll)
