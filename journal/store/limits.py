"""How much one entry may hold, checked on every write path (and by the editor at paste).

Kept apart from ``store.py`` so the editor can read the cap without importing
SQLAlchemy.  Why this number: docs/reliability.md ("Entry size").
"""

from __future__ import annotations

from journal.errors import BadInput

MAX_ENTRY_CHARS = 6_000_000  # characters of an entry's body; the editor opens this much in about a second


def check_entry_size(body: str, *, stored: int = 0) -> None:
    """Refuse a body longer than ``MAX_ENTRY_CHARS``.

    ``stored`` is the length already in the journal: an entry kept before the
    cap existed can still be saved as long as it does not grow.
    """
    if len(body) > max(MAX_ENTRY_CHARS, stored):
        raise BadInput(
            "A reflection of {length} characters is too long to keep: one reflection holds at most "
            "{limit} characters. Split the text into several reflections.",
            length=_grouped(len(body)),
            limit=_grouped(MAX_ENTRY_CHARS),
        )


def _grouped(number: int) -> str:
    """6000000 as ``6 000 000``: readable in Danish and English alike."""
    return f"{number:,}".replace(",", " ")
