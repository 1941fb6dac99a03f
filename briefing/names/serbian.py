"""Serbian, Croatian, Bosnian, Montenegrin, Slovene and Macedonian names → Cyrillic by the Russian practical transcription.

Serbian Latin spells Serbian Cyrillic letter for letter (Вук Караџић's alphabet), and the Russian press writes the
names as Гиляревский and Старостин, «Иностранные имена и названия в русском тексте» (the Serbo-Croatian table)
give them: Александр Вучич, Ивица Дачич, Марко Джурич, Зоран Миланович, Андрей Пленкович:

* č, ć ч; dž, đ (dj in English text) дж; š ш; ž ж; lj ль, nj нь (before a vowel л, н and я, е, ю: Любиша, Негош); c ц; h х; j й (ja я, je е, ju ю after a vowel or at the start);
* a final -ić is -ич, also when an English copy drops the mark (Vucic → Вучич);
* Aleksandar is Александр, as the press writes the president's name.

Kazakh writes these names as Russian does; Mongolian too. Every result is a candidate for review.
"""

from __future__ import annotations

import re

from briefing.names._text import by_pieces, sub_lower_words

SYSTEM = "serbo-croatian"

_VOWELS = frozenset("aeiou")
_GROUPS = (("dž", "дж"), ("dj", "дж"), ("lj", "ль"), ("nj", "нь"),  # dj: how English text writes đ (Djuric → Джурич)
           # Macedonian Latin: gj (ѓ) and kj (ќ) soft, dz (ѕ); and the Albanian names of North Macedonia: xh дж, sh ш,
           # zh ж, ç ч, ë э («Талат Джафери», as the Macedonian «Талат Џафери»)
           ("gj", "гь"), ("kj", "кь"), ("dz", "дз"), ("xh", "дж"), ("sh", "ш"), ("zh", "ж"))
_LETTERS = {"a": "а", "b": "б", "c": "ц", "č": "ч", "ć": "ч", "d": "д", "đ": "дж", "e": "е", "f": "ф", "g": "г",
            "h": "х", "i": "и", "j": "й", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "r": "р",
            "s": "с", "š": "ш", "t": "т", "u": "у", "v": "в", "z": "з", "ž": "ж", "w": "в", "x": "кс", "y": "и", "q": "к",
            "ç": "ч", "ë": "э"}
_IOTATED = {"a": "я", "e": "е", "u": "ю"}
_SOFTENED = {"a": "я", "e": "е", "u": "ю", "o": "ё", "i": "и"}
_WHOLE = {"aleksandar": "александр"}  # the press writes the Russian form of the name


def transliterate(text: str) -> str:
    """Every word of ``text`` by the Serbo-Croatian rules."""
    return sub_lower_words(text, _word)


def _word(word: str) -> str:
    if word in _WHOLE:
        return _WHOLE[word]
    word = re.sub(r"ic$", "ić", word)  # Vucic, Milanovic: an English copy drops the mark of -ić
    return by_pieces(word, _piece)


def _piece(word: str, i: int) -> tuple[str, int]:
    rest = word[i:]
    if rest[0] == "j" and len(rest) > 1 and rest[1] in _IOTATED and (i == 0 or word[i - 1] in _VOWELS):
        return _IOTATED[rest[1]], 2  # Jelena → Елена, Dragojević → Драгоевич
    if rest[:2] in ("lj", "nj") and len(rest) > 2 and rest[2] in _SOFTENED:
        return ("л" if rest[0] == "l" else "н") + _SOFTENED[rest[2]], 3  # Ljubiša → Любиша, Njegoš → Негош
    for latin, cyrillic in _GROUPS:
        if rest.startswith(latin):
            return cyrillic, len(latin)
    return _LETTERS.get(rest[0], rest[0]), 1
