"""Names the Russian, Kazakh and Mongolian readers corrected in the fresh42 briefings (review 42): a Russian surname
of a Kazakhstani (-sky), a Kyrgyz name in -yi, a word-final Uzbek o, Tajik j read as «дж», names in -о undeclined."""

from __future__ import annotations

import pytest

from briefing.grammar.ru import _inflect_person
from briefing.names import transliterate_name


@pytest.mark.parametrize(("name", "country", "forms"), [
    # a Russian surname ending says the name is Russian, whatever the passport (tengrinews: «Глеб Щегельский»)
    ("Gleb Shegelsky", "KZ", ["Глеб Шегельский"] * 3),
    # vb.kg «Мухаммедкалый Абылгазиев»
    ("Mukhammedkalyi Abylgaziev", "KG", ["Мухаммедкалый Абылгазиев"] * 3),
    # president.uz «Хайрулло Бозоров»: a word-final o is no Uzbek oʻ
    ("Khayrullo Bozorov", "UZ", ["Хайрулло Бозоров"] * 3),
    # Sputnik Таджикистан «Раджаббой Ахмадзода», kremlin.ru «Эмомали Рахмон»; Kazakh and Mongolian write ж
    ("Rajabboy Ahmadzoda", "TJ", ["Раджаббой Ахмадзода", "Ражаббой Ахмадзода", "Ражаббой Ахмадзода"]),
    ("Emomali Rahmon", "TJ", ["Эмомали Рахмон", "Емомали Рахмон", "Эмомали Рахмон"]),
])
def test_names_by_origin(name: str, country: str, forms: list[str]) -> None:
    assert [transliterate_name(name, lang, country=country, press_form=False).text for lang in ("ru", "kk", "mn")] == forms


def test_a_given_name_in_o_does_not_decline() -> None:
    assert _inflect_person("Хайрулло Бозоров", "ins", None) == "Хайрулло Бозоровым"
    assert _inflect_person("Хайрулло Бозоров", "gen", None) == "Хайрулло Бозорова"
