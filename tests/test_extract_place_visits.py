"""Where the event happens: a city before 'visit', a departure for the host country, a date's year
before the city. Short synthetic sentences, one class of text per test."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_article


def _place(text: str) -> tuple[str | None, str | None]:
    facts = extract(parse_article(text))
    return facts.location.city, facts.location.country


def test_the_year_of_a_full_date_before_the_city_is_this_events_date():
    """'held on 10th February 2023 in New Delhi': the year closes the date, it names no other event."""
    assert _place("date 2023-02-10\nThe 5th meeting of the Joint Working Group was held today on 10th February "
                  "2023 in New Delhi. Both sides reviewed cooperation.") == ("New Delhi", "IN")


def test_a_city_named_before_visit():
    assert _place("date 2024-01-23\nDuring a Tokyo visit, the Foreign Minister of Peru Ana Lopez met with "
                  "Minister of Trade of Japan Taro Sato.\n\nThe meeting focused on trade.") == ("Tokyo", "JP")


def test_left_for_a_country_on_a_visit():
    assert _place("date 2024-02-07\nPresident of Peru heads to Chile\n\nThe President of Peru has left for Chile "
                  "on an official visit.") == (None, "CL")


def test_will_travel_to_a_country():
    assert _place("date 2025-04-26\nSpeaker to visit Chile\n\nThe Speaker of the Congress of Peru will travel "
                  "to Chile on Saturday for talks, his office said.") == (None, "CL")
