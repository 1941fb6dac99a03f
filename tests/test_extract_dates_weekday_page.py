"""A past weekday counts back from the page's date when the page is a day or two after the dateline."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_article


def _date(text: str) -> str | None:
    found = extract(parse_article(text)).event_date
    return found.isoformat() if found else None


def test_the_weekday_of_the_page_is_the_page_day_not_a_week_before_the_dateline() -> None:
    text = ("date 2024-03-26\nLIMA, March 25. Minister of Foreign Affairs of Peru Ana Rivas and Minister of Foreign "
            "Affairs of Chile Luis Soto on Tuesday discussed bilateral ties.\n")
    assert _date(text) == "2024-03-26"


def test_other_weekdays_count_back_as_before() -> None:
    text = ("date 2024-03-26\nLIMA, March 25. Minister of Foreign Affairs of Peru Ana Rivas and Minister of Foreign "
            "Affairs of Chile Luis Soto on Friday discussed bilateral ties.\n")
    assert _date(text) == "2024-03-22"
    same_day = ("date 2024-03-25\nLIMA, March 25. Minister of Foreign Affairs of Peru Ana Rivas and Minister of Foreign "
                "Affairs of Chile Luis Soto on Tuesday discussed bilateral ties.\n")
    assert _date(same_day) == "2024-03-19"
