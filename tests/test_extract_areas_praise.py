"""What one side excels in ("a recognized leader in many areas, including …") is praise, not a field of the ties."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_article

LEAD = "date 2025-04-26\nLIMA, April 26. President of Peru Ana Rivas met Foreign Minister of Chile Luis Soto. "


def _areas(text: str) -> list[str]:
    return extract(parse_article(LEAD + text)).cooperation_areas


def test_a_leader_in_many_areas_names_no_area() -> None:
    assert _areas("Rivas called Chile a recognized leader in many areas, including producing goods, technological "
                  "innovation and global investment.") == []


def test_cooperation_in_areas_including_is_still_read() -> None:
    assert _areas("They discussed cooperation in many areas, including trade, energy and tourism.") == [
        "trade", "energy", "tourism"]


def test_experience_exchanged_in_areas_is_a_field_of_the_ties() -> None:
    assert _areas("Soto noted an interest in exchanging legislative experience in areas such as digitalization, "
                  "ecology and agriculture.") == ["digitalization", "ecology", "agriculture"]
