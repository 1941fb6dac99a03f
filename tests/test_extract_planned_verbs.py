"""Planned events from more future phrasings: leading a delegation, calling on, addressing, intending,
'is going to', 'is to', 'is being prepared', 'it is planned to'; and plans that fell through."""

from __future__ import annotations

import pytest

from briefing.extract import extract
from briefing.ingest import parse_article
from briefing.models import PLANNED_KINDS, PlannedEvent

MEETING = "Minister of Foreign Affairs of Latvia Anna Berzina met Minister of Foreign Affairs of Peru Luis Soto in Riga. "
DATED = "date 2025-03-10\n"


def _planned(sentence: str) -> list[PlannedEvent]:
    return extract(parse_article(DATED + MEETING + sentence)).planned_events


def _one(sentence: str) -> PlannedEvent:
    events = _planned(sentence)
    assert len(events) == 1, [e.text for e in events]
    assert events[0].kind in PLANNED_KINDS
    return events[0]


@pytest.mark.parametrize(
    ("sentence", "kind", "who", "place", "country", "when"),
    [
        ("Luis Soto will lead a delegation to Latvia in May.", "visit", ["Luis Soto"], None, "LV", "2025-05"),
        ("Anna Berzina will head a delegation to Peru next month.", "visit", ["Anna Berzina"], None, "PE", "2025-04"),
        ("Luis Soto will lead a business delegation to Riga on June 5.", "visit", ["Luis Soto"], "Riga", "LV",
         "2025-06-05"),
        ("Luis Soto will call on the Prime Minister of Latvia.", "courtesy call", ["Luis Soto"], None, None, None),
        ("Luis Soto will address the plenary session of the Saeima.", "session", ["Luis Soto"], None, None, None),
        ("Luis Soto will address the Baltic-Andean business forum in Riga.", "forum", ["Luis Soto"], "Riga", "LV", None),
        ("Luis Soto intends to visit Latvia in June.", "visit", ["Luis Soto"], None, "LV", "2025-06"),
        ("Luis Soto intends to hold talks in Riga next year.", "talks", ["Luis Soto"], "Riga", "LV", "2026"),
        ("It is planned to organize a business forum in Riga in 2026.", "forum", [], "Riga", "LV", "2026"),
        ("It is planned to hold a visit of the Latvian delegation to Peru.", "visit", ["the Latvian delegation"], None,
         "PE", None),
        ("Luis Soto is going to visit Latvia in June.", "visit", ["Luis Soto"], None, "LV", "2025-06"),
        ("Luis Soto is to visit Latvia next week.", "visit", ["Luis Soto"], None, "LV", None),
        ("A visit of Anna Berzina to Peru is being prepared.", "visit", ["Anna Berzina"], None, "PE", None),
        ("The sides agreed to hold the next meeting in Astana in 2026.", "meeting", ["the sides"], "Astana", "KZ", "2026"),
    ],
)
def test_more_future_phrasings_give_records(sentence: str, kind: str, who: list[str], place: str | None,
                                            country: str | None, when: str | None) -> None:
    event = _one(sentence)
    assert (event.kind, event.who, event.place, event.country, event.when) == (kind, who, place, country, when)
    assert event.text.startswith(sentence.rstrip(".")[:20])


@pytest.mark.parametrize(
    "sentence",
    [
        "Luis Soto was to visit Latvia in May but the visit was cancelled.",
        "Luis Soto had planned to visit Latvia in May.",
        "Luis Soto was going to visit Latvia in May.",
        "The visit, which was scheduled for May, has been called off.",
        "The sides will address the issues raised at the meeting.",
        "Luis Soto will call on businesses to invest in Latvia.",
        "The aim is to sign an agreement on trade.",
        "The minister will head the commission.",
    ],
)
def test_past_cancelled_or_other_senses_are_not_plans(sentence: str) -> None:
    assert _planned(sentence) == []


def test_a_dateline_opening_the_sentence_is_no_part_of_the_plan():
    facts = extract(parse_article("date 2022-11-16\nThe envoy met the minister in Brussels. MOSCOW (Agency News / "
                                  "Sputnik - 16th November, 2022) The EU envoy John Smith will be visiting Peru and "
                                  "Chile later this week."))
    assert [e.text for e in facts.planned_events] == [
        "The EU envoy John Smith will be visiting Peru and Chile later this week"]


def test_chairing_or_co_hosting_a_meeting_is_a_plan_and_the_leg_of_a_tour_no_actor():
    facts = extract(parse_article("date 2022-11-16\nThe envoy met the minister in Brussels. On the next leg of his "
                                  "tour Smith will chair the 18th Ministerial meeting in Samarkand. On 18 November, Smith "
                                  "will co-host the Connectivity Conference."))
    assert [(e.kind, e.who, e.place) for e in facts.planned_events] == [
        ("meeting", ["Smith"], "Samarkand"), ("conference", [], None)]


def test_a_passive_invitation_is_a_planned_visit_told_in_its_own_clause():
    facts = extract(parse_article("date 2019-03-06\nLIMA, March 6. The Speaker received the Ambassador of Chile. The "
                                  "sides mentioned the anniversary of relations, which will fall in June, and the "
                                  "Speaker of the Senate of Chile was invited to visit Peru."))
    assert [(e.kind, e.who, e.country) for e in facts.planned_events] == [
        ("visit", ["the Speaker of the Senate of Chile"], "PE")]
