"""The shipped lists (``data/anonymiser/``), loaded once into fast lookup tables."""

from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass
from pathlib import Path

from journal.cohort.anonymise import model as m
from journal.cohort.anonymise.text import tokens

MONTHS_AND_DAYS = frozenset(
    "Januar Februar Marts April Maj Juni Juli August September Oktober November December "
    "January February March May June July October Mandag Tirsdag Onsdag Torsdag Fredag Lørdag Søndag "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Jul Påske Christmas Easter".split()
)


@dataclass(frozen=True)
class Phrase:
    """A gazetteer entry of one or more words."""

    words: tuple[str, ...]
    kind: str
    key: str
    reason: str
    ambiguous: bool = False


def data_dir() -> Path:
    """The folder holding the anonymiser's lists."""
    from journal.platform.paths import content_dir

    return content_dir() / "anonymiser"


def _lines(path: Path) -> list[str]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(t.text for t in tokens(phrase))


class Gazetteers:
    """Every list the detectors need, as sets and dictionaries."""

    def __init__(self, folder: Path | None = None) -> None:
        folder = folder or data_dir()
        lex = json.loads((folder / "lexicon.json").read_text(encoding="utf-8"))
        self.keep_proper = frozenset(lex["keep_proper"])
        self.months_and_days = MONTHS_AND_DAYS
        self.speech_verbs = frozenset(lex["speech_verbs"])
        self.name_prepositions = frozenset(w for w in lex["name_prepositions"] if " " not in w)
        self.intro_words = frozenset(w.lower() for w in lex["name_intro_words"])
        self.roles = frozenset(w.lower() for w in lex["roles"])
        self.place_prepositions = frozenset(lex["place_prepositions"])
        self.workplace_prefixes = tuple(sorted((_words(p) for p in lex["workplace_prefixes"]), key=len, reverse=True))
        self.workplace_suffixes = tuple(sorted(lex["workplace_suffixes"], key=len, reverse=True))
        self.prefixes_by_word: dict[str, list[tuple[str, ...]]] = {}
        for prefix in self.workplace_prefixes:
            self.prefixes_by_word.setdefault(prefix[0], []).append(prefix)
        self.workplace_suffix_words = frozenset(
            {"Skole", "Friskole", "Privatskole", "Efterskole", "Børnehave", "Vuggestue", "Plejecenter", "Plejehjem",
             "Gymnasium", "Hospital", "Sygehus", "Center", "Centret", "Huset", "Børnehus", "Dagtilbud", "Bosted",
             "Botilbud", "Hospice", "Skolen", "Børnehaven", "Institution"}
        )
        self.english_suffixes = tuple(sorted((_words(p) for p in lex["english_workplace_suffixes"]), key=len, reverse=True))
        self.english_suffix_by_word: dict[str, list[tuple[str, ...]]] = {}
        for suffix in self.english_suffixes:
            self.english_suffix_by_word.setdefault(suffix[0], []).append(suffix)
        self.generic_compounds = frozenset(lex["generic_compounds"])
        self.generic_nouns = frozenset(lex["kinship_and_generic"])
        self.acronyms = frozenset(lex.get("acronyms", ()))
        # the four organisations of the published cases stay when the note names them as such
        self.published_organisations = frozenset(lex.get("published_organisations", ()))
        cues = sorted(lex.get("published_cues", ()), key=len, reverse=True)
        self.published_cue_re = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(c) for c in cues) + r")(?!\w)", re.I) if cues else None
        self._folder = folder
        self._common: frozenset[str] | None = None
        self._common_lock = threading.Lock()

        # Words kept as they are unless a strong name context says otherwise (Hans sagde …).
        self.context_only = self.keep_proper | MONTHS_AND_DAYS
        self.first_names = frozenset(_lines(folder / "first_names.txt"))
        self.surnames = frozenset(_lines(folder / "surnames.txt"))
        self.ambiguous_names = frozenset(_lines(folder / "ambiguous_names.txt")) | self.context_only
        self.lowercase_names = frozenset(n.lower() for n in _lines(folder / "lowercase_names.txt"))
        self.towns = frozenset(_lines(folder / "towns.txt"))
        self.ambiguous_places = frozenset(_lines(folder / "ambiguous_places.txt"))

        self.phrases: dict[str, list[Phrase]] = {}
        self.municipality_towns: dict[str, tuple[str, ...]] = {}
        self.domains: dict[str, tuple[str, str]] = {}  # domain → (kind, key)
        self.postcodes: set[str] = set()
        places = json.loads((folder / "municipalities.json").read_text(encoding="utf-8"))
        for region in places["regions"]:
            key = region["da"]
            for name in (region["da"], region["en"], *region.get("aliases", ())):
                self._add(name, m.REGION, key, "gazetteer:regions")
            for domain in region.get("domains", ()):
                self.domains[domain] = (m.REGION, key)
        ambiguous_municipalities = {"Vejen", "Greve", "Odder", "Skive", "Lejre", "Varde", "Samsø", "Assens", "Tønder", "Vejle"}
        for muni in places["municipalities"]:
            key = muni["name"]
            amb = key in ambiguous_municipalities
            for name in (key, *muni.get("aliases", ())):
                self._add(name, m.KOMMUNE, key, "gazetteer:municipalities", amb)
            self.municipality_towns[key] = tuple(muni["towns"])
            for domain in muni.get("domains", ()):
                self.domains[domain] = (m.KOMMUNE, key)
            self.postcodes.update(muni.get("postcodes", ()))
        for town in self.towns:
            if town not in self.phrases or all(p.words != _words(town) for p in self.phrases[_words(town)[0]]):
                self._add(town, m.STED, town, "gazetteer:towns", town in self.ambiguous_places)
        for hospital in _lines(folder / "hospitals.txt"):
            self._add(hospital, m.ARBEJDSPLADS, hospital, "gazetteer:hospitals")
        for bucket in self.phrases.values():
            bucket.sort(key=lambda p: len(p.words), reverse=True)

    def _add(self, name: str, kind: str, key: str, reason: str, ambiguous: bool = False) -> None:
        words = _words(name)
        if not words:
            return
        self.phrases.setdefault(words[0], []).append(Phrase(words, kind, key, reason, ambiguous))

    # -- questions the detectors ask -------------------------------------------------

    @property
    def common_words(self) -> frozenset[str]:
        """Ordinary Danish and English words in lower case (``common_words_*.txt``), loaded on
        first use: most notes are anonymised without asking."""
        if self._common is None:
            with self._common_lock:
                if self._common is None:
                    words: set[str] = set()
                    for lang in ("da", "en"):
                        path = self._folder / f"common_words_{lang}.txt"
                        if path.exists():
                            words.update(_lines(path))
                    self._common = frozenset(words)
        return self._common

    def is_common_word(self, word: str) -> bool:
        """Whether ``word`` (any case) is an ordinary word of Danish or English."""
        return word.lower() in self.common_words

    def is_first_name(self, word: str) -> bool:
        return word in self.first_names

    def is_surname(self, word: str) -> bool:
        return word in self.surnames

    def is_name(self, word: str) -> bool:
        return word in self.first_names or word in self.surnames

    def is_ambiguous(self, word: str) -> bool:
        return word in self.ambiguous_names

    def is_keep(self, word: str) -> bool:
        return word in self.keep_proper

    def is_place_word(self, word: str) -> bool:
        return word in self.phrases
