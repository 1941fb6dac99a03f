"""Documents as an unseen batch (fresh46) wrote them: a list of subjects each with its own "on" after the verb,
documents "aimed at" A and "on" B, one noun for two pairs of sides, a class of documents named again in a
quotation, and a pair of countries joined by an en dash. Short synthetic sentences."""

from __future__ import annotations

import pytest

from briefing.extract import extract
from briefing.ingest import parse_article

LEAD = "date 2025-04-26\nLIMA, April 26. The presidents of Peru and Chile held talks. "


def _signed(text: str) -> list[str]:
    return [(d.subject or d.title) for d in extract(parse_article(LEAD + text)).documents_signed]


def test_subjects_each_with_its_own_on_after_the_signing_verb() -> None:
    assert _signed("Intergovernmental agreements have also been signed on the protection of industrial property, "
                   "on cooperation in the field of migration and on the technical protection of information.") == [
        "the protection of industrial property", "cooperation in the field of migration",
        "the technical protection of information"]


def test_documents_aimed_at_one_subject_and_on_others() -> None:
    assert _signed("The governments signed a number of documents aimed at the development of the transport route, on "
                   "technical and economic cooperation, on mutual waiver of visa requirements, etc.") == [
        "the development of the transport route", "technical and economic cooperation",
        "mutual waiver of visa requirements"]


@pytest.mark.parametrize("text", [
    "Two agreements were signed on the sidelines of the forum, on trade and on energy.",
    "A memorandum was signed on Monday, on trade and on energy.",
])
def test_an_occasion_or_a_day_after_on_is_no_subject(text: str) -> None:
    assert not any("sidelines" in item or "Monday" in item for item in _signed(text))


def test_one_noun_for_two_pairs_of_sides_is_a_document_for_each_pair() -> None:
    facts = extract(parse_article(LEAD + "Agreements establishing twin-city relations between Cusco and Arica as well "
                                  "as Tacna and Iquique were signed."))
    assert [(d.title, d.parties) for d in facts.documents_signed] == [
        ("Agreements establishing twin-city relations between Cusco and Arica", ["Cusco", "Arica"]),
        ("Agreements establishing twin-city relations between Tacna and Iquique", ["Tacna", "Iquique"])]


def test_a_class_of_documents_in_a_quotation_is_the_documents_reported_before() -> None:
    facts = extract(parse_article(LEAD + "Officials signed four cooperation documents. “Strategic agreements were "
                                  "signed between us and Chile,” the Peruvian president said."))
    assert [d.title for d in facts.documents_signed] == ["four cooperation documents"]
    assert facts.documents_referenced == []


def test_a_pair_of_countries_joined_by_an_en_dash_keeps_the_document() -> None:
    [title] = _signed("The ministers took part in the signing ceremony of the Peru–Chile Inter-Ministerial Cooperation "
                      "Program for 2025–2026, the agency reports.")
    assert title.endswith("Inter-Ministerial Cooperation Program for 2025–2026")


def _parties(text: str) -> list[list[str]]:
    return [d.parties for d in extract(parse_article(LEAD + text)).documents_signed]


def test_a_long_institute_of_a_ministry_is_a_side_of_its_own() -> None:
    assert _parties("An agreement on cooperation between the Center for Advanced Training and Retraining of Diplomatic "
                    "Service Employees of the Ministry of Foreign Affairs of the Republic of Peru and the Diplomatic "
                    "Academy of Chile was signed.") == [[
        "Center for Advanced Training and Retraining of Diplomatic Service Employees of the Ministry of Foreign "
        "Affairs of the Republic of Peru", "Diplomatic Academy of Chile"]]


def test_a_city_described_as_a_capital_is_the_side() -> None:
    assert _parties("An agreement between Cusco, the capital of Cusco Region of the Republic of Peru and Arica City on "
                    "the establishment of sister city relations was signed.") == [["Cusco", "Arica City"]]


def test_a_plural_ministry_of_one_country_and_another_countrys_ministry_are_two_sides() -> None:
    assert _parties("A memorandum between the Ministries of Energy and Mines of Peru and the Ministry of Energy of "
                    "Chile was signed.") == [["Ministry of Energy and Mines of Peru", "Ministry of Energy of Chile"]]


def test_words_of_a_bodys_name_are_no_person() -> None:
    facts = extract(parse_article(LEAD + "A memorandum between the Institute of Geophysics of Peru and the Institute "
                                  "of Seismology and Atmospheric Physics of the Academy of Sciences of Chile was signed."))
    assert "Atmospheric Physics" not in [p.name for p in [*facts.participants, *facts.mentioned_people]]


def test_the_national_museums_of_two_countries_are_each_ones_museum() -> None:
    assert _parties("An agreement between the national museums of Peru and Chile was signed.") == [
        ["National Museum of Peru", "National Museum of Chile"]]


def test_what_a_document_between_named_sides_is_on_told_after_them() -> None:
    facts = extract(parse_article(LEAD + "These agreements include a memorandum of understanding between the Government "
                                  "of Peru and the Cabinet of Ministers of Chile, focusing on matters related to "
                                  "biological security."))
    assert [d.subject for d in facts.documents_signed] == ["biological security"]


def test_the_bodies_a_document_is_signed_with_the_participation_of_are_its_sides() -> None:
    facts = extract(parse_article(LEAD + "The talks resulted in the signing of the meeting’s protocol as well as the "
                                  "agreement on the establishment of a company with the participation of the Center "
                                  "for Green Technology and Peru’s Agrarian Bank, Lima Stock Exchange, and Union of "
                                  "Banks."))
    assert [(d.title, d.parties) for d in facts.documents_signed] == [
        ("meeting’s protocol", []),  # the sitting whose record it is names it
        ("agreement on the establishment of a company", ["Center for Green Technology", "Peru’s Agrarian Bank",
                                                         "Lima Stock Exchange", "Union of Banks"])]


def test_exchange_notes_and_treaties_of_an_earlier_visit() -> None:
    facts = extract(parse_article(LEAD + "The ambassador and the finance minister signed exchange notes. The two states "
                                  "signed treaties on allied relations during the December 2022 state visit of the "
                                  "President to Lima."))
    assert [d.title for d in facts.documents_signed] == ["exchange notes"]
    assert [(d.title, d.status) for d in facts.documents_referenced] == [("treaties on allied relations", "signed earlier")]


def test_a_signing_told_first_by_its_subject_then_by_its_full_name_is_one_signed_document() -> None:
    facts = extract(parse_article(LEAD + "Signing of memorandum on joint exploration and development of the Dostlug "
                                  "field is a significant event that will have positive consequences, the President "
                                  "of Peru said in connection with the signing of a Memorandum of Understanding between "
                                  "the Government of Peru and the Government of Chile on joint exploration and "
                                  "development of the Dostlug field."))
    assert [(d.title, d.status) for d in facts.documents_signed] == [
        ("Memorandum of Understanding between the Government of Peru and the Government of Chile on joint exploration "
         "and development of the Dostlug field", None)]
    assert facts.documents_referenced == []
