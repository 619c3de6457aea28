"""The entry list: a lazy list model over cached ``EntrySummary`` rows, newest first.

Rows are fetched a page at a time (``canFetchMore``/``fetchMore``), kept in a
cache, and re-read when the store broadcasts that entries changed.  The model
never runs SQL itself: it asks a ``fetch(limit, offset)`` callable for rows.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from journal.store.records import EntrySummary

PAGE = 200

IdRole = Qt.ItemDataRole.UserRole + 1
DayRole = Qt.ItemDataRole.UserRole + 2
ExcerptRole = Qt.ItemDataRole.UserRole + 3
CreatedRole = Qt.ItemDataRole.UserRole + 4
NewDayRole = Qt.ItemDataRole.UserRole + 5  # True on the first row of a day (draws the day header)
SnippetRole = Qt.ItemDataRole.UserRole + 6

Fetch = Callable[[int, int], list[EntrySummary]]


class EntryListModel(QAbstractListModel):
    def __init__(self, fetch: Fetch, untitled: str, parent=None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._rows: list[EntrySummary] = []
        self._exhausted = False
        self._untitled = untitled

    # --- data -------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.title or self._untitled
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.excerpt or None
        if role == IdRole:
            return row.id
        if role == DayRole:
            return row.day
        if role == ExcerptRole:
            return row.excerpt
        if role == CreatedRole:
            return row.created
        if role == NewDayRole:
            return index.row() == 0 or self._rows[index.row() - 1].day != row.day
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    # --- lazy fetching --------------------------------------------------------------

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent=QModelIndex()) -> None:
        if parent.isValid() or self._exhausted:
            return
        rows = self._fetch(PAGE, len(self._rows))
        if len(rows) < PAGE:
            self._exhausted = True
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def set_fetch(self, fetch: Fetch) -> None:
        """Show another selection (a case, a tag): drop the cache and start over."""
        self._fetch = fetch
        self.reload()

    def reload(self) -> None:
        """Mark the cache stale: re-read as many rows as are shown now (at least one page)."""
        wanted = max(PAGE, len(self._rows))
        rows = self._fetch(wanted, 0)
        self.beginResetModel()
        self._rows = rows
        self._exhausted = len(rows) < wanted
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._exhausted = True
        self.endResetModel()

    def update_row(self, summary: EntrySummary) -> bool:
        """Put a re-read row in place (an autosave changed its title or text); False if it is not shown."""
        row = self.row_of(summary.id)
        if row < 0 or self._rows[row].day != summary.day:
            return False
        self._rows[row] = summary
        index = self.index(row)
        self.dataChanged.emit(index, index)
        return True

    def row_of(self, entry_id: int) -> int:
        for i, row in enumerate(self._rows):
            if row.id == entry_id:
                return i
        return -1


class SearchResultModel(QAbstractListModel):
    """Search hits, best first, with their highlighted snippets."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._hits: list = []

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.entry.display_title
        if role == IdRole:
            return hit.entry.id
        if role == SnippetRole:
            if hit.in_comment:  # found in a coach's comment on the entry, not in its text
                return QCoreApplication.translate("SearchResults", "Coach comment:") + " " + hit.snippet
            return hit.snippet
        if role == DayRole:
            return hit.entry.day
        if role == CreatedRole:
            return hit.entry.created
        if role == NewDayRole:
            return False
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def set_hits(self, hits: list) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def clear(self) -> None:
        self.set_hits([])
