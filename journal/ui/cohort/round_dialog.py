"""Fællesskab → Ny runde …: a title, a deadline, a note and the questions of a round.

``RoundDialog.ask(parent, content)`` returns a :class:`journal.cohort.rounds.Round` or ``None``.
Opening a round file shows its questions and which of them the leader has answered
(``RoundView``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from journal.cohort.rounds import Question, Round, make_round
from journal.errors import KnownError
from journal.ui import messages


def tr(text: str) -> str:
    return QCoreApplication.translate("RoundDialog", text)


class RoundDialog(QDialog):
    def __init__(self, content, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("New round"))
        self.setMinimumSize(620, 560)
        self.content = content
        self.title = QLineEdit(self)
        self.title.setObjectName("roundTitle")
        self.title.setPlaceholderText(tr("e.g. Spring in the network: fair process"))
        self.has_deadline = QCheckBox(tr("Deadline"), self)
        self.has_deadline.setChecked(True)
        self.deadline = QDateEdit(QDate.currentDate().addDays(14), self)
        self.deadline.setObjectName("roundDeadline")
        self.deadline.setCalendarPopup(True)
        self.has_deadline.toggled.connect(self.deadline.setEnabled)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("roundNote")
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(tr("A note to the participants (optional)"))
        self.note.setMaximumHeight(80)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(tr("Filter the questions"))
        self.filter.setClearButtonEnabled(True)
        self.questions = QListWidget(self)
        self.questions.setObjectName("roundQuestions")
        self.questions.setWordWrap(True)
        self.deadline.setAccessibleName(tr("Deadline date"))
        self.filter.setAccessibleName(tr("Filter the questions"))
        self.questions.setAccessibleName(tr("Questions in the round"))
        themes = content.theme_names()
        for prompt in content.prompts:
            text = prompt.text(content.lang) if callable(prompt.text) else str(prompt.text)
            item = QListWidgetItem(f"{text}\n— {themes.get(prompt.theme, prompt.theme)}")
            item.setData(Qt.ItemDataRole.UserRole, prompt.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.questions.addItem(item)
        self.filter.textChanged.connect(self._filter)
        self.count = QLabel(self)
        self.questions.itemChanged.connect(self._check)
        self.title.textChanged.connect(self._check)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(tr("Save round…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(tr("Title"), self.title)
        form.addRow(self.has_deadline, self.deadline)
        form.addRow(tr("Note"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(tr("Questions (tick those the round asks)"), self))
        layout.addWidget(self.filter)
        layout.addWidget(self.questions, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.buttons)
        self._check()

    def _filter(self, text: str) -> None:
        wanted = text.casefold().strip()
        for i in range(self.questions.count()):
            item = self.questions.item(i)
            item.setHidden(bool(wanted) and wanted not in item.text().casefold())

    def chosen_ids(self) -> list[str]:
        return [
            self.questions.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.questions.count())
            if self.questions.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _check(self, *_args) -> None:
        n = len(self.chosen_ids())
        self.count.setText(tr("{n} questions chosen").format(n=QLocale().toString(n)))
        self.ok.setEnabled(bool(self.title.text().strip()) and 0 < n <= 50)

    def result_round(self) -> Round:
        questions = []
        for pid in self.chosen_ids():
            prompt = self.content.prompt(pid)
            questions.append(Question(pid, prompt.theme or "", {"da": prompt.text.get("da", ""), "en": prompt.text.get("en", "")}))
        deadline = self.deadline.date().toString("yyyy-MM-dd") if self.has_deadline.isChecked() else None
        return make_round(self.title.text(), questions, deadline=deadline, note=self.note.toPlainText())

    @classmethod
    def ask(cls, parent, content) -> Round | None:
        dialog = cls(content, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            try:
                return dialog.result_round()
            except KnownError as exc:
                messages.show_error(parent, exc)
                return None
        finally:
            dialog.deleteLater()


class RoundView(QDialog):
    """A round file opened: its questions and how often the leader has answered each."""

    contributeRequested = Signal()

    def __init__(self, round_: Round, answered: dict[str, int], lang: str, parent=None) -> None:
        super().__init__(parent)
        self.round = round_
        self.setWindowTitle(tr("Round: {title}").format(title=round_.title))
        self.setMinimumSize(560, 420)
        layout = QVBoxLayout(self)
        heading = QLabel(round_.title, self)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        if round_.deadline:
            when = QLocale().toString(QDate.fromString(round_.deadline, "yyyy-MM-dd"), QLocale.FormatType.LongFormat)
            layout.addWidget(QLabel(tr("Deadline: {date}").format(date=when), self))
        if round_.note:
            note = QLabel(round_.note, self)
            note.setTextFormat(Qt.TextFormat.PlainText)
            note.setWordWrap(True)
            layout.addWidget(note)
        self.list = QListWidget(self)
        self.list.setObjectName("roundQuestionList")
        self.list.setWordWrap(True)
        for q in round_.questions:
            n = answered.get(q.id, 0)
            state = tr("answered ({n})").format(n=QLocale().toString(n)) if n else tr("not answered yet")
            item = QListWidgetItem(f"{'✓' if n else '○'} {q.text_in(lang) or q.id}\n    {state}")
            item.setData(Qt.ItemDataRole.UserRole, q.id)
            self.list.addItem(item)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Close"))
        self.contribute = QPushButton(tr("Contribute…"), self)
        self.contribute.setObjectName("contributeButton")
        buttons.addButton(self.contribute, QDialogButtonBox.ButtonRole.AcceptRole)
        self.contribute.clicked.connect(self.contributeRequested)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
