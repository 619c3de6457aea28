"""Dates as the user's language writes them ("3. marts", "3 March 2024"), from ISO strings."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale


def tr(text: str) -> str:
    return QCoreApplication.translate("Dates", text)


def to_qdate(value: str | date | None) -> QDate:
    """A ``QDate`` from an ISO date or date-time (invalid ``QDate`` when there is none)."""
    if value is None:
        return QDate()
    if isinstance(value, date):
        return QDate(value.year, value.month, value.day)
    try:
        d = date.fromisoformat(str(value)[:10])
    except ValueError:
        return QDate()
    return QDate(d.year, d.month, d.day)


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def day_month(value: str | date | None, today: date | None = None) -> str:
    """"3 March" (Danish "3. marts"); the year is added when it is not this year's."""
    qdate = to_qdate(value)
    if not qdate.isValid():
        return ""
    today = today or date.today()
    # Translators: a Qt date format; Danish writes "d. MMMM".
    pattern = tr("d MMMM") if qdate.year() == today.year else tr("d MMMM yyyy")
    return QLocale().toString(qdate, pattern)


def long_date(value: str | date | None) -> str:
    qdate = to_qdate(value)
    return QLocale().toString(qdate, QLocale.FormatType.LongFormat) if qdate.isValid() else ""


def short_date(value: str | date | None) -> str:
    qdate = to_qdate(value)
    return QLocale().toString(qdate, QLocale.FormatType.ShortFormat) if qdate.isValid() else ""
