"""Formal dates (terminology.md §4), partial dates, country and language names."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefing.dates import NBSP, country_name, format_date, format_partial_date
from briefing.errors import FactsError
from briefing.termbase import Termbase

TERMBASE = Path(__file__).resolve().parents[1] / "locales" / "termbase.csv"
SEED_DAY = dt.date(2025, 9, 4)


@pytest.fixture(scope="module")
def termbase() -> Termbase:
    return Termbase.load(TERMBASE)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "4 September 2025"),
        ("ru", f"4 сентября 2025{NBSP}г."),
        ("kk", "2025 жылғы 4 қыркүйек"),
        ("mn", "2025 оны 9 дүгээр сарын 4-ний өдөр"),
    ],
)
def test_seed_date(lang: str, expected: str) -> None:
    assert format_date(SEED_DAY, lang) == expected


@pytest.mark.parametrize(
    ("iso", "expected"),
    [  # the seven observed Mongolian dates (terminology.md §4.4)
        ("2011-06-16", "2011 оны 6 дугаар сарын 16-ны өдөр"),
        ("2024-05-29", "2024 оны 5 дугаар сарын 29-ний өдөр"),
        ("2025-03-19", "2025 оны 3 дугаар сарын 19-ний өдөр"),
        ("2025-03-10", "2025 оны 3 дугаар сарын 10-ны өдөр"),
        ("2022-01-06", "2022 оны 1 дүгээр сарын 6-ны өдөр"),
        ("2022-07-01", "2022 оны 7 дугаар сарын 1-ний өдөр"),
        ("2022-06-03", "2022 оны 6 дугаар сарын 3-ны өдөр"),
    ],
)
def test_mongolian_observed_dates(iso: str, expected: str) -> None:
    assert format_date(dt.date.fromisoformat(iso), "mn") == expected


def test_mongolian_news_style_spells_the_month() -> None:
    assert format_date(dt.date(2024, 5, 29), "mn", mn_month_in_words=True) == "2024 оны тавдугаар сарын 29-ний өдөр"
    assert format_date(SEED_DAY, "mn", mn_month_in_words=True) == "2025 оны есдүгээр сарын 4-ний өдөр"


@pytest.mark.parametrize("month", range(1, 13))
@pytest.mark.parametrize("lang", ["en", "ru", "kk", "mn"])
def test_no_narrow_no_break_space(lang: str, month: int) -> None:
    assert "\u202f" not in format_date(dt.date(2025, month, 28), lang)


@pytest.mark.parametrize(
    ("value", "lang", "expected"),
    [
        ("--09-04", "en", "4 September"),
        ("--09-04", "ru", "4 сентября"),
        ("--09-04", "kk", "4 қыркүйек"),
        ("--09-04", "mn", "9 дүгээр сарын 4-ний өдөр"),
        ("--06-01/--06-04", "en", "1–4 June"),
        ("--06-01/--06-04", "ru", "1–4 июня"),
        ("--06-01/--06-04", "kk", "1–4 маусым"),
        ("--06-01/--06-04", "mn", "6 дугаар сарын 1-4-ний өдрүүд"),
        ("--06-30/--07-02", "en", "30 June – 2 July"),
        ("--06-30/--07-02", "mn", "6 дугаар сарын 30-ны өдөр – 7 дугаар сарын 2-ны өдөр"),
        ("--05-06/--05-06", "en", "6 May"),
        ("--02-29", "ru", "29 февраля"),
    ],
)
def test_partial_dates(value: str, lang: str, expected: str) -> None:
    assert format_partial_date(value, lang) == expected


@pytest.mark.parametrize("value", ["09-04", "--13-01", "--02-30", "--06-04/--06-01", "2025-09-04", ""])
def test_bad_partial_dates(value: str) -> None:
    with pytest.raises(FactsError):
        format_partial_date(value, "en")


def test_country_names_termbase_wins(termbase: Termbase) -> None:
    assert country_name("MN", "mn", termbase) == "Монгол Улс"
    assert country_name("MN", "mn") == "Монгол"  # plain CLDR
    assert country_name("KZ", "mn", termbase) == "Казахстан"
    assert country_name("mn", "kk", termbase) == "Моңғолия"
    assert country_name("KZ", "en", termbase) == "Kazakhstan"
    assert country_name("UZ", "ru", termbase) == "Узбекистан"  # not in the termbase: CLDR
    with pytest.raises(FactsError, match="unknown country code"):
        country_name("XQ", "en")


def test_other_languages_get_cldr_dates() -> None:
    assert format_date(SEED_DAY, "de") == "4. September 2025"
    assert format_partial_date("--09-04", "de") == "4. September"


def test_unknown_language() -> None:
    with pytest.raises(ValueError):
        format_date(SEED_DAY, "xx")
