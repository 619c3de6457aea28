"""Search at scale: the passage shown with each hit (made from the entry, as FTS5 would), and a
last-word prefix spelled out as the words it covers, finding exactly what the prefix finds."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal.store import search
from journal.store.records import HIT_END, HIT_START

WORDS = ["økonomi", "økonomien", "Økonomisk", "borgeren", "Borgerne", "kasser", "ærø", "Ærøskøbing", "tværs",
         "tværgående", "samarbejde", "ledelse", "å", "åben", "ÅBENHED", "konomi", "øko", "sektor", "sektorer"]
SEPARATORS = [" ", " ", " ", ", ", ". ", "\n\n", " — ", "-", "_", "'", " (", ") "]


def _marked(snippet: str) -> list[str]:
    return re.findall(f"{HIT_START}(.*?){HIT_END}", snippet, flags=re.S)


def _plain(snippet: str) -> str:
    return snippet.replace(HIT_START, "").replace(HIT_END, "").strip("…")


texts = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), min_size=1, max_size=120).map(
    lambda pairs: "".join(w + s for w, s in pairs)
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(bodies=st.lists(texts, min_size=1, max_size=6), title=st.sampled_from(["", "Mandag", "Økonomien i kasser"]),
       query=st.sampled_from(["økonom", "ØKONOMI", "borger", "ærø", "å", "tværgående samarbejde", '"tværgående samarbejde"',
                              "sektor", "kasser økonom", "ledelse ærø"]))
def test_every_hit_shows_a_passage_of_its_own_text_with_the_words_marked(store, bodies, title, query):
    for entry_id in store.entry_ids():
        store.delete_entry(entry_id)
    for body in bodies:
        store.create_entry(body, title=title)
    hits = store.search(query)
    last = search.terms(query)[-1].lower()
    for hit in hits:
        columns = (hit.entry.title, hit.entry.body, " ".join(hit.entry.tags))
        assert any(_plain(hit.snippet) in column for column in columns), hit.snippet
        marked = _marked(hit.snippet)
        assert marked, f"a hit shows where it was found: {hit.snippet!r}"
        for word in marked:  # every mark is a word of the query (the last one a prefix)
            low = word.lower()
            assert any(low == t.lower() for t in search.terms(query)[:-1]) or low.startswith(last.split()[0]), (word, query)


def test_a_far_passage_is_cut_with_ellipses_and_a_near_one_is_not(store):
    far = " ".join(f"ord{n}" for n in range(200)) + " Ærøskøbing var stedet. " + " ".join(f"slut{n}" for n in range(50))
    near = "Ærøskøbing først, og så " + " ".join(f"ord{n}" for n in range(200))
    store.create_entry(far)
    store.create_entry(near, title="Nær")
    by_title = {hit.entry.title: hit.snippet for hit in store.search("ærøskøb")}
    assert by_title[""].startswith("…") and by_title[""].endswith("…")
    assert f"{HIT_START}Ærøskøbing{HIT_END}" in by_title[""]
    assert len(by_title[""].split()) <= search.SNIPPET_TOKENS + 1
    assert by_title["Nær"].startswith(f"{HIT_START}Ærøskøbing{HIT_END} først")


def test_a_phrase_is_marked_whole_and_a_title_hit_shows_the_title(store):
    store.create_entry("Det tværgående  samarbejde, altså TVÆRGÅENDE samarbejde, er svært.")
    store.create_entry("Ingenting om det her.", title="Samarbejde på tværs")
    phrase = store.search('"tværgående samarbejde"')
    assert _marked(phrase[0].snippet) == ["tværgående  samarbejde", "TVÆRGÅENDE samarbejde"]
    titled = [hit for hit in store.search("samarbejde") if hit.entry.title]
    assert _plain(titled[0].snippet) == "Samarbejde på tværs"


def test_a_prefix_finds_every_word_it_begins_however_many(store):
    """Spelled out when it covers a few words, kept a prefix when it covers more: the same entries either way."""
    many = [f"budget{suffix}" for suffix in ("", "ter", "tet", "terne", "mål", "ramme", "styring", "aftale", "år", "opfølgning")]
    for word in many:
        store.create_entry(f"Om {word} i afdelingen.")
    store.create_entry("Om økonomien.")
    store.create_entry("Om økonomisk styring.")
    store.create_entry("Om konomi uden ø.")
    assert len(store.search("budget")) == len(many)  # more words than are spelled out
    assert len(store.search("budgetter")) == 2  # budgetter, budgetterne
    assert {hit.entry.body for hit in store.search("økonom")} == {"Om økonomien.", "Om økonomisk styring."}
    assert store.search("økonomiudvalg") == []  # no word begins so
    assert {hit.entry.body for hit in store.search("styring økonom")} == {"Om økonomisk styring."}
    assert [hit.entry.body for hit in store.search('"økonomi"')] == []  # quoted: the whole word only


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(bodies=st.lists(texts, min_size=1, max_size=8), typed=st.sampled_from(["ø", "øk", "økon", "Økonomi", "b", "borg", "sekt", "å", "åb", "kasser", "tvær"]))
def test_a_spelled_out_prefix_finds_what_fts5s_own_prefix_finds(store, bodies, typed):
    from sqlalchemy import text

    for entry_id in store.entry_ids():
        store.delete_entry(entry_id)
    for body in bodies:
        store.create_entry(body)
    with store._read() as conn:
        expected = {r[0] for r in conn.execute(text("SELECT rowid FROM entries_fts WHERE entries_fts MATCH :q"), {"q": search.fts_query(typed)})}
    assert {hit.entry.id for hit in store.search(typed, limit=100)} == expected


def test_search_has_its_own_connection_and_a_locked_journal_refuses_it(store):
    from journal.errors import KnownError

    store.create_entry("Økonomien i kasser.")
    assert len(store.search("økonom")) == 1
    store.close()
    try:
        store.search("økonom")
    except KnownError as exc:
        assert "locked" in str(exc)
    else:
        raise AssertionError("a closed journal was searched")
