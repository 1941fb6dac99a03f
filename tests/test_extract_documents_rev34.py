"""Document wordings first met on an unseen batch (fresh34) and its translators' review: 'reach agreements' (to
agree), sides after 'signed between' against a title's plural ministries, an aim after the day ('agreements on
Friday to abolish ...'), a speaker's 'we have signed agreements' after the text told of them, an agency's closing
attribution, 'on the occasion of the visit', documents 'providing for' a list of subjects, and bodies listed with
commas. Short synthetic sentences."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_article

LEAD = "date 2024-03-08\nNAIROBI, March 8. "


def _facts(text: str):
    return extract(parse_article(LEAD + text))


def test_reaching_agreements_is_agreeing_not_signing():
    facts = _facts("The ministers signed a memorandum on consultations. The memorandum provides for meetings to "
                   "discuss relations, develop proposals and reach agreements on measures to strengthen cooperation, "
                   "exchange views on regional affairs, and more.")
    assert [d.title for d in facts.documents_signed] == ["memorandum on consultations"]


def test_the_sides_after_signed_between_win_over_the_titles_plural_ministries():
    facts = _facts("A Memorandum of Understanding on strengthening the consultation mechanism between the Ministries "
                   "of Foreign Affairs was signed between the Ministry of Foreign Affairs of Kenya and the Department "
                   "of Foreign Affairs of the Philippines.")
    [document] = facts.documents_signed
    assert document.title.startswith("Memorandum of Understanding on strengthening the consultation mechanism")
    assert document.parties == ["Ministry of Foreign Affairs of Kenya", "Department of Foreign Affairs of the Philippines"]


def test_the_aim_after_the_day_is_what_the_agreements_are_for():
    facts = _facts("Kenya and Chile signed agreements on Friday to abolish visa requirements for holders of "
                   "diplomatic passports, during the session of the General Assembly.")
    [document] = facts.documents_signed
    assert (document.title, document.subject) == ("agreements", "abolish visa requirements for holders of diplomatic passports")
    assert document.parties == ["Kenya", "Chile"]


def test_a_speakers_we_have_signed_agreements_is_the_same_documents():
    facts = _facts("Kenya and Chile signed agreements on Friday to abolish visa requirements for holders of "
                   "diplomatic passports. “We are proud that we have signed bilateral agreements with the Minister "
                   "of Foreign Affairs of Chile,” the minister wrote.")
    assert len(facts.documents_signed) == 1


def test_an_agencys_closing_attribution_is_no_part_of_a_quoted_title():
    facts = _facts("The Senate committee considered the bill «On ratification of the Agreement between Kenya and "
                   "Chile on military cooperation», Kazinform correspondent reports.")
    assert [d.title for d in facts.documents_referenced] == ["Agreement between Kenya and Chile on military cooperation"]


def test_the_occasion_of_a_visit_is_no_part_of_a_communiques_title():
    facts = _facts("Kenya and Chile have issued a joint communiqué on the occasion of the State visit to Kenya by "
                   "the President of Chile from March 6-8.")
    assert [d.title for d in facts.documents_signed] == ["joint communiqué"]


def test_documents_providing_for_a_list_are_one_document_per_subject():
    facts = _facts("Several bilateral documents were also signed providing for the development of interaction "
                   "between the Ministries of Foreign Affairs, as well as the Ministry of Investments, Industry and "
                   "Trade of Kenya and the Investment Authority of Chile, cooperation in plant quarantine, technical "
                   "regulation, exchange of experience on development issues.")
    assert [d.subject for d in facts.documents_signed] == [
        "the development of interaction between the Ministries of Foreign Affairs",
        # the pair of bodies takes the words its item left out; the comma inside a ministry's name is no list
        "the development of interaction between the Ministry of Investments, Industry and Trade of Kenya and the "
        "Investment Authority of Chile",
        "plant quarantine", "technical regulation", "exchange of experience on development issues"]


def test_a_counted_package_providing_for_fields_stays_one_count():
    facts = _facts("In addition, 12 documents were signed providing for cooperation in industry, energy and tourism.")
    assert len(facts.documents_signed) == 1


def test_bodies_listed_with_commas_are_sides_each():
    facts = _facts("Memoranda of understanding were also signed between the Center for Islamic Civilization of "
                   "Kenya, the Institute of Oriental Studies named after Al-Biruni and the National Library of Chile.")
    [document] = facts.documents_signed
    assert document.parties == ["Center for Islamic Civilization of Kenya",
                                "Institute of Oriental Studies named after Al-Biruni", "National Library of Chile"]


def test_a_committee_considering_a_ratification_bill_ratifies_nothing():
    facts = _facts("The Senate Committee on Foreign Relations considered the bill «On ratification of the Agreement "
                   "between Kenya and Chile on military cooperation», Kazinform correspondent reports.")
    assert facts.event_type != "ratification"
    assert [d.status for d in facts.documents_referenced] == ["signed earlier"]


def test_a_chamber_that_ratified_an_agreement_still_ratifies_it():
    facts = _facts("The Senate of Kenya ratified the Agreement between Kenya and Chile on military cooperation.")
    assert facts.event_type == "ratification"
    assert [d.status for d in facts.documents_referenced] == ["ratified"]
