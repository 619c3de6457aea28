"""Render the app icon from its one source, ``resources/icons/tvaers.svg``.

    python packaging/render_icons.py

writes ``resources/icons/png/tvaers-<size>.png`` for every size in SIZES and
``resources/icons/tvaers.ico`` (Windows: the program, the installer, the Start-menu
entry). The output is committed; run this again after changing the SVG. The window
icon, the tray icon (``journal/ui/icon.py``), the Linux desktop icons and the Windows
icons all come from these files.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
SOURCE = ICONS / "tvaers.svg"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # 256 is the largest an .ico holds


def png_path(size: int) -> Path:
    return ICONS / "png" / f"tvaers-{size}.png"


def render(size: int):
    """The SVG drawn into a transparent ``size``×``size`` image (antialiased)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {SOURCE} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def _png_bytes(image) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def _dib_bytes(image) -> bytes:
    """A 32-bit BMP entry (BITMAPINFOHEADER, bottom-up BGRA, 1-bit AND mask), as every
    Windows version and resource tool reads it."""
    size = image.width()
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    rows = []
    for y in range(size - 1, -1, -1):  # bottom-up
        row = bytearray()
        for x in range(size):
            argb = image.pixel(x, y)
            row += struct.pack("<I", argb)  # little-endian ARGB = B, G, R, A bytes
        rows.append(bytes(row))
    mask_row = bytes(((size + 31) // 32) * 4)  # all zero: the alpha channel decides
    return header + b"".join(rows) + mask_row * size


def ico_bytes(images: dict[int, object]) -> bytes:
    """An .ico with one entry per size: PNG for 256 px (as Windows expects), BMP below."""
    entries = [(size, _png_bytes(img) if size >= 256 else _dib_bytes(img)) for size, img in sorted(images.items())]
    out = struct.pack("<HHH", 0, 1, len(entries))
    offset = 6 + 16 * len(entries)
    for size, data in entries:
        dim = 0 if size >= 256 else size  # 0 means 256
        out += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return out + b"".join(data for _, data in entries)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - QImage/QPainter need it
    images = {size: render(size) for size in SIZES}
    png_path(SIZES[0]).parent.mkdir(parents=True, exist_ok=True)
    for size, image in images.items():
        if not image.save(str(png_path(size)), "PNG"):
            raise SystemExit(f"render_icons: could not write {png_path(size)}")
    (ICONS / "tvaers.ico").write_bytes(ico_bytes({s: images[s] for s in ICO_SIZES}))
    print(f"wrote {len(SIZES)} PNGs and tvaers.ico to {ICONS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
