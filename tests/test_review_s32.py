"""Session 32: planned events the earlier batches missed, and what the fresh83 articles showed. Short synthetic
sentences and articles."""

from __future__ import annotations

import pytest


def _facts(text: str):
    from briefing.extract import extract
    from briefing.ingest import parse_article

    return extract(parse_article(text))


def _planned(sentence: str, date: str = "2025-05-03"):
    return _facts(f"date {date}\nASTANA, May 3 (Kazinform) – The Speaker met the Ambassador. {sentence}\n").planned_events


# -- planned events ---------------------------------------------------------------------------------------------------

def test_a_dated_stay_in_a_named_country_is_a_visit() -> None:
    [event] = _planned("Led by Aliya Sultanova, Speaker of the Chamber, the delegation will be in Georgia from "
                       "May 19 to 20, as announced by the press service.")
    assert (event.kind, event.country, event.when) == ("visit", "GE", "2025-05-19")
    assert event.who == ["Aliya Sultanova"]  # who leads the delegation, not "the delegation"
    assert event.text == "the delegation will be in Georgia from May 19 to 20"  # without who announced it


def test_being_in_a_country_without_a_date_is_no_plan() -> None:
    assert not _planned("The delegation will be in good hands.")


@pytest.mark.parametrize("verb", ["would be met", "will be welcomed", "will be greeted"])
def test_whoever_meets_the_guest_on_arrival_hosts_a_meeting(verb: str) -> None:
    [event] = _planned(f"On arrival, the guest {verb} by Vice President Omar Tadesse at the airport.")
    assert (event.kind, event.host) == ("meeting", "Omar Tadesse")


def test_laying_a_wreath_is_a_wreath_laying_ceremony() -> None:
    [event] = _planned("The guest will lay a wreath at the Monument to the Defenders on May 5.")
    assert (event.kind, event.when) == ("wreath-laying", "2025-05-05")


def test_a_speech_at_a_named_meeting_is_a_plan() -> None:
    [event] = _planned("The Speaker will also deliver a speech at the Meeting of Parliament Speakers on June 8.")
    assert event.when == "2025-06-08"


def test_a_body_that_will_gather_holds_a_session() -> None:
    [event] = _planned("The minister welcomed the work of the Working Group on Energy, which will gather in Riga in June.")
    assert (event.kind, event.objects, event.place, event.who) == ("session", ["Working Group on Energy"], "Riga", [])


def test_a_visit_expected_in_a_month_is_planned() -> None:
    [event] = _planned("The visit of the President of Kyrgyzstan to Azerbaijan is expected in September.")
    assert (event.kind, event.country, event.when) == ("visit", "AZ", "2025-09")
    assert event.who == ["the President of Kyrgyzstan"]


def test_a_result_expected_in_a_month_is_no_plan() -> None:
    assert not _planned("Growth of trade is expected in September.")


def test_a_press_releases_reported_future_dated_ahead_is_a_plan() -> None:
    [event] = _planned("The Speaker was expected to lead a delegation to Benin on 12 May.")
    assert (event.kind, event.country, event.when) == ("visit", "BJ", "2025-05-12")


def test_what_was_expected_before_the_article_is_no_plan() -> None:
    assert not _planned("The Speaker was expected to lead a delegation to Benin on 12 April.")


def test_a_visit_told_again_without_where_it_goes_is_the_same_visit() -> None:
    events = _facts("date 2025-07-03\nYEREVAN, July 3 (Armenpress) – The Chairman of the National Assembly, Aram Petrosyan, "
                    "will pay an official visit to Minsk in mid-July. \"The chairman's visit will take place in mid-July,\" "
                    "the press service said.\n").planned_events
    assert [(e.kind, e.place, e.when) for e in events] == [("visit", "Minsk", "2025-07")]


def test_a_journey_to_the_town_of_a_city_goes_to_that_city() -> None:
    [event] = _planned("On May 6 the delegation will travel to the town of Shymkent.")
    assert (event.kind, event.place) == ("visit", "Shymkent")


# -- names with dotted abbreviations ------------------------------------------------------------------------------------

def test_a_body_named_after_a_dotted_country_abbreviation_is_one_name() -> None:
    facts = _facts("ASTANA, May 3 (Kazinform) – The Ministry of Culture and the U.S. Commission for the Care of "
                   "Monuments Abroad signed a memorandum. Head of the US Commission for the Care of Monuments Abroad "
                   "John Miller met the minister.\n")
    assert facts.organizations == ["Ministry of Culture", "U.S. Commission for the Care of Monuments Abroad"]
    assert [p.name for p in facts.participants] == ["John Miller"]  # "Abroad" ends the body, it starts no name
    assert facts.documents_signed[0].parties == ["Ministry of Culture", "U.S. Commission for the Care of Monuments Abroad"]


def test_the_sides_of_a_memorandum_go_on_over_a_dotted_abbreviation() -> None:
    facts = _facts("ASTANA, May 3 (Kazinform) – They signed a Memorandum of understanding between the Ministry of "
                   "Culture and the U.S. Commission for the Care of Monuments on the care of cultural values.\n")
    [document] = facts.documents_signed
    assert document.title.endswith("U.S. Commission for the Care of Monuments on the care of cultural values")


def test_a_memorandum_on_mutual_understanding_is_the_memorandum_of_understanding_told_again() -> None:
    facts = _facts("ASTANA, May 3 (Kazinform) – The Ministry of Culture and the Heritage Fund signed a memorandum on "
                   "mutual understanding. After the talks they signed a Memorandum of understanding between the "
                   "Ministry of Culture and the Heritage Fund on the care of monuments.\n")
    assert len(facts.documents_signed) == 1


# -- quote speakers ---------------------------------------------------------------------------------------------------

def test_the_speaker_is_the_one_participant_who_chairs_a_parliament() -> None:
    facts = _facts("YEREVAN, July 3 (Armenpress) – Chairman of the National Assembly of Armenia Aram Petrosyan met "
                   "Ambassador Ivan Sokolov. The speaker also spoke in favour of \"closer ties on international "
                   "platforms.\"\n")
    assert [q.speaker for q in facts.quotes] == ["Aram Petrosyan"]


def test_the_speaker_is_nobody_when_two_participants_chair_a_parliament() -> None:
    facts = _facts("YEREVAN, July 3 (Armenpress) – Chairman of the National Assembly of Armenia Aram Petrosyan met "
                   "Chairman of the Senate of Poland Jan Nowak. The speaker spoke in favour of \"closer ties on "
                   "international platforms.\"\n")
    assert [q.speaker for q in facts.quotes] == [None]
