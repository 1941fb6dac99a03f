"""Areas first met on the fresh44 batch: a list after "key areas of partnership, including", a field's measure
("trade volumes", "logistics capabilities"), people who are no field ("diplomatic circles"), an action on
inter-parliamentary cooperation, a word that shares the industry after it, and information exchange as a field
of its own. Short synthetic sentences."""

from __future__ import annotations

from briefing.compose import compose
from briefing.extract import extract
from briefing.ingest import parse_article


def _areas(sentence: str) -> list[str]:
    facts = extract(parse_article("date 2024-05-03\nASTANA, May 3. President A met Minister B. " + sentence))
    return facts.cooperation_areas


def test_a_list_after_key_areas_of_partnership() -> None:
    assert _areas("They explored key areas of partnership, including trade, energy, tourism, and logistics.") == \
        ["trade", "energy", "tourism", "logistics"]


def test_a_fields_measure_is_the_field() -> None:
    assert _areas("They discussed the issues of expanding trade volumes and tourism.") == ["trade", "tourism"]
    assert "logistics capabilities" not in _areas("They discussed the issues of expanding trade volumes, "
                                                  "building up transport and logistics capabilities.")


def test_circles_of_people_are_no_field() -> None:
    assert _areas("The conference drew a wide response in diplomatic circles and media.") == []


def test_an_action_on_interparliamentary_cooperation_names_it() -> None:
    assert _areas("They discussed further strengthening of partnership and expansion of interparliamentary "
                  "cooperation.") == ["interparliamentary"]


def test_a_word_that_is_no_field_alone_shares_the_industry_after_it() -> None:
    assert _areas("They discussed developing cooperation in the fields of education and healthcare, as well as the "
                  "clothing and textile industry.") == ["education", "healthcare", "clothing and textile industry"]


def test_information_exchange_is_a_field_of_its_own_in_every_language() -> None:
    assert _areas("The memorandum was signed to strengthen cooperation in the field of information exchange.") == \
        ["information exchange"]
    title = "memorandum on cooperation in the field of information exchange"
    assert compose(title, "ru", "document") == "меморандум о сотрудничестве в области обмена информацией"
    assert compose(title, "kk", "document") == "ақпарат алмасу саласындағы ынтымақтастық туралы меморандум"


def test_fields_including_a_list_and_fields_that_remain_elements_of_the_relationship() -> None:
    # first met on fresh45
    assert _areas("They agreed to expand cooperation in green transition sectors, including renewable energy and "
                  "hydrogen technologies.") == ["green transition", "renewable energy", "hydrogen technologies"]
    assert {"education", "culture", "youth", "sports"} <= set(
        _areas("Science, education, culture, youth, and sports remain integral elements of the relationship."))
    assert _areas("They agreed to foster more direct business-to-business ties and educational collaboration.") == \
        ["business-to-business", "educational"]
