"""Fixes from session 40: short sentences of our own."""

from __future__ import annotations


def _facts(text: str):
    from briefing.extract import extract
    from briefing.ingest import parse_article

    return extract(parse_article(text))


# -- areas -------------------------------------------------------------------------------------------------------------

def test_areas_said_to_be_among_the_issues_discussed() -> None:
    facts = _facts("ASTANA, March 3, 2025. Speaker Yerlan Koshanov met with Ambassador Kazuya Ogawa. Energy as well as "
                   "transport cooperation were among the issues discussed.\n")
    assert facts.cooperation_areas == ["energy", "transport"]


def test_a_clause_that_something_was_among_the_issues_is_no_list_opening_the_sentence() -> None:
    facts = _facts("ASTANA, March 3, 2025. Speaker Yerlan Koshanov met with Ambassador Kazuya Ogawa. He said that "
                   "energy was among the issues discussed.\n")
    assert facts.cooperation_areas == []


# -- planned events: the next stops of a visit, told in a past report --------------------------------------------------

def test_what_a_delegation_was_expected_to_do_later_in_its_visit_is_planned() -> None:
    facts = _facts("ASTANA, March 3, 2025. Speaker Yerlan Koshanov met with Ambassador Kazuya Ogawa on Monday. The "
                   "Japanese delegation was expected to visit the financial centre on Wednesday.\n")
    [plan] = facts.planned_events
    assert (plan.kind, plan.when) == ("visit", "2025-03-05")


def test_what_someone_was_expected_to_do_before_the_report_is_no_plan() -> None:
    facts = _facts("ASTANA, May 20, 2025. Speaker Yerlan Koshanov met with Ambassador Kazuya Ogawa on Monday. The "
                   "ambassador was expected to visit Almaty in March, but the trip was postponed.\n")
    assert facts.planned_events == []
