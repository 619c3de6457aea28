"""Contribute, step 2: every answer with every mark highlighted by type (its reason on hover),
the leader's changes, and the text exactly as it will leave. Nothing is written until the
leader saves; the file and the share log are written on the writer thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from journal.cohort.contribution import ANDET, CONTRIBUTION_SUFFIX, DATO, MANUAL_KINDS, NUMMER, Draft, Mark
from journal.cohort.people import People, Person, person
from journal.errors import KnownError
from journal.ui import messages


def tr(text: str) -> str:
    return QCoreApplication.translate("ReviewDialog", text)


# One colour per family of kinds, light enough to read dark text on.
_COLOURS = {
    "person": "#ffc9c9", "place": "#c9ddff", "workplace": "#ddd0ff", "number": "#ffe9a8",
    "contact": "#c8f0d2", "date": "#e4e4e4", "other": "#ffd3ec",
}
_FAMILY = {
    "PERSON": "person", "KOMMUNE": "place", "REGION": "place", "STED": "place", "ADRESSE": "place",
    "ARBEJDSPLADS": "workplace", "TELEFON": "number", "CPR": "number", "MEDARBEJDERNR": "number",
    "NUMMERPLADE": "number", "FODSELSDATO": "number", NUMMER: "number", "EMAIL": "contact", "URL": "contact",
    "PROFIL": "contact", DATO: "date", ANDET: "other", "ROLLE": "other",
}


def family_names() -> dict[str, str]:
    return {
        "person": tr("person"), "place": tr("place"), "workplace": tr("workplace"), "number": tr("number"),
        "contact": tr("e-mail, link"), "date": tr("date (to the month)"), "other": tr("other"),
    }


def manual_kind_names() -> dict[str, str]:
    return {"PERSON": tr("Person"), "STED": tr("Place"), "ARBEJDSPLADS": tr("Workplace"), NUMMER: tr("Number"), ANDET: tr("Other")}


def _qt_offsets(text: str) -> list[int]:
    """Python index → Qt (UTF-16) position, for every index of ``text`` and its end."""
    out, pos = [0], 0
    for ch in text:
        pos += 2 if ord(ch) > 0xFFFF else 1
        out.append(pos)
    return out


class MarkedView(QTextEdit):
    """One answer in the leader's own words, each mark coloured; hovering tells why."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setMouseTracking(True)
        self.source = ""
        self.marks: list[Mark] = []
        self._offsets = [0]

    def show_marks(self, source: str, marks: list[Mark]) -> None:
        bar = self.verticalScrollBar().value()
        self.source, self.marks = source, marks
        self._offsets = _qt_offsets(source)
        self.setCurrentCharFormat(QTextCharFormat())
        self.setPlainText(source)
        cursor = QTextCursor(self.document())
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.setCharFormat(QTextCharFormat())  # no colour carried over from the last showing
        cursor.clearSelection()
        for mark in marks:
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(_COLOURS[_FAMILY.get(mark.kind, "other")]))
            if mark.manual:
                fmt.setFontUnderline(True)
            cursor.setPosition(self._offsets[mark.start])
            cursor.setPosition(self._offsets[mark.end], QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(fmt)
        self.verticalScrollBar().setValue(bar)

    def to_index(self, qt_pos: int) -> int:
        """A Qt position back to an index of the source."""
        import bisect

        return min(bisect.bisect_left(self._offsets, qt_pos), len(self.source))

    def select(self, start: int, end: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(self._offsets[start])
        cursor.setPosition(self._offsets[end], QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def selection(self) -> tuple[int, int]:
        cursor = self.textCursor()
        return self.to_index(cursor.selectionStart()), self.to_index(cursor.selectionEnd())

    def mark_at(self, index: int) -> Mark | None:
        return next((k for k in self.marks if k.start <= index < k.end or (k.start < index <= k.end and index == k.end)), None)

    def tooltip_for(self, mark: Mark) -> str:
        family = family_names()[_FAMILY.get(mark.kind, "other")]
        if mark.manual:
            why = tr("marked by you")
        elif mark.kind == DATO:
            why = tr("dates leave as the month only")
        elif mark.reason == "register":
            why = tr("in your people register")
        else:
            why = tr("found by the rule {rule}").format(rule=mark.reason)
        return tr("{kind}: leaves as {replacement} ({why})").format(kind=family, replacement=mark.replacement, why=why)

    def _tooltip(self, event) -> bool:
        cursor = self.cursorForPosition(self.viewport().mapFromGlobal(event.globalPos()))
        mark = self.mark_at(self.to_index(cursor.position()))
        if mark is not None:
            QToolTip.showText(event.globalPos(), self.tooltip_for(mark), self.viewport())
        else:
            QToolTip.hideText()
        return True

    def viewportEvent(self, event) -> bool:  # noqa: N802 - Qt override: the mouse is over the viewport
        if event.type() == QEvent.Type.ToolTip:
            return self._tooltip(event)
        return super().viewportEvent(event)

    def event(self, event) -> bool:  # noqa: D401 - Qt override
        if event.type() == QEvent.Type.ToolTip:
            return self._tooltip(event)
        return super().event(event)


class AddPersonDialog(QDialog):
    def __init__(self, name: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Add a person to the register"))
        self.name = QLineEdit(name, self)
        self.name.setObjectName("personName")
        self.short = QLineEdit(self)
        self.short.setPlaceholderText(tr("other forms, separated by commas (e.g. Jonas, JH)"))
        # The example is the help: wide enough to be read whole, in either language.
        self.short.setMinimumWidth(self.short.fontMetrics().horizontalAdvance(self.short.placeholderText()) + 24)
        self.initials = QLineEdit(self)
        self.email = QLineEdit(self)
        form = QFormLayout()
        form.addRow(tr("Name"), self.name)
        form.addRow(tr("Short forms"), self.short)
        form.addRow(tr("Initials"), self.initials)
        form.addRow(tr("E-mail"), self.email)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Add"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Every anonymisation replaces this person by all these forms."), self))
        layout.addLayout(form)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent, name: str) -> Person | None:
        dialog = cls(name, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            try:
                return person(dialog.name.text(), [s for s in dialog.short.text().split(",")], dialog.initials.text(), dialog.email.text())
            except KnownError as exc:
                messages.show_error(parent, exc)
                return None
        finally:
            dialog.deleteLater()


class ReviewDialog(QDialog):
    """``ReviewDialog(draft, people, tasks, lang)``; ``saved`` carries the path once the file and
    its share-log line are written."""

    saved = Signal(str)

    def __init__(self, draft: Draft, people: People, tasks, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.draft, self.people, self.tasks, self.lang = draft, people, tasks, lang
        self.setWindowTitle(tr("Check every mark before it leaves"))
        self.resize(980, 700)
        intro = QLabel(tr("Coloured words will be replaced. Hover over one to see why. Select words and mark them, "
                          "or put the cursor in a mark and remove it. The text on the right is exactly what leaves."), self)
        intro.setWordWrap(True)
        self.remove_button = QPushButton(tr("Remove mark"), self)
        self.remove_button.setObjectName("removeMark")
        self.mark_button = QToolButton(self)
        self.mark_button.setObjectName("markAs")
        self.mark_button.setText(tr("Mark as"))
        self.mark_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.mark_button)
        self.mark_actions = {}
        for kind, name in manual_kind_names().items():
            act = menu.addAction(name)
            act.setObjectName(f"mark:{kind}")
            act.triggered.connect(lambda _c=False, k=kind: self.mark_selection(k))
            self.mark_actions[kind] = act
        self.mark_button.setMenu(menu)
        self.person_button = QPushButton(tr("Add person to register…"), self)
        self.person_button.setObjectName("addPerson")
        self.remove_button.clicked.connect(self.remove_current_mark)
        self.person_button.clicked.connect(self.add_person)
        tools = QHBoxLayout()
        tools.addWidget(self.remove_button)
        tools.addWidget(self.mark_button)
        tools.addWidget(self.person_button)
        tools.addStretch(1)
        legend = QHBoxLayout()
        for fam, name in family_names().items():
            chip = QLabel(name, self)
            chip.setStyleSheet(f"background: {_COLOURS[fam]}; color: #1d1d1f; padding: 1px 6px; border-radius: 6px;")
            legend.addWidget(chip)
        legend.addStretch(1)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("answerTabs")
        self.views: list[MarkedView] = []
        self.results: list[QPlainTextEdit] = []
        for i, answer in enumerate(draft.answers):
            question = draft.round.question(answer.question_id)
            page = QWidget(self.tabs)
            box = QVBoxLayout(page)
            qlabel = QLabel(question.text_in(lang) if question else answer.question_id, page)
            qlabel.setTextFormat(Qt.TextFormat.PlainText)
            qlabel.setWordWrap(True)
            split = QSplitter(Qt.Orientation.Horizontal, page)
            left = QWidget(split)
            lbox = QVBoxLayout(left)
            lbox.setContentsMargins(0, 0, 0, 0)
            lbox.addWidget(QLabel(tr("Your words, with the marks"), left))
            view = MarkedView(left)
            view.setObjectName(f"marked:{i}")
            lbox.addWidget(view)
            right = QWidget(split)
            rbox = QVBoxLayout(right)
            rbox.setContentsMargins(0, 0, 0, 0)
            rbox.addWidget(QLabel(tr("Exactly as it will leave"), right))
            result = QPlainTextEdit(right)
            result.setObjectName(f"result:{i}")
            result.setReadOnly(True)
            rbox.addWidget(result)
            box.addWidget(qlabel)
            box.addWidget(split, 1)
            self.tabs.addTab(page, tr("Question {n}").format(n=i + 1))
            self.views.append(view)
            self.results.append(result)
        self.summary = QLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(tr("Save contribution…"))
        self.save_button.setObjectName("saveContribution")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(tools)
        layout.addLayout(legend)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.refresh()

    # -- showing ---------------------------------------------------------------------------

    def refresh(self) -> None:
        total = 0
        for i, answer in enumerate(self.draft.answers):
            marks = answer.marks()
            total += len(marks)
            self.views[i].show_marks(answer.source, marks)
            self.results[i].setPlainText(self.draft.answer_text(i))
        self.summary.setText(tr("{marks} marks in {answers} answers · you take part as participant {name}").format(
            marks=total, answers=len(self.draft.answers), name=self.draft.pseudonym))

    def current(self) -> int:
        return self.tabs.currentIndex()

    # -- the leader's changes -------------------------------------------------------------

    def remove_current_mark(self) -> None:
        i = self.current()
        view = self.views[i]
        start, end = view.selection()
        mark = view.mark_at(start)
        if mark is None:
            messages.show_info(self, tr("Put the cursor in a coloured mark first."))
            return
        self.draft.remove_mark(i, mark.start, mark.end)
        self.refresh()

    def mark_selection(self, kind: str) -> None:
        i = self.current()
        start, end = self.views[i].selection()
        if end <= start:
            messages.show_info(self, tr("Select the words to mark first."))
            return
        self.draft.add_mark(i, start, end, kind)
        self.refresh()

    def add_person(self) -> None:
        i = self.current()
        start, end = self.views[i].selection()
        chosen = AddPersonDialog.ask(self, self.draft.answers[i].source[start:end].strip())
        if chosen is None:
            return
        people = self.people.with_person(chosen)
        document = people.to_json()
        draft = self.draft
        self._busy(True)

        def kept(_changes) -> None:
            self.people = people
            # the marks run again off the GUI thread (about 0.1 s for five long answers)
            self.tasks.compute(lambda: draft.set_register(people.register()), rerun, failed)

        def rerun(_result) -> None:
            self._busy(False)
            self.refresh()

        def failed(exc) -> None:
            self._busy(False)
            messages.show_error(self, exc)

        if self.tasks.write(lambda store: store.set_people_register(document), kept, failed) is None:
            self._busy(False)

    def _busy(self, busy: bool) -> None:
        """While the marks run again, nothing can change or save the draft."""
        for widget in (self.person_button, self.remove_button, self.mark_button, self.save_button):
            widget.setEnabled(not busy)

    # -- saving ----------------------------------------------------------------------------

    def choose_path(self) -> str:
        name = tr("contribution") + CONTRIBUTION_SUFFIX
        path, _filter = QFileDialog.getSaveFileName(self, tr("Save contribution"), str(Path.home() / name),
                                                    tr("Contributions (*{suffix})").format(suffix=CONTRIBUTION_SUFFIX))
        if path and not path.endswith(CONTRIBUTION_SUFFIX):
            path += CONTRIBUTION_SUFFIX
        return path

    def save(self) -> None:
        path = self.choose_path()
        if not path:
            return
        from journal.cohort.collect import write_contribution

        draft = self.draft
        self.save_button.setEnabled(False)

        def done(_digest) -> None:
            self.saved.emit(path)
            self.accept()

        def failed(exc) -> None:
            self.save_button.setEnabled(True)
            messages.show_error(self, exc)

        if self.tasks.write(lambda store: write_contribution(store, draft, Path(path)), done, failed) is None:
            self.save_button.setEnabled(True)
