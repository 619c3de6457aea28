"""``tvaers import`` as a subprocess: the counts, re-import, and every malformed source giving exit 1."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest


def _init(cli):
    done = cli("init")
    assert done.returncode == 0, done.stderr


def _one_error_line(done) -> str:
    assert done.returncode == 1, (done.stdout, done.stderr)
    text = done.stderr.decode("utf-8")
    assert "Traceback" not in text
    lines = text.strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("tvaers: ")
    return lines[0]


def _listed(cli) -> list[dict]:
    done = cli("list", "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def _dayone_zip(path: Path) -> Path:
    entries = [
        {"uuid": "D1", "creationDate": "2023-03-04T23:30:00Z", "timeZone": "Europe/Copenhagen", "text": "# Sen aften\n\nEfter midnat\\.", "tags": ["Sent"], "starred": True,
         "photos": [{"identifier": "P"}]},
        {"uuid": "D2", "creationDate": "2024-03-31T01:30:00Z", "timeZone": "Europe/Copenhagen", "text": "Efter sommertid."},
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Journal.json", json.dumps({"metadata": {"version": "1.0"}, "entries": entries}))
        archive.writestr("photos/p.jpeg", b"\xff\xd8\xff")
    return path


def test_dayone_zip_import_twice(cli, tmp_path):
    _init(cli)
    source = _dayone_zip(tmp_path / "dayone.zip")
    done = cli("import", "--from", "dayone", str(source))
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode().strip() == "imported 2, skipped 0 duplicates"
    assert "1 photos" in done.stderr.decode()  # media left out, said on stderr
    again = cli("import", "--from", "auto", str(source))
    assert again.stdout.decode().strip() == "imported 0, skipped 2 duplicates"
    listed = _listed(cli)
    assert [e["created"] for e in listed] == ["2024-03-31T03:30:00+02:00", "2023-03-05T00:30:00+01:00"]
    night = listed[1]
    assert night["title"] == "Sen aften" and night["body"] == "Efter midnat." and night["tags"] == ["sent"]
    shown = json.loads(cli("show", night["id"], "--json").stdout)
    assert shown["starred"] is True


def test_jrnl_txt_and_markdown_import(cli, tmp_path):
    _init(cli)
    txt = tmp_path / "journal.txt"
    txt.write_text("[2024-03-05 09:15] Møde. Om @økonomi.\n\n[2024-03-06 10:00] * Vigtig\n", "utf-8")
    done = cli("import", "--from", "jrnl-txt", "--zone", "Europe/Copenhagen", str(txt))
    assert done.stdout.decode().strip() == "imported 2, skipped 0 duplicates", done.stderr
    vault = tmp_path / "vault"
    (vault / "Daily").mkdir(parents=True)
    (vault / "Daily" / "2024-03-07.md").write_text("# Torsdag\nmed #tværs\n", "utf-8")
    (vault / "Ingen dato.md").write_text("tekst", "utf-8")
    done = cli("import", "--from", "markdown", "--zone", "Europe/Copenhagen", str(vault))
    assert done.stdout.decode().strip() == "imported 1, skipped 0 duplicates"
    assert "Ingen dato.md" in done.stderr.decode() and "no date" in done.stderr.decode()
    assert [e["title"] for e in _listed(cli)] == ["Torsdag", "Vigtig", "Møde."]
    search = json.loads(cli("search", "økonomi", "--json").stdout)
    assert [h["title"] for h in search] == ["Møde."]


def _bomb() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Journal.json", b'{"entries": []' + b" " * (8 * 1024 * 1024) + b"}")
    return buffer.getvalue()


def _zip_of(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


GOOD_JRNL = json.dumps({"entries": [{"title": "a", "body": "b", "date": "2024-03-05", "time": "10:00"}]})
MALFORMED = {
    "truncated.json": ("jrnl-json", GOOD_JRNL[:-10].encode()),
    "shape.json": ("jrnl-json", b'[{"title": "a"}]'),
    "types.json": ("jrnl-json", b'{"entries": [{"title": ["a"], "date": "2024-03-05"}]}'),
    "date.json": ("jrnl-json", b'{"entries": [{"title": "a", "body": "b", "date": "2023-02-30", "time": "10:00"}]}'),
    "latin1.txt": ("jrnl-txt", "[2024-03-05 10:00] Rødgrød.\n".encode("latin-1")),
    "utf16.json": ("jrnl-json", GOOD_JRNL.encode("utf-16")),
    "deep.json": ("dayone", b"[" * 100_000 + b"]" * 100_000),
    "empty.json": ("jrnl-json", b""),
    "bomb.zip": ("dayone", _bomb()),
    "escape.zip": ("dayone", _zip_of({"Journal.json": b'{"entries": []}', "../../evil.json": b"{}"})),
    "other.zip": ("dayone", _zip_of({"Notes/readme.txt": b"hej"})),
}


@pytest.mark.parametrize("name", sorted(MALFORMED))
def test_malformed_source_exits_1_and_changes_nothing(cli, tmp_path, name):
    _init(cli)
    fmt, data = MALFORMED[name]
    source = tmp_path / name
    source.write_bytes(data)
    before = sorted(p.name for p in tmp_path.rglob("*"))
    line = _one_error_line(cli("import", "--from", fmt, str(source)))
    assert name in line
    assert _listed(cli) == []
    after = sorted(p.name for p in tmp_path.rglob("*"))
    assert "evil.json" not in after and before == after  # nothing unpacked or written beside it


def test_markdown_folder_with_an_unreadable_file_exits_1(cli, tmp_path):
    _init(cli)
    vault = tmp_path / "vault"
    vault.mkdir()
    (vault / "2024-03-05.md").write_text("god", "utf-8")
    (vault / "2024-03-06.md").symlink_to(vault / "gone.md")
    line = _one_error_line(cli("import", "--from", "markdown", str(vault)))
    assert "2024-03-06.md" in line
    assert _listed(cli) == []


def test_unknown_zone_is_one_clear_line(cli, tmp_path):
    _init(cli)
    txt = tmp_path / "journal.txt"
    txt.write_text("[2024-03-05 09:15] Møde.\n", "utf-8")
    assert "time zone" in _one_error_line(cli("import", "--from", "jrnl-txt", "--zone", "Mars/Olympus", str(txt)))
