"""Romanian and Moldovan names by the Russian practical transcription of Romanian (Гиляревский, Старостин 1985)."""

from __future__ import annotations

import pytest

from briefing.names import transliterate_name
from briefing.names.origin import origin_from_shape


@pytest.mark.parametrize(("name", "country", "russian"), [
    ("Marcel Ciolacu", "RO", "Марчел Чолаку"),  # c before i and another vowel: ч, the i silent
    ("Maia Sandu", "MD", "Майя Санду"),  # ia after a vowel
    ("Natalia Gavrilita", "MD", "Наталия Гаврилита"),  # ia after a consonant
    ("Daniel Suciu", "RO", "Даниел Сучиу"),  # a final -iu keeps both vowels
    ("Andi Cristea", "RO", "Анди Кристя"),  # ea
    ("Eugen Constantin", "RO", "Эуджен Константин"),  # e opens a word as э; g before e дж
    ("Gheorghe Chirilă", "RO", "Георге Кирилэ"),  # gh and ch before e, i; ă
    ("Nicolae Ciucă", "RO", "Николае Чукэ"),
    ("Andrei Spînu", "MD", "Андрей Спыну"),  # î ы; i after a vowel й
    ("Iulian Popescu", "RO", "Юлиан Попеску"),  # an initial iu
    ("Igor Grosu", "MD", "Игорь Гросу"),  # a Russian given name as Russian writes it
])
def test_romanian_and_moldovan_names(name: str, country: str, russian: str) -> None:
    result = transliterate_name(name, "ru", country=country)
    assert (result.text, result.system) == (russian, "romanian")


def test_mongolian_writes_dzh_as_zh() -> None:
    assert transliterate_name("Eugen Constantin", "mn", country="RO").text == "Эужен Константин"


@pytest.mark.parametrize("name", ["Nicolae Ceaușescu", "Ion Moldoveanu", "Mihai Popescu", "Ilie Bolojan Ţurcan"])
def test_romanian_letters_and_endings_tell_the_origin(name: str) -> None:
    assert origin_from_shape(name) == "ro"


@pytest.mark.parametrize(("name", "russian"), [("Karoly Borbely", "Карой Борбей"), ("Vladimir Voronin", "Владимир Воронин")])
def test_romanias_hungarians_and_moldovas_russian_names_keep_their_own_reading(name: str, russian: str) -> None:
    assert transliterate_name(name, "ru", country="MD" if name.startswith("Vladimir") else "RO").text == russian
