"""The application's icon: one source (``resources/icons/tvaers.svg``), rendered to PNGs.

``install(app)`` sets it as the application's window icon once at start-up, so every
window, dialog and the tray icon (``QGuiApplication.windowIcon()``) show the same
picture. The PNGs are rendered from the SVG by ``packaging/render_icons.py``; they
are used here rather than the SVG so the icon needs no image plugin.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QIcon

from journal.platform.paths import resources_dir

SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """Tværs's icon at every size it ships in (empty if the files are missing)."""
    icon = QIcon()
    folder = resources_dir() / "icons" / "png"
    for size in SIZES:
        path = folder / f"tvaers-{size}.png"
        if path.is_file():
            icon.addFile(str(path))
    return icon


def install(app: QGuiApplication) -> None:
    """Make the icon the application's window icon (once; later calls change nothing)."""
    if not app.property("tvaersIcon"):
        app.setWindowIcon(app_icon())
        app.setProperty("tvaersIcon", True)
