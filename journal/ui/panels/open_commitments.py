"""All open next steps, grouped by date (overdue, this week, later, no date) or by case.

A dialog that returns the id of the entry to open, or ``None``.  Done, postpone
and drop write through the writer; the tree re-reads on ``Events.changed``.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from journal.errors import KnownError
from journal.store.records import Commitment
from journal.ui import accessibility
from journal.ui.dates import day_month
from journal.ui import theme
from journal.ui.models.commitments import is_overdue
from journal.ui.panels.commitments import fill_menu, postpone, set_status

StepRole = Qt.ItemDataRole.UserRole + 70
SOON_DAYS = 7


def tr(text: str) -> str:
    return QCoreApplication.translate("OpenCommitments", text)


def group_by_date(steps: list[Commitment], today: date | None = None) -> list[tuple[str, list[Commitment]]]:
    """(heading, steps) in the order a leader reads them: overdue, this week, later, no date."""
    today = today or date.today()
    soon = (today + timedelta(days=SOON_DAYS)).isoformat()
    buckets: dict[str, list[Commitment]] = {"overdue": [], "soon": [], "later": [], "none": []}
    for step in steps:
        if not step.due:
            buckets["none"].append(step)
        elif step.due < today.isoformat():
            buckets["overdue"].append(step)
        elif step.due <= soon:
            buckets["soon"].append(step)
        else:
            buckets["later"].append(step)
    names = {"overdue": tr("Date passed"), "soon": tr("The coming week"), "later": tr("Later"), "none": tr("No date")}
    return [(names[key], rows) for key, rows in buckets.items() if rows]


def group_by_case(steps: list[Commitment], case_names: dict[str, str]) -> list[tuple[str, list[Commitment]]]:
    groups: dict[str | None, list[Commitment]] = {}
    for step in steps:
        groups.setdefault(step.case_id if step.case_id in case_names else None, []).append(step)
    named = sorted((k for k in groups if k is not None), key=lambda k: case_names[k].casefold())
    result = [(case_names[k], groups[k]) for k in named]
    if None in groups:
        result.append((tr("No case"), groups[None]))
    return result


class OpenCommitmentsDialog(QDialog):
    def __init__(self, session, tasks, events, parent=None) -> None:
        super().__init__(parent)
        self.session, self.tasks = session, tasks
        self.chosen_entry: int | None = None
        self.setWindowTitle(tr("Open next steps"))
        self.setObjectName("openCommitments")
        self.by_date = QRadioButton(tr("By date"), self)
        self.by_date.setObjectName("groupByDate")
        self.by_case = QRadioButton(tr("By case"), self)
        self.by_case.setObjectName("groupByCase")
        self.by_date.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.by_date)
        group.addButton(self.by_case)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("openCommitmentTree")
        accessibility.name(self.tree, tr("Open next steps"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([tr("Next step"), tr("Date")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        self.empty = QLabel(tr("No open next steps. Add them under a reflection."), self)
        self.empty.setObjectName("noOpenCommitments")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.done_button = QPushButton(tr("Done"), self)
        self.done_button.setObjectName("stepDone")
        self.postpone_button = QPushButton(tr("Postpone…"), self)
        self.postpone_button.setObjectName("stepPostpone")
        self.drop_button = QPushButton(tr("Drop"), self)
        self.drop_button.setObjectName("stepDrop")
        self.open_button = QPushButton(tr("Open the reflection"), self)
        self.open_button.setObjectName("stepOpen")
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Group:"), self))
        top.addWidget(self.by_date)
        top.addWidget(self.by_case)
        top.addStretch(1)
        actions = QHBoxLayout()
        for b in (self.done_button, self.postpone_button, self.drop_button):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.open_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        layout.addLayout(actions)
        layout.addWidget(buttons)

        self.by_date.toggled.connect(lambda _on: self.reload())
        self.tree.currentItemChanged.connect(self._update_buttons)
        self.tree.itemDoubleClicked.connect(lambda item, _col: self._open(item))
        self.tree.customContextMenuRequested.connect(self._menu)
        self.done_button.clicked.connect(lambda: self._act("done"))
        self.postpone_button.clicked.connect(lambda: self._act("postpone"))
        self.drop_button.clicked.connect(lambda: self._act("dropped"))
        self.open_button.clicked.connect(lambda: self._open(self.tree.currentItem()))
        self._events = events
        if events is not None:
            events.changed.connect(self._on_changed)
        self.reload()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(640, 520)

    def reload(self) -> None:
        current = self.current()
        try:
            steps = self.session.store.list_open_commitments()
            case_names = {c.id: c.name for c in self.session.store.list_cases(include_archived=True)}
        except KnownError:
            steps, case_names = [], {}
        groups = group_by_date(steps) if self.by_date.isChecked() else group_by_case(steps, case_names)
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        select = None
        for heading, rows in groups:
            parent = QTreeWidgetItem(self.tree, [tr("{heading} ({count})").format(heading=heading, count=len(rows)), ""])
            parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
            parent.setFont(0, bold)
            parent.setFirstColumnSpanned(True)
            for step in rows:
                item = QTreeWidgetItem(parent, [step.text, day_month(step.due) if step.due else ""])
                item.setData(0, StepRole, step)
                item.setToolTip(0, step.text)
                if step.status == "postponed":
                    item.setToolTip(1, tr("Postponed"))
                if is_overdue(step):
                    item.setForeground(1, QBrush(theme.color("overdue")))
                if current is not None and step.id == current.id:
                    select = item
        self.tree.expandAll()
        self.tree.resizeColumnToContents(1)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, self.tree.header().ResizeMode.Stretch)
        self.tree.setVisible(bool(groups))
        self.empty.setVisible(not groups)
        if select is not None:
            self.tree.setCurrentItem(select)
        self._update_buttons()

    def steps_shown(self) -> list[tuple[str, list[str]]]:
        """(heading, [step text, …]) as shown, for tests and screen readers' sake."""
        return [
            (self.tree.topLevelItem(i).text(0), [self.tree.topLevelItem(i).child(j).text(0) for j in range(self.tree.topLevelItem(i).childCount())])
            for i in range(self.tree.topLevelItemCount())
        ]

    def current(self) -> Commitment | None:
        item = self.tree.currentItem()
        return item.data(0, StepRole) if item is not None else None

    def select_step(self, commitment_id: int) -> None:
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for j in range(top.childCount()):
                step = top.child(j).data(0, StepRole)
                if step is not None and step.id == commitment_id:
                    self.tree.setCurrentItem(top.child(j))
                    return

    def _update_buttons(self, *_args) -> None:
        enabled = self.current() is not None
        for b in (self.done_button, self.postpone_button, self.drop_button, self.open_button):
            b.setEnabled(enabled)

    def _act(self, what: str, step: Commitment | None = None) -> None:
        step = step or self.current()
        if step is None:
            return
        if what == "postpone":
            postpone(self, self.tasks, step)
        else:
            set_status(self, self.tasks, step.id, what)

    def _menu(self, pos) -> None:
        item = self.tree.itemAt(pos)
        step = item.data(0, StepRole) if item is not None else None
        if step is None:
            return
        menu = QMenu(self)
        fill_menu(menu, step, lambda what: self._act(what, step))
        menu.addSeparator()
        menu.addAction(tr("Open the reflection"), lambda: self._open(item))
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    def _open(self, item) -> None:
        step = item.data(0, StepRole) if item is not None else None
        if step is not None:
            self.chosen_entry = step.entry_id
            self.accept()

    def _on_changed(self, changes) -> None:
        if self.session.is_open and changes.kind in ("commitments", "entries", "cases"):
            self.reload()

    @classmethod
    def ask(cls, parent, session, tasks, events) -> int | None:
        dialog = cls(session, tasks, events, parent)
        try:
            dialog.exec()
            return dialog.chosen_entry
        finally:
            if events is not None:
                events.changed.disconnect(dialog._on_changed)
            dialog.deleteLater()
