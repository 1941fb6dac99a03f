"""Whether the event is still to come: a headline 'to undertake a visit' and a teaser line in the reported
future ('would address') announce a visit that has not begun."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_article


def test_a_visit_to_be_undertaken_with_a_teaser_in_the_reported_future_is_planned():
    facts = extract(parse_article(
        "PM Soto to undertake two-day official visit to Latvia\n"
        "The prime minister would also address the Latvia-Peru Business Forum.\n"
        "LIMA - At the invitation of President of Latvia Anna Berzina, Prime Minister Luis Soto will pay an "
        "official visit to Latvia on February 25-26."))
    assert (facts.event_type, facts.event_status) == ("visit", "planned")


def test_talks_held_are_the_event_though_the_sentence_prepares_a_summit():
    facts = extract(parse_article("LIMA, August 28. Peru and Chile are stepping up preparations for the upcoming "
                                  "Peru-Pacific summit, Minister Luis Soto said after talks with Minister Ana Rojas."))
    assert facts.event_type == "talks"


def test_hosting_a_visiting_official_is_a_meeting_not_a_visit():
    facts = extract(parse_article("The chief of staff Luis Soto hosted the visiting Chairman of the Cabinet of Ministers "
                                  "of Chile Ana Rojas.\n\nDuring the meeting, they discussed bilateral cooperation."))
    assert facts.event_type == "meeting"


def test_concluding_a_memorandum_is_a_signing():
    facts = extract(parse_article("Peru and Chile concluded a memorandum on the establishment of the Peruvian-Chilean "
                                  "Business Association, Andina reports."))
    assert facts.event_type == "signing"
