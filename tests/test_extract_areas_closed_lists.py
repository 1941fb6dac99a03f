"""Areas in lists that no "cooperation in" announces: single words that "spheres" closes, projects "across" fields,
engineering as the machine-building industry. Short synthetic sentences."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_article


def _areas(text: str) -> list[str]:
    return extract(parse_article("date 2024-05-02\nASTANA, May 2. " + text)).cooperation_areas


def test_single_words_that_spheres_closes_are_areas():
    assert _areas("He called to revive contacts between business communities and healthcare, cultural, educational, "
                  "tourist and agricultural spheres.") == ["healthcare", "cultural", "educational", "tourist",
                                                           "agricultural"]
    # never a word of the clause before the list, nor a list closed by "and other sectors" read a second way
    assert "boost" not in _areas("After exchanging views on cooperation boost, economy, business and other sectors, "
                                 "the Speaker invited his counterpart.")
    assert "diplomacy" not in _areas("Tô Lâm urged to promote relations, including in interparliamentary diplomacy, "
                                     "trade-economic and cultural-humanitarian areas.")


def test_projects_across_fields():
    assert _areas("The minister signed grant agreements to support major projects across energy, transport, healthcare, "
                  "and human capital development.") == ["energy", "transport", "healthcare", "human capital development"]


def test_engineering_is_the_machine_building_industry():
    areas = _areas("They reviewed joint projects in engineering, construction, and agro-industrial complex.")
    assert areas == ["engineering", "construction", "agro-industrial complex"]
    from briefing.vocabulary import COOPERATION_AREAS, match_term

    assert match_term("engineering", COOPERATION_AREAS).key == "machine-building"


def test_diplomatic_relations_themselves_are_no_area_but_diplomatic_cooperation_is():
    assert "diplomatic" not in _areas("They marked the anniversary of the establishment of diplomatic relations.")
    assert _areas("They discussed political and diplomatic cooperation.") == ["political", "diplomatic"]
    assert "however" not in _areas("We are improving in trade, economic and investment relations, however, results are "
                                   "modest.")
