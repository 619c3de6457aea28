"""kill -9 at random moments: nothing confirmed is lost, nothing is corrupt (short; bench/stress_faults.py is long)."""

from __future__ import annotations

import json
import os
import random

import pytest

from tests.conftest import PASSPHRASE, tvaers_command
from tests.faults import harness

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.name != "posix", reason="SIGKILL and the kill harness are POSIX-only"),
]

WRITER_KILLS = 20
CLI_ADD_KILLS = 4
BACKUP_KILLS = 4


def _report(totals: harness.Totals) -> str:
    return f"{totals.kills} kills, {totals.confirmed} confirmed, {totals.lost} lost, {totals.corrupt} corrupt: {totals.problems[:5]}"


def test_kill_9_of_a_writing_process_loses_nothing_confirmed(journal_dir, cli):
    rng = random.Random(int.from_bytes(os.urandom(4), "big"))
    key = harness.new_journal(journal_dir, PASSPHRASE)
    env = harness.child_env(PASSPHRASE)
    totals = harness.Totals()
    for cycle in range(WRITER_KILLS):
        # every fourth kill comes at any moment after the start, so some land while the journal is opening
        totals.add(harness.writer_cycle(journal_dir, key, (cycle + 1) * 1_000_000, rng, env, from_start=cycle % 4 == 3))
    assert totals.lost == 0 and totals.corrupt == 0, _report(totals)
    assert totals.kills == WRITER_KILLS
    assert totals.confirmed >= WRITER_KILLS, "the writer should confirm entries before most kills"

    done = cli("check")
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode().strip() == "ok"
    info = json.loads(cli("info", "--json").stdout)
    assert info["entries"] >= totals.confirmed


def test_kill_9_of_tvaers_add_and_tvaers_backup(journal_dir, cli):
    rng = random.Random(int.from_bytes(os.urandom(4), "big"))
    key = harness.new_journal(journal_dir, PASSPHRASE)
    env = harness.child_env(PASSPHRASE)
    totals = harness.Totals()
    for n in range(CLI_ADD_KILLS):
        totals.add(harness.cli_add_cycle(tvaers_command(), journal_dir, key, 10_000 + n, rng, env))
    for _ in range(BACKUP_KILLS):
        totals.add(harness.cli_backup_cycle(tvaers_command(), journal_dir, key, rng, env))
    assert totals.lost == 0 and totals.corrupt == 0, _report(totals)
    assert cli("check").returncode == 0
    made = cli("backup")
    assert made.returncode == 0, made.stderr
    listed = json.loads(cli("backups", "--json").stdout)
    assert all(b["entries"] is not None for b in listed)


def test_the_harness_can_fail(journal_dir):
    """A control: an acknowledged id that is not in the journal is reported as lost, a torn body as corrupt."""
    from journal.store.engine import raw_connect

    key = harness.new_journal(journal_dir, PASSPHRASE)
    conn = raw_connect(journal_dir / "journal.db", key)
    conn.execute(
        "INSERT INTO entries(id, uid, title, body, created, created_utc, updated, updated_utc)"
        " VALUES (5, 'u5', 'kill 7', 'not the text of 7', 'x', 'x', 'x', 'x')"
    )
    conn.close()
    result = harness.verify_journal(journal_dir, key, {5: 7, 6: 8})
    assert result.lost == [5, 6]
    assert result.torn == [5] and result.corrupt
