"""Hungarian names → Cyrillic by the Russian practical transcription of Hungarian.

The rules are those of Гиляревский and Старостин, «Иностранные имена и названия в русском тексте»
(1985), the Hungarian table, as the Russian press applies them (Виктор Орбан, Петер Сийярто, Ласло
Кёвер, Тамаш Шуйок, Дьёрдь): Hungarian spelling is regular, so each letter or digraph has one
reading:

* s ш, sz с, zs ж, cs ч, c ц, dzs дж, j and ly й, gy дь, ny нь, ty ть; before a vowel gy keeps its
  soft sign and iotates the vowel (Magyar → Мадьяр, György → Дьёрдь), ny and ty iotate it (nya ня,
  tyu тю; nyo ньо), and j or ly with a vowel is one iotated letter (já я, jú ю; Szijjártó → Сийярто:
  the first j й, the second with á я), but jo and lyo stay йо (Sulyok → Шуйок);
* a á а, e é е (э at the start of a word or after a vowel: Erdő → Эрдё), i í и, o ó о, u ú у,
  ö ő ё (э at the start), ü ű ю; a final y after a consonant in old spellings is и;
* the old spelling ch is х at the end of a word (Such → Шух) and ч inside it (Széchenyi → Сечени);
  a doubled consonant stays doubled (Hollik → Холлик).

Kazakh writes Hungarian names as Russian does (Akorda «Виктор Орбан»); Mongolian writes ö and ü with
its own letters (parliament.mn «Дьөрдь Шух»). Every result is a candidate for review.
"""

from __future__ import annotations

import re

from briefing.names._text import by_pieces, match_case, sub_words

SYSTEM = "hungarian"

# letters only Hungarian uses among the Latin alphabets the other modules read
_HUNGARIAN_LETTERS = re.compile(r"[őű]")
_DIGRAPHS = re.compile(r"sz|zs|gy|cs|ny|ly|ty")
_ACUTE = re.compile(r"[áéíóú]")

_VOWELS = frozenset("aáeéiíoóöőuúüű")
_PLAIN_VOWELS = {"a": "а", "á": "а", "e": "е", "é": "е", "i": "и", "í": "и", "o": "о", "ó": "о",
                 "ö": "ё", "ő": "ё", "u": "у", "ú": "у", "ü": "ю", "ű": "ю"}
# a vowel after a soft consonant (gy, ny, ty) or after j/ly: iotated where Russian has a letter for it
_IOTATED = {"a": "я", "á": "я", "e": "е", "é": "е", "i": "и", "í": "и", "o": "о", "ó": "о",
            "ö": "ё", "ő": "ё", "u": "ю", "ú": "ю", "ü": "ю", "ű": "ю"}
_SOFT = {"gy": "дь", "ny": "нь", "ty": "ть"}
_GROUPS = (("dzs", "дж"), ("sz", "с"), ("zs", "ж"), ("cs", "ч"), ("dz", "дз"), ("th", "т"))  # th: old (Németh)
_LETTERS = {
    "b": "б", "c": "ц", "d": "д", "f": "ф", "g": "г", "h": "х", "k": "к", "l": "л", "m": "м", "n": "н",
    "p": "п", "q": "к", "r": "р", "s": "ш", "t": "т", "v": "в", "w": "в", "x": "кс", "z": "з",
}


# given names only Hungarians bear, as English texts spell them without accents ("Karoly Borbely", a Hungarian of
# Romania): they tell the name's origin when its letters do not
_GIVEN_NAMES = frozenset("laszlo karoly gyorgy zoltan sandor istvan janos gabor tamas ferenc csaba levente zsolt "
                         "zsigmond lajos gyula imre miklos szabolcs balazs matyas erzsebet ildiko zsuzsanna "
                         "gyongyi".split())


def is_hungarian(text: str) -> bool:
    """Whether the name looks Hungarian: ő or ű, an acute vowel beside a Hungarian digraph (Szijjártó), or a given
    name only Hungarians bear (Karoly, Laszlo)."""
    low = text.lower()
    first = low.split()[0] if low.split() else ""
    return bool(_HUNGARIAN_LETTERS.search(low)) or bool(_ACUTE.search(low) and _DIGRAPHS.search(low)) or \
        _folded(first) in _GIVEN_NAMES


def _folded(word: str) -> str:
    return word.translate(str.maketrans("áéíóöőúüű", "aeiooouuu"))


def transliterate(text: str, lang: str = "ru") -> str:
    """The Cyrillic of a Hungarian name: the Russian form, which Kazakh writes too; Mongolian writes
    ö/ő as ө and ü/ű as ү."""
    if lang == "mn":
        return sub_words(text, lambda word: _word(word, mongolian=True))
    return sub_words(text, _word)


def _word(word: str, mongolian: bool = False) -> str:
    return match_case(word, "-".join(_part(part, mongolian) for part in word.lower().split("-")))


def _part(low: str, mongolian: bool) -> str:
    return by_pieces(low, lambda text, i: _next(text, i, mongolian))


def _next(low: str, i: int, mongolian: bool) -> tuple[str, int]:
    rest = low[i:]
    before = low[i - 1] if i else ""
    char = rest[0]
    if char in _VOWELS:
        return _vowel(char, start=not before or before in _VOWELS, mongolian=mongolian), 1
    if rest.startswith("ch"):
        return ("х" if len(rest) == 2 else "ч"), 2  # old spellings: Such → Шух, Széchenyi → Сечени
    for soft in ("gy", "ny", "ty"):
        doubled = rest.startswith(soft[0] + soft)  # ggy, nny, tty: the consonant doubled
        if rest.startswith(soft) or doubled:
            size = 3 if doubled else 2
            stem = _SOFT[soft][0] * (2 if doubled else 1)
            after = rest[size:size + 1]
            return _soft_before(soft, stem, after, mongolian), size + (1 if after in _VOWELS else 0)
    if rest.startswith("ly") or char == "j":
        size = 2 if rest.startswith("ly") else 1
        after = rest[size:size + 1]
        if after in _VOWELS and after not in "oóöő":
            return _iotated(after, mongolian), size + 1  # Sulyok → Шуйок keeps йо; já → я, jú → ю
        return "й", size
    for group, cyrillic in _GROUPS:
        if rest.startswith(group):
            return cyrillic, len(group)
    if char == "y" and before and before not in _VOWELS and len(rest) == 1:
        return "и", 1  # an old final y: Batthyány → …ни, Dessewffy → Дежёффи
    return _LETTERS.get(char, char), 1


def _soft_before(soft: str, stem: str, after: str, mongolian: bool) -> str:
    """gy, ny, ty: the soft sign at the end or before a consonant (Nagy → Надь); before a vowel gy keeps it
    and iotates the vowel (Magyar → Мадьяр, György → Дьёрдь), ny and ty only iotate it (nya ня, tyu тю)
    except before o and ö (nyo ньо)."""
    if after not in _VOWELS:
        return stem + "ь"
    if soft == "gy" or after in "oóöő":
        return stem + "ь" + _iotated(after, mongolian)
    return stem + _iotated(after, mongolian)


def _vowel(char: str, start: bool, mongolian: bool) -> str:
    if mongolian and char in _MONGOLIAN_VOWELS:
        return _MONGOLIAN_VOWELS[char]
    if start and char in "eéöő":
        return "э"  # Erdő → Эрдё, Ödön → Эдён
    return _PLAIN_VOWELS[char]


def _iotated(char: str, mongolian: bool) -> str:
    return _MONGOLIAN_VOWELS[char] if mongolian and char in _MONGOLIAN_VOWELS else _IOTATED[char]


_MONGOLIAN_VOWELS = {"ö": "ө", "ő": "ө", "ü": "ү", "ű": "ү"}  # Mongolian has letters of its own for ö and ü
