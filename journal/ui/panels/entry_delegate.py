"""Draws one row of the entry list: every row of one height, the day beside the first entry of each day.

All rows are as tall as each other, so the list lays itself out without asking Python about
each row: with rows of different heights (a day header above the first entry of a day), Qt
had to measure every row again each time a page of rows arrived, and at 100,000 rows it did
that in batches that threw the view back near the top of the list.  The first entry of a day
shows the day at the right of its title, under a thin line that begins the day; the others
show their time there.  Search results show the day on every row.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, QRect, QRectF, QSize, Qt, QTime
from PySide6.QtGui import QFont, QFontMetrics, QPalette, QTextDocument, QTextLayout
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from journal.store.records import HIT_END, HIT_START
from journal.ui.models.entry_list import CreatedRole, DayRole, ExcerptRole, NewDayRole, SnippetRole

PAD = 6


def _qdate(iso_day: str) -> QDate | None:
    try:
        d = date.fromisoformat(iso_day)
    except ValueError:
        return None
    return QDate(d.year, d.month, d.day)


def short_day_label(iso_day: str, locale: QLocale | None = None) -> str:
    """A day short enough to stand beside a title: "ons. 25.11.2026" / "Wed 25/11/2026"."""
    day = _qdate(iso_day)
    if day is None:
        return iso_day
    locale = locale or QLocale()
    weekday = locale.dayName(day.dayOfWeek(), QLocale.FormatType.ShortFormat)
    return f"{weekday} {locale.toString(day, QLocale.FormatType.ShortFormat)}"


def time_label(created: str, locale: QLocale | None = None) -> str:
    """The time of day of an ISO moment as the user's language writes it: "14.30" / "14:30"."""
    try:
        hour, minute = int(created[11:13]), int(created[14:16])
    except ValueError:
        return ""
    return (locale or QLocale()).toString(QTime(hour, minute), QLocale.FormatType.ShortFormat)


HIDDEN = "•••••••"


class EntryDelegate(QStyledItemDelegate):
    hidden = False  # privacy view: draw dots instead of titles and text

    def __init__(self, parent=None, *, group_days: bool = True) -> None:
        """``group_days``: the entry list (the day on the first row of each day, the time on the
        others); otherwise (search results, best first) the day on every row."""
        super().__init__(parent)
        self.group_days = group_days
        self._heights: dict[str, int] = {}  # font key → the row height

    def _fonts(self, option):
        title = QFont(option.font)
        title.setBold(True)
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.9))
        return title, small

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        # One height for every row (the view has uniform item sizes and asks once per layout);
        # it follows the font (the accessibility setting for larger text).
        key = option.font.key()
        height = self._heights.get(key)
        if height is None:
            title, small = self._fonts(option)
            height = self._heights[key] = QFontMetrics(title).height() + QFontMetrics(small).height() * 2 + PAD * 3
        return QSize(200, height)

    def corner_text(self, index) -> str:
        """What stands at the right of the title: the day, or (further down a day) the time."""
        if self.group_days and not index.data(NewDayRole):
            return time_label(str(index.data(CreatedRole) or ""))
        return short_day_label(str(index.data(DayRole) or ""))

    def paint(self, painter, option: QStyleOptionViewItem, index) -> None:
        title_font, small = self._fonts(option)
        rect = QRect(option.rect)
        painter.save()
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
        if self.group_days and index.row() > 0 and index.data(NewDayRole):
            painter.setPen(palette.color(QPalette.ColorRole.Mid))  # a day begins: a line above it
            painter.drawLine(rect.left(), rect.top(), rect.right(), rect.top())
        text_color = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        quiet = text_color if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        inner = rect.adjusted(PAD * 2, PAD, -PAD * 2, -PAD)
        fm, sm = QFontMetrics(title_font), QFontMetrics(small)
        corner = "" if self.hidden else self.corner_text(index)
        corner_width = sm.horizontalAdvance(corner) + PAD * 2 if corner else 0
        if corner:
            painter.setFont(small)
            painter.setPen(quiet)
            painter.drawText(QRect(inner.left(), inner.top(), inner.width(), fm.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, corner)
        painter.setFont(title_font)
        painter.setPen(text_color)
        shown = HIDDEN if self.hidden else str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        title = fm.elidedText(shown, Qt.TextElideMode.ElideRight, max(0, inner.width() - corner_width))
        painter.drawText(QRect(inner.left(), inner.top(), inner.width(), fm.height()), Qt.AlignmentFlag.AlignLeft, title)
        painter.setFont(small)
        sub = index.data(SnippetRole)
        if sub is None:
            sub = index.data(ExcerptRole) or ""
        sub = " ".join(str(sub).split())
        if self.hidden:
            sub = HIDDEN * 3
        body = QRect(inner.left(), inner.top() + fm.height() + PAD // 2, inner.width(), sm.height() * 2)
        plain = sub.replace(HIT_START, "").replace(HIT_END, "")
        if plain == sub:  # no search hits to mark: two lines of plain text, no rich-text document per row
            painter.setPen(quiet)
            first, rest = _first_line(plain, small, body.width())
            line = QRect(body.left(), body.top(), body.width(), sm.height())
            painter.drawText(line, Qt.AlignmentFlag.AlignLeft, first)
            if rest:
                painter.drawText(line.translated(0, sm.height()), Qt.AlignmentFlag.AlignLeft,
                                 sm.elidedText(rest, Qt.TextElideMode.ElideRight, body.width()))
            painter.restore()
            return
        fits = len(sm.elidedText(plain, Qt.TextElideMode.ElideRight, inner.width() * 2 - 20))
        document = QTextDocument()
        document.setDefaultFont(small)
        document.setDocumentMargin(0)
        document.setTextWidth(body.width())
        document.setHtml(_marked_html(sub, fits, len(plain), quiet.name()))
        painter.translate(body.topLeft())
        document.drawContents(painter, QRectF(0, 0, body.width(), body.height()))
        painter.restore()


def _first_line(text: str, font: QFont, width: int) -> tuple[str, str]:
    """``text`` broken where its first line of ``width`` ends (at a word, as it wraps), and the rest."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    line = layout.createLine()
    if not line.isValid():
        layout.endLayout()
        return text, ""
    line.setLineWidth(width)
    end = line.textStart() + line.textLength()
    layout.endLayout()
    return text[:end].rstrip(), text[end:].lstrip()


def _marked_html(text: str, fits: int, total: int, colour: str) -> str:
    """The snippet as HTML: the search hits marked like the editor marks them (a yellow background,
    no quote marks), cut to the ``fits`` characters that fit, with an ellipsis if it was cut."""
    out, shown, limit = [], 0, fits - 1 if fits < total else total
    for part in text.replace(HIT_END, HIT_START).split(HIT_START):
        out.append(part)
    pieces = []
    for i, part in enumerate(out):
        take = part[: max(0, limit - shown)]
        shown += len(take)
        escaped = take.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        pieces.append(f'<span style="background-color:#ffe08a; color:#000000">{escaped}</span>' if i % 2 and escaped else escaped)
    ellipsis = "…" if fits < total else ""
    return f'<span style="color:{colour}">{"".join(pieces)}{ellipsis}</span>'
