"""Unmarked speech told with the verb before the speaker ("…, said the Kazakh Deputy Prime Minister."), as agencies
print a person's words, even with no 'we' in them; a report of the event or an institution's words stay no quote.
Short synthetic sentences."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_article

_LEAD = "date 2024-05-03\nASTANA, May 3. Deputy Prime Minister of Kazakhstan Serik Zhumangarin attended the forum.\n\n"


def _quotes(sentence: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in extract(parse_article(_LEAD + sentence)).quotes]


def test_a_persons_words_with_the_verb_before_the_speaker_are_a_quote() -> None:
    assert _quotes("The two countries have great potential for new investment, said the Kazakh Deputy Prime "
                   "Minister.") == [("Serik Zhumangarin", "The two countries have great potential for new investment")]


def test_a_report_of_the_event_or_an_institutions_words_are_no_quote() -> None:
    assert _quotes("The sides discussed trade and investment, said Zhumangarin.") == []
    assert _quotes("The two countries have great potential for new investment, said the ministry.") == []
