"""Japanese (Hepburn romanization) → Cyrillic: the Polivanov system, and the Mongolian press variant.

The mora table ``data/polivanov.csv`` (Hepburn and Kunrei-shiki spellings → Cyrillic) follows
the published Polivanov table: ru.wikipedia.org «Система Поливанова» (also at
https://wiki4.ru/wiki/Система_Поливанова and https://system-polivanova.rf/sistema-polivanova,
«Посольство Японии в России придерживается транслитерации по Поливанову»): shi си, chi ти,
tsu цу, fu фу, ji дзи, zu дзу, e э, ya я, yu ю, yo ё, wo о, sha ся, cha тя, ja дзя…

Rules beyond the table, as in that article's notes:

* syllabic n is н; м before b, p, m (Gunma → Гумма, Shimbashi → Симбаси); нъ before a vowel or
  y when the romanization marks the boundary (Jun'ichirō → Дзюнъитиро);
* a doubled consonant doubles the first letter of the next mora (Hokkaido → Хоккайдо,
  Sapporo → Саппоро, Matcha → маття);
* い after a, e, o is й (Sendai → Сэндай, Keiko → Кэйко); after u it stays и (Fukui → Фукуи),
  and so it does where a name element starting with i follows (Takaichi → Такаити, Koizumi →
  Коидзуми): romaji does not show kanji boundaries, so this is a list, not a rule;
* long vowels are not marked: ō, ū, â, ou (before a consonant), oo, uu, oh (before a consonant)
  are one vowel (Tōkyō → Токё by the rules; the exonym Токио comes from ``data/exonyms.csv``).

Word order is kept as written: English text gives Japanese names given name first and the
Russian press does the same («Фумио Кисида», «Ясутоси Нисимура»).

Mongolian press variant (``mongolian=True``): Hepburn read with Mongolian letters, sh → ш,
ch → ч, j → ж, z → з: «Фумио Кишида», «Ёшихидэ Суга» (chig.mn/news/4/single/194;
ergelt.mn/news/86/single/14200 writes «Фүмио Кишида», «Ёшихидэ Сүга»), «Хирошима».
"""

from __future__ import annotations

from functools import cache

from briefing.names._text import APOSTROPHES, match_case, read_pairs

SYSTEM = "polivanov"
SYSTEM_MN = "japanese-mn"
_VOWELS = frozenset("aiueo")
_LONG = str.maketrans({"ā": "a", "ī": "i", "ū": "u", "ē": "e", "ō": "o", "â": "a", "î": "i", "û": "u", "ê": "e", "ô": "o"})
# Name elements that start with i: after a vowel they begin a new kanji, so no й
# (Takaichi → Такаити, Koizumi → Коидзуми, Oishi → Оиси).
_I_MORPHEMES = ("ichi", "izumi", "ishi")
_MONGOLIAN = {
    "си": "ши", "ся": "ша", "сю": "шу", "сё": "шо", "ти": "чи", "тя": "ча", "тю": "чу", "тё": "чо",
    "дзи": "жи", "дзя": "жа", "дзю": "жу", "дзё": "жо", "дза": "за", "дзу": "зу", "дзэ": "зэ", "дзо": "зо",
}


@cache
def morae() -> dict[str, str]:
    """Hepburn mora → Polivanov (``data/polivanov.csv``)."""
    return read_pairs("polivanov.csv", "hepburn", "polivanov")


def to_cyrillic(word: str, *, mongolian: bool = False) -> str | None:
    """One romanized Japanese word in Cyrillic, or None when it cannot be Hepburn."""
    pieces = parse(word)
    if pieces is None:
        return None
    out: list[str] = []
    for kind, cyrillic in pieces:
        if mongolian:
            cyrillic = _MONGOLIAN.get(cyrillic, cyrillic)
            if kind == "n'":
                cyrillic = "н"
        out.append(cyrillic)
    # a geminate takes the first letter of the mora after it
    text = ""
    for index, (kind, _) in enumerate(pieces):
        piece = out[index]
        if kind == "gem":
            following = out[index + 1] if index + 1 < len(out) else ""
            piece = following[:1]
        text += piece
    return match_case(word, text)


def parse(word: str) -> list[tuple[str, str]] | None:
    """The morae of ``word`` as (kind, Cyrillic) pairs; kind is mora, n, n', gem, long."""
    low = word.lower().translate(_LONG)
    low = "".join("'" if c in APOSTROPHES else c for c in low)
    table = morae()
    pieces: list[tuple[str, str]] = []
    i = 0
    while i < len(low):
        char = low[i]
        after = low[i + 1] if i + 1 < len(low) else ""
        if char == "'":
            i += 1
            continue
        if char == "n" and after == "'":
            pieces.append(("n'", "нъ"))
            i += 2
            continue
        if char in "nm" and (not after or (after not in _VOWELS and after != "y")):
            if char == "m" and after not in "bpm":
                return None
            pieces.append(("n", "м" if after in "bpm" and after else "н"))
            i += 1
            continue
        if char == "h" and i and low[i - 1] == "o" and (not after or after not in _VOWELS | {"y"}):
            i += 1  # Ohno, Ohtani: oh is a long o
            continue
        if char not in _VOWELS and char == after and char in "kstpgdbzjfhc":
            pieces.append(("gem", ""))
            i += 1
            continue
        if char == "t" and low.startswith("tch", i):
            pieces.append(("gem", ""))
            i += 1
            continue
        if char in _VOWELS and pieces and pieces[-1][0] == "mora":
            last_vowel = _last_latin_vowel(low, i)
            if (char == "u" and last_vowel == "o" and (not after or after not in _VOWELS)) or (
                char == last_vowel and char in "ou"
            ):
                i += 1  # Tokyou, Oono, Yuuki: a long vowel
                continue
            if char == "i" and last_vowel in ("a", "e", "o") and after != "i" and not _starts_element(low, i, len(pieces)):
                pieces.append(("mora", "й"))
                i += 1
                continue
        for size in (3, 2, 1):
            chunk = low[i : i + size]
            if chunk in table and chunk != "n":
                pieces.append(("mora", table[chunk]))
                i += size
                break
        else:
            return None
    if not pieces or pieces[0][0] == "gem" or (pieces and pieces[-1][0] == "gem"):
        return None
    return pieces


def _starts_element(low: str, i: int, morae_before: int) -> bool:
    """Does a name element starting with i begin here? -ichi only after two morae (Aichi → Айти)."""
    if low.startswith("ichi", i):
        return morae_before >= 2
    return low.startswith(_I_MORPHEMES, i)


def _last_latin_vowel(low: str, i: int) -> str:
    return low[i - 1] if i and low[i - 1] in _VOWELS else ""


def is_hepburn(word: str) -> bool:
    return parse(word) is not None


def transliterate(text: str, *, mongolian: bool = False) -> str | None:
    """Every word of a Japanese name; None if any word cannot be Hepburn."""
    from briefing.names._text import convert_every_word

    return convert_every_word(text, lambda word: to_cyrillic(word, mongolian=mongolian))
