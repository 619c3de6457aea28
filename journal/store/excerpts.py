"""What the list shows of an entry: a title and an excerpt from the leader's own words.

Pure Python (no SQLAlchemy, no Qt), so records and views can use it. The quoted
question and a template's headings and guiding questions are scaffolding, not the
leader's words; Markdown is read as plain text.
"""

from __future__ import annotations

import re

EXCERPT_CHARS = 160

_LINE_MARKER = re.compile(r"^\s*(?:#{1,6}|>+|[-*+]|\d+[.)])\s+")
_INLINE = (
    (re.compile(r"!?\[([^\]]*)\]\([^)]*\)"), r"\1"),  # [text](url), ![alt](src) → text
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),  # **bold**
    (re.compile(r"(?<![\w*])([*_])(?!\s)(.+?)(?<!\s)\1(?![\w*])"), r"\2"),  # *italic*
    (re.compile(r"`([^`]*)`"), r"\1"),  # `code`
)
_GUIDANCE = re.compile(r"^\s*([*_])(?!\1).+\1\s*$")  # a template's guiding question: one italic line


_INLINE_MARKS = ("*", "_", "`", "[")  # a line without any of these has no inline Markdown to undo


def _plain(line: str) -> str:
    """A line of Markdown as the leader reads it: no line marker, no emphasis, links as their text."""
    line = _LINE_MARKER.sub("", line)
    if not any(mark in line for mark in _INLINE_MARKS):  # str's own search: a set over each character costs 100×
        return line.strip()
    for pattern, replacement in _INLINE:
        line = pattern.sub(replacement, line)
    return line.strip()


def _own_lines(body: str):
    """The leader's own lines, in order: not the quoted question (``>``), not a template's headings
    or guiding questions. All lines, when nothing else is there. A generator: the list needs only
    the first few (a page of 200 rows is read while the leader scrolls)."""
    found = False
    for line in body.splitlines():
        if line.strip() and not line.lstrip().startswith((">", "#")) and not _GUIDANCE.match(line):
            found = True
            yield line
    if not found:
        yield from (line for line in body.splitlines() if line.strip())


def derive_title(body: str) -> str:
    """For entries without a title: the first line of the leader's own words, without Markdown."""
    for line in _own_lines(body):
        plain = _plain(line.lstrip(">").strip()).lstrip("#").strip()
        if plain:
            return plain[:120]
    return ""


def _collapsed(line: str) -> str:
    """``line``'s words with one space between them, as far as an excerpt can show: a long
    line (an entry written as one paragraph) is not split whole for its first 160 characters."""
    reach = EXCERPT_CHARS * 2
    if len(line) > reach:
        shown = " ".join(line[:reach].split()[:-1])  # the last word may be cut: left out
        if len(shown) > EXCERPT_CHARS:
            return shown
    return " ".join(line.split())


def excerpt(body: str) -> str:
    """The start of the leader's own words, flattened, without Markdown (at most ``EXCERPT_CHARS``;
    lines past those are not read)."""
    parts: list[str] = []
    length = 0
    for line in _own_lines(body):
        words = _collapsed(_plain(line.lstrip(">").strip()))
        if words:
            parts.append(words)
            length += len(words) + 1
            if length > EXCERPT_CHARS:
                break
    return " ".join(parts)[:EXCERPT_CHARS]
