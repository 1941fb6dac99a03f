"""Planned events first met on the fresh39 batch: meetings someone 'has scheduled', the next stop of a trip, and an
invitation whose invitee is named with a long aside. Short synthetic sentences."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_article


def _planned(text: str):
    return extract(parse_article("date 2024-05-10\nTASHKENT, May 10. " + text)).planned_events


def test_meetings_someone_has_scheduled_are_planned():
    [event] = _planned("Speaker Irakli Davitashvili is paying a working visit to Uzbekistan. Davitashvili has further "
                       "scheduled meetings with high-ranking officials.")
    assert event.kind == "meeting"


def test_the_next_stop_of_a_trip_is_a_visit_to_that_city():
    [event] = _planned("The governor met the head of the region in Urumqi. The Kazakh delegation will make the next "
                       "stop of its working trip to China in Xian.")
    assert (event.kind, event.place, event.country) == ("visit", "Xian", "CN")


def test_an_invitation_with_a_long_aside_before_the_visit():
    [event] = _planned("Mayor of Seoul Park Won Soon invited Uzbek President Shavkat Mirziyoyev on behalf of President "
                       "of South Korea Moon Jae-in to pay a state visit to the country by late 2025.")
    assert event.kind == "visit"
    assert event.text.startswith("Mayor of Seoul Park Won Soon invited")


def test_the_commission_of_the_next_meeting_is_the_one_the_text_named_in_full():
    [event] = _planned("The 7th meeting of the Intergovernmental Turkmen-Azerbaijani Commission on Economic Cooperation "
                       "was held in Ashgabat. The parties agreed to hold the 8th meeting of the Commission in Baku.")
    assert event.objects == ["Intergovernmental Turkmen-Azerbaijani Commission on Economic Cooperation"]


def test_a_signing_the_nations_are_likely_to_ink_is_planned():
    events = _planned("The minister arrived in Tashkent. The two nations are likely to ink memorandums of "
                      "understanding (MoUs) during the trip.")
    assert [(event.kind, event.objects) for event in events] == [("signing", ["memorandums of understanding (MoUs)"])]
