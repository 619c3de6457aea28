"""Verified encrypted backups: making, listing, rotating, restoring; and the CLI round trip."""

from __future__ import annotations

import json
import os
import stat
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journal.errors import BadInput, DamagedJournal, StorageFull, WrongPassphrase
from journal.store import Store, backup
from tests.conftest import PASSPHRASE

SECRET_WORD = "Hemmeligholdelsesprincippet"


def _fill(store, n: int, first: int = 0) -> None:
    store.create_entries(
        {"title": f"Indlæg {i}", "body": f"{SECRET_WORD} {i}: borgeren mærker det.", "tags": ["tværs"]}
        for i in range(first, first + n)
    )


def _contents(store) -> dict[int, tuple[str, str]]:
    return {e.id: (e.title, e.body) for e in store.full_entries()}


def _fake(folder: Path, moment: datetime, kind: str = "session") -> Path:
    """A backup file with a fabricated timestamp (the rotation rule reads the time from the name)."""
    path = folder / backup.backup_name(moment, kind)
    path.write_bytes(b"x")
    backup.keys_path_for(path).write_bytes(b"{}")
    return path


# --- making ----------------------------------------------------------------------------


def test_a_backup_is_encrypted_verified_and_self_contained(store):
    _fill(store, 12)
    made = backup.make_backup(store, now=datetime(2026, 11, 25, 10, 30, 15))
    assert made.path.parent == store.paths.backup_dir
    assert made.name == "tvaers-2026-11-25T103015-session.db"
    assert made.entries == 12 and made.size == made.path.stat().st_size
    raw = made.path.read_bytes()
    assert not raw.startswith(b"SQLite format 3") and SECRET_WORD.encode() not in raw
    assert made.keys_path.read_bytes() == store.paths.key_file.read_bytes()
    assert backup.verify(made.path, store.data_key, 12) == 12
    if os.name == "posix":
        assert stat.S_IMODE(made.path.stat().st_mode) == 0o600
        assert stat.S_IMODE(store.paths.backup_dir.stat().st_mode) == 0o700
    # the key file beside it opens it with the passphrase alone: the backup stands on its own
    from journal.store.crypto import KeyFile

    assert KeyFile.read(made.keys_path).unlock(PASSPHRASE) == store.data_key
    leftovers = [p.name for p in store.paths.backup_dir.iterdir() if p.name not in (made.name, made.keys_path.name)]
    assert leftovers == []


def test_two_backups_in_the_same_second_get_different_names(store):
    moment = datetime(2026, 1, 2, 3, 4, 5)
    first = backup.make_backup(store, now=moment)
    second = backup.make_backup(store, now=moment)
    assert first.path != second.path and second.name.endswith("-session-2.db")
    assert backup.parse_backup_name(second.name) == (moment, "session")


def test_backup_to_a_chosen_file_or_folder(store, tmp_path):
    _fill(store, 3)
    out = tmp_path / "usb" / "min-journal.db"
    made = backup.make_backup(store, out)
    assert made.path == out.resolve() and (tmp_path / "usb" / "min-journal.keys").exists()
    with pytest.raises(BadInput, match="already exists"):
        backup.make_backup(store, out)
    into_folder = backup.make_backup(store, tmp_path / "usb")
    assert into_folder.path.parent == (tmp_path / "usb").resolve() and into_folder.entries == 3
    for own in (store.paths.database, store.paths.key_file):
        with pytest.raises(BadInput, match="journal's own files"):
            backup.make_backup(store, own)


def test_a_copy_that_fails_verification_is_never_kept(store, monkeypatch):
    _fill(store, 5)
    good = backup.make_backup(store, now=datetime(2026, 1, 1, 9, 0, 0))
    real_fsync = backup._fsync_file

    def damage_then_fsync(path: Path) -> None:  # the copy is damaged between VACUUM INTO and verification
        with open(path, "r+b") as fh:
            fh.seek(2 * 4096 + 100)
            fh.write(os.urandom(800))
        real_fsync(path)

    monkeypatch.setattr(backup, "_fsync_file", damage_then_fsync)
    with pytest.raises(DamagedJournal):
        backup.make_backup(store, now=datetime(2026, 1, 2, 9, 0, 0))
    assert sorted(p.name for p in store.paths.backup_dir.iterdir()) == [good.name, good.keys_path.name]
    assert backup.verify(good.path, store.data_key) == 5


def test_the_entry_count_is_part_of_the_verification(store, monkeypatch):
    _fill(store, 4)

    def one_too_many(*args, _real=backup._vacuum_into, **kwargs):  # as if an entry had slipped past the copy
        return _real(*args, **kwargs) + 1

    monkeypatch.setattr(backup, "_vacuum_into", one_too_many)
    with pytest.raises(DamagedJournal) as failed:
        backup.make_backup(store)
    assert "holds 4 entries where the journal has 5" in failed.value.render()
    assert list(store.paths.backup_dir.iterdir()) == []


def test_a_locked_store_is_not_backed_up(store):
    store.close()
    with pytest.raises(Exception, match="locked"):
        backup.make_backup(store)


# --- listing and rotation ------------------------------------------------------------------


def test_list_backups_newest_first_with_entry_counts(store, tmp_path):
    _fill(store, 2)
    older = backup.make_backup(store, now=datetime(2026, 3, 1, 8, 0, 0))
    _fill(store, 3, first=10)
    newer = backup.make_backup(store, now=datetime(2026, 3, 2, 8, 0, 0), kind="daily")
    (store.paths.backup_dir / "notes.txt").write_text("not a backup")
    listed = backup.list_backups(store.paths, store.data_key)
    assert [(b.path, b.entries, b.kind) for b in listed] == [(newer.path, 5, "daily"), (older.path, 2, "session")]
    assert [b.entries for b in backup.list_backups(store.paths, os.urandom(32))] == [None, None]
    assert [b.entries for b in backup.list_backups(store.paths)] == [None, None]
    assert json.loads(json.dumps([b.to_json() for b in listed]))[0]["created"] == "2026-03-02T08:00:00"


def test_retention_keeps_10_last_7_daily_4_weekly(tmp_path):
    start = datetime(2026, 1, 1, 9, 0, 0)  # a Thursday
    infos = []
    for day in range(60):  # three backups a day for 60 days
        for hour in (9, 13, 17):
            moment = start + timedelta(days=day, hours=hour - 9)
            infos.append(backup.BackupInfo(tmp_path / backup.backup_name(moment, "session"), moment, "session", 1))
    keep, delete = backup.plan_retention(infos)
    kept = sorted(b.created for b in keep)
    newest = max(b.created for b in infos)
    last10 = sorted(b.created for b in infos)[-10:]
    assert set(last10) <= set(kept)
    last_day = newest.date()
    daily = {last_day - timedelta(days=n) for n in range(7)}
    for day in daily:  # the newest backup of each of the 7 newest days
        assert max(b.created for b in infos if b.created.date() == day) in kept
    weeks = sorted({b.created.isocalendar()[:2] for b in infos})[-4:]
    for week in weeks:
        assert max(b.created for b in infos if b.created.isocalendar()[:2] == week) in kept
    newest_of_day = {max(b.created for b in infos if b.created.date() == d) for d in daily}
    newest_of_week = {max(b.created for b in infos if b.created.isocalendar()[:2] == w) for w in weeks}
    assert set(kept) == set(last10) | newest_of_day | newest_of_week, "and nothing else"
    assert len(kept) == 10 + 3 + 3  # 10 newest span 4 days; 3 more days; 3 older weeks (the newest week is covered)
    assert len(keep) + len(delete) == len(infos)


def test_retention_never_touches_safety_copies(tmp_path):
    old = datetime(2020, 1, 1)
    safety = [backup.BackupInfo(tmp_path / f"s{kind}.db", old, kind, 1) for kind in ("before-restore", "before-upgrade", "damaged")]
    rotating = [backup.BackupInfo(tmp_path / f"r{n}.db", old + timedelta(minutes=n), "session", 1) for n in range(30)]
    keep, delete = backup.plan_retention(safety + rotating)
    assert not set(safety) & set(delete) and not set(safety) & set(keep)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2027, 1, 1)), min_size=1, max_size=80))
def test_retention_properties(moments):
    infos = [backup.BackupInfo(Path(f"/b/{n}.db"), m.replace(microsecond=0), "session", 1) for n, m in enumerate(moments)]
    keep, delete = backup.plan_retention(infos)
    newest = max(infos, key=lambda b: (b.created, b.name))
    assert newest in keep, "the newest verified backup is never deleted"
    assert len(keep) <= 10 + 7 + 4
    if len(infos) <= 10:
        assert delete == []
    for day in sorted({b.created.date() for b in infos})[-7:]:
        assert any(b.created.date() == day for b in keep)


def test_prune_deletes_by_the_rule_with_key_files_and_stale_temp_files(store):
    folder = store.paths.backup_dir
    folder.mkdir(parents=True)
    start = datetime(2026, 5, 1, 12, 0, 0)
    made = [_fake(folder, start + timedelta(days=d)) for d in range(40)]
    before_restore = _fake(folder, start - timedelta(days=400), "before-restore")
    stale_temp = folder / f"{backup.TEMP_PREFIX}dead.tmp"
    stale_temp.write_bytes(b"half a backup")
    old = (datetime.now() - timedelta(days=3)).timestamp()
    os.utime(stale_temp, (old, old))
    fresh_temp = folder / f"{backup.TEMP_PREFIX}busy.tmp"  # maybe another process is writing it right now
    fresh_temp.write_bytes(b"")
    orphan_keys = folder / "tvaers-2020-01-01T000000-session.keys"
    orphan_keys.write_bytes(b"{}")

    deleted = set(backup.prune(store.paths))
    remaining = {p for p in made if p.exists()}
    # 10 newest days (covers the 7 daily), plus the newest of each of the 4 newest weeks
    expected = set(made[-10:]) | {max(p for p in made if _week(p) == w) for w in sorted({_week(p) for p in made})[-4:]}
    assert remaining == expected
    assert all(backup.keys_path_for(p).exists() for p in remaining)
    assert all(not backup.keys_path_for(p).exists() for p in set(made) - remaining)
    assert before_restore.exists() and fresh_temp.exists()
    assert stale_temp in deleted and orphan_keys in deleted and not stale_temp.exists()


def _week(path: Path) -> tuple[int, int]:
    return tuple(backup.parse_backup_name(path.name)[0].isocalendar()[:2])


def test_daily_backup_due(store):
    now = datetime(2026, 6, 10, 8, 0, 0)
    assert backup.daily_backup_due(store.paths, now=now)
    folder = store.paths.backup_dir
    folder.mkdir(parents=True)
    _fake(folder, now - timedelta(days=1), "daily")
    _fake(folder, now.replace(hour=7), "before-restore")  # a safety copy is not the daily backup
    assert backup.daily_backup_due(store.paths, now=now)
    backup.make_backup(store, kind="daily", now=now.replace(hour=7, minute=59))
    assert not backup.daily_backup_due(store.paths, now=now)


# --- restoring --------------------------------------------------------------------------


def test_restore_brings_back_the_backup_and_keeps_the_state_before(store, journal_dir):
    _fill(store, 10)
    made = backup.make_backup(store)
    expected = _contents(store)
    _fill(store, 4, first=50)
    store.delete_entry(next(iter(expected)))
    store.close()

    result = backup.restore(journal_dir, made.path, passphrase=PASSPHRASE)
    assert result.entries == 10
    reopened = Store.open(journal_dir, PASSPHRASE)
    try:
        assert _contents(reopened) == expected
        assert reopened.integrity_check() == []
    finally:
        reopened.close()
    safety = backup.list_backups(store.paths, store.data_key)
    before = [b for b in safety if b.kind == "before-restore"]
    assert [b.path for b in before] == [result.safety_copy] and before[0].entries == 13
    assert not Path(str(store.paths.database) + "-wal").exists()


def test_restore_after_a_passphrase_change_keeps_the_new_passphrase(store, journal_dir):
    _fill(store, 3)
    made = backup.make_backup(store)  # its .keys still has the old passphrase
    store.change_passphrase("en helt ny sætning")
    store.close()
    backup.restore(journal_dir, made.path, passphrase="en helt ny sætning")
    Store.open(journal_dir, "en helt ny sætning").close()
    with pytest.raises(WrongPassphrase):
        Store.open(journal_dir, PASSPHRASE)


def test_restore_into_an_empty_folder_uses_the_backups_key_file(store, tmp_path):
    _fill(store, 6)
    made = backup.make_backup(store, tmp_path / "usb")
    store.close()
    fresh = tmp_path / "new-laptop"
    assert backup.restore(fresh, made.path, passphrase=PASSPHRASE).entries == 6
    reopened = Store.open(fresh, PASSPHRASE)
    try:
        assert reopened.count_entries() == 6
    finally:
        reopened.close()


def test_restore_refuses_a_wrong_passphrase_and_a_foreign_backup(store, journal_dir, tmp_path):
    _fill(store, 2)
    made = backup.make_backup(store)
    store.close()
    other, _ = Store.create(tmp_path / "other", "en anden sætning")
    foreign = backup.make_backup(other)
    other.close()
    before = store.paths.database.read_bytes()
    with pytest.raises(WrongPassphrase):
        backup.restore(journal_dir, made.path, passphrase="forkert")
    with pytest.raises(DamagedJournal, match="does not open"):
        backup.restore(journal_dir, foreign.path, passphrase=PASSPHRASE)
    assert store.paths.database.read_bytes() == before
    assert [p for p in journal_dir.iterdir() if p.name.endswith(".tmp")] == []


def test_restore_when_the_key_file_is_damaged_brings_back_the_backups_key_file(store, journal_dir):
    _fill(store, 4)
    made = backup.make_backup(store)
    store.close()
    store.paths.key_file.write_text("{ not json")
    assert backup.restore(journal_dir, made.path, passphrase=PASSPHRASE).entries == 4
    assert store.paths.key_file.read_bytes() == made.keys_path.read_bytes()
    Store.open(journal_dir, PASSPHRASE).close()
    damaged = [b for b in backup.list_backups(store.paths) if b.kind == "damaged"]
    assert len(damaged) == 1 and damaged[0].keys_path.read_text() == "{ not json", "the broken state is kept as it was"


def test_restore_with_the_data_key_alone(store, journal_dir):
    _fill(store, 2)
    made = backup.make_backup(store)
    key = store.data_key
    store.close()
    assert backup.restore(journal_dir, made.path, key=key).entries == 2


def test_a_full_disk_during_backup_is_a_known_error(store, monkeypatch):
    import errno

    def no_room(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup, "_write_private", no_room)  # the key file beside the backup
    with pytest.raises(StorageFull, match="disk is full"):
        backup.make_backup(store)
    assert [p for p in store.paths.backup_dir.iterdir()] == []


# --- the command line ---------------------------------------------------------------------


def test_cli_backup_and_restore_round_trip_the_entry_count(cli, journal_dir):
    assert cli("init").returncode == 0
    for n in range(5):
        assert cli("add", "--title", f"nr {n}", stdin=f"Refleksion {n} på tværs.").returncode == 0
    info = json.loads(cli("info", "--json").stdout)
    assert info["database"] == str((journal_dir / "journal.db").resolve()) and info["entries"] == 5

    done = cli("backup")
    assert done.returncode == 0, done.stderr
    written = Path(done.stdout.decode().strip())
    assert written.is_file() and written.parent == Path(info["backup_dir"])
    listed = json.loads(cli("backups", "--json").stdout)
    assert [(b["path"], b["entries"]) for b in listed] == [(str(written), 5)]

    assert cli("add", stdin="efter backup").returncode == 0
    done = cli("restore", str(written))
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode().strip() == "ok"
    assert json.loads(cli("info", "--json").stdout)["entries"] == 5
    assert cli("check").returncode == 0
    assert cli("restore", written.name).returncode == 0, "a bare name is looked up in the backup folder"


def test_cli_backup_out_and_errors(cli, tmp_path):
    assert cli("init").returncode == 0
    out = tmp_path / "kopi.db"
    done = cli("backup", "--out", str(out))
    assert done.returncode == 0 and done.stdout.decode().strip() == str(out)
    again = cli("backup", "--out", str(out))
    assert again.returncode == 1 and again.stderr.decode().startswith("tvaers: ") and len(again.stderr.splitlines()) == 1
    missing = cli("restore", str(tmp_path / "findes-ikke.db"))
    assert missing.returncode == 1 and b"no backup file" in missing.stderr
    wrong = cli("restore", str(out), passphrase="forkert")
    assert wrong.returncode == 1 and b"passphrase" in wrong.stderr


# --- issue 19: names, permissions and messages --------------------------------------------------


def test_backups_in_the_same_second_never_overwrite_each_other(store):
    """Four backups racing for one name (the window and three commands, say) all survive."""
    import threading

    _fill(store, 3)
    moment = datetime(2026, 11, 25, 10, 30, 15)
    made, failed = [], []

    def one_backup() -> None:
        try:
            made.append(backup.make_backup(store, kind="manual", now=moment))
        except Exception as exc:  # noqa: BLE001 - reported by the assertion below
            failed.append(exc)

    threads = [threading.Thread(target=one_backup) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failed == []
    names = sorted(b.name for b in made)
    assert names == sorted(f"tvaers-2026-11-25T103015-manual{n}.db" for n in ("", "-2", "-3", "-4"))
    for b in backup.list_backups(store.paths, store.data_key):
        assert b.entries == 3 and b.keys_path.is_file()


def test_a_backup_out_never_replaces_a_file_that_appears_meanwhile(store, tmp_path):
    _fill(store, 1)
    target = tmp_path / "kopi.db"
    backup.make_backup(store, target)
    with pytest.raises(BadInput, match="already exists"):
        backup.make_backup(store, target)
    assert backup.verify(target, store.data_key) == 1


def _modes(folder: Path) -> dict[str, int]:
    return {p.name: stat.S_IMODE(p.stat().st_mode) for p in folder.iterdir()}


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_healthy_journal_replaced_by_restore_is_kept_as_before_restore_0600(store, journal_dir):
    """Restoring with the backup's (older) passphrase: the current journal cannot be opened
    with it, so it is kept as raw bytes; it is not damaged, and says so in its name."""
    _fill(store, 2)
    made = backup.make_backup(store)
    _fill(store, 3, first=10)
    store.change_passphrase("en ny sætning")
    store.close()
    old_umask = os.umask(0o022)
    try:
        result = backup.restore(journal_dir, made.path, passphrase=PASSPHRASE)
    finally:
        os.umask(old_umask)
    assert result.safety_copy is not None and "-before-restore" in result.safety_copy.name
    assert [b.kind for b in backup.list_backups(store.paths)].count("damaged") == 0
    modes = _modes(store.paths.backup_dir)
    assert set(modes.values()) == {0o600}, modes
    assert stat.S_IMODE(store.paths.backup_dir.stat().st_mode) == 0o700
    kept = Store.open(journal_dir, PASSPHRASE)  # the restored journal
    kept.close()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_damaged_safety_copy_is_private_too(store, journal_dir):
    _fill(store, 2)
    made = backup.make_backup(store)
    store.close()
    store.paths.key_file.write_text("{ not json")
    old_umask = os.umask(0o022)
    try:
        result = backup.restore(journal_dir, made.path, passphrase=PASSPHRASE)
    finally:
        os.umask(old_umask)
    assert "-damaged" in result.safety_copy.name
    assert set(_modes(store.paths.backup_dir).values()) == {0o600}


def test_a_damaged_backup_is_named_in_the_message_not_the_temp_copy(store, journal_dir, tmp_path):
    _fill(store, 5)
    made = backup.make_backup(store)
    store.close()
    broken = tmp_path / "broken.db"
    data = bytearray(made.path.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 64] = bytes(64)  # a zeroed stretch inside a page
    broken.write_bytes(bytes(data))
    backup.keys_path_for(broken).write_bytes(made.keys_path.read_bytes())
    with pytest.raises(DamagedJournal) as failed:
        backup.restore(journal_dir, broken, passphrase=PASSPHRASE)
    message = failed.value.render()
    assert str(broken) in message and ".tmp" not in message
    assert [p for p in journal_dir.iterdir() if p.name.endswith(".tmp")] == []


def test_cli_backs_up_a_read_only_journal_to_a_writable_folder(cli, journal_dir, tmp_path):
    from tests.faults.test_readonly import read_only

    assert cli("init").returncode == 0
    assert cli("add", stdin="Læses kun.").returncode == 0
    out = tmp_path / "usb"
    out.mkdir()
    with read_only(journal_dir):
        done = cli("backup", "--out", str(out))
    assert done.returncode == 0, done.stderr
    written = Path(done.stdout.decode().strip())
    assert written.parent == out and backup.keys_path_for(written).is_file()
    listed = json.loads(cli("backups", "--json").stdout)  # the journal's own folder is untouched
    assert listed == []
    assert backup.restore(tmp_path / "elsewhere", written, passphrase=PASSPHRASE).entries == 1
