"""Fixes from session 39's fresh articles and the translators' reviews of them: short sentences of our own."""

from __future__ import annotations

import pytest
from conftest import read_briefing


def _facts(text: str):
    from briefing.extract import extract
    from briefing.ingest import parse_article

    return extract(parse_article(text))


# -- Russian: a woman acting in an office ------------------------------------------------------------------------------

_ACTING_MINISTER = ("date 2026-03-10\nRIGA, March 10. Foreign Minister Janis Ozols met with Acting Minister of Economy "
                    "of Latvia Ms Anna Berzina in Riga on Tuesday. The sides discussed trade.\n")


def test_a_woman_acting_in_an_office_is_the_participles_subject(tmp_path) -> None:
    text = read_briefing(tmp_path, "ru", _ACTING_MINISTER)
    assert "с исполняющей обязанности министра экономики Латвии Анной Берзиной" in text
    assert "исполняющий обязанности" not in text.lower()


@pytest.mark.parametrize(("case", "form"), [("nom", "исполняющая"), ("gen", "исполняющей"), ("acc", "исполняющую"),
                                            ("ins", "исполняющей")])
def test_the_feminine_participle_declines_and_the_set_phrase_stays(case: str, form: str) -> None:
    from briefing.grammar import ru

    assert ru.inflect(ru.feminine_office("исполняющий обязанности министра"), case, "title") == \
        f"{form} обязанности министра"
