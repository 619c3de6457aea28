"""Normalise a text before detection, keeping the way back to the original offsets.

Two things hide identifiers from the detectors without changing what a reader sees:

* invisible characters (zero-width space, joiners, word joiner, byte-order mark, soft
  hyphen) inside a word or a number: "Met\u200bte", "20\u200b30 40 50". They are taken
  out of the working text; every mark is mapped back to the original, so a replaced name
  takes its invisible characters with it and the ones elsewhere stay;
* names in capitals ("METTE KJÆR"): an all-caps word whose title-case form is a listed
  given name or surname is written in title case in the working text (same length, so
  offsets do not move), and so is an all-caps word right after such a name that is no
  ordinary word ("METTE BRØNDLUND", not "METTE SAGDE"). Acronyms
  (KL, PPR), kept words (MAJ) and sometimes-names (LIV, BO) on their own stay as they are.

The detectors see the working text; the output is always cut from the original.
"""

from __future__ import annotations

import re

from journal.cohort.anonymise.text import LETTER, UPPER

INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\u2061\u2062\u2063\u2064"
_INVISIBLE_RE = re.compile(f"[{INVISIBLE}]")
_CAPS_WORD = re.compile(rf"(?<![{LETTER}])[{UPPER}]{{2,}}(?:-[{UPPER}]+)*(?![{LETTER}])")  # words in capitals only


class Normalised:
    """The working text and the map from its offsets to the original's."""

    __slots__ = ("text", "_origin")

    def __init__(self, text: str, origin: list[int] | None) -> None:
        self.text = text
        self._origin = origin  # origin[i]: offset in the original of working character i

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original stretch of working-text ``[start, end)``."""
        if self._origin is None or end <= start:
            return start, end
        return self._origin[start], self._origin[end - 1] + 1


def normalise(text: str, gaz) -> Normalised:
    """The working text for ``text`` (see the module docstring)."""
    origin = None
    if _INVISIBLE_RE.search(text):
        kept = [i for i, ch in enumerate(text) if ch not in INVISIBLE]
        origin = kept
        text = "".join(text[i] for i in kept)
    if _has_caps_run(text):
        text = _title_case_names(text, gaz)
    return Normalised(text, origin)


_TWO_CAPS = re.compile(r"[A-ZÆØÅÄÖÜÉ]{2}")


def _has_caps_run(text: str) -> bool:
    return _TWO_CAPS.search(text) is not None


def _title(word: str) -> str:
    titled = "-".join(part[:1] + part[1:].lower() for part in word.split("-"))
    return titled if len(titled) == len(word) else word


def _is_name(word: str, gaz) -> bool:
    parts = word.split("-")
    return all(p in gaz.first_names or p in gaz.surnames for p in parts)


def _title_case_names(text: str, gaz) -> str:
    words = [mt for mt in _CAPS_WORD.finditer(text)]
    change: list[tuple[int, str]] = []
    previous_named_end = -2
    for k, mt in enumerate(words):
        word = mt.group()
        if len(word) < 2 or not word.isupper() or word in gaz.keep_proper:
            continue
        titled = _title(word)
        if titled == word or titled in gaz.context_only:
            continue
        follows_name = previous_named_end == mt.start() - 1 and text[previous_named_end] == " "
        if _is_name(titled, gaz) and (titled not in gaz.ambiguous_names or follows_name or _next_is_name(words, k, text, gaz)):
            change.append((mt.start(), titled))
            previous_named_end = mt.end()
        elif follows_name and len(word) >= 3 and not gaz.is_common_word(word):
            change.append((mt.start(), titled))  # "METTE BRØNDLUND": the surname after a name, not "METTE SAGDE"
            previous_named_end = mt.end()
    if not change:
        return text
    parts = []
    pos = 0
    for start, titled in change:
        parts.append(text[pos:start])
        parts.append(titled)
        pos = start + len(titled)
    parts.append(text[pos:])
    return "".join(parts)


def _next_is_name(words, k: int, text: str, gaz) -> bool:
    """"BO THYGESEN": a sometimes-name in capitals counts when a listed name follows."""
    if k + 1 >= len(words):
        return False
    nxt = words[k + 1]
    if text[words[k].end() : nxt.start()] != " " or not nxt.group().isupper():
        return False
    titled = _title(nxt.group())
    return _is_name(titled, gaz) and titled not in gaz.ambiguous_names
