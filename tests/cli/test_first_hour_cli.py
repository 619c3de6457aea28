"""What a new leader meets on the command line, in the language chosen (issue: the first hour)."""

from __future__ import annotations

import json
import os
import subprocess

from tests.conftest import tvaers_command


def _init(cli) -> str:
    done = cli("init")
    assert done.returncode == 0, done.stderr
    return done.stdout.decode().strip()


def _error(done) -> str:
    assert done.returncode == 1, (done.stdout, done.stderr)
    lines = done.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("tvaers: "), lines
    return lines[0]


def _danish(cli, *args, **kwargs):
    """The same command under --lang da (the cli fixture passes --lang en first; the last one counts)."""
    return cli("--lang", "da", *args, **kwargs)


def test_init_prints_the_key_alone_on_stdout_and_says_what_it_is_on_stderr(cli):
    done = cli("init")
    assert done.returncode == 0
    assert len(done.stdout.decode().split()) == 1  # scripts read the key alone
    assert "recovery key" in done.stderr.decode() and "only now" in done.stderr.decode()


def test_add_with_empty_input_refuses_and_adds_nothing(cli):
    _init(cli)
    assert "standard input was empty" in _error(cli("add", stdin="  \n"))
    assert json.loads(cli("list", "--json").stdout) == []


def test_search_with_no_hits_says_so_on_stderr_and_exits_zero(cli):
    _init(cli)
    cli("add", stdin="Borgeren i centrum")
    done = _danish(cli, "search", "zebrafink")
    assert done.returncode == 0 and done.stdout == b""
    assert done.stderr.decode().strip() == "Intet fundet."


def test_list_with_an_unknown_case_or_tag_is_an_error(cli):
    _init(cli)
    cli("add", "--tag", "økonomi", stdin="Adskilte kasser")
    assert "no case 'findes-ikke'" in _error(cli("list", "--case", "findes-ikke"))
    assert "tag 'sundhed'" in _error(cli("list", "--tag", "sundhed"))
    assert cli("list", "--tag", "Økonomi").returncode == 0


def test_show_says_the_date_in_the_readers_language(cli):
    _init(cli)
    cli("add", "--date", "2025-03-05T14:30", stdin="Mødet med direktionen")
    assert "5. marts 2025 kl. 14.30" in _danish(cli, "show", "1").stdout.decode()
    assert "5 March 2025, 14:30" in cli("show", "1").stdout.decode()
    assert json.loads(cli("show", "1", "--json").stdout)["created"].startswith("2025-03-05T14:30:00")


def test_info_and_backups_speak_danish_under_lang_da(cli):
    _init(cli)
    cli("add", stdin="En refleksion")
    assert cli("backup").returncode == 0
    info = _danish(cli, "info").stdout.decode()
    assert "Beskyttet af en adgangssætning: ja" in info and "Refleksioner: 1" in info
    assert "True" not in info and "passphrase" not in info
    listed = _danish(cli, "backups").stdout.decode()
    assert "taget manuelt" in listed and " kB" in listed and "1 refleksioner" in listed
    assert "manual" not in listed.split("\t")[1]


def test_an_unreadable_passphrase_file_is_said_wholly_in_danish(cli, tmp_path):
    _init(cli)
    line = _error(_danish(cli, "--passphrase-file", str(tmp_path / "findes-ikke.txt"), "list", passphrase=None))
    assert "filen findes ikke" in line and "No such file" not in line


def test_prompts_take_a_theme_by_its_name_as_well(cli):
    by_id = cli("prompts", "--theme", "fair-proces", "--json")
    by_name = cli("prompts", "--theme", "Fair proces", "--json")
    assert by_id.returncode == by_name.returncode == 0
    assert json.loads(by_id.stdout) == json.loads(by_name.stdout) and json.loads(by_id.stdout)


def test_temp_data_works_for_every_command_and_leaves_nothing_behind(tmp_path):
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = dict(os.environ, TMPDIR=str(temp))
    env.pop("TVAERS_PASSPHRASE", None)
    for args, stdin in ((["add"], "En prøve".encode()), (["list", "--json"], b""), (["search", "prøve"], b""), (["info"], b""), (["check"], b"")):
        done = subprocess.run([*tvaers_command(), "--temp-data", *args], input=stdin, capture_output=True, env=env, timeout=60)
        assert done.returncode == 0, (args, done.stderr)
    assert list(temp.iterdir()) == []  # every throwaway journal is gone again
