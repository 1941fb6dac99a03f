"""Shapes first met on an unseen batch (fresh25): two agreements between the same sides told apart by their
subjects, a noun of trade before 'agreements', a long field after 'in the field of', and the titles of laws in
quotation marks, which are no quotes. Short synthetic sentences."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_article


def _facts(text: str):
    return extract(parse_article("date 2025-05-05\nLIMA - " + text))


def _titles(text: str) -> list[str]:
    facts = _facts(text)
    return [d.title for d in [*facts.documents_signed, *facts.documents_referenced]]


def test_two_agreements_between_the_same_sides_with_two_subjects_are_two():
    assert _titles('The Senate met on Monday. The senators approved the laws "On ratification of the Agreement '
                   'between Peru and Chile on fishing", and "On ratification of the Agreement between Peru and Chile '
                   'on culture".') == ["Agreement between Peru and Chile on fishing",
                                       "Agreement between Peru and Chile on culture"]


def test_one_agreement_named_with_and_without_its_subject_stays_one():
    assert len(_titles("The presidents signed the Agreement between Peru and Chile on fishing. The Agreement "
                       "between Peru and Chile was signed for five years.")) == 1


def test_the_titles_of_laws_in_quotation_marks_are_no_quotes():
    facts = _facts('The Senate met on Monday. The senators approved the laws "On ratification of the Agreement '
                   'between Peru and Chile on fishing", and "On ratification of the Agreement between Peru and Chile '
                   'on culture". Senator Juan Perez said: "On this day we open a new page in our relations."')
    assert [q.text for q in facts.quotes] == ["On this day we open a new page in our relations."]


def test_a_noun_of_trade_before_agreements_is_part_of_the_title():
    assert _titles("Business leaders of Peru and Chile signed export agreements worth 900,000 dollars.") == [
        "export agreements"]


def test_a_long_field_after_in_the_field_of_stays_in_the_title():
    assert _titles("The cabinets of Peru and Chile signed a memorandum on the exchange of experience in the field of "
                   "institutional development and modernization of public administration for a new five-year "
                   "period, the ministry reports.") == [
        "memorandum on the exchange of experience in the field of institutional development and modernization of "
        "public administration for a new five-year period"]
