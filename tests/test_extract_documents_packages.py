"""Documents that are a package or a class, and the sides named inside what looks like a title.
Short synthetic sentences, one class of text per test."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_article


def _signed(text: str) -> list[tuple[str, str, str | None]]:
    facts = extract(parse_article(text))
    return [(d.type, d.title, d.subject) for d in facts.documents_signed]


def test_two_kinds_of_document_sharing_one_list_of_fields_are_one_package():
    facts = extract(parse_article(
        "The two prime ministers met in Lisbon. They witnessed the signing of several Memoranda of "
        "Understanding (MoUs) and agreements, covering areas such as fisheries, tourism, archives, "
        "customs and forestry."))
    assert [(d.type, d.title, d.subject) for d in facts.documents_signed] == [
        ("other", "Memoranda of Understanding (MoUs) and agreements",
         "fisheries, tourism, archives, customs and forestry")]
    assert facts.documents_signed[0].needs_review  # whether to list such a package at all is a judgement


def test_one_kind_of_document_with_its_fields_is_still_one_per_field():
    assert _signed("The presidents met in Oslo. Three MoUs were signed, involving areas such as fisheries, "
                   "tourism and archives.") == [
        ("memorandum", "MoUs", "fisheries"), ("memorandum", "MoUs", "tourism"), ("memorandum", "MoUs", "archives")]


def test_a_plural_class_keeps_its_sides_out_of_the_title():
    facts = extract(parse_article("The ministers met in Bern. They also signed cooperation agreements between "
                                  "the Alpine Broadcasting Union and the Lakeside Radio Company."))
    assert [d.title for d in facts.documents_signed] == ["cooperation agreements"]


def test_the_side_after_with_is_a_party_not_part_of_the_title():
    facts = extract(parse_article("The presidents met in Rome. Northwind Airways has signed a memorandum on "
                                  "cooperation with Southwind Airlines."))
    [memo] = facts.documents_signed
    assert memo.title == "memorandum on cooperation"
    assert "Southwind Airlines" in memo.parties



def test_a_short_name_in_the_lead_and_the_full_name_below_are_one_document():
    facts = extract(parse_article(
        "The foreign ministries of Norway and Chile signed cooperation program for 2030-2031.\n\n"
        "The ministers met in Oslo. After the meeting they signed the Program of Cooperation between the "
        "Ministries of Foreign Affairs of Norway and Chile for 2030-2031."))
    assert [d.title for d in facts.documents_signed] == [
        "Program of Cooperation between the Ministries of Foreign Affairs of Norway and Chile for 2030-2031"]


def test_two_programmes_for_different_periods_stay_two():
    facts = extract(parse_article(
        "The foreign ministries of Norway and Chile signed cooperation program for 2030-2031.\n\n"
        "The ministers met in Oslo. They also signed the Program of Cooperation between the "
        "Ministries of Culture of Norway and Chile for 2032-2033."))
    assert len(facts.documents_signed) == 2


def test_sides_described_then_named_after_a_dash_are_parties():
    facts = extract(parse_article(
        "The presidents met in Lima. The sides signed:\n- An Agreement on twinning between the capitals of the two "
        "countries – Lima and Quito;\n- A Protocol on customs cooperation."))
    twinning = next(d for d in facts.documents_signed if d.title.startswith("Agreement"))
    assert twinning.title == "Agreement on twinning"
    assert twinning.parties == ["Lima", "Quito"]


def test_an_mou_to_cooperate_in_a_field_has_that_field_as_its_subject():
    facts = extract(parse_article("The emir met the president in Doha. The two countries signed a memorandum of "
                                  "understanding (MOU) to cooperate in sports."))
    [mou] = facts.documents_signed
    assert (mou.title, mou.subject) == ("memorandum of understanding (MOU)", "sports")


def test_an_mou_to_cooperate_on_a_named_project_keeps_it_in_the_title():
    facts = extract(parse_article("The ministers met in Oslo. They signed a memorandum of understanding to cooperate "
                                  "on the establishment of a Polar Research Center."))
    [mou] = facts.documents_signed
    assert mou.title == "memorandum of understanding to cooperate on the establishment of a Polar Research Center"


def test_the_headlines_class_of_documents_is_the_one_the_body_tells_of():
    facts = extract(parse_article(
        "Peru, Fund Sign Million-USD Grant Agreements\n\nLIMA, Sept 16 (AGENCY) – Peru and the Andean Fund, "
        "yesterday, signed two agreements of 3 million U.S. dollars, the finance minister said."))
    assert [d.title for d in facts.documents_signed] == ["two agreements"]
    assert facts.documents_referenced == []  # the dateline's date is when the agency filed, not an earlier signing


def test_a_capitalized_plans_purpose_is_part_of_its_name():
    facts = extract(parse_article("The presidents met in Lima. They signed a Treaty on friendship, as well as a Plan "
                                  "for celebrating the 50th anniversary of diplomatic relations."))
    assert "Plan for celebrating the 50th anniversary of diplomatic relations" in [d.title for d in facts.documents_signed]


def test_a_described_plans_purpose_is_not():
    facts = extract(parse_article("The ministers met in Lima. Every year we sign a joint Action Plan for conducting "
                                  "trainings, the minister said."))
    titles = [d.title for d in facts.documents_signed + facts.documents_referenced]
    assert titles == ["joint Action Plan"]


def test_a_count_of_several_kinds_in_a_comma_list_is_one_set():
    assert [title for _, title, _ in _signed(
        "The presidents met in Lima. During the visit, 20 agreements, memorandums and contracts were signed.")] == [
        "20 agreements, memorandums and contracts"]
    assert [title for _, title, _ in _signed(
        "The presidents met in Lima. The sides signed twelve protocols, roadmaps and contracts.")] == [
        "twelve protocols, roadmaps and contracts"]
    # kinds with titles of their own stay separate documents
    assert [title for _, title, _ in _signed(
        "The presidents met in Lima. They signed an agreement on trade, a memorandum on tourism and a protocol "
        "on customs.")] == ["agreement on trade", "memorandum on tourism", "protocol on customs"]
