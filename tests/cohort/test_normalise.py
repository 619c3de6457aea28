"""Issue 19.19: names in capitals, a CPR number with a space before its dash, and names
split by invisible characters are found; the output replaces the *original* stretch."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal.cohort.anonymise import anonymise
from journal.cohort.anonymise.normalise import INVISIBLE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jeg ringede til METTE KJÆR i går.", "Jeg ringede til [PERSON 1] i går."),
        ("MØDE MED HENRIK OM BUDGETTET", "MØDE MED [PERSON 1] OM BUDGETTET"),
        ("Referat: ANNE-METTE KRAGH og KL talte om PPR.", "Referat: [PERSON 1] og KL talte om PPR."),
        ("I spoke to JONAS HOLM yesterday.", "I spoke to [PERSON 1] yesterday."),
        ("METTE BRØNDLUND SAGDE NEJ.", "[PERSON 1] SAGDE NEJ."),
        ("METTE SAGDE AT VI SKAL SPARE.", "[PERSON 1] SAGDE AT VI SKAL SPARE."),
    ],
)
def test_names_in_capitals(text, expected):
    assert anonymise(text).text == expected


@pytest.mark.parametrize("cpr", ["010203 -1234", "010203- 1234", "010203 - 1234", "010203 – 1234"])
def test_cpr_with_spaces_around_the_dash(cpr):
    assert anonymise(f"CPR {cpr} stod i mailen.").text == "CPR [CPR] stod i mailen."


@pytest.mark.parametrize("invisible", ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"])
def test_names_split_by_an_invisible_character(invisible):
    text = f"Ring til Met{invisible}te Kjær på 20 30{invisible} 40 50 i morgen."
    result = anonymise(text)
    assert result.text == "Ring til [PERSON 1] på [TELEFON] i morgen."
    person = result.spans[0]
    assert text[person.start : person.end] == person.original == f"Met{invisible}te Kjær"


def test_invisible_characters_outside_marks_stay():
    text = "Møde\u200b om budgettet med Mette."
    assert anonymise(text).text == "Møde\u200b om budgettet med [PERSON 1]."


def test_capital_words_that_are_no_names_stay():
    text = "VIGTIGT: LIV I AFDELINGEN OG MØDE I MAJ"
    assert anonymise(text).text == text


# -- property: invisible characters change nothing but themselves -----------------------------

_NOTES = [json.loads(line)["text"] for line in (Path(__file__).parent / "eval" / "notes.jsonl").read_text(encoding="utf-8").splitlines()[:40]]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(_NOTES), st.lists(st.tuples(st.integers(0, 10_000), st.sampled_from(INVISIBLE)), max_size=12))
def test_invisible_characters_anywhere_change_only_themselves(note, inserts):
    noisy = note
    for position, char in sorted(inserts, reverse=True):
        at = position % (len(noisy) + 1)
        noisy = noisy[:at] + char + noisy[at:]
    clean_out = anonymise(note).text
    noisy_out = anonymise(noisy).text
    assert noisy_out.translate({ord(c): None for c in INVISIBLE}) == clean_out
