"""Planned events of issue 10: 'will make a visit', 'is set to travel', 'are expected to adopt', something
sent to a country, meals hosted for a guest, who reported a plan on a weekday."""

from __future__ import annotations

from test_extract_planned_verbs import _one, _planned


def test_will_make_a_visit_is_a_visit() -> None:
    event = _one("The delegation of the Senate will make its first official visit to Peru on June 10.")
    assert event.text == "The delegation of the Senate will make its first official visit to Peru on June 10"
    assert (event.kind, event.country) == ("visit", "PE")


def test_will_make_efforts_is_no_plan() -> None:
    assert _planned("The sides will make efforts to expand trade.") == []


def test_is_set_to_travel_is_a_visit() -> None:
    event = _one("Anna Berzina is set to travel to Peru and Chile on Thursday and Friday.")
    assert (event.kind, event.who, event.country) == ("visit", ["Anna Berzina"], "PE")


def test_are_expected_to_adopt_a_statement_is_a_signing() -> None:
    event = _one("Luis Soto and Anna Berzina are expected to adopt a joint statement on trade.")
    assert event.kind == "signing"


def test_something_sent_to_a_country_is_planned() -> None:
    event = _one("Latvia will be sending a collection of paintings to Peru in 2026.")
    assert event.text == "Latvia will be sending a collection of paintings to Peru in 2026"


def test_sending_a_message_is_no_plan() -> None:
    assert _planned("The minister will send a message of support.") == []


def test_a_luncheon_hosted_for_a_guest_is_planned() -> None:
    event = _one("The Queen will host a luncheon for Luis Soto at the palace, according to the ministry.")
    assert event.text.startswith("The Queen will host a luncheon for Luis Soto")


def test_who_reported_the_plan_on_a_weekday_is_not_part_of_it() -> None:
    event = _one("Luis Soto will visit Latvia next week to discuss trade, his ministry said Thursday.")
    assert event.text == "Luis Soto will visit Latvia next week to discuss trade"
