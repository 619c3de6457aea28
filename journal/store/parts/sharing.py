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

    def log_share(self, fmt: str, entry_uids: Sequence[str], recipient: str, sha256: str, file_name: str) -> Changes:
        with self._write() as conn:
            result = conn.execute(
                text(
                    "INSERT INTO share_log(created, format, entry_uids, recipient, sha256, file_name)"
                    " VALUES (:c, :f, :u, :r, :s, :n)"
                ),
                {"c": iso_local(), "f": fmt, "u": json.dumps(list(entry_uids)), "r": recipient, "s": sha256, "n": file_name},
            )
        return Changes("journal", (int(result.lastrowid),), created=True)

    def share_log(self) -> list[dict]:
        with self._read() as conn:
            rows = conn.execute(text("SELECT * FROM share_log ORDER BY id")).all()
        return [
            {
                "created": r.created,
                "format": r.format,
                "entries": json.loads(r.entry_uids),
                "recipient": r.recipient,
                "sha256": r.sha256,
                "file": r.file_name,
            }
            for r in rows
        ]


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
