"""Document wordings first met on the fresh37 batch: a joint statement named with the two states that issue it, a
subject in capitals after the sides, a count that introduces the documents its sentence then names, "another MoU",
a signing only suggested, communiqués "formalizing" ties, a visa-free agreement, deals being negotiated, a
memorandum's fields at the end of its sentence, and the documents named before spoken of again as a class. Short
synthetic sentences."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_article

LEAD = "date 2024-12-04\nDUSHANBE, December 4. "


def _facts(text: str):
    return extract(parse_article(LEAD + text))


def _signed(text: str) -> list[str]:
    return [d.title for d in _facts(text).documents_signed]


def test_a_joint_statement_keeps_the_two_states_that_issue_it_and_its_subject():
    facts = _facts("Then the Joint Statement of the Republic of Kiribati and the Kingdom of Tonga on expansion of "
                   "bilateral cooperation was adopted by the leaders.")
    [statement] = facts.documents_signed
    assert statement.title == ("Joint Statement of the Republic of Kiribati and the Kingdom of Tonga on expansion of "
                               "bilateral cooperation")
    assert statement.type == "declaration"


def test_a_subject_in_capitals_after_the_sides_is_no_part_of_the_second_side():
    [agreement] = _facts("The Agreement between the Government of the Republic of Kiribati and the Government of the "
                         "Kingdom of Tonga on Air Communication was signed.").documents_signed
    assert agreement.parties == ["Government of the Republic of Kiribati", "Government of the Kingdom of Tonga"]


def test_a_count_that_introduces_the_documents_named_after_a_dash_is_none_of_them():
    facts = _facts("After the forum, the signing of two new documents is expected – Memorandum of Understanding "
                   "between the Chamber of Kiribati and the Confederation of the Kingdom of Tonga and Memorandum of "
                   "Understanding between the National Library of Kiribati and the National Library of the Kingdom of "
                   "Tonga.")
    assert [d.title for d in facts.documents_referenced] == [
        "Memorandum of Understanding between the Chamber of Kiribati and the Confederation of the Kingdom of Tonga",
        "Memorandum of Understanding between the National Library of Kiribati and the National Library of the Kingdom "
        "of Tonga"]


def test_another_mou_is_a_second_mou_and_another_is_no_part_of_its_name():
    assert _signed("An MoU was signed by the ministers of agriculture. Another MoU was signed by the ministers of "
                   "sport.") == ["MoU", "MoU"]


def test_a_signing_only_suggested_is_still_to_come():
    facts = _facts("The minister also suggested signing a convention for avoidance of double taxation and an agreement "
                   "on mutual protection of investments during the visit scheduled for this fall.")
    assert facts.documents_signed == []
    assert {d.status for d in facts.documents_referenced} == {"to be signed"}
    assert len(facts.documents_referenced) == 2


def test_communiques_formalizing_ties_were_signed():
    assert _signed("Joint communiqués formalizing these diplomatic ties were signed by the permanent representatives "
                   "to the UN.") == ["Joint communiqués"]


def test_a_visa_free_agreement_is_named_so():
    assert _signed("Kiribati has signed a visa-free agreement with Tonga.") == ["visa-free agreement"]


def test_deals_being_negotiated_are_not_signed():
    facts = _facts("The forum allowed businesses to establish new partnerships and negotiate trade deals.")
    assert facts.documents_signed == [] and facts.documents_referenced == []


def test_a_memorandums_fields_at_the_end_of_its_sentence_belong_to_its_name():
    assert _signed("After the meeting, the parties signed a Declaration of Comprehensive Cooperation and a Memorandum "
                   "of Understanding in regional and international relations and infrastructure.") == [
        "Declaration of Comprehensive Cooperation",
        "Memorandum of Understanding in regional and international relations and infrastructure"]
    # never the circumstances of the signing
    assert _signed("The parties signed a memorandum in the presence of the presidents.") == ["memorandum"]


def test_the_documents_named_before_spoken_of_as_a_class_are_no_new_document():
    titles = _signed("The Agreement on Air Communication was signed. The presidents noted that the signing of new "
                     "documents on cooperation was a significant event.")
    assert titles == ["Agreement on Air Communication"]
