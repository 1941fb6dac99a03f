"""Kazakh names → Kazakh Cyrillic with the letters English spellings lose (Ә Ғ Қ Ң Ө Ұ Ү І).

First the Russian-style rules of :mod:`briefing.names.generic` (which also the Russian press
follows: Nurlan → Нурлан, Kassym → Касым, -uly → -ұлы), then, for a Kazakh text, two sources of
Kazakh letters:

1. the name elements in ``data/kazakh_name_parts.csv`` (нур → нұр, серик → серік, жуман → жұман,
   гари → ғари, ашим → әшім…), matched as parts of a word (Нұр+сұлтан, Жұман+ғари+н) before the
   Russian surname endings (-ов, -ев, -ин, -баев), which Kazakh keeps;
2. vowel harmony for what the list does not know (terminology.md §5.1): in native Kazakh words
   к and г go with front vowels and қ and ғ with back ones (Кошанов → Қошанов, Токаев → Тоқаев,
   Асқар), and a word whose vowels are all front writes і, not и (Бейбіт).

A name the list and the harmony cannot settle (у: у/ұ/ү, о: о/ө, а: а/ә) keeps the Russian-style
letter, so every form is still a candidate for a reader's check.
"""

from __future__ import annotations

import re
from functools import cache

from briefing.names import generic
from briefing.names._text import match_case, read_pairs, sub_words

SYSTEM = "kazakh"
_BACK = frozenset("аоуыұ")
_FRONT = frozenset("еәіөүэ")
_VOWELS = frozenset("аоуыұеәіөүэиюяё")
# Russian surname endings that Kazakh surnames keep, and the Kazakh patronymic words.
_ENDINGS = {
    "ова": "ова", "ева": "ева", "ов": "ов", "ев": "ев", "ина": "ина", "ин": "ин", "ын": "ын",
    "улы": "ұлы", "ұлы": "ұлы", "кызы": "қызы", "қызы": "қызы", "н": "н",
}


@cache
def name_parts() -> dict[str, str]:
    """Elements that start a word or follow another element."""
    return {key: value for key, value in _all_parts().items() if not key.startswith("-")}


@cache
def inner_parts() -> dict[str, str]:
    """Elements that may also follow letters the list does not know (keys written -кул)."""
    return {key[1:]: value for key, value in _all_parts().items() if key.startswith("-")}


@cache
def _all_parts() -> dict[str, str]:
    return read_pairs("kazakh_name_parts.csv", "ru", "kk")


def to_kazakh(text: str) -> str:
    """Latin Kazakh names in Kazakh Cyrillic (candidates); Cyrillic words are restored too."""
    russian_style = sub_words(text, lambda word: generic.convert_word(word, "kk"))
    return "".join(_restore_token(token) for token in _tokens(russian_style))


def to_russian_style(text: str) -> str:
    """The form the Russian press uses (no Kazakh letters): Нурлан, Касым-Жомарт Токаев; an «л» after a front
    vowel that Russian writes hard is softened before a consonant or at the end: Гүлмира → Гульмира, Айгүл → Айгуль."""
    return sub_words(text, lambda word: _softened(generic.convert_word(word, "ru"), to_kazakh(word)))


_FRONT_BEFORE_L = re.compile(r"(?<=[әөү]л)(?=[^аәеёиоөуүұыіэюя]|$)", re.IGNORECASE)


def _softened(russian: str, kazakh: str) -> str:
    """«ь» after each «л» of ``russian`` where the Kazakh form (letter for letter the same word) has «үл», «өл» or
    «әл» before a consonant or at the end: Russian «у», «о», «а» would make the «л» hard."""
    if len(russian) != len(kazakh):
        return russian
    for position in sorted((match.start() for match in _FRONT_BEFORE_L.finditer(kazakh)), reverse=True):
        if russian[position - 1:position].lower() == "л":
            russian = russian[:position] + "ь" + russian[position:]
    return russian


def _tokens(text: str) -> list[str]:
    out: list[str] = []
    current = ""
    for char in text:
        if char.isalpha() == bool(current and current[-1].isalpha()) or not current:
            current += char
        else:
            out.append(current)
            current = char
    if current:
        out.append(current)
    return out


def _restore_token(token: str) -> str:
    if not token.isalpha() or not any("\u0400" <= c <= "\u04ff" for c in token):
        return token
    return match_case(token, restore_word(token.lower()))


def restore_word(word: str) -> str:
    """One lower-case Russian-style Cyrillic word with its Kazakh letters restored where sure."""
    parts = name_parts()
    n = len(word)
    # best[i] = (letters not covered by the list, pieces, output, locked mask)
    best: list[tuple[int, int, str, str] | None] = [None] * (n + 1)
    best[0] = (0, 0, "", "")
    for start in range(n):
        current = best[start]
        if current is None:
            continue
        unknown, pieces, text, mask = current
        options: list[tuple[int, int, str, str]] = [(unknown + 1, pieces, text + word[start], mask + "0")]
        for end in range(start + 2, n + 1):
            piece = word[start:end]
            after_known = start == 0 or mask.endswith("1")
            form = inner_parts().get(piece) or (parts.get(piece) if after_known else None)
            if form:
                options.append((unknown, pieces + 1, text + form, mask + "1" * len(form)))
            if end == n and start > 0 and piece in _ENDINGS:
                options.append((unknown, pieces + 1, text + _ENDINGS[piece], mask + "1" * len(_ENDINGS[piece])))
        if start == n - 1 and start > 0 and word[start] == "н" and text[-1:] in _VOWELS:
            options.append((unknown, pieces + 1, text + "н", mask + "1"))
        for option in options:
            end = start + (1 if option[3] == mask + "0" else _consumed(word, start, option, text))
            known = best[end]
            if known is None or option[:2] < known[:2]:
                best[end] = option
    found = best[n]
    assert found is not None
    return _harmony(found[2], found[3])


def _consumed(word: str, start: int, option: tuple[int, int, str, str], text: str) -> int:
    """How many source letters an option covered: list forms can differ in length from their keys."""
    produced = option[2][len(text):]
    for end in range(len(word), start, -1):
        piece = word[start:end]
        if produced in (name_parts().get(piece), inner_parts().get(piece)) or (end == len(word) and _ENDINGS.get(piece) == produced):
            return end - start
    return len(produced)


def _harmony(word: str, locked: str) -> str:
    """к/г → қ/ғ next to back vowels, и → і in all-front words, for letters the list did not set."""
    letters = list(word)
    stem = word[: len(word) - len(_ending(word))]
    vowels = [c for c in stem if c in _VOWELS]
    all_front = bool(vowels) and all(c in _FRONT or c == "и" for c in vowels) and any(c in _FRONT for c in vowels)
    for i, char in enumerate(letters):
        if locked[i : i + 1] == "1":
            continue
        if char in "кг":
            # the stem's last consonant belongs to the stem, never to the Russian suffix after it: Менілбеков, not
            # «Менілбеқов» (the Kazakh reviewer of fresh83)
            governing = _governing_vowel(word[:len(stem)] if i == len(stem) - 1 else word, i)
            if governing in _BACK:
                letters[i] = "қ" if char == "к" else "ғ"
        elif char == "и" and all_front:
            letters[i] = "і"
    return "".join(letters)


def _ending(word: str) -> str:
    return next((e for e in ("ова", "ева", "ов", "ев", "ина", "ин") if word.endswith(e) and len(word) > len(e) + 2), "")


def _governing_vowel(word: str, i: int) -> str:
    """The vowel of the syllable a consonant belongs to: the next letter if a vowel, else the one before."""
    if i + 1 < len(word) and word[i + 1] in _VOWELS:
        return word[i + 1]
    for j in range(i - 1, -1, -1):
        if word[j] in _VOWELS:
            return word[j]
    return ""
