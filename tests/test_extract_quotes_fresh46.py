"""Quotes as an unseen batch (fresh46) printed them: a quote after a verb and its object ('thanked Chile “for …”'),
an opening mark glued to the word before it, a paragraph whose opening mark the source dropped, and speech reported
after 'said he …' that is no quote. Short synthetic sentences."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_article

_LEAD = ("date 2025-02-22\nLIMA, Feb. 22. Foreign Minister of Peru Elmer Schialer held talks with Foreign Minister "
         "of Chile Alberto van Klaveren.\n\n")


def _quotes(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in extract(parse_article(_LEAD + text)).quotes]


def test_a_quote_after_the_object_of_thanked_is_the_subjects() -> None:
    assert _quotes("Minister Schialer thanked Chile “for its cooperation in fighting illegal mining”.") == [
        ("Elmer Schialer", "for its cooperation in fighting illegal mining")]


def test_an_opening_mark_glued_to_the_word_before_still_opens_a_partial_quote() -> None:
    assert _quotes('Spokesperson Ana Ruiz said Schialer called his counterpart" to underscore support for the '
                   'border agreement".') == [("Ana Ruiz", "to underscore support for the border agreement")]


def test_a_paragraph_whose_opening_mark_was_dropped_is_the_speech() -> None:
    assert _quotes('Van Klaveren spoke about the relations.\n\nOur cooperation is characterized by mutual understanding, and we work together in regional '
                   'organizations," he said.') == [
        ("Alberto van Klaveren", "Our cooperation is characterized by mutual understanding, and we work together in "
                                 "regional organizations")]


def test_a_lone_closing_mark_with_no_first_person_speech_opens_nothing() -> None:
    assert _quotes('The ministers discussed trade and the border," the agency reported.') == []


def test_speech_reported_after_said_he_is_no_quote() -> None:
    assert _quotes("Chile's foreign minister, Alberto van Klaveren, said he looked forward to the next round of "
                   "talks.") == []
