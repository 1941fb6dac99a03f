"""Italian and Spanish names → Cyrillic by the Russian practical transcription.

The rules are those of Гиляревский and Старостин, «Иностранные имена и названия в русском тексте» (the
Italian and Spanish tables), as the Russian press applies them: Джорджа Мелони, Серджо Маттарелла, Антонио
Таяни, Марко Альберти; Педро Санчес, Хосе Мануэль Альбарес, Луис, Кастильо, Муньос.

Italian: c and g before e, i are ч and дж, and an i between them and another vowel is silent (Giorgia →
Джорджа, Ciampi → Чампи); ch and gh are к and г; gn нь, gli ль, sc before e, i ш; z ц; qu кв; j й; h silent;
s between vowels з.

Spanish: j, and g before e, i, are х; gu before e, i is г; ll ль and ñ нь (iotating the vowel after them:
Castillo → Кастильо); ch ч; qu к; c before e, i and z are с; h silent; y before a vowel й, after one й (a final
-aya йя: Zelaya → Селайя); ai, ei, oi before a consonant ай, ей, ой (Jaime → Хайме, Ferreiro → Феррейро).

Both: e opening a word is э; an i (Spanish also y) before a vowel after a consonant stays и. Kazakh writes
these names as Russian does; Mongolian too, with ж for дж, as its press writes other foreign names. Every
result is a candidate for review.
"""

from __future__ import annotations

import re

from briefing.names._text import LETTER_WORD, by_pieces, match_case, mongolian_j

SYSTEM_IT = "italian"
SYSTEM_ES = "spanish"

_ROMAN_NUMERAL = re.compile(r"[IVXL]+")
_VOWELS = frozenset("aeiouáéíóúàèìòùü")
_PLAIN_VOWELS = {"a": "а", "á": "а", "à": "а", "e": "е", "é": "е", "è": "е", "i": "и", "í": "и", "ì": "и",
                 "o": "о", "ó": "о", "ò": "о", "u": "у", "ú": "у", "ù": "у", "ü": "у"}
_IOTATED = {"a": "я", "á": "я", "e": "е", "é": "е", "o": "ё", "ó": "ё", "u": "ю", "ú": "ю", "i": "и", "í": "и"}
_AFTER_SOFT = {"a": "ья", "á": "ья", "e": "ье", "é": "ье", "o": "ьо", "ó": "ьо", "u": "ью", "ú": "ью"}
_CONSONANTS = {"b": "б", "c": "к", "d": "д", "f": "ф", "g": "г", "h": "", "j": "й", "k": "к", "l": "л", "m": "м",
               "n": "н", "p": "п", "q": "к", "r": "р", "s": "с", "t": "т", "v": "в", "w": "в", "x": "кс", "y": "и",
               "z": "ц", "ñ": "нь"}


# Names that tell a Spanish name by their shape when the text gives no country: given names no other language in
# the news writes so, and common surnames (with the patronymic -ez: Rodríguez, Martínez, López)
_SPANISH_GIVEN_NAMES = frozenset(
    "jorge jose juan carlos miguel raul pedro pablo alejandro fernando manuel francisco javier diego gustavo eduardo "
    "ricardo andres enrique ernesto felipe ramon rodrigo santiago gonzalo ignacio jaime joaquin mauricio rodolfo "
    "vicente alfonso guillermo nestor luis".split())
_SPANISH_SURNAMES = frozenset(
    "ortega castro maduro morales garcia torres flores rivera vargas castillo romero herrera medina aguilar reyes "
    "mendoza moreno rojas delgado navarro ruiz diaz bermudez canel cardenas vega soto cruz ramos ortiz".split())
_PATRONYMIC_EZ = re.compile(r"[a-z]{3,}ez")


def is_spanish(keys: list[str]) -> bool:
    """'Jorge Rodriguez', 'Daniel Ortega', 'Raul Castro': folded words a Spanish name is made of."""
    return len(keys) >= 2 and (keys[0] in _SPANISH_GIVEN_NAMES or any(key in _SPANISH_SURNAMES for key in keys[1:])
                               or bool(_PATRONYMIC_EZ.fullmatch(keys[-1])))


def transliterate(text: str, origin: str, mongolian: bool = False) -> str:
    """Every word of ``text`` by the Italian (``origin`` "it") or Spanish ("es") rules."""
    convert = _italian if origin == "it" else _spanish

    def word(match: re.Match[str]) -> str:
        written = match.group(0)
        if _ROMAN_NUMERAL.fullmatch(written):
            return written  # "Felipe VI": a regnal number, not a word
        return match_case(written, convert(written.lower()))

    result = LETTER_WORD.sub(word, text)
    return mongolian_j(result) if mongolian else result


def _vowel(letter: str, opens_word: bool) -> str:
    return "э" if opens_word and letter in "eéè" else _PLAIN_VOWELS[letter]


_SOFTENING = ("e", "i", "é", "è", "ì", "í")


def _italian(word: str) -> str:
    return _tidied(_joined_iotation(by_pieces(word, _italian_piece)))


def _italian_piece(word: str, i: int) -> tuple[str, int]:
    rest = word[i:]
    nxt, after = rest[1:2], rest[2:3]
    if rest.startswith("sch"):
        return "ск", 3
    if rest.startswith("sc") and after in _SOFTENING:
        return "ш", 3 if after == "i" and rest[3:4] in _VOWELS else 2
    if rest.startswith(("cch", "ggh")):
        return ("кк" if rest[0] == "c" else "гг"), 3
    if rest.startswith(("ch", "gh")):
        return ("к" if rest[0] == "c" else "г"), 2
    if rest.startswith(("cc", "gg")) and after in _SOFTENING:
        return ("ч" if rest[0] == "c" else "дж"), 3 if after == "i" and rest[3:4] in _VOWELS else 2
    if rest[0] in "cg" and nxt in _SOFTENING:  # Giorgia → Джорджа: the i only softens
        return ("ч" if rest[0] == "c" else "дж"), 2 if nxt == "i" and after in _VOWELS else 1
    if rest.startswith("gli"):
        return ("ль" if after in _VOWELS and rest[3:4] in _VOWELS else "ли"), 3
    if rest.startswith("gn"):
        return "нь", 2
    if rest.startswith(("qu", "gu")) and after in _VOWELS:
        return ("кв" if rest[0] == "q" else "гв"), 2
    if rest[0] == "j":
        return "й", 1
    if rest[0] == "s" and i > 0 and word[i - 1] in _VOWELS and nxt in _VOWELS:
        return "з", 1
    if rest[0] in _VOWELS:
        return _vowel(rest[0], opens_word=i == 0), 1
    return _CONSONANTS.get(rest[0], rest[0]), 1


def _spanish(word: str) -> str:
    # a final -iel is -иэль, as in the Russian tables' Daniel → Даниэль, Gabriel → Габриэль (but Diego → Диего)
    # a final -ia is -ия: María → Мария, García → Гарсия (the Russian tables' Spanish -ía)
    return re.sub(r"иа$", "ия", re.sub(r"иель$", "иэль", _tidied(by_pieces(word, _spanish_piece))))


def _spanish_piece(word: str, i: int) -> tuple[str, int]:
    rest = word[i:]
    nxt, after = rest[1:2], rest[2:3]
    if rest.startswith("ll") or rest[0] == "ñ":
        width = 2 if rest[0] == "l" else 1
        following = word[i + width:i + width + 1]
        if following in _AFTER_SOFT:  # Castillo → Кастильо, Peña → Пенья
            return ("л" if rest[0] == "l" else "н") + _AFTER_SOFT[following], width + 1
        return ("ль" if rest[0] == "l" else "нь"), width
    if rest.startswith("ch"):
        return "ч", 2
    if rest.startswith(("qu", "gu")) and after in ("e", "i", "é", "í"):
        return ("к" if rest[0] == "q" else "г"), 2
    if rest[0] in "gj" and (rest[0] == "j" or nxt in ("e", "i", "é", "í")):
        return "х", 1
    if rest[0] == "c" and nxt in ("e", "i", "é", "í") or rest[0] == "z":
        return "с", 1
    if rest[0] == "y" and rest[1:] == "a" and i > 0 and word[i - 1] in _VOWELS:
        return "йя", 2  # a final -aya, -oya: Zelaya → Селайя, Goya → Гойя
    if rest[0] == "y":
        return ("й" if nxt in _IOTATED or (i > 0 and word[i - 1] in _VOWELS) else "и"), 1
    if rest[0] == "i" and i > 0 and word[i - 1] in "aeo" and nxt and nxt not in _VOWELS and nxt != "y":
        return "й", 1  # a falling diphthong before a consonant: Jaime → Хайме, Ferreiro → Феррейро (Luis stays Луис)
    if rest[0] in _VOWELS:  # a vowel after a silent initial h opens the word: Hernández → Эрнандес
        return _vowel(rest[0], opens_word=i == 0 or (i == 1 and word[0] == "h")), 1
    return _CONSONANTS.get(rest[0], rest[0]), 1


def _tidied(text: str) -> str:
    """What both languages share: l before a consonant or at the end is soft (Alberti → Альберти, Miguel →
    Мигель); й before a vowel iotates it (Tajani → Таяни); e after a vowel is э (Manuel → Мануэль); i between
    vowels or after a vowel at the end is й (Di Maio → Ди Майо, Milei → Милей)."""
    text = re.sub(r"л(?=[бвгджзйкмнпрстфхцчшщ]|$)", "ль", text)
    text = re.sub(r"(?<=[аеиоуэюя])и(?=[аеоуэ]|$)", "й", text)
    text = re.sub(r"(?<=[аеиоуэюя])й([аоуе])", lambda m: {"а": "я", "о": "йо", "у": "ю", "е": "йе"}[m.group(1)], text)
    return re.sub(r"(?<=[аоуэюя])е", "э", text)


def _joined_iotation(text: str) -> str:
    """Italian ie, io after a consonant: Pietro → Пьетро, Fiore → Фьоре (a final -io stays: Antonio)."""
    text = re.sub(r"(?<=[бвгдзклмнпрстфхцчш])ие(?=[а-яё])", "ье", text)
    return re.sub(r"(?<=[бвгдзклмнпрстфхцчш])ио(?=[а-яё])", "ьо", text)
