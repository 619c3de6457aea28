"""The installed ``tvaers`` command, run as a subprocess, per ../shared/CLI.md."""

from __future__ import annotations

import json
import os
import re

from journal.store.store import HEAD_REVISION
from tests.conftest import PASSPHRASE

DANISH = "Økonomien ender i adskilte kasser – og borgeren mærker det. Æblet, søen, gården."


def _init(cli):
    done = cli("init")
    assert done.returncode == 0, done.stderr
    return done.stdout.decode().strip()


def _one_error_line(done) -> str:
    assert done.returncode == 1
    lines = done.stderr.decode("utf-8").strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("tvaers: ")
    assert "Traceback" not in done.stderr.decode()
    return lines[0]


def test_version(cli):
    from journal import __version__

    done = cli("--version")
    assert done.returncode == 0
    assert done.stdout.decode().strip() == f"tvaers {__version__}"


def test_init_prints_a_recovery_key_and_refuses_twice(cli):
    key = _init(cli)
    assert re.fullmatch(r"[0-9A-Z]{4}(-[0-9A-Z]{4}){6}", key)
    assert "already exists" in _one_error_line(cli("init"))


def test_add_search_show_list_round_trip_danish(cli):
    _init(cli)
    added = cli("add", "--title", "Mandag på tværs", "--tag", "økonomi", "--tag", "silo", "--date", "2023-03-05T00:30:00+01:00", stdin=DANISH)
    assert added.returncode == 0, added.stderr
    entry_id = added.stdout.decode().strip()
    assert entry_id.isdigit()

    shown = json.loads(cli("show", entry_id, "--json").stdout)
    assert shown["body"] == DANISH
    assert shown["title"] == "Mandag på tværs"
    assert shown["tags"] == ["økonomi", "silo"]  # in the order given
    assert shown["created"] == "2023-03-05T00:30:00+01:00"
    assert shown["id"] == entry_id and shown["comments"] == [] and shown["case"] is None

    listed = json.loads(cli("list", "--json").stdout)
    assert [e["body"] for e in listed] == [DANISH]

    hits = json.loads(cli("search", "økonomien", "--json").stdout)
    assert [h["id"] for h in hits] == [entry_id]
    assert "**Økonomien**" in hits[0]["snippet"] and "rank" in hits[0]
    assert json.loads(cli("search", "okonomien", "--json").stdout) == []

    text = cli("show", entry_id).stdout.decode("utf-8")
    assert "# Mandag på tværs" in text and DANISH in text


def test_list_is_newest_first_with_limit(cli):
    _init(cli)
    for day in ("2024-01-01", "2024-03-01", "2024-02-01"):
        assert cli("add", "--date", day, stdin=f"dag {day}").returncode == 0
    lines = cli("list", "--limit", "2").stdout.decode().strip().splitlines()
    assert [line.split("\t")[1][:10] for line in lines] == ["2024-03-01", "2024-02-01"]
    ranged = json.loads(cli("list", "--from", "2024-01-15", "--to", "2024-02-15", "--json").stdout)
    assert [e["body"] for e in ranged] == ["dag 2024-02-01"]


def test_hostile_search_is_never_an_error(cli):
    _init(cli)
    cli("add", stdin="AND OR NOT")
    for query in ['"', "NEAR(", "*", "a OR", "'; DROP TABLE entries; --"]:
        done = cli("search", query)
        assert done.returncode == 0, (query, done.stderr)
    assert len(json.loads(cli("list", "--json").stdout)) == 1


def test_wrong_passphrase_one_line_and_nothing_changed(cli, journal_dir):
    _init(cli)
    cli("add", stdin="x")
    before = {p.name: p.read_bytes() for p in journal_dir.iterdir() if p.is_file()}
    line = _one_error_line(cli("add", stdin="y", passphrase="forkert"))
    assert "passphrase" in line
    after = {p.name: p.read_bytes() for p in journal_dir.iterdir() if p.is_file()}
    assert after == before


def test_no_passphrase_and_no_tty_fails_cleanly(cli):
    _init(cli)
    line = _one_error_line(cli("list", passphrase=None))
    assert "--passphrase-file" in line


def test_passphrase_file_is_read(cli, tmp_path):
    _init(cli)
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\nignored second line\n", encoding="utf-8")
    done = cli("--passphrase-file", str(secret), "list", passphrase=None)
    assert done.returncode == 0, done.stderr


def test_not_found_and_no_journal_messages(cli, tmp_path):
    assert "no journal" in _one_error_line(cli("list", data_dir=tmp_path / "nowhere")).lower()
    _init(cli)
    assert "no entry 42" in _one_error_line(cli("show", "42"))
    assert "no case" in _one_error_line(cli("add", "--case", "findes-ikke", stdin="x")).lower()
    assert "not a date" in _one_error_line(cli("add", "--date", "i går", stdin="x"))


def test_danish_messages_with_lang_da(cli, tmp_path):
    done = cli("--lang", "da", "list", data_dir=tmp_path / "nowhere")
    assert done.returncode == 1
    assert "Der er ingen dagbog" in done.stderr.decode("utf-8")


def test_usage_error_exits_2(cli):
    assert cli("list", "--limit", "mange").returncode == 2


def test_info_json_names_the_files(cli, journal_dir):
    _init(cli)
    cli("add", stdin="x")
    info = json.loads(cli("info", "--json").stdout)
    assert info["database"] == str(journal_dir.resolve() / "journal.db")
    assert info["key_file"] == str(journal_dir.resolve() / "journal.keys")
    assert info["entries"] == 1 and info["schema_version"] == HEAD_REVISION
    for key in ("data_dir", "backup_dir", "app_version"):
        assert os.path.isabs(info[key]) or key == "app_version"


def test_check_ok_on_a_good_journal(cli):
    _init(cli)
    done = cli("check")
    assert done.returncode == 0 and done.stdout.decode().strip() == "ok"


def test_passwd_then_old_fails_and_new_works(cli):
    _init(cli)
    cli("add", stdin="x")
    done = cli("passwd", env={"TVAERS_NEW_PASSPHRASE": "ny og længere sætning"})
    assert done.returncode == 0 and done.stdout.decode().strip() == "ok"
    _one_error_line(cli("list"))
    assert cli("list", passphrase="ny og længere sætning").returncode == 0


def test_recover_with_printed_key_and_wrong_key_refused(cli):
    key = _init(cli)
    assert _one_error_line(cli("recover", env={"TVAERS_RECOVERY_KEY": "0000-0000-0000-0000-0000-0000-0000", "TVAERS_NEW_PASSPHRASE": "ny sætning her"}))
    done = cli("recover", passphrase=None, env={"TVAERS_RECOVERY_KEY": key, "TVAERS_NEW_PASSPHRASE": "ny sætning her"})
    assert done.returncode == 0, done.stderr
    assert cli("list", passphrase="ny sætning her").returncode == 0


def test_cli_never_imports_qtwidgets():
    import subprocess
    import sys

    code = "import sys, journal.cli.main as m; m.build_parser(); print('PySide6.QtWidgets' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "False", done.stderr


def test_absurd_limits_are_usage_errors(cli):
    _init(cli)
    for value in ("99999999999999999999", "0", "-3"):
        done = cli("list", "--limit", value)
        assert done.returncode == 2 and b"Traceback" not in done.stderr


def test_help_and_usage_errors_speak_the_chosen_language(cli):
    danish = cli("--lang", "da", "--help", passphrase=None)
    assert danish.returncode == 0
    out = danish.stdout.decode("utf-8")
    assert out.startswith("brug: tvaers")
    assert "opret en ny dagbog i datamappen" in out and "vis denne hjælp, og afslut" in out
    assert "show this help" not in out and "create a new journal" not in out

    english = cli("--help", passphrase=None)  # the fixture passes --lang en
    assert english.stdout.decode("utf-8").startswith("usage: tvaers") and "create a new journal" in english.stdout.decode("utf-8")

    wrong = cli("--lang", "da", "list", "--limit", "nul", passphrase=None)
    assert wrong.returncode == 2
    assert "tvaers list: fejl: argumentet --limit: 'nul' er ikke et helt tal" in wrong.stderr.decode("utf-8")
