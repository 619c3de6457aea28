"""Propagation within one document: a found name also catches its parts, genitive,
lower case, initials and e-mail local part."""

from __future__ import annotations

from journal.cohort.anonymise import model as m
from journal.cohort.anonymise.gazetteers import Gazetteers
from journal.cohort.anonymise.model import Candidate
from journal.cohort.anonymise.text import Token, sentence_start

P_PROPAGATED = 59

_FOLD = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e", "ü": "ue", "ö": "oe", "ä": "ae"})
_FOLD_SHORT = str.maketrans({"æ": "a", "ø": "o", "å": "a", "é": "e", "ü": "u", "ö": "o", "ä": "a"})


def fold(word: str) -> set[str]:
    """ASCII spellings of a word as people type them in e-mail addresses."""
    low = word.lower()
    return {low, low.translate(_FOLD), low.translate(_FOLD_SHORT)}


class PersonVariants:
    """Single-word forms of the people found in a document, mapped to their entity key."""

    def __init__(self, gaz: Gazetteers) -> None:
        self.gaz = gaz
        self.exact: dict[str, str] = {}  # case-sensitive forms
        self.lower: dict[str, str] = {}  # forms matched in any case
        self.initials: dict[str, str] = {}  # "MK", "M.K." joined without dots
        self.initial_surname: dict[tuple[str, str], str] = {}  # ("M", "Kjær")
        self.first_initial: dict[tuple[str, str], str] = {}  # ("Mette", "K")
        self.pairs: dict[tuple[str, str], str] = {}  # ("Hans", "Erik"): two neighbouring words of a name
        self.pair_heads: set[str] = set()

    def add(self, words: tuple[str, ...], key: str, *, trusted: bool = False) -> None:
        """Register one person's words; ``trusted`` (the user's register) also adds lower case."""
        gaz = self.gaz
        words = tuple(w for w in words if w)
        if not words:
            return
        for word in words:
            if word in gaz.context_only and not trusted:
                continue  # "May", "Hans": never carried to other places in the text
            self.exact.setdefault(word, key)
            for part in word.split("-") if "-" in word else ():
                if len(part) > 2:
                    self.exact.setdefault(part, key)
            listed = word in gaz.first_names or word in gaz.surnames
            distinctive = trusted or (
                len(word) >= 3 and word not in gaz.ambiguous_names
                and (listed or not gaz.is_common_word(word))  # an unlisted name found by context: "ring til thomasine"
            )
            if distinctive:
                for form in fold(word):
                    self.lower.setdefault(form, key)
        if len(words) >= 2:
            letters = "".join(w[0] for w in words if w[:1].isupper())
            if len(letters) >= 2:
                self.initials.setdefault(letters, key)
            # "Anne-Mette Kragh" → AMK as well as AK
            split_letters = "".join(p[0] for w in words for p in w.split("-") if p[:1].isupper())
            if len(split_letters) >= 2:
                self.initials.setdefault(split_letters, key)
            for w1, w2 in zip(words, words[1:]):
                if w1 in gaz.context_only or w2 in gaz.context_only:
                    self.pairs.setdefault((w1, w2), key)  # "Hans Erik" again, though "Hans" alone stays
                    self.pair_heads.add(w1)
            self.initial_surname.setdefault((words[0][0], words[-1]), key)
            self.first_initial.setdefault((words[0], words[-1][0]), key)
            joined = "".join(words).lower()
            for form in fold(joined) | fold(words[0][0] + words[-1]):
                self.lower.setdefault(form, key)

    def __bool__(self) -> bool:
        return bool(self.exact)

    def find(self, text: str, toks: list[Token], blocked: list[bool]) -> list[Candidate]:
        """Every occurrence of a registered form in ``text``."""
        gaz = self.gaz
        out = []
        n = len(toks)
        exact, lower = self.exact, self.lower
        has_pairs = bool(self.initial_surname)
        pair_heads = self.pair_heads
        for i, tok in enumerate(toks):
            word = tok.text
            if word in pair_heads and i + 1 < n and (word, toks[i + 1].text) in self.pairs and text[tok.end : toks[i + 1].start] == " ":
                if not blocked[i]:
                    out.append(Candidate(tok.start, toks[i + 1].end, m.PERSON, "propagation:name-pair", 0.85, P_PROPAGATED, self.pairs[(word, toks[i + 1].text)]))
                    continue
            if (
                word not in exact
                and word.lower() not in lower
                and not (has_pairs and (len(word) == 1 or (len(word) <= 4 and word.isupper()) or (i + 1 < n and len(toks[i + 1].text) == 1)))
                and not (word[-1] == "s" and (word[:-1] in exact or word[:-1].lower() in lower))
            ):
                continue  # the fast path: most words name nobody
            if blocked[i]:
                continue
            if i + 1 < n and len(toks[i + 1].text) == 1 and (word, toks[i + 1].text) in self.first_initial:
                if text[tok.end : toks[i + 1].start] == " ":
                    end = toks[i + 1].end + (1 if text[toks[i + 1].end : toks[i + 1].end + 1] == "." else 0)
                    out.append(Candidate(tok.start, end, m.PERSON, "propagation:first+initial", 0.85, P_PROPAGATED, self.first_initial[(word, toks[i + 1].text)]))
                    continue
            end = tok.end
            key = self.initials.get(word) if word.isupper() and 2 <= len(word) <= 4 else None  # "TB" for Thomasine Brændgaard
            key = key or self.exact.get(word) or self.lower.get(word.lower())
            if key is None and len(word) > 3 and word.endswith("s"):
                key = self.exact.get(word[:-1]) or self.lower.get(word[:-1].lower())
                end -= 1 if key else 0
            if key is None and word.isupper() and 2 <= len(word) <= 4:
                key = self.initials.get(word)
            if key is not None and word in gaz.ambiguous_names and sentence_start(text, tok.start):
                key = None  # "Lykke til med det!" stays, even when a Lykke was named earlier
            if key is not None:
                out.append(Candidate(tok.start, end, m.PERSON, "propagation:name-form", 0.85, P_PROPAGATED, key))
                continue
            if len(word) == 1 and word.isupper() and i + 1 < n:
                gap = text[tok.end : toks[i + 1].start]
                nxt = toks[i + 1].text
                if gap in (". ", " ", ".") and (word, nxt) in self.initial_surname:
                    out.append(Candidate(tok.start, toks[i + 1].end, m.PERSON, "propagation:initial+surname", 0.85, P_PROPAGATED, self.initial_surname[(word, nxt)]))
                    continue
                if gap in (".", ". ") and len(nxt) == 1:  # M.K.
                    j, letters = i, word
                    while j + 1 < n and len(toks[j + 1].text) == 1 and text[toks[j].end : toks[j + 1].start] in (".", ". "):
                        j += 1
                        letters += toks[j].text
                    if letters in self.initials:
                        end = toks[j].end + (1 if text[toks[j].end : toks[j].end + 1] == "." else 0)
                        out.append(Candidate(tok.start, end, m.PERSON, "propagation:initials", 0.85, P_PROPAGATED, self.initials[letters]))
        return out
