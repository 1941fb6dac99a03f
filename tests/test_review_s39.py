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


# -- people: sides and occasions ---------------------------------------------------------------------------------------

def _people(text: str) -> dict[str, tuple[str | None, str | None, bool]]:
    facts = _facts(text)
    return {**{p.name: (p.title, p.country, True) for p in facts.participants},
            **{p.name: (p.title, p.country, False) for p in facts.mentioned_people}}


def test_a_counterpart_met_on_another_call_gives_the_event_no_side() -> None:
    people = _people("Foreign Minister Mehmet Yildizoğlu discussed trade in a phone call with his Kyrgyz counterpart "
                     "Jeenbek Kulubaev, the ministry said. Turkey is a major investor in Kyrgyzstan. Yildizoğlu also "
                     "spoke with his Latvian counterpart Janis Ozols, the ministry added.\n")
    assert people["Mehmet Yildizoğlu"][1] == "TR"
    assert people["Janis Ozols"][1:] == ("LV", False)


def test_an_ordinal_belongs_to_the_office_a_country_owns() -> None:
    people = _people("ASTANA, May 5, 2024 - The ministers met in Astana. The treaty was signed in 1997 by Turkey's "
                     "eighth President Turgut Ozal and Kyrgyzstan's first President Askar Akayev.\n")
    assert people["Turgut Ozal"][:2] == ("Turkey's eighth President", "TR")


def test_those_at_another_occasion_of_the_same_day_are_mentioned_and_of_the_side_they_came_with() -> None:
    people = _people("ANKARA, March 17, 2021 - Foreign Minister Mevlut Cavusoglu held a meeting in Ankara with Mukhtar "
                     "Tleuberdi, Minister of Foreign Affairs of Kazakhstan. On the same day, Minister Cavusoglu also "
                     "participated in a dialogue on Turkey via videoconference together with Vice President Fuat Oktay "
                     "and Minister of Finance Lutfi Elvan.\n")
    assert people["Fuat Oktay"][1:] == ("TR", False)
    assert people["Lutfi Elvan"][1:] == ("TR", False)


def test_deputies_accompanying_a_visitor_are_of_his_side_not_of_the_host() -> None:
    people = _people("Speaker of the Zhogorku Kenesh Nurlan Asanov will make an official visit to Turkey on February 9-11 "
                     "at the invitation of Speaker of the Grand National Assembly of Turkey Numan Kurtulmus. Speaker "
                     "Nurlan Asanov during his official visit to the Republic of Turkey will be accompanied by deputies "
                     "Alisher Kozuev and Gulai Mashrapova.\n")
    assert people["Alisher Kozuev"][1] == people["Gulai Mashrapova"][1] == "KG"


# -- planned events ----------------------------------------------------------------------------------------------------

def _planned(text: str) -> list[str]:
    return [event.text for event in _facts("OSLO, June 4, 2024 - The two ministers met in Oslo. " + text).planned_events]


@pytest.mark.parametrize(("sentence", "planned"), [
    ("They discussed holding the council's meeting with the participation of both presidents in Bishkek.",
     ["holding the council's meeting with the participation of both presidents in Bishkek"]),
    ("He said that preparations of the 4th Meeting of the Strategic Council as well as the Informal Summit of the "
     "Turkic Council to be held in Turkistan were discussed.",
     ["the 4th Meeting of the Strategic Council", "the Informal Summit of the Turkic Council to be held in Turkistan"]),
    ("Minister Ola Berg is expected to discuss energy with the Speaker of the Storting next week.",
     ["Minister Ola Berg is expected to discuss energy with the Speaker of the Storting next week"]),
    ("The two prime ministers will witness the signing of the agreement on March 23 in Seoul.",
     ["The two prime ministers will witness the signing of the agreement on March 23 in Seoul"]),
    ("Mr Groser will also head to Japan for trade talks.", ["Mr Groser will also head to Japan for trade talks"]),
])
def test_events_to_come_named_in_more_ways(sentence: str, planned: list[str]) -> None:
    assert _planned(sentence) == planned
