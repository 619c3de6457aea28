"""The labelled evaluation sets (the development set and the held-out set): their
targets, and that each stays in sync with its source."""

from __future__ import annotations

from journal.cohort.anonymise import anonymise
from tests.cohort.eval import build_notes
from tests.cohort.eval.scorer import load_notes, score


def _holdout() -> list[dict]:
    return load_notes(build_notes.HOLDOUT_JSONL)


def test_notes_jsonl_matches_the_marked_up_source():
    notes = build_notes.load_sources()
    assert build_notes.JSONL.read_text(encoding="utf-8") == build_notes.render(notes)
    assert len(notes) >= 150
    assert {n["lang"] for n in notes} == {"da", "en"}


def test_labels_point_at_their_text():
    for note in load_notes():
        for span in note["spans"] + note["keep"]:
            assert note["text"][span["start"] : span["end"]] == span["text"]


def test_evaluation_meets_the_targets():
    report = score(load_notes(), lambda text, lang: anonymise(text).text)
    print(report.table())
    assert report.meets_targets() == [], report.table()


def test_scorer_counts_a_leak():
    notes = [{"id": "x", "lang": "da", "text": "Ring til Mette på 20304050.", "spans": [
        {"start": 9, "end": 14, "kind": "PERSON", "text": "Mette"},
        {"start": 18, "end": 26, "kind": "TELEFON", "text": "20304050"}], "keep": []}]
    report = score(notes, lambda text, lang: "Ring til Mette på [TELEFON].")
    assert report.per_kind["PERSON"].rate == 0 and report.per_kind["TELEFON"].rate == 1


def test_holdout_jsonl_matches_the_marked_up_source():
    notes = build_notes.load_sources(build_notes.HOLDOUT_SOURCES)
    assert build_notes.HOLDOUT_JSONL.read_text(encoding="utf-8") == build_notes.render(notes)
    assert len(notes) >= 60
    assert {n["lang"] for n in notes} == {"da", "en"}


def test_holdout_labels_point_at_their_text():
    for note in _holdout():
        for span in note["spans"] + note["keep"]:
            assert note["text"][span["start"] : span["end"]] == span["text"]


def test_holdout_meets_the_targets():
    """The notes written before the rules were read (see docs/anonymiser.md, Evaluation)."""
    report = score(_holdout(), lambda text, lang: anonymise(text).text)
    print(report.table())
    assert report.meets_targets() == [], report.table()
