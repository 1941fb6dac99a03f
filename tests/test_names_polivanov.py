"""Japanese names and places by the Polivanov system (ru, kk) and the Mongolian press spelling (mn).

Morae: ru.wikipedia.org «Система Поливанова» (table «Таблица транслитерации по системе
Поливанова», also https://wiki4.ru/wiki/Система_Поливанова). Names as the Russian Wikipedia
titles them (given name first, as in English text); Mongolian forms from chig.mn and ergelt.mn.
"""

from __future__ import annotations

import pytest

from briefing.names import polivanov, transliterate_name


@pytest.mark.parametrize(
    ("hepburn", "cyrillic"),
    [
        ("a", "а"), ("e", "э"), ("ka", "ка"), ("ke", "кэ"), ("kya", "кя"), ("kyo", "кё"), ("shi", "си"), ("sha", "ся"),
        ("sho", "сё"), ("chi", "ти"), ("cha", "тя"), ("tsu", "цу"), ("te", "тэ"), ("ne", "нэ"), ("fu", "фу"),
        ("he", "хэ"), ("hyo", "хё"), ("me", "мэ"), ("ya", "я"), ("yu", "ю"), ("yo", "ё"), ("re", "рэ"), ("ryu", "рю"),
        ("wa", "ва"), ("wo", "о"), ("ga", "га"), ("za", "дза"), ("ji", "дзи"), ("zu", "дзу"), ("ja", "дзя"),
        ("jo", "дзё"), ("de", "дэ"), ("be", "бэ"), ("pe", "пэ"), ("pyo", "пё"), ("si", "си"), ("ti", "ти"),
    ],
)
def test_mora_table(hepburn: str, cyrillic: str) -> None:
    assert polivanov.morae()[hepburn] == cyrillic


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Fumio Kishida", "Фумио Кисида"),
        ("Kishida", "Кисида"),
        ("Yoshihide Suga", "Ёсихидэ Суга"),
        ("Yasutoshi Nishimura", "Ясутоси Нисимура"),
        ("Shigeru Ishiba", "Сигэру Исиба"),
        ("Shinzo Abe", "Синдзо Абэ"),
        ("Taro Kono", "Таро Коно"),
        ("Toshimitsu Motegi", "Тосимицу Мотэги"),
        ("Yoko Kamikawa", "Ёко Камикава"),
        ("Takeshi Iwaya", "Такэси Ивая"),
        ("Sanae Takaichi", "Санаэ Такаити"),
        ("Naruhito", "Нарухито"),
        ("Yoshimasa Hayashi", "Ёсимаса Хаяси"),
        ("Katsunobu Kato", "Кацунобу Като"),
        ("Hirokazu Matsuno", "Хирокадзу Мацуно"),
        ("Jun'ichirō Koizumi", "Дзюнъитиро Коидзуми"),  # нъ where the romanization marks it
        ("Shinjiro Koizumi", "Синдзиро Коидзуми"),
        ("Keiko", "Кэйко"),
        ("Shohei Ohtani", "Сёхэй Отани"),  # oh = long o
        ("Yuuki", "Юки"),
    ],
)
def test_people(latin: str, cyrillic: str) -> None:
    result = transliterate_name(latin, "ru", country="JP")
    assert (result.text, result.system) == (cyrillic, "polivanov")


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Hokkaido", "Хоккайдо"), ("Sapporo", "Саппоро"), ("Hiroshima", "Хиросима"), ("Nagasaki", "Нагасаки"),
        ("Fukushima", "Фукусима"), ("Osaka", "Осака"), ("Nagoya", "Нагоя"), ("Sendai", "Сэндай"), ("Gunma", "Гумма"),
        ("Shimbashi", "Симбаси"), ("Kyushu", "Кюсю"), ("Okinawa", "Окинава"), ("Chiba", "Тиба"),
        ("Shizuoka", "Сидзуока"), ("Fukui", "Фукуи"), ("Niigata", "Ниигата"), ("Saitama", "Сайтама"), ("Aichi", "Айти"),
        ("Tōkyō", "Токё"),  # the rules; the exonym Токио is data
    ],
)
def test_places(latin: str, cyrillic: str) -> None:
    assert polivanov.to_cyrillic(latin) == cyrillic


def test_exonyms() -> None:
    assert transliterate_name("Tokyo", "ru", kind="place").text == "Токио"
    assert transliterate_name("Kyoto", "kk", kind="place").text == "Киото"
    assert transliterate_name("Yokohama", "ru", kind="place").text == "Иокогама"


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Fumio Kishida", "Фумио Кишида"),  # chig.mn
        ("Yoshihide Suga", "Ёшихидэ Суга"),  # ergelt.mn
        ("Shinzo Abe", "Шинзо Абэ"),
        ("Hiroshima", "Хирошима"),  # ergelt.mn
        ("Shigeru Ishiba", "Шигэру Ишиба"),
    ],
)
def test_mongolian_press(latin: str, cyrillic: str) -> None:
    result = transliterate_name(latin, "mn", country="JP")
    assert (result.text, result.system) == (cyrillic, "japanese-mn")


def test_not_hepburn() -> None:
    assert polivanov.parse("Kamala") is None  # no l in Japanese
    assert polivanov.parse("Guterres") is None
