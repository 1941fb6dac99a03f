"""Cooperation areas: lists announced as areas, phrases not cut, words that are not areas left out."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_article


def _areas(text: str) -> list[str]:
    return extract(parse_article("ASTANA, March 3 (Kazinform) - " + text)).cooperation_areas


def test_an_abstract_noun_before_of_is_not_part_of_the_area():
    assert _areas("The deputies stressed the importance of inter-parliamentary cooperation for the region.") == \
        ["inter-parliamentary"]


def test_a_word_after_the_area_noun_is_dropped():
    assert _areas("They spoke on inter-parliamentary cooperation growth, tourism, sport and other sectors.") == \
        ["inter-parliamentary", "tourism", "sport"]


def test_small_and_medium_sized_is_one_area_and_the_list_goes_on():
    areas = _areas("The fund supports projects in many sectors including small and medium-sized business, "
                   "agriculture, energy and tourism.")
    assert areas == ["small and medium-sized business", "agriculture", "energy", "tourism"]
    assert "small" not in areas


def test_a_list_announced_as_areas_keeps_its_odd_items_when_half_are_known():
    areas = _areas("The envoys discussed programs in the digital economy, space research, medicine, "
                   "green hydrogen, small business and entrepreneurship.")
    assert {"medicine", "small business", "entrepreneurship"} <= set(areas)


def test_a_pronoun_item_is_not_an_area():
    assert _areas("A memorandum in the field of precious metals, silver and its compounds was signed.") == \
        ["precious metals", "silver"]


def test_a_list_after_intensify_is_read():
    assert _areas("Ways to intensify trade and economic ties were also discussed.") == ["trade and economic"]


def test_food_is_an_area_alone_in_a_list_not_as_the_last_word_of_a_topic():
    assert "food" in _areas("The sides discussed cooperation in agriculture, food, energy and tourism.")
    assert not any("food" in area for area in _areas(
        "The talks will focus on cooperation in trade, supplies of fresh food and machinery of local plants to "
        "the market, and joint work in tourism."))


def test_the_fields_a_headline_lists_are_areas_though_the_body_does_not_repeat_them():
    from briefing.extract import extract
    from briefing.ingest import parse_article

    facts = extract(parse_article("Peru and Chile discussed issues of trade, economic, interregional, and fuel-energy "
                                  "cooperation\n\nLIMA, December 17. Minister Luis Soto met Minister Ana Rojas."))
    assert facts.cooperation_areas == ["trade", "economic", "interregional", "fuel-energy"]


def test_the_last_area_of_a_list_after_the_noun_that_closed_it_is_kept():
    assert _areas("They discussed topics on the agenda, including trade, education, humanitarian cooperation, "
                  "and military.") == ["trade", "education", "humanitarian", "military"]


def test_words_after_the_closing_noun_that_name_no_field_are_not_an_area():
    assert _areas("They discussed topics on the agenda, including trade and humanitarian cooperation, "
                  "and the situation.") == ["trade", "humanitarian"]


def test_a_high_level_dialogue_does_not_hide_the_areas_listed_after_it():
    assert _areas("The sides noted the development of high-level political dialogue and "
                  "interparliamentary cooperation.") == ["political dialogue", "interparliamentary"]
