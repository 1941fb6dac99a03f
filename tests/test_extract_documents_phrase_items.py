"""Documents set out as phrases rather than names: list items led by an article ('A memorandum of
cooperation between the ministries;'), documents told apart by the sides or the purpose that follow a
generic title, and counts that only stand for documents named next to them.
Short synthetic sentences, one class of text per test."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_article


def _facts(text: str):
    return extract(parse_article(text))


def _signed(text: str) -> list[str]:
    return [d.title for d in _facts(text).documents_signed]


# -- one paragraph per item, each a phrase led by its article ------------------------------------------------


def test_a_colon_list_of_article_led_paragraphs_gives_one_document_per_paragraph():
    text = ("LIMA, May 3. The presidents of Peru and Chile met in Lima. A ceremony was then held to sign three "
            "further documents aimed at closer ties:\n\n"
            "A memorandum of cooperation between the trade ministries;\n\n"
            "An agreement on mutual recognition of diplomas;\n\n"
            "A fisheries cooperation document between the relevant agencies.\n\n"
            "The visit ends on Friday.")
    assert _signed(text) == ["memorandum of cooperation between the trade ministries",
                             "agreement on mutual recognition of diplomas",
                             "fisheries cooperation document between the relevant agencies"]


def test_a_paragraph_that_is_a_sentence_is_no_item():
    text = ("LIMA, May 3. The presidents of Peru and Chile met in Lima and signed three documents:\n\n"
            "An agreement on trade;\n\n"
            "A memorandum was also discussed by the ministers at length.\n\n")
    titles = _signed(text)
    assert "agreement on trade" in titles and not any(title.startswith("memorandum") for title in titles)


# -- documents told apart by their sides, in a sentence that lists them ----------------------------------------


_SIDES_LIST = ("LIMA: The presidents of Peru and Chile witnessed on Monday the signing of several memoranda of "
               "understanding (MoUs) between the two countries.\n\n"
               "They witnessed the signing of a Memorandum of Understanding on cooperation in fisheries between the "
               "Ministry of Fisheries of Peru and the Port Agency of Chile; a Joint Ministerial Statement between the "
               "Ministry of Trade of Peru and the Ministry of Economy of Chile; and a Memorandum of Understanding on "
               "cooperation and exchange of expertise in various areas of urban planning between the Government of "
               "Peru and the Budget Office of Chile.")


def test_a_lower_case_subject_runs_on_to_the_named_sides():
    titles = _signed(_SIDES_LIST)
    assert "Memorandum of Understanding on cooperation in fisheries between the Ministry of Fisheries of Peru and " \
           "the Port Agency of Chile" in titles
    assert "Memorandum of Understanding on cooperation and exchange of expertise in various areas of urban planning " \
           "between the Government of Peru and the Budget Office of Chile" in titles


def test_a_statement_listed_among_signed_documents_is_a_document():
    documents = _facts(_SIDES_LIST).documents_signed
    statement = [d for d in documents if "Statement" in d.title]
    assert [d.type for d in statement] == ["declaration"]
    assert statement[0].parties == ["Ministry of Trade of Peru", "Ministry of Economy of Chile"]


def test_a_count_with_its_sides_stands_for_the_named_documents():
    assert not any(title.startswith("several") for title in _signed(_SIDES_LIST))
    assert len(_signed(_SIDES_LIST)) == 3


def test_a_statement_merely_mentioned_is_still_no_document():
    assert _signed("LIMA, May 3. The ministers of Peru and Chile met in Lima. They signed an agreement on trade; "
                   "a statement by the ministry followed.") == ["agreement on trade"]


# -- counts: a package named by its fields, documents still to come that nothing tells apart -----------------------


def test_a_counted_package_with_a_list_of_fields_is_one_document_whose_subject_is_the_fields():
    documents = _facts("LIMA, May 3. Officials of Peru and Chile signed 12 documents of cooperation in the fields "
                       "of politics, trade, energy, sports, and tourism in the presence of the two presidents."
                       ).documents_signed
    assert [(d.title, d.subject, d.type) for d in documents] == [
        ("12 documents of cooperation", "politics, trade, energy, sports, and tourism", "other")]


def test_documents_in_one_field_keep_the_field_in_their_title():
    documents = _facts("LIMA, May 3. Peru and Chile signed important documents in the field of solar energy."
                       ).documents_signed
    assert [d.title for d in documents] == ["documents in the field of solar energy"]  # "important": praise, no word of the name


def test_new_documents_still_to_come_and_named_by_nothing_are_not_listed():
    facts = _facts("LIMA, May 3. The presidents of Peru and Chile met in Lima. The two leaders are going to ink new "
                   "documents in line with closer relations.")
    assert facts.documents_referenced == [] and facts.documents_signed == []


def test_a_counted_prospect_is_still_listed():
    facts = _facts("LIMA, May 3. The presidents of Peru and Chile met in Lima. A number of bilateral agreements "
                   "will be signed next month.")
    assert [d.title for d in facts.documents_referenced] == ["number of bilateral agreements"]
