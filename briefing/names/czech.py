"""Czech and Slovak names → Cyrillic by the Russian practical transcription of Czech.

The rules are those of Гиляревский and Старостин, «Иностранные имена и названия в русском тексте»
(1985), the Czech table, as the Russian press applies them (Ян Липавский, Петр Фиала, Андрей Бабиш,
Милош Земан, Иржи Шедивы):

* č ч, š ш, ž ж, ř рж (рш before a voiceless consonant or at the end), ch х, h г, c ц, w в, x кс;
* ň ď ť are нь дь ть, and ě after them (and after any consonant) is е; l is л;
* j with a vowel is one iotated letter (ja я, je е, ju ю, ji и), else й; i and í are и, y and ý ы;
* á é ó ú ů are а е о у у; e opens a word as э;
* surnames in -ský, -cký take the Russian adjectival ending (-ский, -цкий), the feminine -ská, -cká
  the ending -ская, -цкая (Lipavský → Липавский).

Slovak shares the letters (ľ ль, ô уо, ä е). Kazakh writes these names as Russian does; Mongolian
too. Every result is a candidate for review.
"""

from __future__ import annotations

from briefing.names._text import by_pieces, fold, match_case, sub_words

SYSTEM = "czech"

_VOWELS = frozenset("aáeéěiíoóuúůyýäô")
_IOTATED = {"a": "я", "á": "я", "e": "е", "é": "е", "ě": "е", "u": "ю", "ú": "ю", "ů": "ю", "i": "и", "í": "и",
            "o": "йо", "ó": "йо"}
_PLAIN = {"a": "а", "á": "а", "e": "е", "é": "е", "ě": "е", "i": "и", "í": "и", "o": "о", "ó": "о", "u": "у", "ú": "у",
          "ů": "у", "y": "ы", "ý": "ы", "ä": "е", "ô": "уо"}
_LETTERS = {
    "b": "б", "c": "ц", "č": "ч", "d": "д", "ď": "дь", "f": "ф", "g": "г", "h": "г", "k": "к", "l": "л", "ľ": "ль",
    "ĺ": "л", "m": "м", "n": "н", "ň": "нь", "p": "п", "q": "к", "r": "р", "ŕ": "р", "s": "с", "š": "ш", "t": "т",
    "ť": "ть", "v": "в", "w": "в", "x": "кс", "z": "з", "ž": "ж",
}
_VOICELESS = frozenset("ptkfsšcčhx")
# (the English press often drops the accent: Lipavsky is Lipavský)
_ADJECTIVAL = (("ský", "ский"), ("cký", "цкий"), ("ská", "ская"), ("cká", "цкая"), ("sky", "ский"), ("cky", "цкий"),
               ("ska", "ская"), ("cka", "цкая"))
_CZECH_COUNTRIES = frozenset({"CZ", "SK"})


def transliterate(text: str) -> str:
    """Each Latin word of ``text`` in Cyrillic by the Czech table; other words stay."""
    return sub_words(text, _word)


def _word(word: str) -> str:
    low = word.lower()
    ending = next(((latin, cyrillic) for latin, cyrillic in _ADJECTIVAL if low.endswith(latin) and len(low) > 4), None)
    stem = low[: -len(ending[0])] if ending else low
    return match_case(word, by_pieces(stem, _piece) + (ending[1] if ending else ""))


def _piece(word: str, i: int) -> tuple[str, int]:
    rest = word[i:]
    letter = rest[0]
    if rest.startswith("ch"):
        return "х", 2
    if letter == "j":
        after = rest[1:2]
        if after in _IOTATED:
            return _IOTATED[after], 2  # Jan → Ян, Jiří → Иржи
        return "й", 1
    if letter == "ř":
        after = rest[1:2]
        return ("рш" if not after or after in _VOICELESS else "рж"), 1
    if letter in _PLAIN:
        if letter in "eé" and i == 0:
            return "э", 1
        return _PLAIN[letter], 1
    return _LETTERS.get(letter, fold(letter)), 1


def is_czech_country(code: str | None) -> bool:
    return code in _CZECH_COUNTRIES
