"""The storage facade: every read and write of the journal goes through ``Store``.

Each method opens a short connection, does its work in one transaction and
returns frozen records (``journal.store.records``) or a ``Changes`` value.  This
module knows nothing of Qt.
"""

from __future__ import annotations

import json
import os
import re
import threading
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime, timezone
from pathlib import Path

from sqlalchemy import exc as sa_exc
from sqlalchemy import text

from journal import __version__
from journal import lock as journal_lock
from journal.errors import BadInput, DamagedJournal, KnownError, NoJournal, NotFound
from journal.paths import JournalPaths, make_private_folder
from journal.store import crypto, search
from journal.store.engine import make_engine, translate_operational_error, wal_commits
from journal.store.limits import check_entry_size, clean_tag
from journal.store.records import (
    HIT_END,
    HIT_START,
    Case,
    Changes,
    Comment,
    Commitment,
    Entry,
    EntrySummary,
    JournalInfo,
    OwnPrompt,
    SearchHit,
)

HEAD_REVISION = "0001"
KNOWN_REVISIONS = ("0001",)
EXCERPT_CHARS = 160
RANK_WINDOW = 2000  # matches ranked by bm25 for very common words (the newest ones)
COMMITMENT_STATUSES = ("open", "done", "postponed", "dropped")


# --- time --------------------------------------------------------------------


def now_local() -> datetime:
    return datetime.now().astimezone().replace(microsecond=0)


def iso_local(moment: datetime | None = None) -> str:
    moment = moment or now_local()
    if moment.tzinfo is None:
        moment = moment.astimezone()
    return moment.replace(microsecond=0).isoformat()


def iso_utc(moment_iso: str) -> str:
    return datetime.fromisoformat(moment_iso).astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_moment(value: str) -> str:
    """A user's ``--date``: a date or date-time, naive means local time. Returns ISO local with offset."""
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        raise BadInput("'{value}' is not a date. Use the form 2025-03-05 or 2025-03-05T14:30.", value=value) from None
    if moment.tzinfo is None:
        moment = moment.astimezone()
    return iso_local(moment)


def _bound(value: str | date | None, *, end: bool) -> str | None:
    """A date filter bound as a UTC ISO string; a plain date covers its whole local day."""
    if value is None:
        return None
    text_value = value.isoformat() if isinstance(value, date) else str(value).strip()
    try:
        if len(text_value) == 10:
            day = date.fromisoformat(text_value)
            moment = datetime(day.year, day.month, day.day, 23, 59, 59) if end else datetime(day.year, day.month, day.day)
            return iso_utc(moment.astimezone().isoformat())
        return iso_utc(parse_moment(text_value))
    except ValueError:
        raise BadInput("'{value}' is not a date. Use the form 2025-03-05.", value=text_value) from None


def derive_title(body: str) -> str:
    """The first line of text without Markdown markers, for entries without a title."""
    for line in body.splitlines():
        line = line.strip().lstrip("#>*-+ ").strip()
        if line:
            return line[:120]
    return ""


_MARKUP = re.compile(r"^\s*(?:#{1,6}|>+|[-*+]|\d+[.)])\s+", re.MULTILINE)


def _excerpt(body: str) -> str:
    """The start of the text, flattened, without the Markdown line markers."""
    flat = " ".join(_MARKUP.sub("", body).replace("**", "").split())
    return flat[:EXCERPT_CHARS]


# --- the facade ----------------------------------------------------------------


_SUMMARY_SELECT = (
    "SELECT e.id, e.title, substr(e.body, 1, 400) AS head, e.created, e.updated, e.case_id, e.prompt_id FROM entries e"
)


def _summaries(rows) -> list[EntrySummary]:
    return [
        EntrySummary(
            id=r.id,
            title=r.title or derive_title(r.head),
            excerpt=_excerpt(r.head),
            created=r.created,
            updated=r.updated,
            case_id=r.case_id,
            prompt_id=r.prompt_id,
        )
        for r in rows
    ]


class Store:
    """One open journal. Thread-safe: writes are serialised, reads may run beside them."""

    def __init__(
        self, paths: JournalPaths, key: bytes, keyfile: crypto.KeyFile, *, readonly: bool = False, create: bool = False
    ) -> None:
        self.paths = paths
        self._key = key
        self.keyfile = keyfile
        self.readonly = readonly
        self.damaged = False  # set when an integrity check failed: nothing more is written
        self._health_known = False  # a quick_check has run on this journal since it was opened
        self.hidden_saves = 0  # read-only: saves in a -wal that cannot be replayed (an upper bound)
        self._engine = make_engine(paths.database, key, readonly=readonly, create=create)
        self._write_lock = threading.Lock()
        self._closed = False

    # --- opening and creating ------------------------------------------------

    @classmethod
    def create(cls, data_dir: Path, passphrase: str | None, *, kdf: dict | None = None) -> tuple["Store", str]:
        """A new journal in ``data_dir``; returns the open store and the recovery key (show it once)."""
        paths = JournalPaths(data_dir)
        cls.check_new_folder(data_dir)
        make_private_folder(paths.root)
        keyfile, dek = crypto.new_key_file()
        keyfile.set_passphrase(dek, passphrase, kdf)
        recovery = keyfile.set_recovery(dek)
        keyfile.write(paths.key_file)
        _restrict(paths.key_file)
        try:
            store = cls(paths, dek, keyfile, create=True)
            store._migrate(new=True)
            store._write_meta({"db_uuid": keyfile.db_uuid, "created": iso_local()})
            store._engine.dispose()  # from now on a connection never creates the file again
            store._engine = make_engine(paths.database, dek)
        except BaseException:
            for leftover in (paths.database, paths.key_file, Path(str(paths.database) + "-wal"), Path(str(paths.database) + "-shm")):
                try:
                    leftover.unlink()
                except OSError:
                    pass
            raise
        _restrict(paths.database)
        return store, recovery

    @staticmethod
    def check_new_folder(data_dir: Path) -> None:
        """Refuse a folder a new journal must not go into; changes nothing.

        A journal gets a folder of its own: a new one (made owner-only), or an
        existing one that is empty (but for Tværs's lock file), belongs to this
        user and no one else can write to. Tværs never changes an existing
        folder's permissions, so a shared folder is refused rather than narrowed.
        """
        paths = JournalPaths(data_dir)
        if paths.database.exists() or paths.key_file.exists():
            raise KnownError(
                "A journal already exists in {path}. Open it, or choose another folder.", path=str(paths.root)
            )
        if not paths.root.exists():
            return
        if not paths.root.is_dir() or any(p.name != paths.lock_file.name for p in paths.root.iterdir()):
            raise KnownError(
                "The folder {path} is not empty. A journal needs a folder of its own: "
                "choose a new folder (Tværs creates it) or an empty one.",
                path=str(paths.root),
            )
        if os.name == "posix":
            info = paths.root.stat()
            if info.st_uid != os.geteuid() or info.st_mode & 0o022:
                raise KnownError(
                    "The folder {path} belongs to another user or others can write to it. "
                    "A journal needs a folder of its own: choose a new folder, and Tværs creates it for you only.",
                    path=str(paths.root),
                )

    @classmethod
    def open(cls, data_dir: Path, passphrase: str | None = None, *, recovery_key: str | None = None) -> "Store":
        """Open an existing journal; wrong passphrase → ``WrongPassphrase``, nothing changed.

        Never creates a journal: with the key file there, a missing, empty or
        foreign database is ``DamagedJournal`` naming the newest verified backup.
        """
        paths = JournalPaths(data_dir)
        if not paths.exists():
            raise NoJournal(
                "There is no journal in {path}. Create one with 'tvaers init' or by starting Tværs.",
                path=str(paths.root),
            )
        keyfile = crypto.KeyFile.read(paths.key_file)
        dek = keyfile.unlock_with_recovery(recovery_key) if recovery_key is not None else keyfile.unlock(passphrase)
        return cls._opened(paths, dek, keyfile)

    @classmethod
    def reopen(cls, data_dir: Path, key: bytes) -> "Store":
        """Open again with a data key already unlocked (after a restore, without asking again)."""
        paths = JournalPaths(data_dir)
        return cls._opened(paths, key, crypto.KeyFile.read(paths.key_file))

    @classmethod
    def _opened(cls, paths: JournalPaths, key: bytes, keyfile: crypto.KeyFile) -> "Store":
        store = cls(paths, key, keyfile, readonly=not _writable(paths.root))
        if store.readonly:
            store.hidden_saves = wal_commits(paths.database)
        try:
            store._migrate(new=False)
        except DamagedJournal:
            store._abandon()
            raise damaged_database(paths) from None
        except BaseException:
            store._abandon()
            raise
        return store

    def _abandon(self) -> None:
        """Drop the connections of a journal that failed to open, writing nothing."""
        self._closed = True
        self._engine.dispose()

    @staticmethod
    def exists(data_dir: Path) -> bool:
        return JournalPaths(data_dir).exists()

    @staticmethod
    def needs_passphrase(data_dir: Path) -> bool:
        return crypto.KeyFile.read(JournalPaths(data_dir).key_file).needs_passphrase

    def close(self) -> None:
        """Checkpoint the WAL into the database file and drop every connection."""
        with self._write_lock:  # a write in progress (on another thread) finishes first
            if self._closed:
                return
            self._closed = True
            if self.readonly or journal_lock.lost(self.paths.lock_file):
                self._engine.dispose()  # a lost lock: another writer may own the journal now; fold nothing into it
                return
            try:
                with self._engine.connect() as conn:
                    conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
                    conn.rollback()
            except sa_exc.SQLAlchemyError:
                pass
            self._engine.dispose()

    def checkpoint(self) -> None:
        """Fold the WAL into the database file (on idle), so the -wal file stays small."""
        if self._closed or self.readonly or journal_lock.lost(self.paths.lock_file):
            return
        with self._write_lock:
            with self._engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")
                conn.rollback()

    @property
    def closed(self) -> bool:
        return self._closed

    @property
    def data_key(self) -> bytes:
        """The raw data key (for verified backups and restores; never written anywhere in clear)."""
        return self._key

    # --- transactions ----------------------------------------------------------

    @contextmanager
    def _read(self) -> Iterator:
        if self._closed:
            raise KnownError("The journal is locked. Unlock it to continue.")
        try:
            with self._engine.connect() as conn:
                with conn.begin():
                    yield conn
        except sa_exc.OperationalError as exc:
            raise translate_operational_error(exc) or exc from None
        except sa_exc.DatabaseError as exc:
            known = translate_operational_error(exc)
            if known is None:
                raise
            raise known from None

    @contextmanager
    def _write(self) -> Iterator:
        """One ``BEGIN IMMEDIATE … COMMIT``; any failure rolls back everything."""
        if self._closed:
            raise KnownError("The journal is locked. Unlock it to continue.")
        self._refuse_writing_if_unhealthy()
        with self._write_lock:
            try:
                with self._engine.connect() as conn:
                    conn.execution_options(tvaers_write=True)
                    with conn.begin():
                        yield conn
            except sa_exc.DBAPIError as exc:
                known = translate_operational_error(exc)
                if known is None:
                    raise
                raise known from None

    def _refuse_writing_if_unhealthy(self) -> None:
        """Nothing is written into a damaged or read-only journal.

        The first write after opening runs ``quick_check`` (once per open store), so a
        command writes into no journal that ``check`` would call damaged; the window's
        own start-up check sets the same flag.
        """
        journal_lock.verify_held(self.paths.lock_file)
        if not self._health_known and not self.readonly:
            self.quick_check()
        if self.damaged:
            raise DamagedJournal(
                "The journal file is damaged. Tværs stops writing to protect what is left: restore the newest backup."
            )
        if self.readonly:
            raise KnownError(
                "The journal folder is read-only, so Tværs cannot save. Reading still works; "
                "give your user write access to the folder to save again."
            )

    # --- schema ----------------------------------------------------------------

    def schema_version(self) -> str:
        with self._read() as conn:
            return _revision(conn) or ""

    def _migrate(self, *, new: bool) -> None:
        with self._read() as conn:
            current = _revision(conn)
        if current == HEAD_REVISION:
            return
        if current is None and not new:
            raise DamagedJournal("The journal file is damaged.")  # tables but no schema: not a journal of ours
        if self.readonly:
            if current != HEAD_REVISION:
                raise KnownError(
                    "This journal needs an upgrade, but its folder is read-only. Give your user write access and open it again."
                )
            return
        if current is not None and current not in KNOWN_REVISIONS:
            raise KnownError(
                "This journal was written by a newer version of Tværs (schema {revision}). "
                "Update Tværs to open it; nothing was changed.",
                revision=current,
            )
        if current is not None and not new:
            self._pre_migration_copy(current)
        with self._write() as conn:
            _run_alembic(conn)

    def _pre_migration_copy(self, revision: str) -> Path:
        """A verified encrypted backup of the journal before its schema changes."""
        from journal.store import backup

        with self._engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.rollback()
        return backup.snapshot(self.paths, self._key, self.keyfile.to_bytes(), kind="before-upgrade").path

    def _write_meta(self, values: dict[str, str]) -> None:
        with self._write() as conn:
            for key, value in values.items():
                conn.execute(
                    text("INSERT INTO meta(key, value) VALUES (:k, :v) ON CONFLICT(key) DO UPDATE SET value = :v"),
                    {"k": key, "v": value},
                )

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
    ) -> int:
        """Insert one entry inside the caller's transaction; returns its id."""
        check_entry_size(body)
        created = created or iso_local()
        if case_id is not None:
            self._require_case(conn, case_id)
        result = conn.execute(
            text(
                "INSERT INTO entries(uid, title, body, created, created_utc, updated, updated_utc, prompt_id, case_id, source_key)"
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
        new_ids: list[int] = []
        with self._write() as conn:
            known_cases = {r.id for r in conn.execute(text("SELECT id FROM cases"))}
            for item in entries:
                check_entry_size(item.get("body", ""))  # rolls the whole batch back
                created = item.get("created") or iso_local()
                case_id = item.get("case_id")
                if case_id is not None and case_id not in known_cases:
                    raise NotFound("There is no case '{id}'.", id=case_id)
                result = conn.execute(
                    text(
                        "INSERT OR IGNORE INTO entries(uid, title, body, created, created_utc, updated, updated_utc,"
                        " prompt_id, case_id, source_key)"
                        " VALUES (:uid, :title, :body, :c, :cu, :c, :cu, :prompt, :case, :source)"
                    ),
                    {
                        "uid": item.get("uid") or uuid.uuid4().hex,
                        "title": item.get("title", ""),
                        "body": item.get("body", ""),
                        "c": created,
                        "cu": iso_utc(created),
                        "prompt": item.get("prompt_id"),
                        "case": case_id,
                        "source": item.get("source_key"),
                    },
                )
                if not result.rowcount:
                    continue
                entry_id = int(result.lastrowid)
                self._set_tags(conn, entry_id, item.get("tags", ()))
                self._reindex(conn, entry_id)
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

    def find_entry_by_uid(self, uid: str) -> int | None:
        with self._read() as conn:
            row = conn.execute(text("SELECT id FROM entries WHERE uid = :u"), {"u": uid}).first()
        return None if row is None else int(row.id)

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
        low, high = _bound(date_from, end=False), _bound(date_to, end=True)
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
            entries = {e.id: e for e in self._entries(conn, [r.id for r in rows])}
        return [SearchHit(entries[r.id], r.snip or "", float(r.rank)) for r in rows if r.id in entries]

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
                f" WHERE et.entry_id IN ({marks}) ORDER BY t.name"
            )
        ):
            tags.setdefault(r.entry_id, []).append(r.name)
        comments: dict[int, list[Comment]] = {}
        for r in conn.execute(
            text(
                "SELECT id, entry_id, author, created, body FROM comments"
                f" WHERE entry_id IN ({marks}) ORDER BY created, id"
            )
        ):
            comments.setdefault(r.entry_id, []).append(Comment(r.id, r.entry_id, r.author, r.created, r.body))
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

    def all_tags(self) -> list[tuple[str, int]]:
        with self._read() as conn:
            rows = conn.execute(
                text(
                    "SELECT t.name, count(et.entry_id) AS n FROM tags t JOIN entry_tags et ON et.tag_id = t.id"
                    " GROUP BY t.id ORDER BY t.name"
                )
            ).all()
        return [(r.name, int(r.n)) for r in rows]

    def prompt_usage(self) -> dict[str, str]:
        """For each prompt answered: the local date (ISO) of the latest answer."""
        with self._read() as conn:
            rows = conn.execute(
                text("SELECT prompt_id, max(created) AS last FROM entries WHERE prompt_id IS NOT NULL GROUP BY prompt_id")
            ).all()
        return {r.prompt_id: r.last[:10] for r in rows}

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

    def get_case(self, case_id: str) -> Case:
        for case in self.list_cases(include_archived=True):
            if case.id == case_id:
                return case
        raise NotFound("There is no case '{id}'.", id=case_id)

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
        return Changes("comments", (entry_id,) if result.rowcount else ())

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

    # --- own prompts ---------------------------------------------------------------

    def add_own_prompt(self, text_da: str, text_en: str = "", *, theme: str = "", kind: str = "daily") -> Changes:
        if not (text_da.strip() or text_en.strip()):
            raise BadInput("A question needs a text.")
        with self._write() as conn:
            prompt_id = "egen-" + uuid.uuid4().hex[:8]
            conn.execute(
                text("INSERT INTO own_prompts(id, theme, kind, text_da, text_en, created) VALUES (:i, :th, :k, :da, :en, :c)"),
                {"i": prompt_id, "th": theme, "k": kind, "da": text_da.strip(), "en": text_en.strip(), "c": iso_local()},
            )
        return Changes("prompts", (prompt_id,), created=True)

    def update_own_prompt(self, prompt_id: str, *, lang: str, text_value: str, theme: str, kind: str) -> Changes:
        """New wording (in ``lang``: "da" or "en"), theme and kind for one of the leader's own questions."""
        if lang not in ("da", "en"):
            raise BadInput("A question's language is da or en.")
        if not text_value.strip():
            raise BadInput("A question needs a text.")
        column = "text_da" if lang == "da" else "text_en"
        with self._write() as conn:
            result = conn.execute(
                text(f"UPDATE own_prompts SET {column} = :t, theme = :th, kind = :k WHERE id = :i"),
                {"t": text_value.strip(), "th": theme, "k": kind, "i": prompt_id},
            )
            if result.rowcount == 0:
                raise NotFound("No question of your own with id {id}.", id=prompt_id)
        return Changes("prompts", (prompt_id,))

    def delete_own_prompt(self, prompt_id: str) -> Changes:
        """Remove one of the leader's own questions. Reflections that answered it keep their text
        (the question is quoted at the top of each) and their link to its id."""
        with self._write() as conn:
            result = conn.execute(text("DELETE FROM own_prompts WHERE id = :i"), {"i": prompt_id})
            if result.rowcount == 0:
                raise NotFound("No question of your own with id {id}.", id=prompt_id)
        return Changes("prompts", (prompt_id,))

    def list_own_prompts(self) -> list[OwnPrompt]:
        with self._read() as conn:
            rows = conn.execute(text("SELECT * FROM own_prompts ORDER BY created")).all()
        return [OwnPrompt(r.id, r.theme, r.kind, r.text_da, r.text_en, r.created) for r in rows]

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

    # --- keys ----------------------------------------------------------------------

    def change_passphrase(self, new_passphrase: str | None) -> None:
        """Re-wrap the data key under a new passphrase; the key file is replaced only once verified."""
        candidate = crypto.KeyFile(db_uuid=self.keyfile.db_uuid, slots=list(self.keyfile.slots))
        candidate.set_passphrase(self._key, new_passphrase)
        if candidate.unlock(new_passphrase) != self._key:  # pragma: no cover - would be a crypto bug
            raise DamagedJournal("The new passphrase could not be verified; nothing was changed.")
        self._write_key_file(candidate)

    def _write_key_file(self, candidate: crypto.KeyFile) -> None:
        self._refuse_writing_if_unhealthy()
        try:
            candidate.write(self.paths.key_file)
        except OSError as exc:
            raise KnownError(
                "The key file {path} could not be written ({reason}); the old passphrase and recovery key still work.",
                path=str(self.paths.key_file),
                reason=exc.strerror or type(exc).__name__,
            ) from None
        self.keyfile = candidate

    def new_recovery_key(self) -> str:
        candidate = crypto.KeyFile(db_uuid=self.keyfile.db_uuid, slots=list(self.keyfile.slots))
        recovery = candidate.set_recovery(self._key)
        if candidate.unlock_with_recovery(recovery) != self._key:  # pragma: no cover
            raise DamagedJournal("The new recovery key could not be verified; nothing was changed.")
        self._write_key_file(candidate)
        return recovery

    # --- health --------------------------------------------------------------------

    def info(self) -> JournalInfo:
        return JournalInfo(
            data_dir=str(self.paths.root),
            database=str(self.paths.database),
            key_file=str(self.paths.key_file),
            backup_dir=str(self.paths.backup_dir),
            entries=self.count_entries(),
            schema_version=self.schema_version(),
            app_version=__version__,
            protected=self.keyfile.needs_passphrase,
            read_only=self.readonly,
            hidden_saves=self.hidden_saves,
        )

    def quick_check(self) -> list[str]:
        """Problems found by ``PRAGMA quick_check`` (empty when all is well); sets ``damaged``."""
        problems = self._check("PRAGMA quick_check")
        self.damaged = self.damaged or bool(problems)
        self._health_known = True
        return problems

    def integrity_check(self) -> list[str]:
        """``integrity_check`` and ``cipher_integrity_check``: every problem found, or nothing.

        A read-only journal whose ``-wal`` cannot be replayed is not reported whole:
        ``KnownError`` saying that recent saves are not visible.
        """
        if self.hidden_saves:
            raise KnownError(
                "The journal folder is read-only, and up to {n} recent saves are not visible until the folder "
                "is writable. Give your user write access to the folder, then check again.",
                n=self.hidden_saves,
            )
        problems = self._check("PRAGMA integrity_check")
        with self._read() as conn:
            problems += [str(r[0]) for r in conn.exec_driver_sql("PRAGMA cipher_integrity_check").all()]
        return problems

    def _check(self, pragma: str) -> list[str]:
        try:
            with self._read() as conn:
                rows = [str(r[0]) for r in conn.exec_driver_sql(pragma).all()]
        except DamagedJournal:
            return ["the file cannot be read"]
        return [] if rows == ["ok"] else rows


def newest_verified_backup(paths: JournalPaths):
    """The newest backup that passed verification when it was made (raw copies of damage excluded)."""
    from journal.store import backup

    return next((b for b in backup.list_backups(paths) if b.kind != "damaged"), None)


def damaged_database(paths: JournalPaths) -> DamagedJournal:
    """The journal file is missing, empty or foreign: say so and name the way back.

    ``backup`` in the error's params is the newest verified backup (or absent),
    so the window can offer to restore it.
    """
    newest = newest_verified_backup(paths)
    if newest is None:
        return DamagedJournal(
            "The journal file {path} is damaged (empty, missing, corrupt or not of this key file), "
            "and Tværs will not write to it. There is no backup in {folder}; "
            "copy the journal folder back from another backup of your computer.",
            path=str(paths.database),
            folder=str(paths.backup_dir),
        )
    return DamagedJournal(
        "The journal file {path} is damaged (empty, missing, corrupt or not of this key file), "
        "and Tværs will not write to it. Restore the newest verified backup with: tvaers restore \"{backup}\"",
        path=str(paths.database),
        backup=str(newest.path),
    )


def _commitment(r) -> Commitment:
    return Commitment(r.id, r.entry_id, r.text, r.due, r.status, r.created, r.follow_up_entry_id, r.case_id)


def _revision(conn) -> str | None:
    has_table = conn.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'")
    ).first()
    if not has_table:
        return None
    row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
    return None if row is None else str(row[0])


def _run_alembic(conn) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).with_name("migrations")))
    config.attributes["connection"] = conn
    command.upgrade(config, "head")


def _unique_slug(conn, name: str) -> str:
    table = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "ae", "Ø": "oe", "Å": "aa"})
    base = "".join(ch if ch.isalnum() else "-" for ch in name.translate(table).lower())
    base = "-".join(part for part in base.split("-") if part)[:48] or "sag"
    slug, n = base, 2
    while conn.execute(text("SELECT 1 FROM cases WHERE id = :id"), {"id": slug}).first():
        slug, n = f"{base}-{n}", n + 1
    return slug


def _writable(folder: Path) -> bool:
    """Can files be created in ``folder``? Asked by trying: permission bits lie to root."""
    import tempfile

    try:
        with tempfile.TemporaryFile(dir=folder, prefix=".tvaers-probe-"):
            return True
    except OSError:
        return False


def _restrict(path: Path, *, folder: bool = False) -> None:
    """Owner-only permissions where the platform has them (POSIX)."""
    try:
        path.chmod(0o700 if folder else 0o600)
    except OSError:
        pass
