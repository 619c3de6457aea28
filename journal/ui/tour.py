"""A short tour of the window: a bubble beside one part at a time, shown at first start.

Four stops (today's question, writing and next steps, finding again, privacy),
each a bubble placed beside the part it explains, with "Next" and "Skip".  It
can be shown again from the View menu.  The bubble is a child of the window, so
it moves with it and closes with it; Esc ends the tour.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

MARGIN = 12
WIDTH = 340


def tr(text: str) -> str:
    return QCoreApplication.translate("Tour", text)


@dataclass(frozen=True)
class Stop:
    target: Callable[[], QWidget]
    title: str
    text: str
    sides: tuple[str, ...] = ("right", "left", "above", "below")  # where to try putting the bubble, in order


def stops_of(window) -> list[Stop]:
    return [
        Stop(
            lambda: window.prompt_panel,
            tr("Today's question"),
            tr(
                "Every day Tværs picks a question for you here. Answer starts a new reflection with the "
                "question at the top; Another question offers a different one, and the link below shows "
                "the passage the question was drawn from."
            ),
        ),
        Stop(
            lambda: window.editor.commitments,
            tr("Write"),
            tr(
                "What you write is saved by itself when you pause. Under the text you can add next steps "
                "with a date; when the date has passed, Tværs asks you how it went."
            ),
            sides=("above", "right", "left"),
        ),
        Stop(
            lambda: window.search_field,
            tr("Find it again"),
            tr(
                "Ctrl+F searches all your reflections. The list below shows them newest first, and the "
                "selector above it shows one case at a time."
            ),
        ),
        Stop(
            lambda: window.menuBar(),
            tr("Private"),
            tr(
                "Ctrl+L locks the journal, and it locks itself after five minutes without use. "
                "Ctrl+Shift+H hides all text while you share your screen. You can see this tour again "
                "under View."
            ),
        ),
    ]


class TourBubble(QFrame):
    """The bubble of one stop."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("tourBubble")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # paint the style sheet's background
        self.setAutoFillBackground(True)
        # Opaque on a real screen: the colours are taken from the palette here, because a style
        # sheet knows no tool-tip roles (palette(tool-tip-base) left the bubble see-through).
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.ToolTipBase).name()
        text = palette.color(QPalette.ColorRole.ToolTipText).name()
        edge = palette.color(QPalette.ColorRole.Highlight).name()
        self.setStyleSheet(
            f"#tourBubble {{ background-color: {base}; border: 2px solid {edge}; border-radius: 6px; }}"
            f" #tourBubble QLabel {{ color: {text}; background: transparent; }}"
        )
        self.step = QLabel(self)
        self.step.setObjectName("tourStep")
        self.title = QLabel(self)
        self.title.setObjectName("tourTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.text = QLabel(self)
        self.text.setObjectName("tourText")
        self.text.setWordWrap(True)
        self.skip_button = QPushButton(tr("Skip the tour"), self)
        self.skip_button.setObjectName("tourSkip")
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("tourNext")
        self.next_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.step)
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self.setFixedWidth(WIDTH)


class Tour(QObject):
    """Walks through the stops; ``finished`` when the last one is passed, skipped or Esc is pressed."""

    finished = Signal()

    def __init__(self, window, stops: list[Stop] | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.stops = stops if stops is not None else stops_of(window)
        self.index = -1
        self.bubble = TourBubble(window)
        self.bubble.hide()
        # A frame around the part the bubble talks about; it lets mouse clicks through.
        self.highlight = QFrame(window)
        self.highlight.setObjectName("tourHighlight")
        self.highlight.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        edge = window.palette().color(QPalette.ColorRole.Highlight).name()
        self.highlight.setStyleSheet(f"#tourHighlight {{ border: 3px solid {edge}; border-radius: 4px; background: transparent; }}")
        self.highlight.hide()
        self.bubble.next_button.clicked.connect(self.next)
        self.bubble.skip_button.clicked.connect(self.stop)
        window.installEventFilter(self)

    @property
    def active(self) -> bool:
        return self.bubble.isVisible()

    def start(self) -> None:
        self.index = -1
        self.next()

    def next(self) -> None:
        self.index += 1
        if self.index >= len(self.stops):
            self.stop()
            return
        stop = self.stops[self.index]
        bubble = self.bubble
        bubble.step.setText(tr("{n} of {total}").format(n=self.index + 1, total=len(self.stops)))
        bubble.title.setText(stop.title)
        bubble.text.setText(stop.text)
        last = self.index == len(self.stops) - 1
        bubble.next_button.setText(tr("Done") if last else tr("Next"))
        bubble.skip_button.setVisible(not last)
        bubble.adjustSize()
        self._place()
        self.highlight.show()
        self.highlight.raise_()
        # What a screen reader says: the bubble is a dialog-like group named by its title, and the
        # button that gets the keyboard carries the stop's text, so it is read when focus lands.
        bubble.setAccessibleName(tr("Tour, {n} of {total}: {title}").format(n=self.index + 1, total=len(self.stops), title=stop.title))
        bubble.setAccessibleDescription(stop.text)
        bubble.next_button.setAccessibleDescription(f"{stop.title}. {stop.text}")
        bubble.show()
        bubble.raise_()
        bubble.next_button.setFocus()

    def stop(self) -> None:
        if self.bubble.isVisible() or self.index >= 0:
            self.bubble.hide()
            self.highlight.hide()
            self.index = -1
            self.finished.emit()

    def target_rect(self) -> QRect:
        """Where the current stop's part of the window is, in window coordinates."""
        target = self.stops[self.index].target()
        return QRect(target.mapTo(self.window, QPoint(0, 0)), target.size())

    def _place(self) -> None:
        """Beside the target where the bubble fits without covering it (right, left, above, below);
        if nowhere, inside the target's top right corner."""
        window, bubble = self.window, self.bubble
        target = self.target_rect()
        self.highlight.setGeometry(target.adjusted(-3, -3, 3, 3).intersected(window.rect()))
        w = WIDTH
        h = bubble.heightForWidth(w) if bubble.hasHeightForWidth() else -1
        h = max(h, bubble.sizeHint().height())  # the wrapped text's real height at this width
        top = max(MARGIN, min(target.top() + MARGIN * 3, window.height() - h - MARGIN))
        candidates = {
            "right": QRect(target.right() + MARGIN, top, w, h),
            "left": QRect(target.left() - w - MARGIN, top, w, h),
            "above": QRect(max(MARGIN, target.right() - w - MARGIN), target.top() - h - MARGIN, w, h),
            "below": QRect(max(MARGIN, target.left() + MARGIN), target.bottom() + MARGIN, w, h),
        }
        inside = window.rect().adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        for place in (candidates[side] for side in self.stops[self.index].sides):
            if inside.contains(place) and not place.intersects(target):
                bubble.setGeometry(place)
                return
        x = max(MARGIN, min(target.right() - w - MARGIN, window.width() - w - MARGIN))
        bubble.setGeometry(x, top, w, h)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        if obj is self.window and self.bubble.isVisible():
            if event.type() == QEvent.Type.Resize:
                self._place()
            elif event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
                self.stop()
                return True
        return False
