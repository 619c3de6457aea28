"""``tvaers cohort round|contribute|compare`` as a subprocess on a real encrypted journal."""

from __future__ import annotations

import json
import re

import pytest

from tests.cohort.rounds.helpers import ANSWERS, SECRETS, fill
from tests.conftest import PASSPHRASE


def _one_line_error(done):
    err = done.stderr.decode("utf-8")
    assert done.returncode == 1, err
    assert err.startswith("tvaers: ") and err.count("\n") == 1 and "Traceback" not in err
    return err


@pytest.fixture
def journal(store):
    """A journal with the register and two answers (closed, so the command can open it)."""
    fill(store)
    store.close()
    return store


def _share_log(journal_dir):
    from journal.store import Store

    opened = Store.open(journal_dir, PASSPHRASE)
    try:
        return opened.share_log()
    finally:
        opened.close()


def test_round_contribute_compare(cli, journal, journal_dir, tmp_path):
    round_file = tmp_path / "forår.tvaers-runde"
    done = cli("cohort", "round", "--title", "Forår i netværket", "--prompt", *ANSWERS, "--deadline", "2026-12-01", "--out", str(round_file))
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode().strip() == str(round_file)
    round_ = json.loads(round_file.read_text("utf-8"))
    assert round_["format"] == "tvaers-runde" and [q["id"] for q in round_["questions"]] == list(ANSWERS)
    assert re.fullmatch(r"r-[0-9a-f]{32}", round_["id"]) and round_["deadline"] == "2026-12-01"

    mine = tmp_path / "mit.tvaers-bidrag"
    done = cli("cohort", "contribute", "--round", str(round_file), "--out", str(mine))
    assert done.returncode == 0, done.stderr
    assert "automatic marks" in done.stderr.decode()
    data = mine.read_text("utf-8")
    leaks = [s for s in SECRETS if re.search(r"(?<!\w)" + re.escape(s) + r"(?!\w)", data)]
    assert leaks == []
    value = json.loads(data)
    assert value["round"] == round_["id"] and len(value["answers"]) == 2
    log = _share_log(journal_dir)
    assert log[-1]["format"] == "cohort" and log[-1]["file"] == mine.name

    again = tmp_path / "igen.tvaers-bidrag"
    assert cli("cohort", "contribute", "--round", str(round_file), "--out", str(again)).returncode == 0
    assert json.loads(again.read_text("utf-8"))["pseudonym"] == value["pseudonym"]  # same leader, same round

    other = dict(value, pseudonym="ZZZZZZ")
    other["answers"] = [dict(a, text="Et andet svar om økonomi.") for a in value["answers"]]
    theirs = tmp_path / "andres.tvaers-bidrag"
    theirs.write_text(json.dumps(other), "utf-8")
    out = tmp_path / "sammenligning.html"
    done = cli("cohort", "compare", str(mine), str(theirs), str(round_file), "--out", str(out))
    assert done.returncode == 0, done.stderr
    html = out.read_text("utf-8")
    assert value["pseudonym"] in html and "ZZZZZZ" in html and "Forår i netværket" in html
    assert "Content-Security-Policy" in html
    md = tmp_path / "s.md"
    assert cli("cohort", "compare", str(mine), str(theirs), "--out", str(md)).returncode == 0
    assert "ZZZZZZ" in md.read_text("utf-8")


BAD_FILES = {
    "malformed": b"{not json",
    "truncated": b'{"format": "tvaers-bidrag", "version": 1, "round": "r-',
    "foreign": "Referat fra mødet\n".encode(),
    "wrong shape": b"[1, 2, 3]",
    "not utf-8": b"\xff\xfe{}",
    "extra field": json.dumps({"format": "tvaers-bidrag", "version": 1, "round": "r-" + "a" * 32, "pseudonym": "AAAAAA",
                               "answers": [{"question": "q", "theme": "", "text": "x"}], "entry_ids": [1]}).encode(),
    "too large": b" " * (4 * 1024 * 1024 + 1),
}


@pytest.mark.parametrize("kind", sorted(BAD_FILES))
def test_a_bad_contribution_is_one_message_and_stays_as_it_was(cli, tmp_path, kind):
    bad = tmp_path / "x.tvaers-bidrag"
    bad.write_bytes(BAD_FILES[kind])
    out = tmp_path / "out.html"
    done = cli("cohort", "compare", str(bad), "--out", str(out))
    _one_line_error(done)
    assert bad.read_bytes() == BAD_FILES[kind]
    assert not out.exists()


def test_a_contribution_of_another_round_is_refused(cli, tmp_path):
    files = []
    for n, round_id in enumerate(("r-" + "a" * 32, "r-" + "b" * 32)):
        path = tmp_path / f"{n}.tvaers-bidrag"
        path.write_text(json.dumps({"format": "tvaers-bidrag", "version": 1, "round": round_id, "pseudonym": f"{'AB'[n]}AAAAA",
                                    "answers": [{"question": "q", "theme": "", "text": "x"}]}), "utf-8")
        files.append(path)
    out = tmp_path / "out.html"
    err = _one_line_error(cli("cohort", "compare", *map(str, files), "--out", str(out)))
    assert "another round" in err and not out.exists()


@pytest.mark.parametrize("kind", ["malformed", "truncated", "foreign", "too large"])
def test_a_bad_round_file_changes_nothing_in_the_journal(cli, journal, journal_dir, tmp_path, kind):
    data = BAD_FILES[kind] if kind != "too large" else b" " * (300 * 1024)
    bad = tmp_path / "x.tvaers-runde"
    bad.write_bytes(data)
    before = _share_log(journal_dir)
    out = tmp_path / "b.tvaers-bidrag"
    _one_line_error(cli("cohort", "contribute", "--round", str(bad), "--out", str(out)))
    assert bad.read_bytes() == data and not out.exists()
    assert _share_log(journal_dir) == before


def test_a_round_needs_known_questions(cli, tmp_path):
    out = tmp_path / "r.tvaers-runde"
    err = _one_line_error(cli("cohort", "round", "--title", "T", "--prompt", "no-such-question", "--out", str(out)))
    assert "no-such-question" in err and not out.exists()


def test_contribute_without_answers_says_so(cli, store, tmp_path):
    store.close()
    round_file = tmp_path / "r.tvaers-runde"
    assert cli("cohort", "round", "--title", "T", "--prompt", "fair-proces-03", "--out", str(round_file)).returncode == 0
    out = tmp_path / "b.tvaers-bidrag"
    err = _one_line_error(cli("cohort", "contribute", "--round", str(round_file), "--out", str(out)))
    assert "none of the round's questions" in err and not out.exists()


def test_compare_never_writes_over_a_file_it_reads(cli, tmp_path):
    path = tmp_path / "a.html"
    path.write_text(json.dumps({"format": "tvaers-bidrag", "version": 1, "round": "r-" + "a" * 32, "pseudonym": "AAAAAA",
                                "answers": [{"question": "q", "theme": "", "text": "x"}]}), "utf-8")
    before = path.read_bytes()
    _one_line_error(cli("cohort", "compare", str(path), "--out", str(path)))
    assert path.read_bytes() == before


def test_contribute_chosen_entries(cli, store, journal_dir, tmp_path):
    ids = fill(store)
    other = store.create_entry("Et svar uden spørgsmål.").ids[0]
    store.close()
    round_file = tmp_path / "r.tvaers-runde"
    assert cli("cohort", "round", "--title", "T", "--prompt", *ANSWERS, "--out", str(round_file)).returncode == 0
    out = tmp_path / "b.tvaers-bidrag"
    done = cli("cohort", "contribute", "--round", str(round_file), "--entry", str(ids["fair-proces-02"]), "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert [a["question"] for a in json.loads(out.read_text("utf-8"))["answers"]] == ["fair-proces-02"]
    before = _share_log(journal_dir)
    out2 = tmp_path / "c.tvaers-bidrag"
    err = _one_line_error(cli("cohort", "contribute", "--round", str(round_file), "--entry", str(other), "--out", str(out2)))
    assert "answers none of the round's questions" in err and not out2.exists()
    assert _share_log(journal_dir) == before
