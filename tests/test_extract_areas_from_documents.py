"""Fields a document is named by are fields of cooperation too: 'agreements on air transport, agriculture and
tourism were signed'; a subject that is no field ('the Trans-Andean route') is not. Short synthetic sentences."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_article

MET = "President Luis Soto met President Ana Rojas in Lima. "


def _areas(sentence: str) -> list[str]:
    return extract(parse_article(MET + sentence)).cooperation_areas


def test_the_fields_of_documents_signed_on_a_list_of_fields_are_areas() -> None:
    assert _areas("The agreements on air transport, agriculture and tourism were signed in Lima.") == [
        "air transport", "agriculture", "tourism"]


def test_fields_of_counted_agreements_told_next_are_areas_once() -> None:
    areas = _areas("They signed 10 agreements. The agreements, including cooperation in insurance, fisheries and "
                   "mining, were signed by the ministers.")
    assert sorted(areas) == ["fisheries", "insurance", "mining"]


def test_a_named_route_a_document_is_about_is_no_area() -> None:
    areas = _areas("Agreements on the Trans-Andean transport route and on the waiver of visa requirements were signed.")
    assert not any("Trans-Andean" in area or "visa" in area for area in areas)


def test_areas_given_attention_to_are_areas() -> None:
    assert _areas("Special attention was given to the transport and logistics interaction.") == ["transport and logistics"]


def test_the_field_in_the_proper_name_of_a_document_signed_is_an_area() -> None:
    areas = _areas("The sides signed the Agreement on Scientific Cooperation between the academies of Peru and Chile "
                   "and the Roadmap for Tourism Development for 2026-2027.")
    assert areas == ["scientific", "tourism"]


def test_a_field_in_the_name_of_a_party_or_a_commission_is_no_area_of_the_document() -> None:
    areas = _areas("They signed the Memorandum of Cooperation between the Institute for Legislative Research of Peru "
                   "and the Senate of Chile, and the Protocol of the meeting of the Commission on Economic Cooperation.")
    assert areas == []
