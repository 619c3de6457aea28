"""Looking back: what the calendar marks, what was written on a day, and the raw numbers behind *Indsigt*.

Days are the entry's own local day (the first ten characters of ``created``), as
the leader saw the date when writing. Every method returns plain values.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import text

from journal.store.records import DayMarks, EntrySummary, InsightRows

_DAY = "substr(e.created, 1, 10)"


def _iso(value: str | date) -> str:
    return value.isoformat() if isinstance(value, date) else str(value)[:10]


class LookingBackPart:
    """Calendar marks, a day's entries, entries near a date and the numbers for insight (mixed into ``Store``)."""

    def day_marks(self, first: str | date, last: str | date) -> DayMarks:
        """For each day from ``first`` to ``last`` (ISO days, inclusive): reflections written,
        next steps due (open or postponed) and follow-ups written."""
        span = {"a": _iso(first), "b": _iso(last)}
        with self._read() as conn:
            written = conn.execute(
                text(f"SELECT {_DAY} AS day, count(*) AS n FROM entries e WHERE {_DAY} BETWEEN :a AND :b GROUP BY day"),
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
                    f" JOIN entries e ON e.id = c.follow_up_entry_id WHERE {_DAY} BETWEEN :a AND :b GROUP BY day"
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
                text(f"{_SUMMARY_SELECT} WHERE {_DAY} BETWEEN :a AND :b ORDER BY e.created_utc, e.id LIMIT :limit"),
                {"a": _iso(first), "b": _iso(last), "limit": int(limit)},
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
