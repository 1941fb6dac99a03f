"""Mongolian (Cyrillic) case endings and list joining for the briefing templates.

Mongolian marks case with a suffix on the **last word of the noun phrase only**; titles and
genitive chains before it stay as they are: «Монгол Улсын Их Хурлын дарга Д.Амарбаясгаланд»,
«Ерөнхийлөгч К.Токаевын». :func:`inflect` therefore changes only the end of the phrase.

Cases (names shared with :mod:`briefing.grammar`): ``gen`` харьяалах (-ын/-ийн/-ы/-ий/-н/
-гийн/-ны), ``dat`` and ``loc`` өгөх-орших (-д/-т), ``acc`` заах (-ыг/-ийг/-г), ``abl``
гарах (-аас…), ``ins`` үйлдэх (-аар…), ``com`` хамтрах (-тай/-тэй/-той). ``dir`` чиглэх
(руу/рүү, луу/лүү after р, written as a separate word [Dir]) is accepted too but is not in
:data:`CASES`, which lists the cases every language shares.

How the ending is chosen
------------------------
1. **Vowel harmony** [Khel], [Loan]. The ending takes the quality of the last "strong" vowel
   of the last word (of its last hyphenated part: Оюун-Эрдэнийн, Баян-Өлгий аймгийн):
   а у я ю → -аас/-тай/-ын; о → -оос/-той; э ү → -ээс/-тэй/-ийн; ө → -өөс/-тэй/-ийн.
   This is native harmony for native words and the last-syllable rule for compounds and
   loans (Москвагаас, Токиогоос, Өмнөговиос). и, е, ё, ы are weak: they decide only when
   the word has no strong vowel, so the Russian -ев/-ёв leaves the choice to the stem
   (Токаевын, Адылбаевыг but Медведевийн, Мирзиёевтэй, Ши Жиньпинтэй) [Press]. A final
   short ү, which no Mongolian word has, spells a foreign u and is weak too (Масарүтай).
2. **The final sound** [Dur §44], [Khel]:

   ==========================  =========  ======  =====  =========  =========  ======
   last sound                  gen        acc     dat    abl        ins        com
   ==========================  =========  ======  =====  =========  =========  ======
   consonant                   -ын/-ийн   -ыг     see 3  -аас       -аар       -тай
   stable н (Казахстан)        -ы/-ий     -ыг     -д     -аас       -аар       -тай
   velar н (Амарбаясгалан)     -гийн      -г      -д     -гаас      -гаар      -тай
   hidden н (яам, хэл)         -ны/-ний   -ыг     -анд   -наас      -аар       -тай
   diphthong, ий (Дубай)       -н         -г      -д     -гаас      -гаар      -тай
   long vowel, noun (хороо)    -ны/-ний   -г      -нд    -ноос      -гоор      -той
   long vowel, name (Ухнаа)    -гийн      -г      -д     -гаас      -гаар      -тай
   short vowel, native         дарга → даргын, даргыг, даргад, даргаас, даргаар, даргатай
   short vowel, foreign name   -гийн      -г      -д     -гаас      -гаар      -тай
   ь (Говь, хууль)             Говийн     Говийг  Говьд  Говиос     Говиор     Говьтой
   и (технологи, Австрали)     -йн        -йг     -д     -иас       -иар       -тай
   ==========================  =========  ======  =====  =========  =========  ======

   -ийн/-ийг also after г, к, ж, ч, ш in back words (аймгийн, Элбэгдоржийн) [Khel].
   A native short final vowel drops before a vowel (Баттулгын, Оюун-Эрдэнийн); a foreign
   name keeps it and takes -г- (Москвагийн, Кишидагийн, Ху Жинтаогийн, Матвиенкод) [Press].
   A long vowel takes the hidden н in common nouns (харилцааны, хороонд, гэрээний) but -г-
   in names (Ухнаагийн, Болормаагийн) [Khel].
   The velar н (хэлний угийн н) is written н but read [ŋ]: «сан, байшин, Лувсан, Сүрэн»
   [Dur §23]; it is known from a list of words and name endings (баясгалан, амгалан,
   жавхлан, сүрэн, цэрэн, лувсан, галсан, баасан, балсан) and of places (Бээжин, Лондон).
   Other names in н keep a stable н: Путины, Маминыг, Дэлгэрсайханыг, Ч.Улааны [Press].
3. **Dative -т or -д** [Dur §44]: -т after г, р, and after к or с that follow a vowel
   (аймагт, Улаанбаатарт, Бишкект, Мажилист); -ид after ж, ч, ш (Ерөнхийлөгчид); -д after
   a vowel, ь, й, л, м, н, в (Хуралд, Москвад, Маминд, төвд); a vowel + д after д, т and
   other consonants or clusters (Ховдод, Хятадад, Хүрэлсүхэд, Улсад, уулзалтад).
4. **Unstable (fleeting) vowels** drop before a vowel-initial ending: Хурал → Хурлын,
   засаг → Засгийн, газар → газрын, аймаг → аймгийн. Which nouns do this is a matter of the
   word (санал → саналын, Улаанбаатар → Улаанбаатарын), so they come from a table,
   ``mn_exceptions.csv``, with a source per row; so do the hidden-н and velar-н nouns.
   Names are never shortened (Г.Занданшатарын, Сүхбаатарын) [Press].
5. **Written after a hyphen** [Press], [Term §6.3]: abbreviations take the ending of the
   word they are read as (УИХ = Улсын Их Хурал → УИХ-ын, УИХ-д; ОХУ … Улс → ОХУ-ын, ОХУ-д,
   ОХУ-аас; ОУПХ … холбоо → ОУПХ-ны; ЭСЯ … яам → ЭСЯ-нд; АОХН … нийгэмлэг → АОХН-ийн);
   the dative drops the linking vowel (ОХУ-д, not *ОХУ-ад). A bare number or range is a day
   of the month, read with the н of dates: 29-ний, 18-22-ны, 24-26-нд, 28-наас; a number in
   a name or with thousands read plainly: Ковид-19-ийн, 10,000-д. A closing quote
   or parenthesis keeps the phrase whole: “Хамтран ажиллах гэрээ”-г, “Хөх ордон”-ы,
   Бүгд Найрамдах Казахстан Улс (БНКУ)-аас.

Person names in the press short form («Д.Амарбаясгалан», «В.И.Матвиенко») inflect on the
name after the initials. Use ``kind="person"`` or ``"place"`` for proper names: for a
capitalised last word it decides the long-vowel and foreign short-vowel forms and keeps
common-noun table entries (хурал, газар…) off names; a lowercase last word («Ховд аймаг»,
«… нар») is always a common noun.

Lists (:func:`join`): people «Б.Болор-Эрдэнэ, Ч.Золбаяр нар» (``kind="person"``), other
items «A болон B», «A, B болон C», ``conj="or"`` «A, B эсвэл C» [List]. In a case only the
last item takes the ending (БНХАУ болон ОХУ-ын), so decline the joined string:
``inflect(join(names, kind="person"), "com")`` gives «…нартай».

Known limits
------------
* Only nouns listed in ``mn_exceptions.csv`` lose a fleeting vowel or show a hidden н; an
  unlisted noun keeps its full stem (баатар gives *баатарын*, the noun needs баатрын).
  Add such words to the table, with a source.
* The press is not uniform for some loans: -ов names with rounding (Жапаровтай and
  Мироновтой both occur), the dative of в (Абдылдаевт, Санжмятавд: we write -д), н-final
  foreign names (Путины and Путиний). Staff forms in ``locales/inflections.csv`` win.
* Foreign names in и, ы (Моди, Алматы) and front loans in и/ь (Хельсинки) follow the -г-
  pattern, which is a guess; Latin-script words take front endings after a hyphen.
* Abbreviations missing from the reading table are read from their last letter (У → улс,
  Х → хурал…), which can be wrong (МҮЭХ ends in холбоо and needs МҮЭХ-ны).

References
----------
[Dur]   Ц.Дамдинсүрэн, Б.Осор, «Монгол үсгийн дүрэм» (Монгол үсгийн дүрмийн толь): §23 velar н
        (ганган, сан, байшин, Лувсан, Сүрэн), §44 hidden н (модны, модонд, модноос; номын →
        номд), -н after diphthongs and ий (толгойн, дэлхийн), dative -т after г and a vowel + с.
        Copy: http://baynaa.blogspot.com/2000/02/blog-post_7141.html ,
        http://baynaa.blogspot.com/2000/02/blog-post_8389.html
[Khel]  «Зарим тийн ялгалын нөхцөлийг зөв бичих дүрэм», mongolkhel.mn (-ы/-ий after н; -ны/-ний
        in сүүний, усны, алганы; -н after туурай, уурхай; -ийн after ж, ч, ш, г):
        http://mongolkhel.mn/index.php/head/point-tsegleliin-rules-2 ; http://mongolcom.mn/read/8689
[Loan]  Loanwords follow the vowel of their last syllable: Москвагийн, Москвагаас (ugluu.mn,
        m.arslan.mn), радиогоор (mongolian.ruvr.ru), Лукашенкотой (duuren.life).
[Press] Forms read in running text; the test table cites a page for each
        (tests/test_grammar_mn.py).
[Term]  /work/shared/reference/terminology.md §1.1, §6.3 (УИХ-ын, ОХУ-д, ЕАБХАБ-ын, ОУПХ-ны,
        29-ний, 18-22-ны, Д.Амарбаясгалангийн, Д.Амарбаясгаланг, У.Хүрэлсүхэд, Л.Хойлтой).
[Dir]   «Япон руу» (unuudur.mn/a/227631), «цахим хуудас руу» (tur.mn/t/s/10177).
[List]  «Улсын Их Хурлын гишүүн Л.Энх-Амгалан, М.Оюунчимэг нар» (parliament.mn/nn/12789);
        «Соёлын сайд Ч.Номин, Сангийн сайд Б.Жавхлан нарт» and «…байгууллагууд болон иргэдийг»
        (Government resolution 314 of 2022, legalinfo.mn/mn/detail?lawId=16531788954551);
        «БНХАУ болон ОХУ-ын удирдлагуудтай» (barimt.mn/?p=16681).
"""

from __future__ import annotations

import csv
import dataclasses
import functools
import re
from collections.abc import Sequence
from importlib import resources

from briefing.grammar import KINDS

CASES = ("nom", "gen", "dat", "acc", "loc", "ins", "abl", "com")
EXTRA_CASES = ("dir",)  # directive руу/рүү: Mongolian only, so not in the shared case list

# Harmony classes: the vowel that long and short endings take.
_BACK, _ROUNDED_BACK, _FRONT, _ROUNDED_FRONT = "а", "о", "э", "ө"
_STRONG_VOWELS = {"а": _BACK, "у": _BACK, "я": _BACK, "ю": _BACK, "о": _ROUNDED_BACK,
                  "э": _FRONT, "ү": _FRONT, "ө": _ROUNDED_FRONT}
_WEAK_VOWELS = {"и": _FRONT, "е": _FRONT, "ё": _ROUNDED_BACK, "ы": _BACK}
_VOWELS = frozenset("аэиоуөүыеёюя")
_LONG_VOWELS = frozenset({"аа", "ээ", "оо", "өө", "уу", "үү", "яа", "еэ", "ёо", "юу", "юү"})
_DIPHTHONG_END = "й"
_COMITATIVE = {_BACK: "тай", _ROUNDED_BACK: "той", _FRONT: "тэй", _ROUNDED_FRONT: "тэй"}
_PALATAL_CONSONANTS = frozenset("гкжчшщ")  # take -ийн/-ийг even in back words (аймгийн, багшийн)

# Name endings with the velar н (хэлний угийн н) [Dur §23]: Tibetan -bzang, -srung, -ring
# and Mongolian -ng nouns.
_VELAR_NAME_ENDINGS = ("баясгалан", "амгалан", "жавхлан", "сүрэн", "цэрэн", "лувсан", "галсан",
                       "баасан", "балсан")
# Consonant clusters before a final а/о that mark a native word (Баттулга, Уянга, Дамба,
# Солонго); without one a proper name in -а/-о is read as foreign (Москва, Кишида, Токио).
_NATIVE_FINAL_CLUSTERS = ("нг", "лг", "рг", "мб")
_INITIALS = re.compile(r"^(?:[А-ЯЁӨҮ][а-яёөү]{0,3}\.)+")
_ABBREVIATION = re.compile(r"^[А-ЯЁӨҮ]{2,}$")
_TRAILING_NUMBER = re.compile(r"(\d+(?:[,.]\d{3})*)$")  # 29, 18-22, 2025, 10,000, Ковид-19
_DATE_NUMERAL = re.compile(r"^\d+(?:[-–]\d+)*$")  # a bare number or range: a day of the month
_CLOSING_QUOTES = "”»\"'’"
_LATIN = re.compile(r"[A-Za-z]")

# What an abbreviation is read as: the last word of its full name (or itself, for those
# read as a word). Its case ending is that word's [Press], [Term §6.3].
_ABBREVIATION_READINGS: dict[str, tuple[str, str]] = {
    **dict.fromkeys(("ОХУ", "БНХАУ", "БНКУ", "АНУ", "БНСУ", "МУ", "БНАСАУ", "ХБНГУ", "ИБУИНВУ"), ("улс", "common")),
    **dict.fromkeys(("УИХ", "ИТХ", "АИХ"), ("хурал", "common")),
    **dict.fromkeys(("НҮБ", "ЕАБХАБ", "ШХАБ", "ДЭМБ", "ДХБ", "ОУВС"), ("байгууллага", "common")),
    **dict.fromkeys(("ОУПХ", "ЕХ", "ЕАЭХ"), ("холбоо", "common")),
    **dict.fromkeys(("СЕХ", "ХХЗХ", "ҮАБЗ"), ("хороо", "common")),
    **dict.fromkeys(("ГХЯ", "ЭСЯ", "СЯ", "БХЯ"), ("яам", "common")),
    **dict.fromkeys(("МАН", "АН", "МАХН", "ХҮН"), ("нам", "common")),
    **dict.fromkeys(("ЗГ", "ЗГХЭГ", "ЗДТГ", "ТЕГ", "ЦЕГ", "ГЕГ"), ("газар", "common")),
    "АОХН": ("нийгэмлэг", "common"),
    "ЕБС": ("сургууль", "common"),
    "ХН": ("нөхөрлөл", "common"),
    "ТУЗ": ("зөвлөл", "common"),
    "ГССҮТ": ("төв", "common"),
    "УБТЗ": ("зам", "common"),
    "ХААБ": ("бирж", "common"),
    "ГХ": ("харилцаа", "common"),
    "УБ": ("Улаанбаатар", "place"),
    "НАТО": ("Нато", "place"),
    "ЮНЕСКО": ("Юнеско", "place"),
}
_LAST_LETTER_READINGS = {"У": "улс", "Х": "хурал", "Б": "байгууллага", "Я": "яам", "Г": "газар",
                         "Н": "нам", "Т": "төв", "С": "сургууль", "З": "зөвлөл"}

# The last word of a number as read aloud; dates read it with н (29-ний, 18-22-ны, 7-нд).
_UNITS = ("", "нэг", "хоёр", "гурав", "дөрөв", "тав", "зургаа", "долоо", "найм", "ес")
_TENS = ("", "арав", "хорь", "гуч", "дөч", "тавь", "жар", "дал", "ная", "ер")
_POWERS = ((10**9, "тэрбум"), (10**6, "сая"), (1000, "мянга"), (100, "зуу"))

_EXCEPTIONS_FILE = "mn_exceptions.csv"


@dataclasses.dataclass(frozen=True)
class _Entry:
    """A row of ``mn_exceptions.csv``: a noun whose stem the rules cannot predict."""

    pattern: str  # fleeting | hidden_n | velar_n
    stem: str  # the stem before a vowel-initial ending (fleeting only)
    names_too: bool  # False: a common noun, not applied to a capitalised person name


@dataclasses.dataclass(frozen=True)
class _Word:
    """A word analysed for declension."""

    text: str  # as written, with initials and hyphenated parts
    pattern: str
    harmony: str
    vowel_stem: str  # what vowel-initial endings attach to


# --- public API --------------------------------------------------------------------------


def prepare() -> None:
    """Read the exceptions table now rather than at the first phrase."""
    _exceptions()


def inflect(phrase: str, case: str, kind: str = "common", gender: str | None = None) -> str:
    """``phrase`` in ``case``: the ending goes on its last word (Mongolian has no gender)."""
    _check_case(case)
    _check_kind(kind)
    if case == "nom" or not phrase.strip():
        return phrase
    case = "dat" if case == "loc" else case
    stripped = phrase.rstrip()
    trailing = phrase[len(stripped):]
    return _inflect_phrase(stripped, case, kind) + trailing


def join(items: Sequence[str], conj: str = "and", kind: str = "common") -> str:
    """Items joined in official style: «A, B нар» for people, «A, B болон C», «A эсвэл B».

    Pass the items in the nominative and decline the result: Mongolian puts the case
    ending on the last item only («БНХАУ болон ОХУ-ын», «Ч.Номин, Б.Жавхлан нарт»), and
    :func:`inflect` does exactly that: ``inflect(join(names, kind="person"), "com")``.
    """
    if isinstance(items, str):
        raise TypeError("join() takes a sequence of phrases, not a single string")
    if conj not in ("and", "or"):
        raise ValueError(f"unknown conjunction {conj!r}; expected 'and' or 'or'")
    _check_kind(kind)
    parts = [item for item in items if item.strip()]  # kept verbatim: callers find them again
    if len(parts) <= 1:
        return parts[0] if parts else ""
    if kind == "person" and conj == "and":
        return ", ".join(parts) + " нар"  # the plural of people, not «болон»
    word = "болон" if conj == "and" else "эсвэл"
    return f"{', '.join(parts[:-1])} {word} {parts[-1]}"


# --- phrase level ------------------------------------------------------------------------


def built_on_participle(phrase: str) -> bool:
    """Whether a name is built on a participle («хамтран ажиллах санамж бичиг», «харилцаа тогтоох тухай
    хэлэлцээр»): the sides before it then take the adverbial «хооронд», as before a verb («A, B хооронд …
    тогтоосон», ontsgoi.mn, updown.mn), not the adjectival «хоорондын», which wants a noun next."""
    return bool(_PARTICIPLE_BEFORE_NOUN.search(phrase))


# a future participle (-х) right before «тухай» or a document noun
_PARTICIPLE_BEFORE_NOUN = re.compile(r"\w{2,}(?:ах|эх|ох|өх)\s+(?:тухай|санамж|хэлэлцээр|хөтөлбөр|төлөвлөгөө|протокол|"
                                     r"гэрээ|мэдэгдэл|тунхаглал|баримт)")


def _check_case(case: str) -> None:
    if case not in CASES and case not in EXTRA_CASES:
        raise ValueError(f"unknown Mongolian case {case!r}; expected one of {', '.join(CASES + EXTRA_CASES)}")


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}; expected one of {', '.join(KINDS)}")


def _inflect_phrase(phrase: str, case: str, kind: str) -> str:
    if phrase[-1] in _CLOSING_QUOTES:
        return phrase + _detached_suffix(_quoted_word(phrase), case, kind)  # “… гэрээ”-г
    if phrase.endswith(")") and "(" in phrase:
        return phrase + _detached_suffix(_word_before_parenthesis(phrase), case, kind)  # Улс (БНКУ)-аас
    last = phrase.rpartition(" ")[2]
    if not last[-1].isalnum():
        raise ValueError(f"cannot inflect {phrase!r}: it does not end in a word, a numeral, a quote or a parenthesis")
    if _is_detached(last):
        return phrase + _detached_suffix(last, case, kind)
    word = _analyse(last, kind)
    if case == "dir":
        return phrase + _directive(word)
    stem, ending = _form(word, case)
    return phrase[: len(phrase) - len(last)] + stem + ending


def _is_detached(token: str) -> bool:
    """Abbreviations, numerals and Latin words take the ending after a hyphen."""
    return bool(_ABBREVIATION.match(token) or _TRAILING_NUMBER.search(token) or _LATIN.search(token))


def _detached_suffix(token: str, case: str, kind: str) -> str:
    """The ending of ``token`` as written after a hyphen (or the directive word after a space)."""
    if _ABBREVIATION.match(token):
        reading, reading_kind = _abbreviation_reading(token)
        suffix = _hyphenated(_analyse(reading, reading_kind), case)
        if case == "dat":  # УИХ-д, ОХУ-д, МАХН-д whatever the reading; ЭСЯ-нд keeps its н
            return "-нд" if suffix.endswith("нд") else "-д"
        return suffix
    number = _TRAILING_NUMBER.search(token)
    if number:
        value = int(re.sub(r"[,.]", "", number.group(1)))
        return _numeral_suffix(value, case, date=bool(_DATE_NUMERAL.match(token)))
    if _LATIN.search(token) or not token[-1:].isalpha():
        return _latin_suffix(case)
    return _hyphenated(_analyse(token, kind), case)


def _hyphenated(word: _Word, case: str) -> str:
    if case == "dir":
        return _directive(word)
    _, ending = _form(word, case)
    if case == "dat":
        ending = ending.lstrip("аэоөи")  # ОХУ-д, ЭСЯ-нд: no linking vowel after a hyphen
    return "-" + ending


def _quoted_word(phrase: str) -> str:
    inner = phrase.rstrip(_CLOSING_QUOTES).rstrip()
    return inner.rpartition(" ")[2].lstrip("“«\"'‘") or inner


def _word_before_parenthesis(phrase: str) -> str:
    opening = phrase.rindex("(")
    before = phrase[:opening].strip()
    return before.rpartition(" ")[2] if before else phrase[opening + 1 : -1].strip()


def _abbreviation_reading(abbreviation: str) -> tuple[str, str]:
    if abbreviation in _ABBREVIATION_READINGS:
        return _ABBREVIATION_READINGS[abbreviation]
    return _LAST_LETTER_READINGS.get(abbreviation[-1], "байгууллага"), "common"


def _numeral_suffix(number: int, case: str, date: bool) -> str:
    """The ending of the number's last word as read aloud.

    A bare number at the end of a phrase is a day of the month and is read with the н of
    dates: 29-ний, 18-22-ны, 7-нд, 28-наас. A number inside a name is read plainly:
    Ковид-19-ийн.
    """
    reading = _number_word(number)
    word = _analyse(reading, "common")
    if reading == "ес":  # its е is [jө]: есөн, есөөр
        word = dataclasses.replace(word, harmony=_ROUNDED_FRONT)
    if date and case in ("gen", "dat", "abl"):
        return "-" + _hidden_n_ending(word.harmony, case)
    return _hyphenated(word, case)


def _number_word(number: int) -> str:
    if number % 10:
        return _UNITS[number % 10]
    if number % 100:
        return _TENS[number % 100 // 10]
    for power, word in _POWERS:
        if number % power == 0 and number:
            return word
    return "тэг"


def _latin_suffix(case: str) -> str:
    """Latin brand names cannot be read reliably; front endings after a hyphen (Google-ийн)."""
    endings = {"gen": "ийн", "acc": "ийг", "dat": "д", "abl": "ээс", "ins": "ээр", "com": "тэй"}
    return " рүү" if case == "dir" else "-" + endings[case]


# --- word analysis -----------------------------------------------------------------------


def _analyse(token: str, kind: str) -> _Word:
    """Decide how ``token`` declines: its pattern, harmony and stem before vowels."""
    name = _INITIALS.sub("", token)
    # A proper name is capitalised (a lowercase «аймаг», «нар» in a place or person phrase is not).
    proper = name != token or (kind in ("person", "place") and token[:1].isupper())
    harmony = _harmony(name)
    entry = _exception(token.lower())
    if entry is not None and (entry.names_too or not proper):
        stem = _match_case(entry.stem, token) if entry.stem else token
        pattern = "consonant" if entry.pattern == "fleeting" else entry.pattern
        return _Word(token, pattern, harmony, stem)
    pattern = _pattern(name.lower(), proper, kind)
    return _Word(token, pattern, harmony, _vowel_stem(token, pattern))


def _pattern(word: str, proper: bool, kind: str) -> str:
    last, before = word[-1], word[-2:-1]
    if last == "ь":
        return "soft"
    if last == _DIPHTHONG_END:
        return "diphthong"
    if last not in _VOWELS:
        return "velar_n" if last == "н" and proper and word.endswith(_VELAR_NAME_ENDINGS) else "consonant"
    if before in _VOWELS:
        if before + last in _LONG_VOWELS:
            return "g_vowel" if proper else "long_hidden"
        return "g_vowel"  # a foreign vowel pair: Токио, радио
    if last in "аэоө":
        return "g_vowel" if proper and _looks_foreign(word) else "native_vowel"
    if last == "и" and kind != "person":
        return "i_final"  # технологийн, Австралийн
    return "g_vowel"  # у, ү, е, ё, ю, я, ы and names in и: Ли Жаньшугийн, Тошимицүгийн


def _looks_foreign(word: str) -> bool:
    """A proper name in a short vowel that keeps it: Москва, Астана, Кишида, Матвиенко."""
    core = word.rpartition("-")[2]
    if core[-1] in "эө" or any(letter in core for letter in "өү"):
        return False  # э, ө, ү are Mongolian spellings: Оюун-Эрдэнэ, Сэлэнгэ
    if any(pair in core[:-1] for pair in _LONG_VOWELS | {"ий"}):
        return False  # Шийлэгдамба
    return core[-3:-1] not in _NATIVE_FINAL_CLUSTERS


def _harmony(word: str) -> str:
    part = word.lower().rpartition("-")[2]
    if len(part) > 2 and part[-1] == "ү" and part[-2] not in _VOWELS:
        # No Mongolian word ends in a short ү: it spells a foreign u and leaves harmony to
        # the vowel before (Игавахара Масарүтай, montsame.mn).
        part = part[:-1] + "и"
    if len(part) > 2 and part[-1] == "е" and part[-2] not in _VOWELS:
        # a foreign name that ends in the vowel е is read by it: Кобахидзетэй (the Mongolian reader of review 39),
        # while е in a closed syllable leaves harmony to the strong vowels (Токаевтай)
        return _FRONT
    for vowels in (_STRONG_VOWELS, _WEAK_VOWELS):
        for letter in reversed(part):
            if letter in vowels:
                return vowels[letter]
    return _FRONT


def _vowel_stem(token: str, pattern: str) -> str:
    if pattern == "native_vowel":
        return token[:-1]  # дарга → дарг-ын
    if pattern == "soft":
        return token[:-1] + "и"  # хууль → хуули-йн, хуули-ас
    return token


def _match_case(stem: str, token: str) -> str:
    return stem[:1].upper() + stem[1:] if token[:1].isupper() else stem


# --- endings -----------------------------------------------------------------------------


def _form(word: _Word, case: str) -> tuple[str, str]:
    """(stem, ending) of ``word`` in ``case``; the stem may differ from the word (Хурл-ын)."""
    builders = {
        "consonant": _consonant_form,
        "hidden_n": _hidden_n_form,
        "velar_n": _g_form,
        "g_vowel": _g_form,
        "long_hidden": _long_hidden_form,
        "diphthong": _diphthong_form,
        "native_vowel": _native_vowel_form,
        "soft": _soft_form,
        "i_final": _i_final_form,
    }
    return builders[word.pattern](word, case)


def _long(harmony: str) -> str:
    return harmony * 2


def _genitive_vowel(word: _Word) -> str:
    """ы in back words, ий in front words and after г, к, ж, ч, ш (аймгийн, багшийн)."""
    if word.harmony in (_FRONT, _ROUNDED_FRONT) or word.vowel_stem[-1:].lower() in _PALATAL_CONSONANTS:
        return "ий"
    return "ы"


def _consonant_form(word: _Word, case: str) -> tuple[str, str]:
    vowel = _genitive_vowel(word)
    if case == "gen":
        ending = vowel if word.vowel_stem.lower().endswith("н") else vowel + "н"
        return word.vowel_stem, ending  # Казахстаны, ордны; Хурлын
    if case == "acc":
        return word.vowel_stem, vowel + "г"
    if case == "dat":
        return word.text, _dative_after_consonant(word)
    return _common_tail(word, case)


def _common_tail(word: _Word, case: str) -> tuple[str, str]:
    """abl, ins and com, alike for consonant and vowel stems once the stem is chosen."""
    if case == "abl":
        return word.vowel_stem, _long(word.harmony) + "с"
    if case == "ins":
        return word.vowel_stem, _long(word.harmony) + "р"
    return word.text, _COMITATIVE[word.harmony]


def _dative_after_consonant(word: _Word) -> str:
    text = word.text.lower()
    last, before = text[-1], text[-2:-1]
    if last in "жчшщ":
        return "ид"
    if last in "гр" or (last in "кс" and before in _VOWELS):
        return "т"  # аймагт, Улаанбаатарт, Бишкект, Мажилист
    if last in "лмнв":
        return "д"  # Хуралд, Маминд, төвд
    return word.harmony + "д"  # Ховдод, Хятадад, Хүрэлсүхэд, Улсад


def _hidden_n_ending(harmony: str, case: str) -> str:
    """The endings that show a hidden н: -ны/-ний, -нд, -наас (хорооны, 7-нд, яамнаас)."""
    if case == "gen":
        return "ний" if harmony in (_FRONT, _ROUNDED_FRONT) else "ны"
    if case == "dat":
        return "нд"
    return "н" + _long(harmony) + "с"


def _hidden_n_form(word: _Word, case: str) -> tuple[str, str]:
    if case == "dat":
        link = "и" if word.text[-1].lower() in _PALATAL_CONSONANTS else word.harmony
        return word.text, link + "нд"  # яаманд, хэлэнд, хүчинд
    if case in ("gen", "abl"):
        return word.text, _hidden_n_ending(word.harmony, case)
    return _consonant_form(word, case)


def _g_form(word: _Word, case: str) -> tuple[str, str]:
    """Velar н and foreign or long final vowels: -гийн, -г, -д, -гаас, -гаар."""
    endings = {"gen": "гийн", "acc": "г", "dat": "д", "abl": "г" + _long(word.harmony) + "с",
               "ins": "г" + _long(word.harmony) + "р", "com": _COMITATIVE[word.harmony]}
    return word.text, endings[case]


def _long_hidden_form(word: _Word, case: str) -> tuple[str, str]:
    if case in ("gen", "dat", "abl"):
        return word.text, _hidden_n_ending(word.harmony, case)  # хорооны, хороонд, хорооноос
    return _g_form(word, case)  # хороог, хороогоор, хороотой


def _diphthong_form(word: _Word, case: str) -> tuple[str, str]:
    if case == "gen":
        return word.text, "н"  # Дубайн, Хэнтийн
    return _g_form(word, case)


def _native_vowel_form(word: _Word, case: str) -> tuple[str, str]:
    if case in ("gen", "acc"):
        # the г left by the dropped vowel is the back (хоолойн) г: даргын, not *даргийн
        front = word.harmony in (_FRONT, _ROUNDED_FRONT) or word.vowel_stem[-1:].lower() in "жчшщ"
        vowel = "ий" if front else "ы"
        return word.vowel_stem, vowel + ("н" if case == "gen" else "г")  # даргын, Оюун-Эрдэнийг
    if case == "dat":
        return word.text, "д"
    return _common_tail(word, case)  # даргаас, даргаар, даргатай


def _soft_form(word: _Word, case: str) -> tuple[str, str]:
    if case in ("gen", "acc"):
        return word.vowel_stem, "йн" if case == "gen" else "йг"  # Говийн, хуулийг
    if case == "dat":
        return word.text, "д"
    if case in ("abl", "ins"):
        return _i_vowel_ending(word, case)
    return word.text, _COMITATIVE[word.harmony]


def _i_final_form(word: _Word, case: str) -> tuple[str, str]:
    if case == "gen":
        return word.text, "йн"
    if case == "acc":
        return word.text, "йг"
    if case == "dat":
        return word.text, "д"
    if case in ("abl", "ins"):
        return _i_vowel_ending(word, case)
    return word.text, _COMITATIVE[word.harmony]


def _i_vowel_ending(word: _Word, case: str) -> tuple[str, str]:
    """After и the long ending loses its first vowel: хуулиас, Говиос, Австралиар."""
    consonant = "с" if case == "abl" else "р"
    if word.harmony in (_BACK, _ROUNDED_BACK):
        return word.vowel_stem, word.harmony + consonant
    if word.pattern == "soft":  # no front word in ь was found; drop it like a fleeting vowel
        return word.text[:-1], _long(word.harmony) + consonant
    return word.text, "г" + _long(word.harmony) + consonant  # front loans: a guess (see limits)


def _directive(word: _Word) -> str:
    """руу/рүү, луу/лүү after р, written apart: «Япон руу», «Улаанбаатар луу»."""
    front = word.harmony in (_FRONT, _ROUNDED_FRONT)
    consonant = "л" if word.text[-1].lower() == "р" else "р"
    return f" {consonant}{'үү' if front else 'уу'}"


# --- exceptions table --------------------------------------------------------------------


def _exception(word: str) -> _Entry | None:
    return _exceptions().get(word)


@functools.cache
def _exceptions() -> dict[str, _Entry]:
    """``mn_exceptions.csv``: nouns with a fleeting vowel, a hidden н or a velar н."""
    text = resources.files("briefing.grammar").joinpath(_EXCEPTIONS_FILE).read_text(encoding="utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if line and not line.startswith("#"))
    return {
        row["word"].lower(): _Entry(row["pattern"], row["stem"].lower(), row["scope"] == "any")
        for row in rows
    }
