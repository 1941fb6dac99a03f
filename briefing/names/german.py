"""German names → Cyrillic by the Russian practical transcription of German.

The rules are those of Гиляревский and Старостин, «Иностранные имена и названия в русском тексте» (the German
table), as the Russian press applies them: Олаф Шольц, Франк-Вальтер Штайнмайер, Фридрих Мерц, Ангела Меркель,
Вольфганг Шойбле, Анналена Бербок, Йоханн Вадефуль, Юлия Клёкнер:

* sch ш, tsch ч, chs кс, ch х (chr at the start кр), ck к, tz and z ц, ß с, ph ф, th т, qu кв, v ф, w в, j й;
* st, sp at the start of a word шт, шп; s before a vowel at the start or between vowels з;
* ei, ey, ai, ay ай; eu, äu ой; ie и; ä, ae е (э at the start); ö, oe ё; ü, ue ю; e at the start э;
* h after a vowel lengthens it and is not written; l before a consonant or at the end is soft (Шольц, Вальтер).

Kazakh writes German names as Russian does; Mongolian too. Every result is a candidate for review.
"""

from __future__ import annotations

import re

from briefing.names._text import by_pieces, sub_lower_words

SYSTEM = "german"

_VOWELS = frozenset("aeiouyäöü")
_GROUPS = (("ja", "я"), ("ju", "ю"), ("jü", "ю"), ("tsch", "ч"), ("sch", "ш"), ("chs", "кс"), ("ck", "к"), ("tz", "ц"), ("ph", "ф"), ("th", "т"),
           ("qu", "кв"), ("ei", "ай"), ("ey", "ай"), ("ai", "ай"), ("ay", "ай"), ("eu", "ой"), ("äu", "ой"),
           ("ie", "и"), ("ae", "е"), ("oe", "ё"), ("ue", "ю"), ("ch", "х"))
_LETTERS = {"a": "а", "b": "б", "c": "к", "d": "д", "e": "е", "f": "ф", "g": "г", "h": "х", "i": "и", "j": "й",
            "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "r": "р", "s": "с", "t": "т", "u": "у",
            "v": "ф", "w": "в", "x": "кс", "y": "и", "z": "ц", "ß": "с", "ä": "е", "ö": "ё", "ü": "ю"}


def transliterate(text: str) -> str:
    """Every word of ``text`` by the German rules."""
    return sub_lower_words(text, _word)


_WHOLE = {"van": "ван", "von": "фон", "karl": "карл"}  # a particle and a name the press writes by tradition


def _word(word: str) -> str:
    if word in _WHOLE:
        return _WHOLE[word]
    if word.startswith("chr"):
        word = "kr" + word[3:]  # Christian → Кристиан
    if word.endswith("ael"):
        word = word[:-3] + "a·el"  # Michael → Михаэль: a and e, no ä
    result = by_pieces(word, _piece).replace("·е", "э")
    result = re.sub(r"иа$", "ия", result)  # Julia → Юлия
    result = re.sub(r"л(?=[бвгджзйкмнпрстфхцчшщ]|$)", "ль", result)  # Scholz → Шольц, Walter → Вальтер
    return result


def _piece(word: str, i: int) -> tuple[str, int]:
    rest = word[i:]
    if i == 0 and rest.startswith(("st", "sp")):
        return ("шт" if rest[1] == "t" else "шп"), 2
    for latin, cyrillic in _GROUPS:
        if rest.startswith(latin):
            if i == 0 and cyrillic in ("е",) and latin == "ae":
                return "э", 2
            return cyrillic, len(latin)
    letter = rest[0]
    if letter == "·":
        return "·", 1
    if letter == "s" and rest[1:2] in _VOWELS and (i == 0 or word[i - 1] in _VOWELS):
        return "з", 1  # Susanne → Зузанне
    if letter == "h" and i > 0 and word[i - 1] in _VOWELS and rest[1:2] not in _VOWELS:
        return "", 1  # Hahn → Хан, Wadephul: the h of a long vowel
    if letter in "eä" and i == 0:
        return "э", 1
    return _LETTERS.get(letter, letter), 1


# German spelling the other ö/ü alphabets lack: a double consonant, sch, tz, ck, a final -ing or -mann, ei/ie/eu, ß, ä
_GERMAN_SPELLING = re.compile(r"ß|ä|sch|tz|ck|([bdfgklmnprt])\1|ng\b|mann\b|ei|ie|eu")
# Mongolian and Turkic romanizations put ö and ü beside kh, ts, long vowels and y-endings, which German never writes
# (and Turkmen and Turkish letters and endings: "Annamämmet", "Berdimuhamedow", "Çavuşoğlu")
_NOT_GERMAN = re.compile(r"kh|ts|aa|uu|ii|oo|ee|üü|öö|yn\b|iin\b|gh|[ýňžşğıçə]|[oe]w\b|berdi|gurban|muhamm|mämm")


def is_german(text: str) -> bool:
    """A name with German umlauts written the German way ("Marie-Luise Dött", "Hubert Hüppe", "Karsten Möring"), not a
    Mongolian one ("Khürelsükh", "Öyun-Erdene"), or a German surname in Sch- ("Martin Schulz", "Olaf Scholz"), which
    English names hardly have and Russian writes «Ш»."""
    low = text.lower()
    if _NOT_GERMAN.search(low):
        return False
    return bool(re.search(r"[äöüß]", low)) and bool(_GERMAN_SPELLING.search(low)) or _SCH_SURNAME.search(text) is not None


# a surname opening in Sch and a vowel or w: Schulz, Scholz, Schröder, Schwarz (not the Dutch Schoof, Schippers, whose
# Sch is «Сх»: a double vowel or -ers marks them)
_SCH_SURNAME = re.compile(r"\bSch(?:[aeiuäöü]|w|o(?!o))[a-zäöüß]*(?<!ers)\b")

