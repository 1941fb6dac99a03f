"""Gulf names and datelines first met on studied batches (fresh21): a man named with his father and
grandfather ("bin … bin … Al …"), his father named on his own, "bin Sultan" (a father's name that is also a
title), a king's country before his name, "Tashkent [Uzbekistan], September 27 (ANI/WAM):", and the
officials a domestic agency names without their country. Short synthetic sentences."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_article, parse_dateline


def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    facts = extract(parse_article(text))
    return {p.name: (p.title, p.country) for p in [*facts.participants, *facts.mentioned_people]}


def test_a_name_with_father_and_grandfather_is_one_person_and_the_father_another():
    people = _people("ABU DHABI, 27th September, 2023 (WAM) -- The President of Peru Jose Rios received Sheikh Hamdan "
                     "bin Mohammed bin Rashid Al Maktoum, Crown Prince of Dubai, in Lima.\n\nSheikh Hamdan conveyed "
                     "the greetings of Sheikh Mohammed bin Rashid Al Maktoum, Vice President, to the President.")
    assert "Hamdan bin Mohammed bin Rashid Al Maktoum" in people
    assert "Mohammed bin Rashid Al Maktoum" in people


def test_a_fathers_name_that_is_also_a_title_stays_in_the_name():
    people = _people("LIMA (WAM) -- The President of Peru Jose Rios received a UAE delegation in Lima. The meeting "
                     "was attended by Omar bin Sultan Al Olama, Minister of State for Artificial Intelligence.")
    assert "Omar bin Sultan Al Olama" in people


def test_a_domestic_agency_names_its_own_ministers_without_their_country():
    people = _people("LIMA (WAM) -- The President of Peru Jose Rios received a UAE delegation in Lima. The meeting "
                     "was attended by Omar bin Sultan Al Olama, Minister of State for Artificial Intelligence.")
    assert people["Omar bin Sultan Al Olama"][1] == "AE"


def test_a_kings_country_ends_his_office():
    people = _people("LIMA, August 15 - At the invitation of the King of Saudi Arabia Salman bin Abdulaziz Al Saud, "
                     "President of Peru Jose Rios will pay a state visit to the country.")
    assert "Salman bin Abdulaziz Al Saud" in people


def test_a_dateline_with_the_country_in_brackets_and_two_agencies():
    dateline = parse_dateline("Tashkent [Uzbekistan], September 27 (ANI/WAM): The President received ...")
    assert dateline is not None
    assert (dateline.city, dateline.country, dateline.month, dateline.day, dateline.agency) == \
        ("Tashkent", "Uzbekistan", 9, 27, "WAM")


def test_a_dateline_with_an_ordinal_day():
    dateline = parse_dateline("ABU DHABI, 27th September, 2023 (WAM) -- The President received ...")
    assert dateline is not None and (dateline.day, dateline.month, dateline.year) == (27, 9, 2023)
