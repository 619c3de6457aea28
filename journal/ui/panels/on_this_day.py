"""On this day: at the top of the prompt panel, what the leader wrote a year, six months or a month ago.

One card per span that has a reflection within a few days of the date then
(the one nearest the date), quoting its first line, with a link that opens it.
Hidden while the window hides text and emptied when the journal locks.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from journal.ui.dates import day_month

QUOTE_CHARS = 160


def tr(text: str) -> str:
    return QCoreApplication.translate("OnThisDay", text)


def card_text(which: str, text: str) -> str:
    """"A year ago you wrote: “…”" for ``which`` in year, half_year, month."""
    pattern = {
        "year": tr("A year ago you wrote: “{text}”"),
        "half_year": tr("Six months ago you wrote: “{text}”"),
        "month": tr("A month ago you wrote: “{text}”"),
    }[which]
    return pattern.format(text=text)


def quote(summary) -> str:
    """The first line of the reflection (its title, or its own first words), cut at a word."""
    text = (summary.title or summary.excerpt or "").strip().replace("\n", " ")
    if len(text) > QUOTE_CHARS:
        text = text[:QUOTE_CHARS].rsplit(" ", 1)[0] + " …"
    return text


class OnThisDayCard(QFrame):
    def __init__(self, which: str, summary, panel: "OnThisDayPanel") -> None:
        super().__init__(panel)
        self.which = which
        self.entry_id = summary.id
        self.setObjectName("onThisDayCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLabel(card_text(which, quote(summary)), self)
        self.text.setObjectName("onThisDayText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.link = QLabel(self)
        self.link.setObjectName("onThisDayLink")
        self.link.setTextFormat(Qt.TextFormat.RichText)
        self.link.setText('<a href="open">{}</a>'.format(tr("Read it ({date})").format(date=day_month(summary.created))))
        self.link.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByKeyboard | Qt.TextInteractionFlag.LinksAccessibleByMouse)
        entry_id = summary.id
        self.link.linkActivated.connect(lambda _link: panel.openRequested.emit(entry_id))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.text)
        layout.addWidget(self.link)


class OnThisDayPanel(QWidget):
    openRequested = Signal(int)  # entry id

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("onThisDay")
        self.heading = QLabel(tr("On this day"), self)
        font = QFont(self.heading.font())
        font.setBold(True)
        self.heading.setFont(font)
        self.cards: list[OnThisDayCard] = []
        self._hidden = False
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 8)
        self._layout.addWidget(self.heading)
        self.set_items([])

    def set_items(self, found: list[tuple[str, object]]) -> None:
        """``found``: (which, EntrySummary) pairs, the oldest span first."""
        for card in self.cards:
            self._layout.removeWidget(card)
            card.text.clear()  # the quote goes now, not when Qt gets round to deleting the card
            card.link.clear()
            card.hide()
            card.deleteLater()
        self.cards = [OnThisDayCard(which, summary, self) for which, summary in found]
        for card in self.cards:
            self._layout.addWidget(card)
        self._update_visible()

    def set_text_hidden(self, hidden: bool) -> None:
        """The privacy view: the cards quote journal text, so the whole panel hides."""
        self._hidden = hidden
        self._update_visible()

    def _update_visible(self) -> None:
        self.setVisible(bool(self.cards) and not self._hidden)

    def texts(self) -> list[str]:
        return [card.text.text() for card in self.cards]


def nearest(summaries, then: date):
    """The reflection written nearest to the day ``then`` (the earlier one on a tie)."""
    def distance(summary):
        try:
            return abs((date.fromisoformat(summary.created[:10]) - then).days)
        except ValueError:
            return 10**6

    return min(summaries, key=distance) if summaries else None
