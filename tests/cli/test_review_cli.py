"""The coach round trip through the installed command: ``export --format review`` →
``review show`` / ``review comment`` (no journal) → ``feedback import`` → ``show --json``."""

from __future__ import annotations

import base64
import json

BODIES = ("Økonomien står i vejen for borgerens ene indsats.", "Anden tekst om rådhusets siloer, hemmelig.")


def _journal(cli):
    assert cli("init").returncode == 0
    ids = []
    for title, body in zip(("Silo", "Rådhuset"), BODIES):
        done = cli("add", "--title", title, stdin=body)
        assert done.returncode == 0, done.stderr
        ids.append(done.stdout.decode().strip())
    return ids


def _one_line_error(done, *words):
    assert done.returncode == 1, done.stdout
    lines = done.stderr.decode("utf-8").strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("tvaers: "), lines
    for word in words:
        assert word in lines[0], lines[0]
    assert b"Traceback" not in done.stderr


def _coach(cli, tmp_path, *args, stdin=None, password="pw.txt"):
    """The coach's machine: no journal at all, no passphrase."""
    return cli(*args, "--share-password-file", str(tmp_path / password), stdin=stdin, passphrase=None, data_dir=tmp_path / "no-journal-here")


def test_the_round_trip_puts_the_comment_on_that_entry_and_no_other(cli, tmp_path):
    first, second = _journal(cli)
    (tmp_path / "pw.txt").write_text("kaffe på rådhuset\n", "utf-8")
    package = tmp_path / "til coach.tvaers"
    done = cli("export", "--format", "review", "--id", first, second, "--recipient", "coach", "--display-name", "Lene",
               "--share-password-file", str(tmp_path / "pw.txt"), "--out", str(package))
    assert done.returncode == 0 and done.stdout.decode().strip() == str(package.resolve())
    log = json.loads(cli("sharelog", "--json").stdout)
    assert log[-1]["format"] == "review" and log[-1]["protected"] and log[-1]["recipient"] == "coach"

    shown = _coach(cli, tmp_path, "review", "show", str(package), "--json")
    assert shown.returncode == 0, shown.stderr
    seen = json.loads(shown.stdout)
    assert seen["leader"] == "Lene" and [e["body"].strip() for e in seen["entries"]] == list(BODIES)
    uid = seen["entries"][0]["uid"]
    assert not (tmp_path / "no-journal-here").exists()

    feedback = tmp_path / "feedback.tvaers-feedback"
    done = _coach(cli, tmp_path, "review", "comment", str(package), "--entry", uid, "--author", "Karin Coach",
                  "--anchor", "står i vejen", "--out", str(feedback), stdin="Hvem ejer **budgettet**?")
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode().strip() == str(feedback.resolve())

    done = cli("feedback", "import", str(feedback), "--share-password-file", str(tmp_path / "pw.txt"))
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode().strip() == "attached 1 comments"
    one, other = (json.loads(cli("show", i, "--json").stdout) for i in (first, second))
    assert [(c["author"], c["body"], c["anchor"], c["changed_since_seen"]) for c in one["comments"]] == [
        ("Karin Coach", "Hvem ejer **budgettet**?", "står i vejen", False)
    ]
    assert other["comments"] == []

    again = cli("feedback", "import", str(feedback), "--share-password-file", str(tmp_path / "pw.txt"))
    assert again.returncode == 0 and again.stdout.decode().strip() == "attached 0 comments"
    assert "attached before" in again.stderr.decode()
    assert len(json.loads(cli("show", first, "--json").stdout)["comments"]) == 1

    # A second round from the same coach: the file is extended, only the new comment is added.
    done = _coach(cli, tmp_path, "review", "comment", str(package), "--entry", "2", "--author", "Karin Coach",
                  "--out", str(feedback), stdin="Og her?")
    assert done.returncode == 0, done.stderr
    done = cli("feedback", "import", str(feedback), "--share-password-file", str(tmp_path / "pw.txt"))
    assert done.stdout.decode().strip() == "attached 1 comments"
    assert [c["body"] for c in json.loads(cli("show", second, "--json").stdout)["comments"]] == ["Og her?"]

    found = json.loads(cli("search", "budgettet", "--json").stdout)
    assert [(h["id"], h.get("match")) for h in found] == [(first, "coach comment")]

    # No file written anywhere holds the entries' text in clear (the journal itself is encrypted).
    for path in tmp_path.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for body in BODIES:
                assert body.encode("utf-8") not in data, path


def test_a_tampered_file_a_wrong_password_and_a_foreign_file_are_refused_and_change_nothing(cli, tmp_path):
    first, _second = _journal(cli)
    (tmp_path / "pw.txt").write_text("kaffe\n", "utf-8")
    (tmp_path / "wrong.txt").write_text("te\n", "utf-8")
    package = tmp_path / "p.tvaers"
    assert cli("export", "--format", "review", "--id", first, "--share-password-file", str(tmp_path / "pw.txt"), "--out", str(package)).returncode == 0
    feedback = tmp_path / "f.tvaers-feedback"
    assert _coach(cli, tmp_path, "review", "comment", str(package), "--entry", "1", "--author", "K", "--out", str(feedback), stdin="Hej").returncode == 0

    doc = json.loads(feedback.read_text())
    raw = bytearray(base64.b64decode(doc["ciphertext"]))
    raw[5] ^= 1
    doc["ciphertext"] = base64.b64encode(bytes(raw)).decode()
    tampered = tmp_path / "tampered.tvaers-feedback"
    tampered.write_text(json.dumps(doc))
    _one_line_error(cli("feedback", "import", str(tampered), "--share-password-file", str(tmp_path / "pw.txt")), "tampered.tvaers-feedback", "changed after")
    _one_line_error(cli("feedback", "import", str(feedback), "--share-password-file", str(tmp_path / "wrong.txt")), "password is wrong")
    _one_line_error(cli("feedback", "import", str(package), "--share-password-file", str(tmp_path / "pw.txt")), "not a feedback file")
    (tmp_path / "note.txt").write_text("hello")
    _one_line_error(cli("feedback", "import", str(tmp_path / "note.txt"), "--share-password-file", str(tmp_path / "pw.txt")), "not a Tværs review package")
    _one_line_error(_coach(cli, tmp_path, "review", "show", str(package), password="wrong.txt"), "password is wrong")
    assert json.loads(cli("show", first, "--json").stdout)["comments"] == []

    # Feedback on another package refuses to be extended; a package needs a share password.
    other = tmp_path / "other.tvaers"
    assert cli("export", "--format", "review", "--id", first, "--share-password-file", str(tmp_path / "pw.txt"), "--out", str(other)).returncode == 0
    _one_line_error(_coach(cli, tmp_path, "review", "comment", str(other), "--entry", "1", "--author", "K", "--out", str(feedback), stdin="x"), "another review package")
    _one_line_error(cli("export", "--format", "review", "--id", first, "--out", str(tmp_path / "x.tvaers")), "share password")
    assert not (tmp_path / "x.tvaers").exists()


def test_feedback_on_entries_that_are_gone_attaches_nothing_and_exits_1(cli, tmp_path):
    _journal(cli)
    (tmp_path / "pw.txt").write_text("kaffe\n", "utf-8")
    elsewhere = tmp_path / "other-journal"
    assert cli("init", data_dir=elsewhere).returncode == 0
    assert cli("add", stdin="En anden dagbogs tekst.", data_dir=elsewhere).returncode == 0
    package = tmp_path / "p.tvaers"
    assert cli("export", "--format", "review", "--all", "--share-password-file", str(tmp_path / "pw.txt"), "--out", str(package), data_dir=elsewhere).returncode == 0
    feedback = tmp_path / "f.tvaers-feedback"
    assert _coach(cli, tmp_path, "review", "comment", str(package), "--entry", "1", "--author", "K", "--out", str(feedback), stdin="Hej").returncode == 0
    done = cli("feedback", "import", str(feedback), "--share-password-file", str(tmp_path / "pw.txt"))
    assert done.returncode == 1 and done.stdout == b""
    lines = done.stderr.decode().strip().splitlines()
    assert len(lines) == 2 and "no longer in the journal" in lines[0] and "None of the comments" in lines[1]
    assert all(json.loads(cli("show", i, "--json").stdout)["comments"] == [] for i in ("1", "2"))


def test_review_open_starts_the_coach_window_without_a_journal(cli, tmp_path):
    """``tvaers --smoke review open`` paints the coach's window once and exits 0; no journal is made."""
    assert cli("init").returncode == 0
    assert cli("add", stdin="Tekst.").returncode == 0
    (tmp_path / "pw.txt").write_text("kaffe\n", "utf-8")
    package = tmp_path / "p.tvaers"
    assert cli("export", "--format", "review", "--all", "--share-password-file", str(tmp_path / "pw.txt"), "--out", str(package)).returncode == 0
    nowhere = tmp_path / "coach-has-no-journal"
    done = cli("--smoke", "review", "open", str(package), passphrase=None, data_dir=nowhere, env={"QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert not nowhere.exists()
