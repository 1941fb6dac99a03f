"""A generic document told apart by what it is for ('a framework agreement with X for the new plant'), a plural
one with several purposes read as one document per purpose, and a signed 'deal'.
Short synthetic sentences, one class of text per test."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_article


def _signed(text: str):
    return extract(parse_article(text)).documents_signed


_LEAD = "LIMA, June 10. Peru and Chile held talks in Lima on Monday.\n\n"


def test_what_a_generic_agreement_is_for_is_its_subject():
    documents = _signed(_LEAD + "Alpha Builders signed a framework agreement with the state-run Gasco for the second "
                                "processing plant at the Sur gas field with both presidents present.")
    assert [(d.title, d.subject) for d in documents] == [
        ("framework agreement", "second processing plant at the Sur gas field")]


def test_an_infinitive_purpose_is_the_subject():
    documents = _signed(_LEAD + "Alpha Builders also signed a cooperation agreement with a state chemical company "
                                "to resume work at the Norte fertilizer plant.")
    assert [(d.title, d.subject) for d in documents] == [
        ("cooperation agreement", "resume work at the Norte fertilizer plant")]


def test_a_plural_noun_with_three_purposes_is_three_documents():
    documents = _signed(_LEAD + "The two countries also signed memoranda of understanding (MOUs) to set up a joint "
                                "business council, to boost cooperation in ports and the building of new roads and "
                                "promote cooperation between their central banks.")
    assert [d.subject for d in documents] == ["set up a joint business council",
                                              "cooperation in ports and the building of new roads",
                                              "cooperation between their central banks"]
    assert {d.type for d in documents} == {"memorandum"}


def test_a_period_or_a_passive_infinitive_is_no_purpose():
    documents = _signed(_LEAD + "The ministers signed a cooperation agreement with the bank for five years.")
    assert [(d.title, d.subject) for d in documents] == [("cooperation agreement", None)]


def test_a_signed_deal_is_an_agreement_and_its_bracketed_abbreviation_stays_in_the_name():
    documents = _signed(_LEAD + "The two nations signed a Trade Facilitation Framework(TFF) deal, a nonbinding "
                                "agreement that calls for closer ties.")
    assert [(d.title, d.type) for d in documents] == [("Trade Facilitation Framework(TFF) deal", "agreement")]


def test_deals_nobody_signs_are_no_documents():
    assert _signed(_LEAD + "Companies hope to win more power plant deals in the region.") == []


def test_a_country_named_twice_is_one_side():
    documents = _signed(_LEAD + "Alpha Builders signed a framework agreement with Peru's state-run Gasco for the new "
                                "plant, with the Peruvian president present.")
    assert all(party not in ("Peru's",) for d in documents for party in d.parties)
    assert all(len(d.parties) == len(set(d.parties)) for d in documents)
