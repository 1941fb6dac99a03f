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
