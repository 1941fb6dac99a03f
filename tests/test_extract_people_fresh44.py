"""People first met on the fresh44 batch: two sides before one plural office where the second side has two words
("South Korean"), a person only named in a sentence about another month, and a person addressed by given name and
patronymic. Short synthetic sentences."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_article


def _facts(text: str):
    return extract(parse_article("date 2025-03-13\nBISHKEK, March 13. " + text))


def test_a_second_side_of_two_words_before_a_plural_office() -> None:
    facts = _facts("Kazakhstani and South Korean Foreign Ministers Murat Nurtleu and Park Jin signed a memorandum.")
    assert [(p.name, p.title, p.country) for p in facts.participants] == [
        ("Murat Nurtleu", "Kazakhstani Foreign Minister", "KZ"), ("Park Jin", "South Korean Foreign Minister", "KR")]


def test_someone_named_only_in_a_sentence_about_another_month_is_mentioned() -> None:
    facts = _facts("President Sadyr Japarov met President Emomali Rahmon in Bishkek. In February, Deputy Chairman of "
                   "the Cabinet of Ministers Edil Baisalov reported that a summit would be held in Khujand.")
    assert [p.name for p in facts.participants] == ["Sadyr Japarov", "Emomali Rahmon"]
    assert [p.name for p in facts.mentioned_people] == ["Edil Baisalov"]


def test_given_name_and_patronymic_address_the_participant() -> None:
    facts = _facts("President of Kyrgyzstan Sadyr Japarov met President of Tajikistan Emomali Rahmon.\n\n«We agreed "
                   "with the respected Sadyr Nurgozhoevich to sign it,» Emomali Rahmon said.")
    assert [p.name for p in facts.participants] == ["Sadyr Japarov", "Emomali Rahmon"]
    assert facts.mentioned_people == []



def test_a_korean_given_name_with_a_short_syllable_and_a_summit_of_last_year() -> None:
    # fresh45: "Moon Jae-in" was no name ('in' read as the English word), so the next president's office took him in
    facts = _facts("Finance Minister Kim Dong-yeon met Prime Minister Abdulla Aripov. Their meeting is a follow-up to "
                   "a summit between South Korean President Moon Jae-in and Uzbek President Shavkat Mirziyoyev in Seoul "
                   "in November of last year.")
    assert [p.name for p in facts.participants] == ["Kim Dong-yeon", "Abdulla Aripov"]
    assert [(p.name, p.title) for p in facts.mentioned_people] == [
        ("Moon Jae-in", "South Korean President"), ("Shavkat Mirziyoyev", "Uzbek President")]
