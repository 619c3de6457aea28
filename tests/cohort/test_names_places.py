"""Names, places, workplaces, propagation and the must-keep traps."""

from __future__ import annotations

import pytest

from journal.cohort.anonymise import anonymise


def test_full_name_and_its_forms_share_one_placeholder(anon):
    text = "Jeg talte med Mette Kjær i dag. Mette sagde, at Kjærs team er presset, og M. Kjær vil skrive. MK svarer."
    out = anon(text)
    assert "Mette" not in out and "Kjær" not in out and "MK" not in out
    assert out.count("[PERSON 1]") == 5 and "[PERSON 2]" not in out


def test_two_people_get_two_numbers(anon):
    out = anon("Jonas og Fatima Yilmaz var uenige. Fatima mente, at Jonas tog fejl.")
    assert out == "[PERSON 1] og [PERSON 2] var uenige. [PERSON 2] mente, at [PERSON 1] tog fejl."


def test_genitive_stays_readable(anon):
    assert anon("Mettes plan er god.") == "[PERSON 1]s plan er god."


def test_lower_case_name(anon):
    assert anon("jeg talte med hanne om det") == "jeg talte med [PERSON 1] om det"


@pytest.mark.parametrize(
    "text",
    [
        "Lykke til med det nye projekt!",
        "Liv og død er ikke temaet her.",
        "Storm og regn lukkede skolen.",
        "Bo i nærheden af arbejdet, hvis du kan.",
        "Will we make it before May?",
        "Hans bil holdt ude foran.",
        "Per medarbejder er der afsat to timer.",
    ],
)
def test_words_that_are_sometimes_names_stay_at_sentence_start(anon, text):
    assert anon(text) == text


@pytest.mark.parametrize(
    "text,name",
    [
        ("Jeg holdt møde med Lykke om budgettet.", "Lykke"),
        ("Det var fint, sagde Bo bagefter.", "Bo"),
        ("Storm sagde, at det ikke gik.", "Storm"),
        ("I had lunch with Will and his team.", "Will"),
        ("Bo Storm fra SSP var med.", "Storm"),
    ],
)
def test_words_that_are_sometimes_names_in_name_context(anon, text, name):
    assert name not in anon(text)


def test_role_plus_place_keeps_the_role(anon):
    out = anon("Kommunaldirektøren i Næstved og skolelederen på Bakkeskolen var enige.")
    assert out == "Kommunaldirektøren i [KOMMUNE] og skolelederen på [ARBEJDSPLADS] var enige."


def test_municipality_with_kommune_and_its_town(anon):
    out = anon("Vi besøgte Syddjurs Kommune og så hjemmeplejen i Ebeltoft.")
    assert out == "Vi besøgte [KOMMUNE] og så hjemmeplejen i [STED]."


def test_several_municipalities_are_numbered(anon):
    out = anon("Ledere fra Faxe, Køge og Faxe igen.")
    assert out == "Ledere fra [KOMMUNE 1], [KOMMUNE 2] og [KOMMUNE 1] igen."


@pytest.mark.parametrize(
    "workplace",
    ["Center for Sundhed og Omsorg", "Bakkeskolen", "plejecentret Solhaven", "Børnehuset Spiren", "Hillside Primary School", "Rigshospitalet", "Jobcenter Vejle"],
)
def test_workplaces(workplace):
    result = anonymise(f"Hun arbejder i {workplace} nu.")
    assert any(s.kind == "ARBEJDSPLADS" for s in result.spans), result.text


def test_region_in_both_languages(anon):
    assert anon("Et møde i Region Sjælland.") == "Et møde i [REGION]."
    assert anon("A meeting with the Capital Region of Denmark.", lang="en") == "A meeting with the [REGION]."


@pytest.mark.parametrize(
    "text",
    [
        "Kommunen, regionen, borgeren, direktionen, byrådet og jobcentret skal samarbejde.",
        "Borgmesteren og en afdelingsleder mødtes i januar og igen på en mandag.",
        "Budgettet er 2.400.000 kr., 1,2 mio. kr. eller DKK 2.4 million for 2024–2027.",
        "Vi nåede 87 procent og 12 % i 2023.",
        "Se sag 2023-114 og journalnr. 27.12.04-G01-11-23 efter § 17, stk. 4.",
        "Danmark og Denmark er det samme land.",
        "Folkeskolen og skolen samarbejder med hospitalet.",
        "The mayor met the board in March and again on Friday.",
        "PPR og IT var med på mødet med KL.",
    ],
)
def test_must_keep(anon, text):
    assert anon(text) == text


def test_no_surname_left_beside_a_replaced_first_name(anon):
    out = anon("Kære Mette Kjærsgaard-Olufsen, tak for sidst.")
    assert "Kjærsgaard" not in out and "Olufsen" not in out


def test_english_placeholders_in_english_text(anon):
    out = anon("I called Mette on 20 30 40 50 about the meeting in Næstved.")
    assert out == "I called [PERSON 1] on [PHONE] about the meeting in [MUNICIPALITY]."


def test_lang_override(anon):
    assert anon("Ring 20 30 40 50", lang="en") == "Ring [PHONE]"
