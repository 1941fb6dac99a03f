"""Small counts written as words in running text: «подписаны два соглашения», «екі меморандум», «хоёр санамж бичиг».

Style guides for official prose in all four languages write the numbers one to ten in words and larger ones in
figures. Babel has no spell-out of numbers, so the ten words per language are listed here; Russian «один» and «два»
agree with the noun's gender (pymorphy3), and Mongolian numerals before a noun take their attributive form
(«гурван», «таван»).
"""

from __future__ import annotations

_WORDS = {
    "en": ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
    "ru": ("один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять", "десять"),
    "kk": ("бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз", "он"),
    "mn": ("нэг", "хоёр", "гурван", "дөрвөн", "таван", "зургаан", "долоон", "найман", "есөн", "арван"),
}
_RUSSIAN_GENDERED = {1: {"femn": "одна", "neut": "одно"}, 2: {"femn": "две"}}
LARGEST_IN_WORDS = 10


def count_in_words(number: int, lang: str, noun: str = "") -> str:
    """``number`` as a word when it is one to ten and the language has the words, else in figures; ``noun`` is the
    counted noun in the nominative singular, whose gender a Russian «одна», «две» takes."""
    words = _WORDS.get(lang.split("_")[0])
    if words is None or not 1 <= number <= LARGEST_IN_WORDS:
        return str(number)
    if lang.startswith("ru") and number in _RUSSIAN_GENDERED and noun:
        from briefing.grammar.ru_agreement import head_noun_tags

        gender = next(iter(head_noun_tags(noun)), "masc")
        return _RUSSIAN_GENDERED[number].get(gender, words[number - 1])
    return words[number - 1]


def russian_count(word: str) -> int | None:
    """The number a Russian count word stands for («две» → 2), for agreement; None for any other word."""
    for number, word_form in enumerate(_WORDS["ru"], start=1):
        if word == word_form or word in _RUSSIAN_GENDERED.get(number, {}).values():
            return number
    return None
