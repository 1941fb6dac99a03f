"""transliterate_name: one entry point, any target language, honest about what it could not do."""

from __future__ import annotations

import re

import pytest

from briefing.names import Transliteration, rules_language, transliterate_name
from briefing.names.transliteration import is_cyrillic_language

LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
SAMPLES = [
    "Xi Jinping", "Fumio Kishida", "Yoon Suk-yeol", "Luvsannamsrain Oyun-Erdene", "Serik Zhumangarin",
    "Dmitry Peskov", "Sheikh Mohamed bin Zayed Al Nahyan", "Recep Tayyip Erdoğan", "Emmanuel Macron",
    "Shavkat Mirziyoyev", "Volodymyr Zelenskyy", "Xavier Bettel", "Jacinda Ardern", "Đorđe Škorić",
]


@pytest.mark.parametrize("lang", ["ru", "kk", "mn"])
@pytest.mark.parametrize("name", SAMPLES)
def test_no_latin_letter_is_left(name: str, lang: str) -> None:
    result = transliterate_name(name, lang)
    assert not LATIN.search(result.text), result
    assert result.rules_lang == lang and result.system != "none"


@pytest.mark.parametrize("lang", ["de", "fr", "en", "tr", "sr-Latn"])
def test_latin_script_languages_keep_the_name(lang: str) -> None:
    assert transliterate_name("Xi Jinping", lang, fallback_lang="ru") == Transliteration("Xi Jinping", "none", "zh")


@pytest.mark.parametrize("lang", ["uk", "bg", "sr", "be", "ky", "tg"])
def test_other_cyrillic_languages_need_a_fallback(lang: str) -> None:
    assert transliterate_name("Xi Jinping", lang).system == "none"
    borrowed = transliterate_name("Xi Jinping", lang, fallback_lang="ru")
    assert (borrowed.text, borrowed.system, borrowed.rules_lang) == ("Си Цзиньпин", "palladius", "ru")


def test_fallback_to_kazakh_or_mongolian_rules() -> None:
    assert transliterate_name("Xi Jinping", "ky", fallback_lang="mn").text == "Ши Жиньпин"
    assert transliterate_name("Nurlan", "ky", fallback_lang="kk", country="KZ").text == "Нұрлан"
    assert rules_language("ky", "de") is None  # only ru, kk and mn have rules to lend


def test_script_from_cldr() -> None:
    assert is_cyrillic_language("sr") and is_cyrillic_language("uk") and is_cyrillic_language("sr-Cyrl")
    assert not is_cyrillic_language("sr-Latn") and not is_cyrillic_language("de") and not is_cyrillic_language("uz")


def test_cyrillic_input_is_left_alone() -> None:
    assert transliterate_name("Си Цзиньпин", "ru") == Transliteration("Си Цзиньпин", "none", "other")


def test_origin_can_be_given() -> None:
    assert transliterate_name("Li", "ru", origin="zh").text == "Ли"
    assert transliterate_name("Enkhtuvshin", "ru", origin="kk").text == "Енхтувшин"


def test_places_and_people_differ() -> None:
    assert transliterate_name("Busan", "ru", country="KR", kind="place").text == "Пусан"
    assert transliterate_name("Kim Jin-pyo", "ru", country="KR").text == "Ким Чжин Пхё"
    assert transliterate_name("Beijing", "ru", kind="place").text == "Пекин"
    assert transliterate_name("Beijing", "ru", kind="person").text != "Пекин"  # exonyms are per kind


def test_the_compatibility_wrapper_uses_the_same_systems() -> None:
    from briefing.transliterate import guess_origin, transliterate

    assert transliterate("Xi Jinping", "ru") == "Си Цзиньпин"
    assert transliterate("Luvsannamsrain Oyun-Erdene", "mn") == "Лувсаннамсрайн Оюун-Эрдэнэ"  # full form
    assert guess_origin("Fumio Kishida") == "ja"


@pytest.mark.parametrize(("latin", "russian"), [
    ("Lesslie Viguerie", "Лесли Вигери"), ("Valerie Smith", "Валери Смит"),
])
def test_western_names_a_final_ie_and_a_silent_u_after_g(latin: str, russian: str) -> None:
    assert transliterate_name(latin, "ru", country="US").text == russian
