"""Cooperation areas around their field's name: a modifier that waits for its noun, an adjective left
alone, a clause of speech; and, when the briefing names the field, words that only frame it
("new technologies", "infrastructure projects"). Sentences are synthetic, one per class."""

from __future__ import annotations

import pytest
from docx import Document

from briefing import vocabulary
from briefing.extract import extract
from briefing.extract.areas import split_items
from briefing.ingest import parse_article
from briefing.pipeline import Settings, generate


def _areas(text: str) -> list[str]:
    return extract(parse_article("ASTANA, March 3 (Kazinform) - " + text)).cooperation_areas


@pytest.mark.parametrize("sentence, expected", [
    # the first part's adjective waits for the second part's noun: one field, not two halves
    ("Cooperation in tourism, energy and production of medical and pharmaceutical products was discussed.",
     ["tourism", "energy", "production of medical and pharmaceutical products"]),
])
def test_a_modifier_is_kept_with_the_noun_it_waits_for(sentence: str, expected: list[str]) -> None:
    assert _areas(sentence) == expected


def test_a_list_item_ending_in_a_modifier_joins_the_next() -> None:
    assert split_items("storage of agricultural and fruit-vegetable products") == \
        ["storage of agricultural and fruit-vegetable products"]
    assert split_items("trade, economic and cultural") == ["trade", "economic", "cultural"]


@pytest.mark.parametrize("sentence, left_out", [
    ("They noted the history of bilateral and the prospects of cooperation in trade and energy.", "history of bilateral"),
    ("The parties spoke of cooperation in the supervisory, trade and energy spheres.", "supervisory"),
    ("They stressed cooperation in trade, energy, he said, and tourism.", "he said"),
])
def test_an_adjective_left_alone_or_a_clause_of_speech_is_no_area(sentence: str, left_out: str) -> None:
    areas = _areas(sentence)
    assert left_out not in areas
    assert "trade" in areas


@pytest.mark.parametrize("written, field", [
    ("new technologies", "technology"),
    ("public healthcare", "healthcare"),
    ("infrastructure projects", "infrastructure"),
    ("the energy industry", "energy"),
    ("logistics capabilities", "logistics"),
    ("railway transportation", "railway-transport"),
    ("road freight", "road-transport"),
    ("customs clearance", "customs"),
    ("early childhood education", "preschool-education"),
    ("construction materials", "building-materials"),
])
def test_words_that_frame_a_field_do_not_hide_it(written: str, field: str) -> None:
    term = vocabulary.match_area(written)
    assert term is not None and term.key == field


@pytest.mark.parametrize("written", ["joint projects", "new", "regional stability of the border", "power transmission lines"])
def test_a_phrase_is_not_stretched_to_a_field_it_does_not_name(written: str) -> None:
    assert vocabulary.match_area(written) is None


def test_the_briefings_name_the_framed_field_in_each_language(tmp_path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("ASTANA, March 3 (Kazinform) - Kazakh Foreign Minister Murat Nurtleu met with Mongolian "
                       "Foreign Minister Battsetseg Batmunkh. The sides discussed cooperation in railway "
                       "transportation, new technologies and infrastructure projects.\n", encoding="utf-8")
    generate(article, ["ru", "kk", "mn"], tmp_path / "out", Settings(translator="none", quiet=True))
    expected = {"ru": ["железнодорожный транспорт", "технологи", "инфраструктур"],
                "kk": ["темір жол көлігі", "технология", "инфрақұрылым"],
                "mn": ["төмөр замын тээвэр", "технологи", "дэд бүтэц"]}
    for lang, words in expected.items():
        [path] = (tmp_path / "out").glob(f"*.{lang}.docx")
        text = "\n".join(p.text for p in Document(str(path)).paragraphs).lower()
        for word in words:
            assert word in text, (lang, word)
        assert "railway" not in text and "infrastructure projects" not in text


@pytest.mark.parametrize("outlet", ["Tengrinews.kz", "Yonhap", "ARMENPRESS"])
def test_an_outlet_after_a_month_is_no_person(outlet: str) -> None:
    # "early" is a word of a field ("early childhood education"); the month and outlet after it are no name
    facts = extract(parse_article("ASTANA, March 3 (Kazinform) - President Kassym-Jomart Tokayev met with "
                                  f"President Lee Jae-myung. Early May {outlet} reported that the Senate had "
                                  "ratified the agreement."))
    names = [person.name for person in facts.participants + facts.mentioned_people]
    assert names == ["Kassym-Jomart Tokayev", "Lee Jae-myung"]


@pytest.mark.parametrize("sentence, expected", [
    # a list that opens the sentence and is said to have been discussed
    ("Interregional and cross-border cooperation, trade and investment cooperation were also on the agenda.",
     ["interregional", "cross-border", "trade", "investment"]),
    ("He said that trade was discussed.", []),
    # items set apart by semicolons, after "Areas of co-operation … include the"
    ("Areas of co-operation were widened to include the financial sector; education; tourism and ports.",
     ["financial", "education", "tourism", "ports"]),
    # "issues" after a field names the field
    ("They discussed cooperation in agriculture and environmental protection issues.",
     ["agriculture", "environmental protection"]),
])
def test_lists_of_fields_in_more_shapes(sentence: str, expected: list[str]) -> None:
    assert _areas(sentence) == expected


@pytest.mark.parametrize("written, field", [("electrical engineering", "electrical-engineering"),
                                            ("agricultural production", "agriculture")])
def test_more_fields_of_the_vocabulary(written: str, field: str) -> None:
    term = vocabulary.match_area(written)
    assert term is not None and term.key == field
