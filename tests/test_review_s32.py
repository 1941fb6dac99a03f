"""Session 32: planned events the earlier batches missed, and what the fresh83 articles showed. Short synthetic
sentences and articles."""

from __future__ import annotations

import pytest


def _facts(text: str):
    from briefing.extract import extract
    from briefing.ingest import parse_article

    return extract(parse_article(text))


def _planned(sentence: str, date: str = "2025-05-03"):
    return _facts(f"date {date}\nASTANA, May 3 (Kazinform) – The Speaker met the Ambassador. {sentence}\n").planned_events


# -- planned events ---------------------------------------------------------------------------------------------------

def test_a_dated_stay_in_a_named_country_is_a_visit() -> None:
    [event] = _planned("Led by Aliya Sultanova, Speaker of the Chamber, the delegation will be in Georgia from "
                       "May 19 to 20, as announced by the press service.")
    assert (event.kind, event.country, event.when) == ("visit", "GE", "2025-05-19")
    assert event.who == ["Aliya Sultanova"]  # who leads the delegation, not "the delegation"
    assert event.text == "the delegation will be in Georgia from May 19 to 20"  # without who announced it


def test_being_in_a_country_without_a_date_is_no_plan() -> None:
    assert not _planned("The delegation will be in good hands.")


@pytest.mark.parametrize("verb", ["would be met", "will be welcomed", "will be greeted"])
def test_whoever_meets_the_guest_on_arrival_hosts_a_meeting(verb: str) -> None:
    [event] = _planned(f"On arrival, the guest {verb} by Vice President Omar Tadesse at the airport.")
    assert (event.kind, event.host) == ("meeting", "Omar Tadesse")


def test_laying_a_wreath_is_a_wreath_laying_ceremony() -> None:
    [event] = _planned("The guest will lay a wreath at the Monument to the Defenders on May 5.")
    assert (event.kind, event.when) == ("wreath-laying", "2025-05-05")


def test_a_speech_at_a_named_meeting_is_a_plan() -> None:
    [event] = _planned("The Speaker will also deliver a speech at the Meeting of Parliament Speakers on June 8.")
    assert event.when == "2025-06-08"


def test_a_body_that_will_gather_holds_a_session() -> None:
    [event] = _planned("The minister welcomed the work of the Working Group on Energy, which will gather in Riga in June.")
    assert (event.kind, event.objects, event.place, event.who) == ("session", ["Working Group on Energy"], "Riga", [])


def test_a_visit_expected_in_a_month_is_planned() -> None:
    [event] = _planned("The visit of the President of Kyrgyzstan to Azerbaijan is expected in September.")
    assert (event.kind, event.country, event.when) == ("visit", "AZ", "2025-09")
    assert event.who == ["the President of Kyrgyzstan"]


def test_a_result_expected_in_a_month_is_no_plan() -> None:
    assert not _planned("Growth of trade is expected in September.")


def test_a_press_releases_reported_future_dated_ahead_is_a_plan() -> None:
    [event] = _planned("The Speaker was expected to lead a delegation to Benin on 12 May.")
    assert (event.kind, event.country, event.when) == ("visit", "BJ", "2025-05-12")


def test_what_was_expected_before_the_article_is_no_plan() -> None:
    assert not _planned("The Speaker was expected to lead a delegation to Benin on 12 April.")
