"""The line of people named in passing agrees with their number: ru «Также упоминается» before one name,
«Также упоминаются» before several (review 27); kk and mn name one person in the singular too."""

from __future__ import annotations

import pytest
from conftest import briefing_text

LEAD = "LIMA, May 3. Foreign Minister of Peru Luis Vera met Foreign Minister of Chile Maria Rojas in Lima. "


def _body(tmp_path, text: str, lang: str) -> str:
    return briefing_text(tmp_path, LEAD + text + "\n", lang)


@pytest.mark.parametrize(("lang", "one"), [("ru", "Также упоминается:"), ("kk", "Сондай-ақ аталған тұлға:"),
                                           ("mn", "Мөн дурдсан хүн:")])
def test_one_person_named_in_passing_is_introduced_in_the_singular(tmp_path, lang: str, one: str) -> None:
    assert one in _body(tmp_path, "They recalled the earlier visit of President Ana Soto.", lang)


def test_several_people_named_in_passing_keep_the_plural(tmp_path) -> None:
    text = _body(tmp_path, "They recalled the earlier visits of President Ana Soto and of President Jose Ortega.",
                 "ru")
    assert "Также упоминаются:" in text


def test_a_woman_who_received_the_guests_agrees_in_russian(tmp_path) -> None:
    """«В ходе визита Танзилу Нарбаеву приняла Председатель … Сахиба Гафарова»: the verb follows the woman, not the
    masculine title (review 28: «представлял»; review 41: the host receives the guest)."""
    text = briefing_text(tmp_path, "date 2025-05-05\nBAKU, May 5. Chairman of the Senate of Uzbekistan Tanzila "
                         "Narbaeva paid a visit to Azerbaijan. She was received by Chair of the Milli Majlis of "
                         "Azerbaijan Sahiba Gafarova.\n", "ru")
    assert "принял " not in text
    assert "В ходе визита Танзилу Нарбаеву приняла" in text
