"""The anonymiser for cohort contributions: a layered rule-and-gazetteer engine.

No model is downloaded and no network is used: structured detectors (e-mail, links,
CPR, phone, birth dates, addresses, plates, staff numbers), shipped gazetteers
(names, municipalities, towns, hospitals), workplace patterns, context rules,
the user's register and propagation within the document.  See ``docs/anonymiser.md``.

    >>> from journal.cohort.anonymise import anonymise
    >>> anonymise("Ring til Mette på 20 30 40 50.").text
    'Ring til [PERSON 1] på [TELEFON].'
"""

from __future__ import annotations

from journal.cohort.anonymise.engine import MAX_TEXT_CHARS, Engine, get_engine
from journal.cohort.anonymise.model import KINDS, Result, Span
from journal.cohort.anonymise.register import Register, load_register, parse_register

__all__ = ["MAX_TEXT_CHARS", "Engine", "KINDS", "Register", "Result", "Span", "anonymise", "get_engine", "load_register", "parse_register"]


def anonymise(text: str, *, register: Register | None = None, lang: str | None = None) -> Result:
    """Anonymise ``text``: every identifier replaced by a typed, consistent placeholder.

    ``register`` adds what the user always wants replaced; ``lang`` (``"da"`` or
    ``"en"``) sets the placeholders' language, otherwise it is guessed from the text.
    The returned :class:`Result` holds the new text and the replaced spans over the
    input, each with its kind, reason and confidence.
    """
    return get_engine().anonymise(text, register=register, lang=lang)
