"""Opening never creates a journal: only ``init`` does (issue 19.1).

A key file beside a database that is empty (a sync client or a failed copy
truncated it), missing, or not a SQLCipher file of this key means the journal
is damaged.  Opening refuses, writes nothing, and names the newest verified
backup with the exact ``tvaers restore`` command.
"""

from __future__ import annotations

import shutil

import pytest

from journal.errors import DamagedJournal
from journal.store import Store, backup
from tests.conftest import PASSPHRASE


@pytest.fixture
def journal_with_backup(store):
    """A closed journal of three entries and its verified backup."""
    for n in range(3):
        store.create_entry(f"Refleksion nummer {n}.")
    made = backup.make_backup(store)
    store.close()
    return store.paths, made


def _one_error_line(done) -> str:
    assert done.returncode == 1, (done.returncode, done.stdout, done.stderr)
    lines = done.stderr.decode("utf-8").strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("tvaers: "), lines
    return lines[0]


def _files(folder) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file() and not p.name.endswith(".log")}


def _empty(paths) -> None:
    paths.database.write_bytes(b"")


def _missing(paths) -> None:
    paths.database.unlink()


def _foreign(paths, other_dir) -> None:
    other, _recovery = Store.create(other_dir, PASSPHRASE)
    other.create_entry("En andens dagbog.")
    other.close()
    shutil.copyfile(other.paths.database, paths.database)


@pytest.mark.parametrize("damage", ["empty", "missing", "foreign"])
def test_a_damaged_database_is_refused_and_the_newest_backup_named(journal_with_backup, tmp_path, damage):
    paths, made = journal_with_backup
    {"empty": _empty, "missing": _missing, "foreign": lambda p: _foreign(p, tmp_path / "other")}[damage](paths)
    before = _files(paths.root)
    with pytest.raises(DamagedJournal) as info:
        Store.open(paths.root, PASSPHRASE)
    message = info.value.render()
    assert f'tvaers restore "{made.path}"' in message
    assert str(paths.database) in message
    assert _files(paths.root) == before, "opening a damaged journal writes nothing"


def test_check_and_info_refuse_an_empty_database_and_leave_it_alone(journal_with_backup, cli):
    paths, made = journal_with_backup
    _empty(paths)
    for command in ("check", "info", "list"):
        line = _one_error_line(cli(command))
        assert "damaged" in line and f'tvaers restore "{made.path}"' in line, line
    assert paths.database.stat().st_size == 0, "no fresh journal over the damaged one"
    assert not paths.database.with_name("journal.db-wal").exists()


def test_the_named_restore_command_brings_the_entries_back(journal_with_backup, cli):
    paths, made = journal_with_backup
    _empty(paths)
    assert cli("restore", str(made.path)).returncode == 0
    done = cli("info", "--json")
    assert done.returncode == 0, done.stderr
    assert '"entries": 3' in done.stdout.decode()


def test_without_a_backup_the_message_says_so(store):
    store.create_entry("Uden sikkerhedskopi.")
    store.close()
    _empty(store.paths)
    with pytest.raises(DamagedJournal) as info:
        Store.open(store.paths.root, PASSPHRASE)
    assert "no backup" in info.value.render()
    assert store.paths.database.stat().st_size == 0


def test_reopen_after_restore_also_refuses_an_empty_database(journal_with_backup):
    paths, _made = journal_with_backup
    from journal.store.crypto import KeyFile

    key = KeyFile.read(paths.key_file).unlock(PASSPHRASE)
    _empty(paths)
    with pytest.raises(DamagedJournal):
        Store.reopen(paths.root, key)
    assert paths.database.stat().st_size == 0
