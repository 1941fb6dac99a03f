"""Shapes first met on an unseen batch (fresh22): a colon list whose first title is in sentence case,
quoted and unbalanced names of sides, 'the signed documents' said again after the list, an ordinal inside
a subject, a chamber that approves a document (a ratification), a gerund that opens a sentence, 'his
counterpart' written right before the office, a country glued to the next name, 'congratulated X on
assuming', a planned meeting told again by its kind, a quote closed in a paragraph that was not reopened,
an exchange of signed documents inside a minister's words, and areas after 'commission for', 'including',
'co-operation' and a plural 'industries'. Short synthetic sentences."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_article


def _facts(text: str):
    return extract(parse_article(text))


def test_a_colon_list_whose_first_title_is_in_sentence_case():
    facts = _facts("date 2025-05-01\nLIMA, May 1. A signing ceremony took place at the ministry, namely the parties "
                   "signed:\n\nCooperation program between the Ministry of Culture of Peru and the Ministry of Culture "
                   "of Chile for 2025-2026;\n\nMemorandum of Understanding between the Ministry of Energy of Peru and "
                   "the “Andes Solar Foundation”.\n\nThe participants said the signed bilateral documents would serve "
                   "both nations.\n")
    signed = facts.documents_signed
    assert [d.title for d in signed] == [
        "Cooperation program between the Ministry of Culture of Peru and the Ministry of Culture of Chile for 2025-2026",
        "Memorandum of Understanding between the Ministry of Energy of Peru and the “Andes Solar Foundation”"]
    assert signed[1].parties == ["Ministry of Energy of Peru", "Andes Solar Foundation"]
    assert facts.documents_referenced == []  # "the signed bilateral documents": the list, said again


def test_an_ordinal_inside_the_subject_of_a_protocol_to_be_signed():
    facts = _facts("The commission met in Lima. When the session ends, a protocol on the results of the 10th "
                   "commission session will be signed.")
    assert [d.title for d in facts.documents_referenced] == [
        "protocol on the results of the 10th commission session"]


def test_a_chamber_that_approves_a_signed_document_ratifies_it():
    facts = _facts("date 2025-05-21\nLIMA, May 21. The Senate of Peru has approved an agreement on trade between Peru "
                   "and Chile, signed on April 19, 2024, in Santiago.")
    assert facts.event_type == "ratification"
    assert [d.status for d in facts.documents_referenced] == ["ratified"]


def test_a_gerund_opening_a_sentence_is_no_speaker():
    facts = _facts("LIMA. The Speaker of the Congress of Peru Jose Rios met his Chilean counterpart Speaker of the "
                   "Senate Ana Soto in Lima.\n\nHaving stressed the friendship of the two nations, the Speaker "
                   "praised the talks.")
    assert sorted(p.name for p in facts.participants) == ["Ana Soto", "Jose Rios"]


def test_his_counterpart_right_before_the_office_is_no_part_of_the_title():
    facts = _facts("LIMA. The Speaker of the Congress of Peru Jose Rios met his Chilean counterpart Speaker of the "
                   "Senate Ana Soto in Lima.")
    soto = next(p for p in facts.participants if p.name == "Ana Soto")
    assert (soto.title, soto.country) == ("Speaker of the Senate", "CL")


def test_a_country_glued_to_the_next_name_ends_the_title():
    # the office as the extractor tidies it: a source that lost a space ran the country into the name
    from briefing.extract.people import _tidy_title

    assert _tidy_title("Ambassador of Chile to PeruAlejandra") == "Ambassador of Chile to Peru"
    assert _tidy_title("Chairman of the Board of PetroChina") == "Chairman of the Board of PetroChina"


def test_congratulated_on_assuming_office_is_a_mention():
    facts = _facts("LIMA. The Speaker of the Congress of Peru Jose Rios met the Speaker of the Senate of Chile Ana "
                   "Soto in Lima.\n\nShe congratulated Luis Vega on assuming the office of the President of Peru.")
    assert "Luis Vega" not in [p.name for p in facts.participants]
    assert "Luis Vega" in [p.name for p in facts.mentioned_people]


def test_a_planned_meeting_told_again_by_its_kind_is_one_event_with_its_date():
    facts = _facts("date 2025-03-27\nLIMA. The Speaker of the Congress of Peru Jose Rios invited Ana Soto, Speaker of "
                   "the Senate of Chile, to attend the 4th meeting of Speakers of Andean Parliaments.\n\nDelegates of "
                   "40 parliaments are expected to take part in the meeting slated for September 23-24.")
    assert len(facts.planned_events) == 1
    assert (facts.planned_events[0].when or "").startswith("2025-09-23")


def test_a_quote_closed_in_a_paragraph_the_source_did_not_reopen():
    facts = _facts("LIMA. The minister spoke about the forum.\n\n\"During the visit we took part in the forum in Lima. "
                   "We discussed trade.\n\nAt the forum, we also agreed to meet again next year,\" the minister noted.")
    quote = facts.quotes[0].text
    assert quote.startswith("During the visit") and quote.endswith("meet again next year")


def test_an_exchange_of_signed_documents_at_the_forum_in_a_ministers_words_is_signed_there():
    facts = _facts("LIMA. The minister spoke about the forum.\n\n\"At the business forum, there was also an exchange of "
                   "signed documents on cooperation in the fields of energy, education, logistics, and construction,\" "
                   "the minister noted.")
    assert [d.title for d in facts.documents_signed] == [
        "documents on cooperation in the fields of energy, education, logistics, and construction"]


def test_areas_of_a_commission_for_and_after_including_and_co_operation():
    facts = _facts("LIMA. The session of the Peru-Chile commission for trade-economic and scientific-technical "
                   "co-operation opened in Lima. The ministers discussed the partnership, including economic "
                   "collaboration and regional issues.")
    assert {"trade-economic", "scientific-technical", "economic"} <= set(facts.cooperation_areas)


def test_a_plural_industries_belongs_to_every_area_before_it():
    facts = _facts("LIMA. The ministers met in Lima and agreed to cooperate in the oil and gas, chemical and electric "
                   "power industries.")
    assert {"oil and gas", "chemical", "electric power"} <= set(facts.cooperation_areas)


def test_areas_told_in_a_pair_and_on_their_own_are_listed_once():
    facts = _facts("LIMA. The ministers met in Lima. They discussed cooperation in the cultural and humanitarian "
                   "spheres, and the ties, including cultural, humanitarian and economic ties.")
    areas = facts.cooperation_areas
    assert not ("cultural and humanitarian" in areas and "cultural" in areas and "humanitarian" in areas)


def test_within_which_is_no_area():
    facts = _facts("LIMA. The document covers a wide range of areas of cooperation, within which several agreements "
                   "are in effect.")
    assert "within" not in facts.cooperation_areas


def test_the_head_of_a_delegation_named_by_its_demonym_is_a_participant_of_that_country():
    facts = _facts("LIMA. The 10th session of the Peru-Chile commission opened on Friday in Lima.\n\nThe Chilean "
                   "delegation is headed by Deputy Prime Minister Ana Soto.")
    soto = next(p for p in facts.participants if p.name == "Ana Soto")
    assert soto.country == "CL"


def test_the_office_a_congratulated_person_assumed_is_his_title():
    facts = _facts("LIMA. The Speaker of the Congress of Peru Jose Rios met the Speaker of the Senate of Chile Ana "
                   "Soto in Lima.\n\nShe congratulated Luis Vega on assuming the office of the President of Peru.")
    vega = next(p for p in facts.mentioned_people if p.name == "Luis Vega")
    assert vega.title == "President of Peru"


def test_a_hyphenated_name_at_the_end_of_a_lead_is_no_agency():
    facts = _facts("MINISTER OF PERU MEETS MINISTER OF CHILE H.E. MR. CHO TAE-YUL\n\nMINISTER OF PERU MEETS MINISTER "
                   "OF CHILE H.E. MR. CHO TAE-YUL\n\nThe Minister of Foreign Affairs of Peru Ana Soto met the Minister "
                   "of Foreign Affairs of Chile Luis Vega in Lima.")
    assert facts.source_agency != "YUL"


def test_the_invitee_named_by_office_and_body_is_the_one_who_will_visit():
    # a domestic outlet: "the Speaker" alone would be its own; "the State Duma Speaker" names the other body
    facts = _facts("ASTANA. KAZINFORM - Speaker of the Mazhilis of Kazakhstan Arman Bek met Speaker of the State Duma "
                   "of Russia Ivan Orlov in Moscow.\n\nThe Kazakh MP also invited the State Duma Speaker to pay an "
                   "official visit to Kazakhstan.")
    assert [event.who for event in facts.planned_events] == [["Ivan Orlov"]]
