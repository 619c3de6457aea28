"""The application's icon: set once at start-up, the same picture for every window and the tray."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication


def test_the_application_has_the_tvaers_icon_at_every_size(qapp):
    from journal.app import application
    from journal.ui import icon

    application()
    shown = QGuiApplication.windowIcon()
    assert not shown.isNull()
    sizes = set(shown.availableSizes())
    assert {QSize(s, s) for s in icon.SIZES} <= sizes
    # It is our picture: the 16 px rendering has the teal background of the SVG in its middle row.
    image = shown.pixmap(QSize(16, 16)).toImage()
    assert image.pixelColor(1, 8).name() == "#1d4e5f"


def test_the_main_window_shows_the_application_icon(main_window):
    assert not main_window.windowIcon().isNull()
    assert main_window.windowIcon().cacheKey() == QGuiApplication.windowIcon().cacheKey()
