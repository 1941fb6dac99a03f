"""An initial E of a foreign name is Э, as Russian spells foreign names (kremlin.ru: «Эбрахим Раиси», «Эгилс
Левитс»); Kazakh and Russian names keep Е (Ерлан, Екатерина)."""

from __future__ import annotations

import pytest

from briefing.names import transliterate_name


@pytest.mark.parametrize(("name", "origin", "expected"), [
    ("Ebrahim Raisi", "fa", "Эбрахим Раиси"),
    ("Egils Ozols", "eu", "Эгилс Озолс"),
    ("Edwin Morales", None, "Эдвин Моралес"),
    ("Erlan Karin", "kk", "Ерлан Карин"),
    ("Ekaterina Zakharova", "ru", "Екатерина Захарова"),
])
def test_an_initial_e_by_origin_in_russian(name: str, origin: str | None, expected: str) -> None:
    assert transliterate_name(name, "ru", origin=origin).text == expected
