"""A read-only journal folder: a clear message when something must be written, and reading still works.

The tests run as root here, where ``chmod`` does not stop a write.  So the folder
is made read-only for real: as root with ``chattr +i`` (immutable: even root gets
EPERM), otherwise with ``chmod``.  Before each test the fixture proves that a
file can no longer be created in the folder, and skips (saying why) when the
platform offers no way to do that.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from contextlib import contextmanager
from pathlib import Path

import pytest

from journal.store import backup

pytestmark = pytest.mark.skipif(os.name != "posix", reason="read-only folders are made with chattr/chmod (POSIX)")



def _tree(folder: Path) -> list[Path]:
    return [folder, *sorted(folder.rglob("*"))]


@contextmanager
def read_only(folder: Path):
    """Make ``folder`` and everything in it read-only for this process, then restore it."""
    as_root = os.geteuid() == 0
    if as_root:
        if shutil.which("chattr") is None:
            pytest.skip("running as root and chattr is missing: no honest way to make a folder read-only")
        done = subprocess.run(["chattr", "+i", *map(str, _tree(folder))], capture_output=True)
        if done.returncode != 0:
            subprocess.run(["chattr", "-i", *map(str, _tree(folder))], capture_output=True)
            pytest.skip(f"running as root and chattr +i failed here ({done.stderr.decode().strip()})")
    else:
        modes = {p: p.stat().st_mode for p in _tree(folder)}
        for path in _tree(folder):
            path.chmod(0o500 if path.is_dir() else 0o400)
    try:
        probe = folder / "probe-write"
        try:
            probe.write_bytes(b"x")
        except OSError:
            pass
        else:
            probe.unlink()
            pytest.skip("the folder stayed writable, so this test would prove nothing here")
        yield
    finally:
        if as_root:
            subprocess.run(["chattr", "-i", *map(str, _tree(folder))], capture_output=True, check=True)
        else:
            for path, mode in modes.items():
                path.chmod(mode)


def _one_error_line(done) -> str:
    assert done.returncode == 1, (done.returncode, done.stdout, done.stderr)
    lines = done.stderr.decode("utf-8").strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("tvaers: "), lines
    return lines[0]


def _digests(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.fixture
def journal(store):
    """A closed journal with two entries and one backup."""
    store.create_entry("Første tanke om tværfagligt samarbejde.", title="Et")
    store.create_entry("Anden tanke: borgeren mærker siloerne.", title="To")
    made = backup.make_backup(store)
    store.close()
    return store.paths, made


def test_reading_a_read_only_journal_still_works(journal, cli):
    paths, _made = journal
    with read_only(paths.root):
        done = cli("list", "--json")
    assert done.returncode == 0, done.stderr
    assert [e["title"] for e in json.loads(done.stdout)] == ["To", "Et"]


def test_saving_into_a_read_only_journal_says_so_and_changes_nothing(journal, cli):
    paths, _made = journal
    before = _digests(paths.root)
    with read_only(paths.root):
        done = cli("add", stdin="Denne tekst kan ikke gemmes.")
    assert "read-only" in _one_error_line(done)
    assert _digests(paths.root) == before


def test_a_backup_into_a_read_only_folder_says_so(journal, cli):
    paths, _made = journal
    before = _digests(paths.root)
    with read_only(paths.backup_dir):
        line = _one_error_line(cli("backup"))
    assert "read-only" in line and str(paths.backup_dir) in line
    assert _digests(paths.root) == before, "no temp file, no half backup, journal untouched"


def test_a_restore_into_a_read_only_journal_says_so_and_changes_nothing(journal, cli):
    paths, made = journal
    before = _digests(paths.root)
    with read_only(paths.root):
        line = _one_error_line(cli("restore", str(made.path)))
        listed = cli("backups", "--json")
    assert "read-only" in line
    assert _digests(paths.root) == before
    assert listed.returncode == 0, listed.stderr
    assert [b["entries"] for b in json.loads(listed.stdout)] == [2], "listing the backups is reading: it works"


def test_the_window_starts_read_only_on_a_copied_journal_folder(journal, cli):
    """Issue 10: no lock file in an immutable folder (copied, restored, shared) used to end the start."""
    paths, _made = journal
    paths.lock_file.unlink(missing_ok=True)
    before = _digests(paths.root)
    with read_only(paths.root):
        done = cli("--smoke")
    assert done.returncode == 0, done.stderr.decode()
    assert b"painted" in done.stdout
    assert _digests(paths.root) == before


@pytest.mark.gui
def test_the_window_on_a_read_only_journal_says_so_in_a_banner(journal, qtbot):
    from journal.app import application, build_window, install_language
    from journal.store import Store
    from tests.conftest import PASSPHRASE

    paths, _made = journal
    with read_only(paths.root):
        store = Store.open(paths.root, PASSPHRASE)
        install_language(application(), "en")
        window = build_window(store, "en", care=False)
        qtbot.addWidget(window)
        window.show()
        assert store.readonly
        assert "read-only" in window.care.read_only_banner.text().lower()
        assert window.care.read_only_banner.isVisible()
        assert window.entry_model.rowCount() == 2
        window.close()


@pytest.fixture
def journal_with_wal(store, tmp_path):
    """A journal folder as a crash leaves it: two entries in the file, three more only in its ``-wal``.

    The files are copied while the journal is open (what a crash leaves behind),
    so the copy's WAL has not been folded into its database file.
    """
    from journal.store import Store
    from tests.conftest import PASSPHRASE

    for n in range(2):
        store.create_entry(f"I filen {n}")
    store.close()
    reopened = Store.open(store.paths.root, PASSPHRASE)
    for n in range(3):
        reopened.create_entry(f"Kun i WAL {n}")
    copy = tmp_path / "crashed"
    copy.mkdir()
    for name in ("journal.db", "journal.db-wal", "journal.keys"):
        shutil.copyfile(store.paths.root / name, copy / name)
    reopened.close()
    return copy


def test_a_wal_that_a_read_only_folder_cannot_replay_is_reported(journal_with_wal, cli):
    folder = journal_with_wal
    with read_only(folder):
        info = cli("info", "--json", data_dir=folder)
        check = cli("check", data_dir=folder)
    assert info.returncode == 0, info.stderr
    shown = json.loads(info.stdout)
    assert shown["entries"] == 2 and shown["read_only"] is True and shown["hidden_saves"] == 3
    assert "up to 3 recent saves are not visible" in info.stderr.decode()
    line = _one_error_line(check)
    assert "up to 3 recent saves are not visible" in line, "check must not call a partial journal ok"
    assert b"ok" not in check.stdout


def test_a_writable_folder_replays_the_wal_and_says_nothing(journal_with_wal, cli):
    info = cli("info", "--json", data_dir=journal_with_wal)
    assert json.loads(info.stdout)["entries"] == 5 and info.stderr == b""
    assert cli("check", data_dir=journal_with_wal).stdout.strip() == b"ok"


@pytest.mark.gui
def test_the_read_only_banner_counts_the_saves_it_cannot_show(journal_with_wal, qtbot):
    from journal.app import application, build_window, install_language
    from journal.store import Store
    from tests.conftest import PASSPHRASE

    with read_only(journal_with_wal):
        store = Store.open(journal_with_wal, PASSPHRASE)
        install_language(application(), "en")
        window = build_window(store, "en", care=False)
        qtbot.addWidget(window)
        assert "Up to 3 recent saves are not visible" in window.care.read_only_banner.text()
        window.close()
