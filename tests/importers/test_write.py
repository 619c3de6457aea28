"""Writing an import into a real encrypted journal: all or nothing, twice without duplicates."""

from __future__ import annotations

import json
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal import importers
from journal.errors import BadInput, ImportCancelled
from journal.importers.base import Options, Record, Report
from journal.store.limits import MAX_ENTRY_CHARS

CPH = Options(zone=ZoneInfo("Europe/Copenhagen"))
TEXT = st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",))  # NUL is refused as not text


def _jrnl(tmp_path: Path, count: int) -> Path:
    entries = [
        {"title": f"Refleksion {n} om økonomi.", "body": f"Tekst {n} med @tværs.", "date": "2024-03-05", "time": f"{n % 24:02d}:{n % 60:02d}",
         "tags": ["@tværs"], "starred": n % 2 == 0}
        for n in range(count)
    ]
    path = tmp_path / "jrnl.json"
    path.write_text(json.dumps({"tags": {}, "entries": entries}, ensure_ascii=False), "utf-8")
    return path


def test_import_then_again_imports_nothing_new(store, tmp_path):
    report = importers.parse(_jrnl(tmp_path, 30), "jrnl-json", CPH)
    assert importers.write(store, report) == (30, 0)
    assert importers.write(store, importers.parse(_jrnl(tmp_path, 30), "auto", CPH)) == (0, 30)
    assert store.count_entries() == 30
    assert importers.write(store, importers.parse(_jrnl(tmp_path, 35), "jrnl-json", CPH)) == (5, 30)
    assert store.count_entries() == 35


def test_imported_entries_are_searchable_tagged_starred_and_dated(store, tmp_path):
    importers.write(store, importers.parse(_jrnl(tmp_path, 3), "jrnl-json", CPH))
    hits = store.search("økonomi")
    assert len(hits) == 3
    entry = store.get_entry(hits[0].entry.id)
    assert entry.tags == ("tværs",)
    assert entry.created.startswith("2024-03-05T") and entry.created.endswith("+01:00")
    starred = {store.get_entry(h.entry.id).title: store.get_entry(h.entry.id).starred for h in hits}
    assert starred == {"Refleksion 0 om økonomi.": True, "Refleksion 1 om økonomi.": False, "Refleksion 2 om økonomi.": True}
    assert entry.to_json()["starred"] == entry.starred
    assert store.has_tag("tværs")


def test_one_entry_too_long_rolls_the_whole_import_back(store, tmp_path):
    report = Report("test", "x", records=[
        Record("a", "fine", "2024-03-05T10:00:00+01:00", source_key="k1"),
        Record("b", "x" * (MAX_ENTRY_CHARS + 1), "2024-03-05T11:00:00+01:00", source_key="k2"),
    ])
    with pytest.raises(BadInput):
        importers.write(store, report)
    assert store.count_entries() == 0
    assert store.search("fine") == []


def test_cancel_rolls_everything_back(store, tmp_path):
    report = importers.parse(_jrnl(tmp_path, 500), "jrnl-json", CPH)
    seen = []
    with pytest.raises(ImportCancelled):
        importers.write(store, report, progress=seen.append, cancelled=lambda: len(seen) >= 1)
    assert seen == [200]
    assert store.count_entries() == 0
    assert store.search("økonomi") == []
    assert importers.write(store, report) == (500, 0)  # and it can be imported afterwards


def test_duplicates_inside_one_source_are_kept_once(store, tmp_path):
    path = tmp_path / "jrnl.json"
    entry = {"title": "Samme.", "body": "Samme tekst.", "date": "2024-03-05", "time": "10:00"}
    path.write_text(json.dumps({"entries": [entry, entry]}), "utf-8")
    assert importers.write(store, importers.parse(path, "jrnl-json", CPH)) == (1, 1)


def test_unknown_format_and_undetectable_file(tmp_path):
    with pytest.raises(BadInput):
        importers.parse(tmp_path, "evernote")
    odd = tmp_path / "odd.bin"
    odd.write_bytes(b"\x00\x01")
    with pytest.raises(BadInput):
        importers.parse(odd, "auto")


def test_detect_each_format(tmp_path):
    jrnl = _jrnl(tmp_path, 1)
    txt = tmp_path / "journal.txt"
    txt.write_text("[2024-03-05 10:00] Titel.\n", "utf-8")
    day = tmp_path / "Journal.json"
    day.write_text(json.dumps({"entries": [{"uuid": "a", "creationDate": "2024-03-05T10:00:00Z"}]}), "utf-8")
    note = tmp_path / "2024-03-05.md"
    note.write_text("# x", "utf-8")
    assert [importers.detect(p) for p in (jrnl, txt, day, note, tmp_path)] == ["jrnl-json", "jrnl-txt", "dayone", "markdown", "markdown"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=400) | st.text(max_size=400).map(lambda t: t.encode("utf-8")), fmt=st.sampled_from(["jrnl-json", "jrnl-txt", "dayone"]))
def test_any_bytes_give_a_report_or_one_clear_refusal(tmp_path, data, fmt):
    path = tmp_path / "source"
    path.write_bytes(data)
    try:
        report = importers.parse(path, fmt, CPH)
    except BadInput as exc:
        assert exc.render()
    else:
        assert all(isinstance(r.body, str) and r.created for r in report.records)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.text(TEXT.filter(lambda c: c not in "\n\r\x85\u2028\u2029\x0b\x0c\x1c\x1d\x1e"), min_size=1, max_size=30).filter(str.strip),
                          st.text(TEXT, max_size=80)), min_size=1, max_size=5))
def test_jrnl_txt_keeps_every_entry_written_by_jrnl(tmp_path_factory, entries):
    """Whatever the titles and bodies, a file written as jrnl writes it comes back as as many entries."""
    path = tmp_path_factory.mktemp("txt") / "journal.txt"
    lines = []
    for n, (title, body) in enumerate(entries):
        body_lines = [line for line in body.replace("\r", "").split("\n") if not line.startswith("[")]
        lines.append(f"[2024-03-{n + 1:02d} 10:00] {title}")
        lines.extend(body_lines)
    path.write_text("\n".join(lines), "utf-8")
    report = importers.parse(path, "jrnl-txt", CPH)
    assert [r.created[:10] for r in report.records] == [f"2024-03-{n + 1:02d}" for n in range(len(entries))]


def test_a_batch_entry_is_indexed_exactly_as_a_single_one(store):
    store.create_entry("Økonomien ender i adskilte kasser.", title="Silo", tags=["Økonomi", "tværs"], created="2024-03-05T10:00:00+01:00")
    store.create_entries([{"body": "Økonomien ender i adskilte kasser.", "title": "Silo", "tags": ["Økonomi", "tværs", "økonomi"],
                           "created": "2024-03-05T10:00:00+01:00", "source_key": "k"}])
    for query in ("økonomi", "silo", "tværs", "kasser"):
        hits = store.search(query)
        assert len(hits) == 2
        assert hits[0].rank == hits[1].rank and hits[0].snippet == hits[1].snippet
    single, batch = sorted((h.entry for h in store.search("silo")), key=lambda e: e.id)
    assert single.tags == batch.tags == ("økonomi", "tværs")
    assert (single.created, single.updated) == (batch.created, batch.updated)


def test_batch_skips_known_uids_and_checks_cases(store):
    from journal.errors import NotFound

    store.create_entries([{"body": "a", "uid": "u1"}, {"body": "b", "uid": "u1"}])
    assert store.count_entries() == 1
    with pytest.raises(NotFound):
        store.create_entries([{"body": "c", "source_key": "c"}, {"body": "d", "case_id": "no-such-case"}])
    assert store.count_entries() == 1
