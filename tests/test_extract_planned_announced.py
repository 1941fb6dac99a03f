"""Planned events announced in more ways: 'will be in X on a visit', 'is due to be received', addressing
lawmakers, 'talks are planned', 'it is arranged for X to speak', an event named before 'which will take
place', a where-clause that tells more of the plan, the next item of a list, a title after the visitor's
name; and a figure of speech ('will open a new page') that is no opening."""

from __future__ import annotations

import pytest

from briefing.extract import extract
from briefing.ingest import parse_article

MEETING = "Minister of Foreign Affairs of Latvia Anna Berzina met Minister of Foreign Affairs of Peru Luis Soto in Riga. "
DATED = "date 2025-03-10\n"


def _texts(sentence: str) -> list[str]:
    return [event.text for event in extract(parse_article(DATED + MEETING + sentence)).planned_events]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Peruvian delegation will be in Latvia on an official visit on 5-7 May.",
         "The Peruvian delegation will be in Latvia on an official visit on 5-7 May"),
        ("Luis Soto is due to be received by the President of Latvia on Monday.",
         "Luis Soto is due to be received by the President of Latvia on Monday"),
        ("On Tuesday, Luis Soto will address Latvian lawmakers in the Saeima.",
         "On Tuesday, Luis Soto will address Latvian lawmakers in the Saeima"),
        ("As part of the visit, talks are planned on trade with the Latvian Speaker.",
         "talks are planned on trade with the Latvian Speaker"),
        ("It is arranged for Luis Soto to speak at the session of the Saeima.",
         "It is arranged for Luis Soto to speak at the session of the Saeima"),
        ("The two sides will exchange views on regional security.",
         "The two sides will exchange views on regional security"),
        ("Luis Soto will travel to Latvia at the invitation of Anna Berzina.",
         "Luis Soto will travel to Latvia at the invitation of Anna Berzina"),
    ])
def test_more_ways_to_announce_a_plan(sentence: str, expected: str) -> None:
    assert _texts(sentence) == [expected]


def test_an_event_named_before_which_will_take_place() -> None:
    texts = _texts("The ministers stressed the importance of the 3rd meeting of the Latvia-Peru Joint Commission on "
                   "Trade, which will take place in Lima soon.")
    assert texts == ["the 3rd meeting of the Latvia-Peru Joint Commission on Trade, which will take place in Lima soon"]


def test_a_plain_summit_before_which_is_expected() -> None:
    texts = _texts("The sides agreed to deepen ties within the dialogue and the summit, which is expected to take "
                   "place this year.")
    assert texts == ["the summit, which is expected to take place this year"]


def test_a_where_clause_tells_more_of_the_plan() -> None:
    texts = _texts("Luis Soto is scheduled to visit Latvia next, where he will attend the Riga Forum.")
    assert texts == ["Luis Soto is scheduled to visit Latvia next, where he will attend the Riga Forum"]


def test_the_plan_in_a_list_of_announcements_is_its_own_item() -> None:
    texts = _texts("Other announcements include new scholarships; a youth programme under which ten Peruvian "
                   "students will visit Latvia; and more flights.")
    assert texts == ["ten Peruvian students will visit Latvia"]


def test_the_title_after_the_visitors_name_stays() -> None:
    texts = _texts("The talks and the forthcoming visit to Peru by Janis Ozols, Minister of Economics of Latvia, "
                   "should further the projects.")
    assert texts == ["the forthcoming visit to Peru by Janis Ozols, Minister of Economics of Latvia"]


def test_opening_a_new_page_is_a_figure_of_speech() -> None:
    texts = _texts("Luis Soto expressed confidence that the upcoming official visit to Latvia will open a new page "
                   "in relations.")
    assert texts == ["the upcoming official visit to Latvia"]
