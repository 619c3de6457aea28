"""The writer lock does not trust files a user can delete (issue 19.22).

When ``journal.lock`` (with the ``-wal``/``-shm`` beside the journal) is deleted
while a process has the journal open, a second writer must not take a new lock
and write beside it: the second process sees that the database is still open
elsewhere and waits as if the lock were taken.  The first process notices the
missing file before its next write and locks a new one.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="an open file cannot be deleted on Windows")

HOLDER = """
import sys
from journal.errors import KnownError
from journal.platform.lock import JournalLock
from journal.platform.paths import JournalPaths
from journal.store import Store

folder, passphrase = sys.argv[1], sys.argv[2]
lock = JournalLock(JournalPaths(folder).lock_file)
assert lock.try_acquire()
store = Store.open(folder, passphrase)
store.create_entry("A: skrevet mens låsen var på plads")
print("ready", flush=True)
sys.stdin.readline()
try:
    store.create_entry("A: skrevet efter at låsen blev slettet")
    print("saved", flush=True)
except KnownError as exc:
    print("refused " + exc.render(), flush=True)
store.close()
lock.release()
"""


def test_a_deleted_lock_file_stops_the_first_writer_and_keeps_the_seconds_entry(cli, journal_dir):
    assert cli("init", passphrase=PASSPHRASE).returncode == 0
    with subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(journal_dir), PASSPHRASE],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as holder:
        try:
            assert holder.stdout.readline().strip() == "ready", holder.stderr.read()
            for name in ("journal.lock", "journal.db-wal", "journal.db-shm"):
                (journal_dir / name).unlink(missing_ok=True)  # a cleaner, a sync client or a user did this

            second = cli("add", stdin="B: skrevet af den anden proces")
            assert second.returncode == 1, "the second writer must wait for the first, not write beside it"
            assert second.stderr.decode().startswith("tvaers: The journal is open in Tværs"), second.stderr

            holder.stdin.write("go on\n")
            holder.stdin.flush()
            answer = holder.stdout.readline().strip()
            assert holder.wait(timeout=60) == 0, holder.stderr.read()
        finally:
            if holder.poll() is None:
                holder.kill()
    assert answer == "saved", "the first writer took a new lock file and went on"
    assert (journal_dir / "journal.lock").exists()

    assert cli("check").stdout.strip() == b"ok"
    bodies = sorted(e["body"] for e in json.loads(cli("list", "--json").stdout))
    assert [b.split(":")[0] for b in bodies] == ["A", "A"], bodies
    assert cli("add", stdin="B: nu hvor A er lukket").returncode == 0, "once the first is closed, the second may write"


def test_the_lock_notices_its_file_was_replaced(tmp_path):
    import fcntl
    import os

    from journal.errors import JournalLocked
    from journal.platform.lock import JournalLock, verify_held

    path = Path(tmp_path) / "journal.lock"
    lock = JournalLock(path)
    assert lock.try_acquire()
    verify_held(path)  # untouched: fine
    path.unlink()
    other = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)  # what a second process does
    fcntl.flock(other, fcntl.LOCK_EX | fcntl.LOCK_NB)
    try:
        with pytest.raises(JournalLocked):
            verify_held(path)
    finally:
        os.close(other)
    verify_held(path)  # the new file is free now: the first lock takes it and goes on
    assert lock.still_ours()
    lock.release()
