"""Georgian names in their English romanization → Cyrillic, as the Russian press writes them: Ираклий Кобахидзе,
Ираклий Гарибашвили, Георгий Гахария, Михаил Саакашвили (kremlin.ru, mid.ru, 1tv.ge/ru).

* the given names the Russian tradition writes in their Russian form: Irakli → Ираклий, Giorgi → Георгий, Mikheil →
  Михаил, Davit → Давид, Ilia → Илья, Ioseb → Иосиф, Aleksandre → Александр; the others are read letter by letter
  (Levan → Леван, Zurab → Зураб, Kakha → Каха);
* a final -ia or -ua of a surname is «-ия», «-уа» (Gakharia → Гахария, Zhvania → Жвания);
* the rest by the generic reading (kh х, zh ж, ts ц, ch ч, sh ш).

Kazakh and Mongolian write these names as the Russian press does, never with Kazakh letters (review of fresh72:
«Ғарибашвили»). Every result is a candidate for review.
"""

from __future__ import annotations

import re

from briefing.names import generic
from briefing.names._text import match_case, sub_words

SYSTEM = "georgian"
ORIGIN = "ka"

# the surname endings that only Georgian names have
SURNAME = re.compile(r"..(?:shvili|dze|ishvili|iani|uri)$")
_GIVEN = {"irakli": "ираклий", "giorgi": "георгий", "mikheil": "михаил", "davit": "давид", "ilia": "илья",
          "ioseb": "иосиф", "aleksandre": "александр", "nikoloz": "николоз", "mamuka": "мамука", "teimuraz": "теймураз"}


def transliterate(text: str) -> str:
    """Every word of ``text`` (a Georgian name in English letters) in Cyrillic, as the Russian press writes it."""
    return sub_words(text, _word)


def _word(word: str) -> str:
    low = word.lower()
    if low in _GIVEN:
        return match_case(word, _GIVEN[low])
    ending = re.search(r"(?<=[a-z]{3})(ia|ua)$", low)
    if ending:  # Gakharia → Гахария, Zhvania → Жвания
        stem = generic.convert_word(word[:ending.start()], "ru", foreign=True)
        return stem + ("ия" if ending.group(1) == "ia" else "уа")
    return generic.convert_word(word, "ru", foreign=True)
