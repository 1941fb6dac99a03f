"""Document wordings first met on an unseen batch (fresh18): a list introduced by 'Among them:' after a
sentence, 'several agreements in the fields of A, B and more', a title that ends before 'will be signed',
a subject and sides told after the verb, a document dated to an earlier month, minutes 'for the 8th term',
a field without 'the', and two capitalized titles joined by a bare 'and'. Short synthetic sentences."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_article


def _facts(text: str):
    return extract(parse_article(text))


def _signed(text: str) -> list[tuple[str, str | None]]:
    return [(d.title, d.subject) for d in _facts(text).documents_signed]


def test_among_them_after_a_sentence_opens_a_bulleted_list_of_whole_titles():
    facts = _facts("date 2025-05-01\nLIMA, May 1. A set of documents was signed by the ministries. Among them:\n"
                   "– Program to increase exports of coffee;\n"
                   "– Protocol on amendments to the Agreement on the Joint Fund;\n"
                   "– Action plan for cooperation in culture for 2026-2027.\n")
    assert [d.title for d in facts.documents_signed] == [
        "Program to increase exports of coffee",
        "Protocol on amendments to the Agreement on the Joint Fund",
        "Action plan for cooperation in culture for 2026-2027"]


def test_several_agreements_in_the_fields_of_a_list_are_one_package_and_more_is_no_field():
    facts = _facts("date 2025-05-01\nLIMA, May 1. The ministers met. \"Several agreements on cooperation in the fields "
                   "of mining, fishing, tourism, and more will be signed,\" the minister said.")
    documents = facts.documents_referenced
    assert len(documents) == 1
    assert documents[0].subject == "mining, fishing, tourism"


def test_agreements_on_a_and_on_b_stay_two_documents():
    assert len(_signed("The ministers met in Lima. Agreements on cooperation in mining and fishing were signed.")) == 2


def test_a_title_ends_before_will_be_signed():
    facts = _facts("The ministers met in Lima. A Joint Declaration on friendship between Peru and Chile will be "
                   "signed next week.")
    assert [d.title for d in facts.documents_referenced] == ["Joint Declaration on friendship between Peru and Chile"]


def test_the_subject_and_the_sides_told_after_the_verb():
    facts = _facts("The commission met in Lima. A memorandum was also signed between the Peruvian Customs Authority "
                   "and the Ministry of Finance of Chile to develop cooperation in the field of customs control.")
    document = facts.documents_signed[0]
    assert document.subject == "customs control"
    assert document.parties == ["Peruvian Customs Authority", "Ministry of Finance of Chile"]


def test_a_subject_after_the_sides_with_an_inner_comma_in_a_side():
    facts = _facts("The commission met in Lima. A memorandum of understanding was signed between the Ministry of "
                   "Trade of Peru and the Ministry of Investment, Industry and Trade of Chile on expanding exports.")
    document = facts.documents_signed[0]
    assert document.subject == "expanding exports"
    assert document.parties == ["Ministry of Trade of Peru", "Ministry of Investment, Industry and Trade of Chile"]


def test_a_document_signed_in_an_earlier_month_is_referenced():
    facts = _facts("date 2024-05-28\nThe ambassador met the speaker. They noted the start of projects under the "
                   "agreement on a long-term partnership, signed by the governments of the two countries in March.")
    assert facts.documents_signed == []
    assert [d.status for d in facts.documents_referenced] == ["signed earlier"]


def test_minutes_for_the_eighth_term_keep_their_name():
    assert _signed("The commission met in Lima. The Protocol for the 8th term was signed by the co-chairs.") == [
        ("Protocol for the 8th term", None)]


def test_a_field_named_without_the_stays_in_the_title():
    titles = [title for title, _ in _signed("The forum was held in Lima. The parties signed a Plan for joint actions "
                                            "in road and transportation field.")]
    assert titles == ["Plan for joint actions in road and transportation field"]


def test_two_capitalized_titles_joined_by_a_bare_and_are_two_documents():
    titles = [title for title, _ in _signed("The forum was held in Lima. Parties signed Memorandum of cooperation "
                                            "between the Bank and Customs Agency and Memorandum of cooperation "
                                            "between the Bank and Tax Agency.")]
    assert titles == ["Memorandum of cooperation between the Bank and Customs Agency",
                      "Memorandum of cooperation between the Bank and Tax Agency"]


def test_a_quote_that_opens_the_article_after_its_header_resolves_without_looping():
    facts = _facts("date 2025-05-01\n\"We will sign a treaty,\" he added.")
    assert len(facts.quotes) == 1


# -- wordings first met on the fresh19 batch ---------------------------------------------------------------


def test_a_hard_wrapped_first_line_is_no_headline():
    facts = _facts("Peru and Chile have signed 12\ndocuments during the forum in Lima. Among them is a practical action "
                   "plan to accelerate the\nimplementation of agreements reached at the summit.")
    assert facts.headline is None
    assert "practical action plan to accelerate the implementation of agreements reached at the summit" in [
        d.title for d in facts.documents_signed]


def test_put_their_signatures_under_two_titles_joined_by_and_joint():
    titles = [title for title, _ in _signed(
        "The presidents met in Lima. The Heads of State put their signatures under the Agreement on Strategic "
        "Cooperation between Peru and Chile and joint Statement of President of Peru John Smith and President of "
        "Chile Mark Brown.")]
    assert titles == ["Agreement on Strategic Cooperation between Peru and Chile",
                      "joint Statement of President of Peru John Smith and President of Chile Mark Brown"]


def test_a_dash_inside_a_capitalized_name_keeps_the_title_and_its_verb():
    assert _signed("The ministers met in Lima. The Memorandum of Understanding on Construction of Ilo – Arica "
                   "Railroad has also been signed.") == [("Memorandum of Understanding on Construction of Ilo – Arica "
                                                          "Railroad", None)]


def test_a_date_inside_the_title_does_not_date_the_signing():
    facts = _facts("date 2024-01-05\nThe prime ministers met in Lima. Following the meeting, the premier signed the "
                   "roadmap for implementing the agreements between the Presidents on Dec. 21-22.")
    assert [(d.title, d.status) for d in facts.documents_signed] == [
        ("roadmap for implementing the agreements between the Presidents on Dec. 21-22", None)]


def test_a_date_nothing_earlier_contradicts_dates_this_signing():
    facts = _facts("The delegation visited Lima. During the visit on May 26, 2021, the following documents were "
                   "signed in Lima:\n● Agreement on the Joint Water Commission;\n● Protocol on land use.\n")
    assert [d.title for d in facts.documents_signed] == ["Agreement on the Joint Water Commission", "Protocol on land use"]


def test_a_draft_of_a_named_document_is_to_be_signed():
    facts = _facts("The ambassador met the minister in Lima. He noted the need to prepare a draft of the Roadmap for "
                   "enhancing trade between Peru and Chile for 2021-2024 and holding an exhibition.")
    assert [(d.title, d.status) for d in facts.documents_referenced] == [
        ("Roadmap for enhancing trade between Peru and Chile for 2021-2024", "to be signed")]


def test_a_named_document_put_to_work_was_signed_before_but_agreements_between_leaders_are_none():
    facts = _facts("The commission met in Lima. They evaluated the implementation of the roadmap for the development "
                   "of Peru-Chile cooperation in 2019-2021. They urged the implementation of the agreements between "
                   "the Heads of State.")
    assert facts.documents_signed == []
    assert [(d.title, d.status) for d in facts.documents_referenced] == [
        ("roadmap for the development of Peru-Chile cooperation in 2019-2021", "signed earlier")]


def test_an_office_between_two_names_belongs_to_the_second_one():
    facts = _facts("LIMA, July 6. Peru's President John Smith will visit Chile upon the invitation of Chilean "
                   "President, Mark Brown, the Head of Foreign Policy Department of Presidential Office of Peru, "
                   "Juan Perez, said.")
    titles = {p.name: p.title for p in [*facts.participants, *facts.mentioned_people]}
    assert titles["Mark Brown"] == "Chilean President"
    assert titles["Juan Perez"] == "Head of Foreign Policy Department of Presidential Office of Peru"


def test_interlocutors_who_noted_are_no_person():
    facts = _facts("LIMA, July 6. The ambassador of Peru Juan Perez met the minister of Chile Mark Brown. "
                   "Interlocutors noted the positive dynamics of relations.")
    assert "Interlocutors" not in [p.name for p in [*facts.participants, *facts.mentioned_people]]


def test_a_stated_total_larger_than_the_documents_named_is_kept():
    facts = _facts("The commission met in Lima. A total of six documents were signed. Among them is a memorandum "
                   "on fisheries between the ministries. An agreement on tourism was also signed.")
    assert len(facts.documents_signed) == 2
    assert facts.documents_total == 6
    assert '"documents_total": 6' in facts.to_json()


def test_no_stated_total_when_the_count_is_the_documents_named():
    facts = _facts("The commission met in Lima. Two documents were signed: a memorandum on fisheries and an "
                   "agreement on tourism.")
    assert facts.documents_total is None


def test_a_hand_edited_total_must_be_a_whole_number():
    import pytest

    from briefing.models import Facts

    assert Facts.from_dict({"documents_total": 6}).documents_total == 6
    with pytest.raises(ValueError, match="documents_total"):
        Facts.from_dict({"documents_total": "six"})


# -- wordings first met on the fresh20 batch (after its first contact) ------------------------------------------


def test_an_agency_line_after_the_dateline_is_no_lead_sentence():
    facts = _facts("Lima, Peru, Aug. 25\n\nTrend:\n\nTen memorandums were signed with companies from Chile on the "
                   "implementation of projects worth $250 million during the forum on August 22.")
    [memoranda] = facts.documents_signed
    assert memoranda.status is None
    assert memoranda.subject == "the implementation of projects worth $250 million"


def test_a_title_in_single_quotes_after_the_verb():
    titles = [title for title, _ in _signed("The ministers met in Lima. The Ministers signed ‘Memorandum of "
                                            "Understanding between the Ministry of Foreign Affairs of Peru and the "
                                            "Ministry of Foreign Affairs of Chile on cooperation in the field of "
                                            "diplomatic training’.")]
    assert titles == ["Memorandum of Understanding between the Ministry of Foreign Affairs of Peru and the Ministry of "
                      "Foreign Affairs of Chile on cooperation in the field of diplomatic training"]


def test_talks_on_establishing_a_named_agreement_are_a_negotiation():
    facts = _facts("The ambassador met the speaker in Lima. He said talks on establishment of Free Trade Agreement "
                   "between the two countries have started.")
    assert [(d.title, d.status) for d in facts.documents_referenced] == [
        ("Free Trade Agreement between the two countries", "to be concluded")]


def test_the_agency_that_reports_is_no_part_of_the_title():
    assert _signed("The ministers met in Lima. The ministries have signed a memorandum of understanding on "
                   "cooperation between the diplomatic institutions of the two countries, Azernews reports.")[0][0] == \
        "memorandum of understanding on cooperation between the diplomatic institutions of the two countries"


def test_agreements_in_a_list_of_areas_with_one_head_noun_are_one_package():
    facts = _facts("The forum was held in Lima. Agreements on cooperation in trade, economic, scientific and "
                   "technical, and humanitarian areas were signed between the Lima Region and the Arica Region.")
    assert [(d.title, d.subject) for d in facts.documents_signed] == [
        ("Agreements on cooperation", "trade, economic, scientific and technical, and humanitarian areas")]


def test_a_plan_signed_to_implement_an_agreement_leaves_the_agreement_referenced():
    facts = _facts("The forum was held in Lima. The action plan for 2019-2020 was signed to implement the agreement "
                   "on trade and cultural cooperation between the Lima municipality and Arica City Hall.")
    assert [d.title for d in facts.documents_signed] == ["action plan for 2019-2020"]
    assert [d.status for d in facts.documents_referenced] == ["signed earlier"]


def test_a_city_opening_the_lead_with_in_is_the_place_not_the_agencys_dateline():
    facts = _facts("date 2022-09-23\nUlaanbaatar/MONTSAME/. In New York, on the margins of the UN General Assembly, "
                   "the Minister met her counterpart.")
    assert (facts.location.city, facts.location.country) == ("New York", "US")


def test_a_bill_on_the_ratification_of_an_agreement_refers_to_the_agreement_as_ratified():
    facts = _facts("ASTANA, December 22. /AGENCY/. The Mazhilis has approved a bill on the ratification of the "
                   "military cooperation agreement with Peru on Wednesday.")
    assert facts.documents_signed == []
    assert [(d.title, d.status) for d in facts.documents_referenced] == [("military cooperation agreement", "ratified")]


# -- fresh21, after its first contact ---------------------------------------------------------------------------


def test_memorandums_signed_on_cooperation_in_a_list_of_areas_are_one_per_area():
    facts = _facts("The leaders met in Lima. Memorandums were also signed on cooperation in the areas of customs, "
                   "justice, viticulture, as well as on cooperation between the Academy of Peru and the University of "
                   "Chile.")
    assert [(d.title, d.subject) for d in facts.documents_signed] == [
        ("Memorandums", "customs"), ("Memorandums", "justice"), ("Memorandums", "viticulture")]


def test_a_plan_to_expand_cooperation_keeps_its_name_in_a_list():
    facts = _facts("The leaders met in Lima. The following documents were signed:\n- Action Plan to expand cooperation "
                   "in the field of agriculture;\n- Agreement on tourism.\n")
    assert [d.title for d in facts.documents_signed] == [
        "Action Plan to expand cooperation in the field of agriculture", "Agreement on tourism"]


def test_recently_signed_and_intended_to_conclude_are_not_this_events_signings():
    facts = _facts("The ministers met in Lima. Recently the TV channels signed a memorandum of mutual cooperation. "
                   "It is intended to conclude an agreement on export of flour from Peru to Chile.")
    assert facts.documents_signed == []
    assert [d.status for d in facts.documents_referenced] == ["signed earlier", "to be concluded"]
