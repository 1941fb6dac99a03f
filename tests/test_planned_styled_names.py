"""A planned event's actor written as office and name ("President Soto's visit") is an office and a name in
every language, never one transliterated name («Пресидент Сото», mn «П.Сото»: review 27)."""

from __future__ import annotations

import pytest
from conftest import briefing_text

ARTICLE = ("date 2025-05-05\nRIGA, May 5. Foreign Minister of Latvia Anna Berzina met Foreign Minister of Peru Luis "
           "Vera. Participants also considered documents that are supposed to be signed during President Ortega’s "
           "visit to Latvia, which is scheduled for May 20.\n")


@pytest.mark.parametrize(("lang", "expected", "wrong"), [
    ("ru", "с участием Президента Ортеги", "Пресидент"),
    ("kk", "Президент Ортеганың қатысуымен", "Пресидент"),
    ("mn", "Ерөнхийлөгч Ортегагийн оролцоотой", "П.Ортега"),
])
def test_an_office_before_a_name_is_translated_as_an_office(tmp_path, lang: str, expected: str, wrong: str) -> None:
    text = briefing_text(tmp_path, ARTICLE, lang)
    assert expected in text.replace("‡", ""), text
    assert wrong not in text
