"""Cooperation areas: what a list cuts out of a clause is no area (precision), and a modifier cut
from its noun is given the noun back. Sentences are synthetic, one per class of defect."""

from __future__ import annotations

import pytest

from briefing.extract import extract
from briefing.ingest import parse_article


def _areas(text: str) -> list[str]:
    return extract(parse_article("ASTANA, March 3 (Kazinform) - " + text)).cooperation_areas


@pytest.mark.parametrize("sentence, areas", [
    # an item that ends in a function word is the start of a phrase, not an area
    ("They reviewed trade, energy, tourism and other types of cooperation.", ["trade", "energy", "tourism"]),
    ("Attention will go to cooperation in trade, transit, energy, promotion of joint ventures in industry.",
     ["trade", "transit", "energy"]),
    # a clause after the area noun: 'took place', 'still lags'
    ("A detailed exchange of views on all issues in different spheres of cooperation took place.", []),
    ("He said that collaboration in the economic realm still lags behind the political one.", ["economic"]),
    # a determiner inside: a noun phrase about something else
    ("They discussed cooperation in the field of energy and water, as well as the coming visit of the board.",
     ["energy", "water"]),
    # a person or a body is no field
    ("Cooperation in sports, tourism and culture was discussed by the industry ministers.",
     ["sports", "tourism", "culture"]),
    # an action on something that is no area
    ("Key areas of cooperation included trade, transport, energy and activation of contacts between the regions.",
     ["trade", "transport", "energy"]),
    # 'the state' alone is no area
    ("The programme covers all spheres of the state and society reform.", []),
])
def test_a_fragment_of_a_clause_is_no_area(sentence: str, areas: list[str]) -> None:
    assert _areas(sentence) == areas


def test_an_action_on_an_area_is_the_area() -> None:
    assert _areas("They agreed on deepening political dialogue and qualitative expansion of trade and economic "
                  "cooperation.") == ["political dialogue", "trade and economic"]


def test_a_bare_modifier_takes_the_head_of_the_next_item() -> None:
    assert _areas("The union will keep its support in priority areas, such as green and digital economy, and "
                  "human development.") == ["green economy", "digital economy", "human development"]


def test_a_modifier_shares_a_head_only_with_a_field() -> None:
    areas = _areas("The sides will expand economic, commercial and start joint projects.")
    assert "commercial and start joint projects" not in areas


def test_two_areas_joined_by_and_stay_two() -> None:
    assert _areas("The document provides for cooperation in the exchange of inter-parliamentary and law-making "
                  "experience.") == \
        ["inter-parliamentary", "law-making experience"]


def test_exchanges_of_a_field_are_the_field_and_of_a_thing_stay_whole() -> None:
    assert _areas("Documents cover areas such as mining, customs, prisoner exchanges and railways.") == \
        ["mining", "customs", "prisoner exchanges", "railways"]
    assert _areas("Both leaders agreed to deepen trade, tourism and youth exchanges.") == \
        ["trade", "tourism", "youth"]


def test_a_long_vocabulary_area_stays_in_a_long_list() -> None:
    assert _areas("Other memoranda covered cooperation in prevention and elimination of emergencies, banking, "
                  "agriculture, and food security.") == \
        ["prevention and elimination of emergencies", "banking", "agriculture", "food security"]


def test_inter_parliamentary_ties_are_an_area_between_parliaments_too() -> None:
    text = ("Speaker of the Mazhilis Anna Berik met Chairman of the State Great Khural Bold Bat. The speakers "
            "discussed strengthening inter-parliamentary ties and trade.")
    assert "inter-parliamentary" in _areas(text)


def test_new_vocabulary_areas_are_found_in_lists() -> None:
    assert _areas("The partners set priorities of cooperation, including in the areas of sustainable development "
                  "and good governance, democracy and human rights.") == \
        ["sustainable development", "governance", "democracy", "human rights"]
    assert _areas("They agreed to deepen defence, trade, development cooperation and capacity building and "
                  "spiritual and cultural ties.") == \
        ["defence", "trade", "development cooperation", "capacity building", "spiritual and cultural"]


def test_a_list_closed_by_and_other_spheres_is_a_list_of_areas() -> None:
    assert _areas("He said the two countries see room for cooperation – the digital economy, fisheries, "
                  "healthcare and other spheres.") == ["digital economy", "fisheries", "healthcare"]


def test_a_list_that_becomes_the_areas_of_cooperation() -> None:
    assert _areas("The minister believes that fisheries, tourism and agriculture can become the most promising "
                  "areas of cooperation.") == ["fisheries", "tourism", "agriculture"]


def test_stepping_up_an_area_names_it() -> None:
    assert _areas("The speakers agreed to step up inter-parliamentary cooperation.") == ["inter-parliamentary"]


def test_mining_and_metallurgy_are_two_areas() -> None:
    assert _areas("They discussed cooperation in trade, mining and metallurgy, and energy.") == \
        ["trade", "mining", "metallurgy", "energy"]


def test_a_possessive_determiner_is_no_part_of_the_area():
    assert _areas("The ministers discussed the development of our economic relations.") == ["economic"]


def test_a_long_list_named_as_the_areas_of_cooperation_opens_the_sentence():
    # "Trade, economy …, agriculture, and sports were highlighted among the relevant areas of X cooperation"
    areas = _areas("The ministers met in Riga. Trade, economy and investments, banking, energy, transport and logistics, "
                   "industry and technology, education and science, healthcare, culture and tourism, nature protection, "
                   "agriculture, and sports were highlighted among the relevant areas of Latvian-Estonian cooperation.")
    assert areas[:3] == ["trade", "economy", "investments"] and areas[-1] == "sports" and len(areas) >= 14
