"""Structured detectors: CPR, phone, e-mail, links, birth dates, addresses, plates, staff numbers."""

from __future__ import annotations

import pytest

from journal.cohort.anonymise import anonymise
from journal.cohort.anonymise.detectors import valid_cpr


@pytest.mark.parametrize("cpr", ["010190-1234", "0101901234", "290200-4321", "311299-9876", "150372-3318"])
def test_cpr_with_valid_date_is_replaced(anon, cpr):
    assert anon(f"Borgeren har nummer {cpr} i sagen.") == "Borgeren har nummer [CPR] i sagen."


def test_cpr_without_modulus_11_is_still_replaced(anon):
    # 010190-1235 fails modulus 11 but is a possible number issued after 2007
    assert "[CPR]" in anon("cpr 010190-1235")


def test_cpr_with_impossible_date_is_left_without_context(anon):
    # (issue 14 made "løbenummer" an introducing word for [NUMMER], so a neutral word here)
    assert anon("Varenummer 321390-1234 i systemet.") == "Varenummer 321390-1234 i systemet."


def test_cpr_with_context_is_replaced_even_if_odd(anon):
    assert anon("CPR-nr.: 321390-1234") == "CPR-nr.: [CPR]"


def test_cpr_masked_tail_still_hides_birth_date(anon):
    assert anon("cpr 040581-XXXX") == "cpr [CPR]"


def test_century_digit_decides_leap_day():
    assert valid_cpr("29", "02", "00", "4000")  # 2000 is a leap year
    assert not valid_cpr("29", "02", "00", "0000")  # 1900 is not


@pytest.mark.parametrize(
    "phone",
    ["20304050", "20 30 40 50", "2030 4050", "20-30-40-50", "+45 20 30 40 50", "+4520304050", "0045 20304050", "(+45) 2030 4050", "20.30.40.50"],
)
def test_phone_groupings(anon, phone):
    assert anon(f"Ring på {phone} i morgen.") == "Ring på [TELEFON] i morgen."


@pytest.mark.parametrize("keep", ["2.400.000 kr.", "12 500 000 kr.", "2024-2027", "2024–2027", "sag 2023-114", "journalnr. 27.12.04-G01-11-23", "12.03.2024", "§ 85"])
def test_numbers_that_are_not_phones_stay(anon, keep):
    text = f"Det drejer sig om {keep} i år."
    assert anon(text) == text


@pytest.mark.parametrize(
    "email",
    ["mette.kjaer@naestved.dk", "MKJ@kk.dk", "a_b-c+d@sub.example.com", "jonas (at) kk (dot) dk", "jonas[at]kk.dk"],
)
def test_email_variants(anon, email):
    out = anon(f"Skriv til {email} hurtigst muligt.")
    assert out == "Skriv til [E-MAIL] hurtigst muligt."


def test_url_linkedin_and_handle(anon):
    out = anon("Se https://www.linkedin.com/in/mette-kjaer-1234 og www.bakkeskolen.dk eller @mettekj.")
    assert "linkedin" not in out and "bakkeskolen" not in out and "mettekj" not in out
    assert "[PROFIL]" in out and "[LINK]" in out


def test_public_sites_are_kept(anon):
    assert anon("Se borger.dk for reglerne.") == "Se borger.dk for reglerne."


@pytest.mark.parametrize(
    "text",
    [
        "Hun er født 3. februar 1957 i byen.",
        "Borgeren (f. 12.04.1968) kom alene.",
        "Fødselsdato: 19/11-1942.",
        "He was born on 12 April 1968 in a small town.",
        "DOB 03/02/1957, single.",
        "Born March 3, 1971.",
    ],
)
def test_birth_dates_near_context(text):
    result = anonymise(text)
    assert any(s.kind == "FODSELSDATO" for s in result.spans), result.text
    assert not any(ch.isdigit() for ch in result.text.replace("[FØDSELSDATO]", "").replace("[DATE OF BIRTH]", "")), result.text


def test_other_dates_are_kept(anon):
    text = "Mødet er den 3. februar 2025 kl. 10, og fristen er 12.04.2025."
    assert anon(text) == text


@pytest.mark.parametrize(
    "address",
    ["Toftevej 7, 2. th., 4000 Roskilde", "Nørregade 41 st. tv.", "Kirkevej 118, 4690 Haslev", "Gammel Kongevej 3, 4. mf.", "H.C. Andersens Boulevard 27, 1553 København V"],
)
def test_addresses(address):
    result = anonymise(f"Familien bor på {address} lige nu.")
    assert "[ADRESSE]" in result.text
    assert not any(ch.isdigit() for ch in result.text), result.text


def test_licence_plate_and_staff_number(anon):
    out = anon("Bilen har nummerplade AB 12 345, og lønnummer 448812 står i sagen.")
    assert out == "Bilen har nummerplade [NUMMERPLADE], og lønnummer [NUMMER] står i sagen."


def test_spans_explain_themselves():
    result = anonymise("Ring til 20 30 40 50.")
    (span,) = result.spans
    assert (span.kind, span.original, span.placeholder) == ("TELEFON", "20 30 40 50", "[TELEFON]")
    assert span.reason.startswith("pattern:phone") and 0 < span.confidence <= 1
