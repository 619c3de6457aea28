"""Hostile Markdown is shown as plain text, never handed to the converter or to Qt (issue 19.2).

Each input below once froze or crashed the window: nested raw ``<table>`` (Qt's
layout time doubles per level, thousands of levels segfault), thousands of
unmatched ``[``/``<`` (Python-Markdown is quadratic on them), lists and quotes
nested hundreds of levels deep (RecursionError).  The checks read the HTML
with ``html.parser``, independently of the renderer's own scans: the text
comes back whole and unformatted, and no element nests deeper than the caps.
No timings are asserted (they are in docs/security.md and bench/).
"""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal.export.html import entries_to_html
from journal.export.markdown import MAX_DEPTH, MAX_TABLE_NESTING, render
from journal.store.records import Comment, Entry

NESTED_TABLES_300_CHARS = "<table><tr><td>" * 20

HOSTILE = {
    "nested tables, 300 characters": NESTED_TABLES_300_CHARS,
    "nested tables, 3000 levels": "<table><tr><td>" * 3000,
    "16000 [": "[" * 16000,
    "list nested 400 levels": "".join("\t" * level + "- punkt\n" for level in range(400)),
    "ordered lists nested on one line": "1. " * 4000,
    "quotes nested 4000 levels": "> " * 4000,
    "unclosed image links": "![" * 4000,
    "unclosed link targets": "[x](" * 3000,
    "unclosed tags": "<a " * 3000,
    "unclosed autolinks": "<http " * 4000,
    "footnote openers": "[^" * 4000,
    "raw lists nested 3000 levels": "<ul><li>" * 3000,
    "a table of 3000 rows": "| a | b | c |\n|---|---|---|\n" + "| 1 | 2 | 3 |\n" * 3000,
}


class _Shape(HTMLParser):
    """The text of an HTML fragment and how deep its elements and tables nest."""

    VOID = {"br", "hr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.tags: list[str] = []
        self.depth = self.deepest = 0
        self.tables = self.deepest_tables = 0

    def handle_starttag(self, tag, attrs) -> None:
        self.tags.append(tag)
        if tag in self.VOID:
            return
        self.depth += 1
        self.deepest = max(self.deepest, self.depth)
        if tag == "table":
            self.tables += 1
            self.deepest_tables = max(self.deepest_tables, self.tables)

    def handle_endtag(self, tag) -> None:
        if tag in self.VOID:
            return
        self.depth -= 1
        self.tables -= tag == "table"

    def handle_data(self, data) -> None:
        self.text.append(data)


def shape(html: str) -> _Shape:
    parser = _Shape()
    parser.feed(html)
    parser.close()
    return parser


@pytest.mark.parametrize("text", list(HOSTILE.values()), ids=list(HOSTILE))
def test_hostile_markdown_is_shown_as_its_own_plain_text(text):
    found = shape(render(text))
    assert found.tags == ["pre"], "shown unformatted, in one block"
    assert "".join(found.text) == text, "every character is kept, as text"


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("<table><tr><td><table><tr><td>inderst</td></tr></table></td></tr></table>", "table"),
        ("".join("\t" * level + "- punkt\n" for level in range(12)), "ul"),
        ("> " * 12 + "citat", "blockquote"),
        ("| a | b |\n|---|---|\n" + "| 1 | 2 |\n" * 200, "td"),
        ("[et link](https://example.org) og [to] og (parentes) <mark>vigtigt</mark>\n" * 200, "a"),
    ],
    ids=["a table in a table", "a list 12 levels deep", "quotes 12 deep", "a table of 200 rows", "links and brackets"],
)
def test_ordinary_markdown_below_the_caps_is_still_formatted(text, tag):
    found = shape(render(text))
    assert tag in found.tags and "pre" not in found.tags


_PIECES = st.sampled_from(
    ["[", "]", "(", ")", "<", ">", "![", "[^", "<table><tr><td>", "</td></tr></table>", "<ul><li>", "> ", "- ",
     "1. ", "\t", "    ", "\n", "\n\n", "*", "_", "`", "ord ", "æøå "]
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, max_size=400).map("".join))
def test_any_mix_of_markup_stays_within_the_caps(text):
    found = shape(render(text))
    assert found.deepest <= MAX_DEPTH
    assert found.deepest_tables <= MAX_TABLE_NESTING
    if found.tags == ["pre"]:
        assert "".join(found.text) == text


def _entry(body: str, comment: str = "") -> Entry:
    comments = (Comment(id=1, entry_id=1, author="Coach", created="2024-05-01T10:00:00+02:00", body=comment),) if comment else ()
    return Entry(
        id=1, uid="u1", title="Fjendtlig", body=body, created="2024-05-01T09:00:00+02:00",
        updated="2024-05-01T09:00:00+02:00", tags=(), prompt_id=None, case_id=None, comments=comments,
    )


@pytest.mark.parametrize("lang", ["da", "en"])
def test_html_export_applies_the_same_caps_with_a_note(lang):
    document = entries_to_html([_entry(NESTED_TABLES_300_CHARS, comment="[" * 16000)], lang=lang)
    body = document.split("<body>", 1)[1]
    found = shape(body)
    assert found.deepest_tables == 0, "no table reaches the export"
    assert found.tags.count("pre") == 2, "body and comment are exported as plain text"
    text = "".join(found.text)
    assert NESTED_TABLES_300_CHARS in text and "[" * 16000 in text
    note = {"da": "Vist som ren tekst", "en": "Shown as plain text"}[lang]
    assert text.count(note) == 2


def test_html_export_formats_long_ordinary_entries():
    """The preview's size cap is not an export cap: a long, ordinary entry is exported formatted."""
    body = "## Overskrift\n\n" + "Et almindeligt afsnit med **fed** tekst.\n\n" * 3000
    found = shape(entries_to_html([_entry(body)], lang="da").split("<body>", 1)[1])
    assert "h2" in found.tags and "strong" in found.tags and "pre" not in found.tags
