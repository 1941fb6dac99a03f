"""Ingest: page date, time stamps, headlines and the many shapes of agency datelines."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.ingest import parse_article, parse_dateline


@pytest.mark.parametrize(
    ("text", "city", "month", "day", "year", "agency"),
    [
        ("ASTANA, Kazakhstan, September 4. The Mazhilis", "ASTANA", 9, 4, None, None),
        ("ASTANA. KAZINFORM – The minister", "ASTANA", None, None, None, "KAZINFORM"),
        ("NUR-SULTAN. KAZINFORM The Ministry", "NUR-SULTAN", None, None, None, "KAZINFORM"),
        ("Ulaanbaatar /MONTSAME/. The Speaker", "Ulaanbaatar", None, None, None, "MONTSAME"),
        ("Ulaanbaatar, December 1, 2023 /MONTSAME/.  On December", "Ulaanbaatar", 12, 1, 2023, "MONTSAME"),
        ("Tashkent, Uzbekistan, Aug. 22 / By Some Reporter – Trend: The", "Tashkent", 8, 22, None, "Trend"),
        ("Tashkent, Uzbekistan, May 1\n\nBy Some Reporter– Trend:\n\nThe", "Tashkent", 5, 1, None, "Trend"),
        ("Tashkent, Uzbekistan (UzDaily.com) -- Ambassador", "Tashkent", None, None, None, "UzDaily.com"),
        ("ASTANA – President Tokayev met", "ASTANA", None, None, None, None),
        ("KYIV. KAZINFORM - Ambassador", "KYIV", None, None, None, "KAZINFORM"),
        ("ASTANA, July 5. /TASS/. Kazakh President", "ASTANA", 7, 5, None, "TASS"),
        ("DUSHANBE, 10.03.2018. /NIAT “Khovar”/. As we reported", "DUSHANBE", 3, 10, 2018, "Khovar"),
        ("LIMA , April 25 - The minister", "LIMA", 4, 25, None, None),  # a stray space before the comma
        ("Lima / 31.10.17 / Andina: \"Today we", "Lima", 10, 31, 2017, "Andina"),  # a slashed date, two-digit year
        ("Lima / 05.03.2019 / Andina: The", "Lima", 3, 5, 2019, "Andina"),
    ],
)
def test_dateline_shapes(text, city, month, day, year, agency):
    dateline = parse_dateline(text)
    assert dateline is not None
    assert (dateline.city, dateline.month, dateline.day, dateline.year, dateline.agency) == (city, month, day, year, agency)


@pytest.mark.parametrize("text", ["Mongolia and Russia agreed to expand", "Mongolia, Russia agree to expand",
                                  "President Kassym-Jomart Tokayev met", "The Ministry of Labour"])
def test_plain_openings_are_not_datelines(text):
    assert parse_dateline(text) is None


def test_page_date_headline_and_dateline():
    article = parse_article("date 2023-12-02\nLeaders Meet in Dubai\n\nUlaanbaatar, December 1, 2023 /MONTSAME/. Text.\n")
    assert article.page_date == dt.date(2023, 12, 2)
    assert article.headline == "Leaders Meet in Dubai"
    assert article.dateline == "Ulaanbaatar, December 1, 2023 /MONTSAME/."
    assert article.body.startswith("Ulaanbaatar")


def test_page_date_on_the_dateline_line_and_no_headline():
    article = parse_article(" date 2025-09-04 ASTANA, Kazakhstan, September 4. The parties met.")
    assert article.page_date == dt.date(2025, 9, 4)
    assert article.headline is None
    assert article.dateline == "ASTANA, Kazakhstan, September 4."


def test_time_stamp_line_is_a_page_date_not_a_headline():
    article = parse_article("12:11, 19 March 2014 | GMT +5\nMinisters sign memo\nBEIJING. KAZINFORM The ministers met.\n")
    assert article.page_date == dt.date(2014, 3, 19)
    assert article.headline == "Ministers sign memo"
    assert article.dateline == "BEIJING. KAZINFORM"


def test_time_stamp_under_the_headline():
    article = parse_article("Leaders meet\n\n2023-09-25 16:32:28\n\nUlaanbaatar, August 25, 2023 /MONTSAME/. Text.\n")
    assert article.headline == "Leaders meet"
    assert article.page_date == dt.date(2023, 9, 25)
    assert article.dateline == "Ulaanbaatar, August 25, 2023 /MONTSAME/."


def test_crlf_nbsp_and_zero_width_are_normalized():
    article = parse_article("ASTANA.\u00a0KAZINFORM The\u200b minister\r\nmet the envoy.\r\n")
    assert "\r" not in article.text and "\u00a0" not in article.text and "\u200b" not in article.text
    assert article.dateline == "ASTANA. KAZINFORM"


def test_legacy_encodings_of_english_articles_are_read_right(tmp_path):
    from briefing.ingest import read_article

    western = tmp_path / "western.txt"
    western.write_bytes("ASTANA, Kazakhstan, May 6. Señor Pérez visited São Paulo.".encode("cp1252"))
    cyrillic = tmp_path / "cyrillic.txt"
    cyrillic.write_bytes("ASTANA, Kazakhstan, May 6. The Mazhilis (Мажилис) met the delegation.".encode("cp1251"))
    read = read_article(western)
    assert (read.encoding, "Señor Pérez visited São Paulo" in read.text) == ("cp1252", True)
    read = read_article(cyrillic)
    assert (read.encoding, "(Мажилис)" in read.text) == ("cp1251", True)


def test_a_dateline_with_the_day_before_the_month():
    """'Astana. 27 December. Agency - ...' and 'BAKU, 3 May 2024.': day-first datelines date the report."""
    from briefing.extract import extract
    from briefing.ingest import parse_article
    from briefing.ingest.text import parse_dateline

    line = parse_dateline("BAKU, 3 May 2024. The minister met his counterpart.")
    assert line is not None and (line.city, line.day, line.month, line.year) == ("BAKU", 3, 5, 2024)
    assert parse_dateline("Moscow, 3 people were injured.") is None
    facts = extract(parse_article("Astana. 27 December. Kazakhstan Today - Today the chairman of the Senate Ivan "
                                  "Petrov received the Secretary General of the Assembly Anna Lee.\n\n"
                                  "The sides discussed cooperation."))
    assert facts.event_date_partial == "--12-27"
    assert (facts.location.city, facts.location.country) == ("Astana", "KZ")


def test_a_backtick_typed_for_an_apostrophe_is_one():
    article = parse_article("LIMA, May 3. Peru`s Parliament`s Chairman said it. The `quoted` word stays.\n")
    assert "Peru’s Parliament’s Chairman" in article.text
    assert "`quoted`" in article.text
