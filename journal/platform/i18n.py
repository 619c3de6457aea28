"""Languages without Qt: choose da/en and translate the command line's messages.

The GUI translates through ``QTranslator`` and the compiled ``.qm`` files.  The
command line must start without Qt, so it reads the same Danish catalogue compiled
to JSON (``resources/i18n/tvaers_da.json``, made from the ``.ts`` beside the
``.qm`` by ``packaging/i18n.py release``), and only when Danish is asked for.
One catalogue, two compiled forms.
"""

from __future__ import annotations

import locale
import os
from datetime import datetime
from functools import lru_cache

from journal.platform.paths import resources_dir

LANGUAGES = ("da", "en")
DEFAULT_LANGUAGE = "da"


def system_language() -> str:
    """da or en from the environment/system locale; Danish when unknown."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value:
            return _pick(value)
    try:
        value = locale.getlocale()[0] or ""
    except ValueError:
        value = ""
    return _pick(value)


def _pick(value: str) -> str:
    code = value.split(":")[0].split(".")[0].split("_")[0].split("-")[0].lower()
    if code in ("en",):
        return "en"
    if code in ("da", "nb", "nn", "no", "sv"):
        return "da"
    return DEFAULT_LANGUAGE if code in ("", "c", "posix") else "en"


def ts_path(lang: str):
    return resources_dir() / "i18n" / f"tvaers_{lang}.ts"


def json_path(lang: str):
    """The catalogue as JSON, made from the .ts by ``packaging/i18n.py release`` beside the .qm:
    read in a few milliseconds, where parsing the .ts takes about twenty at every start."""
    return resources_dir() / "i18n" / f"tvaers_{lang}.json"


def read_ts(path) -> dict[str, dict[str, str]]:
    """The finished translations of a .ts file: ``{context: {source: translation}}``."""
    import xml.etree.ElementTree as ET

    found: dict[str, dict[str, str]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or not (translation.text or ""):
                continue
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            found.setdefault(name, {})[source] = translation.text
    return found


@lru_cache(maxsize=4)
def _catalogue(lang: str) -> dict[tuple[str, str], str]:
    if lang == "en":
        return {}
    import json

    try:
        contexts = json.loads(json_path(lang).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        path = ts_path(lang)  # a checkout before its first release: the .ts itself
        contexts = read_ts(path) if path.exists() else {}
    return {(name, source): text for name, messages in contexts.items() for source, text in messages.items()}


class Translator:
    """``translate(context, text)`` for one language, Qt-free."""

    def __init__(self, lang: str) -> None:
        self.lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE

    def __call__(self, context: str, text: str) -> str:
        return _catalogue(self.lang).get((context, text), text)

    def error(self, text: str) -> str:
        return self("Errors", text)

    def number(self, n: int) -> str:
        return spoken_number(n, self.lang)


_active = {"lang": None}


def set_language(lang: str) -> None:
    """The language of this process's command-line messages (set once by ``tvaers``)."""
    _active["lang"] = lang


def tr(context: str, text: str) -> str:
    """Translate for the command line in the language set with ``set_language``."""
    return Translator(_active["lang"] or system_language())(context, text)


def spoken_number(n: int, lang: str) -> str:
    """A whole number as a reader of ``lang`` writes it, without Qt: 100.000 in Danish,
    100,000 in English (a Danish reader takes "100,000" for a hundred with decimals).
    The window formats through QLocale, which writes the same."""
    grouped = f"{int(n):,}"
    return grouped.replace(",", ".") if lang == "da" else grouped


def number(n: int) -> str:
    """``spoken_number`` in the language set with ``set_language`` (the command line's)."""
    return spoken_number(n, _active["lang"] or system_language())


MONTHS = {
    "da": ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"),
}


def spoken_date(iso: str, lang: str) -> str:
    """A date as a reader says it, without Qt: "5. marts 2025" / "5 March 2025" (for the command
    line and exported files; the window formats through QLocale)."""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    month = MONTHS["da" if lang == "da" else "en"][moment.month - 1]
    return f"{moment.day}. {month} {moment.year}" if lang == "da" else f"{moment.day} {month} {moment.year}"


def spoken_moment(iso: str, lang: str) -> str:
    """An entry's moment as a reader says it: "5. marts 2025 kl. 14.30" / "5 March 2025, 14:30" (JSON stays ISO)."""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if lang == "da":
        return f"{moment.day}. {MONTHS['da'][moment.month - 1]} {moment.year} kl. {moment.hour:02d}.{moment.minute:02d}"
    return f"{moment.day} {MONTHS['en'][moment.month - 1]} {moment.year}, {moment.hour:02d}:{moment.minute:02d}"
