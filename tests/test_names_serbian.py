"""Serbo-Croatian and Slovene names by the Russian practical transcription (Гиляревский, Старостин, «Иностранные
имена и названия в русском тексте», the Serbo-Croatian table), as the Russian press writes them (review 35:
«Александар Вукиць» for Aleksandar Vučić)."""

from __future__ import annotations

import pytest

from briefing.names.origin import detect_origin
from briefing.names.transliteration import transliterate_name


@pytest.mark.parametrize(("name", "country", "expected"), [
    ("Aleksandar Vučić", "RS", "Александр Вучич"),
    ("Ivica Dačić", "RS", "Ивица Дачич"),
    ("Marko Đurić", "RS", "Марко Джурич"),
    ("Jelena Milić", "RS", "Елена Милич"),
    ("Zoran Milanović", "HR", "Зоран Миланович"),
    ("Andrej Plenković", "HR", "Андрей Пленкович"),
    ("Nataša Pirc Musar", "SI", "Наташа Пирц Мусар"),
    ("Ljubiša Stanković", "BA", "Любиша Станкович"),
    ("Milo Đukanović", "ME", "Мило Джуканович"),
])
def test_south_slavic_names_in_russian(name: str, country: str, expected: str) -> None:
    assert transliterate_name(name, "ru", country=country).text == expected


@pytest.mark.parametrize("lang", ["kk", "mn"])
def test_kazakh_and_mongolian_write_them_as_russian_does(lang: str) -> None:
    assert transliterate_name("Aleksandar Vučić", lang, country="RS").text == "Александр Вучич"


def test_the_letters_tell_the_origin_without_a_country() -> None:
    assert detect_origin("Marko Đurić") == "sh"
    assert detect_origin("Aleksandar Vučić") == "sh"


@pytest.mark.parametrize(("name", "country", "expected"), [
    ("Tipu Munshi", "BD", "Типу Мунши"),  # review 35: «Типу Мунси», mn «Чипу Мунши» (read as Japanese)
    ("Subrahmanyam Jaishankar", "IN", "Субрахманьям Джайшанкар"),
    ("Abul Kalam Abdul Momen", "BD", "Абул Калам Абдул Момен"),
])
@pytest.mark.parametrize("lang", ["ru", "kk", "mn"])
def test_south_asian_names_read_generically_with_j_as_dzh(name: str, country: str, expected: str, lang: str) -> None:
    assert transliterate_name(name, lang, country=country).text == expected
