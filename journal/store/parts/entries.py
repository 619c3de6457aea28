"""Entries: writing, reading, listing and searching reflections, with their tags."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import date

from sqlalchemy import text

from journal.errors import ImportCancelled, NotFound
from journal.store import search
from journal.store.engine import translate_operational_error
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

_ENTRY_SELECT = "SELECT e.id, e.uid, e.title, e.body, e.created, e.updated, e.case_id, e.prompt_id, e.starred"
# ``where`` narrows to the entries wanted; tags in the order the leader typed them
_TAGS_SELECT = "SELECT et.entry_id, t.name FROM entry_tags et JOIN tags t ON t.id = et.tag_id{where} ORDER BY et.rowid"
_COMMENTS_SELECT = f"SELECT {COMMENT_COLUMNS} FROM comments{{where}} ORDER BY created, id"


def _entry_records(rows, tag_rows, comment_rows) -> list[Entry]:
    """``Entry`` records of ``_ENTRY_SELECT`` rows (in their order), with their tags and comments."""
    tags: dict[int, list[str]] = {}
    for entry_id, name in tag_rows.all():  # fetched whole: row by row costs more than the rows
        if entry_id in tags:
            tags[entry_id].append(name)
        else:
            tags[entry_id] = [name]
    comments: dict[int, list[Comment]] = {}
    for r in comment_rows:
        comments.setdefault(r.entry_id, []).append(comment_record(r))
    none: tuple = ()
    return [
        Entry(
            entry_id, uid, title, body, created, updated,
            tuple(tags[entry_id]) if entry_id in tags else none,
            case_id, prompt_id,
            tuple(comments[entry_id]) if entry_id in comments else none,
            bool(starred),
        )
        for entry_id, uid, title, body, created, updated, case_id, prompt_id, starred in rows
    ]


def _words_starting(conn, prefix: str) -> list[str] | None:
    """The indexed words that begin with ``prefix`` (``None``: more than ``search.MAX_EXPANSION``).

    Read from an ``fts5vocab`` table over the index, made in the connection's own
    temporary schema (nothing is written to the journal)."""
    conn.execute(text("CREATE VIRTUAL TABLE IF NOT EXISTS temp.entries_words USING fts5vocab(main, entries_fts, row)"))
    words = conn.execute(
        text("SELECT term FROM temp.entries_words WHERE term >= :low AND term < :high LIMIT :n"),
        {"low": prefix, "high": prefix + "\U0010ffff", "n": search.MAX_EXPANSION + 1},
    ).scalars().all()
    return None if len(words) > search.MAX_EXPANSION else list(words)


def _passage(query: str, entry: Entry) -> str:
    """The marked passage of a search hit, from the columns the index holds (title, text, tags)."""
    return search.snippet(query, (entry.title, entry.body, " ".join(entry.tags)), start=HIT_START, end=HIT_END)


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
        starred: bool = False,
    ) -> Changes:
        """A new entry; ``Changes.ids`` holds its id."""
        with self._write() as conn:
            entry_id = self._insert_entry(
                conn, body, title=title, prompt_id=prompt_id, case_id=case_id, tags=tags,
                created=created, uid=uid, source_key=source_key, starred=starred,
            )
        return Changes("entries", (entry_id,), created=True)

    def _insert_entry(
        self, conn, body: str, *, title: str = "", prompt_id=None, case_id=None, tags: Iterable[str] = (),
        created: str | None = None, uid: str | None = None, source_key: str | None = None,
        skip_duplicate: bool = False, starred: bool = False, updated: str | None = None,
    ) -> int | None:
        """The one way an entry is inserted, inside the caller's transaction; returns its id.

        ``skip_duplicate``: an entry whose ``uid`` or ``source_key`` is already in the
        journal is left out (``None``) instead of failing (imports, re-imports)."""
        check_entry_size(body)  # in a batch, one entry over the cap rolls the whole batch back
        created = created or iso_local()
        updated = updated or created
        if case_id is not None:
            self._require_case(conn, case_id)
        verb = "INSERT OR IGNORE" if skip_duplicate else "INSERT"
        result = conn.execute(
            text(
                f"{verb} INTO entries(uid, title, body, created, created_utc, updated, updated_utc, prompt_id, case_id, source_key, starred)"
                " VALUES (:uid, :title, :body, :c, :cu, :u, :uu, :prompt, :case, :source, :starred)"
            ),
            {
                "uid": uid or uuid.uuid4().hex,
                "title": title,
                "body": body,
                "c": created,
                "cu": iso_utc(created),
                "u": updated,
                "uu": iso_utc(updated),
                "prompt": prompt_id,
                "case": case_id,
                "source": source_key,
                "starred": 1 if starred else 0,
            },
        )
        if not result.rowcount:
            return None
        entry_id = int(result.lastrowid)
        self._set_tags(conn, entry_id, tags)
        self._reindex(conn, entry_id)
        return entry_id

    def create_entries(self, entries: Iterable[dict], *, progress=None, cancelled=None) -> Changes:
        """Many new entries in one transaction: all or nothing (imports, benchmarks).

        Each item has ``body`` and optionally ``title``, ``created``, ``updated``,
        ``tags``, ``starred``, ``case_id``, ``prompt_id``, ``uid`` and ``source_key``.
        An item whose ``source_key`` or ``uid`` is already in the journal (or
        earlier in the same batch) is skipped (no duplicates on re-import);
        ``Changes.ids`` holds the new ids only.

        The rows, tags and full-text rows are the ones ``create_entry`` writes, but
        through the driver's cursor with prepared statements (10,000 entries in a
        couple of seconds rather than ten).  ``progress(done)`` is called now and
        then with the number of items handled; when ``cancelled()`` turns true the
        whole batch is rolled back and ``ImportCancelled`` is raised: the journal is
        as it was.
        """
        items = list(entries)
        new_ids: list[int] = []
        with self._write() as conn:
            cursor = conn.connection.cursor()
            try:
                taken_keys = self._taken(cursor, "source_key", [i.get("source_key") for i in items])
                taken_uids = self._taken(cursor, "uid", [i.get("uid") for i in items])
                tag_ids: dict[str, int] = {}
                cases_known: set[str] = set()
                links: list[tuple[int, int]] = []
                for done, item in enumerate(items, 1):
                    entry_id = self._insert_prepared(cursor, conn, item, taken_keys, taken_uids, tag_ids, cases_known, links)
                    if entry_id is not None:
                        new_ids.append(entry_id)
                    if done % 200 == 0:
                        if cancelled is not None and cancelled():
                            raise ImportCancelled("The import was cancelled; nothing was imported.")
                        if progress is not None:
                            progress(done)
                if cancelled is not None and cancelled():
                    raise ImportCancelled("The import was cancelled; nothing was imported.")
            except conn.dialect.dbapi.Error as exc:  # the driver's own errors: SQLAlchemy does not see them
                known = translate_operational_error(exc)
                if known is None:
                    raise
                raise known from None  # the transaction is rolled back on the way out
            finally:
                cursor.close()
        return Changes("entries", tuple(new_ids), created=bool(new_ids))

    @staticmethod
    def _taken(cursor, column: str, values) -> set[str]:
        wanted = list(dict.fromkeys(v for v in values if v))
        found: set[str] = set()
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            marks = ",".join("?" * len(chunk))
            cursor.execute(f"SELECT {column} FROM entries WHERE {column} IN ({marks})", chunk)
            found.update(row[0] for row in cursor.fetchall())
        return found

    def _insert_prepared(self, cursor, conn, item: dict, taken_keys: set, taken_uids: set, tag_ids: dict, cases_known: set, links: list) -> int | None:
        """One entry of a batch, as ``_insert_entry`` writes it; ``None`` for a duplicate."""
        key, uid = item.get("source_key") or None, item.get("uid") or None
        if (key and key in taken_keys) or (uid and uid in taken_uids):
            return None
        body = item.get("body", "")
        check_entry_size(body)  # one entry over the cap rolls the whole batch back
        created = item.get("created") or iso_local()
        updated = item.get("updated") or created
        case_id = item.get("case_id")
        if case_id is not None and case_id not in cases_known:
            self._require_case(conn, case_id)
            cases_known.add(case_id)
        title = item.get("title", "")
        cursor.execute(
            "INSERT INTO entries(uid, title, body, created, created_utc, updated, updated_utc, prompt_id, case_id, source_key, starred)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (uid or uuid.uuid4().hex, title, body, created, iso_utc(created), updated, iso_utc(updated),
             item.get("prompt_id"), case_id, key, 1 if item.get("starred") else 0),
        )
        entry_id = int(cursor.lastrowid)
        if key:
            taken_keys.add(key)
        if uid:
            taken_uids.add(uid)
        names = [n for n in dict.fromkeys(clean_tag(t) for t in item.get("tags", ())) if n]
        for name in names:
            tag_id = tag_ids.get(name)
            if tag_id is None:
                cursor.execute("INSERT INTO tags(name) VALUES (?) ON CONFLICT(name) DO NOTHING", (name,))
                cursor.execute("SELECT id FROM tags WHERE name = ?", (name,))
                tag_id = tag_ids[name] = int(cursor.fetchone()[0])
            cursor.execute("INSERT OR IGNORE INTO entry_tags(entry_id, tag_id) VALUES (?, ?)", (entry_id, tag_id))
        cursor.execute(
            "INSERT INTO entries_fts(rowid, title, body, tags) VALUES (?, ?, ?, ?)", (entry_id, title, body, " ".join(names))
        )
        return entry_id

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

    def _listing(self, select: str, limit: int | None = None, offset: int = 0, case_id: str | None = None,
                 tag: str | None = None, date_from: str | date | None = None, date_to: str | date | None = None,
                 prompt_id: str | None = None):
        """``select`` over the list's entries: its filters, newest first, one page (the rows)."""
        where, params = self._filters(case_id, tag, date_from, date_to, prompt_id)
        params.update({"limit": -1 if limit is None else int(limit), "offset": int(offset)})
        sql = f"{select}{where} ORDER BY e.created_utc DESC, e.id DESC LIMIT :limit OFFSET :offset"
        with self._read() as conn:
            return conn.execute(text(sql), params).all()

    def list_entries(self, **filters) -> list[EntrySummary]:
        """Entries newest first, as light summaries (one page of the list). ``filters``: ``limit``,
        ``offset``, ``case_id``, ``tag``, ``date_from``, ``date_to``, ``prompt_id``."""
        return _summaries(self._listing(_SUMMARY_SELECT, **filters))

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

    def entry_position(self, entry_id: int, *, case_id=None, tag=None, date_from=None, date_to=None,
                       prompt_id=None) -> int | None:
        """Where an entry stands in the list with these filters (0 = the newest), or None when
        the filters leave it out: the entries before it in ``list_entries``'s order, counted."""
        where, params = self._filters(case_id, tag, date_from, date_to, prompt_id)
        params["id"] = int(entry_id)
        joined = f"{where} AND" if where else " WHERE"
        with self._read() as conn:
            found = conn.execute(text(f"SELECT e.created_utc FROM entries e{joined} e.id = :id"), params).first()
            if found is None:
                return None
            params["at"] = found[0]
            before = "(e.created_utc > :at OR (e.created_utc = :at AND e.id > :id))"
            return int(conn.execute(text(f"SELECT count(*) FROM entries e{joined} {before}"), params).scalar_one())

    def entry_positions(self, entry_ids: Sequence[int], **filters) -> dict[int, int]:
        """Where each of these entries stands in the list with ``filters`` (``list_entries``'s),
        for those it holds: one pass over the list's ids."""
        wanted = {int(i) for i in entry_ids}
        if not wanted:
            return {}
        return {i: row for row, i in enumerate(self.entry_ids(**filters)) if i in wanted}

    def full_entries(self, *, oldest_first: bool = False, case_id: str | None = None, tag: str | None = None,
                     date_from: str | date | None = None, date_to: str | date | None = None,
                     prompt_id: str | None = None) -> list[Entry]:
        """Whole entries for the list's filters, newest first as the list shows them (or
        ``oldest_first``, as a reader of an export follows them).

        One pass per table over the filtered entries, with no list of ids in between: an
        export of 100,000 entries reads them in one go."""
        where, params = self._filters(case_id, tag, date_from, date_to, prompt_id)
        order = "ASC" if oldest_first else "DESC"
        chosen = f"IN (SELECT e.id FROM entries e{where})"
        with self._read() as conn:
            rows = conn.execute(
                text(f"{_ENTRY_SELECT} FROM entries e{where} ORDER BY e.created_utc {order}, e.id {order}"), params
            ).all()
            return _entry_records(
                rows,
                conn.execute(text(_TAGS_SELECT.format(where=f" WHERE et.entry_id {chosen}" if where else "")), params),
                conn.execute(text(_COMMENTS_SELECT.format(where=f" WHERE entry_id {chosen}" if where else "")), params),
            )

    def entry_ids(self, **filters) -> list[int]:
        """The ids ``list_entries`` would list, in its order."""
        return [int(r[0]) for r in self._listing("SELECT e.id FROM entries e", **filters)]

    def search(self, query: str, *, limit: int = 50) -> list[SearchHit]:
        """Full-text search, best first; any text is a safe query.

        bm25 has to score every match before it can sort, so only the newest
        ``RANK_WINDOW`` matches are ranked (FTS5 walks its doclists newest-first
        cheaply), in one query.  The passage shown with each hit is made from the entry
        read for it (``search.snippet``), not by FTS5 inside the ranking query, where
        SQLite would make one for every match ranked.  That keeps a search for a very
        common word fast on a journal of 100,000 entries.
        """
        match = search.fts_query(query)
        if match is None:
            return []
        with self._read(searching=True) as conn:
            in_entries = search.fts_query(query, expand=lambda word: _words_starting(conn, word))
            rows = conn.execute(
                text(
                    "SELECT id, rank FROM (SELECT rowid AS id, bm25(entries_fts, 8.0, 1.0, 4.0) AS rank"
                    " FROM entries_fts WHERE entries_fts MATCH :q ORDER BY rowid DESC LIMIT :window)"
                    " ORDER BY rank LIMIT :limit"
                ),
                {"q": in_entries, "window": RANK_WINDOW, "limit": int(limit)},
            ).all() if in_entries is not None else []
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
        hits = [
            SearchHit(entries[r.id], _passage(query, entries[r.id]), float(r.rank)) for r in rows if r.id in entries
        ]
        hits += [SearchHit(entries[r.id], r.snip or "", float(r.rank), in_comment=True) for r in in_comments if r.id in entries]
        hits.sort(key=lambda h: h.rank)
        return hits[: int(limit)]

    def _entries(self, conn, ids: list[int]) -> list[Entry]:
        """These entries, in the order of ``ids`` (ids that are not there are left out)."""
        if not ids:
            return []
        marks = ",".join(str(int(i)) for i in ids)
        rows = conn.execute(text(f"{_ENTRY_SELECT} FROM entries e WHERE e.id IN ({marks})")).all()
        found = _entry_records(
            rows,
            conn.execute(text(_TAGS_SELECT.format(where=f" WHERE et.entry_id IN ({marks})"))),
            conn.execute(text(_COMMENTS_SELECT.format(where=f" WHERE entry_id IN ({marks})"))),
        )
        by_id = {e.id: e for e in found}
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

    def set_starred(self, entry_id: int, starred: bool) -> Changes:
        """Mark an entry starred (imports carry the star over from jrnl and Day One) or not."""
        with self._write() as conn:
            result = conn.execute(text("UPDATE entries SET starred = :s WHERE id = :id"), {"s": 1 if starred else 0, "id": entry_id})
            if result.rowcount == 0:
                raise NotFound("There is no entry {id}.", id=entry_id)
        return Changes("entries", (entry_id,))

    def has_source_keys(self, keys: Iterable[str]) -> set[str]:
        """Which of these source keys are already in the journal (an import's preview counts duplicates)."""
        wanted = list(dict.fromkeys(k for k in keys if k))
        found: set[str] = set()
        with self._read() as conn:
            for start in range(0, len(wanted), 500):
                chunk = wanted[start:start + 500]
                marks = ", ".join(f":k{n}" for n in range(len(chunk)))
                rows = conn.execute(text(f"SELECT source_key FROM entries WHERE source_key IN ({marks})"), {f"k{n}": k for n, k in enumerate(chunk)})
                found.update(r.source_key for r in rows)
        return found

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
