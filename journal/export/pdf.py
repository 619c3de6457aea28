"""PDF exports through Qt's own PDF writer: A4, a cover page, searchable text, page numbers.

The only module of ``journal.export`` that uses Qt (QtGui, never QtWidgets): the entries
are laid out by ``QTextDocument`` from the same sanitised HTML as the HTML export and
printed with ``QPdfWriter`` into memory, so nothing of the export touches the disk until
the finished file is written in place.  A share password encrypts the PDF with AES-256
(``pypdf``); it cannot be opened without it.  Runs on any thread; the command line gets an
offscreen ``QGuiApplication`` for Qt's fonts.
"""

from __future__ import annotations

import io
from html import escape

from journal.errors import BadInput
from journal.export.document import Cancelled, ExportDocument
from journal.export.html import cover_html, entry_html

RESOLUTION = 300  # dots per inch: sharp text, and the text stays text (searchable)

# Qt's rich text knows a subset of CSS: block margins, fonts, colours, page breaks.
PDF_STYLE = """
body { color: #1d1d1f; }
h1 { font-size: 22pt; margin-top: 120px; }
h2 { font-size: 14pt; margin-top: 18px; margin-bottom: 2px; }
h3 { font-size: 11.5pt; margin-top: 10px; }
p.meta, p.range { color: #555555; }
p.range { font-size: 13pt; }
p.confidential { color: #8a1c1c; font-weight: bold; font-size: 12pt; margin-top: 24px; }
blockquote { color: #444444; margin-left: 12px; }
pre { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 9pt; white-space: pre-wrap; }
td, th { border: 1px solid #cccccc; padding: 2px; }
"""


def pdf_html(doc: ExportDocument, made: str) -> str:
    """The export's HTML as Qt lays it out on paper: the cover alone on the first page."""
    entries = "\n<hr>\n".join(entry_html(e, doc.labels, doc.lang) for e in doc.entries)
    return (
        f'<html><head><meta charset="utf-8"><title>{escape(doc.title)}</title>'
        f"<style>{PDF_STYLE}</style></head><body>"
        f'{cover_html(doc, made)}<p style="page-break-after: always">&nbsp;</p>'
        f"{entries}</body></html>"
    )


def _searchable_font(font):
    """No ligatures: "fl" in "refleksion" stays two letters, so a PDF reader finds the word."""
    from PySide6.QtGui import QFont

    font = QFont(font)
    font.setFamilies(["DejaVu Sans", "Segoe UI", "Arial"])
    font.setPointSizeF(10.5)
    for tag in ("liga", "clig", "dlig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


def ensure_gui() -> None:
    """Qt's fonts need a QGuiApplication; the command line makes an offscreen one (no window)."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        ensure_gui.app = QGuiApplication(["tvaers", "-platform", "offscreen"])


def render(doc: ExportDocument, *, made: str, author: str = "", progress=None, cancelled=None) -> bytes:
    """The export as PDF bytes: A4, the cover alone on page 1, "Side 2 af 9" under each page.

    Paginated here rather than with ``QTextDocument.print_`` so that ``progress(page,
    pages)`` is told after each page and ``cancelled()`` is asked between pages (raising
    ``Cancelled``)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

    ensure_gui()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(20, 18, 20, 14), QPageLayout.Unit.Millimeter)
    writer.setResolution(RESOLUTION)
    writer.setTitle(doc.title)
    writer.setCreator("Tværs")
    if author:
        writer.setAuthor(author)
    area = writer.pageLayout().paintRectPixels(RESOLUTION)
    footer = int(RESOLUTION * 0.35)  # a third of an inch under the text for the page number
    page = QSizeF(area.width(), area.height() - footer)

    if cancelled is not None and cancelled():
        raise Cancelled()  # before the layout, the one long step that cannot stop half-way
    text = QTextDocument()
    text.documentLayout().setPaintDevice(writer)  # measure fonts at the printer's resolution
    text.setDocumentMargin(0)
    text.setDefaultFont(_searchable_font(text.defaultFont()))
    text.setHtml(pdf_html(doc, made))
    text.setPageSize(page)
    pages = text.pageCount()
    footer_font = QFont(text.defaultFont())
    footer_font.setPointSizeF(8.5)

    painter = QPainter(writer)
    try:
        for number in range(pages):
            if cancelled is not None and cancelled():
                raise Cancelled()
            if number:
                writer.newPage()
            painter.save()
            painter.translate(0, -number * page.height())
            text.drawContents(painter, QRectF(0, number * page.height(), page.width(), page.height()))
            painter.restore()
            painter.setFont(footer_font)
            painter.setPen(Qt.GlobalColor.darkGray)
            painter.drawText(
                QRectF(0, page.height(), page.width(), footer),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                doc.labels["page"].format(n=number + 1, total=pages),
            )
            if progress is not None:
                progress(number + 1, pages)
    finally:
        painter.end()
        buffer.close()
        # The layout, painter and writer die here, on this thread, even when an exception (a
        # cancel) carries this frame away to the GUI thread.
        del painter, text, writer
    return bytes(data.data())


def protect(pdf: bytes, password: str) -> bytes:
    """``pdf`` encrypted with AES-256 under ``password`` (needed to open it)."""
    if not password:
        raise BadInput("A share password cannot be empty.")
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password=password, owner_password=None, algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
