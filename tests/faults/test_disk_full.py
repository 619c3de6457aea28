"""A write that fails because the file cannot grow (a real OS limit: RLIMIT_FSIZE in the child).

The child ignores SIGXFSZ, so the kernel answers the write with EFBIG as a full
disk or quota would; SQLite sees the failed write, rolls back, and the journal
stays as it was.  The failing command exits 1 with one ``tvaers:`` line about
the disk, and the same text saves once there is room again.
"""

from __future__ import annotations

import json
import os
import subprocess

import pytest

from tests.conftest import PASSPHRASE, tvaers_command

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.name != "posix", reason="RLIMIT_FSIZE and SIGXFSZ exist only on POSIX"),
]

BIG_TEXT = "Økonomien ender i adskilte kasser – og borgeren mærker det. " * 6000  # ≈ 370 kB
LIMITS = (40_000, 100_000, 300_000)  # bytes any file of the child may reach


def _limited(limit: int):
    def preexec() -> None:
        import resource
        import signal

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return preexec


def _run_limited(journal_dir, limit: int, *args: str, stdin: str = "") -> subprocess.CompletedProcess:
    env = dict(os.environ, TVAERS_PASSPHRASE=PASSPHRASE)
    return subprocess.run(
        [*tvaers_command(), "--data-dir", str(journal_dir), "--lang", "en", *args],
        input=stdin.encode("utf-8"),
        capture_output=True,
        env=env,
        timeout=60,
        preexec_fn=_limited(limit),
    )


def _disk_line(done) -> str:
    assert done.returncode == 1, (done.returncode, done.stdout, done.stderr)
    lines = done.stderr.decode("utf-8").strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("tvaers: "), lines
    assert "disk" in lines[0].lower(), lines[0]
    return lines[0]


def _entries(cli) -> list[dict]:
    done = cli("list", "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_a_write_that_cannot_grow_the_file_fails_cleanly_and_keeps_the_journal(store, cli, journal_dir):
    for n in range(3):
        store.create_entry(f"Tekst {n}, gemt før disken blev fuld.", title=f"før {n}")
    store.close()
    before = _entries(cli)

    for limit in LIMITS:
        _disk_line(_run_limited(journal_dir, limit, "add", "--title", "stor", stdin=BIG_TEXT))
        check = cli("check")
        assert check.returncode == 0, (limit, check.stderr)
    assert _entries(cli) == before, "nothing half-written, nothing lost"

    # there is room again: the very same text saves, whole
    done = cli("add", "--title", "stor", stdin=BIG_TEXT)
    assert done.returncode == 0, done.stderr
    saved = json.loads(cli("show", done.stdout.decode().strip(), "--json").stdout)
    assert saved["body"] == BIG_TEXT
    assert cli("check").returncode == 0


def test_a_backup_that_cannot_be_written_leaves_no_file_and_no_damage(store, cli, journal_dir):
    for n in range(5):
        store.create_entry(BIG_TEXT[: 20_000 * (n + 1)])
    store.close()
    database_size = (journal_dir / "journal.db").stat().st_size
    _disk_line(_run_limited(journal_dir, database_size // 2, "backup"))
    backups = journal_dir / "backups"
    assert not backups.exists() or sorted(p.name for p in backups.iterdir()) == []
    assert cli("check").returncode == 0
    assert cli("backup").returncode == 0


def test_an_import_that_cannot_grow_the_file_imports_nothing(store, cli, journal_dir, tmp_path):
    store.create_entry("Tekst gemt før importen.", title="før")
    store.close()
    before = _entries(cli)
    source = tmp_path / "jrnl.json"
    # more than SQLite's page cache holds, so pages spill to the file while the rows are inserted
    entries = [{"title": f"Indlæg {n}.", "body": BIG_TEXT[n % 500: 5000 + n], "date": "2024-03-05", "time": "10:00"} for n in range(3000)]
    source.write_text(json.dumps({"entries": entries}, ensure_ascii=False), "utf-8")
    size = (journal_dir / "journal.db").stat().st_size
    _disk_line(_run_limited(journal_dir, size + 1_000_000, "import", "--from", "jrnl-json", str(source)))
    assert cli("check").returncode == 0
    assert _entries(cli) == before, "all or nothing"
    done = cli("import", "--from", "jrnl-json", str(source))
    assert done.stdout.decode().strip() == "imported 3000, skipped 0 duplicates", done.stderr
