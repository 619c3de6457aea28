"""``tvaers export``, ``sharelog`` and ``import --from tvaers-json`` through the installed command."""

from __future__ import annotations

import hashlib
import json

import pytest


def _journal(cli):
    assert cli("init").returncode == 0
    ids = []
    for title, body, tag in (("Rådhuset", "Første tekst om æbler og ører.", "ledelse"), ("Budget", "Anden tekst, hemmelig.", "økonomi")):
        done = cli("add", "--title", title, "--tag", tag, stdin=body)
        assert done.returncode == 0
        ids.append(done.stdout.decode().strip())
    return ids


def _one_line_error(done, *words):
    assert done.returncode == 1
    lines = done.stderr.decode("utf-8").strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("tvaers: "), lines
    for word in words:
        assert word in lines[0]
    assert b"Traceback" not in done.stderr


def test_export_prints_the_path_and_lands_in_the_share_log(cli, tmp_path):
    first, second = _journal(cli)
    target = tmp_path / "til coach.html"
    done = cli("export", "--format", "html", "--id", first, "--recipient", "coach", "--out", str(target))
    assert done.returncode == 0 and done.stdout.decode().strip() == str(target.resolve())
    html = target.read_text("utf-8")
    assert "Første tekst om æbler og ører." in html and "hemmelig" not in html

    done = cli("export", "--format", "md", "--tag", "økonomi", "--out", str(tmp_path / "økonomi.md"))
    assert done.returncode == 0 and "hemmelig" in (tmp_path / "økonomi.md").read_text("utf-8")

    log = json.loads(cli("sharelog", "--json").stdout)
    assert [item["format"] for item in log] == ["html", "md"]
    assert log[0]["recipient"] == "coach" and log[0]["sha256"] == hashlib.sha256(target.read_bytes()).hexdigest()
    assert len(log[0]["entries"]) == 1 and log[0]["file"] == str(target.resolve())
    shown = json.loads(cli("show", first, "--json").stdout)
    assert shown["uid"] == log[0]["entries"][0]

    text = cli("--lang", "da", "sharelog").stdout.decode("utf-8").splitlines()
    assert len(text) == 2 and "til en coach" in text[0] and "1 refleksion" in text[0]


def test_nothing_exported_yet_is_said_on_stderr(cli):
    _journal(cli)
    done = cli("--lang", "da", "sharelog")
    assert done.returncode == 0 and done.stdout == b"" and "ikke eksporteret" in done.stderr.decode("utf-8")


@pytest.mark.parametrize(
    "args, words",
    [
        (["--format", "pdf"], ["Choose which reflections"]),
        (["--format", "html", "--tag", "findes-ikke"], ["findes-ikke"]),
        (["--format", "html", "--from", "2040-01-01", "--all"], ["nothing was exported"]),
        (["--format", "html", "--all", "--share-password-file", "MISSING"], ["no such file"]),
        (["--format", "html", "--all", "--share-password-file", "PASSWORD"], ["PDF exports only"]),
    ],
)
def test_bad_exports_give_one_line_and_write_nothing(cli, tmp_path, args, words):
    _journal(cli)
    (tmp_path / "pw.txt").write_text("hemmeligt\n", "utf-8")
    args = [str(tmp_path / "nope.txt") if a == "MISSING" else str(tmp_path / "pw.txt") if a == "PASSWORD" else a for a in args]
    target = tmp_path / "ud.html"
    _one_line_error(cli("export", *args, "--out", str(target)), *words)
    assert not target.exists() and json.loads(cli("sharelog", "--json").stdout) == []


def test_a_pdf_with_a_share_password_from_a_file(cli, tmp_path):
    _journal(cli)
    (tmp_path / "pw.txt").write_text("blå hest\n", "utf-8")
    target = tmp_path / "ud.pdf"
    done = cli("export", "--format", "pdf", "--all", "--share-password-file", str(tmp_path / "pw.txt"), "--out", str(target))
    assert done.returncode == 0, done.stderr
    assert b"/Encrypt" in target.read_bytes() and "ører".encode() not in target.read_bytes()
    assert json.loads(cli("sharelog", "--json").stdout)[0]["protected"] is True


def test_json_export_imports_into_a_fresh_journal_once(cli, tmp_path):
    _journal(cli)
    file = tmp_path / "alt.json"
    assert cli("export", "--format", "json", "--all", "--out", str(file)).returncode == 0
    fresh = tmp_path / "ny"
    assert cli("init", data_dir=fresh).returncode == 0
    done = cli("import", "--from", "tvaers-json", str(file), data_dir=fresh)
    assert done.returncode == 0 and done.stdout.decode().strip() == "imported 2, skipped 0 duplicates"
    again = cli("--lang", "da", "import", "--from", "auto", str(file), data_dir=fresh)  # the format is recognised
    assert again.returncode == 0 and again.stdout.decode("utf-8").strip() == "imported 0, skipped 2 duplicates"
    original = json.loads(cli("list", "--json").stdout)
    copied = json.loads(cli("list", "--json", data_dir=fresh).stdout)
    strip = lambda entries: [{k: v for k, v in e.items() if k != "id"} for e in entries]  # noqa: E731
    assert strip(copied) == strip(original)


def test_a_truncated_json_file_is_refused_and_changes_nothing(cli, tmp_path):
    _journal(cli)
    file = tmp_path / "alt.json"
    cli("export", "--format", "json", "--all", "--out", str(file))
    file.write_bytes(file.read_bytes()[:-40])
    fresh = tmp_path / "ny"
    cli("init", data_dir=fresh)
    _one_line_error(cli("import", "--from", "tvaers-json", str(file), data_dir=fresh), "alt.json", "cut short")
    assert json.loads(cli("list", "--json", data_dir=fresh).stdout) == []


def test_a_thousand_reflections_are_counted_as_a_reader_of_the_export_writes_it(cli, tmp_path):
    """The cover of an export and the share log say "1.000 refleksioner" in Danish: "1,000" reads
    as one with decimals there, and "1000" is not how a Danish text writes a count."""
    assert cli("init").returncode == 0
    source = tmp_path / "jrnl.json"
    entries = [{"title": f"Møde {n} om økonomi.", "body": f"Tekst {n}.", "date": f"2024-{n % 12 + 1:02d}-{n % 28 + 1:02d}",
                "time": f"{n % 24:02d}:{n % 60:02d}", "tags": [], "starred": False} for n in range(1000)]
    source.write_text(json.dumps({"tags": {}, "entries": entries}, ensure_ascii=False), "utf-8")
    assert cli("import", "--from", "jrnl-json", str(source)).stdout.decode().strip() == "imported 1000, skipped 0 duplicates"

    danish, english = tmp_path / "alle.md", tmp_path / "all.html"
    assert cli("--lang", "da", "export", "--format", "md", "--all", "--out", str(danish)).returncode == 0
    assert cli("--lang", "en", "export", "--format", "html", "--all", "--out", str(english)).returncode == 0
    cover = danish.read_text("utf-8").split("---", 1)[0]
    assert "· 1.000 refleksioner ·" in cover and "1000" not in cover
    assert "1,000 reflections" in english.read_text("utf-8")
    log = cli("--lang", "da", "sharelog").stdout.decode("utf-8").splitlines()
    assert len(log) == 2 and all("\t1.000 refleksioner\t" in line for line in log)
