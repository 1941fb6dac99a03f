"""Polish names by the Russian practical transcription of Polish (Гиляревский, Старостин, «Иностранные имена и
названия в русском тексте», 1985, the Polish table), as the Russian press prints them; the forms of reviews 29–30
(«Томаш Гродзкий») and the well-known officials below are the checks."""

from __future__ import annotations

import pytest

from briefing import transliterate
from briefing.names import polish


@pytest.mark.parametrize(("latin", "cyrillic"), [
    ("Tomasz Grodzki", "Томаш Гродзкий"),  # sz ш, -dzki -дзкий (review 30, ru and kk readers)
    ("Andrzej Duda", "Анджей Дуда"),  # drz дж
    ("Mateusz Morawiecki", "Матеуш Моравецкий"),  # wie ве, -cki -цкий
    ("Radosław Sikorski", "Радослав Сикорский"),  # ł л, -ski -ский
    ("Radoslaw Sikorski", "Радослав Сикорский"),  # the same name without its ł
    ("Zbigniew Rau", "Збигнев Рау"),  # nie не
    ("Krzysztof Szczerski", "Кшиштоф Щерский"),  # krz кш, y и after ш, szcz щ
    ("Przemysław Czarnek", "Пшемыслав Чарнек"),  # prz пш, cz ч
    ("Jarosław Kaczyński", "Ярослав Качиньский"),  # ja я, ń нь
    ("Szymon Hołownia", "Шимон Холовня"),  # nia ня
    ("Elżbieta Witek", "Эльжбета Витек"),  # e at the start э, ż ж, l before a consonant ль
    ("Małgorzata Kidawa-Błońska", "Малгожата Кидава-Блоньская"),  # rz ж, -ska -ская
])
def test_russian_transcription(latin: str, cyrillic: str) -> None:
    assert polish.transliterate(latin, "ru") == cyrillic
    assert transliterate.transliterate(latin, "ru") == cyrillic  # the origin is read from the name


def test_kazakh_writes_the_russian_form_and_mongolian_its_zh() -> None:
    assert polish.transliterate("Andrzej Duda", "kk") == "Анджей Дуда"
    assert polish.transliterate("Andrzej Duda", "mn") == "Анжей Дуда"


@pytest.mark.parametrize("name", ["Shavkat Mirziyoyev", "Kassym-Jomart Tokayev", "Donald Trump", "Ivan Mirov"])
def test_other_names_are_not_read_as_polish(name: str) -> None:
    assert not polish.is_polish(name)


@pytest.mark.parametrize(("latin", "cyrillic"), [
    ("Michal Jaros", "Михал Ярос"),  # Michał with its ł lost: never the soft «Михаль» (review 37)
    ("Pawel Kowal", "Павел Коваль"),  # Paweł
    ("Lukasz Jasina", "Лукаш Ясина"),  # Łukasz
])
def test_a_given_name_written_without_its_l_stroke(latin: str, cyrillic: str) -> None:
    assert polish.transliterate(latin) == cyrillic
