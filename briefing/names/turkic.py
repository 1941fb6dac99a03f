"""Turkish, Azerbaijani, Uzbek and Turkmen names in their Latin alphabets → Cyrillic.

Letters as the alphabets define them (en.wikipedia.org "Turkish alphabet", "Azerbaijani
alphabet", "Uzbek alphabet", "Turkmen alphabet") and as the Russian practical transcription
renders them (Гиляревский, Старостин, «Иностранные имена и названия в русском тексте», 1985):
c дж, ç ч, ş ш, ğ г, ı ы, ö ё (о at the start), ü ю (у at the start), ə а, x х, q к (г at the
start of an Azerbaijani word or before a vowel: Budaqov → Будагов), Uzbek oʻ у, gʻ г, Turkmen ý й, ň н, ž ж, w в, y ы; word-initial
e is э; l is soft (ль) at the end of a word or before a consonant when the vowel before it is a
front vowel (İlham → Ильхам, Gül → Гюль) and hard after a back one (Özoral → Озорал, Sputnik
Azerbaijan az.sputniknews.ru/20210410/…426665791.html «Эркана Озорала»), except in the Arabic
loan names whose long â keeps the l palatal in Turkish (Kemal → Кемаль, Celal → Джеляль); doubled
yy is й (Tayyip → Тайип).

A few name parts keep a traditional form instead of their letters (Erdogan, written without its ğ, is kk
Ердоған as Akorda writes the President's name): İbrahim → ru/kk Ибрагим (the
Russian tradition for the Arabic name, mk-turkey.ru 2023 «Ибрагима Калына»; mn keeps the
letters, Ибрахим), and Hazar, the Turkish spelling of Azerbaijani Xəzər "Caspian" → Хазар (apa.az
"Khazar Ibrahim", 2019), never the Гейдар-type г of Arabic-origin names.

English text often drops the diacritics (Recep Tayyip Erdogan, Mevlut Cavusoglu): a Turkish name of
``data/turkish_name_parts.csv`` gets its letters back (Yasar Guler → Yaşar Güler → Яшар Гюлер, Akif Cagatay
Kilic → Акиф Чагатай Кылыч); any other is read by the same rules (c is дж), which the origin (the person's
country) selects.
Kazakh output writes the Kazakh letters the Kazakh press uses for these names: ө, ү, ғ, қ, ә,
and ж for c and j (Режеп Тайип Ердоған, Ильхам Әлиев); Mongolian output follows the Russian
except for ö and ü, which it writes with its own ө and ү (zms.mn/a/93187 «Мевлүт Чавушолу»), and c and j,
which it writes ж, the Mongolian [dʒ] (Жамшид, Жевдет: the Mongolian translator's review, rev19).
"""

from __future__ import annotations

from briefing.names._text import match_case, read_pairs, sub_words

SYSTEM = "turkic"
ORIGINS = ("tr", "az", "uz", "tk")
_VOWELS = frozenset("aeıioöuüəäyâîû")
_FRONT = frozenset("eiöüəä")
_APOSTROPHES = "'\u2019\u02bb\u02bc\u2018`"
_RU = {
    "a": "а", "b": "б", "c": "дж", "ç": "ч", "d": "д", "f": "ф", "g": "г", "ğ": "г", "h": "х", "ı": "ы", "i": "и",
    "j": "ж", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "q": "к", "r": "р", "s": "с", "ş": "ш",
    "t": "т", "u": "у", "v": "в", "w": "в", "x": "х", "z": "з", "ə": "а", "ä": "а", "ň": "н", "ž": "ж", "ý": "й",
    "â": "а", "î": "и", "û": "у", "e": "е", "ö": "ё", "ü": "ю", "y": "й",
}
_PALATAL_L_NAMES = frozenset({"kemal", "cemal", "celal", "celâl", "kemâl", "bilal", "hilal", "nihal", "cemil", "halil"})
_TRADITIONAL = {
    "ibrahim": {"ru": "Ибрагим", "kk": "Ибрагим"},
    # a common surname English writes without its ğ: Akorda writes the President «Режеп Тайып Ердоған»
    "erdogan": {"kk": "Ердоған"},
    "hazar": {"ru": "Хазар", "kk": "Хазар", "mn": "Хазар"},
    "xəzər": {"ru": "Хазар", "kk": "Хазар", "mn": "Хазар"},
    # English "Ismail" hides the back ı of İsmayıl: never «Исмаиль» (ru «Исмаилзаде», Trend; review 39)
    "ismail": {"ru": "Исмаил", "kk": "Исмаил", "mn": "Исмаил"},
}
# Azerbaijani Məmməd, which English writes Mammad, is «Мамед» in the Russian tradition (Мамедов, Мамедъяров; the Milli
# Majlis's Russian site «Джейхун Мамедов», review 39); the Persian "-zade(h)" of a surname is «-заде» (Исмаилзаде)
_TRADITIONAL_STEMS = {"mammad": "мамед", "mamad": "мамед"}
_ZADE = ("zadeh", "zade")
_MN = {"ö": "ө", "ü": "ү", "c": "ж"}  # Mongolian ж is [dʒ]: «Жамшид», «Жевдет» (the Mongolian review, rev19)
_KK = {"ğ": "ғ", "q": "қ", "ə": "ә", "ä": "ә", "ň": "ң", "c": "ж", "ö": "ө", "ü": "ү"}


def to_cyrillic(text: str, origin: str, lang: str) -> str:
    return sub_words(text, lambda word: _word(word, origin, lang))


def _word(word: str, origin: str, lang: str) -> str:
    low = word.replace("İ", "i").replace("I", "ı" if origin in ("tr", "az") and _has_turkic_letters(word) else "i").lower()
    if origin == "tr" and not _has_turkic_letters(word):
        low = _turkish_spellings().get(low, low)  # "Yasar Guler" as Turkish writes it, Yaşar Güler: Яшар Гюлер
    traditional = _TRADITIONAL.get(low.replace("ı", "i"), {}).get(lang)
    if traditional:
        return match_case(word, traditional.lower())
    zade = next((ending for ending in _ZADE if low.endswith(ending) and len(low) > len(ending) + 2), None)
    if zade:  # "Ismailzadeh": the name, then «заде»
        return match_case(word, _word(word[:-len(zade)], origin, lang).lower() + "заде")
    stem = next((stem for stem in _TRADITIONAL_STEMS if low.startswith(stem) and origin == "az"), None)
    if stem:
        rest = word[len(stem):]
        hard = "ъ" if rest[:1].lower() == "y" and rest[1:2].lower() in _VOWELS else ""  # Мамедъяров
        return match_case(word, _TRADITIONAL_STEMS[stem] + hard + _word(rest, origin, lang).lower())
    out: list[str] = []
    i = 0
    while i < len(low):
        char = low[i]
        before = low[i - 1] if i else ""
        after = low[i + 1] if i + 1 < len(low) else ""
        if char in _APOSTROPHES:
            i += 1
            continue
        # Uzbek oʻ / gʻ and the digraphs of Uzbek and of English spellings
        if char in "og" and after and after in _APOSTROPHES:
            out.append(("ғ" if lang == "kk" else "г") if char == "g" else "у")
            i += 2
            continue
        two = low[i : i + 2]
        if two in ("sh", "ch", "kh", "zh", "ts", "dj"):
            out.append({"sh": "ш", "ch": "ч", "kh": "х", "zh": "ж", "ts": "ц", "dj": "ж" if lang == "mn" else "дж"}[two])
            i += 2
            continue
        if two == "ng" and origin == "uz":
            out.append("нг")
            i += 2
            continue
        if char == "y":
            if after == "y":
                i += 1
                continue  # Tayyip → Тайип
            iotated = {"a": "я", "u": "ю", "o": "ё", "e": "е"}.get(after)
            if iotated and (not before or before in _VOWELS):
                out.append(iotated)
                i += 2
                continue
            if iotated and before not in _VOWELS and not (origin == "tk" and after not in "ae"):
                # English spells the iotated vowel after a consonant with y: Mammadyarov → Мамедъяров
                # (Azerbaijani writes the hard sign), Orazgeldyev → Оразгелдиев; never «дй»
                out.append("ие" if after == "e" else ("ъ" if origin == "az" else "ь") + iotated)
                i += 2
                continue
            # between consonants or at the end after one, y is English's vowel (Esenmyrat, Gurbanguly): ы
            out.append("ы" if before and before not in _VOWELS and after not in _VOWELS else "й")
            i += 1
            continue
        out.append(_letter(char, before, after, origin, lang, low[:i], low))
        i += 1
    return match_case(word, "".join(out))


def _letter(char: str, before: str, after: str, origin: str, lang: str, seen: str, word: str) -> str:
    initial = not seen
    if char == "q" and origin == "az" and (initial or after in _VOWELS):
        return "г"  # Quliyev → Гулиев, Budaqov → Будагов (in every language: the sound is g), but Tofiq → Тофик
    if lang == "kk" and char in _KK:
        return _KK[char]
    if lang == "mn" and char in _MN:
        return _MN[char]
    if lang == "kk" and char == "e" and initial:
        return "е"
    if char == "j" and origin in ("uz", "tk", "az") and lang == "ru":
        return "дж"  # Jamshid → Джамшид; Jeyhun → Джейхун (kk and mn write ж: Жамшид)
    if char == "e" and (initial or (before in _VOWELS and origin in ("tr", "az"))):
        return "э"  # Erdoğan → Эрдоган; but Khodjaev → Ходжаев
    if char in "öü" and (initial or before in _VOWELS):
        return "о" if char == "ö" else "у"
    if char == "h" and origin == "az" and initial and after not in ("i", "ı", ""):
        return "г"  # Heydər → Гейдар, Həsənov → Гасанов (but Hikmət → Хикмет)
    if char == "ğ" and origin == "az" and not after:
        return "х"
    # Turkish and Azerbaijani soften an l that closes a syllable (Эльмар); Turkmen only one that ends the word
    # (Дуньягозель), not one before a consonant (Мыратгелди, Оразгелдиев)
    if char == "l" and (not after or (after not in _VOWELS and origin != "tk")) and _palatal_l(seen, word):
        # Kazakh ө, ү, ә and Mongolian ө, ү already mark the front vowel: no soft sign after them
        marked = _KK if lang == "kk" else _MN if lang == "mn" else {}
        return "л" if _last_vowel(seen) in marked else "ль"
    return _RU.get(char, char)


def _palatal_l(seen: str, word: str) -> bool:
    """Whether a closing l (word-final or before a consonant) is soft: the nearest vowel before it decides."""
    vowel = _last_vowel(seen)
    return bool(vowel) and (vowel in _FRONT or word in _PALATAL_L_NAMES)


def _last_vowel(seen: str) -> str:
    vowels = [c for c in seen if c in _FRONT or c in "aıouâîû"]
    return vowels[-1] if vowels else ""


def _turkish_spellings() -> dict[str, str]:
    """Turkish names English writes without their letters → the Turkish spelling (data/turkish_name_parts.csv)."""
    return read_pairs("turkish_name_parts.csv", "ascii", "turkish")


def _has_turkic_letters(word: str) -> bool:
    return any(c in "şçğıəöüŞÇĞƏÖÜ" for c in word)
