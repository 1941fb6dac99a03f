"""Documents listed inside one running sentence: comma lists of titles with their fields, names quoted
after a plural noun. Short synthetic sentences, one class of text per test."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_article


def _titles(text: str) -> list[str]:
    return [d.title for d in extract(parse_article(text)).documents_signed]


def test_each_item_of_a_comma_list_keeps_its_field():
    titles = _titles("The ministers met in Lima. The sides signed an agreement on cooperation in fighting fraud "
                     "and protecting consumers, a cooperation agreement in the field of music, a cooperation "
                     "agreement in sport, youth policy and adult learning, and a cooperation agreement in the "
                     "field of forestry as well as a memorandum of understanding on fisheries.")
    assert titles[:4] == ["agreement on cooperation in fighting fraud and protecting consumers",
                          "cooperation agreement in the field of music",
                          "cooperation agreement in sport, youth policy and adult learning",
                          "cooperation agreement in the field of forestry"]


def test_an_item_without_an_article_keeps_its_modifiers():
    titles = _titles("The ministers met in Quito. They signed a cooperation agreement in the field of music, "
                     "rail freight agreement, and a memorandum on fisheries.")
    assert "rail freight agreement" in titles


def test_a_verb_after_the_comma_is_no_modifier_of_the_title():
    titles = _titles("The ministers met in Quito. They held talks on a treaty, signed agreements on trade "
                     "and tourism, and visited a museum.")
    assert not any(title.startswith("signed") for title in titles)


def test_names_quoted_after_a_plural_noun_are_the_documents():
    titles = _titles("The delegations met in Riga. Two agreements were signed «On the opening of a trade office "
                     "in Riga» and «On the project for the repair of rural roads — Phase 2».")
    assert titles == ["On the opening of a trade office in Riga",
                      "On the project for the repair of rural roads — Phase 2"]


def test_names_quoted_in_straight_quotes_after_the_verb():
    titles = _titles('The delegations met in Riga. The sides signed agreements "On mutual legal assistance" and '
                     '"On the transfer of sentenced persons".')
    assert titles == ["On mutual legal assistance", "On the transfer of sentenced persons"]


def test_a_lone_document_keeps_its_fields_out_of_the_title():
    assert _titles("The ministers met in Lima. The sides signed a roadmap on cooperation in mining, fishing "
                   "and tourism.") == ["roadmap on cooperation"]


def test_a_plural_class_is_named_by_its_fields():
    assert _titles("The ministers met in Lima. They signed cooperation programs in mining, youth policy, "
                   "and tourism.") == ["cooperation programs in mining, youth policy, and tourism"]


def test_putting_signatures_to_a_treaty_signs_it():
    assert _titles("The presidents met in Baku. The presidents have put their signatures to a treaty on "
                   "friendship.") == ["treaty on friendship"]


def test_a_gapped_second_clause_is_a_second_document():
    assert _titles("The presidents met in Baku. Farm ministers inked an inter-government agreement on cooperation "
                   "in the agri-industrial complex, and transport ministers, an inter-government agreement on "
                   "cooperation in logistics.") == [
        "inter-government agreement on cooperation in the agri-industrial complex",
        "inter-government agreement on cooperation in logistics"]
