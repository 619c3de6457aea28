"""Small charts drawn with QPainter: bars, stacked bars and a heat grid.

Qt Charts lives in ``pyside6-addons`` (175 MB download, 439 MB installed); three
simple charts do not earn that, so they are painted here. Colours come from the
palette, so they follow a dark theme. Every chart carries an accessible
description; *Indsigt* shows the same numbers as a table beside it.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QImage, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

STEP_COLOURS = ("#2a7a3b", "#c08a00", "#a33a3a")  # done, postponed, dropped: also told apart by order and legend


class Chart(QWidget):
    """Common ground: a white-or-base background, margins for labels, a minimum size."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a screen reader can reach it and read its description

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(640, 220)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(320, 160)

    def colours(self) -> tuple[QColor, QColor, QColor]:
        palette = self.palette()
        return (
            palette.color(QPalette.ColorRole.Base),
            palette.color(QPalette.ColorRole.Text),
            palette.color(QPalette.ColorRole.Highlight),
        )

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        self.paint(painter, self.width(), self.height())

    def paint(self, painter: QPainter, width: int, height: int) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self.font())
        base, _text, _accent = self.colours()
        painter.fillRect(QRectF(0, 0, width, height), base)
        self.draw(painter, width, height)

    def draw(self, painter: QPainter, width: int, height: int) -> None:
        raise NotImplementedError

    def image(self, width: int, height: int) -> QImage:
        """The chart drawn at ``width`` × ``height`` (for saving as PNG), whatever its size on screen."""
        image = QImage(width, height, QImage.Format.Format_ARGB32)
        painter = QPainter(image)
        self.paint(painter, self.width(), self.height())
        painter.end()
        return image


class BarChart(Chart):
    """One bar per value; ``ticks`` (index → label) are written under the bars."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.values: list[int] = []
        self.ticks: dict[int, str] = {}

    def set_data(self, values: list[int], ticks: dict[int, str], description: str) -> None:
        self.values, self.ticks = list(values), dict(ticks)
        self.setAccessibleDescription(description)
        self.update()

    def draw(self, painter: QPainter, width: int, height: int) -> None:
        _base, text, accent = self.colours()
        metrics = QFontMetrics(self.font())
        top_value = max(self.values, default=0)
        left = metrics.horizontalAdvance(str(max(top_value, 1))) + 10
        plot = QRectF(left, 8, width - left - 8, height - metrics.height() - 18)
        painter.setPen(text)
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawText(QRectF(0, plot.top() - 2, left - 6, metrics.height()), Qt.AlignmentFlag.AlignRight, str(top_value))
        painter.drawText(QRectF(0, plot.bottom() - metrics.height(), left - 6, metrics.height()), Qt.AlignmentFlag.AlignRight, "0")
        if not self.values:
            return
        step = plot.width() / len(self.values)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(accent)
        for i, value in enumerate(self.values):
            if value and top_value:
                bar = plot.height() * value / top_value
                painter.drawRect(QRectF(plot.left() + i * step + step * 0.15, plot.bottom() - bar, step * 0.7, bar))
        painter.setPen(text)
        for i, label in self.ticks.items():
            x = plot.left() + i * step
            painter.drawText(QRectF(x, plot.bottom() + 4, metrics.horizontalAdvance(label) + 4, metrics.height()), label)


class StackedBars(Chart):
    """Columns of stacked series (e.g. next steps done / postponed / dropped per month), with a legend."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.columns: list[str] = []
        self.series: list[tuple[str, list[int]]] = []

    def set_data(self, columns: list[str], series: list[tuple[str, list[int]]], description: str) -> None:
        self.columns, self.series = list(columns), [(name, list(values)) for name, values in series]
        self.setAccessibleDescription(description)
        self.update()

    def draw(self, painter: QPainter, width: int, height: int) -> None:
        _base, text, _accent = self.colours()
        metrics = QFontMetrics(self.font())
        totals = [sum(values[i] for _n, values in self.series) for i in range(len(self.columns))]
        top_value = max(totals, default=0)
        left = metrics.horizontalAdvance(str(max(top_value, 1))) + 10
        legend_height = metrics.height() + 6
        plot = QRectF(left, 8 + legend_height, width - left - 8, height - metrics.height() - 26 - legend_height)
        x = left
        for index, (name, _values) in enumerate(self.series):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(STEP_COLOURS[index % len(STEP_COLOURS)]))
            painter.drawRect(QRectF(x, 8 + 2, 10, 10))
            painter.setPen(text)
            painter.drawText(QRectF(x + 14, 6, metrics.horizontalAdvance(name) + 6, metrics.height()), name)
            x += metrics.horizontalAdvance(name) + 34
        painter.setPen(text)
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawText(QRectF(0, plot.top() - 2, left - 6, metrics.height()), Qt.AlignmentFlag.AlignRight, str(top_value))
        if not self.columns:
            return
        step = plot.width() / len(self.columns)
        for i, label in enumerate(self.columns):
            bottom = plot.bottom()
            for index, (_name, values) in enumerate(self.series):
                value = values[i]
                if value and top_value:
                    bar = plot.height() * value / top_value
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.setBrush(QColor(STEP_COLOURS[index % len(STEP_COLOURS)]))
                    painter.drawRect(QRectF(plot.left() + i * step + step * 0.2, bottom - bar, step * 0.6, bar))
                    bottom -= bar
            painter.setPen(text)
            painter.drawText(QRectF(plot.left() + i * step, plot.bottom() + 4, step, metrics.height()), Qt.AlignmentFlag.AlignHCenter, label)


class HeatGrid(Chart):
    """Rows (themes) × columns (months): a cell darker for more."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.columns: list[str] = []
        self.rows: list[tuple[str, list[int]]] = []

    def set_data(self, columns: list[str], rows: list[tuple[str, list[int]]], description: str) -> None:
        self.columns, self.rows = list(columns), [(name, list(values)) for name, values in rows]
        self.setAccessibleDescription(description)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(640, max(120, 30 + 24 * len(self.rows)))

    def draw(self, painter: QPainter, width: int, height: int) -> None:
        _base, text, accent = self.colours()
        metrics = QFontMetrics(self.font())
        names = [name for name, _v in self.rows]
        left = min(width // 3, max((metrics.horizontalAdvance(n) for n in names), default=0) + 12)
        top_value = max((max(values, default=0) for _n, values in self.rows), default=0)
        if not self.rows or not self.columns:
            return
        cell_w = (width - left - 8) / len(self.columns)
        cell_h = min(26.0, (height - metrics.height() - 12) / len(self.rows))
        for r, (name, values) in enumerate(self.rows):
            y = 4 + r * cell_h
            painter.setPen(text)
            shown = metrics.elidedText(name, Qt.TextElideMode.ElideRight, left - 10)
            painter.drawText(QRectF(0, y, left - 8, cell_h), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, shown)
            for c, value in enumerate(values):
                colour = QColor(accent)
                colour.setAlpha(0 if not value or not top_value else int(50 + 205 * value / top_value))
                painter.setPen(QColor(text.red(), text.green(), text.blue(), 40))
                painter.setBrush(colour)
                painter.drawRect(QRectF(left + c * cell_w + 1, y + 1, cell_w - 2, cell_h - 2))
        painter.setPen(text)
        y = 4 + len(self.rows) * cell_h + 4
        for c, label in enumerate(self.columns):
            painter.drawText(QRectF(left + c * cell_w, y, cell_w, metrics.height()), Qt.AlignmentFlag.AlignHCenter, label)
