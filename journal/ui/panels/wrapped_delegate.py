"""Draws a list row as whole, word-wrapped text (the question list).

Qt's default delegate measures a wrapped row at one width and draws it at
another, so a long question was sometimes cut short with "…" while its
neighbour got an empty line.  Here the height and the drawing both use the
width the view's viewport has now.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPalette
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

PAD = 4
_FLAGS = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop


class WrappedTextDelegate(QStyledItemDelegate):
    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def text_width(self) -> int:
        view = self._view
        return max(60, view.viewport().width() - 2 * (view.spacing() + PAD))

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802 - Qt override
        width = self.text_width()
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        bounds = QFontMetrics(option.font).boundingRect(QRect(0, 0, width, 1_000_000), _FLAGS, text)
        return QSize(width + 2 * PAD, bounds.height() + 2 * PAD)

    def paint(self, painter, option: QStyleOptionViewItem, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)  # background, selection, focus
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        painter.drawText(opt.rect.adjusted(PAD, PAD, -PAD, -PAD), _FLAGS, text)
        painter.restore()
