"""The user's register: people written about, the user's own name, workplaces, places
and identifying roles, always replaced.

The file is TOML::

    me = "Mette Kjær"
    people = ["Jonas Holm", { name = "Fatima Ali", aliases = ["Fati"] }]
    workplaces = ["Bakkeskolen", "Center for Sundhed og Omsorg"]
    places = ["Hyldespjældet"]
    roles = ["borgmesteren"]
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from journal.cohort.anonymise import model as m
from journal.cohort.anonymise.model import Candidate
from journal.cohort.anonymise.text import tokens
from journal.errors import BadInput

P_REGISTER = 100


@dataclass(frozen=True)
class Register:
    """What the user always wants replaced. Each person is a tuple of names (name first, then aliases)."""

    me: tuple[tuple[str, ...], ...] = ()
    people: tuple[tuple[str, ...], ...] = ()
    workplaces: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    _phrases: tuple = field(default=(), init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        compiled = []
        for kind, entries in ((m.ARBEJDSPLADS, self.workplaces), (m.STED, self.places), (m.ROLLE, self.roles)):
            for entry in entries:
                entry = " ".join(entry.split())
                if entry:
                    pattern = re.compile(r"(?<![\w])" + re.escape(entry).replace(r"\ ", r"\s+") + r"(?![\w])", re.I)
                    compiled.append((kind, entry.lower(), pattern))
        object.__setattr__(self, "_phrases", tuple(compiled))

    @property
    def persons(self) -> tuple[tuple[str, ...], ...]:
        return self.me + self.people

    def is_empty(self) -> bool:
        return not (self.me or self.people or self.workplaces or self.places or self.roles)

    def person_words(self):
        """``(words, key)`` for every name and alias of every person."""
        for person in self.persons:
            key = person[0].lower()
            for name in person:
                words = tuple(t.text for t in tokens(name))
                if words:
                    yield words, key

    def find_phrases(self, text: str) -> list[Candidate]:
        """Workplaces, places and roles from the register, in any case."""
        out = []
        for kind, key, pattern in self._phrases:
            for mt in pattern.finditer(text):
                out.append(Candidate(mt.start(), mt.end(), kind, "register", 1.0, P_REGISTER, key))
        return out


def _names(value, what: str) -> list[tuple[str, ...]]:
    if value is None:
        return []
    if isinstance(value, (str, dict)):
        value = [value]
    if not isinstance(value, list):
        raise BadInput("The register's '{what}' must be a list of names.", what=what)
    out = []
    for item in value:
        if isinstance(item, str):
            names = [item]
        elif isinstance(item, dict) and isinstance(item.get("name"), str):
            aliases = item.get("aliases", [])
            if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
                raise BadInput("The register's aliases must be a list of text.")
            names = [item["name"], *aliases]
        else:
            raise BadInput("The register's '{what}' holds something that is not a name.", what=what)
        names = [" ".join(n.split()) for n in names if n.strip()]
        if names:
            out.append(tuple(names))
    return out


def _strings(value, what: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise BadInput("The register's '{what}' must be a list of text.", what=what)
    return tuple(v for v in value if v.strip())


_KNOWN_KEYS = {"me", "people", "workplaces", "places", "roles"}


def parse_register(data: dict) -> Register:
    """A register from already-parsed TOML data."""
    unknown = set(data) - _KNOWN_KEYS
    if unknown:
        raise BadInput("The register has unknown keys: {keys}.", keys=", ".join(sorted(unknown)))
    return Register(
        me=tuple(_names(data.get("me"), "me")),
        people=tuple(_names(data.get("people"), "people")),
        workplaces=_strings(data.get("workplaces"), "workplaces"),
        places=_strings(data.get("places"), "places"),
        roles=_strings(data.get("roles"), "roles"),
    )


def load_register(path) -> Register:
    """Read a register file (TOML, UTF-8); a problem raises :class:`BadInput`."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise BadInput("Cannot read the register file {path}: {why}", path=str(path), why=exc.strerror or type(exc).__name__) from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise BadInput("The register file {path} is not valid UTF-8 TOML: {why}", path=str(path), why=str(exc)) from None
    return parse_register(data)
