"""jrnl: its JSON export and its plain-text journal file, from files written here."""

from __future__ import annotations

import json
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from journal.errors import BadInput
from journal.importers import base, jrnl_json, jrnl_txt
from journal.importers.base import Options

CPH = Options(zone=ZoneInfo("Europe/Copenhagen"))


def _json_file(tmp_path: Path, entries, **extra) -> Path:
    path = tmp_path / "jrnl.json"
    path.write_text(json.dumps({"tags": {}, "entries": entries, **extra}, ensure_ascii=False), "utf-8")
    return path


def _entry(title="Møde med direktionen.", body="Vi talte om økonomien.", date="2024-03-05", time="14:30", tags=(), starred=False):
    return {"title": title, "body": body, "date": date, "time": time, "tags": list(tags), "starred": starred}


# --- jrnl JSON ---------------------------------------------------------------------


def test_json_keeps_title_body_wall_clock_tags_and_star(tmp_path):
    path = _json_file(tmp_path, [_entry(tags=["@økonomi", "@Silo"], starred=True)])
    report = jrnl_json.parse(path, CPH)
    [record] = report.records
    assert record.title == "Møde med direktionen."
    assert record.body == "Vi talte om økonomien."
    assert record.created == "2024-03-05T14:30:00+01:00"
    assert record.tags == ("økonomi", "silo")
    assert record.starred is True
    assert record.source_key.startswith("sha256:")


def test_json_wall_clock_kept_across_the_daylight_saving_change(tmp_path):
    path = _json_file(tmp_path, [_entry(date="2024-03-30", time="12:00"), _entry(date="2024-03-31", time="12:00"), _entry(date="2024-10-27", time="23:15")])
    created = [r.created for r in jrnl_json.parse(path, CPH).records]
    assert created == ["2024-03-30T12:00:00+01:00", "2024-03-31T12:00:00+02:00", "2024-10-27T23:15:00+01:00"]


def test_json_other_tag_symbols(tmp_path):
    path = _json_file(tmp_path, [_entry(tags=["#leadership", "@Anna"])])
    assert jrnl_json.parse(path, Options(zone=CPH.zone, tag_symbols="#@")).records[0].tags == ("leadership", "anna")


def test_json_without_tags_list_finds_tags_in_the_text(tmp_path):
    raw = _entry(body="Samtale med @Anna om #budget og @økonomi-gruppen. mail a@b.dk")
    del raw["tags"]
    assert jrnl_json.parse(_json_file(tmp_path, [raw]), CPH).records[0].tags == ("anna", "økonomi-gruppen")


def test_same_entry_gives_the_same_source_key_and_another_entry_another(tmp_path):
    one = jrnl_json.parse(_json_file(tmp_path, [_entry(), _entry(body="Noget andet.")]), CPH).records
    again = jrnl_json.parse(_json_file(tmp_path, [_entry(body="Vi talte om økonomien.  \r\n")]), CPH).records
    assert one[0].source_key == again[0].source_key
    assert one[0].source_key != one[1].source_key


@pytest.mark.parametrize(
    "content, words",
    [
        ('{"entries": [{"title": "a", "body": "b", "date": "2024-03-05", "ti', "line 1"),
        ('[{"title": "a"}]', "jrnl JSON export"),
        ('{"entries": {"title": "a"}}', "jrnl JSON export"),
        ('{"entries": ["just text"]}', "entry 1"),
        ('{"entries": [{"title": 5, "body": "b", "date": "2024-03-05", "time": "10:00"}]}', '"title" should be text'),
        ('{"entries": [{"title": "a", "body": "b", "date": "2024-03-05", "time": "10:00", "tags": "x"}]}', "list of text"),
        ('{"entries": [{"title": "a", "body": "b", "date": "2024-03-05", "time": "10:00", "starred": "yes"}]}', "true or false"),
        ('{"entries": [{"title": "a", "body": "b", "time": "10:00"}]}', '"date" should be text'),
        ('{"entries": [{"title": "a", "body": "b", "date": "2023-02-30", "time": "10:00"}]}', "not a possible date"),
        ('{"entries": [{"title": "a", "body": "b", "date": "2023-01-01", "time": "25:61"}]}', "not a possible date"),
        ('{"entries": [{"title": "a", "body": "b", "date": "0999-01-01", "time": "10:00"}]}', "not a possible date"),
        ("", "empty"),
        ("   \n", "empty"),
        ("[" * 100_000 + "]" * 100_000, "levels deep"),
        ('{"entries": ' + "[" * 40 + "]" * 40 + "}", "levels deep"),
    ],
)
def test_json_bad_input_is_refused_with_the_file_named(tmp_path, content, words):
    path = tmp_path / "bad.json"
    path.write_text(content, "utf-8")
    with pytest.raises(BadInput) as caught:
        jrnl_json.parse(path, CPH)
    message = caught.value.render()
    assert words in message
    assert str(path) in message


def test_json_in_latin1_or_utf16_is_refused(tmp_path):
    text = json.dumps({"entries": [_entry()]}, ensure_ascii=False)
    latin = tmp_path / "latin.json"
    latin.write_bytes(text.encode("latin-1"))
    with pytest.raises(BadInput, match="not UTF-8"):
        jrnl_json.parse(latin, CPH)
    wide = tmp_path / "wide.json"
    wide.write_bytes(text.encode("utf-16"))
    with pytest.raises(BadInput, match="UTF-16"):
        jrnl_json.parse(wide, CPH)
    bom = tmp_path / "bom.json"
    bom.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert jrnl_json.parse(bom, CPH).records[0].title == "Møde med direktionen."


def test_limits_on_strings_entries_and_file_size(tmp_path, monkeypatch):
    long = tmp_path / "long.json"
    long.write_text(json.dumps({"entries": [_entry(body="x" * (base.MAX_STRING_CHARS + 1))]}), "utf-8")
    with pytest.raises(BadInput, match="at most"):
        jrnl_json.parse(long, CPH)
    monkeypatch.setattr(base, "MAX_ENTRIES", 2)
    many = _json_file(tmp_path, [_entry(), _entry(), _entry()])
    with pytest.raises(BadInput) as caught:
        jrnl_json.parse(many, CPH)
    assert "holds 3 entries" in caught.value.render()
    monkeypatch.setattr(base, "MAX_FILE_BYTES", 100)
    with pytest.raises(BadInput, match="too big"):
        jrnl_json.parse(many, CPH)


# --- jrnl plain text ------------------------------------------------------------------

JOURNAL = """\
[2024-03-05 09:15] Møde med direktionen. Vi talte om økonomien med @Anna.

Andet afsnit: silotænkning koster.
[dette er ikke en overskrift] står midt i teksten

Tredje afsnit.

[2024-03-06 14:30] * Stjernen står efter tiden
Kort tekst.
[2024-03-07 08:00] Hvorfor går det galt? Fordi ingen ejer det.
[2024-03-08 10:00] Titel uden punktum *
sidste linje uden linjeskift"""


def test_txt_headers_titles_bodies_and_stars(tmp_path):
    path = tmp_path / "journal.txt"
    path.write_text(JOURNAL, "utf-8")
    records = jrnl_txt.parse(path, CPH).records
    assert [r.title for r in records] == ["Møde med direktionen.", "Stjernen står efter tiden", "Hvorfor går det galt?", "Titel uden punktum"]
    assert [r.starred for r in records] == [False, True, False, True]
    assert records[0].body == (
        "Vi talte om økonomien med @Anna.\n\nAndet afsnit: silotænkning koster.\n[dette er ikke en overskrift] står midt i teksten\n\nTredje afsnit."
    )
    assert records[0].tags == ("anna",)
    assert records[0].created == "2024-03-05T09:15:00+01:00"
    assert records[2].body == "Fordi ingen ejer det."
    assert records[3].body == "sidste linje uden linjeskift"


def test_txt_with_bom_crlf_seconds_and_am_pm(tmp_path):
    path = tmp_path / "journal.txt"
    text = "[2024-03-31 01:30:00 PM] Efter sommertid.\r\nTekst.\r\n[2024-03-30 09:05:07] Før.\r\n"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    records = jrnl_txt.parse(path, CPH).records
    assert [r.created for r in records] == ["2024-03-31T13:30:00+02:00", "2024-03-30T09:05:07+01:00"]
    assert records[0].body == "Tekst."


def test_txt_twelve_hour_clock_edges(tmp_path):
    path = tmp_path / "journal.txt"
    path.write_text("[2024-03-05 12:30:00 AM] Nat.\n[2024-03-05 12:30:00 PM] Middag.\n[2024-03-05 01:05:00 PM] Eftermiddag.\n", "utf-8")
    assert [r.created[11:16] for r in jrnl_txt.parse(path, CPH).records] == ["00:30", "12:30", "13:05"]
    path.write_text("[2024-03-05 13:30:00 PM] Umulig.\n", "utf-8")
    with pytest.raises(BadInput):
        jrnl_txt.parse(path, CPH)


def test_txt_custom_timeformat(tmp_path):
    path = tmp_path / "journal.txt"
    path.write_text("[05.03.2024 kl. 14.30] Dansk tid.\nTekst.\n", "utf-8")
    records = jrnl_txt.parse(path, Options(zone=CPH.zone, time_format="%d.%m.%Y kl. %H.%M")).records
    assert records[0].created == "2024-03-05T14:30:00+01:00"
    with pytest.raises(BadInput) as caught:
        jrnl_txt.parse(path, CPH)
    assert "line 1" in caught.value.render()


@pytest.mark.parametrize(
    "content, words",
    [
        ("[2023-02-30 10:00] Umulig dato.\n", "line 1"),
        ("[2024-03-05 10:00] God.\ntekst\n[2024-13-45 10:00] Umulig.\n", "line 3"),
        ("Bare en tekst\nuden overskrifter\n", "line 1"),
        ("", "empty"),
    ],
)
def test_txt_bad_input(tmp_path, content, words):
    path = tmp_path / "journal.txt"
    path.write_text(content, "utf-8")
    with pytest.raises(BadInput) as caught:
        jrnl_txt.parse(path, CPH)
    assert words in caught.value.render() and str(path) in caught.value.render()


def test_txt_latin1_names_the_line(tmp_path):
    path = tmp_path / "journal.txt"
    path.write_bytes("[2024-03-05 10:00] Godt.\nrødgrød\n".encode("latin-1"))
    with pytest.raises(BadInput) as caught:
        jrnl_txt.parse(path, CPH)
    assert "line 2, is not UTF-8" in caught.value.render()
