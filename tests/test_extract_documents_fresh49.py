"""Documents as an unseen batch (fresh49) wrote them: a protocol to an existing agreement, a signing whose
anniversary is marked, sides that "entered into" an agreement, a subject "in relation to" what it covers, the next
document told as "Another document is …", and a package of agreements "and contracts". Short synthetic sentences."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_article
from briefing.models import Facts

LEAD = "date 2025-04-26\nLIMA, April 26. The presidents of Peru and Chile held talks. "


def _facts(text: str) -> Facts:
    return extract(parse_article(LEAD + text))


def test_a_protocol_to_an_agreement_is_one_document_that_names_the_agreement_it_adds_to() -> None:
    facts = _facts("The two sides also signed a protocol to the intergovernmental agreement on the opening of trade "
                   "missions of Peru and Chile.")
    assert [(d.type, d.title) for d in facts.documents_signed] == [
        ("protocol", "protocol to the intergovernmental agreement on the opening of trade missions of Peru and Chile")]
    # the agreement it adds to was signed before: a document mentioned, never a second one signed
    assert [(d.title, d.status) for d in facts.documents_referenced] == [
        ("intergovernmental agreement on the opening of trade missions of Peru and Chile", "signed earlier")]


def test_the_anniversary_of_a_signing_is_history() -> None:
    facts = _facts("The meeting marks the 25th anniversary of the signing of the Declaration on Eternal Friendship "
                   "between the two countries.")
    assert facts.documents_signed == []
    assert [d.title for d in facts.documents_referenced] == [
        "Declaration on Eternal Friendship between the two countries"]


def test_the_sides_that_entered_into_an_agreement_and_what_its_subject_covers() -> None:
    facts = _facts("Besides, the Ministry of Economy of Peru and the Ministry of Finance of Chile entered into the "
                   "agreement on elimination of double taxation in relation to income taxes and prevention of tax "
                   "evasion.")
    [document] = facts.documents_signed
    assert document.title == ("agreement on elimination of double taxation in relation to income taxes and "
                              "prevention of tax evasion")
    assert document.parties == ["Ministry of Economy of Peru", "Ministry of Finance of Chile"]


def test_another_document_is_the_next_one_signed() -> None:
    facts = _facts("The ministers signed a memorandum on the establishment of a joint university. Another document "
                   "is the Agreement on cooperation in the field of veterinary medicine.")
    assert [d.type for d in facts.documents_signed] == ["memorandum", "agreement"]
    assert facts.documents_signed[1].title.startswith("Agreement on cooperation in the field of veterinary")


def test_a_package_of_agreements_and_contracts_is_one_package() -> None:
    facts = _facts("After the forum, Peru and Chile signed a package of commercial agreements and contracts worth "
                   "nearly 900 million US dollars.")
    assert [d.title for d in facts.documents_signed] == ["package of commercial agreements"]
