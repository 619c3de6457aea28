"""The cohort round in the real window: the round dialog, the review of every mark, the
people page in Settings and the comparison window (pytest-qt over a real encrypted journal)."""

from __future__ import annotations

import json
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from journal.cohort.collect import build_draft, newest_answers
from journal.cohort.people import parse_people, person
from journal.cohort.rounds import Question, load_round, make_round
from tests.cohort.rounds.helpers import ANSWERS, SECRETS, fill


def _leaks(data: str) -> list[str]:
    return [s for s in SECRETS if re.search(r"(?<!\w)" + re.escape(s) + r"(?!\w)", data)]


def test_the_round_dialog_makes_a_round_file(qtbot, main_window, monkeypatch, tmp_path):
    from journal.ui.cohort.round_dialog import RoundDialog

    def fill_in(dialog):
        dialog.title.setText("Forår i netværket")
        dialog.filter.setText("decision")  # the filter narrows the list; ticking works on what is shown
        shown = [dialog.questions.item(i) for i in range(dialog.questions.count()) if not dialog.questions.item(i).isHidden()]
        assert shown and len(shown) < dialog.questions.count()
        for item in shown[:2]:
            item.setCheckState(Qt.CheckState.Checked)
        assert dialog.ok.isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RoundDialog, "exec", fill_in)
    target = tmp_path / "forår.tvaers-runde"
    assert main_window.cohort_actions.new_round(str(target)) == str(target)
    round_ = load_round(target)
    assert round_.title == "Forår i netværket" and len(round_.questions) == 2
    assert all(q.text_in("da") for q in round_.questions) and round_.deadline


def test_opening_a_round_shows_which_questions_are_answered(qtbot, main_window, store, tmp_path):
    fill(store)
    round_ = make_round("R", [Question(q, "fair-proces", {"da": q}) for q in (*ANSWERS, "fair-proces-03")])
    path = tmp_path / "r.tvaers-runde"
    path.write_bytes(round_.to_bytes())
    main_window.cohort_actions.open_round(str(path))
    qtbot.waitUntil(lambda: getattr(main_window.cohort_actions, "round_view", None) is not None)
    view = main_window.cohort_actions.round_view
    texts = [view.list.item(i).text() for i in range(view.list.count())]
    assert texts[0].startswith("✓") and "answered (1)" in texts[0]
    assert texts[2].startswith("○") and "not answered yet" in texts[2]
    view.close()


def _review(qtbot, main_window, store, tmp_path):
    from journal.ui.cohort.review import ReviewDialog

    fill(store)
    round_ = make_round("R", [Question(q, "fair-proces", {"da": f"Spørgsmål {q}"}) for q in ANSWERS])
    draft = build_draft(store, round_, newest_answers(store, round_))
    dialog = ReviewDialog(draft, parse_people(store.people_register()), main_window.tasks, "en", main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _save(qtbot, dialog, monkeypatch, target):
    monkeypatch.setattr(dialog, "choose_path", lambda: str(target))
    saved = []
    dialog.saved.connect(saved.append)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(saved), timeout=10_000)
    return json.loads(target.read_text("utf-8"))


def test_the_review_changes_the_file_exactly_as_shown(qtbot, main_window, store, monkeypatch, tmp_path):
    from journal.ui.cohort import review

    dialog = _review(qtbot, main_window, store, tmp_path)
    view = dialog.views[0]
    source = dialog.draft.answers[0].source
    # every mark is highlighted and explains itself on hover
    date = next(k for k in view.marks if k.kind == "DATO")
    assert "month" in view.tooltip_for(date)
    person_mark = next(k for k in view.marks if k.original == "Jonas Holm")
    assert "people register" in view.tooltip_for(person_mark)
    plain = source.index(" om ") + 1  # a word no rule marks: no colour on it
    cursor = view.textCursor()
    cursor.setPosition(plain + 1)
    assert cursor.charFormat().background().style() == Qt.BrushStyle.NoBrush
    cursor.setPosition(view._offsets[person_mark.start] + 1)
    assert cursor.charFormat().background().style() != Qt.BrushStyle.NoBrush

    # 1. remove a mark: the date leaves as written
    view.select(date.start + 1, date.start + 1)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert "den 12. marts 2025" in dialog.results[0].toPlainText()
    cursor = view.textCursor()
    cursor.setPosition(plain + 1)
    assert cursor.charFormat().background().style() == Qt.BrushStyle.NoBrush  # no colour left over from before

    # 2. add a mark: select a word, mark it as a workplace
    start = source.index("sammenlægningen")
    view.select(start, start + len("sammenlægningen"))
    dialog.mark_actions["ARBEJDSPLADS"].trigger()
    assert "sammenlægningen" not in dialog.results[0].toPlainText()
    assert "[ARBEJDSPLADS" in dialog.results[0].toPlainText()

    # 3. add a person to the register: the marks run again, everywhere
    dialog.tabs.setCurrentIndex(1)
    second = dialog.views[1]
    start = dialog.draft.answers[1].source.index("administrationen")
    second.select(start, start + len("administrationen"))
    monkeypatch.setattr(review.AddPersonDialog, "ask", classmethod(lambda cls, parent, name: person(name.capitalize(), [name])))
    qtbot.mouseClick(dialog.person_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "administrationen" not in dialog.results[1].toPlainText(), timeout=10_000)
    assert "Administrationen" in [p.name for p in parse_people(store.people_register()).people]
    assert "den 12. marts 2025" in dialog.results[0].toPlainText()  # the removed mark stays removed

    shown = [r.toPlainText() for r in dialog.results]
    written = _save(qtbot, dialog, monkeypatch, tmp_path / "b.tvaers-bidrag")
    assert [a["text"] for a in written["answers"]] == shown
    assert store.share_log()[-1]["format"] == "cohort"
    leaks = _leaks(json.dumps(written, ensure_ascii=False))
    assert leaks == ["12. marts 2025", "12. marts"]  # only what the leader chose to keep


def test_nothing_is_written_until_the_leader_saves(qtbot, main_window, store, tmp_path):
    dialog = _review(qtbot, main_window, store, tmp_path)
    before = store.share_log()
    dialog.reject()
    main_window.tasks.wait()
    assert store.share_log() == before
    assert list(tmp_path.glob("*.tvaers-bidrag")) == []


def test_contribute_from_the_menu(qtbot, main_window, store, monkeypatch, tmp_path):
    from journal.ui.cohort.choose import ChooseAnswersDialog
    from journal.ui.cohort.review import ReviewDialog

    fill(store)
    round_ = make_round("R", [Question(q, "fair-proces", {"da": q}) for q in ANSWERS] + [Question("egen-x", "", {"da": "Hvad nu?"})])
    path = tmp_path / "r.tvaers-runde"
    path.write_bytes(round_.to_bytes())
    target = tmp_path / "mit.tvaers-bidrag"

    def choose(dialog):
        assert dialog.combos["fair-proces-01"].currentData() is not None  # the newest answer is offered first
        fresh = dialog.combos["egen-x"]
        fresh.setCurrentIndex(fresh.findData("fresh"))
        dialog.editors["egen-x"].setPlainText("Jonas Holm foreslog en fælles kasse.")
        return QDialog.DialogCode.Accepted

    def review(dialog):
        assert dialog.tabs.count() == 3
        monkeypatch.setattr(dialog, "choose_path", lambda: str(target))
        dialog.save()
        qtbot.waitUntil(lambda: bool(target.exists() and main_window.cohort_actions.last_path), timeout=10_000)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ChooseAnswersDialog, "exec", choose)
    monkeypatch.setattr(ReviewDialog, "exec", review)
    main_window.cohort_actions.contribute(str(path))
    qtbot.waitUntil(lambda: main_window.cohort_actions.last_path == str(target), timeout=15_000)
    data = target.read_text("utf-8")
    assert _leaks(data) == [] and "fælles kasse" in data and len(json.loads(data)["answers"]) == 3


def test_the_people_page_keeps_the_register_in_the_journal(qtbot, main_window, store, monkeypatch):
    from journal.ui.dialogs.settings import SettingsDialog

    def edit(dialog):
        page = main_window.people_page
        page.my_name.setText("Mette Kjær")
        page.my_initials.setText("MK")
        page.workplace.setText("Bakkeskolen")
        page.domain.setText("bakkeskolen.dk")
        page._add_row("Jonas Holm", "Jonas, JH", "JH", "jh@bakkeskolen.dk")
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", edit)
    main_window.open_settings()
    qtbot.waitUntil(lambda: parse_people(store.people_register()).my_name == "Mette Kjær", timeout=10_000)
    people = parse_people(store.people_register())
    assert people.workplace == "Bakkeskolen" and people.people[0].short == ("Jonas", "JH")
    data_dir = store.paths.root
    assert not any("Jonas" in p.read_bytes().decode("latin-1") for p in data_dir.rglob("*") if p.is_file())


def _contribution(folder, round_id, name, answers):
    path = folder / f"{name}.tvaers-bidrag"
    path.write_text(json.dumps({"format": "tvaers-bidrag", "version": 1, "round": round_id, "pseudonym": name,
                                "answers": [{"question": q, "theme": "fair-proces", "text": t} for q, t in answers]}), "utf-8")
    return str(path)


def _pdf_text(data: bytes) -> str | None:
    """The text of a PDF when pypdf is installed (the general export brings it), else None."""
    try:
        import io

        from pypdf import PdfReader
    except ImportError:
        return None
    return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages).split())


def test_the_comparison_window(qtbot, main_window, store, monkeypatch, tmp_path):
    round_ = make_round("Forår", [Question("q1", "fair-proces", {"da": "Hvem blev hørt?", "en": "Who was heard?"})])
    answers = {"AAAAAA": "Økonomi blev hørt først.", "BBBBBB": "Medarbejderne og økonomi.", "CCCCCC": "Borgerne blev hørt."}
    files = [_contribution(tmp_path, round_.id, n, [("q1", t)]) for n, t in answers.items()]
    stranger = _contribution(tmp_path, "r-" + "0" * 32, "DDDDDD", [("q1", "fremmed")])
    window = main_window.cohort_actions.compare(files + [stranger])
    qtbot.addWidget(window)
    block = window.blocks[0]
    shown = {card.objectName().split(":")[1]: card.findChild(type(window.refused), "answerText").text() for card in block.cards}
    assert shown == answers
    assert "another round" in window.refused.text() and window.refused.isVisibleTo(window)
    assert "økonomi" in block.findChild(type(window.refused), "commonWords").text()

    window.resize(1400, 700)
    qtbot.waitUntil(lambda: block.columns == 3)
    window.resize(420, 700)
    qtbot.waitUntil(lambda: block.columns == 1)

    block.notes.setPlainText("Tal om økonomien næste gang.")
    qtbot.waitUntil(lambda: store.meeting_notes(round_.id).get("q1") == "Tal om økonomien næste gang.", timeout=10_000)

    target = tmp_path / "sammenligning.html"
    monkeypatch.setattr(window, "choose_path", lambda suffix=".html": str(target.with_suffix(suffix)))
    from journal.ui import messages

    monkeypatch.setattr(messages, "show_info", lambda *a, **k: None)
    window.export_html()
    qtbot.waitUntil(target.exists, timeout=10_000)
    html = target.read_text("utf-8")
    assert all(t in html for t in answers.values()) and "Tal om økonomien" in html and "fremmed" not in html
    window.export_pdf()
    pdf = target.with_suffix(".pdf")
    qtbot.waitUntil(pdf.exists, timeout=15_000)
    assert pdf.read_bytes().startswith(b"%PDF-")
    text = _pdf_text(pdf.read_bytes())
    if text is not None:
        assert "AAAAAA" in text and "hørt" in text and "Tal om økonomien" in text
    window.close()


def test_the_cohort_screens_speak_danish(qtbot, store, tmp_path):
    from journal.app import application, build_window, install_language
    from journal.ui.cohort.review import ReviewDialog

    install_language(application(), "da")
    try:
        window = build_window(store, "da", care=False)
        qtbot.addWidget(window)
        actions = window.cohort_actions
        assert actions.menu.title() == "&Fællesskab"
        assert [a.text() for a in actions.actions] == ["&Ny runde …", "Å&bn en runde …", "&Bidrag til en runde …", "Sa&mmenlign bidrag …"]
        fill(store)
        round_ = make_round("R", [Question(q, "fair-proces", {"da": q}) for q in ANSWERS])
        draft = build_draft(store, round_, newest_answers(store, round_))
        dialog = ReviewDialog(draft, parse_people(store.people_register()), window.tasks, "da", window)
        qtbot.addWidget(dialog)
        assert dialog.remove_button.text() == "Fjern markering" and dialog.save_button.text() == "Gem bidrag …"
        assert "forlader computeren som" in dialog.views[0].tooltip_for(dialog.views[0].marks[0])
        files = [_contribution(tmp_path, round_.id, n, [(next(iter(ANSWERS)), "Økonomien fylder.")]) for n in ("AAAAAA", "BBBBBB")]
        comparison = actions.compare(files)
        qtbot.addWidget(comparison)
        assert comparison.blocks[0].cards[0].title().startswith("Deltager AAAAAA · 2 ord")
        assert comparison.export_button.text() == "Eksportér som HTML …"
        comparison.close()
        window.tasks.wait()
    finally:
        install_language(application(), "en")


def test_meeting_notes_come_back_and_locking_closes_the_comparison(qtbot, main_window, store, tmp_path):
    round_ = make_round("Forår", [Question("q1", "", {"da": "Hvem blev hørt?"})])
    files = [_contribution(tmp_path, round_.id, n, [("q1", "Økonomi og ledelse.")]) for n in ("AAAAAA", "BBBBBB")]
    store.set_meeting_note(round_.id, "q1", "Fra sidste møde.")
    window = main_window.cohort_actions.compare(files)
    qtbot.addWidget(window)
    assert window.blocks[0].notes.toPlainText() == "Fra sidste møde."
    main_window.lock()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert not main_window.cohort_actions.compare_action.isEnabled()


def test_hovering_a_mark_tells_why(qtbot, main_window, store, tmp_path):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    dialog = _review(qtbot, main_window, store, tmp_path)
    dialog.resize(1000, 700)
    qtbot.waitExposed(dialog)
    view = dialog.views[0]
    mark = next(k for k in view.marks if k.original == "Jonas Holm")
    cursor = view.textCursor()
    cursor.setPosition(view._offsets[mark.start] + 2)
    point = view.cursorRect(cursor).center()
    event = QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    QApplication.sendEvent(view.viewport(), event)  # where the mouse is
    assert "people register" in QToolTip.text() and mark.replacement in QToolTip.text()
    QToolTip.hideText()
