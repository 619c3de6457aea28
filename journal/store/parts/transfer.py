"""Moving whole entries between journals (the ``tvaers-json`` import): everything an entry
holds, in one transaction, with no duplicates."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from sqlalchemy import text

from journal.errors import ImportCancelled
from journal.store.moments import iso_local, iso_utc
from journal.store.records import Changes


PROGRESS_EVERY = 200  # entries between a progress report and a look at cancel


def content_key(created: str, title: str, body: str) -> str:
    """The same entry in another journal: same moment, title and text."""
    digest = hashlib.sha256("\x1f".join((created, title, body)).encode("utf-8")).hexdigest()
    return f"tvaers-json:{digest}"


class TransferPart:
    """Whole-entry import (mixed into ``Store``)."""

    def import_whole_entries(self, items: Sequence[dict], *, progress=None, cancelled=None) -> tuple[Changes, int]:
        """Add ``items`` (already validated, see ``journal.export.tvaers_json``) in one
        transaction: all or nothing. An item whose ``uid`` is in the journal, or whose
        moment, title and text equal an entry's, is skipped. Returns the changes (the new
        ids) and the number skipped.

        Each item: ``uid, created, updated, title, body, tags, starred, case (id, name,
        description, published) or None, prompt (id and, for own questions, texts) or
        None, next_steps [text, due, status, created, updated], comments [author,
        created, body, origin, anchor, seen_sha256, package_id, read]``.
        """
        new_ids: list[int] = []
        skipped = 0
        with self._write() as conn:
            for done, item in enumerate(items):
                if done % PROGRESS_EVERY == 0:
                    if cancelled is not None and cancelled():
                        raise ImportCancelled("The import was cancelled; nothing was imported.")  # rolls back
                    if progress is not None:
                        progress(done)
                key = content_key(item["created"], item["title"], item["body"])
                if self._already_there(conn, item, key):
                    skipped += 1
                    continue
                case = item.get("case")
                if case and conn.execute(text("SELECT 1 FROM cases WHERE id = :id"), {"id": case["id"]}).first() is None:
                    conn.execute(
                        text("INSERT INTO cases(id, name, description, published, archived, created) VALUES (:id, :n, :d, 0, 0, :c)"),
                        {"id": case["id"], "n": case["name"], "d": case.get("description", ""), "c": iso_local()},
                    )
                prompt = item.get("prompt")
                if prompt and prompt.get("own") and conn.execute(
                    text("SELECT 1 FROM own_prompts WHERE id = :id"), {"id": prompt["id"]}
                ).first() is None:
                    conn.execute(
                        text(
                            "INSERT INTO own_prompts(id, theme, kind, text_da, text_en, created)"
                            " VALUES (:i, :th, :k, :da, :en, :c)"
                        ),
                        {
                            "i": prompt["id"], "th": prompt.get("theme", ""), "k": prompt.get("kind", "daily"),
                            "da": prompt.get("text_da", ""), "en": prompt.get("text_en", ""), "c": iso_local(),
                        },
                    )
                entry_id = self._insert_entry(
                    conn, item["body"], title=item["title"], prompt_id=prompt["id"] if prompt else None,
                    case_id=case["id"] if case else None, tags=item["tags"], created=item["created"], uid=item["uid"],
                    source_key=key,
                )
                conn.execute(
                    text("UPDATE entries SET updated = :u, updated_utc = :uu, starred = :s WHERE id = :id"),
                    {"u": item["updated"], "uu": iso_utc(item["updated"]), "s": 1 if item.get("starred") else 0, "id": entry_id},
                )
                for step in item["next_steps"]:
                    conn.execute(
                        text(
                            "INSERT INTO commitments(entry_id, text, due, status, created, updated)"
                            " VALUES (:e, :t, :d, :s, :c, :u)"
                        ),
                        {"e": entry_id, "t": step["text"], "d": step["due"], "s": step["status"], "c": step["created"], "u": step["updated"]},
                    )
                for n, comment in enumerate(item["comments"]):
                    result = conn.execute(
                        text(
                            "INSERT OR IGNORE INTO comments(entry_id, author, created, body, source_key, origin, anchor,"
                            " seen_sha256, package_id, is_read) VALUES (:e, :a, :c, :b, :k, :o, :an, :sh, :p, :r)"
                        ),
                        {
                            "e": entry_id, "a": comment["author"], "c": comment["created"], "b": comment["body"],
                            "k": f"{item['uid']}:{n}:{comment['created']}", "o": comment.get("origin", "coach"),
                            "an": comment.get("anchor"), "sh": comment.get("seen_sha256"), "p": comment.get("package_id"),
                            "r": 1 if comment.get("read") else 0,
                        },
                    )
                    if result.rowcount:
                        conn.execute(
                            text("INSERT INTO comments_fts(rowid, body) VALUES (:id, :b)"),
                            {"id": result.lastrowid, "b": comment["body"]},
                        )
                new_ids.append(entry_id)
            if cancelled is not None and cancelled():
                raise ImportCancelled("The import was cancelled; nothing was imported.")
        return Changes("entries", tuple(new_ids), created=bool(new_ids)), skipped

    @staticmethod
    def _already_there(conn, item: dict, key: str) -> bool:
        """Is this entry in the journal: the same id, or the same moment, title and text?
        Three indexed look-ups (uid, source_key, created_utc), so an import stays linear."""
        if conn.execute(text("SELECT 1 FROM entries WHERE uid = :u"), {"u": item["uid"]}).first():
            return True
        if conn.execute(text("SELECT 1 FROM entries WHERE source_key = :k"), {"k": key}).first():
            return True
        return conn.execute(
            text("SELECT 1 FROM entries WHERE created_utc = :cu AND created = :c AND title = :t AND body = :b"),
            {"cu": iso_utc(item["created"]), "c": item["created"], "t": item["title"], "b": item["body"]},
        ).first() is not None

    def whole_entries(self, entry_ids: Sequence[int]) -> list[dict]:
        """Everything the ``tvaers-json`` format carries of these entries, in the given order."""
        ids = [int(i) for i in entry_ids]
        if not ids:
            return []
        marks = ",".join(str(i) for i in ids)
        with self._read() as conn:
            rows = {
                r.id: r
                for r in conn.execute(
                    text(
                        "SELECT e.id, e.uid, e.created, e.updated, e.title, e.body, e.starred, e.prompt_id,"
                        " c.id AS case_id, c.name AS case_name, c.description AS case_description, c.published,"
                        " p.id AS own_id, p.theme, p.kind, p.text_da, p.text_en"
                        " FROM entries e LEFT JOIN cases c ON c.id = e.case_id"
                        " LEFT JOIN own_prompts p ON p.id = e.prompt_id"
                        f" WHERE e.id IN ({marks})"
                    )
                )
            }
            tags: dict[int, list[str]] = {}
            for r in conn.execute(
                text(
                    "SELECT et.entry_id, t.name FROM entry_tags et JOIN tags t ON t.id = et.tag_id"
                    f" WHERE et.entry_id IN ({marks}) ORDER BY et.rowid"
                )
            ):
                tags.setdefault(r.entry_id, []).append(r.name)
            steps: dict[int, list[dict]] = {}
            for r in conn.execute(
                text(f"SELECT entry_id, text, due, status, created, updated FROM commitments WHERE entry_id IN ({marks}) ORDER BY id")
            ):
                steps.setdefault(r.entry_id, []).append(
                    {"text": r.text, "due": r.due, "status": r.status, "created": r.created, "updated": r.updated}
                )
            comments: dict[int, list[dict]] = {}
            for r in conn.execute(
                text(
                    "SELECT entry_id, author, created, body, origin, anchor, seen_sha256, package_id, is_read"
                    f" FROM comments WHERE entry_id IN ({marks}) ORDER BY created, id"
                )
            ):
                comments.setdefault(r.entry_id, []).append(
                    {
                        "author": r.author, "created": r.created, "body": r.body, "origin": r.origin,
                        "anchor": r.anchor, "seen_sha256": r.seen_sha256, "package_id": r.package_id, "read": bool(r.is_read),
                    }
                )
        out = []
        for i in ids:
            r = rows.get(i)
            if r is None:
                continue
            prompt = None
            if r.prompt_id:
                prompt = {"id": r.prompt_id, "own": r.own_id is not None}
                if r.own_id is not None:
                    prompt.update({"theme": r.theme, "kind": r.kind, "text_da": r.text_da, "text_en": r.text_en})
            case = None
            if r.case_id:
                case = {"id": r.case_id, "name": r.case_name, "description": r.case_description, "published": bool(r.published)}
            out.append(
                {
                    "uid": r.uid, "created": r.created, "updated": r.updated, "title": r.title, "body": r.body,
                    "tags": tags.get(i, []), "starred": bool(r.starred), "case": case, "prompt": prompt,
                    "next_steps": steps.get(i, []), "comments": comments.get(i, []),
                }
            )
        return out
