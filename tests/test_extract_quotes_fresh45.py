"""Quote speakers first met on the fresh45 batch: words the speaker calls something ("…, describing the two nations
as “…”") and a directorate that posts a statement ("the country's Communications Directorate said on X"). Short
synthetic sentences."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_article


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract(parse_article("date 2025-01-10\nTOKYO, January 10. " + text)).quotes]


def test_the_speaker_of_a_description_after_a_comma_is_the_sentences_subject() -> None:
    assert _speakers("Foreign Minister Takeshi Iwaya met Foreign Minister Batmunkh Battsetseg. Iwaya highlighted the "
                     "importance of cooperation, describing the two nations as “special strategic partners for "
                     "peace.”") == ["Takeshi Iwaya"]


def test_a_directorate_that_posts_a_statement_is_its_speaker() -> None:
    assert _speakers("President Erdogan had a phone call with President Tokayev.\n\n\"President Erdogan stated that "
                     "they aimed to bring new dimensions to the relations,\" the country's Communications Directorate "
                     "said on X.") == ["Communications Directorate"]
