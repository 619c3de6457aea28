"""The encrypted SQLite engine: SQLCipher through ``sqlcipher3`` under SQLAlchemy Core.

Every connection is keyed with the raw data key (hex only, so nothing can be
injected) before anything else, then configured for durability: WAL,
``synchronous=FULL``, foreign keys, ``secure_delete``, temp data in memory,
``trusted_schema=OFF`` and a busy timeout.  Transactions are explicit: the
driver's implicit transactions are switched off and the ``begin`` event emits
``BEGIN`` (reads) or ``BEGIN IMMEDIATE`` (writes, selected with the
``tvaers_write`` execution option).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from urllib.parse import quote

import sqlcipher3
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.pool import QueuePool

from journal.errors import DamagedJournal, KnownError

BUSY_TIMEOUT_MS = 5000

_PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA secure_delete = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA trusted_schema = OFF",
    "PRAGMA mmap_size = 0",
    f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
)


def raw_connect(
    path: Path, key: bytes, *, readonly: bool = False, create: bool = False, cache_kib: int | None = None
) -> sqlcipher3.Connection:
    """One DB-API connection, keyed and checked. Raises ``DamagedJournal`` if the key does not fit.
    ``cache_kib``: a page cache of that size instead of the default one.

    Only ``create=True`` (``tvaers init``, the first start) may make a new database:
    SQLite would otherwise create a missing file, or take an empty one for a new
    journal, and a truncated journal would be silently replaced by an empty one.
    """
    if len(key) != 32:
        raise ValueError("data key must be 32 bytes")
    if not create:
        _require_existing(Path(path))
    conn = sqlcipher3.connect(
        _uri(Path(path), readonly=readonly, create=create),
        uri=True,
        isolation_level=None,
        check_same_thread=False,
        timeout=BUSY_TIMEOUT_MS / 1000,
    )
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        try:
            tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        except sqlcipher3.DatabaseError as exc:
            if "not a database" in str(exc):
                raise _undecryptable(path) from None
            raise
        if not tables and not create:
            raise _undecryptable(path)  # decrypts, but holds nothing: never a journal of ours
        for pragma in _PRAGMAS:
            if readonly and "journal_mode" in pragma:
                continue
            conn.execute(pragma)
        if cache_kib:
            conn.execute(f"PRAGMA cache_size = -{int(cache_kib)}")
    except BaseException:
        conn.close()
        raise
    return conn


def _uri(path: Path, *, readonly: bool, create: bool) -> str:
    """The SQLite URI: ``mode=rw`` never creates a file, ``mode=rwc`` only for a new journal."""
    location = quote(path.as_posix())
    if readonly:
        # immutable: SQLite may not create -shm/-wal beside it. The window and every
        # command checkpoint the WAL into the file when they close, so nothing is missed.
        return f"file:{location}?mode=ro&immutable=1"
    return f"file:{location}?mode={'rwc' if create else 'rw'}"


def _require_existing(path: Path) -> None:
    """A journal database is a regular, non-empty file; anything else is damage, not a new journal."""
    try:
        info = os.stat(path)
    except OSError:
        raise _undecryptable(path) from None
    if not stat.S_ISREG(info.st_mode) or info.st_size == 0:
        raise _undecryptable(path)


def _undecryptable(path: Path) -> DamagedJournal:
    return DamagedJournal(
        "The journal {path} cannot be decrypted with this key file. "
        "The key file may belong to another journal, or the database is damaged: "
        "restore both from the same backup.",
        path=str(path),
    )


def make_engine(
    path: Path, key: bytes, *, readonly: bool = False, create: bool = False, connections: int = 6,
    cache_kib: int | None = None,
) -> Engine:
    """A SQLAlchemy engine whose connections are ``raw_connect`` ones (at most ``connections``)."""

    def creator():
        return raw_connect(path, key, readonly=readonly, create=create, cache_kib=cache_kib)

    engine = create_engine(
        "sqlite://",
        module=sqlcipher3.dbapi2,
        creator=creator,
        poolclass=QueuePool,
        pool_size=min(2, connections),
        max_overflow=max(0, connections - 2),
    )

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:  # explicit transactions, never the driver's implicit ones
        if conn.get_execution_options().get("tvaers_write"):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")

    return engine


def translate_operational_error(exc: Exception) -> KnownError | None:
    """Map a SQLite failure to a message the user can act on, or ``None`` for a bug."""
    from journal.errors import JournalLocked, StorageFull

    text = str(getattr(exc, "orig", exc)).lower()
    if "database or disk is full" in text or "disk i/o error" in text and "full" in text:
        return StorageFull(
            "The disk is full, so Tværs could not save. Your text is kept in the window: free some space and it is saved again."
        )
    if "database is locked" in text or "database is busy" in text:
        return JournalLocked(
            "The journal is busy in another Tværs window or command. Close it, or wait a moment and try again."
        )
    if "readonly" in text or "read-only" in text:
        return KnownError(
            "The journal folder is read-only, so Tværs cannot save. Reading still works; "
            "give your user write access to the folder to save again."
        )
    if "disk i/o error" in text:
        return StorageFull(
            "Tværs could not write to the disk (input/output error). Your text is kept in the window; "
            "check the disk and free some space, then it is saved again."
        )
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return DamagedJournal(
            "The journal file is damaged. Tværs stops writing to protect what is left: restore the newest backup."
        )
    return None


WAL_MAGIC = (0x377F0682, 0x377F0683)
WAL_HEADER = 32
WAL_FRAME_HEADER = 24


def wal_commits(database: Path) -> int:
    """How many committed transactions the ``-wal`` beside ``database`` holds (an upper bound).

    A read-only connection (``immutable=1``) cannot replay the WAL, so these saves
    are not visible. Counted from the frame headers, which SQLCipher leaves in
    clear: frames of the current WAL generation (its salts) whose *commit size*
    is set.  Frames an earlier checkpoint already copied are counted too, hence
    "up to".  0 when there is no WAL or it is not one.
    """
    import struct

    wal = Path(str(database) + "-wal")
    try:
        with open(wal, "rb") as fh:
            header = fh.read(WAL_HEADER)
            if len(header) < WAL_HEADER:
                return 0
            magic, _version, page_size, _seq, salt1, salt2 = struct.unpack(">6I", header[:24])
            if magic not in WAL_MAGIC or page_size < 512 or page_size > 65536 or page_size & (page_size - 1):
                return 0
            commits = 0
            while True:
                frame = fh.read(WAL_FRAME_HEADER)
                if len(frame) < WAL_FRAME_HEADER:
                    return commits
                _page, commit_size, frame_salt1, frame_salt2 = struct.unpack(">4I", frame[:16])
                if (frame_salt1, frame_salt2) != (salt1, salt2):
                    return commits  # an older generation: SQLite stops reading here too
                commits += commit_size != 0
                fh.seek(page_size, os.SEEK_CUR)
    except OSError:
        return 0
