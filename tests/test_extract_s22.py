"""Classes the session-22 batch of unseen articles showed. Short synthetic sentences."""

from __future__ import annotations

import datetime as dt

from briefing.extract import extract
from briefing.ingest import parse_article


def test_a_document_inked_on_a_day_in_a_city_dates_and_places_the_signing():
    facts = extract(parse_article(
        "The governments of Peru and Chile have signed a memorandum on visa-free travel.\n\nThe document was inked "
        "by Peruvian Foreign Minister Luis Soto and his Chilean counterpart Ana Rojas on May 7, 2024 in Geneva on "
        "the sidelines of a conference."))
    assert facts.event_date == dt.date(2024, 5, 7)
    assert (facts.location.city, facts.location.country) == ("Geneva", "CH")


def test_the_day_of_the_meeting_that_agreed_on_an_event_is_not_the_events_day():
    facts = extract(parse_article(
        "LIMA. The agriculture ministries of Peru and Chile signed a memorandum of understanding.\n\nThe event was "
        "held online as agreed by the presidents of the two countries to expand cooperation in farming research "
        "during their official meeting on March 3, 2023."))
    assert facts.event_date is None


def test_an_office_in_apposition_ends_where_the_speech_verb_begins():
    facts = extract(parse_article(
        "LIMA. The agencies of Peru and Chile signed a memorandum today.\n\n\"It is a landmark,\" Luis Soto, the "
        "head of the Peruvian agency told journalists."))
    people = facts.participants + facts.mentioned_people  # one who told journalists may be either
    assert [(p.name, p.title) for p in people] == [("Luis Soto", "head of the Peruvian agency")]


def test_deputy_emir_is_an_office_and_sheikh_a_style():
    facts = extract(parse_article(
        "Peru and Qatar signed an agreement in Doha on May 6.\n\nThe Deputy Emir Sheikh Salim bin Hamad Al-Thani "
        "attended the signing."))
    assert [(p.name, p.title) for p in facts.participants] == [("Salim bin Hamad Al-Thani", "Deputy Emir")]


def test_a_name_with_a_capitalised_bin_is_one_person():
    facts = extract(parse_article(
        "The memorandum was signed by Peruvian Foreign Minister Luis Soto and his Saudi counterpart Khalid Bin Saad "
        "Al Fahd on May 7 in Geneva."))
    assert [p.name for p in facts.participants] == ["Luis Soto", "Khalid Bin Saad Al Fahd"]


def test_a_time_opening_the_sentence_without_a_comma_is_no_part_of_the_first_side():
    facts = extract(parse_article(
        "LIMA. Recently the Youth Union of Peru and the Youth Assembly of Chile signed a memorandum of cooperation."))
    assert [d.parties for d in facts.documents_signed + facts.documents_referenced] == [
        ["Youth Union of Peru", "Youth Assembly of Chile"]]


def test_the_demonym_and_head_of_an_office_name_the_one_such_body_the_text_names():
    facts = extract(parse_article(
        "LIMA. The Youth Union of Peru and the Committee for Regional Ties of Chile signed a memorandum today.\n\n"
        "\"It is a new page,\" Ana Rojas, the head of the Chilean committee, said."))
    people = facts.participants + facts.mentioned_people
    assert [(p.name, p.organization) for p in people] == [("Ana Rojas", "Committee for Regional Ties of Chile")]


def test_documents_among_the_notable_accords_are_a_list_of_what_was_signed():
    facts = extract(parse_article(
        "LIMA, July 21. A package of documents was signed today by the presidents of Peru and Chile.\n\nAmong the "
        "notable accords were an Extradition Treaty, an agreement on tourism, and a cooperation program for 2026-2027."))
    assert [d.title for d in facts.documents_signed] == [
        "Extradition Treaty", "agreement on tourism", "cooperation program for 2026-2027"]


def test_a_plan_to_do_something_is_no_document_and_a_deal_before_the_trip_was_signed_earlier():
    facts = extract(parse_article(
        "Peruvian President Luis Soto and Chilean President Ana Rojas signed 10 memoranda of understanding in Santiago "
        "on Tuesday.\nThe agreements were followed by a joint statement on closer ties.\nThe deal has reportedly "
        "included a plan to set up a transit road.\nThe trip comes shortly after Bolivia and Ecuador signed a peace "
        "deal in Washington."))
    assert [d.title for d in facts.documents_signed] == ["10 memoranda of understanding", "joint statement on closer ties"]
    assert [(d.title, d.status) for d in facts.documents_referenced] == [("peace deal", "signed earlier")]


def test_a_named_document_keeps_its_name_beside_what_it_provides_for():
    facts = extract(parse_article(
        "LIMA, May 5. Peru and Chile signed a memorandum on tourism.\n\nThe Strategic Partnership Agreement, which "
        "provides for the construction of an energy bridge, was signed by Peru and Chile on December 17, 2022."))
    assert [d.title for d in facts.documents_referenced] == ["Strategic Partnership Agreement"]


def test_a_list_of_countries_signing_keeps_its_first_country():
    facts = extract(parse_article(
        "LIMA, May 5. Georgia, Peru, Chile and Bolivia have signed a memorandum on tourism, the minister said."))
    assert [d.parties for d in facts.documents_signed] == [["Georgia", "Peru", "Chile", "Bolivia"]]


def test_the_bare_memorandum_a_minister_says_we_signed_is_the_one_the_lead_reports():
    facts = extract(parse_article(
        "LIMA, July 25. Peru, Chile and Bolivia have signed a memorandum of understanding on a joint venture, the "
        "minister wrote.\n\n\"We signed a memorandum of understanding in Geneva with colleagues from Chile and "
        "Bolivia on a joint venture,\" the minister said."))
    assert [(d.title, d.parties) for d in facts.documents_signed] == [
        ("memorandum of understanding on a joint venture", ["Peru", "Chile", "Bolivia"])]
    assert facts.documents_referenced == []


def test_a_protocol_signed_after_the_meeting_covers_what_the_meeting_was_on():
    facts = extract(parse_article(
        "LIMA, Nov. 14. A regular meeting of the government delegations of Peru and Chile on the delimitation of the "
        "state border was held in Lima.\n\nThe press service said that following the meeting, the corresponding "
        "protocol was signed."))
    assert [(d.title, d.subject, d.parties) for d in facts.documents_signed] == [
        ("protocol", "delimitation of the state border", ["Peru", "Chile"])]


def test_an_office_in_lower_case_before_a_name_follows_the_office_before_it():
    facts = extract(parse_article(
        "LIMA. The 9th sitting of the Peru-Chile intergovernmental commission for trade cooperation convened in "
        "Santiago.\n\nThe delegation of Peru is led by Information Minister, co-chairman of the commission Luis Soto."))
    assert [(p.name, p.title) for p in facts.participants] == [
        ("Luis Soto", "Information Minister, co-chairman of the Peru-Chile intergovernmental commission")]


def test_one_who_accompanies_a_leader_is_of_the_leaders_side():
    facts = extract(parse_article(
        "Peruvian President Luis Soto and Chilean Prime Minister Ana Rojas signed a memorandum in Santiago on "
        "Tuesday.\nThe Peruvian president was accompanied by Foreign Minister Jorge Vega."))
    assert {p.name: p.country for p in facts.participants}["Jorge Vega"] == "PE"


def test_a_counterpart_holds_the_portfolio_not_the_other_sides_rank():
    facts = extract(parse_article(
        "LIMA. Chinese State Councilor and Foreign Minister Wang Yi held talks with his Peruvian counterpart Luis "
        "Soto in Beijing."))
    assert {p.name: p.title for p in facts.participants}["Luis Soto"] == "Foreign Minister"


def test_a_quoted_name_with_a_description_signs_as_that_name():
    facts = extract(parse_article(
        "LIMA. Ministry of Digital Development of Peru and ‘Andes Space’ state space corporation of Chile signed a "
        "memorandum of understanding."))
    assert [d.parties for d in facts.documents_signed] == [["Ministry of Digital Development of Peru", "Andes Space"]]


def test_the_directorate_that_said_it_is_the_directorate_the_lead_names():
    facts = extract(parse_article(
        "President Luis Soto of Peru and his Chilean counterpart Ana Rojas discussed ties over the phone, Peru's "
        "Communications Directorate said.\n\nSoto expressed his belief that relations \"will be elevated to a higher "
        "level,\" the directorate said on X."))
    assert [q.speaker for q in facts.quotes] == ["Peru's Communications Directorate"]


def test_an_event_held_virtually_has_no_place_from_the_dateline():
    facts = extract(parse_article(
        "Lima/ANDINA/. The Ministry of Digital Development of Peru and Chile's space agency signed a memorandum of "
        "understanding.\n\nThe event was organized virtually as agreed by the presidents of the two countries."))
    assert (facts.location.city, facts.location.country) == (None, None)


def test_the_body_of_an_office_ends_where_the_next_office_begins():
    facts = extract(parse_article(
        "LIMA. Deputy Chairman of the Cabinet of Ministers and Minister of Justice Luis Soto met Chilean Foreign "
        "Minister Ana Rojas."))
    assert {p.name: p.organization for p in facts.participants}["Luis Soto"] == "Cabinet of Ministers"


def test_the_field_a_signing_puts_in_writing_is_what_the_bare_memorandum_covers():
    facts = extract(parse_article(
        "LIMA, October 29. Peru and Chile have formalized their partnership in the field of nuclear energy with the "
        "signing of a memorandum of cooperation, Andina reports."))
    assert [(d.title, d.subject) for d in facts.documents_signed] == [("memorandum of cooperation", "nuclear energy")]
