"""What one entry may hold: its size and its tags, checked on every write path.

Kept apart from ``store.py`` so the editor (at paste, and when it reads the tag
field) uses the same rules without importing SQLAlchemy.  Why the size:
docs/reliability.md ("Entry size").
"""

from __future__ import annotations

import re
import unicodedata

from journal.errors import BadInput, Count

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
            length=Count(len(body)),
            limit=Count(MAX_ENTRY_CHARS),
        )


TAG_SEPARATORS = ",;"  # the window's tag field splits on these, so no tag may hold one


def clean_tag(name: str) -> str:
    """A tag as stored: without a leading ``#``, inner whitespace as single spaces, lower case.

    The one rule for what a tag may hold, for the window, the command line and
    imports alike: any text except the separators ``,`` and ``;`` and control
    characters.  Anything else raises ``BadInput`` rather than being split or
    changed behind the user's back.
    """
    tag = " ".join(name.strip().lstrip("#").split()).lower()
    if any(ch in TAG_SEPARATORS or unicodedata.category(ch) == "Cc" for ch in tag):
        raise BadInput("The tag {tag!r} holds ',', ';' or a control character, which a tag cannot hold. Give each tag on its own.", tag=name)
    return tag


def split_tags(text: str) -> list[str]:
    """The tags typed in one field, split on the separators; control characters are dropped."""
    printable = "".join(ch for ch in text if unicodedata.category(ch) != "Cc" or ch.isspace())
    parts = re.split(f"[{re.escape(TAG_SEPARATORS)}]", printable)
    return [tag for tag in (part.strip() for part in parts) if tag]
