"""The people register: who the leader is, where they work, and the people they write about.

It lives inside the encrypted journal (one JSON document in the ``meta`` table, see
``journal/store/parts/cohort.py``), never in a file of its own, and every anonymisation
of a contribution uses it.  Pure Python.

    {"version": 1,
     "me": {"name": "Mette Kjær", "initials": "MK"},
     "workplace": {"name": "Center for Sundhed", "domain": "sundhed.example.dk"},
     "people": [{"name": "Jonas Holm", "short": ["Jonas"], "initials": "JH", "email": "jh@…"}]}
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from journal.cohort.anonymise.register import Register
from journal.errors import BadInput

MAX_PEOPLE = 2000
MAX_FIELD = 200


@dataclass(frozen=True)
class Person:
    name: str
    short: tuple[str, ...] = ()
    initials: str = ""
    email: str = ""

    def to_json(self) -> dict:
        return {"name": self.name, "short": list(self.short), "initials": self.initials, "email": self.email}


@dataclass(frozen=True)
class People:
    my_name: str = ""
    my_initials: str = ""
    workplace: str = ""
    domain: str = ""
    people: tuple[Person, ...] = field(default_factory=tuple)

    def to_json(self) -> dict:
        return {
            "version": 1,
            "me": {"name": self.my_name, "initials": self.my_initials},
            "workplace": {"name": self.workplace, "domain": self.domain},
            "people": [p.to_json() for p in self.people],
        }

    def with_person(self, person: Person) -> "People":
        """The register with ``person`` added (a person of the same name gets the new forms too)."""
        kept = []
        merged = person
        for p in self.people:
            if p.name.casefold() == person.name.casefold():
                merged = Person(p.name, tuple(dict.fromkeys(p.short + person.short)), person.initials or p.initials, person.email or p.email)
            else:
                kept.append(p)
        return replace(self, people=tuple(kept) + (merged,))

    def register(self) -> Register:
        """The anonymiser's register: me and my people by every form, my workplace and its domain."""
        me = ()
        if self.my_name.strip():
            me = ((self.my_name, *((self.my_initials,) if self.my_initials.strip() else ())),)
        people = []
        for p in self.people:
            forms = [p.name, *p.short]
            if p.initials.strip():
                forms.append(p.initials)
            forms = [f for f in forms if f.strip()]
            if forms:
                people.append(tuple(forms))
        workplaces = (self.workplace,) if self.workplace.strip() else ()
        return Register(me=me, people=tuple(people), workplaces=workplaces)

    def domains(self) -> tuple[str, ...]:
        """The workplace's e-mail domain, replaced wherever it stands outside an e-mail address
        (``Draft`` does that, so an address still leaves as one ``[E-MAIL]``)."""
        domain = self.domain.strip().lstrip("@").lower()
        return (domain,) if domain else ()


def _field(value, what: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise BadInput("The people register's '{what}' must be text.", what=what)
    value = " ".join(value.split())
    if len(value) > MAX_FIELD:
        raise BadInput("The people register's '{what}' is longer than {limit} characters.", what=what, limit=MAX_FIELD)
    return value


def person(name: str, short=(), initials: str = "", email: str = "") -> Person:
    """A checked :class:`Person` (a name is required)."""
    name = _field(name, "name")
    if not name:
        raise BadInput("A person in the register needs a name.")
    shorts = tuple(s for s in (_field(s, "short forms") for s in short) if s)
    return Person(name, shorts, _field(initials, "initials"), _field(email, "e-mail"))


def parse_people(data) -> People:
    """A register from its JSON document; an empty or missing one is empty."""
    if not data:
        return People()
    if not isinstance(data, dict):
        raise BadInput("The people register in the journal is damaged.")
    me = data.get("me") or {}
    work = data.get("workplace") or {}
    raw = data.get("people") or []
    if not isinstance(me, dict) or not isinstance(work, dict) or not isinstance(raw, list) or len(raw) > MAX_PEOPLE:
        raise BadInput("The people register in the journal is damaged.")
    people = []
    for item in raw:
        if not isinstance(item, dict):
            raise BadInput("The people register in the journal is damaged.")
        short = item.get("short") or []
        if not isinstance(short, list):
            raise BadInput("The people register in the journal is damaged.")
        people.append(person(item.get("name") or "", short, item.get("initials") or "", item.get("email") or ""))
    return People(_field(me.get("name"), "name"), _field(me.get("initials"), "initials"),
                  _field(work.get("name"), "workplace"), _field(work.get("domain"), "domain"), tuple(people))
