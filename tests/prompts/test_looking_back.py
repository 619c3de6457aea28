"""Looking back without Qt: the days "on this day" looks at, and the counting behind Insight."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from journal.prompts.looking_back import (
    ON_THIS_DAY_SLACK,
    compute_insight,
    last_months,
    months_back,
    on_this_day_windows,
    week_starts,
)
from journal.store.records import InsightRows


@given(st.dates(min_value=date(1901, 1, 1), max_value=date(2999, 12, 31)), st.integers(min_value=0, max_value=12))
def test_months_back_lands_in_the_right_month_on_the_same_day_or_the_last_one(day, months):
    then = months_back(day, months)
    assert (day.year * 12 + day.month) - (then.year * 12 + then.month) == months
    if then.day != day.day:  # only when that month is shorter: then it is its last day
        assert then.day < day.day and (then + timedelta(days=1)).day == 1


def test_on_this_day_looks_a_year_six_months_and_a_month_back_with_a_few_days_slack():
    windows = on_this_day_windows(date(2026, 3, 31))
    assert [(w[0], w[1]) for w in windows] == [
        ("year", date(2025, 3, 31)), ("half_year", date(2025, 9, 30)), ("month", date(2026, 2, 28))
    ]
    for _which, then, first, last in windows:
        assert then - first == last - then == timedelta(days=ON_THIS_DAY_SLACK)
    assert on_this_day_windows(date(2028, 2, 29))[0][1] == date(2027, 2, 28)


def test_weeks_start_on_monday_and_months_end_with_this_one():
    weeks = week_starts(date(2026, 3, 18))
    assert len(weeks) == 52 and all(w.weekday() == 0 for w in weeks) and weeks[-1] == date(2026, 3, 16)
    assert last_months(date(2026, 3, 18)) == [f"2025-{m:02d}" for m in range(4, 13)] + ["2026-01", "2026-02", "2026-03"]


def test_insight_counts_weeks_themes_next_steps_and_questions():
    today = date(2026, 3, 18)
    rows = InsightRows(
        entries=(
            ("2025-03-10", "p1", ()),  # before the 52 weeks and the 12 months: counts for the questions only
            ("2026-03-02", "p1", ("økonomi",)),
            ("2026-03-16", "p1", ("økonomi", "Åse")),
            ("2026-03-17", "p2", ()),
            ("2026-03-18", None, ("økonomi",)),
            ("2026-03-18", "own-1", ()),  # a question that is not in the bank any more
        ),
        next_steps=(
            ("done", "2026-03-01", None), ("done", "2026-02-11", "2026-02-10"), ("postponed", "2026-03-05", "2026-04-01"),
            ("dropped", "2026-03-06", None), ("open", "2026-03-07", None), ("done", "2024-01-01", None),
        ),
    )
    insight = compute_insight(rows, {"p1": "theme-a", "p2": "theme-b", "p3": "theme-c"}, ["theme-a", "theme-b", "theme-c"], today)
    weeks = dict(insight.weeks)
    assert weeks[date(2026, 3, 16)] == 4 and weeks[date(2026, 3, 2)] == 1 and sum(weeks.values()) == 5
    assert insight.themes["#økonomi"][-1] == 3 and insight.themes["theme-a"][-1] == 2 and insight.themes["#Åse"][-1] == 1
    assert sum(insight.themes["theme-a"]) == 2  # the entry of March 2025 is outside the twelve months
    assert insight.steps["2026-03"] == {"done": 1, "postponed": 1, "dropped": 1}
    assert insight.steps["2026-02"] == {"done": 1, "postponed": 0, "dropped": 0}
    assert insight.top_questions == (("p1", 3), ("p2", 1))
    assert insight.untouched == ("theme-c",)


def test_an_empty_journal_has_empty_insight():
    insight = compute_insight(InsightRows(), {}, ["a"], date(2026, 1, 5))
    assert [n for _w, n in insight.weeks] == [0] * 52
    assert insight.themes == {} and insight.top_questions == () and insight.untouched == ("a",)


@given(st.lists(st.tuples(st.dates(min_value=date(2024, 1, 1), max_value=date(2026, 12, 31)),
                          st.sampled_from([None, "p1", "p2", "gone"]),
                          st.lists(st.sampled_from(["økonomi", "åse", "x"]), max_size=3)), max_size=60))
def test_every_entry_in_the_52_weeks_is_counted_once(entries):
    today = date(2026, 6, 10)
    rows = InsightRows(entries=tuple((d.isoformat(), p, tuple(t)) for d, p, t in entries))
    insight = compute_insight(rows, {"p1": "a", "p2": "b"}, ["a", "b", "c"], today)
    first = week_starts(today)[0]
    assert sum(n for _w, n in insight.weeks) == sum(1 for d, _p, _t in entries if first <= d <= today)
    assert sum(n for _p, n in insight.top_questions) == sum(1 for _d, p, _t in entries if p in ("p1", "p2"))
    assert "c" in insight.untouched
