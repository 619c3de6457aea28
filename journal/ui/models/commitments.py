"""A list model over next steps (``Commitment`` records): text, date and status, checkable for "done".

The model never writes: ticking a row emits ``doneToggled``; the row changes
when the store broadcasts that commitments changed and the owner calls ``set_rows``.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QFont

from journal.store.records import Commitment
from journal.ui import theme
from journal.ui.dates import day_month, long_date

CommitmentIdRole = Qt.ItemDataRole.UserRole + 40
StatusRole = Qt.ItemDataRole.UserRole + 41
DueRole = Qt.ItemDataRole.UserRole + 42
EntryIdRole = Qt.ItemDataRole.UserRole + 43
FollowUpRole = Qt.ItemDataRole.UserRole + 44
OPEN_STATUSES = ("open", "postponed")


def tr(text: str) -> str:
    return QCoreApplication.translate("CommitmentModel", text)


def describe(commitment: Commitment, today: date | None = None) -> str:
    """One line: the next step and what is known of its date and status."""
    when = day_month(commitment.due, today) if commitment.due else ""
    if commitment.status == "done":
        return tr("{text} (done)").format(text=commitment.text)
    if commitment.status == "dropped":
        return tr("{text} (dropped)").format(text=commitment.text)
    if commitment.status == "postponed" and when:
        return tr("{text} · postponed to {date}").format(text=commitment.text, date=when)
    if when:
        return tr("{text} · {date}").format(text=commitment.text, date=when)
    return commitment.text


def is_overdue(commitment: Commitment, today: date | None = None) -> bool:
    today = today or date.today()
    return commitment.status in OPEN_STATUSES and bool(commitment.due) and commitment.due < today.isoformat()


class CommitmentListModel(QAbstractListModel):
    doneToggled = Signal(int, bool)  # commitment id, done?

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Commitment] = []
        self._prefix: dict[int, str] = {}

    def set_rows(self, rows: list[Commitment], prefixes: dict[int, str] | None = None) -> None:
        """Replace the rows; ``prefixes`` puts a short label before some rows (e.g. "From 3 March:")."""
        self.beginResetModel()
        self._rows = list(rows)
        self._prefix = dict(prefixes or {})
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def commitment(self, row: int) -> Commitment | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, commitment_id: int) -> int:
        for row, c in enumerate(self._rows):
            if c.id == commitment_id:
                return row
        return -1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        c = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            prefix = self._prefix.get(c.id)
            return f"{prefix} {describe(c)}" if prefix else describe(c)
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [c.text]
            if c.due:
                parts.append(tr("Date: {date}").format(date=long_date(c.due)))
            if is_overdue(c):
                parts.append(tr("The date has passed."))
            if c.follow_up_entry_id is not None:
                parts.append(tr("Followed up: double-click to open the follow-up."))
            return "\n".join(parts)
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if c.status == "done" else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.FontRole and c.status in ("done", "dropped"):
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            if c.status == "dropped":
                return QBrush(theme.color("muted"))
            if is_overdue(c):
                return QBrush(theme.color("overdue"))
            return None
        if role == CommitmentIdRole:
            return c.id
        if role == StatusRole:
            return c.status
        if role == DueRole:
            return c.due
        if role == EntryIdRole:
            return c.entry_id
        if role == FollowUpRole:
            return c.follow_up_entry_id
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if self._rows[index.row()].status != "dropped":
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        done = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        self.doneToggled.emit(self._rows[index.row()].id, done)
        return True
