"""Session 34: what the fresh86 articles and the second reading of fresh85 showed. Short synthetic sentences."""

from __future__ import annotations

import pytest


def _facts(text: str):
    from briefing.extract import extract
    from briefing.ingest import parse_article

    return extract(parse_article(text))


def _countries(facts) -> dict[str, str | None]:
    return {person.name: person.country for person in facts.participants + facts.mentioned_people}


# -- whose side a person is on ----------------------------------------------------------------------------------------

def test_officials_who_accompany_a_participant_named_by_office_are_of_his_country() -> None:
    facts = _facts("Surabaya Governor, Rudi Santoso leaves for Poland today to sign a memorandum with Krakow.\n"
                   "He said, the governor is accompanied by Transport Dept. Head, Agus Wibowo; and Surabaya Secretary "
                   "Assistant, Dewi Lestari.\n")
    countries = _countries(facts)
    assert countries["Agus Wibowo"] == "ID"
    assert countries["Dewi Lestari"] == "ID"


def test_those_named_after_the_one_met_are_not_taken_for_his_escort() -> None:
    facts = _facts("Surabaya Governor, Rudi Santoso was accompanied by aides and met Jan Nowak in Krakow.\n")
    assert _countries(facts).get("Jan Nowak") != "ID"


# -- names ------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("latin", "russian"), [
    ("Saiful", "Сайфул"), ("Zainal", "Зайнал"), ("Sungai", "Сунгай"), ("Aisyah", "Айшах"),
    ("Ismail", "Исмаил"), ("Said", "Саид"), ("Taib", "Таиб")])
def test_indonesian_ai_is_a_diphthong_before_a_syllable_and_two_vowels_before_a_final_consonant(
        latin: str, russian: str) -> None:
    from briefing.names import malay

    assert malay.transliterate(latin) == russian


def _people(facts) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.title, p.country) for p in facts.participants + facts.mentioned_people}


def _names(people) -> set[str]:
    return {person.name for person in people}


# -- who takes part ---------------------------------------------------------------------------------------------------

def test_the_host_whose_invitation_brings_the_visit_takes_part_in_it() -> None:
    facts = _facts("Speaker Jonas Petraitis begins an official visit to Latvia on Monday.\n"
                   "The visit takes place at the invitation of the Speaker of the Saeima, Ilze Ozola.\n")
    assert "Ilze Ozola" in _names(facts.participants)


def test_an_invitation_to_visit_later_keeps_the_inviter_at_home() -> None:
    facts = _facts("Speaker Jonas Petraitis met the Ambassador of Latvia Peteris Kalns in Vilnius on Monday.\n"
                   "The ambassador handed over the invitation of the Speaker of the Saeima Ilze Ozola to visit Riga.\n")
    assert "Ilze Ozola" not in _names(facts.participants)


def test_members_named_after_another_members_second_office_are_still_the_delegation() -> None:
    facts = _facts("A delegation led by Speaker Jonas Petraitis began a visit to Latvia on Monday.\n"
                   "The delegation includes deputy speaker Daina Vaitkute, who is also the chairman of the Commission for "
                   "relations with UNESCO, the chairman of the Budget Committee, Rimas Gudas, and Petras Zemaitis, "
                   "Councilor.\n")
    assert {"Daina Vaitkute", "Rimas Gudas", "Petras Zemaitis"} <= _names(facts.participants)


def test_those_who_will_also_participate_join_the_delegation_of_the_visit_under_way() -> None:
    facts = _facts("A delegation led by Speaker Jonas Petraitis begins a two-day visit to Latvia on Monday.\n"
                   "The chairman of the Budget Committee, Rimas Gudas, will also participate.\n")
    assert "Rimas Gudas" in _names(facts.participants)


def test_a_delegation_abroad_that_an_agency_reports_is_of_the_agencys_country() -> None:
    facts = _facts("A parliamentary delegation led by Marius Popa begins a two-day visit to the Republic of Moldova on "
                   "Monday.\nThe visit follows a visit to Romania last year.\nAGERPRES\n")
    assert _people(facts)["Marius Popa"][1] == "RO"


# -- offices ----------------------------------------------------------------------------------------------------------

def test_a_chambers_name_before_a_name_gives_no_office() -> None:
    facts = _facts("A delegation led by the Spaker of the Chamber of Deputies, Marius Popa, visits Moldova.\n")
    assert _people(facts)["Marius Popa"][0] != "Deputy"


def test_two_offices_before_two_names_are_theirs_in_turn() -> None:
    facts = _facts("Marius Popa visits Moldova. He has meetings with the President and Prime Minister of the Republic "
                   "of Moldova, Ana Rusu and Elena Cojocaru.\n")
    people = _people(facts)
    assert people["Ana Rusu"][0] == "President of the Republic of Moldova"
    assert people["Elena Cojocaru"][0] == "Prime Minister of the Republic of Moldova"


def test_a_head_of_state_is_no_member_of_the_parliament_of_the_same_republic() -> None:
    facts = _facts("Marius Popa visits Moldova. He met the President of the Parliament of the Republic of Moldova, "
                   "Ion Rusu. He also met the President of the Republic of Moldova, Ana Rusu.\n")
    assert {p.name: p.organization for p in facts.participants}["Ana Rusu"] is None


def test_an_office_after_a_dash_is_the_persons() -> None:
    facts = _facts("Marius Popa met Ion Vasile - Director of the Chancellery of the Chamber.\n")
    assert _people(facts)["Ion Vasile"][0] == "Director of the Chancellery of the Chamber"


def test_the_one_whose_entourage_a_member_joins_holds_the_office_before_his_name() -> None:
    facts = _facts("Tran Van Binh met the governor in Vientiane on August 9.\n"
                   "Binh is a member of President Nguyen Van Hai’s entourage on his visit to Laos.\n")
    assert _people(facts)["Nguyen Van Hai"][0] == "President"


def test_a_province_named_before_a_person_is_no_part_of_his_name() -> None:
    facts = _facts("Chairman of the People's Committee of the province of Bac Ninh Tran Van Binh met the governor in "
                   "Vientiane. Bac Ninh province has a long border.\n")
    names = _names(facts.participants + facts.mentioned_people)
    assert "Tran Van Binh" in names
    assert "Bac Ninh" not in names


# -- documents --------------------------------------------------------------------------------------------------------

def test_the_witnesses_of_a_signing_are_no_part_of_the_title_and_two_provinces_are_two_sides() -> None:
    facts = _facts("Today, Binh and Sone signed a cooperation agreement between Bac Ninh and Vientiane provinces "
                   "under the witness of President Hai.\n")
    [document] = facts.documents_signed
    assert document.title == "cooperation agreement between Bac Ninh and Vientiane provinces"
    assert document.parties == ["Bac Ninh", "Vientiane"]


def test_a_signing_earlier_the_same_day_is_of_the_occasion_and_the_freshly_signed_pact_is_the_same_one() -> None:
    facts = _facts("Tran Van Binh met Sone Keola in Vientiane on August 9.\n"
                   "Earlier the same day, Binh and Sone signed a cooperation agreement between Bac Ninh and Vientiane "
                   "provinces.\nBoth officials believed that the freshly signed cooperation pact will deepen ties.\n")
    assert [d.title for d in facts.documents_signed] == ["cooperation agreement between Bac Ninh and Vientiane provinces"]
    assert facts.documents_referenced == []
