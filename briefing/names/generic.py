"""Russian-style Latin → Cyrillic letter rules: the fallback for names of any other origin.

Moved here from ``briefing/transliterate.py`` (terminology.md §5). The output is a
*candidate* for a human check, never a fact: English spellings lose letters (Қ, Ұ, Ү, Ө,
Ә, the soft sign ь) that no rule can restore; the origin-specific systems beside this
module (Kazakh, Mongolian, Russian, Palladius…) restore what their data knows.

* **Mongolian mode** (``mongolian=True``) reads MNS 5217 / press spellings: e → э,
  y → ы (``-yn`` → ``-ын``), ii → ий (``-iin`` → ``-ийн``), double vowels stay double,
  ü/ö → ү/ө in Mongolian output. Russian and Kazakh output drop ү/ө (Хүрэлсүх → Хурэлсух).
* **Otherwise** the Russian conventions, which the Mongolian press also uses for foreign
  names (К.Токаев): word-initial E/Ye → Е, e → е, consonant + ya/yu/ye/yo → ь + я/ю/е/ё
  (Sabilyanov → Сабильянов) but a final -yan after a consonant → -ян, as Russian spells Armenian
  surnames (Pashinyan → Пашинян, kremlin.ru), ss → с (Kassym → Касым), y between consonants → ы,
  y or i after a vowel → й (Nurtai → Нуртай), and the English doubled vowels ee → и,
  oo → у (Naveed → Навид, Mahmood → Махмуд, as Russian renders English spellings).
* **Kyrgyz mode** (``kyrgyz=True``) keeps Kyrgyz long vowels double, as the Russian spelling of
  Kyrgyz names does: ee → ээ (Jeenbekov → Жээнбеков), oo → оо (Sooronbay → Сооронбай); a final -eev is a
  stem's e before the surname's -ev (Azhikeev → Ажикеев).
* **Kazakh output** adds only the rules that are sure: q → қ, gh → ғ, ä → ә,
  ``-uly`` → ``-ұлы``, ``-kyzy`` → ``-қызы``.

Common digraphs: shch щ, dzh дж, kh х, zh ж, sh ш, ch ч, ts ц, ph ф, ck к, th т. Capitalization
is kept word-piece by word-piece (ASTANA → АСТАНА); digits and punctuation pass through;
every Latin letter becomes Cyrillic.
"""

from __future__ import annotations

import re
import unicodedata

from briefing.names._text import sub_words

_VOWELS = frozenset("aeiouyäöüāēīōūı")
# Markers of a Mongolian name in English spelling: long vowels and the genitive endings (ee and
# oo, which English and Urdu spellings double too, count in names.origin only beside kh or ts).
MONGOLIAN_MARKERS = re.compile(r"aa|uu|üü|öö|ii|[iy]in\b|[^aeiou\W]yn\b|[üö]", re.IGNORECASE)

_DIGRAPHS = (  # longest first
    ("shch", "щ"), ("dzh", "дж"), ("kh", "х"), ("zh", "ж"), ("sh", "ш"),
    ("ch", "ч"), ("ts", "ц"), ("ph", "ф"), ("ck", "к"), ("th", "т"),  # English th: Thomas → Томас
)
_IOTATED = {"a": "я", "u": "ю", "o": "ё", "e": "е"}
_LETTERS = {
    "a": "а", "b": "б", "c": "к", "d": "д", "f": "ф", "g": "г", "h": "х", "j": "ж", "k": "к",
    "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "q": "к", "r": "р", "s": "с", "t": "т",
    "u": "у", "v": "в", "w": "в", "x": "кс", "z": "з",
    "ä": "а", "ö": "о", "ü": "у", "ğ": "г", "ñ": "н", "ş": "ш", "ı": "ы", "ū": "у", "ç": "ч",
}
_KAZAKH_LETTERS = {"q": "қ", "ä": "ә", "ğ": "ғ", "ñ": "ң", "ū": "ұ", "ö": "ө", "ü": "ү"}
_MONGOLIAN_LETTERS = {"ö": "ө", "ü": "ү"}


def transliterate(text: str, lang: str, *, mongolian: bool = False, kyrgyz: bool = False, foreign: bool = False) -> str:
    """A Cyrillic candidate for the Latin words of ``text`` in ``lang`` (ru, kk or mn); ``foreign``: a name of no
    Cyrillic-writing people, whose initial E is Э as Russian spells foreign names (Ebrahim → Эбрахим)."""
    return sub_words(text, lambda word: convert_word(word, lang, mongolian, kyrgyz, foreign))


def convert_word(word: str, lang: str, mongolian: bool = False, kyrgyz: bool = False, foreign: bool = False) -> str:
    """One Latin word: convert piece by piece, then restore the source capitalization."""
    low = word.replace("İ", "I").lower()
    pieces: list[str] = []
    i = 0
    while i < len(low):
        cyrillic, size = _next_piece(low, i, lang, mongolian, kyrgyz, foreign)
        if word[i].isupper() and cyrillic:
            cyrillic = cyrillic[0].upper() + cyrillic[1:]
        pieces.append(cyrillic)
        i += size
    result = "".join(pieces)
    letters = [c for c in word if c.isalpha()]
    return result.upper() if len(letters) > 1 and all(c.isupper() for c in letters) else result


def _next_piece(low: str, i: int, lang: str, mongolian: bool, kyrgyz: bool = False,
                foreign: bool = False) -> tuple[str, int]:
    """The Cyrillic for the Latin piece starting at ``low[i]`` and how many letters it used."""
    rest = low[i:]
    before = low[i - 1] if i else ""
    after = low[i + 1] if i + 1 < len(low) else ""

    if not low[i].isalpha():
        return low[i], 1  # an apostrophe inside a word (O'Brien) stays
    if lang == "kk" and not mongolian:
        for ending, cyrillic in (("uly", "ұлы"), ("kyzy", "қызы")):  # Kazakh patronymics
            if rest == ending and i > 0:
                return cyrillic, len(ending)
    if rest.startswith("ii") and (mongolian or rest in ("ii", "iin")):
        return "ий", 2  # Mongolian long i; -iin patronymic (Dashzegviin → Дашзэгвийн)
    if mongolian and rest.startswith("dz"):
        return "з", 2  # BGN/PCGN dz
    if rest.startswith("gh"):
        return ("ғ" if lang == "kk" else "г"), 2
    for latin, cyrillic in _DIGRAPHS:
        if rest.startswith(latin):
            return cyrillic, len(latin)
    if rest.startswith("ss") and not mongolian:
        return "с", 2  # Kassym → Касым
    if rest.startswith(("ee", "oo")) and not mongolian:
        if kyrgyz and re.fullmatch(r"eev(?:a)?", rest):
            return "ее", 2  # a stem's e before the surname's -ev: Azhikeev → Ажикеев (the review of fresh65)
        if kyrgyz:
            return ("ээ" if low[i] == "e" else "оо"), 2  # Jeenbekov → Жээнбеков
        return ("и" if low[i] == "e" else "у"), 2  # Naveed → Навид, Mahmood → Махмуд
    if rest == "yan" and len(low) >= 6 and before and before not in _VOWELS and not mongolian:
        return "ян", 3  # the Armenian surname ending: Pashinyan → Пашинян, Simonyan → Симонян (not -ньян)
    if rest == "yi" and before and before not in _VOWELS and not mongolian:
        return "ый", 2  # a final -yi spells -ый: Mukhammedkalyi → Мухаммедкалый (vb.kg; the reviews of fresh42)
    if foreign and low[i] == "j":
        return "дж", 1  # a foreign name's j is English-like: Jeje Odongo → Джедже Одонго (the readers of session 24)
    if foreign and low[i] == "y" and after == "o" and not before:
        return "й", 1  # Yoweri → Йовери: an opening Yo is Йо, not Ё (as Johannes → Йоханнес)
    if low[i] == "y":
        return _y(before, after, mongolian)
    if rest == "ia" and len(low) >= 5 and before and before not in _VOWELS and not mongolian:
        return "ия", 2  # a final -ia is -ия, as Russian spells it: Bawumia → Бавумия, Olivia → Оливия
    if low[i] == "i" and before in _VOWELS - {"i", "y"} and after not in _VOWELS:
        return "й", 1  # Nurtai → Нуртай
    if low[i] == "e":
        if (kyrgyz and lang != "kk" or foreign) and not before:  # (Kazakh writes a Kyrgyz Erlan as its own Ерлан)
            return "э", 1  # Kyrgyz spelling opens a word with Э: Edil Baisalov → Эдиль, Erlan Abdyldaev → Эрлан
            # (and so does the Russian spelling of foreign names: Ebrahim Raisi → Эбрахим Раиси, kremlin.ru)
        return _e(mongolian), 1
    return letter(low[i], lang, mongolian), 1


def _y(before: str, after: str, mongolian: bool) -> tuple[str, int]:
    if after in _IOTATED:
        soft = "ь" if before and before not in _VOWELS and not mongolian else ""
        return soft + _IOTATED[after], 2  # Sabilyanov → Сабильянов, Amarbayasgalan → Амарбаясгалан
    if before in _VOWELS or after in _VOWELS:
        return "й", 1  # Sergey → Сергей
    return "ы", 1  # Gombojavyn → Гомбожавын, Kassym → Касым


def _e(mongolian: bool) -> str:
    return "э" if mongolian else "е"  # Dashzegviin → Дашзэгвийн; Erlan → Ерлан (Kazakh names take Е-)


def letter(char: str, lang: str, mongolian: bool = False) -> str:
    """One Latin letter on its own (no digraph context)."""
    if lang == "kk" and not mongolian and char in _KAZAKH_LETTERS:
        return _KAZAKH_LETTERS[char]
    if lang == "kk" and char in ("q", "ä"):
        return _KAZAKH_LETTERS[char]
    if lang == "mn" and mongolian and char in _MONGOLIAN_LETTERS:
        return _MONGOLIAN_LETTERS[char]
    if char in _LETTERS:
        return _LETTERS[char]
    if char in _VOWELS:
        return {"i": "и", "ā": "а", "ē": "е", "ī": "и", "ō": "о"}.get(char, "и")
    return _by_unicode_name(char, lang, mongolian)


def _by_unicode_name(char: str, lang: str, mongolian: bool) -> str:
    """Rare Latin letters (é, ž, ø, ß, ł…): transliterate the base letter the Unicode name gives."""
    base = unicodedata.normalize("NFKD", char)[0]
    if base != char and base.isascii():
        return _e(mongolian) if base == "e" else letter(base, lang, mongolian)
    match = re.match(r"LATIN (?:SMALL |CAPITAL )?(?:LETTER|LIGATURE) (\w+)", unicodedata.name(char, ""))
    name = match.group(1).lower() if match else ""
    special = {"sharp": "сс", "ae": "э", "oe": "э", "eth": "д", "thorn": "т", "eng": "н", "schwa": "э", "dotless": "ы"}
    if name in special:
        return special[name]
    if len(name) <= 2:  # "o with stroke" → o; ligatures such as "dz", "lj"
        return "".join(letter(c, lang, mongolian) if c != "e" else "е" for c in name)
    return ""  # phonetic or historic letters (clicks, wynn): never part of a name
