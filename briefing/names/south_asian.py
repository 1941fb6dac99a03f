"""Names of India, Bangladesh, Nepal, Sri Lanka, Bhutan and the Maldives → Cyrillic, as the Russian press writes them.

The names come romanized in English fashion (Hindi, Bengali, Nepali and Sinhala sounds in English letters), and the
Russian practical transcription reads that romanization back to the sounds: Нарендра Моди, Субрахманьям Джайшанкар,
Шейх Хасина, Рам Натх Ковинд, Харш Вардхан Шрингла, Пушпа Камал Дахал, Бидья Деви Бхандари, Ширин Шармин Чаудхури.
Its rules for the English spellings these names keep:

* aspirates keep their h: bh бх, dh дх, gh гх, jh джх, th тх, chh чх (Vardhan → Вардхан, Singh → Сингх, Nath → Натх);
  kh is х (Khan → Хан, Sheikh → Шейх), ph ф, sh ш, ch ч, j дж, q к, w в;
* long vowels written double are single: aa а, ee и, oo у (Noor → Нур); ou, ow оу (Chowdhury → Чоудхури); ia ия
  (Khaleda Zia → Халеда Зия, Shahriar → Шахрияр);
* y: й after a vowel, я ю е before a vowel (Gotabaya → Готабая), ья ью ье after a consonant (Bidya → Бидья), и after
  a consonant elsewhere (Chaudhury → Чаудхури, Daimary → Даймари);
* a final -que is к (Haque → Хак, Towfique → Тоуфик), qu before a vowel к (Quader → Кадер); e opening a word is э;
* a few names keep the form the press settled on: Ганди, Мукерджи;
* "Md" (Bangladesh's abbreviation of Muhammad) is Мохаммад, as the Russian press writes Mohammad Abdul Hamid's name.

Kazakh writes these names as Russian does, without the Turkic letters of Kazakh names (Сингх, not Синғ); Mongolian
too, дж kept (Джайшанкар). Every result is a candidate for review.
"""

from __future__ import annotations

import re

from briefing.names._text import by_pieces, sub_lower_words

SYSTEM = "south-asian"

_VOWELS = frozenset("aeiou")
# longest first: "chh" before "ch", "aa" before "a"
_GROUPS = (("chh", "чх"), ("jh", "джх"), ("bh", "бх"), ("dh", "дх"), ("gh", "гх"), ("th", "тх"), ("kh", "х"),
           ("ph", "ф"), ("sh", "ш"), ("ch", "ч"), ("ck", "к"), ("aa", "а"), ("ee", "и"), ("oo", "у"), ("ai", "ай"),
           ("ei", "ей"), ("au", "ау"), ("ia", "ия"))
_LETTERS = {"a": "а", "b": "б", "c": "к", "d": "д", "e": "е", "f": "ф", "g": "г", "h": "х", "i": "и", "j": "дж",
            "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "q": "к", "r": "р", "s": "с", "t": "т",
            "u": "у", "v": "в", "w": "в", "x": "кс", "z": "з"}
_IOTATED = {"a": "я", "u": "ю", "e": "е", "o": "йо", "i": "йи"}
_MUHAMMAD = re.compile(r"\bMd\b\.?")
_FINAL_QUE = re.compile(r"que\b")


def transliterate(text: str) -> str:
    """Every word of ``text`` by the South Asian rules (the same in ru, kk and mn)."""
    text = _MUHAMMAD.sub("Mohammad", text)
    return sub_lower_words(text, _word)


# the forms the Russian press settled on, where the rules would read the English spelling letter by letter
# (Chaudhury/Choudhury: «Шейх Хасина … Ширин Шармин Чоудхури», the Russian translator's review s30; Aishath, a woman's
# name of the Maldives: «Аишат»; the Arabic names of the Maldives as Russian writes them: «Абдулла Шахид», «Фатимат»,
# «Хусейн», the readers of fresh88 and fresh89)
_ESTABLISHED = {"gandhi": "ганди", "mukherjee": "мукерджи", "mukherji": "мукерджи", "chaudhury": "чоудхури",
                "chaudhuri": "чоудхури", "choudhury": "чоудхури", "aishath": "аишат", "abdullah": "абдулла",
                "fathimath": "фатимат", "hussain": "хусейн"}


def _word(low: str) -> str:
    if low == "e":
        return "э"  # the link of "Noor-E-Alam": Нур-Э-Алам
    return _ESTABLISHED.get(low) or by_pieces(_FINAL_QUE.sub("k", low), _piece)


def _piece(word: str, i: int) -> tuple[str, int]:
    rest = word[i:]
    before = word[i - 1] if i else ""
    if rest[:2] in ("ou", "ow") and (len(rest) == 2 or rest[2] not in _VOWELS):
        return "оу", 2  # Chowdhury → Чоудхури, Towfik → Тоуфик
    if rest[0] == "y":
        return _y(word, i)
    if rest[:2] == "qu" and rest[2:3] in ("a", "e", "i"):
        return "к", 2  # Quader → Кадер, Quamrul → Камрул
    for latin, cyrillic in _GROUPS:
        if rest.startswith(latin):
            return cyrillic, len(latin)
    if rest[0] == "e" and (i == 0 or before in _VOWELS):
        return "э", 1
    return _LETTERS.get(rest[0], rest[0]), 1


def _y(word: str, i: int) -> tuple[str, int]:
    before = word[i - 1] if i else ""
    after = word[i + 1] if i + 1 < len(word) else ""
    if word[i + 1:i + 3] == "oo":
        return "ю", 3  # Gayoom → Гаюм
    if after in _IOTATED:
        soft = "ь" if before and before not in _VOWELS else ""
        return soft + _IOTATED[after], 2  # Bidya → Бидья, Gotabaya → Готабая, Yashwant → Яшвант
    if before in _VOWELS:
        return "й", 1  # Goyal's o-y-a is read above; Roy → Рой
    return "и", 1  # Chaudhury → Чаудхури
