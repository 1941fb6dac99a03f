"""Quote speakers as the session-17 batches wrote them: a speaker whose intro holds a motto in marks, a pronoun after
a sentence opened by a participle's phrase, and reported speech after 'posted on X that' (no quote)."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_article

LEAD = ("date 2024-03-26\nLIMA, March 26. Minister of Foreign Affairs of Peru Ana Rivas held a phone call with "
        "Minister of Foreign Affairs of Chile Luis Soto. ")


def _quotes(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in extract(parse_article(LEAD + text + "\n")).quotes]


def test_an_intro_with_a_motto_in_marks_still_names_the_speaker() -> None:
    assert _quotes("Soto, emphasizing that the two countries live by the motto “One Region, Two States,” added: "
                   "“I think that our cooperation will grow.”") == [("Luis Soto", "I think that our cooperation will grow.")]


def test_reported_speech_after_posted_that_is_no_quote_and_he_is_the_one_who_posted() -> None:
    quotes = _quotes("Rivas said she was glad to receive the call. Reciprocating her post, Minister Soto posted on X "
                     "that it was a pleasure to talk with Rivas. “Our agenda is getting wider,” he added.")
    assert quotes == [("Luis Soto", "Our agenda is getting wider")]
