"""How the second held-out set (``holdout2_da.txt``, ``holdout2_en.txt``) was written.

Run once, on 2026-11-30, *before* any rule of issue 14 was changed:

    python -m tests.cohort.eval.write_holdout2

It assembles notes from hand-written sentence frames (below) and fills them with
names that are on **no** list in ``data/anonymiser/`` (checked by :func:`unlisted`;
the script refuses to write when one is listed). The names are invented Danish-looking
surnames, older or rarer Danish given names, and given names and surnames from
countries whose name lists the gazetteers never used (Hungary, Greece, Georgia, Kenya,
Nigeria, Ghana, the Philippines, Thailand, Korea, Japan, Nepal, Mongolia, Wales, the
Basque Country, Czechia, Estonia, Armenia, the Andes …), plus words that are ordinary
words used as names (Anker, Kilde, Mynte; Wren, Sage, Clover) and nicknames. Numbers,
dates and addresses are drawn at random from a fixed seed. The output is the marked-up
source (same markup as ``notes_da.txt``); ``build_notes.py`` turns it into
``holdout2.jsonl``. The source files are the set: the script is kept to say how they
were made, not to be re-run after rules change (re-running gives the same files).

The set must never be used to tune rules: score it with
``python -m tests.cohort.eval.report --set holdout2`` to *measure* only.
"""

from __future__ import annotations

import json
import random
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parents[2] / "data" / "anonymiser"
SEED = 20261130

DA_GIVEN_F = ["Magnhild", "Dyveke", "Malfred", "Sidsel", "Thit", "Oddbjørg", "Smilla", "Wanjiru", "Njeri", "Folake",
              "Maricel", "Rowena", "Siriporn", "Ayumi", "Zsófia", "Eleftheria", "Ainhoa", "Kadri", "Anahit", "Bohdana",
              "Oyunchimeg", "Ariunaa", "Wangmo", "Ixchel", "Xochitl", "Itzel", "Mynte", "Kløver"]
DA_GIVEN_M = ["Thyge", "Asmus", "Thorvald", "Sigvald", "Ragnvald", "Ejvind", "Gudmund", "Kresten", "Thøger", "Åsmund",
              "Anker", "Kilde", "Bence", "Levente", "Spyridon", "Giorgi", "Kamau", "Adebayo", "Oluwaseun", "Somchai",
              "Seojun", "Haruki", "Bishnu", "Batbayar", "Gwilym", "Dafydd", "Iñaki", "Vojtěch", "Bohuslav", "Tõnis",
              "Mihkel", "Tigran", "Tjørn"]
DA_SURNAMES = ["Brøndlund", "Hvidkær", "Møllerhøj", "Skovsbøl", "Ravnkilde", "Tornbjerg", "Bækgaard", "Ørnskov",
               "Æbelø", "Ærtebølle", "Øllgaard", "Åkjær", "Ulvsgaard", "Hestbech", "Vindeløv", "Skrydstrup",
               "Thistrup", "Fjordbæk", "Mosegaard", "Hyldgaard", "Ejlersen", "Brejnholt", "Dissing", "Quist",
               "Bülow", "Tvede", "Rønnow", "Sahl", "Egeskov", "Gyldenløve", "Valløe", "Haahr", "Buus", "Folmer",
               "Sindbjerg", "Mejlby", "Okafor", "Nwosu", "Mwangi", "Adeyemi", "Papadakis", "Gelashvili", "Nakashima",
               "Tamm", "Vaitkus", "Szabó", "Batbold", "Shrestha", "Gurung", "Tamang", "Quispe", "Mamani", "Boateng",
               "Owusu", "Amoah", "Tserendorj", "Okonkwo", "Tshabalala", "Ndlovu"]
EN_GIVEN_F = ["Ottoline", "Jocasta", "Tamsin", "Perpetua", "Wren", "Sage", "Clover", "Ember", "Wanjiru", "Njeri",
              "Folake", "Siriporn", "Ayumi", "Zsófia", "Ainhoa", "Anahit", "Ariunaa", "Itzel", "Maricel", "Rowena"]
EN_GIVEN_M = ["Peregrine", "Barnaby", "Crispin", "Algernon", "Ignatius", "Lysander", "Ptolemy", "Gwilym", "Dafydd",
              "Kamau", "Adebayo", "Somchai", "Seojun", "Haruki", "Bishnu", "Tigran", "Levente", "Giorgi", "Thyge"]
EN_SURNAMES = ["Wetherall", "Blencowe", "Pennycuick", "Trelawney", "Quarshie", "Abernethy", "Thistlewood", "Okafor",
               "Nwosu", "Mwangi", "Adeyemi", "Papadakis", "Gelashvili", "Nakashima", "Tamm", "Vaitkus", "Szabó",
               "Shrestha", "Gurung", "Quispe", "Boateng", "Owusu", "Brøndlund", "Hvidkær", "Ørnskov", "Egeskov"]
NICKNAMES = ["Søsse", "Bimse", "Pippi", "Skipper", "Bubba", "Smudge", "Tiggy"]
INITIALS = ["ØH", "ÆL", "ÅK", "ØB", "ÅMS", "ÆT", "KØ", "BÅ"]

# workplaces other than the four published organisations (which must stay when named as such)
DA_REGIONS = ["Region Midtjylland", "Region Nordjylland", "Region Syddanmark", "Region Hovedstaden"]
DA_KOMMUNER = ["Aabenraa", "Hedensted", "Vesthimmerland", "Faxe", "Odsherred", "Tårnby", "Lemvig", "Struer", "Billund",
               "Mariagerfjord", "Kerteminde", "Halsnæs"]
PUBLISHED = ["Region Sjælland", "Næstved Kommune", "Fredensborg Kommune", "Syddjurs Kommune"]
DA_MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def _listed_words() -> set[str]:
    words: set[str] = set()
    for name in ("first_names.txt", "surnames.txt", "ambiguous_names.txt", "lowercase_names.txt", "towns.txt",
                 "ambiguous_places.txt", "hospitals.txt"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                words.update(w.lower() for w in line.replace("-", " ").split())
    for value in json.loads((DATA / "lexicon.json").read_text(encoding="utf-8")).values():
        if isinstance(value, list):
            for item in value:
                words.update(w.lower() for w in str(item).replace("-", " ").split())
    return words


def unlisted(names: list[str]) -> None:
    """Refuse any name (or its genitive base) that is on one of the shipped lists."""
    listed = _listed_words()
    bad = [n for n in names if n.lower() in listed or n.lower().rstrip("s") in listed]
    if bad:
        raise SystemExit(f"listed names: {bad}")


def ascii_fold(word: str) -> str:
    word = word.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()


class Filler:
    """Random values for one note (seeded: the same files every run)."""

    def __init__(self, rng: random.Random, lang: str) -> None:
        self.rng = rng
        self.lang = lang

    def person(self) -> tuple[str, str]:
        r = self.rng
        if self.lang == "da":
            given = r.choice(DA_GIVEN_F + DA_GIVEN_M)
            return given, r.choice(DA_SURNAMES)
        return r.choice(EN_GIVEN_F + EN_GIVEN_M), r.choice(EN_SURNAMES)

    def birth(self) -> str:
        r = self.rng
        y, mo, d = r.randint(1938, 2006), r.randint(1, 12), r.randint(1, 28)
        forms = [f"{d}.{mo}.{y}", f"{d:02d}-{mo:02d}-{y}", f"{d}/{mo}-{y}", f"{y}-{mo:02d}-{d:02d}", f"{d:02d}.{mo:02d}.{y}"]
        if self.lang == "en":
            forms += [f"{EN_MONTHS[mo - 1]} {d}, {y}", f"{d} {EN_MONTHS[mo - 1]} {y}", f"{d} {EN_MONTHS[mo - 1]} {y}"]
        return r.choice(forms)

    def meeting_date(self) -> str:
        r = self.rng
        y, mo, d = r.choice([2025, 2026]), r.randint(1, 12), r.randint(1, 28)
        if self.lang == "en":
            return r.choice([f"{d} {EN_MONTHS[mo - 1]} {y}", f"{EN_MONTHS[mo - 1]} {d}", f"{d}.{mo}.{y}"])
        return r.choice([f"{d}.{mo}.{y}", f"{d}. {DA_MONTHS[mo - 1]}", f"{d:02d}-{mo:02d}-{y}"])

    def phone(self) -> str:
        r = self.rng
        digits = str(r.choice([2, 3, 4, 5, 6, 7, 9])) + "".join(str(r.randint(0, 9)) for _ in range(7))
        a, b, c, d = digits[:2], digits[2:4], digits[4:6], digits[6:]
        return r.choice([f"{a} {b} {c} {d}", f"+45 {a} {b} {c} {d}", digits, f"{a}{b} {c}{d}", f"0045 {digits}", f"{a}-{b}-{c}-{d}"])

    def cpr(self) -> str:
        r = self.rng
        d, mo, yy = r.randint(1, 28), r.randint(1, 12), r.randint(0, 99)
        tail = f"{r.randint(0, 3)}{r.randint(0, 999):03d}" if yy > 25 else f"{r.randint(4, 9)}{r.randint(0, 999):03d}"
        head = f"{d:02d}{mo:02d}{yy:02d}"
        return r.choice([f"{head}-{tail}", f"{head}{tail}", f"{head}-{tail}", f"{head} -{tail}"])

    def email(self, given: str, surname: str) -> str:
        r = self.rng
        domain = r.choice(["gmail.com", "hotmail.com", "outlook.dk", f"{ascii_fold(r.choice(DA_KOMMUNER))}.dk", "rm.dk"])
        local = r.choice([f"{ascii_fold(given)}.{ascii_fold(surname)}", f"{ascii_fold(given)[0]}{ascii_fold(surname)}",
                          f"{ascii_fold(given)}{r.randint(60, 99)}"])
        return f"{local}@{domain}"

    def number(self) -> str:
        r = self.rng
        return r.choice([str(r.randint(10000, 999999)), f"{r.randint(1000, 9999)}-{r.choice('ABCK')}", f"MA{r.randint(1000, 99999)}"])


def _p(text: str) -> str:
    return f"[[PERSON:{text}]]"


def da_note(f: Filler) -> str:
    """One Danish note: a person introduced, mentioned again, an identifier, and a keep-trap."""
    r = f.rng
    given, surname = f.person()
    full = f"{given} {surname}"
    other_given, other_surname = f.person()
    kommune = r.choice(DA_KOMMUNER)
    region = r.choice(DA_REGIONS)
    intro = r.choice([
        f"Jeg havde en lang snak med {_p(full)} om overgangen fra skole til job.",
        f"I går ringede {_p(full)} og fortalte, at hun stopper til sommer.",
        f"Vores nye teamleder, {_p(full)}, har allerede vendt op og ned på vagtplanen.",
        f"Jeg spurgte {_p(full)}, om hun ville med til netværksmødet.",
        f"Sygeplejersken {_p(full)} har lovet at skrive et notat om forløbet.",
        f"{_p(full)} mener, at vi skal stoppe projektet, før det koster mere.",
        f"Borgerens søn, {_p(full)}, har lovet at komme til næste møde.",
        f"Samarbejdet med {_p(full)} fra [[KOMMUNE:{kommune} Kommune]] er blevet meget bedre.",
        f"Hendes mand, {_p(full)}, kom med til samtalen og sagde ikke et ord.",
        f"Jeg mødte {_p(full)} fra [[REGION:{region}]] på konferencen.",
        f"Ny medarbejder i visitationen: {_p(full)}, der kommer fra [[KOMMUNE:{kommune} Kommune]].",
        f"Formanden for brugerrådet, {_p(full)}, skrev et langt brev til udvalget.",
    ])
    again = r.choice([
        f"Bagefter sagde {_p(surname)}, at det var for sent at ændre kurs.",
        f"{_p(given)}s forslag var faktisk det bedste, vi fik.",
        f"{_p(surname)}s mand har også ringet og spurgt til sagen.",
        f"Jeg lovede {_p(given)} at vende tilbage inden jul.",
        f"Jeg har sendt referatet til {_p(given.lower())} og bedt om svar.",
        f"{_p(given)} sagde til sidst, at hun følte sig hørt.",
        f"Ring til {_p(given.lower())} i morgen om budgettet.",
        f"{_p(given[0] + surname[0])} var enig, men sagde det først bagefter.",
        f"Jeg talte senere med {_p(surname)} om det.",
        f"Det var {_p(surname)}s idé at invitere de pårørende.",
    ])
    extra = r.choice([
        f"Hun kan nås på [[TELEFON:{f.phone()}]] efter kl. 15.",
        f"Han skrev fra [[EMAIL:{f.email(given, surname)}]] i går aftes.",
        f"Borgeren er født [[FODSELSDATO:{f.birth()}]] og bor alene.",
        f"Borgeren, f. [[FODSELSDATO:{f.birth()}]], har haft fem sagsbehandlere på to år.",
        f"{_p(other_given + ' ' + other_surname)} ([[FODSELSDATO:{f.birth()}]]) er flyttet i bofællesskab.",
        f"Fødselsdato: [[FODSELSDATO:{f.birth()}]], står der i henvisningen.",
        f"CPR [[CPR:{f.cpr()}]] stod i emnefeltet på en mail til hele teamet.",
        f"Cpr-nr. [[CPR:{f.cpr()}]] skal slettes fra fællesdrevet.",
        f"Hans medarbejdernummer er [[MEDARBEJDERNR:{f.number()}]], og det skal på blanketten.",
        f"Sagen har løbenummer [[MEDARBEJDERNR:{f.number()}]] i systemet.",
        f"Medarbejdernummer [[MEDARBEJDERNR:{f.number()}]] skal bruges til HR-sagen.",
        f"Hun er ansat i [[REGION:{region}]] og kender psykiatrien indefra.",
        f"[[KOMMUNE:{kommune} Kommune]]s jobcenter har lovet at være med.",
        f"[[REGION:{region}]]s psykiatri har lang ventetid.",
        f"Jeg talte med {_p(r.choice(INITIALS))} om vagtplanen.",
        f"{_p(r.choice(INITIALS))} sagde, at vi mangler en plan for weekenden.",
        f"Alle kalder ham {_p(r.choice(NICKNAMES))}, og han har været her i tyve år.",
        f"Jeg bad {_p(other_given)} om at tage over, mens jeg er væk.",
        f"{_p(other_given)} ringede og spurgte til mødet.",
        f"Bagefter talte jeg med {_p(other_given.lower())} om vagterne.",
        f"Sygeplejersken {_p(other_surname)} har overtaget nattevagterne.",
    ])
    keep = r.choice([
        f"Mødet er flyttet til {{{{{f.meeting_date()}}}}}.",
        f"Næste møde er {{{{{f.meeting_date()}}}}} kl. 9.",
        "{{Ældreplejen}} har travlt i denne tid, og ingen har overblikket.",
        "{{Hjemmeplejen}} mangler folk til weekendvagterne.",
        "{{Sundhedsplejen}} har bedt om et fælles møde.",
        "{{Visitationen}} har fået nye retningslinjer.",
        "{{Kommunaldirektøren}} sagde, at vi skal spare {{4 %}}.",
        "{{Områdelederen}} mener, at vi er for langsomme.",
        "{{Direktøren}} ringede og bad om en status.",
        "{{Borgmesteren}} vil have en orientering i {{uge 12}}.",
        f"I casen om {{{{{r.choice(PUBLISHED)}}}}} fra »Ledelse i fællesskab« genkender jeg meget.",
        f"{{{{{r.choice(PUBLISHED)}}}}} var en af de fire organisationer i projektet, og deres erfaringer ligner vores.",
        "Ligesom {{Næstved Kommune}} i casen har vi delt opgaverne mellem to direktører.",
        "{{Syddjurs Kommune}}s erfaringer fra hæftet er værd at læse igen.",
        f"Budgettet er {{{{{r.randint(2, 9)},{r.randint(1, 9)} mio. kr.}}}} for {{{{2026}}}}.",
    ])
    parts = [intro, again, extra, keep]
    r.shuffle(parts[2:])
    return " ".join(parts)


def en_note(f: Filler) -> str:
    """One English note, as a leader writing in English would put it."""
    r = f.rng
    given, surname = f.person()
    full = f"{given} {surname}"
    other_given, other_surname = f.person()
    kommune = r.choice(DA_KOMMUNER)
    region = r.choice(DA_REGIONS)
    intro = r.choice([
        f"I had a long talk with {_p(full)} about the transition from school to work.",
        f"Yesterday {_p(full)} called and told me she is leaving in the summer.",
        f"Our new team leader, {_p(full)}, has already turned the rota upside down.",
        f"I asked {_p(full)} whether she would join the network meeting.",
        f"{_p(full)} said at the meeting that nobody had asked the residents.",
        f"The nurse {_p(full)} has promised to write a note on the case.",
        f"I met {_p(full)} from [[REGION:{region}]] at the conference.",
        f"Working with {_p(full)} from [[KOMMUNE:{kommune} Kommune]] has become much easier.",
        f"Her husband, {_p(full)}, came to the meeting and said nothing.",
        f"New caseworker in the intake team: {_p(full)}, who comes from [[KOMMUNE:{kommune} Kommune]].",
    ])
    again = r.choice([
        f"Afterwards {_p(surname)} said it was too late to change course.",
        f"{_p(given)}'s proposal was the best one we had.",
        f"{_p(surname)}'s wife also called about the case.",
        f"I promised {_p(given)} to get back before Christmas.",
        f"I sent the minutes to {_p(given.lower())} and asked for a reply.",
        f"Call {_p(given.lower())} tomorrow about the budget.",
        f"{_p(given[0] + surname[0])} agreed, but only said so afterwards.",
        f"Later I told {_p(surname)} what the board had decided.",
        f"It was {_p(surname)}'s idea to invite the families.",
    ])
    extra = r.choice([
        f"She can be reached on [[TELEFON:{f.phone()}]] after 3 pm.",
        f"He wrote from [[EMAIL:{f.email(given, surname)}]] last night.",
        f"The resident was born [[FODSELSDATO:{f.birth()}]] and lives alone.",
        f"Date of birth: [[FODSELSDATO:{f.birth()}]], according to the referral.",
        f"{_p(other_given + ' ' + other_surname)} ([[FODSELSDATO:{f.birth()}]]) has moved into supported housing.",
        f"The citizen, DOB [[FODSELSDATO:{f.birth()}]], has had five caseworkers in two years.",
        f"CPR [[CPR:{f.cpr()}]] was in the subject line of an e-mail to the whole team.",
        f"Her employee no. [[MEDARBEJDERNR:{f.number()}]] must go on the form.",
        f"Staff number [[MEDARBEJDERNR:{f.number()}]] is needed for the HR case.",
        f"She works for [[REGION:{region}]] and knows psychiatry from the inside.",
        f"[[KOMMUNE:{kommune} Kommune]]'s job centre has promised to take part.",
        f"I spoke with {_p(r.choice(INITIALS))} about the rota.",
        f"Everyone calls him {_p(r.choice(NICKNAMES))}, and he has been here for twenty years.",
        f"I asked {_p(other_given)} to take over while I am away.",
        f"{_p(other_given)} told me the plan would not work.",
    ])
    keep = r.choice([
        f"The meeting has been moved to {{{{{f.meeting_date()}}}}}.",
        f"The next meeting is on {{{{{f.meeting_date()}}}}}.",
        "{{Elder care}} is under pressure, and nobody has the overview.",
        "{{Home care}} is short of staff for the weekends.",
        "{{The director}} said we must save {{4 %}}.",
        "{{The chief executive}} asked for a status report.",
        f"In the case of {{{{{r.choice(PUBLISHED)}}}}} from “Ledelse i fællesskab” I recognise a lot.",
        f"{{{{{r.choice(PUBLISHED)}}}}} was one of the four organisations in the project.",
        f"The budget is {{{{DKK {r.randint(2, 9)}.{r.randint(1, 9)} million}}}} for {{{{2026}}}}.",
    ])
    parts = [intro, again, extra, keep]
    r.shuffle(parts[2:])
    return " ".join(parts)


HEADER = {
    "da": "# Second held-out set (Danish), written by write_holdout2.py before any rule of issue 14 changed.\n"
          "# Names on no list in data/anonymiser; never tune rules on these notes.\n",
    "en": "# Second held-out set (English), written by write_holdout2.py before any rule of issue 14 changed.\n"
          "# Names on no list in data/anonymiser; never tune rules on these notes.\n",
}


def main() -> int:
    unlisted(DA_GIVEN_F + DA_GIVEN_M + DA_SURNAMES + EN_GIVEN_F + EN_GIVEN_M + EN_SURNAMES + NICKNAMES)
    rng = random.Random(SEED)
    for lang, count, make in (("da", 100, da_note), ("en", 60, en_note)):
        filler = Filler(rng, lang)
        seen: set[str] = set()
        blocks = []
        while len(blocks) < count:
            note = make(filler)
            if note not in seen:
                seen.add(note)
                blocks.append(f"## {lang}\n{note}\n")
        (HERE / f"holdout2_{lang}.txt").write_text(HEADER[lang] + "\n" + "\n".join(blocks), encoding="utf-8")
        print(f"wrote {count} {lang} notes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
