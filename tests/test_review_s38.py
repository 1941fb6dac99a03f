"""Fixes from session 38's fresh articles and the translators' reviews of them: short sentences of our own."""

from __future__ import annotations

import pytest


def _facts(text: str):
    from briefing.extract import extract
    from briefing.ingest import parse_article

    return extract(parse_article(text))


# -- areas ------------------------------------------------------------------------------------------------------------

def _areas(text: str) -> list[str]:
    return _facts("OSLO, June 4, 2024 - The two ministers met in Oslo. " + text).cooperation_areas


@pytest.mark.parametrize(("sentence", "areas"), [
    ("They stressed trade and investment, regional integration and social development.",
     ["trade", "investment", "regional integration", "social development"]),
    ("The ministers will discuss the situation in the Sahel, science and technology and the reform of the Council.",
     ["science and technology"]),
    ("The guests met deputies to speak about issues relating to migration.", ["migration"]),
])
def test_fields_among_the_topics_a_meeting_took_up_are_areas(sentence: str, areas: list[str]) -> None:
    assert _areas(sentence) == areas


@pytest.mark.parametrize("sentence", [
    "The talks did not touch upon political issues.",
    "He stressed the importance of the visit for both countries.",
    "She highlighted that the agreement on energy was ready.",
    "They discussed the preparations for the summit in Geneva.",
])
def test_topics_that_are_no_field_or_were_not_discussed_are_no_areas(sentence: str) -> None:
    assert _areas(sentence) == []
