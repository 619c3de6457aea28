"""What leaves the journal and what comes back: the share log and coach comments."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import text

from journal.errors import BadInput, NotFound
from journal.store.moments import iso_local
from journal.store.records import Changes, Comment

COMMENT_COLUMNS = "id, entry_id, author, created, body, origin, anchor, seen_sha256, package_id, is_read, parent_id"


def comment_record(r) -> Comment:
    return Comment(
        r.id, r.entry_id, r.author, r.created, r.body, origin=r.origin, anchor=r.anchor, seen_sha256=r.seen_sha256,
        package_id=r.package_id, is_read=bool(r.is_read), parent_id=r.parent_id,
    )


@dataclass(frozen=True)
class FeedbackImport:
    """What importing a feedback file did: comments attached, already there, and the
    entry uids it names that are no longer in the journal (their comments were left out)."""

    attached: int
    already: int
    missing: tuple[str, ...]
    entry_ids: tuple[int, ...]


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

    def comments_of(self, entry_id: int) -> list[Comment]:
        """The thread of one entry: coach comments and the leader's replies, oldest first."""
        return self.comment_threads([entry_id]).get(entry_id, [])

    def comment_threads(self, entry_ids: Sequence[int]) -> dict[int, list[Comment]]:
        ids = [int(i) for i in entry_ids]
        if not ids:
            return {}
        marks = ", ".join(f":i{n}" for n in range(len(ids)))
        with self._read() as conn:
            rows = conn.execute(
                text(f"SELECT {COMMENT_COLUMNS} FROM comments WHERE entry_id IN ({marks}) ORDER BY created, id"),
                {f"i{n}": i for n, i in enumerate(ids)},
            ).all()
        threads: dict[int, list[Comment]] = {}
        for r in rows:
            threads.setdefault(r.entry_id, []).append(comment_record(r))
        return threads

    def import_feedback(self, package_id: str, comments: Sequence[dict]) -> FeedbackImport:
        """Attach a coach's comments (``{"id", "entry" (uid), "author", "created", "body",
        "anchor", "seen_sha256"}``) to their entries in one transaction.

        Each comment is keyed ``<package_id>:<comment id>``, so a file imported twice adds
        nothing and a second round from the same coach adds only its new comments.  Comments
        on entries deleted since are left out and their uids reported; nothing else changes.
        """
        attached = already = 0
        missing: list[str] = []
        touched: list[int] = []
        with self._write() as conn:
            uids = list(dict.fromkeys(c["entry"] for c in comments))
            by_uid = {}
            for n in range(0, len(uids), 500):
                chunk = uids[n : n + 500]
                marks = ", ".join(f":u{k}" for k in range(len(chunk)))
                for r in conn.execute(text(f"SELECT uid, id FROM entries WHERE uid IN ({marks})"), {f"u{k}": u for k, u in enumerate(chunk)}):
                    by_uid[r.uid] = int(r.id)
            for comment in comments:
                entry_id = by_uid.get(comment["entry"])
                if entry_id is None:
                    if comment["entry"] not in missing:
                        missing.append(comment["entry"])
                    continue
                result = conn.execute(
                    text(
                        "INSERT OR IGNORE INTO comments(entry_id, author, created, body, source_key, origin, anchor, seen_sha256, package_id)"
                        " VALUES (:e, :a, :c, :b, :k, 'coach', :an, :sh, :p)"
                    ),
                    {
                        "e": entry_id, "a": comment["author"], "c": comment["created"], "b": comment["body"],
                        "k": f"{package_id}:{comment['id']}", "an": comment.get("anchor"), "sh": comment.get("seen_sha256"), "p": package_id,
                    },
                )
                if result.rowcount:
                    attached += 1
                    conn.execute(text("INSERT INTO comments_fts(rowid, body) VALUES (:id, :b)"), {"id": result.lastrowid, "b": comment["body"]})
                    if entry_id not in touched:
                        touched.append(entry_id)
                else:
                    already += 1
        return FeedbackImport(attached, already, tuple(missing), tuple(touched))

    def reply_to_comment(self, comment_id: int, author: str, body: str) -> Changes:
        """The leader's reply to a comment (kept here, sent along in the next review package)."""
        if not body.strip():
            raise BadInput("The reply is empty.")
        with self._write() as conn:
            row = conn.execute(text("SELECT entry_id FROM comments WHERE id = :id"), {"id": comment_id}).first()
            if row is None:
                raise NotFound("There is no comment {id}.", id=comment_id)
            result = conn.execute(
                text(
                    "INSERT INTO comments(entry_id, author, created, body, origin, parent_id, is_read)"
                    " VALUES (:e, :a, :c, :b, 'leader', :p, 1)"
                ),
                {"e": row.entry_id, "a": author, "c": iso_local(), "b": body, "p": comment_id},
            )
            conn.execute(text("INSERT INTO comments_fts(rowid, body) VALUES (:id, :b)"), {"id": result.lastrowid, "b": body})
        return Changes("comments", (int(row.entry_id),), created=True)

    def mark_comment_read(self, comment_id: int, read: bool = True) -> Changes:
        with self._write() as conn:
            row = conn.execute(text("SELECT entry_id FROM comments WHERE id = :id"), {"id": comment_id}).first()
            if row is None:
                raise NotFound("There is no comment {id}.", id=comment_id)
            conn.execute(text("UPDATE comments SET is_read = :r WHERE id = :id"), {"r": 1 if read else 0, "id": comment_id})
        return Changes("comments", (int(row.entry_id),))

    def unread_comments(self) -> int:
        with self._read() as conn:
            return int(conn.execute(text("SELECT count(*) FROM comments WHERE origin = 'coach' AND is_read = 0")).scalar_one())
