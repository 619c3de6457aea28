"""Next steps (commitments) and the follow-up entries that answer them."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import text

from journal.errors import BadInput, NotFound
from journal.store.moments import iso_local
from journal.store.records import Changes, Commitment

COMMITMENT_STATUSES = ("open", "done", "postponed", "dropped")


class CommitmentsPart:
    """Next steps and follow-ups (mixed into ``Store``)."""

    # --- commitments ---------------------------------------------------------------

    def add_commitment(self, entry_id: int, text_value: str, due: str | None = None) -> Changes:
        text_value = text_value.strip()
        if not text_value:
            raise BadInput("A next step needs a text.")
        if due:
            try:
                due = date.fromisoformat(due).isoformat()
            except ValueError:
                raise BadInput("'{value}' is not a date. Use the form 2025-03-05.", value=due) from None
        moment = iso_local()
        with self._write() as conn:
            if conn.execute(text("SELECT 1 FROM entries WHERE id = :id"), {"id": entry_id}).first() is None:
                raise NotFound("There is no entry {id}.", id=entry_id)
            result = conn.execute(
                text(
                    "INSERT INTO commitments(entry_id, text, due, status, created, updated)"
                    " VALUES (:e, :t, :d, 'open', :m, :m)"
                ),
                {"e": entry_id, "t": text_value, "d": due or None, "m": moment},
            )
        return Changes("commitments", (int(result.lastrowid),), created=True)

    def update_commitment(
        self,
        commitment_id: int,
        *,
        status: str | None = None,
        due: str | None | type(...) = ...,
        text_value: str | None = None,
        follow_up_entry_id: int | None = None,
    ) -> Changes:
        if status is not None and status not in COMMITMENT_STATUSES:
            raise BadInput("Unknown status '{status}'.", status=status)
        with self._write() as conn:
            row = conn.execute(text("SELECT * FROM commitments WHERE id = :id"), {"id": commitment_id}).first()
            if row is None:
                raise NotFound("There is no next step {id}.", id=commitment_id)
            conn.execute(
                text(
                    "UPDATE commitments SET status = :s, due = :d, text = :t, updated = :u,"
                    " follow_up_entry_id = :f WHERE id = :id"
                ),
                {
                    "s": row.status if status is None else status,
                    "d": row.due if due is ... else due,
                    "t": row.text if text_value is None else text_value,
                    "u": iso_local(),
                    "f": row.follow_up_entry_id if follow_up_entry_id is None else follow_up_entry_id,
                    "id": commitment_id,
                },
            )
        return Changes("commitments", (commitment_id,))

    def list_commitments(self, *, entry_id: int | None = None, status: str | None = None, due_by: str | None = None) -> list[Commitment]:
        clauses, params = [], {}
        if entry_id is not None:
            clauses.append("entry_id = :e")
            params["e"] = entry_id
        if status is not None:
            clauses.append("status = :s")
            params["s"] = status
        if due_by is not None:
            clauses.append("due IS NOT NULL AND due <= :d")
            params["d"] = due_by
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        with self._read() as conn:
            rows = conn.execute(
                text(f"SELECT * FROM commitments{where} ORDER BY coalesce(due, '9999'), id"), params
            ).all()
        return [Commitment(r.id, r.entry_id, r.text, r.due, r.status, r.created, r.follow_up_entry_id) for r in rows]

    def list_open_commitments(self, *, case_id: str | None = None) -> list[Commitment]:
        """Next steps still to do (open or postponed), by date (undated last), with their entry's case."""
        where, params = "", {}
        if case_id is not None:
            where, params = " AND e.case_id = :case", {"case": case_id}
        with self._read() as conn:
            rows = conn.execute(
                text(
                    "SELECT c.*, e.case_id FROM commitments c JOIN entries e ON e.id = c.entry_id"
                    f" WHERE c.status IN ('open', 'postponed'){where} ORDER BY coalesce(c.due, '9999'), c.id"
                ),
                params,
            ).all()
        return [_commitment(r) for r in rows]

    def commitments_due(self, day: str | date) -> list[Commitment]:
        """Next steps to follow up on ``day``: open or postponed, due on or before it, not yet followed up.

        A follow-up counts for the date it was written against: a next step
        postponed after its follow-up comes back when the new date passes.
        """
        day = day.isoformat() if isinstance(day, date) else str(day)[:10]
        with self._read() as conn:
            rows = conn.execute(
                text(
                    "SELECT c.*, e.case_id FROM commitments c JOIN entries e ON e.id = c.entry_id"
                    " LEFT JOIN entries f ON f.id = c.follow_up_entry_id"
                    " WHERE c.status IN ('open', 'postponed') AND c.due IS NOT NULL AND c.due <= :day"
                    " AND (f.id IS NULL OR substr(f.created, 1, 10) < c.due)"
                    " ORDER BY c.due, c.id"
                ),
                {"day": day},
            ).all()
        return [_commitment(r) for r in rows]

    def get_commitment(self, commitment_id: int) -> Commitment:
        with self._read() as conn:
            row = conn.execute(
                text("SELECT c.*, e.case_id FROM commitments c JOIN entries e ON e.id = c.entry_id WHERE c.id = :id"),
                {"id": commitment_id},
            ).first()
        if row is None:
            raise NotFound("There is no next step {id}.", id=commitment_id)
        return _commitment(row)

    def follow_up_of(self, entry_id: int) -> Commitment | None:
        """The next step that the entry ``entry_id`` follows up, if it is a follow-up."""
        with self._read() as conn:
            row = conn.execute(
                text(
                    "SELECT c.*, e.case_id FROM commitments c JOIN entries e ON e.id = c.entry_id"
                    " WHERE c.follow_up_entry_id = :id ORDER BY c.id LIMIT 1"
                ),
                {"id": entry_id},
            ).first()
        return None if row is None else _commitment(row)

    def create_follow_up_entry(
        self, commitment_id: int, body: str, *, title: str = "", tags: Iterable[str] = ()
    ) -> Changes:
        """A new entry answering "how did it go?" for a next step, in the original entry's case, linked to it.

        The entry and the link are written in one transaction; ``Changes.ids`` holds the new entry's id.
        """
        with self._write() as conn:
            row = conn.execute(
                text("SELECT e.case_id FROM commitments c JOIN entries e ON e.id = c.entry_id WHERE c.id = :id"),
                {"id": commitment_id},
            ).first()
            if row is None:
                raise NotFound("There is no next step {id}.", id=commitment_id)
            entry_id = self._insert_entry(conn, body, title=title, case_id=row.case_id, tags=tags)
            conn.execute(
                text("UPDATE commitments SET follow_up_entry_id = :f, updated = :u WHERE id = :id"),
                {"f": entry_id, "u": iso_local(), "id": commitment_id},
            )
        return Changes("entries", (entry_id,), created=True)


def _commitment(r) -> Commitment:
    return Commitment(r.id, r.entry_id, r.text, r.due, r.status, r.created, r.follow_up_entry_id, r.case_id)
