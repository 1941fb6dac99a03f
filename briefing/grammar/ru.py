"""Russian case forms for briefing templates: names, titles, institutions, places, documents.

Two engines, chosen by ``kind``:

* **Personal names** (``kind="person"``) use the rule table of the Petrovich project
  (https://github.com/petrovich/petrovich-rules, MIT), kept beside this module as
  ``ru_names.json``: it is the maintained ``rules.yml``/``gender.yml`` shipped in the PyPI
  package Petrovich 2.0.1, whose own loader reads an older ``rules.json`` (there «-й» comes
  before «-ий», so «о Юрие») and whose matcher skips the androgynous rules once a gender
  is given (male «Никита» stays undeclined). The rules are applied as the reference
  implementation does: exceptions first, then the first suffix rule whose gender is the
  name's or androgynous. Which word is the given name, patronymic or surname is told by
  shape and position (:func:`_name_roles`); the gender by the patronymic, surname, then
  given name when the caller gives none (:func:`_guess_gender`). Conventions for foreign
  names, checked against official usage (terminology.md §1.1, §5.2, §6.1 and the sources
  cited in tests/test_grammar_ru.py):

  - Mongolian full names decline both words; the genitive patronymic declines as a
    foreign masculine noun: «Ухнаагийна Хурэлсуха», «Миеэгомбыном Энхболдом».
  - The Montsame short form keeps the initial: «У.Хурэлсухом», «Г.Занданшатаром».
  - Compound given names decline their last part only, as official texts do
    («Касым-Жомарта Токаева», «Касым-Жомартом Токаевым»); one whose last part is
    indeclinable stays whole («Оюун-Эрдэнэ»). Russian double surnames decline every part.
  - Chinese, Korean, Vietnamese and Khmer names decline only the last word, and only when it
    ends in a consonant («Си Цзиньпина», «Ли Цяном», «Ким Чен Ына», «Ван И»).
  - Women's names ending in a consonant, and names ending in -о, -е, -и, -у, -ых/-их, do
    not decline («Батцэцэг», «Матвиенко», «Нуртлеу»).
  - Turkic patronymics with «улы/кызы/уулу/оглы» do not decline.

  These are the rules of Д. Э. Розенталь, «Справочник по правописанию и литературной
  правке», section «Склонение фамилий и имён», which also covers Eastern names.

* **Noun phrases** (every other kind) use pymorphy3 (OpenCorpora dictionary). The head
  noun phrase declines: the adjectives and participles that agree with the head noun
  before it, and the head noun itself. Everything after the head (the genitive or
  prepositional complement, «Мажилиса Парламента», «о сотрудничестве», text in «»
  quotes, Latin names, abbreviations in capitals such as МИД) stays as written. Parts of
  a title joined by a spaced dash each decline («заместителя Премьер-министра – министра
  иностранных дел»). Hyphenated adjectives decline their last part only
  («торгово-экономического»). A foreign word in front of the head noun stays as is
  («Ховд аймака», «Олий Мажлиса»). The place name after «город»/«село» agrees with it
  («в городе Астане»; Розенталь, «Согласование приложений — географических названий»).
  Titles of persons are animate (accusative «Председателя»); places, institutions and
  documents are not. Each word keeps the capitalisation it was given, and «е» where the
  writer did not use «ё».

Words the dictionary does not know decline only by a clear rule (:func:`_decline_foreign`):
consonant or -й → second declension (Шымкент → в Шымкенте, Костанай → в Костанае),
-а/-я → first declension (Кызылорда → в Кызылорде); foreign words ending in another vowel
are indeclinable (Актобе, Кокшетау, Халк Маслахаты; «Русская грамматика», 1980, т. I,
«Несклоняемые существительные»); one ending in -ь (gender unknown) is left unchanged.

Case names follow :mod:`briefing.grammar`; "loc" is the prepositional case («в Астане»,
«о сотрудничестве»), written as after «о» (so «об аэропорте», not «в аэропорту»).
pymorphy3's analyzer takes about 0.1 s to load, so it is created on first use and shared.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import os
import re
import typing as t
from pathlib import Path

from briefing.grammar import serial_join
from briefing.grammar.kept import kept
from briefing.names import english
from briefing.names._text import RUSSIAN_PATTERN_SURNAME_ENDINGS, TURKIC_PATRONYMIC_WORDS

if t.TYPE_CHECKING:
    import pymorphy3

CASES = ("nom", "gen", "dat", "acc", "ins", "loc")
KINDS = ("person", "place", "institution", "title", "document", "common")

_GRAMMEME = {"nom": "nomn", "gen": "gent", "dat": "datv", "acc": "accs", "ins": "ablt", "loc": "loct"}
_PETROVICH_INDEX = {"gen": 0, "dat": 1, "acc": 2, "ins": 3, "loc": 4}
_CONJUNCTIONS = {"and": "и", "or": "или"}
_GENDERS = {"m": "male", "male": "male", "masc": "male", "f": "female", "female": "female", "femn": "female"}
_ANIMATE_KINDS = ("person", "title")

_VOWELS = frozenset("аеёиоуыэюяөүі")
_SIBILANTS = frozenset("жшчщц")
_VELARS_AND_SIBILANTS = frozenset("гкхжшчщ")

# Surname-first order and short forms are told apart by the surname's shape.
_SURNAME_ENDINGS = tuple(
    "ов ев ёв ин ын ский цкий ской цкой ова ева ёва ина ына ская цкая енко дзе швили ян янц ук юк ых их".split()
)
_PATRONYMIC_ENDINGS = ("ич", "вна", "чна")
_TURKIC_PATRONYMIC_SUFFIXES = ("улы", "ұлы", "уулу", "кызы", "қызы", "гызы", "оглы")
# Particles of Arabic and European names, which Russian never declines: «с Мухаммедом бен Заидом Аль Нахайяном»,
# «Людвига ван Бетховена» (Розенталь, «Справочник по правописанию», § «Иностранные фамилии»). Written as Russian
# prints them: «бен», «бин», «ибн» lower case; «Аль» of a ruling house capitalised.
_NAME_PARTICLES = frozenset({"бен", "бин", "ибн", "бинт", "аль", "Аль", "ал", "Ал", "эль", "Эль", "ван", "фон", "де", "ди", "да", "дель",
                             "ла", "ле", "дер"})
# Arabic particles that may also open a name («Аль Саид Аль Кусейр» = El Sayed El Quseir), and the first half of an
# Arabic compound given name («Абдель Фаттах ас-Сиси»: only the last word of it declines, «Абдель Фаттаха»); never
# «Ван» first, which is the Chinese family name Wang
_LEADING_PARTICLES = frozenset({"аль", "Аль", "ал", "Ал", "эль", "Эль", "ибн"})
_COMPOUND_FIRST_HALVES = frozenset({"абдель", "абдул", "абд", "абдуль", "абу", "абуль"})
_FEMALE_PATRONYMIC_ENDINGS = ("вна", "чна", "кызы", "қызы", "гызы")
# Genitive of a Mongolian patronymic (Ухнаагийн, Гомбожавын, Лувсаннамсрайн): terminology.md §5.2.
_MONGOLIAN_PATRONYMIC_ENDINGS = ("ийн", "ын", "айн", "ойн", "уйн", "эйн")
# Women's given-name elements that the petrovich heuristics miss (Kazakh, Kyrgyz, Mongolian).
_FEMALE_GIVEN_NAME_ENDINGS = ("гуль", "гүл", "гул", "герим", "айым", "цэцэг", "гэрэл", "зул", "сарнай", "туяа")
# Family names that come first in Chinese (Palladius), Korean (Kontsevich), Vietnamese and Khmer names
# («с Хун Сеном», «Хенг Самрина», «Прак Сокхоном»: Cambodian press names in Russian).
_EAST_ASIAN_FAMILY_NAMES = frozenset(
    """
    ван ли чжан лю чэнь ян хуан чжао у чжоу сюй сунь ма чжу ху го хэ гао линь ло чжэн лян се сун тан
    фэн дэн цао пэн цзэн сяо тянь дун пань юань цай цзян юй ду е чэн вэй су лу дин жэнь шэнь яо цуй
    чжун тань ляо фань цзинь ши цзя ся фу фан цзоу сюн бай мэн цинь цю хоу инь сюэ янь дуань лэй лун
    вань гу кун мао си вэнь чжань цянь шао цзи ци тао гэн нин кэ
    ким пак чхве чон кан чо юн лим квон хван ан сон мун нам пэ пэк но ха квак хон вон мин со син чха ю шин
    нгуен фам чан ле во хо до буй хоанг фан ву данг зыонг лыонг то дао динь лам тхай
    хун хенг прак чеа сар
    """.split()
)
_APPOSITION_HEADS = frozenset({"город", "село", "посёлок"})
_ADJECTIVE_ENDINGS = ("ский", "ская", "ское", "ские", "цкий", "цкая", "цкое", "цкие", "ный", "ная", "ное", "ные")

# A «…» span with one level of nesting («Национальная компания «Қазақстан Ғарыш Сапары»»),
# an unclosed «… to the end, a "…" span, a (hyphenated) word, a space run, any other character.
_NUMBER_COMPOUND = re.compile(r"\d+-лет")  # «70-летие», «30-летний»: one token (_TOKEN) whose word declines
_TOKEN = re.compile(rf"«[^«»]*(?:«[^«»]*»[^«»]*)*»|«.*|\"[^\"]*\"|{_NUMBER_COMPOUND.pattern}[а-яё]*|[^\W\d_]+(?:-[^\W\d_]+)*|\s+|.", re.S)
_SPACED_DASH = re.compile(r"(\s[–—-]\s)")
# a comma before a capital or an office noun opens another office («…, заместитель Верховного главнокомандующего»);
# «министр торговли, промышленности» goes on with the same office
_TITLE_OFFICES = re.compile(r"(\s+[–—-]\s+|,\s+(?=[А-ЯЁ]|(?:заместитель|министр|председатель|глава|посол|советник|"
                            r"секретарь|руководитель|директор|член|депутат|президент|премьер|первый|генеральный|"
                            r"государственный|наследный|вице-)))")
_INITIALS = re.compile(r"^((?:[^\W\d_]{1,4}\.)+)\s*(.*)$", re.S)


# ---------------------------------------------------------------------------------------
# Public API


@kept  # the same phrase in the same case is the same form: kept between runs by the command line
def inflect(phrase: str, case: str, kind: str = "common", gender: str | None = None) -> str:
    """``phrase`` (nominative) in ``case``; ``gender`` ("m"/"f") helps only for persons."""
    _check_case(case)
    if kind not in KINDS:
        raise ValueError(f"ru.inflect: unknown kind {kind!r}; expected one of {', '.join(KINDS)}")
    person_gender = _normalize_gender(gender)
    if case == "nom" or not phrase.strip():
        return phrase
    if kind == "person":
        return _inflect_person(phrase, case, person_gender)
    named = _NAME_BEFORE_DIVISION.fullmatch(phrase) if kind == "place" else None
    if named:  # «Говь-Алтай аймак»: the name stays as it is, the division noun declines («Говь-Алтай аймака»)
        return f"{named.group('name')} {_inflect_noun_phrase(named.group('noun'), case, kind)}"
    ranked = _RANK_AT_END.search(phrase) if kind == "title" else None
    if ranked and ranked.start():  # «начальника штаба армии генерала»: the rank after the office takes its case too
        return f"{_inflect_noun_phrase(phrase[:ranked.start()], case, kind)} {_inflect_noun_phrase(ranked.group(1), case, kind)}"
    return _inflect_noun_phrase(phrase, case, kind)


# a name before the noun of its division, which alone declines: «Говь-Алтай аймак», «Баян-Улгий аймак» (never an
# adjective name, «Ховдский аймак», which agrees)
_NAME_BEFORE_DIVISION = re.compile(r"(?P<name>[А-ЯЁ][а-яё]*(?:-[А-ЯЁ][а-яё]*)*(?<!ский)(?<!ская)(?<!цкий)(?<!ный))\s+"
                                   r"(?P<noun>аймак|сомон|хошун|уезд)")


# a military rank written after the office its holder has: «начальник штаба армии Пакистана генерал»
_RANK_AT_END = re.compile(r"\s((?:генерал|адмирал|маршал|полковник)(?:-(?:майор|лейтенант|полковник))?)$")


# «со специальным представителем», «во Франции»: с and в take a vowel before the same or a like sound followed by
# another consonant (the prepositions «со» and «во» in Rosenthal's «Справочник по правописанию и стилистике»: со
# вторником, во Франции)
# (the word may open a marked span: «с <span …>спикером …</span>»)
_S_BEFORE_CLUSTER = re.compile(r"(?<![\w-])([Сс]) (?=(?:<span[^>]*>)?[СсЗзШшЖжЩщ][бвгджзйклмнпрстфхцчшщьБВГДЖЗЙКЛМНПРСТФХЦЧШЩ])")
_V_BEFORE_CLUSTER = re.compile(r"(?<![\w-])([Вв]) (?=(?:<span[^>]*>)?[ВвФф][бвгджзйклмнпрстфхцчшщьБВГДЖЗЙКЛМНПРСТФХЦЧШЩ])")


# island states (and Taiwan, Bali) take «на», not «в»: «на Филиппинах», «на Кубе», «на Кипре» (Rosenthal, «Справочник
# по правописанию и стилистике», § 197: на островах; Russian MFA usage «Посольство России на Филиппинах»); never Sri
# Lanka, a state the MFA writes «в Шри-Ланке» («Посольство России в Шри-Ланке»; the Russian reviewer of fresh83)
_ON_ISLANDS = re.compile(r"(?<![\w-])([Вв])о? (?=(?:<span[^>]*>)?(?:Филиппинах|Кубе|Мальте|Кипре|Мадагаскаре|"
                         r"Ямайке|Гаити|Багамах|Багамских|Барбадосе|Маврикии|Сейшельских|Сейшелах|Фиджи|Мальдивах|"
                         r"Тайване|Бали|Гренаде|Тринидаде|Коморах|Коморских|Соломоновых|Маршалловых)(?![\w-]))")


def euphony(text: str) -> str:
    """Prepositions that take an -о before a cluster: «с специальным» → «со специальным», «в Вьетнаме» → «во
    Вьетнаме»; «в» an island state takes «на»: «в Филиппинах» → «на Филиппинах»."""
    text = _S_BEFORE_CLUSTER.sub(lambda m: m.group(1) + "о ", text)
    text = _ON_ISLANDS.sub(lambda m: ("Н" if m.group(1) == "В" else "н") + "а ", text)
    return _V_BEFORE_CLUSTER.sub(lambda m: m.group(1) + "о ", text)


def join(items: t.Sequence[str], conj: str = "and", kind: str = "common") -> str:
    """«А», «А и Б», «А, Б и В» (``conj="or"``: «или»). Items are already inflected."""
    return serial_join(items, conj, _CONJUNCTIONS, "ru")


def plural_head(phrase: str) -> str:
    """``phrase`` (nominative) with its leading adjectives and the noun they qualify in the nominative plural, what
    follows the noun unchanged: «совместное коммюнике об установлении …» → «совместные коммюнике об установлении …»."""
    tokens = phrase.split(" ")
    analyzer = morph_analyzer()
    for index, token in enumerate(tokens):
        parse = analyzer.parse(token.lower())[0]
        form = parse.inflect({"plur", "nomn"})
        if form is not None:
            tokens[index] = _match_case(token, form.word)
        if parse.tag.POS == "NOUN" or form is None:
            break
    return " ".join(tokens)


def plural_form(n: int, one: str, few: str, many: str) -> str:
    """The form CLDR's Russian plural rules pick for ``n``: 1, 21 → one; 2–4, 22–24 → few; else many."""
    return (one, few, many)[_plural_category(n)]


@kept
def agree_number(n: int, noun: str, case: str = "nom") -> str:
    """«n noun» with the noun phrase agreeing with the number: «2 меморандума», «11 документов».

    The head noun agrees through pymorphy3's ``make_agree_with_number``; adjectives before
    it take the genitive plural after 2–4 (the nominative plural with feminine nouns:
    «2 дорожные карты»), as Розенталь's «Согласование определений с числительными» says.
    A noun the dictionary does not know is returned as given.
    """
    _check_case(case)
    tokens = _tokenize(noun)
    slots = _head_phrase(tokens, "common")
    if not slots or slots[-1].parse is None:
        return f"{n} {noun}"
    head = slots[-1]
    head_form, info = _agree_head(head.parse, n, case)
    tokens[head.index] = _restore(tokens[head.index], head.prefix, head_form)
    for slot in slots[:-1]:
        form = _agree_modifier(slot, info, n, case)
        if form:
            tokens[slot.index] = _restore(tokens[slot.index], slot.prefix, form)
    return f"{n} {''.join(tokens)}"


# ---------------------------------------------------------------------------------------
# Shared helpers


def prepare() -> None:
    """Load the dictionary and the name rules (about 80 ms) before the first phrase needs them."""
    morph_analyzer()
    _petrovich_tables()


@functools.cache
def morph_analyzer() -> pymorphy3.MorphAnalyzer:
    import pymorphy3

    if pymorphy3.MorphAnalyzer.DICT_PATH_ENV_VARIABLE in os.environ:  # the user's own dictionary
        return pymorphy3.MorphAnalyzer()
    import pymorphy3_dicts_ru

    # Named directly: finding it through the installed packages' entry points costs 60 ms a run.
    return pymorphy3.MorphAnalyzer(path=pymorphy3_dicts_ru.get_path(), lang="ru")


def _check_case(case: str) -> None:
    if case not in CASES:
        raise ValueError(f"Russian has no case {case!r}; expected one of {', '.join(CASES)}")


def _normalize_gender(gender: str | None) -> str | None:
    if gender is None:
        return None
    if gender.lower() not in _GENDERS:
        raise ValueError(f"ru.inflect: unknown gender {gender!r}; use 'm' or 'f'")
    return _GENDERS[gender.lower()]


def _plural_category(n: int) -> int:
    n = abs(n)
    if n % 10 == 1 and n % 100 != 11:
        return 0
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return 1
    return 2


def _match_case(model: str, word: str) -> str:
    """``word`` written with the capitalisation of ``model``, hyphen part by hyphen part."""
    pieces = word.split("-")
    models = model.split("-")
    if len(pieces) != len(models):
        models = [model] * len(pieces)
    return "-".join(_match_piece_case(m, p) for m, p in zip(models, pieces, strict=True))


def _match_piece_case(model: str, piece: str) -> str:
    if len(model) > 1 and model.isupper():
        return piece.upper()
    if model[:1].isupper():
        return piece[:1].upper() + piece[1:]
    return piece.lower()


def _keep_yo_choice(model: str, word: str) -> str:
    # pymorphy3 writes ё; keep е if the writer did (Соединенные → Соединенных).
    if "ё" in model.lower():
        return word
    return word.replace("ё", "е").replace("Ё", "Е")


# ---------------------------------------------------------------------------------------
# Words the dictionary does not know


def _decline_foreign(word: str, case: str, animate: bool, soft_sign_masculine: bool = False) -> str:
    """``word`` declined by its ending alone (the rules are in the module docstring)."""
    if case == "nom":
        return word
    low = word.lower()
    last = low[-1:]
    if len(low) < 2 or (last == "а" and low[-2] in _VOWELS):  # Туяа, Цэрэнмаа, Гоа
        return word
    if last in "ая":
        return _decline_first_declension(word, case)
    if last in _VOWELS:
        return word
    if last == "ь" and not soft_sign_masculine:
        return word
    return _decline_second_declension(word, case, animate)


def _decline_first_declension(word: str, case: str) -> str:
    stem, last = word[:-1], word[-1].lower()
    if word.lower().endswith("ия"):
        endings = {"gen": "и", "dat": "и", "acc": "ю", "ins": "ей", "loc": "и"}
    elif last == "я":
        endings = {"gen": "и", "dat": "е", "acc": "ю", "ins": "ей", "loc": "е"}
    else:
        before = stem[-1:].lower()
        endings = {
            "gen": "и" if before in _VELARS_AND_SIBILANTS else "ы",
            "dat": "е",
            "acc": "у",
            "ins": "ей" if before in _SIBILANTS else "ой",
            "loc": "е",
        }
    return _with_ending(word, stem, endings[case])


def _decline_second_declension(word: str, case: str, animate: bool) -> str:
    if case == "acc" and not animate:
        return word
    last = word[-1].lower()
    if last in "йь":
        stem = word[:-1]
        locative = "и" if word.lower().endswith("ий") else "е"
        endings = {"gen": "я", "dat": "ю", "acc": "я", "ins": "ем", "loc": locative}
    else:
        stem = word
        # Russian spelling: unstressed -ом is written -ем after ж, ш, ч, щ, ц (Кенешем).
        endings = {"gen": "а", "dat": "у", "acc": "а", "ins": "ем" if last in _SIBILANTS else "ом", "loc": "е"}
    return _with_ending(word, stem, endings[case])


def _with_ending(word: str, stem: str, ending: str) -> str:
    return stem + (ending.upper() if len(word) > 1 and word.isupper() else ending)


# ---------------------------------------------------------------------------------------
# Noun phrases: places, institutions, titles, documents


@dataclasses.dataclass
class _Slot:
    """A word of the head noun phrase: ``prefix`` stays, the rest declines by ``parse``."""

    index: int
    prefix: str
    stem: str
    parse: t.Any  # a pymorphy3 Parse, or None for a foreign head declined by rule
    candidates: tuple[t.Any, ...] = ()  # a modifier's adjective readings


@dataclasses.dataclass(frozen=True)
class _HeadInfo:
    number: str
    gender: str | None
    animate: bool


_QUOTED = re.compile(r"«[^«»]*»")
_SHIELDED_DASH = "\u2060\u2013\u2060"  # a dash no split sees: word joiners around an en dash


_SHIELDED_COMMA = ",\u2060"  # a comma inside one office's words (a word joiner instead of the space)
_LISTED_PLACE = re.compile(r",\s+(?=([А-ЯЁ][^\W\d_]+))")


def _oblique_place(word: str) -> bool:
    """«Таджикистана» after a comma goes on with a list of places in the genitive, not with another office."""
    best = morph_analyzer().parse(word)[0]
    return "Geox" in best.tag and best.tag.case not in (None, "nomn")


def _unshielded(part: str) -> str:
    return part.replace(_SHIELDED_DASH, " – ").replace(_SHIELDED_COMMA, ", ")


def _inflect_noun_phrase(phrase: str, case: str, kind: str) -> str:
    # «заместитель Премьер-министра – министр иностранных дел»: each part around a dash declines, and in a title
    # each office after a comma («Национальный Лидер туркменского народа, Председатель Халк Маслахаты»).
    # a dash inside a quoted name is the name's own («группа дружбы «Япония – Туркменистан»»): never a cut
    shielded = _QUOTED.sub(lambda quoted: quoted.group(0).replace(" – ", _SHIELDED_DASH), phrase)
    if kind == "title":  # «руководители Кыргызстана, Таджикистана и Узбекистана»: a list of places, no second office
        shielded = _LISTED_PLACE.sub(lambda m: _SHIELDED_COMMA if _oblique_place(m.group(1)) else m.group(0), shielded)
    parts = (_TITLE_OFFICES if kind == "title" else _SPACED_DASH).split(shielded)
    if len(parts) > 1:
        return "".join(part if i % 2 else _inflect_noun_phrase(_unshielded(part), case, kind)
                       for i, part in enumerate(parts)).replace(_SHIELDED_DASH, " – ").replace(_SHIELDED_COMMA, ", ")
    phrase = _unshielded(phrase)
    acting = _ACTING.match(phrase) if case in _ACTING_FORMS else None
    if acting:  # «исполняющим обязанности председателя»: the participle declines, the set phrase after it does not
        forms = _ACTING_FEMININE_FORMS if acting.group(1).lower() == "исполняющая" else _ACTING_FORMS
        return _restore(acting.group(1), "", forms[case]) + phrase[acting.end(1):]
    tokens = _tokenize(phrase)
    slots = _head_phrase(tokens, kind)
    if not slots:
        return phrase
    head = slots[-1]
    info = _head_info(head, kind)
    tokens[head.index] = _restore(tokens[head.index], head.prefix, _inflect_head(head, case, info))
    for slot in slots[:-1]:
        form = _inflect_modifier(slot, case, info)
        if form:
            tokens[slot.index] = _restore(tokens[slot.index], slot.prefix, form)
    _inflect_apposition(tokens, head, case)
    return "".join(tokens)


# "acting" (i. o.): «исполняющий обязанности …», a participle before a fixed «обязанности» and the office in the genitive
_ACTING = re.compile(r"([Ии]сполняющ(?:ий|ая))\s+обязанности\b")
_ACTING_FORMS = {"nom": "исполняющий", "gen": "исполняющего", "dat": "исполняющему", "acc": "исполняющего",
                 "ins": "исполняющим", "loc": "исполняющем", "prep": "исполняющем"}
# a woman acting in an office: the participle is hers («исполняющая обязанности министра», «с исполняющей обязанности»)
_ACTING_FEMININE_FORMS = {"nom": "исполняющая", "gen": "исполняющей", "dat": "исполняющей", "acc": "исполняющую",
                          "ins": "исполняющей", "loc": "исполняющей", "prep": "исполняющей"}
_ACTING_MASCULINE = re.compile(r"\b([Ии])сполняющий(?=\s+обязанности\b)")


def feminine_office(title: str) -> str:
    """A woman's office: the participle of «исполняющий обязанности …» agrees with her, the nouns stay
    («исполняющая обязанности министра иностранных дел»; the office noun «министр» has no feminine in official use)."""
    return _ACTING_MASCULINE.sub(lambda m: f"{m.group(1)}сполняющая", title)


def _tokenize(phrase: str) -> list[str]:
    return _TOKEN.findall(phrase)


def _restore(original: str, prefix: str, form: str) -> str:
    """The declined ``form`` of the part after ``prefix``, spelled like ``original``."""
    stem = original[len(prefix) :]
    return prefix + _keep_yo_choice(stem, _match_case(stem, form))


# place names the dictionary gives as indeclinable though they end in a consonant: «Бангладеш, нескл., ж.»
# (Лопатин, «Русский орфографический словарь»; «посол Бангладеш», «в Бангладеш» in MFA usage)
_INDECLINABLE_WORDS = frozenset({"бангладеш"})


def _is_declinable_token(token: str) -> bool:
    """Cyrillic words only: quotes, Latin names, digits and CAPITAL abbreviations stay; «70-летие» declines its word."""
    if not (token[:1].isalpha() or _NUMBER_COMPOUND.match(token)) or not re.search(r"[а-яё]", token.lower()):
        return False
    if token.lower() in _INDECLINABLE_WORDS:
        return False
    return not (len(token) > 1 and token.replace("-", "").isupper())


# Foreign titles Russian keeps whole as the head of a phrase: Kyrgyzstan's «торага» (Speaker) does not decline
# («выборы торага», «до избрания торага», «для избрания торага ЖК»: 24.kg/vlast/354869), and its complement
# «Жогорку Кенеша» is already the genitive (review 29)
_INDECLINABLE_HEADS = frozenset({"торага"})


def _head_phrase(tokens: list[str], kind: str) -> list[_Slot]:
    """Modifiers and the head noun at the start of the phrase (empty when there is no head).

    Foreign words in front of a known noun stay as they are («Ховд аймак»); a run of
    foreign words without a known noun after it has its last word as the head («Олий Мажлис»).
    """
    modifiers: list[_Slot] = []
    foreign: list[int] = []
    first = next((token for token in tokens if not token.isspace()), "")
    if first.lower() in _INDECLINABLE_HEADS:
        return []  # «с участием Торага Жогорку Кенеша»: the head stays, and so does its genitive complement
    for index, token in enumerate(tokens):
        if token.isspace():
            continue
        if not _is_declinable_token(token):
            break
        if token.lower() == "и" and modifiers and not foreign:
            continue  # «Чрезвычайный и Полномочный Посол»
        if _is_function_word(token):
            break
        reading = _word_reading(token)
        if reading == "unknown" or (reading == "oblique" and not foreign and not modifiers):
            foreign.append(index)  # Ховд, Кенеш; Олий and Семей look like oblique forms of other words
            continue
        if reading == "oblique":
            break  # the complement begins («Жогорку Кенеш Кыргызской Республики»)
        modifier = None if foreign else _modifier_slot(tokens, index)
        if modifier:
            modifiers.append(modifier)
            continue
        head = _noun_slot(index, token, kind, singular_only=bool(foreign))
        if head:
            return [*modifiers, head]
        break
    if foreign:
        token = tokens[foreign[-1]]
        prefix = token.rpartition("-")[0] + "-" if "-" in token else ""
        return [*modifiers, _Slot(foreign[-1], prefix, token[len(prefix) :], None)]
    # An adjective or participle used as a noun heads the phrase («Уполномоченный по правам человека»).
    return modifiers


def _is_function_word(token: str) -> bool:
    # Prepositions and conjunctions also have spurious noun readings («по» as an abbreviation); but an adjective that
    # also reads as a particle is an adjective in a name («Главное таможенное управление», «главное, что …»)
    parses = morph_analyzer().parse(token)
    return any(p.tag.POS in ("PREP", "CONJ", "PRCL", "INTJ") for p in parses) and \
        not any(p.tag.POS in ("ADJF", "PRTF") for p in parses)


# Words of foreign names that the dictionary mistakes for Russian ones: «Милли» of «Милли Меджлис» is no plural of
# «милля» («с Миллями Меджлис»), so it stays as it is and the name declines by its last word («Милли Меджлисом»)
_FOREIGN_NAME_WORDS = frozenset({"милли"})


def _word_reading(token: str) -> str:
    """Whether the dictionary reads ``token`` as a nominative, only as other forms, or not at all."""
    if token.lower() in _FOREIGN_NAME_WORDS:
        return "unknown"
    last = token.rpartition("-")[2]
    if _known_nominatives(token) or _known_nominatives(last) or _predicted_adjectives(last):
        return "nominative"
    known = any(p.is_known for p in morph_analyzer().parse(token)) or any(p.is_known for p in morph_analyzer().parse(last))
    return "oblique" if known else "unknown"


def _known_nominatives(word: str) -> list[t.Any]:
    return [p for p in morph_analyzer().parse(word) if p.is_known and "nomn" in p.tag and p.tag.POS in ("NOUN", "ADJF", "PRTF")]


def _predicted_adjectives(word: str) -> list[t.Any]:
    # Unknown words with a clear adjective suffix (Хэнтэйский, Баян-Улгийский) are adjectives.
    if not word.lower().endswith(_ADJECTIVE_ENDINGS):
        return []
    return [p for p in morph_analyzer().parse(word) if p.tag.POS == "ADJF" and "nomn" in p.tag]


def _modifier_slot(tokens: list[str], index: int) -> _Slot | None:
    """An adjective or participle that another word follows (a hyphenated one declines its last part)."""
    if not any(not tok.isspace() for tok in tokens[index + 1 :]):
        return None
    token = tokens[index]
    prefix, _, last = token.rpartition("-")
    prefix = prefix + "-" if prefix else ""
    readings = [p for p in _known_nominatives(last) if p.tag.POS in ("ADJF", "PRTF")] or _predicted_adjectives(last)
    if not readings:
        return None
    return _Slot(index, prefix, last, readings[0], tuple(readings))


def _noun_slot(index: int, token: str, kind: str, singular_only: bool) -> _Slot | None:
    """The head noun: the whole word if the dictionary knows it (Улан-Батор), else its last part."""
    prefix, last = "", token
    parses = _noun_readings(token, kind)
    if not parses and "-" in token:
        head, _, last = token.rpartition("-")
        prefix = head + "-"
        parses = _noun_readings(last, kind)
    if singular_only:
        parses = [p for p in parses if "sing" in p.tag or "Pltm" in p.tag]
    return _Slot(index, prefix, last, parses[0]) if parses else None


def _noun_readings(word: str, kind: str) -> list[t.Any]:
    nouns = [p for p in _known_nominatives(word) if p.tag.POS == "NOUN"]
    return sorted(nouns, key=lambda p: _reading_rank(p, kind))


def _reading_rank(parse: t.Any, kind: str) -> tuple[bool, bool]:
    tag = parse.tag
    if kind == "place":
        preferred = "Geox" in tag
    elif kind in _ANIMATE_KINDS:
        preferred = "anim" in tag
    else:
        preferred = kind == "common" or "inan" in tag  # common nouns: pymorphy3's best reading
    personal_name = bool({"Name", "Surn", "Patr"} & set(tag.grammemes))
    return (not preferred, personal_name)  # stable sort keeps pymorphy3's score order


def _head_info(head: _Slot, kind: str) -> _HeadInfo:
    if head.parse is None:
        return _HeadInfo("sing", _foreign_gender(head.stem), kind in _ANIMATE_KINDS)
    tag = head.parse.tag
    gender = tag.gender if tag.gender in ("masc", "femn", "neut") else None
    if tag.POS in ("ADJF", "PRTF"):
        return _HeadInfo(tag.number or "sing", gender, kind in _ANIMATE_KINDS)
    animate = tag.animacy == "anim" and kind in _ANIMATE_KINDS + ("common",)
    return _HeadInfo(tag.number or "sing", gender, animate)


def _foreign_gender(word: str) -> str | None:
    last = word[-1:].lower()
    if last in "ая":
        return "femn"
    if last in _VOWELS or last == "ь":
        return None
    return "masc"


def _inflect_head(head: _Slot, case: str, info: _HeadInfo) -> str:
    if head.parse is None:
        return _decline_foreign(head.stem, case, info.animate)
    if head.parse.tag.POS in ("ADJF", "PRTF"):
        return _inflect_modifier(head, case, info) or head.stem
    if case == "acc" and not info.animate and _accusative_is_nominative(head.parse):
        return head.stem  # places and institutions are inanimate even when the word is not (Султан)
    form = head.parse.inflect({_GRAMMEME[case]})
    return form.word if form else head.stem


def _accusative_is_nominative(parse: t.Any) -> bool:
    tag = parse.tag
    return tag.number == "plur" or (tag.gender == "masc" and not parse.word.endswith(("а", "я")))


def _inflect_modifier(slot: _Slot, case: str, info: _HeadInfo) -> str | None:
    """The adjective agreeing with the head (None if no reading agrees: it then stays)."""
    number = info.number
    reading = _agreeing_reading(slot, info)
    if reading is None:
        return None
    grammemes = {_GRAMMEME[case], number}
    if number == "sing" and info.gender:
        grammemes.add(info.gender)
    if case == "acc" and (number == "plur" or info.gender == "masc"):
        grammemes.add("anim" if info.animate else "inan")
    form = reading.inflect(grammemes)
    return form.word if form else None


def _agreeing_reading(slot: _Slot, info: _HeadInfo) -> t.Any:
    for reading in slot.candidates:
        tag = reading.tag
        if tag.number != info.number:
            continue
        if info.number == "sing" and info.gender and tag.gender != info.gender:
            continue
        return reading
    return None


def _inflect_apposition(tokens: list[str], head: _Slot, case: str) -> None:
    """«город Астана» → «в городе Астане»: a place name after «город»/«село» agrees with it."""
    if head.parse is None or head.parse.normal_form not in _APPOSITION_HEADS:
        return
    index = head.index + 1
    if index + 1 >= len(tokens) or not tokens[index].isspace():
        return
    name = tokens[index + 1]
    if _is_declinable_token(name) and name[:1].isupper():
        tokens[index + 1] = _inflect_noun_phrase(name, case, "place")


# ---------------------------------------------------------------------------------------
# Numbers


def _agree_head(parse: t.Any, n: int, case: str) -> tuple[str, _HeadInfo]:
    tag = parse.tag
    animate = tag.animacy == "anim"
    info = _HeadInfo("sing", tag.gender if tag.gender in ("masc", "femn", "neut") else None, animate)
    if case == "acc" and animate and abs(n) in (2, 3, 4):
        # «пригласил двух депутатов»; from 22 on the nominative form is used («22 депутата»).
        form = parse.inflect({"gent", "plur"})
    else:
        in_case = parse.inflect({_GRAMMEME[case]})
        form = in_case.make_agree_with_number(abs(n)) if in_case else None
    return (form.word if form else parse.word), info


def _agree_modifier(slot: _Slot, info: _HeadInfo, n: int, case: str) -> str | None:
    category = _plural_category(n)
    if category == 0:
        return _inflect_modifier(slot, case, info)
    reading = _agreeing_reading(slot, dataclasses.replace(info, number="sing"))
    if reading is None:
        return None
    form = reading.inflect(_counted_adjective_grammemes(category, case, info, n))
    return form.word if form else None


def _counted_adjective_grammemes(category: int, case: str, info: _HeadInfo, n: int) -> set[str]:
    if case == "acc" and info.animate and abs(n) in (2, 3, 4):
        return {"plur", "gent"}  # «пригласил двух новых депутатов»
    if case not in ("nom", "acc"):
        return {"plur", _GRAMMEME[case]}  # «с двумя новыми депутатами»
    if category == 1 and info.gender == "femn":
        return {"plur", "nomn"}  # «две дорожные карты»
    return {"plur", "gent"}  # «два совместных заявления», «пять дорожных карт»


# ---------------------------------------------------------------------------------------
# Personal names


@dataclasses.dataclass
class _NameWord:
    index: int  # position in the token list
    initials: str  # «Д.» of «Д.Амарбаясгалан», kept as written
    text: str  # the part that may decline


def person_gender(name: str) -> str:
    """"male" or "female": a Russian word agreeing with a person follows the name («Сахиба Гафарова представляла»)."""
    _tokens, words, roles, mongolian = _read_name(name)
    return _guess_gender([word.text for word in words], roles, mongolian) if words else "male"


def _read_name(phrase: str) -> tuple[list[str], list[_NameWord], list[str], bool]:
    """A person's name as tokens, its words, the role of each word and whether it is written the Mongolian way."""
    tokens = re.findall(r"\s+|\S+", phrase)
    parts = _name_parts(tokens)
    words = [part for part in parts if part.text]
    has_initials = any(part.initials for part in parts)
    roles = _name_roles([word.text for word in words], has_initials)
    return tokens, words, roles, has_initials or "mn_patronymic" in roles


def _inflect_person(phrase: str, case: str, gender: str | None) -> str:
    tokens, words, roles, mongolian = _read_name(phrase)
    gender = gender or _guess_gender([word.text for word in words], roles, mongolian)
    syllabic = len(words) >= 3 and not any(word.initials for word in words) and all(len(word.text) <= 4 for word in words)
    for index, (word, role) in enumerate(zip(words, roles, strict=True)):
        if syllabic and index < len(words) - 1:
            continue  # «О Хён Чжу», «Мун Чжэ Ина»: a Korean or Chinese name of syllables declines its last one, if any
        tokens[word.index] = word.initials + _decline_name_word(word.text, role, case, gender, mongolian)
    return "".join(tokens)


def _name_parts(tokens: list[str]) -> list[_NameWord]:
    """Each word of the name, split into its leading initials («Д.», «С.М.») and the rest."""
    parts = []
    for index, token in enumerate(tokens):
        if token.isspace():
            continue
        match = _INITIALS.match(token)
        if match and match.group(1)[:1].isupper():
            parts.append(_NameWord(index, match.group(1), match.group(2)))
        else:
            parts.append(_NameWord(index, "", token))
    return parts


def _name_roles(words: list[str], has_initials: bool) -> list[str]:
    """given / surname / patronymic / mn_patronymic / foreign / fixed for each word."""
    roles = _fixed_turkic_patronymics(words)
    free = [i for i, role in enumerate(roles) if not role]
    if len(free) >= 2 and words[free[0]].lower() in _EAST_ASIAN_FAMILY_NAMES and not _spanish_juan(words, free):
        for i in free:
            roles[i] = "fixed"
        roles[free[-1]] = "foreign"
        return roles
    for i, role in zip(free, _free_word_roles([words[i] for i in free], has_initials), strict=True):
        roles[i] = role
    return roles


def _spanish_juan(words: list[str], free: list[int]) -> bool:
    """«Хуан Мигель Субири» is Juan, not the Chinese family name Huang, and «Ян Липавский» the Czech Jan, not Yang:
    what follows reads as no Palladius syllables."""
    from briefing.names.palladius import reads_as_palladius

    return words[free[0]].lower() in ("хуан", "ян") and not all(reads_as_palladius(words[i]) for i in free[1:])


def _fixed_turkic_patronymics(words: list[str]) -> list[str]:
    roles = [""] * len(words)
    for i, word in enumerate(words):
        low = word.lower()
        if word in _NAME_PARTICLES and 0 < i < len(words) - 1 or word in _LEADING_PARTICLES and i < len(words) - 1:
            roles[i] = "fixed"  # «бен», «Аль»: between the words it links, never declined
        elif low in _COMPOUND_FIRST_HALVES and i < len(words) - 1:
            roles[i] = "fixed"  # «Абдель Фаттах»: one given name, declined at its end
        elif low in TURKIC_PATRONYMIC_WORDS:
            roles[i] = "fixed"
            if i > 0:
                roles[i - 1] = "fixed"  # «Нургожо уулу»
        elif low.endswith(_TURKIC_PATRONYMIC_SUFFIXES) and len(low) > 6:
            roles[i] = "fixed"  # «Кемелұлы»
    return roles


def _free_word_roles(words: list[str], has_initials: bool) -> list[str]:
    count = len(words)
    if count == 0:
        return []
    if count == 1:
        return ["surname" if has_initials or _looks_like_surname(words[0]) else "given"]
    if count == 2 and words[0].lower().endswith(_MONGOLIAN_PATRONYMIC_ENDINGS) and not _looks_like_surname(words[1]) \
            and not english.is_given_name(words[0]):  # «Кэролайн Родригес-Биркетт»: an English name in -айн
        return ["mn_patronymic", "given"]
    if count == 2 and _looks_like_patronymic(words[1]):
        return ["given", "patronymic"]  # «Ерлан Жаканович»
    if count == 2:
        # «Петров Иван»: a surname first; but «Нараян Хадка» is a given name in -ян before a surname in -а
        if _plainly_a_surname(words[0]) and not _looks_like_surname(words[1]) and \
                not (words[0].lower().endswith("ян") and words[1].lower().endswith("а")) and \
                not english.is_woman(words[0]):  # «Ясмин Куреши»: a woman's given name in -ин
            return ["surname", "given"]
        return ["given", "surname"]
    if count == 3 and _looks_like_patronymic(words[2]) and not _looks_like_patronymic(words[1]):
        return ["surname", "given", "patronymic"]
    middle = ["patronymic" if _looks_like_patronymic(w) else "given" for w in words[1:-1]]
    return ["given", *middle, "surname"]


def _looks_like_surname(word: str) -> bool:
    return word.lower().endswith(_SURNAME_ENDINGS)


def _plainly_a_surname(word: str) -> bool:
    """A surname no given name shares the ending of: «Петров», «Ашимбаева»; never «Колин», «Мартин», «Фатих» (given
    names in -ин, -их that read as surnames only in Russian)."""
    return word.lower().endswith(_PLAIN_SURNAME_ENDINGS)


_PLAIN_SURNAME_ENDINGS = tuple("ов ев ёв ский цкий ской цкой ова ева ёва ская цкая енко дзе швили янц".split())


def _looks_like_patronymic(word: str) -> bool:
    return len(word) >= 5 and word.lower().endswith(_PATRONYMIC_ENDINGS)  # «Ильич», never the surname «Лич»


def _decline_name_word(word: str, role: str, case: str, gender: str, mongolian: bool) -> str:
    if role == "fixed" or _vowel_before_final_a(word) or word.lower().endswith(_UNDECLINED_ENDINGS):
        return word
    if role in ("mn_patronymic", "foreign"):
        if role == "foreign" and word.lower().endswith(("а", "я")):
            return word  # an East Asian name in -а stays as it is: «с Чан Хонг Ха» (never «Хой»)
        return word if gender == "female" else _decline_foreign(word, case, animate=True, soft_sign_masculine=True)
    part = {"given": "firstname", "surname": "lastname", "patronymic": "middlename"}[role]
    if role == "surname" and (not _looks_like_surname(word) or word.lower().endswith(_AD_DIN)):
        # foreign surnames (Трамп, Рахмон) decline like foreign given names; so does a surname made of an -iddin
        # name, no Russian possessive in -ин: «главой таджикского МИД Мухриддином» (centralasia.news/8046; review 30)
        part = "firstname"
    # Russian double surnames decline every part (Римского-Корсакова); compound given names,
    # Kazakh and Mongolian alike, only the last («Касым-Жомарта», «Энх-Амгалана»).
    every_part = part == "lastname" and not mongolian
    declined = _petrovich_compound(word, part, case, gender, every_part)
    if declined == word + "ом" and word[-1:].lower() in _SIBILANTS and role != "patronymic":  # «Ильичом» is stressed
        return word + "ем"  # unstressed -ом is written -ем after ж, ш, ч, щ, ц: «Личем», «Карповичем»
    return declined


# names in -о (Хайрулло, Нурулло, Шевченко) do not decline: Розенталь, «Справочник по правописанию», § «Склонение
# фамилий»; «с Хайрулло Бозоровым» (the Russian translator's review 42). Tajik -зода declines as kremlin.ru writes it
# («с … Зокирзодой»), whatever some outlets do
_UNDECLINED_ENDINGS = ("о",)
_AD_DIN = ("ддин", "ддун", "ддон")  # the Arabic "ad-Din" names of Central Asia: Нуриддин, Мухриддин, Шамсуддин


def _vowel_before_final_a(word: str) -> bool:
    """Names ending in -а after a vowel do not decline: Розенталь, «Справочник по правописанию и
    литературной правке», § «Склонение фамилий» (Гулиа, Моравиа, Эредиа); Грамота.ру, «Склонение
    имён и фамилий» (Галуа, Гарсиа). Mongolian names so: «с С.Дэлгэрмаа», «с Одонтуяа»."""
    low = word.lower()
    return len(low) >= 2 and low[-1] == "а" and low[-2] in _VOWELS


def _petrovich_compound(word: str, part: str, case: str, gender: str, every_part: bool) -> str:
    """A hyphenated name; one whose last part does not decline stays whole («Оюун-Эрдэнэ»)."""
    *heads, last = word.split("-")
    declined = _petrovich(last, part, case, gender, first_word=False)
    if not heads:
        return declined
    if declined == last:
        return word
    if every_part:
        heads = [_petrovich(head, part, case, gender, first_word=i == 0) for i, head in enumerate(heads)]
    return "-".join([*heads, declined])


@functools.cache
def _petrovich_tables() -> tuple[dict[str, t.Any], dict[str, t.Any]]:
    """The petrovich-rules declension rules and gender heuristics (ru_names.json)."""
    data = json.loads(Path(__file__).with_name("ru_names.json").read_text(encoding="utf-8"))
    return data["rules"], data["gender"]


def _petrovich(word: str, part: str, case: str, gender: str, first_word: bool) -> str:
    rules = _petrovich_tables()[0][part]
    low = word.lower()
    features = {"first_word"} if first_word else set()
    mods = _petrovich_match(rules.get("exceptions", []), gender, features, lambda test: low == test)
    if mods is None:
        mods = _petrovich_match(rules["suffixes"], gender, features, low.endswith)
    if mods is None or mods[_PETROVICH_INDEX[case]] == ".":
        return word
    mod = mods[_PETROVICH_INDEX[case]]
    ending = mod.replace("-", "")
    stem = word[: len(word) - mod.count("-")]
    return stem + (ending.upper() if len(word) > 1 and word.isupper() else ending)


def _petrovich_match(
    rules: list[dict[str, t.Any]], gender: str, features: set[str], matches: t.Callable[[str], bool]
) -> list[str] | None:
    for rule in rules:
        if rule["gender"] not in (gender, "androgynous"):
            continue
        if not set(rule.get("tags", ())) <= features:
            continue
        if any(matches(test) for test in rule["test"]):
            return t.cast(list[str], rule["mods"])
    return None


# surname endings that tell a man's from a woman's name (Иванов/Иванова, Касымов, Ерлан Карин/Карина, Ходжаев)
_GENDERED_SURNAME_ENDINGS = (*RUSSIAN_PATTERN_SURNAME_ENDINGS, "ын", "цкий", "ской", "ына", "цкая", "ая", "уулы", "кызы",
                             "ұлы", "қызы")


# men's given names in -а/-я of the peoples the briefings meet (Arabic, Persian, Turkic, Balkan, Indian): they
# decline as «Мустафы», their surnames as a man's
_MALE_NAMES_IN_A = frozenset("""мустафа хамза муса иса яхья яхъя таха усама осама закария мирза мирзо лука никола
    кришна рама шива нарендра раджа ага ата баба абдулла абдалла аталла мухаммадиса
    реза алиреза мохаммадреза хамидреза голамреза мортеза муртаза моджтаба мостафа ходжа ара""".split())


# Women's given names that end neither in -а nor -я (the German, French, Scandinavian, Dutch and Spanish ones the
# press meets most, and a few others: «Наледи Пандор», «Лус Стелла Хара»), as the Russian transcription writes them
_WOMENS_NAMES_NOT_IN_A = frozenset("""
зибилле сибилле сибилла гудрун мари луизе хайке сабине ирене ирен катрин карин ингрид астрид биргит гезине анке уте
эльке дагмар зигрид сигрид бригитте беатрис натали софи жюли каролин аннемари рут эстер аннегрет бирте кристин ивонн
элизабет маргарет мерве ренате штеффи анналена юлиане доротее хильдегард гертруд эдит мюриэль изабель мишлен
сесиль аньес элен клер режин маргрет хелле лизбет сигне туве ингер
яэль рашель эстель лус кармен долорес мерседес инес исабель ракель наледи фатимат
""".split())


def _guess_gender(words: list[str], roles: list[str], mongolian: bool) -> str:
    """From the patronymic, then the surname, then the given name; male when nothing tells.

    Mongolian men's names may end in -а (Баттулга), so in a Mongolian name only the
    women's name elements of ``_FEMALE_GIVEN_NAME_ENDINGS`` count.
    """
    if any(word.lower() == "тхи" for word in words[1:-1]):
        return "female"  # Vietnamese Thị marks a woman's name («Ле Тхи Тху Ханг» does not decline)
    if any(word.lower() == "бинт" for word in words[1:]):
        return "female"  # Arabic bint, "daughter of": «Ханан бинт Мухаммед аль-Кувари», the minister a woman
    if any(word.lower().endswith(("доттир", "доуттир", "дотир")) for word in words[1:]):
        return "female"  # Icelandic -dóttir, "daughter": «Ингибьёрг Сольрун Гисладоттир» does not decline
    if roles and roles[0] == "given" and english.is_woman(words[0]):
        return "female"  # «Кэтрин Джейн Лич»: a woman's English name first, whatever her surname's ending says
    first = words[0].lower() if roles and roles[0] == "given" else ""
    if first in _WOMENS_NAMES_NOT_IN_A or first.split("-")[0] in _WOMENS_NAMES_NOT_IN_A:
        return "female"  # «Зибилле Беннинг», «Гудрун Срега», «Мари-Луизе Дётт»: European women's names in -е or a consonant
    if not mongolian and "patronymic" not in roles and (_gender_of(first, "given", mongolian) == "female" or (
            first.endswith(("а", "я")) and first not in _MALE_NAMES_IN_A and
            first not in _petrovich_tables()[1]["firstname"].get("exceptions", {}).get("male", ()))):
        return "female"  # «Мария Анхела Ольгин»: a woman's given name; a foreign surname in -ин tells nothing
    for role in ("patronymic", "fixed", "surname", "given"):
        for word, word_role in zip(words, roles, strict=True):
            if word_role != role:
                continue
            guess = _gender_of(word.lower(), role, mongolian)
            if guess and (role != "surname" or mongolian or
                          word.lower().endswith((*_GENDERED_SURNAME_ENDINGS, *_FEMALE_GIVEN_NAME_ENDINGS))):
                return guess  # (a foreign surname, «Ситараман», tells nothing: the given name «Нирмала» does)
    given = next((word.lower() for word, role in zip(words, roles, strict=True) if role == "given"), "")
    if not mongolian and given.endswith(("а", "я")) and given not in _MALE_NAMES_IN_A and \
            given not in _petrovich_tables()[1]["firstname"].get("exceptions", {}).get("male", ()):
        return "female"  # «Нирмала Ситараман», «Урсула фон дер Ляйен»: a woman's name in -а, her surname undeclined
    return "male"


def _gender_of(word: str, role: str, mongolian: bool) -> str | None:
    if role in ("patronymic", "fixed"):
        if word.endswith(_FEMALE_PATRONYMIC_ENDINGS):
            return "female"
        if role == "patronymic" and not word.endswith(_PATRONYMIC_ENDINGS):
            return None  # the middle name of «Кэтрин Джейн Лич» is no patronymic: it tells nothing
        return "male" if role == "patronymic" or word.endswith(_TURKIC_PATRONYMIC_SUFFIXES) else None
    if role == "given" and word in _MALE_NAMES_IN_A:
        return "male"  # «Ара Баблоян», «Реза Ардаканиан»: a man's name in -а
    if word.endswith(_FEMALE_GIVEN_NAME_ENDINGS) or (role == "given" and english.is_woman(word)):
        return "female"  # «Дженнифер»: an English woman's name in a consonant, which Russian leaves as it is
    if mongolian and not _looks_like_surname(word):
        return None
    heuristics = _petrovich_tables()[1]["lastname" if role == "surname" else "firstname"]
    for gender, names in heuristics.get("exceptions", {}).items():
        if word in names:
            return gender if gender in ("male", "female") else None
    matches = [(len(end), g) for g, ends in heuristics["suffixes"].items() for end in ends if word.endswith(end)]
    if not matches:
        return None
    best = max(matches)[1]
    return best if best in ("male", "female") else None
