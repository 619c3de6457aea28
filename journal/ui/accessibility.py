"""What a screen reader is told: names and descriptions of controls, and a check of them.

Qt already names a button by its text and a field by its buddy label (``QLabel.setBuddy``,
``QFormLayout.addRow(text, field)``). Controls without either get a name here, and
:func:`unnamed` lists every interactive control that a screen reader would announce
without a name (the accessibility test walks the main window and every dialog with it).
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton, QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractItemView,
    QAbstractSpinBox, QAbstractSlider, QTabBar,
)


def name(widget: QWidget, text: str, description: str = "") -> QWidget:
    """Give ``widget`` an accessible name (and a description, where it helps)."""
    widget.setAccessibleName(text)
    if description:
        widget.setAccessibleDescription(description)
    return widget


def spoken_name(widget: QWidget) -> str:
    """The name a screen reader announces for ``widget`` (its own, its text, or its buddy label's)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return widget.accessibleName()
    return (interface.text(QAccessible.Text.Name) or "").strip()


def is_interactive(widget: QWidget) -> bool:
    """A control the keyboard or the mouse can act on."""
    return isinstance(widget, INTERACTIVE)


def interactive_widgets(root: QWidget) -> list[QWidget]:
    """Every interactive control in ``root``'s own window that is meant to be reached (Qt's own
    parts of compound widgets, such as a spin box's line edit, a field's clear button or a
    view's scroll bars, and the controls of other windows parented to it, excluded)."""
    window = root.window()
    return [
        widget for widget in [root, *root.findChildren(QWidget)]
        if is_interactive(widget) and widget.window() is window and not _inner_part(widget)
    ]


def _inner_part(widget: QWidget) -> bool:
    """Parts Qt builds inside its own controls (announced as part of them)."""
    if isinstance(widget, QScrollBar) or widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QAbstractSpinBox, QComboBox, QLineEdit, QAbstractScrollArea)):
            return True
        parent = parent.parentWidget()
    return False


def unnamed(root: QWidget) -> list[str]:
    """Descriptions of the interactive controls under ``root`` that have no spoken name."""
    problems = []
    for widget in interactive_widgets(root):
        if not spoken_name(widget):
            problems.append(f"{type(widget).__name__} {widget.objectName() or '(no object name)'} in {type(root).__name__}")
    return problems
