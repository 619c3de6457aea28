"""Which prompt to show today, and which one comes next ("another question").

Pure functions over plain data; nothing here reads the clock, the journal or the
disk, so the result is a function of the arguments alone.

The ranking, for one ``day``:

1. Only prompts of the requested ``kinds`` take part (by default the everyday
   kinds: ``daily`` and ``follow_up``; meeting and milestone prompts are offered
   where the leader says what is coming up).  If none of those kinds exist, all
   prompts take part.  ``follow_up`` prompts ("how did it go?") take part only
   once there is something to follow up: an answer or theme use at least
   :data:`FOLLOW_UP_AFTER_DAYS` (14) days before ``day``.
2. A prompt answered less than :data:`ANSWER_COOLDOWN_DAYS` (30) days before
   ``day`` is *resting*.  An answer dated after ``day`` also counts as recent.
   Resting prompts go to the very end of the ranking, the longest-resting first,
   so they are shown only when every other prompt is resting too.
3. The other prompts are grouped by theme.  A theme is *fresh* when the leader
   has not touched it for :data:`RECENT_THEME_DAYS` (14) days or never has;
   a theme counts as touched on the latest of ``theme_last_used[theme]`` and
   the dates its prompts were answered.  Fresh themes come first, in an order
   shuffled by the day; then the recently touched ones, least recent first.
4. Within a theme the prompts are shuffled by the day, and the themes are taken
   round-robin (first prompt of every theme, then the second of every theme, …),
   so pressing "another question" moves to a different theme each time.

"Shuffled by the day" means sorted by SHA-256 of ``seed|day|id``: the same day
(and seed) always gives the same order, on every machine and in every process;
another day gives another order.  ``seed`` lets each journal have its own
sequence (pass e.g. the journal's id) instead of every leader seeing the same
prompt on the same day.

Because answering today's prompt makes it rest, asking again after the leader
has answered gives the next prompt; a caller that wants the panel to keep the
morning's question all day should remember the id it showed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Iterable, Mapping
from datetime import date, datetime

from journal.prompts.catalogue import DAILY, FOLLOW_UP, Prompt

ANSWER_COOLDOWN_DAYS = 30
RECENT_THEME_DAYS = 14
FOLLOW_UP_AFTER_DAYS = 14
DEFAULT_KINDS: tuple[str, ...] = (DAILY, FOLLOW_UP)

__all__ = [
    "ANSWER_COOLDOWN_DAYS",
    "RECENT_THEME_DAYS",
    "FOLLOW_UP_AFTER_DAYS",
    "DEFAULT_KINDS",
    "is_resting",
    "rank_prompts",
    "todays_prompt",
    "another_prompt",
]


def _as_date(value: date) -> date:
    """Datetimes are accepted wherever a date is; only the calendar day counts."""
    return value.date() if isinstance(value, datetime) else value


def _dates(mapping: Mapping[str, date]) -> dict[str, date]:
    return {key: _as_date(value) for key, value in mapping.items() if value is not None}


def is_resting(prompt_id: str, day: date, answered: Mapping[str, date]) -> bool:
    """True if ``prompt_id`` was answered less than 30 days before ``day`` (or after it)."""
    when = answered.get(prompt_id)
    if when is None:
        return False
    return (_as_date(day) - _as_date(when)).days < ANSWER_COOLDOWN_DAYS


def _shuffle_key(seed: str, day: date, key: str) -> bytes:
    return hashlib.sha256(f"{seed}|{day.isoformat()}|{key}".encode("utf-8")).digest()


def _theme_touched(
    prompts: Iterable[Prompt], answered: Mapping[str, date], theme_last_used: Mapping[str, date]
) -> dict[str, date]:
    touched: dict[str, date] = {}
    touched.update(theme_last_used)
    for prompt in prompts:
        when = answered.get(prompt.id)
        if when is not None and (prompt.theme not in touched or when > touched[prompt.theme]):
            touched[prompt.theme] = when
    return touched


def rank_prompts(
    catalogue_prompts: Iterable[Prompt],
    day: date,
    answered: Mapping[str, date],
    theme_last_used: Mapping[str, date],
    seed: str = "",
    *,
    kinds: Collection[str] | None = DEFAULT_KINDS,
) -> list[Prompt]:
    """Every taking-part prompt, best first, as described in the module docstring.

    ``answered`` maps prompt id → the date it was last answered; ``theme_last_used``
    maps theme id → the date the leader last wrote about it.  ``kinds=None`` lets
    every kind take part.  The order does not depend on the order of
    ``catalogue_prompts``; duplicate ids count once.
    """
    day = _as_date(day)
    answered = _dates(answered)
    theme_last_used = _dates(theme_last_used)
    unique: dict[str, Prompt] = {}
    for prompt in catalogue_prompts:
        unique.setdefault(prompt.id, prompt)
    everything = list(unique.values())
    pool = everything if kinds is None else [p for p in everything if p.kind in kinds]
    history = [*answered.values(), *theme_last_used.values()]
    if not any((day - when).days >= FOLLOW_UP_AFTER_DAYS for when in history):
        pool = [p for p in pool if p.kind != FOLLOW_UP] or pool  # nothing to follow up yet
    if not pool:
        pool = everything

    resting = [p for p in pool if is_resting(p.id, day, answered)]
    ready = [p for p in pool if not is_resting(p.id, day, answered)]

    touched = _theme_touched(everything, answered, theme_last_used)

    def theme_key(theme: str) -> tuple:
        when = touched.get(theme)
        fresh = when is None or (day - when).days >= RECENT_THEME_DAYS
        if fresh:
            return (0, date.min, _shuffle_key(seed, day, "theme:" + theme), theme)
        return (1, when, _shuffle_key(seed, day, "theme:" + theme), theme)

    by_theme: dict[str, list[Prompt]] = {}
    for prompt in ready:
        by_theme.setdefault(prompt.theme, []).append(prompt)
    for prompts in by_theme.values():
        prompts.sort(key=lambda p: (_shuffle_key(seed, day, p.id), p.id))
    themes = sorted(by_theme, key=theme_key)

    ranked: list[Prompt] = []
    depth = max((len(v) for v in by_theme.values()), default=0)
    for round_ in range(depth):
        for theme in themes:
            if round_ < len(by_theme[theme]):
                ranked.append(by_theme[theme][round_])

    resting.sort(key=lambda p: (answered[p.id], _shuffle_key(seed, day, p.id), p.id))
    return ranked + resting


def todays_prompt(
    catalogue_prompts: Iterable[Prompt],
    day: date,
    answered: Mapping[str, date],
    theme_last_used: Mapping[str, date],
    seed: str = "",
    *,
    kinds: Collection[str] | None = DEFAULT_KINDS,
) -> Prompt:
    """The prompt for ``day``: the first of :func:`rank_prompts`.

    Deterministic by date; avoids prompts answered in the last 30 days; prefers
    themes the leader has not touched lately.  When every prompt was answered
    recently it falls back to the one that has rested longest.  Raises
    :class:`ValueError` only when there are no prompts at all.
    """
    ranked = rank_prompts(catalogue_prompts, day, answered, theme_last_used, seed, kinds=kinds)
    if not ranked:
        raise ValueError("there are no prompts to choose from")
    return ranked[0]


def another_prompt(
    catalogue_prompts: Iterable[Prompt],
    day: date,
    answered: Mapping[str, date],
    theme_last_used: Mapping[str, date],
    after: str | Prompt,
    seed: str = "",
    *,
    kinds: Collection[str] | None = DEFAULT_KINDS,
) -> Prompt:
    """The candidate that follows ``after`` in the day's ranking (for "another question").

    Pressing the button repeatedly walks the whole ranking, a different theme each
    step where possible, and wraps round to today's prompt at the end.  If
    ``after`` is not in the ranking (another kind, or unknown), today's prompt is
    returned.  Raises :class:`ValueError` only when there are no prompts at all.
    """
    after_id = after.id if isinstance(after, Prompt) else after
    ranked = rank_prompts(catalogue_prompts, day, answered, theme_last_used, seed, kinds=kinds)
    if not ranked:
        raise ValueError("there are no prompts to choose from")
    for index, prompt in enumerate(ranked):
        if prompt.id == after_id:
            return ranked[(index + 1) % len(ranked)]
    return ranked[0]
