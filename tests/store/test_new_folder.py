"""A new journal gets a folder of its own; Tværs never changes a folder it did not create (issue 19.12)."""

from __future__ import annotations

import os
import stat

import pytest

from journal.errors import KnownError
from journal.store import Store
from tests.conftest import PASSPHRASE

posix_only = pytest.mark.skipif(os.name != "posix", reason="folder permission bits are POSIX")


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _one_error_line(done) -> str:
    assert done.returncode == 1, (done.returncode, done.stdout, done.stderr)
    lines = done.stderr.decode("utf-8").strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("tvaers: "), lines
    return lines[0]


@posix_only
def test_init_into_a_shared_folder_is_refused_and_leaves_it_as_it_was(cli, tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)
    line = _one_error_line(cli("init", data_dir=shared))
    assert str(shared) in line
    assert _mode(shared) == 0o1777, "a shared folder keeps its permissions"
    assert list(shared.iterdir()) == [], "nothing written into it, not even a lock file"


def test_init_into_a_folder_with_other_files_is_refused(cli, tmp_path):
    folder = tmp_path / "documents"
    folder.mkdir(mode=0o700)
    (folder / "notes.txt").write_text("mine", "utf-8")
    assert "not empty" in _one_error_line(cli("init", data_dir=folder))
    assert sorted(p.name for p in folder.iterdir()) == ["notes.txt"]


@posix_only
def test_a_new_folder_is_made_owner_only(cli, tmp_path):
    folder = tmp_path / "new" / "journal"
    assert cli("init", data_dir=folder).returncode == 0
    assert _mode(folder) == 0o700
    assert _mode(folder / "journal.db") == 0o600 and _mode(folder / "journal.keys") == 0o600


@posix_only
def test_an_empty_private_folder_of_ours_is_used_as_it_is(tmp_path):
    folder = tmp_path / "chosen"
    folder.mkdir()
    folder.chmod(0o755)
    store, _recovery = Store.create(folder, PASSPHRASE)
    store.close()
    assert _mode(folder) == 0o755, "never chmod a folder Tværs did not create"
    assert _mode(folder / "journal.keys") == 0o600


def test_init_twice_still_says_a_journal_exists(journal_dir):
    Store.create(journal_dir, PASSPHRASE)[0].close()
    with pytest.raises(KnownError) as info:
        Store.check_new_folder(journal_dir)
    assert "already exists" in info.value.render()
