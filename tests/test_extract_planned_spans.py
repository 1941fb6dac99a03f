"""Planned events told with more around them than the plan: the occasion opening the sentence, a where-clause
describing what the event will show, two future predicates of one subject, and a visit already under way on
the day of the report. Short synthetic sentences."""

from __future__ import annotations

from test_extract_planned_verbs import _one, _planned

from briefing.extract import extract
from briefing.ingest import parse_article


def test_the_occasion_opening_the_sentence_is_not_part_of_the_plan() -> None:
    event = _one("At the end of the talks, Luis Soto invited Anna Berzina to pay a state visit to Peru.")
    assert event.text == "Luis Soto invited Anna Berzina to pay a state visit to Peru"
    assert (event.kind, event.who, event.country) == ("visit", ["Anna Berzina"], "PE")


def test_a_where_clause_telling_what_the_event_will_show_is_cut() -> None:
    event = _one("The sides agreed to hold the Days of Peruvian Culture in Latvia, where the achievements of Peru "
                 "in agriculture will be demonstrated.")
    assert event.text == "The sides agreed to hold the Days of Peruvian Culture in Latvia"


def test_two_future_predicates_of_one_subject_are_two_plans_of_the_same_person() -> None:
    events = _planned("During his visit, Luis Soto will attend the session of the General Conference of UNESCO, "
                      "and will also hold a number of bilateral meetings.")
    assert [event.text for event in events] == ["Luis Soto will attend the session of the General Conference of UNESCO",
                                                "will also hold a number of bilateral meetings"]
    assert [event.who for event in events] == [["Luis Soto"], ["Luis Soto"]]


def test_a_visit_whose_first_day_is_before_the_report_is_under_way_not_planned() -> None:
    text = ("date 2023-05-04\nLIMA, May 4. Luis Soto and Anna Berzina signed a roadmap in Lima.\n\n"
            "The state visit of Anna Berzina to Peru is scheduled for May 3-4.\n\n"
            "The next meeting of the commission is scheduled for June 10.")
    events = extract(parse_article(text)).planned_events
    assert [event.kind for event in events] == ["meeting"]


def test_a_visit_a_document_prepares_is_a_planned_visit() -> None:
    event = _one("Within the forum, a roadmap for preparing the state visit of the President of Peru Luis Soto to "
                 "Latvia was approved.")
    assert event.text == "the state visit of the President of Peru Luis Soto to Latvia"
    assert (event.kind, event.country) == ("visit", "LV")


def test_the_next_sitting_of_one_commission_told_three_times_is_one_plan() -> None:
    events = _planned("The minister reported on preparations for the upcoming regular meeting of the joint Peruvian-Latvian "
                      "commission on trade, economic, scientific and cultural cooperation.\n\n"
                      "The President stressed the importance of proper preparation for the next meeting of the joint "
                      "Peruvian-Latvian commission, which plays a special role.")
    assert [event.text for event in events] == [
        "the upcoming regular meeting of the joint Peruvian-Latvian commission on trade, economic, scientific and "
        "cultural cooperation"]


def test_who_said_it_and_at_what_occasion_is_not_part_of_the_plan() -> None:
    event = _one("Peru and Latvia will sign an agreement on expanding allied relations, the President of Peru Luis "
                 "Soto said during a one-on-one meeting with his Latvian counterpart, Anna Berzina.")
    assert event.text == "Peru and Latvia will sign an agreement on expanding allied relations"


def test_a_plan_told_after_adding_that_starts_there() -> None:
    event = _one("He expressed his wish to see Peru in the Council, adding that Latvia will join the summit of "
                 "leaders to be hosted by Lithuania in October.")
    assert event.text.startswith("Latvia will join the summit of leaders")


def test_who_agreed_to_hold_an_event_arranges_it_and_is_not_its_guest() -> None:
    event = _one("The sides agreed to hold the Days of Peruvian Culture in Latvia.")
    assert (event.kind, event.who) == ("festival", [])
