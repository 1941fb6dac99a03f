"""Plural documents told apart by purposes or fields: 'Agreements were also signed to A, B, and C', 'the
agreements in the fields of A and B signed at the summit', a declaration 'adopted at the summit' in a quote.
Short synthetic sentences."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_article

MET = "President Luis Soto met President Ana Rojas in Lima. "


def _documents(sentence: str) -> tuple[list[tuple[str, str, str | None]], list[tuple[str, str, str | None]]]:
    facts = extract(parse_article(MET + sentence))
    return ([(d.type, d.title, d.subject) for d in facts.documents_signed],
            [(d.type, d.title, d.subject) for d in facts.documents_referenced])


def test_plural_agreements_signed_for_purposes_listed_without_to_are_one_per_purpose() -> None:
    signed, _ = _documents("Agreements were also signed to open a trade house, exchange students, and promote "
                           "cooperation in the fishing sector.")
    assert signed == [("agreement", "Agreements", "open a trade house"),
                      ("agreement", "Agreements", "exchange students"),
                      ("agreement", "Agreements", "cooperation in the fishing sector")]


def test_plural_memoranda_exchanged_for_a_purpose_keep_it_as_their_subject() -> None:
    signed, _ = _documents("Memoranda were exchanged to enhance cooperation in the mining sector.")
    assert signed == [("memorandum", "Memoranda", "cooperation in the mining sector")]


def test_agreements_in_two_fields_signed_at_the_summit_are_two_signed_agreements() -> None:
    signed, referenced = _documents("The minister said they will build on the agreements in the fields of fishing and "
                                    "tourism signed at the summit.")
    assert signed == [("agreement", "agreements", "fishing"), ("agreement", "agreements", "tourism")]
    assert referenced == []


def test_a_declaration_adopted_at_the_summit_in_a_quote_is_signed_at_this_event() -> None:
    signed, referenced = _documents("“With the joint declaration adopted at the summit, we set our goals,” Soto said.")
    assert [title for _, title, _ in signed] == ["joint declaration"]
    assert referenced == []


def test_a_memorandum_to_boost_cooperation_in_fields_is_named_by_them_not_titled_with_them() -> None:
    signed, _ = _documents("Peru and Chile signed a Memorandum of Understanding to boost cooperation in fishing, "
                           "mining and civil aviation.")
    assert signed == [("memorandum", "Memorandum of Understanding", "cooperation in fishing, mining and civil aviation")]


def test_agreements_on_a_list_along_with_memoranda_on_two_fields_are_one_document_per_field() -> None:
    signed, _ = _documents("The agreements on air transport, road transport, fishing and animal husbandry and "
                           "forestry, along with memorandums of understanding on culture and tourism, were signed "
                           "in Lima.")
    assert [(kind, subject) for kind, _, subject in signed] == [
        ("agreement", "air transport"), ("agreement", "road transport"),
        ("agreement", "fishing and animal husbandry"), ("agreement", "forestry"),
        ("memorandum", "culture"), ("memorandum", "tourism")]


def test_fields_of_ten_counted_agreements_told_next_stay_the_fields_of_the_one_counted_set() -> None:
    signed, _ = _documents("Peru and Chile signed 10 cooperation agreements and one joint statement. The agreements, "
                           "including cooperation in transport, insurance, trade and agriculture, were signed by "
                           "the ministers.")
    assert signed == [("agreement", "10 cooperation agreements", "transport, insurance, trade and agriculture"),
                      ("declaration", "joint statement", None)]


def test_a_signing_ceremony_of_a_named_programme_signs_it_with_its_quoted_other_name() -> None:
    signed, _ = _documents("A signing ceremony was held by the Ministers of Foreign Affairs of Peru L.Soto and Chile "
                           "A.Rojas of the Program of Joint Activities (“Road Map”) on further development of "
                           "cooperation between Peru and Chile for 2025-2026.")
    assert [title for _, title, _ in signed] == [
        "Program of Joint Activities (“Road Map”) on further development of cooperation between Peru and Chile "
        "for 2025-2026"]


def test_memoranda_of_one_inline_list_with_different_sides_stay_apart() -> None:
    signed, _ = _documents("The four MoUs included a memorandum of understanding between Peru's Ministry of Labor and "
                           "Chile's labor institute, an MoU on a plan to establish a technology center, an MoU between "
                           "the railway authorities of Peru and Chile to boost transport cooperation, and an MoU on "
                           "the settlement of claims.")
    assert any("railway authorities" in title for _, title, _ in signed)
    assert len(signed) == 4


def test_the_signed_agreements_and_memoranda_refer_to_the_documents_named_before() -> None:
    signed, referenced = _documents("The parties signed 15 documents. The president noted the importance of the signed "
                                    "agreements and memoranda for both countries.")
    assert [title for _, title, _ in signed] == ["15 documents"]
    assert referenced == []


def test_agreements_covering_a_wide_range_of_areas_including_a_list_are_one_set_of_those_fields() -> None:
    signed, _ = _documents("As a result of the council meeting, bilateral agreements covering a wide range of important "
                           "areas including health, energy, agriculture and culture were signed, he added.")
    assert signed == [("agreement", "agreements", "health, energy, agriculture, culture")]


def test_five_counted_agreements_in_various_areas_including_a_list_stay_a_count() -> None:
    signed, _ = _documents("The sides signed five agreements in various areas including trade, culture, energy, and "
                           "transport, which aim to strengthen cooperation.")
    assert all(subject is None or "which" not in subject for _, _, subject in signed)


def test_signing_a_memorandum_between_two_agencies_that_will_strengthen_them_ends_the_title_at_its_sides() -> None:
    signed, referenced = _documents("Signing a memorandum of understanding between the Andina News Agency and the "
                                    "Chilean News Agency will strengthen the positions of the two agencies.")
    assert [title for _, title, _ in signed + referenced] == [
        "memorandum of understanding between the Andina News Agency and the Chilean News Agency"]
