"""Document wordings first met on the fresh36 batch: fields that sum up deals the next sentence names, the lead's
short name of an agreement the text then names with its sides, a title that ends before 'and other documents', an
attribution after a closing guillemet, and a body 'for the …' kept whole while a subject 'on the …' is cut off from the
sides. Short synthetic sentences."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_article

LEAD = "date 2024-12-04\nBISHKEK, December 4. "


def _facts(text: str):
    return extract(parse_article(LEAD + text))


def test_fields_that_sum_up_the_deals_named_next_are_no_documents_of_their_own():
    facts = _facts("The leaders approved agreements covering seaport use, trade, agriculture and tourism. Notable deals "
                   "include a joint statement on strengthening cooperation, a trade memorandum and an agreement on "
                   "using ports for regional communications.")
    assert [d.subject for d in facts.documents_signed if d.subject] == []  # not one agreement per field
    assert "trade memorandum" in [d.title for d in facts.documents_signed]


def test_the_leads_short_name_and_the_full_name_are_one_agreement():
    facts = _facts("The Congress today approved the ratification of the Agreement on the Peru-Chile state border. In "
                   "particular, 85 deputies supported the draft law \"On ratification of the Agreement between the "
                   "Republic of Peru and the Republic of Chile on the Peru-Chile State Border, signed on March 13, 2025 "
                   "in Lima\".")
    assert [d.title for d in facts.documents_referenced] == [
        "Agreement between the Republic of Peru and the Republic of Chile on the Peru-Chile State Border"]
    assert facts.documents_referenced[0].parties == ["Republic of Peru", "Republic of Chile"]


def test_a_title_ends_before_and_other_documents_and_an_attribution_after_the_quote():
    facts = _facts("«They will sign a joint declaration between Peru and Chile on strategic partnership,» the message "
                   "says. During the visit, a memorandum on the establishment of the Peru-Chile Development Fund and "
                   "other documents on bilateral cooperation will be signed.")
    titles = [d.title for d in facts.documents_referenced]
    assert "joint declaration between Peru and Chile on strategic partnership" in titles
    assert "memorandum on the establishment of the Peru-Chile Development Fund" in titles


def test_law_titles_listed_with_commas_are_no_quotes():
    facts = _facts('The deputies supported the draft laws "On ratification of the Agreement between Peru and Chile on '
                   'the border, signed on March 13, 2025", "On ratification of the Agreement between Peru and Chile on '
                   'roads, signed on March 13, 2025" and "On ratification of the Agreement between the Governments of '
                   'Peru and Chile on water facilities".')
    assert facts.quotes == []
