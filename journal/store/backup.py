"""Verified, encrypted, rotating backups of the journal, and restoring one.

A backup is made like this (``make_backup``):

1. ``VACUUM INTO`` a temp file in the target folder.  Under SQLCipher the copy
   is encrypted with the journal's own data key; nothing is ever written in
   clear.  While it runs, a second connection holds the journal's write lock
   (``BEGIN IMMEDIATE``), so the entry count read there belongs to the very
   snapshot that is copied.
2. fsync the temp file (``VACUUM INTO`` does not).
3. Verify it: it opens with the data key, ``integrity_check`` is ``ok``,
   ``cipher_integrity_check`` finds nothing, and it holds as many entries as
   the journal.
4. Give the key file its name beside it as ``<name>.keys`` (so a backup folder
   can be restored on its own, with the passphrase or the recovery key of that
   day), then the database its final name, and fsync the folder.  Both names are
   taken with a hard link, which fails when the name exists: two backups in the
   same second (two ``tvaers backup`` runs, the window and a command) get
   ``…-manual.db`` and ``…-manual-2.db``, and no backup ever replaces a file.

So a ``tvaers-….db`` file in the backup folder has always passed verification;
a process killed half-way leaves at most a hidden ``.tmp`` file, which
``prune`` removes later.  Everything written is 0600, the backup folder 0700.

Rotation (``prune``): of the rotating backups, keep the 10 newest, the newest
of each of the 7 newest days that have one, and the newest of each of the 4
newest ISO weeks that have one; delete the rest.  The newest backup is always
kept, and pruning runs only after a new backup has been verified.  Safety
copies (before a restore, before a schema upgrade, of a damaged journal) are
never pruned.

Restoring (``restore``): the chosen backup is copied into the journal folder
and verified there; the current state is backed up (a verified copy, or a raw
encrypted copy if it is damaged); the stale ``-wal``/``-shm`` files are removed
and the copy is renamed over ``journal.db`` with ``os.replace``.

Pure Python, no Qt.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import sqlcipher3

from journal.errors import BadInput, DamagedJournal, KnownError, NotFound, StorageFull, WrongPassphrase
from journal.platform.files import fsync_dir
from journal.platform.paths import JournalPaths
from journal.store import crypto, health
from journal.store.engine import raw_connect, translate_operational_error

KEEP_LAST = 10
KEEP_DAILY = 7
KEEP_WEEKLY = 4

ROTATING_KINDS = frozenset({"session", "daily", "manual"})
KINDS = ROTATING_KINDS | {"before-restore", "before-upgrade", "damaged"}
PREFIX = "tvaers-"
KEYS_SUFFIX = ".keys"
TEMP_PREFIX = ".tvaers-backup-"
STALE_TEMP_SECONDS = 24 * 3600

_NAME = re.compile(
    r"^tvaers-(?P<day>\d{4}-\d{2}-\d{2})T(?P<hms>\d{6})-(?P<kind>[a-z]+(?:-[a-z]+)*?)(?:-(?P<n>\d+))?\.db$"
)
_UPGRADE_NAME = re.compile(r"^before-upgrade-(?P<rev>[^-]+)-(?P<stamp>\d{8}-\d{6})\.db$")


@dataclass(frozen=True)
class BackupInfo:
    """One backup file. ``entries`` is ``None`` when it could not be opened with the key given."""

    path: Path
    created: datetime  # local time, naive
    kind: str
    size: int
    entries: int | None = None

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def keys_path(self) -> Path:
        return keys_path_for(self.path)

    @property
    def readable(self) -> bool:
        return self.entries is not None

    @property
    def rotating(self) -> bool:
        return self.kind in ROTATING_KINDS

    def to_json(self) -> dict:
        return {
            "path": str(self.path),
            "name": self.name,
            "created": self.created.isoformat(timespec="seconds"),
            "kind": self.kind,
            "size": self.size,
            "entries": self.entries,
        }


@dataclass(frozen=True)
class RestoreResult:
    entries: int
    safety_copy: Path | None  # the state before the restore, kept in the backup folder


# --- names -------------------------------------------------------------------------


def keys_path_for(backup: Path) -> Path:
    """The key file that belongs to a backup: ``x.db`` → ``x.keys``."""
    backup = Path(backup)
    return backup.with_name(backup.stem + KEYS_SUFFIX) if backup.suffix else backup.with_name(backup.name + KEYS_SUFFIX)


def backup_name(moment: datetime, kind: str, n: int = 1) -> str:
    """``tvaers-2026-11-25T103015-session.db`` (local time); ``-2``, ``-3`` … when the second is taken."""
    if kind not in KINDS:
        raise ValueError(f"unknown backup kind {kind!r}")
    suffix = "" if n <= 1 else f"-{n}"
    return f"{PREFIX}{moment.strftime('%Y-%m-%dT%H%M%S')}-{kind}{suffix}.db"


def parse_backup_name(name: str) -> tuple[datetime, str] | None:
    """When and what kind a backup file is, from its name; ``None`` for other files."""
    match = _NAME.match(name)
    if match:
        try:
            moment = datetime.strptime(match["day"] + match["hms"], "%Y-%m-%d%H%M%S")
        except ValueError:
            return None
        kind = match["kind"]
        return (moment, kind) if kind in KINDS else None
    match = _UPGRADE_NAME.match(name)  # Store._pre_migration_copy
    if match:
        try:
            return datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S"), "before-upgrade"
        except ValueError:
            return None
    return None


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


MAX_SAME_SECOND = 1000  # backups of one kind in one second before giving up (never reached by people)


def _names_in(folder: Path, moment: datetime, kind: str) -> Iterator[Path]:
    """The names a new backup may take, in order: ``…-manual.db``, ``…-manual-2.db``, …"""
    for n in range(1, MAX_SAME_SECOND + 1):
        yield folder / backup_name(moment, kind, n)


# --- small helpers -----------------------------------------------------------------


def _restrict(path: Path, *, folder: bool = False) -> None:
    try:
        path.chmod(0o700 if folder else 0o600)
    except OSError:
        pass


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def _unlink(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass


def _private_temp(folder: Path) -> Path:
    """A new empty hidden temp file in ``folder``, 0600 from its first moment."""
    temp = folder / f"{TEMP_PREFIX}{secrets.token_hex(6)}.tmp"
    os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    return temp


def _write_private(path: Path, data: bytes) -> None:
    with open(path, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def _copy_private(source: Path, temp: Path) -> None:
    """Copy ``source`` into the (0600) ``temp`` and fsync it; the copy never has wider permissions."""
    with open(source, "rb") as src, open(temp, "wb") as dst:
        shutil.copyfileobj(src, dst, 1024 * 1024)
        dst.flush()
        os.fsync(dst.fileno())


def _link_exclusive(source: Path, name: Path) -> None:
    """Give ``source`` the new ``name`` unless that name exists (``FileExistsError``); ``source`` goes.

    A hard link never replaces a file, so two processes can never overwrite each
    other's backup.  Where the file system has no hard links (FAT, some network
    shares), Windows' rename also refuses an existing name; elsewhere a check
    before the rename is the best that is left.
    """
    try:
        os.link(source, name)
    except FileExistsError:
        raise
    except OSError:
        if os.name != "nt" and os.path.lexists(name):
            raise FileExistsError(name) from None
        os.rename(source, name)  # on Windows: FileExistsError if it exists
        return
    source.unlink()


def _publish(temp: Path, keys_bytes: bytes | None, names: Iterable[Path]) -> Path | None:
    """Give the verified ``temp`` the first free name of ``names`` (key file first); ``None`` if all are taken."""
    for final in names:
        keys_final = keys_path_for(final)
        if keys_bytes is not None:
            keys_temp = _private_temp(final.parent)
            try:
                _write_private(keys_temp, keys_bytes)
                _link_exclusive(keys_temp, keys_final)
            except FileExistsError:
                continue
            finally:
                _unlink(keys_temp)
        try:
            _link_exclusive(temp, final)
        except BaseException as exc:
            if keys_bytes is not None:
                _unlink(keys_final)  # never a key file without its backup
            if isinstance(exc, FileExistsError):
                continue
            raise
        return final
    return None


def os_error(exc: OSError, path: Path, *, restoring: bool = False) -> KnownError:
    """A file-system failure as a message the user can act on (the journal is unchanged in every case).

    Each message is a literal in its own call, so the translation tool finds it.
    """
    import errno

    reason = exc.strerror or str(exc)
    if exc.errno in (errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", -1)):
        if restoring:
            return StorageFull(
                "The disk is full or the file cannot grow, so the backup could not be restored into {path}. "
                "Free some space and try again; the journal was not changed.",
                path=str(path),
            )
        return StorageFull(
            "The disk is full or the file cannot grow, so the backup could not be written to {path}. "
            "Free some space and try again; the journal was not changed.",
            path=str(path),
        )
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        if restoring:
            return KnownError(
                "Tværs may not write to {path} (read-only), so the backup could not be restored. "
                "Give your user write access to the folder and try again; the journal was not changed.",
                path=str(path),
            )
        return KnownError(
            "Tværs may not write to {path} (read-only), so the backup could not be written. "
            "Choose another folder, or give your user write access; the journal was not changed.",
            path=str(path),
        )
    if restoring:
        return KnownError(
            "The backup could not be restored into {path} ({reason}); the journal was not changed.",
            path=str(path),
            reason=reason,
        )
    return KnownError(
        "The backup could not be written to {path} ({reason}); the journal was not changed.", path=str(path), reason=reason
    )


def _sql_error(exc: Exception, target: Path | None = None) -> KnownError:
    known = translate_operational_error(exc)
    if isinstance(known, StorageFull) and target is not None:
        return StorageFull(
            "The disk is full or the file cannot grow, so the backup could not be written to {path}. "
            "Free some space and try again; the journal was not changed.",
            path=str(target),
        )
    if known is not None:
        return known
    return DamagedJournal(
        "The journal could not be read for a backup ({reason}). Run 'tvaers check'.", reason=str(exc)[:120]
    )


def count_entries(conn) -> int:
    return int(conn.execute("SELECT count(*) FROM entries").fetchone()[0])


def verify(path: Path, key: bytes, expected_entries: int | None = None) -> int:
    """Open a copy with ``key`` and check it fully; returns its entry count or raises ``DamagedJournal``."""
    try:
        conn = raw_connect(Path(path), key, readonly=True)
    except DamagedJournal:
        raise DamagedJournal(
            "The backup {path} does not open with this journal's key; it belongs to another journal or is damaged.",
            path=str(path),
        ) from None
    except sqlcipher3.Error as exc:
        raise DamagedJournal("The backup {path} cannot be opened ({reason}).", path=str(path), reason=str(exc)) from None
    try:
        try:
            integrity = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
            cipher = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
            entries = count_entries(conn)
        except sqlcipher3.Error as exc:
            raise DamagedJournal("The backup {path} is damaged ({reason}).", path=str(path), reason=str(exc)) from None
    finally:
        conn.close()
    problems = ([] if integrity == ["ok"] else integrity) + cipher
    if problems:
        raise DamagedJournal("The backup {path} is damaged ({reason}).", path=str(path), reason=problems[0][:120])
    if expected_entries is not None and entries != expected_entries:
        raise DamagedJournal(
            "The backup {path} holds {found} entries where the journal has {expected}; it was not kept.",
            path=str(path),
            found=entries,
            expected=expected_entries,
        )
    return entries


# --- making a backup ---------------------------------------------------------------


def make_backup(store, target: Path | None = None, *, kind: str = "session", now: datetime | None = None) -> BackupInfo:
    """A verified encrypted copy of the open journal.

    ``target`` ``None`` → a new file in the backup folder; an existing folder →
    a new file there; otherwise that exact file, which must not exist yet.  A
    journal in a read-only folder can be backed up to a writable one.
    """
    if store.closed:
        raise KnownError("The journal is locked. Unlock it to continue.")
    return snapshot(
        store.paths, store.data_key, store.keyfile.to_bytes(), target, kind=kind, now=now, readonly=store.readonly
    )


def snapshot(
    paths: JournalPaths,
    key: bytes,
    keys_bytes: bytes,
    target: Path | None = None,
    *,
    kind: str = "session",
    now: datetime | None = None,
    readonly: bool = False,
) -> BackupInfo:
    """``make_backup`` without an open ``Store``: the journal's files, its data key and key-file bytes.

    ``readonly``: the journal's folder cannot be written (no ``-shm`` can be made
    beside it), so the journal is read as an immutable file; nobody can write it then.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown backup kind {kind!r}")
    moment = (now or _now()).replace(microsecond=0)
    folder, names = _target_names(paths, target, moment, kind)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise os_error(exc, folder) from None
    if folder == paths.backup_dir:
        _restrict(folder, folder=True)
    temp = None
    try:
        temp = _private_temp(folder)  # VACUUM INTO fills an empty file
        entries = _vacuum_into(paths.database, key, temp, readonly=readonly)
        _fsync_file(temp)
        verify(temp, key, entries)
        final = _publish(temp, keys_bytes, names)
        if final is None:
            raise BadInput("{path} already exists. Choose another name, or delete the old file first.", path=str(target or folder))
        fsync_dir(folder)
    except OSError as exc:
        if temp is not None:
            _unlink(temp)
        raise os_error(exc, folder) from None
    except BaseException:
        if temp is not None:
            _unlink(temp)
        raise
    return BackupInfo(path=final, created=moment, kind=kind, size=final.stat().st_size, entries=entries)


def _target_names(paths: JournalPaths, target: Path | None, moment: datetime, kind: str) -> tuple[Path, Iterable[Path]]:
    """The folder a backup goes to and the names it may take there (one, for an exact ``--out FILE``)."""
    if target is None:
        return paths.backup_dir, _names_in(paths.backup_dir, moment, kind)
    target = Path(target).expanduser().resolve()
    if target.is_dir():
        return target, _names_in(target, moment, kind)
    protected = {paths.database, paths.key_file, Path(str(paths.database) + "-wal"), Path(str(paths.database) + "-shm")}
    if target in protected or target.suffix == KEYS_SUFFIX:
        raise BadInput("{path} is one of the journal's own files; choose another name for the backup.", path=str(target))
    if target.exists() or keys_path_for(target).exists():
        raise BadInput("{path} already exists. Choose another name, or delete the old file first.", path=str(target))
    return target.parent, [target]


def _vacuum_into(database: Path, key: bytes, temp: Path, *, readonly: bool = False) -> int:
    """Copy the journal into ``temp`` (encrypted, same key); returns the entry count of that snapshot."""
    if not database.exists():
        raise NotFound("There is no journal file {path} to back up.", path=str(database))
    lock = source = None
    try:
        lock = raw_connect(database, key, readonly=readonly)
        if readonly:
            lock.execute("BEGIN")  # a read-only folder: nobody writes; the count is compared anyway
        else:
            lock.execute("BEGIN IMMEDIATE")  # no writer may commit between the count and the copy
        entries = count_entries(lock)
        source = raw_connect(database, key, readonly=readonly)
        source.execute("VACUUM INTO ?", (str(temp),))
        lock.execute("ROLLBACK")
        return entries
    except sqlcipher3.Error as exc:
        raise _sql_error(exc, temp.parent) from None
    finally:
        for conn in (source, lock):
            if conn is not None:
                conn.close()


# --- listing and rotation ----------------------------------------------------------------


def list_backups(paths: JournalPaths, key: bytes | None = None, folder: Path | None = None) -> list[BackupInfo]:
    """Every backup in the backup folder, newest first; with ``key``, each one's entry count."""
    folder = Path(folder) if folder is not None else paths.backup_dir
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        parsed = parse_backup_name(path.name)
        if parsed is None or not path.is_file():
            continue
        moment, kind = parsed
        try:
            size = path.stat().st_size
        except OSError:
            continue
        found.append(BackupInfo(path=path, created=moment, kind=kind, size=size, entries=_entries_of(path, key)))
    found.sort(key=lambda b: (b.created, b.name), reverse=True)
    return found


def _entries_of(path: Path, key: bytes | None) -> int | None:
    if key is None:
        return None
    try:
        conn = raw_connect(path, key, readonly=True)
    except (KnownError, sqlcipher3.Error):
        return None
    try:
        return count_entries(conn)
    except sqlcipher3.Error:
        return None
    finally:
        conn.close()


def plan_retention(
    backups: Iterable[BackupInfo],
    *,
    keep_last: int = KEEP_LAST,
    keep_daily: int = KEEP_DAILY,
    keep_weekly: int = KEEP_WEEKLY,
) -> tuple[list[BackupInfo], list[BackupInfo]]:
    """Split rotating backups into (keep, delete): the newest ``keep_last``, plus the newest of each
    of the ``keep_daily`` newest days and of the ``keep_weekly`` newest ISO weeks. Others are always kept."""
    rotating = sorted((b for b in backups if b.rotating), key=lambda b: (b.created, b.name), reverse=True)
    keep: set[Path] = {b.path for b in rotating[: max(keep_last, 1)]}  # the newest always stays
    days: set[date] = set()
    weeks: set[tuple[int, int]] = set()
    for backup in rotating:
        day = backup.created.date()
        if day not in days and len(days) < keep_daily:
            days.add(day)
            keep.add(backup.path)
        week = tuple(backup.created.isocalendar())[:2]
        if week not in weeks and len(weeks) < keep_weekly:
            weeks.add(week)
            keep.add(backup.path)
    kept = [b for b in rotating if b.path in keep]
    return kept, [b for b in rotating if b.path not in keep]


def prune(paths: JournalPaths, *, now: datetime | None = None) -> list[Path]:
    """Apply the rotation rule to the backup folder; returns the files deleted.

    Call it only after a new backup has been verified.  Also removes temp files
    left by an interrupted backup and key files whose backup is gone.
    """
    folder = paths.backup_dir
    if not folder.is_dir():
        return []
    _kept, doomed = plan_retention(list_backups(paths))
    deleted: list[Path] = []
    for backup in doomed:
        for path in (backup.path, backup.keys_path):
            try:
                path.unlink()
                deleted.append(path)
            except FileNotFoundError:
                pass
    moment = (now or datetime.now()).timestamp()
    for path in folder.iterdir():
        try:
            if path.name.startswith(TEMP_PREFIX) and path.name.endswith(".tmp"):
                if moment - path.stat().st_mtime > STALE_TEMP_SECONDS:
                    path.unlink()
                    deleted.append(path)
            elif path.suffix == KEYS_SUFFIX and parse_backup_name(path.stem + ".db") and not path.with_suffix(".db").exists():
                path.unlink()
                deleted.append(path)
        except OSError:
            pass
    if deleted:
        fsync_dir(folder)
    return deleted


def daily_backup_due(paths: JournalPaths, *, now: datetime | None = None) -> bool:
    """True when no rotating backup was made today (local time): the first unlock of the day makes one."""
    today = (now or datetime.now()).date()
    return not any(b.rotating and b.created.date() == today for b in list_backups(paths))


# --- restoring ------------------------------------------------------------------------


def restore(
    data_dir: Path,
    backup_file: Path,
    *,
    passphrase: str | None = None,
    key: bytes | None = None,
    now: datetime | None = None,
) -> RestoreResult:
    """Replace the journal in ``data_dir`` with a verified backup.

    The backup must open with the journal's data key (from ``key``, or the
    current key file unlocked with ``passphrase``) or with the key in its own
    ``.keys`` file unlocked with ``passphrase``.  Close every ``Store`` on the
    journal first.  Raises a ``KnownError`` and changes nothing when the
    backup does not verify.
    """
    paths = JournalPaths(data_dir)
    backup_file = Path(backup_file).expanduser().resolve()
    if not backup_file.is_file():
        raise NotFound("There is no backup file {path}.", path=str(backup_file))
    if backup_file == paths.database:
        raise BadInput("{path} is the journal itself; choose a backup file.", path=str(backup_file))

    current_keyfile = _read_keyfile(paths.key_file)
    backup_keys = keys_path_for(backup_file)
    backup_keyfile = _read_keyfile(backup_keys)
    if key is None and current_keyfile is None and backup_keyfile is None:
        raise NotFound(
            "The backup {path} has no key file beside it ({keys}), and the journal folder has none either.",
            path=str(backup_file),
            keys=backup_keys.name,
        )

    current_key = key
    if current_key is None and current_keyfile is not None:
        try:
            current_key = current_keyfile.unlock(passphrase)
        except WrongPassphrase:
            if backup_keyfile is None:
                raise
    dek, keyfile_to_install = _backup_key(backup_file, backup_keyfile, current_key, passphrase)
    if current_keyfile is not None and current_key == dek:
        keyfile_to_install = None  # same data key: keep the current key file (it has the newest passphrase)
    elif keyfile_to_install is None and current_keyfile is None:
        if backup_keyfile is None:  # the database would come back without any way to unlock it
            raise NotFound(
                "The backup {path} has no key file beside it ({keys}), and the journal folder has none either.",
                path=str(backup_file),
                keys=backup_keys.name,
            )
        keyfile_to_install = backup_keyfile

    try:
        paths.root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise os_error(exc, paths.root, restoring=True) from None
    temp = paths.root / f"{TEMP_PREFIX}{secrets.token_hex(6)}.tmp"
    temp_keys = temp.with_suffix(".keys.tmp")
    try:
        os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        _copy_private(backup_file, temp)
        entries = _verify_copy_of(backup_file, temp, dek)
        safety = _safety_copy(paths, current_key, current_keyfile, now)
        if keyfile_to_install is not None:
            # Written beside it first, so the database is never swapped in without a key file that opens it.
            os.close(os.open(temp_keys, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            _write_private(temp_keys, keyfile_to_install.to_bytes())
        for suffix in ("-wal", "-shm", "-journal"):
            _unlink(Path(str(paths.database) + suffix))
        health.forget(paths)  # the restored file is checked before anything is written into it
        os.replace(temp, paths.database)
        if keyfile_to_install is not None:
            os.replace(temp_keys, paths.key_file)
        fsync_dir(paths.root)
    except OSError as exc:
        _unlink(temp)
        _unlink(temp_keys)
        raise os_error(exc, paths.root, restoring=True) from None
    except BaseException:
        _unlink(temp)
        _unlink(temp_keys)
        raise
    return RestoreResult(entries=entries, safety_copy=safety)


def _verify_copy_of(backup_file: Path, copy: Path, key: bytes) -> int:
    """``verify`` the restore's working copy, but name the backup the user chose in any message
    (the copy is a hidden temp file that is gone by the time the message is read)."""
    try:
        return verify(copy, key)
    except DamagedJournal as exc:
        raise DamagedJournal(exc.message, **{**exc.params, "path": str(backup_file)}) from None


def _read_keyfile(path: Path):
    """A key file, or ``None`` when it is missing or damaged (a restore must still be possible then)."""
    if not path.exists():
        return None
    try:
        return crypto.KeyFile.read(path)
    except DamagedJournal:
        return None


def _backup_key(backup_file: Path, backup_keyfile, current_key: bytes | None, passphrase: str | None):
    """The data key that opens the backup, and the key file to install with it (or ``None``)."""
    tried = []
    if current_key is not None:
        tried.append((current_key, None))
    if backup_keyfile is not None:
        try:
            tried.append((backup_keyfile.unlock(passphrase), backup_keyfile))
        except WrongPassphrase:
            pass
    for candidate, keyfile in tried:
        if _opens(backup_file, candidate):
            return candidate, keyfile
    if not tried:
        raise WrongPassphrase("The passphrase is not right for this backup. Try the passphrase you used when it was made.")
    raise DamagedJournal(
        "The backup {path} does not open with this journal's passphrase or key: "
        "it belongs to another journal, or it is damaged.",
        path=str(backup_file),
    )


def _opens(path: Path, key: bytes) -> bool:
    try:
        raw_connect(path, key, readonly=True).close()
    except (KnownError, sqlcipher3.Error):
        return False
    return True


def _safety_copy(paths: JournalPaths, key: bytes | None, keyfile, now: datetime | None) -> Path | None:
    """Keep the state before a restore: a verified copy if it is healthy, else the raw encrypted files.

    The raw copy is called ``-damaged`` only when the journal was found damaged (its
    key file unreadable, or the database failing its check); one that was merely not
    opened here (the passphrase given was the backup's) is ``-before-restore`` like a
    verified copy."""
    if not paths.database.exists():
        return None
    moment = (now or _now()).replace(microsecond=0)
    if keyfile is None:
        return _raw_copy(paths, moment, "damaged")
    if key is None:
        return _raw_copy(paths, moment, "before-restore")
    try:
        _checkpoint(paths.database, key)
        return snapshot(paths, key, keyfile.to_bytes(), kind="before-restore", now=moment).path
    except DamagedJournal:
        return _raw_copy(paths, moment, "damaged")


def _checkpoint(database: Path, key: bytes) -> None:
    """Fold the WAL into the database file, so that nothing is left in ``-wal`` to lose."""
    try:
        conn = raw_connect(database, key)
    except sqlcipher3.Error as exc:
        raise _sql_error(exc) from None
    try:
        quick = [str(r[0]) for r in conn.execute("PRAGMA quick_check").fetchall()]
        if quick != ["ok"]:
            raise DamagedJournal("The journal is damaged ({reason}).", reason=quick[0][:120])
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    except sqlcipher3.Error as exc:
        raise _sql_error(exc) from None
    finally:
        conn.close()


def _raw_copy(paths: JournalPaths, moment: datetime, kind: str) -> Path:
    """A byte copy of a damaged (or foreign-keyed) journal with its WAL and key file; still encrypted, 0600."""
    folder = paths.backup_dir
    folder.mkdir(parents=True, exist_ok=True)
    _restrict(folder, folder=True)
    temp = _private_temp(folder)
    try:
        _copy_private(paths.database, temp)
        keys_bytes = paths.key_file.read_bytes() if paths.key_file.exists() else None
        target = _publish(temp, keys_bytes, _names_in(folder, moment, kind))
    finally:
        _unlink(temp)
    if target is None:
        raise KnownError("The backup folder {path} has too many backups from this second; try again.", path=str(folder))
    wal = Path(str(paths.database) + "-wal")
    if wal.exists():
        wal_copy = Path(str(target) + "-wal")  # named so SQLite pairs it with the copy
        os.close(os.open(wal_copy, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        _copy_private(wal, wal_copy)
    fsync_dir(folder)
    return target
