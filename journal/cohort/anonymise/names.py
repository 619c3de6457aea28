"""People: names from the gazetteers, widened by context (med/til/fra, verbs of speech,
roles such as "kollegaen") and narrowed for words that are also ordinary words."""

from __future__ import annotations

import re

from journal.cohort.anonymise import model as m
from journal.cohort.anonymise.gazetteers import Gazetteers
from journal.cohort.anonymise.model import Candidate
from journal.cohort.anonymise.text import Token, is_capitalised, next_word, previous_word, sentence_start

P_NAME = 60
P_NAME_CONTEXT = 45

_PARTICLES = frozenset({"van", "von", "bin", "ibn", "al", "el", "di", "du", "dos", "das", "ter", "ten"})
_SURNAME_ENDINGS = ("sen", "son", "gaard", "gård", "strup", "holm", "berg", "mann", "ović", "ić", "ski", "oğlu", "zadeh")
_DEFINITE_ENDINGS = ("en", "et", "ne", "erne", "ene", "er", "ing", "ion", "hed", "tion", "ity", "ment")
_COORD = frozenset({"og", "and", "eller", "or", "&"})

_FROM = frozenset({"fra", "from"})
_UNIT_ENDINGS = ("en", "et", "ne", "ningen", "ingen")  # driften, teamet, økonomien
_NICKNAME_BEFORE = frozenset({"kaldet", "kaldes", "øgenavn", "kælenavn", "nicknamed", "alias"})
_CALL_VERBS = frozenset({"kalder", "kaldte", "call", "calls", "called"})
_OBJECT_PRONOUNS = frozenset({"ham", "hende", "him", "her"})
# After a name at a sentence start, an auxiliary or a verb of being says a person acts:
# "Aslaug har lovet …", "Wren has promised …".
_AUXILIARIES = frozenset("har havde vil skal kan kunne blev bliver er var fik får has had have will would shall can could is was".split())
# "i Vollsmose", "at Brightwater": a capitalised word here is a place for the place rules.
# Words after which a person stands: "talte med ØH", "spurgte ÅK", "spoke with ØB".
_PERSON_SLOT_BEFORE = frozenset(
    "med til hos bad spurgte ringede mødte kontaktede sammen with to asked told met called tell ask call".split()
)
_NOUN_SUFFIXES = ("hed", "heden", "else", "elsen", "skab", "skabet", "ning", "ningen", "tion", "tionen", "sion", "isme", "itet",
                  "iteten", "ment", "ance", "ence", "ness", "ship", "ering", "eringen")
_DEFINITE_NOUN = ("en", "et", "ene", "erne")
_ORG_CONNECTORS = frozenset({"for", "i", "af", "of"})
_BRACKET_AFTER = re.compile(r"\s?\([^()\n]{1,40}\)")
_PERSON_SLOT_ANY_CASE = _PERSON_SLOT_BEFORE | frozenset(w.capitalize() for w in _PERSON_SLOT_BEFORE)
_SHORT_CAPS = re.compile(r"(?<![^\W\d_])[A-ZÆØÅÄÖÜ]{2,3}(?![^\W\d_])")
_PLACE_BEFORE = frozenset({"i", "på", "ved", "nær", "in", "at", "near"})


def _nickname_after(toks: list[Token], last: int) -> bool:
    """"Freddie, som de kalder ham", "Freddie, as they call him"."""
    words = [t.text.lower() for t in toks[last + 1 : last + 6]]
    if len(words) < 4 or words[0] not in ("som", "as"):
        return False
    return any(w in _CALL_VERBS for w in words[1:3]) and any(w in ("ham", "hende", "him", "her") for w in words[2:5])


def _from_unit(text: str, toks: list[Token], last: int, speech_verbs) -> bool:
    """"Bo fra driften sagde", "May from finance said", "Lykke fra IT": a name + fra/from + a
    unit, and then a verb of speech (an acronym unit is enough); "Lykke fra barndommen" stays."""
    if next_word(text, toks, last) not in _FROM or last + 2 >= len(toks):
        return False
    after = toks[last + 2].text
    if text[toks[last + 1].end : toks[last + 2].start] != " ":
        return False
    if after.isupper() and len(after) >= 2:
        return True
    if not (after[:1].islower() and (after.endswith(_UNIT_ENDINGS) or after in ("the", "our", "vores"))):
        return False
    return any(t.text in speech_verbs for t in toks[last + 3 : last + 7])


# Token categories.
FIRST, SUR, AMB, KEEP, UNKNOWN, BREAK = "F", "S", "a", "k", "u", "x"


def _category(word: str, gaz: Gazetteers) -> tuple[str, str]:
    """(category, base form) of a capitalised word; the base drops a genitive -s."""
    if len(word) >= 2 and word.isupper():
        return BREAK, word  # an acronym (PPR, IT, KL); initials are caught by propagation
    for base in (word, word[:-1] if len(word) > 3 and word.endswith("s") else None):
        if base is None:
            continue
        if base in gaz.context_only:
            if base in gaz.first_names or base in gaz.surnames:
                return KEEP, base
            if base == word:
                return BREAK, base
            continue
        first = base in gaz.first_names
        sur = base in gaz.surnames
        if first or sur:
            if base in gaz.ambiguous_names:
                return AMB, base
            return (FIRST if first else SUR), base
        if base == word and base in gaz.ambiguous_names:
            return BREAK, base  # a role or common word in the ambiguity list, not a name
    if "-" in word:
        parts = word.split("-")
        if parts[-1][:1].islower():
            return BREAK, word  # "HR-partneren", "IT-folkene": a compound ending in lower case is a noun
        cats = [_category(p, gaz)[0] for p in parts if p and p[0].isupper()]
        if FIRST in cats:
            return FIRST, word
        if SUR in cats:
            return SUR, word
        if AMB in cats:
            return AMB, word
    if word in gaz.keep_proper or word.lower() in gaz.roles or word.lower() in gaz.generic_nouns or word in gaz.phrases:
        return BREAK, word
    return UNKNOWN, word


class PersonDetector:
    """Finds people's names in one text."""

    def __init__(self, gaz: Gazetteers) -> None:
        self.gaz = gaz
        self.intro = frozenset(w.rstrip(".") for w in gaz.intro_words)

    def detect(self, text: str, toks: list[Token], blocked: list[bool], lang: str) -> list[Candidate]:
        gaz = self.gaz
        n = len(toks)
        cats: list[tuple[str, str] | None] = [None] * n
        for i, tok in enumerate(toks):
            if not blocked[i] and is_capitalised(tok.text):
                cats[i] = _category(tok.text, gaz)
        out: list[Candidate] = []
        pending: list[tuple[int, int]] = []  # single weak tokens that may join by coordination
        i = 0
        while i < n:
            if cats[i] is None or cats[i][0] == BREAK:
                i += 1
                continue
            j = i
            while j + 1 < n and cats[j + 1] is not None and cats[j + 1][0] != BREAK:
                gap = text[toks[j].end : toks[j + 1].start]
                if gap not in (" ", "\u00a0") or cats[j][1] != toks[j].text:
                    break  # punctuation, a line break or a genitive ends a name
                j += 1
            # particles: "Jan van der Berg", "Omar bin Laden"
            while (
                j + 2 < n and toks[j + 1].text in _PARTICLES and cats[j + 2] is not None and cats[j + 2][0] != BREAK
                and text[toks[j].end : toks[j + 1].start] == " " and text[toks[j + 1].end : toks[j + 2].start] == " "
            ):
                j += 2
            for seg_start, seg_end in self._segments(cats, i, j):
                cand = self._judge(text, toks, cats, seg_start, seg_end, lang)
                if cand is not None:
                    out.append(cand)
                elif seg_start == seg_end and cats[seg_start][0] in (AMB, KEEP):
                    pending.append((seg_start, seg_end))
            i = j + 1
        if pending and out:
            out.extend(self._coordinated(text, toks, cats, pending, out))
        out.extend(self._initials_in_person_slots(text, toks, blocked))
        lower_hits = []
        for i, tok in enumerate(toks):
            if tok.text in gaz.lowercase_names:  # "talte med hanne"
                if blocked[i]:
                    continue
                lower_hits.append(i)
                out.append(Candidate(tok.start, tok.end, m.PERSON, "gazetteer:first-names-lower-case", 0.6, P_NAME_CONTEXT, tok.text, {"words": (tok.text,)}))
            elif i and toks[i - 1].text in _PERSON_SLOT_ANY_CASE and not blocked[i] and tok.text.islower() and self._lower_given_name_in_slot(text, toks, i):
                # "spurgte bodil", "asked maria"
                lower_hits.append(i)
                out.append(Candidate(tok.start, tok.end, m.PERSON, "context:lower-case-given-name-in-person-slot", 0.6, P_NAME_CONTEXT, tok.text, {"words": (tok.text,)}))
        # "med rikke og søren": a lower-case given name joined by og/and to a lower-case name found
        for i in lower_hits:
            for k in (i - 2, i + 2):
                if 0 <= k < n and not blocked[k] and toks[(i + k) // 2].text.lower() in _COORD and k not in lower_hits:
                    word = toks[k].text
                    cap = word[:1].upper() + word[1:]
                    if word.islower() and cap in gaz.first_names and cap not in gaz.ambiguous_names and len(word) >= 3:
                        out.append(Candidate(toks[k].start, toks[k].end, m.PERSON, "context:coordinated-lower-case-name", 0.6, P_NAME_CONTEXT, word, {"words": (word,)}))
        return out

    def _segments(self, cats, i: int, j: int):
        """Split a run of capitalised words where a kept word (month, pronoun) stands alone."""
        start = i
        for k in range(i, j + 1):
            if cats[k] is not None and cats[k][0] == KEEP:
                neighbours = [cats[x][0] for x in (k - 1, k + 1) if i <= x <= j and cats[x] is not None]
                if FIRST in neighbours or SUR in neighbours:
                    continue
                first_names = self.gaz.first_names
                if k < j and cats[k][1] in first_names and cats[k][1] not in self.gaz.months_and_days and cats[k + 1] is not None and cats[k + 1][0] == AMB and cats[k + 1][1] in first_names:
                    continue  # "Hans Peter": a kept word that is a given name, before another given name
                if start < k:
                    yield start, k - 1
                yield k, k
                start = k + 1
        if start <= j:
            yield start, j

    def _context(self, text: str, toks: list[Token], first: int, last: int) -> tuple[str, bool]:
        """('strong'|'prep'|'', coordination) context around a candidate name."""
        gaz = self.gaz
        prev = previous_word(text, toks, first)
        nxt = next_word(text, toks, last)
        if nxt in gaz.speech_verbs or prev in gaz.speech_verbs:
            return "strong", False
        if prev.lower() in _NICKNAME_BEFORE or _nickname_after(toks, last):
            return "strong", False
        if prev.lower() in _OBJECT_PRONOUNS and first >= 2 and toks[first - 2].text.lower() in _CALL_VERBS:
            return "strong", False  # "alle kalder hende Bimmer", "everyone calls him Smudge"
        if prev.lower().rstrip(".") in self.intro:
            return "strong", False
        if prev in gaz.name_prepositions and prev.lower() not in _COORD:
            return "prep", False
        if prev.lower() == "sammen" or (first >= 2 and prev == "med" and toks[first - 2].text.lower() == "sammen"):
            return "prep", False
        return "", prev.lower() in _COORD or nxt.lower() in _COORD

    def _judge(self, text, toks, cats, a: int, b: int, lang: str) -> Candidate | None:
        gaz = self.gaz
        kinds = [cats[k][0] for k in range(a, b + 1) if cats[k] is not None]
        start_of_sentence = sentence_start(text, toks[a].start)
        # drop a leading unknown word before a first name ("Hej Mette", "Kære Jonas")
        while len(kinds) > 1 and kinds[0] in (UNKNOWN, KEEP) and kinds[1] in (FIRST, AMB):
            month = cats[a][1] in gaz.months_and_days and (lang == "en" or start_of_sentence)
            if kinds[0] == KEEP and cats[a][1] in gaz.first_names and cats[a + 1][1] in gaz.first_names and not month:
                break  # "Hans Erik Vad", "August Holm": a double first name, not "his Erik"
            if kinds[0] == UNKNOWN and kinds[1] == FIRST and not sentence_start(text, toks[a].start) and previous_word(text, toks, a).lower() not in self.intro:
                break  # "Fars navn er Rashid Omar": mid-sentence, an unknown word before a first name is a name too
            a += 1
            kinds.pop(0)
        start_of_sentence = sentence_start(text, toks[a].start)
        context, _coord = self._context(text, toks, a, b)
        conf, reason = 0.0, ""
        if FIRST in kinds:
            conf, reason = 0.92, "gazetteer:first-names"
        elif SUR in kinds and len(kinds) >= 2:
            conf, reason = 0.88, "gazetteer:surnames"
        elif SUR in kinds:
            word = cats[a][1]
            if not start_of_sentence or context or word.endswith(_SURNAME_ENDINGS):
                conf, reason = 0.78, "gazetteer:surnames"
        elif AMB in kinds and len(kinds) >= 2:
            first_ok = cats[a][1] in gaz.first_names
            last_ok = cats[b][1] in gaz.surnames or kinds[-1] == UNKNOWN
            if (first_ok and last_ok) or context:
                conf, reason = 0.75, "gazetteer:ambiguous-names+pair"
        elif AMB in kinds:
            if context:
                conf, reason = 0.72, f"context:{context}+ambiguous-name"
            elif cats[a][1] in gaz.first_names and _from_unit(text, toks, b, gaz.speech_verbs):
                conf, reason = 0.7, "context:name+fra-unit"
            elif not start_of_sentence:
                conf, reason = 0.6, "capitalised-mid-sentence+ambiguous-name"
        elif kinds == [KEEP]:
            if context == "strong":
                conf, reason = 0.6, "context:strong+kept-word-name"
            elif cats[a][1] in gaz.first_names and _from_unit(text, toks, b, gaz.speech_verbs):
                conf, reason = 0.6, "context:name+fra-unit"
        else:  # unknown capitalised words only
            a, b = self._name_like_core(text, toks, a, b)
            if a > b:
                return None
            start_of_sentence = sentence_start(text, toks[a].start)
            context, _coord = self._context(text, toks, a, b)
            name_like = self._name_like(toks[a].text) or any(self._name_like(toks[k].text) for k in range(a + 1, b + 1))
            if context != "strong" and self._in_organisation_name(text, toks, a, b):
                return None
            prev = previous_word(text, toks, a).lower()
            if name_like and not start_of_sentence and (context or prev not in _PLACE_BEFORE):
                conf, reason = 0.62, "context:unknown-capitalised-word"
            elif name_like and start_of_sentence and b > a and self._lower_word_follows(text, toks, b):
                conf, reason = 0.58, "context:unknown-full-name-at-sentence-start"
            elif name_like and start_of_sentence and (context == "strong" or next_word(text, toks, b).lower() in _AUXILIARIES) \
                    and not toks[a].text.lower().endswith(_DEFINITE_ENDINGS):
                conf, reason = 0.55, "context:unknown-name-before-verb"
            elif a == b and start_of_sentence and self._genitive_before_noun(text, toks, a):
                return self._genitive_candidate(text, toks, a)
            elif context == "strong" and not start_of_sentence:
                conf, reason = 0.6, "context:speech-or-role"
            elif context == "strong" and not cats[a][1].lower().endswith(_DEFINITE_ENDINGS) and len(kinds) <= 3:
                conf, reason = 0.5, "context:speech-at-sentence-start"
            elif context == "prep" and not start_of_sentence and lang == "da":
                conf, reason = 0.5, "context:preposition"
        if conf <= 0:
            return None
        return self._candidate(text, toks, cats, a, b, conf, reason)

    def _lower_given_name_in_slot(self, text: str, toks: list[Token], i: int) -> bool:
        """A listed given name in lower case where a person stands, unless it is also an
        ordinary word ("med vilje", "til liv")."""
        word = toks[i].text
        if len(word) < 3 or previous_word(text, toks, i).lower() not in _PERSON_SLOT_BEFORE:
            return False
        cap = word[:1].upper() + word[1:]
        gaz = self.gaz
        return cap in gaz.first_names and cap not in gaz.ambiguous_names and not gaz.is_common_word(word)

    def _initials_in_person_slots(self, text: str, toks: list[Token], blocked: list[bool]) -> list[Candidate]:
        """"Jeg talte med ØH", "ÅKB sagde", "I spoke with ØB": two or three capitals used as a
        name where a person stands, unless they are a known acronym (IT, HR, PPR, KL …)."""
        gaz = self.gaz
        out = []
        hits = [mt.start() for mt in _SHORT_CAPS.finditer(text)]
        if not hits:
            return out
        index_of = {tok.start: i for i, tok in enumerate(toks)}
        for start in hits:
            i = index_of.get(start)
            if i is None or blocked[i]:
                continue
            tok = toks[i]
            word = tok.text
            if not (2 <= len(word) <= 3 and word.isupper() and word.isalpha()):
                continue  # "HR-partneren" is one word
            if word in gaz.acronyms or word in gaz.keep_proper or word.lower() in gaz.roles or word in self.intro:
                continue
            prev = previous_word(text, toks, i).lower()
            nxt = next_word(text, toks, i).lower()
            if prev in _PERSON_SLOT_BEFORE or nxt in gaz.speech_verbs or (nxt in _AUXILIARIES and sentence_start(text, tok.start)):
                out.append(Candidate(tok.start, tok.end, m.PERSON, "context:initials-in-person-slot", 0.6, P_NAME_CONTEXT, word, {"words": (word,)}))
        return out

    def _name_like(self, word: str) -> bool:
        """An unknown capitalised word that is no ordinary Danish or English word: not in the
        common-word lexicon (nor its genitive), and not shaped like an abstract noun
        ("Vedholdenhed", "Ledelse", "Partnership")."""
        gaz = self.gaz
        for part in word.split("-"):
            low = part.lower()
            if len(part) < 2 or gaz.is_common_word(low) or part in gaz.phrases:
                return False
            if low.endswith("s") and len(low) > 3 and gaz.is_common_word(low[:-1]):
                return False  # "Ledelses", "Boards"
            if len(low) >= 7 and low.endswith(_NOUN_SUFFIXES):
                return False
            if len(low) >= 9 and low.endswith(_DEFINITE_NOUN) and not low.endswith(_SURNAME_ENDINGS):
                return False  # "Sundhedsplatformen", "Økonomiudvalget": a long word in the definite form
        return True

    def _genitive_before_noun(self, text: str, toks: list[Token], a: int) -> bool:
        """"Kvornings forslag …", "Appiah's idea …": a name-like word in the genitive before a
        lower-case word, where an ordinary noun's genitive ("Kommunens plan") is no name."""
        word = toks[a].text
        if a + 1 >= len(toks) or not toks[a + 1].text[:1].islower():
            return False
        gap = text[toks[a].end : toks[a + 1].start]
        if gap in ("'", "’") and toks[a + 1].text == "s":  # the tokens of "Appiah's idea": Appiah, s, idea
            return a + 2 < len(toks) and toks[a + 2].text[:1].islower() and self._name_like(word)
        if gap in ("' ", "’ "):
            return self._name_like(word)
        base = word[:-1]
        return gap == " " and word.endswith("s") and len(base) >= 3 and not base.endswith("s") and self._name_like(base)

    def _genitive_candidate(self, text: str, toks: list[Token], a: int) -> Candidate:
        tok = toks[a]
        end = tok.end - 1 if text[tok.end : tok.end + 1] == " " else tok.end  # "Kvornings" → "[PERSON 1]s"
        name = text[tok.start : end]
        return Candidate(tok.start, end, m.PERSON, "context:unknown-name-in-genitive", 0.55, P_NAME_CONTEXT, name.lower(), {"words": (name,)})

    @staticmethod
    def _in_organisation_name(text: str, toks: list[Token], a: int, b: int) -> bool:
        """"Væksthus for Ledelse", "Ledelse i fællesskab", "Centre of Excellence": capitalised
        words joined by for/i/af/of name an organisation or a title, not a person."""
        if b + 2 < len(toks) and toks[b + 1].text in _ORG_CONNECTORS and toks[b + 2].text[:1].isupper():
            if text[toks[b].end : toks[b + 2].start] == f" {toks[b + 1].text} ":
                return True
        if a >= 2 and toks[a - 1].text in _ORG_CONNECTORS and toks[a - 2].text[:1].isupper():
            if text[toks[a - 2].end : toks[a].start] == f" {toks[a - 1].text} ":
                return True
        return False

    def _name_like_core(self, text, toks, a: int, b: int) -> tuple[int, int]:
        """Drop ordinary words that open a sentence before an unknown run ("Yesterday Akosua
        Mensah"); capitalised words after a name-like one stay with it ("Mariane Drejer")."""
        while a < b and not self._name_like(toks[a].text) and sentence_start(text, toks[a].start):
            a += 1
        return a, b

    @staticmethod
    def _lower_word_follows(text: str, toks: list[Token], b: int) -> bool:
        """A run at a sentence start is a name, not a heading, when the sentence goes on."""
        if b + 1 >= len(toks):
            return False
        end = toks[b].end
        bracket = _BRACKET_AFTER.match(text, end)  # "Halfdan Kvorning (23.05.1961) er …"
        nxt = b + 1
        if bracket:
            end = bracket.end()
            while nxt < len(toks) and toks[nxt].start < end:
                nxt += 1
            if nxt >= len(toks):
                return False
        gap = text[end : toks[nxt].start]
        return toks[nxt].text[:1].islower() and len(gap) <= 20 and not any(ch in ".!?:;\n" for ch in gap)

    def _candidate(self, text, toks, cats, a: int, b: int, conf: float, reason: str) -> Candidate:
        end = toks[b].end
        base_last = cats[b][1]
        if base_last != toks[b].text and toks[b].text.endswith("s"):
            end -= 1  # keep the genitive -s readable: "[PERSON 1]s"
        words = tuple(cats[k][1] for k in range(a, b + 1) if cats[k] is not None)
        prio = P_NAME if conf >= 0.7 else P_NAME_CONTEXT
        return Candidate(toks[a].start, end, m.PERSON, reason, conf, prio, " ".join(words).lower(), {"words": words})

    def _coordinated(self, text, toks, cats, pending, found: list[Candidate]) -> list[Candidate]:
        """"Mette og Bo": a weak name next to a found person, joined by og/and."""
        starts = {c.start for c in found}
        ends = {c.end for c in found}
        out = []
        for a, b in pending:
            if cats[a][0] not in (AMB, KEEP) or cats[a][1] not in self.gaz.first_names:
                continue
            prev_ok = a >= 2 and toks[a - 1].text.lower() in _COORD and toks[a - 2].end in ends
            next_ok = b + 2 < len(toks) and toks[b + 1].text.lower() in _COORD and toks[b + 2].start in starts
            if prev_ok or next_ok:
                out.append(self._candidate(text, toks, cats, a, b, 0.65, "context:coordinated-with-name"))
        return out
