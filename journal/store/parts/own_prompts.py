"""The leader's own questions, beside the shipped prompt bank."""

from __future__ import annotations

import uuid

from sqlalchemy import text

from journal.errors import BadInput, NotFound
from journal.store.moments import iso_local
from journal.store.records import Changes, OwnPrompt


class OwnPromptsPart:
    """Own questions (mixed into ``Store``)."""

    # --- own prompts ---------------------------------------------------------------

    def add_own_prompt(self, text_da: str, text_en: str = "", *, theme: str = "", kind: str = "daily") -> Changes:
        if not (text_da.strip() or text_en.strip()):
            raise BadInput("A question needs a text.")
        with self._write() as conn:
            prompt_id = "egen-" + uuid.uuid4().hex[:8]
            conn.execute(
                text("INSERT INTO own_prompts(id, theme, kind, text_da, text_en, created) VALUES (:i, :th, :k, :da, :en, :c)"),
                {"i": prompt_id, "th": theme, "k": kind, "da": text_da.strip(), "en": text_en.strip(), "c": iso_local()},
            )
        return Changes("prompts", (prompt_id,), created=True)

    def update_own_prompt(self, prompt_id: str, *, lang: str, text_value: str, theme: str, kind: str) -> Changes:
        """New wording (in ``lang``: "da" or "en"), theme and kind for one of the leader's own questions."""
        if lang not in ("da", "en"):
            raise BadInput("A question's language is da or en.")
        if not text_value.strip():
            raise BadInput("A question needs a text.")
        column = "text_da" if lang == "da" else "text_en"
        with self._write() as conn:
            result = conn.execute(
                text(f"UPDATE own_prompts SET {column} = :t, theme = :th, kind = :k WHERE id = :i"),
                {"t": text_value.strip(), "th": theme, "k": kind, "i": prompt_id},
            )
            if result.rowcount == 0:
                raise NotFound("No question of your own with id {id}.", id=prompt_id)
        return Changes("prompts", (prompt_id,))

    def delete_own_prompt(self, prompt_id: str) -> Changes:
        """Remove one of the leader's own questions. Reflections that answered it keep their text
        (the question is quoted at the top of each) and their link to its id."""
        with self._write() as conn:
            result = conn.execute(text("DELETE FROM own_prompts WHERE id = :i"), {"i": prompt_id})
            if result.rowcount == 0:
                raise NotFound("No question of your own with id {id}.", id=prompt_id)
        return Changes("prompts", (prompt_id,))

    def list_own_prompts(self) -> list[OwnPrompt]:
        with self._read() as conn:
            rows = conn.execute(text("SELECT * FROM own_prompts ORDER BY created")).all()
        return [OwnPrompt(r.id, r.theme, r.kind, r.text_da, r.text_en, r.created) for r in rows]
