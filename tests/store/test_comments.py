"""Coach comments in the store: feedback attached in one go, deleted entries reported, replies,
read marks, "changed since the coach read it", and comments found by search."""

from __future__ import annotations

from pathlib import Path

from journal.export.review import body_sha256


def _comment(cid, uid, body, *, anchor=None, seen="0" * 64):
    return {"id": cid, "entry": uid, "author": "Karin", "created": "2026-03-05T10:00:00+01:00", "body": body, "anchor": anchor, "seen_sha256": seen}


def test_feedback_lands_on_its_entries_once_and_entries_gone_are_reported(store):
    kept = store.get_entry(store.create_entry("Borgeren møder tre forvaltninger.", title="Tre").ids[0])
    gone = store.get_entry(store.create_entry("Slettes snart.").ids[0])
    store.delete_entry(gone.id)
    comments = [
        _comment("a", kept.uid, "Hvem taler med borgeren først?", anchor="tre forvaltninger", seen=body_sha256(kept.body)),
        _comment("b", gone.uid, "Om det slettede."),
        _comment("c", kept.uid, "Generelt godt."),
    ]
    result = store.import_feedback("pakke-1", comments)
    assert (result.attached, result.already, result.missing, result.entry_ids) == (2, 0, (gone.uid,), (kept.id,))
    thread = store.get_entry(kept.id).comments
    assert [(c.body, c.anchor, c.origin, c.is_read) for c in thread] == [
        ("Hvem taler med borgeren først?", "tre forvaltninger", "coach", False), ("Generelt godt.", None, "coach", False),
    ]
    assert not thread[0].changed_since_seen(kept.body)

    again = store.import_feedback("pakke-1", comments + [_comment("d", kept.uid, "Ny runde.")])
    assert (again.attached, again.already) == (1, 2)
    assert len(store.get_entry(kept.id).comments) == 3
    # The same comment id from another package is another comment.
    assert store.import_feedback("pakke-2", [_comment("a", kept.uid, "Anden pakke.")]).attached == 1


def test_the_changed_mark_follows_the_text_the_coach_saw(store):
    entry = store.get_entry(store.create_entry("Første udgave.").ids[0])
    store.import_feedback("p", [_comment("a", entry.uid, "Hm.", seen=body_sha256(entry.body))])
    store.update_entry(entry.id, body="Anden udgave.")
    comment = store.get_entry(entry.id).comments[0]
    assert comment.changed_since_seen(store.get_entry(entry.id).body)
    assert store.get_entry(entry.id).to_json()["comments"][0]["changed_since_seen"] is True


def test_a_reply_and_a_read_mark(store):
    entry = store.get_entry(store.create_entry("Tekst.").ids[0])
    store.import_feedback("p", [_comment("a", entry.uid, "Spørgsmål?")])
    coach = store.comments_of(entry.id)[0]
    store.reply_to_comment(coach.id, "Lene", "Svar: økonomichefen.")
    store.mark_comment_read(coach.id)
    thread = store.comments_of(entry.id)
    assert [(c.origin, c.parent_id, c.is_read) for c in thread] == [("coach", None, True), ("leader", coach.id, True)]
    assert store.unread_comments() == 0


def test_search_finds_an_entry_by_its_coach_comment_marked_so(store):
    entry = store.get_entry(store.create_entry("Om budgetter.", title="Budget").ids[0])
    other = store.get_entry(store.create_entry("Intet her om det.").ids[0])
    store.import_feedback("p", [_comment("a", entry.uid, "Tænk på økonomiudvalget.")])
    hits = store.search("økonomiudvalget")
    assert [(h.entry.id, h.in_comment) for h in hits] == [(entry.id, True)]
    assert [(h.entry.id, h.in_comment) for h in store.search("budgetter")] == [(entry.id, False)]
    store.delete_entry(entry.id)
    assert store.search("økonomiudvalget") == []
    assert other.id


def test_the_next_review_package_carries_the_thread_so_far(store):
    from journal.export.document import Selection
    from journal.export.writer import ExportRequest, prepare

    entry = store.get_entry(store.create_entry("Tekst om silo.", title="Silo").ids[0])
    store.import_feedback("p", [_comment("a", entry.uid, "Spørgsmål?", anchor="silo")])
    coach = store.comments_of(entry.id)[0]
    store.reply_to_comment(coach.id, "Lene", "Svar.")
    prepared = prepare(store, ExportRequest(Selection(ids=(entry.id,)), "review", Path("x.tvaers"), share_password="pw"))
    thread = prepared.package.entries[0].thread
    assert [(t.origin, t.body, t.anchor) for t in thread] == [("coach", "Spørgsmål?", "silo"), ("leader", "Svar.", None)]
    assert thread[1].reply_to == thread[0].id
    assert prepared.package.entries[0].body == "Tekst om silo." and prepared.package.entries[0].number == entry.id
