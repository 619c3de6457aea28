"""Today's prompt: deterministic by date, 30-day rest, fresh themes first."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journal.prompts.catalogue import (
    AFTER_MEETING,
    BEFORE_MEETING,
    DAILY,
    FOLLOW_UP,
    KINDS,
    Localized,
    Prompt,
    load_catalogue,
)
from journal.prompts.schedule import (
    ANSWER_COOLDOWN_DAYS,
    DEFAULT_KINDS,
    RECENT_THEME_DAYS,
    another_prompt,
    is_resting,
    rank_prompts,
    todays_prompt,
)

PROMPTS = load_catalogue().prompts
IDS = [p.id for p in PROMPTS]
THEMES = sorted({p.theme for p in PROMPTS})
DAY = date(2025, 3, 14)

days = st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 12, 31))


@st.composite
def situations(draw):
    """A day plus a history of answers and theme use around it (some in the future)."""
    day = draw(days)
    offsets = st.integers(min_value=-5, max_value=120)
    answered = draw(st.dictionaries(st.sampled_from(IDS), offsets, max_size=len(IDS)))
    touched = draw(st.dictionaries(st.sampled_from(THEMES), offsets, max_size=len(THEMES)))
    seed = draw(st.sampled_from(["", "journal-a", "journal-b"]))
    return (
        day,
        {k: day - timedelta(days=v) for k, v in answered.items()},
        {k: day - timedelta(days=v) for k, v in touched.items()},
        seed,
    )


def _touched(day, answered, theme_last_used):
    touched = dict(theme_last_used)
    for p in PROMPTS:
        if p.id in answered and (p.theme not in touched or answered[p.id] > touched[p.theme]):
            touched[p.theme] = answered[p.id]
    return touched


def _fresh(theme, day, touched):
    return theme not in touched or (day - touched[theme]).days >= RECENT_THEME_DAYS


# ---------------------------------------------------------------- properties


@settings(max_examples=200, deadline=None)
@given(situation=situations(), order=st.permutations(PROMPTS))
def test_deterministic_and_independent_of_input_order(situation, order):
    day, answered, touched, seed = situation
    first = todays_prompt(PROMPTS, day, answered, touched, seed)
    assert todays_prompt(list(order), day, dict(answered), dict(touched), seed) == first
    assert todays_prompt(PROMPTS, day, answered, touched, seed) == first


@settings(max_examples=300, deadline=None)
@given(situation=situations())
def test_never_a_prompt_answered_in_the_last_30_days_while_others_are_free(situation):
    day, answered, touched, seed = situation
    chosen = todays_prompt(PROMPTS, day, answered, touched, seed)
    assert chosen.kind in DEFAULT_KINDS
    free_daily = [p for p in PROMPTS if p.kind == DAILY and not is_resting(p.id, day, answered)]
    if free_daily:
        assert not is_resting(chosen.id, day, answered)
        if chosen.id in answered:
            assert (day - answered[chosen.id]).days >= ANSWER_COOLDOWN_DAYS


@settings(max_examples=300, deadline=None)
@given(situation=situations())
def test_prefers_themes_not_touched_lately(situation):
    day, answered, theme_last_used, seed = situation
    chosen = todays_prompt(PROMPTS, day, answered, theme_last_used, seed)
    touched = _touched(day, answered, theme_last_used)
    fresh_and_free = [
        p
        for p in PROMPTS
        if p.kind == DAILY and not is_resting(p.id, day, answered) and _fresh(p.theme, day, touched)
    ]
    if fresh_and_free:
        assert _fresh(chosen.theme, day, touched)


@settings(max_examples=100, deadline=None)
@given(day=days, ages=st.lists(st.integers(min_value=0, max_value=29), min_size=len(IDS), max_size=len(IDS)))
def test_falls_back_to_the_longest_resting_when_everything_is_recent(day, ages):
    answered = {pid: day - timedelta(days=age) for pid, age in zip(IDS, ages)}
    chosen = todays_prompt(PROMPTS, day, answered, {})
    pool = [p for p in PROMPTS if p.kind in DEFAULT_KINDS]
    oldest = min(answered[p.id] for p in pool)
    assert answered[chosen.id] == oldest
    assert chosen.kind in DEFAULT_KINDS


@settings(max_examples=100, deadline=None)
@given(situation=situations())
def test_another_prompt_walks_the_whole_ranking_once(situation):
    day, answered, touched, seed = situation
    ranked = rank_prompts(PROMPTS, day, answered, touched, seed)
    assert len({p.id for p in ranked}) == len(ranked)
    current = todays_prompt(PROMPTS, day, answered, touched, seed)
    seen = [current.id]
    for _ in range(len(ranked) - 1):
        current = another_prompt(PROMPTS, day, answered, touched, current, seed)
        seen.append(current.id)
    assert seen == [p.id for p in ranked]
    assert another_prompt(PROMPTS, day, answered, touched, current.id, seed) == ranked[0]


# ------------------------------------------------------------------- examples


def test_changes_from_day_to_day_and_covers_many_themes():
    picks = [todays_prompt(PROMPTS, DAY + timedelta(days=i), {}, {}) for i in range(60)]
    assert len({p.id for p in picks}) >= 25
    assert len({p.theme for p in picks}) >= 12


def test_a_month_of_daily_use_never_repeats():
    answered: dict[str, date] = {}
    touched: dict[str, date] = {}
    shown = []
    for i in range(30):
        day = DAY + timedelta(days=i)
        prompt = todays_prompt(PROMPTS, day, answered, touched)
        shown.append(prompt.id)
        answered[prompt.id] = day
        touched[prompt.theme] = day
    assert len(set(shown)) == 30
    # and no theme comes back within the two weeks while fresh themes remain
    for i in range(14):
        assert len(set(PROMPT_THEME[s] for s in shown[i : i + 14])) == 14


PROMPT_THEME = {p.id: p.theme for p in PROMPTS}


def test_answering_today_moves_on_to_another_prompt():
    first = todays_prompt(PROMPTS, DAY, {}, {})
    second = todays_prompt(PROMPTS, DAY, {first.id: DAY}, {first.theme: DAY})
    assert second.id != first.id and second.theme != first.theme


def test_answer_exactly_30_days_ago_is_free_again_29_is_not():
    assert is_resting("x", DAY, {"x": DAY - timedelta(days=29)})
    assert not is_resting("x", DAY, {"x": DAY - timedelta(days=30)})
    assert is_resting("x", DAY, {"x": DAY + timedelta(days=3)})  # clock moved back: still recent
    assert not is_resting("x", DAY, {})


def test_seed_gives_each_journal_its_own_sequence():
    a = [todays_prompt(PROMPTS, DAY + timedelta(days=i), {}, {}, "a").id for i in range(10)]
    b = [todays_prompt(PROMPTS, DAY + timedelta(days=i), {}, {}, "b").id for i in range(10)]
    assert a != b


def test_follow_up_prompts_wait_until_there_is_something_to_follow_up():
    new_journal = rank_prompts(PROMPTS, DAY, {}, {})
    assert all(p.kind == DAILY for p in new_journal)
    with_history = rank_prompts(PROMPTS, DAY, {}, {THEMES[0]: DAY - timedelta(days=40)})
    assert any(p.kind == FOLLOW_UP for p in with_history)


def test_kinds_select_meeting_prompts():
    before = todays_prompt(PROMPTS, DAY, {}, {}, kinds=(BEFORE_MEETING,))
    assert before.kind == BEFORE_MEETING
    everything = rank_prompts(PROMPTS, DAY, {}, {}, kinds=None)
    assert {p.kind for p in everything} == set(KINDS) - {FOLLOW_UP}
    assert len(everything) == sum(p.kind != FOLLOW_UP for p in PROMPTS)
    # a kind nobody has: every prompt takes part rather than none
    assert todays_prompt(PROMPTS, DAY, {}, {}, kinds=("no-such-kind",)) in PROMPTS


def test_another_prompt_after_an_unknown_or_other_kind_gives_todays():
    today = todays_prompt(PROMPTS, DAY, {}, {})
    assert another_prompt(PROMPTS, DAY, {}, {}, "no-such-id") == today
    meeting = next(p for p in PROMPTS if p.kind == AFTER_MEETING)
    assert another_prompt(PROMPTS, DAY, {}, {}, meeting) == today
    assert another_prompt(PROMPTS, DAY, {}, {}, today).theme != today.theme


def test_datetimes_are_accepted():
    first = todays_prompt(PROMPTS, DAY, {}, {})
    at_noon = datetime(DAY.year, DAY.month, DAY.day, 12, 0)
    assert todays_prompt(PROMPTS, at_noon, {first.id: at_noon}, {}) == todays_prompt(
        PROMPTS, DAY, {first.id: DAY}, {}
    )


def test_works_on_the_leaders_own_prompts_without_a_source():
    own = [
        Prompt(f"own-{i}", "mine", DAILY, Localized({"da": f"Spørgsmål {i}?", "en": f"Question {i}?"}))
        for i in range(3)
    ]
    assert todays_prompt(own, DAY, {}, {}).id.startswith("own-")
    assert todays_prompt([own[0]], DAY, {own[0].id: DAY}, {}) == own[0]


def test_no_prompts_at_all_is_an_error():
    with pytest.raises(ValueError):
        todays_prompt([], DAY, {}, {})
    with pytest.raises(ValueError):
        another_prompt([], DAY, {}, {}, "x")
