"""Round files: what a facilitator writes by hand is read or refused with one clear message."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journal.cohort.rounds import Question, load_round, make_round, parse_round
from journal.errors import BadInput

GOOD = {"format": "tvaers-runde", "version": 1, "id": "r-" + "c" * 32, "title": "Forår", "deadline": "2026-12-01",
        "note": "Svar før mødet.", "questions": [{"id": "fair-proces-01"}, {"id": "egen-1", "theme": "", "text": {"da": "Hvad så?"}}]}


def test_a_round_written_by_hand_is_read():
    round_ = parse_round(GOOD)
    assert round_.title == "Forår" and round_.deadline == "2026-12-01"
    assert [q.id for q in round_.questions] == ["fair-proces-01", "egen-1"]
    assert round_.question("egen-1").text_in("en") == "Hvad så?"


def test_a_made_round_round_trips_and_ids_differ(tmp_path):
    one = make_round("Æble og ål", [Question("q1", "t", {"da": "Hvorfor?"})], deadline="2026-01-31")
    path = tmp_path / "æ.tvaers-runde"
    path.write_bytes(one.to_bytes())
    assert load_round(path) == one
    assert make_round("x", [Question("q1")]).id != one.id


@pytest.mark.parametrize(
    "change, words",
    [
        ({"format": "tvaers-bidrag"}, "not a Tværs round file"),
        ({"version": 9}, "format version"),
        ({"id": "r-1"}, "round id"),
        ({"title": "  "}, "'title' is empty"),
        ({"deadline": "1. december"}, "deadline"),
        ({"questions": []}, "no questions"),
        ({"questions": [{"id": "a"}, {"id": "a"}]}, "twice"),
        ({"questions": [{"id": "../x"}]}, "valid id"),
        ({"questions": [{"id": f"q{i}"} for i in range(51)]}, "more than 50"),
    ],
)
def test_a_bad_round_is_one_clear_message(change, words):
    with pytest.raises(BadInput) as caught:
        parse_round(dict(GOOD, **change))
    assert words in caught.value.render()


@settings(max_examples=100)
@given(st.dictionaries(st.sampled_from(["format", "version", "id", "title", "deadline", "note", "questions"]),
                       st.none() | st.integers() | st.text(max_size=30) | st.lists(st.text(max_size=5), max_size=3)))
def test_any_round_document_is_read_or_refused_cleanly(value):
    value = dict(GOOD, **value)
    try:
        parse_round(value)
    except BadInput as exc:
        assert exc.render()
    json.dumps(value)
