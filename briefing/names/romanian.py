"""Romanian and Moldovan names → Cyrillic by the Russian practical transcription of Romanian.

Гиляревский and Старостин, «Иностранные имена и названия в русском тексте» (the Romanian table), as the Russian
press writes the names of Romania and Moldova: Марчел Чолаку, Майя Санду, Николае Чукэ, Эуджен Томак, Андрей
Спыну, Даниел Сучиу:

* c and g before e, i are ч and дж, and an i between them and another vowel is silent (Ciolacu → Чолаку, Giurescu
  → Джуреску); ch and gh before e, i are к and г (Gheorghe → Георге);
* ea is я (Cristea → Кристя), a final ia ия (Natalia → Наталия), after a vowel йя (Maia → Майя); an initial ia, ie, iu
  is я, е, ю (Iulian → Юлиан); i after a vowel й (Mihai → Михай);
* ă э, â and î ы, ș ш, ț ц, j ж, h х, x кс, y и, w в; e opening a word э (Eugen → Эуджен);
* a word ending in -iu keeps both vowels (Suciu → Сучиу, Liviu → Ливиу).

English-language news often drops the diacritics (Catauta for Cătăuță); the letters as written are then read as
plain Romanian ones, and the result is marked for review like every transliterated name. Kazakh writes these names
as Russian does; Mongolian too, with its own ж for дж.
"""

from __future__ import annotations

from briefing.names._text import by_pieces, mongolian_j, sub_lower_words

SYSTEM = "romanian"

_VOWELS = frozenset("aeiouăâî")
_LETTERS = {"a": "а", "ă": "э", "â": "ы", "î": "ы", "b": "б", "c": "к", "d": "д", "e": "е", "f": "ф", "g": "г",
            "h": "х", "i": "и", "j": "ж", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "q": "к",
            "r": "р", "s": "с", "ș": "ш", "ş": "ш", "t": "т", "ț": "ц", "ţ": "ц", "u": "у", "v": "в", "w": "в",
            "x": "кс", "y": "и", "z": "з"}
_SOFTENED = {"c": "ч", "g": "дж"}  # before e, i
_INITIAL_IOTATED = {"ia": "я", "ie": "е", "iu": "ю"}
# given names the Russian press keeps in their Russian or established form
_ESTABLISHED = {"igor": "игорь", "ion": "ион", "ioan": "иоан", "nicolae": "николае"}


def transliterate(text: str, rules: str = "ru") -> str:
    """Every word of ``text`` by the Romanian rules; ``rules`` "mn" writes дж as ж."""
    result = sub_lower_words(text, lambda word: _ESTABLISHED.get(word) or by_pieces(word, _piece))
    return mongolian_j(result) if rules == "mn" else result


def _piece(word: str, i: int) -> tuple[str, int]:
    rest = word[i:]
    letter = rest[0]
    if letter in "cg" and rest[1:2] == "h" and rest[2:3] in ("e", "i"):
        return _LETTERS[letter], 2  # Gheorghe → Георге, Chirilă → Кирилэ
    if letter in "cg" and rest[1:2] in ("e", "i"):
        soft = _SOFTENED[letter]
        if rest[1] == "i" and rest[2:3] in _VOWELS and rest[2:] != "u":
            return soft, 2  # Ciolacu → Чолаку, Giurgiu → Джурджу; but Suciu → Сучиу
        if rest[1:3] == "ea":
            return soft + "а", 3  # Ceaușescu → Чаушеску
        return soft, 1
    if i == 0 and rest[:2] in _INITIAL_IOTATED:
        return _INITIAL_IOTATED[rest[:2]], 2  # Iulian → Юлиан, Iasi → Яси
    if letter == "e" and rest[1:2] == "a" and i > 0 and word[i - 1] not in _VOWELS:
        return "я", 2  # Cristea → Кристя, Corlatean → Корлатян
    if letter == "i" and i > 0 and word[i - 1] in _VOWELS and rest[1:2] == "a":
        return "йя", 2  # Maia → Майя: the i after a vowel and its a
    if letter == "i" and rest[1:] == "a" and i > 0:
        return "ия", 2  # a word's end: Natalia → Наталия, Maria → Мария (inside one: Iulian → Юлиан)
    if letter == "i" and i > 0 and word[i - 1] in "aeouăâî" and rest[1:2] not in _VOWELS:
        return "й", 1  # Mihai → Михай, Moisei → Мойсей
    if letter == "e" and i == 0:
        return "э", 1  # Eugen → Эуджен
    return _LETTERS.get(letter, letter), 1
