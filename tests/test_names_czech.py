"""Czech and Slovak names by the Russian practical transcription of Czech (Гиляревский, Старостин 1985)."""

from __future__ import annotations

import pytest

from briefing.names import transliterate_name


@pytest.mark.parametrize(("name", "country", "russian"), [
    ("Jan Lipavský", "CZ", "Ян Липавский"),  # j with a vowel is one letter; -ský is adjectival
    ("Jan Lipavsky", "CZ", "Ян Липавский"),  # the English press drops the accent
    ("Petr Fiala", "CZ", "Петр Фиала"),
    ("Jiří Šedivý", "CZ", "Иржи Шедивы"),  # ř before a vowel is рж; ý ы
    ("Andrej Babiš", "CZ", "Андрей Бабиш"),
    ("Eva Zamrazilová", "CZ", "Эва Замразилова"),  # e opens a word as э
    ("Zuzana Čaputová", "SK", "Зузана Чапутова"),
])
@pytest.mark.parametrize("lang", ["ru", "kk", "mn"])
def test_czech_and_slovak_names(name: str, country: str, russian: str, lang: str) -> None:
    result = transliterate_name(name, lang, country=country)
    assert (result.text, result.system) == (russian, "czech")
