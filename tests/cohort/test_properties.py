"""Hypothesis properties: structured identifiers are always replaced, output is stable,
placeholders are consistent."""

from __future__ import annotations

import os
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal.cohort.anonymise import anonymise

WORDS = (
    "og at det er ikke jeg vi med på til har en som de den for af hun han var der fra om skal kan blev men også "
    "borgeren kommunen mødet lederen planen indsatsen budgettet samarbejdet direktionen i dag i går næste uge "
    "Jeg Vi Det Hun Han Mette Jonas Næstved Bakkeskolen tirsdag marts 2024 12 85 2023-114 , . ! ? :"
).split()
# Deliberately absent: "kr.", "§", "sag", "journalnr." right beside a number turn it into an
# amount or a case number, which the anonymiser keeps (tested in test_detectors.py).

words = st.lists(st.sampled_from(WORDS), min_size=0, max_size=40)


@st.composite
def cprs(draw):
    day = draw(st.integers(1, 28))
    month = draw(st.integers(1, 12))
    year = draw(st.integers(0, 99))
    tail = draw(st.integers(0, 3999))  # century digit 0–3: always 19xx, so the date is valid
    dash = draw(st.sampled_from(["-", ""]))
    return f"{day:02d}{month:02d}{year:02d}{dash}{tail:04d}"


@st.composite
def phones(draw):
    digits = f"{draw(st.integers(2, 9))}{draw(st.integers(0, 9_999_999)):07d}"
    style = draw(st.sampled_from(["plain", "pairs", "halves", "+45", "0045", "(+45)"]))
    pairs = " ".join(digits[i : i + 2] for i in range(0, 8, 2))
    return {
        "plain": digits,
        "pairs": pairs,
        "halves": f"{digits[:4]} {digits[4:]}",
        "+45": f"+45 {pairs}",
        "0045": f"0045 {digits}",
        "(+45)": f"(+45) {digits[:4]} {digits[4:]}",
    }[style]


local = st.from_regex(r"[a-z][a-z0-9._-]{0,12}[a-z0-9]", fullmatch=True)
domain = st.from_regex(r"[a-z][a-z0-9-]{1,10}[a-z0-9]\.(dk|com|org|net)", fullmatch=True)
emails = st.builds(lambda a, b: f"{a}@{b}", local, domain)
# TVAERS_HYPOTHESIS_EXAMPLES raises the count for a longer local run; no example database
# is written into the working tree.
FAST = settings(
    max_examples=int(os.environ.get("TVAERS_HYPOTHESIS_EXAMPLES", "120")),
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def _insert(before: list[str], secret: str, after: list[str]) -> str:
    return " ".join([*before, secret, *after])


def _digits_left(secret: str, out: str) -> bool:
    digits = re.sub(r"\D", "", secret)
    return digits[-8:] in re.sub(r"\D", "", re.sub(r"\[[^\]]*\]", " ", out)) if digits else False


@FAST
@given(words, cprs(), words)
def test_cpr_is_always_replaced(before, cpr, after):
    out = anonymise(_insert(before, cpr, after)).text
    assert cpr not in out and "[CPR]" in out


@FAST
@given(words, phones(), words)
def test_phone_is_always_replaced(before, phone, after):
    out = anonymise(_insert(before, phone, after)).text
    assert phone not in out
    assert not _digits_left(phone, out)


@FAST
@given(words, emails, words)
def test_email_is_always_replaced(before, email, after):
    out = anonymise(_insert(before, email, after)).text
    assert email not in out and "@" not in out


@FAST
@given(words, st.one_of(cprs(), phones(), emails), words)
def test_anonymising_twice_changes_nothing_more(before, secret, after):
    once = anonymise(_insert(before, secret, after)).text
    assert anonymise(once).text == once


@FAST
@given(st.lists(st.sampled_from(["Mette", "Jonas Holm", "Fatima", "Næstved", "Bakkeskolen", "20 30 40 50"]), min_size=1, max_size=8), words)
def test_placeholders_are_consistent(entities, filler):
    filler = [w for w in filler if not w[:1].isupper()]  # two names side by side are one name
    text = ". ".join(f"{' '.join(filler[:3])} med {e} i dag" for e in entities)
    result = anonymise(text)
    seen: dict[str, str] = {}
    for span in result.spans:
        key = span.original.lower()
        assert seen.setdefault(key, span.placeholder) == span.placeholder
    # distinct people never share a number
    people = {}
    for span in result.spans:
        if span.kind == "PERSON":
            people.setdefault(span.placeholder, set()).add(span.original.split()[0])
    assert all(len(v) == 1 for v in people.values())


@FAST
@given(st.text(max_size=400))
def test_any_text_is_handled(text):
    result = anonymise(text)
    assert isinstance(result.text, str)
    for span in result.spans:
        assert text[span.start : span.end] == span.original
