"""The health stamp: what spares a command the integrity check of a journal Tværs itself left healthy.

Nothing is written into a journal before ``PRAGMA quick_check`` has passed on it (see
``Store._refuse_writing_if_unhealthy``).  The check reads and decrypts every page: 0.7 s
at 10,000 entries and 6 s at 100,000 on the benchmark machine, before every command
that writes (``add``, ``export``, which logs the share, ``import``).

So when a journal closes after a check passed (or after a stamp was trusted), and its
write-ahead log has been folded in, Tværs writes ``journal.checked`` beside it: a MAC,
keyed with the journal's data key, over the database file's size, modification time,
file id and first page.  The next time the journal opens, a stamp that still matches
the file stands in for the check: the file is byte for byte as Tværs left it, as far
as a change of any of those can tell.  Anything else (no stamp, another journal's
stamp, a file restored, copied, synced or edited, a ``-wal`` with commits in it) and
the check runs as before.  The window still checks at every start, and ``tvaers check``
always checks fully.

The stamp holds no journal content: a version and a hex MAC.  Without the data key it
cannot be made to match a changed file.  What it cannot see is a change that keeps the
size, the file id, the first page and the modification time (bits rotting on the disk
itself): SQLCipher's page MAC refuses such a page when it is read, and the window's
start-up check and the daily backup's full check find it.  Pure Python, no Qt.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from pathlib import Path

from journal.platform.paths import JournalPaths

STAMP_NAME = "journal.checked"
_FORMAT = "tvaers-health-stamp"
_VERSION = 1
_FIRST_PAGE = 4096


def stamp_path(paths: JournalPaths) -> Path:
    return paths.root / STAMP_NAME


def _fingerprint(paths: JournalPaths) -> bytes | None:
    """What a change to the database file changes; ``None`` when the WAL holds commits
    (a journal that did not close cleanly is never taken on trust)."""
    database = paths.database
    try:
        if os.stat(str(database) + "-wal").st_size:
            return None
    except FileNotFoundError:
        pass
    except OSError:
        return None
    try:
        info = os.stat(database)
        with open(database, "rb") as fh:
            first = fh.read(_FIRST_PAGE)
    except OSError:
        return None
    return "|".join(
        (str(info.st_size), str(info.st_mtime_ns), str(info.st_ino), str(info.st_dev), hashlib.sha256(first).hexdigest())
    ).encode("ascii")


def _mac(key: bytes, db_uuid: str, fingerprint: bytes) -> str:
    message = b"\0".join((_FORMAT.encode("ascii"), str(_VERSION).encode("ascii"), db_uuid.encode("utf-8"), fingerprint))
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def stamp_matches(paths: JournalPaths, key: bytes, db_uuid: str) -> bool:
    """True when the stamp beside the journal was made for the database file exactly as it is now."""
    try:
        stamp = json.loads(stamp_path(paths).read_bytes())
    except (OSError, ValueError):
        return False
    if not isinstance(stamp, dict) or stamp.get("format") != _FORMAT or stamp.get("version") != _VERSION:
        return False
    fingerprint = _fingerprint(paths)
    recorded = stamp.get("mac")
    if fingerprint is None or not isinstance(recorded, str):
        return False
    return hmac.compare_digest(recorded, _mac(key, db_uuid, fingerprint))


def write_stamp(paths: JournalPaths, key: bytes, db_uuid: str) -> None:
    """Stamp the database file as it is now (after a clean close). Never raises: without a
    stamp the next command simply checks.  Not fsynced: a stamp lost in a crash only means
    one more check; a torn one does not parse."""
    fingerprint = _fingerprint(paths)
    if fingerprint is None:
        forget(paths)
        return
    data = json.dumps({"format": _FORMAT, "version": _VERSION, "mac": _mac(key, db_uuid, fingerprint)}).encode("ascii")
    target = stamp_path(paths)
    try:
        if target.read_bytes() == data:
            return  # unchanged since the stamp was made: nothing to write
    except OSError:
        pass
    temp = target.with_name(target.name + ".tmp")
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(temp, target)
    except OSError:
        forget(paths)
        try:
            temp.unlink()
        except OSError:
            pass


def forget(paths: JournalPaths) -> None:
    """No stamp: the next command checks the journal before it writes."""
    try:
        stamp_path(paths).unlink()
    except OSError:
        pass
