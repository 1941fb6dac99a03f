"""Kazakh case endings (септік жалғаулары) and list joining for the briefing templates.

Kazakh marks case with a suffix on the **last word of the noun phrase only**; titles,
given names and genitive chains before it stay as they are: «Мәжіліс төрағасы Ерлан
Қошановпен», «Қазақстан Республикасы Парламенті Мәжілісінің Төрағасы». :func:`inflect`
therefore touches nothing but the end of the phrase: it adds an ending (after a hyphen
where Kazakh spelling wants one, before a closing quote, after a linking і for a few
loanwords) and changes no letter of the phrase. ``kind`` helps with the possessive (step
3); ``gender`` plays no part in Kazakh.

How the ending is chosen
------------------------
1. **Vowel harmony** (back ending -ға/-да/-ның… or front -ге/-де/-нің…) follows the last
   vowel of the last word. Letters from Russian and foreign words are read as the
   orthographic rules say [Emle §35], [Emle-2018 §94–95], [Loans]:

   * э, ё, ю, е are front (Хурэлсух is back only because of its last vowel у; Батцэцэг,
     актёр, костюм are front); я is back (Моңғолияға, Ли Цян).
   * и is front (Путин, Си Цзиньпин, Тбилиси) unless the word also has a letter that only
     back Kazakh words have (ғ, қ, ұ, ы): then и is read ый and the vowel before it decides
     (мұхит, Ғали).
   * у after a vowel is a glide (Мәскеуге, Нұртілеуге); word-final after a consonant it is
     ұу/үу and the vowel before it decides (кездесуге, Шойгуға, суға); before a consonant
     it is a foreign [u], back (Стамбул, Хурэлсух).
   * the Russian surname suffixes -ов/-ев/-ёв are transparent, the stem decides:
     Тоқаевтың, Әшімбаевтың but Мүсіреповтің, Әуезовтің, Бектеновке [Names].
   * words ending in рк, рг, нк, кс, кт, ск, лк, кл, фт, пт are front (Нью-Йоркке,
     паркке); кт, ск, фт, пт also take a linking і (фактіге, Минскіге) [Emle §35]; a word in нг
     keeps its last vowel's harmony and no linking і (брифингте, Гонконгтың, Вонгпен: press
     usage, the Kazakh readers of fresh89 and fresh90),
     [Loans]; a final х after a non-Kazakh vowel is back (цехта, шейхтың) [Emle-2018 §94];
     one-syllable words with a final ь are front [Emle §35].

2. **The final sound** picks the consonant of the ending [Table]:

   ===========  ========================  ======  =====  =====  =====  ======  ======
   class        letters                   gen     dat    acc    loc    abl     ins
   ===========  ========================  ======  =====  =====  =====  ======  ======
   vowel        а ә е э ё о ө ұ ү ы і я   -ның    -ға    -ны    -да    -дан    -мен
   nasal        м н ң                     -ның    -ға    -ды    -да    -нан    -мен
   sonorant     р л й, и у ю (glide)      -дың    -ға    -ды    -да    -дан    -мен
   voiced       з ж                       -дың    -ға    -ды    -да    -дан    -бен
   voiceless    п т к қ с ш ф х ц ч щ һ,  -тың    -қа    -ты    -та    -тан    -пен
                and б в г д (devoiced)
   ===========  ========================  ======  =====  =====  =====  ======  ======

   (front forms -нің, -ге, -ні, -де, -ден… alike). Final б, в, г, д are pronounced
   devoiced and take the voiceless row: Қошановпен, Тоқаевтың, штабтан [Emle §36].
   No case ending starts with a vowel, so stems never alternate (кітапқа, кітапты).

3. **Third-person possessive** (тәуелдік жалғау): a phrase whose last word is in the
   possessive (Қазақстан Республикасы, Моңғолия Президенті, ауыл шаруашылығы) takes the
   pronominal н: -ның/-нің, -на/-не, -н, -нда/-нде, -нан/-нен, -мен. The form alone does
   not show it (Алматы, елші, Қыдырәлі end in -ы/-і too), so :func:`_is_possessive_final`
   decides with these steps, first match wins:

   a. a last word in -ұлы/-қызы is a patronymic, possessive in every kind: Кемелұлына;
   b. ``kind="person"``: nothing else is possessive (Дархан Қыдырәліге);
   c. a word of the short non-possessive list (Алматы, Қарағанды, ұлы, жақсы…): no;
   d. a known possessive head (Президенті, министрі, Хуралы…) or the possessive of an
      abstract noun in -лық/-дық/-тық (министрлігі, орталығы, шаруашылығы): yes;
   e. otherwise the word must end in -сы/-сі after a vowel (Республикасы, басшысы) or in
      -ы/-і after a consonant other than ш or after the у of a verbal noun (толуы, өтуі) (-шы/-ші makes agent nouns: елші, басшы); such
      a word is possessive if it ends in -сы/-сі, if ``kind`` is ``title``,
      ``institution`` or ``document``, or if the phrase has more than one word (izafet:
      «Шығыс Қазақстан облысы»). A single common or place word in consonant + ы/і is not
      (Алматы, Текелі).

   Known limits: a phrase of several names given as ``kind="common"`` can be misread
   («Тоқаев пен Қыдырәлі» → give ``kind="person"``); possessives of ш-stems (күші) are
   read as agent nouns; a lexicalised non-possessive word missing from the list (c) that
   ends a multi-word common phrase is read as possessive.

4. **Written-apart endings**: abbreviations, numerals and Latin names take the ending after
   a hyphen [Emle-2021 §73–74], [Dash]:

   * an abbreviation in capitals is read letter by letter, consonants named with ы
     (бы, ды, сы…) and к, г with і, vowels as themselves; the consonant names follow the
     abbreviation's own last vowel letter if it has one (СІМ-нің): ТМД-ға, ЖШС-ның, АҚ-ның,
     МКК-ге, БҰҰ-ның, ЕҚЫҰ-ға, ҚТЖ-ны. Those read as words are listed:
     АҚШ-қа, АҚШ-тың, БАҚ-қа. A mixed abbreviation ending in a capital is read as a word:
     ҚазҰУ-дың [Emle-2021 §75]. Text set in capitals for display (АСТАНА) would be taken
     for an abbreviation: inflect before upper-casing.
   * a numeral takes the ending of the last word of its Kazakh reading: 5-ке, 4-ті, 20-ны,
     2-ге, 100-ге, 80-нен, 11-ге (он бір), 11,5-тен (…оннан бес), 19%-ға (пайыз), also at
     the end of a name (G20-ның, COVID-19-ға); a Roman numeral (I, V, X, in Latin or
     Cyrillic letters) is an ordinal: Абдалла II-нің (екінші, baq.kz), XVI-ның (алтыншы).
   * Latin names are read roughly (last vowel group, silent final e): NATO-ның, EXPO-ға,
     USAID-тың. Letter-by-letter Latin abbreviations (BBC) are not handled.
   * a name in quotes: a Kazakh word takes its ending inside the quotes, «Самұрық-Қазынаға»
     (kaz.zakon.kz), «Самұрық-Қазынаның» (newsroom.kz), «Социалистік Қазақстанға» (ult.kz);
     what takes a hyphen takes it after the closing quote, «КАТКО»-ның (egemen.kz),
     «Kazakh Invest»-ке. Official texts mostly avoid both with a head noun after the name
     («Самұрық-Қазына» АҚ-ның, «Kazakh Invest» ұлттық компаниясы): templates should too.

Initials before a surname are skipped (Д.Амарбаясгаланмен, Е. Қошановқа); only the last
component of a hyphenated word decides (Ұлан-Батырда, Премьер-Министрге). A trailing
parenthesis is kept after the inflected phrase: «Тәуелсіз Мемлекеттер Достастығына (ТМД)».

Lists (:func:`join`): two items «A мен B» with мен/бен/пен chosen by the last sound of A
like the instrumental (Қазақстан мен Моңғолия, АҚШ пен Қазақстан, Мәжіліс пен Сенат,
қағаз бен қалам); three or more «A, B және C», the form of official names and of the
President's own words («Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі
министрлігі»; «сауда-экономикалық, инвестициялық және энергетикалық салаларда»);
``conj="or"`` gives «A, B немесе C».

References
----------
[Table]   Case-ending table (after which sounds -ның/-дың/-тың etc.), ent-2014.kz:
          https://ent-2014.kz/tutorials/septikter-padezhi.html ; standard reference:
          «Қазақ грамматикасы. Фонетика, сөзжасам, морфология, синтаксис», Астана, 2002,
          септік жалғаулары, тәуелдік жалғаулары.
[Emle]    Қазақ тілінің орфографиялық сөздігі, «Қазақ тілінің негізгі емле ережелері»
          §35 (рк, рг, нк, нг, кс, кт, ск, лк…; ё, э; ь) and §36 (б, в, г, д + қатаң):
          http://emirsaba.org/orfografiyali-sozdik-v2.html?page=131
[Emle-2018] Жаңа әліпби негізіндегі қазақ тілі емлесінің ережелері (2018) §92–95:
          http://emirsaba.org/jaa-elipbi-negizindegi-astana-2018-aza-tili-emlesini-erejeleri.html?page=18
[Emle-2021] Емле ережелері, VII тарау «Қысқарған сөздер емлесі» §73–75 (дереккөзі:
          Egemen Qazaqstan): https://qazlat.kz/qz/docs/abbreviations
[Dash]    emle.kz, «Дефис», 3–4, 6-тармақ (5-ке, 4-ті, 20-ны, 2-ге; ҚазҰУ-ға, БҰҰ-дан):
          https://emle.kz/kz/punctuation?id=7
[Loans]   Loanword endings (кт, ск, фт, пт + і; ё, ю; х): http://dereksiz.org/myagkie-i-tverdie-slova.html?page=3
[Names]   Surnames in -ов: «Ғабит Мүсіреповтің», «Мүсіреповпен» https://adebiportal.kz/kz/amp/news/view/23810 ;
          «Müsırepovke», «Äuezovtıŋ» https://adyrna.kz/lt/post/174881 ; «Тоқаевтың» baq.kz
          (terminology.md §1.1, §6.2).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import Enum
from typing import NamedTuple

from briefing.grammar import KINDS

CASES = ("nom", "gen", "dat", "acc", "loc", "abl", "ins")
_CASE_ALIASES = {"com": "ins"}  # Kazakh's comitative and instrumental are one case (көмектес)


class _Sound(Enum):
    """The class of the last sound, which picks the first consonant of the ending."""

    VOWEL = "vowel"
    NASAL = "nasal"
    SONORANT = "sonorant"
    VOICED = "voiced"
    VOICELESS = "voiceless"


class _Reading(NamedTuple):
    back: bool
    sound: _Sound
    link: str = ""  # a linking vowel some loanwords take before the ending (факт → фактіге)


class _Target(NamedTuple):
    reading: _Reading
    hyphen: bool  # the ending is written after a hyphen
    word: str | None  # the Cyrillic word whose possessive form matters, or None


_V, _N, _S, _Z, _T = _Sound.VOWEL, _Sound.NASAL, _Sound.SONORANT, _Sound.VOICED, _Sound.VOICELESS

# (back, front) ending for each case and final-sound class.
_ENDINGS: dict[str, dict[_Sound, tuple[str, str]]] = {
    "gen": {_V: ("ның", "нің"), _N: ("ның", "нің"), _S: ("дың", "дің"), _Z: ("дың", "дің"), _T: ("тың", "тің")},
    "dat": {_V: ("ға", "ге"), _N: ("ға", "ге"), _S: ("ға", "ге"), _Z: ("ға", "ге"), _T: ("қа", "ке")},
    "acc": {_V: ("ны", "ні"), _N: ("ды", "ді"), _S: ("ды", "ді"), _Z: ("ды", "ді"), _T: ("ты", "ті")},
    "loc": {_V: ("да", "де"), _N: ("да", "де"), _S: ("да", "де"), _Z: ("да", "де"), _T: ("та", "те")},
    "abl": {_V: ("дан", "ден"), _N: ("нан", "нен"), _S: ("дан", "ден"), _Z: ("дан", "ден"), _T: ("тан", "тен")},
    "ins": {_V: ("мен", "мен"), _N: ("мен", "мен"), _S: ("мен", "мен"), _Z: ("бен", "бен"), _T: ("пен", "пен")},
}
# After the third-person possessive the endings start with the pronominal н.
_POSSESSIVE_ENDINGS: dict[str, tuple[str, str]] = {
    "gen": ("ның", "нің"),
    "dat": ("на", "не"),
    "acc": ("н", "н"),
    "loc": ("нда", "нде"),
    "abl": ("нан", "нен"),
    "ins": ("мен", "мен"),
}

_BACK_VOWELS = frozenset("аоұыя")
_FRONT_VOWELS = frozenset("әеэёөүію")
_VOWEL_LETTERS = _BACK_VOWELS | _FRONT_VOWELS | frozenset("иу")
_KAZAKH_FRONT_VOWELS = frozenset("әөүі")
_BACK_ONLY_LETTERS = frozenset("ғқұы")  # letters of back Kazakh words only: here и reads ый
_CYRILLIC_CONSONANTS = frozenset("бвгғджзйкқлмнңпрстфхһцчшщ")
_SOUND_OF_LETTER: dict[str, _Sound] = {
    **dict.fromkeys("аәеэёоөұүыія", _V),
    **dict.fromkeys("мнң", _N),
    **dict.fromkeys("рлйиую", _S),
    **dict.fromkeys("зж", _Z),
}

_SURNAME_SUFFIXES = ("ов", "ев", "ёв")
_FRONT_CLUSTERS = ("рк", "рг", "нк", "кс", "кт", "ск", "лк", "кл", "фт", "пт")
# (not нг: a word in -нг keeps the harmony of its last vowel, «брифингте», «митингке», but «Гонконгтың», «Фонгтың»: the
# Kazakh reader of fresh90; nor does it take a linking і, «Вонгпен», never «Вонгімен», the Kazakh reader of fresh89)
_LINKING_I_CLUSTERS = ("кт", "ск", "фт", "пт")

# Step (d) of the possessive test: heads in consonant + ы/і that are nearly always the
# possessive form in titles and names of bodies and places.
_POSSESSIVE_HEADS = frozenset(
    {
        "президенті", "министрі", "депутаты", "мәжілісі", "сенаты", "парламенті", "хуралы",
        "үкіметі", "ұйымы", "одағы", "кеңесі", "комитеті", "аймағы", "ауданы", "өкілі",
        "әкімі", "штаттары", "әмірліктері", "банкі", "қоры", "тобы", "қоғамы", "университеті",
        "институты", "департаменті", "орынбасары", "бөлімі", "аппараты", "жолы",
    }
)
_ABSTRACT_NOUN_POSSESSIVES = ("лығы", "лігі", "дығы", "дігі", "тығы", "тігі")
_PATRONYMICS = ("ұлы", "қызы")
# Step (c): words in -ы/-і that are not possessive but may end a multi-word phrase.
_NOT_POSSESSIVE = frozenset(
    {
        "алматы", "қарағанды", "текелі", "көкпекті", "қаржы", "кісі", "ірі", "кіші", "ескі",
        "жақсы", "жоғары", "ұлы", "сары", "екі", "алты", "жеті", "осы", "бері", "ары",
    }
)
_INSTITUTIONAL_KINDS = frozenset({"title", "institution", "document"})

# Abbreviations read as a word rather than letter by letter [Emle-2021 §73: «Бірақ АҚШ-қа»].
_ABBREVIATIONS_READ_AS_WORDS = {"АҚШ": "ақш", "БАҚ": "бақ"}

_UNITS = ("", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз")
_TENS = ("", "он", "жиырма", "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан")
_NUMBER = re.compile(r"(\d+)(?:[.,](\d+))?(%?)")
_TRAILING_NUMERAL = re.compile(r"(\d[\d \u00a0\u202f]*(?:[.,]\d+)?%?)$")
_ROMAN_NUMERAL = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")
_ROMAN_DIGITS = {"I": 1, "V": 5, "X": 10}
_CYRILLIC_ROMAN_LOOKALIKES = str.maketrans({"І": "I", "Х": "X"})
_GROUPED_NUMBER_AT_END = re.compile(r"(\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?%?)$")
_LAST_TOKEN = re.compile(r"(\S+)$")
_TRAILING_PARENTHESIS = re.compile(r"^(.*\S)(\s*\([^()]*\))$", re.DOTALL)
_OPENING_MARKS = "«“„\"'("
_CLOSING_QUOTES = "»”\"’"
_LATIN_VOWELS = frozenset("aeiouy")

_COMITATIVE_PARTICLES = {_V: "мен", _N: "мен", _S: "мен", _Z: "бен", _T: "пен"}
_CONJUNCTIONS = {"and": "және", "or": "немесе"}


def inflect(phrase: str, case: str, kind: str = "common", gender: str | None = None) -> str:
    """``phrase`` in ``case``, the ending on its last word only (``gender`` plays no part in Kazakh)."""
    case = _normalise_case(case)
    _check_kind(kind)
    core = phrase.rstrip()
    if case == "nom" or not core:
        return phrase
    return _inflect_core(core, case, kind) + phrase[len(core) :]


def plural(phrase: str) -> str:
    """``phrase`` with its last word in the plural: «коммюникелер», «мәлімдемелер», «декларациялар». The ending's
    consonant follows the last sound (л after a vowel, р, й, у; д after л, м, н, ң, з, ж; т after the others), its
    vowel the word's harmony [Emle-2021 §§ on the plural ending]."""
    core = phrase.rstrip()
    word = _LAST_TOKEN.search(core)
    if word is None:
        return phrase
    reading = _word_reading(word.group(1))
    last = word.group(1).lower().rstrip("ьъ")[-1:]
    if reading.sound is _V or (reading.sound is _S and last != "л"):
        consonant = "л"
    elif reading.sound in (_N, _Z) or last == "л":
        consonant = "д"
    else:
        consonant = "т"
    return core + consonant + ("а" if reading.back else "е") + "р" + phrase[len(core):]


def plural_possessive(phrase: str) -> str:
    """An izafet's head in the plural: «Пәкістан сенаторы» → «Пәкістан сенаторлары», «министрі» → «министрлері»; the
    plural ending goes before the possessive one (сенатор-лар-ы), never after it («сенаторылар»)."""
    core = phrase.rstrip()
    words = core.split()
    if not words:
        return phrase
    last = words[-1]
    shape = _possessive_shape(last.lower())
    if shape == "vowel + сы":
        stem = last[:-2]
    elif shape == "consonant + ы":
        stem = last[:-1]
        stem = stem[:-1] + _UNVOICED.get(stem[-1], stem[-1])  # «ынтымағы» → «ынтымақ»
    else:
        return plural(phrase)  # no possessive ending to move: «сенатор» → «сенаторлар»
    return possessive(plural(" ".join([*words[:-1], stem]))) + phrase[len(core):]


def possessive(phrase: str) -> str:
    """The third-person possessive of ``phrase``'s last word, the head of an izafet: «Комиссияның отырысы»,
    «ұйымның саммиті», «конференциясы». The third-person тәуелдік жалғау: after a consonant (or у) -ы/-і, a final
    к, қ, п voiced (ынтымақ → ынтымағы); after a vowel -сы/-сі; back or front by the word's harmony (as
    :func:`inflect` reads it)."""
    core = phrase.rstrip()
    if not core:
        return phrase
    last = core.split()[-1].lower()
    back = _is_back(last)
    final = last.rstrip("ьъ")[-1:]
    if final in _VOWEL_LETTERS and final != "у":
        return core + ("сы" if back else "сі") + phrase[len(core):]
    voiced = core[:-1] + _VOICED.get(core[-1], core[-1])
    return voiced + ("ы" if back else "і") + phrase[len(core):]


_VOICED = {"к": "г", "қ": "ғ", "п": "б"}  # a final voiceless stop voices before a vowel ending
_UNVOICED = {voiced: voiceless for voiceless, voiced in _VOICED.items()}  # ... and is voiceless again without it


def join(items: Sequence[str], conj: str = "and", kind: str = "common") -> str:
    """Already-inflected ``items`` joined the Kazakh way: «A мен B», «A, B және C», «A немесе B»."""
    _check_kind(kind)
    if isinstance(items, str):
        raise TypeError("join() takes a sequence of phrases, not a single string")
    if conj not in _CONJUNCTIONS:
        raise ValueError(f"unknown conjunction {conj!r}; expected one of {sorted(_CONJUNCTIONS)}")
    parts = [item for item in items if item.strip()]
    if len(parts) <= 1:
        return parts[0] if parts else ""
    if conj == "and" and len(parts) == 2:
        return f"{parts[0]} {_comitative_particle(parts[0])} {parts[1]}"
    return f"{', '.join(parts[:-1])} {_CONJUNCTIONS[conj]} {parts[-1]}"


def _normalise_case(case: str) -> str:
    name = _CASE_ALIASES.get(case, case)
    if name not in CASES:
        raise ValueError(f"unknown Kazakh case {case!r}; expected one of {', '.join(CASES)} (or 'com' for 'ins')")
    return name


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}; expected one of {', '.join(KINDS)}")


def _inflect_core(core: str, case: str, kind: str) -> str:
    parenthesis = _TRAILING_PARENTHESIS.match(core)
    if parenthesis:  # «Достастығы (ТМД)»: the ending belongs to the phrase, not the gloss
        return _inflect_core(parenthesis.group(1), case, kind) + parenthesis.group(2)
    token = _last_token(core)
    target = _analyse(token, place=kind == "place")
    words_before = core[: len(core) - len(token)].split()
    possessive = target.word is not None and _is_possessive_final(words_before, target.word, kind)
    ending = _ending(case, target.reading, possessive)
    quotes = token[len(token.rstrip(_CLOSING_QUOTES)) :]
    if quotes and not target.hyphen:  # «Самұрық-Қазынаға»: a quoted word takes its ending inside
        return core[: len(core) - len(quotes)] + ending + quotes
    return core + ("-" if target.hyphen else "") + ending


def _ending(case: str, reading: _Reading, possessive: bool) -> str:
    back_front = _POSSESSIVE_ENDINGS[case] if possessive else _ENDINGS[case][reading.sound]
    link = "" if possessive else reading.link
    return link + back_front[0 if reading.back else 1]


def _last_token(text: str) -> str:
    grouped = _GROUPED_NUMBER_AT_END.search(text)  # «1 000 000» is one numeral
    if grouped and (grouped.start() == 0 or text[grouped.start() - 1].isspace()):
        return grouped.group(1)
    match = _LAST_TOKEN.search(text)
    if match is None:
        raise ValueError(f"no word to inflect in {text!r}")
    return match.group(1)


def _analyse(token: str, place: bool = False) -> _Target:
    """How the last token sounds (closing quotes aside), and whether its ending goes after a hyphen; a ``place`` is
    read as a word, never as a surname with a transparent suffix."""
    token = token.rstrip(_CLOSING_QUOTES)
    numeral = _TRAILING_NUMERAL.search(token)
    if numeral:  # 20, 11,5, 19%, G20, COVID-19
        return _Target(_number_reading(re.sub(r"[ \u00a0\u202f]", "", numeral.group(1))), True, None)
    word = _last_component(token)
    roman = word.translate(_CYRILLIC_ROMAN_LOOKALIKES)  # ХХІ is often typed in Cyrillic
    if _ROMAN_NUMERAL.fullmatch(roman):  # Абдалла II-нің: an ordinal, read екінші
        return _Target(_ordinal_reading(_roman_value(roman)), True, None)
    if _is_latin(word[-1]):
        return _Target(_latin_reading(word), True, None)
    if _is_abbreviation(word):
        return _Target(_abbreviation_reading(word), True, None)
    return _Target(_word_reading(word, place), False, word)


def _last_component(token: str) -> str:
    """The part of the token that is spoken last: the surname after initials, the last half of a compound."""
    word = re.split(r"[.\-‐–]", token)[-1].lstrip(_OPENING_MARKS)
    if not word or not word[-1].isalpha():
        raise ValueError(f"cannot inflect {token!r}: it does not end in a letter or a numeral")
    return word


# --- Cyrillic words -------------------------------------------------------------------


def _word_reading(word: str, place: bool = False) -> _Reading:
    lowered = word.lower()
    core = lowered.rstrip("ьъ")
    if not core or (core[-1] not in _SOUND_OF_LETTER and core[-1] not in _CYRILLIC_CONSONANTS):
        raise ValueError(f"cannot inflect {word!r}: not a Kazakh-Cyrillic word")
    sound = _SOUND_OF_LETTER.get(core[-1], _T)  # every other consonant, б в г д included, is voiceless here
    if core.endswith(_LINKING_I_CLUSTERS):
        return _Reading(back=False, sound=_V, link="і")
    return _Reading(back=_is_back(lowered, place), sound=sound)


def _is_back(word: str, place: bool = False) -> bool:
    core = word.rstrip("ьъ")
    if word.endswith("ь") and sum(letter in _VOWEL_LETTERS for letter in core) == 1:
        return False  # one-syllable words with ь: front [Emle §35]
    if core.endswith(_FRONT_CLUSTERS):
        return False  # парк, Нью-Йорк: front [Emle §35]
    if re.search(r"[^аоұыяәеэёөүіюиу]ин$", core) and sum(letter in _VOWEL_LETTERS for letter in core) >= 2:
        return False  # the Russian suffix -ин reads front: «Путиннің», «Жұманғариннің» (review 44), «Берлиннің»
    stem = core if place else _without_surname_suffix(core)  # a city in -ев is no surname: «Могилевте»
    vowel = _harmony_vowel(stem)
    if vowel == "и" and stem != core and re.search(r"[аоұыя][^аоұыяәеэёөүіюиу]*и[^аоұыяәеэёөүіюиу]*$", stem):
        # a surname whose stem ends in и after a back vowel: «Исмоиловтың» (review 38), «Рахимовтың», «Ятимовтың»
        # (the Kazakh reader of review s21)
        return True
    if core.endswith("х") and vowel not in _KAZAKH_FRONT_VOWELS:
        return True  # цех, шейх, Хурэлсух: back [Emle-2018 §94]
    return vowel is None or vowel in _BACK_VOWELS or vowel == "у"


def _without_surname_suffix(word: str) -> str:
    """Тоқаев → тоқа: the Russian surname suffix does not take part in harmony."""
    if word.endswith(_SURNAME_SUFFIXES) and any(letter in _VOWEL_LETTERS for letter in word[:-2]):
        return word[:-2]
    return word


def _harmony_vowel(word: str) -> str | None:
    """The vowel letter that decides harmony, reading и and у as Kazakh spelling means them."""
    reads_iy_as_back = not _BACK_ONLY_LETTERS.isdisjoint(word)
    for index in range(len(word) - 1, -1, -1):
        letter = word[index]
        if letter in _BACK_VOWELS or letter in _FRONT_VOWELS:
            return letter
        if letter == "и" and not reads_iy_as_back:
            return letter
        if letter == "у" and not _is_glide_u(word, index):
            return letter
    return None


def _is_glide_u(word: str, index: int) -> bool:
    """у after a vowel (Мәскеу) or word-final after a consonant (кездесу) lets the vowel before it decide."""
    after_vowel = index > 0 and word[index - 1] in _VOWEL_LETTERS
    return after_vowel or index == len(word) - 1


# --- possessive-final phrases -----------------------------------------------------------


def _is_possessive_final(words_before: list[str], word: str, kind: str) -> bool:
    """Whether the last word is in the third-person possessive (see the module docstring, step 3)."""
    last = word.lower()
    if last.endswith(_PATRONYMICS) and last != "ұлы":
        return True
    if kind == "person" or last in _NOT_POSSESSIVE:
        return False
    if last in _POSSESSIVE_HEADS or last.endswith(_ABSTRACT_NOUN_POSSESSIVES):
        return True
    shape = _possessive_shape(last)
    if shape == "vowel + сы":
        return True
    return shape == "consonant + ы" and (kind in _INSTITUTIONAL_KINDS or bool(words_before))


def _possessive_shape(word: str) -> str | None:
    if len(word) < 3 or word[-1] not in "ыі":
        return None
    if word[-2] == "с" and word[-3] in _VOWEL_LETTERS:
        return "vowel + сы"  # Республикасы, басшысы, облысы
    if len(word) >= 4 and word[-2] == "у":
        return "consonant + ы"  # a verbal noun in -у: «30 жыл толуы», «ынтымақтастықты дамуы» (у is a glide here)
    if word[-2] in _VOWEL_LETTERS or word[-2] in "ьъш":
        return None  # -шы/-ші makes agent nouns (елші, басшы), not possessives
    return "consonant + ы"


# --- abbreviations, numerals, Latin names -----------------------------------------------


def _is_abbreviation(word: str) -> bool:
    """ТМД, БҰҰ (all capitals) or ҚазҰУ (ends in a capital after another one)."""
    capitals = sum(letter.isupper() for letter in word)
    return len(word) >= 2 and capitals >= 2 and word[-1].isupper()


def _abbreviation_reading(abbreviation: str) -> _Reading:
    if abbreviation in _ABBREVIATIONS_READ_AS_WORDS:
        return _word_reading(_ABBREVIATIONS_READ_AS_WORDS[abbreviation])
    if not abbreviation.isupper():
        return _word_reading(abbreviation)  # ҚазҰУ is said as a word [Emle-2021 §75]
    letters = abbreviation.lower()
    last = letters[-1]
    if last in _VOWEL_LETTERS:
        return _Reading(back=last in _BACK_VOWELS or last == "у", sound=_SOUND_OF_LETTER[last])
    return _Reading(back=_consonant_name_is_back(letters), sound=_V)


def _consonant_name_is_back(letters: str) -> bool:
    """The vowel of a consonant's name: кі, гі are front; бы, ды, сы… follow the abbreviation's vowels."""
    if letters[-1] in "кг":
        return False
    vowels = [letter for letter in letters if letter in _VOWEL_LETTERS]
    return not vowels or vowels[-1] in _BACK_VOWELS or vowels[-1] == "у"


def _number_reading(numeral: str) -> _Reading:
    match = _NUMBER.fullmatch(numeral)
    assert match is not None  # checked by the caller
    whole, fraction, percent = match.groups()
    if percent:
        return _word_reading("пайыз")
    return _word_reading(_last_number_word(int(fraction or whole)))  # 11,5 reads «…оннан бес»


def _ordinal_reading(number: int) -> _Reading:
    """An ordinal ends in -ыншы/-інші after the last word of the numeral: екінші, алтыншы, оныншы."""
    return _Reading(back=_word_reading(_last_number_word(number)).back, sound=_V)


def _roman_value(numeral: str) -> int:
    values = [_ROMAN_DIGITS[letter] for letter in numeral]
    return sum(-value if value < after else value for value, after in zip(values, values[1:] + [0], strict=True))


def _last_number_word(number: int) -> str:
    """The last word of the Kazakh reading of ``number``: 11 → бір, 80 → сексен, 1000 → мың."""
    if number == 0:
        return "нөл"
    if number % 10:
        return _UNITS[number % 10]
    if number % 100:
        return _TENS[number // 10 % 10]
    if number % 1000:
        return "жүз"
    for scale, name in ((10**6, "мың"), (10**9, "миллион"), (10**12, "миллиард")):
        if number % scale:
            return name
    return "триллион"


def _is_latin(letter: str) -> bool:
    return "a" <= letter.lower() <= "z"


# English letter names as an abbreviation is spelt out: "LLP" is «эл-эл-пи», so «LLP мен» (review 44)
_LATIN_LETTER_NAMES = dict(zip("abcdefghijklmnopqrstuvwxyz", "эй би си ди и эф джи эйч ай джей кей эл эм эн оу пи кью ар "
                                                             "эс ти ю ви дабл-ю экс уай зед".split(), strict=True))


def _latin_reading(word: str) -> _Reading:
    """A rough reading of a Latin name: its last vowel group and its last sounded letter; an abbreviation in
    capitals is read by the name of its last letter."""
    if len(word) >= 2 and word.isupper() and word.isalpha() and not any(letter in "AEIOUY" for letter in word[-2:]):
        return _word_reading(_LATIN_LETTER_NAMES[word[-1].lower()])
    letters = word.lower()
    if len(letters) > 2 and letters[-1] == "e" and letters[-2] not in _LATIN_VOWELS:
        letters = letters[:-1]  # silent final e: Google
    return _Reading(back=_latin_vowel_is_back(letters), sound=_latin_final_sound(letters[-1]))


def _latin_vowel_is_back(letters: str) -> bool:
    end = max((index for index, letter in enumerate(letters) if letter in _LATIN_VOWELS), default=-1)
    if end < 0:
        return True
    start = end
    while start > 0 and letters[start - 1] in _LATIN_VOWELS:
        start -= 1
    return letters[start] in "aouy"  # USAID: the group «ai» is read with a, back


def _latin_final_sound(letter: str) -> _Sound:
    if letter in "aeiou":
        return _V
    if letter in "mn":
        return _N
    if letter in "rlyw":
        return _S
    if letter in "zj":
        return _Z
    return _T


# --- lists ---------------------------------------------------------------------------------


def _comitative_particle(item: str) -> str:
    """мен, бен or пен after ``item``, by its last sound like the instrumental ending."""
    core = item.rstrip()
    parenthesis = _TRAILING_PARENTHESIS.match(core)
    if parenthesis:
        core = parenthesis.group(1)
    return _COMITATIVE_PARTICLES[_analyse(_last_token(core)).reading.sound]
