"""The store's looking-back reads on a real encrypted journal: calendar marks and a day's entries."""

from __future__ import annotations


def _entry(store, day: str, title: str, time: str = "10:00", **kw) -> int:
    return store.create_entry(f"Tekst om {title}", title=title, created=f"{day}T{time}:00+01:00", **kw).ids[0]


def test_day_marks_count_reflections_next_steps_due_and_follow_ups(store):
    first = _entry(store, "2026-03-02", "Møde med økonomi")
    _entry(store, "2026-03-02", "Efter mødet", time="16:30")
    _entry(store, "2026-03-09", "Æbler og pærer")
    _entry(store, "2026-04-01", "Uden for")
    store.add_commitment(first, "Ring til Åse", "2026-03-12")
    done = store.add_commitment(first, "Skriv referat", "2026-03-12").ids[0]
    store.update_commitment(done, status="done")
    step = store.add_commitment(first, "Følg op", "2026-03-13").ids[0]
    store.create_follow_up_entry(step, "Det gik godt")
    marks = store.day_marks("2026-03-01", "2026-03-31")
    assert marks.reflections == {"2026-03-02": 2, "2026-03-09": 1}  # the follow-up is written today, outside March 2026
    assert marks.next_steps_due == {"2026-03-12": 1, "2026-03-13": 1}  # a done step is not due any more
    today = store.get_entry(store.list_entries(limit=1)[0].id).day
    assert store.day_marks(today, today).follow_ups == {today: 1}


def test_entries_of_a_day_oldest_first_and_between_days(store):
    late = _entry(store, "2026-03-02", "Sent", time="21:00")
    early = _entry(store, "2026-03-02", "Tidligt", time="07:00")
    _entry(store, "2026-03-03", "Dagen efter")
    assert [s.id for s in store.entries_on_day("2026-03-02")] == [early, late]
    assert [s.title for s in store.entries_between_days("2026-03-01", "2026-03-03")] == ["Tidligt", "Sent", "Dagen efter"]
    assert store.entries_on_day("2026-03-04") == []


def test_insight_rows_hold_days_questions_and_tags(store):
    _entry(store, "2026-03-02", "Et", prompt_id="p1", tags=["økonomi", "Åse"])
    _entry(store, "2026-03-03", "To")
    rows = store.insight_rows()  # tags are kept in lower case (one rule for window and command line)
    assert [(d, p, sorted(t)) for d, p, t in rows.entries] == [("2026-03-02", "p1", ["åse", "økonomi"]), ("2026-03-03", None, [])]


def test_a_local_day_holds_entries_written_at_the_far_ends_of_the_clock(store):
    """The day is the entry's own (local) day, also at +14:00 and -12:00, where its UTC moment
    lies on the day before or after: narrowing by the UTC index must not lose them."""
    kiribati = store.create_entry("Tidligt ude", title="Kiribati", created="2026-06-10T00:30:00+14:00").ids[0]  # 06-09 10:30 UTC
    baker = store.create_entry("Sent oppe", title="Baker", created="2026-06-10T23:30:00-12:00").ids[0]  # 06-11 11:30 UTC
    store.create_entry("Dagen før", title="Før", created="2026-06-09T23:59:00-12:00")  # 06-10 11:59 UTC, but the 9th locally
    store.create_entry("Dagen efter", title="Efter", created="2026-06-11T00:00:00+14:00")  # 06-10 10:00 UTC, but the 11th locally
    assert {s.id for s in store.entries_on_day("2026-06-10")} == {kiribati, baker}
    assert store.day_marks("2026-06-10", "2026-06-10").reflections == {"2026-06-10": 2}
    assert store.day_marks("2026-06-09", "2026-06-11").reflections == {"2026-06-09": 1, "2026-06-10": 2, "2026-06-11": 1}
    assert store.entries_on_day("not a day") == []
