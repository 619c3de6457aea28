"""Looking back through the real window: the calendar, "on this day", Insight and the reminders."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QTableView

from tests.conftest import unlock
from journal.prompts.looking_back import months_back
from journal.store.moments import iso_local
from journal.ui.dates import to_qdate


def _at(day: date, hour: int = 10) -> str:
    return iso_local(datetime(day.year, day.month, day.day, hour, 0))


def _wait_idle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.tasks.idle, timeout=10_000)


# --- the calendar -----------------------------------------------------------------------------


@pytest.fixture
def month_in_the_journal(store):
    """This month: two reflections on the 2nd, one on the 9th, a next step due on the 12th."""
    first = date.today().replace(day=1)
    d2, d9, d12 = first.replace(day=2), first.replace(day=9), first.replace(day=12)
    ids = {
        "a": store.create_entry("Morgenens tanker om økonomien", title="Morgen", created=_at(d2, 8)).ids[0],
        "b": store.create_entry("Aftenens tanker", title="Aften", created=_at(d2, 20)).ids[0],
        "c": store.create_entry("Ni", title="Den niende", created=_at(d9)).ids[0],
    }
    store.add_commitment(ids["c"], "Ring til Åse", d12.isoformat())
    return {"d2": d2, "d9": d9, "d12": d12, **ids}


def _cell(calendar, day: date):
    """The calendar's own table view and the index of ``day`` in the month shown."""
    view = calendar.findChild(QTableView)
    model = view.model()
    for row in range(model.rowCount()):
        for column in range(1, model.columnCount()):
            index = model.index(row, column)
            if str(index.data()) == str(day.day):
                return view, index  # days ≤ 22 come first in the month shown (the previous month's are ≥ 23)
    raise AssertionError(f"{day} is not on the page")


def _bar_darkness(calendar, day: date) -> int:
    """How dark the bar under the date is: the darkest pixel of the cell's bottom strip (0 = white)."""
    pixmap = QPixmap(80, 50)
    pixmap.fill(QColor("white"))
    painter = QPainter(pixmap)
    calendar.paintCell(painter, QRect(0, 0, 80, 50), to_qdate(day))
    painter.end()
    image = pixmap.toImage()
    return max(255 - image.pixelColor(x, y).lightness() for x in range(80) for y in range(43, 50))


def test_calendar_marks_the_days_and_a_click_shows_that_days_entries(qtbot, month_in_the_journal, main_window):
    window, j = main_window, month_in_the_journal
    window.calendar_action.trigger()
    dialog = window.looking_back.calendar
    calendar = dialog.calendar
    qtbot.waitUntil(lambda: calendar.marks.reflections.get(j["d2"].isoformat()) == 2, timeout=10_000)
    marks = calendar.marks
    assert marks.reflections == {j["d2"].isoformat(): 2, j["d9"].isoformat(): 1}
    assert marks.next_steps_due == {j["d12"].isoformat(): 1}
    assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday
    assert calendar.verticalHeaderFormat() == calendar.VerticalHeaderFormat.ISOWeekNumbers
    # Marked days are bold with a tooltip saying what is there; the bar is darker for more.
    fmt = calendar.dateTextFormat(to_qdate(j["d2"]))
    assert fmt.fontWeight() == QFont.Weight.Bold and fmt.toolTip() == "2 reflections"
    assert calendar.summary(j["d12"].isoformat()) == "1 next step due"
    calendar.setSelectedDate(calendar.selectedDate().addYears(1))  # nothing chosen in this month: plain bars
    empty_day = j["d2"] + timedelta(days=2)
    none, one, two = (_bar_darkness(calendar, d) for d in (empty_day, j["d9"], j["d2"]))
    assert none < one < two  # a bar under a day with reflections, darker for two than for one
    calendar.setSelectedDate(to_qdate(date.today()))
    _wait_idle(qtbot, window)

    # A click on the 2nd lists its two reflections, oldest first.
    view, index = _cell(calendar, j["d2"])
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    qtbot.waitUntil(lambda: dialog.entry_ids() == [j["a"], j["b"]], timeout=10_000)
    assert [dialog.day_list.item(i).text()[7:] for i in range(2)] == ["Morgen", "Aften"]
    assert "2 reflections" in dialog.day_heading.text()

    # The keyboard moves a week on (to the 9th), and Enter in the list opens the reflection.
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: dialog.entry_ids() == [j["c"]], timeout=10_000)
    dialog.day_list.setFocus()
    dialog.day_list.setCurrentRow(0)
    qtbot.keyClick(dialog.day_list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.editor.entry_id == j["c"], timeout=5_000)
    assert window.editor.title.text() == "Den niende"


def test_calendar_closes_on_lock_and_hides_titles_in_the_privacy_view(qtbot, month_in_the_journal, main_window):
    window, j = main_window, month_in_the_journal
    window.calendar_action.trigger()
    dialog = window.looking_back.calendar
    dialog.calendar.setSelectedDate(to_qdate(j["d9"]))
    qtbot.waitUntil(lambda: dialog.entry_ids() == [j["c"]], timeout=10_000)
    window.toggle_privacy(True)
    assert "Den niende" not in dialog.day_list.item(0).text()
    window.toggle_privacy(False)
    assert "Den niende" in dialog.day_list.item(0).text()
    window.lock()
    assert window.looking_back.calendar is None and not dialog.isVisible()
    assert not window.calendar_action.isEnabled() and not window.insight_action.isEnabled()


# --- on this day ------------------------------------------------------------------------------


@pytest.fixture
def a_year_ago(store):
    """A reflection a year and two days ago, and one three weeks ago (in no window)."""
    today = date.today()
    then = months_back(today, 12) - timedelta(days=2)
    old = store.create_entry("Vi talte om budgettet og de adskilte kasser.", title="Budgetmødet i Næstved", created=_at(then)).ids[0]
    store.create_entry("Tre uger siden", title="Ikke i et vindue", created=_at(today - timedelta(days=21)))
    return old


def test_on_this_day_quotes_last_years_entry_and_opens_it(qtbot, a_year_ago, main_window):
    window = main_window
    panel = window.prompt_panel.on_this_day
    qtbot.waitUntil(lambda: len(panel.cards) == 1, timeout=10_000)
    assert panel.isVisible()
    assert panel.texts() == ["A year ago you wrote: “Budgetmødet i Næstved”"]
    card = panel.cards[0]
    card.link.linkActivated.emit("open")
    qtbot.waitUntil(lambda: window.editor.entry_id == a_year_ago, timeout=5_000)
    # Forty days later (the window left open past midnight) nothing is a year ago any more.
    window.looking_back.today = date.today() + timedelta(days=40)
    window.looking_back._new_day()
    qtbot.waitUntil(lambda: panel.cards == [], timeout=10_000)
    assert not panel.isVisible()


def test_on_this_day_shows_nothing_in_the_privacy_view_or_when_locked(qtbot, a_year_ago, main_window):
    window = main_window
    panel = window.prompt_panel.on_this_day
    qtbot.waitUntil(lambda: len(panel.cards) == 1, timeout=10_000)
    window.privacy_action.trigger()  # Ctrl+Shift+H
    assert window.privacy and not panel.isVisible()
    window.privacy_action.trigger()
    assert panel.isVisible()
    window.lock()
    assert panel.cards == [] and not panel.isVisible()
    assert not any("Budgetmødet" in label.text() for label in window.findChildren(type(panel.heading)))
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: len(panel.cards) == 1, timeout=10_000)
    window.toggle_privacy(True)
    window.looking_back.refresh()  # a refresh while the text is hidden stays hidden
    _wait_idle(qtbot, window)
    assert not panel.isVisible()
    window.toggle_privacy(False)


def test_a_fresh_journal_has_no_on_this_day_card(qtbot, main_window):
    _wait_idle(qtbot, main_window)
    assert not main_window.prompt_panel.on_this_day.isVisible()


# --- insight ----------------------------------------------------------------------------------


def test_insight_numbers_match_the_journal_and_charts_save_as_png(qtbot, store, main_window, tmp_path):
    window = main_window
    today = date.today()
    monday = today - timedelta(days=today.weekday())
    bank = [p for p in window.content.prompts if not window.content.is_own(p.id)]
    p1 = bank[0]
    p2 = next(p for p in bank if p.theme != p1.theme)
    store.create_entry("a", prompt_id=p1.id, tags=["økonomi"], created=_at(monday, 9))
    store.create_entry("b", prompt_id=p1.id, created=_at(monday, 11))
    store.create_entry("c", prompt_id=p2.id, tags=["økonomi"], created=_at(monday - timedelta(days=14)))
    store.create_entry("d", prompt_id=p2.id, created=_at(today - timedelta(days=400)))  # outside the 52 weeks
    steps = [store.add_commitment(1, text).ids[0] for text in ("Holdt", "Udsat", "Droppet", "Åben")]
    store.update_commitment(steps[0], status="done")
    store.update_commitment(steps[1], status="postponed", due=(today + timedelta(days=7)).isoformat())
    store.update_commitment(steps[2], status="dropped")

    window.insight_action.trigger()
    dialog = window.looking_back.insight
    qtbot.waitUntil(lambda: dialog.insight is not None, timeout=10_000)
    weeks = dialog.weeks.table_rows()
    assert len(weeks) == 52 and [int(r[2]) for r in weeks][-1] == 2 and int(weeks[-3][2]) == 1
    assert sum(int(r[2]) for r in weeks) == 3
    assert dialog.weeks.chart.values == [int(r[2]) for r in weeks]  # the chart draws the table's numbers
    assert weeks[-1][0] == f"Week {monday.isocalendar()[1]}"
    assert "Reflections in the last 52 weeks: 3." == dialog.status.text()

    themes = {row[0]: [int(v) for v in row[1:]] for row in dialog.themes.table_rows()}
    names = window.content.theme_names()
    assert sum(themes["#økonomi"]) == 2
    assert sum(themes[names[p1.theme]]) == 2 and themes[names[p1.theme]][-1] == 2
    assert sum(themes[names[p2.theme]]) == 1  # the one 400 days ago is outside the twelve months
    steps_rows = dialog.steps.table_rows()
    assert steps_rows[-1][1:] == ["1", "1", "1"] and all(r[1:] == ["0", "0", "0"] for r in steps_rows[:-1])

    top = [dialog.top_list.item(i).text() for i in range(dialog.top_list.count())]
    assert top[0].startswith("2×") and window.content.prompt_text(p1.id) in top[0]
    assert top[1].startswith("2×") and window.content.prompt_text(p2.id) in top[1]
    untouched = [dialog.untouched_list.item(i).text() for i in range(dialog.untouched_list.count())]
    assert names[p1.theme] not in untouched and names[p2.theme] not in untouched
    assert len(untouched) == len(names) - 2

    for section in dialog.sections:
        assert section.chart.accessibleDescription() and section.table.rowCount() > 0
        target = tmp_path / f"{section.objectName()}.png"
        assert section.save_png(str(target))
        image = QImage(str(target))
        assert image.width() >= 800 and image.height() >= 300
        colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
        assert len(colours) > 2  # something is drawn, not a blank square
    window.lock()
    assert window.looking_back.insight is None


# --- reminders --------------------------------------------------------------------------------


def test_reminders_are_off_by_default(qtbot, main_window):
    from journal.platform.settings import Settings

    assert Settings().reminders_on is False
    heard = []
    main_window.looking_back.reminders.reminded.connect(lambda *a: heard.append(a))
    main_window.looking_back.reminders.check(datetime.combine(date.today(), datetime.min.time()) + timedelta(hours=16, minutes=1))
    assert heard == []


def test_reminder_text_holds_no_entry_text(qtbot, store, main_window):
    window = main_window
    today = date.today()
    entry = store.create_entry("Hemmelig fusion af to forvaltninger", title="Fusionen").ids[0]
    store.add_commitment(entry, "Ring til Mette Kjær om fusionen", today.isoformat())
    store.add_commitment(entry, "Skriv til direktionen", (today - timedelta(days=1)).isoformat())
    window.settings.reminders_on = True
    window.settings.reminder_time = "09:00"
    reminders = window.looking_back.reminders
    heard: list[tuple[str, str]] = []
    reminders.reminded.connect(lambda title, text: heard.append((title, text)))
    morning = datetime.combine(today, datetime.min.time())
    reminders.check(morning + timedelta(hours=8, minutes=59))
    assert heard == []  # not yet
    reminders.check(morning + timedelta(hours=9, minutes=0, seconds=20))
    qtbot.waitUntil(lambda: len(heard) == 2, timeout=10_000)
    assert heard[1] == ("Next steps", "You have 2 next steps today")
    for title, text in heard:
        for secret in ("Hemmelig", "fusion", "Fusionen", "Mette", "direktionen"):
            assert secret not in title and secret not in text
    reminders.check(morning + timedelta(hours=9, minutes=30))
    assert len(heard) == 2  # once a day

    # Locked: only the fixed sentence, nothing read, nothing counted.
    window.lock()
    reminders.check(morning + timedelta(days=1, hours=9, minutes=1))
    window.tasks.wait()
    qtbot.wait(50)
    assert heard[2:] == [("Time to reflect", "Take a few minutes for today's reflection in Tværs.")]


def test_reminder_settings_round_trip_through_the_dialog(qtbot, tmp_path):
    from PySide6.QtCore import QTime

    from journal.platform.settings import Settings
    from journal.ui.dialogs.settings import SettingsDialog

    dialog = SettingsDialog(Settings(), str(tmp_path), True)
    qtbot.addWidget(dialog)
    assert not dialog.reminders_on.isChecked() and not dialog.reminder_time.isEnabled()
    dialog.reminders_on.setChecked(True)
    dialog.reminder_time.setTime(QTime(7, 45))
    dialog.next_step_reminders.setChecked(False)
    chosen = dialog.result_settings()
    chosen.save(tmp_path / "settings.json")
    again = Settings.load(tmp_path / "settings.json")
    assert (again.reminders_on, again.reminder_time, again.next_step_reminders) == (True, "07:45", False)
    (tmp_path / "bad.json").write_text('{"reminders_on": true, "reminder_time": "25:99"}', "utf-8")
    assert Settings.load(tmp_path / "bad.json").reminder_time == "16:00"


def test_danish_on_this_day_and_reminder_texts(qtbot, a_year_ago, store):
    from journal.app import application, build_window, install_language
    from journal.ui.reminders import next_steps_text

    install_language(application(), "da")
    try:
        window = build_window(store, "da")
        qtbot.addWidget(window)
        window.show()
        panel = window.prompt_panel.on_this_day
        qtbot.waitUntil(lambda: len(panel.cards) == 1, timeout=10_000)
        assert panel.texts() == ["For et år siden skrev du: »Budgetmødet i Næstved«"]
        assert panel.heading.text() == "På denne dag"
        assert next_steps_text(2) == ("Næste skridt", "Du har 2 næste skridt i dag")
        window.flush()
        window.tasks.wait()
    finally:
        install_language(application(), "en")
