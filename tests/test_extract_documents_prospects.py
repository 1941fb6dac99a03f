"""Documents still to come or under negotiation, and titles that stop where the occasion begins: 'will also be
signed', a purpose with a list of fields before the verb, 'negotiations concerning a treaty on ...', a
programme of consultations, 'agreements/MoUs', the leaders' declaration named by its authors, and
'between A and B during the visit ...'. Short synthetic sentences, one class of text per test."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_article


def _facts(text: str):
    return extract(parse_article(text))


_LEAD = "LIMA, May 3. The presidents of Peru and Chile met in Lima.\n\n"


def test_an_adverb_inside_the_future_auxiliary_still_signs():
    facts = _facts(_LEAD + "\"The sides will talk about trade. A number of bilateral agreements/MoUs will also be "
                           "signed,\" the ministry said.")
    assert [(d.title, d.status, d.type) for d in facts.documents_referenced] == [
        ("number of bilateral agreements/MoUs", "to be signed", "other")]  # either kind: the type is neither


def test_a_purpose_with_a_list_of_fields_stands_between_the_documents_and_their_verb():
    facts = _facts(_LEAD + "It is planned to hold a council meeting, after which a joint declaration of the "
                           "presidents and a number of agreements aimed at deepening cooperation in the trade, "
                           "economic and cultural spheres will be signed.")
    assert [(d.title, d.status) for d in facts.documents_referenced] == [
        ("joint declaration of the presidents", "to be signed"), ("number of agreements", "to be signed")]


def test_a_treaty_told_apart_by_its_subject_is_under_negotiation():
    facts = _facts(_LEAD + "The ministers began negotiations concerning a treaty on avoiding double taxation.")
    assert [(d.title, d.status) for d in facts.documents_referenced] == [
        ("treaty on avoiding double taxation", "to be concluded")]


def test_negotiations_about_a_bare_agreement_name_no_document():
    facts = _facts(_LEAD + "The ministers began negotiations about an agreement.")
    assert facts.documents_referenced == [] and facts.documents_signed == []


def test_a_programme_of_consultations_is_a_document():
    facts = _facts(_LEAD + "After the talks, a Program of consultations between the foreign ministries of Peru and "
                           "Chile for 2025-2026 was signed.")
    assert [d.title for d in facts.documents_signed] == [
        "Program of consultations between the foreign ministries of Peru and Chile for 2025-2026"]


def test_the_visit_during_which_a_document_was_signed_is_no_part_of_its_title():
    facts = _facts(_LEAD + "The speaker noted that the signing of the Memorandum on Cooperation between the two "
                           "parliaments during the visit of the chairman to Chile was an important step.")
    titles = [d.title for d in facts.documents_signed + facts.documents_referenced]
    assert titles == ["Memorandum on Cooperation between the two parliaments"]


def test_a_document_signed_during_a_visit_of_another_month_was_signed_earlier():
    facts = _facts("date 2024-11-19\nLIMA. The presidents of Peru and Chile met in Lima.\n\n"
                   "The speaker noted that the signing of the Memorandum on Cooperation between the two parliaments "
                   "during the official visit of Speaker J.Perez to Chile in January was an important step.")
    assert [(d.title, d.status) for d in facts.documents_referenced] == [
        ("Memorandum on Cooperation between the two parliaments", "signed earlier")]


def test_a_visit_in_the_month_of_the_article_is_this_occasion():
    facts = _facts("date 2024-11-19\nLIMA. The presidents of Peru and Chile met in Lima.\n\n"
                   "The Memorandum on Cooperation between the two parliaments was signed during the official visit of "
                   "the speaker to Lima in November.")
    assert [d.title for d in facts.documents_signed] == ["Memorandum on Cooperation between the two parliaments"]


def test_one_document_named_three_ways_is_listed_once():
    facts = _facts("VIENNA, May 3. Austria and Peru have signed a new bilateral investment agreement.\n\n"
                   "The Austrian minister and his Peruvian counterpart signed a bilateral investment agreement at a "
                   "meeting this morning.\n\n"
                   "He said: \"The investment agreement signed today is a good basis for closer ties.\"")
    assert len(facts.documents_signed) == 1 and facts.documents_referenced == []


def test_draft_agreements_being_prepared_are_documents_to_be_signed():
    facts = _facts(_LEAD + "\"We are preparing for the visit draft intergovernmental, interstate and inter-ministerial "
                           "agreements,\" she said.")
    assert [(d.title, d.status) for d in facts.documents_referenced] == [
        ("draft intergovernmental, interstate and inter-ministerial agreements", "to be signed")]


def test_a_draft_law_is_no_document():
    facts = _facts(_LEAD + "The parliament discussed a draft law on tourism.")
    assert facts.documents_referenced == [] and facts.documents_signed == []


def test_a_proposal_to_sign_is_a_document_still_to_come_and_named_titles_keep_their_fields_and_aims():
    facts = _facts(_LEAD + "The ambassador proposed to sign the Agreement on Visa Exemption by the end of the year, "
                   "as well as other documents including the Agreement on Cooperation in the Field of Fisheries, the "
                   "Agreement on Cooperation in the Field of Science, Culture and Sport, and the Agreement on "
                   "Cooperation to Combat Smuggling.")
    assert not facts.documents_signed
    titles = {d.title: d.status for d in facts.documents_referenced}
    assert titles["Agreement on Visa Exemption"].startswith("to be signed")
    assert {"Agreement on Cooperation in the Field of Fisheries",
            "Agreement on Cooperation in the Field of Science, Culture and Sport",
            "Agreement on Cooperation to Combat Smuggling"} <= set(titles)
