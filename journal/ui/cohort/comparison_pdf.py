"""The comparison as a PDF for the meeting: the same sanitised HTML as the HTML export, laid
out by ``QTextDocument`` and printed with ``QPdfWriter`` into memory (A4, searchable text).

Kept beside the comparison window until the general export (``journal/export/pdf.py``) can
take a comparison; QtGui only, so it runs on the compute thread."""

from __future__ import annotations


def comparison_pdf(html: str, title: str) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    writer.setTitle(title)
    writer.setCreator("Tværs")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter))
    document = QTextDocument()
    font = QFont()
    font.setFamilies(["DejaVu Sans", "Segoe UI", "Arial"])
    font.setPointSizeF(10.5)
    for tag in ("liga", "clig", "dlig"):  # "fl" stays two letters, so a PDF reader finds the word
        font.setFeature(QFont.Tag(tag), 0)
    document.setDefaultFont(font)
    document.setHtml(html)
    rect = writer.pageLayout().paintRectPixels(writer.resolution())
    document.setPageSize(QSizeF(rect.width(), rect.height()))
    document.print_(writer)
    del writer
    buffer.close()
    return bytes(data)
