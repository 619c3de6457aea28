"""Exports as a recipient opens them: real journals, real files, pdftotext on real PDFs.

What is checked is what a leader or a coach would notice: the selected entries' Danish
text is in the file and nothing of the others; the question is quoted once; the parts left
out are not there; a protected PDF does not open without its password; a failed write
leaves no file behind; every export is on the share log with the checksum of the file.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal.errors import BadInput, NotFound
from journal.export import tvaers_json
from journal.export.document import PARTS, Selection
from journal.export.markdown_files import safe_stem
from journal.export.writer import ExportRequest, export

# The PDF tests take pytest-qt's QApplication (the window's kind): left alone, the exporter
# would make a bare QGuiApplication, as the command line does, and later window tests could
# not make theirs in the same process.
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")

CHOSEN = "Mødet på rådhuset gik skævt; jeg lærte, at ære og åbenhed hænger sammen."
OTHER = "Hemmelig bemærkning om budgettet, som ikke må forlade dagbogen."


@pytest.fixture
def journal(store):
    case = store.create_case("Sammenhængende forløb", "På tværs af forvaltninger").ids[0]
    chosen = store.create_entry(
        f"> Hvem ejer borgerens forløb?\n\n{CHOSEN}\n\n- første punkt\n- andet punkt",
        title="Rådhuset – æøå", tags=["ledelse", "på tværs"], case_id=case, prompt_id="samarbejde-01",
        created="2025-03-05T00:30:00+01:00",
    ).ids[0]
    store.add_commitment(chosen, "Ring til jobcentret", due="2025-03-10")
    store.add_comment(chosen, "Coach Hanne", "Hvad gjorde du *selv*?", created="2025-03-06T09:00:00+01:00")
    other = store.create_entry(OTHER, title="Budget", tags=["økonomi"], created="2025-04-01T10:00:00+02:00").ids[0]
    return store, chosen, other, case


def _pdf_text(path: Path, password: str | None = None) -> subprocess.CompletedProcess:
    command = ["pdftotext", "-enc", "UTF-8"]
    if password is not None:
        command += ["-upw", password]
    return subprocess.run([*command, str(path), "-"], capture_output=True)


@needs_poppler
def test_pdf_holds_the_chosen_entry_in_searchable_danish_text_and_nothing_else(qapp, journal, tmp_path):
    store, chosen, _other, _case = journal
    target = tmp_path / "Til coach – æøå.pdf"
    result = export(store, ExportRequest(Selection(ids=(chosen,)), "pdf", target, recipient="coach", lang="da"))
    assert result.path == target.resolve() and target.read_bytes().startswith(b"%PDF")
    text = _pdf_text(target).stdout.decode("utf-8")
    flat = " ".join(text.split())
    assert CHOSEN in flat, "the entry's text is searchable text, Danish letters included"
    assert "Rådhuset – æøå" in flat and "Fortroligt" in flat and "1 refleksion" in flat
    assert "Hvem ejer borgerens forløb?" in flat and flat.count("Hvem ejer borgerens forløb?") == 1
    assert "Ring til jobcentret" in flat and "#på tværs" in flat
    assert "Side 1 af 2" in flat and "Side 2 af 2" in flat, "the cover alone on page 1, numbered pages"
    assert OTHER not in flat and "Budget" not in flat
    assert "Hvad gjorde du" not in flat, "a coach's comments leave only when ticked"
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True).stdout.decode("utf-8")
    assert "Refleksioner fra Tværs" in info and "A4" in info


@needs_poppler
def test_a_protected_pdf_opens_only_with_its_password(qapp, journal, tmp_path):
    store, chosen, _other, _case = journal
    target = tmp_path / "beskyttet.pdf"
    export(store, ExportRequest(Selection(ids=(chosen,)), "pdf", target, share_password="blå-hest-42"))
    without = _pdf_text(target)
    assert without.returncode != 0 and CHOSEN.encode("utf-8") not in without.stdout
    wrong = _pdf_text(target, "forkert")
    assert wrong.returncode != 0
    right = _pdf_text(target, "blå-hest-42")
    assert right.returncode == 0 and CHOSEN in " ".join(right.stdout.decode("utf-8").split())
    assert CHOSEN.encode("utf-8") not in target.read_bytes()
    assert store.share_log()[-1]["protected"] is True


def test_html_holds_the_parts_ticked_and_its_checksum_is_on_the_share_log(journal, tmp_path):
    store, chosen, other, case = journal
    target = tmp_path / "ud.html"
    parts = frozenset(PARTS) - {"tags", "next_steps"}
    result = export(store, ExportRequest(Selection(case_id=case), "html", target, parts=parts, recipient="other", lang="en"))
    html = target.read_text("utf-8")
    assert CHOSEN in html and OTHER not in html
    assert "Content-Security-Policy" in html and "Confidential" in html
    assert "Hvad gjorde du <em>selv</em>?" in html, "comments ticked: the coach's words are there, formatted"
    assert "#ledelse" not in html and "Ring til jobcentret" not in html, "tags and next steps left out"
    assert "Case: Sammenhængende forløb" in html
    log = store.share_log()[-1]
    assert log["sha256"] == hashlib.sha256(target.read_bytes()).hexdigest() == result.sha256
    assert log["format"] == "html" and log["recipient"] == "other" and log["file"] == str(target.resolve())
    assert log["entries"] == [store.get_entry(chosen).uid] and "tags" not in log["parts"] and "comments" in log["parts"]
    assert store.times_shared(store.get_entry(chosen).uid) == 1 and store.times_shared(store.get_entry(other).uid) == 0


def test_markdown_folder_has_one_file_per_entry_with_front_matter_and_safe_names(journal, tmp_path):
    store, chosen, other, _case = journal
    store.create_entry("Tredje", title='CON: "hvad?" / <svar> *', created="2025-04-01T11:00:00+02:00")
    target = tmp_path / "mappe"
    export(store, ExportRequest(Selection(everything=True), "md-folder", target))
    names = sorted(p.name for p in target.iterdir())
    assert names == ["2025-03-05-Rådhuset-–-æøå.md", "2025-04-01-Budget.md", "2025-04-01-CON-hvad-svar.md"]
    first = (target / names[0]).read_text("utf-8")
    head = first.split("---\n")[1]
    assert 'date: "2025-03-05T00:30:00+01:00"' in head and 'tags: ["ledelse", "på tværs"]' in head
    assert 'question_id: "samarbejde-01"' in head and 'case: "Sammenhængende forløb"' in head
    assert CHOSEN in first and OTHER not in first
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".tvaers-export-")]


def test_one_markdown_file_reads_in_order_with_the_question_once(journal, tmp_path):
    store, chosen, other, _case = journal
    target = tmp_path / "alt.md"
    export(store, ExportRequest(Selection(everything=True), "md", target))
    text = target.read_text("utf-8")
    assert text.index(CHOSEN) < text.index(OTHER), "oldest first"
    assert text.count("Hvem ejer borgerens forløb?") == 1
    assert "## Rådhuset – æøå" in text and "- Ring til jobcentret (senest 10. marts 2025)" in text


@pytest.mark.parametrize(
    "name, expected",
    [("CON", "refleksion-CON"), ("a/b\\c:d", "a-b-c-d"), ("  punkt.  ", "punkt"), ("æøå ÆØÅ", "æøå-ÆØÅ"), ("", "refleksion"), ("lpt1.txt", "refleksion-lpt1.txt")],
)
def test_file_names_are_safe_on_windows(name, expected):
    assert safe_stem(name) == expected


@given(st.text(max_size=120))
def test_any_title_gives_a_usable_file_name(title):
    name = safe_stem(title)
    assert name and len(name) <= 70
    assert not set(name) & set('<>:"/\\|?*') and not any(ord(c) < 32 for c in name)
    assert not name.endswith((".", " ")) and name.split(".")[0].upper() not in {"CON", "PRN", "AUX", "NUL"}


def test_an_empty_selection_or_no_choice_writes_nothing(journal, tmp_path):
    store, *_ = journal
    target = tmp_path / "tom.pdf"
    with pytest.raises(BadInput):
        export(store, ExportRequest(Selection(), "pdf", target))
    with pytest.raises(BadInput) as nothing:
        export(store, ExportRequest(Selection(date_from="2030-01-01"), "html", target.with_suffix(".html")))
    assert "nothing was exported" in nothing.value.render()
    with pytest.raises(NotFound):
        export(store, ExportRequest(Selection(ids=(999,)), "html", target.with_suffix(".html")))
    assert list(tmp_path.iterdir()) == [tmp_path / "journal"] and store.share_log() == []


def test_a_read_only_folder_gives_a_message_and_leaves_no_file(journal, tmp_path, monkeypatch):
    """The folder refuses new files (EACCES from the real open, as for a user without write
    access; tests run as root here, which folder permissions do not stop)."""
    import errno

    store, chosen, *_ = journal
    folder = tmp_path / "låst"
    folder.mkdir()
    real_open, real_mkdir = os.open, os.mkdir

    def refusing(real):
        def call(path, *args, **kwargs):
            if Path(path).parent == folder:
                raise PermissionError(errno.EACCES, "Permission denied", str(path))
            return real(path, *args, **kwargs)

        return call

    monkeypatch.setattr(os, "open", refusing(real_open))
    monkeypatch.setattr(os, "mkdir", refusing(real_mkdir))
    for fmt, target in (("html", folder / "ud.html"), ("md-folder", folder / "mappe")):
        with pytest.raises(BadInput) as refused:
            export(store, ExportRequest(Selection(ids=(chosen,)), fmt, target))
        assert "may not write" in refused.value.render()
    monkeypatch.undo()
    assert [p.name for p in folder.iterdir()] == [] and store.share_log() == []


def test_a_failing_write_leaves_no_half_file(journal, tmp_path, monkeypatch):
    """The disk fills up half-way (ENOSPC from the real write): no export file, no temp file, no log line."""
    import errno

    store, chosen, *_ = journal
    real_fsync = os.fsync

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(Exception) as failed:
        export(store, ExportRequest(Selection(ids=(chosen,)), "md", tmp_path / "ud.md"))
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert "disk is full" in failed.value.render()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["journal"] and store.share_log() == []


# --- tvaers-json: out and back in ----------------------------------------------------------

texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=300)
markdownish = st.lists(
    st.sampled_from(["# Overskrift\n", "- punkt\n", "**fed** ", "æøå ÆØÅ ", "🙂👩🏽‍💼 ", "שלום עולם ", "مرحبا ", "> citat\n", "`kode` ", "\r\n", "\t"]),
    max_size=12,
).map("".join)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(bodies=st.lists(st.one_of(texts, markdownish), min_size=1, max_size=4), title=texts)
def test_json_out_and_into_a_fresh_journal_gives_the_same_entries(tmp_path_factory, bodies, title):
    from journal.store import Store

    root = tmp_path_factory.mktemp("rundtur")
    source, _ = Store.create(root / "a", "første adgangssætning")
    target, _ = Store.create(root / "b", "anden adgangssætning")
    try:
        case = source.create_case("Egen sag – ø", "beskrivelse").ids[0]
        own = source.add_own_prompt("Hvad lærte jeg?", "What did I learn?", theme="læring").ids[0]
        for n, body in enumerate(bodies):
            entry = source.create_entry(
                body, title=title if n == 0 else "", tags=["æble", "på tværs"][: n + 1],
                case_id=case if n == 0 else None, prompt_id=own if n == 1 else None,
                created=f"2024-0{n + 1}-05T23:30:00+01:00",
            ).ids[0]
            if n == 0:
                source.add_commitment(entry, "Skridt æ", due="2024-02-01")
                source.add_comment(entry, "Coach", "Godt 🙂", created="2024-01-06T10:00:00+01:00")
        file = root / "alt.json"
        export(source, ExportRequest(Selection(everything=True), "json", file))
        changes, skipped = target.import_whole_entries(tvaers_json.read(file))
        assert skipped == 0 and len(changes.ids) == len(bodies)
        ids_a = [s.id for s in source.list_entries()]
        ids_b = [s.id for s in target.list_entries()]
        assert source.whole_entries(ids_a) == target.whole_entries(ids_b), "every field, byte for byte"
        again, skipped_again = target.import_whole_entries(tvaers_json.read(file))
        assert again.ids == () and skipped_again == len(bodies)
    finally:
        source.close()
        target.close()


def test_json_of_an_entry_equal_in_content_is_skipped_even_with_another_id(journal, tmp_path):
    store, chosen, *_ = journal
    file = tmp_path / "en.json"
    export(store, ExportRequest(Selection(ids=(chosen,)), "json", file))
    doc = json.loads(file.read_text("utf-8"))
    doc["entries"][0]["uid"] = "f" * 32
    file.write_text(json.dumps(doc), "utf-8")
    changes, skipped = store.import_whole_entries(tvaers_json.read(file))
    assert changes.ids == () and skipped == 1


@pytest.mark.parametrize(
    "content, words",
    [
        (b"", "empty"),
        (b'{"format": "tvaers-json", "version": 1, "entries": [{"uid": "a"', "cut short"),
        (b'{"format": "tvaers-json", "version": 2, "entries": []}', "newer version"),
        (b'{"format": "jrnl", "entries": []}', "not a Tv"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        ("{}".encode("utf-16"), "not UTF-8"),
        (b'{"format": "tvaers-json", "version": 1, "entries": [{"uid": "a", "created": "2024-13-45T10:00:00+01:00", "body": "x"}]}', "no valid date"),
        (b'{"format": "tvaers-json", "version": 1, "entries": [{"uid": "a", "created": "2024-01-05T10:00:00", "body": "x"}]}', "UTC offset"),
        (b'{"format": "tvaers-json", "version": 1, "entries": [{"uid": "a", "created": "2024-01-05T10:00:00+01:00", "body": 7}]}', "expected kind"),
        (b'{"format": "tvaers-json", "version": 1, "entries": [{"uid": "a", "created": "2024-01-05T10:00:00+01:00", "body": "x", "tags": "a,b"}]}', "tags"),
    ],
)
def test_a_bad_json_file_is_refused_with_its_name_and_changes_nothing(journal, tmp_path, content, words):
    store, *_ = journal
    before = store.whole_entries([s.id for s in store.list_entries()])
    bad = tmp_path / "dårlig.json"
    bad.write_bytes(content)
    with pytest.raises(BadInput) as refused:
        store.import_whole_entries(tvaers_json.read(bad))
    message = refused.value.render()
    assert "dårlig.json" in message and words in message
    assert store.whole_entries([s.id for s in store.list_entries()]) == before
