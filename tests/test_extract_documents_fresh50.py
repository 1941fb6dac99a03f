"""Documents as an unseen batch (fresh50) wrote them: a list set out with semicolons whose items hold commas, an
"action plan to develop" (a name, not a plan to sign), programmes and plans "of cooperation" or "of measures",
the same memorandum named three ways, its sides after "between" with the speaker after them, and memoranda
counted in one sentence and named by their fields in the next. Short synthetic sentences."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_article
from briefing.models import Facts

LEAD = "date 2025-04-26\nLIMA, April 26. The presidents of Peru and Chile held talks. "


def _facts(text: str) -> Facts:
    return extract(parse_article(LEAD + text))


def test_items_of_a_semicolon_list_keep_their_commas_and_none_is_still_to_come() -> None:
    facts = _facts("The two sides signed an action plan to develop cooperation for 2024-2025; an agreement on the "
                   "development of competition, consumer protection and advertising; a program of cooperation in the "
                   "field of sports for 2024-2025; the plan of joint measures in the field of plant quarantine.")
    assert [d.title for d in facts.documents_signed] == [
        "action plan to develop cooperation for 2024-2025",
        "agreement on the development of competition, consumer protection and advertising",
        "program of cooperation in the field of sports for 2024-2025",
        "plan of joint measures in the field of plant quarantine"]
    assert facts.documents_referenced == []


def test_one_memorandum_named_three_ways_with_its_sides_and_no_speaker() -> None:
    facts = _facts("A Memorandum of Understanding on the preparation of the Country Framework was signed between Peru "
                   "and the Andean Bank, Minister of Economy Ana Rivas said on X, News agency reports. The memorandum "
                   "on the preparation of the Country Framework for Peru was signed by the minister. “We signed the "
                   "Memorandum of Understanding on the Preparation of the Country Framework for Peru between the "
                   "Ministry of Economy of Peru and the Andean Bank,” the minister said.")
    [document] = facts.documents_signed
    assert document.parties == ["Ministry of Economy of Peru", "Andean Bank"]
    assert not document.title.endswith("said")
    assert not any(name.startswith("Understanding") for name in facts.organizations)


def test_memoranda_counted_then_named_by_as_many_fields_stay_memoranda_one_per_field() -> None:
    facts = _facts("Peru and Chile signed three memorandums of understanding on Wednesday. The agreements cover areas "
                   "such as trade, tourism, and customs affairs.")
    assert [(d.type, d.title, d.subject) for d in facts.documents_signed] == [
        ("memorandum", "memorandums of understanding", "trade"),
        ("memorandum", "memorandums of understanding", "tourism"),
        ("memorandum", "memorandums of understanding", "customs affairs")]


def test_five_memoranda_named_by_three_fields_stay_one_counted_set_of_five() -> None:
    # three memoranda would misstate the count: which of the five covers which field the text does not say
    facts = _facts("Peru and Chile signed five memorandums of understanding on Wednesday. The agreements cover areas "
                   "such as trade, tourism, and customs affairs.")
    assert [(d.type, d.title, d.subject) for d in facts.documents_signed] == [
        ("memorandum", "five memorandums of understanding", "trade, tourism, and customs affairs")]


def test_a_protocol_to_amend_an_agreement_and_the_agreement_amended() -> None:
    facts = _facts("The ministers signed a protocol to amend an agreement on air cargo cooperation.")
    assert [d.title for d in facts.documents_signed] == ["protocol to amend an agreement on air cargo cooperation"]
    assert [(d.title, d.status) for d in facts.documents_referenced] == [
        ("agreement on air cargo cooperation", "signed earlier")]


def test_counted_documents_told_one_by_one_by_their_order() -> None:
    facts = _facts("The presidents oversaw the signing of four agreements. The first agreement focused on expanding "
                   "cooperation in labour migration. The second agreement was a protocol to amend an agreement on air "
                   "cargo cooperation. The third agreement was within the domain of smart cities. The fourth agreement "
                   "was within the sector of industrial cooperation signed by the ministers of industry.")
    assert [(d.type, d.subject) for d in facts.documents_signed] == [
        ("agreement", "expanding cooperation in labour migration"),
        ("protocol", None),
        ("agreement", "smart cities"),
        ("agreement", "industrial cooperation")]


def test_the_year_a_title_covers_does_not_date_the_signing() -> None:
    facts = extract(parse_article("date 2024-12-24\nThe heads of the Lima region of Peru and the Arica region of Chile "
                                  "signed a cooperation agreement. Roadmaps for cooperation in 2025 have been signed.\n"))
    assert [(d.title, d.status) for d in facts.documents_signed] == [
        ("cooperation agreement", None), ("Roadmaps for cooperation in 2025", None)]


def test_a_purpose_told_after_the_place_and_a_protocol_described_before_its_verb() -> None:
    facts = _facts("The ministers signed an agreement in Lima to establish regular air links between the capitals. "
                   "Following the meeting, the protocol describing all the agreements reached was signed.")
    assert [(d.type, d.subject, d.status) for d in facts.documents_signed] == [
        ("agreement", "establish regular air links between the capitals", None),
        ("protocol", "all the agreements reached", None)]


def test_the_agreement_signed_after_another_document_is_that_one_named_again() -> None:
    facts = _facts("Peru and Chile signed a Program of Trade Cooperation through 2030. The agreement was signed "
                   "following talks between the presidents.")
    assert [d.title for d in facts.documents_signed] == ["Program of Trade Cooperation through 2030"]


def test_two_memoranda_one_with_each_side_and_its_field_in_brackets() -> None:
    facts = _facts("The Ministry of Environment of Peru entered into two memoranda of understanding - one with the "
                   "Ministry of Agriculture of Chile (in the field of forestry development) and another with the "
                   "Ministry of Mining of Chile (for cooperation in environmental protection).")
    assert [(d.subject, d.parties) for d in facts.documents_signed] == [
        ("forestry development", ["Ministry of Environment of Peru", "Ministry of Agriculture of Chile"]),
        ("environmental protection", ["Ministry of Environment of Peru", "Ministry of Mining of Chile"])]


def test_what_a_document_was_signed_to_do_is_its_subject() -> None:
    facts = _facts("Following the meeting, a protocol was signed to document the outcomes of the 18th meeting of the "
                   "Joint Commission. A memorandum to boost trade was signed.")
    assert [d.subject for d in facts.documents_signed] == [
        "document the outcomes of the 18th meeting of the Joint Commission", "boost trade"]


def test_memoranda_between_pairs_of_towns_are_one_each_and_the_towns_are_written_in_cyrillic(tmp_path) -> None:
    from conftest import briefing_text

    article = ("date 2025-04-26\nBAKU, April 26. A forum of regions was held in Quba. In particular, memoranda of "
               "understanding in trade were signed between Termez and Bilasuvar, Namangan and Mingachevir.\n")
    facts = extract(parse_article(article))
    assert [(d.title, d.parties) for d in facts.documents_signed] == [
        ("memorandum of understanding in trade", ["Termez", "Bilasuvar"]),
        ("memorandum of understanding in trade", ["Namangan", "Mingachevir"])]
    text = briefing_text(tmp_path, article, "ru")
    assert "Bilasuvar" not in text.split("Источник")[0] and "Биласувар" in text
