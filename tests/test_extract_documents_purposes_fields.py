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
