"""Cohort documents kept inside the encrypted journal: the people register, the secret
behind the per-round pseudonyms, and meeting notes per round and question.

Each is one JSON document in the ``meta`` table under a ``cohort.`` key (no schema change).
The store does not interpret them beyond JSON; ``journal.cohort`` does.
"""

from __future__ import annotations

import json
import re
import secrets

from sqlalchemy import text

from journal.errors import BadInput, Count
from journal.store.records import Changes

PEOPLE_KEY = "cohort.people"
SECRET_KEY = "cohort.secret"
NOTES_PREFIX = "cohort.notes."
MAX_DOCUMENT_CHARS = 2_000_000
_ROUND_ID = re.compile(r"^r-[0-9a-f]{32}$")


class CohortPart:
    """Cohort documents in ``meta`` (mixed into ``Store``)."""

    def _meta_json(self, key: str):
        with self._read() as conn:
            row = conn.execute(text("SELECT value FROM meta WHERE key = :k"), {"k": key}).first()
        if row is None:
            return None
        try:
            return json.loads(row.value)
        except (json.JSONDecodeError, RecursionError):
            return None

    def _put_meta_json(self, key: str, value) -> None:
        payload = json.dumps(value, ensure_ascii=False, sort_keys=True)
        if len(payload) > MAX_DOCUMENT_CHARS:
            raise BadInput("That is too much to keep ({size} characters); the limit is {limit}.", size=Count(len(payload)), limit=Count(MAX_DOCUMENT_CHARS))
        with self._write() as conn:
            conn.execute(
                text("INSERT INTO meta(key, value) VALUES (:k, :v) ON CONFLICT(key) DO UPDATE SET value = :v"),
                {"k": key, "v": payload},
            )

    # --- people register -------------------------------------------------------------

    def people_register(self) -> dict:
        """The people register's JSON document (``{}`` when none has been kept)."""
        value = self._meta_json(PEOPLE_KEY)
        return value if isinstance(value, dict) else {}

    def set_people_register(self, document: dict) -> Changes:
        if not isinstance(document, dict):
            raise BadInput("The people register must be a JSON object.")
        self._put_meta_json(PEOPLE_KEY, document)
        return Changes("people", ())

    # --- pseudonyms ------------------------------------------------------------------

    def cohort_secret(self) -> bytes:
        """The journal's random secret behind its pseudonyms (made on first use, never leaves)."""
        value = self._meta_json(SECRET_KEY)
        if isinstance(value, str) and len(value) == 64:
            return bytes.fromhex(value)
        fresh = secrets.token_hex(32)
        with self._write() as conn:
            conn.execute(text("INSERT OR IGNORE INTO meta(key, value) VALUES (:k, :v)"), {"k": SECRET_KEY, "v": json.dumps(fresh)})
            stored = conn.execute(text("SELECT value FROM meta WHERE key = :k"), {"k": SECRET_KEY}).scalar_one()
        return bytes.fromhex(json.loads(stored))

    # --- meeting notes ---------------------------------------------------------------

    def meeting_notes(self, round_id: str) -> dict[str, str]:
        """The leader's notes for one round: question id → Markdown."""
        if not _ROUND_ID.match(round_id or ""):
            return {}
        value = self._meta_json(NOTES_PREFIX + round_id)
        if not isinstance(value, dict):
            return {}
        return {k: v for k, v in value.items() if isinstance(k, str) and isinstance(v, str)}

    def set_meeting_note(self, round_id: str, question_id: str, note: str) -> Changes:
        if not _ROUND_ID.match(round_id or ""):
            raise BadInput("That is not a round id.")
        notes = self.meeting_notes(round_id)
        if note.strip():
            notes[question_id] = note
        else:
            notes.pop(question_id, None)
        self._put_meta_json(NOTES_PREFIX + round_id, notes)
        return Changes("meeting-notes", ())
