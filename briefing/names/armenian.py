"""Armenian names in their English romanization → Cyrillic, as the Russian press writes them: Никол Пашинян, Арарат
Мирзоян, Ален Симонян, Михаил Арутюнян, Роберт Кочарян (kremlin.ru, mid.ru, armenpress.am/rus).

The Russian forms follow the Armenian sounds, which the English spelling writes with digraphs:

* y and a vowel is the soft vowel, with no soft sign after a consonant: Harutyunyan → Арутюнян, Grigoryan →
  Григорян, Mkrtchyan → Мкртчян, Mirzoyan → Мирзоян (the generic reading's «ь», right for Sabilyanov → Сабильянов, is never written
  in an Armenian name); a word-initial Ye is Е (Yerevan → Ереван), Yu Ю, Ya Я;
* h before a vowel is silent in the Russian tradition at the start of a word and between vowels (Harutyunyan →
  Арутюнян, Hakobyan → Акобян, Gohar → Гоар, Abrahamyan → Абраамян), and vh is в (Hovhannisyan → Ованнисян);
* kh х, gh г, zh ж, sh ш, ch ч, ts ц, dz дз, j дж; e is э at the start of a word and after a vowel (Edmon → Эдмон);
* a given name the English table knows keeps its English form (Robert → Роберт, Michael → Майкл): the text gives
  no Armenian spelling to restore.

Kazakh and Mongolian write these names as the Russian press does (Montsame «Никол Пашинян»). Every result is a
candidate for review.
"""

from __future__ import annotations

import re

from briefing.names import english
from briefing.names._text import by_pieces, match_case, sub_words

SYSTEM = "armenian"
ORIGIN = "hy"

_VOWELS = frozenset("aeiouy")
_SOFT = {"a": "я", "u": "ю", "e": "е", "o": "ё"}
_GROUPS = (("kh", "х"), ("gh", "г"), ("zh", "ж"), ("sh", "ш"), ("ch", "ч"), ("ts", "ц"), ("dz", "дз"), ("vh", "в"))
_LETTERS = dict(zip("abcdfghijklmnopqrstuvwxz", ["а", "б", "ц", "д", "ф", "г", "х", "и", "дж", "к", "л", "м", "н",
                                                 "о", "п", "к", "р", "с", "т", "у", "в", "в", "х", "з"], strict=True))
# a surname of the Armenian pattern: -yan, -yants (Pashinyan, Harutyunyan, Ter-Petrosyants), enough to choose this
# origin; with the -ian spellings of the diaspora (Petrosian, Ananian), enough to rule out another (a Japanese reading)
SURNAME = re.compile(r"..(?:yan|yants)$")
SURNAME_ANY_SPELLING = re.compile(r"..(?:yan|ian|yants|iants)$")


def transliterate(text: str) -> str:
    """Every word of ``text`` (an Armenian name in English letters) in Cyrillic."""
    return sub_words(text, _word)


def _word(word: str) -> str:
    low = word.lower()
    if low in english.GIVEN_NAMES and not SURNAME.search(low):
        return match_case(word, english.GIVEN_NAMES[low].lower())
    if re.match(r"h[aeiou]", low):
        low = low[1:]  # Harutyunyan → Арутюнян: the initial h is silent
    return match_case(word, by_pieces(low, _piece))


def _piece(low: str, i: int) -> tuple[str, int]:
    rest = low[i:]
    before = low[i - 1] if i else ""
    if rest[0] == "y" and len(rest) > 1 and rest[1] in _SOFT:
        return _SOFT[rest[1]], 2  # Grigoryan → Григорян, Mirzoyan → Мирзоян, Yerevan → Ереван: no soft sign
    if rest[0] == "y":
        return ("й" if before in _VOWELS else "ы"), 1
    if rest[0] == "h" and before in _VOWELS and rest[1:2] and rest[1] in _VOWELS:
        return "", 1  # Gohar → Гоар, Abrahamyan → Абраамян, Vahan → Ваан: silent between vowels
    for latin, cyrillic in _GROUPS:
        if rest.startswith(latin):
            return cyrillic, len(latin)
    if rest[0] == "e" and (not before or before in _VOWELS):
        return "э", 1  # Edmon → Эдмон, Mikael → Микаэл
    if rest[0] == "e":
        return "е", 1
    return _LETTERS.get(rest[0], rest[0]), 1
