"""Typed placeholders in the text's language, numbered where readers need to tell
entities apart."""

from __future__ import annotations

import re

from journal.cohort.anonymise import model as m

LABELS = {
    "da": {
        m.PERSON: "PERSON", m.KOMMUNE: "KOMMUNE", m.REGION: "REGION", m.STED: "STED",
        m.ARBEJDSPLADS: "ARBEJDSPLADS", m.TELEFON: "TELEFON", m.CPR: "CPR", m.EMAIL: "E-MAIL",
        m.URL: "LINK", m.PROFIL: "PROFIL", m.ADRESSE: "ADRESSE", m.FODSELSDATO: "FØDSELSDATO",
        m.NUMMERPLADE: "NUMMERPLADE", m.MEDARBEJDERNR: "NUMMER", m.ROLLE: "ROLLE",
    },
    "en": {
        m.PERSON: "PERSON", m.KOMMUNE: "MUNICIPALITY", m.REGION: "REGION", m.STED: "PLACE",
        m.ARBEJDSPLADS: "WORKPLACE", m.TELEFON: "PHONE", m.CPR: "CPR", m.EMAIL: "E-MAIL",
        m.URL: "LINK", m.PROFIL: "PROFILE", m.ADRESSE: "ADDRESS", m.FODSELSDATO: "DATE OF BIRTH",
        m.NUMMERPLADE: "LICENCE PLATE", m.MEDARBEJDERNR: "NUMBER", m.ROLLE: "ROLE",
    },
}

# Always numbered (people), numbered when a text names several (places, workplaces).
ALWAYS_NUMBERED = frozenset({m.PERSON})
NUMBERED_WHEN_SEVERAL = frozenset({m.KOMMUNE, m.REGION, m.STED, m.ARBEJDSPLADS, m.ROLLE})

_FORMER_LABELS = ("MEDARBEJDERNR.", "STAFF NO.")  # before issue 14; still recognised as placeholders
_ALL_LABELS = sorted({label for table in LABELS.values() for label in table.values()} | set(_FORMER_LABELS), key=len, reverse=True)
PLACEHOLDER_RE = re.compile(r"\[(?:" + "|".join(re.escape(label) for label in _ALL_LABELS) + r")(?: \d+)?\]")


def label(kind: str, lang: str) -> str:
    """The placeholder word for ``kind`` in ``lang``."""
    return LABELS.get(lang, LABELS["da"])[kind]


def assign(entities: list[tuple[str, str]], lang: str) -> dict[tuple[str, str], str]:
    """Placeholders for ``(kind, key)`` entities given in order of first appearance."""
    per_kind: dict[str, dict[str, None]] = {}  # insertion-ordered sets
    for kind, key in entities:
        per_kind.setdefault(kind, {})[key] = None
    out = {}
    for kind, keys in per_kind.items():
        word = label(kind, lang)
        numbered = kind in ALWAYS_NUMBERED or (kind in NUMBERED_WHEN_SEVERAL and len(keys) > 1)
        for number, key in enumerate(keys, start=1):
            out[(kind, key)] = f"[{word} {number}]" if numbered else f"[{word}]"
    return out
