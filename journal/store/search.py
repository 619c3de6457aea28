"""Turn whatever the user typed into a safe FTS5 query.

The user's text is never passed to ``MATCH`` as syntax.  It is split into words
and "quoted phrases"; every term becomes an FTS5 string (double quotes doubled)
and terms are combined with implicit AND; the last one is also a prefix.
``AND``, ``OR``, ``NOT``, ``NEAR(``, ``*``, ``:`` and SQL fragments are thereby
plain words.  Terms with no letter or digit are dropped, because the tokenizer
would turn them into empty phrases.
"""

from __future__ import annotations

import re
import unicodedata

_TERM = re.compile(r'"([^"]*)"|(\S+)')
MAX_TERMS = 16
MAX_TERM_LENGTH = 100


def _has_word(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def _printable(text: str) -> str:
    """Control characters (NUL included) are never part of a word: FTS5 would choke on them."""
    return "".join(" " if unicodedata.category(ch) in ("Cc", "Cs") else ch for ch in text)


def terms(query: str) -> list[str]:
    """The words and phrases of a user's query, in order, as the user meant them."""
    found: list[str] = []
    for match in _TERM.finditer(_printable(query or "")):
        phrase, word = match.group(1), match.group(2)
        text = phrase if phrase is not None else word.strip('"')
        text = " ".join(text.split())[:MAX_TERM_LENGTH]
        if text and _has_word(text):
            found.append(text)
        if len(found) >= MAX_TERMS:
            break
    return found


def fts_query(query: str) -> str | None:
    """An FTS5 MATCH expression for ``query``, or ``None`` when nothing is searchable.

    The last word is a prefix (``økonom`` finds ``økonomien`` while the user is
    still typing); earlier words and quoted phrases match whole words, which keeps
    multi-word searches fast.
    """
    found = terms(query)
    parts = ['"' + term.replace('"', '""') + '"' for term in found]
    if parts and not query.rstrip().endswith('"'):
        parts[-1] += "*"
    return " ".join(parts) if parts else None
