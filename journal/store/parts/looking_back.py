"""Looking back: what the calendar marks, what was written on a day, and the raw numbers behind *Indsigt*.

Days are the entry's own local day (the first ten characters of ``created``), as
the leader saw the date when writing. Every method returns plain values.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import text

from journal.store.records import DayMarks, EntrySummary, InsightRows

_DAY = "substr(e.created, 1, 10)"
# An entry's local day, narrowed first by its UTC moment so SQLite reads the index, not every
# entry (a full scan read the whole 100,000-entry journal three times at each start). Offsets
# run from -12:00 to +14:00, so a local day lies within the UTC day before and the day after.
_DAYS = f"e.created_utc >= :ua AND e.created_utc < :ub AND {_DAY} BETWEEN :a AND :b"


def _iso(value: str | date) -> str:
    return value.isoformat() if isinstance(value, date) else str(value)[:10]


def _span(first: str | date, last: str | date) -> dict[str, str]:
    """The parameters of ``_DAYS`` for local days ``first`` to ``last``, inclusive."""
    a, b = _iso(first), _iso(last)
    try:
        ua = (date.fromisoformat(a) - timedelta(days=1)).isoformat()
        ub = (date.fromisoformat(b) + timedelta(days=2)).isoformat()
    except ValueError:
        ua, ub = "", "\uffff"  # not a day: no narrowing (and the day filter finds nothing)
    return {"a": a, "b": b, "ua": ua, "ub": ub}


class LookingBackPart:
    """Calendar marks, a day's entries, entries near a date and the numbers for insight (mixed into ``Store``)."""

    def day_marks(self, first: str | date, last: str | date) -> DayMarks:
        """For each day from ``first`` to ``last`` (ISO days, inclusive): reflections written,
        next steps due (open or postponed) and follow-ups written."""
        span = _span(first, last)
        with self._read() as conn:
            written = conn.execute(
                text(f"SELECT {_DAY} AS day, count(*) AS n FROM entries e WHERE {_DAYS} GROUP BY day"),
                span,
            ).all()
            due = conn.execute(
                text(
                    "SELECT due AS day, count(*) AS n FROM commitments"
                    " WHERE status IN ('open', 'postponed') AND due BETWEEN :a AND :b GROUP BY due"
                ),
                span,
            ).all()
            follow_ups = conn.execute(
                text(
                    f"SELECT {_DAY} AS day, count(DISTINCT e.id) AS n FROM commitments c"
                    f" JOIN entries e ON e.id = c.follow_up_entry_id WHERE {_DAYS} GROUP BY day"
                ),
                span,
            ).all()
        return DayMarks(
            reflections={r.day: int(r.n) for r in written},
            next_steps_due={r.day: int(r.n) for r in due},
            follow_ups={r.day: int(r.n) for r in follow_ups},
        )

    def entries_between_days(self, first: str | date, last: str | date, *, limit: int = 200) -> list[EntrySummary]:
        """The entries written from ``first`` to ``last`` (local days, inclusive), oldest first."""
        from journal.store.parts.entries import _SUMMARY_SELECT, _summaries

        with self._read() as conn:
            rows = conn.execute(
                text(f"{_SUMMARY_SELECT} WHERE {_DAYS} ORDER BY e.created_utc, e.id LIMIT :limit"),
                {**_span(first, last), "limit": int(limit)},
            ).all()
        return _summaries(rows)

    def entries_on_day(self, day: str | date) -> list[EntrySummary]:
        return self.entries_between_days(day, day)

    def insight_rows(self) -> InsightRows:
        """The raw material for insight: each entry's day, question and tags, and each next step's
        status with the day it last changed. Counting happens outside the store."""
        with self._read() as conn:
            entries = conn.execute(
                text(
                    f"SELECT e.id, {_DAY} AS day, e.prompt_id,"
                    " (SELECT group_concat(t.name, char(31)) FROM entry_tags et JOIN tags t ON t.id = et.tag_id"
                    "  WHERE et.entry_id = e.id) AS tags"
                    " FROM entries e ORDER BY e.created_utc"
                )
            ).all()
            steps = conn.execute(
                text("SELECT status, substr(updated, 1, 10) AS day, due FROM commitments ORDER BY id")
            ).all()
        return InsightRows(
            entries=tuple((r.day, r.prompt_id, tuple(r.tags.split("\x1f")) if r.tags else ()) for r in entries),
            next_steps=tuple((r.status, r.day, r.due) for r in steps),
        )
