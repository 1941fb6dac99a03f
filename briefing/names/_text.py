"""Small text helpers shared by the transliteration systems: words, case, data files."""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Callable
from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"

LATIN = "A-Za-z\u00c0-\u024f\u0259"  # with ə (Azerbaijani schwa, U+0259)
APOSTROPHES = "'\u2019\u02bb\u02bc\u2018`"  # ' ’ ʻ ʼ ‘ `: Xi'an, Jun'ichiro, Uzbek oʻ gʻ
# A Latin word; an apostrophe between two letters stays inside it.
LATIN_WORD = re.compile(rf"[{LATIN}](?:[{LATIN}]|[{APOSTROPHES}](?=[{LATIN}]))*")
HAS_LATIN = re.compile(rf"[{LATIN}]")
# A word of letters in any script but Cyrillic: the letters of Vietnamese (ạ ơ ư) and Serbo-Croatian (ć đ) included
LETTER_WORD = re.compile(r"(?:(?![\u0400-\u04ff])[^\W\d_])+")
CYRILLIC_VOWELS = frozenset("аеёиоуыэюяәіөүұ")
# The words that make a Turkic patronymic of the father's name before them: «Тургунбек уулу», «Кемел ұлы», «Алиев оглы»
TURKIC_PATRONYMIC_WORDS = frozenset({"улы", "ұлы", "уулу", "кызы", "қызы", "гызы", "оглы", "оглу"})
# the same words as English texts spell Azerbaijani ones ("Sahiba Ali gizi Gafarova", "Ilham Heydar oglu Aliyev")
LATIN_PATRONYMIC_WORDS = frozenset({"gizi", "qizi", "kizi", "qızı", "oğlu", "oglu", "ogly"})
# The endings of a surname of the Russian pattern, a man's and a woman's (Касымов, Иванова, Карин, Мирзиёев)
# a monarch's number after the name: "Charles III", "Otumfuo Osei Tutu II" (never a lone "I" or "V", which are words)
REGNAL_NUMBERS = r"(?:II|III|IV|VI|VII|VIII|IX|XI|XII)"
RUSSIAN_PATTERN_SURNAME_ENDINGS = ("ов", "ев", "ёв", "ин", "ова", "ева", "ёва", "ина", "ский", "ская")


def match_case(source: str, result: str) -> str:
    """Give ``result`` the capitalization of ``source``: ASTANA → АСТАНА, Astana → Астана."""
    if not result:
        return result
    letters = [c for c in source if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return result.upper()
    if letters and letters[0].isupper():
        return result[0].upper() + result[1:]
    return result


def capitalize(word: str) -> str:
    return word[:1].upper() + word[1:]


def fold(text: str) -> str:
    """Lower case without diacritics or apostrophes: the key for looking a spelling up."""
    text = text.replace("İ", "I").replace("ı", "i").replace("ə", "a").replace("Ə", "a")
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if c.isalnum())


def sub_words(text: str, convert: Callable[[str], str]) -> str:
    """Apply ``convert`` to every Latin word of ``text``; everything else passes through."""
    return LATIN_WORD.sub(lambda match: convert(match.group(0)), text)


def sub_lower_words(text: str, convert: Callable[[str], str]) -> str:
    """Apply ``convert`` to every letter word of ``text`` in lower case, the result spelled with the word's case."""
    return LETTER_WORD.sub(lambda match: match_case(match.group(0), convert(match.group(0).lower())), text)


def mongolian_j(cyrillic: str) -> str:
    """Mongolian ж is [dʒ]: the «дж» of a Russian-style form is written «ж» («Жо Байден», «Жоко Видодо», «Жавад»)."""
    return cyrillic.replace("Дж", "Ж").replace("дж", "ж")


def by_pieces(low: str, read: Callable[[str, int], tuple[str, int]]) -> str:
    """A lower-case word read piece by piece: ``read(low, i)`` gives the Cyrillic of the letters from ``i`` on
    and how many letters it took (a digraph, a vowel with its iotation)."""
    out: list[str] = []
    i = 0
    while i < len(low):
        piece, size = read(low, i)
        out.append(piece)
        i += size
    return "".join(out)


def convert_every_word(text: str, convert: Callable[[str], str | None]) -> str | None:
    """Every Latin word of ``text`` converted, or None as soon as one word cannot be."""
    words = LATIN_WORD.findall(text)
    converted = [convert(word) for word in words]
    if any(word is None for word in converted):
        return None
    replacements = iter(word for word in converted if word is not None)
    return LATIN_WORD.sub(lambda _match: next(replacements), text)


@cache
def read_table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of ``data/<name>`` (CSV with a header; lines starting with # are comments)."""
    with (DATA_DIR / name).open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return tuple(dict(row) for row in csv.DictReader(lines))


@cache
def read_pairs(name: str, key: str, value: str) -> dict[str, str]:
    """``{row[key]: row[value]}`` from ``data/<name>``; several keys may share a row (``a|b``)."""
    pairs: dict[str, str] = {}
    for row in read_table(name):
        for spelling in row[key].split("|"):
            if spelling.strip():
                pairs[spelling.strip()] = row[value].strip()
    return pairs
