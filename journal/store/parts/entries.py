"""Entries: writing, reading, listing and searching reflections, with their tags."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import date

from sqlalchemy import text

from journal.errors import NotFound
from journal.store import search
from journal.store.limits import check_entry_size, clean_tag
from journal.store.moments import bound, iso_local, iso_utc
from journal.store.excerpts import derive_title, excerpt
from journal.store.records import HIT_END, HIT_START, Changes, Comment, Entry, EntrySummary, SearchHit
from journal.store.parts.sharing import COMMENT_COLUMNS, comment_record

RANK_WINDOW = 2000  # matches ranked by bm25 for very common words (the newest ones)

# --- the facade ----------------------------------------------------------------


_SUMMARY_SELECT = (
    "SELECT e.id, e.title, substr(e.body, 1, 1500) AS head, e.created, e.updated, e.case_id, e.prompt_id FROM entries e"
)


def _summaries(rows) -> list[EntrySummary]:
    return [
        EntrySummary(
            id=r.id,
            title=r.title or derive_title(r.head),
            excerpt=excerpt(r.head),
            created=r.created,
            updated=r.updated,
            case_id=r.case_id,
            prompt_id=r.prompt_id,
        )
        for r in rows
    ]


class EntriesPart:
    """Entries and full-text search (mixed into ``Store``)."""

    # --- entries ---------------------------------------------------------------

    def create_entry(
        self,
        body: str = "",
        *,
        title: str = "",
        prompt_id: str | None = None,
        case_id: str | None = None,
        tags: Iterable[str] = (),
        created: str | None = None,
        uid: str | None = None,
        source_key: str | None = None,
    ) -> Changes:
        """A new entry; ``Changes.ids`` holds its id."""
        with self._write() as conn:
            entry_id = self._insert_entry(
                conn, body, title=title, prompt_id=prompt_id, case_id=case_id, tags=tags,
                created=created, uid=uid, source_key=source_key,
            )
        return Changes("entries", (entry_id,), created=True)

    def _insert_entry(
        self, conn, body: str, *, title: str = "", prompt_id=None, case_id=None, tags: Iterable[str] = (),
        created: str | None = None, uid: str | None = None, source_key: str | None = None,
        skip_duplicate: bool = False,
    ) -> int | None:
        """The one way an entry is inserted, inside the caller's transaction; returns its id.

        ``skip_duplicate``: an entry whose ``uid`` or ``source_key`` is already in the
        journal is left out (``None``) instead of failing (imports, re-imports)."""
        check_entry_size(body)  # in a batch, one entry over the cap rolls the whole batch back
        created = created or iso_local()
        if case_id is not None:
            self._require_case(conn, case_id)
        verb = "INSERT OR IGNORE" if skip_duplicate else "INSERT"
        result = conn.execute(
            text(
                f"{verb} INTO entries(uid, title, body, created, created_utc, updated, updated_utc, prompt_id, case_id, source_key)"
                " VALUES (:uid, :title, :body, :c, :cu, :c, :cu, :prompt, :case, :source)"
            ),
            {
                "uid": uid or uuid.uuid4().hex,
                "title": title,
                "body": body,
                "c": created,
                "cu": iso_utc(created),
                "prompt": prompt_id,
                "case": case_id,
                "source": source_key,
            },
        )
        if not result.rowcount:
            return None
        entry_id = int(result.lastrowid)
        self._set_tags(conn, entry_id, tags)
        self._reindex(conn, entry_id)
        return entry_id

    def create_entries(self, entries: Iterable[dict]) -> Changes:
        """Many new entries in one transaction: all or nothing (imports, benchmarks).

        Each item has ``body`` and optionally ``title``, ``created``, ``tags``,
        ``case_id``, ``prompt_id``, ``uid`` and ``source_key``.  An item whose
        ``source_key`` or ``uid`` is already in the journal is skipped (no
        duplicates on re-import); ``Changes.ids`` holds the new ids only.
        """
        fields = ("title", "prompt_id", "case_id", "tags", "created", "uid", "source_key")
        new_ids: list[int] = []
        with self._write() as conn:
            for item in entries:
                entry_id = self._insert_entry(
                    conn, item.get("body", ""), skip_duplicate=True, **{k: item[k] for k in fields if k in item}
                )
                if entry_id is not None:
                    new_ids.append(entry_id)
        return Changes("entries", tuple(new_ids), created=bool(new_ids))

    def update_entry(
        self,
        entry_id: int,
        *,
        title: str | None = None,
        body: str | None = None,
        tags: Iterable[str] | None = None,
        case_id: str | None | type(...) = ...,
    ) -> Changes:
        """Change some fields of an entry; the others stay as they are."""
        updated = iso_local()
        with self._write() as conn:
            row = conn.execute(text("SELECT title, body, case_id FROM entries WHERE id = :id"), {"id": entry_id}).first()
            if row is None:
                raise NotFound("There is no entry {id}.", id=entry_id)
            if body is not None:
                check_entry_size(body, stored=len(row.body))
            new_case = row.case_id if case_id is ... else case_id
            if new_case is not None and new_case != row.case_id:
                self._require_case(conn, new_case)
            conn.execute(
                text(
                    "UPDATE entries SET title = :title, body = :body, case_id = :case, updated = :u, updated_utc = :uu"
                    " WHERE id = :id"
                ),
                {
                    "title": row.title if title is None else title,
                    "body": row.body if body is None else body,
                    "case": new_case,
                    "u": updated,
                    "uu": iso_utc(updated),
                    "id": entry_id,
                },
            )
            if tags is not None:
                conn.execute(text("DELETE FROM entry_tags WHERE entry_id = :id"), {"id": entry_id})
                self._set_tags(conn, entry_id, tags)
            self._reindex(conn, entry_id)
        return Changes("entries", (entry_id,))

    def delete_entry(self, entry_id: int) -> Changes:
        with self._write() as conn:
            conn.execute(
                text("DELETE FROM comments_fts WHERE rowid IN (SELECT id FROM comments WHERE entry_id = :id)"),
                {"id": entry_id},
            )
            result = conn.execute(text("DELETE FROM entries WHERE id = :id"), {"id": entry_id})
            if result.rowcount == 0:
                raise NotFound("There is no entry {id}.", id=entry_id)
            conn.execute(text("DELETE FROM entries_fts WHERE rowid = :id"), {"id": entry_id})
        return Changes("entries", (entry_id,))

    def get_entry(self, entry_id: int) -> Entry:
        with self._read() as conn:
            entries = self._entries(conn, [entry_id])
        if not entries:
            raise NotFound("There is no entry {id}.", id=entry_id)
        return entries[0]

    def get_entries(self, entry_ids: Sequence[int]) -> list[Entry]:
        with self._read() as conn:
            return self._entries(conn, list(entry_ids))

    def _filters(self, case_id, tag, date_from, date_to, prompt_id=None) -> tuple[str, dict]:
        clauses, params = [], {}
        if case_id is not None:
            clauses.append("e.case_id = :case")
            params["case"] = case_id
        if prompt_id is not None:
            clauses.append("e.prompt_id = :prompt")
            params["prompt"] = prompt_id
        if tag is not None:
            clauses.append(
                "e.id IN (SELECT et.entry_id FROM entry_tags et JOIN tags t ON t.id = et.tag_id WHERE t.name = :tag)"
            )
            params["tag"] = clean_tag(tag)
        low, high = bound(date_from, end=False), bound(date_to, end=True)
        if low:
            clauses.append("e.created_utc >= :low")
            params["low"] = low
        if high:
            clauses.append("e.created_utc <= :high")
            params["high"] = high
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def list_entries(
        self,
        *,
        limit: int | None = None,
        offset: int = 0,
        case_id: str | None = None,
        tag: str | None = None,
        date_from: str | date | None = None,
        date_to: str | date | None = None,
        prompt_id: str | None = None,
    ) -> list[EntrySummary]:
        """Entries newest first, as light summaries (one page of the list)."""
        where, params = self._filters(case_id, tag, date_from, date_to, prompt_id)
        params.update({"limit": -1 if limit is None else int(limit), "offset": int(offset)})
        sql = f"{_SUMMARY_SELECT}{where} ORDER BY e.created_utc DESC, e.id DESC LIMIT :limit OFFSET :offset"
        with self._read() as conn:
            rows = conn.execute(text(sql), params).all()
        return _summaries(rows)

    def entry_summaries(self, entry_ids: Sequence[int]) -> list[EntrySummary]:
        """The list rows of a few entries (an autosave re-reads its own row, not the whole list)."""
        ids = [int(i) for i in entry_ids]
        if not ids:
            return []
        marks = ", ".join(f":i{n}" for n in range(len(ids)))
        with self._read() as conn:
            rows = conn.execute(text(f"{_SUMMARY_SELECT} WHERE e.id IN ({marks})"), {f"i{n}": i for n, i in enumerate(ids)}).all()
        return _summaries(rows)

    def count_entries(self, *, case_id=None, tag=None, date_from=None, date_to=None, prompt_id=None) -> int:
        where, params = self._filters(case_id, tag, date_from, date_to, prompt_id)
        with self._read() as conn:
            return int(conn.execute(text(f"SELECT count(*) FROM entries e{where}"), params).scalar_one())

    def full_entries(self, **filters) -> list[Entry]:
        """Whole entries (newest first) for the given list filters."""
        ids = [s.id for s in self.list_entries(**filters)]
        with self._read() as conn:
            return self._entries(conn, ids)

    def search(self, query: str, *, limit: int = 50) -> list[SearchHit]:
        """Full-text search, best first; any text is a safe query.

        bm25 has to score every match before it can sort, so for words found in
        more than ``RANK_WINDOW`` entries only the newest ``RANK_WINDOW`` matches
        are ranked (FTS5 walks its doclists newest-first cheaply).  That keeps a
        search for a very common word fast on a journal of 100,000 entries.
        """
        match = search.fts_query(query)
        if match is None:
            return []
        with self._read() as conn:
            floor = conn.execute(
                text("SELECT rowid FROM entries_fts WHERE entries_fts MATCH :q ORDER BY rowid DESC LIMIT 1 OFFSET :n"),
                {"q": match, "n": RANK_WINDOW - 1},
            ).scalar()
            sql = (
                "SELECT rowid AS id, bm25(entries_fts, 8.0, 1.0, 4.0) AS rank,"
                f" snippet(entries_fts, -1, '{HIT_START}', '{HIT_END}', '…', 16) AS snip"
                " FROM entries_fts WHERE entries_fts MATCH :q AND rowid >= :floor ORDER BY rank LIMIT :limit"
            )
            rows = conn.execute(text(sql), {"q": match, "floor": floor or 0, "limit": int(limit)}).all()
            # Coach comments are few (a handful per shared entry): their index is searched
            # whole, and an entry found only through a comment joins the hits, marked so.
            found = {r.id for r in rows}
            in_comments = []
            for r in conn.execute(
                text(
                    "SELECT c.entry_id AS id, bm25(comments_fts) AS rank,"
                    f" snippet(comments_fts, 0, '{HIT_START}', '{HIT_END}', '…', 16) AS snip"
                    " FROM comments_fts JOIN comments c ON c.id = comments_fts.rowid"
                    " WHERE comments_fts MATCH :q ORDER BY rank LIMIT :limit"
                ),
                {"q": match, "limit": int(limit)},
            ):
                if r.id not in found:
                    found.add(r.id)
                    in_comments.append(r)
            entries = {e.id: e for e in self._entries(conn, [r.id for r in rows] + [r.id for r in in_comments])}
        hits = [SearchHit(entries[r.id], r.snip or "", float(r.rank)) for r in rows if r.id in entries]
        hits += [SearchHit(entries[r.id], r.snip or "", float(r.rank), in_comment=True) for r in in_comments if r.id in entries]
        hits.sort(key=lambda h: h.rank)
        return hits[: int(limit)]

    def _entries(self, conn, ids: list[int]) -> list[Entry]:
        if not ids:
            return []
        marks = ",".join(str(int(i)) for i in ids)
        rows = conn.execute(
            text(
                "SELECT id, uid, title, body, created, updated, case_id, prompt_id"
                f" FROM entries WHERE id IN ({marks})"
            )
        ).all()
        tags: dict[int, list[str]] = {}
        for r in conn.execute(
            text(
                "SELECT et.entry_id, t.name FROM entry_tags et JOIN tags t ON t.id = et.tag_id"
                f" WHERE et.entry_id IN ({marks}) ORDER BY et.rowid"  # the order the leader typed them
            )
        ):
            tags.setdefault(r.entry_id, []).append(r.name)
        comments: dict[int, list[Comment]] = {}
        for r in conn.execute(
            text(
                f"SELECT {COMMENT_COLUMNS} FROM comments"
                f" WHERE entry_id IN ({marks}) ORDER BY created, id"
            )
        ):
            comments.setdefault(r.entry_id, []).append(comment_record(r))
        by_id = {
            r.id: Entry(
                id=r.id,
                uid=r.uid,
                title=r.title,
                body=r.body,
                created=r.created,
                updated=r.updated,
                tags=tuple(tags.get(r.id, ())),
                case_id=r.case_id,
                prompt_id=r.prompt_id,
                comments=tuple(comments.get(r.id, ())),
            )
            for r in rows
        }
        return [by_id[i] for i in ids if i in by_id]

    def _set_tags(self, conn, entry_id: int, tags: Iterable[str]) -> None:
        for name in dict.fromkeys(clean_tag(t) for t in tags):
            if not name:
                continue
            conn.execute(text("INSERT INTO tags(name) VALUES (:n) ON CONFLICT(name) DO NOTHING"), {"n": name})
            conn.execute(
                text("INSERT OR IGNORE INTO entry_tags(entry_id, tag_id) SELECT :e, id FROM tags WHERE name = :n"),
                {"e": entry_id, "n": name},
            )

    def _reindex(self, conn, entry_id: int) -> None:
        conn.execute(text("DELETE FROM entries_fts WHERE rowid = :id"), {"id": entry_id})
        conn.execute(
            text(
                "INSERT INTO entries_fts(rowid, title, body, tags)"
                " SELECT e.id, e.title, e.body, coalesce((SELECT group_concat(t.name, ' ') FROM entry_tags et"
                " JOIN tags t ON t.id = et.tag_id WHERE et.entry_id = e.id), '') FROM entries e WHERE e.id = :id"
            ),
            {"id": entry_id},
        )

    def has_tag(self, tag: str) -> bool:
        """Does any entry carry ``tag`` (as the store keeps tags: cleaned, lower case)?"""
        with self._read() as conn:
            found = conn.execute(
                text("SELECT 1 FROM entry_tags et JOIN tags t ON t.id = et.tag_id WHERE t.name = :n LIMIT 1"), {"n": clean_tag(tag)}
            )
            return found.first() is not None

    def prompt_usage(self) -> dict[str, str]:
        """For each prompt answered: the local date (ISO) of the latest answer."""
        with self._read() as conn:
            rows = conn.execute(
                text("SELECT prompt_id, max(created) AS last FROM entries WHERE prompt_id IS NOT NULL GROUP BY prompt_id")
            ).all()
        return {r.prompt_id: r.last[:10] for r in rows}
