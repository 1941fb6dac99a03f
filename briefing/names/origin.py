"""Where a name comes from: from the person's country when known, else from the name's shape.

Origins are language codes: kk, mn, ru, uk, zh, ja, ko, vi, it, es, de, sh (Serbo-Croatian, Slovene), sa (South Asian), eu (Central and
Northern Europe), ar, fa, tr, az, uz, tk, ky, fr, hu, pl, en, or
"other" (spelled by the generic Russian-style rules). The country (ISO 3166-1 alpha-2) wins
over the shape: a Kazakh citizen named "Li" is not Chinese for this module, and a name the
shape cannot place is "other". Shape signs, strongest first:

* Hangul → ko;
* Vietnamese letters (ơ ư ă đ, tone marks under vowels: Lê Thị Thu Hằng) → vi;
* Arabic particles (bin, ibn, bint, al-, el-, Abu, Sheikh) or two known Arabic name parts → ar;
* letters of the Turkic Latin alphabets: ə → az, oʻ gʻ → uz, ý ň ž ä → tk, ş ğ ı → tr;
* ő or ű, or an acute vowel beside a Hungarian digraph (sz, zs, gy, cs, ny, ly, ty: Szijjártó) → hu;
* a Polish letter (ą ę ł ń ś ź ż ć), a Polish given name (Tomasz, Andrzej) or a Polish surname ending
  beside a Polish digraph (Grodzki, Waszczykowski) → pl;
* a given name only French uses (Philippe, Julien, Jean-…) or French accents (é è ë à ô œ) → fr;
* an English given name of the English table (John, Jennifer) first → en;
* Korean romanization: a Korean surname with Korean syllables, or spellings pinyin lacks
  (eo, eu, ae, oo, ee, hyphenated syllables: Moon Jae-in) → ko;
* every word pinyin and a common Chinese surname first or last → zh;
* Kyrgyz: the patronymic word uulu or kyzy, or a double vowel (Jeenbekov, Sooronbay) in a name
  with a Turkic element or a Russian-style surname ending (-bek, -bay, -ov, -ev) → ky;
* Mongolian markers (aa, uu, ii, üü, öö, -iin/-yn patronymics, ü/ö; ee and oo only beside kh or
  ts, since English and Urdu spellings double them too: Saeed, Mahmood), the press's initial
  glued to the name (D.Demberel, Ts.Tsolmon), or a word made of known Mongolian name elements
  (Khurel+sukh) → mn;
* every word Hepburn-shaped (Japanese morae, no l) with five morae or more (four for a
  single word, Naruhito, or three with shi, chi, tsu, fu, ji…: Kishida) → ja;
* a known Russian given name or a Russian-only ending (-sky, -vich, -ovna) → ru; Ukrainian
  endings (-enko, -chuk, -yy) → uk;
* known Kazakh name elements (a word that is or starts with one), -uly/-kyzy, or a
  Russian-style surname ending (-ov, -ev, -in) → kk.
"""

from __future__ import annotations

import re

from briefing.names import (
    arabic,
    armenian,
    english,
    french,
    georgian,
    german,
    hungarian,
    kazakh,
    kontsevich,
    mongolian,
    palladius,
    polish,
    polivanov,
    romance,
    russian,
    vietnamese,
)
from briefing.names._text import LATIN_WORD, fold

ORIGINS = ("kk", "mn", "ru", "uk", "zh", "ja", "ko", "vi", "ms", "it", "es", "de", "sh", "sa", "eu", "ar", "fa", "tr", "az", "uz", "tk", "ky", "fr", "hu", "pl", "en",
           "hy", "ka", "af", "pt", "br", "cs", "ro", "lv", "other")

COUNTRY_ORIGIN = {
    "KZ": "kk", "MN": "mn", "RU": "ru", "BY": "ru", "UA": "uk",
    "CN": "zh", "TW": "zh", "SG": "zh", "JP": "ja", "KR": "ko", "KP": "ko", "VN": "vi",
    "IT": "it", "SM": "it", "VA": "it",
    "DE": "de", "AT": "de", "CH": "de", "LI": "de",
    "RS": "sh", "HR": "sh", "BA": "sh", "ME": "sh", "SI": "sh", "MK": "sh",  # Serbo-Croatian, Slovene, Macedonian Latin
    "AM": "hy",  # Armenian names in English letters (briefing.names.armenian)
    "GE": "ka",  # Georgian names (briefing.names.georgian)
    "ID": "ms", "MY": "ms", "BN": "ms",  # Indonesian and Malay, spelled as they sound (briefing.names.malay)
    # Central and Northern Europe, where j reads as y (Jaap → Яап, Jens → Йенс, Jan → Ян)
    "NL": "eu", "LU": "eu", "DK": "eu", "NO": "eu", "SE": "eu",
    "FI": "eu", "IS": "eu", "EE": "eu", "LV": "lv", "LT": "lv",
    "ES": "es", "MX": "es", "AR": "es", "CO": "es", "PE": "es", "CL": "es", "VE": "es", "EC": "es", "GT": "es", "CU": "es",
    "BO": "es", "DO": "es", "HN": "es", "PY": "es", "SV": "es", "NI": "es", "CR": "es", "PA": "es", "UY": "es",
    # South Asian names in their English romanization: the generic reading with j as дж, never a Japanese one by their syllables
    # (review 35: Tipu Munshi as «Типу Мунси», mn «Чипу Мунши»)
    "IN": "sa", "BD": "sa", "NP": "sa", "LK": "sa", "BT": "sa", "MV": "sa",
    "PH": "es",  # Philippine names are mostly Spanish: Хуан Мигель Субири, Энрике Манало, Родриго Дутерте (review 34)
    "AE": "ar", "SA": "ar", "QA": "ar", "KW": "ar", "BH": "ar", "OM": "ar", "EG": "ar", "JO": "ar", "IQ": "ar",
    "SY": "ar", "LB": "ar", "YE": "ar", "LY": "ar", "TN": "ar", "DZ": "ar", "MA": "ar", "SD": "ar", "PS": "ar",
    "MR": "ar", "IR": "fa", "AF": "fa", "PK": "fa",
    "TR": "tr", "AZ": "az", "UZ": "uz", "TM": "tk", "KG": "ky", "TJ": "uz", "FR": "fr", "MC": "fr", "HU": "hu", "PL": "pl", "CZ": "cs", "SK": "cs",
    **{code: "en" for code in english.ENGLISH_SPEAKING},
    # East and southern African names (Nduhungirehe, Jeje Odongo, Gebeyehu) are read letter by letter, as the Russian
    # press writes them (Ндухунгирехе, Джедже Одонго), never by English or French rules
    **{code: "other" for code in ("RW", "UG", "ET", "TZ", "BI", "SS", "ER")},
    # ... and so are the Akan, Yoruba or Shona names of English-speaking Africa (Akufo-Addo → Акуфо-Аддо, Kwame →
    # Кваме), whose English given names keep their English form (Anthony → Энтони)
    **{code: "other" for code in ("GH", "NG", "SL", "LR", "GM", "ZM", "ZW", "MW", "BW", "NA", "LS", "SZ")},
    # Portuguese spelling of Portugal and Lusophone Africa: ç is с, a final s ш (Esperança Bias → Эсперанса Биаш)
    **{code: "pt" for code in ("PT", "MZ", "AO", "CV", "GW", "ST")},
    "RO": "ro", "MD": "ro",  # Romanian spelling: Марчел Чолаку, Майя Санду (briefing.names.romanian)
    "BR": "br",  # Brazilian Portuguese as Brazil says it: Селсу Аморин, Мауру Виейра (briefing.names.brazilian)
    # West and Central African names in French spelling, every consonant sounded (Amadou Mame Diop → Амаду Мам Диоп,
    # Ousmane Sonko → Усман Сонко, Félix Tshisekedi → Феликс Чисекеди): the spelling's ou, tch/tsh and mute final e only
    **{code: "af" for code in ("SN", "CI", "ML", "BF", "NE", "GN", "TG", "BJ", "CM", "GA", "CG", "CD", "CF", "TD", "DJ")},
}
# Origins only a country's own people are taken for: a known country outside COUNTRY_ORIGIN
# (India, the United States) leaves the shape to choose among the others.
_HOME_ORIGINS = frozenset({"kk", "mn", "ky"})
# Origins read from syllables alone, which a known country elsewhere rules out
_EAST_ASIAN = frozenset({"zh", "ja", "ko", "vi"})
_KOREAN_ONLY = re.compile(r"eo|eu|ae|oo|ee|yeo|^[A-Z][a-z]+-[a-z]+$")
_RUSSIAN_ENDINGS = re.compile(r"(?:sky|skiy|skii|skaya|skoy|vich|ovna|evna|tsky|tskaya)$")
_UKRAINIAN_ENDINGS = re.compile(r"(?:enko|chuk|yuk|skyy|skyi|ynskyi)$")
_KAZAKH_ENDINGS = re.compile(r"(?:uly|kyzy|bayev|bayeva|baev|baeva|bekov|bekova|zhanov|zhanova|galiyev|kulov)$")
_PINYIN_ONLY = re.compile(r"x|q|zh|ao|iu|ui|ie|uo|ian|ou|ong|eng|ing|ai|^wu")
_HEPBURN_ONLY = re.compile(r"shi|chi|tsu|fu|ji|kyo|ryo|ryu|sho|shu|cho|chu")
_SURNAME_ENDINGS = re.compile(r"(?:ov|ev|ova|eva|in|ina|yev|yeva)$")
_DOUBLE_VOWEL = re.compile(r"ee|oo|uu|öö|üü")
_TURKIC_ELEMENT = re.compile(r"bek|(?:bay|bai|ov|ev|ova|eva|yev|yeva)$")  # -bay ends Sooronbay; Mongolian -bayar is not Turkic
_EE_OO = re.compile(r"ee|oo")
_MONGOLIAN_CONSONANTS = re.compile(r"kh|ts")
_MONGOLIAN_PRESS_INITIAL = re.compile(r"^(?:[A-Z]|Ts|Ch|Sh|Kh|Zh|Ye|Yu|Ya)\.[A-Z][a-z]")  # D.Demberel, Ts.Tsolmon


def origin_of_country(country: str | None) -> str | None:
    """The name origin of a country code, or None when the country says nothing (US, FR…)."""
    return COUNTRY_ORIGIN.get((country or "").upper())


def detect_origin(text: str, country: str | None = None) -> str:
    """The origin of a name: the country's when known, else the name's shape (see the module docstring)."""
    by_country = origin_of_country(country)
    if by_country == "en":  # an English-speaking country's people bear names of every origin (Li Wei, Ahmed)
        by_shape = origin_from_shape(text)
        return "en" if by_shape == "other" or by_shape in _HOME_ORIGINS else by_shape
    if by_country in _FORMER_SOVIET and (_russian_given_name_first(text) or _russian_surname(text)):
        # a Kazakh senator named Olga Perepechina writes her name as Russian does: «Ольга», never «Олға»; so does a
        # deputy named Shegelsky («Шегельский», never «Шегелскы»: review 42)
        return "ru"
    if by_country == "ro" and hungarian.is_hungarian(text):
        return "hu"  # Transylvania's Hungarians: Károly Borbély is «Карой Борбей», not a Romanian reading
    if by_country == "ro" and _russian_given_name_first(text) and _russian_surname(text):
        return "ru"  # a Moldovan named Vladimir Voronin writes his name as Russian does
    if by_country and _arabic_particle(text):
        return "ar"  # "Muhammad Sulaiman Al Jasser", whatever country the text ties him to: an Arabic name
    if by_country:
        return by_country
    by_shape = origin_from_shape(text)
    if country and by_shape in _HOME_ORIGINS:
        return "other"  # an Indian minister called Meenakshi is not Mongolian for her double e
    if country and by_shape in _EAST_ASIAN:
        return "other"  # an Armenian called Aram Ananyan is not Japanese for his syllables (review 41: «Арам»)
    return by_shape


# countries whose citizens with a Russian given name bear a Russian name; Ruslan, Roman and Eduard are as common among
# Kazakhs and Kyrgyz, so they tell nothing
_FORMER_SOVIET = frozenset({"kk", "ky", "uz", "tk"})
_SHARED_GIVEN_NAMES = frozenset({"ruslan", "roman", "eduard"})


def _russian_surname(text: str) -> bool:
    """A Russian surname ends the name (a patronymic, «Abdukhakimovich», which Uzbeks and Kazakhs bear too, is none)."""
    words = [word for word in LATIN_WORD.findall(text) if not _PATRONYMIC_ENDING.search(word.lower())]
    return bool(words) and _RUSSIAN_ENDINGS.search(words[-1].lower()) is not None


_PATRONYMIC_ENDING = re.compile(r"(?:vich|ovna|evna|ichna)$")


def _russian_given_name_first(text: str) -> bool:
    words = LATIN_WORD.findall(text)
    return bool(words) and words[0].lower() not in _SHARED_GIVEN_NAMES and russian.is_given_name(words[0])


def origin_from_shape(text: str) -> str:
    if any("\uac00" <= c <= "\ud7a3" for c in text):
        return "ko"
    words = LATIN_WORD.findall(text)
    if not words:
        return "other"
    keys = [fold(word) for word in words]
    if keys[0] == "md" and len(keys) > 1:
        return "sa"  # "Md Atiur Rahman": Bangladesh's abbreviation of Muhammad
    if _arabic(text, keys):
        return "ar"
    if german.is_german(text) and not english.is_english(text):  # before Turkmen and Mongolian: "Gudrun Sräga" has a
        return "de"  # Turkmen ä, "Marie-Luise Dött" the ö of a Mongolian romanization; "Chuck Schumer" is English
    turkic = _turkic_letters(text)
    if turkic:
        return turkic
    if re.search(r"[ćĆ]|[čšžČŠŽ]\w*i[ćc]\b", text):  # "Vučić", "Đurić": Serbo-Croatian letters (đ alone is also
        return "sh"  # Vietnamese; ć and -ić never are)
    if re.search(r"[șşțţ]|(?:escu|eanu)\b", text.lower()):  # "Ceaușescu", "Moldoveanu": Romanian (ă is Vietnamese too)
        return "ro"
    if vietnamese.is_vietnamese(text) or vietnamese.looks_vietnamese(words):  # before Hungarian and French: "Lê Thị
        return "vi"  # Thu Hằng" has their accents too; "Nguyen Phu Trong" has none
    if "ñ" in text.lower():  # "Muñoz", "Peña": Spanish
        return "es"
    if hungarian.is_hungarian(text):  # before French: "Péter Szijjártó" has an é too
        return "hu"
    if polish.is_polish(text):
        return "pl"
    if french.is_french(text):
        return "fr"
    if romance.is_spanish(keys):  # before English: "Daniel Ortega" is no English name
        return "es"
    if armenian.SURNAME.search(keys[-1]) and len(words) > 1:  # before English: "Michael Harutyunyan" is Armenian
        return "hy"
    if georgian.SURNAME.search(keys[-1]) and len(words) > 1:  # "Irakli Garibashvili", "Irakli Kobakhidze"
        return "ka"
    if english.is_english(text):
        return "en"
    if _korean(text, words, keys, strong=True):
        return "ko"
    if _chinese(words, keys):
        return "zh"
    if _korean(text, words, keys, strong=False):
        return "ko"
    if _kyrgyz(keys):
        return "ky"
    if _finnish(keys):  # before Mongolian: "Sauli Niinistö", "Pekka Haavisto" have its ö and double vowels
        return "eu"
    if _mongolian(words, keys) or _mongolian_press_style(text, keys):
        return "mn"
    if _japanese(words, keys) and not any(armenian.SURNAME_ANY_SPELLING.search(key) for key in keys):
        return "ja"  # never Ananyan, Petrosyan: the Armenian -yan is no Japanese name
    if any(russian.is_given_name(word) for word in words) or any(_RUSSIAN_ENDINGS.search(key) for key in keys):
        return "uk" if any(_UKRAINIAN_ENDINGS.search(key) for key in keys) else "ru"
    if any(_UKRAINIAN_ENDINGS.search(key) for key in keys):
        return "uk"
    if _kazakh(text, keys):
        return "kk"
    return "other"


def _arabic_particle(text: str) -> bool:
    """The particles only Arabic names carry: al-Sisi, a dynasty after a name (Mishal Al Sabah), bin, ibn, bint."""
    if re.search(r"\b(?:[Aa]l|[Ee]l)-[A-Za-z]", text) or re.search(r"\S\s+Al\s+[A-Z]", text):
        return True
    return any(fold(word) in ("bin", "ibn", "bint") for word in LATIN_WORD.findall(text)[1:])


def _arabic(text: str, keys: list[str]) -> bool:
    if _arabic_particle(text) or (keys and keys[0] in arabic.TITLES and len(keys) > 1):
        return True
    known = sum(1 for key in keys if key in arabic.name_parts())
    return known >= 2 and known == len(keys)


def _turkic_letters(text: str) -> str | None:
    if re.search(r"[əƏ]", text):
        return "az"
    if re.search(r"[OoGg][\u02bb\u2018]", text):  # Uzbek oʻ gʻ (not the apostrophe of O'Brien)
        return "uz"
    if re.search(r"[ýňžäÝŇŽÄ]", text) and not re.search(r"[şğıŞĞİ]", text):
        return "tk"
    if re.search(r"[şğıŞĞİ]", text):
        return "az" if re.search(r"[xqXQ]", text) else "tr"
    return None


def _korean(text: str, words: list[str], keys: list[str], *, strong: bool) -> bool:
    if len(words) < 2 or keys[0] not in kontsevich.surnames():
        return False
    given = [part for word in text.split()[1:] for part in word.split("-") if part]
    if not given or not all(kontsevich.is_korean_word(part) for part in given):
        return False
    if any(len(kontsevich.read_romanized(part) or []) > 3 for part in given):
        return False
    if not strong:
        return True
    return any(_KOREAN_ONLY.search(word) for word in [*words, *text.split()[1:]])


def _chinese(words: list[str], keys: list[str]) -> bool:
    if not all(palladius.is_pinyin(word) for word in words):
        return False
    if any(russian.is_given_name(word) or key in arabic.name_parts() for word, key in zip(words, keys, strict=True)):
        return False  # Maria, Sara
    for word in words:  # pinyin writes an apostrophe before an inner a-, e-, o- syllable
        if any(part[0] in "aeo" for part in (palladius.segment(word) or [])[1:]) and not re.search(r"['’]", word):
            return False
    if len(words) == 1:  # a lone word needs a spelling only pinyin has (Guangzhou, Tianjin, Hainan; not Erlan)
        return len(palladius.segment(words[0]) or []) >= 2 and bool(_PINYIN_ONLY.search(keys[0])) and not _mongolian(words, keys)
    return keys[0] in palladius.COMMON_SURNAMES or keys[-1] in palladius.COMMON_SURNAMES


def _mongolian_press_style(text: str, keys: list[str]) -> bool:
    """D.Demberel, Ts.Tsolmon; not N.Ismoilov or Ye.Koshanov (Central Asian surnames take the
    Russian style, an initial before a surname ending -ov or -ev)."""
    if not _MONGOLIAN_PRESS_INITIAL.match(text.strip()):
        return False
    return not any(_SURNAME_ENDINGS.search(key) or _KAZAKH_ENDINGS.search(key) for key in keys)


def _kyrgyz(keys: list[str]) -> bool:
    if len(keys) > 1 and keys[-1] in ("uulu", "kyzy"):
        return True
    return any(_DOUBLE_VOWEL.search(key) for key in keys) and any(_TURKIC_ELEMENT.search(key) for key in keys)


# Finnish surnames by their endings (-nen, -stö, -kko, -mäki, -niemi …) and common given names: the ö, ä and double
# vowels they share with Mongolian romanization say nothing of Mongolia
_FINNISH_SURNAME = re.compile(r"(?:[aeiouy]nen|st[oö]|kk[oaö]|pp[aä]|tt[iaö]|l[aä]|vaara|m[aä]ki|niemi|virta|joki|lahti|"
                              r"salo|koski|aho|harju|lehto|oja|pelto|rinne|ranta|vuori|saari|puro|korpi|linna)$")
_FINNISH_GIVEN = frozenset("sauli sanna antti jussi pekka petteri elina jukka matti tarja martti urho juha timo ville "
                           "riikka jyrki kimmo tuomas heikki ilkka eero kaisa jaana tytti".split())


def _finnish(keys: list[str]) -> bool:
    """A Finnish given name ("Sanna Marin"), or a Finnish surname after a given name ("Paula Risikko")."""
    return len(keys) >= 2 and (keys[0] in _FINNISH_GIVEN or
                               bool(_FINNISH_SURNAME.search(keys[-1])) and bool(re.search(r"[aeiouy]{2}|kk|pp|tt", keys[-1])))


def _mongolian(words: list[str], keys: list[str]) -> bool:
    from briefing.names.generic import MONGOLIAN_MARKERS

    if any(MONGOLIAN_MARKERS.search(word) for word in words):
        return True
    if any(_EE_OO.search(key) for key in keys) and any(_MONGOLIAN_CONSONANTS.search(key) for key in keys):
        return True  # Tseveen, Enkhee (not Saeed, Mahmood)
    parts = mongolian.name_parts()
    for key in keys:
        if len(key) >= 6 and _covered(key, parts):
            return True
    # every word a known element, one of them long: Oyun-Erdene, L. Oyun-Erdene
    long_words = [key for key in keys if len(key) >= 3]
    return bool(long_words) and all(key in parts for key in long_words) and max(map(len, long_words)) >= 5 and len(long_words) >= 2


def _covered(key: str, parts: dict[str, str]) -> bool:
    """Is ``key`` made of two or more known elements (Khurel+sukh), allowing a genitive ending?"""
    reach = {0: 0}
    for start in range(len(key)):
        if start not in reach:
            continue
        for end in range(start + 2, len(key) + 1):
            if key[start:end] in parts:
                reach[end] = max(reach.get(end, 0), reach[start] + 1)
    if reach.get(len(key), 0) >= 2:
        return True
    return any(reach.get(len(key) - len(e), 0) >= 2 for e in ("iin", "giin", "yn", "n"))


# syllables of no Japanese name as the press romanizes it (Hepburn: shi, chi, tsu, fu, ji, zu)
_NOT_HEPBURN = re.compile(r"si|ti|tu|(?<![sc])hu|zi|di|du|wu|yi|ye")


def _japanese(words: list[str], keys: list[str]) -> bool:
    if any(russian.is_given_name(word) or key in arabic.name_parts() or key in kazakh.name_parts() for word, key in zip(words, keys, strict=True)):
        return False
    if any(_NOT_HEPBURN.search(key) for key in keys):
        return False  # "Sandu", "Tudor": syllables Hepburn, the romanization of Japanese names abroad, never writes
    morae: list[int] = []
    for word in words:
        parsed = polivanov.parse(word)
        if parsed is None:
            return False
        morae.append(sum(1 for kind, _ in parsed if kind != "gem"))
    if sum(morae) >= 5 and max(morae) >= 3:
        return True
    # a single word: four morae, or three with a mora only Hepburn has (Kishida, Fukuda)
    return len(morae) == 1 and (morae[0] >= 4 or (morae[0] >= 3 and bool(_HEPBURN_ONLY.search(keys[0]))))


def _kazakh(text: str, keys: list[str]) -> bool:
    for key in keys:
        if _KAZAKH_ENDINGS.search(key) or _SURNAME_ENDINGS.search(key) and (key is keys[-1] or not key.endswith(("in", "ina"))):
            return True  # a surname's -in, never a given name's (Edwin, Martin)
    parts = kazakh.name_parts()
    for word in LATIN_WORD.findall(text):
        cyrillic = kazakh.to_russian_style(word).lower()
        if cyrillic in parts or any(cyrillic.startswith(key) and len(key) >= 4 for key in parts):
            return True
    return False
