"""Showing and printing a paper from its PDF bytes, with no file in between (issue 6).

The app builds every paper in memory (``app.documents``). QtPdf reads those bytes from a
``QBuffer``; each page is rendered to an image for the on-screen preview, and at the printer's
resolution (capped, so a 1200 dpi laser does not need a gigabyte) for printing, page by page,
in grey when the printer prints in black and white. Nothing is written to disk here.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRectF, QSize
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

# Sharper than this adds memory and time, not legibility, on an office printer.
MAX_PRINT_DPI = 300
POINTS_PER_INCH = 72.0


class PdfNotReadable(Exception):
    """QtPdf could not read the bytes (never expected for a paper the app made)."""


def load_pdf(data: bytes, parent: QObject | None = None) -> QPdfDocument:
    """A QtPdf document over ``data``; the buffer lives as long as the document."""
    document = QPdfDocument(parent) if parent is not None else QPdfDocument()
    buffer = QBuffer(document)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        document.deleteLater()
        raise PdfNotReadable(str(document.error()))
    return document


def page_image(document: QPdfDocument, page: int, dpi: float, grey: bool = False) -> QImage:
    """Page ``page`` (0-based) rendered at ``dpi``, on white."""
    points = document.pagePointSize(page)
    size = QSize(
        max(1, round(points.width() / POINTS_PER_INCH * dpi)),
        max(1, round(points.height() / POINTS_PER_INCH * dpi)),
    )
    image = document.render(page, size)
    # Transparent areas would print (or show) black on some drivers: flatten onto white.
    flat = QImage(image.size(), QImage.Format.Format_RGB32)
    flat.fill(0xFFFFFF)
    painter = QPainter(flat)
    painter.drawImage(0, 0, image)
    painter.end()
    return flat.convertToFormat(QImage.Format.Format_Grayscale8) if grey else flat


def preview_images(data: bytes, width: int = 600) -> list[QImage]:
    """Every page of the paper as an image ``width`` pixels wide, for the screen."""
    document = load_pdf(data)
    try:
        images = []
        for page in range(document.pageCount()):
            inches = document.pagePointSize(page).width() / POINTS_PER_INCH
            images.append(page_image(document, page, width / max(inches, 1.0)))
        return images
    finally:
        document.deleteLater()


def print_pdf(data: bytes, printer: QPrinter) -> int:
    """Paint every page of ``data`` on ``printer`` (one sheet per page); the pages printed.

    The PDF already holds its margins, so the page is painted on the whole sheet, scaled to
    fit and centred; the printer's own page range and copies are left to its driver.
    """
    document = load_pdf(data)
    try:
        printer.setFullPage(True)
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        grey = printer.colorMode() == QPrinter.ColorMode.GrayScale
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError("the printer could not be started")
        try:
            for page in range(document.pageCount()):
                if page:
                    printer.newPage()
                image = page_image(document, page, dpi, grey)
                painter.drawImage(_fit(image.size(), printer), image)
        finally:
            painter.end()
        return document.pageCount()
    finally:
        document.deleteLater()


def _fit(image: QSize, printer: QPrinter) -> QRectF:
    sheet = printer.paperRect(QPrinter.Unit.DevicePixel)
    scale = min(sheet.width() / image.width(), sheet.height() / image.height())
    width, height = image.width() * scale, image.height() * scale
    return QRectF((sheet.width() - width) / 2, (sheet.height() - height) / 2, width, height)
