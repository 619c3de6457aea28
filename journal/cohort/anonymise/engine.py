"""The engine: runs the detectors, resolves overlaps, propagates names within the
document and writes consistent placeholders."""

from __future__ import annotations

import threading
from pathlib import Path

from journal.cohort.anonymise import model as m
from journal.errors import BadInput, Count
from journal.cohort.anonymise import placeholders
from journal.cohort.anonymise.detectors import P_ADDRESS, detect_structured
from journal.cohort.anonymise.gazetteers import Gazetteers
from journal.cohort.anonymise.model import Candidate, Coverage, Result, Span
from journal.cohort.anonymise.names import PersonDetector
from journal.cohort.anonymise.normalise import normalise
from journal.cohort.anonymise.places import P_TOWN, PlaceDetector
from journal.cohort.anonymise.propagate import PersonVariants
from journal.cohort.anonymise.register import P_REGISTER, Register
from journal.cohort.anonymise.text import Token, guess_language, is_capitalised, tokens

# The largest text anonymised in one go (about 400 pages). The work is linear, ~2.5 s per
# million characters on the 2-core reference machine; above this a text is refused whole
# rather than half-done, so nothing un-anonymised can be printed.
MAX_TEXT_CHARS = 1_000_000

_TRIMMABLE = frozenset({m.PERSON, m.STED, m.ARBEJDSPLADS, m.KOMMUNE, m.REGION})
_JOINERS = frozenset({" ", ".", "_", "-", "\u00a0"})


class Engine:
    """Anonymises texts with the gazetteers loaded once."""

    def __init__(self, folder: Path | None = None) -> None:
        self.gaz = Gazetteers(folder)
        self.persons = PersonDetector(self.gaz)
        self.places = PlaceDetector(self.gaz)

    def anonymise(self, text: str, *, register: Register | None = None, lang: str | None = None) -> Result:
        """Replace every identifier in ``text``; see :func:`journal.cohort.anonymise.anonymise`."""
        if not isinstance(text, str):
            raise TypeError("text must be str")
        if len(text) > MAX_TEXT_CHARS:
            raise BadInput(
                "The text is too long to anonymise in one go: {size} characters, the limit is {limit}. Split it into smaller parts.",
                size=Count(len(text)), limit=Count(MAX_TEXT_CHARS),
            )
        original = text
        work = normalise(text, self.gaz)
        text = work.text
        toks = tokens(text)
        lang = lang if lang in ("da", "en") else guess_language(text, toks)
        fixed = [(mt.start(), mt.end()) for mt in placeholders.PLACEHOLDER_RE.finditer(text)] if "[" in text else []
        in_placeholder = Coverage(len(text))
        for start, end in fixed:
            in_placeholder.add(start, end)

        candidates = [c for c in detect_structured(text) if not in_placeholder.overlaps(c.start, c.end)]
        candidates = self._postcodes(text, candidates)
        if register is not None and not register.is_empty():
            candidates.extend(c for c in register.find_phrases(text) if not in_placeholder.overlaps(c.start, c.end))

        blocked = _blocked(toks, fixed + [(c.start, c.end) for c in candidates])
        variants = PersonVariants(self.gaz)
        if register is not None:
            for words, key in register.person_words():
                variants.add(words, "register:" + key, trusted=True)
        if variants:
            for cand in variants.find(text, toks, blocked):
                cand.priority, cand.reason, cand.confidence = P_REGISTER, "register", 1.0
                candidates.append(cand)
            blocked = _blocked(toks, fixed + [(c.start, c.end) for c in candidates])

        found = self.places.detect(text, toks, blocked, lang)
        found.extend(self.persons.detect(text, toks, blocked, lang))
        candidates.extend(found)
        accepted = self._keep_published(text, _resolve(candidates))

        # propagation: every person found also catches its other forms in the document
        extra = self._propagate(text, toks, fixed, accepted, variants)
        if extra:
            accepted = _resolve(accepted + extra)
        accepted = self._extend_names(text, toks, accepted)
        accepted = _merge_adjacent(text, accepted)
        for c in accepted:
            c.start, c.end = work.span(c.start, c.end)
        return self._render(original, accepted, lang)

    # -- steps ---------------------------------------------------------------------------

    def _postcodes(self, text: str, candidates: list[Candidate]) -> list[Candidate]:
        """Keep a "4700 Næstved" hint only when the postcode or town is known."""
        gaz = self.gaz
        out = []
        for c in candidates:
            if c.reason != "pattern:postcode":
                out.append(c)
                continue
            code = c.key
            town_text = text[c.start + text[c.start : c.end].index(code) + 5 : c.end]
            town_words = town_text.split()
            known_town = bool(town_words) and (town_words[0] in gaz.phrases or town_words[0].rstrip("s") in gaz.phrases)
            if code in gaz.postcodes or (known_town and not code.startswith(("19", "20"))):
                end = c.end
                if not known_town and len(town_words) == 2:
                    end = c.start + text[c.start : c.end].index(town_words[0]) + len(town_words[0])
                out.append(Candidate(c.start, end, m.ADRESSE, "pattern:postcode+town", 0.9, P_ADDRESS - 1, code))
        return out

    def _keep_published(self, text: str, accepted: list[Candidate]) -> list[Candidate]:
        """"I casen om Syddjurs Kommune …": the four organisations of the published cases stay
        when their sentence speaks of the case, the publication or the project's four
        organisations; anywhere else they are a workplace like any other."""
        gaz = self.gaz
        cue_re = gaz.published_cue_re
        if cue_re is None:
            return accepted
        out = []
        for c in accepted:
            if c.kind in (m.KOMMUNE, m.REGION) and c.extra.get("key") in gaz.published_organisations:
                if cue_re.search(_sentence_around(text, c.start, c.end)):
                    continue
            out.append(c)
        return out

    def _propagate(self, text, toks, fixed, accepted: list[Candidate], variants: PersonVariants) -> list[Candidate]:
        gaz = self.gaz
        added = False
        for c in accepted:
            if c.kind == m.PERSON and not c.key.startswith("register:"):
                words = c.extra.get("words") or tuple(t.text for t in tokens(text[c.start : c.end]))
                variants.add(tuple(words), c.key)
                added = True
        out: list[Candidate] = []
        if added:
            out.extend(variants.find(text, toks, _blocked(toks, fixed)))
        towns = set()
        for c in accepted:
            if c.kind == m.KOMMUNE:
                towns.update(gaz.municipality_towns.get(c.extra.get("key", ""), ()))
        if towns:
            for i, tok in enumerate(toks):
                if tok.text in towns:
                    out.append(Candidate(tok.start, tok.end, m.STED, "propagation:town-of-municipality", 0.8, P_TOWN, tok.text.lower()))
        return out

    def _extend_names(self, text: str, toks: list[Token], accepted: list[Candidate]) -> list[Candidate]:
        """No surname left beside a replaced first name: swallow a following capitalised name."""
        gaz = self.gaz
        by_start = {t.start: i for i, t in enumerate(toks)}
        covered = Coverage(len(text))
        for c in accepted:
            covered.add(c.start, c.end)
        for c in accepted:
            if c.kind != m.PERSON:
                continue
            j = c.end
            if text[j : j + 1] != " ":
                continue
            idx = by_start.get(j + 1)
            if idx is None:
                continue
            word = toks[idx].text
            if not is_capitalised(word) or word.isupper() or covered.overlaps(toks[idx].start, toks[idx].end):
                continue
            if word in gaz.surnames and word not in gaz.context_only and word not in gaz.phrases:
                c.end = toks[idx].end
        return accepted

    def _render(self, text: str, accepted: list[Candidate], lang: str) -> Result:
        accepted.sort(key=lambda c: c.start)
        # people named by a single word join the full name that contains it
        full: dict[str, str] = {}
        for c in accepted:
            if c.kind == m.PERSON and " " in c.key:
                for word in c.key.split():
                    full.setdefault(word, c.key)
        # "Hans Erik" before "Hans Erik Vad" in the same text is the same person
        longer = _longest_containing({c.key for c in accepted if c.kind == m.PERSON and " " in c.key})
        entities = []
        for c in accepted:
            if c.kind == m.PERSON and c.key in longer:
                c.key = longer[c.key]
            if c.kind == m.PERSON and " " not in c.key:
                base = c.key[:-1] if c.key.endswith("s") and c.key[:-1] in full else c.key
                c.key = full.get(base, c.key)
            entities.append((c.kind, c.key))
        names = placeholders.assign(entities, lang)
        parts = []
        spans = []
        pos = 0
        for c in accepted:
            ph = names[(c.kind, c.key)]
            parts.append(text[pos : c.start])
            parts.append(ph)
            pos = c.end
            spans.append(Span(c.start, c.end, c.kind, c.reason, round(c.confidence, 2), text[c.start : c.end], ph))
        parts.append(text[pos:])
        return Result("".join(parts), tuple(spans), lang)


# -- helpers ---------------------------------------------------------------------------------


def _sentence_around(text: str, start: int, end: int, reach: int = 300) -> str:
    """The sentence holding ``[start, end)`` (at most ``reach`` characters either side)."""
    lo = max(0, start - reach)
    before = text[lo:start]
    cut = max(before.rfind(". "), before.rfind("! "), before.rfind("? "), before.rfind("\n"))
    after = text[end : end + reach]
    stops = [i for i in (after.find(". "), after.find("! "), after.find("? "), after.find("\n")) if i != -1]
    return text[lo + cut + 1 if cut != -1 else lo : end + (min(stops) if stops else len(after))]


def _longest_containing(keys: set[str]) -> dict[str, str]:
    """For each multi-word name that is a run of words of a longer one, the longest such.

    Each name's runs of words are listed (a few dozen at most), so the cost grows with the
    number of names, not with its square.
    """
    longer: dict[str, str] = {}
    if len(keys) < 2:
        return longer
    for long in sorted(keys, key=len, reverse=True):
        words = long.split(" ")
        target = longer.get(long, long)
        for size in range(len(words) - 1, 1, -1):
            for first in range(len(words) - size + 1):
                short = " ".join(words[first : first + size])
                if short in keys and short not in longer:
                    longer[short] = target
    return longer


def _blocked(toks: list[Token], ranges) -> list[bool]:
    """Which tokens touch one of ``ranges`` (a sweep over both, sorted by start)."""
    out = [False] * len(toks)
    if not ranges:
        return out
    ranges = sorted(ranges)
    r = 0
    nr = len(ranges)
    for i, (start, end, _text) in enumerate(toks):
        while r < nr and ranges[r][1] <= start:
            r += 1
        k = r
        while k < nr and ranges[k][0] < end:
            if ranges[k][1] > start:
                out[i] = True
                break
            k += 1
    return out


def _resolve(candidates: list[Candidate]) -> list[Candidate]:
    """Pick non-overlapping marks: same-kind overlaps join, otherwise the higher priority wins
    and a lower-priority name or place keeps whatever part of it is left over."""
    cands = [c for c in candidates if c.end > c.start]
    cands.sort(key=lambda c: (c.kind, c.start, -c.end))
    joined: list[Candidate] = []
    for c in cands:
        last = joined[-1] if joined else None
        if last is not None and last.kind == c.kind and c.start < last.end:
            if c.end > last.end:
                last.end = c.end
                if c.kind == m.PERSON and " " in c.key and " " not in last.key:
                    last.key = c.key
                    last.extra = c.extra
            if c.priority > last.priority:
                if c.start == last.start and c.end >= last.end and c.kind == m.PERSON:
                    last.key, last.extra = c.key, c.extra  # "TB" after "Thomasine Brændgaard": the stronger mark knows who
                if c.reason.startswith("propagation:") and c.start >= last.start and c.end <= last.end:
                    last.priority = c.priority  # the name re-found by propagation: the reason stays the rule that found it
                else:
                    last.priority, last.reason, last.confidence = c.priority, c.reason, c.confidence
            continue
        joined.append(Candidate(c.start, c.end, c.kind, c.reason, c.confidence, c.priority, c.key, dict(c.extra)))
    joined.sort(key=lambda c: (-c.priority, -(c.end - c.start), c.start))
    accepted: list[Candidate] = []
    taken = Coverage(max((c.end for c in joined), default=0))
    for c in joined:
        if not taken.overlaps(c.start, c.end):
            accepted.append(c)
            taken.add(c.start, c.end)
            continue
        if c.kind not in _TRIMMABLE:
            continue
        start, end = taken.free_part(c.start, c.end)
        if end - start >= 2:
            accepted.append(Candidate(start, end, c.kind, c.reason, c.confidence, c.priority, c.key, c.extra))
            taken.add(start, end)
    return accepted


def _merge_adjacent(text: str, accepted: list[Candidate]) -> list[Candidate]:
    """Join marks of the same entity separated only by a space, dot, dash or underscore."""
    accepted.sort(key=lambda c: c.start)
    out: list[Candidate] = []
    for c in accepted:
        if out:
            prev = out[-1]
            gap = text[prev.end : c.start]
            if prev.kind == c.kind and prev.key == c.key and (gap == "" or (len(gap) == 1 and gap in _JOINERS)):
                prev.end = c.end
                continue
        out.append(c)
    # strip whitespace at the edges of a mark
    for c in out:
        while c.end > c.start and text[c.end - 1].isspace():
            c.end -= 1
        while c.start < c.end and text[c.start].isspace():
            c.start += 1
    return [c for c in out if c.end > c.start]


_ENGINE: Engine | None = None
_LOCK = threading.Lock()


def get_engine() -> Engine:
    """The process-wide engine (gazetteers loaded on first use)."""
    global _ENGINE
    if _ENGINE is None:
        with _LOCK:
            if _ENGINE is None:
                _ENGINE = Engine()
    return _ENGINE
