"""French names by the Russian practical transcription of French (briefing/names/french.py).

Expected forms are the ones the Russian press and the reference (Гиляревский, Старостин,
«Иностранные имена и названия в русском тексте», 1985) give these people: the French President
«Эммануэль Макрон», ministers «Жан-Ноэль Барро», «Катрин Колонна», «Лоран Фабиус», «Франсуа Байру»,
«Сеголен Руаяль», «Жан Кастекс», «Валери Пекресс», and the senators a 2021 visit to Mongolia named
(«Филипп Муйе», «Жюльен Попер», «Натали Делатр», as the language reviews of 2026-11-28 gave them).
"""

from __future__ import annotations

import pytest

from briefing.names import detect_origin, french
from briefing.transliterate import transliterate_name


@pytest.mark.parametrize(
    ("name", "russian"),
    [
        ("Emmanuel Macron", "Эммануэль Макрон"),
        ("Jean-Noël Barrot", "Жан-Ноэль Барро"),
        ("Catherine Colonna", "Катрин Колонна"),
        ("Laurent Fabius", "Лоран Фабиус"),
        ("François Bayrou", "Франсуа Байру"),
        ("Ségolène Royal", "Сеголен Руаяль"),
        ("Jean Castex", "Жан Кастекс"),
        ("Valérie Pécresse", "Валери Пекресс"),
        ("Philippe Mouiller", "Филипп Муйе"),
        ("Julien Paupert", "Жюльен Попер"),
        ("Nathalie Delattre", "Натали Делатр"),
        ("Michel Barnier", "Мишель Барнье"),
        ("Gérard Larcher", "Жерар Ларше"),
        ("Jean-Yves Le Drian", "Жан-Ив Ле Дриан"),
        ("Dominique de Villepin", "Доминик де Вильпен"),
        ("Christian Cambon", "Кристиан Камбон"),
        ("Arnaud Montebourg", "Арно Монтебур"),
        ("Nicolas Sarkozy", "Николя Саркози"),
    ],
)
def test_established_russian_forms(name: str, russian: str) -> None:
    assert french.transliterate(name) == russian


def test_kazakh_writes_french_names_as_russian_does_and_mongolian_by_its_own_spelling() -> None:
    for lang in ("ru", "kk"):
        result = transliterate_name("Philippe Mouiller", lang)
        assert (result.text, result.system, result.origin) == ("Филипп Муйе", "french", "fr")
    # mn «Эммануэл Макрон» (president.mn/26408), «Филипп Мүйэ» (parliament.mn/nn/14821; the ү the rules
    # cannot know), a final е after a vowel is э
    assert french.transliterate("Emmanuel Macron", "mn") == "Эммануэл Макрон"
    assert french.transliterate("Philippe Mouiller", "mn") == "Филипп Муйэ"
    assert french.transliterate("Michel Barnier", "mn") == "Мишел Барнье"


@pytest.mark.parametrize(
    ("name", "country", "origin"),
    [
        ("Philippe Mouiller", None, "fr"),  # a given name only French uses
        ("Jean-Pierre Dupont", None, "fr"),
        ("Hélène Martin", None, "fr"),  # a French accent
        ("Thomas Smith", None, "en"),  # English has Thomas too: an English name, not French
        ("Emmanuel Macron", "FR", "fr"),
        ("Çelik Arslan", None, "other"),  # ç alone is Turkish as well
    ],
)
def test_french_origin(name: str, country: str | None, origin: str) -> None:
    assert detect_origin(name, country) == origin
