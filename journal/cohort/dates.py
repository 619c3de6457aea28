"""Dates in a contribution are told to the month: "5. marts 2025" leaves as "marts 2025".

The anonymiser replaces dates of birth; every other day-precise date is generalised
here, so nobody can line an answer up with a known meeting or event.  Pure Python.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MONTHS = {
    "da": ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"),
}
_DA_SHORT = ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
_EN_SHORT = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _month_alternatives() -> str:
    names = set()
    for seq in (*MONTHS.values(), _DA_SHORT, _EN_SHORT):
        names.update(n.lower() for n in seq)
    names.add("sept")
    return "|".join(sorted(names, key=len, reverse=True))


_MONTH = rf"(?P<month>(?:{_month_alternatives()})\.?)"
_YEAR = r"(?P<year>(?:19|20|21)\d\d)"
_DAY = r"(?P<day>[0-3]?\d)"

PATTERNS = (
    # 2025-03-05
    re.compile(r"(?<![\w-])(?P<year>(?:19|20|21)\d\d)-(?P<mon>0?[1-9]|1[0-2])-(?P<day>[0-3]?\d)(?![\w-])"),
    # 5.3.2025, 05-03-2025, 5/3/2025, 5/3-2025
    re.compile(r"(?<![\w./-])(?P<day>[0-3]?\d)[./-](?P<mon>0?[1-9]|1[0-2])[./-](?P<year>(?:19|20|21)?\d\d)(?![\w/-]|\.\d)"),
    # (den) 5. marts (2025), 5 March 2025
    re.compile(rf"(?<![\w.])(?:(?P<den>[Dd]en|[Tt]he) )?{_DAY}\.? {_MONTH}(?: {_YEAR})?(?!\w)", re.IGNORECASE),
    # March 5, 2025 / March 5th
    re.compile(rf"(?<![\w.]){_MONTH} {_DAY}(?:st|nd|rd|th)?(?:, {_YEAR})?(?![\w])", re.IGNORECASE),
)


@dataclass(frozen=True)
class DateMark:
    start: int
    end: int
    original: str
    replacement: str


def _month_index(match: re.Match) -> int | None:
    groups = match.groupdict()
    if groups.get("mon"):
        return int(groups["mon"]) - 1
    word = (groups.get("month") or "").lower().rstrip(".")
    for seq in (*[[n.lower() for n in v] for v in MONTHS.values()], _DA_SHORT, _EN_SHORT):
        if word in seq:
            return seq.index(word)
    if word == "sept":
        return 8
    return None


def _replacement(match: re.Match, lang: str) -> str | None:
    month = _month_index(match)
    day = match.groupdict().get("day")
    if month is None or day is None or not 1 <= int(day) <= 31:
        return None
    year = match.groupdict().get("year")
    if year and len(year) == 2:
        year = "20" + year
    name = MONTHS["en" if lang == "en" else "da"][month]
    text = match.group(0)
    if text[:1].isupper() and lang == "da" and not match.groupdict().get("den"):
        name = name.capitalize()
    prefix = ""
    if match.groupdict().get("den"):
        prefix = ("I " if match.group("den")[0].isupper() else "i ") if lang != "en" else ("In " if match.group("den")[0].isupper() else "in ")
    if not year and text.endswith("."):
        name += "."  # "3. juni." at the end of a sentence keeps its full stop
    return prefix + (f"{name} {year}" if year else name)


def month_marks(text: str, lang: str = "da", taken=()) -> list[DateMark]:
    """Day-precise dates in ``text`` (outside the ``taken`` ranges), each with its month form."""
    out: list[DateMark] = []
    busy = sorted(taken)

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in busy) and all(end <= m.start or start >= m.end for m in out)

    for pattern in PATTERNS:
        for match in pattern.finditer(text):
            if not free(match.start(), match.end()):
                continue
            replacement = _replacement(match, lang)
            if replacement is None:
                continue
            out.append(DateMark(match.start(), match.end(), match.group(0), replacement))
    out.sort(key=lambda m: m.start)
    return out
