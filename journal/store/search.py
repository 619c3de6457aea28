"""Turn whatever the user typed into a safe FTS5 query, and show where a hit matched.

The user's text is never passed to ``MATCH`` as syntax.  It is split into words
and "quoted phrases"; every term becomes an FTS5 string (double quotes doubled)
and terms are combined with implicit AND; the last one is also a prefix.
``AND``, ``OR``, ``NOT``, ``NEAR(``, ``*``, ``:`` and SQL fragments are thereby
plain words.  Terms with no letter or digit are dropped, because the tokenizer
would turn them into empty phrases.  ``snippet`` makes the passage shown with a hit,
with the query's words marked, from the entry's own text.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Callable

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


MAX_EXPANSION = 8  # words a last-word prefix is spelled out as, at most


def fts_query(query: str, expand: Callable[[str], list[str] | None] | None = None) -> str | None:
    """An FTS5 MATCH expression for ``query``, or ``None`` when nothing is searchable.

    The last word is a prefix (``økonom`` finds ``økonomien`` while the user is
    still typing); earlier words and quoted phrases match whole words, which keeps
    multi-word searches fast.

    ``expand(word)`` may name the indexed words that begin with a one-word prefix (at
    most ``MAX_EXPANSION``; ``None`` when there are more): the prefix is then asked
    for as those words, ``OR``-ed.  FTS5 answers a prefix by merging the whole
    posting lists of every word it covers, twice when bm25 ranks; a few named words
    are read as they are.  With no word to name, nothing can match: ``None``.
    """
    found = terms(query)
    parts = ['"' + term.replace('"', '""') + '"' for term in found]
    if not parts or query.rstrip().endswith('"'):
        return " ".join(parts) if parts else None
    last = _TOKEN.fullmatch(found[-1])
    words = expand(_lower(found[-1])) if expand is not None and last is not None else None
    if words is None:
        parts[-1] += "*"
        return " ".join(parts)
    if not words:
        return None
    spelled = "(" + " OR ".join('"' + word.replace('"', '""') + '"' for word in words) + ")"
    return " AND ".join([*parts[:-1], spelled])


# --- snippets --------------------------------------------------------------------
#
# FTS5's own snippet() has to be computed inside the ranking query, and SQLite works
# out every column of every row it sorts: with the newest 2,000 matches ranked that
# is 2,000 snippets to keep 50 (three times the cost of the whole search at 100,000
# entries). So the snippet of each hit is made here, from the entry already read for
# the hit, the way FTS5 makes it: the same words found (whole words; the last one a
# prefix unless quoted; phrases as consecutive words), the column with most of the
# query's words in it, and a window of 16 words around the most of them.

_TOKEN = re.compile(r"[^\W_]+")  # what the unicode61 tokenizer calls a token: letters and digits
SNIPPET_TOKENS = 16
_CHARS_PER_TOKEN = 8  # a Danish word and the space after it, on average


@functools.lru_cache(maxsize=64)
def _hit_terms(query: str) -> tuple[tuple[str, tuple[str, ...], bool], ...]:
    """The terms of ``query`` as ``fts_query`` matches them: (name, lower-case words, last word a prefix)."""
    found = terms(query)
    prefix_last = not query.rstrip().endswith('"')
    out = []
    for n, term in enumerate(found):
        words = tuple(_lower(w) for w in _TOKEN.findall(term))
        if words:
            out.append((f"p{n}", words, prefix_last and n == len(found) - 1))
    return tuple(out)


_SEPARATORS = re.compile(r"[\W_]+")
_WORD_REST = re.compile(r"[^\W_]*")


def _lower(text: str) -> str:
    """``text`` in lower case, character for character (so that offsets stay the same)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(ch.lower()[0] for ch in text)  # "İ" is "i" and a dot above: keep the "i"


def _hits(hit_terms, text: str) -> list[tuple[int, int, str]]:
    """Where the terms are in ``text``: (start, end, term name), in order, none inside another.
    ``str.find`` for each term's first word, then its boundaries checked: far cheaper than
    one regular expression over the text."""
    low = _lower(text)
    found = []
    for name, words, prefix in hit_terms:
        first, at = words[0], 0
        while (i := low.find(first, at)) >= 0:
            at = i + 1
            if i and low[i - 1].isalnum():
                continue  # inside a word
            j = i + len(first)
            for word in words[1:]:
                gap = _SEPARATORS.match(low, j)
                if gap is None or not low.startswith(word, gap.end()):
                    break
                j = gap.end() + len(word)
            else:
                if prefix:
                    j = _WORD_REST.match(low, j).end()
                elif j < len(low) and low[j].isalnum():
                    continue  # a longer word
                found.append((i, j, name))
    found.sort(key=lambda h: (h[0], -h[1]))  # at one place, the longest first (a phrase over its first word)
    hits, reach = [], 0
    for hit in found:
        if hit[0] >= reach:
            hits.append(hit)
            reach = hit[1]
    return hits


def snippet(query: str, texts: tuple[str, ...], *, start: str, end: str, ellipsis: str = "…",
            tokens: int = SNIPPET_TOKENS) -> str:
    """A short passage of one of ``texts`` (an entry's columns: title, text, tags) with the
    words ``query`` found marked by ``start`` and ``end``; the opening words of the text
    when none is found.  Only the words around the passage are read, so a long entry
    costs no more than a short one."""
    hit_terms = _hit_terms(query)
    best_text, best_hits, best_score = "", [], (-1, -1)
    for text in texts:
        if not text:
            continue
        hits = _hits(hit_terms, text) if hit_terms else []
        score = (len({h[2] for h in hits}), len(hits))
        if score > best_score:
            best_text, best_hits, best_score = text, hits, score
    if not best_text:
        return ""
    text = best_text
    if best_hits:
        first_hit, last_hit = _cluster(best_hits, tokens * _CHARS_PER_TOKEN)
        around = tokens * _CHARS_PER_TOKEN
        region = (max(0, best_hits[first_hit][0] - around), min(len(text), best_hits[last_hit][1] + around))
    else:
        region = (0, min(len(text), tokens * _CHARS_PER_TOKEN * 2))
    spans = [m.span() for m in _TOKEN.finditer(text, *region)]
    if spans and region[0] > 0 and _TOKEN.match(text, region[0] - 1):
        spans = spans[1:]  # the region began inside a word
    if spans and region[1] < len(text) and _TOKEN.match(text, region[1]):
        spans = spans[:-1]  # and ended inside one
    if not spans:
        return text[:200]
    if best_hits:
        starts = [s for s, _ in spans]
        at_first = max(0, bisect.bisect_right(starts, best_hits[first_hit][0]) - 1)
        at_last = max(0, bisect.bisect_right(starts, best_hits[last_hit][1] - 1) - 1)
        first = at_first - max(0, tokens - (at_last - at_first + 1)) // 2
        first = max(0, min(first, len(spans) - tokens))
    else:
        first = 0
    last = min(len(spans), first + tokens) - 1
    low = spans[first][0] if _TOKEN.search(text, 0, spans[first][0]) else 0
    high = spans[last][1] if _TOKEN.search(text, spans[last][1]) else len(text)
    out, at = [], low
    for hit_start, hit_end, _term in best_hits:
        if hit_end <= low or hit_start >= high:
            continue
        hit_start, hit_end = max(hit_start, low), min(hit_end, high)
        out += [text[at:hit_start], start, text[hit_start:hit_end], end]
        at = hit_end
    out.append(text[at:high])
    return (ellipsis if low > 0 else "") + "".join(out) + (ellipsis if high < len(text) else "")



def _cluster(hits, width: int) -> tuple[int, int]:
    """The first and last hit of the stretch of ``width`` characters that holds the most
    different terms, then the most hits (one pass over the hits)."""
    inside: dict[str, int] = {}
    best, best_score, j = (0, 0), (-1, -1), 0
    for i, (first_start, _end, _term) in enumerate(hits):
        while j < len(hits) and hits[j][1] <= first_start + width:
            inside[hits[j][2]] = inside.get(hits[j][2], 0) + 1
            j += 1
        if j <= i:  # a single hit longer than the stretch (a long phrase)
            return (i, i)
        score = (len(inside), j - i)
        if score > best_score:
            best, best_score = (i, j - 1), score
        inside[hits[i][2]] -= 1
        if not inside[hits[i][2]]:
            del inside[hits[i][2]]
    return best
