"""Contributions to a cohort round: the draft the leader reviews, and the file that leaves.

A contribution file (``*.tvaers-bidrag``, UTF-8 JSON, see ``docs/formats.md``) holds the
round id, the contributor's pseudonym and, per question, the anonymised text and its
theme — nothing else: no entry ids, no dates finer than the month, no tags, no cases::

    {"format": "tvaers-bidrag", "version": 1, "round": "r-…", "pseudonym": "K7Q3M2",
     "answers": [{"question": "fair-proces-02", "theme": "fair-proces", "text": "…"}]}

A :class:`Draft` holds the leader's own answers (plain text, in memory only) with the
marks the anonymiser proposed; the review screen removes marks, adds marks and adds
people to the register (which re-runs the automatic pass, keeping the leader's choices).
``Draft.answer_text`` is exactly what the file will hold.  Pure Python.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from journal.cohort.anonymise import get_engine, placeholders
from journal.cohort.anonymise import model as m
from journal.cohort.anonymise.register import Register
from journal.cohort.dates import month_marks
from journal.cohort.rounds import Round, json_object, read_capped
from journal.errors import BadInput, Count

CONTRIBUTION_FORMAT = "tvaers-bidrag"
CONTRIBUTION_SUFFIX = ".tvaers-bidrag"
FORMAT_VERSION = 1
MAX_CONTRIBUTION_BYTES = 4 * 1024 * 1024  # 50 long answers fit many times over
MAX_ANSWER_CHARS = 200_000

# Kinds the leader can mark by hand (select text → kind); dates are generalised, not replaced.
NUMMER = "NUMMER"
ANDET = "ANDET"
DATO = "DATO"
MANUAL_KINDS = (m.PERSON, m.STED, m.ARBEJDSPLADS, NUMMER, ANDET)
_MANUAL_LABELS = {
    "da": {NUMMER: "NUMMER", ANDET: "ANONYMISERET"},
    "en": {NUMMER: "NUMBER", ANDET: "REDACTED"},
}
_PSEUDONYM = re.compile(r"^[A-Z2-7]{6}$")
_SEPARATOR = "\n\n\u00b6\u00b6\u00b6\n\n"  # between answers in the one text the engine reads: no name spans it
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)


@dataclass(frozen=True)
class Mark:
    """One stretch of an answer's own text and what replaces it in the contribution."""

    start: int
    end: int
    kind: str
    reason: str
    replacement: str
    original: str
    manual: bool = False


@dataclass
class AnswerDraft:
    question_id: str
    theme: str
    source: str  # the leader's own words (never written anywhere as they are)
    entry_uid: str | None = None  # for the share log only; never in the file
    auto: list[Mark] = field(default_factory=list)
    removed: set = field(default_factory=set)  # (start, end) of automatic marks the leader removed
    manual: list[Mark] = field(default_factory=list)

    def marks(self) -> list[Mark]:
        """The marks that apply, in order: the leader's own win over an automatic one they overlap."""
        chosen = list(self.manual)
        for mark in self.auto:
            if (mark.start, mark.end) in self.removed:
                continue
            if any(mark.start < o.end and o.start < mark.end for o in self.manual):
                continue
            chosen.append(mark)
        chosen.sort(key=lambda k: (k.start, k.end))
        return chosen

    def text(self) -> str:
        """The answer exactly as it will leave."""
        parts, pos = [], 0
        for mark in self.marks():
            parts.append(self.source[pos : mark.start])
            parts.append(mark.replacement)
            pos = mark.end
        parts.append(self.source[pos:])
        return "".join(parts)


def _whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """A selection grown to whole words, its spaces at the edges left out."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        return start, start
    while start > 0 and _is_word(text[start - 1]) and _is_word(text[start]):
        start -= 1
    while end < len(text) and _is_word(text[end - 1]) and _is_word(text[end]):
        end += 1
    return start, end


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def strip_quoted_question(body: str) -> str:
    """An answer to a question starts with the question quoted (``> …``): the round carries it."""
    lines = body.split("\n")
    i = 0
    while i < len(lines) and lines[i].startswith(">"):
        i += 1
    if i == 0:
        return body.strip()
    return "\n".join(lines[i:]).strip()


def pseudonym(secret: bytes, round_id: str) -> str:
    """Six characters, the same for this journal in this round, unrelated across rounds."""
    digest = hmac.new(secret, round_id.encode("utf-8"), hashlib.sha256).digest()
    return base64.b32encode(digest).decode("ascii")[:6]


class Draft:
    """A contribution being reviewed. Nothing here writes a file."""

    def __init__(self, round_: Round, pseudonym_: str, answers: list[AnswerDraft], register: Register | None = None,
                 lang: str | None = None, domains: tuple[str, ...] = ()) -> None:
        if not answers:
            raise BadInput("There is nothing to contribute: none of the round's questions has an answer.")
        for a in answers:
            if len(a.source) > MAX_ANSWER_CHARS:
                raise BadInput("An answer is longer than {limit} characters; shorten it for the round.", limit=Count(MAX_ANSWER_CHARS))
        self.round = round_
        self.pseudonym = pseudonym_
        self.answers = answers
        self.register = register or Register()
        self.domains = tuple(domains)
        self.lang = lang
        self.run()

    # -- the automatic pass --------------------------------------------------------------

    def run(self) -> None:
        """Anonymise every answer in one text, so one person keeps one placeholder across
        the answers; then generalise the remaining dates to the month."""
        joined = _SEPARATOR.join(a.source for a in self.answers)
        result = get_engine().anonymise(joined, register=self.register, lang=self.lang)
        self.lang = result.lang
        offset = 0
        for answer in self.answers:
            end = offset + len(answer.source)
            auto = []
            for span in result.spans:
                if span.start >= offset and span.end <= end:
                    s, e = span.start - offset, span.end - offset
                    auto.append(Mark(s, e, span.kind, span.reason, span.placeholder, answer.source[s:e]))
            auto = self._whole_addresses(answer.source, auto)
            auto = self._domains(answer.source, auto)
            taken = [(k.start, k.end) for k in auto]
            for d in month_marks(answer.source, self.lang, taken):
                auto.append(Mark(d.start, d.end, DATO, "date:month", d.replacement, d.original))
            auto.sort(key=lambda k: k.start)
            answer.auto = auto
            offset = end + len(_SEPARATOR)

    def _whole_addresses(self, source: str, auto: list[Mark]) -> list[Mark]:
        """An e-mail address leaves as one ``[E-MAIL]``: where register names or workplaces
        were marked inside one, the pieces become one mark over the whole address."""
        label = f"[{placeholders.label(m.EMAIL, self.lang if self.lang in ('da', 'en') else 'da')}]"
        for mt in _EMAIL.finditer(source):
            s, e = mt.start(), mt.end()
            inside = [k for k in auto if k.start < e and s < k.end]
            if len(inside) == 1 and inside[0].kind == m.EMAIL and inside[0].start <= s and inside[0].end >= e:
                continue
            s = min([s] + [k.start for k in inside])
            e = max([e] + [k.end for k in inside])
            auto = [k for k in auto if k not in inside]
            auto.append(Mark(s, e, m.EMAIL, "pattern:email-whole", label, source[s:e]))
        auto.sort(key=lambda k: k.start)
        return auto

    def _domains(self, source: str, auto: list[Mark]) -> list[Mark]:
        """The workplace's domain wherever it stands alone (``fra bakkeskolen.dk``)."""
        if not self.domains:
            return auto
        workplace = next((k.replacement for k in auto if k.kind == m.ARBEJDSPLADS and k.reason == "register"), None)
        label = workplace or f"[{placeholders.label(m.ARBEJDSPLADS, self.lang if self.lang in ('da', 'en') else 'da')}]"
        for domain in self.domains:
            for mt in re.finditer(r"(?<![\w.@-])(?:[\w-]+\.)*" + re.escape(domain) + r"(?![\w-])", source, re.IGNORECASE):
                s, e = mt.start(), mt.end()
                inside = [k for k in auto if k.start < e and s < k.end]
                if any(k.kind == m.EMAIL or k.start < s or k.end > e for k in inside):
                    continue  # part of an address or a longer mark: already whole
                auto = [k for k in auto if k not in inside]
                auto.append(Mark(s, e, m.ARBEJDSPLADS, "register", label, mt.group(0)))
        auto.sort(key=lambda k: k.start)
        return auto

    # -- the leader's changes ----------------------------------------------------------

    def remove_mark(self, index: int, start: int, end: int) -> None:
        """Leave this stretch as the leader wrote it."""
        answer = self.answers[index]
        answer.manual = [k for k in answer.manual if (k.start, k.end) != (start, end)]
        if any((k.start, k.end) == (start, end) for k in answer.auto):
            answer.removed.add((start, end))

    def add_mark(self, index: int, start: int, end: int, kind: str) -> list[Mark]:
        """Mark ``[start, end)`` of answer ``index`` as ``kind``, and every other place in the
        same answer where the same words stand alone. A selection grows to whole words and
        over any mark it touches, so marking never uncovers what was hidden. Returns the marks added."""
        if kind not in MANUAL_KINDS:
            raise BadInput("Unknown kind of mark: {kind}.", kind=kind)
        answer = self.answers[index]
        source = answer.source
        start, end = _whole_words(source, max(0, start), min(len(source), end))
        if end <= start:
            return []
        words = source[start:end]
        replacement = self._replacement_for(kind, words)
        pattern = re.compile(r"(?<!\w)" + re.escape(words) + r"(?!\w)")
        spots = sorted({(mt.start(), mt.end()) for mt in pattern.finditer(source)} | {(start, end)})
        added = []
        for s, e in spots:
            s, e = self._grown(answer, s, e)
            if any(k.manual and k.start <= s and k.end >= e and k.kind == kind for k in answer.marks()):
                continue
            answer.manual = [k for k in answer.manual if not (k.start < e and s < k.end)]
            mark = Mark(s, e, kind, "manual", replacement, source[s:e], manual=True)
            answer.manual.append(mark)
            # An automatic mark the leader removed stays removed: while this mark stands it wins
            # over any automatic one it overlaps, and removing it later uncovers only itself.
            added.append(mark)
        return added

    @staticmethod
    def _grown(answer: AnswerDraft, s: int, e: int) -> tuple[int, int]:
        """``[s, e)`` grown over every mark that applies and overlaps it."""
        changed = True
        while changed:
            changed = False
            for k in answer.marks():
                if k.start < e and s < k.end and (k.start < s or k.end > e):
                    s, e = min(s, k.start), max(e, k.end)
                    changed = True
        return s, e

    def set_register(self, register: Register) -> None:
        """A new register (a person added): the automatic pass runs again; the leader's
        removed and added marks stay where they were."""
        self.register = register
        self.run()

    def _replacement_for(self, kind: str, words: str) -> str:
        lang = self.lang if self.lang in ("da", "en") else "da"
        if kind in (NUMMER, ANDET):
            return f"[{_MANUAL_LABELS[lang][kind]}]"
        if kind == m.PERSON:
            used = []
            for answer in self.answers:
                for mark in answer.marks():
                    if mark.kind == m.PERSON:
                        if mark.original.casefold() == words.casefold():
                            return mark.replacement
                        number = re.search(r"(\d+)\]$", mark.replacement)
                        if number:
                            used.append(int(number.group(1)))
            return f"[{placeholders.label(m.PERSON, lang)} {max(used, default=0) + 1}]"
        return f"[{placeholders.label(kind, lang)}]"

    # -- what leaves ------------------------------------------------------------------

    def answer_text(self, index: int) -> str:
        return self.answers[index].text()

    def to_json(self) -> dict:
        return {
            "format": CONTRIBUTION_FORMAT,
            "version": FORMAT_VERSION,
            "round": self.round.id,
            "pseudonym": self.pseudonym,
            "answers": [{"question": a.question_id, "theme": a.theme, "text": a.text()} for a in self.answers],
        }

    def to_bytes(self) -> bytes:
        return (json.dumps(self.to_json(), ensure_ascii=False, indent=2) + "\n").encode("utf-8")

    def entry_uids(self) -> list[str]:
        return [a.entry_uid for a in self.answers if a.entry_uid]


# -- reading contributions -------------------------------------------------------------------


@dataclass(frozen=True)
class Answer:
    question: str
    theme: str
    text: str


@dataclass(frozen=True)
class Contribution:
    round_id: str
    pseudonym: str
    answers: tuple[Answer, ...]
    path: str = ""


def parse_contribution(data: dict, where: str = "The contribution") -> Contribution:
    if data.get("format") != CONTRIBUTION_FORMAT:
        raise BadInput("{path} is not a Tværs contribution.", path=where)
    if data.get("version") != FORMAT_VERSION:
        raise BadInput("{path} is a contribution of a format version this Tværs does not know; update Tværs.", path=where)
    unknown = set(data) - {"format", "version", "round", "pseudonym", "answers"}
    if unknown:
        raise BadInput("{path} holds more than a contribution may ({keys}); it is refused.", path=where, keys=", ".join(sorted(unknown)))
    round_id = data.get("round")
    if not isinstance(round_id, str) or not re.match(r"^r-[0-9a-f]{32}$", round_id):
        raise BadInput("{path} names no valid round.", path=where)
    name = data.get("pseudonym")
    if not isinstance(name, str) or not _PSEUDONYM.match(name):
        raise BadInput("{path} has no valid pseudonym.", path=where)
    raw = data.get("answers")
    if not isinstance(raw, list) or not raw or len(raw) > 50:
        raise BadInput("{path} holds no answers.", path=where)
    answers = []
    seen = set()
    for item in raw:
        if not isinstance(item, dict) or set(item) - {"question", "theme", "text"}:
            raise BadInput("{path} holds an answer that is not question, theme and text.", path=where)
        q, theme, body = item.get("question"), item.get("theme", ""), item.get("text")
        if not isinstance(q, str) or not q or len(q) > 80 or not isinstance(theme, str) or len(theme) > 80 or not isinstance(body, str):
            raise BadInput("{path} holds an answer that is not question, theme and text.", path=where)
        if q in seen:
            raise BadInput("{path} answers the question {id} twice.", path=where, id=q)
        if len(body) > MAX_ANSWER_CHARS:
            raise BadInput("{path} holds an answer longer than {limit} characters.", path=where, limit=Count(MAX_ANSWER_CHARS))
        try:
            body.encode("utf-8")
            q.encode("utf-8")
            theme.encode("utf-8")
        except UnicodeEncodeError:
            raise BadInput("{path} holds text that is not valid Unicode.", path=where) from None
        seen.add(q)
        answers.append(Answer(q, theme, body))
    return Contribution(round_id, name, tuple(answers), where)


def load_contribution(path) -> Contribution:
    """Read a contribution file (never changed); a problem raises one :class:`BadInput`."""
    where = str(path)
    value = json_object(read_capped(Path(path), MAX_CONTRIBUTION_BYTES, "contribution"), where, "contribution")
    return parse_contribution(value, where)
