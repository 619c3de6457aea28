"""The storage facade: every read and write of the journal goes through ``Store``.

Each method opens a short connection, does its work in one transaction and
returns frozen records (``journal.store.records``) or a ``Changes`` value.  This
module knows nothing of Qt.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import exc as sa_exc
from sqlalchemy import text

from journal import __version__
from journal.platform import lock as journal_lock
from journal.errors import DamagedJournal, KnownError, NoJournal
from journal.platform.paths import JournalPaths, make_private_folder
from journal.store import crypto, health
from journal.store.engine import make_engine, translate_operational_error, wal_commits
from journal.store.moments import iso_local
from journal.store.parts.cases import CasesPart
from journal.store.parts.cohort import CohortPart
from journal.store.parts.commitments import CommitmentsPart
from journal.store.parts.entries import EntriesPart
from journal.store.parts.looking_back import LookingBackPart
from journal.store.parts.own_prompts import OwnPromptsPart
from journal.store.parts.sharing import SharingPart
from journal.store.parts.transfer import TransferPart
from journal.store.records import (
    JournalInfo,
)

SEARCH_CACHE_KIB = 32 * 1024  # the search connection's page cache (decrypted pages of the index)
HEAD_REVISION = "0002"
KNOWN_REVISIONS = ("0001", "0002")
COMMITMENT_STATUSES = ("open", "done", "postponed", "dropped")


class Store(EntriesPart, CasesPart, CommitmentsPart, OwnPromptsPart, SharingPart, TransferPart, LookingBackPart, CohortPart):
    """One open journal: opening, transactions, schema, keys and health here; the domains in ``parts/``. Thread-safe: writes are serialised, reads may run beside them."""

    def __init__(
        self, paths: JournalPaths, key: bytes, keyfile: crypto.KeyFile, *, readonly: bool = False, create: bool = False
    ) -> None:
        self.paths = paths
        self._key = key
        self.keyfile = keyfile
        self.readonly = readonly
        self.damaged = False  # set when an integrity check failed: nothing more is written
        self._health_known = False  # a quick_check has run on this journal since it was opened (or a stamp stood in)
        self.health_stamped = False  # the health stamp matched the database file when it was opened
        self.hidden_saves = 0  # read-only: saves in a -wal that cannot be replayed (an upper bound)
        self._engine = make_engine(paths.database, key, readonly=readonly, create=create)
        self._search_engine = None  # made at the first search (see ``_read``)
        self._write_lock = threading.Lock()
        self._search_lock = threading.Lock()
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
    def reopen(cls, data_dir: Path, key: bytes, keyfile: crypto.KeyFile | None = None) -> "Store":
        """Open with a data key already unlocked (at start-up, after a restore), without asking
        again; ``keyfile`` is the key file already read to unlock it (read here otherwise)."""
        paths = JournalPaths(data_dir)
        return cls._opened(paths, key, keyfile if keyfile is not None else crypto.KeyFile.read(paths.key_file))

    @classmethod
    def _opened(cls, paths: JournalPaths, key: bytes, keyfile: crypto.KeyFile) -> "Store":
        store = cls(paths, key, keyfile, readonly=not _writable(paths.root))
        if store.readonly:
            store.hidden_saves = wal_commits(paths.database)
        else:
            store.health_stamped = health.stamp_matches(paths, key, keyfile.db_uuid)
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
        self._drop_searcher()
        self._engine.dispose()

    def _drop_searcher(self) -> None:
        with self._search_lock:
            if self._search_engine is not None:
                self._search_engine.dispose()
                self._search_engine = None

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
            self._drop_searcher()
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
            if self.damaged:
                health.forget(self.paths)
            elif self._health_known:  # checked (or stamped) at open, and only Tværs has written since
                health.write_stamp(self.paths, self._key, self.keyfile.db_uuid)

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

    def _searcher(self):
        """The search's own connection, with a page cache large enough for the index pages a
        search reads (SQLCipher decrypts every page it reads; a search typed letter by letter
        reads the same ones again). One connection, so the cache is paid for once."""
        with self._search_lock:
            if self._closed:  # closed while this search was on its way
                raise KnownError("The journal is locked. Unlock it to continue.")
            if self._search_engine is None:
                self._search_engine = make_engine(
                    self.paths.database, self._key, readonly=self.readonly, connections=1, cache_kib=SEARCH_CACHE_KIB
                )
            return self._search_engine

    @contextmanager
    def _read(self, *, searching: bool = False) -> Iterator:
        if self._closed:
            raise KnownError("The journal is locked. Unlock it to continue.")
        try:
            with (self._searcher() if searching else self._engine).connect() as conn:
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
        own start-up check sets the same flag.  A health stamp that matched the file at
        open stands in for the check (``journal.store.health``).
        """
        journal_lock.verify_held(self.paths.lock_file)
        if not self._health_known and not self.readonly:
            if self.health_stamped:
                self._health_known = True
            else:
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
