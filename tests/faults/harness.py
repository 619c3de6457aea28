"""Kill -9 harness shared by ``tests/faults`` (short) and ``bench/stress_faults.py`` (long).

A *cycle* starts a writer child that opens the journal like ``tvaers add`` does
and adds entries in a loop, printing ``<id> <seq>`` only after each commit has
returned; the harness kills it with SIGKILL at a random moment, then reopens
the journal (as the next start of the app would) and checks that

* every entry whose line was printed is there, with exactly its text;
* every entry that is there is whole (its text matches its sequence number);
* ``integrity_check`` is ``ok``, ``cipher_integrity_check`` finds nothing and
  the full-text index passes its own integrity check.

Other cycle kinds kill a real ``tvaers add`` or ``tvaers backup`` process.
"""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

WRITER = Path(__file__).with_name("writer.py")
TITLE_PREFIX = "kill "


def body_for(seq: int) -> str:
    """The text of entry ``seq``: deterministic, Danish, mostly short, now and then large (overflow pages)."""
    digest = hashlib.sha256(str(seq).encode()).hexdigest()
    size = 16_000 if seq % 20 == 0 else 200 + int(digest[:4], 16) % 1_800
    unit = f"Økonomi {seq} på tværs – blåbærgrød {digest[:12]}. "
    return (unit * (size // len(unit) + 1))[:size]


@dataclass
class CycleResult:
    acknowledged: int = 0
    lost: list = field(default_factory=list)
    torn: list = field(default_factory=list)
    problems: list = field(default_factory=list)

    @property
    def corrupt(self) -> bool:
        return bool(self.problems or self.torn)


class LineReader:
    """Collects complete stdout lines of a child in a thread (partial last lines are not acknowledgements)."""

    def __init__(self, stream) -> None:
        self.lines: list[str] = []
        self.first = threading.Event()
        self._stream = stream
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        for raw in iter(self._stream.readline, b""):
            if raw.endswith(b"\n"):
                self.lines.append(raw.decode("utf-8", "replace").strip())
                self.first.set()
        self.first.set()

    def join(self) -> list[str]:
        self._thread.join(timeout=30)
        return self.lines


def child_env(passphrase: str, extra: dict | None = None) -> dict:
    env = dict(os.environ)
    env["TVAERS_PASSPHRASE"] = passphrase
    env.pop("TVAERS_DEBUG", None)
    env.update(extra or {})
    return env


def _kill(proc: subprocess.Popen) -> None:
    try:
        os.kill(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait(timeout=30)


def writer_cycle(data_dir: Path, key: bytes, seq_base: int, rng: random.Random, env: dict, *, from_start: bool = False) -> CycleResult:
    """One kill -9 of the writer loop; ``from_start`` kills at a random moment after spawn (may hit the open)."""
    cmd = [sys.executable, str(WRITER), str(data_dir), str(seq_base)]
    with subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env) as proc:
        reader = LineReader(proc.stdout)
        if from_start:
            time.sleep(rng.uniform(0.05, 0.6))
        else:
            reader.first.wait(timeout=30)
            time.sleep(rng.uniform(0.0, 0.25))
        _kill(proc)
        lines = reader.join()
    acked = {}
    for line in lines:
        entry_id, seq = line.split()
        acked[int(entry_id)] = int(seq)
    return verify_journal(data_dir, key, acked)


def cli_add_cycle(tvaers: list[str], data_dir: Path, key: bytes, seq: int, rng: random.Random, env: dict) -> CycleResult:
    """Kill a real ``tvaers add`` at a random moment; if it printed its id, the entry must be there."""
    cmd = [*tvaers, "--data-dir", str(data_dir), "--lang", "en", "add", "--title", f"{TITLE_PREFIX}{seq}"]
    with subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env) as proc:
        reader = LineReader(proc.stdout)
        proc.stdin.write(body_for(seq).encode("utf-8"))
        proc.stdin.close()
        time.sleep(rng.uniform(0.1, 0.45))
        _kill(proc)
        lines = reader.join()
    acked = {int(lines[0]): seq} if lines and lines[0].isdigit() else {}
    return verify_journal(data_dir, key, acked)


def cli_backup_cycle(tvaers: list[str], data_dir: Path, key: bytes, rng: random.Random, env: dict) -> CycleResult:
    """Kill a real ``tvaers backup``: every backup file with a final name must verify, the journal too."""
    from journal.platform.paths import JournalPaths
    from journal.store import backup

    cmd = [*tvaers, "--data-dir", str(data_dir), "--lang", "en", "backup"]
    with subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env) as proc:
        time.sleep(rng.uniform(0.1, 0.7))
        _kill(proc)
    result = verify_journal(data_dir, key, {})
    for made in backup.list_backups(JournalPaths(data_dir)):
        try:
            backup.verify(made.path, key)
        except Exception as exc:  # noqa: BLE001 - any failure is a finding
            result.problems.append(f"{made.name}: {exc}")
    return result


def verify_journal(data_dir: Path, key: bytes, acked: dict[int, int]) -> CycleResult:
    """Reopen the journal (recovering its WAL, as the next start would) and check it."""
    import sqlcipher3

    from journal.platform.paths import JournalPaths
    from journal.store.engine import raw_connect

    result = CycleResult(acknowledged=len(acked))
    try:
        conn = raw_connect(JournalPaths(data_dir).database, key)
    except Exception as exc:  # noqa: BLE001 - a journal that does not open is corrupt
        result.problems.append(f"open: {exc}")
        result.lost = sorted(acked)
        return result
    try:
        integrity = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        if integrity != ["ok"]:
            result.problems += [f"integrity_check: {p}" for p in integrity]
        result.problems += [f"cipher_integrity_check: {r[0]}" for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
        try:
            conn.execute("INSERT INTO entries_fts(entries_fts) VALUES ('integrity-check')")
        except sqlcipher3.Error as exc:
            result.problems.append(f"fts integrity-check: {exc}")
        rows = {
            r[0]: (r[1], r[2])
            for r in conn.execute("SELECT id, title, body FROM entries WHERE title LIKE ?", (TITLE_PREFIX + "%",)).fetchall()
        }
    except sqlcipher3.Error as exc:
        result.problems.append(f"read: {exc}")
        result.lost = sorted(acked)
        return result
    finally:
        conn.close()
    for entry_id, seq in acked.items():
        row = rows.get(entry_id)
        if row is None or row[0] != f"{TITLE_PREFIX}{seq}" or row[1] != body_for(seq):
            result.lost.append(entry_id)
    for entry_id, (title, body) in rows.items():
        seq = int(title[len(TITLE_PREFIX):])
        if body != body_for(seq):
            result.torn.append(entry_id)
    return result


@dataclass
class Totals:
    kills: int = 0
    confirmed: int = 0
    lost: int = 0
    corrupt: int = 0
    problems: list = field(default_factory=list)

    def add(self, result: CycleResult) -> None:
        self.kills += 1
        self.confirmed += result.acknowledged
        self.lost += len(result.lost)
        self.corrupt += int(result.corrupt)
        self.problems += result.problems + [f"torn entry {i}" for i in result.torn] + [f"lost entry {i}" for i in result.lost]


def new_journal(data_dir: Path, passphrase: str) -> bytes:
    """A fresh journal with the real key file; returns its data key (the harness checks with it)."""
    from journal.store import Store

    store, _recovery = Store.create(data_dir, passphrase)
    key = store.data_key
    store.close()
    return key
