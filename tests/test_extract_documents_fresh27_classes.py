"""Document wordings first met on an unseen batch (fresh27): a list of subjects after 'on cooperation, including
one on', qualifiers of one head noun joined by 'and', the place after the sides, a capitalized joint statement of
the heads of state, 'the corresponding agreement' among documents of other kinds, papers a field acts on
('recognition of documents on education'), a paragraph that is a sentence about a document, and 'ratified A and
B'. Short synthetic sentences."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_article

LEAD = "date 2025-05-05\nLIMA, May 5. "


def _facts(text: str):
    return extract(parse_article(LEAD + text))


def _signed(text: str) -> list[tuple[str, str | None]]:
    return [(d.title, d.subject) for d in _facts(text).documents_signed]


def test_the_subjects_after_including_one_on_name_the_documents():
    assert _signed("The two countries adopted three memoranda on cooperation, including one on fisheries, "
                   "tourism and mining.") == [("memoranda", "fisheries"), ("memoranda", "tourism"),
                                              ("memoranda", "mining")]


def test_qualifiers_of_one_head_noun_stay_one_subject():
    facts = _facts("In particular, agreements on trade-economic, scientific-technical and cultural-humanitarian "
                   "cooperation between Cusco and Arequipa, Tacna and Puno were adopted.")
    # one agreement per pair of regions, not one per qualifier: the same name, each pair its parties (session 17)
    title = "agreement on trade-economic, scientific-technical and cultural-humanitarian cooperation"
    assert [(d.title, d.parties) for d in facts.documents_signed] == [
        (title, ["Cusco", "Arequipa"]), (title, ["Tacna", "Puno"])]


def test_the_place_after_the_sides_is_no_part_of_the_title():
    facts = _facts("The presidents signed a Strategic Partnership Agreement between Peru and Chile in Lima city, "
                   "the agency reported.")
    assert [(d.title, d.parties) for d in facts.documents_signed] == [
        ("Strategic Partnership Agreement between Peru and Chile", ["Peru", "Chile"])]


def test_a_capitalized_joint_statement_keeps_who_issued_it():
    assert _signed("The presidents also adopted a Joint Statement of the Heads of State.") == [
        ("Joint Statement of the Heads of State", None)]


def test_the_corresponding_agreement_is_the_agreement_named_before_it():
    titles = [title for title, _ in _signed(
        "The presidents signed a Treaty on Strategic Partnership between Peru and Chile.\n\n"
        "The two presidents signed the corresponding treaty after the talks.\n\n"
        "They also signed a Joint Statement and treaties on culture between Cusco and Arica.")]
    assert titles[0] == "Treaty on Strategic Partnership between Peru and Chile"
    assert "treaty" not in titles


def test_documents_a_field_acts_on_are_not_signed_documents():
    assert _signed("In addition, 27 documents were signed concerning cooperation in industry, recognition of "
                   "documents on education and geology.") == [("27 documents", None)]
    assert _signed("An agreement on mutual recognition of documents on education was signed.") == [
        ("agreement on mutual recognition of documents on education", None)]


def test_a_paragraph_that_tells_what_a_document_does_is_no_title_of_a_list():
    facts = _facts("The presidents signed a Treaty on Friendship between Peru and Chile.\n\n"
                   "The Treaty on Friendship between Peru and Chile defines the aims of the partnership.\n\n"
                   "The presidents also adopted a Joint Statement of the Heads of State.\n")
    assert [d.title for d in facts.documents_signed] == [
        "Treaty on Friendship between Peru and Chile", "Joint Statement of the Heads of State"]


def test_a_document_listed_after_a_ratified_one_is_ratified_too():
    facts = _facts("The Congress ratified an agreement between Peru and Oman on air services and an agreement "
                   "between Peru and Oman on visa exemption.")
    assert [d.status for d in facts.documents_signed + facts.documents_referenced] == ["ratified", "ratified"]


def test_a_leader_who_signed_with_the_other_leader_speaks_of_this_event():
    facts = _facts("President Boric visited Lima. “The President of Peru and I signed a joint statement on the "
                   "further deepening of partnership,” Boric said.")
    assert [(d.title, d.status) for d in facts.documents_signed] == [
        ("joint statement on the further deepening of partnership", None)]


def test_a_date_after_a_capitalized_title_is_no_part_of_it():
    assert _signed("The secretaries-general signed a Memorandum of Cooperation on May 29, the agency said.") == [
        ("Memorandum of Cooperation", None)]


def test_the_year_of_another_document_does_not_date_the_signing():
    facts = _facts("Besides, protocols were signed between the two cabinets on restoring a 2004 deal on "
                   "military assistance.")
    assert [d.status for d in facts.documents_signed] == [None]
    assert not facts.documents_referenced


def test_a_comma_after_an_opening_phrase_starts_no_list_of_documents():
    facts = _facts("The president said the document, drafted on the basis of the 1993 Treaty on Friendship, would "
                   "be indefinite. According to the president, the new deal would bring ties to a new level.")
    assert [d.title for d in facts.documents_signed + facts.documents_referenced] == ["1993 Treaty on Friendship"]
    listed = _facts("In addition, an agreement on tourism, an agreement on culture and a memorandum on sports were "
                    "signed.")
    assert [d.title for d in listed.documents_signed] == [
        "agreement on tourism", "agreement on culture", "memorandum on sports"]


def test_a_roadmap_for_the_period_up_to_a_year_keeps_its_period():
    assert _signed("The visit resulted in the signing of a roadmap for Peru-Chile cooperation for the period up to "
                   "2030.") == [("roadmap for Peru-Chile cooperation for the period up to 2030", None)]


def test_the_fields_of_an_expansion_share_one_head_noun():
    assert _signed("Peru and Chile also signed the plan of action on expansion of trade, economic and humanitarian "
                   "cooperation between their capitals.")[0][0] == (
        "plan of action on expansion of trade, economic and humanitarian cooperation between their capitals")


def test_a_class_of_documents_with_sides_of_its_own_is_kept_beside_named_ones():
    facts = _facts("Peru and Chile signed ten documents.\n\n"
                   "The Accounts Chamber of Peru and the State Control Committee of Chile signed a cooperation "
                   "agreement.\n\n"
                   "The National Academy of Sciences of Peru and the Academy of Sciences of Chile signed a cooperation "
                   "agreement.\n\n"
                   "The Forensic Committee of Peru signed agreements with the Interior Ministry of Chile and the "
                   "Justice Ministry of Chile on forensic examination.\n")
    titles = [d.title for d in facts.documents_signed]
    assert titles.count("cooperation agreement") == 2
    assert any(title.startswith("agreements") for title in titles)


def test_a_capitalized_generic_document_takes_the_subject_told_after_its_verb():
    facts = _facts("Following the talks, a Protocol was signed on holding a regular meeting of the working groups of "
                   "the two countries in Lima, as well as on further work.")
    assert [(d.title, d.subject) for d in facts.documents_signed] == [
        ("Protocol", "holding a regular meeting of the working groups of the two countries in Lima")]


def test_a_smaller_count_told_after_a_total_is_part_of_it():
    assert [title for title, _ in _signed(
        "Following the forum, 24 documents were signed between Peru and Chile. In particular, 10 investment "
        "agreements and 15 trade contracts were signed.")] == ["24 documents"]
