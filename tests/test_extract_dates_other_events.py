"""The event date is not the date of an earlier visit, a planned session or the day a report came out."""

from __future__ import annotations

import datetime as dt

from briefing.extract import extract
from briefing.ingest import parse_article


def test_an_earlier_visit_far_from_the_page_date_does_not_date_a_phone_call():
    facts = extract(parse_article("date 2021-12-28\nRIGA. KAZINFORM - The Presidents of Latvia and Peru held "
                                  "telephone talks. They discussed the agreements reached during the state visit "
                                  "to Peru on April 14-15."))
    assert facts.event_date is None and facts.event_date_partial is None


def test_the_date_of_the_next_session_is_not_the_event_date():
    facts = extract(parse_article("RIGA - The deputy ministers held talks. They stressed the importance of holding "
                                  "the next meeting of the commission on June 3, 2022 in Lima."))
    assert facts.event_date is None


def test_documents_signed_on_a_day_in_the_lead_date_the_signing():
    facts = extract(parse_article("date 2021-02-20\nRIGA, Latvia, Feb. 20\n\nTrend:\n\nThe government has published "
                                  "the list of documents signed on February 19 in Lima at the commission meeting."))
    assert facts.event_date == dt.date(2021, 2, 19)


def test_the_day_an_official_announced_a_plan_is_not_the_event_date():
    facts = extract(parse_article("date 2024-10-06\nRIGA - The Latvian Foreign Minister will pay an official visit "
                                  "to Lima next week, an official announced on Sunday."))
    assert facts.event_date != dt.date(2024, 10, 6)


def test_the_weekday_of_a_hoped_for_meeting_does_not_date_the_interview():
    facts = extract(parse_article(
        "date 2024-09-23\nROME, September 23. /TASS/. Speaker of the Saeima Janis Ozols in an interview with TASS "
        "said he was hoping to meet with Italian President Marco Bianchi on Wednesday.\n\n"
        "\"We arrived as a large group,\" he said."))
    assert facts.event_date == dt.date(2024, 9, 23)


def test_the_date_of_a_visit_the_event_looks_back_on_is_not_the_events():
    """'positive dynamics observed after the official visit of the Prime Minister U.Smith to Peru on October
    10-12': the visit is an earlier occasion (an initial's point does not end the phrase)."""
    facts = extract(parse_article("date 2019-12-20\nLIMA. AGENCY – This week, the Ambassador of Chile met the Deputy "
                                  "Prime Minister of Peru. Interlocutors noted the positive dynamics observed after "
                                  "the official visit of the Prime Minister of Peru U.Smith to Chile on October 10-12."))
    assert facts.event_date is None


def test_a_planned_visit_is_dated_by_its_own_days_not_by_the_announcement():
    facts = extract(parse_article("LIMA, Nov. 22 (Xinhua) -- Peru looks forward to the upcoming visit of President "
                                  "Ana Soto of Chile.\n\nAt the invitation of President Luis Vera, President Soto will "
                                  "pay a state visit to Peru from Nov. 27 to 28, it was announced on Tuesday.\n"))
    assert facts.event_status == "planned"
    assert facts.event_date_partial == "--11-27/--11-28"  # never the dateline's Nov. 22
