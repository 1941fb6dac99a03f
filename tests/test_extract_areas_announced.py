"""Areas in more list shapes: 'in all areas, including', 'in diverse fields – including', 'in vital spheres,
such as'; a list closed by 'areas' whose adjectives the vocabulary lacks; two actions on one object kept
whole; 'the Latvian-Peruvian political, trade and cultural agenda'; and non-areas rejected ('issues of',
'in terms of', 'in particular the', 'priority')."""

from __future__ import annotations

import pytest

from briefing.extract import extract
from briefing.ingest import parse_article

MEETING = "date 2025-03-10\nMinister of Foreign Affairs of Latvia Anna Berzina met Minister of Foreign Affairs of Peru Luis Soto in Riga. "


def _areas(sentence: str) -> list[str]:
    return list(extract(parse_article(MEETING + sentence)).cooperation_areas)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Latvia is interested in expanding cooperation with Peru in all areas, including energy, transport and "
         "tourism.", ["energy", "transport", "tourism"]),
        ("The commission met to intensify cooperation in diverse fields – including agriculture, education and "
         "culture.", ["agriculture", "education", "culture"]),
        ("They studied interaction in vital spheres, such as energy, agriculture and finance.",
         ["energy", "agriculture", "finance"]),
        ("Peru wants relations with Latvia in the economic, cultural and human areas.",
         ["economic", "cultural", "human"]),
        ("They discussed the Latvian-Peruvian political, trade and cultural agenda.",
         ["political", "trade", "cultural"]),
        ("They signed a memorandum on cooperation in prevention and elimination of emergencies.",
         ["prevention and elimination of emergencies"]),
        ("They signed a cooperation programme in tourism.", ["tourism"]),
    ])
def test_lists_of_areas(sentence: str, expected: list[str]) -> None:
    assert _areas(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Talks are planned on issues of inter-parliamentary cooperation.", ["inter-parliamentary"]),
        ("The Senate will strengthen exchanges with the Saeima in terms of legislation and other fields.",
         ["legislation"]),
        ("They noted the priority areas of cooperation, in particular the economic, cultural and humanitarian spheres.",
         ["economic", "cultural and humanitarian"]),
    ])
def test_non_areas_are_cut_off(sentence: str, expected: list[str]) -> None:
    assert _areas(sentence) == expected
