"""Plans first met on the fresh44 batch: a visit 'planned for this year' told as the object of a sentence's second
predicate ('… exchanged notes and discussed the state visit …'), and a schedule of visits that names none of them.
Short synthetic sentences."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_article


def _facts(text: str):
    return extract(parse_article("date 2025-04-26\nALMATY, April 26. " + text))


def test_a_plan_told_as_the_object_of_a_second_predicate_starts_there() -> None:
    facts = _facts("The ministers signed a memorandum. They also exchanged notes on a consulate in Guangzhou and "
                   "discussed the state visit of the President of China to Kazakhstan planned for this year.")
    assert [event.text for event in facts.planned_events] == [
        "the state visit of the President of China to Kazakhstan planned for this year"]


def test_a_schedule_of_visits_and_events_is_no_plan_of_its_own() -> None:
    # the readers of review 44 read «Запланирован визит в 2025 году» into "discussed the schedule of visits"
    facts = _facts("The ministers discussed the schedule of upcoming bilateral visits and events planned for this year.")
    assert facts.planned_events == []


def test_a_signing_planned_by_one_state_and_talks_of_a_group_read_natively(tmp_path) -> None:
    # review 44: «подписание документов между Кыргызстаном» and «переговоры с руководителями …» (a fourth side)
    from conftest import briefing_text

    article = ("date 2025-03-13\nBISHKEK, March 13. President Sadyr Japarov met President Emomali Rahmon in Bishkek. "
               "Kyrgyzstan will sign an agreement on the border junction point with two neighbouring countries. It was "
               "reported that the heads of Kyrgyzstan, Tajikistan and Uzbekistan would hold talks in Khujand on March 31.")
    ru, kk, mn = (briefing_text(tmp_path, article, lang) for lang in ("ru", "kk", "mn"))
    assert "между Кыргызстаном." not in ru and "с участием Кыргызстана" in ru
    assert "переговоры руководителей Кыргызстана, Таджикистана и Узбекистана" in ru
    assert "Қырғызстан арасында" not in kk and "Қырғызстанның қатысуымен" in kk
    assert "Киргиз Улсын хооронд" not in mn


def test_a_numbered_summit_of_a_body_names_the_body() -> None:
    # review 44: «Запланирован саммит в Казахстане» lost the Organization of Turkic States
    facts = _facts("The presidents discussed preparations for the upcoming 10th Summit of the Organization of Turkic "
                   "States, which will be held in November in the capital of Kazakhstan.")
    assert [(e.kind, e.objects) for e in facts.planned_events] == [("summit", ["Organization of Turkic States"])]
