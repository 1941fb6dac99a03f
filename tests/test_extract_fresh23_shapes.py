"""Shapes first met on an unseen batch (fresh23): "Honorable" before a name, a region named before a name
("Head of Republic of Buryatia Alexey Tsydenov"), and the officials listed with a visitor ("is accompanied by
Russian Foreign Minister X, Deputy Prime Minister Y") who are of the visitor's country, not the outlet's.
Short synthetic sentences."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_article


def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    facts = extract(parse_article(text))
    return {p.name: (p.title, p.country) for p in [*facts.participants, *facts.mentioned_people]}


def test_honorable_is_no_part_of_a_name():
    people = _people("LIMA, May 15 - On May 15, the President of Peru, Honorable Jose Rios, had a telephone "
                     "conversation with the President of Chile, Honorable Ana Soto.")
    assert set(people) == {"Jose Rios", "Ana Soto"}


def test_a_region_named_before_a_name_belongs_to_the_office():
    people = _people("Ulaanbaatar /MONTSAME/. The President of Russia Ivan Orlov arrived in Ulaanbaatar. He is "
                     "accompanied by Russian Foreign Minister Petr Sokolov, Head of Republic of Kalmykia Oleg Belov "
                     "and Deputy Prime Minister Ilya Frolov.")
    assert people["Oleg Belov"][0] == "Head of Republic of Kalmykia"


def test_officials_listed_with_a_visitor_are_of_the_visitors_country():
    people = _people("Ulaanbaatar /MONTSAME/. The President of Russia Ivan Orlov arrived in Ulaanbaatar at the "
                     "invitation of the President of Mongolia B.Bat. He is accompanied by Russian Foreign Minister Petr "
                     "Sokolov, Deputy Prime Minister Ilya Frolov and Energy Minister Oleg Belov.")
    assert people["Ilya Frolov"][1] == "RU" and people["Oleg Belov"][1] == "RU"


def test_an_office_with_a_dropped_letter_is_still_an_office():
    people = _people("Ulaanbaatar /MONTSAME/. The President of Russia Ivan Orlov arrived in Ulaanbaatar. He is "
                     "accompanied by Russian Foreign Minister Petr Sokolov and Deputy Energy Mnister Oleg Belov.")
    assert people["Oleg Belov"] == ("Deputy Energy Minister", "RU")


def test_in_a_ratification_the_day_and_city_of_signing_are_not_the_events():
    facts = extract(parse_article(
        "date 2022-11-17\nLima Congress ratified the border agreement with Chile\n\nThe Congress of Peru voted for a "
        "bill on the ratification of an agreement on the border with Chile.\n\nThe agreement was signed by the foreign "
        "ministers of Peru and Chile on November 3 in Santiago."))
    assert facts.event_date is None and facts.event_date_partial is None
    assert facts.location.city != "Santiago"


def test_in_a_ratification_what_was_signed_was_signed_before():
    facts = extract(parse_article(
        "date 2022-11-17\nThe Congress of Peru voted for a bill on the ratification of an agreement on fishing with "
        "Chile.\n\nThe agreement was signed by the foreign ministers of Peru and Chile in Santiago."))
    assert facts.event_type == "ratification"
    assert facts.documents_signed == []
    assert "ratified" in [d.status for d in facts.documents_referenced]


def test_an_exchange_of_ratification_instruments_is_a_signing():
    facts = extract(parse_article(
        "LIMA, November 15. The foreign ministers of Peru and Chile signed the Protocol on the exchange of "
        "ratification instruments for the Treaty on the border."))
    assert facts.event_type == "signing"


def test_people_in_what_someone_was_told_are_mentioned_and_a_works_title_is_no_quote():
    facts = extract(parse_article(
        "LIMA. On September 6, 2021, the Ambassador of Peru to Chile J.Rios held a meeting with the Adviser to the "
        "President of Chile A.Soto.\n\nDuring the meeting, J.Rios informed the Chilean side that on September 1 the "
        "President of Peru Luis Vega announced the annual Nation Address to the people of Peru: \"Unity of the people "
        "and reforms are a solid foundation for prosperity\"."))
    assert "Luis Vega" in [p.name for p in facts.mentioned_people]
    assert facts.quotes == []


def test_who_led_a_side_takes_part_and_an_earlier_meeting_and_place_do_not():
    facts = extract(parse_article(
        "date 2024-06-05\nOn June 3, 2024, Peru and Chile convened the 9th meeting of their Intergovernmental "
        "Commission via videoconference.\n\nJose Rios, Chairman of the Peruvian State Bank, led the Peruvian "
        "delegation. The Chilean side was represented by Minister of Trade Ana Soto.\n\nThe sides agreed to implement "
        "what was discussed during the meeting between President Luis Vega of Peru and President Marta Diaz of Chile, "
        "which took place in New York in September 2023.\n\nThe previous meeting (8th) took place in Santiago, "
        "November 2020."))
    assert {p.name for p in facts.participants} == {"Jose Rios", "Ana Soto"}
    assert facts.location.city is None
