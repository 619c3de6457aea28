"""A crash of the window (SIGKILL) loses at most what was typed since the last autosave."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

from journal.store import Store
from tests.conftest import PASSPHRASE
from tests.faults import harness

pytestmark = [
    pytest.mark.gui,
    pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX-only"),
]

TYPIST = Path(__file__).with_name("gui_typist.py")
KILLS = 3


def _run_and_kill(journal_dir: Path, rng: random.Random) -> tuple[int, int]:
    """Start the typing window, wait for a few autosaves, kill it mid-typing; (last saved line, entry id)."""
    env = harness.child_env(PASSPHRASE, {"QT_QPA_PLATFORM": "offscreen"})
    proc = subprocess.Popen([sys.executable, str(TYPIST), str(journal_dir)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    saved, entry_id = 0, None
    wanted = rng.randint(2, 6)
    try:
        for raw in proc.stdout:
            _, n, eid = raw.decode().split()
            saved, entry_id = int(n), int(eid)
            if saved >= wanted:
                break
        time.sleep(rng.uniform(0.0, 0.3))  # land anywhere in the next line's typing or saving
    finally:
        proc.kill()
        proc.wait(timeout=30)
        proc.stdout.close()
    assert entry_id is not None, "the window should have autosaved before it was killed"
    return saved, entry_id


def test_a_killed_window_keeps_everything_autosaved(journal_dir):
    from tests.faults.gui_typist import line

    rng = random.Random(int.from_bytes(os.urandom(4), "big"))
    harness.new_journal(journal_dir, PASSPHRASE)
    for _ in range(KILLS):
        saved, entry_id = _run_and_kill(journal_dir, rng)
        store = Store.open(journal_dir, PASSPHRASE)
        try:
            body = store.get_entry(entry_id).body
            for n in range(1, saved + 1):
                assert line(n) in body, f"line {n} was autosaved before the kill but is gone"
            assert store.integrity_check() == []
        finally:
            store.close()
