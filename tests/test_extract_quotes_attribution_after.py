"""Who speaks when the attribution after a quote goes on: the circumstances of the speech name a second person
('stated President X at the meeting ... with the participation of President Y'), and an agency cited by its
acronym that the text spells out elsewhere. Short synthetic sentences."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_article


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in extract(parse_article(text)).quotes]


def test_the_speaker_ends_where_the_circumstances_of_the_speech_begin() -> None:
    text = ('"Today at the one-on-one meeting we discussed many issues," stated President Luis Soto at the meeting of '
            "the Peruvian-Chilean High-Level Strategic Cooperation Council with the participation of Chilean President "
            "Rojas on October 31.")
    assert _speakers(text) == ["Luis Soto"]


def test_an_agency_cited_by_its_acronym_is_named_as_the_text_spells_it() -> None:
    text = ("President Luis Soto met President Ana Rojas in Lima, the Saudi Press Agency reported on Monday.\n\n"
            "“The signed agreements aim to explore investment opportunities,” SPA said in a separate report.")
    assert _speakers(text) == ["Saudi Press Agency"]
