"""The journal session's ordering, without Qt: refuse, save, drain, close."""

from __future__ import annotations

import threading

import pytest

from journal.session import JobRefused, JournalClosed, JournalSession, SessionState


def test_asking_for_the_store_of_a_locked_session_raises_a_known_error():
    session = JournalSession()
    assert session.state is SessionState.LOCKED
    with pytest.raises(JournalClosed):
        session.store
    with pytest.raises(JobRefused):
        session.accept()


def test_closing_refuses_new_jobs_but_takes_the_final_save_and_waits_for_running_ones(store):
    session = JournalSession(store)
    running, release, order = threading.Event(), threading.Event(), []

    def slow_backup(s):
        running.set()
        release.wait(10)
        order.append("backup done")
        return s.count_entries()

    epoch = session.accept()
    worker = threading.Thread(target=session.run, args=(slow_backup, epoch))
    worker.start()
    running.wait(10)
    assert session.begin_closing()
    with pytest.raises(JobRefused):
        session.accept()  # a job asked for after closing began never runs
    save = session.accept(essential=True)  # what is typed is still saved
    session.run(lambda s: s.create_entry("Det sidste, jeg skrev"), save)
    closer = threading.Thread(target=lambda: (session.drain(), order.append("drained"), session.finish_closing()))
    closer.start()
    assert not session.drain(timeout=0.05)  # the backup still runs: the close waits for it
    release.set()
    worker.join(10)
    closer.join(10)
    assert order == ["backup done", "drained"]
    assert store.closed and session.state is SessionState.LOCKED
    from journal.store import Store

    reopened = Store.open(store.paths.root, "rigtig hest batteri hæfteklamme")
    assert [e.excerpt for e in reopened.list_entries()] == ["Det sidste, jeg skrev"]
    reopened.close()


def test_a_job_never_runs_on_a_journal_other_than_the_one_it_was_for(store, journal_dir):
    from journal.store import Store

    session = JournalSession(store)
    epoch = session.accept()  # accepted, but its thread was slow to start
    session.begin_closing()
    session.finish_closing()  # (closing without draining: only to test the guard)
    again = Store.open(journal_dir, "rigtig hest batteri hæfteklamme")
    session.attach(again)
    with pytest.raises(JobRefused):  # the reopened journal is not the one the job was for
        session.run(lambda s: s.create_entry("for sent"), epoch)
    assert session.active_jobs == 0 and again.count_entries() == 0
    assert session.close() and again.closed


def test_a_closing_session_can_go_back_to_open_when_the_text_could_not_be_saved(store):
    session = JournalSession(store)
    assert session.begin_closing()
    assert not session.begin_closing()  # one close at a time
    session.cancel_closing()
    assert session.is_open and session.store is store
