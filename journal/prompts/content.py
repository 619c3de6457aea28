"""The content in one language: prompts (the shipped ones and the leader's own), themes,
kinds, case cards, templates and today's prompt, as plain values.

Qt-free: the window shows it, the command line can use it. Today's prompt comes from
the one scheduling rule in :mod:`journal.prompts.schedule`.
"""

from __future__ import annotations

from datetime import date

from journal.prompts import schedule
from journal.prompts.catalogue import KINDS, Localized, Prompt


def localised(value, lang: str) -> str:
    """Text from a {"da": …, "en": …} mapping (or an object with one), Danish as fallback."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return value.get(lang) or value.get("da") or value.get("en") or ""
    return str(value)


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
        return {kind: self.catalogue.kind_name(kind, self.lang) for kind in KINDS}

    def source_of(self, prompt_id: str | None) -> tuple[str, str]:
        """(quote, title of the source text) of a prompt; ("", "") for own prompts."""
        prompt = self.prompt(prompt_id)
        source = getattr(prompt, "source", None)
        if source is None:
            return "", ""
        return source.quote, self.catalogue.source_title(source.file, self.lang)

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
        if after:
            return schedule.another_prompt(self.prompts, day, answered, theme_last, after, seed=seed)
        return schedule.todays_prompt(self.prompts, day, answered, theme_last, seed=seed)
