"""Russian sentences about the areas discussed: one pair of areas is «в сферах торговли и экономики», with both
nouns in the genitive, not a list after «по следующим направлениям:» (review 29)."""

from __future__ import annotations

import pytest
from conftest import briefing_text


@pytest.mark.parametrize(("areas", "expected"), [
    ("trade and economic cooperation", "Стороны обсудили вопросы сотрудничества в сферах торговли и экономики."),
    ("cooperation in culture", "Стороны обсудили вопросы сотрудничества в сфере культуры."),
    ("cooperation in trade, energy and culture",
     "Стороны обсудили вопросы сотрудничества по следующим направлениям: торговля, энергетика и культура."),
])
def test_the_areas_sentence(tmp_path, areas: str, expected: str) -> None:
    text = briefing_text(tmp_path, "date 2025-05-05\nLIMA, May 5. Foreign Minister of Peru Luis Vera met Foreign "
                         f"Minister of Chile Maria Rojas. The sides discussed {areas}.\n", "ru")
    assert expected in text.replace("‡", "")
