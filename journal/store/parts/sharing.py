"""What leaves the journal and what comes back: the share log and coach comments."""

from __future__ import annotations

import json
from collections.abc import Sequence

from sqlalchemy import text

from journal.errors import NotFound
from journal.store.moments import iso_local
from journal.store.records import Changes


class SharingPart:
    """Share log and comments (mixed into ``Store``)."""

    # --- share log -----------------------------------------------------------------

    def log_share(
        self,
        fmt: str,
        entry_uids: Sequence[str],
        recipient: str,
        sha256: str,
        file_name: str,
        *,
        protected: bool = False,
        parts: Sequence[str] = (),
    ) -> Changes:
        """Record one export: what left (entry uids), as what, to whom, and the file's checksum."""
        with self._write() as conn:
            result = conn.execute(
                text(
                    "INSERT INTO share_log(created, format, entry_uids, recipient, sha256, file_name, protected, parts)"
                    " VALUES (:c, :f, :u, :r, :s, :n, :p, :parts)"
                ),
                {
                    "c": iso_local(), "f": fmt, "u": json.dumps(list(entry_uids)), "r": recipient, "s": sha256,
                    "n": file_name, "p": 1 if protected else 0, "parts": json.dumps(list(parts)),
                },
            )
        return Changes("journal", (int(result.lastrowid),), created=True)

    def share_log(self, *, newest_first: bool = False) -> list[dict]:
        """Every export ever made (oldest first unless asked otherwise)."""
        order = "DESC" if newest_first else "ASC"
        with self._read() as conn:
            rows = conn.execute(text(f"SELECT * FROM share_log ORDER BY id {order}")).all()
        return [
            {
                "id": r.id,
                "created": r.created,
                "format": r.format,
                "entries": json.loads(r.entry_uids),
                "recipient": r.recipient,
                "protected": bool(r.protected),
                "parts": json.loads(r.parts or "[]"),
                "sha256": r.sha256,
                "file": r.file_name,
            }
            for r in rows
        ]

    def times_shared(self, entry_uid: str) -> int:
        """How many exports held this entry (the "Delt 2 gange" line under an entry)."""
        with self._read() as conn:
            return int(
                conn.execute(
                    text("SELECT count(*) FROM share_log, json_each(share_log.entry_uids) WHERE json_each.value = :u"),
                    {"u": entry_uid},
                ).scalar_one()
            )

    def times_entry_shared(self, entry_id: int) -> int:
        """``times_shared`` for an entry by its id (0 for an entry not saved yet)."""
        with self._read() as conn:
            return int(
                conn.execute(
                    text(
                        "SELECT count(*) FROM share_log, json_each(share_log.entry_uids)"
                        " WHERE json_each.value = (SELECT uid FROM entries WHERE id = :id)"
                    ),
                    {"id": entry_id},
                ).scalar_one()
            )

    def tags_in_use(self) -> list[str]:
        """Every tag some entry carries, in alphabetical order (for choosing what to export)."""
        with self._read() as conn:
            rows = conn.execute(
                text("SELECT DISTINCT t.name FROM tags t JOIN entry_tags et ON et.tag_id = t.id")
            ).all()
        return [r.name for r in rows]

    def entry_ids_for_uids(self, uids: Sequence[str]) -> list[int]:
        """The ids of those of ``uids`` still in the journal, in the given order."""
        wanted = list(dict.fromkeys(uids))
        if not wanted:
            return []
        marks = ", ".join(f":u{n}" for n in range(len(wanted)))
        with self._read() as conn:
            rows = conn.execute(
                text(f"SELECT uid, id FROM entries WHERE uid IN ({marks})"), {f"u{n}": u for n, u in enumerate(wanted)}
            ).all()
        by_uid = {r.uid: int(r.id) for r in rows}
        return [by_uid[u] for u in wanted if u in by_uid]

    # --- comments ----------------------------------------------------------------

    def add_comment(self, entry_id: int, author: str, body: str, *, created: str | None = None, source_key: str | None = None) -> Changes:
        with self._write() as conn:
            if conn.execute(text("SELECT 1 FROM entries WHERE id = :id"), {"id": entry_id}).first() is None:
                raise NotFound("There is no entry {id}.", id=entry_id)
            result = conn.execute(
                text(
                    "INSERT OR IGNORE INTO comments(entry_id, author, created, body, source_key)"
                    " VALUES (:e, :a, :c, :b, :s)"
                ),
                {"e": entry_id, "a": author, "c": created or iso_local(), "b": body, "s": source_key},
            )
            if result.rowcount:
                conn.execute(
                    text("INSERT INTO comments_fts(rowid, body) VALUES (:id, :b)"), {"id": result.lastrowid, "b": body}
                )
        return Changes("comments", (entry_id,) if result.rowcount else ())
