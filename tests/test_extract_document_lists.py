"""Documents set out as lists, counts that are never titles, the sides of each document, and
signed vs referenced vs planned. Short synthetic sentences, one class of text per test."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_article


def _facts(text: str):
    return extract(parse_article(text))


def _signed(facts) -> list[str]:
    return [d.title for d in facts.documents_signed]


def test_numbered_list_after_a_colon():
    facts = _facts("The ministers held talks in Riga.\n\nThe following documents were signed:\n"
                   "1. Agreement on air services;\n2. Memorandum of Understanding on tourism;\n"
                   "3. Protocol on customs data exchange.\n")
    assert _signed(facts) == ["Agreement on air services", "Memorandum of Understanding on tourism",
                              "Protocol on customs data exchange"]


def test_a_hard_wrapped_bulleted_item_goes_on_over_its_lines():
    facts = _facts("Talks were held in Oslo.\nThe sides signed the following documents:\n"
                   "- Agreement between the Government of the Kingdom of Norway\nand the Government of "
                   "Latvia on road\ntransport;\n- Memorandum of Understanding between the Ministry of\n"
                   "Culture of Norway and the Ministry of Culture of Latvia.\n")
    assert _signed(facts) == [
        "Agreement between the Government of the Kingdom of Norway and the Government of Latvia on road transport",
        "Memorandum of Understanding between the Ministry of Culture of Norway and the Ministry of Culture of Latvia"]
    first, second = facts.documents_signed
    assert first.parties == ["Government of the Kingdom of Norway", "Government of Latvia"]
    assert second.parties == ["Ministry of Culture of Norway", "Ministry of Culture of Latvia"]


def test_an_introduction_hard_wrapped_over_lines_still_opens_its_list():
    facts = _facts("The ministers held talks in Riga.\n\nBesides the treaty, several documents were\nsigned, "
                   "opening new ways for bilateral\ncooperation:\n- A Memorandum of Cooperation in Fisheries between "
                   "the\nFisheries Agency of Latvia and the Fisheries Board of Estonia;\n- A Protocol on customs "
                   "data.\n")
    assert _signed(facts) == ["Memorandum of Cooperation in Fisheries between the Fisheries Agency of Latvia and the "
                              "Fisheries Board of Estonia", "Protocol on customs data"]


def test_a_count_heads_its_list_and_is_never_a_title():
    """'a total of four documents' counts the items below it; blank lines and a dash glued to the
    title ('-the Plan') are still the same list; 'and' and 'respectively' close it."""
    facts = _facts("The presidents met in Hanoi.\n\nThe foreign ministers signed a total of three documents.\n\n"
                   "These include:\n\n-the Plan of cultural exchanges for 2026,\n\n"
                   "-Agreement on visa exemption and\n\n-Exchange of letters on the port project respectively.\n")
    assert _signed(facts) == ["Plan of cultural exchanges for 2026", "Agreement on visa exemption",
                              "Exchange of letters on the port project"]
    assert not any("total" in d.title or d.title == "documents" for d in facts.documents_referenced)


def test_title_paragraphs_after_a_signing_sentence():
    """No colon and no bullets: each paragraph after 'a ceremony of signing documents.' is a title."""
    facts = _facts("The leaders then attended a ceremony of signing bilateral documents.\n\n"
                   "Intergovernmental Agreement on health care,\n\n"
                   "Cooperation Program with the Lisbon Development Agency for 2025-2027,\n\n"
                   "Memorandum on cooperation in fisheries.\n\n"
                   "The two sides also discussed regional issues.")
    assert _signed(facts) == ["Intergovernmental Agreement on health care",
                              "Cooperation Program with the Lisbon Development Agency for 2025-2027",
                              "Memorandum on cooperation in fisheries"]
    assert facts.documents_signed[1].parties == ["Lisbon Development Agency"]


def test_paragraphs_that_are_sentences_are_no_list():
    facts = _facts("The ministers signed two documents.\n\n"
                   "Agreement talks were held in a warm atmosphere.\n\n"
                   "Memorandum drafts will be discussed next year.")
    assert _signed(facts) == ["two documents"]


def test_sides_of_each_document_in_a_list():
    """Each item has its own sides; an 'and' inside a ministry's name is not a second side."""
    facts = _facts("Documents signed in Tbilisi:\n"
                   "- Memorandum between the Ministry of Environment and Agriculture of Georgia and the Ministry "
                   "of Nature of Armenia on forests;\n"
                   "- Protocol between the Ministry of Roads and Transport of Georgia and Armenian Railways "
                   "on freight.\n")
    first, second = facts.documents_signed
    assert first.parties == ["Ministry of Environment and Agriculture of Georgia", "Ministry of Nature of Armenia"]
    assert second.parties == ["Ministry of Roads and Transport of Georgia", "Armenian Railways"]


def test_items_of_one_list_are_never_merged():
    facts = _facts("The following documents were signed:\n"
                   "- Memorandum of understanding between the Ministry of Health of Peru and the Ministry "
                   "of Health of Chile;\n"
                   "- Memorandum of understanding between the Government of Chile and the Government of Peru "
                   "on fisheries.\n")
    assert len(facts.documents_signed) == 2


def test_a_signing_reported_a_day_late_is_this_events():
    facts = _facts("date 2024-03-06\nRIGA, March 6\n\nThe government published the documents signed on March 5 "
                   "in Vilnius during the intergovernmental commission.\n\nThe documents are listed below:\n\n"
                   "- Agreement on energy cooperation;\n- Memorandum on education.\n")
    assert _signed(facts) == ["Agreement on energy cooperation", "Memorandum on education"]
    assert facts.documents_referenced == []


def test_a_list_of_documents_to_be_signed_stays_planned():
    facts = _facts("The ministers are expected to sign the following documents:\n"
                   "- Agreement on double taxation;\n- Memorandum on tourism.\n")
    assert facts.documents_signed == []
    assert [d.status for d in facts.documents_referenced] == ["expected to be signed"] * 2


def test_a_count_whose_sentence_names_the_sides_lends_them_to_its_items():
    facts = _facts("Foreign Minister of Peru Ana Rojas and Foreign Minister of Chile Luis Soto signed a total of "
                   "three documents.\n\nThese include:\n\n-the Plan of cultural exchanges for 2026,\n\n"
                   "-Agreement on visa exemption and\n\n-Protocol on customs data respectively.\n")
    assert _signed(facts) == ["Plan of cultural exchanges for 2026", "Agreement on visa exemption",
                              "Protocol on customs data"]
    assert all(d.parties == ["Peru", "Chile"] for d in facts.documents_signed)


def test_semicolon_list_in_a_sentence_and_on_one_line():
    inline = _facts("The sides signed an agreement on air services; a memorandum on tourism; and a protocol on "
                    "customs cooperation.")
    assert _signed(inline) == ["agreement on air services", "memorandum on tourism", "protocol on customs cooperation"]
    one_line = _facts("The presidents met in Lima.\n\nThe sides signed a number of documents:\n\n"
                      "Agreement on investments; Memorandum on tourism; Protocol on customs.")
    assert _signed(one_line) == ["Agreement on investments", "Memorandum on tourism", "Protocol on customs"]


def test_comma_list_after_among_the_documents_signed():
    facts = _facts("Among the documents signed are an agreement on visa exemption, a memorandum of understanding "
                   "on education and a roadmap for trade.")
    assert _signed(facts) == ["agreement on visa exemption", "memorandum of understanding on education",
                              "roadmap for trade"]


def test_these_are_the_titles_after_a_count():
    facts = _facts("Following the talks, several documents were signed. These are the Memorandum of Understanding "
                   "and Cooperation in the field of mining, the MoU on customs between the Customs Service of "
                   "Peru and the Customs Service of Chile.")
    assert _signed(facts) == [
        "Memorandum of Understanding and Cooperation in the field of mining",
        "MoU on customs between the Customs Service of Peru and the Customs Service of Chile"]


def test_sides_signing_a_memorandum_are_its_parties():
    facts = _facts("Estonia and Finland signed a memorandum of understanding on energy security.")
    assert [(d.title, d.parties) for d in facts.documents_signed] == [
        ("memorandum of understanding on energy security", ["Estonia", "Finland"])]


def test_protocol_of_a_commission_session_and_the_next_document():
    facts = _facts("The protocol of the 5th meeting of the Joint Commission on Trade between Peru and Chile and "
                   "the Action Plan for Peruvian-Chilean Cooperation were signed by the two ministers.")
    assert _signed(facts) == ["protocol of the 5th meeting of the Joint Commission on Trade between Peru and Chile",
                              "Action Plan for Peruvian-Chilean Cooperation"]


def test_a_press_service_reports_this_events_signing_in_quotes():
    facts = _facts("“The presidents held talks. Following the talks, two agreements were signed,” the press "
                   "service said.")
    assert _signed(facts) == ["two agreements"]


def test_a_programme_signed_during_a_visit_dated_in_an_earlier_year_is_referenced():
    facts = _facts("date 2021-05-14\nThe speakers met by video link.\n\nThe president visited Seoul in April 2019. "
                   "The Green Bridge programme for economic cooperation until 2022 signed as part of the visit "
                   "has great prospects.")
    assert facts.documents_signed == []
    assert [(d.title, d.status) for d in facts.documents_referenced] == [
        ("Green Bridge programme for economic cooperation until 2022", "signed earlier")]


def test_signed_earlier_and_to_be_signed_stay_apart():
    facts = _facts("Following the talks, the presidents signed a joint statement. The agreement on transit signed "
                   "in 2019 is being implemented. The ministers will sign an agreement on fisheries next month.")
    assert _signed(facts) == ["joint statement"]
    assert {d.title: d.status for d in facts.documents_referenced} == {
        "agreement on transit": "signed earlier", "agreement on fisheries": "to be signed next month"}


# -- classes found on a later batch: one clause per document, wrapped lines, titled paragraphs -------


def test_a_past_verb_after_and_is_not_governed_by_an_earlier_plan():
    """'agreed to open X and signed a memorandum': 'agreed to' belongs to 'open', the memorandum is signed."""
    facts = _facts("The ministers met in Lima on Monday.\nThe two countries agreed to open trade houses and "
                   "signed a memorandum of understanding (MOU) to cooperate in fisheries.")
    assert _signed(facts) == ["memorandum of understanding (MOU)"]  # the field is its subject, not its title
    assert facts.documents_signed[0].subject == "fisheries"


def test_a_weekday_or_a_date_after_on_is_never_the_subject():
    facts = _facts("The presidents met in Quito.\nThe ministers signed a memorandum on Wednesday in the capital.")
    assert _signed(facts) == ["memorandum"]


def test_a_relative_clause_ends_the_subject_of_a_title():
    facts = _facts("The ministers met in Lima.\nThe bank and the ministry signed a memorandum on future "
                   "cooperation that will support farmers.")
    assert _signed(facts) == ["memorandum on future cooperation"]


def test_a_participle_with_an_earlier_year_dates_the_document_earlier():
    facts = _facts("date 2025-05-02\nThe speaker spoke at a ceremony in Lima on May 1 to mark the anniversary of "
                   "the Lima Declaration, signed by the leaders of the two countries on May 3, 2018.")
    assert not facts.documents_signed
    assert [d.title for d in facts.documents_referenced] == ["Lima Declaration"]


def test_paragraphs_that_open_with_a_title_and_a_colon():
    """'Title: what it does.' paragraphs after 'yielded two agreements:': the title is the item."""
    facts = _facts("The ministers met in Lima.\n\nThe talks yielded two agreements:\n\n"
                   "Intergovernmental Memorandum of Understanding on Energy Transition: Under this memorandum, "
                   "the sides will cooperate on solar power.\n\n"
                   "Memorandum between Alpha Corporation and Beta Company: It covers fertilizer plants.\n\n"
                   "The sides also discussed regional issues.")
    assert _signed(facts) == ["Intergovernmental Memorandum of Understanding on Energy Transition",
                              "Memorandum between Alpha Corporation and Beta Company"]


def test_a_hard_wrapped_line_that_goes_on_in_lower_case_is_no_headline():
    facts = _facts("Peru and Chile signed an agreement on the border.\nThe signing also included a Joint "
                   "Statement on further\nstrengthening friendship between the nations.\n")
    assert "Joint Statement on further strengthening friendship between the nations" in _signed(facts)


def test_sides_described_in_words_and_named_after_a_dash():
    facts = _facts("The presidents met in Lima.\nThe following documents were signed:\n"
                   "- An Agreement on establishing sister city ties between the\ncapitals of the two countries – "
                   "Lima and Santiago;\n- Cooperation programs in sports, youth policy, and\narchitecture.\n")
    assert _signed(facts) == ["Agreement on establishing sister city ties",
                              "Cooperation programs in sports, youth policy, and architecture"]
    assert facts.documents_signed[0].parties == ["Lima", "Santiago"]


def test_a_program_in_a_field_at_the_end_of_a_sentence():
    facts = _facts("The presidents met in Lima.\nThe ministers also signed a cooperation program in tourism.")
    assert _signed(facts) == ["cooperation program in tourism"]


def test_titles_that_are_the_subject_of_were_signed_are_each_a_document():
    facts = _facts("The presidents held talks in Oslo. The action plan for the MoU on forestry, an MoU on culture and "
                   "the arts, plan of youth exchanges between Norway and Latvia, as well as an agreement on a joint "
                   "ferry line were the four agreements signed by the two delegations.")
    assert _signed(facts) == ["action plan for the MoU on forestry", "MoU on culture and the arts",
                              "plan of youth exchanges between Norway and Latvia", "agreement on a joint ferry line"]


def test_a_name_and_the_same_name_with_its_period_are_one_document():
    facts = _facts("The speakers met in Oslo and signed a roadmap for cooperation between the parliaments of Norway "
                   "and Latvia. The Roadmap for Cooperation for 2025-2026 was signed after the talks.")
    assert _signed(facts) == ["Roadmap for Cooperation for 2025-2026"]


def test_a_party_never_keeps_the_quote_mark_that_closes_a_sentence():
    facts = _facts('The speakers met in Oslo. "Today we signed a Memorandum of Cooperation between the Institute of '
                   'Law of Norway and the Institute of Justice of Latvia", the speaker said.')
    parties = [party for d in [*facts.documents_signed, *facts.documents_referenced] for party in d.parties]
    assert parties and not any(party.endswith(('"', "”")) for party in parties)


def test_a_package_with_including_and_bare_nouns_is_no_list_of_titles():
    package = _facts("The presidents met in Oslo. The documents, including a joint declaration on partnership between "
                     "Norway and Latvia, and a memorandum on fisheries, were signed in the capital.")
    assert "documents" not in _signed(package)
    bare = _facts("The ministers met in Oslo. A memorandum and a separate program were also signed between the "
                  "procurement agencies to develop cooperation.")
    assert "separate program" not in _signed(bare)
