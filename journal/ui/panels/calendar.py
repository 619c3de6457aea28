"""The calendar (View → Calendar): a month with the days marked, and the chosen day's reflections.

A day with reflections gets a bar under its number (darker for more) and its
number in bold; a small dot marks next steps due that day, a ring a follow-up
written. Weeks start on Monday with ISO week numbers; month and day names come
from ``QLocale``. The keyboard moves through the days (arrows, Page Up/Down for
months); Enter in the list opens a reflection. The marks and the day's list are
read off the GUI thread.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from journal.store.records import DayMarks
from journal.ui.dates import to_date, to_qdate

EntryIdRole = Qt.ItemDataRole.UserRole + 40
HIDDEN_TITLE = "• • • • •"


def tr(text: str) -> str:
    return QCoreApplication.translate("Calendar", text)


def day_summary(reflections: int, due: int, follow_ups: int) -> str:
    """"2 reflections · 1 next step due" for a day (what the tooltip and the heading say)."""
    parts = []
    if reflections:
        parts.append(tr("1 reflection") if reflections == 1 else tr("{n} reflections").format(n=QLocale().toString(reflections)))
    if due:
        parts.append(tr("1 next step due") if due == 1 else tr("{n} next steps due").format(n=QLocale().toString(due)))
    if follow_ups:
        parts.append(tr("1 follow-up") if follow_ups == 1 else tr("{n} follow-ups").format(n=QLocale().toString(follow_ups)))
    return " · ".join(parts) if parts else tr("Nothing written")


class MarkedCalendar(QCalendarWidget):
    """A ``QCalendarWidget`` that draws the journal's marks on its days."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("calendar")
        self.setLocale(QLocale())
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers)
        self.setGridVisible(True)
        self.marks = DayMarks()

    def set_marks(self, marks: DayMarks) -> None:
        old = set(self.marks.reflections) | set(self.marks.next_steps_due) | set(self.marks.follow_ups)
        self.marks = marks
        for day in old:
            self.setDateTextFormat(to_qdate(day), QTextCharFormat())
        for day in set(marks.reflections) | set(marks.next_steps_due) | set(marks.follow_ups):
            fmt = QTextCharFormat()
            if marks.reflections.get(day):
                fmt.setFontWeight(QFont.Weight.Bold)
            fmt.setToolTip(self.summary(day))
            self.setDateTextFormat(to_qdate(day), fmt)
        self.updateCells()

    def summary(self, day: str) -> str:
        m = self.marks
        return day_summary(m.reflections.get(day, 0), m.next_steps_due.get(day, 0), m.follow_ups.get(day, 0))

    def level(self, day: str) -> int:
        """0 (nothing) to 3 (three reflections or more): how dark the day's bar is."""
        return min(3, self.marks.reflections.get(day, 0))

    def paintCell(self, painter, rect, qdate: QDate) -> None:  # noqa: N802 - Qt override
        super().paintCell(painter, rect, qdate)
        day = to_date(qdate).isoformat()
        level = self.level(day)
        due = self.marks.next_steps_due.get(day, 0)
        follow = self.marks.follow_ups.get(day, 0)
        if not (level or due or follow):
            return
        painter.save()
        painter.setRenderHint(painter.RenderHint.Antialiasing)
        role = QPalette.ColorRole.HighlightedText if qdate == self.selectedDate() else QPalette.ColorRole.Highlight
        accent = QColor(self.palette().color(role))  # on the chosen day's own highlight, the light colour
        if level:
            accent.setAlpha((90, 170, 255)[level - 1])
            bar = QRectF(rect.left() + rect.width() * 0.2, rect.bottom() - 5, rect.width() * 0.6, 3.5)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(accent)
            painter.drawRoundedRect(bar, 1.5, 1.5)
        size = max(4.0, min(rect.width(), rect.height()) * 0.16)
        if due:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#c05a00"))
            painter.drawEllipse(QRectF(rect.right() - size - 3, rect.top() + 3, size, size))
        if follow:
            pen = painter.pen()
            pen.setColor(QColor("#2a7a3b"))
            pen.setWidthF(1.5)
            pen.setStyle(Qt.PenStyle.SolidLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QRectF(rect.left() + 3, rect.top() + 3, size, size))
        painter.restore()


class CalendarDialog(QDialog):
    """The month and the chosen day's reflections; ``openRequested`` carries an entry id."""

    openRequested = Signal(int)

    def __init__(self, window) -> None:
        super().__init__(window)
        self.main_window = window
        self.setObjectName("calendarDialog")
        self.setWindowTitle(tr("Calendar"))
        self.calendar = MarkedCalendar(self)
        self.calendar.setAccessibleName(tr("Calendar of your reflections"))
        self.legend = QLabel(
            tr("Bar under the date: reflections (darker for more) · dot: next steps due · ring: a follow-up written"), self
        )
        self.legend.setObjectName("calendarLegend")
        self.legend.setWordWrap(True)
        self.day_heading = QLabel(self)
        self.day_heading.setObjectName("calendarDay")
        font = QFont(self.day_heading.font())
        font.setBold(True)
        self.day_heading.setFont(font)
        self.day_list = QListWidget(self)
        self.day_list.setObjectName("calendarEntries")
        self.day_list.setAccessibleName(tr("Reflections on the chosen day"))
        self.day_list.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Close"))
        buttons.rejected.connect(self.reject)
        side = QVBoxLayout()
        side.addWidget(self.day_heading)
        side.addWidget(self.day_list, 1)
        top = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.calendar, 1)
        left.addWidget(self.legend)
        top.addLayout(left, 3)
        top.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(buttons)
        self.resize(820, 440)
        self._day: str = ""
        self._entries = []
        self._generation = 0

        self.calendar.currentPageChanged.connect(lambda _y, _m: self.load_marks())
        self.calendar.selectionChanged.connect(self._day_chosen)
        self.calendar.activated.connect(lambda _d: self.day_list.setFocus())
        self.day_list.itemActivated.connect(self._open)
        self.load_marks()
        self._day_chosen()

    # --- reading --------------------------------------------------------------------------

    def visible_span(self) -> tuple[date, date]:
        """The days the month page can show (six weeks from the Monday before the 1st)."""
        first = date(self.calendar.yearShown(), self.calendar.monthShown(), 1)
        start = first - timedelta(days=first.weekday())
        return start, start + timedelta(days=41)

    def load_marks(self) -> None:
        first, last = self.visible_span()
        self.main_window.tasks.read(lambda store: store.day_marks(first, last), self.calendar.set_marks, self._failed)

    def _day_chosen(self) -> None:
        day = to_date(self.calendar.selectedDate()).isoformat()
        self._day = day
        self._generation += 1
        generation = self._generation
        self.day_heading.setText(QLocale().toString(self.calendar.selectedDate(), QLocale.FormatType.LongFormat))
        self.main_window.tasks.read(
            lambda store: store.entries_on_day(day), lambda entries: self._entries_loaded(generation, entries), self._failed
        )

    def _entries_loaded(self, generation: int, entries) -> None:
        if generation != self._generation:
            return  # another day was chosen meanwhile
        self._entries = list(entries)
        self.show_entries()

    def show_entries(self) -> None:
        """Fill the day's list (titles hidden while the window hides text)."""
        hidden = bool(getattr(self.main_window, "privacy", False))
        self.day_list.clear()
        qdate = to_qdate(self._day)
        self.day_heading.setText(
            QLocale().toString(qdate, QLocale.FormatType.LongFormat) + " — " + self.calendar.summary(self._day)
        )
        self.calendar.setAccessibleDescription(self.day_heading.text())  # the chosen day's marks, in words
        for summary in self._entries:
            time = summary.created[11:16]
            title = HIDDEN_TITLE if hidden else (summary.title or tr("Untitled reflection"))
            item = QListWidgetItem(f"{time}  {title}")
            item.setData(EntryIdRole, summary.id)
            self.day_list.addItem(item)
        if not self._entries:
            empty = QListWidgetItem(tr("No reflections on this day."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.day_list.addItem(empty)

    def entry_ids(self) -> list[int]:
        return [s.id for s in self._entries]

    def _open(self, item: QListWidgetItem) -> None:
        entry_id = item.data(EntryIdRole)
        if entry_id is not None:
            self.openRequested.emit(int(entry_id))

    def _failed(self, exc) -> None:
        from journal.ui import messages

        self.day_heading.setText(messages.error_text(exc))
