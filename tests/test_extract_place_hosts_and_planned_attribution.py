"""A ministry that hosted the event places it in its country; a 'City:' dateline is no party of a document; a
planned event named before 'which will be held …' loses who reported it. Short synthetic sentences."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_article


def test_a_ministry_that_hosted_consultations_places_them_in_its_country() -> None:
    facts = extract(parse_article("The Ministry of Foreign Affairs of Peru hosted Peruvian-Chilean political "
                                  "consultations. The delegations were led by the deputy ministers."))
    assert (facts.location.city, facts.location.country) == (None, "PE")


def test_a_city_and_colon_dateline_is_no_party_of_the_documents_signed() -> None:
    facts = extract(parse_article("Lima: Peru and Chile have signed several cooperation agreements. The agreements "
                                  "on fishing, forestry and mining, along with a memorandum on culture, were signed "
                                  "in Santiago."))
    assert [tuple(d.parties) for d in facts.documents_signed if d.type == "agreement"] == [("Peru", "Chile")] * 3


def test_a_planned_summit_named_before_its_relative_clause_drops_the_reporting_agency() -> None:
    facts = extract(parse_article("The ministers of Peru and Chile discussed preparations for the 3rd summit of the "
                                  "Pacific Council of Heads of State, which will be held in Lima in August, "
                                  "Andina reports."))
    [planned] = facts.planned_events
    assert planned.text.endswith("which will be held in Lima in August")


def test_a_quote_then_a_joint_news_conference_in_a_city_places_the_event() -> None:
    facts = extract(parse_article("date 2024-11-05\nPeruvian President Luis Soto on Tuesday hailed ties with Chile.\n\n"
                                  "\u201cWe agreed on much,\u201d Soto said during a joint news conference with Chilean "
                                  "President Jorge Vera in the Chilean capital Santiago."))
    assert (facts.location.city, facts.location.country) == ("Santiago", "CL")
    assert "Jorge Vera" in [p.name for p in facts.participants]
