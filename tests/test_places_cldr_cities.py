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
