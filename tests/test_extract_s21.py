"""Classes the session-21 batch of unseen articles showed: people of an earlier report are mentioned, and a bare
"memorandum" takes its field from the sentence that says what it is for. Short synthetic sentences."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_article


def test_people_of_an_event_the_outlet_reported_earlier_are_mentioned_not_participants():
    facts = extract(parse_article(
        "LIMA, May 5. Agriculture Minister of Peru Luis Soto and Agriculture Minister of Chile Ana Rojas signed a "
        "memorandum in Lima.\n\nAs earlier reported, President of Peru Carlos Vega and President of Chile Rosa Diaz "
        "met on May 4 in Lima."))
    assert [p.name for p in facts.participants] == ["Luis Soto", "Ana Rojas"]
    assert {p.name for p in facts.mentioned_people} == {"Carlos Vega", "Rosa Diaz"}


def test_a_bare_memorandum_takes_its_field_from_the_sentence_saying_what_it_is_for():
    facts = extract(parse_article(
        "LIMA, May 5. The agriculture ministers of Peru and Chile signed a memorandum in Lima. The memo is aimed "
        "to create favorable conditions for agricultural cooperation on the principles of equality."))
    assert [(d.title, d.subject) for d in facts.documents_signed] == [("memorandum", "agricultural cooperation")]


def test_the_next_sentence_about_another_kind_of_document_gives_no_field():
    facts = extract(parse_article(
        "LIMA, May 5. The agriculture ministers of Peru and Chile signed a memorandum in Lima. The treaty is aimed "
        "at closer agricultural cooperation in the future."))
    assert [(d.title, d.subject) for d in facts.documents_signed] == [("memorandum", None)]


def test_documents_signed_during_the_visit_of_someone_to_a_city_were_signed_in_that_city():
    facts = extract(parse_article(
        "Peru, Chile sign documents\n\nLondon, England, March 27\n\nPeru and Chile signed 13 documents on cooperation "
        "on March 27 during the visit of President Luis Soto to Santiago.\n\nA joint statement was also issued."))
    assert (facts.location.city, facts.location.country) == ("Santiago", "CL")


def test_a_deck_under_the_headline_is_no_sentence_of_the_story():
    article = parse_article(
        "Peru, Chile discuss ties\nTreaty planned to be signed after talks, says state agency\nLONDON\n"
        "The Peruvian president and Chile’s parliament speaker on Wednesday discussed ties.\n")
    assert article.dateline == "LONDON"
    facts = extract(article)
    assert facts.event_type == "meeting"


def test_offices_named_without_names_go_to_the_untitled_person_of_that_country():
    facts = extract(parse_article(
        "LIMA, May 5. The Peruvian president and Chile’s parliament speaker on Wednesday discussed ties.\n\n"
        "Peru’s Luis Soto and Chile’s Ana Rojas discussed trade and energy.\n\n"
        "Rojas will also meet Carlos Vega, chairman of the upper chamber of Peru's parliament, later this week."))
    titles = {p.name: p.title for p in facts.participants + facts.mentioned_people}
    assert titles["Luis Soto"] == "Peruvian president"
    assert titles["Ana Rojas"] == "Chile’s parliament speaker"
    assert titles["Carlos Vega"] == "chairman of the upper chamber of Peru's parliament"


def test_and_the_presidency_of_x_after_a_committee_opens_a_second_body():
    facts = extract(parse_article(
        "LIMA, May 5. An agreement on interaction between the Committee on Religious Affairs of Peru and the "
        "Presidency of Religious Affairs of Chile was signed in Lima."))
    assert facts.organizations == ["Committee on Religious Affairs of Peru"]
    assert [d.parties for d in facts.documents_signed] == [["Committee on Religious Affairs of Peru",
                                                            "Presidency of Religious Affairs of Chile"]]


def test_its_office_belongs_to_the_body_named_before_its():
    facts = extract(parse_article(
        "LIMA, May 5. Speaking at the signing ceremony at the Liberal Party headquarters, its deputy chairman "
        "Luis Soto said the protocol aims at closer ties with the Green Party of Chile. The protocol was signed by "
        "Soto and Ana Rojas, deputy chairwoman of the Green Party of Chile."))
    soto = next(p for p in facts.participants if p.name == "Luis Soto")
    assert (soto.title, soto.organization) == ("deputy chairman", "Liberal Party")


LISTED_IN_A_QUOTE = (
    "LIMA, May 5. President of Peru Luis Soto and President of Chile Ana Rojas signed a Joint Statement, the press "
    "service of the President of Peru reports.\n\n"
    "\"Furthermore, a package of bilateral documents was signed, including:\n\n"
    "– an agreement on cooperation in the mining industry;\n\n"
    "– A Cultural Cooperation Plan for 2026–2027,\" the press service says.\n")


def test_a_quotation_goes_on_over_the_items_of_a_list_and_its_documents_are_signed_now():
    facts = extract(parse_article(LISTED_IN_A_QUOTE))
    assert [(q.speaker, q.text.split(",")[0]) for q in facts.quotes] == [
        ("press service of the President of Peru", "Furthermore")]
    assert facts.quotes[0].text.endswith("A Cultural Cooperation Plan for 2026–2027")
    signed = [d.title for d in facts.documents_signed]
    assert "agreement on cooperation in the mining industry" in signed
    assert "Cultural Cooperation Plan for 2026–2027" in signed
    assert facts.documents_referenced == []


def test_the_subject_of_the_next_clause_is_no_item_of_a_list_of_areas():
    facts = extract(parse_article(
        "LIMA, May 5. Noting the opportunities to be developed in the field of agriculture, Minister Ch.Soto "
        "expressed interest in trade."))
    assert "Minister Ch" not in facts.cooperation_areas
    assert "agriculture" in facts.cooperation_areas


def test_the_fields_of_documents_named_by_what_they_are_on_are_areas():
    facts = extract(parse_article(
        "LIMA, May 5. An MoU on sports and the youth, an MoU on boosting industrial cooperation and an agreement on "
        "inter-chamber interparliamentary cooperation were signed. The sides agreed to develop interparliamentary ties."))
    assert {"sports", "youth"} <= set(facts.cooperation_areas)
    assert "boosting industrial" not in facts.cooperation_areas
    assert "inter-chamber interparliamentary" not in facts.cooperation_areas


def test_partnerships_focusing_on_a_list_of_fields_name_areas():
    facts = extract(parse_article(
        "LIMA, May 5. Minister Luis Soto met Minister Ana Rojas. They discussed ways to expand economic partnerships "
        "focusing on energy, transport, agriculture and industry."))
    assert {"energy", "transport", "agriculture", "industry"} <= set(facts.cooperation_areas)


def test_talks_in_a_town_no_list_knows_took_place_there():
    facts = extract(parse_article(
        "Peru and Chile sign a declaration\nLima/15.06.21/Andina: Negotiations between the presidents of Peru and "
        "Chile in Tacnabamba lasted more than an hour, and resulted in signing a declaration."))
    assert (facts.location.city, facts.location.country) == ("Tacnabamba", "PE")


def test_the_agreement_signed_with_nothing_named_before_is_a_document():
    facts = extract(parse_article(
        "LIMA, May 5. Peru and Chile have agreed to set up a working group on geology. The agreement was signed by "
        "Presidents Luis Soto of Peru and Ana Rojas of Chile in Lima."))
    assert [(d.title, d.parties) for d in facts.documents_signed] == [("agreement", ["Peru", "Chile"])]


def test_the_agreement_signed_after_another_document_is_that_document():
    facts = extract(parse_article(
        "LIMA, May 5. Peru and Chile have signed a practical action plan for 2026–2027. The agreement was signed at "
        "the Lima Forum."))
    assert [d.title for d in facts.documents_signed] == ["practical action plan for 2026–2027"]


def test_sides_preparing_to_sign_and_having_already_signed_have_signed_nothing_today():
    facts = extract(parse_article(
        "Peru, Chile preparing to sign memorandum on civil defense\nPeru and Chile are preparing to sign a new "
        "memorandum on civil defense, the ambassador of Chile, Ana Rojas, told Andina. The diplomat noted that the "
        "countries have already signed several memorandums of understanding in various fields."))
    assert facts.documents_signed == []
    assert {d.status for d in facts.documents_referenced} == {"to be signed", "signed earlier"}


def _planned(text: str) -> list[tuple[str, list[str], str | None]]:
    return [(p.kind, p.who, p.host) for p in extract(parse_article(text)).planned_events]


def test_the_one_met_is_the_host_of_the_meeting_the_subject_holds():
    assert _planned(
        "LIMA, May 5. President of Peru Luis Soto met Speaker of Chile's parliament Ana Rojas.\n\nRojas, with her "
        "delegation, will meet with Carlos Vega, head of the lower house of Peru's parliament, during her visit.") == [
        ("meeting", ["Ana Rojas"], "Carlos Vega")]


def test_a_visit_to_a_country_is_paid_by_those_not_of_it_and_never_by_the_visitor_it_follows():
    assert _planned(
        "LIMA, May 5. Deputy chairman of the Liberal Party of Peru Luis Soto and deputy chairman of the Green Party of "
        "Chile Ana Rojas signed a protocol. Soto said that they will also pay a visit to Chile after the visit of the "
        "Chilean delegation.") == [("visit", ["Luis Soto"], None)]


def test_uncounted_documents_after_a_counted_package_between_the_same_sides_are_that_package():
    facts = extract(parse_article(
        "LIMA, May 5. Peru and Chile signed 13 MoU and documents on cooperation during the visit of President Luis "
        "Soto to Santiago. The two sides signed documents for cooperation in various sectors including culture, "
        "science and trade."))
    assert [d.title for d in facts.documents_signed] == ["13 MoU and documents on cooperation"]
    assert {"culture", "science", "trade"} <= set(facts.cooperation_areas)


def test_who_initiated_the_talks_on_a_visit_last_march_is_mentioned():
    facts = extract(parse_article(
        "LIMA, May 29. Secretary-General of the Parliament of Peru Luis Soto and Secretary-General of the Office of "
        "the National Assembly of Chile Ana Rojas signed a Memorandum of Cooperation on May 29.\n\nChairman of the "
        "Parliament of Peru Carlos Vega initiated the talks to sign this memorandum during his visit to Chile last "
        "March."))
    assert [p.name for p in facts.participants] == ["Luis Soto", "Ana Rojas"]
    assert [p.name for p in facts.mentioned_people] == ["Carlos Vega"]


def test_a_visit_to_the_central_asian_country_is_in_the_one_such_country_named():
    facts = extract(parse_article(
        "ISTANBUL\nThe Kyrgyz president and Azerbaijan’s parliament speaker on Wednesday discussed ties.\n\n"
        "Kyrgyzstan’s Sadyr Japarov and Azerbaijan’s Sahiba Gafarova discussed trade, the state agency reported.\n\n"
        "Gafarova will also meet the head of the Kyrgyz parliament during her visit to the Central Asian country."))
    assert (facts.location.city, facts.location.country) == (None, "KG")


def test_his_counterpart_from_a_country_holds_the_same_office_there():
    facts = extract(parse_article(
        "LIMA, May 5. Foreign Minister of Peru Luis Soto met with his counterpart from Chile Ana Rojas, who arrived "
        "in Peru for an official visit."))
    assert [(p.name, p.title, p.country) for p in facts.participants] == [
        ("Luis Soto", "Foreign Minister of Peru", "PE"), ("Ana Rojas", "Foreign Minister", "CL")]


def test_the_visit_a_plan_of_actions_prepares_for_is_a_planned_visit():
    facts = extract(parse_article(
        "LIMA, May 5. Foreign Minister of Peru Luis Soto met with Foreign Minister of Chile Ana Rojas. They outlined "
        "the cooperation program for 2025-2026 and a plan of joint actions to prepare for the state visit of the "
        "President of Chile Carlos Vega to Peru."))
    assert [(p.kind, p.who, p.country, p.level, p.when) for p in facts.planned_events] == [
        ("visit", ["Carlos Vega"], "PE", "state", None)]


def test_the_outlet_an_aggregator_relays_is_the_source():
    facts = extract(parse_article("date 2023-12-24\n(MENAFN- AzerNews) President Luis Soto of Peru made a phone call "
                                  "to President Ana Rojas of Chile on December 24."))
    assert facts.source_agency == "AzerNews"
    facts = extract(parse_article("MENAFN - Trend News Agency)Peru and Chile have agreed to set up a working group, "
                                  "Trend reports."))
    assert facts.source_agency == "Trend"


def test_a_protocol_signed_by_officials_of_two_political_parties_is_between_those_parties():
    facts = extract(parse_article(
        "ANKARA, May 5. The governing parties of Peru and Chile on Wednesday signed a cooperation protocol in Lima. "
        "The protocol was signed by Luis Soto, deputy chairman of the Liberal Party, and Ana Rojas, deputy chairwoman "
        "of the Green Party."))
    assert [d.parties for d in facts.documents_signed] == [["Liberal Party", "Green Party"]]


def test_a_signing_held_at_a_border_checkpoint_is_not_placed_in_the_dateline_city():
    facts = extract(parse_article(
        "LIMA. Andina A protocol was signed by the heads of the border services of Peru Luis Soto and Chile Ana Rojas."
        "\n\nThe meeting of the parties was held at the Chacalluta checkpoint on Sunday, September 25."))
    assert (facts.location.city, facts.location.country) == (None, None)


def test_a_paragraph_of_quoted_titles_after_a_signing_lists_the_documents_signed():
    facts = extract(parse_article(
        "Three memoranda were signed between Peru and Chile in the presence of the presidents.\n\n"
        "\"Memorandum of Understanding on Cooperation between Tacna Region and Arica Region\", \"Memorandum of "
        "Understanding on the Establishment of a Joint Investment Committee\" and \"Memorandum of Understanding on "
        "Environmental Protection Cooperation\".\n\nPresident Luis Soto said the ties are strong."))
    titles = [d.title for d in facts.documents_signed]
    assert "Memorandum of Understanding on the Establishment of a Joint Investment Committee" in titles
    assert "Memorandum of Understanding on Environmental Protection Cooperation" in titles
    assert not any("Joint Investment Committee" in q.text for q in facts.quotes)


def test_a_field_after_in_stays_in_the_title_before_the_attribution():
    facts = extract(parse_article(
        "ASTANA. Peru and Chile have signed a memorandum on cooperation in sports, Andina correspondent reports."))
    assert [(d.title, d.subject) for d in facts.documents_signed] == [("memorandum on cooperation in sports", "sports")]


def test_an_office_is_no_institution_its_body_is():
    facts = extract(parse_article(
        "LIMA, May 29. Secretary-General of the Parliament of Peru Luis Soto and Secretary-General of the Office of "
        "the National Assembly of Chile Ana Rojas signed a Memorandum of Cooperation on May 29."))
    assert facts.organizations == ["Parliament of Peru", "Office of the National Assembly of Chile"]
    assert [d.parties for d in facts.documents_signed] == [["Parliament of Peru",
                                                            "Office of the National Assembly of Chile"]]


def test_areas_after_a_broad_range_of_areas_including():
    facts = extract(parse_article(
        "LIMA, May 5. President Luis Soto met President Ana Rojas. Twenty agreements were signed, covering a broad "
        "range of areas including transport, healthcare, agriculture and education."))
    assert {"transport", "healthcare", "agriculture", "education"} <= set(facts.cooperation_areas)


def test_the_agreement_signed_to_carry_out_a_project_is_a_document_on_that_project():
    facts = extract(parse_article(
        "ASTANA. President Luis Soto met Minister Ana Rojas.\n\nFollowing the meeting, the Peruvian and Chilean "
        "governments signed the agreement to carry out the joint project for the construction of a wind power plant."))
    assert [(d.title, d.subject) for d in facts.documents_signed] == [
        ("agreement", "to carry out the joint project for the construction of a wind power plant")]


def test_sides_preparing_to_sign_a_memorandum_plan_a_signing():
    facts = extract(parse_article(
        "Peru, Chile preparing to sign memorandum\nPeru and Chile are preparing to sign a new memorandum on civil "
        "defense, the ambassador of Chile, Ana Rojas, told Andina."))
    assert [(p.kind, p.objects) for p in facts.planned_events][:1] == [("signing", ["new memorandum on civil defense"])]
