"""The entry list: a model with a row for every entry in the list, newest first, whose rows
are read a block at a time as the view shows them.

The model knows how many entries the list holds from the start (one count), so the view
lays it out once, its scroll bar stands for the whole journal, and End or a drag of the
scroll bar goes straight to the oldest entries.  A row not read yet is blank; painting it
asks for its block, which a ``ListSource`` reads on the reader thread and hands back on the
GUI thread, and the rows are then filled in place (``dataChanged``): scrolling never waits
for the journal and never makes Qt lay the list out again.  The newest blocks asked for are
read first (the view may have scrolled past the older ones); a block asked for before a
reload or a change of filter is dropped when it arrives.

The model is a ``QStringListModel`` holding one empty string a row: its row count and
indexes are then answered in C++, and Qt lays out 100,000 rows of one height in about
15 ms.  A row count answered in Python (one call a row) took 0.6 s.  The rows' contents come
from ``data``, asked only for the rows painted.  The model never runs SQL itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QStringListModel, Qt, QTimer

from journal.store.records import EntrySummary

BLOCK = 200  # rows read at once, on the reader thread, when the view shows rows not read yet: 10-20 ms
PAGE = BLOCK  # the first block, read on the GUI thread when the list is (re)loaded: about 7 ms
KEEP_ASKING = 4  # blocks remembered as wanted while one is read; the view has scrolled past older ones
AHEAD = 150  # the rows this far above and below a row shown are read ahead, so that they are seldom blank

IdRole = Qt.ItemDataRole.UserRole + 1
DayRole = Qt.ItemDataRole.UserRole + 2
ExcerptRole = Qt.ItemDataRole.UserRole + 3
CreatedRole = Qt.ItemDataRole.UserRole + 4
NewDayRole = Qt.ItemDataRole.UserRole + 5  # True on the first row of a day (the day beside its title, a line above it)
SnippetRole = Qt.ItemDataRole.UserRole + 6

_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)  # plain ints: data() is asked for each row many times
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_ID = int(IdRole)


class ListSource(Protocol):
    """Where the list's rows come from (the window, over the store, with its filters)."""

    def count(self) -> int:
        """How many entries the list holds."""

    def page(self, limit: int, offset: int) -> list[EntrySummary]:
        """Rows read now, on the GUI thread (the first page of a reload)."""

    def request(self, limit: int, offset: int, deliver: Callable[[list[EntrySummary]], None],
                failed: Callable[[BaseException], None]) -> bool:
        """Rows read on the reader thread and handed to ``deliver`` on the GUI thread; False when
        nothing can be read now (locked, still opening)."""

    def position(self, entry_id: int) -> int | None:
        """The row of an entry in the list, or None when the list does not hold it."""

    def ids(self, limit: int, offset: int) -> list[int]:
        """The ids of the rows from ``offset``, read now."""


class _Rows:
    """The rows of the list, a column a field, a slot for every row (``None`` in ``ids`` until
    its block is read): at 100,000 rows, a list per field is one object for the garbage
    collector to scan, where an object per row made its full scans stall the window."""

    __slots__ = ("ids", "titles", "excerpts", "created")

    def __init__(self, total: int = 0) -> None:
        self.ids: list[int | None] = [None] * total
        self.titles: list[str] = [""] * total
        self.excerpts: list[str] = [""] * total
        self.created: list[str] = [""] * total

    def __len__(self) -> int:
        return len(self.ids)

    def fill(self, first: int, rows: list[EntrySummary]) -> int:
        """Put ``rows`` in place from row ``first``; how many fitted."""
        rows = rows[: max(0, len(self.ids) - first)]
        end = first + len(rows)
        self.ids[first:end] = [r.id for r in rows]
        self.titles[first:end] = [r.title for r in rows]
        self.excerpts[first:end] = [r.excerpt for r in rows]
        self.created[first:end] = [r.created for r in rows]
        return len(rows)

    def put(self, row: int, summary: EntrySummary) -> None:
        self.ids[row], self.titles[row] = summary.id, summary.title
        self.excerpts[row], self.created[row] = summary.excerpt, summary.created

    def day(self, row: int) -> str:
        return self.created[row][:10]


class EntryListModel(QStringListModel):
    def __init__(self, source: ListSource, untitled: str, parent=None) -> None:
        super().__init__(parent)
        self._source = source
        self._rows = _Rows()
        self._untitled = untitled
        self._generation = 0  # bumped by every reload: a block asked for before it is dropped
        self._wanted: list[int] = []  # blocks shown but not read, the newest last
        self._asked: set[int] = set()  # blocks read, or being read, since the last reload
        self._reading: int | None = None  # the block on its way from the reader thread
        self._kick = QTimer(self)  # the next block is asked for once the view has painted
        self._kick.setSingleShot(True)
        self._kick.setInterval(0)
        self._kick.timeout.connect(self._read_next)

    # --- data -------------------------------------------------------------------

    def data(self, index, role: int = _DISPLAY):
        row = index.row()  # -1 for an invalid index
        rows = self._rows
        if not 0 <= row < len(rows.ids):
            return None
        if rows.ids[row] is None:  # not read yet: blank until its block arrives
            self._want(row // BLOCK)
            return "" if role == _DISPLAY else None
        if role == _DISPLAY:
            ids = rows.ids
            if row + AHEAD < len(ids) and ids[row + AHEAD] is None:  # the rows a little further on, read ahead
                self._want((row + AHEAD) // BLOCK, ahead=True)
            if row >= AHEAD and ids[row - AHEAD] is None:
                self._want((row - AHEAD) // BLOCK, ahead=True)
            return rows.titles[row] or self._untitled
        if role == _TOOLTIP:
            return rows.excerpts[row] or None
        if role == _ID:
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
        """Does ``row`` begin a day (the first row, or another day than the row above)? A row
        below one not read yet shows its day until that row arrives."""
        rows = self._rows
        if not 0 <= row < len(rows.ids) or rows.ids[row] is None:
            return False
        return row == 0 or rows.created[row - 1][:10] != rows.created[row][:10]

    def is_read(self, row: int) -> bool:
        return 0 <= row < len(self._rows.ids) and self._rows.ids[row] is not None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    # --- reading blocks as they are shown ------------------------------------------------

    def _want(self, block: int, *, ahead: bool = False) -> None:
        """Read ``block`` when the view has painted (a block on screen before one read ahead)."""
        if block in self._asked:
            return
        wanted = self._wanted
        if block in wanted:
            if ahead or wanted[-1] == block:
                return
            wanted.remove(block)
        if ahead:
            wanted.insert(0, block)
        else:
            wanted.append(block)
        del wanted[:-KEEP_ASKING]
        if self._reading is None and not self._kick.isActive():
            self._kick.start()

    def _read_next(self) -> None:
        if self._reading is not None or not self._wanted:
            return
        block = self._wanted.pop()
        generation = self._generation

        def deliver(rows: list[EntrySummary]) -> None:
            if generation != self._generation:
                return
            self._reading = None
            first = block * BLOCK
            filled = self._rows.fill(first, rows)
            if filled:  # and the row below: whether it begins a day may have changed
                self.dataChanged.emit(self.index(first), self.index(min(first + filled, len(self._rows) - 1)))
            self._read_next()

        def failed(_exc: BaseException) -> None:
            if generation == self._generation:
                self._reading = None
                self._asked.discard(block)  # asked again when its rows are painted again

        self._reading = block
        self._asked.add(block)
        if not self._source.request(BLOCK, block * BLOCK, deliver, failed):
            self._reading = None
            self._asked.discard(block)
            self._wanted.clear()

    @property
    def generation(self) -> int:
        """Bumped by every reload: rows found before it may stand elsewhere now."""
        return self._generation

    @property
    def fetching(self) -> bool:
        """Rows are wanted or on their way from the reader thread."""
        return self._reading is not None or bool(self._wanted)

    # --- the whole list ------------------------------------------------------------------

    def reload(self) -> None:
        """Read the list anew: how many rows, and the first page (the rows further down are read
        again as the view shows them: re-reading every row shown would stall the window for
        seconds at 100,000 rows)."""
        total = self._source.count()
        first = self._source.page(PAGE, 0) if total else []
        rows = _Rows(max(total, len(first)))
        rows.fill(0, first)
        self._show(rows, read=(0,))

    def clear(self) -> None:
        self._show(_Rows())

    def _show(self, rows: _Rows, read: tuple[int, ...] = ()) -> None:
        """Show ``rows`` (the blocks ``read`` filled in) in place of the list: whatever was asked
        for before is dropped when it arrives."""
        self._generation += 1
        self._reading = None
        self._wanted.clear()
        self._asked = set(read)
        self._rows = rows
        self.setStringList([""] * len(rows))

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
        """The row of an entry among the rows read, or -1."""
        try:
            return self._rows.ids.index(entry_id)
        except ValueError:
            return -1

    def locate(self, entry_id: int) -> int:
        """The row of an entry anywhere in the list (read or not), or -1 when the list does not hold it."""
        row = self.row_of(entry_id)
        if row >= 0:
            return row
        found = self._source.position(entry_id)
        return found if found is not None and 0 <= found < len(self._rows) else -1

    def ids_of(self, rows: list[int]) -> list[int]:
        """The ids of ``rows``, in that order; the rows not read yet are asked for in one read."""
        known = self._rows.ids
        rows = [r for r in rows if 0 <= r < len(known)]
        missing = [r for r in rows if known[r] is None]
        found: dict[int, int] = {}
        if missing:
            low = min(missing)
            found = dict(enumerate(self._source.ids(max(missing) - low + 1, low), start=low))
        ids = [known[r] if known[r] is not None else found.get(r) for r in rows]
        return [int(i) for i in ids if i is not None]


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
