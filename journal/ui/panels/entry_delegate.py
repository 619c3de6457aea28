"""Draws one row of the entry list: a day header above the first entry of each day."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QLocale, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from journal.store.records import HIT_END, HIT_START
from journal.ui.models.entry_list import DayRole, ExcerptRole, NewDayRole, SnippetRole

PAD = 6


def day_label(iso_day: str, locale: QLocale | None = None) -> str:
    """A day as the user's language writes it, e.g. "onsdag den 25. november 2026"."""
    try:
        d = date.fromisoformat(iso_day)
    except ValueError:
        return iso_day
    locale = locale or QLocale()
    return locale.toString(QDate(d.year, d.month, d.day), QLocale.FormatType.LongFormat)


HIDDEN = "•••••••"


class EntryDelegate(QStyledItemDelegate):
    hidden = False  # privacy view: draw dots instead of titles and text

    def __init__(self, parent=None, *, new_day: Callable[[int], bool] | None = None) -> None:
        super().__init__(parent)
        # The model's own answer to "does this row begin a day?", asked directly: through
        # ``index.data`` every call crosses from Qt to Python and back, the largest share of
        # the list's layout at 100,000 rows.
        self._new_day = new_day
        self._heights: dict[str, tuple[int, int]] = {}  # font key → (row, row under a day header)
        self._last: tuple[QFont, tuple[int, int]] | None = None  # the font asked last, and its heights
    def _fonts(self, option):
        title = QFont(option.font)
        title.setBold(True)
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.9))
        header = QFont(small)
        header.setBold(True)
        return title, small, header

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        # The list lays out every row it has read, several calls a row: 1,300 calls a page of
        # 200 rows at 100,000 rows. The heights depend only on the font, so they are measured
        # once per font, and the font is compared with the last one (``key()`` builds a string).
        font = option.font
        last = self._last
        if last is not None and last[0] == font:
            heights = last[1]
        else:
            key = font.key()
            heights = self._heights.get(key)
            if heights is None:
                title, small, header = self._fonts(option)
                row = QFontMetrics(title).height() + QFontMetrics(small).height() * 2 + PAD * 3
                heights = (row, row + QFontMetrics(header).height() + PAD * 2)
                self._heights[key] = heights
            self._last = (QFont(font), heights)
        new_day = self._new_day(index.row()) if self._new_day is not None else index.data(NewDayRole)
        return QSize(200, heights[1] if new_day else heights[0])

    def paint(self, painter, option: QStyleOptionViewItem, index) -> None:
        title_font, small, header = self._fonts(option)
        rect = QRect(option.rect)
        painter.save()
        palette = option.palette
        if index.data(NewDayRole):
            h = QFontMetrics(header).height() + PAD * 2
            header_rect = QRect(rect.left(), rect.top(), rect.width(), h)
            painter.fillRect(header_rect, palette.color(QPalette.ColorRole.AlternateBase))
            painter.setFont(header)
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(header_rect.adjusted(PAD * 2, 0, -PAD, 0), Qt.AlignmentFlag.AlignVCenter, day_label(index.data(DayRole) or ""))
            rect.setTop(rect.top() + h)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
        text_color = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        inner = rect.adjusted(PAD * 2, PAD, -PAD * 2, -PAD)
        painter.setFont(title_font)
        painter.setPen(text_color)
        fm = QFontMetrics(title_font)
        shown = HIDDEN if self.hidden else str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        title = fm.elidedText(shown, Qt.TextElideMode.ElideRight, inner.width())
        painter.drawText(QRect(inner.left(), inner.top(), inner.width(), fm.height()), Qt.AlignmentFlag.AlignLeft, title)
        painter.setFont(small)
        sub = index.data(SnippetRole)
        if sub is None:
            sub = index.data(ExcerptRole) or ""
        sub = " ".join(str(sub).split())
        if self.hidden:
            sub = HIDDEN * 3
        colour = text_color if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        sm = QFontMetrics(small)
        body = QRect(inner.left(), inner.top() + fm.height() + PAD // 2, inner.width(), sm.height() * 2)
        plain = sub.replace(HIT_START, "").replace(HIT_END, "")
        fits = len(sm.elidedText(plain, Qt.TextElideMode.ElideRight, inner.width() * 2 - 20))
        document = QTextDocument()
        document.setDefaultFont(small)
        document.setDocumentMargin(0)
        document.setTextWidth(body.width())
        document.setHtml(_marked_html(sub, fits, len(plain), colour.name()))
        painter.translate(body.topLeft())
        document.drawContents(painter, QRectF(0, 0, body.width(), body.height()))
        painter.restore()


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
