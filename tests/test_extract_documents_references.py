"""Documents the text names twice in other words ('the corresponding accord'), a quoted leader speaking of 'my
visit', and long modifiers that belong to a title. Short synthetic sentences, one class of text per test."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_article


def _facts(text: str):
    return extract(parse_article(text))


def test_the_corresponding_accord_is_the_strategy_the_report_names():
    facts = _facts("The Andean Bank will lend $ 2 billion to Peru over four years. The corresponding accord was "
                   "signed on Monday in Lima. \"The Andean Bank and the government of Peru signed a partnership "
                   "strategy for 2020-2023,\" the ministry said.")
    assert [(d.type, d.title, d.status) for d in facts.documents_signed] == \
        [("other", "partnership strategy for 2020-2023", None)]
    assert facts.documents_referenced == []


def test_the_relevant_agreements_with_nothing_else_named_are_kept_with_low_confidence():
    facts = _facts("The Nordic Bank will provide Latvia with a loan for a new bridge. The relevant agreements were "
                   "signed on Tuesday in Riga by the finance minister.")
    assert [d.title for d in facts.documents_signed] == ["agreements"]
    assert facts.documents_signed[0].confidence is not None and facts.documents_signed[0].confidence < 0.7
    assert "describes in other words" in (facts.documents_signed[0].why or "")


def test_the_corresponding_accord_beside_two_named_documents_is_not_merged_into_either():
    facts = _facts("Estonia and Latvia signed a memorandum on tourism and a protocol on customs. The corresponding "
                   "accord on the loan was signed as well.")
    titles = [d.title for d in facts.documents_signed]
    assert "memorandum on tourism" in titles and "protocol on customs" in titles


def test_a_long_compound_modifier_stays_in_the_title():
    facts = _facts("The speakers met in Vilnius. \"The medium-term strategic development program between Chile and "
                   "Peru signed this April must be carried out,\" he said.")
    titles = [d.title for d in facts.documents_signed + facts.documents_referenced]
    assert any(title.startswith("medium-term strategic development program") for title in titles)


def test_a_verb_ending_in_ment_is_no_part_of_the_title():
    facts = _facts("The ministers met in Lima. They signed a protocol to implement agreements on transport.")
    titles = [d.title for d in facts.documents_signed + facts.documents_referenced]
    assert not any(title.startswith("implement") for title in titles)


def test_a_leader_speaking_of_my_visit_signed_at_this_visit():
    facts = _facts("The president visited Lima. \"Within the framework of my visit, we signed an agreement on "
                   "fisheries,\" the president said.")
    assert [(d.title, d.status) for d in facts.documents_signed] == [("agreement on fisheries", None)]
