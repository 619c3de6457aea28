"""What the window shows of the shipped content: prompts, themes, case cards, today's prompt.

A thin adapter over ``journal.prompts`` so widgets deal only in plain values.
"""

from __future__ import annotations

from datetime import date, timedelta

from journal.ui.panels.prompt_panel import localised


class Content:
    def __init__(self, catalogue, lang: str) -> None:
        self.catalogue = catalogue
        self.lang = lang
        self.prompts = list(getattr(catalogue, "prompts", ()) or ())
        self._by_id = {p.id: p for p in self.prompts}

    def theme_names(self) -> dict[str, str]:
        themes = getattr(self.catalogue, "themes", ()) or ()
        if isinstance(themes, dict):
            themes = themes.values()
        return {t.id: localised(t.name, self.lang) for t in themes}

    def prompt(self, prompt_id: str | None):
        return self._by_id.get(prompt_id) if prompt_id else None

    def prompt_text(self, prompt_id: str | None) -> str:
        prompt = self.prompt(prompt_id)
        return localised(prompt.text, self.lang) if prompt is not None else ""

    def published_cases(self) -> list[tuple[str, str, str]]:
        cards = getattr(self.catalogue, "cases", ()) or ()
        if isinstance(cards, dict):
            cards = cards.values()
        return [(c.id, localised(c.name, "da"), localised(getattr(c, "summary", ""), "da")) for c in cards]

    def todays_prompt(self, usage: dict[str, str], day: date | None = None, after: str | None = None, seed: str = ""):
        """Today's question, given when each prompt was last answered; ``after`` asks for another one."""
        if not self.prompts:
            return None
        day = day or date.today()
        answered = {pid: date.fromisoformat(d) for pid, d in usage.items() if pid in self._by_id}
        theme_last: dict[str, date] = {}
        for pid, when in answered.items():
            theme = self._by_id[pid].theme
            theme_last[theme] = max(when, theme_last.get(theme, when))
        try:
            from journal.prompts import schedule
        except ImportError:  # pragma: no cover - the scheduler ships with the prompt bank
            schedule = None
        if schedule is not None:
            try:
                if after:
                    return schedule.another_prompt(self.prompts, day, answered, theme_last, after, seed=seed)
                return schedule.todays_prompt(self.prompts, day, answered, theme_last, seed=seed)
            except (AttributeError, TypeError):
                pass
        fresh = [p for p in self.prompts if answered.get(p.id, date.min) < day - timedelta(days=30)] or self.prompts
        index = day.toordinal() % len(fresh)
        if after:
            ids = [p.id for p in fresh]
            index = (ids.index(after) + 1) % len(fresh) if after in ids else index
        return fresh[index]
