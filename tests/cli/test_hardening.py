"""Issue 19, the command line: secrets, hostile arguments, hostile titles, tags, ids, and honest messages.

Most tests run the installed ``tvaers`` (the ``cli`` fixture); the rules behind
human output and tags are also checked with Hypothesis on a real journal.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal.cli import commands
from journal.platform import secrets as secrets_in
from journal.errors import BadInput
from journal.store.limits import clean_tag, split_tags
from tests.conftest import PASSPHRASE, tvaers_command

posix_only = pytest.mark.skipif(os.name != "posix", reason="undecodable argv bytes are a POSIX thing")


def _init(cli) -> None:
    """A journal without a passphrase: these tests are about input and output, and skip Argon2."""
    done = cli("init", "--no-passphrase")
    assert done.returncode == 0, done.stderr


def _one_error_line(done) -> str:
    assert done.returncode == 1, (done.returncode, done.stdout, done.stderr)
    lines = done.stderr.decode("utf-8").strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("tvaers: "), lines
    assert "Traceback" not in done.stderr.decode("utf-8")
    return lines[0]


def _files(folder) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file() and p.name != "journal.lock"}


def _entries(cli) -> list[dict]:
    done = cli("list", "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


# --- 19.5: secrets leave the environment ------------------------------------------------


@pytest.fixture
def fresh_secrets(monkeypatch):
    """Forget what an earlier test took from the environment."""
    monkeypatch.setattr(secrets_in, "_taken", {})


def test_a_passphrase_read_from_the_environment_is_gone_from_it(monkeypatch, fresh_secrets):
    monkeypatch.setenv("TVAERS_PASSPHRASE", PASSPHRASE)
    assert secrets_in.given(None, secrets_in.PASSPHRASE_ENV) == PASSPHRASE
    assert "TVAERS_PASSPHRASE" not in os.environ
    child = subprocess.run(
        [sys.executable, "-c", "import os; print(os.environ.get('TVAERS_PASSPHRASE'))"], capture_output=True, text=True, timeout=60
    )
    assert child.stdout.strip() == "None", "a child program must not inherit the passphrase"
    assert secrets_in.given(None, secrets_in.PASSPHRASE_ENV) == PASSPHRASE, "the window reads it a second time while it starts"


def test_programs_qt_starts_never_see_the_secrets(monkeypatch, fresh_secrets):
    """*Open the backup folder* is ``QDesktopServices.openUrl``: Qt starts the file manager
    with the process environment, which ``tvaers`` cleans before anything else."""
    from PySide6.QtCore import QProcessEnvironment

    for name in ("TVAERS_PASSPHRASE", "TVAERS_NEW_PASSPHRASE", "TVAERS_RECOVERY_KEY"):
        monkeypatch.setenv(name, "hemmelig " + name)
    secrets_in.take_secrets_from_environment()
    inherited = QProcessEnvironment.systemEnvironment()
    for name in ("TVAERS_PASSPHRASE", "TVAERS_NEW_PASSPHRASE", "TVAERS_RECOVERY_KEY"):
        assert not inherited.contains(name) and name not in os.environ
    assert secrets_in.given(None, secrets_in.RECOVERY_ENV) == "hemmelig TVAERS_RECOVERY_KEY"


# --- 19.18: the passphrase file keeps every character but the line ending -------------------


def test_a_passphrase_file_keeps_line_separator_characters(cli, tmp_path):
    secret = "første\u2028linje\x85og mere"
    assert cli("init", passphrase=secret).returncode == 0
    file = tmp_path / "pass.txt"
    for ending in ("\n", "\r\n", ""):
        file.write_bytes((secret + ending + "anden linje\n" * bool(ending)).encode("utf-8"))
        done = cli("--passphrase-file", str(file), "list", passphrase=None)
        assert done.returncode == 0, (ending, done.stderr)


# --- 19.11: undecodable arguments and extreme dates ------------------------------------------


NOT_UTF8_ARGUMENTS = [
    ("add", "--title", "navn\udcffx"),  # b"navn\xffx" on the command line
    ("add", "--tag", "\udcfe"),
    ("add", "--case", "sag\udcff"),
    ("add", "--prompt", "p\udcff"),
    ("search", "\udcff"),
]


@posix_only
def test_arguments_that_are_not_utf8_are_refused_and_nothing_is_written(cli, journal_dir):
    _init(cli)
    before = _files(journal_dir)
    for args in NOT_UTF8_ARGUMENTS:
        line = _one_error_line(cli(*args, stdin="tekst"))
        assert "not UTF-8" in line and "\\x" in line, args
    assert _files(journal_dir) == before


@posix_only
def test_a_data_dir_that_is_not_utf8_is_refused(cli, tmp_path):
    target = str(tmp_path / "mappe\udcff")
    line = _one_error_line(cli("init", data_dir=target))
    assert "not UTF-8" in line
    assert list(tmp_path.iterdir()) == [tmp_path / "tmp"], "nothing was created"


def test_extreme_dates_are_refused_with_a_message(cli, journal_dir):
    _init(cli)
    before = _files(journal_dir)
    for when in ("0001-01-01", "9999-12-31T23:59:59-12:00", "0001-01-01T00:00:00+14:00", "1899-12-31"):
        assert "1900 to 2999" in _one_error_line(cli("add", "--date", when, stdin="tekst"))
    assert "1900 to 2999" in _one_error_line(cli("list", "--from", "0001-01-01"))
    assert "1900 to 2999" in _one_error_line(cli("list", "--to", "9999-12-31"))
    assert _files(journal_dir) == before


def test_the_ends_of_the_date_range_work(cli):
    _init(cli)
    assert cli("add", "--date", "1900-01-01", stdin="gammel").returncode == 0
    assert cli("add", "--date", "2999-12-31T23:59:59-12:00", stdin="ny").returncode == 0
    listed = cli("list", "--from", "1900-01-01")
    assert listed.returncode == 0 and len(listed.stdout.splitlines()) == 2
    assert cli("list", "--to", "2999-12-31").returncode == 0


# --- 19.14: titles cannot forge lines or reach the terminal -------------------------------

HOSTILE_TITLES = ["to\nlinjer", "tab\there", "\x1b[2J\x1b[31mrød", "vogn\rretur", "ny\u2028linje", "næste\x85linje", "\u202eomvendt", "slut\x07"]


def _controls(line: str) -> list[str]:
    """Characters in a human output line that a terminal would act on (the tab separators aside)."""
    return [ch for ch in line if ch != "\t" and (unicodedata.category(ch) in ("Cc", "Zl", "Zp") or ch in commands._BIDI_CONTROLS)]


def test_hostile_titles_print_as_one_escaped_line_each(cli):
    _init(cli)
    for title in HOSTILE_TITLES:
        assert cli("add", "--title", title, "--tag", "kasser", stdin="kasser og siloer").returncode == 0
    listed = cli("list").stdout.decode("utf-8")
    assert len(listed.splitlines()) == len(HOSTILE_TITLES)
    for line in listed.splitlines():
        assert line.count("\t") == 2 and _controls(line) == [], repr(line)
    assert "\\x1b[2J\\x1b[31mrød" in listed and "to\\nlinjer" in listed
    found = cli("search", "kasser").stdout.decode("utf-8")
    assert len(found.splitlines()) == len(HOSTILE_TITLES)
    assert all(line.count("\t") == 3 and _controls(line) == [] for line in found.splitlines())
    shown = cli("show", "1").stdout.decode("utf-8")
    assert shown.splitlines()[0] == "# to\\nlinjer"
    exact = {e["title"] for e in _entries(cli)}
    assert exact == set(HOSTILE_TITLES), "JSON stays exact"


def test_a_value_quoted_in_an_error_line_cannot_reach_the_terminal(cli):
    _init(cli)
    line = _one_error_line(cli("add", "--date", "i går\x1b[2J\u2028", stdin="x"))
    assert "i går\\x1b[2J" in line and _controls(line) == [], "escaped (the line separator became a space)"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=st.text(max_size=40))
def test_any_title_is_one_clean_line_in_list_and_search(store, title):
    store.create_entry("kasser", title=title)
    summaries = store.list_entries()
    lines = commands.list_lines(summaries)
    assert len("\n".join(lines).splitlines()) == len(summaries)
    assert all(line.count("\t") == 2 and _controls(line) == [] for line in lines)
    hits = store.search("kasser", limit=5)
    lines = commands.search_lines(hits)
    assert len("\n".join(lines).splitlines()) == len(hits)
    assert all(line.count("\t") == 3 and _controls(line) == [] for line in lines)


# --- 19.15: one rule for tags -----------------------------------------------------------------


def test_a_tag_the_window_would_split_is_refused_by_the_command(cli, journal_dir):
    _init(cli)
    before = _files(journal_dir)
    for tag in ("økonomi,silo", "a;b", "bip\x1b"):
        line = _one_error_line(cli("add", "--tag", "fin", "--tag", tag, stdin="tekst"))
        assert "',', ';' or a control character" in line
    assert _files(journal_dir) == before


def test_the_store_refuses_separators_in_tags(store):
    with pytest.raises(BadInput):
        store.create_entry("tekst", tags=["a,b"])
    assert store.list_entries() == []


@given(st.lists(st.text(max_size=12), max_size=5))
def test_every_tag_the_store_takes_comes_back_whole_through_the_window(names):
    """The window shows tags joined by ', ' and splits the field again on the next edit."""
    kept = []
    for name in names:
        try:
            tag = clean_tag(name)
        except BadInput:
            continue
        if tag:
            kept.append(tag)
    assert [clean_tag(t) for t in split_tags(", ".join(kept))] == kept


@given(st.text(max_size=30))
def test_whatever_is_typed_in_the_window_the_store_takes(typed):
    for tag in split_tags(typed):
        clean_tag(tag)  # never raises


# --- 19.16 / 19.17: honest messages about the data folder --------------------------------------


def test_a_data_dir_that_is_a_file_is_called_a_file(cli, tmp_path):
    file = tmp_path / "notes.txt"
    file.write_text("ikke en mappe")
    for args in (("list",), ("add",), ("init",)):
        line = _one_error_line(cli(*args, data_dir=file, stdin="x"))
        assert "is a file, not a folder" in line and "read-only" not in line
    assert file.read_text() == "ikke en mappe"


def _bare_tvaers(*args: str, env: dict, tmp_path) -> subprocess.CompletedProcess:
    environment = dict(os.environ, TVAERS_PASSPHRASE=PASSPHRASE, **env)
    return subprocess.run([*tvaers_command(), "--lang", "en", *args], capture_output=True, env=environment, timeout=60, cwd=tmp_path)


def test_an_empty_data_dir_is_refused_not_the_default_journal(tmp_path):
    default = tmp_path / "default-journal"
    line = _one_error_line(_bare_tvaers("--data-dir", "", "init", env={"TVAERS_DATA_DIR": str(default)}, tmp_path=tmp_path))
    assert "--data-dir is empty" in line
    line = _one_error_line(_bare_tvaers("init", env={"TVAERS_DATA_DIR": ""}, tmp_path=tmp_path))
    assert "TVAERS_DATA_DIR is set but empty" in line
    assert not default.exists() and sorted(p.name for p in tmp_path.iterdir()) == []


@pytest.mark.skipif(os.name != "posix", reason="RLIMIT_FSIZE exists only on POSIX")
def test_a_full_disk_is_told_without_a_window(cli, journal_dir):
    from tests.faults.test_disk_full import BIG_TEXT, _run_limited

    _init(cli)
    done = _run_limited(journal_dir, 40_000, "add", stdin=BIG_TEXT)
    line = _one_error_line(done)
    assert "disk" in line and "window" not in line and "run the command again" in line
    assert _entries(cli) == []


# --- 19.20: ids are ASCII digits --------------------------------------------------------------


def test_ids_are_ascii_digits_only(cli):
    _init(cli)
    assert cli("add", stdin="første").returncode == 0
    assert cli("show", "1").returncode == 0
    for given_id in ("1_0", "+1", "١", " 1", "1.0", "-1"):
        assert "is not an entry id" in _one_error_line(cli("show", given_id)), given_id


# --- 19.21: nothing private need be on the command line ---------------------------------------


def test_the_title_from_a_file_or_from_the_first_heading(cli, tmp_path):
    _init(cli)
    title_file = tmp_path / "titel.txt"
    title_file.write_text("Møde med borgmesteren\nresten ignoreres\n", encoding="utf-8")
    assert cli("add", "--title-file", str(title_file), stdin="Kroppen i rummet.").returncode == 0
    assert cli("add", "--title-from-heading", stdin="\n# Fortrolig sag  \n\nBrødteksten her.\n").returncode == 0
    bodies = {e["title"]: e["body"] for e in _entries(cli)}
    assert bodies == {"Møde med borgmesteren": "Kroppen i rummet.", "Fortrolig sag": "Brødteksten her.\n"}
    line = _one_error_line(cli("add", "--title-from-heading", stdin="Ingen overskrift.\n"))
    assert "'# Title'" in line
    assert cli("add", "--title", "x", "--title-file", str(title_file), stdin="y").returncode == 2
