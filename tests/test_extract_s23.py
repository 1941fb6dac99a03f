"""Classes the session-23 look at unseen articles showed. Short synthetic sentences."""

from __future__ import annotations

import datetime as dt

from briefing.extract import extract
from briefing.ingest import parse_article


def _documents(text: str) -> list[tuple[str, str, str | None, str | None]]:
    facts = extract(parse_article(text))
    return [("signed", d.title, d.subject, d.status) for d in facts.documents_signed] + \
        [("referenced", d.title, d.subject, d.status) for d in facts.documents_referenced]


def test_a_count_of_documents_with_fewer_fields_is_one_set_covering_them_all():
    found = _documents("LIMA, May 5. Peru and Chile signed 6 memoranda of understanding in Lima on Tuesday, covering "
                       "fisheries, mining and tourism.")
    assert found == [("signed", "6 memoranda of understanding", "fisheries, mining, tourism", None)]


def test_fields_after_the_place_and_day_of_a_signing_are_its_documents_subjects():
    found = _documents("LIMA, May 5. Peru and Chile signed three agreements in Lima on Tuesday, covering fisheries, "
                       "mining and tourism.")
    assert sorted(subject for _, _, subject, _ in found) == ["fisheries", "mining", "tourism"]


def test_a_signing_the_visit_comes_weeks_after_or_on_the_heels_of_was_earlier():
    found = _documents("LIMA, May 5. The foreign ministers of Peru and Chile met in Lima. The visit comes two weeks "
                       "after Peru and Bolivia signed a peace treaty. It comes on the heels of a forum in Cusco, where "
                       "companies signed commercial agreements.")
    assert [(kind, status) for kind, _, _, status in found] == [("referenced", "signed earlier")] * 2


def test_a_peace_deal_keeps_its_kind_of_deal_in_the_title():
    found = _documents("LIMA, May 5. The visit comes shortly after Peru and Bolivia signed a US-brokered peace deal.")
    assert [title for _, title, _, _ in found] == ["US-brokered peace deal"]


def test_a_plan_between_the_foreign_ministries_of_the_two_countries_has_both_ministries_as_parties():
    facts = extract(parse_article(
        "LIMA, May 5. The foreign ministers of Peru and Chile held talks in Lima. Later, the minister and his Chilean "
        "counterpart signed an action plan for cooperation between the foreign ministries of the two countries."))
    assert sorted(facts.documents_signed[0].parties) == ["Ministry of Foreign Affairs of Chile",
                                                         "Ministry of Foreign Affairs of Peru"]


def test_documents_listed_after_a_bilateral_package_are_between_the_two_sides():
    facts = extract(parse_article(
        "LIMA, May 5. A package of bilateral documents was signed today after talks between the presidents of Peru "
        "and Chile.\n\nAmong the notable accords were an Extradition Treaty and an agreement on pension rights."))
    assert [sorted(d.parties) for d in facts.documents_signed] == [["Chile", "Peru"]] * 2


def test_documents_a_visitor_arrived_to_sign_are_still_to_be_signed():
    found = _documents("LIMA, May 5. The Speaker of the Chilean parliament has arrived in Peru for an official visit "
                       "to meet lawmakers and sign an agreement on cooperation between the two parliaments.")
    assert [(kind, status) for kind, _, _, status in found] == [("referenced", "to be signed")]


def test_a_title_between_two_sides_ends_before_is_expected_to_be_signed():
    found = _documents("LIMA, May 5. An agreement on a joint commission between Peru's and Chile's parliaments is "
                       "expected to be signed, he added.")
    assert [title for _, title, _, _ in found] == [
        "agreement on a joint commission between Peru's and Chile's parliaments"]


def test_a_title_ends_before_what_the_document_is_to_allow():
    found = _documents("LIMA, May 5. The two ministers agreed to begin talks on concluding accords on double taxation "
                       "avoidance and investment protection to allow firms greater access to the market.")
    assert [title for _, title, _, _ in found] == ["accords on double taxation avoidance and investment protection"]


def test_a_title_between_two_sides_ends_before_who_told_it():
    found = _documents("LIMA, May 5. Peru and Chile signed a memorandum between the Peruvian Senate and the Chilean "
                       "Senate, Ana Rojas, a member of the Chilean upper house, said on Monday.")
    assert [title for _, title, _, _ in found] == ["memorandum between the Peruvian Senate and the Chilean Senate"]


def test_the_count_tells_where_the_last_and_of_a_field_list_splits():
    found = _documents("LIMA, May 5. Peru and Chile signed three memoranda of understanding in the areas of energy "
                       "security, emissions reduction and biofuel production.")
    assert [subject for _, _, subject, _ in found] == ["energy security", "emissions reduction", "biofuel production"]


def test_a_country_talked_about_in_the_lead_is_no_side_of_the_event():
    facts = extract(parse_article(
        "LIMA, May 5. Foreign Minister Ana Rojas held talks with Peruvian President Luis Soto on Monday and "
        "discussed global challenges such as Afghanistan."))
    assert "AF" not in facts.countries
    assert [p.country for p in facts.participants if p.name == "Ana Rojas"] != ["AF"]


def test_here_in_the_lead_places_the_event_in_the_dateline_city():
    facts = extract(parse_article(
        "MOSCOW, Sept 10: Foreign Minister Ana Rojas of Chile on Thursday held a meeting with her Peruvian "
        "counterpart Luis Soto here.\nRelations have deep roots in present-day Peru, according to the Chilean "
        "Embassy in Lima."))
    assert (facts.location.city, facts.location.country) == ("Moscow", "RU")
    assert facts.location.confidence is not None and facts.location.confidence >= 0.8


def test_indias_external_affairs_minister_is_indian_and_shri_is_no_part_of_a_name():
    facts = extract(parse_article(
        "LIMA, May 5. External Affairs Minister Ravi Kumar met Peruvian President Luis Soto.\n\nPrime Minister "
        "Shri Anil Rao passed away in Lima in 1966 after signing a treaty."))
    assert [(p.name, p.country) for p in facts.participants] == [("Ravi Kumar", "IN"), ("Luis Soto", "PE")]
    assert "Anil Rao" in [p.name for p in facts.mentioned_people]


def test_a_visit_to_sign_agreements_is_a_visit_not_a_signing():
    facts = extract(parse_article(
        "LIMA, May 5. The Speaker of the Chilean parliament has arrived in Peru for an official visit to meet "
        "lawmakers and sign agreements on cooperation, a senator said on Monday."))
    assert facts.event_type == "visit"


def test_what_others_will_do_said_during_a_meeting_leaves_the_meeting_held():
    facts = extract(parse_article(
        "LIMA. May 5 - Peruvian and Chilean companies will sign the agreements reached during the state visit of "
        "the Chilean President to Peru, Prime Minister Luis Soto said during a meeting with him."))
    assert facts.event_status is None


def test_a_visit_said_to_come_during_a_meeting_is_still_planned():
    facts = extract(parse_article(
        "LIMA, May 5. President Luis Soto will pay a state visit to Chile next month, the minister said during a "
        "meeting with the ambassador."))
    assert facts.event_status == "planned"


def test_the_day_the_text_says_a_call_took_place_wins_over_the_dateline():
    facts = extract(parse_article(
        "date 2021-12-14\nLIMA, Dec. 14 (Andina) - The foreign ministers of Peru and Chile held a telephone "
        "conversation.\n\nIn the phone call, which took place on Monday afternoon, they hoped the president will "
        "visit next year."))
    assert facts.event_date == dt.date(2021, 12, 13)


def test_who_the_lead_attributes_its_news_to_is_a_source_not_a_participant():
    facts = extract(parse_article(
        "MOSCOW, June 19. The Speaker of the Peruvian parliament Luis Soto has arrived in Russia for an official "
        "visit, Ivan Petrov, member of the Russian upper house, said on Monday.\n\nAn agreement is expected to be "
        "signed, Petrov added."))
    assert [p.name for p in facts.participants] == ["Luis Soto"]
    assert "Ivan Petrov" in [p.name for p in facts.mentioned_people]


def test_the_one_official_without_a_country_among_foreign_guests_is_the_hosts():
    facts = extract(parse_article(
        "Foreign Minister Ana Rojas held talks with her Peruvian and Bolivian counterparts in Santiago on "
        "Wednesday.\n\nShe discussed trade with Peruvian Foreign Minister Luis Soto."))
    assert {p.name: p.country for p in facts.participants}["Ana Rojas"] == "CL"


def _planned(text: str) -> list[str]:
    return [p.kind for p in extract(parse_article(text)).planned_events]


def test_what_the_sides_agreed_to_do_next_is_planned():
    assert _planned("LIMA, May 5. The ministers of Peru and Chile met in Lima. They agreed, in particular, to hold "
                    "monthly meetings on border issues.") == ["meeting"]
    assert _planned("LIMA, May 5. The ministers of Peru and Chile met in Lima. The two ministers agreed to begin "
                    "talks on a double taxation treaty.") == ["talks"]
    assert _planned("LIMA, May 5. The ministers of Peru and Chile met in Lima. The parties agreed to continue "
                    "active work and to sign in the near future a plan for long-term cooperation.") == ["signing"]
    assert _planned("LIMA, May 5. The ministers of Peru and Chile met in Lima. The sides agreed to celebrate the "
                    "50th anniversary of diplomatic relations.") != []


def test_companies_that_will_work_on_and_sign_agreements_plan_a_signing():
    assert "signing" in _planned("LIMA, May 5. Peruvian and Chilean companies will work on and sign the agreements "
                                 "reached during the visit, the prime minister said at a meeting with the president.")


def test_a_dateline_with_a_full_stop_after_the_city_and_the_agency_in_brackets():
    facts = extract(parse_article("LIMA. Sept 6 (Andina) - Peruvian and Chilean companies will sign the agreements "
                                  "reached during the visit, the minister said."))
    assert [p.text[:18] for p in facts.planned_events] == ["Peruvian and Chile"]


def test_the_late_founder_and_a_poet_whose_anniversary_is_marked_take_no_part():
    facts = extract(parse_article(
        "ABU DHABI, May 5. President Luis Soto on Monday met the Emir in Abu Dhabi, during which he announced plans "
        "to name a peak after the UAE Founding Father, the late Sheikh Rashid Al Maktoum.\n\nThe sides discussed "
        "holding events to celebrate the 300th anniversary of the poet Ana Rojas."))
    assert [p.name for p in facts.participants] == ["Luis Soto"]
    assert "Founding Father" not in [p.name for p in facts.participants + facts.mentioned_people]


def test_a_weekday_in_a_past_clause_counts_back_whatever_the_next_clause_plans():
    facts = extract(parse_article(
        "date 2022-11-01\nPresident Luis Soto on Monday met the Emir in Abu Dhabi, during which he announced plans "
        "to name a school after him."))
    assert facts.event_date == dt.date(2022, 10, 31)


def test_a_guest_who_arrived_this_morning_to_pay_a_visit_is_on_it_and_whom_he_will_call_on_is_met_later():
    facts = extract(parse_article(
        "date 2016-09-08\nSpeaker of the Chilean Congress Luis Soto arrived today morning to pay an official visit to "
        "Peru at the invitation of Ana Rojas, the Speaker of the Peruvian Congress.\n\nAna Rojas held talks with Luis "
        "Soto today.\n\nDuring his visit, the Chilean Speaker will pay a courtesy call on President Pedro Castillo."))
    assert facts.event_status == "in progress"
    assert "Pedro Castillo" in [p.name for p in facts.mentioned_people]


def test_the_sides_of_a_document_two_people_signed_are_their_countries():
    facts = extract(parse_article(
        "LIMA, May 5. Peruvian Foreign Minister Luis Soto held talks with Chilean Foreign Minister Ana Rojas in Lima."
        "\n\nFollowing the negotiations, Soto and Rojas signed a cooperation program for 2024-2026."))
    assert sorted(facts.documents_signed[0].parties) == ["Chile", "Peru"]


def test_each_signer_s_side_is_a_party_when_only_one_is_named_by_country():
    facts = extract(parse_article(
        "SEOUL, May 5. Peruvian President Luis Soto paid a state visit to Chile.\n\nPresident Luis Soto and his "
        "Chilean counterpart, Ana Rojas, signed three memorandums of understanding on economic cooperation."))
    assert sorted(facts.documents_signed[0].parties) == ["Chile", "Peru"]


def test_the_russian_lawmaker_who_wrote_is_the_one_member_of_its_parliament_named():
    facts = extract(parse_article(
        "MOSCOW, June 19. The Speaker of the Peruvian parliament Luis Soto has arrived in Russia, Ivan Petrov, member "
        "of the Russian upper house, said on Monday.\n\n\"The visit will run until June 22,\" the Russian lawmaker wrote "
        "on Telegram."))
    assert [q.speaker for q in facts.quotes] == ["Ivan Petrov"]


def test_the_two_ministers_of_an_article_with_four_are_not_guessed():
    facts = extract(parse_article(
        "BUDAPEST, May 5. Foreign Minister Ana Rojas held talks with her Peruvian, Bolivian and Chilean counterparts "
        "in Budapest.\n\nShe met Peruvian Foreign Minister Luis Soto, Bolivian Foreign Minister Eva Mendez and Chilean "
        "Foreign Minister Juan Perez.\n\nThe two ministers agreed to begin talks on a double taxation treaty."))
    talks = [p for p in facts.planned_events if p.kind == "talks"]
    assert talks and talks[0].who == ["the two ministers"]


def test_an_institution_s_name_ends_where_an_honorific_opens_the_person_s():
    facts = extract(parse_article(
        "Speaker of the House of Commons (lower house) of the Canadian Parliament Mr Luis Soto arrived today morning "
        "to pay an official visit to Peru."))
    assert "Canadian Parliament" in facts.organizations and "Canadian Parliament Mr" not in facts.organizations


def test_a_country_s_one_word_company_that_signed_is_an_organization():
    facts = extract(parse_article(
        "LIMA, May 5. The presidents of Peru and Chile held talks in Lima.\n\nChile’s Latamair has signed a "
        "memorandum on cooperation with Peruvian Airlines."))
    assert "Latamair" in facts.organizations


def test_memorandums_and_mous_are_document_words_of_a_signing():
    facts = extract(parse_article(
        "The leaders of Peru and Chile agreed Thursday to seek more flights.\nPresident Luis Soto and his Chilean "
        "counterpart, Ana Rojas, signed three memorandums of understanding (MOUs) on economic cooperation."))
    assert facts.event_type == "signing"


def test_memorandums_to_be_signed_are_a_planned_signing():
    facts = extract(parse_article(
        "LIMA, May 5. The presidents of Peru and Chile met in Lima. The memorandums to be signed in Santiago next "
        "month cover trade and tourism."))
    assert "signing" in [p.kind for p in facts.planned_events]


def test_an_office_in_apposition_may_name_its_body_with_a_possessive():
    facts = extract(parse_article(
        "LIMA, Apr. 24. Peru and Chile signed a memorandum. The document was signed by Luis Soto, Peruvian "
        "parliament’s speaker, and Ana Rojas, Chile's parliament speaker, in Lima."))
    assert [(p.name, p.title, p.country) for p in facts.participants] == [
        ("Luis Soto", "Peruvian parliament’s speaker", "PE"), ("Ana Rojas", "Chile's parliament speaker", "CL")]
