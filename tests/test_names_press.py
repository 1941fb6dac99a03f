"""The Mongolian press form of every person's name: initial + surname, whatever gave the Cyrillic.

References: Montsame and the state sites write foreign people as initial + surname («ОХУ-ын Ерөнхийлөгч
В.Путин», «К.Токаев» http://www.analiz.mn/postview/68576, «Э.Рахмон»), a Turkish double given name with both
initials («Р.Т.Эрдоган»), and no Russian patronymic initial (language review 2025-12, mn findings N11:
«С.Е.Черемин» → «С.Черемин»). Chinese names stay whole («Ши Жиньпин», president.mn via news.mn/r/2146335).
"""

from __future__ import annotations

import pytest

from briefing.names.press import mongolian_press_form


@pytest.mark.parametrize(("name", "origin", "press"), [
    ("Владимир Путин", "ru", "В.Путин"),          # a termbase cell written in full
    ("С.Е.Черемин", "ru", "С.Черемин"),           # initials with a patronymic
    ("Иван Петрович Сидоров", "ru", "И.Сидоров"),  # a written-out patronymic
    ("Мадина Абылкасымова", "kk", "М.Абылкасымова"),
    ("Касым-Жомарт Токаев", "kk", "К.Токаев"),    # a hyphenated given name is one
    ("Реджеп Тайип Эрдоган", "tr", "Р.Т.Эрдоган"),  # two given names, no patronymic
    ("Урсула фон дер Ляйен", "other", "У.фон дер Ляйен"),  # the particle opens the surname
    ("Х.Фидан", "tr", "Х.Фидан"),                 # already the press form
    ("Путин", "ru", "Путин"),                     # a surname alone
])
def test_foreign_people_are_written_with_initials(name: str, origin: str, press: str) -> None:
    assert mongolian_press_form(name, origin) == press


@pytest.mark.parametrize(("name", "origin"), [
    ("Ши Жиньпин", "zh"),
    ("Мохаммед бин Салман", "ar"),
    ("Лувсаннамсрайн Оюун-Эрдэнэ", "mn"),  # Mongolian names have a short form of their own
])
def test_names_written_whole(name: str, origin: str) -> None:
    assert mongolian_press_form(name, origin) == name


def test_a_tajik_name_written_surname_first_keeps_its_surname() -> None:
    from briefing.names.press import mongolian_press_form

    # review 37: «К.Гафор», «И.Сайдали» took the father's name for the surname
    assert mongolian_press_form("Каримзода Сади Гафор", "other") == "С.Каримзода"
    assert mongolian_press_form("Имомзода Мухаммадюсуф Сайдали", "fa") == "М.Имомзода"
    assert mongolian_press_form("Кохир Расулзода", "other") == "К.Расулзода"


def test_a_kyrgyz_name_with_uulu_keeps_the_fathers_name_with_it() -> None:
    from briefing.names.press import mongolian_press_form
    from briefing.transliterate import transliterate

    assert mongolian_press_form("Нурланбек Тургунбек уулу", "ky") == "Н.Тургунбек уулу"  # review 38 had «Н.уулу»
    assert transliterate("Umit Yalçın", "mn", origin="tr").endswith("Ялчин")  # Mongolian writes чи, never чы
