"""Looking back, computed locally and without Qt: the days "on this day" looks at, and the numbers of *Indsigt*.

Nothing here reads the journal; the store hands over plain rows
(``Store.insight_rows``) and this module counts them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta

ON_THIS_DAY_SLACK = 3  # days either side of the date a month, six months or a year ago
ANCHORS = (("year", 12), ("half_year", 6), ("month", 1))  # the oldest first: a year ago means most
WEEKS = 52
MONTHS = 12
STEP_OUTCOMES = ("done", "postponed", "dropped")
TAG_THEME = "#"  # a tag counts as a theme of its own: "#økonomi"


def months_back(day: date, months: int) -> date:
    """The same day ``months`` months before ``day`` (31 March minus one month is 28 or 29 February)."""
    index = day.year * 12 + (day.month - 1) - months
    year, month = divmod(index, 12)
    month += 1
    last = (date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)).day
    return date(year, month, min(day.day, last))


def on_this_day_windows(today: date) -> list[tuple[str, date, date, date]]:
    """(which, the day exactly then, first day, last day) for a year, six months and a month ago."""
    windows = []
    for key, months in ANCHORS:
        then = months_back(today, months)
        windows.append((key, then, then - timedelta(days=ON_THIS_DAY_SLACK), then + timedelta(days=ON_THIS_DAY_SLACK)))
    return windows


def month_key(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def last_months(today: date, count: int = MONTHS) -> list[str]:
    """The ``count`` months up to and including this one, oldest first ("2025-12")."""
    return [month_key(months_back(today.replace(day=1), n)) for n in range(count - 1, -1, -1)]


def week_starts(today: date, count: int = WEEKS) -> list[date]:
    """The Mondays of the ``count`` ISO weeks up to and including this one, oldest first."""
    monday = today - timedelta(days=today.weekday())
    return [monday - timedelta(weeks=n) for n in range(count - 1, -1, -1)]


@dataclass(frozen=True)
class Insight:
    """Everything *Indsigt* shows, as plain numbers.

    ``weeks``: (Monday, reflections) for the last 52 weeks. ``months``: the last 12
    months ("2026-03"). ``themes``: theme → counts per month (a question's theme id,
    or ``#tag`` for the leader's tags), the busiest first. ``steps``: month →
    {done, postponed, dropped}, counted in the month the next step last changed.
    ``top_questions``: (prompt id, times answered), whole journal. ``untouched``:
    theme ids of the bank that no answered question belongs to.
    """

    weeks: tuple = ()
    months: tuple = ()
    themes: dict = field(default_factory=dict)
    steps: dict = field(default_factory=dict)
    top_questions: tuple = ()
    untouched: tuple = ()


def compute_insight(rows, theme_of: dict[str, str], all_themes, today: date, *, top: int = 5, max_themes: int = 8) -> Insight:
    """Count ``rows`` (an ``InsightRows``); ``theme_of`` maps a question's id to its theme id."""
    starts = week_starts(today)
    first_week = starts[0]
    per_week: Counter = Counter()
    months = last_months(today)
    month_set = set(months)
    theme_counts: dict[str, Counter] = {}
    answered: Counter = Counter()
    touched: set[str] = set()
    for day_text, prompt_id, tags in rows.entries:
        try:
            day = date.fromisoformat(day_text)
        except (TypeError, ValueError):
            continue
        if first_week <= day <= today:
            per_week[day - timedelta(days=day.weekday())] += 1
        theme = theme_of.get(prompt_id) if prompt_id else None
        if prompt_id and theme is not None:
            answered[prompt_id] += 1
            touched.add(theme)
        month = month_key(day)
        if month in month_set:
            names = ([theme] if theme else []) + [TAG_THEME + tag for tag in dict.fromkeys(tags)]
            for name in names:
                theme_counts.setdefault(name, Counter())[month] += 1
    busiest = sorted(theme_counts, key=lambda name: (-sum(theme_counts[name].values()), name))[:max_themes]
    steps = {month: {outcome: 0 for outcome in STEP_OUTCOMES} for month in months}
    for status, day_text, _due in rows.next_steps:
        if status in STEP_OUTCOMES and day_text and day_text[:7] in steps:
            steps[day_text[:7]][status] += 1
    return Insight(
        weeks=tuple((monday, per_week.get(monday, 0)) for monday in starts),
        months=tuple(months),
        themes={name: tuple(theme_counts[name].get(m, 0) for m in months) for name in busiest},
        steps=steps,
        top_questions=tuple(sorted(answered.items(), key=lambda kv: (-kv[1], kv[0]))[:top]),
        untouched=tuple(t for t in all_themes if t not in touched),
    )
