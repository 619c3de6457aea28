"""Next steps that come back: due follow-ups, the follow-up entry and its link, open lists by case."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from journal.errors import NotFound


def _entry(store, body="Refleksion", case_id=None) -> int:
    return store.create_entry(body, case_id=case_id).ids[0]


def test_due_follow_up_and_the_linked_answer(store):
    today = date.today()
    store.create_case("Unge uden uddannelse")
    case_id = store.list_cases()[0].id
    original = _entry(store, case_id=case_id)
    due = store.add_commitment(original, "Ring til Henrik om budgettet", (today - timedelta(days=1)).isoformat()).ids[0]
    store.add_commitment(original, "Senere", (today + timedelta(days=3)).isoformat())
    store.add_commitment(original, "Uden dato")
    assert [c.id for c in store.commitments_due(today)] == [due]
    assert store.commitments_due(today)[0].case_id == case_id

    changes = store.create_follow_up_entry(due, "> Hvordan gik det?\n\nGodt.", title="Opfølgning")
    follow_up = changes.ids[0]
    assert changes.kind == "entries" and changes.created
    assert store.get_entry(follow_up).case_id == case_id  # the follow-up lands in the original's case
    assert store.follow_up_of(follow_up).id == due
    assert store.follow_up_of(original) is None
    assert store.get_commitment(due).follow_up_entry_id == follow_up
    assert store.commitments_due(today) == []  # followed up: it does not come back today


def test_postponed_after_follow_up_comes_back_at_the_new_date(store):
    today = date.today()
    original = _entry(store)
    cid = store.add_commitment(original, "Tal med direktionen", today.isoformat()).ids[0]
    store.create_follow_up_entry(cid, "Ikke endnu")
    store.update_commitment(cid, status="postponed", due=(today + timedelta(days=7)).isoformat())
    assert store.commitments_due(today) == []
    assert [c.id for c in store.commitments_due(today + timedelta(days=7))] == [cid]
    store.update_commitment(cid, status="done")
    assert store.commitments_due(today + timedelta(days=30)) == []


def test_open_commitments_by_case(store):
    store.create_case("A-sagen")
    store.create_case("B-sagen")
    a, b = (c.id for c in store.list_cases())
    first = store.add_commitment(_entry(store, case_id=a), "a1", "2025-01-02").ids[0]
    second = store.add_commitment(_entry(store, case_id=b), "b1").ids[0]
    dropped = store.add_commitment(_entry(store, case_id=b), "b2", "2025-01-01").ids[0]
    store.update_commitment(dropped, status="dropped")
    assert [(c.id, c.case_id) for c in store.list_open_commitments()] == [(first, a), (second, b)]
    assert [c.id for c in store.list_open_commitments(case_id=b)] == [second]


def test_unknown_next_step(store):
    with pytest.raises(NotFound):
        store.create_follow_up_entry(999, "x")
    with pytest.raises(NotFound):
        store.get_commitment(999)
    assert store.list_entries() == []  # nothing half-written
