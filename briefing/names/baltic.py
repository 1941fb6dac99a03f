"""Latvian and Lithuanian names → Cyrillic by the Russian practical transcription of both languages.

The rules are those of Гиляревский and Старостин, «Иностранные имена и названия в русском тексте» (the Latvian
and Lithuanian tables), as the Russian press applies them (Кришьянис Кариньш, Эдгарс Ринкевичс, Солвита Аболтиня,
Габриэлюс Ландсбергис, Ингрида Шимоните):

* š ш, č ч, ž ж, c ц, ch х; long vowels (ā ē ī ū, ą ę ė į ų ū) as the short ones; y и; e opens a word as э;
* Latvian ņ ļ ķ ģ are soft: нь ль кь гь before a consonant or at the end, н л к г with an iotated vowel (ņa ня);
* j after a consonant and before a vowel is ь with an iotated vowel (šja шья), elsewhere ja я, je е, ju ю, else й;
* Lithuanian i between a consonant and a, o, u softens the consonant: ia я, io ё, iu ю (Gabrielius Габриэлюс).

Kazakh writes these names as Russian does; Mongolian too. Every result is a candidate for review.
"""

from __future__ import annotations

from briefing.names._text import by_pieces, match_case, sub_words

SYSTEM = "baltic"
COUNTRIES = frozenset({"LV", "LT"})

_VOWELS = frozenset("aāąeēęėiīįoyuūų")
_PLAIN = {"a": "а", "ā": "а", "ą": "а", "e": "е", "ē": "е", "ę": "е", "ė": "е", "i": "и", "ī": "и", "į": "и",
          "o": "о", "y": "и", "u": "у", "ū": "у", "ų": "у"}
_IOTATED = {"a": "я", "ā": "я", "ą": "я", "e": "е", "ē": "е", "ę": "е", "ė": "е", "u": "ю", "ū": "ю", "ų": "ю",
            "o": "ё", "i": "и", "ī": "и", "į": "и"}
_LETTERS = {"b": "б", "c": "ц", "č": "ч", "d": "д", "f": "ф", "g": "г", "h": "х", "k": "к", "l": "л", "m": "м",
            "n": "н", "p": "п", "r": "р", "s": "с", "š": "ш", "t": "т", "v": "в", "z": "з", "ž": "ж", "x": "кс",
            "w": "в", "q": "к"}
_SOFT = {"ņ": "н", "ļ": "л", "ķ": "к", "ģ": "г"}


def transliterate(text: str) -> str:
    """Each Latin word of ``text`` in Cyrillic by the Latvian and Lithuanian tables; other words stay."""
    return sub_words(text, lambda word: match_case(word, by_pieces(word.lower(), _piece)))


def _piece(word: str, i: int) -> tuple[str, int]:
    rest = word[i:]
    letter, after = rest[0], rest[1:2]
    if rest.startswith("ch"):
        return "х", 2
    if letter in _SOFT:
        if after in _IOTATED:
            return _SOFT[letter] + _IOTATED[after], 2  # Āboltiņa → Аболтиня
        return _SOFT[letter] + "ь", 1  # Kariņš → Кариньш
    if letter == "j":
        if after in _IOTATED:
            soft = i > 0 and word[i - 1] not in _VOWELS and word[i - 1] != "-"
            return ("ь" if soft else "") + _IOTATED[after], 2  # Krišjānis → Кришьянис, Jānis → Янис
        return "й", 1
    if letter == "i" and after in ("a", "o", "u") and i > 0 and word[i - 1] not in _VOWELS:
        return _IOTATED[after], 2  # Gabrielius → Габриэлюс
    if rest in ("ienė", "iene") and i > 0:
        return "ене", 4  # a married woman's -ienė: Degutienė → Дегутене
    if letter in _PLAIN:
        if letter in "eēęė" and (i == 0 or word[i - 1] in _VOWELS and word[i - 1] not in "iīį"):
            return "э", 1  # Edgars → Эдгарс, Gabrielius → Габриэлюс
        return _PLAIN[letter], 1
    return _LETTERS.get(letter, letter), 1
