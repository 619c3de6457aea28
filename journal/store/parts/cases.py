"""Cases: the published case cards and the leader's own cases."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import text

from journal.errors import BadInput, NotFound
from journal.store.moments import iso_local
from journal.store.records import Case, Changes


class CasesPart:
    """Cases (mixed into ``Store``)."""

    # --- cases -----------------------------------------------------------------

    def _require_case(self, conn, case_id: str) -> None:
        if conn.execute(text("SELECT 1 FROM cases WHERE id = :id"), {"id": case_id}).first() is None:
            raise NotFound("There is no case '{id}'. See 'tvaers cases' for the case ids.", id=case_id)

    def list_cases(self, *, include_archived: bool = False) -> list[Case]:
        sql = "SELECT id, name, description, published, archived, created FROM cases"
        if not include_archived:
            sql += " WHERE archived = 0"
        sql += " ORDER BY published, name COLLATE NOCASE"
        with self._read() as conn:
            rows = conn.execute(text(sql)).all()
        return [Case(r.id, r.name, r.description, bool(r.published), bool(r.archived), r.created) for r in rows]

    def create_case(self, name: str, description: str = "", *, case_id: str | None = None, published: bool = False) -> Changes:
        name = " ".join(name.split())
        if not name:
            raise BadInput("A case needs a name.")
        with self._write() as conn:
            new_id = case_id or _unique_slug(conn, name)
            if conn.execute(text("SELECT 1 FROM cases WHERE id = :id"), {"id": new_id}).first():
                raise BadInput("A case with the id '{id}' already exists.", id=new_id)
            conn.execute(
                text("INSERT INTO cases(id, name, description, published, archived, created) VALUES (:id, :n, :d, :p, 0, :c)"),
                {"id": new_id, "n": name, "d": description, "p": int(published), "c": iso_local()},
            )
        return Changes("cases", (new_id,), created=True)

    def update_case(self, case_id: str, *, name: str | None = None, description: str | None = None, archived: bool | None = None) -> Changes:
        with self._write() as conn:
            row = conn.execute(text("SELECT name, description, archived FROM cases WHERE id = :id"), {"id": case_id}).first()
            if row is None:
                raise NotFound("There is no case '{id}'.", id=case_id)
            new_name = row.name if name is None else " ".join(name.split())
            if not new_name:
                raise BadInput("A case needs a name.")
            conn.execute(
                text("UPDATE cases SET name = :n, description = :d, archived = :a WHERE id = :id"),
                {
                    "n": new_name,
                    "d": row.description if description is None else description,
                    "a": row.archived if archived is None else int(archived),
                    "id": case_id,
                },
            )
        return Changes("cases", (case_id,))

    def ensure_published_cases(self, cards: Iterable[tuple[str, str, str]]) -> Changes | None:
        """Add the shipped case cards (id, name, description) that the journal lacks."""
        cards = list(cards)
        with self._read() as conn:
            have = {r.id for r in conn.execute(text("SELECT id FROM cases"))}
        missing = [c for c in cards if c[0] not in have]
        if not missing:
            return None
        with self._write() as conn:
            for case_id, name, description in missing:
                conn.execute(
                    text(
                        "INSERT OR IGNORE INTO cases(id, name, description, published, archived, created)"
                        " VALUES (:id, :n, :d, 1, 0, :c)"
                    ),
                    {"id": case_id, "n": name, "d": description, "c": iso_local()},
                )
        return Changes("cases", tuple(c[0] for c in missing), created=True)


def _unique_slug(conn, name: str) -> str:
    table = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "ae", "Ø": "oe", "Å": "aa"})
    base = "".join(ch if ch.isalnum() else "-" for ch in name.translate(table).lower())
    base = "-".join(part for part in base.split("-") if part)[:48] or "sag"
    slug, n = base, 2
    while conn.execute(text("SELECT 1 FROM cases WHERE id = :id"), {"id": slug}).first():
        slug, n = f"{base}-{n}", n + 1
    return slug
