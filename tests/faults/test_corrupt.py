"""A damaged page: ``check`` says so (exit 1, one line), and restoring a backup brings every entry of it back."""

from __future__ import annotations

import hashlib
import json
import os

import pytest

from journal.store import backup

PAGE = 4096


def _one_error_line(done) -> str:
    assert done.returncode == 1, (done.returncode, done.stdout, done.stderr)
    lines = done.stderr.decode("utf-8").strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("tvaers: ")
    assert "Traceback" not in done.stderr.decode("utf-8")
    return lines[0]


def _fill(store, n: int, first: int = 0) -> None:
    store.create_entries(
        {"title": f"Indlæg {i}", "body": f"Borgeren mærker det {i}. " * 80, "tags": ["tværs", f"n{i % 4}"]}
        for i in range(first, first + n)
    )


def _damage(database, where: str) -> None:
    pages = database.stat().st_size // PAGE
    page = {"first": 0, "middle": pages // 2, "last": pages - 1}[where]
    with open(database, "r+b") as fh:
        fh.seek(page * PAGE + 200)
        fh.write(os.urandom(1500))
        fh.flush()
        os.fsync(fh.fileno())


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("where", ["first", "middle", "last"])
def test_a_damaged_page_fails_check_and_restore_brings_the_backup_back(store, cli, where):
    _fill(store, 40)
    made = backup.make_backup(store, kind="session")
    expected = {e.id: (e.title, e.body) for e in store.full_entries()}
    _fill(store, 3, first=100)  # written after the backup: a restore goes back to the backup's state
    database = store.paths.database
    store.close()

    assert cli("check").returncode == 0
    _damage(database, where)
    before = _digest(database)
    line = _one_error_line(cli("check"))
    assert "damaged" in line or "cannot be decrypted" in line
    assert _digest(database) == before, "check must not write to a damaged journal"

    done = cli("restore", str(made.path))
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode().strip() == "ok"
    assert cli("check").returncode == 0
    restored = {int(e["id"]): (e["title"], e["body"]) for e in json.loads(cli("list", "--json").stdout)}
    assert restored == expected

    kinds = [b.kind for b in backup.list_backups(store.paths)]
    assert "damaged" in kinds, "the damaged state is kept (encrypted) beside the backups"
    assert not any(p.name.endswith(("-wal", "-shm")) for p in database.parent.iterdir())


def test_restore_of_a_damaged_backup_is_refused_and_changes_nothing(store, cli):
    _fill(store, 20)
    made = backup.make_backup(store)
    store.close()
    _damage(made.path, "middle")
    before = _digest(store.paths.database)
    line = _one_error_line(cli("restore", str(made.path)))
    assert "damaged" in line
    assert _digest(store.paths.database) == before
    assert cli("check").returncode == 0


def test_no_command_writes_into_a_journal_that_check_calls_damaged(store, cli):
    """Issue 19.8: the store checks the journal's health before its first write."""
    _fill(store, 40)
    database = store.paths.database
    store.close()
    _damage(database, "middle")
    assert "damaged" in _one_error_line(cli("check"))
    before = _digest(database)
    for command, stdin in (("add", "Skrevet i en beskadiget dagbog."), ("passwd", None)):
        line = _one_error_line(cli(command, stdin=stdin, env={"TVAERS_NEW_PASSPHRASE": "ny hest batteri"}))
        assert "damaged" in line, (command, line)
    assert _digest(database) == before, "nothing was written"


def test_the_stores_first_write_finds_the_damage_itself(store):
    from journal.errors import DamagedJournal
    from journal.store import Store
    from tests.conftest import PASSPHRASE

    _fill(store, 40)
    store.close()
    _damage(store.paths.database, "middle")
    reopened = Store.open(store.paths.root, PASSPHRASE)
    try:
        with pytest.raises(DamagedJournal):
            reopened.create_entry("Må ikke gemmes.")
        assert reopened.damaged
    finally:
        reopened.close()
