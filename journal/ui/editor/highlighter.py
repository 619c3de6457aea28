"""Light Markdown highlighting: headings, emphasis, lists, quotes, code. Nothing is hidden."""

from __future__ import annotations

import re

from PySide6.QtGui import QFont, QSyntaxHighlighter, QTextCharFormat

from journal.ui import theme

_RULES = [
    (re.compile(r"^#{1,6}\s.*$"), "heading"),
    (re.compile(r"^\s*>.*$"), "quote"),
    (re.compile(r"^\s*(?:[-*+]|\d+[.)])\s"), "list"),
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), "strong"),
    (re.compile(r"(?<![*_\w])([*_])(?![*_\s])(.+?)(?<=[^*_\s])\1(?![*_\w])"), "emphasis"),
    (re.compile(r"`[^`\n]+`"), "code"),
]
MAX_LINE = 4000  # very long pasted lines are left plain: highlighting must never stall typing


def _formats() -> dict[str, QTextCharFormat]:
    heading = QTextCharFormat()
    heading.setFontWeight(QFont.Weight.Bold)
    heading.setForeground(theme.color("heading"))
    quote = QTextCharFormat()
    quote.setForeground(theme.color("quote"))
    quote.setFontItalic(True)
    bullet = QTextCharFormat()
    bullet.setForeground(theme.color("list"))
    bullet.setFontWeight(QFont.Weight.Bold)
    strong = QTextCharFormat()
    strong.setFontWeight(QFont.Weight.Bold)
    emphasis = QTextCharFormat()
    emphasis.setFontItalic(True)
    code = QTextCharFormat()
    code.setFontFamilies(["monospace"])
    code.setForeground(theme.color("code"))
    return {"heading": heading, "quote": quote, "list": bullet, "strong": strong, "emphasis": emphasis, "code": code}


class MarkdownHighlighter(QSyntaxHighlighter):
    def __init__(self, document) -> None:
        super().__init__(document)
        self._formats = _formats()
        themes = theme.installed()
        if themes is not None:
            themes.changed.connect(self.recolour)

    def recolour(self, _scheme: str = "") -> None:
        """The theme changed: the same marks in its colours."""
        self._formats = _formats()
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        if not text or len(text) > MAX_LINE:
            return
        for pattern, name in _RULES:
            for match in pattern.finditer(text):
                self.setFormat(match.start(), match.end() - match.start(), self._formats[name])
