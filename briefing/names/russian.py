"""Russian (and Ukrainian, Belarusian) names romanized in English text → Russian Cyrillic.

English spellings follow BGN/PCGN, the passport (ICAO 9303) or the press; they are read back
by the BGN/PCGN table (en.wikipedia.org "BGN/PCGN romanization of Russian"): shch щ, zh ж,
kh х, ts ц, ch ч, sh ш, ya я, yu ю, ye е (ье after a consonant), yo ё, y ы between
consonants, and the adjective endings -sky/-skiy/-skii → -ский, -skaya → -ская, -skoy → -ской,
-y/-iy/-ii after a consonant → -ий (Dmitry → Дмитрий, Georgiy → Георгий). Given names whose
English form loses letters (Olga → Ольга, Ilya → Илья) come from
``data/russian_given_names.csv``, which also maps Ukrainian spellings to the Russian form the
Russian press uses (Volodymyr → Владимир).
"""

from __future__ import annotations

import re
from functools import cache

from briefing.names import generic
from briefing.names._text import fold, match_case, read_pairs, sub_words

SYSTEM = "russian"
_ENDINGS = (  # (Latin ending, Cyrillic), longest first; applied to the folded word
    ("skaya", "ская"), ("tskaya", "цкая"), ("skiy", "ский"), ("skii", "ский"), ("sky", "ский"), ("skyi", "ский"),
    ("skyy", "ский"), ("skoy", "ской"), ("skoi", "ской"), ("tsky", "цкий"), ("tskiy", "цкий"),
)
_CONSONANT_Y_END = re.compile(r"([bcdfghjklmnpqrstvwxz])(?:y|iy|ii|yi|yy)$")
# a Russian surname in -eliev, -iliev, -oriev, -uriev, -ofiev, -ntiev is the press's -ьев («Савельев», «Васильев»,
# «Григорьев»); Turkic -aliev, -uliev stay -иев («Валиев», «Гулиев»), and so does Dmitriev («Дмитриев»)
_SOFT_IEV = re.compile(r"(?<=el|il|or|ur|of|nt)iev(a)?$")


@cache
def given_names() -> dict[str, str]:
    return read_pairs("russian_given_names.csv", "latin", "ru")


def is_given_name(word: str) -> bool:
    return _given_name_key(word) is not None


def _given_name_key(word: str) -> str | None:
    """The table's key of a given name, also when the English spelling doubles a letter ("Vassily" for Vasily)."""
    key = fold(word)
    names = given_names()
    if key in names:
        return key
    single = re.sub(r"(.)\1", r"\1", key)
    return single if single != key and single in names else None


def to_russian(text: str, *, ukrainian: bool = False) -> str:
    """``ukrainian``: the name is in Ukrainian romanization (KMU 2010: h = г, y = и)."""
    return sub_words(text, lambda word: _word(_from_ukrainian(word) if ukrainian and not is_given_name(word) else word))


_UKRAINIAN_H = re.compile(r"(?<![kzscKZSC])h|(?<![kzscKZSC])H")
_UKRAINIAN_Y = re.compile(r"(?<=[b-df-hj-np-tv-xzB-DF-HJ-NP-TV-XZ])y(?=[b-df-hj-np-tv-xz])")


def _from_ukrainian(word: str) -> str:
    """Ukrainian romanization read the Russian way: Sybiha → Sibiga → Сибига, Svyrydenko → Свириденко."""
    word = _UKRAINIAN_H.sub(lambda m: "G" if m.group(0).isupper() else "g", word)
    return _UKRAINIAN_Y.sub("i", word)


def _word(word: str) -> str:
    key = fold(word)
    given = _given_name_key(word)
    known = given_names()[given] if given else None
    if known:
        return match_case(word, known.lower())
    for latin, cyrillic in _ENDINGS:
        if key.endswith(latin) and len(key) > len(latin) + 1:
            stem = generic.convert_word(word[: len(word) - len(latin)], "ru")
            if stem.endswith(("л", "Л")):
                stem += "ь" if stem.endswith("л") else "Ь"  # -lsky is -льский (Yampolskaya → Ямпольская)
            return match_case(word, (stem + cyrillic).lower()) if not stem.isupper() else (stem + cyrillic).upper()
    soft = _SOFT_IEV.search(key)
    if soft and len(key) > 5:  # Saveliev → Савельев, Grigorieva → Григорьева (but Dmitriev → Дмитриев)
        stem = generic.convert_word(word[: soft.start()], "ru")
        ending = "ьев" + ("а" if soft.group(1) else "")
        return stem + (ending.upper() if stem.isupper() and len(stem) > 1 else ending)
    converted = word
    match = _CONSONANT_Y_END.search(key)
    if match and len(key) > 3:
        stem = generic.convert_word(word[: match.start() + 1], "ru")
        return stem + ("ИЙ" if stem.isupper() and len(stem) > 1 else "ий")
    return _soft_iotation(generic.convert_word(converted, "ru"), key)


_SOFT_BEFORE_IOTATED = re.compile(r"(?<=[бвгджзклмнпрстфхцчшщ])ь(?=[яюеёЯЮЕЁ])(?!(?:ев|ева|ёв|ёва)$)", re.IGNORECASE)


# consonant + yi: a soft sign before и (Ilyin → Ильин, Ilyina → Ильина), never «Илйин»
_SOFT_BEFORE_I = re.compile(r"(?<=[бвгджзклмнпрстфхцчшщ])й(?=и)", re.IGNORECASE)


def _soft_iotation(cyrillic: str, key: str) -> str:
    """Press spellings drop the soft sign: consonant + ya is я (Ryabkov → Рябков, Lyubimova → Любимова),
    except in the surname endings -yev/-yov (Afanasyev → Афанасьев, Solovyov → Соловьёв); yo after
    a consonant in a given name is ё (Pyotr → Пётр, Fyodor → Фёдор, Artyom → Артём)."""
    cyrillic = _SOFT_BEFORE_IOTATED.sub("", cyrillic)
    cyrillic = _SOFT_BEFORE_I.sub(lambda m: "Ь" if m.group(0).isupper() else "ь", cyrillic)  # Ilyin → Ильин
    if "yo" in key:
        cyrillic = re.sub(r"(?<=[пфбмтдлнр])ьё", "ё", cyrillic)
        cyrillic = re.sub(r"(?<=[ПФБМТДЛНР])ьё", "ё", cyrillic)
    return cyrillic
