"""The list's excerpt reads only as many lines as it shows: the same text as reading them all."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from journal.store.excerpts import _GUIDANCE, _INLINE, _LINE_MARKER, EXCERPT_CHARS, _plain, derive_title, excerpt


def excerpt_of_every_line(body: str) -> str:
    """The excerpt as it was made before it stopped early: every line flattened, then cut."""
    lines = [line for line in body.splitlines() if line.strip()]
    own = [line for line in lines if not line.lstrip().startswith((">", "#")) and not _GUIDANCE.match(line)] or lines
    return " ".join(" ".join(_plain(line.lstrip(">").strip()) for line in own).split())[:EXCERPT_CHARS]


LINE = st.one_of(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=90),
    st.sampled_from(["> Hvad lærte du?", "# Overskrift", "*Hvad gik godt?*", "- punkt", "   ", "", "**fed** og _kursiv_", "[link](x)", "1. første"]),
    st.text(alphabet="æøå ÆØÅ*_#>-`[]()\t", max_size=40),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(LINE, max_size=30), st.sampled_from(["\n", "\r\n"]))
def test_the_early_stop_changes_nothing(lines, newline):
    body = newline.join(lines)
    assert excerpt(body) == excerpt_of_every_line(body)


# An entry written as one long paragraph: words and runs of spaces and tabs, up to a few thousand characters.
LONG_LINE = st.lists(
    st.one_of(
        st.text(alphabet="abcæøåÆØÅ*_`[]()#>-.", min_size=1, max_size=40),
        st.text(alphabet=" \t\u00a0\u2003", min_size=1, max_size=300),
    ),
    min_size=1,
    max_size=120,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(LINE, LONG_LINE), min_size=1, max_size=4))
def test_a_long_paragraph_is_cut_as_if_read_whole(lines):
    """The list reads only the start of a long paragraph: the same excerpt as splitting it all."""
    body = "\n".join(lines)
    assert excerpt(body) == excerpt_of_every_line(body)


def test_a_long_entry_gives_the_start_of_the_own_words():
    body = "> Hvilke opgaver går på tværs?\n\n" + "\n".join(f"Linje {i} om ansvar på tværs af forvaltningerne." for i in range(400))
    assert excerpt(body).startswith("Linje 0 om ansvar") and len(excerpt(body)) == EXCERPT_CHARS
    assert derive_title(body) == "Linje 0 om ansvar på tværs af forvaltningerne."


def test_only_scaffolding_shows_the_scaffolding():
    assert excerpt("> Spørgsmålet\n# Overskrift") == "Spørgsmålet Overskrift"


@settings(max_examples=400, deadline=None)
@given(LINE)
def test_a_line_without_marks_skips_no_markdown(line):
    """The shortcut for lines without inline marks gives what every pattern would."""
    expected = _LINE_MARKER.sub("", line)
    for pattern, replacement in _INLINE:
        expected = pattern.sub(replacement, expected)
    assert _plain(line) == expected.strip()

