"""What the window shows of the shipped content: prompts, themes, case cards, today's prompt.

A thin adapter over ``journal.prompts`` so widgets deal only in plain values.
"""

from __future__ import annotations

from datetime import date, timedelta

from journal.prompts.catalogue import KIND_NAMES, KINDS, Localized, Prompt
from journal.ui.panels.prompt_panel import localised

# The seed texts the prompts quote (``source.file``), by title; see docs/content.md.
SOURCE_TITLES = {
    "000_8423b5e084795842.txt": "Topledelse – Ledelse i fællesskab (Væksthus for Ledelse)",
    "001_0d5ab999f37e3cc3.txt": "Tværgående ledelse kræver vedholdenhed hos cheferne (Væksthus for Ledelse, 2020)",
}


class Content:
    def __init__(self, catalogue, lang: str) -> None:
        self.catalogue = catalogue
        self.lang = lang
        self._shipped = list(getattr(catalogue, "prompts", ()) or ())
        self._own_ids: set[str] = set()
        self.prompts = list(self._shipped)
        self._by_id = {p.id: p for p in self.prompts}

    def set_own_prompts(self, own) -> None:
        """Add the leader's own prompts (``OwnPrompt`` records) to the shipped ones; they have no source."""
        mine = [
            Prompt(o.id, o.theme, o.kind if o.kind in KINDS else "daily", Localized({"da": o.text_da, "en": o.text_en}))
            for o in own
        ]
        self._own_ids = {p.id for p in mine}
        self.prompts = self._shipped + mine
        self._by_id = {p.id: p for p in self.prompts}

    def is_own(self, prompt_id: str | None) -> bool:
        return prompt_id in self._own_ids

    def kind_names(self) -> dict[str, str]:
        return {kind: localised(KIND_NAMES.get(kind, {}), self.lang) or kind for kind in KINDS}

    def source_of(self, prompt_id: str | None) -> tuple[str, str]:
        """(quote, title of the source text) of a prompt; ("", "") for own prompts."""
        prompt = self.prompt(prompt_id)
        source = getattr(prompt, "source", None)
        if source is None:
            return "", ""
        return source.quote, SOURCE_TITLES.get(source.file, source.file)

    def templates(self) -> list[tuple[str, str]]:
        """(id, name) of every entry template, in the catalogue's order."""
        return [(t.id, localised(t.name, self.lang)) for t in getattr(self.catalogue, "templates", ()) or ()]

    def template_body(self, template_id: str) -> str:
        for t in getattr(self.catalogue, "templates", ()) or ():
            if t.id == template_id:
                return localised(t.body, self.lang).strip("\n") + "\n"
        return ""

    def case_card(self, case_id: str | None):
        """The published case card for ``case_id`` (``None`` for the leader's own cases)."""
        for card in getattr(self.catalogue, "cases", ()) or ():
            if card.id == case_id:
                return card
        return None

    def case_summary(self, case_id: str | None) -> str:
        card = self.case_card(case_id)
        return localised(card.summary, self.lang).strip() if card is not None else ""

    def case_prompts(self, case_id: str | None) -> list:
        card = self.case_card(case_id)
        return [p for p in (self.prompt(pid) for pid in card.prompts) if p is not None] if card is not None else []

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
