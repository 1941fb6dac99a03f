"""Documents the text counts and then describes, names only by a list of fields, or whose signatories hold two
offices: what each document covers, one package when the fields cannot be told apart, and sides that are bodies
or countries, never an office glued to a body. Short synthetic sentences, one class of text per test."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_article


def _signed(text: str):
    return extract(parse_article(text)).documents_signed


_LEAD = "LIMA, June 10. Peru and Chile held talks in Lima on Monday.\n\n"


def test_counted_documents_described_in_the_next_sentence_are_one_document_each():
    documents = _signed(_LEAD + "The two ministers signed two cooperation documents worth $5 million. They cover the "
                                "building of a bridge over the Rio Verde and also the supply of water pumps to farms.")
    assert [(d.type, d.subject) for d in documents] == [
        ("other", "building of a bridge over the Rio Verde"), ("other", "supply of water pumps to farms")]
    assert {d.title for d in documents} == {"cooperation documents"}


def test_a_description_that_names_another_number_of_things_leaves_the_count_whole():
    documents = _signed(_LEAD + "The ministers signed three agreements. They cover ports and railways.")
    assert [(d.title, d.subject) for d in documents] == [("three agreements", None)]


def test_fields_no_list_splits_into_documents_are_one_package():
    documents = _signed(_LEAD + "Peru and Chile also signed memoranda of understanding in the fields of fisheries, "
                                "mining, health and the export of farm machinery and spare parts for tractors and "
                                "trucks from Peru to the southern regions of Chile.")
    assert [(d.title, d.type) for d in documents] == [("memoranda of understanding", "memorandum")]
    assert documents[0].subject.startswith("fisheries, mining, health and the export of farm machinery")


def test_a_list_of_fields_stops_at_the_next_document():
    documents = _signed(_LEAD + "Memoranda of cooperation in the field of fisheries and in the field of mining, an "
                                "agreement on the supply of buses with the participation of the Andes Fund were signed.")
    assert not any(d.subject and "agreement" in d.subject for d in documents)


def test_an_office_glued_to_a_body_is_no_party_and_the_countries_are():
    documents = _signed(_LEAD + "Peru's Minister of Transport Ana Ruiz and Deputy Chairman of the Cabinet of Ministers "
                                "and Minister of Foreign Affairs of Chile Jose Soto signed an agreement on road safety.")
    assert [d.parties for d in documents] == [["Peru", "Chile"]]


def test_the_abbreviation_after_a_memorandum_is_the_same_memorandum():
    documents = _signed(_LEAD + "A memorandum was signed between the Senate of Peru and the Senate of Chile on Monday. "
                                "The MoU was signed by the two speakers.")
    assert [d.title for d in documents] == ["memorandum"]


def test_the_aim_after_the_verb_and_the_sides_is_the_subject():
    documents = _signed(_LEAD + "A memorandum was signed between the Senate of Peru and the Senate of Chile on Monday "
                                "with a view to widening parliamentary exchanges.")
    assert [(d.title, d.subject) for d in documents] == [("memorandum", "widening parliamentary exchanges")]
    assert documents[0].parties == ["Senate of Peru", "Senate of Chile"]


def test_what_a_generic_memorandum_covers_after_its_sides_is_its_subject():
    documents = _signed(_LEAD + "They also signed a memorandum of understanding between the customs services of the two "
                                "countries on cooperation in fisheries.")
    assert [d.subject for d in documents] == ["fisheries"]


def test_plural_agreements_on_cooperation_in_two_fields_are_two_agreements():
    documents = _signed(_LEAD + "The parties also signed agreements on cooperation in tourism and sports, a memorandum "
                                "on mining.")
    assert [(d.type, d.subject) for d in documents if d.type == "agreement"] == [
        ("agreement", "tourism"), ("agreement", "sports")]


def test_two_words_sharing_one_head_noun_stay_one_subject():
    for text in ("The parties signed agreements on cooperation in the oil and gas industry.",
                 "The parties signed agreements on cooperation in oil and gas production."):
        assert len(_signed(_LEAD + text)) == 1, text


def test_the_day_and_the_dateline_are_no_sides():
    documents = _signed("LIMA, June 10 – Peru and Chile on Monday signed a protocol on the establishment of a joint "
                        "border commission which met at once.")
    assert [(d.title, d.parties) for d in documents] == [
        ("protocol on the establishment of a joint border commission", ["Peru", "Chile"])]
