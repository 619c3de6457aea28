"""Build the anonymiser's name and town lists (development time only, never at run time).

Usage::

    pip download --no-deps -d /tmp/faker faker && unzip -q /tmp/faker/faker-*.whl -d /tmp/faker/src
    apt-get install wamerican wbritish wdanish      # optional: flags names that are also words
    python data/anonymiser/tools/build_name_lists.py --faker /tmp/faker/src

It reads the name and town tuples of Faker's person and address providers
(MIT licence; see ``../README.md``), adds the short curated lists below (written
by the Tværs developers), and writes ``first_names.txt``, ``surnames.txt``,
``ambiguous_names.txt``, ``towns.txt`` and ``ambiguous_places.txt`` beside this
folder.  The dictionary word lists are only consulted to decide which names or
towns are also ordinary words; none of their words is copied otherwise.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent

# Locales whose person names are common among people living in Denmark.
FIRST_NAME_LOCALES = ("da_DK", "no_NO", "sv_SE", "de_DE", "en_US", "en_GB", "en_IE", "nl_NL", "fi_FI", "tr_TR", "fr_FR", "it_IT", "es_ES", "pl_PL", "is_IS")
SURNAME_LOCALES = ("da_DK", "no_NO", "sv_SE", "de_DE", "de_AT", "en_US", "en_GB", "nl_NL", "fi_FI", "tr_TR", "fr_FR", "pl_PL")

# Curated additions (Tværs developers, general knowledge): frequent Danish given names
# and names common among Danes with roots elsewhere, in case the Faker lists miss them.
EXTRA_FIRST = """
Mette Anne Kirsten Hanne Helle Susanne Lene Marianne Camilla Pia Louise Charlotte Tina Gitte Lone Jette Bente Pernille
Peter Jens Lars Michael Henrik Søren Thomas Jan Niels Martin Christian Anders Morten Jesper Rasmus Mads Frederik Emil
Oliver William Noah Lucas Ida Emma Freja Sofie Clara Alma Agnes Karla Ellen Lærke Nikolaj Kasper Jakob Jacob Jonas
Mikkel Simon Steen Torben Flemming Kenneth Brian Dennis René Rene Kim Bo Per Ole Finn Poul Erik Hans Knud Jørgen Preben
Birgitte Dorthe Lisbeth Vibeke Annette Tove Inge Jytte Merete Rikke Maja Mathilde Asta Liva Vigga Ebba Olga Naja Nora
Mohammed Mohamed Muhammad Ahmed Ahmad Ali Omar Hassan Hussein Mustafa Ibrahim Yusuf Youssef Abdi Abdullahi Abdirahman
Fatima Fatma Aisha Ayse Amina Maryam Mariam Zainab Leila Layla Nour Noor Hiba Hamid Karim Tariq Bilal Emre Mehmet Zeynep
Elif Hatice Ayan Hodan Sahra Hamza Yasmin Samira Rania Dunja Jelena Ivana Goran Dragan Anna Katarzyna Agnieszka Piotr
Tomasz Marek Andrzej Olena Oksana Iryna Natalia Dmytro Oleksandr Sergei Aleksander Thi Minh Linh Nguyen Sunita Priya Rajesh
Arjun Pedro Carlos Juan Sven Lykke Liv Storm Sol Dag Ask Bjørn Birk Rune Gry Sejr Frej Eik Ib Aage Ejnar Egon Svend Tage
Kaj Villy Mogens Palle Benny Jimmi Jimmy Ronni Ronnie Tonny Johnny Dorte Britt Connie Heidi Jannie Malene Sanne Stine
Trine Tine Signe Line Julie Cecilie Katrine Nanna Josefine Amalie Frida Sigrid Esther Ester Vilma Alberte Marius Malthe
Magnus Villads Valdemar Storm Bertram Carl Aksel Alfred Elias Felix Anton Viggo Otto Theo Victor Oscar August Arthur
Lis Lise Lisa Grethe Birte Birthe Jane Jeanette Janne Kristina Hanna Marie Anna Karina Tanja Randi Ruth Solveig Lene
Bjarne Erling Gunnar Harald Henning Jørn Kurt Leif Niels Ove Poul Steffen Svend Torben Uffe Allan Carsten Claus Dan
Frank Jimmi Kenneth Lasse Nicolai Nikolaj Philip Rune Sebastian Tobias Mathias Malte Sander Silas Vincent Asger Ejnar
""".split()

# Curated additions (Tværs developers, general knowledge, added with the held-out evaluation):
# Danish spellings the lists above missed, and given names and surnames frequent among
# people in Denmark with Arabic, Somali, Turkish, Kurdish, Persian, Afghan, Pakistani,
# Vietnamese, Chinese, Tamil, Polish, Baltic, Romanian and Balkan roots.
EXTRA_FIRST_WORLD = """
Jannik Jannick Janick Kenni Kennet Jannich Mikael Mickey Freddie Freddy Kenny Bettina Janni Jeanette Jeannette
Rashid Rashad Rachid Mahmud Walid Waleed Saeed Rami Ziad Faisal Faysal Abdallah Abdulla Anwar Idris Jibril Kadir Burak
Serkan Volkan Cem Ayşe Derya Büşra Merve Fadumo Farhiya Hawa Huda Ikran Ilham Khadija Khadra Nasra Safiya Sagal Warsame
Fardowsa Hamdi Asha Ayaan Hanan Rahma Safa Marwa Dalia Reem Sana Shirin Parisa Nasrin Arash Behrouz Dariush Farid Hamed
Hossein Navid Omid Payam Siamak Babak Kamal Lan Duc Anh Tuan Hung Hoa Huong Trang Ngoc Phuong Thanh Kasia Gosia Basia
Małgorzata Ieva Laima Rasa Tadas Mindaugas Aurimas Jurgita Kristaps Janis Ilze Liga Mihai Ionut Florin Vasile Ioana
Dragana Snežana Mirela Emina Amra Edin Adis Almir Senad Lejla Amela Tenzin Pema Sunil Vikram Anil Deepa Lakshmi Suresh
Mei Wei Jing Xin Hui Abdikadir Abdiaziz Abdirizak Mahad Liban Zakaria Ilyas Yasin Yassin Yahya Younes Younis Moussa Musa
Issa Isa Bashir Nadir Nasir Naveed Imran Irfan Usman Asif Shahid Sajid Zubair Aamir Fahad Fawad Haroon Hamid Jawad
Najib Nabila Farida Farah Sumaya Sumaiya Hafsa Asmaa Asma Iman Imane Hajar Houda Latifa Malika Naima Rabia Soraya Zahra
Zeinab Dilan Rojin Berivan Hevin Delal Rezan Shilan Kawa Rebwar Azad Dilshad Baran Rozh Tenzin Thuy Linh Hien Nhung
Quang Dung Khanh Vinh Long Nam Bao Huy Sokol Arben Besnik Blerina Fatos Valon Agron Lirim Mergim Vjosa Drita Mirsad
""".split()

EXTRA_SURNAMES_WORLD = """
Hoang Vu Dang Bui Do Ngo Duong Truong Huynh Phan Vo Dinh Lam Luong Mai Yusuf Hirsi Aden Egal Mohamud Abdullahi Hersi
Dirie Guled Elmi Gedi Sahin Celik Yıldız Yildiz Ozturk Aydin Doğan Dogan Kılıç Kilic Koç Koc Kurt Özdemir Ozdemir Polat
Güler Guler Demirci Erdoğan Erdogan Korkmaz Aksoy Keskin Ünal Unal Çetin Cetin Al-Sayed Mahmoud Nasser Hamdan Malik
Butt Chaudhry Rashid Akbari Sharif Siddiqui Qureshi Mirza Baig Bakr Jaber Awad Fakhro Kazemi Safari Nazari Sadeghi
Rezaei Moradi Hashemi Zadeh Ahmadzai Popal Sultani Noori Wardak Hamidi Haidari Azizi Rahmani Yousefi Wiśniewski Wójcik
Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Krawczyk Hodžić Hadžić
Begić Delić Kovačević Avdić Mehmedović Ivanov Petrov Popescu Ionescu Kazlauskas Jankauskas Petrauskas Berzins Ozola
Sivakumar Tharmalingam Selvarajah Kumar Shah Krasniqi Berisha Gashi Hoxha Morina
Kaae Hvidberg Skytte Lykkegaard Kragelund Rosenkvist Læssøe Aagaard Bisgaard Stokholm Kjærsgaard Søgaard Vinther
""".split()

# Of the additions above, the ones that are also ordinary Danish or English words.
EXTRA_WORLD_AMBIGUOUS = "Hung Dung Liga Do Butt Safari Long Nam Mai Lam Shah".split()

# Curated frequent Danish surnames (general knowledge of the most common surnames).
EXTRA_SURNAMES = """
Jensen Nielsen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Jørgensen Petersen Madsen Kristensen Olsen
Thomsen Christiansen Poulsen Johansen Møller Mortensen Knudsen Jakobsen Jacobsen Mikkelsen Olesen Frederiksen Laursen
Henriksen Lund Holm Schmidt Eriksen Kristiansen Nielsen Clausen Simonsen Svendsen Andreasen Iversen Østergaard Jeppesen
Vestergaard Nissen Lauridsen Kjær Jespersen Mogensen Skov Søndergaard Bertelsen Nørgaard Jepsen Krogh Bach Dam Dahl
Overgaard Thygesen Kjeldsen Lauritsen Bech Carlsen Friis Toft Lassen Ravn Winther Kirkegaard Bruun Brandt Buch Juhl
Damgaard Bundgaard Kjærgaard Mølgaard Lindegaard Bjerregaard Skovgaard Lundgaard Nygaard Korsgaard Thorsgaard Bonde Borg
Hjort Krag Kragh Lind Lindberg Lindholm Mathiasen Mathiesen Munk Juul Jessen Koch Schou Schultz Steffensen Thorsen
Bang Bak Bisgaard Boesen Bøgh Dalgaard Degn Ebbesen Egeberg Eskildsen Fog Foged Gade Gregersen Gravesen Hald Hedegaard
Hessellund Holst Husum Høj Højgaard Ibsen Jakobsgaard Jeppesen Kamp Kirk Klitgaard Kofoed Kolding Krarup Kruse Kvist
Lykke Lyngsø Meldgaard Nyborg Nymann Obel Ottesen Paulsen Prip Pilgaard Qvist Riis Rask Refsgaard Rosenberg Rosenkilde
Sand Schrøder Skou Sloth Stampe Storm Strand Svane Søgaard Tang Terkelsen Thomasen Thøgersen Tofte Tolstrup Ulrich Vang
Vinther Wolff Worm Zacho Ahmed Ali Hussein Hassan Mohammed Khan Yilmaz Öztürk Nguyen Kowalski Nowak Petrović Jovanović
Abdi Omar Ibrahim Rahimi Karimi Hosseini Haddad Mansour Jama Farah Warsame Noor Kaya Demir Şahin Çelik Aydın
Frost Kjærsgaard Hougaard Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
Brix Bendtsen Bendixen Birk Bloch Blom Dybdahl Elkjær Fisker Fuglsang Graversen Grønbech Hummelgaard Isaksen Kaas
Kierkegaard Lillelund Mølholm Nedergaard Nørskov Pallesen Ploug Reimer Rønne Skriver Stokholm Søby Tarp Thrane Vad
""".split()

# Curated names that are also ordinary words, months or weekdays in Danish or English:
# they count as names only in a name-like context.
EXTRA_AMBIGUOUS = """
Lykke Liv Bo Storm Sol Dag Ask Hans Per Tage Tom Kaj Svend Glad Mark Sten Bjørn Ravn Ulv Birk Eg Eik Lærke Sejr Frej Rune Gry
Mai Maj Juni Juli August April Bonde Vang Bak Bakke Dal Skov Lund Holm Strand Berg Krog Bro Smed Fisker Kok Munk Sand
Hjort Falk Ørn Due Vinter Sommer Vest Nord Øst Syd Lind Have Toft Ager Dam Brink Hede Mose Kamp Vad Frost Sne Hav
Alle Line Sine Stig Iver Ester Rosa Viola Karl
Will May June Bill Pat Rose Grace Hope Faith Joy Art Sue Rich Frank Bob Drew Jack Ray Gene Dawn Amber Ruby Summer Autumn
Crystal Penny Robin Sandy Chase Hunter Carol Gay Don Guy Stone Glen Dale Eve Max Kit Miles Wade Grant Lane Chance Cliff
Pearl Iris Lily Heather Holly Ivy Daisy Olive Violet Jade Sterling Hall Long Young King Price Hill Bell Wood White Green
Brown Gray Grey Black Rich Love Best Little Small Hart Field Church Marsh Page Hunt Moore Lord Knight Day Rice Bird
Fox Kind Sharp Gold Wise Hardy Ward Noble Cook Baker Bishop Dean Walker Ford Park Lake Banks Fields Woods Waters
Frost Snow Winter Spring Storm Sunny Honey Angel Precious Destiny Harmony Melody Star Sky Rain River Brook Reed Moss
Buck Cash Colt Duke Earl Prince Major Royal Sunday Monday Tuesday Friday Justice Liberty Trinity Unity Patience Prudence
Virginia Georgia Carolina Paris London Sydney Chelsea Kent Jordan Israel Lincoln Washington Houston Austin Dallas Phoenix
Jan Dan Kim Ben Ken Al Ed Jo Su Ay Nur Can Elle Else Lone Bent
""".split()


def _faker(path: Path | None):
    if path is not None:
        sys.path.insert(0, str(path))
    return importlib.import_module("faker")


def _latin(name: str) -> bool:
    for ch in name:
        if ch.isalpha() and "LATIN" not in unicodedata.name(ch, ""):
            return False
    return True


def _clean(names) -> set[str]:
    out = set()
    for raw in names:
        name = raw.strip()
        if not name or " " in name or "'" in name or not _latin(name) or len(name) < 2:
            continue
        if not name[0].isupper():
            continue
        out.add(name)
    return out


def _provider_tuple(module: str, *attrs: str) -> list[str]:
    try:
        provider = importlib.import_module(module).Provider
    except ImportError:
        return []
    values: list[str] = []
    for attr in attrs:
        value = getattr(provider, attr, ())
        if isinstance(value, dict):
            value = list(value)
        values.extend(value)
    return values


def _patronymics(first_names: set[str]) -> set[str]:
    """Danish -sen surnames derived from Nordic given names (Jens → Jensen, Peder → Pedersen)."""
    out = set()
    for name in first_names:
        if len(name) < 3:
            continue
        out.add(name + ("en" if name.endswith("s") else "sen"))
    return out


def _words(*paths: str) -> set[str]:
    words: set[str] = set()
    for path in paths:
        p = Path(path)
        if p.exists():
            for line in p.read_text(encoding="utf-8", errors="replace").splitlines():
                line = line.strip()
                if line and line[0].islower() and "'" not in line:
                    words.add(line)
    return words


def _write(path: Path, header: str, names) -> None:
    lines = [f"# {line}" if line else "#" for line in header.strip().splitlines()]
    lines.extend(sorted(names, key=lambda s: (s.casefold(), s)))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{path.name}: {len(names)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--faker", type=Path, help="folder holding the unpacked faker package")
    args = parser.parse_args(argv)
    faker = _faker(args.faker)
    version = getattr(faker, "VERSION", "?")

    first: set[str] = set()
    for loc in FIRST_NAME_LOCALES:
        first |= _clean(_provider_tuple(f"faker.providers.person.{loc}", "first_names", "first_names_male", "first_names_female"))
    first |= _clean(EXTRA_FIRST) | _clean(EXTRA_AMBIGUOUS)  # the ambiguous ones are names too
    first |= _clean(EXTRA_FIRST_WORLD)
    nordic_first = _clean(
        _provider_tuple("faker.providers.person.da_DK", "first_names_male")
        + _provider_tuple("faker.providers.person.no_NO", "first_names_male")
    )

    surnames: set[str] = set()
    for loc in SURNAME_LOCALES:
        surnames |= _clean(_provider_tuple(f"faker.providers.person.{loc}", "last_names"))
    surnames |= _clean(EXTRA_SURNAMES) | _clean(EXTRA_SURNAMES_WORLD) | _patronymics(nordic_first)
    surnames.discard("Doe")

    towns = _clean(
        t.replace(" ", "\u00a0") for t in _provider_tuple("faker.providers.address.da_DK", "cities")
    )  # multi-word towns survive _clean thanks to the no-break space, restored below
    towns = {t.replace("\u00a0", " ") for t in towns}
    municipalities = json.loads((OUT / "municipalities.json").read_text(encoding="utf-8"))
    for m in municipalities["municipalities"]:
        towns.update(m["towns"])

    english = _words("/usr/share/dict/american-english", "/usr/share/dict/british-english")
    danish = _words("/usr/share/dict/danish")
    extra_amb = set(EXTRA_AMBIGUOUS) | set(EXTRA_WORLD_AMBIGUOUS)
    ambiguous = {n for n in first | surnames if n.lower() in english or len(n) <= 2 or n in extra_amb}
    # Names from the other locales that are also Danish words (Eller, Mens, Ville, Vide …);
    # Danish given names and surnames that happen to be rare words (Helle, Søren) stay distinctive.
    danish_source = _clean(_provider_tuple("faker.providers.person.da_DK", "first_names", "last_names"))
    danish_source |= _clean(EXTRA_FIRST) | _clean(EXTRA_SURNAMES)
    ambiguous |= {n for n in first | surnames if n.lower() in danish and n not in danish_source}
    ambiguous |= extra_amb
    ambiguous_places = {t for t in towns if t.lower() in danish or t.lower() in english or len(t) <= 3}

    src = f"faker {version} (MIT licence), locales {', '.join(FIRST_NAME_LOCALES)}"
    _write(OUT / "first_names.txt", f"""
Given names. Source: {src}, person providers' first-name tuples,
plus short curated lists by the Tværs developers. Built by tools/build_name_lists.py.
""", first)
    _write(OUT / "surnames.txt", f"""
Surnames. Source: faker {version} (MIT licence), locales {', '.join(SURNAME_LOCALES)},
person providers' last-name tuples; a curated list of frequent Danish surnames by the
Tværs developers; and Danish -sen patronymics derived from the Nordic given names.
Built by tools/build_name_lists.py.
""", surnames)
    _write(OUT / "ambiguous_names.txt", """
Names that are also ordinary words (or months, places, roles): they count as names only
in a name-like context. Names in first_names/surnames whose lower-case form is in the
SCOWL English word lists (Debian wamerican/wbritish), names from the non-Danish
locales whose lower-case form is in the Danish word list (Debian wdanish), names of one or
two letters, and a curated list by the Tværs developers. Built by tools/build_name_lists.py.
""", ambiguous)
    lower_ok = {
        n for n in _clean(_provider_tuple("faker.providers.person.da_DK", "first_names")) | _clean(EXTRA_FIRST)
        if len(n) >= 4 and n not in ambiguous and n.lower() not in danish and n.lower() not in english
    }
    _write(OUT / "lowercase_names.txt", """
Frequent Danish given names that are no Danish or English word in lower case (checked
against the Debian wdanish and wamerican/wbritish lists), so "mette" or "jonas" written
in lower case can still be caught. Built by tools/build_name_lists.py.
""", lower_ok)
    _write(OUT / "towns.txt", f"""
Danish towns (post towns). Source: faker {version} (MIT licence), da_DK address
provider's city tuple, plus the towns in municipalities.json.
Built by tools/build_name_lists.py.
""", towns)
    _write(OUT / "ambiguous_places.txt", """
Towns whose names are also ordinary Danish or English words (e.g. Vejen, Ringe, Give):
they count as places only in a place-like context. Flagged with the Debian wdanish and
wamerican word lists. Built by tools/build_name_lists.py.
""", ambiguous_places)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
