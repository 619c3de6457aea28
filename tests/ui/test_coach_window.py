"""The coach's window: open a package with the share password, comment on two reflections (one
on a selected passage), save the feedback, reopen it and continue — no journal involved."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from journal.export import review
from tests.conftest import type_text

pytestmark = pytest.mark.gui

PASSWORD = "blå kaffe"
BODIES = {
    "Silo": "Økonomien står i vejen for borgerens **ene** indsats.\n\nNæste gang spørger jeg direktøren.",
    "Rådhuset": "Mødet på rådhuset lærte mig noget om åbenhed.",
}


@pytest.fixture(scope="module")
def key():
    return review.derive_key(PASSWORD, review.Kdf.new())


def make_package(path: Path, key) -> review.Package:
    entries = tuple(
        review.ReviewEntry(f"uid{n}", f"2026-0{n + 1}-10T09:00:00+01:00", title, body, number=n + 1, tags=("ledelse",))
        for n, (title, body) in enumerate(BODIES.items())
    )
    package = review.Package(review.new_id(), "2026-03-01T10:00:00+01:00", "en", entries, "Lene")
    path.write_bytes(review.seal_package(package, key))
    return package


def _opened(qtbot, window, password=PASSWORD):
    window.password.setText(password)
    qtbot.mouseClick(window.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.open_button.isEnabled() or window.pages.currentIndex() == 1, timeout=20_000)


def _select(view, passage: str) -> None:
    found = view.document().find(passage)
    assert not found.isNull(), passage
    view.setTextCursor(found)


@pytest.fixture
def coach(qtbot):
    from journal.app import application, install_language
    from journal.ui.review.coach_window import CoachWindow

    install_language(application(), "en")
    window = CoachWindow()
    qtbot.addWidget(window)
    window.show()
    yield window
    window.dirty = False


def test_the_coach_comments_on_two_reflections_saves_and_continues_later(qtbot, coach, key, tmp_path):
    package_path = tmp_path / "til coach.tvaers"
    package = make_package(package_path, key)
    coach.open_package(package_path)
    _opened(qtbot, coach, "forkert")
    assert coach.pages.currentIndex() == 0 and "password is wrong" in coach.open_problem.text()
    _opened(qtbot, coach)
    assert coach.pages.currentIndex() == 1 and coach.entries.count() == 2
    assert "Lene" in coach.windowTitle()
    assert "borgerens ene indsats" in coach.text.toPlainText() and "**" not in coach.text.toPlainText()

    coach.author.setText("Karin Coach")
    _select(coach.text, "står i vejen")
    assert coach.anchor_box.isChecked() and "står i vejen" in coach.anchor_label.text()
    coach.comment.setFocus()
    type_text(coach.comment, "Hvem ejer *budgettet*?")
    qtbot.waitUntil(lambda: "budgettet" in coach.comment_preview.toPlainText() and "*" not in coach.comment_preview.toPlainText())
    qtbot.mouseClick(coach.add_button, Qt.MouseButton.LeftButton)
    assert "Hvem ejer budgettet?" in coach.thread.toPlainText() and "»står i vejen«" in coach.thread.toPlainText()

    coach.entries.setCurrentRow(1)
    assert "åbenhed" in coach.text.toPlainText() and "budgettet" not in coach.thread.toPlainText()
    assert not coach.anchor_box.isChecked()
    type_text(coach.comment, "Godt set.")
    qtbot.mouseClick(coach.add_button, Qt.MouseButton.LeftButton)
    assert coach.dirty and coach.save_button.isEnabled()

    target = tmp_path / "feedback.tvaers-feedback"
    assert coach.save_feedback(target=target)
    assert not coach.dirty
    data = target.read_bytes()
    for body in BODIES.values():
        assert body[:20].encode() not in data
    feedback, _ = review.open_feedback(data, PASSWORD, target.name)
    assert feedback.package_id == package.package_id and feedback.coach == "Karin Coach"
    assert [(c.entry, c.anchor, c.body) for c in feedback.comments] == [
        ("uid0", "står i vejen", "Hvem ejer *budgettet*?"), ("uid1", None, "Godt set."),
    ]
    assert feedback.comments[0].seen_sha256 == review.body_sha256(BODIES["Silo"])
    # Nothing but the feedback file was written beside the package.
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([package_path.name, target.name])

    coach.close()
    from journal.ui.review.coach_window import CoachWindow

    again = CoachWindow()
    qtbot.addWidget(again)
    again.show()
    again.open_package(package_path, target)
    _opened(qtbot, again)
    assert again.author.text() == "Karin Coach" and "Hvem ejer budgettet?" in again.thread.toPlainText()
    type_text(again.comment, "Og en tanke mere.")
    qtbot.mouseClick(again.add_button, Qt.MouseButton.LeftButton)
    assert again.save_feedback()  # the same file, extended
    feedback, _ = review.open_feedback(target.read_bytes(), PASSWORD, target.name)
    assert [c.body for c in feedback.comments] == ["Hvem ejer *budgettet*?", "Godt set.", "Og en tanke mere."]


def test_a_feedback_file_of_another_package_is_refused_on_opening(qtbot, coach, key, tmp_path):
    first, second = tmp_path / "a.tvaers", tmp_path / "b.tvaers"
    make_package(first, key)
    other = make_package(second, key)
    stray = tmp_path / "b.tvaers-feedback"
    stray.write_bytes(review.seal_feedback(review.Feedback(other.package_id, "K", "2026-03-01T10:00:00+01:00", ()), key))
    coach.open_package(first, stray)
    _opened(qtbot, coach)
    assert coach.pages.currentIndex() == 0 and "another review package" in coach.open_problem.text()
