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
