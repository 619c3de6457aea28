"""The anonymiser's value types: candidate marks, final spans and the result."""

from __future__ import annotations

from dataclasses import dataclass, field

# Kinds of identifier (stable ids; the placeholders live in ``placeholders.py``).
PERSON = "PERSON"
KOMMUNE = "KOMMUNE"
REGION = "REGION"
STED = "STED"
ARBEJDSPLADS = "ARBEJDSPLADS"
TELEFON = "TELEFON"
CPR = "CPR"
EMAIL = "EMAIL"
URL = "URL"
PROFIL = "PROFIL"
ADRESSE = "ADRESSE"
FODSELSDATO = "FODSELSDATO"
NUMMERPLADE = "NUMMERPLADE"
MEDARBEJDERNR = "MEDARBEJDERNR"
ROLLE = "ROLLE"

KINDS = (
    PERSON, KOMMUNE, REGION, STED, ARBEJDSPLADS, TELEFON, CPR, EMAIL, URL, PROFIL,
    ADRESSE, FODSELSDATO, NUMMERPLADE, MEDARBEJDERNR, ROLLE,
)


@dataclass(frozen=True)
class Span:
    """One replaced stretch of the *input* text.

    ``reason`` names the detector or list that found it (e.g. ``"cpr:date-valid"``,
    ``"gazetteer:first-names"``), ``confidence`` is 0–1, ``original`` the input
    text of the span and ``placeholder`` what replaced it in ``Result.text``.
    """

    start: int
    end: int
    kind: str
    reason: str
    confidence: float
    original: str
    placeholder: str


@dataclass(frozen=True)
class Result:
    """An anonymised text and the spans (over the input) that were replaced."""

    text: str
    spans: tuple[Span, ...]
    lang: str = "da"


@dataclass
class Candidate:
    """A mark proposed by one detector, before overlaps are resolved."""

    start: int
    end: int
    kind: str
    reason: str
    confidence: float
    priority: int
    key: str = ""  # the entity it names (for consistent placeholders)
    extra: dict = field(default_factory=dict)

    @property
    def length(self) -> int:
        return self.end - self.start


class Coverage:
    """Which characters of a text are already taken by a mark.

    Marking and asking cost the length of the stretch asked about, never the number of
    marks so far, which keeps the engine linear in the size of its input (issue 19.6).
    """

    __slots__ = ("taken",)

    def __init__(self, length: int) -> None:
        self.taken = bytearray(length)

    def add(self, start: int, end: int) -> None:
        if end > start:
            self.taken[start:end] = b"\x01" * (end - start)

    def overlaps(self, start: int, end: int) -> bool:
        return end > start and self.taken.find(1, start, end) != -1

    def free_part(self, start: int, end: int) -> tuple[int, int]:
        """The first untaken stretch of ``[start, end)`` that begins where the taken part
        at its start ends (``(end, end)`` when nothing is free)."""
        first_free = self.taken.find(0, start, end)
        if first_free == -1:
            return end, end
        next_taken = self.taken.find(1, first_free, end)
        return first_free, end if next_taken == -1 else next_taken
