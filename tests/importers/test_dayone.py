"""Day One: its JSON export and its ZIP, from files written here (no fixtures from elsewhere)."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from journal.errors import BadInput
from journal.importers import dayone


def _entry(uuid="A1", created="2023-03-04T23:30:00Z", zone="Europe/Copenhagen", text="Første linje.", **extra):
    return {"uuid": uuid, "creationDate": created, "modifiedDate": created, "timeZone": zone, "text": text, **extra}


def _doc(*entries) -> dict:
    return {"metadata": {"version": "1.0"}, "entries": list(entries)}


def _json_file(tmp_path: Path, *entries) -> Path:
    path = tmp_path / "Journal.json"
    path.write_text(json.dumps(_doc(*entries), ensure_ascii=False), "utf-8")
    return path


def _zip(tmp_path: Path, members: dict[str, bytes], name="export.zip", compression=zipfile.ZIP_DEFLATED) -> Path:
    path = tmp_path / name
    with zipfile.ZipFile(path, "w", compression) as archive:
        for member, data in members.items():
            archive.writestr(member, data)
    return path


def _refused(path: Path) -> str:
    with pytest.raises(BadInput) as caught:
        dayone.parse(path)
    message = caught.value.render()
    assert str(path) in message
    return message


def test_utc_creation_shown_in_the_entrys_own_zone_next_day_in_copenhagen(tmp_path):
    [record] = dayone.parse(_json_file(tmp_path, _entry())).records
    assert record.created == "2023-03-05T00:30:00+01:00"  # 23:30 UTC belongs to the next day in Copenhagen
    assert record.source_key == "dayone:A1"


def test_entries_across_daylight_saving_change(tmp_path):
    records = dayone.parse(_json_file(
        tmp_path,
        _entry("B1", "2024-03-31T00:30:00Z"),  # before the change: +01:00
        _entry("B2", "2024-03-31T01:30:00Z"),  # after: +02:00 (02:00-03:00 local does not exist)
        _entry("B3", "2024-10-27T00:30:00Z", text="Første af to 02:30."),
        _entry("B4", "2024-10-27T01:30:00Z", text="Anden 02:30."),
        _entry("B5", "2024-07-01T12:00:00Z", zone="America/New_York"),
    )).records
    assert [r.created for r in records] == [
        "2024-03-31T01:30:00+01:00",
        "2024-03-31T03:30:00+02:00",
        "2024-10-27T02:30:00+02:00",
        "2024-10-27T02:30:00+01:00",
        "2024-07-01T08:00:00-04:00",
    ]


def test_text_unescaped_tags_star_modified_and_media_counted(tmp_path):
    text = "# Møde i styregruppen\n\nDet gik 1\\. gang godt \\- næsten\\! Se \\(bilag\\) og \\#budget \\*ikke\\* fed\\.\n![](dayone-moment://ABCDEF)\nSlut."
    entry = _entry(
        text=text, tags=["Økonomi", "styregruppe"], starred=True, modifiedDate="2023-03-06T08:00:00Z",
        photos=[{"identifier": "ABCDEF", "md5": "x"}, {"identifier": "G"}], audios=[{"identifier": "H"}], pdfAttachments=[{}],
    )
    report = dayone.parse(_json_file(tmp_path, entry))
    [record] = report.records
    assert record.title == "Møde i styregruppen"
    assert record.body == "Det gik 1. gang godt - næsten! Se (bilag) og #budget *ikke* fed.\nSlut."
    assert record.tags == ("økonomi", "styregruppe")
    assert record.starred is True
    assert record.updated == "2023-03-06T09:00:00+01:00"
    assert report.media_skipped == 4
    assert [w.code for w in report.warnings] == ["media"]


def test_rich_text_only_entry_falls_back_to_its_text(tmp_path):
    rich = json.dumps({"contents": [{"text": "Kun rig tekst.\n"}, {"text": "Anden linje."}], "meta": {"version": 1}})
    [record] = dayone.parse(_json_file(tmp_path, _entry(text=None, richText=rich))).records
    assert record.body == "Kun rig tekst.\nAnden linje."


def test_unknown_zone_falls_back_to_utc_with_a_warning(tmp_path):
    report = dayone.parse(_json_file(tmp_path, _entry(zone="Mars/Olympus")))
    assert report.records[0].created == "2023-03-04T23:30:00+00:00"
    assert any(w.code == "no_zone" for w in report.warnings)


def test_zip_with_two_journals_and_media(tmp_path):
    path = _zip(tmp_path, {
        "Journal.json": json.dumps(_doc(_entry("Z1"))).encode(),
        "Arbejde.json": json.dumps(_doc(_entry("Z2", text="Arbejde."), _entry("Z3", text="Mere."))).encode(),
        "photos/abc.jpeg": b"\xff\xd8\xff" + b"\x00" * 100,
        "audios/def.m4a": b"\x00" * 50,
    })
    report = dayone.parse(path)
    assert sorted(r.source_key for r in report.records) == ["dayone:Z1", "dayone:Z2", "dayone:Z3"]
    assert report.files_read == 2


def test_zip_bomb_is_refused_without_unpacking(tmp_path):
    path = _zip(tmp_path, {"Journal.json": b'{"entries": []' + b" " * (8 * 1024 * 1024) + b"}"})
    assert "ZIP bomb" in _refused(path)


def test_zip_with_parent_or_absolute_member_names_is_refused(tmp_path):
    for bad in ("../evil.json", "photos/../../evil.json", "/etc/evil.json", "C:/evil.json"):
        path = _zip(tmp_path, {"Journal.json": json.dumps(_doc(_entry())).encode(), bad: b"{}"}, name="bad.zip")
        assert "outside the archive" in _refused(path)


def test_zip_that_is_not_day_ones(tmp_path):
    assert "not a Day One export" in _refused(_zip(tmp_path, {"README.txt": b"hej", "photos/a.jpeg": b"x"}))
    assert "not a Day One export" in _refused(_zip(tmp_path, {"notes.json": b'{"pages": []}'}, name="other.zip"))


def test_truncated_zip_and_truncated_json(tmp_path):
    good = _zip(tmp_path, {"Journal.json": json.dumps(_doc(_entry())).encode()})
    cut = tmp_path / "cut.zip"
    cut.write_bytes(good.read_bytes()[:40])
    assert "not a readable ZIP" in _refused(cut)
    text = tmp_path / "cut.json"
    text.write_text(json.dumps(_doc(_entry()))[:-20], "utf-8")
    assert "not valid JSON" in _refused(text)


def test_zip_member_count_and_total_size_limits(tmp_path, monkeypatch):
    from journal.importers import dayone as module

    path = _zip(tmp_path, {"Journal.json": json.dumps(_doc(_entry())).encode(), **{f"photos/{n}.jpeg": b"x" for n in range(5)}})
    monkeypatch.setattr(module, "MAX_ZIP_MEMBERS", 3)
    assert "holds 6 files" in _refused(path)
    monkeypatch.setattr(module, "MAX_ZIP_MEMBERS", 100)
    monkeypatch.setattr(module, "MAX_ZIP_TOTAL", 10)
    assert "would unpack" in _refused(path)


@pytest.mark.parametrize(
    "entry, words",
    [
        (_entry(created="2023-02-30T10:00:00Z"), "not a possible date"),
        (_entry(created="i går"), "not a possible date"),
        (_entry(created=20230305), '"creationDate" has the wrong type'),
        (_entry(text=["a"]), '"text" has the wrong type'),
        (_entry(tags=[1, 2]), "list of text"),
        (_entry(starred="true"), '"starred" has the wrong type'),
        ("not an object", "is not an object"),
    ],
)
def test_wrong_types_and_impossible_dates(tmp_path, entry, words):
    path = tmp_path / "Journal.json"
    path.write_text(json.dumps({"entries": [entry]}), "utf-8")
    assert words in _refused(path)


def test_wrong_shape_deep_nesting_empty_and_utf16(tmp_path):
    shapes = {"list.json": "[]", "noentries.json": '{"metadata": {}}', "deep.json": "[" * 5000 + "]" * 5000, "empty.json": ""}
    for name, content in shapes.items():
        path = tmp_path / name
        path.write_text(content, "utf-8")
        _refused(path)
    wide = tmp_path / "wide.json"
    wide.write_bytes(json.dumps(_doc(_entry())).encode("utf-16"))
    assert "UTF-16" in _refused(wide)


def test_detect_by_content():
    assert dayone.detect(Path("x.zip"), b"PK\x03\x04rest")
    assert dayone.detect(Path("x.json"), b'{"metadata": {}, "entries": [{"creationDate": "2023"')
    assert not dayone.detect(Path("x.json"), b'{"tags": {}, "entries": [{"date": "2023-01-01"')
