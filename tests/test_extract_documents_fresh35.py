"""Document wordings first met on the fresh35 batch: 'an appropriate protocol was adopted' (a new document, not a
reference back), 'agreed on signing' (a prospect), 'the signing of X … is of great importance' (not signed), a list of
fields of one head inside a title ('on radiation, chemical and biological safety control'), 'the first country which
signed … with the EAEU in 2015' (its sides) and a document's name in quotation marks (no quote). Short synthetic
sentences."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_article

LEAD = "date 2024-03-01\nDHAKA, March 1. "


def _facts(text: str):
    return extract(parse_article(LEAD + text))


def test_an_appropriate_protocol_is_a_document_of_its_own_and_agreeing_on_signing_is_a_prospect():
    facts = _facts("The commission met in Dhaka. The parties agreed on signing a Memorandum of Cooperation between the "
                   "Agency of Peru and the Association of Chile. Following the meeting, an appropriate protocol was "
                   "adopted, reflecting the discussed initiatives.")
    assert [(d.type, d.status) for d in facts.documents_signed] == [("protocol", None)]
    assert [(d.type, d.status) for d in facts.documents_referenced] == [("memorandum", "to be signed")]


def test_a_signing_said_to_be_important_is_still_to_come():
    facts = _facts("The presidents held talks. The signing of a joint statement on cooperation between Peru and "
                   "Chile is of great importance, the President said.")
    assert [d.status for d in facts.documents_referenced] == ["to be signed"]
    assert facts.documents_referenced[0].title == "joint statement on cooperation between Peru and Chile"


def test_a_list_of_fields_of_one_head_stays_in_the_title():
    facts = _facts("The deputies ratified an agreement between the defense ministries of the CIS states on radiation, "
                   "chemical and biological safety control at a June 23 meeting.")
    assert [d.title for d in facts.documents_referenced] == [
        "agreement between the defense ministries of the CIS states on radiation, chemical and biological safety control"]


def test_the_state_a_relative_clause_is_about_signed_and_a_year_is_no_side():
    facts = _facts("The ambassador met the minister. As is known, Chile became the first Latin American country which "
                   "signed a Memorandum of Understanding with the EAEU in 2015.")
    assert [d.parties for d in facts.documents_referenced] == [["Chile", "EAEU"]]


def test_a_documents_name_in_quotation_marks_is_no_quote():
    facts = _facts("The deputy ministers held consultations. The two officials have signed the “Memorandum of "
                   "Understanding between the Ministry of Environment of Peru and the Ministry of Science of Chile on "
                   "cooperation in environmental protection”.")
    assert facts.quotes == []
    assert [d.type for d in facts.documents_signed] == ["memorandum"]


def test_a_headline_that_says_set_to_sign_tells_a_plan_not_a_signing():
    text = ("date 2025-08-18\nUzbek, Kazakh Senates Set To Sign Cooperation Roadmap\n\nTASHKENT, August 18. A delegation "
            "led by the Chairperson of the Senate of Uzbekistan Tanzila Narbayeva arrived in Astana today for an official "
            "visit. During the visit, the two chambers are poised to formalize a roadmap for 2025–2026. Chairperson "
            "Narbayeva is set to engage in high-level dialogues with the Chairperson of the Senate of Kazakhstan. The "
            "delegation is also set to engage in a symposium of scholars.\n")
    facts = extract(parse_article(text))
    assert facts.event_type == "visit"
    assert [event.kind for event in facts.planned_events] == ["signing", "talks", "conference"]


def test_the_head_of_a_chamber_is_its_chairman() -> None:
    from briefing.compose import compose

    assert compose("head of the Mazhilis of Kazakhstan", "ru", "title") == "Председатель Мажилиса Парламента Республики Казахстан"
    assert compose("head of the Ministry of Finance", "ru", "title") == "руководитель Министерства финансов"


def test_a_draft_signed_is_initialled_and_the_event_is_no_signing():
    facts = _facts("The state secretaries of Peru and Chile held consultations in Lima. At the end of the meeting, "
                   "the state secretaries initialed a draft agreement between the governments of Peru and Chile on "
                   "establishing a visa waiver.")
    assert facts.event_type != "signing"
    assert facts.documents_signed == []


def test_a_past_reception_is_no_plan_for_the_future_in_its_clause():
    facts = _facts("Deputy Minister Nguyen Minh Vu on June 27 hosted a reception for his Turkmen counterpart Vepa "
                   "Hajiyev, who has been visiting Vietnam as the two countries will be celebrating the anniversary.")
    assert facts.event_status is None
    future = _facts("The President of Peru, who met the King last year, will visit Madrid on June 5.")
    assert future.event_status == "planned"


def test_an_honorific_glued_to_an_initial_keeps_the_person():
    facts = _facts("The consultations were held in Lima. Mr.D. Davaasuren, State Secretary of the Ministry of Foreign "
                   "Affairs of Mongolia, led the Mongolian delegation.")
    assert "D. Davaasuren" in [person.name for person in facts.participants]


def test_a_bodys_name_with_for_the_stays_whole_among_the_sides():
    facts = _facts("The parties agreed on signing a Memorandum of Cooperation between the Agency for the Development "
                   "of the Pharmaceutical Industry of Peru and the Association of Pharmaceutical Industries of Chile.")
    assert [d.parties for d in facts.documents_referenced] == [
        ["Agency for the Development of the Pharmaceutical Industry of Peru",
         "Association of Pharmaceutical Industries of Chile"]]


def test_what_a_generic_document_reflects_or_will_do_is_its_subject():
    facts = _facts("The commission met. Following the meeting, an appropriate protocol was adopted, reflecting the "
                   "discussed initiatives and deadlines. The ministers also signed an agreement that will strengthen "
                   "future cooperation.")
    assert [(d.type, d.subject) for d in facts.documents_signed] == [
        ("protocol", "the discussed initiatives and deadlines"), ("agreement", "strengthen future cooperation")]
