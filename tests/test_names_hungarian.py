"""Hungarian names by the Russian practical transcription of Hungarian (briefing/names/hungarian.py).

The table is Гиляревский and Старостин, «Иностранные имена и названия в русском тексте» (1985), the
Hungarian section (s ш, sz с, zs ж, cs ч, gy дь, ny нь, ty ть, ly й, ö ё, ü ю). Expected forms are those
the Russian press gives these people: the Prime Minister «Виктор Орбан», the Foreign Minister «Петер
Сийярто» (mid.ru), the Speaker «Ласло Кёвер», the Presidents «Каталин Новак» and «Тамаш Шуйок», the
ministers «Юдит Варга», «Михай Варга», «Шандор Пинтер», «Гергей Гуяш», and «Дьёрдь Шух», the Secretary-General
of the Office of the National Assembly (Mongolian and Russian language reviews of fresh27).
"""

from __future__ import annotations

import pytest

from briefing.names import detect_origin, hungarian
from briefing.transliterate import transliterate_name


@pytest.mark.parametrize(("name", "russian"), [
    ("Viktor Orbán", "Виктор Орбан"),
    ("Péter Szijjártó", "Петер Сийярто"),
    ("László Kövér", "Ласло Кёвер"),
    ("Katalin Novák", "Каталин Новак"),
    ("Tamás Sulyok", "Тамаш Шуйок"),
    ("Judit Varga", "Юдит Варга"),
    ("Mihály Varga", "Михай Варга"),
    ("Sándor Pintér", "Шандор Пинтер"),
    ("Gergely Gulyás", "Гергей Гуяш"),
    ("Zoltán Kovács", "Золтан Ковач"),
    ("György Such", "Дьёрдь Шух"),  # the old spelling ch at the end: х
    ("Ödön Nagy", "Эдён Надь"),  # ö at the start э, gy at the end дь
    ("Jenő Erdős", "Енё Эрдёш"),
    ("Anita Németh", "Анита Немет"),  # the old th: т
])
def test_established_russian_forms(name: str, russian: str) -> None:
    assert hungarian.transliterate(name) == russian


def test_kazakh_writes_hungarian_names_as_russian_does_and_mongolian_with_its_own_vowels() -> None:
    for lang in ("ru", "kk"):
        result = transliterate_name("György Such", lang, country="HU")
        assert (result.text, result.system, result.origin) == ("Дьёрдь Шух", "hungarian", "hu")
    # mn «Дьөрдь Шух» (parliament.mn, as the Mongolian review of fresh27 cites it): ö ө, ü ү
    assert hungarian.transliterate("György Such", "mn") == "Дьөрдь Шух"
    assert hungarian.transliterate("László Kövér", "mn") == "Ласло Көвер"


@pytest.mark.parametrize(("name", "country", "origin"), [
    ("Péter Szijjártó", None, "hu"),  # an acute vowel beside sz: Hungarian, not French
    ("Jenő Erdős", None, "hu"),  # ő
    ("Peter Szijjarto", "HU", "hu"),  # without accents the country tells
    ("Hélène Martin", None, "fr"),
])
def test_hungarian_origin(name: str, country: str | None, origin: str) -> None:
    assert detect_origin(name, country) == origin
