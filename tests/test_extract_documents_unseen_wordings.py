"""Document wordings first met on an unseen batch (fresh18): a list introduced by 'Among them:' after a
sentence, 'several agreements in the fields of A, B and more', a title that ends before 'will be signed',
a subject and sides told after the verb, a document dated to an earlier month, minutes 'for the 8th term',
a field without 'the', and two capitalized titles joined by a bare 'and'. Short synthetic sentences."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_article


def _facts(text: str):
    return extract(parse_article(text))


def _signed(text: str) -> list[tuple[str, str | None]]:
    return [(d.title, d.subject) for d in _facts(text).documents_signed]


def test_among_them_after_a_sentence_opens_a_bulleted_list_of_whole_titles():
    facts = _facts("date 2025-05-01\nLIMA, May 1. A set of documents was signed by the ministries. Among them:\n"
                   "– Program to increase exports of coffee;\n"
                   "– Protocol on amendments to the Agreement on the Joint Fund;\n"
                   "– Action plan for cooperation in culture for 2026-2027.\n")
    assert [d.title for d in facts.documents_signed] == [
        "Program to increase exports of coffee",
        "Protocol on amendments to the Agreement on the Joint Fund",
        "Action plan for cooperation in culture for 2026-2027"]


def test_several_agreements_in_the_fields_of_a_list_are_one_package_and_more_is_no_field():
    facts = _facts("date 2025-05-01\nLIMA, May 1. The ministers met. \"Several agreements on cooperation in the fields "
                   "of mining, fishing, tourism, and more will be signed,\" the minister said.")
    documents = facts.documents_referenced
    assert len(documents) == 1
    assert documents[0].subject == "mining, fishing, tourism"


def test_agreements_on_a_and_on_b_stay_two_documents():
    assert len(_signed("The ministers met in Lima. Agreements on cooperation in mining and fishing were signed.")) == 2


def test_a_title_ends_before_will_be_signed():
    facts = _facts("The ministers met in Lima. A Joint Declaration on friendship between Peru and Chile will be "
                   "signed next week.")
    assert [d.title for d in facts.documents_referenced] == ["Joint Declaration on friendship between Peru and Chile"]


def test_the_subject_and_the_sides_told_after_the_verb():
    facts = _facts("The commission met in Lima. A memorandum was also signed between the Peruvian Customs Authority "
                   "and the Ministry of Finance of Chile to develop cooperation in the field of customs control.")
    document = facts.documents_signed[0]
    assert document.subject == "customs control"
    assert document.parties == ["Peruvian Customs Authority", "Ministry of Finance of Chile"]


def test_a_subject_after_the_sides_with_an_inner_comma_in_a_side():
    facts = _facts("The commission met in Lima. A memorandum of understanding was signed between the Ministry of "
                   "Trade of Peru and the Ministry of Investment, Industry and Trade of Chile on expanding exports.")
    document = facts.documents_signed[0]
    assert document.subject == "expanding exports"
    assert document.parties == ["Ministry of Trade of Peru", "Ministry of Investment, Industry and Trade of Chile"]


def test_a_document_signed_in_an_earlier_month_is_referenced():
    facts = _facts("date 2024-05-28\nThe ambassador met the speaker. They noted the start of projects under the "
                   "agreement on a long-term partnership, signed by the governments of the two countries in March.")
    assert facts.documents_signed == []
    assert [d.status for d in facts.documents_referenced] == ["signed earlier"]


def test_minutes_for_the_eighth_term_keep_their_name():
    assert _signed("The commission met in Lima. The Protocol for the 8th term was signed by the co-chairs.") == [
        ("Protocol for the 8th term", None)]


def test_a_field_named_without_the_stays_in_the_title():
    titles = [title for title, _ in _signed("The forum was held in Lima. The parties signed a Plan for joint actions "
                                            "in road and transportation field.")]
    assert titles == ["Plan for joint actions in road and transportation field"]


def test_two_capitalized_titles_joined_by_a_bare_and_are_two_documents():
    titles = [title for title, _ in _signed("The forum was held in Lima. Parties signed Memorandum of cooperation "
                                            "between the Bank and Customs Agency and Memorandum of cooperation "
                                            "between the Bank and Tax Agency.")]
    assert titles == ["Memorandum of cooperation between the Bank and Customs Agency",
                      "Memorandum of cooperation between the Bank and Tax Agency"]


def test_a_quote_that_opens_the_article_after_its_header_resolves_without_looping():
    facts = _facts("date 2025-05-01\n\"We will sign a treaty,\" he added.")
    assert len(facts.quotes) == 1
