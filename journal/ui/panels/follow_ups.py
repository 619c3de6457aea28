"""Follow-ups at the top of the prompt panel: next steps whose date has passed, asked back as questions.

"On 3 March you wrote: “…” How did it go?" with Answer (a new entry linked to
the original), Done, Postpone… and Drop.  Hidden when nothing is due.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from journal.store.records import Commitment
from journal.ui.dates import day_month

MAX_CARDS = 2


def tr(text: str) -> str:
    return QCoreApplication.translate("FollowUps", text)


def follow_up_question(commitment: Commitment) -> str:
    """The follow-up prompt, quoting the next step and the day it was written."""
    return tr("On {date} you wrote: “{text}” How did it go?").format(date=day_month(commitment.created), text=commitment.text)


class FollowUpCard(QFrame):
    def __init__(self, commitment: Commitment, panel: "FollowUpsPanel") -> None:
        super().__init__(panel)
        self.commitment = commitment
        self.setObjectName("followUpCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.question = QLabel(follow_up_question(commitment), self)
        self.question.setObjectName("followUpText")
        self.question.setWordWrap(True)
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.answer_button = QPushButton(tr("Answer"), self)
        self.answer_button.setObjectName("followUpAnswer")
        self.done_button = self._tool(tr("Done"), "followUpDone", tr("The next step is done"))
        self.postpone_button = self._tool(tr("Postpone…"), "followUpPostpone", tr("Ask again at a later date"))
        self.drop_button = self._tool(tr("Drop"), "followUpDrop", tr("Drop the next step: it will not come back"))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.answer_button)
        buttons.addStretch(1)
        for b in (self.done_button, self.postpone_button, self.drop_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.question)
        layout.addLayout(buttons)
        cid = commitment.id
        self.answer_button.clicked.connect(lambda: panel.answerRequested.emit(cid))
        self.done_button.clicked.connect(lambda: panel.actionRequested.emit(cid, "done"))
        self.postpone_button.clicked.connect(lambda: panel.actionRequested.emit(cid, "postpone"))
        self.drop_button.clicked.connect(lambda: panel.actionRequested.emit(cid, "dropped"))

    def _tool(self, text: str, name: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        return button


class FollowUpsPanel(QWidget):
    answerRequested = Signal(int)  # commitment id
    actionRequested = Signal(int, str)  # commitment id, "done" | "postpone" | "dropped"
    showAllRequested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("followUps")
        self._items: list[Commitment] = []
        self.cards: list[FollowUpCard] = []
        self.heading = QLabel(self)
        self.heading.setObjectName("followUpHeading")
        font = QFont(self.heading.font())
        font.setBold(True)
        self.heading.setFont(font)
        self.more = QLabel(self)
        self.more.setObjectName("followUpMore")
        self.more.setTextFormat(Qt.TextFormat.RichText)
        self.more.linkActivated.connect(lambda _link: self.showAllRequested.emit())
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 8)
        self._layout.addWidget(self.heading)
        self._layout.addWidget(self.more)
        self.set_items([])

    @property
    def items(self) -> list[Commitment]:
        return list(self._items)

    def set_items(self, commitments: list[Commitment]) -> None:
        """Show the due next steps, oldest date first; at most ``MAX_CARDS`` cards and a link to the rest."""
        self._items = list(commitments)
        for card in self.cards:
            self._layout.removeWidget(card)
            card.deleteLater()
        self.cards = []
        for position, commitment in enumerate(self._items[:MAX_CARDS]):
            card = FollowUpCard(commitment, self)
            self._layout.insertWidget(1 + position, card)
            self.cards.append(card)
        count = len(self._items)
        self.heading.setText(tr("How did it go?") if count <= 1 else tr("How did it go? ({count})").format(count=count))
        hidden = count - len(self.cards)
        self.more.setText(f'<a href="all">{tr("{count} more next steps to follow up…").format(count=hidden)}</a>' if hidden > 0 else "")
        self.more.setVisible(hidden > 0)
        self.setVisible(count > 0)
