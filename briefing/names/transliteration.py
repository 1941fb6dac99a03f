"""One entry point: a Latin-script name → its Cyrillic candidate, by origin and by system.

:func:`transliterate_name` picks the origin (:mod:`briefing.names.origin`), then the system
that the target language's press uses for names of that origin:

============  =====================  =====================  =====================
origin        ru                     kk                     mn
============  =====================  =====================  =====================
zh            palladius              palladius              chinese-mn
ja            polivanov              polivanov              japanese-mn
ko            kontsevich             kontsevich             korean-mn
mn            mongolian (no ү/ө)     mongolian (no ү/ө)     mongolian + short form
kk            kazakh (Russian-style) kazakh (Kazakh letters) kazakh (Russian-style)
ru, uk        russian                russian                russian
ar, fa        arabic                 arabic                 arabic
tr az uz tk   turkic                 turkic (Kazakh letters) turkic
fr            french                 french                 french
hu            hungarian              hungarian              hungarian (ө ү)
pl            polish                 polish                 polish (ж for дж)
cs            czech                  czech                  czech
lv (LV, LT)   baltic                 baltic                 baltic
vi            vietnamese             vietnamese             vietnamese
de            german                 german                 german
it, es        italian, spanish       italian, spanish       italian, spanish (ж for дж)
sh            serbo-croatian         serbo-croatian         serbo-croatian
hy            armenian               armenian               armenian
ka            georgian               georgian               georgian
ms            indonesian-malay       indonesian-malay       indonesian-malay (ж)
en            english                english                english
eu            generic (j as й)       generic (j as й)       generic (j as й)
sa            south-asian            south-asian            south-asian
other, ky     generic                generic                generic
============  =====================  =====================  =====================

Traditional forms (Пекин, Токио, Ким Чен Ын) come first, from ``data/exonyms.csv``
(system "exonym"). Every result is a candidate for review; the caller marks it.

Languages without rules of their own: a Latin-script language (de, fr, tr…) keeps the name as
written (system "none"); a Cyrillic-script language other than ru/kk/mn (uk, bg, sr…) borrows
the rules of ``fallback_lang`` only when the caller passes one (from the user's config), and
otherwise also gets the Latin text with system "none", so that the caller marks and lists it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from briefing.names import (
    arabic,
    armenian,
    baltic,
    brazilian,
    czech,
    english,
    exonyms,
    french,
    generic,
    georgian,
    german,
    hungarian,
    kazakh,
    kontsevich,
    malay,
    mongolian,
    palladius,
    polish,
    polivanov,
    romance,
    romanian,
    russian,
    serbian,
    south_asian,
    turkic,
    vietnamese,
)
from briefing.names._text import HAS_LATIN, REGNAL_NUMBERS, mongolian_j, sub_words
from briefing.names.origin import detect_origin, origin_of_country
from briefing.names.press import PATRONYMIC_ORIGINS

RULE_LANGS = ("ru", "kk", "mn")  # languages with rules of their own
NONE = "none"
EXONYM = "exonym"
GENERIC = "generic"


@dataclass(frozen=True)
class Transliteration:
    """A name's Cyrillic candidate; ``system`` "none" means the text was left as written."""

    text: str
    system: str
    origin: str
    rules_lang: str | None = None  # whose rules were applied: lang itself, or the fallback language


def transliterate_name(
    text: str,
    lang: str,
    *,
    country: str | None = None,
    kind: str = "person",
    origin: str | None = None,
    fallback_lang: str | None = None,
    press_form: bool = True,
) -> Transliteration:
    """The Cyrillic candidate for a name of a person (``kind="person"``) or a place in ``lang``.

    ``country`` is the person's or place's ISO 3166-1 code when known; ``origin`` overrides the
    detection (a termbase may know it). ``press_form``: a Mongolian person in a Mongolian text
    takes the press short form (Л.Оюун-Эрдэнэ) when the patronymic can be told.
    """
    regnal = _REGNAL_NUMBER.search(text) if kind == "person" else None
    rules_for_regnal = rules_language(lang, fallback_lang)
    traditional_monarch = exonyms.lookup(text, rules_for_regnal, kind) if regnal and rules_for_regnal else None
    if traditional_monarch:
        return Transliteration(traditional_monarch, EXONYM, origin or detect_origin(text, country), rules_for_regnal)
    if regnal:
        # "Osei Tutu II", "Charles III": the number stays a Roman numeral, after the name in Russian («Карл III»), before
        # it in Kazakh and Mongolian («ІІІ Карл», «III Чарльз»); a monarch's name is never shortened to initials
        rest = transliterate_name(text[:regnal.start()], lang, country=country, origin=origin,
                                  fallback_lang=fallback_lang, press_form=False)
        number = regnal.group("number")
        named = f"{number} {rest.text}" if rules_language(lang, fallback_lang) in ("kk", "mn") else f"{rest.text} {number}"
        return Transliteration(named, rest.system, rest.origin, rest.rules_lang)
    if kind == "person":
        text = _BARE_INITIAL.sub(r"\1.", text)  # "M Venkaiah Naidu": an initial, «М. Венкайя Найду», never a word
    style = _BRITISH_STYLE.match(text) if kind == "person" else None
    if style and text[style.end():].strip():
        # "Sir Lindsay Hoyle": a style of address, not a name: ru/kk «сэр Линдси Хойл»; the Mongolian press
        # names him without it
        rest = transliterate_name(text[style.end():], lang, country=country, origin=origin,
                                  fallback_lang=fallback_lang, press_form=press_form)
        word = _BRITISH_STYLES[style.group(1).lower()].get(rules_language(lang, fallback_lang) or "", "")
        return Transliteration(f"{word} {rest.text}" if word else rest.text, rest.system, rest.origin, rest.rules_lang)
    found_origin = origin or detect_origin(text, country)
    if kind == "person":
        text = given_name_first(text, found_origin)
    rules = rules_language(lang, fallback_lang)
    if rules is None or not (HAS_LATIN.search(text) or any("\uac00" <= c <= "\ud7a3" for c in text)):
        return Transliteration(text, NONE, found_origin)
    traditional = exonyms.lookup(text, rules, kind)
    if traditional:
        return Transliteration(traditional, EXONYM, found_origin, rules)
    result, system = _by_origin(text, rules, found_origin, kind, press_form)
    if found_origin == "ar" and origin_of_country(country) in ("sa", "ms"):
        # "Masud Bin Momen" of Bangladesh, "Anwar bin Ibrahim" of Malaysia: the Russian press writes «бин» there,
        # «бен» only for Arabs (Мохаммед бен Сальман)
        result = re.sub(r"(?<![\w-])бен(?![\w-])", "бин", result)
    if HAS_LATIN.search(result):  # whatever a system left in Latin letters gets the generic rules
        result = sub_words(result, lambda word: generic.convert_word(word, rules))
    if rules == "mn" and found_origin != "mn":
        result = _MN_NO_YERY_AFTER.sub(r"\1и", result)  # Mongolian spelling writes чи, ши, жи: «Ялчин», never «Ялчын»
    return Transliteration(result, system, found_origin, rules)


_MN_NO_YERY_AFTER = re.compile(r"([ЧчШшЖж])ы")

# surnames of the Russian, Kazakh, Kyrgyz, Uzbek, Turkmen and Tajik pattern (the origins whose names carry a patronymic):
# Izmukhambetov, Ivanova, Sadyr uulu
_SURNAME = re.compile(r"[A-Z][\w'-]*(?:ov|ev|yev|ova|eva|yeva|enko|skiy|sky|skaya|[a-z]{3}in|uly|kyzy|uulu|zoda|zade|zod)", re.I)


def given_name_first(name: str, origin: str) -> str:
    """'Izmukhambetov Baktykozha' → 'Baktykozha Izmukhambetov': a name of two words written surname first, as some
    outlets write Central Asian names, in the order the briefing's languages write them."""
    words = name.split()
    if origin not in PATRONYMIC_ORIGINS or len(words) != 2 or not _SURNAME.fullmatch(words[0]) or _SURNAME.fullmatch(words[1]):
        return name
    return f"{words[1]} {words[0]}"


_BRITISH_STYLE = re.compile(r"(Sir|Dame|Lord|Baroness|Baron|Lady)\s+(?=[A-Z])")
_REGNAL_NUMBER = re.compile(rf"(?<=[a-z])\s+(?P<number>{REGNAL_NUMBERS})$")
_BARE_INITIAL = re.compile(r"(?<![\w.’'-])([A-Z])(?=\s+[A-Z][a-z])")
# (the peers of the House of Lords: «лорд Элтон», «баронесса Ходжсон», as the Russian press writes them)
_BRITISH_STYLES = {"sir": {"ru": "сэр", "kk": "сэр"}, "dame": {"ru": "дама", "kk": "дама"},
                   "lord": {"ru": "лорд", "kk": "лорд"}, "baroness": {"ru": "баронесса", "kk": "баронесса"},
                   "baron": {"ru": "барон", "kk": "барон"}, "lady": {"ru": "леди", "kk": "леди"}}


def rules_language(lang: str, fallback_lang: str | None = None) -> str | None:
    """ru/kk/mn for themselves; ``fallback_lang`` for another Cyrillic-script language; else None."""
    base = lang.replace("_", "-").split("-")[0].lower()
    if base in RULE_LANGS:
        return base
    if fallback_lang in RULE_LANGS and is_cyrillic_language(lang):
        return fallback_lang
    return None


@cache
def is_cyrillic_language(lang: str) -> bool:
    """Is ``lang`` (a BCP 47 tag: uk, sr, sr-Latn) written in Cyrillic? From CLDR likely subtags."""
    parts = lang.replace("_", "-").split("-")
    for part in parts[1:]:
        if len(part) == 4:
            return part.title() == "Cyrl"
    from babel.core import get_global

    likely = str(get_global("likely_subtags").get(parts[0].lower(), ""))
    return "_Cyrl" in likely


def _by_origin(text: str, rules: str, origin: str, kind: str, press_form: bool) -> tuple[str, str]:
    mn = rules == "mn"
    if origin == "zh":
        result = palladius.transliterate(text, mongolian=mn)
        if result is not None:
            return result, palladius.SYSTEM_MN if mn else palladius.SYSTEM
    elif origin == "ja":
        result = polivanov.transliterate(text, mongolian=mn)
        if result is not None:
            return result, polivanov.SYSTEM_MN if mn else polivanov.SYSTEM
    elif origin == "ko":
        korean = kontsevich.transliterate_person if kind == "person" else kontsevich.transliterate_place
        result = korean(text, mongolian=mn)
        if result is not None:
            return result, kontsevich.SYSTEM_MN if mn else kontsevich.SYSTEM
    elif origin == "vi":
        return vietnamese.transliterate(text), vietnamese.SYSTEM
    elif origin == "de":
        return german.transliterate(text), german.SYSTEM
    elif origin == "sh":
        return serbian.transliterate(text), serbian.SYSTEM
    elif origin == "ms":
        return malay.transliterate(text, rules), malay.SYSTEM
    elif origin in ("it", "es"):
        return romance.transliterate(text, origin, mongolian=mn), romance.SYSTEM_IT if origin == "it" else romance.SYSTEM_ES
    elif origin == "mn":
        if mn and kind == "person" and press_form:
            short = mongolian.press_short_form(text)
            if short:
                return short, mongolian.SYSTEM
        initialled = mongolian.initialled_form(text, rules) if kind == "person" and press_form else None
        return initialled or mongolian.for_language(text, rules), mongolian.SYSTEM
    elif origin == "kk":
        if rules == "kk":
            return kazakh.to_kazakh(text), kazakh.SYSTEM
        return kazakh.to_russian_style(text), kazakh.SYSTEM
    elif origin in ("ru", "uk"):
        return russian.to_russian(text, ukrainian=origin == "uk"), russian.SYSTEM
    elif origin in ("ar", "fa"):
        result = arabic.to_cyrillic(text, persian=origin == "fa")
        if rules == "kk":
            result = arabic.kazakh_particles(result)
        if mn:  # as the Mongolian press writes Turkic names too («Жамшид»)
            result = arabic.mongolian_particles(mongolian_j(result))
        return result, arabic.SYSTEM
    elif origin in turkic.ORIGINS:
        return turkic.to_cyrillic(text, origin, rules), turkic.SYSTEM
    elif origin in (armenian.ORIGIN, georgian.ORIGIN):  # Mongolian writes their дж as ж («Жапаридзе»)
        module = armenian if origin == armenian.ORIGIN else georgian
        result = module.transliterate(text)
        return (mongolian_j(result) if mn else result), module.SYSTEM
    elif origin == "fr":
        return french.transliterate(text, rules), french.SYSTEM
    elif origin == "hu":
        return hungarian.transliterate(text, rules), hungarian.SYSTEM
    elif origin == "pl":
        return polish.transliterate(text, rules), polish.SYSTEM
    elif origin == "cs":
        return czech.transliterate(text), czech.SYSTEM
    elif origin == "lv":  # Latvian and Lithuanian
        return baltic.transliterate(text), baltic.SYSTEM
    elif origin == "en":
        return english.transliterate(text, rules), english.SYSTEM
    if origin == "eu":  # a j before or after a vowel is y (Jaap → Яап, Juha → Юха), then as any other name
        result = generic.transliterate(_EUROPEAN_J.sub(lambda m: "Y" if m.group(0) == "J" else "y", text), rules,
                                       foreign=True)
        # an initial Je, Jo is Йе, Йо (Jens → Йенс, Johannes → Йоханнес), not the Е, Ё a Y gives
        starts = iter(re.findall(r"\b(J[eo])?[A-Za-z]", text))
        return re.sub(r"\b[ЕЁ](?=[а-яё])", lambda m: ("Йе" if m.group(0) == "Е" else "Йо") if next(starts, "") else m.group(0),
                      result), GENERIC
    if origin == "sa":  # kk as ru (Сингх, not Синғ); mn writes the j as ж: «Сушма Свараж» (bestnews.mn/r/11845), «С.Жа»
        result = south_asian.transliterate(text)
        return (re.sub(r"(?<=[Жж])х", "", mongolian_j(result)) if mn else result), south_asian.SYSTEM  # jh: «Жа»
    if origin == "ro":
        return romanian.transliterate(text, rules), romanian.SYSTEM
    if origin == "br":
        result = brazilian.transliterate(text, rules)
        return (mongolian_j(result) if mn else result), brazilian.SYSTEM
    if origin == "pt":
        return sub_words(text, lambda word: generic.convert_word(_PORTUGUESE.sub(_as_spoken_in_portugal, word), rules,
                                                                 foreign=True)), GENERIC
    if origin == "af":
        return sub_words(text, lambda word: french.GIVEN_NAMES.get(word.lower()) or
                         generic.convert_word(_AFRICAN_FRENCH.sub(_as_sounded, word), rules, foreign=True)), GENERIC
    if origin == "other":
        text = _WESTERN_SPELLINGS.sub(lambda match: "i" if match.group(0) == "ie" else "", text)
        # a French or English given name before an African surname keeps its own form: Olivier Nduhungirehe →
        # Оливье Ндухунгирехе, Anthony Akoto Osei → Энтони Акото Осеи
        result = sub_words(text, lambda word: french.GIVEN_NAMES.get(word.lower()) or english.given_name(word) or
                           generic.convert_word(word, rules, foreign=True))
        return re.sub(r"(?<=[аеиоуАЕИОУ])ё", "йо", result), GENERIC  # Ayorkor → Айоркор, not «Аёркор»
    return generic.transliterate(text, rules, kyrgyz=origin == "ky"), GENERIC


# Portuguese spellings as Portugal and Lusophone Africa say them: ç с, a final s ш, j ж, nh нь, lh ль, ão ан
_PORTUGUESE = re.compile(r"ç|Ç|(?<=[aeiou])s$|[Jj]|nh|lh|ão")
_PORTUGUESE_SOUNDS = {"ç": "s", "Ç": "S", "s": "sh", "j": "zh", "J": "Zh", "nh": "ny", "lh": "ly", "ão": "an"}


def _as_spoken_in_portugal(spelling: re.Match[str]) -> str:
    return _PORTUGUESE_SOUNDS[spelling.group(0)]


# French spellings of African names: "ou" is u (Amadou, Ouattara), "tch"/"tsh" one sound ч (Tshisekedi), a final "e"
# after m or n mute (Mame, Ousmane), a final "y" i (Macky); every other letter is sounded (Diop, Mahamat, Toure)
_AFRICAN_FRENCH = re.compile(r"[Oo]u|[Tt](?:ch|sh)|(?<=[mn])e$|(?<=[a-z])y$")


def _as_sounded(spelling: re.Match[str]) -> str:
    piece = spelling.group(0)
    if piece.lower() == "ou":
        return "U" if piece[0] == "O" else "u"
    if piece.lower() in ("tch", "tsh"):
        return "Ch" if piece[0] == "T" else "ch"
    return "i" if piece == "y" else ""  # "Macky": a final y is i


# English and French spellings a letter-by-letter reading gets wrong: a final "-ie" is one sound (Leslie → Лесли,
# Valerie → Валери), and "u" after "g" before "e"/"i" is silent (Viguerie → Вигери, Guillermo → Гильермо)
_EUROPEAN_J = re.compile(r"[Jj](?=[aeiouyäöüå])|(?<=[aeiouäöü])j")
_WESTERN_SPELLINGS = re.compile(r"(?<=[a-z])ie\b|(?<=[gG])u(?=[ei])|(?<=[a-z][ae])h\b")  # a final h after a, e: Tetteh → Тетте
