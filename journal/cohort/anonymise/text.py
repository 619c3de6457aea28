"""Tokens, sentence starts and a small language guess (da/en)."""

from __future__ import annotations

import re
from typing import NamedTuple

LETTER = "A-Za-zÀ-ÖØ-öø-ÿĀ-žƀ-ɏ"
UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"

# A word: letters, optionally joined by hyphens; a genitive ('s, ’s, ') stays outside.
_WORD = re.compile(rf"[{LETTER}]+(?:-[{LETTER}]+|['’](?=[{UPPER}])[{LETTER}]+)*")  # O'Connor

_SENTENCE_END = ".!?:;\n"
_OPENERS = " \t\"'“”„«»‘’(*•–—->#[\u00a0"

# Abbreviations whose full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    "f ca kl nr jf bl a mht pga vedr evt inkl ekskl hr fru frk dr tlf mob st tv th mf sal eks ift iht osv mv mfl dvs pt "
    "mr mrs ms no etc vs e g i e approx dept tel".split()
)


_SOFT_GAP = re.compile(r"(?:['’]s?)?[ \t\u00a0]*,?[ \t\u00a0]*\Z")


class Token(NamedTuple):
    start: int
    end: int
    text: str


def tokens(text: str) -> list[Token]:
    """The words of ``text`` with their offsets."""
    new = tuple.__new__
    return [new(Token, (m.start(), m.end(), m.group())) for m in _WORD.finditer(text)]


def is_capitalised(word: str) -> bool:
    """First letter upper case and not an all-caps word of more than three letters."""
    if not word or not word[0].isupper():
        return False
    if len(word) > 3 and word.isupper():
        return False
    return True


def sentence_start(text: str, pos: int) -> bool:
    """Whether the word at ``pos`` starts a sentence, a line or the text."""
    i = pos - 1
    while i >= 0 and text[i] in _OPENERS:
        if text[i] == "\n":
            return True
        i -= 1
    if i < 0:
        return True
    ch = text[i]
    if ch not in _SENTENCE_END:
        return False
    if ch == ".":
        j = i - 1
        while j >= 0 and text[j].isalpha():
            j -= 1
        word = text[j + 1 : i].lower()
        if word in _ABBREVIATIONS or len(word) == 1:
            return False
    return True


def previous_word(text: str, toks: list[Token], index: int) -> str:
    """The word before token ``index`` when only spaces separate them, else ``""``."""
    if index == 0:
        return ""
    prev = toks[index - 1]
    gap = text[prev.end : toks[index].start]
    return prev.text if gap.strip() == "" and "\n" not in gap else ""


def next_word(text: str, toks: list[Token], index: int) -> str:
    """The word after token ``index`` when only spaces (or a comma) separate them."""
    if index + 1 >= len(toks):
        return ""
    nxt = toks[index + 1]
    gap = text[toks[index].end : nxt.start]
    return nxt.text if _SOFT_GAP.match(gap) else ""


_DA = frozenset("og at det er ikke jeg vi med på til har en som de den for af hun han var der med fra om skal kan blev men også hvor når efter mig os vores sig mødet".split())
_EN = frozenset("the and to of is we i with that was for have not on it he she they our at from be this are will has which what about meeting".split())


def guess_language(text: str, toks: list[Token] | None = None) -> str:
    """``"da"`` or ``"en"`` from function words (Danish when unsure)."""
    da = en = 0
    for tok in toks if toks is not None else tokens(text):
        word = tok.text.lower()
        if word in _DA:
            da += 1
        elif word in _EN:
            en += 1
    if any(ch in text for ch in "æøåÆØÅ"):
        da += 2
    return "en" if en > da else "da"


def has_lone_surrogate(value: str) -> bool:
    """JSON may escape half of a surrogate pair; such a string cannot be written as UTF-8."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False
