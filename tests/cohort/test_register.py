"""The user's register."""

from __future__ import annotations

import pytest

from journal.cohort.anonymise import anonymise, load_register, parse_register
from journal.errors import BadInput

REGISTER = """
me = "Ulrikke Thorsdal"
people = ["Gudmund Ravnsbæk", { name = "Aiyana Brook", aliases = ["Ai"] }]
workplaces = ["Team Nordlys", "Kløverhuset"]
places = ["Hyldespjældet"]
roles = ["fritidschefen"]
"""


@pytest.fixture
def register(tmp_path):
    path = tmp_path / "register.toml"
    path.write_text(REGISTER, encoding="utf-8")
    return load_register(path)


def test_register_entries_are_always_replaced(register):
    text = "Ulrikke talte med gudmund og Ai fra Team Nordlys i Hyldespjældet; fritidschefen og kløverhuset var med."
    out = anonymise(text, register=register).text
    for word in ("Ulrikke", "gudmund", "Ai ", "Nordlys", "Hyldespjældet", "fritidschefen", "kløverhuset"):
        assert word not in out, out
    assert "[ROLLE]" in out and "[STED]" in out


def test_register_alias_and_full_name_share_a_placeholder(register):
    out = anonymise("Aiyana Brook kom. Ai sagde ja.", register=register).text
    assert out == "[PERSON 1] kom. [PERSON 1] sagde ja."


def test_register_spans_say_register(register):
    result = anonymise("Gudmund Ravnsbæk", register=register)
    assert {s.reason for s in result.spans} == {"register"}


def test_unreadable_register(tmp_path):
    with pytest.raises(BadInput):
        load_register(tmp_path / "missing.toml")
    bad = tmp_path / "bad.toml"
    bad.write_text("people = [", encoding="utf-8")
    with pytest.raises(BadInput):
        load_register(bad)


@pytest.mark.parametrize("data", [{"people": 3}, {"people": [1]}, {"colour": "blue"}, {"workplaces": [None]}])
def test_register_shape_is_checked(data):
    with pytest.raises(BadInput):
        parse_register(data)
