"""Markdown → safe HTML: the one sanitiser every rendered or exported HTML goes through.

Python-Markdown passes raw HTML through, so its output is cleaned by nh3 (the
Ammonia sanitiser) with an explicit allow-list: text structure only; no ``img``,
no ``style``, no ``iframe``/``object``/``svg``/``form``; links only ``http(s)``
and ``mailto`` and always ``rel="noopener noreferrer nofollow"``.  Pure Python.

Rendering is bounded, because an entry is pasted text and some text is hostile:
Python-Markdown is quadratic on unmatched ``[``, ``<`` and ``(`` and recurses once
per level of nested lists and quotes, and Qt lays out nested tables in time that
doubles per level (and crashes some thousands of levels down).  So before the
converter runs, linear scans refuse text that is too long, would make the inline
patterns scan too far, or nests blocks too deep; after it, a linear scan of the
sanitised HTML refuses too deep nesting, nested tables and very many table cells.
A refused text is shown as escaped plain text in ``<pre class="plain">``, and
``Rendering.limit`` says which cap it hit, so the caller can add a note.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from html import escape

import nh3

ALLOWED_TAGS = frozenset(
    {
        "a", "abbr", "b", "blockquote", "br", "code", "del", "em", "h1", "h2", "h3", "h4", "h5", "h6",
        "hr", "i", "li", "ol", "p", "pre", "s", "strong", "sub", "sup", "table", "tbody", "td", "th",
        "thead", "tr", "ul", "dl", "dt", "dd", "mark",
    }
)
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}, "td": {"align"}, "th": {"align"}, "ol": {"start"}}
ALLOWED_SCHEMES = frozenset({"http", "https", "mailto"})
MARKDOWN_EXTENSIONS = ("extra", "sane_lists", "nl2br")

# The caps (figures measured on the development machine are in docs/security.md).
MAX_RICH_CHARS = 50_000  # the preview shows longer text plain: Qt lays out a 100k-character paragraph in ~0.4 s
MAX_SCAN_COST = 250_000  # characters the inline patterns may scan for closing brackets (~0.2 s)
MAX_BLOCK_NESTING = 16  # levels of nested lists and quotes in the Markdown (400 exhaust Python's stack)
MAX_DEPTH = 32  # levels of nested elements in the sanitised HTML
MAX_TABLE_NESTING = 2  # a table inside a table is allowed, a third level is not (Qt doubles per level)
MAX_TABLE_CELLS = 2_000  # Qt lays out 6,000 cells in ~0.4 s on the GUI thread

VOID_TAGS = frozenset({"br", "hr"})


@dataclass(frozen=True)
class Rendering:
    """A text as HTML; ``limit`` names the cap it hit (then ``html`` is the escaped plain text)."""

    html: str
    limit: str | None = None  # "size", "brackets", "nesting", "depth", "tables" or "cells"


_local = threading.local()


def _markdown():
    """One converter per thread: ``markdown.Markdown`` keeps state while it converts."""
    md = getattr(_local, "md", None)
    if md is None:
        import markdown

        md = _local.md = markdown.Markdown(extensions=list(MARKDOWN_EXTENSIONS), output_format="html")
    return md


_ABSOLUTE = ("http://", "https://", "mailto:")


def _keep_attribute(tag: str, attribute: str, value: str) -> str | None:
    """Links only to absolute http(s)/mailto addresses: a relative or protocol-relative
    href (``//host/x``, ``../x``, a UNC path) becomes a file or SMB request once an
    export is opened from disk."""
    if attribute == "href" and not value.strip().lower().startswith(_ABSOLUTE):
        return None
    return value


def sanitise_html(html: str) -> str:
    """Clean any HTML with the one allow-list."""
    return nh3.clean(
        html,
        tags=set(ALLOWED_TAGS),
        attributes={k: set(v) for k, v in ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(ALLOWED_SCHEMES),
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
        attribute_filter=_keep_attribute,
    )


# --- caps on the Markdown, checked before it is converted ---------------------------------

_PAIRS = {"[": "]", "<": ">", "(": ")"}
_BRACKET_OR_BREAK = re.compile(r"[\[\]<>()]|\n[ \t]*\n")
_BLOCK_PREFIX = re.compile(r"^(?:[ \t>]|(?:[-*+]|\d{1,9}[.)])(?=[ \t]))+", re.MULTILINE)
_LIST_MARKER = re.compile(r"(?:[-*+]|\d{1,9}[.)])(?=[ \t])")


def scan_cost(text: str, budget: int = MAX_SCAN_COST) -> int:
    """How far Python-Markdown's inline patterns will scan for closing brackets, roughly.

    Each ``[``, ``<`` or ``(`` makes the converter look ahead for its closing
    partner: as far as the partner, or to the end of the paragraph when there
    is none (hence quadratic time on thousands of unmatched ``[``).  One pass;
    stops counting once ``budget`` is exceeded.
    """
    cost = 0
    open_at: dict[str, list[int]] = {opener: [] for opener in _PAIRS}
    closes = {closer: opener for opener, closer in _PAIRS.items()}
    for match in _BRACKET_OR_BREAK.finditer(text):
        char, at = match.group(), match.start()
        if char in open_at:
            open_at[char].append(at)
        elif char in closes:
            if open_at[closes[char]]:
                cost += at - open_at[closes[char]].pop()
        else:  # a blank line ends the paragraph: the unmatched ones scanned to here
            cost += _unmatched_cost(open_at, at)
        if cost > budget:
            break
    return cost + _unmatched_cost(open_at, len(text))


def _unmatched_cost(open_at: dict[str, list[int]], end: int) -> int:
    cost = 0
    for positions in open_at.values():
        cost += len(positions) * end - sum(positions)
        positions.clear()
    return cost


def block_nesting(text: str) -> int:
    """The deepest nesting of lists and quotes at the start of any line (4 columns of indent = 1)."""
    deepest = 0
    for match in _BLOCK_PREFIX.finditer(text):
        prefix = match.group()
        if len(prefix) <= MAX_BLOCK_NESTING:
            continue  # too short to nest deeper than the cap
        columns = prefix.count(" ") + 4 * prefix.count("\t")
        level = columns // 4 + prefix.count(">") + len(_LIST_MARKER.findall(prefix))
        deepest = max(deepest, level)
    return deepest


def markdown_limit(text: str, max_chars: int | None = MAX_RICH_CHARS) -> str | None:
    """The cap the Markdown text exceeds before conversion, or ``None``."""
    if max_chars is not None and len(text) > max_chars:
        return "size"
    if scan_cost(text) > MAX_SCAN_COST:
        return "brackets"
    if block_nesting(text) > MAX_BLOCK_NESTING:
        return "nesting"
    return None


# --- caps on the sanitised HTML, checked before anyone lays it out ---------------------------

_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)")


def html_limit(html: str) -> str | None:
    """The cap sanitised HTML exceeds, or ``None``.

    nh3 serialises well-formed HTML and escapes every ``<`` in text, so every
    ``<`` starts a tag and end tags match: one pass over the tags suffices.
    """
    depth = tables = cells = 0
    for match in _TAG.finditer(html):
        closing, tag = match.group(1), match.group(2).lower()
        if tag in VOID_TAGS:
            continue
        if closing:
            depth -= 1
            tables -= tag == "table"
            continue
        depth += 1
        tables += tag == "table"
        cells += tag in ("td", "th")
        if depth > MAX_DEPTH:
            return "depth"
        if tables > MAX_TABLE_NESTING:
            return "tables"
        if cells > MAX_TABLE_CELLS:
            return "cells"
    return None


def plain_html(text: str) -> str:
    """The text itself, escaped, for when it is not rendered."""
    return f'<pre class="plain">{escape(text, quote=False)}</pre>'


def render_bounded(text: str, *, max_chars: int | None = MAX_RICH_CHARS) -> Rendering:
    """A Markdown text as sanitised HTML, or as plain text when it exceeds a cap.

    ``max_chars`` is the size cap; exports pass ``None``, since no window lays
    their HTML out and the store already caps an entry's size.
    """
    text = text or ""
    limit = markdown_limit(text, max_chars)
    if limit is None:
        md = _markdown()
        md.reset()
        try:
            html = sanitise_html(md.convert(text))
        except RecursionError:  # a nesting the scan did not foresee
            limit = "nesting"
        else:
            limit = html_limit(html)
            if limit is None:
                return Rendering(html)
    return Rendering(plain_html(text), limit)


def render(text: str, *, max_chars: int | None = MAX_RICH_CHARS) -> str:
    """A Markdown text as a sanitised HTML fragment (plain text beyond the caps)."""
    return render_bounded(text, max_chars=max_chars).html
