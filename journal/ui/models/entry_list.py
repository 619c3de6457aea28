"""The entry list: a lazy list model over cached ``EntrySummary`` rows, newest first.

Rows are fetched a page at a time (``canFetchMore``/``fetchMore``), kept in a
cache, and re-read when the store broadcasts that entries changed.  The model
never runs SQL itself: ``reload`` asks a ``fetch(limit, offset)`` callable for the
first page, and ``fetchMore`` (the view scrolled to the end) asks a
``request(limit, offset, deliver, failed)`` callable, which reads the next page on
the reader thread and hands it back on the GUI thread: scrolling never waits for
the journal.  A page asked for before a reload or a change of selection is
dropped when it arrives.

The model is a ``QStringListModel`` holding one empty string a row: its row count and
indexes are then answered in C++.  The view lays out every row whenever a page arrives, and
a row count answered in Python (one call a row) made that take 0.6 s at 100,000 rows; now it
takes about 15 ms.  The rows' contents come from ``data``, asked only for the rows painted.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex, QStringListModel, Qt

from journal.store.records import EntrySummary

PAGE = 200  # rows read when the list is (re)loaded, on the GUI thread: about 7 ms
MORE = 1000  # rows read on the reader thread each time the view reaches the end: each page
# arriving makes Qt lay out every row again (about 15-40 ms at 100,000), so fewer, larger pages

IdRole = Qt.ItemDataRole.UserRole + 1
DayRole = Qt.ItemDataRole.UserRole + 2
ExcerptRole = Qt.ItemDataRole.UserRole + 3
CreatedRole = Qt.ItemDataRole.UserRole + 4
NewDayRole = Qt.ItemDataRole.UserRole + 5  # True on the first row of a day (the day beside its title, a line above it)
SnippetRole = Qt.ItemDataRole.UserRole + 6

_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)  # plain ints: data() is asked for each row many times
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)

Fetch = Callable[[int, int], list[EntrySummary]]
# request(limit, offset, deliver, failed) -> False when nothing can be read now (locked, not open)
Request = Callable[[int, int, Callable[[list[EntrySummary]], None], Callable[[BaseException], None]], bool]


class _Rows:
    """The rows read so far, a column a field: at 100,000 rows, a list of strings per field is one
    object for the garbage collector to scan, where an object per row made its full scans stall
    the window as the list grew."""

    __slots__ = ("ids", "titles", "excerpts", "created")

    def __init__(self, rows: list[EntrySummary] = ()) -> None:
        self.ids: list[int] = [r.id for r in rows]
        self.titles: list[str] = [r.title for r in rows]
        self.excerpts: list[str] = [r.excerpt for r in rows]
        self.created: list[str] = [r.created for r in rows]

    def __len__(self) -> int:
        return len(self.ids)

    def extend(self, rows: list[EntrySummary]) -> None:
        self.ids.extend(r.id for r in rows)
        self.titles.extend(r.title for r in rows)
        self.excerpts.extend(r.excerpt for r in rows)
        self.created.extend(r.created for r in rows)

    def put(self, row: int, summary: EntrySummary) -> None:
        self.ids[row], self.titles[row] = summary.id, summary.title
        self.excerpts[row], self.created[row] = summary.excerpt, summary.created

    def day(self, row: int) -> str:
        return self.created[row][:10]


class EntryListModel(QStringListModel):
    def __init__(self, fetch: Fetch, untitled: str, parent=None, *, request: Request | None = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._request = request
        self._rows = _Rows()
        self._exhausted = False
        self._untitled = untitled
        self._generation = 0  # bumped by every reload: a page asked for before it is dropped
        self._pending = False  # a page is being read on the reader thread

    # --- data -------------------------------------------------------------------

    def data(self, index, role: int = _DISPLAY):
        row = index.row()  # -1 for an invalid index
        rows = self._rows
        if not 0 <= row < len(rows.ids):
            return None
        if role == _DISPLAY:
            return rows.titles[row] or self._untitled
        if role == _TOOLTIP:
            return rows.excerpts[row] or None
        if role == IdRole:
            return rows.ids[row]
        if role == DayRole:
            return rows.day(row)
        if role == ExcerptRole:
            return rows.excerpts[row]
        if role == CreatedRole:
            return rows.created[row]
        if role == NewDayRole:
            return self.new_day(row)
        return None

    def new_day(self, row: int) -> bool:
        """Does ``row`` begin a day (the first row, or another day than the row above)?"""
        created = self._rows.created
        return 0 <= row < len(created) and (row == 0 or created[row - 1][:10] != created[row][:10])

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    # --- lazy fetching --------------------------------------------------------------

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent=QModelIndex()) -> None:
        if parent.isValid() or self._exhausted or self._pending:
            return
        if self._request is None:
            self._append(self._fetch(MORE, len(self._rows)))
            return
        generation = self._generation

        def deliver(rows: list[EntrySummary]) -> None:
            if generation == self._generation:
                self._pending = False
                self._append(rows)

        def failed(_exc: BaseException) -> None:
            if generation == self._generation:
                self._pending = False

        self._pending = True
        if not self._request(MORE, len(self._rows), deliver, failed):
            self._pending = False

    @property
    def fetching(self) -> bool:
        """A page is on its way from the reader thread."""
        return self._pending

    def _append(self, rows: list[EntrySummary]) -> None:
        if len(rows) < MORE:
            self._exhausted = True
        if rows:
            first = len(self._rows)
            self._rows.extend(rows)
            self.insertRows(first, len(rows))

    def set_fetch(self, fetch: Fetch) -> None:
        """Show another selection (a case, a tag): drop the cache and start over."""
        self._fetch = fetch
        self.reload()

    def reload(self) -> None:
        """Read the list anew from its first page (the rows further down come back as the view
        scrolls to them: re-reading every row shown would stall the window for seconds at
        100,000 rows)."""
        self._generation += 1
        self._pending = False
        rows = self._fetch(PAGE, 0)
        self._rows = _Rows(rows)
        self._exhausted = len(rows) < PAGE
        self.setStringList([""] * len(rows))

    def clear(self) -> None:
        self._generation += 1
        self._pending = False
        self._rows = _Rows()
        self._exhausted = True
        self.setStringList([])

    def update_row(self, summary: EntrySummary) -> bool:
        """Put a re-read row in place (an autosave changed its title or text); False if it is not shown."""
        row = self.row_of(summary.id)
        if row < 0 or self._rows.day(row) != summary.day:
            return False
        self._rows.put(row, summary)
        index = self.index(row)
        self.dataChanged.emit(index, index)
        return True

    def row_of(self, entry_id: int) -> int:
        try:
            return self._rows.ids.index(entry_id)
        except ValueError:
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
