"""An entry holds at most ``MAX_ENTRY_CHARS`` characters, on every write path (issue 19.7).

A 50 MB entry took 22 s to open in the window; the cap is refused with a clear
message before anything is written, and the journal is left as it was.
"""

from __future__ import annotations

import pytest

from journal.errors import BadInput
from journal.store import limits
from journal.store.limits import MAX_ENTRY_CHARS

TOO_LONG = "x" * (MAX_ENTRY_CHARS + 1)


def _refused(call) -> str:
    with pytest.raises(BadInput) as refused:
        call()
    message = refused.value.render()
    assert "6,000,001 characters is too long" in message and "at most 6,000,000" in message
    return message


def test_a_new_entry_over_the_cap_is_refused_and_nothing_is_written(store):
    _refused(lambda: store.create_entry(TOO_LONG, title="for lang"))
    assert store.count_entries() == 0
    assert store.create_entry("x" * MAX_ENTRY_CHARS).ids  # exactly the cap is fine


def test_an_import_with_one_entry_over_the_cap_imports_nothing(store):
    _refused(lambda: store.create_entries([{"body": "første"}, {"body": TOO_LONG}, {"body": "tredje"}]))
    assert store.count_entries() == 0


def test_an_update_over_the_cap_keeps_the_saved_text(store):
    entry_id = store.create_entry("kort tekst").ids[0]
    _refused(lambda: store.update_entry(entry_id, body=TOO_LONG))
    assert store.get_entry(entry_id).body == "kort tekst"


def test_a_follow_up_over_the_cap_is_refused(store):
    entry_id = store.create_entry("Jeg vil tale med direktøren.").ids[0]
    step = store.add_commitment(entry_id, "Tal med direktøren").ids[0]
    _refused(lambda: store.create_follow_up_entry(step, TOO_LONG))
    assert store.count_entries() == 1


def test_an_entry_kept_before_the_cap_can_still_be_edited_but_not_grow(store, monkeypatch):
    entry_id = store.create_entry("tyve tegn lang tekst").ids[0]
    monkeypatch.setattr(limits, "MAX_ENTRY_CHARS", 10)  # as if the cap came after the entry was written
    store.update_entry(entry_id, body="femten tegn ...")
    assert store.get_entry(entry_id).body == "femten tegn ..."
    with pytest.raises(BadInput):
        store.update_entry(entry_id, body="femten tegn ... og lidt til")
    assert store.get_entry(entry_id).body == "femten tegn ..."


def test_the_cli_refuses_a_too_long_entry_with_one_line(cli):
    assert cli("init").returncode == 0
    done = cli("add", "--title", "for lang", stdin=TOO_LONG)
    assert done.returncode == 1
    lines = done.stderr.decode("utf-8").strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("tvaers: A reflection of 6,000,001 characters is too long")
    assert "Split the text" in lines[0]
    assert cli("list").stdout.decode().strip() == ""
    # In Danish the amounts are grouped with points: "6,000,001" would read as six and a bit.
    done = cli("--lang", "da", "add", "--title", "for lang", stdin=TOO_LONG)
    assert done.returncode == 1
    assert done.stderr.decode("utf-8").strip() == (
        "tvaers: En refleksion på 6.000.001 tegn er for lang til at blive gemt: en refleksion kan højst rumme "
        "6.000.000 tegn. Del teksten op i flere refleksioner."
    )
    assert cli("list").stdout.decode().strip() == ""
