"""Session 35: what the fresh87 articles showed at first contact. Short synthetic sentences."""

from __future__ import annotations

import pytest


def _facts(text: str):
    from briefing.extract import extract
    from briefing.ingest import parse_article

    return extract(parse_article(text))


def _areas(text: str) -> list[str]:
    return _facts("SUVA, May 3 (FBC) - " + text).cooperation_areas


def _people(facts) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.title, p.country) for p in facts.participants + facts.mentioned_people}


# -- areas ------------------------------------------------------------------------------------------------------------

def test_a_long_list_after_a_broad_range_of_issues_including_split_by_semicolons() -> None:
    areas = _areas("The memorandum encompasses a broad range of issues including: trade and investment; education "
                   "and youth; labour mobility; immigration; commerce, retail and taxation; health; climate change, "
                   "environment and energy; and livestock development.")
    assert areas == ["trade", "investment", "education", "youth", "labour mobility", "immigration", "commerce",
                     "retail", "taxation", "health", "climate change", "environment", "energy", "livestock development"]


def test_cooperation_on_the_fronts_of_a_list() -> None:
    assert _areas("The sides spoke of cooperation on the political, trade-economic and cultural-humanitarian fronts.") \
        == ["political", "trade-economic", "cultural-humanitarian"]


def test_the_last_field_after_its_noun_without_its_issues() -> None:
    assert _areas("They sought solutions regarding the banking sector, as well as energy issues.") == ["banking", "energy"]


def test_a_participle_after_a_list_opens_a_clause_and_drinking_water_keeps_its_word() -> None:
    assert _areas("The ministers signed four agreements in the fields of industry, tourism and energy, aimed at "
                  "closer ties.") == ["industry", "tourism", "energy"]
    assert _areas("They launched projects in various sectors, including health, drinking water and housing.") == \
        ["health", "drinking water", "housing"]


def test_a_public_relations_department_names_no_field() -> None:
    assert _areas("The speaker met the envoy, the parliament’s communication and public relations department said.") \
        == []


# -- documents --------------------------------------------------------------------------------------------------------

_FIJI = ("NEW YORK, Sept 24 (FBC) - The Prime Minister of Fiji, Commodore Josaia Tui met in New York today with the "
         "Prime Minister of Vanuatu Moana Kalo to sign a Memorandum of Understanding on development cooperation.\n\n"
         "The memorandum of understanding on cooperation which was signed today covers trade and health.\n\n"
         "“Fiji and Vanuatu share aspirations, and agreements such as the one we have signed today help us”, said "
         "Prime Minister Tui.\n")


def test_the_first_side_stands_in_an_opening_before_a_comma() -> None:
    assert _facts(_FIJI).documents_signed[0].parties == ["Fiji", "Vanuatu"]


def test_a_memorandum_told_again_without_its_field_and_a_class_of_agreements_are_no_new_documents() -> None:
    assert [d.title for d in _facts(_FIJI).documents_signed] == [
        "Memorandum of Understanding on development cooperation"]


def test_a_military_rank_before_a_name_is_no_part_of_it() -> None:
    assert "Josaia Tui" in _people(_facts(_FIJI))


@pytest.mark.parametrize(("demonym", "code"), [("Bissau-Guinean", "GW"), ("Ni-Vanuatu", "VU"), ("Samoan", "WS")])
def test_demonyms_of_small_states(demonym: str, code: str) -> None:
    from briefing.extract.lexicon import country_code

    assert country_code(demonym) == code
