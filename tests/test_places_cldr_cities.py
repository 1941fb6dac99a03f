"""Cities the termbase lacks take CLDR's names (the exemplar cities of time zones), not a reading of their English
name by the country's rules: review 35 had «Авана» for Havana, read as Spanish."""

from __future__ import annotations

import pytest
from conftest import briefing_text

from briefing import dates


@pytest.mark.parametrize(("city", "forms"), [
    ("Havana", ("Гавана", "Гавана", "Хавана")),
    ("Mexico City", ("Мехико", "Мехико", "Мехико")),
    ("Asuncion", ("Асунсьон", "Асунсьон", "Асунсьон")),  # CLDR writes Asunción: the accent is no matter
    ("Bogotá", ("Богота", "Богота", "Богота")),
])
def test_cldr_names_the_city(city: str, forms: tuple[str, str, str]) -> None:
    assert tuple(dates.city_name(city, lang) for lang in ("ru", "kk", "mn")) == forms


def test_a_city_no_time_zone_names_has_no_cldr_form() -> None:
    assert dates.city_name("Samarkand", "ru") in (None, "Самарканд")
    assert dates.city_name("Springfield", "ru") is None


def test_the_briefing_writes_havana_as_cldr_does(tmp_path) -> None:
    text = briefing_text(tmp_path, "date 2019-01-20\nThe Foreign Minister of Peru Javier Gonzalez met the Foreign "
                                   "Minister of Cuba Bruno Rodriguez in Havana, Cuba on January 18.\n", "ru")
    assert "Гаване" in text and "Аван" not in text


def test_an_ambassadors_visit_to_a_cldr_city_is_there_not_in_his_country_of_residence() -> None:
    from briefing.extract import extract
    from briefing.ingest import parse_article

    facts = extract(parse_article("date 2019-08-21\nNUR-SULTAN. KAZINFORM The Ambassador of Kazakhstan to Brazil and "
                                  "concurrently to Chile Kairat Sarzhanov paid a working visit to Santiago, where he met "
                                  "the Secretary General of the Ministry of Foreign Affairs of Chile Andres Gonzalez.\n"))
    assert (facts.location.city, facts.location.country) == ("Santiago", "CL")  # review 35: the meeting was «в Бразилии»


def test_the_gazetteer_is_what_cldr_says() -> None:
    import importlib.util
    from pathlib import Path

    from briefing.extract.cldr_cities import CLDR_CITIES

    tool = Path(__file__).resolve().parents[1] / "tools" / "make_cldr_cities.py"
    spec = importlib.util.spec_from_file_location("make_cldr_cities", tool)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.cities() == CLDR_CITIES  # rerun tools/make_cldr_cities.py after upgrading Babel
