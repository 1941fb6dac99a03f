"""Areas as an unseen batch (fresh46) wrote them: a field's links ("investment connections"), "concerns of" a field,
and the bodies a document names, which are no field. Short synthetic sentences."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_article


def _areas(sentence: str) -> list[str]:
    facts = extract(parse_article("date 2024-05-03\nLIMA, May 3. President A met Minister B. " + sentence))
    return facts.cooperation_areas


def test_a_fields_links_and_concerns_are_the_field() -> None:
    assert _areas("Special emphasis was placed on the expansion of commercial and investment connections, as well as "
                  "concerns of energy cooperation.") == ["commercial", "investment", "energy"]


def test_the_bodies_a_document_names_are_no_field() -> None:
    areas = _areas("The parties signed a memorandum on cooperation in the field of execution of acts of judicial "
                   "and other bodies.")
    assert not any("bodies" in area for area in areas)


def test_border_health_and_digital_certification_are_fields_of_the_vocabulary() -> None:
    from briefing.vocabulary import match_area

    assert _areas("They signed an agreement on cooperation in border health and quarantine.") == [
        "border health", "quarantine"]
    assert match_area("border health").key == "border-health"
    assert match_area("digital certification centers").key == "digital-certification"


def test_a_list_goes_on_after_the_cooperation_its_first_items_qualify() -> None:
    assert _areas("They focused on bilateral issues, including trade-economic and investment cooperation, water "
                  "management, energy, industry and transport communications.") == [
        "trade-economic", "investment", "water management", "energy", "industry", "transport communications"]
    assert _areas("They discussed regional issues, including security cooperation, Afghanistan and the situation in "
                  "the Middle East.") == ["security"]
