"""Moments as the journal stores them: ISO 8601 local time with its offset, and UTC for ordering."""

from __future__ import annotations

from datetime import date, datetime, timezone

from journal.errors import BadInput



def now_local() -> datetime:
    return datetime.now().astimezone().replace(microsecond=0)


def iso_local(moment: datetime | None = None) -> str:
    moment = moment or now_local()
    if moment.tzinfo is None:
        moment = moment.astimezone()
    return moment.replace(microsecond=0).isoformat()


def iso_utc(moment_iso: str) -> str:
    return datetime.fromisoformat(moment_iso).astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def bound(value: str | date | datetime | None, *, end: bool) -> str | None:
    """A date filter bound as a UTC ISO string; a plain date covers its whole local day.

    Takes dates and ISO strings as the command line has already checked them
    (naive means local time); anything else is ``BadInput``."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return iso_utc(iso_local(value))
    text_value = value.isoformat() if isinstance(value, date) else str(value).strip()
    try:
        if len(text_value) == 10:
            day = date.fromisoformat(text_value)
            moment = datetime(day.year, day.month, day.day, 23, 59, 59) if end else datetime(day.year, day.month, day.day)
            return iso_utc(moment.astimezone().isoformat())
        moment = datetime.fromisoformat(text_value)
        return iso_utc(iso_local(moment if moment.tzinfo is not None else moment.astimezone()))
    except ValueError:
        raise BadInput("'{value}' is not a date. Use the form 2025-03-05.", value=text_value) from None
