"""Next steps under the editor: a short structured list with an optional date, not parsed from prose.

Adding a next step to an entry that is not saved yet first saves it (the editor
queues the save and the new step on the one writer, in that order).  Done,
postpone (to a new date, a week ahead by default) and drop go through the writer
too; the list re-reads when the store broadcasts that commitments changed.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journal.errors import KnownError
from journal.store.records import Commitment
from journal.ui import accessibility
from journal.ui import messages
from journal.ui.dates import day_month, to_date, to_qdate
from journal.ui.dialogs.postpone import PostponeDialog
from journal.ui.models.commitments import OPEN_STATUSES, CommitmentIdRole, CommitmentListModel

DEFAULT_DUE_DAYS = 7
LIST_ROWS = 4


def tr(text: str) -> str:
    return QCoreApplication.translate("Commitments", text)


# --- actions shared by every view of next steps ---------------------------------------


def set_status(parent, tasks, commitment_id: int, status: str, due: str | None | type(...) = ...) -> None:
    """Mark a next step done, dropped, open again (or postponed to ``due``) through the writer."""
    tasks.write(lambda store: store.update_commitment(commitment_id, status=status, due=due), None, lambda exc: messages.show_error(parent, exc))


def postpone(parent, tasks, commitment: Commitment) -> bool:
    """Ask for a new date and postpone; ``False`` when the leader cancelled."""
    new_date = PostponeDialog.ask(parent, commitment.text, commitment.due)
    if new_date is None:
        return False
    set_status(parent, tasks, commitment.id, "postponed", new_date.isoformat())
    return True


def fill_menu(menu: QMenu, commitment: Commitment, act) -> None:
    """The actions for one next step; ``act(status_or_action)`` is called with "done", "postpone", …"""
    if commitment.status in OPEN_STATUSES:
        menu.addAction(tr("Done"), lambda: act("done"))
        menu.addAction(tr("Postpone…"), lambda: act("postpone"))
        menu.addAction(tr("Drop"), lambda: act("dropped"))
    else:
        menu.addAction(tr("Open again"), lambda: act("open"))


# --- the panel under the editor -------------------------------------------------------------


class CommitmentsPanel(QWidget):
    openEntryRequested = Signal(int)

    def __init__(self, tasks, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("commitmentsPanel")
        self.tasks = tasks
        self.session = tasks.session  # asked for the store on each read; never kept
        self.entry_writer = None  # the editor's write_for_entry(fn, on_done, on_error)
        self._entry_id: int | None = None
        self._original: Commitment | None = None

        self.heading = QLabel(tr("Next steps"), self)
        font = QFont(self.heading.font())
        font.setBold(True)
        self.heading.setFont(font)
        self.done_button = self._tool(tr("Done"), "commitmentDone", tr("Mark the chosen next step as done"))
        self.postpone_button = self._tool(tr("Postpone…"), "commitmentPostpone", tr("Give the chosen next step a later date"))
        self.drop_button = self._tool(tr("Drop"), "commitmentDrop", tr("Drop the chosen next step: it will not come back"))

        self.model = CommitmentListModel(self)
        self.view = QListView(self)
        self.view.setObjectName("commitmentList")
        accessibility.name(self.view, tr("Next steps"), tr("Space marks a step done"))
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.setWordWrap(True)  # a long next step wraps: its date is never cut off
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)

        self.text = QLineEdit(self)
        self.text.setObjectName("commitmentText")
        accessibility.name(self.text, tr("New next step"))
        self.text.setPlaceholderText(tr("Add a next step…"))
        self.has_due = QCheckBox(tr("By"), self)
        self.has_due.setObjectName("commitmentHasDue")
        self.has_due.setToolTip(tr("Give the next step a date; Tværs asks how it went when the date has passed"))
        self.due = QDateEdit(self)
        self.due.setObjectName("commitmentDue")
        accessibility.name(self.due, tr("Date of the next step"))
        self.due.setCalendarPopup(True)
        self.due.setDate(to_qdate(date.today() + timedelta(days=DEFAULT_DUE_DAYS)))
        self.due.setEnabled(False)
        self.add_button = QPushButton(tr("Add"), self)
        self.add_button.setObjectName("commitmentAdd")
        self.add_button.setEnabled(False)

        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.heading)
        head.addStretch(1)
        head.addWidget(self.done_button)
        head.addWidget(self.postpone_button)
        head.addWidget(self.drop_button)
        add = QHBoxLayout()
        add.setContentsMargins(0, 0, 0, 0)
        add.addWidget(self.text, 1)
        add.addWidget(self.has_due)
        add.addWidget(self.due)
        add.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(head)
        layout.addWidget(self.view)
        layout.addLayout(add)

        self.text.textChanged.connect(self._text_changed)
        self.text.returnPressed.connect(self.add)
        self.add_button.clicked.connect(self.add)
        self.has_due.toggled.connect(self.due.setEnabled)
        self.model.doneToggled.connect(self._done_toggled)
        self.model.modelReset.connect(self._update_buttons)
        self.view.selectionModel().currentChanged.connect(self._update_buttons)
        self.view.doubleClicked.connect(self._open)
        self.view.customContextMenuRequested.connect(self._menu)
        self.done_button.clicked.connect(lambda: self._act_on_current("done"))
        self.postpone_button.clicked.connect(lambda: self._act_on_current("postpone"))
        self.drop_button.clicked.connect(lambda: self._act_on_current("dropped"))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._fit_list()

    def _tool(self, text: str, name: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.setEnabled(False)
        return button

    # --- what is shown ------------------------------------------------------------------

    @property
    def entry_id(self) -> int | None:
        """The entry whose next steps are shown."""
        return self._entry_id

    @property
    def original(self) -> Commitment | None:
        """The next step the shown entry follows up, if it is a follow-up."""
        return self._original

    def load(self, entry_id: int | None) -> None:
        """Show the next steps written in ``entry_id`` (and the one it follows up, first)."""
        self._entry_id = entry_id
        rows: list[Commitment] = []
        prefixes: dict[int, str] = {}
        self._original = None
        if entry_id is not None and self.session.is_open:
            try:
                store = self.session.store
                self._original = store.follow_up_of(entry_id)
                rows = store.list_commitments(entry_id=entry_id)
            except KnownError:  # e.g. locked meanwhile: show nothing rather than stale rows
                self._original, rows = None, []
            if self._original is not None:
                rows.insert(0, self._original)
                prefixes[self._original.id] = tr("From {date}:").format(date=day_month(self._original.created))
        self.model.set_rows(rows, prefixes)
        self._fit_list()

    def refresh(self) -> None:
        current = self.view.currentIndex().data(CommitmentIdRole)
        self.load(self._entry_id)
        if current is not None:
            row = self.model.row_of(current)
            if row >= 0:
                self.view.setCurrentIndex(self.model.index(row))

    def clear(self) -> None:
        self._entry_id = None
        self._original = None
        self.model.clear()
        self.text.clear()
        self.has_due.setChecked(False)
        self._fit_list()

    def _fit_list(self) -> None:
        rows = self.model.rowCount()
        self.view.setVisible(rows > 0)
        line = max(self.view.sizeHintForRow(0), self.fontMetrics().height() + 6) if rows else 0
        self.view.setFixedHeight(min(rows, LIST_ROWS) * line + 2 * self.view.frameWidth() + 2)

    def current(self) -> Commitment | None:
        index = self.view.currentIndex()
        return self.model.commitment(index.row()) if index.isValid() else None

    def _update_buttons(self, *_args) -> None:
        c = self.current()
        actionable = c is not None and c.status in OPEN_STATUSES
        for button in (self.done_button, self.postpone_button, self.drop_button):
            button.setEnabled(actionable)

    def _text_changed(self, text: str) -> None:
        self.add_button.setEnabled(bool(text.strip()))

    # --- writing ----------------------------------------------------------------------------

    def add(self) -> None:
        """Add the typed next step to the entry (saving a new entry first)."""
        text = self.text.text().strip()
        if not text or self.entry_writer is None or not self.session.is_open:
            return
        due = to_date(self.due.date()).isoformat() if self.has_due.isChecked() else None

        def done(_changes) -> None:
            if self.text.text().strip() == text:
                self.text.clear()
                self.has_due.setChecked(False)

        self.entry_writer(lambda store, entry_id: store.add_commitment(entry_id, text, due), done, self._failed)

    def _failed(self, exc) -> None:
        messages.show_error(self, exc)

    def _done_toggled(self, commitment_id: int, done: bool) -> None:
        set_status(self, self.tasks, commitment_id, "done" if done else "open")

    def _act_on_current(self, what: str) -> None:
        c = self.current()
        if c is not None:
            self.act(c, what)

    def act(self, commitment: Commitment, what: str) -> None:
        if what == "postpone":
            postpone(self, self.tasks, commitment)
        else:
            set_status(self, self.tasks, commitment.id, what)

    def _menu(self, pos) -> None:
        index = self.view.indexAt(pos)
        c = self.model.commitment(index.row()) if index.isValid() else None
        if c is None:
            return
        menu = QMenu(self)
        fill_menu(menu, c, lambda what: self.act(c, what))
        target = self._target(index)
        if target is not None:
            menu.addSeparator()
            menu.addAction(tr("Open the follow-up") if target != c.entry_id else tr("Open the original reflection"),
                           lambda: self.openEntryRequested.emit(target))
        menu.exec(self.view.viewport().mapToGlobal(pos))

    def _target(self, index: QModelIndex) -> int | None:
        c = self.model.commitment(index.row())
        if c is None:
            return None
        if self._original is not None and c.id == self._original.id:
            return c.entry_id  # the reflection the next step was written in
        return c.follow_up_entry_id

    def _open(self, index: QModelIndex) -> None:
        target = self._target(index)
        if target is not None:
            self.openEntryRequested.emit(target)
