"""Places and workplaces: municipalities, regions, towns, hospitals, named
institutions ("Center for …", "Bakkeskolen", "plejecentret Solhaven") and the place
after a role ("kommunaldirektøren i …")."""

from __future__ import annotations

from journal.cohort.anonymise import model as m
from journal.cohort.anonymise.gazetteers import Gazetteers
from journal.cohort.anonymise.model import Candidate, Coverage
from journal.cohort.anonymise.text import Token, is_capitalised, previous_word, sentence_start

P_HOSPITAL = 72
P_WORKPLACE = 70
P_MUNICIPALITY = 66
P_REGION = 66
P_TOWN = 58
P_PLACE_CONTEXT = 40

_KOMMUNE_WORDS = ("Kommune", "kommune", "Kommunes", "kommunes", "Municipality", "municipality", "Regionskommune", "Byråd", "byråd")
_CONNECTORS = frozenset({"og", "for", "ved", "&", "i", "af", "and", "of", "for", "the"})
_WORKPLACE_NOUNS = frozenset(
    "plejecentret plejecenteret plejehjemmet skolen børnehaven børnehuset vuggestuen institutionen bostedet botilbuddet "
    "klubben fritidsklubben centret centeret hospitalet sygehuset gymnasiet dagtilbuddet daginstitutionen afdelingen "
    "aktivitetscentret dagcentret bofællesskabet opholdsstedet ungdomsklubben efterskolen friskolen privatskolen "
    "specialskolen distriktet teamet firmaet virksomheden foreningen organisationen huset gården stuen afsnit afsnittet "
    "plejecenter plejehjem skole børnehave vuggestue institution bosted botilbud klub afdeling team "
    "school hospital home kindergarten nursery ward clinic unit centre center department".split()
)
_ORG_ENDINGS = (
    "udvalget", "udvalg", "rådet", "ministeriet", "styrelsen", "forvaltningen", "direktionen", "sekretariatet",
    "planen", "strategien", "politikken", "aftalen", "loven", "projektet", "programmet", "reformen", "modellen",
)
# "Ældreplejen", "Tandplejen", "Sundhedsplejen": a kind of care service, not a named place
_SERVICE_ENDINGS = ("plejen", "pleje")
_PLACE_PREPS = frozenset({"i", "på", "fra", "ved", "til", "in", "at", "from", "near", "nær"})


_DANISH_PLACE_ENDINGS = (
    "parken", "vænget", "gade", "vej", "rup", "strup", "drup", "torp", "løse", "købing", "havn", "bjerg", "holm",
    "lund", "skov", "bæk", "mose", "høj", "toft", "sted", "lev", "inge", "by", "bro", "vang", "gård", "gårde",
)


def _danish_place_word(word: str) -> bool:
    """A capitalised word that looks like a Danish place name in an English text ("in Mjølnerparken")."""
    low = word.lower()
    return len(low) >= 4 and (any(ch in low for ch in "æøå") or low.endswith(_DANISH_PLACE_ENDINGS))


class PlaceDetector:
    """Finds places and workplaces in one text."""

    def __init__(self, gaz: Gazetteers) -> None:
        self.gaz = gaz
        self.roles = gaz.roles

    def detect(self, text: str, toks: list[Token], blocked: list[bool], lang: str) -> list[Candidate]:
        out: list[Candidate] = []
        out.extend(self._gazetteer(text, toks, blocked))
        out.extend(self._workplaces(text, toks, blocked))
        out.extend(self._after_preposition(text, toks, blocked, out, lang))
        return out

    # -- municipalities, regions, towns, hospitals --------------------------------------

    def _gazetteer(self, text: str, toks: list[Token], blocked: list[bool]) -> list[Candidate]:
        gaz = self.gaz
        out = []
        n = len(toks)
        i = 0
        while i < n:
            tok = toks[i]
            if blocked[i] or not tok.text[:1].isupper():
                i += 1
                continue
            word = tok.text
            phrases = gaz.phrases.get(word)
            genitive = False
            if phrases is None and word.endswith("s") and len(word) > 3:
                phrases = gaz.phrases.get(word[:-1])
                genitive = phrases is not None
            match = None
            multi_genitive = False
            if phrases:
                for phrase in phrases:
                    k = len(phrase.words)
                    if i + k > n:
                        continue
                    if k > 1 and genitive:
                        continue
                    if k > 1 and any(toks[i + x].text != phrase.words[x] for x in range(1, k - 1)):
                        continue
                    last_word = toks[i + k - 1].text if k > 1 else phrase.words[0]
                    if k > 1 and last_word != phrase.words[-1]:
                        if last_word != phrase.words[-1] + "s":
                            continue
                        genitive = multi_genitive = True  # "Region Nordjyllands psykiatri"
                    if k > 1 and any(text[toks[i + x].end : toks[i + x + 1].start] not in (" ", ". ", "\u00a0") for x in range(k - 1)):
                        continue
                    match = (phrase, k)
                    break
            if match is None:
                i += 1
                continue
            phrase, k = match
            last = i + k - 1
            end = toks[last].end
            if genitive:
                end -= 1
            # "Næstved Kommune", "Københavns Kommune", "Municipality of Aarhus"
            if phrase.kind == m.KOMMUNE and not multi_genitive and last + 1 < n and toks[last + 1].text in _KOMMUNE_WORDS and text[toks[last].end : toks[last + 1].start] == " ":
                last += 1
                end = toks[last].end
                if toks[last].text.endswith("s"):
                    end -= 1  # "Hedensted Kommunes jobcenter" → "[KOMMUNE]s jobcenter"
            if phrase.kind == m.KOMMUNE and i >= 2 and toks[i - 1].text == "of" and toks[i - 2].text in ("Municipality", "municipality"):
                start = toks[i - 2].start
            else:
                start = tok.start
            if phrase.ambiguous and not self._place_context(text, toks, i, last):
                i += 1
                continue
            prio = {m.KOMMUNE: P_MUNICIPALITY, m.REGION: P_REGION, m.STED: P_TOWN, m.ARBEJDSPLADS: P_HOSPITAL}[phrase.kind]
            conf = 0.95 if not phrase.ambiguous else 0.75
            out.append(Candidate(start, end, phrase.kind, phrase.reason, conf, prio, phrase.key.lower(), {"key": phrase.key}))
            i = last + 1
        return out

    def _place_context(self, text: str, toks: list[Token], first: int, last: int) -> bool:
        prev = previous_word(text, toks, first)
        if prev in _PLACE_PREPS or prev.lower() in ("kommune", "region"):
            return True
        if last + 1 < len(toks) and toks[last + 1].text in _KOMMUNE_WORDS:
            return True
        if first >= 1 and text[toks[first - 1].end : toks[first].start].strip() == "" and toks[first - 1].text.isdigit():
            return True
        return not sentence_start(text, toks[first].start) and is_capitalised(toks[first].text)

    # -- workplaces ----------------------------------------------------------------------

    def _workplaces(self, text: str, toks: list[Token], blocked: list[bool]) -> list[Candidate]:
        gaz = self.gaz
        out = []
        n = len(toks)
        i = 0
        while i < n:
            if blocked[i]:
                i += 1
                continue
            tok = toks[i]
            word = tok.text
            # prefix noun + capitalised name: "Center for Sundhed og Omsorg", "Afdeling Nord"
            if word[:1].isupper():
                if len(word) > 3 and word.isupper():
                    i += 1  # "MØDE I AFDELINGEN OG …": a line in capitals names no institution
                    continue
                for prefix in gaz.prefixes_by_word.get(word, ()):
                    k = len(prefix)
                    if i + k < n and all(toks[i + x].text == prefix[x] for x in range(k)):
                        end_idx = self._name_run(text, toks, i + k, blocked)
                        if end_idx is not None:
                            out.append(self._cand(text, toks, i, end_idx, "pattern:workplace-prefix", 0.9))
                            i = end_idx + 1
                            break
                else:
                    low = word.lower()
                    named = (low in _WORKPLACE_NOUNS or low.endswith(gaz.workplace_suffixes)) and i + 1 < n
                    end_idx = self._name_run(text, toks, i + 1, blocked) if named and not blocked[i + 1] else None
                    if end_idx is not None and text[tok.end : toks[i + 1].start] == " ":
                        # "Fritidscentret Bølgen", "Plejehjemmet Solgården": the name is the identifier
                        # the capitalised noun is part of the proper name ("på Ældrecentret Birkelund"),
                        # as with the workplace prefixes; a lower-case one stays ("plejecentret Solhaven")
                        out.append(self._cand(text, toks, i, end_idx, "pattern:institution-noun+name", 0.8))
                        i = end_idx + 1
                        continue
                    cand = self._compound(text, toks, i)
                    if cand is not None:
                        out.append(cand)
                    i += 1
                continue
            # generic noun + capitalised name: "plejecentret Solhaven", "skolen Bakkely"
            low = word.lower()
            suffixed = low not in _WORKPLACE_NOUNS and low.endswith(gaz.workplace_suffixes) and i + 1 < n and toks[i + 1].text not in gaz.first_names
            if (low in _WORKPLACE_NOUNS or suffixed) and i + 1 < n and not blocked[i + 1]:  # "ældrecentret Kornblomsten"
                end_idx = self._name_run(text, toks, i + 1, blocked)
                if end_idx is not None and text[tok.end : toks[i + 1].start] == " ":
                    out.append(self._cand(text, toks, i + 1, end_idx, "pattern:institution-noun+name", 0.8))
                    i = end_idx + 1
                    continue
            i += 1
        return out

    def _name_run(self, text: str, toks: list[Token], i: int, blocked: list[bool]) -> int | None:
        """Last index of a run of capitalised words (joined by og/for/ved/&) from ``i``."""
        gaz = self.gaz
        n = len(toks)
        if i >= n or blocked[i] or not toks[i].text[:1].isupper() or toks[i].text in gaz.context_only:
            return None
        if text[toks[i - 1].end : toks[i].start] not in (" ", "\u00a0", " - ", "-"):
            return None
        last = i
        k = i + 1
        while k < n:
            gap = text[toks[k - 1].end : toks[k].start]
            if gap not in (" ", "\u00a0", "-"):
                break
            w = toks[k].text
            if w[:1].isupper() and w not in gaz.months_and_days and not blocked[k]:
                last = k
                k += 1
            elif w in _CONNECTORS and w not in ("i",) and k + 1 < n and toks[k + 1].text[:1].isupper() and text[toks[k].end : toks[k + 1].start] == " ":
                k += 1
            else:
                break
        return last

    def _compound(self, text: str, toks: list[Token], i: int) -> Candidate | None:
        """"Bakkeskolen", "Solgården", "Hillside School", "Søndervang Plejecenter"."""
        gaz = self.gaz
        word = toks[i].text
        low = word.lower()
        if low in gaz.generic_compounds or word in gaz.keep_proper or low.endswith(_SERVICE_ENDINGS):
            return None
        if low.endswith(gaz.workplace_suffixes):
            for suffix in gaz.workplace_suffixes:
                if low.endswith(suffix) and len(low) - len(suffix) >= 3:
                    return self._cand(text, toks, i, i, "pattern:workplace-compound", 0.8)
        # separate suffix word: "Bakke Skole", "Hillside Primary School"
        n = len(toks)
        if i + 1 < n and text[toks[i].end : toks[i + 1].start] == " ":
            for suffix in gaz.english_suffix_by_word.get(toks[i + 1].text, ()):
                k = len(suffix)
                if i + k < n and all(toks[i + 1 + x].text == suffix[x] for x in range(k)):
                    return self._cand(text, toks, i, i + k, "pattern:workplace-suffix", 0.8)
            if toks[i + 1].text in gaz.workplace_suffix_words and low not in gaz.roles:
                return self._cand(text, toks, i, i + 1, "pattern:workplace-suffix", 0.8)
        return None

    def _cand(self, text: str, toks: list[Token], a: int, b: int, reason: str, conf: float) -> Candidate:
        start, end = toks[a].start, toks[b].end
        return Candidate(start, end, m.ARBEJDSPLADS, reason, conf, P_WORKPLACE, text[start:end].lower())

    # -- "kommunaldirektøren i X", "i Vollsmose", "på Solhaven" -----------------------------

    def _after_preposition(self, text, toks, blocked, found: list[Candidate], lang: str) -> list[Candidate]:
        gaz = self.gaz
        taken = Coverage(len(text))
        for c in found:
            taken.add(c.start, c.end)
        out = []
        n = len(toks)
        for i in range(1, n):
            tok = toks[i]
            prep = toks[i - 1].text
            if prep not in _PLACE_PREPS or blocked[i] or not is_capitalised(tok.text):
                continue
            if text[toks[i - 1].end : tok.start] != " " or sentence_start(text, tok.start):
                continue
            word = tok.text
            if word in gaz.keep_proper or word in gaz.first_names or word in gaz.surnames or word.isupper():
                continue
            low = word.lower()
            if low in gaz.generic_compounds or low in gaz.roles or low.endswith(_ORG_ENDINGS):
                continue
            if taken.overlaps(tok.start, tok.start + 1):
                continue
            role_before = i >= 2 and toks[i - 2].text.lower() in self.roles
            if lang != "da" and not role_before and not _danish_place_word(word):
                continue
            last = i
            while last + 1 < n and is_capitalised(toks[last + 1].text) and text[toks[last].end : toks[last + 1].start] == " " and not blocked[last + 1]:
                last += 1
            kind = m.ARBEJDSPLADS if prep in ("på", "at", "hos") else m.STED
            conf = 0.7 if role_before else 0.55
            start, end = tok.start, toks[last].end
            reason = "context:role+preposition" if role_before else "context:preposition+capitalised"
            out.append(Candidate(start, end, kind, reason, conf, P_PLACE_CONTEXT, text[start:end].lower()))
        return out
