"""A plan first met on the fresh44 batch: visits 'planned for this year' told as the object of a sentence's second
predicate ('… exchanged notes and discussed the schedule of …'). Short synthetic sentences."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_article


def _facts(text: str):
    return extract(parse_article("date 2025-04-26\nALMATY, April 26. " + text))


def test_a_plan_told_as_the_object_of_a_second_predicate_starts_there() -> None:
    facts = _facts("The ministers signed a memorandum. They also exchanged notes on a consulate in Guangzhou and "
                   "discussed the schedule of upcoming bilateral visits and events planned for this year.")
    assert [event.text for event in facts.planned_events] == [
        "the schedule of upcoming bilateral visits and events planned for this year"]
