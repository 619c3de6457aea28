"""Every released schema opens with the current code; a newer one is refused; upgrades back up first.

``tests/_files/journal-<revision>/`` holds a real encrypted journal of each released
schema (made once by ``tests/_files/make_fixture.py``).  Each is copied and opened:
it must come out at the current schema with everything it held, pass both
integrity checks, and (when it was older) leave a verified pre-upgrade backup.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from journal.errors import KnownError
from journal.platform.paths import JournalPaths
from journal.store import Store, backup
from journal.store import store as store_module
from journal.store.crypto import KeyFile
from journal.store.engine import raw_connect

FILES = Path(__file__).resolve().parents[1] / "_files"
FIXTURES = sorted(FILES.glob("journal-*"))


def test_there_is_a_fixture_for_the_current_schema():
    assert FILES / f"journal-{store_module.HEAD_REVISION}" in FIXTURES, (
        "a new schema needs its fixture: run python tests/_files/make_fixture.py with the release's code"
    )
    assert {f.name.removeprefix("journal-") for f in FIXTURES} <= set(store_module.KNOWN_REVISIONS)


def _copy(fixture: Path, tmp_path: Path) -> tuple[Path, dict]:
    target = tmp_path / fixture.name
    shutil.copytree(fixture, target)
    for extra in ("expected.json", "README.md"):
        (target / extra).unlink()
    return target, json.loads((fixture / "expected.json").read_text("utf-8"))


def _subset(actual: dict, expected: dict) -> dict:
    """The fields the fixture knew about (later versions may add more)."""
    return {k: actual.get(k) for k in expected}


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.name)
def test_a_released_journal_opens_with_everything_it_held(fixture, tmp_path):
    folder, expected = _copy(fixture, tmp_path)
    store = Store.open(folder, expected["passphrase"])
    try:
        assert store.schema_version() == store_module.HEAD_REVISION
        assert store.integrity_check() == []
        assert store.quick_check() == []
        entries = {e["id"]: e for e in (x.to_json() for x in store.full_entries())}
        assert len(entries) == len(expected["entries"])
        for want in expected["entries"]:
            got = _subset(entries[want["id"]], want)
            if "comments" in want and len(got["comments"]) == len(want["comments"]):
                # A comment's JSON has gained keys since (id, origin, anchor, read, …); what it held stays.
                got["comments"] = [_subset(c, w) for c, w in zip(got["comments"], want["comments"])]
            assert got == want
        assert [_subset(c.to_json(), want) for c, want in zip(
            [c for c in store.list_cases(include_archived=True) if not c.published], expected["cases"]
        )] == expected["cases"]
        assert [[c.entry_id, c.text, c.due, c.status] for c in store.list_commitments()] == expected["commitments"]
        assert [[p.text_da, p.text_en, p.theme] for p in store.list_own_prompts()] == expected["own_prompts"]
        assert [[s["format"], s["entries"], s["recipient"], s["file"]] for s in store.share_log()] == expected["share_log"]
        # the journal keeps working after the upgrade
        new_id = store.create_entry("Efter opgraderingen.", tags=["ny"]).ids[0]
        assert store.get_entry(new_id).tags == ("ny",)
        assert [h.entry.id for h in store.search("opgraderingen")] == [new_id]
    finally:
        store.close()
    upgraded = [b for b in backup.list_backups(store.paths) if b.kind == "before-upgrade"]
    if expected["revision"] != store_module.HEAD_REVISION:
        assert upgraded, "an upgrade makes a backup first"
        key = KeyFile.read(folder / "journal.keys").unlock(expected["passphrase"])
        assert backup.verify(upgraded[0].path, key) == len(expected["entries"])
    else:
        assert upgraded == []


def _set_revision(folder: Path, passphrase: str, revision: str) -> None:
    key = KeyFile.read(folder / "journal.keys").unlock(passphrase)
    conn = raw_connect(folder / "journal.db", key)
    try:
        conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def test_a_journal_from_a_newer_version_is_refused_and_left_alone(tmp_path, cli):
    folder, expected = _copy(FIXTURES[-1], tmp_path)
    _set_revision(folder, expected["passphrase"], "9999")
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    with pytest.raises(KnownError) as refused:
        Store.open(folder, expected["passphrase"])
    assert "newer version" in refused.value.render()
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before

    done = cli("list", data_dir=folder, passphrase=expected["passphrase"])
    assert done.returncode == 1
    lines = done.stderr.decode("utf-8").strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("tvaers: ") and "newer version" in lines[0]
    assert {p.name: p.read_bytes() for p in folder.iterdir() if p.name != "journal.lock"} == before


def test_an_upgrade_takes_a_verified_backup_before_it_changes_anything(tmp_path, monkeypatch):
    """The oldest released journal is upgraded by the real migrations; the backup exists before they run."""
    folder, expected = _copy(FIXTURES[0], tmp_path)
    old_revision = expected["revision"]
    assert old_revision != store_module.HEAD_REVISION
    seen = {}
    real_upgrade = store_module._run_alembic

    def watched_upgrade(conn) -> None:
        seen["backups"] = [b.path for b in backup.list_backups(JournalPaths(folder))]
        real_upgrade(conn)

    monkeypatch.setattr(store_module, "_run_alembic", watched_upgrade)
    store = Store.open(folder, expected["passphrase"])
    try:
        assert store.schema_version() == store_module.HEAD_REVISION
        key = store.data_key
    finally:
        store.close()
    assert len(seen["backups"]) == 1, "the backup exists before the migration runs"
    made = seen["backups"][0]
    assert backup.verify(made, key) == len(expected["entries"])
    copy = raw_connect(made, key, readonly=True)
    try:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone()[0] == old_revision
    finally:
        copy.close()


def test_the_fixture_script_refuses_to_overwrite_a_fixture():
    import sys

    if not (FILES / f"journal-{store_module.HEAD_REVISION}").exists():
        pytest.skip("no fixture for the current schema: running the script here would create one")
    done = subprocess.run([sys.executable, str(FILES / "make_fixture.py")], capture_output=True, timeout=60)
    assert done.returncode == 1 and b"never changed" in done.stderr
