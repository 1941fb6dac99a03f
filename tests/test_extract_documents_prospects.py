"""Documents still to come, first met on an unseen batch (fresh32): an invitation to come and sign, negotiations
toward signing, a forum 'planning to conclude' agreements, and what 'including deals on …' adds to documents the
sentence already named. Short synthetic sentences."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_article

LEAD = "date 2025-05-05\nLIMA, May 5. The ministers of Peru and Chile met. "


def _documents(text: str) -> tuple[list[str], list[tuple[str, str | None]]]:
    facts = extract(parse_article(LEAD + text))
    return [d.title for d in facts.documents_signed], [(d.title, d.status) for d in facts.documents_referenced]


def test_an_invitation_to_come_and_sign_is_a_signing_to_come():
    signed, referenced = _documents("The Speaker invited his guest to Lima to sign an agreement on a joint commission.")
    assert signed == []
    assert referenced == [("agreement on a joint commission", "to be signed")]


def test_negotiations_toward_signing_and_what_they_include():
    signed, referenced = _documents("They pledged to speed up negotiations toward signing key agreements, laying a "
                                    "basis for ties, including deals on investment protection and visa exemptions.")
    assert signed == []
    assert referenced == [("key agreements", "to be signed")]


def test_planning_to_conclude_mutually_beneficial_agreements():
    signed, referenced = _documents("Business people held meetings, planning to conclude mutually beneficial "
                                    "trade agreements.")
    assert signed == []
    assert referenced == [("mutually beneficial trade agreements", "to be concluded")]


def _subjects(text: str) -> list[tuple[str, str | None]]:
    return [(d.title, d.subject) for d in extract(parse_article(LEAD + text)).documents_signed]


def test_what_a_generic_document_sets_out_is_its_subject():
    # fresh33: the annotators read the memorandum's aim and the protocol's outline as their subjects
    assert _subjects("Peru and Chile signed a memorandum of understanding aimed at strengthening business ties "
                     "between entrepreneurs and elevating cooperation, the chamber said.") == \
        [("memorandum of understanding", "strengthening business ties between entrepreneurs")]
    assert _subjects("Peru and Chile signed a protocol under the Intergovernmental Commission on Trade, outlining "
                     "specific steps to deepen relations, Andina reports.") == [("protocol", "specific steps to deepen relations")]
    assert _subjects("The meeting resulted in the signing of a Protocol which outlined the trends of trade, cultural "
                     "and scientific cooperation.") == [("Protocol", "the trends of trade, cultural and scientific cooperation")]


def test_the_document_a_protocol_amends_is_part_of_its_name():
    assert _subjects("The parties signed the Protocol on Amendments to the Agreement on Trade.") == \
        [("Protocol on Amendments to the Agreement on Trade", None)]


def test_what_a_signed_document_is_expected_to_do_keeps_it_signed():
    signed, referenced = _documents("The sides signed a Memorandum of Understanding on cooperation between the Peru "
                                    "Chamber of Commerce and the Chile Chamber of Commerce, which is expected to make a "
                                    "contribution to trade.")
    assert len(signed) == 1 and signed[0].startswith("Memorandum of Understanding on cooperation") and referenced == []
