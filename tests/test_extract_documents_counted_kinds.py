"""Documents counted as one set of two kinds ('14 bilateral agreements and memoranda of understanding were
signed'), and MoUs 'for cooperation in the fields of' a list. Short synthetic sentences."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_article

MET = "President Luis Soto met President Ana Rojas in Lima. "


def _signed(sentence: str) -> list[tuple[str, str, str | None]]:
    return [(d.type, d.title, d.subject) for d in extract(parse_article(MET + sentence)).documents_signed]


def test_a_count_over_two_kinds_with_an_adjective_is_one_set_of_other_documents() -> None:
    assert _signed("14 bilateral agreements and memoranda of understanding (MoU) were signed in the presence of "
                   "the ministers.") == [("other", "14 bilateral agreements and memoranda of understanding (MoU)", None)]


def test_memoranda_for_cooperation_in_a_list_of_fields_keep_every_field() -> None:
    [(kind, title, subject), *_] = _signed("Among those signed are MoUs for cooperation in the fields of tourism, "
                                          "energy, sports as well as an agreement on labour.")
    assert (kind, subject) == ("memorandum", "tourism, energy, sports")


def test_a_subject_stops_where_the_next_document_of_the_sentence_begins() -> None:
    signed = _signed("A Memorandum was also signed between Petroperu and Enap on the purchase of oil and an agreement "
                     "on the transit of oil.")
    assert signed[0] == ("memorandum", "Memorandum", "the purchase of oil")
    assert signed[1][1] == "agreement on the transit of oil"


def test_documents_a_class_includes_are_documents_of_their_own_not_its_subject() -> None:
    signed = _signed("The parties signed agreements, including a roadmap for supporting investment projects and a "
                     "memorandum of understanding for the creation of an Expert Center.")
    assert signed == [("agreement", "agreements", None),  # the class the briefing lists them under («в том числе»)
                      ("roadmap", "roadmap", "supporting investment projects"),
                      ("memorandum", "memorandum of understanding for the creation of an Expert Center", None)]


def test_what_a_package_includes_told_as_a_class_is_no_document_of_its_own() -> None:
    signed = _signed("Peru and Chile on Thursday signed 20 documents. The ministry said the documents, which include "
                     "agreements to deepen cooperation in the investment, transport and culture sectors, were signed "
                     "by delegations.")
    assert signed == [("other", "20 documents", None)]


def test_a_purpose_goes_on_over_its_list_of_fields_but_not_over_who_reported_it() -> None:
    assert _signed("They signed grant agreements to support major projects across energy, transport, healthcare, and "
                   "human capital development.") == [
        ("agreement", "grant agreements",
         "support major projects across energy, transport, healthcare, and human capital development")]
    assert _signed("They signed an agreement to abolish visas, the ministry said.") == [
        ("agreement", "agreement", "abolish visas")]


def test_pairs_of_sides_that_each_name_their_kind_of_division_are_one_document_each() -> None:
    facts = extract(parse_article(MET + "Memoranda were also signed to enhance cooperation between Cusco and Arica "
                                        "regions, Puno and Tacna regions, Lima and Santiago regions."))
    assert [document.parties for document in facts.documents_signed] == [["Cusco", "Arica"], ["Puno", "Tacna"],
                                                                           ["Lima", "Santiago"]]


def test_programmes_signed_for_a_purpose_between_pairs_of_regions_are_one_each_with_that_purpose() -> None:
    facts = extract(parse_article(MET + "Comprehensive programs were also signed to enhance cooperation for 2023-2025 "
                                        "between Cusco and Arica regions, Puno and Tacna regions."))
    assert [(d.title, d.subject, d.parties) for d in facts.documents_signed] == [
        ("Comprehensive program", "cooperation for 2023-2025", ["Cusco", "Arica"]),
        ("Comprehensive program", "cooperation for 2023-2025", ["Puno", "Tacna"])]
