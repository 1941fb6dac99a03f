"""Indonesian and Malay names → Cyrillic by the Russian practical transcription of Indonesian and Malay.

Both languages spell their sounds letter for letter since the 1972 reform, and the Russian press writes the names as
Гиляревский and Старостин, «Иностранные имена и названия в русском тексте» (the Indonesian table) give them: Джоко
Видодо, Ретно Марсуди, Прабово Субианто, Анвар Ибрахим, Исмаил Сабри Яакоб:

* c ч (Percaya → Перчая); j дж; sy and the English sh ш (Sharif → Шариф); ny нь (ня, ню, не before a vowel); ng нг; kh х; w в; y й (ya я, yu ю, ye е,
  yo йо; Yudhoyono → Юдойоно); dh д, th т (Arabic letters in Latin: Mahathir → Махатир);
* the older spellings that names keep: oe у (Soekarno → Сукарно), dj дж, tj ч, ch х (Chairul → Хайрул);
* a final h after a vowel is silent in a name of three vowels or more (Maimunah → Маймуна, Abdullah → Абдулла; Syah
  → Шах keeps it);
* vowels as written: a а, e е (э opening a word), i и, o о, u у; ai is the diphthong ай where it ends the word or a
  syllable before the next (Saiful → Сайфул, Zainal → Зайнал, Sungai → Сунгай), two vowels before a final consonant
  (Ismail → Исмаил, Said → Саид).

Kazakh writes these names as Russian does; Mongolian writes дж as ж («Жоко Видодо»), as it does English names.
Every result is a candidate for review.
"""

from __future__ import annotations

from briefing.names._text import by_pieces, mongolian_j, sub_lower_words

SYSTEM = "indonesian-malay"

_VOWELS = frozenset("aeiou")
_GROUPS = (("oe", "у"), ("dj", "дж"), ("tj", "ч"), ("sy", "ш"), ("sh", "ш"), ("kh", "х"), ("ch", "х"), ("ng", "нг"), ("dh", "д"), ("th", "т"),
           ("ck", "к"), ("ee", "и"))  # "Erick", "Reezal": English spellings some names keep
_LETTERS = {"a": "а", "b": "б", "c": "ч", "d": "д", "e": "е", "f": "ф", "g": "г", "h": "х", "i": "и", "j": "дж",
            "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "q": "к", "r": "р", "s": "с", "t": "т",
            "u": "у", "v": "в", "w": "в", "x": "кс", "y": "й", "z": "з"}
_IOTATED = {"a": "я", "u": "ю", "e": "е"}  # y and ny before these vowels
_SOFT_N = {"a": "ня", "u": "ню", "e": "не", "o": "ньо", "i": "ни"}


# names of Malaysia's Indian Muslims keep their Tamil reading, not the Malay c: Merican (Marikar) → Мерикан; Western
# given names Indonesians bear keep the form the Russian press gives them (Charles Honoris → Чарльз, never Чхарлес)
_ESTABLISHED = {"merican": "мерикан", "charles": "чарльз", "michael": "майкл", "richard": "ричард",
                "christopher": "кристофер", "christina": "кристина", "christine": "кристина"}


def transliterate(text: str, rules: str = "ru") -> str:
    """Every word of ``text`` by the Indonesian and Malay rules; ``rules`` "mn" writes дж as ж."""
    result = sub_lower_words(text, lambda word: _ESTABLISHED.get(word) or by_pieces(word, _piece))
    return mongolian_j(result) if rules == "mn" else result


def _piece(word: str, i: int) -> tuple[str, int]:
    rest = word[i:]
    if rest[:2] == "ny" and len(rest) > 2 and rest[2] in _SOFT_N:
        return _SOFT_N[rest[2]], 3  # Nyoman → Ньоман, Hanya → Ханя
    if rest[0] == "y" and len(rest) > 1 and rest[1] in _IOTATED:
        return _IOTATED[rest[1]], 2  # Percaya → Перчая, Yudhoyono → Юдойоно
    for latin, cyrillic in _GROUPS:
        if rest.startswith(latin):
            return cyrillic, len(latin)
    if rest == "h" and i > 1 and word[i - 1] in _VOWELS and sum(letter in _VOWELS for letter in word) > 2:
        return "", 1  # a final h after a vowel is silent in a longer name: Maimunah → Маймуна, Abdullah → Абдулла
    if rest[0] == "i" and i > 0 and word[i - 1] == "a" and _closes_a_diphthong(rest[1:]):
        return "й", 1
    if rest[0] == "e" and (i == 0 or word[i - 1] in _VOWELS):
        return "э", 1  # Erick → Эрик; a vowel before it: Joeharto's oe is one vowel already
    return _LETTERS.get(rest[0], rest[0]), 1


def _closes_a_diphthong(after: str) -> bool:
    """The i of ai is й at the end of the word or before a consonant that opens the next syllable."""
    return not after or (after[0] not in _VOWELS and after[0] != "y" and len(after) > 1 and
                         (after[1] in _VOWELS or after[:2] in ("sy", "ng", "ny", "kh") and len(after) > 2))
