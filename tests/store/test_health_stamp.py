"""The health stamp: a journal Tværs closed healthy is not checked again before the next command writes;
any change to the file since (damage, a restore, another journal's stamp, unfolded commits) brings the check back."""

from __future__ import annotations

import os
import shutil

import pytest

from journal.errors import DamagedJournal
from journal.store import Store, backup, health
from tests.conftest import PASSPHRASE

PAGE = 4096


def _fill(store, n: int) -> None:
    store.create_entries({"title": f"Indlæg {i}", "body": f"Borgeren mærker det {i}. " * 60} for i in range(n))


def _damage_middle(database) -> None:
    pages = database.stat().st_size // PAGE
    with open(database, "r+b") as fh:
        fh.seek((pages // 2) * PAGE + 200)
        fh.write(os.urandom(1500))


def test_a_journal_closed_healthy_opens_stamped_and_its_next_write_is_kept(store):
    _fill(store, 30)
    store.close()
    assert health.stamp_path(store.paths).exists()
    assert "Borgeren" not in health.stamp_path(store.paths).read_text("ascii")

    reopened = Store.open(store.paths.root, PASSPHRASE)
    try:
        assert reopened.health_stamped
        entry = reopened.create_entry("Skrevet uden et nyt tjek.", title="Næste dag")
    finally:
        reopened.close()
    again = Store.open(store.paths.root, PASSPHRASE)
    try:
        assert again.health_stamped, "the stamp follows Tværs's own writes"
        assert again.get_entry(entry.ids[0]).title == "Næste dag"
        assert again.quick_check() == []
    finally:
        again.close()


def test_damage_after_the_stamp_is_found_before_the_first_write(store):
    _fill(store, 40)
    store.close()
    _damage_middle(store.paths.database)
    reopened = Store.open(store.paths.root, PASSPHRASE)
    try:
        assert not reopened.health_stamped
        with pytest.raises(DamagedJournal):
            reopened.create_entry("Må ikke gemmes.")
        assert reopened.damaged
    finally:
        reopened.close()
    assert not health.stamp_path(store.paths).exists(), "a damaged journal keeps no stamp"


def test_another_journals_stamp_or_a_garbled_one_is_not_trusted(store, tmp_path):
    _fill(store, 5)
    store.close()
    other, _ = Store.create(tmp_path / "anden", PASSPHRASE)
    other.create_entry("En anden dagbog.")
    other.close()
    shutil.copyfile(health.stamp_path(other.paths), health.stamp_path(store.paths))
    for garbled in (None, b"", b"{", b'{"format": "tvaers-health-stamp", "version": 1, "mac": 7}', b"[]"):
        if garbled is not None:
            health.stamp_path(store.paths).write_bytes(garbled)
        reopened = Store.open(store.paths.root, PASSPHRASE)
        try:
            assert not reopened.health_stamped, garbled
        finally:
            reopened.close()


def test_a_journal_left_with_commits_in_its_wal_is_checked(store):
    _fill(store, 5)
    store.close()
    wal = store.paths.database.with_name(store.paths.database.name + "-wal")
    wal.write_bytes(os.urandom(2048))  # what a crash leaves: commits not yet folded in
    reopened = Store.open(store.paths.root, PASSPHRASE)
    try:
        assert not reopened.health_stamped
        reopened.create_entry("Efter et nedbrud.")  # checked, healthy: written
    finally:
        reopened.close()


def test_a_restored_journal_is_checked_before_its_first_write(store, tmp_path):
    _fill(store, 10)
    made = backup.make_backup(store, kind="session")
    store.close()
    assert health.stamp_path(store.paths).exists()
    backup.restore(store.paths.root, made.path, passphrase=PASSPHRASE)
    assert not health.stamp_path(store.paths).exists()
    reopened = Store.open(store.paths.root, PASSPHRASE)
    try:
        assert not reopened.health_stamped
        assert reopened.count_entries() == 10
    finally:
        reopened.close()


def test_a_stamp_made_by_another_key_does_not_match(store):
    _fill(store, 3)
    store.close()
    assert health.stamp_matches(store.paths, store.data_key, store.keyfile.db_uuid)
    assert not health.stamp_matches(store.paths, bytes(32), store.keyfile.db_uuid)
    assert not health.stamp_matches(store.paths, store.data_key, "en-anden-dagbog")
