"""Indonesian and Malay names by the Russian practical transcription of Indonesian (Гиляревский, Старостин,
«Иностранные имена и названия в русском тексте», 1985, the Indonesian table), as the Russian press prints the
officials below; Mongolian writes дж as ж."""

from __future__ import annotations

import pytest

from briefing import transliterate
from briefing.names import malay
from briefing.names.origin import detect_origin


@pytest.mark.parametrize(("latin", "cyrillic"), [
    ("Joko Widodo", "Джоко Видодо"),  # j дж, w в
    ("Retno Marsudi", "Ретно Марсуди"),
    ("Prabowo Subianto", "Прабово Субианто"),
    ("Desra Percaya", "Десра Перчая"),  # c ч, ya я (review 37: «Перкая» was wrong)
    ("Susilo Bambang Yudhoyono", "Сусило Бамбанг Юдойоно"),  # yu ю, dh д, yo йо
    ("Soekarno", "Сукарно"),  # the old spelling oe у
    ("Nyoman Nuarta", "Ньоман Нуарта"),  # ny нь
    ("Anwar Ibrahim", "Анвар Ибрахим"),  # Malaysia
    ("Ismail Sabri Yaakob", "Исмаил Сабри Яакоб"),
    ("Erick Thohir", "Эрик Тохир"),  # e opening a word э
])
def test_published_forms(latin: str, cyrillic: str) -> None:
    assert malay.transliterate(latin) == cyrillic


def test_the_country_chooses_the_reading_and_mongolian_writes_zh() -> None:
    assert detect_origin("Desra Percaya", "ID") == "ms"
    assert detect_origin("Anwar Ibrahim", "MY") == "ms"
    assert transliterate.transliterate("Desra Percaya", "ru", origin="ms") == "Десра Перчая"
    assert transliterate.transliterate("Joko Widodo", "mn", origin="ms") == "Жоко Видодо"
    assert transliterate.transliterate("Joko Widodo", "kk", origin="ms") == "Джоко Видодо"
