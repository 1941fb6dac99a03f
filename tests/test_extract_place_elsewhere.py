"""Where the event happens when the text names other places too: a city talked about ('the situation in X'),
a consulate still to open, a visit recalled in reported speech, a formal state name after 'visit to', an
arrival told later in the text. Short synthetic sentences, one class of text per test."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_article


def _place(text: str) -> tuple[str | None, str | None]:
    facts = extract(parse_article(text))
    return facts.location.city, facts.location.country


def test_a_city_talked_about_is_not_where_the_sides_met():
    assert _place("President of Estonia Kaja Tamm invited Anna Berzina to visit Estonia. She stated it on May 4 "
                  "during an official visit to Riga.\n\nAt a meeting with Tamm, Berzina expressed hope for "
                  "normalization of the situation in Tallinn.") == ("Riga", "LV")


def test_a_consulate_still_to_open_is_not_the_place_of_the_talks():
    assert _place("Latvia will be opening a consulate in Tallinn, Estonia, the Ministry said on Thursday.\n\nMinister "
                  "Anna Berzina held talks with Minister Luis Soto on the sidelines of today’s meeting in "
                  "Vienna.") == ("Vienna", "AT")


def test_a_visit_recalled_in_reported_speech_is_not_the_place():
    assert _place("RIGA /LETA/. Speaker Anna Berzina received Ambassador of Peru to Latvia Luis Soto today.\n\n"
                  "She highlighted that the memorandum signed during the official visit of Speaker Ivars Ozols "
                  "to Peru in January was a crucial step.") == ("Riga", "LV")


def test_a_visit_to_a_state_named_formally_gives_the_country():
    assert _place("President of Latvia Anna Berzina will pay a state visit to the Republic of Peru on April "
                  "24-25, an adviser told reporters.") == (None, "PE")


def test_an_arrival_told_later_gives_the_city():
    assert _place("Ministers of Latvia and Peru signed 17 documents in the presence of President Anna Berzina "
                  "and Luis Soto.\n\nThe documents cover trade and energy.\n\nSoto arrived in Riga yesterday "
                  "evening for a two-day trip.") == ("Riga", "LV")


def test_a_country_later_in_the_clause_is_not_the_city_s_country():
    assert _place("OSLO, May 4. The ministers of Norway and Latvia met in Riga, Norwegian media report.") == \
        ("Riga", "LV")
    assert _place("OSLO, May 4. The ministers of Norway and Russia met in Sochi, Russia, on Friday.") == \
        ("Sochi", "RU")


def test_the_long_name_of_north_korea_is_not_the_republic_of_korea():
    assert _place("The minister of Mongolia paid an official visit to the Democratic People’s Republic of Korea "
                  "last week and met his counterpart.")[1] == "KP"


def test_a_town_no_list_knows_is_where_the_lead_says_the_event_took_place():
    place = _place("A signing ceremony took place in Vilcabamba during the Peru – Chile Border Forum.\n\n"
                   "Memoranda of cooperation were signed between the border towns.")
    assert place == ("Vilcabamba", None)


def test_a_word_after_took_place_in_that_is_a_country_or_month_is_no_town():
    assert _place("The signing ceremony took place in May during the Peru – Chile Forum.")[0] is None
    assert _place("The signing ceremony took place in Peru during the Border Forum.")[0] is None


def test_a_visit_still_being_prepared_is_not_the_country_of_the_meeting():
    text = ("The President of Peru held a working meeting with the Deputy Prime Minister on the harvest.\n\n"
            "Noting that during the upcoming visit of the government delegation to Chile several documents "
            "will be signed, he gave instructions.\n\n"
            "A roadmap for preparing the state visit of the President of Peru to Chile was approved.")
    assert _place(text)[1] != "CL"


def test_the_capital_named_with_its_city_is_that_city() -> None:
    assert _place("Minister Luis Soto met Minister Ana Rojas during a working visit to Kazakhstan.\n\n"
                  "The meeting took place in the Kazakh capital of Almaty.")[0] == "Almaty"


def test_a_visit_whose_agreements_are_reviewed_is_not_the_place_of_the_meeting() -> None:
    text = ("The chief of staff Luis Soto hosted Ana Rojas.\n\n"
            "During the meeting, they reviewed the implementation of the agreements reached during the state visit "
            "of President Pedro Castillo to the Kyrgyz Republic.")
    assert _place(text)[1] != "KG"


def test_documents_signed_during_the_visit_still_name_the_country_of_the_event() -> None:
    text = ("President Luis Soto met President Ana Rojas.\n\n"
            "Several documents were signed during the visit of the Peruvian delegation to Chile.")
    assert _place(text)[1] == "CL"


def test_a_visit_to_the_capital_named_after_the_word_is_in_that_city() -> None:
    assert _place("ISTANBUL (AA) – Peru and Kazakhstan on Thursday signed 20 documents during President Luis Soto’s "
                  "official visit to the capital Astana.") == ("Astana", "KZ")
