"""Shapes first met on unseen articles: datelines that name a country or two cities, an envoy to a state
by its formal name, a guest 'who is in' a country, a visited body 'of' a country; speakers named as the
head of a ministry or the president of a parliament, after an opening circumstance or on a channel;
plans told as an invitation, talks 'to have', a meeting to co-chair, a trip to reschedule.
Short synthetic sentences, one class of text per test."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_article


def _facts(text: str):
    return extract(parse_article(text))


def _place(text: str) -> tuple[str | None, str | None]:
    facts = _facts(text)
    return facts.location.city, facts.location.country


# -- place ------------------------------------------------------------------------------------

def test_a_dateline_that_names_a_country_places_the_event_there():
    assert _place("KUWAIT: The Speaker Ali Nasser received yesterday the visiting delegation of the Senate of "
                  "Chile. Both sides discussed cooperation.") == (None, "KW")


def test_a_dual_dateline_gives_its_first_city_when_nothing_else_tells():
    assert _place("date 2020-03-04\nDOHA/ANKARA: A memorandum was signed between the Shura Council of Qatar and the "
                  "Grand National Assembly of Turkey on Tuesday.") == ("Doha", "QA")


def test_a_dual_dateline_gives_the_city_of_the_country_visited():
    text = ("date 2020-03-04\nDOHA/ANKARA: A memorandum was signed between the two parliaments on Tuesday. "
            "The Speaker said the current visit of the Chairman of the Shura Council of Qatar to Turkey "
            "was fruitful.")
    assert _place(text)[1] in ("TR", None)


def test_an_envoy_to_a_state_named_formally_meets_in_that_state():
    assert _place("date 2010-05-04\nOn 4 May 2010, the President of the Republic of Chile, Juan Soto, received the "
                  "Ambassador of Peru to the Republic of Chile, Luis Rojas, at the Presidential Palace.") == (None, "CL")


def test_a_guest_who_is_in_a_country_met_there():
    assert _place("Speaker of Chile Juan Soto received on May 4 the Deputy Chairman of the Senate of Peru Luis "
                  "Rojas, who is in Chile to attend the session of the joint commission.") == (None, "CL")


def test_a_visited_body_of_a_country_is_in_that_country():
    assert _place("The visiting Speaker of Peru Luis Rojas visited the National Congress of Chile Tuesday where "
                  "he met the Chairman of the Senate.") == (None, "CL")


def test_a_visit_to_the_capital_city_of_a_state_named_before_the_city():
    assert _place("date 2021-10-06\nThe delegation led by the Speaker Luis Rojas will pay an official visit to the "
                  "capital city of the Slovak Republic Bratislava on 7 October.") == ("Bratislava", "SK")


def test_a_city_written_in_the_vietnamese_script():
    assert _place("date 2023-10-15\nHÀ NỘI – The Speaker of Chile Juan Soto arrived in Hà Nội on Sunday, "
                  "starting an official visit.") == ("Hà Nội", "VN")


# -- quote speakers -----------------------------------------------------------------------------

def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in _facts(text).quotes]


def test_the_head_of_a_ministry_is_its_minister_and_goes_on_after_a_channel():
    text = ("Yesterday, the Minister of Foreign Affairs of Chile Juan Soto held a telephone conversation with the "
            "Minister of Foreign Affairs of Peru Ana Lopez.\n“We had a good conversation with our colleague from "
            "Peru,” the head of the Chile Foreign Ministry wrote on his Telegram channel. “We agreed to meet "
            "again in the autumn of this year”.\n"
            "On March 8, after talks with Ana Lopez in Lima, the head of the Ministry of Foreign Affairs of Chile "
            "wrote on his Telegram channel: “We welcome the decision to open an embassy in our capital.”")
    assert _speakers(text) == ["Juan Soto", "Juan Soto", "Juan Soto"]


def test_the_president_of_the_national_assembly_is_its_speaker():
    text = ("Parliament Speaker of Chile Juan Soto received on March 18 Deputy Chairman of the Senate of Peru "
            "Luis Rojas.\nReferring to the regional situation, the President of the National Assembly noted. "
            "“We need to keep the dialogue going between our two countries.”")
    assert _speakers(text) == ["Juan Soto"]


def test_a_head_of_state_who_assessed_the_meeting_and_goes_on():
    text = ("Documents were signed after the talks between Chilean President Juan Soto and Peruvian President "
            "Luis Rojas in Santiago.\n“Today we have laid a good foundation,” the Chilean head of state assessed "
            "the meeting. “We have agreed on practical steps to follow.”")
    assert _speakers(text) == ["Juan Soto", "Juan Soto"]


# -- planned events ------------------------------------------------------------------------------

def _plans(text: str) -> list[str]:
    return [p.text for p in _facts(text).planned_events]


def test_an_invitation_from_someone_to_visit_is_a_plan():
    plans = _plans("LIMA: Speaker Juan Soto received the delegation of the Senate of Chile. Head of the delegation "
                   "Luis Rojas handed Soto an official invitation from Ana Lopez, the President of the Senate, to "
                   "visit Chile.")
    assert any("invitation from Ana Lopez" in p for p in plans)


def test_an_invitation_to_visit_conveyed_is_a_plan():
    plans = _plans("The President of Chile received the Ambassador of Peru. The meeting concluded with the Ambassador "
                   "conveying an invitation to visit his country from the President of Peru.")
    assert any("an invitation to visit his country from the President of Peru" in p for p in plans)


def test_talks_that_are_to_be_held_and_a_meeting_to_co_chair():
    plans = _plans("date 2021-10-06\nThe delegation will pay an official visit to Lima on 7 October. The Speaker is to "
                   "have talks with the Prime Minister of Peru. During this visit, the two Speakers will co-chair the "
                   "second meeting of the joint committee.")
    assert any(p.startswith("The Speaker is to have talks") for p in plans)
    assert any("will co-chair the second meeting" in p for p in plans)


def test_a_trip_to_reschedule_after_a_cancellation():
    plans = _plans("date 2024-08-13\nThe Prime Minister of Chile Juan Soto on Tuesday held phone talks with the "
                   "President of Peru Luis Rojas. Soto canceled his planned visit to Lima after the storm. Soto "
                   "indicated that he plans to reschedule his trip, saying that his resolve is unchanged.")
    assert "he plans to reschedule his trip" in plans


# -- organisations ------------------------------------------------------------------------------

def test_a_hyphenated_office_after_a_body_is_not_part_of_its_name():
    facts = _facts("The memorandum was signed in Lima. State Council Vice-Chairman Luis Rojas attended the ceremony.")
    assert "State Council Vice-Chairman" not in facts.organizations
