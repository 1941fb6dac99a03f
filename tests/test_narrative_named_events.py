"""Events planned side by side ("a business forum and the Days of X Culture are scheduled"): one plan each, and a
named event written by its name, with its guests where the text names them."""

from __future__ import annotations

from conftest import briefing_text

ARTICLE = ("date 2025-03-10\nRIGA, March 10. Minister of Foreign Affairs of Latvia Anna Berzina met Minister of Foreign "
           "Affairs of Peru Luis Soto. A business forum and the Days of Peruvian Culture are also scheduled for May.\n")


def test_each_event_of_the_pair_is_its_own_plan_in_english(tmp_path) -> None:
    text = briefing_text(tmp_path, ARTICLE, "en")
    assert "A forum is planned in May 2025." in text
    assert "The Days of Peruvian Culture are planned in May 2025." in text
    assert "A forum with A business forum" not in text  # the subject is the events, not who takes part


def test_each_event_of_the_pair_is_its_own_plan_in_russian_the_days_of_culture_by_their_name(tmp_path) -> None:
    text = briefing_text(tmp_path, ARTICLE, "ru")
    assert "Запланирован форум" in text and "Запланированы Дни культуры Перу" in text
    assert "Days of" not in text.split("Источник")[0]


def test_a_meeting_expected_after_and_is_its_own_plan(tmp_path) -> None:
    article = ("date 2025-03-10\nASTANA, March 10. Speaker of the Senate of Peru Ana Rivas is on a working visit to "
               "Kazakhstan, and a meeting between Rivas and President of Kazakhstan Kassym-Jomart Tokayev is expected.\n")
    text = briefing_text(tmp_path, article, "ru")
    assert "Запланирована встреча" in text and "планируют посетить" not in text
