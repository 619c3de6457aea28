"""The encrypted store, through its facade, on real SQLCipher files."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal.errors import DamagedJournal, KnownError, NoJournal, WrongPassphrase
from journal.store import Store
from journal.store.records import HIT_START
from tests.conftest import PASSPHRASE

MARKER = "Zebrafinkeøkonomi"


def test_created_journal_opens_with_its_passphrase_and_keeps_entries(journal_dir):
    store, recovery = Store.create(journal_dir, PASSPHRASE)
    entry_id = store.create_entry("Borgeren skal opleve én sammenhængende indsats.", tags=["Borger"]).ids[0]
    store.close()
    again = Store.open(journal_dir, PASSPHRASE)
    entry = again.get_entry(entry_id)
    assert entry.body == "Borgeren skal opleve én sammenhængende indsats."
    assert entry.tags == ("borger",)
    again.close()
    assert len(recovery.replace("-", "")) == 28


def test_wrong_passphrase_is_refused_and_changes_nothing(journal_dir, store):
    store.create_entry("noget")
    store.close()
    before = {p.name: p.read_bytes() for p in journal_dir.iterdir() if p.is_file()}
    with pytest.raises(WrongPassphrase) as info:
        Store.open(journal_dir, "forkert kodeord")
    assert "passphrase is not right" in info.value.message
    after = {p.name: p.read_bytes() for p in journal_dir.iterdir() if p.is_file()}
    assert after == before


def test_database_is_not_sqlite_plaintext_and_holds_no_entry_text(journal_dir, store):
    store.create_entry(f"{MARKER} i adskilte kasser", title=f"Titel {MARKER}", tags=[MARKER])
    store.close()
    assert not store.paths.database.read_bytes().startswith(b"SQLite format 3")
    for path in journal_dir.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for encoding in ("utf-8", "utf-16-le", "latin-1"):
                assert MARKER.encode(encoding) not in data, path
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(store.paths.database).execute("select * from sqlite_master").fetchall()


def test_search_is_exact_on_danish_letters(store):
    store.create_entry("Økonomien er i adskilte kasser.")
    store.create_entry("Okonomi uden streg.")
    store.create_entry("Vi gående ledere.")
    assert [h.entry.body for h in store.search("økonomien")] == ["Økonomien er i adskilte kasser."]
    assert [h.entry.body for h in store.search("okonomi")] == ["Okonomi uden streg."]
    assert [h.entry.body for h in store.search("GÅENDE")] == ["Vi gående ledere."]
    assert store.search("gaende") == []


def test_search_ranks_title_and_marks_the_hit(store):
    store.create_entry("Et ord om vedholdenhed nede i teksten.", title="Mandag")
    store.create_entry("Andet.", title="Vedholdenhed")
    hits = store.search("vedholdenhed")
    assert [h.entry.title for h in hits] == ["Vedholdenhed", "Mandag"]
    assert HIT_START in hits[1].snippet


@pytest.mark.parametrize(
    "query",
    ['"', '""', "*", "NEAR(", "NEAR(a b", "AND OR NOT", "a AND", "'; DROP TABLE entries; --", "title:x", "^x", "x -y", "(", ")", "{a}", "\x00", "😀"],
)
def test_hostile_queries_give_results_or_none(store, query):
    store.create_entry("AND OR NOT NEAR title x y a")
    store.search(query)  # must not raise
    assert store.count_entries() == 1


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text(max_size=60))
def test_any_text_is_a_safe_query(store, query):
    if store.count_entries() == 0:
        store.create_entry("Økonomien ender i adskilte kasser")
    hits = store.search(query)  # never a syntax error, whatever was typed
    assert all(hit.entry.body.startswith("Økonomien") for hit in hits)  # only what is there
    assert len(store.search(f"{query} økonomien")) <= 1  # the query's own words never become operators


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=st.text(), title=st.text(max_size=200))
def test_entry_text_round_trips_byte_identical(store, body, title):
    entry_id = store.create_entry(body, title=title).ids[0]
    entry = store.get_entry(entry_id)
    assert entry.body.encode("utf-8", "surrogatepass") == body.encode("utf-8", "surrogatepass")
    assert entry.title == title


def test_rtl_and_emoji_text_round_trips(store):
    text = "مرحبا بالعالم 👩🏽‍💼 שלום — ÆØÅ æøå\r\n\ttabs"
    assert store.get_entry(store.create_entry(text).ids[0]).body == text


def test_list_is_newest_first_and_filters(store):
    store.create_case("Unge uden uddannelse")
    case = store.list_cases()[0].id
    store.create_entry("gammel", created="2024-01-02T09:00:00+01:00", tags=["a"])
    store.create_entry("ny", created="2025-06-01T09:00:00+02:00", case_id=case)
    assert [e.excerpt for e in store.list_entries()] == ["ny", "gammel"]
    assert [e.excerpt for e in store.list_entries(case_id=case)] == ["ny"]
    assert [e.excerpt for e in store.list_entries(tag="A")] == ["gammel"]
    assert [e.excerpt for e in store.list_entries(date_to="2024-12-31")] == ["gammel"]
    assert [e.excerpt for e in store.list_entries(date_from="2025-06-01")] == ["ny"]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(entries=st.lists(st.tuples(st.integers(0, 5), st.booleans()), min_size=1, max_size=30))
def test_an_entrys_place_in_the_list_is_where_the_list_shows_it(store, entries):
    """The window scrolls to an entry far down the list by its place, counted in the store:
    it must be the entry's row in ``list_entries``'s order (newest first, ties by id), with
    and without a filter, and None when the filter leaves the entry out."""
    if not store.list_cases():
        store.create_case("Unge uden uddannelse")
    case = store.list_cases()[0].id
    store.create_entries([{"body": "x", "created": f"2025-01-0{1 + day}T09:00:00+01:00", "case_id": case if in_case else None}
                          for day, in_case in entries])
    everything, in_the_case = store.entry_ids(), store.entry_ids(case_id=case)
    for entry_id in everything:
        assert store.entry_position(entry_id) == everything.index(entry_id)
        assert store.entry_position(entry_id, case_id=case) == (in_the_case.index(entry_id) if entry_id in in_the_case else None)
    some = everything[::3]
    assert store.entry_positions(some, case_id=case) == {i: in_the_case.index(i) for i in some if i in in_the_case}


def test_created_keeps_the_entrys_own_offset(store):
    entry = store.get_entry(store.create_entry("x", created="2023-03-05T00:30:00+01:00").ids[0])
    assert entry.created == "2023-03-05T00:30:00+01:00"


def test_unknown_case_is_refused_and_nothing_is_written(store):
    with pytest.raises(KnownError):
        store.create_entry("x", case_id="findes-ikke")
    assert store.count_entries() == 0


def test_missing_key_file_names_the_file(journal_dir, store):
    store.close()
    store.paths.key_file.unlink()
    with pytest.raises(NoJournal) as info:
        Store.open(journal_dir, PASSPHRASE)
    assert "journal.keys" in info.value.render()


def test_truncated_key_file_is_reported_not_replaced(journal_dir, store):
    store.close()
    data = store.paths.key_file.read_bytes()
    store.paths.key_file.write_bytes(data[: len(data) // 2])
    with pytest.raises(DamagedJournal) as info:
        Store.open(journal_dir, PASSPHRASE)
    assert str(store.paths.key_file) in info.value.render()
    with pytest.raises(KnownError):
        Store.create(journal_dir, PASSPHRASE)  # never a new journal over the old one
    assert store.paths.key_file.read_bytes() == data[: len(data) // 2]


def test_weakened_kdf_parameters_are_refused(journal_dir, store):
    store.close()
    data = json.loads(store.paths.key_file.read_text())
    data["slots"][0]["kdf"]["m"] = 1024
    store.paths.key_file.write_text(json.dumps(data))
    with pytest.raises(DamagedJournal):
        Store.open(journal_dir, PASSPHRASE)


def test_newer_schema_is_refused_with_a_clear_message(journal_dir, store):
    from sqlalchemy import text

    with store._write() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    store.close()
    with pytest.raises(KnownError) as info:
        Store.open(journal_dir, PASSPHRASE)
    assert "newer version" in info.value.render()


def test_known_revisions_match_the_migration_scripts():
    from journal.store.store import HEAD_REVISION, KNOWN_REVISIONS

    versions = Path(__file__).resolve().parents[2] / "journal" / "store" / "migrations" / "versions"
    found = sorted(p.name.split("_", 1)[0] for p in versions.glob("[0-9]*.py"))
    assert tuple(found) == KNOWN_REVISIONS
    assert KNOWN_REVISIONS[-1] == HEAD_REVISION


def test_recovery_key_opens_and_wrong_one_is_refused(journal_dir):
    store, recovery = Store.create(journal_dir, PASSPHRASE)
    store.create_entry("hemmeligt")
    store.close()
    opened = Store.open(journal_dir, recovery_key=recovery.lower().replace("-", " "))
    assert opened.count_entries() == 1
    opened.close()
    with pytest.raises(WrongPassphrase) as typo:
        Store.open(journal_dir, recovery_key=recovery[:-1] + ("0" if recovery[-1] != "0" else "1"))
    assert "typing error" in typo.value.message
    from journal.store.crypto import format_recovery_key

    with pytest.raises(WrongPassphrase) as wrong:
        Store.open(journal_dir, recovery_key=format_recovery_key(bytes(16)))
    assert "not right" in wrong.value.message


def test_passphrase_change_rewraps_without_touching_entries(journal_dir, store):
    store.create_entry("bliver")
    store.change_passphrase("en helt ny sætning")
    store.close()
    with pytest.raises(WrongPassphrase):
        Store.open(journal_dir, PASSPHRASE)
    assert Store.open(journal_dir, "en helt ny sætning").count_entries() == 1


def test_no_passphrase_journal_opens_without_one(journal_dir):
    store, _ = Store.create(journal_dir, None)
    store.close()
    assert not Store.needs_passphrase(journal_dir)
    Store.open(journal_dir).close()


def test_integrity_check_is_clean_on_a_good_journal(store):
    store.create_entry("x")
    assert store.integrity_check() == []


def test_own_questions_are_updated_and_removed_and_bad_ids_say_so(store):
    from journal.errors import BadInput, NotFound
    from journal.platform.i18n import Translator

    prompt_id = store.add_own_prompt("Hvem mangler ved bordet?").ids[0]
    store.update_own_prompt(prompt_id, lang="en", text_value="Who is missing at the table?", theme="", kind="daily")
    [own] = store.list_own_prompts()
    assert (own.text_da, own.text_en) == ("Hvem mangler ved bordet?", "Who is missing at the table?")
    with pytest.raises(BadInput):
        store.update_own_prompt(prompt_id, lang="en", text_value="   ", theme="", kind="daily")
    store.delete_own_prompt(prompt_id)
    assert store.list_own_prompts() == []
    with pytest.raises(NotFound) as gone:
        store.delete_own_prompt(prompt_id)
    assert gone.value.render(Translator("da").error) == f"Der er intet eget spørgsmål med id {prompt_id}."


def test_entry_ids_choose_and_order_as_the_list_does(store):
    """Exports read whole entries by these ids: the same entries, in the same order, as the list."""
    for i in range(12):
        store.create_entry(f"tekst {i}", title=f"nr {i}", tags=["økonomi"] if i % 3 == 0 else [],
                           created=f"2026-02-{1 + i % 5:02d}T{8 + i:02d}:00:00+01:00")
    for filters in ({}, {"tag": "økonomi"}, {"date_from": "2026-02-02", "date_to": "2026-02-04"}, {"limit": 5, "offset": 3}):
        assert store.entry_ids(**filters) == [s.id for s in store.list_entries(**filters)], filters
    assert [e.id for e in store.full_entries(tag="økonomi")] == store.entry_ids(tag="økonomi")
