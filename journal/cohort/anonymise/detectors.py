"""Structured detectors: e-mail, links, handles, CPR, phone, birth dates, addresses,
licence plates and staff numbers.  Precision first, widened by context words."""

from __future__ import annotations

import datetime as _dt
import re

from journal.cohort.anonymise import model as m
from journal.cohort.anonymise.model import Candidate, Coverage
from journal.cohort.anonymise.text import LETTER, UPPER

# Priorities decide between overlapping marks of different kinds.
P_REGISTER = 100
P_CPR = 96
P_EMAIL = 95
P_URL = 94
P_PHONE = 90
P_BIRTH = 89
P_ADDRESS = 86
P_STAFF = 84
P_PLATE = 80

_W = rf"[\w{LETTER}]"

# -- e-mail, links, handles ---------------------------------------------------------

_AT = r"(?:@|\s?\(at\)\s?|\s?\[at\]\s?|\s?\(a\)\s?)"
_DOT = r"(?:\.|\s?\(dot\)\s?|\s?\[dot\]\s?)"
EMAIL_RE = re.compile(rf"(?<![\w.+-])[\w.%+-]*\w{_AT}[\w-]+(?:{_DOT}[\w-]+)*{_DOT}[A-Za-z]{{2,}}(?![\w-])")
_PLAIN_EMAIL = re.compile(r"[\w.%+-]+@[\w-]+(?:\.[\w-]+)+")
URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"')\]]+|(?<![\w@/.-])(?:[\w-]+\.)+(?:dk|com|org|net|eu|io|se|no|de|nu|info|uk)(?:/[^\s<>\"')\]]*)?(?![\w@-])", re.I)
LINKEDIN_RE = re.compile(r"(?:https?://)?(?:[a-z]{2,3}\.)?linkedin\.com/(?:in|pub|company)/[^\s<>\"')\]]+", re.I)
HANDLE_RE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_](?:[\w.]*[\w])?")
_PUBLIC_SITES = frozenset(
    "borger.dk sundhed.dk kl.dk virk.dk retsinformation.dk dst.dk sst.dk star.dk ft.dk regeringen.dk "
    "danskeregioner.dk linkedin.com google.com microsoft.com ug.dk uvm.dk sm.dk im.dk oim.dk bm.dk "
    "vive.dk socialstyrelsen.dk sundhedsdatastyrelsen.dk digst.dk mitid.dk e-boks.dk".split()
)

# -- CPR --------------------------------------------------------------------------------

CPR_RE = re.compile(r"(?<![\d.,/-])([0-3]\d)([01]\d)(\d{2})(?: ?[-‐–] ?|[-‐–]?)(\d{4}|\d{3}[xX*]|\d{2}[xX*]{2}|\d[xX*]{3}|[xX*]{4})(?![\dxX*-])")  # tail may be masked: 4xxx
CPR_SPACE_RE = re.compile(r"(?<![\d.,/-])([0-3]\d)([01]\d)(\d{2}) (\d{4})(?![\d-])")
CPR_CONTEXT = re.compile(r"\b(?:cpr|cpr-?nr|cpr-?nummer|personnummer|personnr|civil registration|social security)\b", re.I)


def _cpr_year(yy: int, control: str) -> int:
    if not control.isdigit():
        return 1900 + yy if yy > 30 else 2000 + yy
    d = int(control[0])
    if d <= 3:
        return 1900 + yy
    if d in (4, 9):
        return 2000 + yy if yy <= 36 else 1900 + yy
    return 2000 + yy if yy <= 57 else 1800 + yy


def valid_cpr(day: str, month: str, year: str, control: str) -> bool:
    """Whether the first six digits form a real date given the century digit."""
    try:
        _dt.date(_cpr_year(int(year), control), int(month), int(day))
    except ValueError:
        return False
    return True


# -- phone -------------------------------------------------------------------------------

_PREFIX = r"(?:(?:\+|00)\s?45|\(\s?\+?45\s?\))"
PHONE_RE = re.compile(
    rf"(?<![\w.,/+-])(?P<prefix>{_PREFIX}[\s.-]?)?"
    r"(?P<body>\d{2}(?P<sep>[ .-]?)\d{2}(?P=sep)\d{2}(?P=sep)\d{2}|\d{4}[ .-]\d{4}|\d{2} \d{3} \d{3}|\d{3} \d{2} \d{3})"
    r"(?![\d]|[.,]\d|-\w)"
)
PHONE_CONTEXT = re.compile(
    r"(?:\btlf|\btelefon|\bmobil|\bmob\b|\bring|\bsms|\bnummer|\bnr\b|\bdirekte|\bphone|\bcall|\btel\b|\btext|\bmobile|\bcell|\bfastnet|\bhotline|\bvagttelefon)",
    re.I,
)
# Phone words that are more than "nr."/"nummer" (which also precede case numbers).
PHONE_STRONG = re.compile(
    r"(?:\btlf|\btelefon|\bmobil|\bmob\b|\bring|\bsms|\bdirekte|\bphone|\bcall|\btel\b|\btext|\bcell|\bfastnet|\bhotline|\bvagttelefon)",
    re.I,
)
# A case, reference or journal number: "sag nr. 2024-0412", "case 2024-1193", "ref. 2023-5512".
_CASE_BEFORE = re.compile(
    r"(?:\bsag(?:en)?|\bsagsnr\.?|\bsagsnummer|\bcase|\bref\.?|\breference|\bj\.\s?nr\.?|\bjnr\.?|\bjournal(?:nr\.?|nummer)|"
    r"\bfaktura(?:nr\.?|nummer)?|\binvoice|\bordre(?:nr\.?)?|\bticket)"
    r"(?:\s?(?:nr\.?|no\.?|number|nummer|#))?\s?:?\s*$",
    re.I,
)
_YEAR_SERIAL = re.compile(r"(?:19|20)\d\d-\d{4}")
_AMOUNT_AFTER = re.compile(r"\s?(?:kr\b|kr\.|dkk\b|mio\b|mia\b|%|procent\b|pct\b|euro\b|€|t\.kr|kroner\b|million\b|mill\.)", re.I)
_AMOUNT_BEFORE = re.compile(r"(?:kr\.?|dkk|sag|sagsnr\.?|j\.nr\.?|journalnr\.?|jnr\.?|§|nr\. sag|cvr|cvr-nr\.?|ean|p-nr\.?)\s*$", re.I)

# -- birth dates -------------------------------------------------------------------------

_MONTH_DA = r"(?:jan(?:uar)?|feb(?:ruar)?|mar(?:ts)?|apr(?:il)?|maj|jun(?:i)?|jul(?:i)?|aug(?:ust)?|sep(?:t(?:ember)?)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_MONTH_EN = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_YEAR = r"(?:1[89]\d\d|20\d\d|'\d\d)"
_DATE = (
    rf"(?:\d{{1,2}}\.?\s?(?:{_MONTH_DA}|{_MONTH_EN})\.?,?\s?(?:{_YEAR}|\d\d)?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s(?:of\s)?{_MONTH_EN}\.?,?\s?{_YEAR}?"
    rf"|{_MONTH_EN}\.?\s\d{{1,2}}(?:st|nd|rd|th)?,?\s?{_YEAR}?"
    r"|\d{4}-\d{1,2}-\d{1,2}"
    r"|\d{1,2}[./-]\s?\d{1,2}[./-]\s?(?:\d{4}|\d{2})"
    r"|\d{1,2}/\d{1,2}(?:-\d{2,4})?"
    rf"|{_YEAR}"
    r"|\d{6}(?=[-‐]?(?:\d{4}|[xX*]{4}))"
    r")"
)
BIRTH_RE = re.compile(
    r"(?P<ctx>\b(?:født|f\.|fødselsdato|fødselsdag|fødselsår|fød\.|born|b\.|dob|d\.o\.b\.?|date of birth|birth date|birthdate|birthday)"
    r")(?P<gap>[\s:,]*(?:den\s|d\.\s?|the\s|on\s|i\s|in\s)?(?:[\w-]+\s)?)"
    rf"(?P<date>{_DATE})(?!\w)",
    re.I,
)

# A full date in brackets right after a name, "Halfdan Kvorning (23.05.1961)": a birth date
# when the year lies at least ten years back (a meeting "(3.5.2025)" stays).
_FULL_YEAR = r"((?:19|20)\d\d)"
_FULL_DATE = (
    rf"\d{{1,2}}[./-]\s?\d{{1,2}}[./-]\s?{_FULL_YEAR}"
    rf"|\d{{1,2}}/\d{{1,2}}-{_FULL_YEAR}"
    rf"|{_FULL_YEAR}-\d{{1,2}}-\d{{1,2}}"
    rf"|\d{{1,2}}\.?\s(?:{_MONTH_DA}|{_MONTH_EN})\.?,?\s{_FULL_YEAR}"
    rf"|{_MONTH_EN}\.?\s\d{{1,2}}(?:st|nd|rd|th)?,?\s{_FULL_YEAR}"
)
BRACKETED_BIRTH_RE = re.compile(rf"\((?:f\.\s?|født\s|b\.\s?|born\s)?(?P<date>{_FULL_DATE})\)", re.I)
_WORD_BEFORE_BRACKET = re.compile(rf"([{LETTER}]+)[\s\u00a0]?\Z")
_BIRTH_YEARS_BACK = 10

# -- addresses ---------------------------------------------------------------------------

_STREET_SUFFIX = (
    r"(?:vej|vejen|gade|gaden|allé|alle|stræde|strædet|plads|pladsen|torv|torvet|vænge|vænget|parken|boulevard|"
    r"bakke|bakken|haven|toft|toften|vang|vangen|stien|kvarter|højen|dalen|lunden|engen|marken|"
    r"strandvej|kaj|kajen|sløjfe|sløjfen|tværvej|løkke|løkken|mosen|brink|brinken|ager|agre|krogen|skrænten|"
    r"parkvej|have|huse|gård|gården|hegn|hegnet|park|høj|lund|dal|"
    r"bryn|brynet|gyde|gyden|kæret|tofte|bjerget|skoven|holmen|enge|stranden|vængen|lykke)"
)
_CAP = rf"(?:[{UPPER}]\.){{0,3}}\s?[{UPPER}][a-zà-ÿ'-]*\.?"
_NUMBER = r"\d{1,4}\s?[A-Za-z]?(?:-\d{1,4})?"
_FLOOR = r"(?:,?\s?(?:st\.?|stuen|kl\.?|kælder|\d{1,2}\.?\s?(?:sal|th\.?|tv\.?|mf\.?)|\d{1,2}\.)(?:\s?,?\s?(?:th|tv|mf|t\.h|t\.v|\d{1,2})\b\.?)?)?"
_POSTTOWN = rf"(?:,?\s(?:DK-?)?\d{{4}}\s{_CAP}(?:\s{_CAP})?)?"
ADDRESS_RE = re.compile(
    rf"(?<![\w{LETTER}])(?:{_CAP}\s){{0,2}}[{UPPER}][\w{LETTER}'-]*?{_STREET_SUFFIX}\s{_NUMBER}{_FLOOR}{_POSTTOWN}(?![\w])"
    rf"|(?<![\w{LETTER}])(?:{_CAP}\s){{1,3}}(?:Vej|Gade|Allé|Alle|Plads|Torv|Boulevard|Stræde|Vænge|Park|Have|Landevej|Kirkevej|Hovedgade)\s{_NUMBER}{_FLOOR}{_POSTTOWN}(?![\w])"
    rf"|(?<![\w])\d{{1,4}}[A-Za-z]?,?\s(?:{_CAP}\s){{1,3}}(?:Street|St\.|Road|Rd\.|Lane|Avenue|Ave\.|Way|Close|Drive|Square|Place|Crescent|Gardens|Terrace)(?![\w])",
)
# Any capitalised name + house number + a floor and door ("Kirsebærhaven 4, 2. tv.", "Ved Søen 3 st. th."):
# the floor and door make it an address even when the street ends in no known suffix.
FLOOR_ADDRESS_RE = re.compile(
    rf"(?<![\w{LETTER}])(?:{_CAP}\s){{0,2}}[{UPPER}][\w{LETTER}'-]+\s\d{{1,4}}\s?[A-Za-z]?,?\s?"
    rf"(?:st\.?|stuen|\d{{1,2}}\.)\s?,?\s?(?:th|tv|mf|sal|t\.h|t\.v)\b\.?{_POSTTOWN}(?![\w])"
)
_FLOOR_HINT = re.compile(r"\d\s?[A-Za-z]?,?\s?(?:st\.?|stuen|\d{1,2}\.)\s?,?\s?(?:th|tv|mf|sal|t\.h|t\.v)\b")
POSTCODE_RE = re.compile(rf"(?<![\w.,-])(?:DK-?)?(\d{{4}})\s({_CAP}(?:\s{_CAP})?)")
LIVES_RE = re.compile(
    rf"\b(?:bor på|bor i|adresse(?:n)?(?: er)?:?|address(?: is)?:?|lives at|lives on|flyttet til|moved to|bopæl:?)\s"
    rf"({_CAP}(?:\s{_CAP}){{0,2}}\s{_NUMBER}{_FLOOR}{_POSTTOWN})",
    re.I,
)

# -- licence plates and staff numbers ------------------------------------------------------

PLATE_RE = re.compile(r"(?<![\w-])[A-Z]{2}\s?-?\d{2}\s?\d{3}(?![\w-])")
PLATE_CONTEXT = re.compile(r"(?:nummerplade|reg\.?\s?nr|registreringsnummer|bil(?:en)?|plate|registration|car)", re.I)
STAFF_RE = re.compile(
    r"(?P<ctx>\b(?:løbenummer|løbenr\.?|løbe-nr\.?|medarbejdernummer|medarbejdernr\.?|medarb\.?\s?nr\.?|medarbejder-id|medarbejder-nr\.?|lønnummer|lønnr\.?|løn-nr\.?|"
    r"personalenummer|personalenr\.?|ansættelsesnummer|ma-nr\.?|employee\s(?:number|no\.?|id)|staff\s(?:number|no\.?|id)|"
    r"payroll\s(?:number|no\.?)|personnel\s(?:number|no\.?)|badge\s(?:number|no\.?))"
    r")(?P<gap>\s?(?::|er|is|was|var|nr\.?|no\.?|#)?\s?)(?P<id>[A-Za-z]{0,4}[-\s]?\d[\dA-Za-z/-]{1,14})(?<![.-])",
    re.I,
)
CVR_RE = re.compile(r"\b(?:cvr|cvr-nr\.?|cvr-nummer|p-nr\.?|p-nummer|ean(?:-nr\.?)?)[\s:.]*(\d{8}|\d{13}|\d{2} ?\d{2} ?\d{2} ?\d{2})\b", re.I)


def _year_range(body: str) -> bool:
    mt = re.fullmatch(r"((?:19|20)\d\d)-((?:19|20)\d\d)", body)
    return bool(mt) and 0 < int(mt.group(2)) - int(mt.group(1)) <= 50


_URL_HINT = re.compile(r"https?:|www\.|\.(?:dk|com|org|net|eu|io|se|no|de|nu|info|uk)\b", re.I)
_STAFF_WORDS = ("løbe", "medarb", "lønn", "løn-", "personale", "ansættelses", "ma-nr", "employee", "staff", "payroll", "personnel", "badge")
_LIVES_WORDS = ("bor ", "adresse", "address", "lives ", "flyttet", "moved", "bopæl")
_SPACE_DIGIT = re.compile(r"\s\d")
_STREET_ENDINGS = tuple(_STREET_SUFFIX[3:-1].split("|")) + ("vej", "gade", "allé", "alle", "plads", "torv", "boulevard", "stræde", "vænge", "park", "have")
_ENGLISH_STREETS = re.compile(r"\b(?:Street|St\.|Road|Rd\.|Lane|Avenue|Ave\.|Way|Close|Drive|Square|Place|Crescent|Gardens|Terrace)\b")


def _address_possible(text: str) -> bool:
    """Cheap pre-check: a street-like word before a number, or an English street word."""
    for mt in _SPACE_DIGIT.finditer(text):
        before = text[max(0, mt.start() - 40) : mt.start()].split()
        if before and before[-1].rstrip(".,").lower().endswith(_STREET_ENDINGS):
            return True
    return bool(_ENGLISH_STREETS.search(text))


_DIGIT = re.compile(r"\d")
_BIRTH_WORDS = ("født", "f.", "fød", "born", "b.", "dob", "d.o.b", "birth")
_BRACKETS = re.compile(r"\[[^\]]*\]")  # placeholders must not count as context


def _before(text: str, pos: int, width: int = 30) -> str:
    return text[max(0, pos - width) : pos]


def detect_structured(text: str) -> list[Candidate]:
    """Every structured identifier in ``text`` as candidates."""
    out: list[Candidate] = []
    taken = Coverage(len(text))

    def add(start: int, end: int, kind: str, reason: str, conf: float, prio: int, key: str = "") -> None:
        out.append(Candidate(start, end, kind, reason, conf, prio, key or text[start:end].lower()))
        taken.add(start, end)

    overlaps = taken.overlaps

    lower = text.lower()
    if "@" in text or "(at)" in lower or "[at]" in lower or "(a)" in lower:
        for mt in EMAIL_RE.finditer(text):
            raw = mt.group()
            add(mt.start(), mt.end(), m.EMAIL, "pattern:e-mail", 0.99, P_EMAIL, raw.lower())
        for mt in HANDLE_RE.finditer(text):
            if overlaps(mt.start(), mt.end()):
                continue
            handle = mt.group()
            if "." in handle and re.search(r"\.[A-Za-z]{2,}$", handle):
                add(mt.start(), mt.end(), m.EMAIL, "pattern:e-mail-domain", 0.95, P_EMAIL)
            elif len(handle) > 2:
                add(mt.start(), mt.end(), m.PROFIL, "pattern:handle", 0.9, P_URL)
    if _URL_HINT.search(text):
        for mt in LINKEDIN_RE.finditer(text) if "linkedin" in lower else ():
            if not overlaps(mt.start(), mt.end()):
                add(mt.start(), mt.end(), m.PROFIL, "pattern:linkedin", 0.99, P_URL)
        for mt in URL_RE.finditer(text):
            start, end = mt.start(), mt.end()
            while end > start and text[end - 1] in ".,;:!?":
                end -= 1
            raw = text[start:end]
            if overlaps(start, end) or raw.lower() in _PUBLIC_SITES:
                continue
            if not raw.lower().startswith(("http", "www")) and re.fullmatch(r"[\d.]+", raw.split(".")[0]):
                continue
            add(start, end, m.URL, "pattern:url", 0.95, P_URL)

    has_digits = _DIGIT.search(text) is not None
    if not has_digits:
        return out

    for mt in CPR_RE.finditer(text):
        if overlaps(mt.start(), mt.end()):
            continue
        day, month, year, control = mt.groups()
        context = bool(CPR_CONTEXT.search(_before(text, mt.start(), 40)))
        if valid_cpr(day, month, year, control):
            add(mt.start(), mt.end(), m.CPR, "pattern:cpr-valid-date", 0.97 if not context else 0.99, P_CPR)
        elif context:
            add(mt.start(), mt.end(), m.CPR, "pattern:cpr-context", 0.9, P_CPR)
    for mt in CPR_SPACE_RE.finditer(text):
        if overlaps(mt.start(), mt.end()):
            continue
        day, month, year, control = mt.groups()
        if CPR_CONTEXT.search(_before(text, mt.start(), 40)) or valid_cpr(day, month, year, control):
            add(mt.start(), mt.end(), m.CPR, "pattern:cpr-spaced", 0.9, P_CPR)

    for mt in CVR_RE.finditer(text) if ("cvr" in lower or "p-n" in lower or "ean" in lower) else ():
        if not overlaps(mt.start(1), mt.end(1)):
            add(mt.start(1), mt.end(1), m.ARBEJDSPLADS, "pattern:cvr", 0.9, P_STAFF)

    for mt in STAFF_RE.finditer(text) if any(w in lower for w in _STAFF_WORDS) else ():
        start, end = mt.start("id"), mt.end("id")
        if not overlaps(start, end):
            add(start, end, m.MEDARBEJDERNR, "context:staff-number", 0.95, P_STAFF)

    for mt in BIRTH_RE.finditer(text) if any(w in lower for w in _BIRTH_WORDS) else ():
        start, end = mt.start("date"), mt.end("date")
        ctx = mt.group("ctx").lower()
        if ctx in ("b.", "f.") and not re.search(r"\d", mt.group("date")):
            continue
        if ctx == "b." and not re.search(r"[(\s]$", _before(text, mt.start(), 1) or " "):
            continue
        if not overlaps(start, end):  # a CPR number already there wins
            add(start, end, m.FODSELSDATO, f"context:{ctx.strip('.')}", 0.95, P_BIRTH)

    if "(" in text:
        latest = _dt.date.today().year - _BIRTH_YEARS_BACK
        for mt in BRACKETED_BIRTH_RE.finditer(text):
            year = int(next(g for g in mt.groups()[1:] if g))
            start, end = mt.start("date"), mt.end("date")
            word = _WORD_BEFORE_BRACKET.search(text, max(0, mt.start() - 40), mt.start())
            if word and word.group(1)[:1].isupper() and year <= latest and not overlaps(start, end):
                add(start, end, m.FODSELSDATO, "context:date-in-brackets-after-name", 0.85, P_BIRTH)

    address_rules = []
    if _address_possible(text):
        address_rules.append((ADDRESS_RE, "pattern:street-address"))
    if any(w in lower for w in _LIVES_WORDS):
        address_rules.append((LIVES_RE, "context:address"))
    if _FLOOR_HINT.search(text):
        address_rules.append((FLOOR_ADDRESS_RE, "pattern:street+floor-door"))
    for rx, reason in address_rules:
        for mt in rx.finditer(text):
            group = 1 if rx is LIVES_RE else 0
            start, end = mt.start(group), mt.end(group)
            while end > start and text[end - 1] in ".," and not re.search(r"(?:th|tv|mf|st|kl|sal|\d)\.$", text[start:end]):
                end -= 1
            if overlaps(start, end):
                continue
            add(start, end, m.ADRESSE, reason, 0.9, P_ADDRESS)

    pos = 0
    while True:
        mt = PHONE_RE.search(text, pos)
        if mt is None:
            break
        start, end = mt.start(), mt.end()
        pos = start + 1  # a rejected match must not hide a phone that starts inside it
        if overlaps(start, end):
            continue
        body = mt.group("body")
        digits = re.sub(r"\D", "", body)
        prefix = bool(mt.group("prefix"))
        context = bool(PHONE_CONTEXT.search(_BRACKETS.sub(" ", _before(text, start, 28))))
        if not prefix and not PHONE_STRONG.search(_BRACKETS.sub(" ", _before(text, start, 28))):
            if _CASE_BEFORE.search(_before(text, start, 20)) or _YEAR_SERIAL.fullmatch(body):
                continue  # "sag nr. 2024-0412", "case 2024-1193": a case number, not a phone
        if not prefix and not context:
            if _AMOUNT_AFTER.match(text, end) or _AMOUNT_BEFORE.search(_before(text, start, 14)):
                continue
            if digits[0] in "01":
                continue
            if _year_range(body):
                continue  # "2024-2027"
        conf = 0.99 if (prefix or context) else 0.85
        add(start, end, m.TELEFON, "pattern:phone" + ("+context" if context else ""), conf, P_PHONE, digits)
        pos = end

    for mt in PLATE_RE.finditer(text):
        if overlaps(mt.start(), mt.end()):
            continue
        conf = 0.95 if PLATE_CONTEXT.search(_before(text, mt.start(), 40)) else 0.8
        add(mt.start(), mt.end(), m.NUMMERPLADE, "pattern:licence-plate", conf, P_PLATE)

    for mt in POSTCODE_RE.finditer(text):
        if overlaps(mt.start(), mt.end()):
            continue
        out.append(Candidate(mt.start(), mt.end(), m.ADRESSE, "pattern:postcode", 0.0, 0, mt.group(1)))
    return out


def plain_email_parts(address: str) -> tuple[str, str] | None:
    """``(local part, domain)`` of a plain e-mail address, else ``None``."""
    mt = _PLAIN_EMAIL.fullmatch(address.strip())
    if not mt:
        return None
    local, _, domain = address.strip().partition("@")
    return local, domain.lower()
