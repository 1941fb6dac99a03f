"""Where a document's title begins and ends: a list of nouns inside the title, a second subject joined by
'and the', the modifiers of a bare type word, and one document named twice (its name, then its abbreviation).
Short synthetic sentences, one class of text per test."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_article


def _facts(text: str):
    return extract(parse_article(text))


def _titles(text: str) -> list[str]:
    return [d.title for d in _facts(text).documents_signed]


# -- a title's noun phrase goes on across commas ----------------------------------------------------------


def test_a_list_of_fields_ending_in_cooperation_stays_in_the_title():
    titles = _titles("The ministers met in Lima. An agreement on trade, economic and cultural cooperation was signed.")
    assert titles == ["agreement on trade, economic and cultural cooperation"]


def test_a_list_of_fields_in_a_list_of_documents_keeps_each_title_whole():
    titles = _titles("The ministers met in Lima. They signed an agreement on scientific, technical and educational "
                     "cooperation, an agreement on trade, transport and transit relations and a memorandum on tourism.")
    assert titles == ["agreement on scientific, technical and educational cooperation",
                      "agreement on trade, transport and transit relations", "memorandum on tourism"]


def test_a_capitalized_name_goes_on_across_its_comma_list():
    titles = _titles("The presidents met in Lima. They signed the Declaration on Eternal Friendship, Good "
                     "Neighbourliness and Trust between Peru and Chile.")
    assert titles == ["Declaration on Eternal Friendship, Good Neighbourliness and Trust between Peru and Chile"]


def test_a_comma_list_of_capitalized_documents_stays_three_documents():
    titles = _titles("The presidents met in Lima. They signed the Agreement on Trade, the Protocol on Customs "
                     "and the Memorandum on Tourism.")
    assert titles == ["Agreement on Trade", "Protocol on Customs", "Memorandum on Tourism"]


def test_fields_that_end_in_no_head_noun_stay_out_of_the_title():
    assert _titles("The ministers met in Lima. The sides signed a roadmap on cooperation in mining, fishing "
                   "and tourism.") == ["roadmap on cooperation"]


# -- 'and the <noun> of' goes on with the title's subject --------------------------------------------------


def test_a_second_subject_after_and_the_stays_in_the_title():
    titles = _titles("The ministers met in Lima. They signed an agreement on the avoidance of double taxation and "
                     "the prevention of fiscal evasion with respect to taxes on income.")
    assert titles == ["agreement on the avoidance of double taxation and the prevention of fiscal evasion with "
                      "respect to taxes on income"]


def test_cooperation_in_the_prevention_of_something_stays_in_the_title():
    titles = _titles("The ministers met in Lima. An agreement on cooperation in the prevention and elimination of "
                     "forest fires was signed.")
    assert titles == ["agreement on cooperation in the prevention and elimination of forest fires"]


def test_the_field_of_a_memorandum_before_the_next_item_of_the_list():
    titles = _titles("The ministers met in Lima. A memorandum on the principles of cooperation in the field of "
                     "transport and an agreement on tourism were signed.")
    assert titles == ["memorandum on the principles of cooperation in the field of transport", "agreement on tourism"]


# -- a bare type word takes its modifiers -----------------------------------------------------------------


def test_a_hyphenated_modifier_stays_with_its_noun():
    titles = _titles("The speakers met in Lima. A co-operation agreement was signed between the parliaments.")
    assert titles == ["co-operation agreement"]


def test_a_roadmap_document_for_a_year_is_one_title():
    titles = _titles("The speakers met in Lima. A roadmap document for 2030 was signed by the parliaments.")
    assert titles == ["roadmap document for 2030"]


def test_a_loan_agreement_for_a_named_project_keeps_the_project():
    titles = _titles("The ministers met in Lima. The sides signed a loan agreement for the project Construction of "
                     "Rural Clinics (Phase 3) for $40 million.")
    assert titles == ["loan agreement for the project Construction of Rural Clinics (Phase 3)"]


def test_an_amount_before_the_noun_is_no_part_of_the_title():
    titles = _titles("The ministers met in Lima. Peru signed a $2 billion agreement on investment cooperation with "
                     "the Chilean government.")
    assert titles == ["agreement on investment cooperation"]


# -- one document per surface mention ---------------------------------------------------------------------


def test_an_abbreviation_defined_in_brackets_names_the_same_document():
    facts = _facts("Peru and Chile signed a Memorandum of Understanding (MOU) on consultations in Lima. The "
                   "ministers signed the MOU on behalf of their countries. The MOU is a milestone.")
    documents = facts.documents_signed + facts.documents_referenced
    assert [d.title for d in documents] == ["Memorandum of Understanding (MOU) on consultations"]


def test_earlier_this_week_is_the_event_itself():
    facts = _facts("Peru and Chile signed a memorandum on fisheries in Lima earlier this week.")
    assert [d.title for d in facts.documents_signed] == ["memorandum on fisheries"]
    assert facts.documents_referenced == []


# -- signed or referenced ---------------------------------------------------------------------------------


def test_a_hope_that_they_would_sign_is_a_document_to_be_signed():
    facts = _facts("The ministers met in Lima. The minister expressed hope that Peru and Chile would sign a "
                   "trade agreement in the near future.")
    assert facts.documents_signed == []
    assert [d.title for d in facts.documents_referenced] == ["trade agreement"]


def test_signing_a_document_would_bring_is_a_document_not_yet_signed():
    facts = _facts("The speakers met in Lima. The parties noted that signing the extended Agreement on Trade "
                   "and Cooperation would bring relations to a new level.")
    assert facts.documents_signed == []
    assert [d.title for d in facts.documents_referenced] == ["extended Agreement on Trade and Cooperation"]


def test_the_agreement_named_again_is_no_second_document():
    facts = _facts("The ministers met in Lima. They signed the Agreement on Fisheries. As the minister said, the "
                   "Agreement is a milestone.")
    assert [d.title for d in facts.documents_signed] == ["Agreement on Fisheries"]


def test_a_named_agreement_under_negotiation_is_to_be_concluded():
    facts = _facts("The ministers met in Lima. They welcomed the ongoing negotiations of the Enhanced Trade "
                   "and Cooperation Agreement (ETCA), which will bring relations to a new level.")
    assert facts.documents_signed == []
    assert [(d.title, d.status) for d in facts.documents_referenced] == \
        [("Enhanced Trade and Cooperation Agreement (ETCA)", "to be concluded")]


def test_a_year_of_another_document_does_not_date_the_next_item():
    facts = _facts("The ministers met in Lima on 3 May 2024. A plan was adopted to carry out a memorandum on "
                   "fisheries signed by the ministries in 2015, as well as a program of cooperation in the field "
                   "of archives for 2024-2026.")
    assert [d.title for d in facts.documents_signed] == ["program of cooperation in the field of archives for 2024-2026"]
    assert [d.title for d in facts.documents_referenced] == ["memorandum on fisheries"]


def test_the_protocol_established_in_an_earlier_year_was_signed_earlier():
    facts = _facts("date 2024-05-03\nThe ministers met in Lima. The parliaments have established a cooperation "
                   "protocol, an important basis of the ties. Under the protocol established in 2009, the "
                   "agency has carried out two projects.")
    assert facts.documents_signed == []
    assert [(d.title, d.status) for d in facts.documents_referenced] == [("cooperation protocol", "signed earlier")]


def test_a_quoted_subject_and_another_document_on_a_second_one():
    facts = _facts("The ministers met in Lima. Peru and Chile also signed an agreement on the “mutual assistance "
                   "in customs matters” and another on “the fight against customs crimes”.")
    assert [d.title for d in facts.documents_signed] == ["agreement on the “mutual assistance in customs matters”",
                                                         "agreement on “the fight against customs crimes”"]


def test_a_government_named_by_its_demonym_is_its_country():
    facts = _facts("The ministers met in Lima. Peru signed an agreement on investment cooperation with the Kyrgyz "
                   "government.")
    assert [(d.title, d.parties) for d in facts.documents_signed] == [("agreement on investment cooperation",
                                                                       ["Peru", "Kyrgyzstan"])]


def test_more_than_a_count_stays_in_the_title():
    facts = _facts("The ministers met in Lima. The sides are expected to sign more than ten cooperation agreements.")
    assert [d.title for d in facts.documents_referenced] == ["more than ten cooperation agreements"]


# -- review marks where the boundary is unsure -------------------------------------------------------------


def test_a_bare_type_word_is_marked_for_review():
    facts = _facts("The presidents met in Lima. They signed a Declaration that raises relations to a new level.")
    (declaration,) = facts.documents_signed
    assert declaration.title == "Declaration"
    assert declaration.confidence is not None and declaration.confidence < 0.7
    assert "bare type word" in (declaration.why or "")


def test_a_titled_document_is_not_marked_for_review():
    facts = _facts("The presidents met in Lima. They signed a Declaration on Eternal Friendship.")
    (declaration,) = facts.documents_signed
    assert declaration.confidence is not None and declaration.confidence >= 0.7


def test_a_title_whose_subject_is_an_action_goes_on_to_the_verb():
    titles = _titles("The ministers met in Lima. The protocol for the provision of technical assistance to Peru on "
                     "a grant basis was signed on Monday.")
    assert titles == ["protocol for the provision of technical assistance to Peru on a grant basis"]


def test_an_action_title_stops_before_the_place_and_the_day():
    titles = _titles("The ministers met in Lima. They signed an agreement on the development of tourism in Lima "
                     "on Monday.")
    assert titles == ["agreement on the development of tourism"]


def test_the_named_thing_an_action_is_on_stays_in_the_title():
    titles = _titles("The ministers met in Lima. They signed an agreement on partnership for the modernization "
                     "and development of the Andean Railway.")
    assert titles == ["agreement on partnership for the modernization and development of the Andean Railway"]


def test_an_action_title_keeps_a_quoted_name_and_its_gloss():
    titles = _titles("The presidents met in Lima. Also an agreement on the establishment of the protected area "
                     "“Green Hills” (Verdes Colinas) was signed.")
    assert titles == ["agreement on the establishment of the protected area “Green Hills” (Verdes Colinas)"]


def test_the_sentence_next_verb_is_no_part_of_a_title():
    assert _titles("The ministers met in Lima. The sides signed a memorandum on the establishment of a business "
                   "council and discussed trade.") == ["memorandum on the establishment of a business council"]


def test_earlier_today_is_no_part_of_a_title():
    assert _titles("The ministers met in Lima. The sides signed an agreement on fishing quotas earlier "
                   "today.") == ["agreement on fishing quotas"]


def test_a_pact_under_negotiation_is_an_agreement_to_be_concluded():
    facts = _facts("The ministers met in Lima. They confirmed progress in negotiations on concluding a bilateral pact "
                   "for fisheries and port services. They will aim to sign the pact soon.")
    assert facts.documents_signed == []
    assert [(d.type, d.title, d.status) for d in facts.documents_referenced] == \
        [("agreement", "bilateral pact for fisheries and port services", "to be concluded")]
