"""Comparing contributions of one round: per question, every answer under its pseudonym,
word counts, themes, and the words several answers share.

``load`` reads files (contributions, and optionally the round file for titles and question
texts), refuses what is not a contribution, of another round or from a contributor already
there, and never changes a file.  ``to_html`` / ``to_markdown`` write the comparison for the
meeting; the HTML goes through the one sanitiser (``journal.export.markdown``) and carries the
export's Content Security Policy.  Pure Python.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

from journal.cohort.contribution import CONTRIBUTION_FORMAT, MAX_CONTRIBUTION_BYTES, Contribution, parse_contribution
from journal.cohort.rounds import ROUND_FORMAT, Round, json_object, parse_round, read_capped
from journal.errors import BadInput, KnownError

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", re.UNICODE)
_PLACEHOLDER = re.compile(r"\[[A-ZÆØÅ -]+(?: \d+)?\]")

# Danish and English function words, written for this project (no list copied): the words
# that say nothing about what an answer is about.
STOP_WORDS = frozenset(
    """
    og i at det en den til er som på de med han af for ikke der var mig sig men et har om vi min havde
    ham hun nu over da fra du ud sin dem os op man hans hvor eller hvad skal selv her alle vil blev kunne
    ind når være dog noget ville jo deres efter ned skulle denne end dette mit også under have dig anden
    hende mine alt meget sit sine vor mod disse hvis din nogle hos blive mange ad bliver hendes været
    thi jer sådan få får fik kan kun lidt mere mest nok nogen sammen så vores jeres ja nej hvordan hvorfor
    hvilke hvilken hvem bare lige både dér godt rigtig vel helt dag gang sidste første også igen måske
    altid aldrig allerede stadig mellem uden via per pga fordi derfor hvornår siden imens mens mod før
    the a an and or but if then of to in on at by for with from as is are was were be been being it its
    this that these those i me my we our you your he she they them their his her not no yes so do does
    did have has had can could will would should may might must shall about into over under again also
    very just than too only own same such what which who whom how why when where there here all any both
    each few more most other some up down out off
    """.split()
)


@dataclass(frozen=True)
class ShownAnswer:
    pseudonym: str
    theme: str
    text: str
    words: int


@dataclass(frozen=True)
class QuestionView:
    id: str
    text: str
    answers: tuple[ShownAnswer, ...]
    themes: tuple[tuple[str, int], ...]  # theme id → how many answers
    common: tuple[tuple[str, int], ...]  # word → in how many answers (at least two)


@dataclass
class Comparison:
    round_id: str
    title: str
    contributions: list[Contribution]
    refused: list = field(default_factory=list)  # (file, KnownError saying why)
    round: Round | None = None

    @property
    def pseudonyms(self) -> list[str]:
        return [c.pseudonym for c in self.contributions]

    def questions(self, lang: str = "da", catalogue=None) -> list[QuestionView]:
        order: list[str] = []
        if self.round is not None:
            order.extend(q.id for q in self.round.questions)
        for c in self.contributions:
            for a in c.answers:
                if a.question not in order:
                    order.append(a.question)
        views = []
        for qid in order:
            shown = []
            for c in self.contributions:
                for a in c.answers:
                    if a.question == qid:
                        shown.append(ShownAnswer(c.pseudonym, a.theme, a.text, word_count(a.text)))
            if not shown:
                continue
            themes = Counter(s.theme for s in shown if s.theme)
            views.append(QuestionView(qid, question_text(qid, self.round, lang, catalogue), tuple(shown),
                                      tuple(sorted(themes.items(), key=lambda t: (-t[1], t[0]))), common_words([s.text for s in shown])))
        return views


def question_text(qid: str, round_: Round | None, lang: str, catalogue=None) -> str:
    """The question's wording: from the round file when given, else from the prompt bank, else its id."""
    if round_ is not None:
        q = round_.question(qid)
        if q is not None and q.text_in(lang):
            return q.text_in(lang)
    if catalogue is not None:
        prompt = catalogue.prompt(qid)
        if prompt is not None:
            return prompt.text(lang)
    return qid


def words_of(text: str) -> list[str]:
    """The words of an answer, lower-cased, placeholders and Markdown left out (æ, ø, å kept)."""
    return [w.lower() for w in _WORD.findall(_PLACEHOLDER.sub(" ", text))]


def word_count(text: str) -> int:
    return len(words_of(text))


def _danish_key(word: str):
    """Danish alphabetical order: æ, ø, å after z (aa as å is left alone)."""
    return [("{" if ch == "æ" else "|" if ch == "ø" else "}" if ch == "å" else ch) for ch in word]


def common_words(texts: list[str], *, limit: int = 30) -> tuple[tuple[str, int], ...]:
    """Words (no stop words, at least three letters) that occur in two or more answers,
    most shared first, then alphabetically in Danish order."""
    if len(texts) < 2:
        return ()
    seen = Counter()
    for text in texts:
        seen.update({w for w in words_of(text) if len(w) >= 3 and w not in STOP_WORDS})
    shared = [(w, n) for w, n in seen.items() if n >= 2]
    shared.sort(key=lambda t: (-t[1], _danish_key(t[0])))
    return tuple(shared[:limit])


def load(paths) -> Comparison:
    """Read contributions (and at most one round file) of one round.

    Files that are not contributions, of another round or from a contributor already read
    are set apart in ``refused`` with the reason; the caller decides whether that is fatal.
    Raises :class:`BadInput` when no contribution is left."""
    round_: Round | None = None
    contributions: list[Contribution] = []
    refused: list = []
    loaded = []
    for path in paths:
        where = str(path)
        try:
            value = json_object(read_capped(Path(path), MAX_CONTRIBUTION_BYTES, "contribution"), where, "contribution")
            if value.get("format") == ROUND_FORMAT:
                if round_ is not None:
                    raise BadInput("{path} is a second round file; give one at most.", path=where)
                round_ = parse_round(value, where)
                continue
            if value.get("format") != CONTRIBUTION_FORMAT:
                raise BadInput("{path} is not a Tværs contribution.", path=where)
            loaded.append(parse_contribution(value, where))
        except KnownError as exc:
            refused.append((where, exc))  # the error itself, so a front end can translate it
    round_id = round_.id if round_ is not None else (loaded[0].round_id if loaded else "")
    names = set()
    for c in loaded:
        if c.round_id != round_id:
            refused.append((c.path, BadInput("{path} belongs to another round than the others.", path=c.path)))
        elif c.pseudonym in names:
            refused.append((c.path, BadInput("{path} is a second contribution from participant {name}.", path=c.path, name=c.pseudonym)))
        else:
            names.add(c.pseudonym)
            contributions.append(c)
    if not contributions:
        if refused:
            raise refused[0][1]
        raise BadInput("There is no contribution to compare.")
    title = round_.title if round_ is not None else ""
    return Comparison(round_id, title, contributions, refused, round_)


# -- writing --------------------------------------------------------------------------------

LABELS = {
    "da": {
        "title": "Sammenligning af bidrag", "participant": "Deltager", "words": "ord", "themes": "Temaer",
        "common": "Ord i flere svar", "none": "Ingen ord går igen i flere svar.", "notes": "Mødenoter",
        "round": "Runde", "contributions": "bidrag",
    },
    "en": {
        "title": "Comparison of contributions", "participant": "Participant", "words": "words", "themes": "Themes",
        "common": "Words in several answers", "none": "No word recurs in several answers.", "notes": "Meeting notes",
        "round": "Round", "contributions": "contributions",
    },
}

STYLE = """
body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; line-height: 1.5; margin: 2rem; color: #1d1d1f; background: #fff; }
section.question { margin: 0 0 2.5rem 0; }
.answers { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 1rem; }
.answer { border: 1px solid #ccc; border-radius: 0.4rem; padding: 0.6rem 0.8rem; page-break-inside: avoid; }
.answer h3 { margin: 0 0 0.3rem 0; font-size: 1rem; }
.meta { color: #555; font-size: 0.9rem; }
.common span { display: inline-block; margin: 0 0.4rem 0.3rem 0; padding: 0 0.4rem; border: 1px solid #bbb; border-radius: 0.6rem; }
.notes { border-left: 3px solid #888; padding-left: 0.8rem; }
pre { white-space: pre-wrap; }
@media (max-width: 40rem) { .answers { grid-template-columns: 1fr; } }
""".strip()


def _labels(lang: str) -> dict[str, str]:
    return LABELS["en" if lang == "en" else "da"]


def theme_name(theme_id: str, lang: str, catalogue=None) -> str:
    if catalogue is not None and theme_id:
        theme = catalogue.theme(theme_id)
        if theme is not None:
            return theme.text(lang)
    return theme_id


def to_html(comparison: Comparison, *, lang: str = "da", catalogue=None, notes: dict[str, str] | None = None) -> str:
    """The comparison as one standalone HTML document that loads nothing and runs nothing."""
    from journal.export.html import CSP_META
    from journal.export.markdown import render_bounded

    labels = _labels(lang)
    notes = notes or {}
    heading = comparison.title or labels["title"]
    parts = []
    for view in comparison.questions(lang, catalogue):
        parts.append('<section class="question">')
        parts.append(f"<h2>{escape(view.text)}</h2>")
        if view.themes:
            themes = ", ".join(f"{escape(theme_name(t, lang, catalogue))} ({n})" for t, n in view.themes)
            parts.append(f'<p class="meta">{escape(labels["themes"])}: {themes}</p>')
        parts.append('<div class="answers">')
        for answer in view.answers:
            body = render_bounded(answer.text, max_chars=None).html
            parts.append(
                '<div class="answer">'
                f'<h3>{escape(labels["participant"])} {escape(answer.pseudonym)}</h3>'
                f'<p class="meta">{answer.words} {escape(labels["words"])}</p>'
                f'<div class="body">{body}</div></div>'
            )
        parts.append("</div>")
        parts.append(f'<h3>{escape(labels["common"])}</h3>')
        if view.common:
            parts.append('<p class="common">' + "".join(f"<span>{escape(w)} ({n})</span>" for w, n in view.common) + "</p>")
        else:
            parts.append(f'<p class="meta">{escape(labels["none"])}</p>')
        note = notes.get(view.id, "")
        if note.strip():
            parts.append(f'<div class="notes"><h3>{escape(labels["notes"])}</h3>{render_bounded(note, max_chars=None).html}</div>')
        parts.append("</section>")
    html_lang = "en" if lang == "en" else "da"
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{html_lang}">\n<head>\n<meta charset="utf-8">\n{CSP_META}\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(heading)}</title>\n<style>\n{STYLE}\n</style>\n</head>\n<body>\n"
        f'<header class="document"><h1>{escape(heading)}</h1>'
        f'<p class="meta">{len(comparison.contributions)} {escape(labels["contributions"])}</p></header>\n'
        + "\n".join(parts)
        + "\n</body>\n</html>\n"
    )


def to_markdown(comparison: Comparison, *, lang: str = "da", catalogue=None, notes: dict[str, str] | None = None) -> str:
    labels = _labels(lang)
    notes = notes or {}
    lines = [f"# {comparison.title or labels['title']}", ""]
    for view in comparison.questions(lang, catalogue):
        lines += [f"## {view.text}", ""]
        if view.themes:
            lines += [labels["themes"] + ": " + ", ".join(f"{theme_name(t, lang, catalogue)} ({n})" for t, n in view.themes), ""]
        for answer in view.answers:
            lines += [f"### {labels['participant']} {answer.pseudonym} ({answer.words} {labels['words']})", "", answer.text.strip(), ""]
        lines += [f"### {labels['common']}", "", (", ".join(f"{w} ({n})" for w, n in view.common) or labels["none"]), ""]
        if notes.get(view.id, "").strip():
            lines += [f"### {labels['notes']}", "", notes[view.id].strip(), ""]
    return "\n".join(lines)
