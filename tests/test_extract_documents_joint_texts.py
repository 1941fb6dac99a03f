"""The leaders' joint statement or communique, verb phrases that must stay out of a title, plans announced with
"set to", and an agreement a parliament's law ratifies. Short synthetic sentences, one class of text per test."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_article


def _documents(text: str) -> tuple[list[tuple[str, str]], list[tuple[str, str, str | None]]]:
    facts = extract(parse_article(text))
    return ([(d.type, d.title) for d in facts.documents_signed],
            [(d.type, d.title, d.status) for d in facts.documents_referenced])


def test_a_joint_communique_inked_by_the_leaders_is_signed_at_the_event():
    signed, _ = _documents("The presidents met in Lima. The two leaders inked the joint communique following "
                           "their talks.")
    assert signed == [("declaration", "joint communique")]


def test_a_joint_statement_the_leaders_made_is_a_declaration():
    signed, _ = _documents("The presidents met in Quito. Also, the two presidents made a joint statement.")
    assert signed == [("declaration", "joint statement")]


def test_a_statement_to_the_press_is_no_document():
    signed, referenced = _documents("The presidents met in Quito. The minister made a statement to the press.")
    assert signed == [] and referenced == []


def test_the_joint_communique_does_not_swallow_the_package_signed_beside_it():
    signed, _ = _documents("The presidents met in Lima. The two leaders inked the joint communique. The "
                           "governments of Peru and Chile signed a number of documents on transport and on customs.")
    assert ("declaration", "joint communique") in signed
    assert any("document" in title for _, title in signed)


def test_have_also_been_signed_stays_out_of_the_title():
    signed, _ = _documents("The presidents met in Riga. An agreement on sports between the Sports Committee of "
                           "Latvia and its Estonian counterpart has also been signed.")
    assert [title for _, title in signed] == [
        "agreement on sports between the Sports Committee of Latvia and its Estonian counterpart"]


def test_a_treaty_that_has_been_signed_is_signed_now():
    signed, referenced = _documents("The presidents met in Minsk. A treaty on strategic partnership between "
                                    "Northland and Southland have been signed following the talks.")
    assert signed == [("agreement", "treaty on strategic partnership between Northland and Southland")]
    assert referenced == []


def test_documents_the_sides_are_set_to_sign_are_still_to_come():
    signed, referenced = _documents("The president will visit Oslo next week. The parties are set to sign several "
                                    "cooperation agreements.")
    assert signed == []
    assert [(kind, title) for kind, title, _ in referenced] == [("agreement", "several cooperation agreements")]


def test_the_agreement_a_law_ratifies_was_signed_before():
    _, referenced = _documents("The president signed the law on the ratification of the agreement between the "
                               "Government of Kyrgyzstan and the Government of Turkey on trade houses, signed on "
                               "June 9, 2021 in Ankara.")
    assert [(kind, status) for kind, _, status in referenced] == [("agreement", "ratified")]


def test_the_joint_statement_of_the_heads_of_state_to_be_adopted_is_referenced():
    _, referenced = _documents("The president will visit Tashkent next week. As a result of the talks, the joint "
                               "statement of the heads of state will be adopted.")
    assert referenced == [("declaration", "joint statement of the heads of state", "to be adopted")]
