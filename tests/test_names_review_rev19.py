"""Name spellings the translators' review of six unseen briefings (rev19) corrected.

- Mongolian writes the English/Turkic j and c as ж, its own [dʒ]: «Ж.Кучкаров» for Jamshid Kuchkarov, where the
  Russian keeps «Джамшид» (the Mongolian reviewer; the program already wrote «Ж.Йылмаз» from the termbase).
- A Persian Mohammad is «Мохаммад» in Russian (ru «Мохаммад Ашраф Гани», turkmenportal.com/blog/26211; «Мохаммад
  Джавад Зариф»), the Arabic Mohammed stays «Мухаммед» («Мухаммед бен Сальман»).
- The Mongolian press shortens a Persian name without particles like any other: «М.А.Гани»."""

from __future__ import annotations

import pytest

from briefing.names import transliterate_name
from briefing.names.press import mongolian_press_form


@pytest.mark.parametrize(("name", "country", "ru", "mn"), [
    ("Jamshid Kuchkarov", "UZ", "Джамшид Кучкаров", "Жамшид Кучкаров"),
    ("Cevdet Yilmaz", "TR", "Джевдет Йылмаз", "Жевдет Йылмаз"),  # Yılmaz: «вице-президент Турции Джевдет Йылмаз» (TASS)
    ("Mohammad Ashraf Ghani", "AF", "Мохаммад Ашраф Гани", "Мохаммад Ашраф Гани"),
    ("Mohammad Javad Zarif", "IR", "Мохаммад Джавад Зариф", "Мохаммад Жавад Зариф"),
    ("Mohammed bin Salman", "SA", "Мухаммед бен Сальман", "Мухаммед бен Сальман"),
])
def test_j_is_zh_in_mongolian_and_a_persian_mohammad_keeps_its_vowels(name: str, country: str, ru: str, mn: str) -> None:
    assert transliterate_name(name, "ru", country=country).text == ru
    assert transliterate_name(name, "mn", country=country).text == mn


@pytest.mark.parametrize(("cyrillic", "origin", "press"), [
    ("Мохаммад Ашраф Гани", "fa", "М.А.Гани"),
    ("Мухаммед бен Сальман", "fa", "Мухаммед бен Сальман"),  # a chain with a particle stays whole
    ("Мухаммед бен Сальман", "ar", "Мухаммед бен Сальман"),
])
def test_the_mongolian_press_form_of_persian_names(cyrillic: str, origin: str, press: str) -> None:
    assert mongolian_press_form(cyrillic, origin) == press
