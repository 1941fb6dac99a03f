"""Official ru/kk/mn names of titles, institutions and documents, composed from their English parts.

The termbase holds whole names. An article names far more offices than any termbase can list
("Minister of Natural Resources and Ecology of the Russian Federation", "State Veterinary
Department under the Ministry of Agriculture and Water Resources of Kyrgyzstan"), so this module
parses the English into its parts and builds the official form in each language with that
language's grammar. It is a small compositional grammar over a lexicon, not a list of phrases.

**The lexicon** is a CSV that staff edit, ``locales/offices.csv``
(``en,kind,ru,kk,mn,forms,scope,status,source``). Each row is one part:

=============  ==================================================================================
kind           what the ru / kk / mn cells hold
=============  ==================================================================================
office         head of a title (minister, chairman, akim); nominative as printed
body           head of an institution (bank, commission, centre)
chamber        a body that is an organ of its state (parliament, Senate, State Duma, State Department):
               a country written before it is its owner ("US Senate", "Turkmen parliament"); before
               another body a country stays part of a proper name unless it is a demonym
               ("Kazakhstan Institute for Strategic Studies" is not an institute *of* Kazakhstan)
state-body     a body whose official name carries the state's long name in ru and kk
               («Министерство … Республики Казахстан»); kk puts that owner in the nominative
               («Қазақстан Республикасы … министрлігі»)
government     the same long name, but kk keeps the genitive («Қазақстан Республикасының Үкіметі»)
modifier       deputy, first deputy, vice, acting: a template; ``{head}`` attaches to the head word
               («вице-{head}», «дэд {head}»), ``{gen}`` wraps the whole title in the genitive
               («заместитель {gen}», «{gen} орынбасары»)
link           under / to: a template with the case of its object («при {loc}», «{nom} жанындағы»,
               «{gen} дэргэдэх»; ``{attr}`` is the Kazakh locative-attributive «-дағы», in Mongolian the
               nominative + «дахь/дэх»). A link row scoped ``place`` applies to an office in a city ("Programme
               Office in Astana"), one scoped ``organization`` to a mission to a named body ("to the UN": «при»,
               «жанындағы», «дэргэд суугаа»). ``portfolio`` rows, scoped to heads, say how a head takes its portfolio
               in ru: «по {dat}» for committees and advisers («Комитет по международным делам, обороне и
               безопасности»), with the domains' ``ru.dat`` forms (a cell already beginning with «по» counts);
               ``{owner}`` in that cell puts the owner before «по» («специальный представитель ЕС по Центральной
               Азии»). A kk or mn cell that adds words frames the portfolio («Орталық Азия жөніндегі», «Төв Азийн
               асуудал эрхэлсэн»); a bare ``{nom}`` leaves the plain izafet. ``of`` rows, scoped to document heads, say
               how a plan or programme takes what it is of: ru the genitive («программа сотрудничества», never «о …»),
               kk a bare ``{nom}`` with the head in the possessive («ынтымақтастық бағдарламасы»), mn the genitive; for
               an action plan or roadmap ru «по {dat}», kk «{nom} жөніндегі»
domain         portfolio or field: ru the genitive that follows the head («иностранных дел»),
               kk and mn the nominative that precedes it; ``mn.gen`` its attributive form
area           adjective of a field: ru feminine singular after «в» («торгово-экономической»)
field, fields  the noun of "in the field(s)/sphere(s) of": ru prepositional, kk «саласындағы»
document       head of a document name (a row scoped to matter keys names the document that settles them: a tax
               "treaty" is «соглашение»); ``attribute`` (joint, intergovernmental), ``topic``
               ("of cooperation", preposition included) and ``purpose`` ("for the development of",
               a template) complete it
about          "on <subject>" with the case of the subject: ru «о {loc}», kk «{nom} туралы», mn
               «{gen} тухай»; the subject is "[area or attribute …] cooperation" (or "partnership");
               "cooperation" before the head is its topic ("cooperation programme")
founding       "on the creation of", "to set up" + the body a document sets up (attribute rows + a body row,
               written as a common noun): ru «о создании {gen}», kk «{nom} құру туралы», mn «{nom} байгуулах
               тухай»; scoped to the heads that take it, an unscoped row for plans («по созданию {gen}»)
meeting        "of the (9th) meeting of <institution>" after a document (its protocol): ru the genitive
               («протокол 9-го заседания …»), kk the possessive in the genitive (``kk.gen``: «… 9-отырысының
               хаттамасы»), mn the genitive (``mn.gen``: «… 9-р хуралдааны протокол»)
matter         what a treaty settles, one English phrase without its preposition ("avoidance of double
               taxation", "extradition", "mutual legal assistance in criminal matters"), matched after on/of/for/
               concerning … or before the head ("Extradition Treaty"); cells as printed with their preposition:
               ru «о выдаче», kk «ұстап беру туралы», mn «… тухай»
period         "for 2023" (key ``year``), "for 2022-2023" or "2022-23" (key ``years``) and "through/until 2030" (key
               ``until``): «на {year} год», «на {start}–{end} годы», «до {year} года»
parties        "between <parties>" after a document, the whole phrase: «между двумя странами», «екі ел
               арасындағы», «хоёр улсын хоорондын»; parties the English names ("between Astana and Moscow",
               "on Astana-Moscow cooperation") are placed by the ``link`` row "between" (ru «между {ins}», kk
               «{nom} арасындағы» joined by мен/бен/пен, mn «{gen} хоорондын» with the case on the last). ru puts
               the parties right after the head when the English names them before the subject («Соглашение между
               правительствами о сотрудничестве …»), else after it
state          a state's official long name, ``scope`` = its ISO code
owner          the name a state takes as the owner of one office where official usage abbreviates it: key = the
               office's head, ``scope`` = the ISO code ("president" of CN: ru «Председатель КНР», kk «ҚХР
               Төрағасы»); used when the English gave the short name; ru keeps it undeclined, kk declines it
               only by its ``kk.gen``/… forms (else the short name stands), an empty cell keeps the usual name
country        a short name replacing CLDR's (the termbase's country rows still win); a row with
               empty cells only adds English names ("UAE", "Türkiye")
demonym        English adjectives of countries ("South Korean"), beyond
               ``briefing.extract.lexicon.DEMONYMS``; ``scope`` = ISO code
region, name   whole names; a ``name`` row with an empty cell composes that language from the
               English instead (an official name wins where it exists: «Монголбанк»)
division       the pattern of a region or city the lexicon does not know ("X province": ru
               «провинция {name}», kk «{name} провинциясы», mn «{name} муж»), see *Places* below
acronym        ``MoU = memorandum of understanding``: expanded before parsing
honorific      forms of address dropped before parsing ("HE", "His Excellency")
suffix, word   Mongolian «Улс» added to a country's short name (key ``state``; a row scoped to monarchs' heads with an
               empty cell drops it: «Японы Эзэн хаан»), «хот» after a city that owns the offices its ``city`` row is
               scoped to («Москва хотын захирагч»); case forms of native words
within         a chamber that is part of a larger one in its official name; ``scope`` = the larger chamber's
               key and the ISO code of the state ("Federation Council" of Russia → "of the Federal Assembly
               of the Russian Federation")
=============  ==================================================================================

``forms`` gives case forms the rules cannot make (``kk.poss=министрі; mn.gen=сайдын``) and plurals
(``ru.plur=министры; kk.plur=министрлер``; a modifier's plural wraps: ``ru.plur=заместители {gen}``), the Mongolian
verbal form a field governs (``mn.verb=хамтран ажиллах``: «соёлын салбарт хамтран ажиллах төлөвлөгөө»), ``scope``
limits a row to ISO codes or to the English head it governs (chairman of a *cabinet of ministers*
is «Председатель»/«тэргүүн»), and ``status`` (confirmed, variant, derived, unconfirmed; for all
languages or ``ru=…; kk=…; mn=…``) says how far each form can be trusted. An empty cell means there
is no trusted form: the result is then None, never half English.

**Parsing** (language-independent): modifiers, then a head (longest match) with its portfolio
before it ("Foreign Minister") or after it ("Minister of/for/on …"); a head of several words is not
split into a portfolio and a shorter head ("Security Council" is no "security" + "council"). Then
complements: "of" an owner (a country, a region, a named body, or another title or institution:
recursive), "under" a title or institution, "to/in" a country, a city or region ("Consulate General
in Istanbul"), "to" a named body ("Permanent Mission to the UN"), and "to" an office, which is the
owner ("Adviser to the Minister of Energy" = the minister's adviser). CLDR's "United Nations" and
"European Union" are organisations, not countries. "Kyrgyzstan's Cabinet of Ministers" is read as "Cabinet of
Ministers of Kyrgyzstan"; a parenthetical gloss after a native term ("Akim (governor)") is dropped
when the lexicon knows the gloss, or when it begins with an office and so restates the title ("parliament speaker
(Chairman of Assembly)"). A party's standing is no part of its name ("the ruling Mongolian People's Party"). A head
that begins with a modifier's word ("Assistant Minister") is read before the modifier and a shorter head, so that
its remit is its own. An owner may also stand before the office: a country or demonym
("Russian Deputy Prime Minister", "Kyrgyz Foreign Ministry"), a name ("USAID Administrator") or an
institution with its own owner ("Kazakh Senate Chairman" = Chairman of the Senate of Kazakhstan).
A plural head ("South Korean Foreign Ministers") needs the lexicon's plural forms (ru, kk; Mongolian
adds «нар» after a title of people); without them, and for institutions, the result is None. Two
offices of one person ("Deputy Prime Minister – Minister of Trade and Integration of Kazakhstan")
share the owner written after the second. A document is attributes + head + topic (or "on"
+ subject, or a matter) + field + purpose + period + parties ("establishing X" reads as "on establishing X"); "in <domain>" alone is a field ("in the processing
industry"), "on <domain> cooperation" is "on cooperation in the field of <domain>". Nouns before the head are a
topic, a matter or a subject ("Economic and Technical Cooperation Agreement"), or what a plan is of ("cooperation
programme"). A project named "for the project <name>" has no official form: the document is named without it,
always for review, rather than half in English. Several
parses may fit; the first one every language part exists for wins.

**Places** ("Sughd region of Tajikistan", "Gansu province", "city of Jizzakh"): a lexicon ``region``
row or a termbase place wins. Otherwise a capitalised name that is no known term is composed with
the ``division`` row's pattern and a transliteration (:mod:`briefing.transliterate`) or, for a
termbase place ("Tashkent city"), its form; a transliteration always makes the status False
(review). The pattern must be an accepted one in the language: Kazakh «X облысы» and Mongolian
«X муж» are, Russian names an oblast with an adjective («Согдийская область», «Джизакская
область») that only data can give, so the ru cell of "region" is empty and the result None; ru
«провинция X», «город X», «аймак X» (Montsame's Russian) are nominal and accepted. "of <country>"
after a place adds the country (ru after it in the genitive, kk and mn before it).

**Generation** follows each language's word order:

* ru: head + portfolio + genitive complements; «при» + prepositional, «в» + prepositional.
* kk: izafet with the head last. The head takes the possessive (министр → министрі) when
  anything precedes it; a title's owner is in the genitive («Ресей Федерациясының … министрі»),
  a state body's in the nominative («Қырғыз Республикасы Министрлер Кабинеті»), and so is a place named
  alone («Мәскеу мэрі», «Әбу-Даби даму қоры»); a locative attribute between possessor and head puts the
  possessor in the genitive («Халықаралық көші-қон ұйымының Қазақстандағы миссиясы»).
* mn: genitive chain with the head last; the host country of an envoy is «[owner]-аас [host]-д
  суугаа», an office in a city stays the owner's («Монгол Улсын Истанбул дахь …»); Mongolian names a
  country with «Улс» («Киргиз Улсын»), and keeps the English's short or long form even for state
  bodies («Киргиз Улсын Гадаад хэргийн яам»), except that a state whose long Mongolian name is confirmed
  is always named by it («Бүгд Найрамдах Казахстан Улсын …», one form per document) unless its short
  name is an official abbreviation («ОХУ-ын», «БНХАУ-ын»); a state's «Улсын» body drops its own
  «Улсын» after it («Узбекистан Улсын Татварын хороо», as «Монгол Улсын Их Хурал»). A field before cooperation
  governs its verbal form («соёлын салбарт хамтран ажиллах төлөвлөгөө»).
* a pair of countries naming a body: ru «Казахстан – Китай» (spaced en dash), kk and mn a hyphen.

Case endings come from :class:`briefing.grammar.forms.Inflector`; explicit ``forms`` in the
lexicon win over it. A language whose grammar module is missing gives None where a case ending
would be needed. Country names: the termbase's country rows, then the lexicon's, then CLDR (counted
as confirmed); the long official name comes from the termbase or the lexicon's ``state`` rows.

**Capitals** (decided per office): titles are lower case in running text («министр», «әкім»,
«сайд») except offices whose official form is capitalised in that language: ru «Президент»,
«Премьер-министр», «Чрезвычайный и Полномочный Посол», and «Председатель»/«Төрағасы» of a
chamber or cabinet (scoped rows). Institution names begin with a capital; in kk and mn the
portfolio part of a ministry name is capitalised («Еңбек және … министрлігі», «Гадаад харилцааны
сайд»), in kk titles it is not («табиғи ресурстар және экология министрі»). Documents are lower
case. The caller capitalises the start of a sentence.
"""

from __future__ import annotations

import functools
import re
import typing as t
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from briefing import resources
from briefing.errors import TermbaseError
from briefing.grammar.forms import Inflector
from briefing.grammar.kept import kept
from briefing.grammar.kk import possessive as kk_possessive
from briefing.resources import CsvRows
from briefing.termbase import Entry, Termbase, normalize
from briefing.transliterate import transliterate
from briefing.vocabulary import NAMED_AFTER_ITS_KIND, PERIOD_IN

LANGS = ("ru", "kk", "mn")
KINDS = ("title", "institution", "document")
FILE_NAME = "offices.csv"
COLUMNS = ("en", "kind", "ru", "kk", "mn", "forms", "scope", "status", "source")
ROW_KINDS = ("office", "body", "chamber", "state-body", "government", "modifier", "link", "domain", "area", "field", "fields", "document",
             "attribute", "topic", "about", "purpose", "period", "parties", "state", "country", "demonym", "region", "division", "name",
             "acronym", "honorific", "suffix", "word", "within", "meeting", "matter", "owner", "founding")
STATUSES = ("confirmed", "variant", "derived", "unconfirmed")
REVIEW_STATUSES = frozenset({"derived", "unconfirmed"})
CASES = ("gen", "dat", "acc", "loc", "abl", "ins", "poss", "adj", "plur", "verb")
_NOT_CASES = ("poss", "adj", "plur", "verb")  # forms that are not a case ending of the nominative

_DIPLOMATIC_RANKS = {"ambassador", "ambassador extraordinary and plenipotentiary"}  # heads of lexicon rows
_TOKEN = re.compile(r"[^\s,/]+|[,/]")  # "Deputy Prime Minister/Minister of …": a slash joins two offices
_GLOSS = re.compile(r"\s*\(([^()]*)\)")
# "the Parliament (Jogorku Kenesh)": an English generic word with the chamber's own name in brackets
_NATIVE_IN_BRACKETS = re.compile(r"\b(?:(?:House|Chamber)\s+of\s+(?:Representatives|Deputies|Councillors|Councilors)|"
                                 r"Parliament|Assembly|Council|Chamber|House)\s+\((?P<native>[A-Z][^()]*)\)")
_DESCRIBED_NAME = re.compile(NAMED_AFTER_ITS_KIND)
_NAME_AND_GLOSS = re.compile(r"\b(?:[A-Z][\w'’-]*\s+)+\((?P<gloss>[^()]*)\)")  # "Majlisi Namoyandagon (lower chamber)"
_ACRONYM = re.compile(r"[A-Z][A-Za-z]{1,9}")
_UNKNOWN_ACRONYM = re.compile(r"[A-Z]{2,6}")
# "… Transmission Company (TAVANIR)": a company's English name with its own letters in brackets
_LETTERED_BODY = re.compile(r"\b(?P<body>Company|Corporation)\s*\((?P<letters>[A-Z][A-Z0-9&-]{1,11})\)")
# "Agency “Turkmenaragatnashyk”", "Company “Dialogue Events Ltd.”": a body's own name in quotation marks
_QUOTED_BODY = re.compile(r"\b(?P<body>Company|Corporation|Agency|Fund)\s+[“\"«](?P<letters>[A-Z][^”\"»]{1,60}?)[”\"»]")
_NAME_WORD = re.compile(r"[A-Z0-9][\w&'’.-]*|,|and|of|for|&")
_ISO = re.compile(r"[A-Z]{2}")
_PLACEHOLDER = re.compile(r"\{(head|nom|gen|dat|acc|loc|abl|ins|attr)\}")
_CONJUNCTION = {"ru": "и", "kk": "және"}
_HEAD_KINDS = {"title": ("office",), "institution": ("body", "chamber", "state-body", "government")}
_NESTED_HEADS = ("office", "body", "chamber", "state-body", "government")
_LONG_STATE_NAME = ("state-body", "government")
_ORGANS_OF_STATE = ("chamber", "state-body", "government")  # "US Senate", "Kyrgyz Foreign Ministry": of that state
_NAME_TYPES = frozenset({"institution", "place", "agency", "company"})
_PLACE_TYPES = frozenset({"place"})
_SEPARATORS = frozenset({"and", ",", "&"})
_NOT_COUNTRIES = frozenset({"UN", "EU", "EZ", "QO", "XA", "XB", "ZZ"})  # CLDR territories that are organisations or codes
_YEAR = re.compile(r"(?:19|20)\d\d")


def _without_years_word(words: list[str]) -> list[str]:
    """"for 2026-2028 years": the word the period already says."""
    return words[1:] if words[:1] in (["year"], ["years"]) else words


_PROJECT = re.compile(r"\b(?:for|on)\s+(?:the\s+)?project\b", re.IGNORECASE)
_ORDINAL = re.compile(r"(\d{1,3})(?:st|nd|rd|th)")
_RELATION_NOUNS = (["cooperation"], ["partnership"], ["relations"], ["ties"])
_PLURAL_RELATIONS = frozenset({"relations", "ties"})  # ru adjectives agree in the plural: «двусторонних связей»
_PARTICIPLE_SUBJECTS = frozenset({"establishing"})  # a document "establishing X" is one "on establishing X"
# "agreement on/of/for/concerning the avoidance of double taxation": the words that introduce a matter row
_MATTER_PREPOSITIONS = frozenset({"on", "of", "for", "about", "concerning", "regarding", "in"})
# "programme … through 2030", "strategy until 2030", "roadmap for the period until 2024": the last year of a period
_DEADLINE_WORDS = frozenset({"until", "through", "till", "by"})
# "his Kazakh counterpart, Minister of …", "Turkish counterpart Speaker of …": who the person is to someone else, not an office
_PERSON_RELATIONS = frozenset({"counterpart", "counterparts", "colleague", "colleagues"})
_PARTY_STANDING = frozenset({"ruling", "opposition", "governing"})  # "the ruling Mongolian People's Party": no part of its name
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its", "our", "my", "your"})  # the nouns a document's subject is about (domain rows)
# Kazakh adjectives end in these suffixes (-лық, -ғы, -лы, -сыз…) or are a few common stems; any other attribute
# is a noun, and the noun it qualifies takes the possessive (izafet): «сауда ынтымақтастығы», «мәдени ынтымақтастық»
_KK_ADJECTIVE = re.compile(r"(?:[лдт][ыі]қ|[лдт][ыі]к|[лдт]ық|[лдт]ік|[ғгқк][ыі]|[лдт][ыі]|с[ыі]з|и|өзара)$")
_VOWEL_START = re.compile(r"[аоуэиАОУЭИ]")


class _Unknown(Exception):
    """A part has no trusted form in the language: the whole composition gives None."""


# -- the lexicon ---------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    """One lexicon row: a part with its forms per language."""

    keys: tuple[str, ...]
    kind: str
    cells: dict[str, str]
    forms: dict[tuple[str, str], str]
    scope: frozenset[str]
    status: dict[str, str]
    line: int

    def cell(self, lang: str) -> str:
        return self.cells.get(lang, "")

    def form(self, lang: str, case: str) -> str | None:
        return self.forms.get((lang, case))

    def confirmed(self, lang: str) -> bool:
        return self.status.get(lang, "unconfirmed") not in REVIEW_STATUSES


@dataclass(eq=False)  # identity semantics: one object per version of a file, usable as a cache key
class Lexicon:
    """The rows of one lexicon file, indexed by kind and normalized English key."""

    rows: list[Row]

    def __post_init__(self) -> None:
        self.index: dict[tuple[str, str], list[Row]] = {}
        self.by_kind: dict[str, list[Row]] = {}
        self.acronyms: dict[str, list[str]] = {}
        # "the NA" is the person's own country's National Assembly: expanded only for the countries in scope
        self.country_acronyms: dict[str, tuple[frozenset[str], list[str]]] = {}
        for row in self.rows:
            self.by_kind.setdefault(row.kind, []).append(row)
            if row.kind == "acronym" and row.scope:
                self.country_acronyms[row.keys[0]] = (row.scope, _words(row.cells["en"]))
            elif row.kind == "acronym":
                self.acronyms[row.keys[0]] = _words(row.cells["en"])
                continue
            for key in row.keys:
                self.index.setdefault((row.kind, key), []).append(row)
        self.known = {key for (_, key) in self.index}
        self.max_words = max((len(key.split()) for key in self.known), default=1)

    def starts(self, words: list[str], kinds: t.Collection[str]) -> Iterator[tuple[str, list[str]]]:
        """Keys of rows of ``kinds`` that ``words`` begins with, longest first, with the words after them."""
        for size in range(min(len(words), self.max_words), 0, -1):
            key = _join(words[:size])
            if any((kind, key) in self.index for kind in kinds):
                yield key, words[size:]

    def pick(self, kind: str | t.Collection[str], key: str, scope: frozenset[str]) -> Row | None:
        """The row for ``key``: one whose scope meets ``scope`` first, then an unscoped one."""
        kinds = (kind,) if isinstance(kind, str) else tuple(kind)
        candidates = [row for k in kinds for row in self.index.get((k, key), [])]
        scoped = [row for row in candidates if row.scope & scope]
        unscoped = [row for row in candidates if not row.scope]
        return next(iter(scoped or unscoped), None)

    def of_kind(self, kind: str) -> t.Sequence[Row]:
        return self.by_kind.get(kind, ())


def default_lexicon_path() -> Path:
    return resources.default_locales_dir() / FILE_NAME


def load_lexicon(path: str | Path) -> Lexicon:
    """The lexicon at ``path``, read once per version of the file (the cache key has its mtime)."""
    path = Path(path)
    try:
        stat = path.stat()
    except OSError as exc:
        raise TermbaseError(f"{path}: cannot read the office lexicon: {exc.strerror or exc}") from exc
    return _load_lexicon(path, stat.st_mtime_ns, stat.st_size)


@functools.cache
def _load_lexicon(path: Path, mtime_ns: int, size: int) -> Lexicon:
    # kept parsed between runs in the cache folder, keyed by the file's version and by this code's
    return resources.load_persisted("lexicon", path, _parse_lexicon, [Path(__file__), Path(resources.__file__)])


def _parse_lexicon(path: Path) -> Lexicon:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise TermbaseError(f"{path}: cannot read the office lexicon ({exc}); save it as CSV UTF-8") from None
    return Lexicon(list(_parse_rows(text, str(path))))


def _default_termbase(path: Path) -> Termbase:
    # The pipeline's own cache: one load per version of the file, shared with localization.
    return resources.load_cached("termbase", path, Termbase.load_kept)


def _parse_rows(text: str, source: str) -> Iterator[Row]:
    reader = CsvRows(text, source)
    header = [cell.strip().lower() for cell in next(reader, [])]
    if tuple(header) != COLUMNS:
        raise TermbaseError(f"{source}:1: the header must be {','.join(COLUMNS)}")
    for cells in reader:
        if not cells or not any(cell.strip() for cell in cells) or cells[0].lstrip().startswith("#"):
            continue
        where = f"{source}:{reader.line_num}"
        if len(cells) > len(COLUMNS):
            raise TermbaseError(f"{where}: {len(cells)} cells where the header has {len(COLUMNS)}; "
                                "a cell with a comma needs double quotes")
        padded = [cell.strip() for cell in cells] + [""] * (len(COLUMNS) - len(cells))
        yield _row(dict(zip(COLUMNS, padded, strict=True)), where, reader.line_num)


def _row(cells: dict[str, str], where: str, line: int) -> Row:
    kind = cells["kind"].lower()
    if kind not in ROW_KINDS:
        raise TermbaseError(f"{where}: unknown kind {cells['kind']!r}; use one of {', '.join(ROW_KINDS)}")
    if not cells["en"]:
        raise TermbaseError(f"{where}: the en cell is empty")
    keys: tuple[str, ...]
    if kind == "acronym":
        short, equals, expansion = cells["en"].partition("=")
        if not equals or not short.strip() or not expansion.strip():
            raise TermbaseError(f"{where}: an acronym row reads 'MoU = memorandum of understanding'")
        keys = (_key(short),)
        forms_by_lang = {"en": expansion.strip()}
    else:
        keys = tuple(_key(name) for name in cells["en"].split("|") if name.strip())
        forms_by_lang = {lang: cells[lang] for lang in LANGS if cells[lang]}
    return Row(keys, kind, forms_by_lang, _parse_forms(cells["forms"], where), _parse_scope(cells["scope"]),
               _parse_status(cells["status"], where), line)


def _parse_forms(text: str, where: str) -> dict[tuple[str, str], str]:
    forms: dict[tuple[str, str], str] = {}
    for part in filter(None, (piece.strip() for piece in text.split(";"))):
        name, equals, form = part.partition("=")
        lang, dot, case = name.strip().partition(".")
        if not equals or not dot or lang not in LANGS or case not in CASES or not form.strip():
            raise TermbaseError(f"{where}: malformed form {part!r}; write e.g. 'kk.poss=министрі; mn.gen=сайдын' "
                                f"(cases {', '.join(CASES)})")
        forms[(lang, case)] = form.strip()
    return forms


def _countries_of(scope: frozenset[str]) -> frozenset[str]:
    return frozenset(key for key in scope if _ISO.fullmatch(key))


def _parse_scope(text: str) -> frozenset[str]:
    return frozenset(item.strip().upper() if _ISO.fullmatch(item.strip()) else _key(item)
                     for item in text.split("|") if item.strip())


def _parse_status(text: str, where: str) -> dict[str, str]:
    value = text.strip().lower()
    if value in STATUSES:
        return dict.fromkeys(LANGS, value)
    status: dict[str, str] = {}
    for part in filter(None, (piece.strip() for piece in text.split(";"))):
        lang, equals, level = (piece.strip().lower() for piece in part.partition("="))
        if not equals or lang not in LANGS or level not in STATUSES:
            raise TermbaseError(f"{where}: malformed status {part!r}; write 'confirmed' or "
                                "'ru=confirmed; kk=derived; mn=unconfirmed'")
        status[lang] = level
    return status


def _words(text: str) -> list[str]:
    """Normalized words; quotation marks around a name ("Roadmap", “Kabar”, 'sanitary affairs') are not part of it."""
    return [word for word in (token.strip("\"'‘’").rstrip(".") for token in _TOKEN.findall(normalize(text))) if word]


def _join(words: t.Sequence[str]) -> str:
    return " ".join(words).replace(" ,", ",")


def _key(text: str) -> str:
    return _join(_words(text))


# -- the parse tree ------------------------------------------------------------------


@dataclass(frozen=True)
class Country:
    code: str
    long: bool  # the English gave the official long name ("the Kyrgyz Republic")
    key: str
    implied: bool = False  # long only because an official name calls for it (Mongolian keeps «ОХУ-ын» there)


@dataclass(frozen=True)
class Countries:
    """Two or more countries owning a plural office together: "Prime Ministers of Georgia and Armenia"."""

    members: tuple[Country, ...]
    paired: bool = False  # "Mongolia-Kazakhstan friendship group": the pair names the body, it does not own it


@dataclass(frozen=True)
class Named:
    """A whole name: a termbase entry, a lexicon region/name row, or an acronym neither knows, kept as written."""

    key: str
    entry: Entry | None = None
    row: Row | None = None
    written: str = ""  # "LDP", "SFD": a party's or a fund's own letters, a brand inside the native title
    descriptor: str = ""  # "… Company (TAVANIR)": the body row the letters are the name of, «компания «TAVANIR»»


@dataclass(frozen=True)
class Post:
    """A title or an institution: modifiers, head, portfolio and complements."""

    kind: str  # "title" or "institution"
    head: str
    modifiers: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    owner: Node | None = None  # "of …"
    under: Node | None = None  # "under …"
    host: Node | None = None  # "to …", "in …"
    plural: bool = False  # "Foreign Ministers"


@dataclass(frozen=True)
class Place:
    """A region or city the lexicon does not know: its English proper name and the division noun."""

    name: str  # as written in the English ("Sughd")
    division: str  # key of a division row: region, province, aimag, city …
    entry: Entry | None = None  # a termbase place of that name: "Tashkent city" is the city of Tashkent


@dataclass(frozen=True)
class Located:
    """A place with its country: "Sughd region of Tajikistan"."""

    place: Named | Place
    country: Country


@dataclass(frozen=True)
class Titles:
    """Two offices of one person: "Deputy Prime Minister – Minister of Trade of Kazakhstan"; the owner
    written after the second one belongs to both."""

    first: Post
    second: Post


@dataclass(frozen=True)
class Field:
    noun: str
    plural: bool
    domains: tuple[str, ...] = ()
    areas: tuple[str, ...] = ()


@dataclass(frozen=True)
class Coop:
    """"bilateral cooperation", "trade and economic cooperation": qualifiers (area or attribute rows) and
    the noun ``cooperation`` (a domain row)."""

    qualifiers: tuple[tuple[str, str], ...]  # (row kind, key)
    noun: str = "cooperation"


@dataclass(frozen=True)
class Founded:
    """"a high-level inter-parliamentary commission": the body a document sets up, attribute rows + a body row."""

    attributes: tuple[str, ...]
    body: str


@dataclass(frozen=True)
class Document:
    head: str
    attributes: tuple[str, ...] = ()
    topic: str | None = None
    field: Field | None = None
    # its keys ("on expanding", "on deepening") and object: domains, cooperation, or a body it sets up ("founding" row)
    purpose: tuple[tuple[str, ...], tuple[str, ...] | Coop | Founded] | None = None
    subject: tuple[str, Coop] | None = None  # "on trade and economic cooperation": (about row, subject)
    years: tuple[str, ...] = ()  # "for 2022-2023": ("2022", "2023")
    late_field: bool = False  # the field follows the purpose and qualifies its object ("… cooperation in the field of X")
    parties: str | None = None  # "between the two countries": a parties row
    meeting: tuple[str, str, Node] | None = None  # "of the 9th meeting of <institution>": (meeting row, "9" or "", institution)
    results: bool = False  # "on the results of the 9th meeting of …": ru «по итогам 9-го заседания …»
    matter: str | None = None  # "on the avoidance of double taxation", "Extradition Treaty": a matter row
    complement: Coop | tuple[str, ...] | None = None  # "programme of trade and economic cooperation": what a plan is of
    until: bool = False  # "through 2030": ``years`` holds the last year of the period
    project: bool = False  # "for the project <name>": a project named in English only, left out of the title
    between: tuple[Node, ...] = ()  # "between Ulaanbaatar and Moscow": parties the English names (a ``link`` "between")
    parties_first: bool = False  # the English names the parties before what the document is on: ru keeps that order


Node: t.TypeAlias = "Country | Countries | Named | Post | Place | Located"


# -- parsing English -----------------------------------------------------------------


class _Parser:
    """Every reading of an English name, most specific first.

    ``original`` is the English as written: a region or city the lexicon does not know is read only
    when its name is capitalised there ("Sughd region"), and is transliterated from that spelling.
    """

    def __init__(self, lexicon: Lexicon, termbase: Termbase, original: str = "", country: str | None = None) -> None:
        self.lex = lexicon
        self.person_country = country.strip().upper() if country else None
        self.tb = termbase
        self.countries = _country_keys(lexicon, termbase)
        self.demonyms = _demonyms(lexicon)
        self.original = _original_words(original)
        self.hyphenated = _hyphenated_pairs(original)
        self.lettered: dict[str, tuple[str, str]] = {}  # key of a company's letters → (letters, body row key)

    def tokens(self, text: str) -> list[str] | None:
        """The words of ``text`` with glosses and honorifics dropped and acronyms expanded; None for an unknown gloss."""
        without_glosses = self._drop_glosses(self._lettered_bodies(text))
        if without_glosses is None:
            return None
        words: list[str] = []
        for word in _words(without_glosses):
            words.extend(self._expanded(word))
        # "HE", "His Excellency"; "Founder of Peace and National Unity, Leader of the Nation, President of …": one
        # form of address after another
        while (honorific := next(self.lex.starts(words, ("honorific",)), None)) is not None:
            rest = honorific[1]
            words = rest[1:] if rest[:1] == [","] else rest
        return self._without_relation(_skip_the(words))

    def _without_relation(self, words: list[str]) -> list[str]:
        """"his Kazakh counterpart, Minister of Foreign Affairs" is the Kazakh Minister of Foreign Affairs: a relation
        word before an office says whom the person meets, not what they are. A country before it is the office's
        owner; any other words before it ("his new counterpart") go with it."""
        start = 1 if words[:1] and words[0] in _POSSESSIVE_PRONOUNS else 0
        relation = next((index for index, word in enumerate(words[start:start + 5], start) if word in _PERSON_RELATIONS), None)
        if relation is None or relation + 1 >= len(words):
            return words
        rest = words[relation + 1:]
        rest = rest[1:] if rest[:1] in ([","], ["the"]) else rest
        before = words[start:relation]
        country = next((found for found, tail in self.attributive(before) if not tail), None) if before else None
        return [*before, *rest] if country is not None else rest

    def _expanded(self, word: str) -> list[str]:
        """An acronym's English words; one scoped to countries ("NA" = National Assembly) only when the person is
        from one of them, since elsewhere the letters may stand for another body."""
        bare = word.removesuffix("'s")
        scope, expansion = self.lex.country_acronyms.get(bare, (frozenset(), []))
        if self.person_country not in scope:  # a country's own reading wins over the general one ("Rep." in Korea)
            if bare not in self.lex.acronyms:
                return [word]
            expansion = self.lex.acronyms[bare]
        if bare != word:  # "the NA's Committee": the possessive stays on the last word
            return [*expansion[:-1], expansion[-1] + "'s"]
        return expansion

    def _lettered_bodies(self, text: str) -> str:
        """"CEO of Iran Power Management, Distribution and Transmission Company (TAVANIR)": a company's English
        name has no official ru/kk/mn form, but its own letters do, kept as written; ru, kk and mn press name a
        foreign company so, «компания «TAVANIR»». The English name is replaced by its letters, which
        :meth:`names` reads as that body."""
        for match in reversed(list(_LETTERED_BODY.finditer(text))):
            start = self._name_start(text[:match.start("body")])
            letters = match.group("letters")
            self.lettered[_key(letters)] = (letters, _key(match.group("body")))
            text = text[:start] + letters + text[match.end():]
        for match in reversed(list(_QUOTED_BODY.finditer(text))):  # the name is the quoted words, kept as written
            if re.search(r"[A-Z][\w-]*\s+$", text[:match.start()]):
                continue  # "Kyrgyz National Information Agency “Kabar”": the body has a name of its own before
            letters = match.group("letters").strip()
            placeholder = "Quoted" + "".join(word.capitalize() for word in re.findall(r"[A-Za-z0-9]+", letters))
            self.lettered[_key(placeholder)] = (letters, _key(match.group("body")))
            text = text[:match.start()] + placeholder + text[match.end():]
        return text

    def _name_start(self, before: str) -> int:
        """Where the capitalised English name that ends ``before`` begins: a run of capitalised words joined by
        commas, "and", "of", "for" or "&", which stops at an office ("Minister and …") or a lower-case word."""
        tokens = list(re.finditer(r"[^\s,]+|,", before))
        start = len(before.rstrip())
        for index in range(len(tokens) - 1, -1, -1):
            word = tokens[index].group(0)
            is_office = word[:1].isupper() and next(self.lex.starts([_key(word)], ("office",)), None) is not None
            if not _NAME_WORD.fullmatch(word) or is_office:
                break
            start = tokens[index].start()
        while True:  # the name begins with a capitalised word, never a joining word
            head = re.match(r"\s*(?:,|and\b|of\b|for\b|&)\s*", before[start:])
            if head is None or not head.group(0).strip():
                return start
            start += head.end()

    def _drop_glosses(self, text: str) -> str | None:
        for match in _GLOSS.finditer(text):
            if _PROJECT.search(text[:match.start()]):  # "for the project Schools (Phase 2)": part of a name left out anyway
                continue
            gloss = match.group(1).strip()
            known = _key(gloss) in self.lex.known or self.tb.find(gloss) is not None or self._restates_office(gloss) or \
                self._restates_body(gloss)
            if not (known or (_ACRONYM.fullmatch(gloss) and sum(c.isupper() for c in gloss) >= 2)):
                return None
        return _GLOSS.sub("", text)

    def _restates_office(self, gloss: str) -> bool:
        """"Turkmenistan's parliament speaker (Chairman of Assembly)": a gloss that begins with an office says the
        same office again in other words; the title before it is named without it."""
        return next(self.lex.starts(_words(gloss), ("office",)), None) is not None

    def _restates_body(self, gloss: str) -> bool:
        """"the Oliy Majlis (National Parliament)": a short gloss ending in a kind of body says what the native name
        is; the name before it is named without it."""
        words = _words(gloss)
        return 1 < len(words) <= 3 and any((kind, _key(words[-1])) in self.lex.index
                                            for kind in ("chamber", "body", "state-body"))

    def parse(self, words: list[str], kind: str) -> Iterator[Node | Document | Titles]:
        if kind == "document":
            yield from self.documents(words)
            return
        for name, rest in self.places_and_names(words):
            if not rest and self._name_fits(name, kind):
                yield name
        for post, rest in self.posts(words, _HEAD_KINDS[kind]):
            if not rest:
                yield self.seated(post)
        if kind == "title":
            for titles in self.titles(words):
                yield Titles(self.seated(titles.first), self.seated(titles.second))

    def seated(self, post: Post) -> Post:
        """A chamber that is part of a larger one ("within" rows) names its country through it, as its official
        name does: the Federation Council of Russia is «Совет Федерации Федерального Собрания Российской
        Федерации», so its owner becomes the Federal Assembly of the Russian Federation."""
        owner = post.owner
        if isinstance(owner, Post):
            owner = self.seated(owner)
            state = owner.owner
            if isinstance(state, Country) and not state.long and self.lex.pick("within", post.head, frozenset({state.code})):
                # "the Russian parliament’s upper house": the Federal Assembly of the Russian Federation, by its long name
                owner = replace(owner, owner=Country(state.code, True, "", implied=True))
        elif isinstance(owner, Country):
            row = self.lex.pick("within", post.head, frozenset({owner.code}))
            parent = next((key for key in sorted(row.scope) if not _ISO.fullmatch(key)), None) if row else None
            if parent is not None:
                owner = Post("institution", parent, owner=Country(owner.code, True, "", implied=True))
        return replace(post, owner=owner)

    def _name_fits(self, name: Named | Place | Located, kind: str) -> bool:
        if kind == "title":
            return isinstance(name, Named) and name.entry is not None and name.entry.type == "title"
        if not isinstance(name, Named):
            return True  # a region or city named as a party or an institution
        if name.descriptor:
            return True
        if name.row is not None:
            return name.row.kind in ("name", "region")
        return name.entry is not None and name.entry.type in _NAME_TYPES

    # titles and institutions

    def posts(self, words: list[str], head_kinds: tuple[str, ...], compound: bool = True,
              ) -> Iterator[tuple[Post, list[str]]]:
        for variant in _possessive_variants(_skip_the(words)):
            for modifiers, after_mods in self.modifiers(variant):
                # a head of several words is not split into a portfolio and a shorter head: "Security Council"
                whole = max((len(key.split()) for key, _ in self.lex.starts(after_mods, head_kinds)), default=0)
                for before, after_before in self.optional_list(after_mods, ("domain",)):
                    if before and len(after_mods) - len(after_before) < whole:
                        continue
                    for head, after_head, plural in self.heads(after_before, head_kinds):
                        for after, rest in ([((), after_head)] if before else self.portfolio(after_head)):
                            kind = "title" if ("office", head) in self.lex.index else "institution"
                            for (owner, under, host), tail in self.complements(rest):
                                if isinstance(owner, Countries) and not plural:
                                    continue  # "the Prime Minister of Georgia and Armenia" is no office of one person
                                yield Post(kind, head, modifiers, before + after, owner, under, host, plural), tail
                                if owner is not None and not (before or after) and tail[:1] in (["for"], ["on"]):
                                    # the remit after the owner: "Special Representative of the EU for Central Asia",
                                    # "… of the OSCE Parliamentary Assembly on the South Caucasus"
                                    for late, after_late in self.domain_list(_skip_the(tail[1:]), ("domain",)):
                                        yield Post(kind, head, modifiers, late, owner, under, host, plural), after_late
        if compound:
            yield from self.prefixed(_skip_the(words), head_kinds, depth=2)

    def heads(self, words: list[str], head_kinds: tuple[str, ...]) -> Iterator[tuple[str, list[str], bool]]:
        """Head keys ``words`` begins with, longest first; then plurals ("ministers", "chairmen", "embassies")."""
        for key, rest in self.lex.starts(words, head_kinds):
            yield key, rest, False
        for size in range(min(len(words), self.lex.max_words), 0, -1):
            for singular in _singulars(words[size - 1]):
                key = _join([*words[:size - 1], singular])
                if any((kind, key) in self.lex.index for kind in head_kinds):
                    yield key, words[size:], True

    def prefixed(self, words: list[str], head_kinds: tuple[str, ...], depth: int) -> Iterator[tuple[Post, list[str]]]:
        """An owner written before the office: "Kazakh Senate Chairman", "Kyrgyz Foreign Ministry", "USAID
        Administrator", "US Ambassador to Kazakhstan" = the office "of" that owner. ``depth`` 2 lets the owner
        itself have one ("NPC Standing Committee Chairman")."""
        for size in range(1, min(len(words), 7)):
            for owner in self.prefix_owners(words[:size], depth):
                if not isinstance(owner, Countries) and (words[size - 1], words[size]) in self.hyphenated:
                    continue  # "EU-Central Asia Economic Forum": the EU is half of the pair naming it, not its owner
                for post, rest in self.posts(words[size:], head_kinds, compound=False):
                    if post.owner is not None and (_is_place_node(owner) or not isinstance(owner, (Country, Countries))) \
                            and words[size:size + 1] == post.head.split()[:1]:
                        continue  # "Asia Department of the Ministry", "GCC Department of the Ministry": the name names the
                        # department, it owns neither the department nor the ministry
                    attached = _attach(post, owner) if self._prefix_fits(post, owner) else None
                    if attached is not None:
                        yield attached, rest

    def _prefix_fits(self, post: Post, owner: Node) -> bool:
        """An office takes any owner before it. An institution takes a country before it only when it is an
        organ of that state ("US Senate", "Kyrgyz Foreign Ministry") or the country is a demonym ("Japanese
        National Institute …"): "Kazakhstan Institute for Strategic Studies" is a proper name, not an
        institute of Kazakhstan."""
        if isinstance(owner, Countries):
            return post.kind == "institution"  # "Mongolia-Kazakhstan friendship group"
        if post.kind == "title" or not isinstance(owner, Country):
            return True
        if any((kind, post.head) in self.lex.index for kind in _ORGANS_OF_STATE):
            return True
        return owner.key in self.demonyms

    def prefix_owners(self, words: list[str], depth: int) -> Iterator[Node]:
        """What may stand before an office as its owner: a country or demonym, a name, an institution
        (itself perhaps with its own owner before it: "Kazakh Senate")."""
        for country, rest in self.attributive(words):
            if not rest:
                yield country
        for size in range(1, len(words)):  # "Mongolia-Kazakhstan", "Kazakh-Mongolian" (the hyphen is a space once normalized)
            for first, rest in self.attributive(words[:size]):
                for second, tail in self.attributive(words[size:]):
                    if not rest and not tail and first.code != second.code:
                        yield Countries((first, second), paired=True)
        for name, rest in self.places_and_names(words):
            if not rest and not isinstance(name, Located):
                yield name
        acronym = self._unknown_acronym(words)
        if acronym is not None:
            yield acronym
        # an institution before an office is a bare one ("Senate Speaker", "Foreign Ministry spokesman"); never one with
        # its own "of …" ("Asia Department of the Foreign Ministry" is no ministry owned by an Asia department)
        for post, rest in self.posts(words, _HEAD_KINDS["institution"], compound=False):
            if not rest and not post.plural and "of" not in words:
                yield post
        if depth > 1:
            for post, rest in self.prefixed(words, _HEAD_KINDS["institution"], depth - 1):
                if not rest and not post.plural and "of" not in words:
                    yield post

    def _unknown_acronym(self, words: list[str]) -> Named | None:
        """"LDP Deputy Secretary-General", "SFD CEO": an owner in capital letters that no row or entry knows is a
        body's own abbreviation. It stays as written (a brand, never declined), and the office around it is composed."""
        if len(words) != 1 or words[0] in self.lex.known or words[0] in self.countries or words[0] in self.demonyms:
            return None
        key = re.sub(r"'s$", "", words[0])  # "TDN’s Chairman": the body's own office, as "TDN Chairman"
        written = _original_span(self.original, [key])
        if written is None or not _UNKNOWN_ACRONYM.fullmatch(written) or self.tb.find(written) is not None:
            return None
        return Named(key, written=written)

    def attributive(self, words: list[str]) -> Iterator[tuple[Country, list[str]]]:
        """A country used as an adjective: "Kazakh", "South Korean", "US", "China"."""
        for size in range(min(len(words), 3), 0, -1):
            key = _join(words[:size])
            if key in self.demonyms:
                yield Country(self.demonyms[key], False, key), words[size:]
        yield from self.country(words)

    def titles(self, words: list[str]) -> Iterator[Titles]:
        """"Deputy Prime Minister and Minister of Foreign Affairs", "Deputy Prime Minister – Minister of Trade",
        "First Vice Prime Minister, Minister of Economy", "Deputy Prime Minister/Minister of Justice"; and two
        offices with owners of their own after a comma ("High Representative of the EU for …, Vice-President
        of the European Commission")."""
        for first, rest in self.posts(words, ("office",), compound=False):
            if first.owner is not None and rest[:1] == [","] and not first.plural:
                for second, tail in self.posts(rest[1:], ("office",)):
                    # "Secretary General of the Ministry of X, Ambassador": a diplomat's rank after his office
                    rank = second.head in _DIPLOMATIC_RANKS and not (second.modifiers or second.domains or second.host)
                    if not tail and not second.plural and (second.owner is not None or rank):
                        yield Titles(first, second)
                continue
            if first.owner or first.under or first.host or first.plural or not rest:
                continue
            skip = 1 if rest[0] in _SEPARATORS | {"/"} else 0  # a dash is a space once normalized
            for second, tail in self.posts(rest[skip:], ("office",)):
                if not tail and not second.plural:
                    yield Titles(first, second)

    def modifiers(self, words: list[str]) -> Iterator[tuple[tuple[str, ...], list[str]]]:
        """Modifiers before a head. A head the modifier begins is read first ("Assistant Minister" is an office of
        its own, whose remit is its own: «помощник министра по политическим вопросам», not the minister's
        portfolio); the modifier and a shorter head remain a later reading for a language that lacks the long one."""
        whole = max((len(key.split()) for key, _ in self.lex.starts(words, _NESTED_HEADS)), default=0)
        splits = [((key, *more), tail) for key, rest in self.lex.starts(words, ("modifier",))
                  for more, tail in self.modifiers(rest)]
        unsplit: list[tuple[tuple[str, ...], list[str]]] = [((), words)]
        yield from (unsplit + splits) if any(len(key[0].split()) < whole for key, _ in splits) else (splits + unsplit)

    def portfolio(self, words: list[str]) -> Iterator[tuple[tuple[str, ...], list[str]]]:
        if words[:1] in (["of"], ["for"], ["on"]):  # "Committee on International Affairs"
            yield from self.domain_list(_skip_the(words[1:]), ("domain",))
        if words[:3] == ["in", "charge", "of"]:  # "director in charge of international cooperation": a remit
            yield from self.domain_list(_skip_the(words[3:]), ("domain",))
        yield (), words

    def optional_list(self, words: list[str], kinds: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], list[str]]]:
        yield from self.domain_list(words, kinds)
        yield (), words

    def domain_list(self, words: list[str], kinds: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], list[str]]]:
        """"A", "A and B", "A, B and C": longest items and longest lists first."""
        for key, rest in self.lex.starts(words, kinds):
            for skip in _separator(rest):
                for more, tail in self.domain_list(rest[skip:], kinds):
                    yield (key, *more), tail
            yield (key,), rest

    def complements(self, words: list[str], owner: Node | None = None, under: Node | None = None,
                    host: Node | None = None) -> Iterator[tuple[tuple[Node | None, Node | None, Node | None], list[str]]]:
        first = words[:1]
        if first == ["of"] and owner is None:
            for node, rest in self.owners(words[1:]):
                yield from self.complements(rest, node, under, host)
        if first == ["under"] and under is None:
            for node, rest in self.owners(words[1:]):
                yield from self.complements(rest, owner, node, host)
        if first in (["to"], ["in"]) and host is None:
            for country, rest in self.country(words[1:]):
                yield from self.complements(rest, owner, under, country)
            for countries, rest in self.country_list(words[1:]):  # "Mission in Kazakhstan, Turkmenistan and Uzbekistan"
                yield from self.complements(rest, owner, under, countries)
            for found, rest in self.places_and_names(words[1:]):  # "Programme Office in Astana", "Mission to the UN"
                if _is_place_node(found) or (first == ["to"] and _is_organization(found)):
                    yield from self.complements(rest, owner, under, found)
        if first == ["for"] and owner is None:  # "spokesman for the Foreign Ministry" = the ministry's spokesman
            for node, rest in self.owners(words[1:]):
                if _is_institution(node):
                    yield from self.complements(rest, node, under, host)
        if first == ["to"] and owner is None:  # "Adviser to the Minister of Energy" = the minister's adviser
            for node, rest in self.owners(words[1:]):
                if _is_office(node):
                    yield from self.complements(rest, node, under, host)
        yield (owner, under, host), words

    def owners(self, words: list[str]) -> Iterator[tuple[Node, list[str]]]:
        words = _skip_the(words)
        yield from self.places_and_names(words)
        yield from self.country(words)
        yield from self.country_list(words)
        for post, rest in self.posts(words, _NESTED_HEADS):
            if not post.plural:
                yield post, rest

    def country_list(self, words: list[str]) -> Iterator[tuple[Countries, list[str]]]:
        """"Georgia and Armenia", "Kazakhstan, Kyrgyzstan and Uzbekistan": the owners of a plural office."""
        for first, rest in self.country(words):
            for skip in _separator(rest):
                for more, tail in [*self.country_list(rest[skip:]), *((Countries((c,)), r) for c, r in self.country(rest[skip:]))]:
                    yield Countries((first, *more.members)), tail

    def places_and_names(self, words: list[str]) -> Iterator[tuple[Named | Place | Located, list[str]]]:
        """Names, then regions and cities; a place may be followed by "of <country>", a name by its own
        country ("China's Xinhua News Agency", which adds nothing to the name)."""
        candidates: list[tuple[Named | Place, list[str]]] = []
        for variant in _possessive_variants(_skip_the(words)):  # "China's Xinhua News Agency"
            candidates += [*self.names(variant), *self.places(variant)]
        for found, rest in candidates:
            yield found, rest
            if rest[:1] != ["of"]:
                continue
            for country, tail in self.country(rest[1:]):
                if _is_place(found):
                    yield Located(found, country), tail
                elif isinstance(found, Named) and found.row is not None and country.code in found.row.scope:
                    yield found, tail
        for country, after in self.attributive(_skip_the(words)):  # "Kyrgyz National Information Agency Kabar"
            for found, rest in self.names(after):
                if found.row is not None and found.row.kind == "name" and country.code in found.row.scope:
                    yield found, rest

    def names(self, words: list[str]) -> Iterator[tuple[Named, list[str]]]:
        words = _skip_the(words)
        if words[:1] and words[0] in _PARTY_STANDING:  # a party's standing, "ruling" or "opposition", is not its name
            for found, rest in self.names(words[1:]):
                if found.row is not None and any("party" in key.split() for key in found.row.keys):
                    yield found, rest
        for key, rest in self.lex.starts(words, ("name", "region")):
            row = (self.lex.index.get(("name", key)) or self.lex.index[("region", key)])[0]
            yield Named(key, row=row), rest
        if words[:1] and words[0] in self.lettered:
            letters, body = self.lettered[words[0]]
            yield Named(words[0], written=letters, descriptor=body), words[1:]
        for size in range(len(words), 0, -1):
            if words[size - 1].endswith("'s"):
                continue
            entry = self.tb.find(_join(words[:size]))
            if entry is not None and entry.type in _NAME_TYPES | {"title"} and not self._countrys_own(entry, words[:size]):
                yield Named(_key(entry.en), entry=entry), words[size:]

    def _countrys_own(self, entry: Entry, words: list[str]) -> bool:
        """A generic termbase name ("Parliament") that the lexicon names for the person's country («Великий
        Государственный Хурал» for Mongolia): the country's own body is meant, so the lexicon composes it."""
        if self.person_country is None:
            return False
        rows = self.lex.index.get(("chamber", _join(words)), [])
        return any(self.person_country in row.scope for row in rows)

    def places(self, words: list[str]) -> Iterator[tuple[Place, list[str]]]:
        """"Sughd region", "Gansu province", "Khentii aimag", "city of Jizzakh": a capitalised name the lexicon
        and termbase do not know, with a division noun."""
        words = _skip_the(words)
        for size in range(min(len(words) - 1, 3), 0, -1):
            for division, rest in self.lex.starts(words[size:], ("division",)):
                place = self._place(words[:size], division)
                if place is not None:
                    yield place, rest
        for division, rest in self.lex.starts(words, ("division",)):
            if rest[:1] == ["of"]:
                for size in range(min(len(rest) - 1, 3), 0, -1):
                    place = self._place(rest[1:1 + size], division)
                    if place is not None:
                        yield place, rest[1 + size:]

    def _place(self, words: list[str], division: str) -> Place | None:
        """A termbase place with a division noun ("Tashkent city"), or a capitalised unknown name."""
        entry = self.tb.find(_join(words), "place")
        if entry is not None:
            return Place(entry.en, division, entry)
        name = self._proper_name(words)
        return None if name is None else Place(name, division)

    def _proper_name(self, words: list[str]) -> str | None:
        """The English spelling of ``words`` when every word is capitalised there and none is a known term."""
        key = _join(words)
        if key in self.lex.known or key in self.countries or key in self.demonyms or self.tb.find(key) is not None:
            return None
        if any(word in self.lex.known or word in self.demonyms or not word[:1].isalpha() for word in words):
            return None
        return _original_span(self.original, words)

    def country(self, words: list[str]) -> Iterator[tuple[Country, list[str]]]:
        words = _skip_the(words)
        for size in range(min(len(words), 6), 0, -1):
            key = _join(words[:size])
            if key in self.countries:
                code, long = self.countries[key]
                yield Country(code, long, key), words[size:]

    # documents

    def documents(self, words: list[str]) -> Iterator[Document]:
        for attributes, after_attrs in self.attributes(_skip_the(words)):
            for before, after_noun in self.noun_adjunct(after_attrs):
                for head, rest in self.lex.starts(after_noun, ("document",)):
                    for parts in self.document_parts(rest, before, head):
                        order = list(parts)
                        late_field = "field" in parts and "purpose" in parts and order.index("field") > order.index("purpose")
                        on = [key for key in ("topic", "subject", "matter", "field") if key in parts]
                        sides = [key for key in ("parties", "between") if key in parts]
                        parties_first = bool(on and sides) and order.index(sides[0]) < min(order.index(k) for k in on)
                        yield Document(head, attributes, parts.get("topic"), parts.get("field"), parts.get("purpose"),
                                       parts.get("subject"), parts.get("years", ()), late_field,
                                       parties=parts.get("parties"), meeting=parts.get("meeting"),
                                       results=parts.get("results", False), matter=parts.get("matter"),
                                       complement=parts.get("complement"), until=parts.get("until", False),
                                       project=parts.get("project", False), between=parts.get("between", ()),
                                       parties_first=parties_first and not parts.get("complement"))

    def noun_adjunct(self, words: list[str]) -> Iterator[tuple[dict[str, t.Any], list[str]]]:
        """Nouns written before the head: "cooperation program" is the program of cooperation (what a plan is of,
        for a head that takes a complement), "strategic partnership agreement" the agreement on strategic partnership
        (an "on/of …" topic row), "Extradition Treaty" the treaty on extradition (a matter row), "Economic and
        Technical Cooperation Agreement" the agreement on economic and technical cooperation, "health agreement" the
        agreement in the field of health."""
        for size in range(min(len(words) - 1, self.lex.max_words), 0, -1):
            before, after = words[:size], words[size:]
            head = next(self.lex.starts(after, ("document",)), None)
            if head is None:
                continue
            if self.takes_complement(head[0]):
                for coop, rest in self.coop(before):
                    if not rest:
                        yield {"complement": coop}, after
                continue
            for preposition in ("of", "on"):
                key = _join([preposition, *before])
                if ("topic", key) in self.lex.index:
                    yield {"topic": key}, after
                    break
            if ("matter", _join(before)) in self.lex.index:
                yield {"matter": _join(before)}, after
            for coop, rest in self.coop(before):
                if not rest and coop.qualifiers:
                    yield {"subject": ("on", coop)}, after
            for domains, rest in self.domain_list(before, ("domain",)):
                if not rest:  # "health agreement": the agreement in the field of health
                    yield {"field": Field("field", False, domains=domains)}, after
        yield {}, words

    def takes_complement(self, head: str) -> bool:
        """A plan or programme is named by what it is of: ru «программа сотрудничества» (genitive), not «о …»;
        a ``link`` row "of", scoped to the heads, says which heads take such a complement and how."""
        return any(row.scope for row in self.lex.index.get(("link", "of"), []) if head in row.scope)

    def attributes(self, words: list[str]) -> Iterator[tuple[tuple[str, ...], list[str]]]:
        for key, rest in self.lex.starts(words, ("attribute",)):
            for more, tail in self.attributes(rest):
                yield (key, *more), tail
        yield (), words

    def document_parts(self, words: list[str], parts: dict[str, t.Any], head: str) -> Iterator[dict[str, t.Any]]:
        if not words:
            yield parts
            return
        if words[0] in _PARTICIPLE_SUBJECTS:  # "agreement establishing sister-region ties" = "on establishing …"
            yield from self.document_parts(["on", *words], parts, head)
            return
        complement_head = self.takes_complement(head)
        if complement_head and not parts and words[0] in ("of", "for", "on"):
            # "programme of cooperation", "plan for … cooperation", "action plan on cooperation": «план действий по …»
            for coop, tail in self.coop(_skip_the(words[1:])):
                yield from self.document_parts(tail, {**parts, "complement": coop}, head)
        if "topic" not in parts and "subject" not in parts and "matter" not in parts and "complement" not in parts:
            for key, rest in self.lex.starts(words, ("topic",)):
                if not (complement_head and key.split()[0] in ("of", "for")):  # a plan *of* cooperation is its complement
                    yield from self.document_parts(rest, {**parts, "topic": key}, head)
        if "subject" not in parts and "matter" not in parts and words[0] in _MATTER_PREPOSITIONS:
            for key, rest in self.lex.starts(_skip_the(words[1:]), ("matter",)):  # "on the avoidance of double taxation"
                yield from self.document_parts(rest, {**parts, "matter": key}, head)
        if "subject" not in parts and "matter" not in parts:  # also after a topic: "memorandum of understanding on cooperation in …"
            for key, rest in self.lex.starts(words, ("about",)):
                for coop, tail in self.coop(_skip_the(rest)):  # "on trade and economic cooperation"
                    yield from self.document_parts(tail, {**parts, "subject": (key, coop)}, head)
                if "field" not in parts:  # "on energy cooperation" = on cooperation in the field of energy
                    yield from self._domain_cooperation(key, _skip_the(rest), parts, head)
                if "between" not in parts and "parties" not in parts:  # "on Ulaanbaatar-Moscow friendly cooperation"
                    for sides, tail in self.paired_parties(_skip_the(rest)):
                        for coop, after in self.coop(tail):
                            yield from self.document_parts(after, {**parts, "subject": (key, coop), "between": sides},
                                                           head)
        if "field" not in parts and (words[0] == "in" or (words[0] == "on" and _about_cooperation(parts))):
            # "cooperation on tourism" is cooperation in it
            for found, rest in self.fields(_skip_the(words[1:])):
                yield from self.document_parts(rest, {**parts, "field": found}, head)
        if "purpose" not in parts:
            for keys, rest in self.purposes(words):
                for coop, tail in self.coop(_skip_the(rest)):
                    yield from self.document_parts(tail, {**parts, "purpose": (keys, coop)}, head)
                for domains, tail in self.domain_list(_skip_the(rest), ("domain",)):
                    yield from self.document_parts(tail, {**parts, "purpose": (keys, domains)}, head)
            for key, rest in self.lex.starts(words, ("founding",)):  # "on the creation of a joint working group"
                for body, tail in self.founded(rest):
                    yield from self.document_parts(tail, {**parts, "purpose": ((key,), body)}, head)
        if "years" not in parts and words[0] == "for":
            for years, rest in self.years(_skip_the(words[1:])):
                yield from self.document_parts(rest, {**parts, "years": years}, head)
        if "years" not in parts:
            for year, rest in self.deadline(words):
                yield from self.document_parts(rest, {**parts, "years": (year,), "until": True}, head)
        if words[0] in ("for", "on") and _skip_the(words[1:])[:1] == ["project"] and len(words) > 2:
            # "loan agreement for the project Construction of Public Schools": the name has no official form
            yield from self.document_parts([], {**parts, "project": True}, head)
        if "meeting" not in parts and words[0] == "of":
            for meeting in self.meeting_of(_skip_the(words[1:])):
                yield from self.document_parts([], {**parts, "meeting": meeting}, head)
        if "meeting" not in parts and words[:1] == ["on"] and _skip_the(words[1:])[:2] == ["results", "of"]:
            # "protocol on the results of the 10th intergovernmental commission session"
            sitting = _skip_the(_skip_the(words[1:])[2:])
            for meeting in [*self.meeting_of(sitting), *self.meeting_of(self._sitting_first(sitting))]:
                yield from self.document_parts([], {**parts, "meeting": meeting, "results": True}, head)
        if "parties" not in parts and "between" not in parts and words[0] in ("between", "among", "amongst"):
            for key, rest in self.lex.starts(_skip_the(words[1:]), ("parties",)):
                yield from self.document_parts(rest, {**parts, "parties": key}, head)
            for sides, rest in self.named_parties(_without_kind_of_sides(words[1:])):
                yield from self.document_parts(rest, {**parts, "between": sides}, head)

    def founded(self, words: list[str]) -> Iterator[tuple[Founded, list[str]]]:
        """"a high-level inter-parliamentary commission": what a document sets up, attributes before a body row."""
        words = words[1:] if words[:1] in (["a"], ["an"]) else _skip_the(words)
        for attributes, rest in self.attributes(words):
            for body, tail in self.lex.starts(rest, ("body",)):
                yield Founded(attributes, body), tail

    def purposes(self, words: list[str]) -> Iterator[tuple[tuple[str, ...], list[str]]]:
        """"on expanding", or two joined by "and" under one preposition: "on expanding and deepening" is "on
        expanding" and "on deepening" of the same object."""
        for key, rest in self.lex.starts(words, ("purpose",)):
            if rest[:1] == ["and"]:
                for second, tail in self.lex.starts([key.split()[0], *rest[1:]], ("purpose",)):
                    yield (key, second), tail
            yield (key,), rest

    def paired_parties(self, words: list[str]) -> Iterator[tuple[tuple[Node, ...], list[str]]]:
        """"Ulaanbaatar-Moscow" before the cooperation between them: two places, names or countries side by side."""
        for first, rest in self.owners(words):
            if isinstance(first, (Named, Place, Located, Country)):
                for second, tail in self.owners(rest):
                    if isinstance(second, (Named, Place, Located, Country)):
                        yield (first, second), tail

    def named_parties(self, words: list[str]) -> Iterator[tuple[tuple[Node, ...], list[str]]]:
        """"Ulaanbaatar and Moscow", "Tajikistan's Sughd region and China's Shaanxi province": two parties a
        document is between, each a place, a name, a country or an institution the lexicon composes."""
        for index, word in enumerate(words):
            if word != "and":
                continue
            # each side parsed on its own, so that "Tajikistan's Sughd region" reads as the Sughd region of Tajikistan
            firsts = self._sides_before_and(words[:index])
            if firsts is None:
                continue
            for second, tail in self.owners(words[index + 1:]):
                if not isinstance(second, Countries):
                    yield (*firsts, second), tail
            for variant in list(_possessive_variants(_skip_the(words[index + 1:])))[1:]:
                for second, tail in self.owners(variant):
                    if not tail and not isinstance(second, Countries):
                        yield (*firsts, second), []

    def _sides_before_and(self, words: list[str]) -> tuple[Node, ...] | None:
        """"A" or "A, B" before the "and" of named parties: each side whole, none of them a pair of countries."""
        sides = []
        for part in _split_on_commas(words):
            whole = [side for side, rest in self.owners(part) if not rest]
            if not whole or isinstance(whole[0], Countries):
                return None
            sides.append(whole[0])
        return tuple(sides)

    def _domain_cooperation(self, about: str, words: list[str], parts: dict[str, t.Any],
                            head: str) -> Iterator[dict[str, t.Any]]:
        """"on energy cooperation" = on cooperation in the field of energy: the topic "on cooperation", or, after
        another topic ("memorandum of understanding on sports cooperation"), the subject cooperation."""
        for domains, tail in self.domain_list(words, ("domain",)):
            field = Field("field", False, domains=domains)
            topic = self._cooperation_topic(about, tail[:1])
            if topic is not None and "topic" not in parts:
                yield from self.document_parts(tail[1:], {**parts, "topic": topic, "field": field}, head)
            elif topic is not None and "complement" not in parts:
                yield from self.document_parts(tail[1:], {**parts, "subject": (about, Coop(())), "field": field}, head)

    def deadline(self, words: list[str]) -> Iterator[tuple[str, list[str]]]:
        """"through 2030", "until 2030", "for the period until (up to) 2024": a period named by its last year."""
        if words[:1] == ["for"]:
            words = _skip_the(words[1:])
            words = words[1:] if words[:1] == ["period"] else words
        if words[:2] == ["up", "to"]:
            words = ["until", *words[2:]]  # "for the period up to 2020"
        if len(words) >= 2 and words[0] in _DEADLINE_WORDS and _YEAR.fullmatch(words[1]):
            yield words[1], words[2:]

    def meeting_of(self, words: list[str]) -> Iterator[tuple[str, str, Node]]:
        """"9th meeting of the Intergovernmental Commission …", "session of the Joint Committee": the protocol of
        a sitting names the sitting and the institution that held it, which takes up the rest of the name."""
        number = ""
        ordinal = _ORDINAL.fullmatch(words[0]) if words else None
        if ordinal is not None:
            number, words = ordinal.group(1), words[1:]
        for key, rest in self.lex.starts(words, ("meeting",)):
            if rest[:1] == ["of"]:
                for node in self.parse(rest[1:], "institution"):
                    if isinstance(node, Post):
                        yield key, number, node

    def _sitting_first(self, words: list[str]) -> list[str]:
        """"10th intergovernmental commission session" as "10th session of the intergovernmental commission": the
        body named before the sitting word, in the order :meth:`meeting_of` reads."""
        ordinal = words[:1] if words and _ORDINAL.fullmatch(words[0]) else []
        body = words[len(ordinal):]
        for index in range(1, len(body)):
            for key, rest in self.lex.starts(body[index:], ("meeting",)):
                if not rest:
                    return [*ordinal, *key.split(), "of", *body[:index]]
        return []

    def _cooperation_topic(self, about: str, noun: list[str]) -> str | None:
        """The topic row "<about> cooperation" ("on cooperation") when ``noun`` is the word cooperation."""
        key = _join([about, *noun])
        return key if noun == ["cooperation"] and ("topic", key) in self.lex.index else None

    def coop(self, words: list[str]) -> Iterator[tuple[Coop, list[str]]]:
        """"bilateral cooperation", "a comprehensive partnership", "cooperation": qualifiers + the noun."""
        words = words[1:] if words[:1] == ["a"] else words
        for qualifiers, rest in self.qualifiers(words):
            if rest[:1] in _RELATION_NOUNS:
                yield Coop(qualifiers, rest[0]), rest[1:]
        if words[:1] in _RELATION_NOUNS:
            yield Coop((), words[0]), words[1:]

    def qualifiers(self, words: list[str]) -> Iterator[tuple[tuple[tuple[str, str], ...], list[str]]]:
        for kind in ("area", "attribute"):
            for key, rest in self.lex.starts(words, (kind,)):
                for skip in _separator(rest):
                    for more, tail in self.qualifiers(rest[skip:]):
                        yield ((kind, key), *more), tail
                yield ((kind, key),), rest

    def years(self, words: list[str]) -> Iterator[tuple[tuple[str, ...], list[str]]]:
        """"2023", "2022-2023" (the dash is a space once normalized), "2022 to 2025", "the period 2022-2025"."""
        if words[:1] in (["period"], ["years"]):
            words = words[1:]
        if not words or not _YEAR.fullmatch(words[0]):
            return
        after = words[1:]
        linked = after[:1] in (["to"], ["through"], ["until"], ["and"])
        if linked:
            after = after[1:]
        if after and re.fullmatch(r"\d\d", after[0]):  # "2023-24": the end year written with two figures
            after = [words[0][:2] + after[0], *after[1:]]
        if after and _YEAR.fullmatch(after[0]) and after[0] > words[0]:
            yield (words[0], after[0]), _without_years_word(after[1:])
        elif not linked:
            yield (words[0],), _without_years_word(after)

    def fields(self, words: list[str]) -> Iterator[tuple[Field, list[str]]]:
        """"field of X", "X sector", "A, B and C areas", or the field alone: "in agriculture"."""
        for noun, rest in self.lex.starts(words, ("field", "fields")):
            if rest[:1] == ["of"]:
                for domains, tail in self.domain_list(_skip_the(rest[1:]), ("domain",)):
                    yield Field(noun, self._plural(noun), domains=domains), tail
        for domains, rest in self.domain_list(words, ("domain",)):  # first: "the processing industry" is one domain
            yield Field("field", False, domains=domains), rest
        for domains, rest in self.domain_list(words, ("domain",)):
            for noun, tail in self.lex.starts(rest, ("field", "fields")):
                yield Field(noun, self._plural(noun), domains=domains), tail
        for areas, rest in self.domain_list(words, ("area",)):
            for noun, tail in self.lex.starts(rest, ("field", "fields")):
                yield Field(noun, self._plural(noun), areas=areas), tail

    def _plural(self, noun: str) -> bool:
        return ("fields", noun) in self.lex.index


def _attach(post: Post, owner: Node) -> Post | None:
    """``post`` with ``owner`` as the owner of its innermost institution that has none: "Kazakh Senate
    Chairman" is the Chairman of the Senate of Kazakhstan. None when there is no room for it."""
    if post.owner is None:
        return replace(post, owner=owner)
    if isinstance(post.owner, Post):
        inner = _attach(post.owner, owner)
        return None if inner is None else replace(post, owner=inner)
    return None


def _is_place(node: Named | Place) -> bool:
    if isinstance(node, Place):
        return True
    if node.entry is not None:
        return node.entry.type in _PLACE_TYPES
    return node.row is not None and node.row.kind == "region"


def _is_place_node(node: Node | None) -> bool:
    """A city or region: the host of an office "in" it ("Programme Office in Astana")."""
    return isinstance(node, Located) or (isinstance(node, (Named, Place)) and _is_place(node))


def _is_organization(node: Node | None) -> bool:
    """A named institution (a lexicon name row, a termbase institution): the host of a mission "to" it."""
    if not isinstance(node, Named):
        return False
    if node.row is not None:
        return node.row.kind == "name"
    return node.entry is not None and node.entry.type in _NAME_TYPES - _PLACE_TYPES


def _is_institution(node: Node) -> bool:
    """A ministry, chamber or other body, composed or named (not a person's office, not a place)."""
    if isinstance(node, Post):
        return node.kind == "institution"
    return _is_organization(node)


def _is_office(node: Node) -> bool:
    """A title of a person, which "adviser to", "assistant to" attach to as their owner."""
    if isinstance(node, Post):
        return node.kind == "title" and not node.plural
    return isinstance(node, Named) and node.entry is not None and node.entry.type == "title"


def _singulars(word: str) -> list[str]:
    """English singulars a plural head word may have: ministers, chairmen, secretaries, embassies."""
    if word.endswith("men"):
        return [word[:-3] + "man"]
    if word.endswith("ies") and len(word) > 4:
        return [word[:-3] + "y"]
    if word.endswith("s") and not word.endswith(("ss", "'s")) and len(word) > 3:
        return [word[:-1]] + ([word[:-2]] if word.endswith("es") else [])
    return []


def _original_words(text: str) -> list[tuple[str, str]]:
    """The words of the English as written, with their normalized keys (hyphens split words, as normalize does)."""
    pairs: list[tuple[str, str]] = []
    for match in re.finditer(r"[^\s,()\-‐‑‒–—]+", text):
        written = match.group(0).strip("\"'“”«»„")
        written = re.sub(r"(?:'s|’s)$", "", written)
        if written:
            pairs.append((_key(written), written))
    return pairs


def _hyphenated_pairs(text: str) -> frozenset[tuple[str, str]]:
    """The normalized words the English joins with a hyphen ("EU-Central Asia": ("eu", "central")); normalizing
    turns the hyphen into a space, so a pair would otherwise read as an owner and a name."""
    joined = re.finditer(r"([^\s,()\-‐‑‒–—]+)[-‐‑‒–—]([^\s,()\-‐‑‒–—]+)", text)
    return frozenset((_key(match.group(1)), _key(match.group(2))) for match in joined)


def _original_span(original: list[tuple[str, str]], words: list[str]) -> str | None:
    """The English spelling of ``words`` (joined with hyphens where the English had them is not kept: a
    space) when each is capitalised in the original text; None otherwise."""
    size = len(words)
    for start in range(len(original) - size + 1):
        window = original[start:start + size]
        if [key for key, _ in window] == words:
            if all(written[:1].isupper() for _, written in window):
                return " ".join(written for _, written in window)
            return None
    return None


def _about_cooperation(parts: dict[str, t.Any]) -> bool:
    """Whether a document's parts so far are about cooperation ("memorandum of cooperation", "… on cooperation")."""
    return "topic" in parts or "subject" in parts


def _without_kind_of_sides(words: list[str]) -> list[str]:
    """"between the cities of Arkadag and Khujand": the two cities themselves are the sides."""
    rest = _skip_the(words)
    if rest[:2] in (["cities", "of"], ["towns", "of"]):
        return rest[2:]
    return words


def _skip_the(words: list[str]) -> list[str]:
    return words[1:] if words[:1] == ["the"] else words


def _separator(words: list[str]) -> list[int]:
    if words[:2] == [",", "and"]:
        return [2]
    return [1] if words[:1] in ([","], ["and"]) else []


def _split_on_commas(words: list[str]) -> list[list[str]]:
    parts: list[list[str]] = [[]]
    for word in words:
        if word == ",":
            parts.append([])
        else:
            parts[-1].append(word)
    return parts


def _possessive_variants(words: list[str]) -> Iterator[list[str]]:
    """The words as written, then "Kyrgyzstan's Cabinet of Ministers" (or "Belarus' State Committee") as "Cabinet of
    Ministers of Kyrgyzstan"."""
    yield words
    for index, word in enumerate(words[:6]):
        if word.endswith("'s") and len(word) > 2 and index + 1 < len(words):
            yield [*words[index + 1:], "of", *words[:index], word[:-2]]
            return
        if word.endswith("s'") and len(word) > 2 and index + 1 < len(words):  # "Belarus' State Committee"
            yield [*words[index + 1:], "of", *words[:index], word[:-1]]
            return


_STATE_FORMS = ("republic", "kingdom", "state", "federal republic", "socialist republic", "democratic republic",
                "islamic republic", "united republic", "sultanate", "principality", "grand duchy", "commonwealth")


class CountryKeys:
    """English country names → (ISO code, long form?): the lexicon, the termbase, then CLDR's English names.

    "the Republic of Poland" with no official long form in the lexicon is the state by its short
    name («посол Монголии в Польше»), never a title left in English. Such names ("state form of
    CLDR name") are read when looked up rather than listed for every territory up front, which
    would cost a cold run thousands of normalized keys; a row of the lexicon or termbase wins.
    """

    def __init__(self, lexicon: Lexicon, termbase: Termbase) -> None:
        from babel import Locale

        self.cldr: dict[str, str] = {}
        for code, name in Locale("en").territories.items():
            if _ISO.fullmatch(code) and code not in _NOT_COUNTRIES:
                self.cldr[_key(name)] = code
        self.named: dict[str, tuple[str, bool]] = {key: (code, False) for key, code in self.cldr.items()}
        for entry in termbase.of_type("country"):
            codes = [alias.strip().upper() for alias in entry.aliases if _ISO.fullmatch(alias.strip())]
            if codes:
                self.named[_key(entry.en)] = (codes[0], False)
        for kind, long in (("country", False), ("state", True)):
            for row in lexicon.of_kind(kind):
                codes = [code for code in row.scope if _ISO.fullmatch(code)]
                for key in row.keys:
                    if codes:
                        self.named[key] = (codes[0], long)

    def get(self, key: str) -> tuple[str, bool] | None:
        found = self.named.get(key)
        if found is not None:
            return found
        for form in _STATE_FORMS:
            if key.startswith(form) and key[len(form):].startswith(" of "):
                code = self.cldr.get(key[len(form) + 4:])
                return (code, False) if code is not None else None
        return None

    def __contains__(self, key: str) -> bool:
        return self.get(key) is not None

    def __getitem__(self, key: str) -> tuple[str, bool]:
        found = self.get(key)
        if found is None:
            raise KeyError(key)
        return found


@functools.cache
def _country_keys(lexicon: Lexicon, termbase: Termbase) -> CountryKeys:
    return CountryKeys(lexicon, termbase)


@functools.cache
def _demonyms(lexicon: Lexicon) -> dict[str, str]:
    """Demonyms → ISO code: the extraction lexicon's list, then the lexicon's demonym rows ("South Korean")."""
    from briefing.extract.lexicon import DEMONYMS

    found = {_key(name): code for name, code in DEMONYMS.items()}
    for row in lexicon.of_kind("demonym"):
        codes = [code for code in row.scope if _ISO.fullmatch(code)]
        for key in row.keys:
            if codes:
                found[key] = codes[0]
    return found


# -- generation ----------------------------------------------------------------------


@dataclass(frozen=True)
class _Text:
    """A composed phrase and how it declines."""

    text: str
    kind: str  # the Inflector's kind: title, institution, place, document
    decline: t.Callable[[str], str] | None = None  # case forms built with the phrase, when its parts decline apart


class _Composer:
    """Builds one phrase in one language and remembers whether every part used was confirmed."""

    def __init__(self, lang: str, lexicon: Lexicon, termbase: Termbase, parser: _Parser, country: str | None) -> None:
        self.lang = lang
        self.lex = lexicon
        self.tb = termbase
        self.parser = parser
        self.country = country.strip().upper() if country else None
        self.inflector = Inflector(lang)
        self.confirmed = True
        self.word_forms = _word_forms(lexicon, lang)
        self.word_order = _longest_first(lexicon, lang)

    # parts and their status

    def row(self, kind: str | t.Collection[str], key: str, scope: frozenset[str] = frozenset()) -> Row:
        row = self.lex.pick(kind, key, scope)
        if row is None or not row.cell(self.lang):
            raise _Unknown(key)
        self.confirmed &= row.confirmed(self.lang)
        return row

    def cell(self, kind: str | t.Collection[str], key: str, scope: frozenset[str] = frozenset()) -> str:
        return self.row(kind, key, scope).cell(self.lang)

    # case endings

    def case(self, phrase: _Text, case: str) -> str:
        if case == "nom":
            return phrase.text
        if case == "attr" and self.lang == "mn":  # «Астана дахь», «Бээжин дэх»: where an office is
            return f"{phrase.text} {_mn_located(phrase.text)}"
        if case == "attr":  # Kazakh locative + -ғы/-гі: «Қазақстандағы»
            located = self.case(phrase, "loc")
            return located + ("ғы" if located.endswith("а") else "гі")
        if phrase.decline is not None:
            return phrase.decline(case)
        explicit = self._explicit_case(phrase.text, case)
        if explicit is not None:
            return explicit
        if self.inflector.grammar is None:
            raise _Unknown(f"no {self.lang} grammar for the {case} of {phrase.text!r}")
        return self.inflector.inflect(phrase.text, case, phrase.kind)

    def _explicit_case(self, text: str, case: str) -> str | None:
        """The phrase with its head word replaced by a lexicon form (the last word in kk/mn, the first in ru)."""
        lowered = text.lower()
        for nominative in self.word_order:
            form = self.word_forms[nominative].get(case)
            if form is None:
                continue
            if self.lang == "ru" and (lowered == nominative or lowered.startswith(nominative + " ")):
                return _same_initial(text, form) + text[len(nominative):]
            if self.lang != "ru" and (lowered == nominative or lowered.endswith(" " + nominative)):
                start = len(text) - len(nominative)
                return text[:start] + _same_initial(text[start:], form)
        return None

    def fill(self, template: str, phrase: _Text) -> str:
        return _PLACEHOLDER.sub(lambda match: self.case(phrase, match.group(1)), template)

    # nodes

    def node(self, node: Node | Titles, state_body: bool = False, in_genitive: bool = False, head: str = "") -> _Text:
        """``head``: the English head of the office the node owns, which ``suffix`` rows may be scoped to."""
        if isinstance(node, Country):
            return _Text(self.country_name(node, state_body, head), "place")
        if isinstance(node, Countries):
            return self.countries(node, state_body)
        if isinstance(node, Named):
            return self.named(node, in_genitive)
        if isinstance(node, Place):
            return self.place(node)
        if isinstance(node, Located):
            return self.located(node)
        if isinstance(node, Titles):
            return self.titles(node)
        return self.post(node, in_genitive)

    # places

    def place(self, place: Place) -> _Text:
        """A division row's pattern with the name: ru «провинция Ганьсу», kk «Соғды облысы», mn «Сугд муж».

        The name is the termbase's form, else a transliteration of the English, which is only a candidate:
        the result is marked for review. ru has no pattern for an oblast ("X region"): the official form
        is an adjective («Согдийская область») that needs a lexicon row, so the cell is empty and the
        result None."""
        row = self.row("division", place.division, frozenset({self.country} if self.country else ()))
        if place.entry is not None and place.entry.form(self.lang):
            name = t.cast(str, place.entry.form(self.lang))
            self.confirmed &= not place.entry.needs_review(self.lang)
        else:
            name = transliterate(place.name, self.lang)
            self.confirmed = False  # a transliteration is a candidate, never a fact
        template = row.cell(self.lang)

        def decline(case: str) -> str:
            form = row.form(self.lang, case)
            if form is not None:
                return form.replace("{name}", name)
            return self.case(_Text(template.replace("{name}", name), "place"), case)

        return _Text(template.replace("{name}", name), "place", decline)

    def countries(self, countries: Countries, state_body: bool) -> _Text:
        """Countries owning a plural office together: ru each in the case («премьер-министры Грузии и Армении»),
        kk and mn the case on the last only («Грузия және Армения», mn «Гүрж Улс, Армени Улсын»)."""
        if countries.paired:
            return self.country_pair(countries)
        names = [_Text(self.country_name(member, state_body), "place") for member in countries.members]
        join = (lambda items: ", ".join(items)) if self.lang == "mn" else self.join
        # ru «премьер-министры Армении и Грузии» https://rossaprimavera.ru/news/c9259bcb ; mn «Монгол Улс, Бүгд
        # Найрамдах Казахстан Улсын …» http://www.analiz.mn/postview/68576 ; kk «A және B …» is the grammar's
        # rule, not yet seen in a source: for review
        self.confirmed &= self.lang != "kk"

        def decline(case: str) -> str:
            if self.lang == "ru":
                return join([self.case(name, case) for name in names])
            return join([name.text for name in names[:-1]] + [self.case(names[-1], case)])

        return _Text(join([name.text for name in names]), "place", decline)

    def country_pair(self, countries: Countries) -> _Text:
        """A pair naming a body, short names: ru in quotes after the body, in every case, joined by a spaced en dash
        (бизнес-форум «Казахстан – Китай» ritmeurasia.ru, «Центральная Азия – Китай» mtrk.kz), mn by a hyphen with
        the case on the last name («Монгол-Казахстаны парламентын бүлэг», montsame.mn/mn/read/240794), kk by a hyphen
        as an attribute before the body (grammar's rule: review)."""
        names = [self._pair_name(member.code) for member in countries.members]
        joined = (" – " if self.lang == "ru" else "-").join(names)
        self.confirmed &= self.lang != "kk"
        if self.lang == "ru":
            return _Text(f"«{joined}»", "place", lambda case: f"«{joined}»")
        if self.lang == "kk":
            return _Text(joined, "place", lambda case: joined)
        return _Text(joined, "place", lambda case: "-".join([*names[:-1], self.case(_Text(names[-1], "place"), case)]))

    def _pair_name(self, code: str) -> str:
        """A country's name in a pair: its short name; mn without «Улс» («Монгол-…») and, for a state the
        lexicon names by an official abbreviation, by CLDR's one-word name («Казахстан-Хятадын», not «…-БНХАУ-ын»:
        language review 2025-11)."""
        name = self._short_name(code).removesuffix(" Улс")
        if self.lang == "mn" and name.replace("-", "").isupper():
            from babel import Locale

            plain = str(Locale.parse("mn").territories.get(code, "")).removesuffix(" Улс")
            if plain and " " not in plain:
                name = plain
        return name

    def located(self, located: Located) -> _Text:
        """A place and its country: ru «Согдийская область Таджикистана», kk «Тәжікстанның Соғды облысы»,
        mn «Тажикистан Улсын Сугд муж»."""
        place = self.node(located.place)
        country = self.case(self.node(located.country), "gen")

        def decline(case: str) -> str:
            declined = self.case(place, case)
            return f"{declined} {country}" if self.lang == "ru" else f"{country} {declined}"

        text = f"{place.text} {country}" if self.lang == "ru" else f"{country} {place.text}"
        return _Text(text, "place", decline)

    def titles(self, titles: Titles) -> _Text:
        """Two offices of one person. The official ru and kk forms join them with a dash («заместитель
        Премьер-Министра – министр торговли и интеграции Республики Казахстан», «Қазақстан Республикасы
        Премьер-Министрінің орынбасары – сауда және интеграция министрі»), mn with a comma («… Ерөнхий сайдын
        орлогч, Гадаад хэргийн сайд»). The owner after the second office belongs to both: it stands once,
        where the language puts an owner (ru at the end, kk and mn at the start)."""
        if titles.first.owner is not None:  # each office has its own owner: both in full, after a comma
            return _Text(f"{self.post(titles.first).text}, {self.post(titles.second).text}", "title")
        owner = titles.second.owner
        if owner is not None and not isinstance(owner, (Country, Countries)) and self.lang != "ru":
            # "Deputy Roads Minister and X Company CEO": a body after the second office is that office's only;
            # kk and mn, which put an owner first, would hand the company to the minister too
            separator = " – " if self.lang == "kk" else ", "
            return _Text(f"{self.post(titles.first).text}{separator}{self.post(titles.second).text}", "title")
        first = replace(titles.first, owner=owner)
        if self.lang == "ru":
            return _Text(f"{self.post(first, hide_owner=True).text} – {self.post(titles.second).text}", "title")
        separator = " – " if self.lang == "kk" else ", "
        second = self.post(titles.second, hide_owner=True).text
        return _Text(f"{self.post(first).text}{separator}{second}", "title")

    def country_name(self, country: Country, state_body: bool, head: str = "") -> str:
        if self.lang == "mn" and not self._state_suffix(head):
            # a monarch is named with his country's short name, without «Улс»: «Японы Эзэн хаан», «Катарын эмир»,
            # «Саудын Арабын угсаа залгамжлах хунтайж» (montsame): a ``suffix`` row scoped to those heads, empty
            return self._short_name(country.code)
        stated = country.long and not (country.implied and self.lang == "mn")
        long = stated or (state_body and self.lang != "mn") or self._mn_official_long(country)
        name = self._long_name(country) if long else None
        name = name or self._short_name(country.code)
        if self.lang == "mn":
            name = self._with_state_suffix(name, head)
        return name

    def _mn_official_long(self, country: Country) -> bool:
        """Mongolian official texts name a state in a title by its long name («Бүгд Найрамдах Казахстан Улсын
        Ерөнхийлөгч»), so a document names it one way whatever the English wrote; only where that long form
        is confirmed (an unconfirmed one would mark a title for review that its short name made certain), and
        an official abbreviation stays («ОХУ-ын», «БНХАУ-ын», «АНУ-ын»)."""
        if self.lang != "mn":
            return False
        row = next((r for r in self.lex.of_kind("state") if country.code in r.scope), None)
        if row is None or not row.cell("mn") or not row.confirmed("mn"):
            return False
        return not self._short_name(country.code).replace("-", "").isupper()

    def _long_name(self, country: Country) -> str | None:
        entry = self.tb.find(country.key, "country") if country.long else None
        if entry is not None and entry.form(self.lang):
            self.confirmed &= not entry.needs_review(self.lang)
            return entry.form(self.lang)
        row = next((r for r in self.lex.of_kind("state") if country.code in r.scope), None)
        if row is None or not row.cell(self.lang):
            return None
        self.confirmed &= row.confirmed(self.lang)
        return row.cell(self.lang)

    def _short_name(self, code: str) -> str:
        from babel import Locale

        entry = self.tb.country(code)
        if entry is not None and entry.form(self.lang):
            self.confirmed &= not entry.needs_review(self.lang)
            return t.cast(str, entry.form(self.lang))
        row = _country_row(self.lex, code, self.lang)
        if row is not None:
            self.confirmed &= row.confirmed(self.lang)
            return row.cell(self.lang)
        name = Locale.parse(self.lang).territories.get(code)
        if not name:
            raise _Unknown(code)
        return str(name)

    def _state_suffix(self, head: str = "") -> str:
        """The Mongolian word for a state («Улс»), or "" where the office ``head`` names its country without it."""
        row = self.lex.pick("suffix", "state", frozenset({head}) if head else frozenset())
        return row.cell("mn") if row is not None else ""

    def _with_state_suffix(self, name: str, head: str = "") -> str:
        """Mongolian official texts name a country with «Улс»: «Киргиз Улс»; abbreviations (ОХУ) stay."""
        suffix = self._state_suffix(head)
        if not suffix or name.endswith(suffix) or name.replace("-", "").isupper() or name in _NAMED_WITHOUT_STATE_WORD \
                or " онцгой бүс " in name:  # «БНХАУ-ын Засаг захиргааны онцгой бүс Хонконг»: a region of a state
            return name
        return f"{name} {suffix}"

    def named(self, named: Named, in_genitive: bool = False) -> _Text:
        if named.descriptor:
            return self.lettered_body(named)
        if named.written:
            self.confirmed = False  # nobody has vouched for the letters: review
            return _Text(named.written, "brand")
        if named.row is not None:
            form = named.row.cell(self.lang)
            if form:
                self.confirmed &= named.row.confirmed(self.lang)
                return _Text(form, "place" if named.row.kind == "region" else "institution")
            return self._composed_instead(named.row.keys[0], in_genitive)
        entry = t.cast(Entry, named.entry)
        entry_form = entry.form(self.lang)
        if entry_form:
            self.confirmed &= not entry.needs_review(self.lang)
            if self.lang == "kk" and in_genitive and entry.type == "title":
                # Kazakh keeps only the last genitive of a chain: the termbase's «Қазақстан Республикасының Президенті»
                # owns «Қазақстан Республикасы Президентінің Әкімшілігі» (adilet.zan.kz)
                entry_form = _KK_LEADING_GENITIVE.sub(r"\1", entry_form, count=1)
            return _Text(entry_form, {"place": "place", "title": "title"}.get(entry.type, "institution"))
        return self._composed_instead(entry.en, in_genitive)

    def lettered_body(self, named: Named) -> _Text:
        """A company named by its own letters: ru «компания «TAVANIR»» (the noun declines, the name does not),
        kk «TAVANIR» компаниясы, mn «TAVANIR» компани."""
        self.confirmed = False  # nobody has vouched for the letters: review
        row = self.row(("body", "state-body"), named.descriptor)
        name = f"«{named.written}»"
        if self.lang == "ru":  # the kind of body is a common noun before its name: «агентство «…»»
            noun = row.cell("ru")
            return _Text(f"{noun[:1].lower()}{noun[1:]} {name}", "institution")
        noun = row.forms.get(("kk", "poss"), row.cell("kk")) if self.lang == "kk" else row.cell(self.lang)
        return _Text(f"{name} {noun}", "institution")

    def _composed_instead(self, english: str, in_genitive: bool) -> _Text:
        """A name with no form in this language: compose it from its English, if that parses."""
        words = self.parser.tokens(english) or []
        for post, rest in self.parser.posts(words, _NESTED_HEADS):
            if not rest:
                return self.post(post, in_genitive)
        raise _Unknown(english)

    # titles and institutions

    def scope(self, post: Post) -> frozenset[str]:
        keys: set[str] = set()
        code = _country_code(post) or self.country
        if code:
            keys.add(code)
        if post.owner is not None:
            keys |= _head_keys(post.owner)
            keys |= self._named_head(post.owner)
        return frozenset(keys)

    def _named_head(self, node: Node) -> set[str]:
        """The head of a named owner's English ("President of Mongolia", "Parliament of Kazakhstan" in the termbase),
        so that rows scoped to that head apply to it as to the composed title."""
        if not isinstance(node, Named) or node.entry is None:
            return set()
        english = node.entry.en
        for post, rest in self.parser.posts(self.parser.tokens(english) or [], _NESTED_HEADS, compound=False):
            if not rest:
                return {post.head}
        # a name the lexicon cannot parse: its words before "of" ("Mazhilis of the Parliament of …" → mazhilis)
        head, of, _rest = english.partition(" of ")
        return {_key(head)} if of else set()

    def post(self, post: Post, in_genitive: bool = False, hide_owner: bool = False) -> _Text:
        """A title or institution; ``in_genitive``: it will stand in the genitive before another head;
        ``hide_owner``: the owner shapes the words (the kk possessive, country-specific rows) but is not
        printed (the first of two titles that share it)."""
        scope = self.scope(post)
        head = self.row(_NESTED_HEADS, post.head, scope)
        modifiers = [self.row("modifier", key, scope | {post.head}) for key in post.modifiers]
        head_level = [m.cell(self.lang) for m in modifiers if "{head}" in m.cell(self.lang)]
        wrapping = [m for m in modifiers if "{head}" not in m.cell(self.lang)]
        owner = None
        if post.owner is not None:
            owner = self.node(post.owner, state_body=head.kind in _LONG_STATE_NAME, in_genitive=True, head=post.head)
            owner = self._abbreviated_owner(post, owner)
        parts = _PostParts(
            head=head,
            # a remit row may name its heads: this post's own, not its owner's ("Foreign Affairs Department" owning a
            # ministry does not make the ministry's remit a department's)
            domains=[self.row("domain", key, _countries_of(scope) | {post.head}) for key in post.domains],
            owner=owner,
            # Kazakh keeps only the last genitive of a chain: «Қазақстан Республикасы Премьер-Министрінің
            # орынбасары», «Қырғыз Республикасы Министрлер Кабинеті» (a state body's owner).
            owner_in_nominative=in_genitive or bool(wrapping) or (post.kind == "institution" and head.kind == "state-body"),
            under=self._linked("under", post.under),
            host=self._linked("to", post.host),
            owner_hidden=hide_owner,
            plural=post.plural and not wrapping,  # with a wrapping modifier, the modifier takes the plural
            host_is_place=_is_place_node(post.host),
        )
        # kk «Моңғолияның бұрынғы Сыртқы істер министрі»: a wrapping modifier before a country's title follows the
        # country in the genitive («бұрынғы Моңғолия …» reads "the former Mongolia": review of session 17)
        owner_first = self.lang == "kk" and bool(wrapping) and owner is not None and not hide_owner and \
            isinstance(post.owner, Country) and not wrapping[0].cell("kk").startswith("{")  # not «{gen} орынбасары»
        parts.owner_hidden = parts.owner_hidden or owner_first
        if parts.under and _owned_by_the_country_it_is_under(post):
            parts.owner = None  # the country is named once, in the body it is under
        build = {"ru": self._post_ru, "kk": self._post_kk, "mn": self._post_mn}[self.lang]
        text = build(parts, head_level, post)
        kind = "title" if head.kind == "office" else "institution"
        for index, modifier in reversed(list(enumerate(wrapping))):
            template = modifier.cell(self.lang)
            if post.plural and index == 0 and self.lang != "mn":
                template = modifier.form(self.lang, "plur") or ""
                if not template:
                    raise _Unknown(f"no {self.lang} plural of the modifier {modifier.keys[0]!r}")
            text = self.fill(template, _Text(text, kind))
        if owner_first and owner is not None:
            text = f"{self.case(owner, 'gen')} {text}"
        if post.plural and self.lang == "mn":
            text = self._mn_plural(text, head)
        return _Text(text, kind)

    def _abbreviated_owner(self, post: Post, owner: _Text) -> _Text:
        """A state named by its official abbreviation as the owner of an office, where the language's official
        usage does so (an ``owner`` row: ru «Председатель КНР», kk «ҚХР Төрағасы»), unless the English gave the long
        name. Russian leaves a letter abbreviation undeclined; Kazakh uses the row's case forms («ҚХР-дың»), and
        without one the short name keeps its case («Қытайдың …»)."""
        if not isinstance(post.owner, Country) or post.owner.long:
            return owner
        row = self.lex.pick("owner", post.head, frozenset({post.owner.code}))
        if row is None or post.owner.code not in row.scope or not row.cell(self.lang):
            return owner
        self.confirmed &= row.confirmed(self.lang)
        name = row.cell(self.lang)

        def decline(case: str) -> str:
            form = row.form(self.lang, case)
            if form is not None:
                return form
            return name if self.lang == "ru" else self.case(owner, case)

        return _Text(name, "place", decline)

    def _mn_plural(self, text: str, head: Row) -> str:
        """Mongolian marks a plural of people with «нар» after the whole title («Гадаад хэргийн сайд нар»);
        other nouns need the lexicon's ``mn.plur`` form (none for most institutions: None)."""
        if head.kind == "office":
            return f"{text} нар"
        plural = head.form("mn", "plur")
        if plural is None or not text.endswith(head.cell("mn")):
            raise _Unknown(f"no mn plural of {head.cell('mn')!r}")
        return text[: len(text) - len(head.cell("mn"))] + plural

    def _linked(self, link: str, node: Node | None) -> str | None:
        if node is None:
            return None
        row = self.row("link", link, _head_keys(node))
        return self.fill(row.cell(self.lang), self.node(node))

    def _head_word(self, head: Row, head_level: list[str], possessive: bool, plural: bool = False) -> str:
        word = head.cell(self.lang)
        if plural and self.lang != "mn":
            word = self._plural_word(head, possessive)
        elif possessive and self.lang == "kk":
            word = head.form("kk", "poss") or self._kk_possessive(word)
        for template in reversed(head_level):
            before = template.split("{head}")[0]
            # an ordinal counts the office, which keeps its capital («Монгол Улсын 32 дахь Ерөнхий сайд», «восьмой
            # Президент Турции»; the ru and mn readers of fresh91)
            counted = self.lang == "mn" and before.rstrip().endswith(("дахь", "дэх", "анхны")) or \
                self.lang == "ru" and before.rstrip().split(" ")[-1] in _RU_ORDINALS
            word = template.replace("{head}", _lower_initial(word) if before.strip(" ") and not counted else word)
        return word

    def _plural_word(self, head: Row, possessive: bool) -> str:
        """ru and kk plurals come from the lexicon (``ru.plur=министры``, ``kk.plur=министрлер``); the Kazakh
        possessive adds -ы/-і to the plural suffix by its vowel (министрлер → министрлері). No form: None."""
        plural = head.form(self.lang, "plur")
        if plural is None:
            raise _Unknown(f"no {self.lang} plural of {head.cell(self.lang)!r}")
        if self.lang == "kk" and possessive:
            return plural + ("ы" if plural.endswith(("лар", "дар", "тар")) else "і")
        return plural

    def _kk_possessive(self, word: str) -> str:
        """Rule for a head without a ``kk.poss`` form: the grammar's third-person possessive («меморандумы»)."""
        self.confirmed = False  # derived by rule: mark for review
        from briefing.grammar import kk

        return kk.possessive(word)

    def _post_ru(self, parts: _PostParts, head_level: list[str], post: Post) -> str:
        words = [self._head_word(parts.head, head_level, possessive=False, plural=parts.plural)]
        owner = self.case(parts.owner, "gen") if parts.owner is not None and not parts.owner_hidden else ""
        if parts.domains:
            portfolio = self._portfolio_ru(parts.domains, post.head)
            if "{owner}" in portfolio:  # «специальный представитель ЕС по Центральной Азии»: the owner before «по»
                portfolio, owner = " ".join(portfolio.replace("{owner}", owner).split()), ""
            words.append(portfolio)
        if owner:
            words.append(owner)
        words += [text for text in (parts.under, parts.host) if text]
        return " ".join(words)

    def _portfolio_ru(self, domains: list[Row], head: str) -> str:
        """The ru portfolio: genitives after the head («Министерство иностранных дел»), or «по» + datives where a
        ``portfolio`` link row says the head takes them («Комитет по международным делам, обороне и безопасности»).
        A domain whose ru cell already begins with «по» (its official form) counts as a dative; when any domain has
        no ``ru.dat`` form, all stay in the genitive («Комитет гражданской авиации»)."""
        link = self.lex.pick("link", "portfolio", frozenset({head}))
        if link is not None and "{dat}" in link.cell("ru"):
            datives = [row.cell("ru")[3:] if row.cell("ru").startswith("по ") else row.form("ru", "dat") for row in domains]
            if all(datives):
                self.confirmed &= link.confirmed("ru")
                return link.cell("ru").replace("{dat}", self.join(t.cast(list[str], datives)))
        return self.join([row.cell("ru") for row in domains])

    def _portfolio_template(self, head: str, case: str, domains: str) -> str:
        """kk and mn: the portfolio as a ``portfolio`` link row scoped to ``head`` frames it, when its cell adds words
        to the placeholder («Орталық Азия жөніндегі арнаулы өкілі», «Төв Азийн асуудал эрхэлсэн тусгай төлөөлөгч»);
        a bare ``{nom}`` cell, or none, leaves the plain izafet («Сыртқы істер министрі», «Гадаад хэргийн сайд»)."""
        link = self.lex.pick("link", "portfolio", frozenset({head}))
        template = link.cell(self.lang) if link is not None else ""
        placeholder = "{" + case + "}"
        if placeholder not in template or template.strip() == placeholder:
            return domains
        self.confirmed &= link is not None and link.confirmed(self.lang)
        if self.lang == "mn" and "{gen} асуудал" in template and domains.endswith("асуудлын"):
            # «эрх зүйн асуудал» is itself the matters: «Эрх зүйн асуудал эрхэлсэн», never «… асуудлын асуудал эрхэлсэн»
            return template.replace("{gen} асуудал", domains.removesuffix("асуудлын") + "асуудал")
        return template.replace(placeholder, domains)

    def _post_kk(self, parts: _PostParts, head_level: list[str], post: Post) -> str:
        plain_domains = self.join([row.cell("kk") for row in parts.domains]) if parts.domains else ""
        domains = self._portfolio_template(post.head, "nom", plain_domains) if parts.domains else ""
        # A portfolio framed by a postposition is no izafet: «Экономикалық ынтымақтастық бойынша үкіметаралық
        # комиссия»; only an owner then makes the head possessive. A locative attribute alone does not: «Президент
        # жанындағы комиссия», «Өзбекстандағы елші», but «Қазақстанның Өзбекстандағы елшісі».
        in_izafet = bool(parts.domains) and domains == plain_domains
        possessive = bool(in_izafet or parts.owner)
        core = self._head_word(parts.head, head_level, possessive, plural=parts.plural)
        framed_first = False
        if parts.domains:
            # Akorda writes the portfolio of an office with a capital: «Сыртқы істер министрі»
            core = f"{_upper_initial(domains)} {core}"
        # A country's short name owns an office without the genitive («Өзбекстан Президенті», «Ресей
        # Президенті»); an official long name takes it («Қазақстан Республикасының Президенті»).
        short_country = isinstance(post.owner, (Country, Countries)) and post.kind == "title" and parts.owner is not None \
            and not parts.owner.text.endswith(("ы", "і")) \
            and not (parts.under or parts.host)  # an envoy keeps it: «Өзбекстанның Қазақстандағы Елшісі»
        # A locative attribute between the possessor and the head breaks the chain: the possessor takes the genitive
        # («Халықаралық көші-қон ұйымының Қазақстандағы миссиясы», «… басқармасының Астанадағы кеңсесі», kaz.inform.kz).
        located = bool(parts.under or parts.host)
        # A chamber named alone by one word owns an office without the genitive: «Сенат төрағасы», «Сенат депутаты»
        # (baq.kz/200021086, Tokayev on kaz.zakon.kz/6019672); but «Парламент Сенатының Төрағасы» in the chain of its
        # owners, and «Федерация Кеңесінің Төрағасы» after a name of several words
        # (also the termbase's bare "Parliament" when its country is left to the table: «Парламент Төрағасы»)
        bare_chamber = post.kind == "title" and (
            isinstance(post.owner, Post) and post.owner.owner is None and not (post.owner.modifiers or post.owner.domains)
            and bool(self.lex.index.get(("chamber", post.owner.head)))
            or isinstance(post.owner, Named) and bool(self.lex.index.get(("chamber", post.owner.key.lower())))) \
            and parts.owner is not None and len(parts.owner.text.split()) == 1
        words: list[str] = []
        if parts.owner is not None and not parts.owner_hidden:
            # an abbreviated owner stays as it is, as «ШЫҰ саммиті»: «АҚШ Конгресі», never «АҚШ-тың Конгресі»
            abbreviated = isinstance(post.owner, (Country, Countries)) and parts.owner.text.replace("-", "").isupper() \
                and not located  # but «АҚШ-тың Қазақстандағы елшілігі»: a locative attribute breaks the chain
            nominative = (parts.owner_in_nominative and not located) or short_country or bare_chamber \
                or (not located and self._bare_place(post.owner)) or abbreviated
            # A framed remit leads a name whose owner is part of it: «Экономикалық ынтымақтастық бойынша
            # Қазақстан-Тәжікстан үкіметаралық комиссиясы» (an owner in the genitive leads instead).
            framed = bool(parts.domains) and not in_izafet
            named_by_pair = isinstance(post.owner, Countries) and post.owner.paired
            framed_first = framed and (named_by_pair or nominative and "бойынша" in domains)
            # Otherwise an owner's name leads the remit in the genitive: «Милли Мәжілістің … жөніндегі жұмыс тобы»
            nominative = nominative and (short_country or not framed or framed_first)
            words.append(parts.owner.text if nominative else self.case(parts.owner, "gen"))
        words += [text for text in (parts.under, parts.host) if text]
        if framed_first:
            return " ".join([_upper_initial(domains), *words, _lower_initial(core[len(domains) + 1:])])
        return " ".join([*words, core])

    def _bare_place(self, node: Node | None) -> bool:
        """A city or region named by its name alone: a termbase place whose form has no division noun («Мәскеу», not
        «Алматы облысы»). Kazakh puts it before a title or a body without the genitive («Мәскеу мэрі», «Алматы
        әкімі», «Әбу-Даби даму қоры»), as a country's short name («Жапония императоры»)."""
        if not (isinstance(node, Named) and node.entry is not None and node.entry.type in _PLACE_TYPES):
            return False
        form = node.entry.form(self.lang)
        return bool(form) and t.cast(str, form).split()[-1].lower() not in _division_words(self.lex, self.lang)

    def _mn_city(self, owner: _Text, post: Post) -> _Text:
        """Mongolian names a city that owns its mayor or akim with «хот»: «Москва хотын захирагч», «Улаанбаатар
        хотын Засаг дарга» (a ``suffix`` row "city" scoped to those heads; other owners stay as they are)."""
        row = self.lex.pick("suffix", "city", frozenset({post.head}))
        if row is None or not row.scope or not row.cell("mn"):
            return owner
        self.confirmed &= row.confirmed("mn")
        city = f"{owner.text} {row.cell('mn')}"
        return _Text(city, "place", lambda case: f"{owner.text} {row.form('mn', case) or row.cell('mn')}")

    def _post_mn(self, parts: _PostParts, head_level: list[str], post: Post) -> str:
        core = self._head_word(parts.head, head_level, possessive=False)
        if parts.domains:
            # a remit is in the genitive («Төв Азийн асуудал эрхэлсэн»), or the nominative before a verb that takes it
            # whole («олон улсын хамтын ажиллагаа хариуцсан»)
            link = self.lex.pick("link", "portfolio", frozenset({post.head}))
            case = "nom" if link is not None and re.search(r"\{nom\}\s*\S", link.cell("mn")) else "gen"
            domains = self._portfolio_template(post.head, case, self.mn_list(parts.domains, case))
            core = f"{_upper_initial(domains)} {core}"
        words: list[str] = []
        if parts.owner is not None and not parts.owner_hidden:
            owner = self._mn_city(parts.owner, post) if self._bare_place(post.owner) else parts.owner
            # an envoy is sent "from" his country («Монгол Улсаас БНХАУ-д суугаа»); an office in a city is the owner's
            words.append(self.case(owner, "abl" if parts.host and not parts.host_is_place else "gen"))
        words += [text for text in (parts.under, parts.host) if text]
        if words and words[-1].endswith(" Улсын") and core.lower().startswith("улсын "):
            core = _upper_initial(core[len("улсын "):])  # «Монгол Улсын Их Хурал», not «… Улсын Улсын …»
        if words and words[-1].endswith(" суугаа") and core.startswith("хавсран суугаа "):
            # a non-resident envoy: «… Улсад хавсран суугаа элчин сайд», the host's participle said once
            words[-1] = words[-1][:-len(" суугаа")]
        return " ".join([*words, core])

    # lists

    def join(self, items: list[str]) -> str:
        """ru «A, B и C», kk «A, B және C»."""
        if len(items) == 1:
            return items[0]
        return f"{', '.join(items[:-1])} {_CONJUNCTION[self.lang]} {items[-1]}"

    def mn_list(self, rows: list[Row], case: str) -> str:
        """Mongolian lists put only the last item in the case: «хөдөлмөр, нийгмийн хамгааллын»."""
        last = rows[-1]
        ending = last.form("mn", case) or self.case(_Text(last.cell("mn"), "common"), case)
        return ", ".join([*(row.cell("mn") for row in rows[:-1]), ending])

    def list_in_case(self, rows: list[Row], case: str) -> str:
        if self.lang == "mn":
            return self.mn_list(rows, case)
        if self.lang == "ru":
            if case != "gen":
                raise _Unknown(f"ru domains are stored in the genitive, not the {case}")
            return self.join([self._ru_genitive(row) for row in rows])
        return self.case(_Text(self.join([row.cell("kk") for row in rows]), "common"), case)

    # documents

    def document(self, doc: Document) -> _Text:
        scope = frozenset({self.country}) if self.country else frozenset()
        # A head row scoped to a matter names the document that settles it: a tax "treaty" is an agreement
        # (ru «соглашение», kk «келісім», mn «хэлэлцээр»), never «договор»/«шарт»/«гэрээ» (adilet.zan.kz).
        matter = self.lex.pick("matter", doc.matter, scope) if doc.matter else None
        head = self.cell("document", doc.head, scope | frozenset(matter.keys if matter else ()))
        attributes = [self.cell("attribute", key, scope) for key in doc.attributes]
        topic = self.cell("topic", doc.topic, scope) if doc.topic else ""
        matter_words = self.cell("matter", doc.matter, scope) if doc.matter else ""
        if matter_words and doc.topic == "of understanding" and self.lang in ("kk", "mn"):
            # the matter first, one «туралы» / «тухай»: «әуе қатынасы туралы өзара түсіністік меморандумы», «агаарын
            # харилцааны тухай харилцан ойлголцлын санамж бичиг», as «ынтымақтастық туралы өзара түсіністік меморандумы»
            understanding = topic.removesuffix(" туралы")
            topic = f"{matter_words} {understanding}"
            if self.lang == "kk":
                head = self._kk_head_possessive(head)
        elif matter_words and doc.topic == "of understanding" and matter is not None and matter.form("ru", "dat"):
            topic = f"{topic} по {matter.form('ru', 'dat')}"  # «о взаимопонимании по воздушному сообщению»
        else:
            topic = " ".join(word for word in (topic, matter_words) if word)
        # mn: a field right before cooperation governs the verb, not the genitive noun: «соёлын салбарт хамтран ажиллах
        # төлөвлөгөө», «эрүүл мэндийн салбарт хамтран ажиллах хэлэлцээр» (as the topic row "of cooperation" has it)
        verbal = self.lang == "mn" and doc.field is not None and doc.purpose is None
        complement, izafet = (self.complement(doc.head, doc.complement, scope, verbal) if doc.complement is not None
                              else ("", False))
        if izafet and self.lang == "kk":  # «ынтымақтастық бағдарламасы»
            head = self._kk_head_possessive(head)
        if doc.project:  # «соглашение о займе по проекту»: which project, only the English says; always for review
            topic = " ".join(word for word in (topic, self.cell("topic", "for the project", scope)) if word)
            self.confirmed = False
        # ru stacks no two «о …»: after «о взаимопонимании» the subject takes «по» + dative («меморандум о взаимопонимании
        # по оборонному сотрудничеству», moldpres.md; adilet «Меморандум о взаимопонимании по консультациям»)
        after_about = self.lang == "ru" and topic.startswith(("о ", "об "))
        subject = self.about(doc.subject, scope, after_about, verbal) if doc.subject is not None else ""
        field = self.field(doc.field, scope) if doc.field else ""
        # a scoped purpose row names what a declaration or memorandum is about («Декларация об укреплении …»)
        purpose = self.purpose(doc.purpose, scope | {doc.head}) if doc.purpose else ""
        years = self.period(doc.years, scope, doc.until) if doc.years else ""
        parties = self.cell("parties", doc.parties, scope) if doc.parties else ""
        if doc.between:
            parties = self.between(doc.between, scope)
        if doc.meeting is not None:
            return self._protocol_of_meeting(head, doc.meeting, scope, doc.results)
        if self.lang == "ru":
            before, after = _ru_attributes_around(attributes, head)
            middle = [purpose, field] if doc.late_field else [field, purpose]
            if doc.parties_first:  # «Соглашение между правительствами … о сотрудничестве в области …», as the English
                words = [*before, head, *after, complement, parties, topic, subject, *middle, years]
            else:
                words = [*before, head, *after, complement, topic, subject, parties, *middle, years]
        elif self.lang == "kk":  # «екі ел арасындағы 2022–2023 жылдарға арналған … бағдарлама»
            stacked = any(part.endswith(" туралы") for part in (subject, field, purpose))
            if stacked and topic.endswith(" туралы"):
                # kk stacks no two «туралы»: «ынтымақтастық туралы өзара түсіністік меморандумы» (adilet.zan.kz titles)
                topic, head = topic.removesuffix(" туралы"), self._kk_head_possessive(head)
            words = [parties, years, field, purpose, subject, topic, *attributes, complement, head]
        elif field and not (topic or subject or purpose or complement):
            # mn a document in a field names what is done there: «аялал жуулчлалын салбарт хамтран ажиллах хэлэлцээр»,
            # never «… салбарт хэлэлцээр» with no verb (review 46)
            words = [parties, years, *attributes, field, "хамтран ажиллах", complement, head]
        elif field and re.search(r"(?:ын|ийн|ий|ны|ний|гийн)$", topic) and not (subject or purpose):
            # … nor a dative before a noun: «мал эмнэлгийн салбарт хамтран ажиллах тухай харилцан ойлголцлын санамж
            # бичиг», never «… салбарт харилцан ойлголцлын санамж бичиг» (the Mongolian reader of fresh90)
            words = [parties, years, *attributes, field, "хамтран ажиллах тухай", topic, complement, head]
        elif re.search(r" тухай(?: |$)", subject or topic or purpose):  # «… тухай хамтарсан мэдэгдэл»: the attributes stay by the head
            words = [parties, years, field, purpose, subject, topic, *attributes, complement, head]
        else:
            words = [parties, years, *attributes, field, purpose, subject, topic, complement, head]
        return _Text(" ".join(word for word in words if word), "document")

    def between(self, sides: tuple[Node, ...], scope: frozenset[str]) -> str:
        """Two named parties, as the ``link`` row "between" puts them: ru «между» + both in the instrumental («между
        Улан-Батором и Москвой»), kk «A мен B арасындағы», mn «A, B-ын хоорондын» (the case on the last)."""
        template = self.cell("link", "between", scope)
        texts = [self.node(side) for side in sides]
        if self.lang == "ru":
            joined = self.join([self.case(text, "ins") for text in texts])
            return template.replace("{ins}", joined)
        if self.lang == "kk":
            return template.replace("{nom}", self.inflector.join([text.text for text in texts]))
        joined = ", ".join([*(text.text for text in texts[:-1]), self.case(texts[-1], "gen")])
        return template.replace("{gen}", joined)

    def _protocol_of_meeting(self, head: str, meeting: tuple[str, str, Node], scope: frozenset[str],
                             results: bool = False) -> _Text:
        """ru «протокол 9-го заседания Межправительственной комиссии …», kk «… комиссиясының 9-отырысының
        хаттамасы» (an ordinal in figures takes a hyphen), mn «… комиссын 9-р хуралдааны протокол». ``results``
        ("on the results of the 9th meeting"): ru «протокол по итогам 9-го заседания …», kk «… 9-отырысының
        қорытындысы бойынша хаттама»; Mongolian names such a protocol by its sitting alone."""
        key, number, institution = meeting
        row = self.row("meeting", key, scope)
        owner = self.case(self.node(institution, in_genitive=True), "gen")
        if self.lang == "ru":
            ordinal = f"{number}-го " if number else ""
            return _Text(f"{head} {'по итогам ' if results else ''}{ordinal}{row.cell('ru')} {owner}", "document")
        sitting = row.form(self.lang, "gen")
        if sitting is None:
            raise _Unknown(f"no {self.lang} genitive of the meeting row {key!r}")
        if self.lang == "kk":
            ordinal = f"{number}-" if number else ""
            if results:
                return _Text(f"{owner} {ordinal}{sitting} қорытындысы бойынша {head}", "document")
            return _Text(f"{owner} {ordinal}{sitting} {self._kk_head_possessive(head)}", "document")
        ordinal = f"{number}-р " if number else ""
        return _Text(f"{owner} {ordinal}{sitting} {head}", "document")

    def _kk_head_possessive(self, head: str) -> str:
        row = next((row for row in self.lex.rows if row.kind == "document" and row.cell("kk") == head), None)
        return (row.form("kk", "poss") if row is not None else None) or self._kk_possessive(head)

    def complement(self, head: str, complement: Coop | tuple[str, ...], scope: frozenset[str],
                   verbal: bool = False) -> tuple[str, bool]:
        """What a plan or programme is of or for, in the case the head's ``link`` row "of" gives: ru the genitive
        («программа торгово-экономического сотрудничества») or «по» + dative («план действий по экономическому
        сотрудничеству»), kk the nominative («сауда-экономикалық ынтымақтастық бағдарламасы») or «… жөніндегі», mn
        the genitive («… хамтын ажиллагааны хөтөлбөр»). True when the kk head takes the possessive (a bare {nom})."""
        template = self.cell("link", "of", scope | {head})
        izafet = template == "{nom}"
        if isinstance(complement, Coop):
            coop = complement
            return _PLACEHOLDER.sub(lambda match: self.coop(coop, match.group(1), scope, verbal), template), izafet
        rows = [self.row("domain", key, scope) for key in complement]
        return _PLACEHOLDER.sub(lambda match: self.list_in_case(rows, match.group(1)), template), izafet

    def period(self, years: tuple[str, ...], scope: frozenset[str], until: bool = False) -> str:
        """"for 2023" ru «на 2023 год», kk «2023 жылға арналған», mn «2023 оны»; "for 2022-2023" ru «на
        2022–2023 годы», kk «2022–2023 жылдарға арналған», mn «2022-2023 оны»; "through 2030" ru «до 2030
        года», kk «2030 жылға дейінгі», mn «2030 он хүртэлх» (period rows)."""
        template = self.cell("period", "until" if until else "year" if len(years) == 1 else "years", scope)
        return template.replace("{year}", years[0]).replace("{start}", years[0]).replace("{end}", years[-1])

    def about(self, subject: tuple[str, Coop], scope: frozenset[str], after_about: bool = False, verbal: bool = False) -> str:
        """"on trade and economic cooperation": ru «о торгово-экономическом сотрудничестве», kk «сауда-
        экономикалық ынтымақтастық туралы», mn «худалдаа, эдийн засгийн хамтын ажиллагааны тухай»."""
        key, coop = subject
        template = "по {dat}" if after_about else self.cell("about", key, scope)
        case = _PLACEHOLDER.search(template)
        if case is None:
            raise _Unknown(f"the about row {key!r} has no placeholder")
        phrase = self.coop(coop, case.group(1), scope, verbal)
        text = template.replace(case.group(0), phrase)
        if self.lang == "ru" and text.startswith("о ") and _VOWEL_START.match(phrase):
            text = "об " + text[2:]  # «об экономическом сотрудничестве»
        return text

    def coop(self, coop: Coop, case: str, scope: frozenset[str], verbal: bool = False) -> str:
        """Qualifiers and the noun cooperation in ``case``: ru adjectives agree with «сотрудничество» (neuter),
        kk adjectives do not change, mn nouns take the genitive (area rows' ``mn.gen``). ``verbal``: a Mongolian field
        stands before it, which governs the noun's ``mn.verb`` form («салбарт хамтран ажиллах»)."""
        noun = self.row("domain", coop.noun, scope)
        qualifiers = [self.row(kind, key, scope) for kind, key in coop.qualifiers]
        if verbal and noun.form("mn", "verb"):
            if not qualifiers:
                return t.cast(str, noun.form("mn", "verb"))
            self.confirmed = False  # «салбарт хоёр талын хамтын ажиллагааны …»: no verb takes the qualifier; review
        if self.lang == "ru":
            agree = _ru_plural if coop.noun in _PLURAL_RELATIONS else _ru_neuter
            words = [agree(row.cell("ru"), case) for row in qualifiers]
            noun_form = noun.cell("ru") if case == "gen" else noun.form("ru", case)
            if noun_form is None or any(word is None for word in words):
                raise _Unknown(f"no ru {case} of {noun.cell('ru')!r}")
            return " ".join([self.join(t.cast(list[str], words)), noun_form] if words else [noun_form])
        if self.lang == "kk":
            qualifier = self.join([row.cell("kk") for row in qualifiers]) if qualifiers else ""
            head = noun.cell("kk")
            if qualifiers and not _KK_ADJECTIVE.search(qualifiers[-1].cell("kk")):  # a noun: «сауда ынтымақтастығы»
                head = kk_possessive(head)
            noun_form = self.case(_Text(head, "common"), case)
            return f"{qualifier} {noun_form}".strip()
        noun_form = noun.form("mn", case) or self.case(_Text(noun.cell("mn"), "common"), case)
        if not qualifiers:
            return noun_form
        if all(row.kind == "area" for row in qualifiers):  # «улс төр, эдийн засгийн»: the last in the genitive
            return f"{self.mn_list(qualifiers, 'gen')} {noun_form}"
        if len(qualifiers) == 1:  # an attribute: «хоёр талын», «Засгийн газар хоорондын»
            return f"{qualifiers[0].cell('mn')} {noun_form}"
        raise _Unknown("mixed Mongolian qualifiers")

    def founded(self, founded: Founded, scope: frozenset[str]) -> str:
        """The body a document sets up, as a common noun: ru «межпарламентская рабочая группа», kk «парламентаралық
        жұмыс тобы», mn «парламент хоорондын ажлын хэсэг». A body row scoped to an attribute names the body it
        qualifies: mn a joint or intergovernmental commission is «комисс», a regulatory one «хороо»."""
        body = self.cell("body", founded.body, scope | frozenset(founded.attributes))
        body = _lower_initial(body)  # a kind of body, not the name of one
        attributes = [self.cell("attribute", key, scope) for key in founded.attributes]
        if self.lang != "ru":
            return " ".join([*attributes, body])
        before, after = _ru_attributes_around(attributes, body)
        return " ".join([*before, body, *after])

    def field(self, field: Field, scope: frozenset[str]) -> str:
        noun = self.row("fields" if field.plural else "field", field.noun, scope)
        if field.domains:
            return self._field_of_nouns(noun, [self.row("domain", key, scope) for key in field.domains])
        return self._field_of_adjectives(noun, [self.row("area", key, scope) for key in field.areas])

    def _field_of_nouns(self, noun: Row, domains: list[Row]) -> str:
        """ru «в области ветеринарии», kk «ветеринария саласындағы», mn «мал эмнэлгийн салбарт»."""
        field = noun.cell(self.lang)
        if self.lang == "ru":
            return f"в {field} {self.join([self._ru_genitive(row) for row in domains])}"
        if self.lang == "kk":
            return f"{self.join([row.cell('kk') for row in domains])} {field}"
        return f"{self.mn_list(domains, 'gen')} {field}"

    @staticmethod
    def _ru_genitive(domain: Row) -> str:
        """A domain's ru genitive («в области сельского хозяйства»). A cell that begins with «по» is the
        portfolio phrase an agency is named with («Агентство по противодействию коррупции»); as a field it
        needs its ``ru.gen`` form («в области противодействия коррупции»), never «в области по …»."""
        cell = domain.cell("ru")
        if not cell.startswith("по "):
            return cell
        genitive = domain.form("ru", "gen")
        if genitive is None:
            raise _Unknown(f"no ru genitive of the portfolio phrase {cell!r}")
        return genitive

    def _field_of_adjectives(self, noun: Row, areas: list[Row]) -> str:
        """ru «в научно-технической сфере», kk «ғылыми-техникалық саладағы» (no possessive after an adjective)."""
        field = noun.cell(self.lang)
        if self.lang == "ru":
            return f"в {self.join([row.cell('ru') for row in areas])} {field}"
        if self.lang == "kk":
            return f"{self.join([row.cell('kk') for row in areas])} {noun.form('kk', 'adj') or field}"
        return f"{self.mn_list(areas, 'gen')} {field}"

    def joined_actions(self, templates: list[str]) -> str:
        """Two actions on one object in one template: ru «о расширении {gen}» and «об углублении {gen}» are «о
        расширении и углублении {gen}», kk «{acc} кеңейту және тереңдету туралы», mn «{acc} өргөжүүлэх,
        гүнзгийрүүлэх тухай». The object's case must be the same; the frame word (a preposition before, «туралы» or
        «тухай» after) is said once."""
        if len(templates) == 1:
            return templates[0]
        pieces = [_PLACEHOLDER.split(template) for template in templates]  # [before, case, after]
        if any(len(piece) != 3 for piece in pieces) or len({piece[1] for piece in pieces}) != 1:
            raise _Unknown("actions on objects in different cases")
        placeholder = "{" + pieces[0][1] + "}"
        if all(not piece[0].strip() for piece in pieces):  # kk, mn: the object first, the frame word last
            afters = [piece[2].split() for piece in pieces]
            frame = afters[0][-1] if len({words[-1] for words in afters}) == 1 and len(afters[0]) > 1 else ""
            actions = [" ".join(words[:-1] if frame else words) for words in afters]
            joined = f" {_CONJUNCTION['kk']} ".join(actions) if self.lang == "kk" else ", ".join(actions)
            return " ".join(part for part in (placeholder, joined, frame) if part)
        if any(piece[2].strip() for piece in pieces):
            raise _Unknown("an action with words after its object")
        befores = [piece[0].split() for piece in pieces]
        prepositions = {words[0] for words in befores}
        if not (prepositions <= {"о", "об"} or prepositions == {"по"}) or any(len(words) < 2 for words in befores):
            raise _Unknown("actions with different frames")  # «о расширении» and «по углублению» are two documents
        nouns = " и ".join(" ".join(words[1:]) for words in befores)  # «расширении и углублении»
        preposition = "по" if "по" in prepositions else ("об" if _VOWEL_START.match(nouns) else "о")
        return f"{preposition} {nouns} {placeholder}"

    def purpose(self, purpose: tuple[tuple[str, ...], tuple[str, ...] | Coop | Founded], scope: frozenset[str]) -> str:
        keys, objects = purpose
        if isinstance(objects, Founded):
            body = _Text(self.founded(objects, scope), "common")
            return _PLACEHOLDER.sub(lambda match: self.case(body, match.group(1)), self.cell("founding", keys[0], scope))
        template = self.joined_actions([self.cell("purpose", key, scope) for key in keys])
        if isinstance(objects, Coop):
            coop = objects
            return _PLACEHOLDER.sub(lambda match: self.coop(coop, match.group(1), scope), template)
        rows = [self.row("domain", domain, scope) for domain in objects]
        return _PLACEHOLDER.sub(lambda match: self.list_in_case(rows, match.group(1)), template)


@dataclass
class _PostParts:
    head: Row
    domains: list[Row]
    owner: _Text | None
    owner_in_nominative: bool
    under: str | None
    host: str | None
    owner_hidden: bool = False
    plural: bool = False
    host_is_place: bool = False  # "in Astana": mn keeps the owner in the genitive («ЕАБХАБ-ын Астана дахь …»)


def _country_code(post: Post) -> str | None:
    for node in (post.owner, post.under):
        if isinstance(node, Country):
            return node.code
        if isinstance(node, Post):
            code = _country_code(node)
            if code:
                return code
    return None


def _head_keys(node: Node) -> frozenset[str]:
    """What a scoped row may name to apply to ``node``: its head, or the names of a named body."""
    if isinstance(node, Post):
        return frozenset({node.head})
    if isinstance(node, Named):
        names = node.entry.names if node.entry is not None else ()
        kinds = {"place"} if _is_place_node(node) else {"organization"} if _is_organization(node) else set()
        lettered = {node.descriptor} if node.descriptor else set()  # "CEO of … Company (X)": the company's CEO
        return frozenset({node.key, *(_key(name) for name in names), *kinds, *lettered})
    if isinstance(node, Country):  # a row scoped "country" applies to every state: «Турк Улсын тэргүүн»
        return frozenset({node.code, "country"})
    if _is_place_node(node):  # link rows scoped "place" or "organization": an office in a city, a mission to the UN
        return frozenset({"place"})
    return frozenset()


@functools.cache
def _division_words(lexicon: Lexicon, lang: str) -> frozenset[str]:
    """The nouns of the division patterns in ``lang`` («облысы», «қаласы», «муж», «хот»): a place form ending in one
    names its division."""
    return frozenset(word.lower() for row in lexicon.of_kind("division")
                     for word in row.cell(lang).replace("{name}", " ").split())


@functools.cache
def _longest_first(lexicon: Lexicon, lang: str) -> tuple[str, ...]:
    return tuple(sorted(_word_forms(lexicon, lang), key=lambda form: (-len(form), form)))


@functools.cache
def _word_forms(lexicon: Lexicon, lang: str) -> dict[str, dict[str, str]]:
    """Explicit case forms by lower-cased nominative, from every row with a nominal cell."""
    table: dict[str, dict[str, str]] = {}
    for row in lexicon.rows:
        nominative = row.cell(lang)
        if not nominative or "{" in nominative:
            continue
        cases = {case: form for (form_lang, case), form in row.forms.items()
                 if form_lang == lang and case not in _NOT_CASES}
        if cases:
            table.setdefault(nominative.lower(), cases)
    return table


@kept
def _ru_neuter(adjective: str, case: str) -> str | None:
    """A Russian adjective (any gender, as stored) agreeing with a neuter singular noun in ``case``
    («торгово-экономической» → «торгово-экономического», «двусторонний» → «двустороннем»)."""
    return _ru_adjective(adjective, case, {"neut", "sing"})


def _ru_plural(adjective: str, case: str) -> str | None:
    """A Russian adjective agreeing with a plural noun in ``case`` («двусторонний» → «двусторонних»)."""
    return _ru_adjective(adjective, case, {"plur", "inan"} if case == "acc" else {"plur"})


def _ru_adjective(adjective: str, case: str, grammemes: set[str]) -> str | None:
    """Each word of ``adjective`` in ``case`` with ``grammemes``; None when a word is no adjective pymorphy knows."""
    tag = {"gen": "gent", "loc": "loct", "nom": "nomn", "dat": "datv", "ins": "ablt", "acc": "accs"}.get(case)
    words = adjective.split()
    if tag is None or not words:
        return None
    inflected: list[str] = []
    for word in words:
        parse = next((p for p in _ru_morph().parse(word) if p.tag.POS == "ADJF"), None)
        form = parse.inflect(grammemes | {tag}) if parse is not None else None
        if form is None:
            return None
        inflected.append(_same_initial(word, str(form.word)))
    return " ".join(inflected)


def _ru_attributes_around(attributes: list[str], head: str) -> tuple[list[str], list[str]]:
    """ru attributes before the head agree with it («межпарламентская комиссия»); a genitive phrase follows it
    («комиссия высокого уровня»)."""
    before = [_ru_agree(word, head) for word in attributes if _RU_ADJECTIVE_ENDING.search(word)]
    return before, [word for word in attributes if not _RU_ADJECTIVE_ENDING.search(word)]


_RU_ADJECTIVE_ENDING = re.compile(r"(?:ый|ий|ой)$")


@kept
def _ru_agree(adjective: str, head: str) -> str:
    """A masculine nominative adjective agreeing with the head noun of ``head`` («совместное заявление»)."""
    from briefing.grammar.ru_agreement import head_noun_tags

    wanted = head_noun_tags(head)
    if not wanted or wanted == {"masc"}:
        return adjective
    for parse in _ru_morph().parse(adjective):
        if parse.tag.POS == "ADJF" and parse.tag.case == "nomn":
            inflected = parse.inflect(wanted | {"nomn"} if "plur" in wanted else wanted | {"nomn", "sing"})
            if inflected is not None:
                return str(inflected.word)
    return adjective


def _ru_morph() -> t.Any:
    from briefing.grammar.ru import morph_analyzer

    return morph_analyzer()  # one dictionary per process, shared with the grammar


def _mn_located(text: str) -> str:
    """The Mongolian postposition of place by vowel harmony: «Астана дахь», «Бээжин дэх» (front vowels э, ө, ү)."""
    for letter in reversed(text.lower()):
        if letter in "аоуяё":
            return "дахь"
        if letter in "эөүе":
            return "дэх"
    return "дэх"  # only и: «Минск дэх»


def _same_initial(model: str, word: str) -> str:
    return _upper_initial(word) if model[:1].isupper() else _lower_initial(word)


def _upper_initial(text: str) -> str:
    return text[:1].upper() + text[1:]


def _lower_initial(text: str) -> str:
    return text[:1].lower() + text[1:]



# -- the API -------------------------------------------------------------------------


# states whose official name has no word for a state, in Mongolian too: «Туркменистаны Ерөнхийлөгч»
# (hunnu.mn/r/4264; the Mongolian translator's review, rev19), never «Туркменистан Улсын»
_NAMED_WITHOUT_STATE_WORD = frozenset({"Туркменистан"})


_RU_ORDINALS = frozenset("первый второй третий четвёртый пятый шестой седьмой восьмой девятый десятый одиннадцатый "
                         "двенадцатый".split())


# an English gloss after a body's own name: "Zhogorku Kenesh (Parliament)", "Mazhilis (lower house)"
_GLOSS_IN_BRACKETS = re.compile(r"(?<=[a-z])\s*\((?:the\s+)?(?:[Pp]arliament|[Ll]ower\s+[Hh]ouse|[Uu]pper\s+[Hh]ouse|"
                                r"[Ll]ower\s+[Cc]hamber|[Uu]pper\s+[Cc]hamber)(?:\s+of\s+[A-Z][\w-]*)?\)")


def compose_with_status(text: str, lang: str, kind: str, country: str | None = None, *,
                        lexicon_path: str | Path | None = None,
                        termbase_path: str | Path | None = None) -> tuple[str, bool] | None:
    """The native official form of ``text`` and whether every part of it is confirmed.

    ``lang`` is ru, kk or mn; ``kind`` is title, institution or document; ``country`` (ISO code)
    is the person's country, used only to choose country-specific forms (a title without a
    country in its text stays without one). None when any part is unknown. The flag is False
    when a part used is derived or unconfirmed: mark the result for review. Russian prepositions
    take the form the next word asks for («посол во Вьетнаме», «посол на Филиппинах»).
    """
    # "the Tbilisi Mayor’s Office" is the Mayor’s Office of Tbilisi, the city's hall («мэрия Тбилиси»), never an
    # office of its mayor
    text = _CITY_MAYORS_OFFICE.sub(r"\g<office> of \g<city>", text.strip())
    text = _GLOSS_IN_BRACKETS.sub("", text)  # "the Zhogorku Kenesh (Parliament) of …": the name, without its gloss
    if kind == "title":
        # Chile's "Undersecretary of Foreign Affairs (S)": a ministry's undersecretary is its deputy minister
        # («заместитель министра иностранных дел»), "(S)" its acting one (subrogante)
        acting = _SUBROGANTE.search(text)
        text = _SUBROGANTE.sub("", text)
        text = _UNDERSECRETARY.sub("Deputy Minister ", text)
        # "Parliamentary State Secretary at the Federal Ministry of Defence": an office at a ministry is the ministry's
        text = _AT_A_MINISTRY.sub(" of the ", text)
        text = _MEMBER_BODY.sub(r"\g<member> of the ", text)  # "member British Parliament": a member of it
        text = f"Acting {text}" if acting else text
    if kind == "document":  # "Memorandum of Cooperation on Bilateral Cooperation" is a memorandum on that cooperation
        text = _COOPERATION_ON_COOPERATION.sub(r"\g<head> on", text)
    result = _compose_with_status(text, lang, kind, country, lexicon_path=lexicon_path, termbase_path=termbase_path)
    ranked = _RANK_IN_BRACKETS.fullmatch(text.strip()) if result is None and kind == "title" else None
    if ranked:  # "Foreign Secretary (Senior Secretary)": the office, and its rank in brackets when that composes too
        outer = compose_with_status(ranked.group("office"), lang, kind, country, lexicon_path=lexicon_path,
                                    termbase_path=termbase_path)
        inner = compose_with_status(ranked.group("rank"), lang, kind, country, lexicon_path=lexicon_path,
                                    termbase_path=termbase_path) if outer else None
        return (f"{outer[0]} ({_lower_initial(inner[0])})", outer[1] and inner[1]) if outer and inner else \
            (outer[0], False) if outer else None
    if result is None or lang != "ru":
        return result
    from briefing.grammar.ru import euphony

    return euphony(result[0]), result[1]


_UNDERSECRETARY = re.compile(r"^(?:the\s+)?Under[\s-]?[Ss]ecretary\s+(?=of\s+(?!State\b)[A-Z])")
_SUBROGANTE = re.compile(r"\s*\(S\)$")
_MEMBER_BODY = re.compile(r"^(?P<member>[Mm]ember)\s+(?=[A-Z][a-z]+\s+(?:Parliament|Senate|Congress|Assembly)\b)")
_AT_A_MINISTRY = re.compile(r"\s+at\s+the\s+(?=(?:Federal\s+)?(?:Ministry|Department|Embassy)\b)")
_COOPERATION_ON_COOPERATION = re.compile(r"^(?P<head>.+?)\s+of\s+[Cc]ooperation(?:\s+\([A-Z][A-Za-z]{1,5}\))?\s+on"
                                         r"(?=\s+(?:the\s+)?(?:[\w-]+\s+){0,3}[Cc]ooperation\b)")
_CITY_MAYORS_OFFICE = re.compile(r"^(?:the\s+)?(?P<city>[A-Z][\w-]+)\s+(?P<office>[Mm]ayor['’]s\s+[Oo]ffice)$")
_RANK_IN_BRACKETS = re.compile(r"(?P<office>[^()]+?)\s*\((?P<rank>[A-Z][^()]{2,40})\)")

# the leaders' joint texts, which agencies report in the plural when several countries sign one each
_PLURAL_JOINT_TEXT = re.compile(r"(?P<lead>(?:the\s+)?(?:joint\s+)?)(?P<noun>(?i:communiqu[eé]s|statements|declarations))"
                                r"(?P<rest>(?:\s.*)?)$", re.IGNORECASE)


# "agreements on cooperation in the fields of health, energy and culture": several documents a list of fields names
_PLURAL_BY_FIELDS = re.compile(r"(?P<lead>)(?P<noun>agreements|memoranda|memorandums|protocols)"
                               r"(?P<rest>\s+on\s+cooperation\s+in\s+the\s+fields\s+of\s.+)$", re.IGNORECASE)
_SINGULAR_DOCUMENTS = {"memoranda": "memorandum", "memorandums": "memorandum"}


def _owned_by_the_country_it_is_under(post: Post) -> bool:
    """"Azerbaijan Diplomatic Academy under the Ministry of Foreign Affairs of Azerbaijan": the country owns the body
    it is under, named once, in that body («Дипломатическая академия при Министерстве иностранных дел Азербайджанской
    Республики», «Әзербайжан Республикасы Сыртқы істер министрлігі жанындағы Дипломатиялық академия»)."""
    under = post.under
    return isinstance(post.owner, Country) and isinstance(under, Post) and isinstance(under.owner, Country) and \
        under.owner.code == post.owner.code


def _plural_document(singular: str, lang: str) -> str:
    """ru: the head and its adjectives in the plural («совместные коммюнике об …»); kk: the head, which ends the name
    («… бірлескен коммюникелер»); mn names a plural of documents by the singular («хамтарсан мэдээ»)."""
    if lang == "ru":
        from briefing.grammar.ru import plural_head

        return plural_head(singular)
    if lang == "kk":
        from briefing.grammar.kk import plural

        return plural(singular)
    return singular


def _compose_with_status(text: str, lang: str, kind: str, country: str | None = None, *,
                         lexicon_path: str | Path | None = None,
                         termbase_path: str | Path | None = None) -> tuple[str, bool] | None:
    """What :func:`compose_with_status` returns, before the Russian prepositions are set (once, on the whole name)."""
    if lang not in LANGS:
        raise ValueError(f"unsupported language {lang!r}: use one of {', '.join(LANGS)}")
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}: use one of {', '.join(KINDS)}")
    lexicon = load_lexicon(lexicon_path or default_lexicon_path())
    termbase = _default_termbase(Path(termbase_path) if termbase_path else
                                 resources.termbase_in(resources.default_locales_dir()))
    native = _NATIVE_IN_BRACKETS.sub(lambda m: m.group("native") if _key(m.group("native")) in lexicon.known else m.group(0),
                                     text)
    if native != text:  # "Speaker of the Parliament (Jogorku Kenesh)": the chamber by its own name, «Торага Жогорку Кенеша»
        by_name = _composed(native, lang, kind, country, lexicon, termbase)
        if by_name is not None:
            return by_name
    described = _DESCRIBED_NAME.fullmatch(text) if kind == "institution" else None
    body = _composed(described.group("body"), lang, kind, country, lexicon, termbase) if described else None
    if described and body:  # "the publishing house “Slovo Kyrgyzstana”": its kind, then its name in marks as written
        name = f"«{described.group('name')}»"
        return (f"{body[0]} {name}" if lang == "ru" else f"{name} {_lower_initial(body[0])}"), False
    amending = _AMENDING.fullmatch(text) if kind == "document" else None
    if amending:  # "the Protocol on Amendments to the Agreement on Trade": the amended document, in its case
        inner = _compose_with_status(amending.group("inner"), lang, kind, country, lexicon_path=lexicon_path,
                                     termbase_path=termbase_path)
        return _amending(inner, lang, bool(amending.group("amendments"))) if inner else None
    several = (_PLURAL_JOINT_TEXT.match(text) or _PLURAL_BY_FIELDS.match(text)) if kind == "document" else None
    if several:  # "Joint communiqués on the establishment of diplomatic relations": the singular's form, in the plural
        singular = _SINGULAR_DOCUMENTS.get(several.group("noun").lower(), several.group("noun")[:-1])
        one = _compose_with_status(several.group("lead") + singular + several.group("rest"), lang,
                                   kind, country, lexicon_path=lexicon_path, termbase_path=termbase_path)
        return (_plural_document(one[0], lang), one[1]) if one else None
    dated = _YEAR_BEFORE_DOCUMENT.match(text) if kind == "document" else None
    if dated:  # "the 1993 Treaty on Friendship": the treaty of that year, dated as each language dates a document
        undated = _compose_with_status(dated.group("name"), lang, kind, country, lexicon_path=lexicon_path,
                                       termbase_path=termbase_path)
        return (_YEAR_OF_DOCUMENT[lang].format(year=dated.group("year"), name=undated[0]), undated[1]) if undated else None
    if kind == "title":  # "Presidential Chief Adviser on Security": the chief adviser to the President on security
        text = _PRESIDENTIAL_AIDE.sub(lambda m: f"{m.group('aide')} to the President{m.group('remit') or ''}", text)
    text = _FIELD_AFTER_PARENT.sub(r"\g<body> \g<field> \g<parent>", text)
    text = _REMIT_AFTER_OWNER.sub(r"\g<office> \g<remit> \g<owner>", text)
    ranked = _RANK_AFTER_OFFICE.fullmatch(text) if kind == "title" else None
    if ranked and ranked.group("office").split()[-1].lower() not in _GENERAL_OFFICES:
        # "Pakistan's army chief General": the office, then the rank its holder has («… генерал»)
        office = _composed(ranked.group("office"), lang, kind, country, lexicon, termbase)
        rank = _composed(ranked.group("rank"), lang, kind, country, lexicon, termbase)
        if office and rank:
            return f"{office[0]} {_lower_initial(rank[0])}", office[1] and rank[1]
    composed = _composed(text, lang, kind, country, lexicon, termbase)
    for reworded in _rewordings(text, kind) if composed is None else ():
        composed = _composed(reworded, lang, kind, country, lexicon, termbase)
        if composed is not None:
            break
    for reworded in _rewordings(text, kind) if composed is None else ():
        # two rewordings at once: "Programme … between the Ministries of Foreign Affairs of A and B in 2020 – 2021"
        composed = next((found for twice in _rewordings(reworded, kind) if twice != reworded
                         for found in [_composed(twice, lang, kind, country, lexicon, termbase)] if found), None)
        if composed is not None:
            break
    match = _NAME_AND_GLOSS.search(text) if composed is None else None
    if match is None or _composed(match.group("gloss"), lang, "institution", None, lexicon, termbase) is None:
        return composed
    # A native name explained by a gloss that is itself a known institution ("Majlisi Namoyandagon
    # (Tajikistan's lower chamber of parliament)"): the name's own form where the language has one, else
    # the gloss in its place, for review.
    name_only = text[:match.start("gloss") - 1].rstrip() + text[match.end():]
    composed = _composed(name_only, lang, kind, country, lexicon, termbase)
    if composed is None:
        explained = text[:match.start()] + match.group("gloss") + text[match.end():]
        composed = _composed(explained, lang, kind, country, lexicon, termbase)
        composed = (composed[0], False) if composed is not None else None
    return composed


# "Committee of the Majilis of the Parliament of Kazakhstan on International Affairs, Defense and Security": the
# committee's field told after its parent; read as "Committee on … of the Majilis …", the order the lexicon composes
_FIELD_AFTER_PARENT = re.compile(r"\b(?P<body>Committee|Commission)\s+(?P<parent>of\s+the\s+[^,]+?)\s+(?P<field>on\s+[A-Z][^()]*)$")
# "Special Representative of the President for Foreign Policy", "Advisor to the President on foreign policy": the
# envoy's or adviser's remit, told after whose he is (the President has no remit of his own); read as "Special
# Representative for Foreign Policy of the President"
_REMIT_AFTER_OWNER = re.compile(r"^(?P<office>.+?)\s+(?P<owner>(?:of|to)\s+the\s+(?:President|Prime\s+Minister|Government))\s+"
                                r"(?P<remit>(?:for|on)\s+[A-Za-z][^()]*)$")
_ADVISER_TO = re.compile(r"(?P<office>(?:(?:Senior|Chief|Special)\s+)?(?:Advis[eo]r|Counsell?or|Assistant))\s+to\s+", re.I)
_PARLIAMENTARY_BODY = re.compile(r"\bParliamentary\s+(?=(?:Standing\s+)?Committee\b)")
# one plural body shared by two countries: "the Ministries of Foreign Affairs of Turkmenistan and Kyrgyzstan",
# "the foreign ministries of A and B", "the Governments of A and B"
_SHARED_PLURAL = re.compile(r"\b(?:the\s+)?(?P<body>Ministries\s+of\s+(?P<field>[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*)*)|"
                            r"(?i:foreign\s+ministries)|Governments|Parliaments)\s+of\s+(?:the\s+)?(?P<first>[A-Z][\w-]*"
                            r"(?:\s+(?:of\s+)?[A-Z][\w-]*)*)\s+and\s+(?:the\s+)?(?P<second>[A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*)*)")


_YEAR_BEFORE_DOCUMENT = re.compile(r"(?:the\s+)?(?P<year>(?:19|20)\d\d)\s+(?P<name>[A-Za-z].*)")
# ru «договор о дружбе 1993 года»; kk «1993 жылғы … шарт»; mn «1993 оны … гэрээ» (dates of treaties in their titles)
_YEAR_OF_DOCUMENT = {"ru": "{name} {year} года", "kk": "{year} жылғы {name}", "mn": "{year} оны {name}"}


# "Protocol on (Introducing) Amendments to the Agreement on X", "Protocol to the Agreement on X"
_AMENDING = re.compile(r"(?:the\s+)?protocol(?P<amendments>\s+on\s+(?:introducing\s+|making\s+)?(?:amendments|changes)"
                       r"(?:\s+and\s+(?:additions|supplements))?)?\s+to\s+(?P<inner>(?:the\s+)?.+)", re.IGNORECASE)
# ru «протокол о внесении изменений в соглашение …» (adilet.zan.kz titles), «протокол к соглашению …»; kk «…
# келісімге өзгерістер енгізу туралы хаттама»; mn «… хэлэлцээрт нэмэлт, өөрчлөлт оруулах тухай протокол»
_AMENDING_FORMS = {
    "ru": ("протокол о внесении изменений в {acc}", "протокол к {dat}"),
    "kk": ("{dat} өзгерістер енгізу туралы хаттама", "{dat} хаттама"),
    "mn": ("{dat} нэмэлт, өөрчлөлт оруулах тухай протокол", "{gen} нэмэлт протокол"),
}


def _amending(inner: tuple[str, bool], lang: str, amendments: bool) -> tuple[str, bool]:
    from briefing.grammar.forms import Inflector

    template = _AMENDING_FORMS[lang][0 if amendments else 1]
    inflector = Inflector(lang)
    form = _PLACEHOLDER.sub(lambda match: inflector.inflect(inner[0], match.group(1), "document"), template)
    return form, False  # built by rule: for review


_KK_LEADING_GENITIVE = re.compile(r"^(\S+\s+Республикасы)ның(?=\s)")
_PRESIDENTIAL_BODY = re.compile(r"\bPresidential\s+(?:Administration|Office|Executive\s+Office)\b")
_IN_YEARS = re.compile(PERIOD_IN)
_UNION_MINISTER = re.compile(r"\bUnion\s+(?=(?:Cabinet\s+)?Minister\b)")


# "army chief General", "Defence Minister and Chief of Staff, Major General": a military rank after the office
_RANK_AFTER_OFFICE = re.compile(r"(?P<office>.+?),?\s+(?P<rank>(?:(?:Major|Lieutenant|Brigadier|Colonel)[\s-]+)?General|"
                                r"(?:Rear|Vice)?\s*Admiral|Colonel|Air\s+Marshal|Field\s+Marshal)", re.IGNORECASE)
# offices whose own name ends in "General": a Secretary General is no secretary holding a general's rank
_GENERAL_OFFICES = frozenset({"secretary", "attorney", "surgeon", "governor", "inspector", "consul", "solicitor", "auditor",
                              "director", "prosecutor", "procurator", "advocate", "commissioner", "registrar", "accountant",
                              "postmaster", "quartermaster", "adjutant", "controller", "comptroller"})
# "Presidential Chief Adviser on Security and Foreign Policy": an aide of the President, named by the adjective
_PRESIDENTIAL_AIDE = re.compile(r"^(?:the\s+)?Presidential\s+(?P<aide>(?:(?:Chief|Senior|Special)\s+)?(?:Adviser|Advisor|"
                                r"Assistant|Envoy|Representative))(?P<remit>\s+(?:on|for)\s+.+)?$", re.IGNORECASE)


_OF_ONE_OF_MANY = re.compile(r"\s+of\s+an?\s+(?=[a-z])")
_PARLIAMENTARY_COMMITTEE_HEAD = re.compile(r"(?:an?\s+|the\s+)?parliamentary\s+committee\s+"
                                           r"(?P<head>chairman|chairwoman|chairperson|chair|head)", re.IGNORECASE)


# "Chairman of the Cabinet of Ministers Kyrgyzstan": a source that drops the 'of' before the owner country
_COUNTRY_GLUED_TO_BODY = re.compile(r"\b(?:Ministers|Ministry|Government|Parliament|Council|Assembly|Senate|Committee)\s+"
                                    r"(?P<country>(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})$")


def _is_country(name: str) -> bool:
    from briefing.extract.lexicon import country_code

    return country_code(name) is not None


def _rewordings(text: str, kind: str) -> Iterator[str]:
    """The same name in words composition reads, tried in turn when the name as written composes nothing."""
    if kind == "document" and re.match(r"(?:the\s+)?new\s+", text, re.I):
        yield re.sub(r"^(?:the\s+)?new\s+", "", text, flags=re.I)  # "new Treaty on X": 'new' is no part of its name
    if kind == "title" and _OF_ONE_OF_MANY.search(text):  # "Chairman of a chamber of X": as "of the chamber of X"
        yield _OF_ONE_OF_MANY.sub(" of the ", text)
    parliament_committee = _PARLIAMENTARY_COMMITTEE_HEAD.fullmatch(text) if kind == "title" else None
    if parliament_committee:  # "a parliamentary committee chairman": the chairman of a committee of the parliament
        yield f"{parliament_committee.group('head')} of the committee of the Parliament"
    chamber_first = _CHAMBER_BEFORE_OFFICE.fullmatch(text) if kind == "title" else None
    if chamber_first:  # "Senate Speaker of the Kazakh Parliament": the Speaker of the Senate of the Kazakh Parliament
        of_country = f" of {chamber_first.group('country')}" if chamber_first.group("country") else ""
        yield (f"{chamber_first.group('office').title()} of the {chamber_first.group('chamber').title()} of "
               f"{chamber_first.group('rest')}{of_country}")
    if _COMMISSION_FOR.search(text):  # "Joint Committee for Economic Cooperation": the remit as "on"
        yield _COMMISSION_FOR.sub(r"\1 on", text)
    demonym_region = _DEMONYM_REGION.fullmatch(text) if kind == "institution" else None
    if demonym_region:  # "the Uzbek region of Samarkand": the Samarkand region
        yield f"{demonym_region.group('name')} {demonym_region.group('division')}"
    if kind == "document" and _FIELD_DEVELOPMENT.search(text):  # "Roadmap for Tourism Development": of tourism
        yield _FIELD_DEVELOPMENT.sub(lambda match: f"{match.group(1)} the development of {match.group(2).lower()}", text)
    if kind == "document" and _OF_KIND_OF_COOPERATION.search(text):
        yield _OF_KIND_OF_COOPERATION.sub(r"\1on", text)
    if _ROMAN_ORDINAL.search(text):  # "the XI meeting": as the 11th, which composition reads
        yield _ROMAN_ORDINAL.sub(lambda match: f"{_roman_value(match.group(1))}th", text)
    field_first = _FIELD_COOPERATION_NOUN.fullmatch(text) if kind == "document" else None
    if field_first:  # "tourism cooperation document": a document on cooperation in the field of tourism
        yield f"{field_first.group('noun')} on cooperation in the field of {field_first.group('field')}"
    bare_field = _ON_A_FIELD.fullmatch(text) if kind == "document" else None
    if bare_field:  # "memorandum on emergency prevention and response": on cooperation in that field
        yield f"{bare_field.group('noun')} on cooperation in the field of {bare_field.group('field')}"
    establishing = _ESTABLISHING.match(text) if kind == "document" else None
    if establishing:  # "the agreements establishing the twin-city relations": each one an agreement on establishing them
        from briefing.extract.lexicon import SINGULAR_DOCUMENTS

        noun = establishing.group("noun").lower()
        yield f"{SINGULAR_DOCUMENTS.get(noun, noun)} on establishing {text[establishing.end():]}"
    border = _DEMONYM_PAIR_BORDER.search(text) if kind == "document" else None
    if border:  # "on the Tajik-Kyrgyz border": the border between Tajikistan and Kyrgyzstan
        yield _border_between(border, text)
    if _ATTRIBUTE_BEFORE_PAIR.search(text):  # "Intergovernmental Turkmen-Azerbaijani Commission": the pair first
        yield _ATTRIBUTE_BEFORE_PAIR.sub(r"\g<pair> \g<attribute> Commission", text)
    if kind == "document" and _ORDINAL_WORD.search(text):  # "the fifth session": as the 5th, which composition reads
        yield _ORDINAL_WORD.sub(lambda match: f"{_ORDINALS.index(match.group(1).lower()) + 1}th", text)
    if _HOUSES_OF_A_PARLIAMENT.search(text):  # "the Hungarian unicameral National Assembly": how many houses is no name
        yield _HOUSES_OF_A_PARLIAMENT.sub("", text)
    parliamentary = _PARLIAMENTARY_OFFICE.fullmatch(text) if kind == "title" else None
    if parliamentary:
        yield f"{parliamentary.group('office')} of the {parliamentary.group('side')}Parliament"
    body_before_head = _BODY_BEFORE_HEAD.fullmatch(text) if kind == "title" else None
    if body_before_head:
        yield f"{body_before_head.group('office')} of the {body_before_head.group('body')}"
    office_then_chamber = _OFFICE_THEN_CHAMBER.fullmatch(text) if kind == "title" else None
    if office_then_chamber:  # "Chairman Senate of Pakistan" (Pakistani usage): the Chairman of the Senate of Pakistan
        yield f"{office_then_chamber.group('office')} of the {office_then_chamber.group('rest')}"
    if kind == "title" and re.search(r"\s[-–—]\s+(?=[A-Z])", text):
        # "Deputy Chairman of the Cabinet of Ministers - Chairman of the State Committee …": two offices, each with its
        # own owner, as after a comma
        yield re.sub(r"\s+[-–—]\s+(?=[A-Z])", ", ", text)
    glued = _COUNTRY_GLUED_TO_BODY.search(text)
    if glued and _is_country(glued.group("country")):  # "Cabinet of Ministers Kyrgyzstan": of Kyrgyzstan
        yield f"{text[:glued.start('country')]}of {glued.group('country')}"
    if _PRESIDENTIAL_BODY.search(text):  # "Presidential Administration of X": the Administration of X's President
        yield _PRESIDENTIAL_BODY.sub("Administration of the President", text)
    if kind == "document" and _IN_YEARS.search(text):  # "Programme … in 2020 – 2021": the period it is for
        yield _IN_YEARS.sub(r" for \g<from_year>-\g<to_year>", text)
    if kind == "title" and _UNION_MINISTER.search(text):  # India's "Union Minister": a minister of the Union
        yield _UNION_MINISTER.sub("", text)  # government, named as any minister is («министр финансов Индии»)
    if kind == "title" and _ADVISER_TO.match(text):  # "Advisor to the X Department": of it
        yield _ADVISER_TO.sub(r"\g<office> of ", text, count=1)
    if _PARLIAMENTARY_BODY.search(text):  # "Parliamentary Standing Committee on X": a committee
        yield _PARLIAMENTARY_BODY.sub("", text)
    shared = _SHARED_PLURAL.search(text) if kind != "title" else None
    if shared:  # "between the Ministries of Foreign Affairs of A and B": each side's own ministry
        yield _each_side(shared, text)
    country_first = _country_name_before(text) if kind == "institution" else None
    if country_first:  # "Pakistan Academy of Sciences": the Academy of Sciences of Pakistan
        yield f"{text[len(country_first):].strip()} of {country_first}"


def _country_name_before(text: str) -> str | None:
    """The country's name (not a demonym) that opens an institution's name and is followed by more of it."""
    from briefing.extract.lexicon import REGIONS_NAMED_LIKE_COUNTRIES, countries_in, country_names

    found = countries_in(text)
    if not found or found[0][0] != 0 or found[0][1] >= len(text.rstrip()):
        return None
    name = text[: found[0][1]]
    key = name.lower()
    return name if key in country_names() and key not in REGIONS_NAMED_LIKE_COUNTRIES else None


def _border_between(border: re.Match[str], text: str) -> str:
    from briefing.extract.lexicon import country_code, english_name

    codes = [country_code(border.group(side)) for side in ("first", "second")]
    if None in codes:
        return text
    first, second = (english_name(code) for code in codes if code)
    return f"{text[:border.start()]}the {border.group('border')} between {first} and {second}{text[border.end():]}"


def _each_side(shared: re.Match[str], text: str) -> str:
    body = shared.group("body")
    one = (f"Ministry of {shared.group('field')}" if shared.group("field") else
           "Ministry of Foreign Affairs" if body.lower().startswith("foreign") else body[:-1])
    return f"{text[:shared.start()]}the {one} of {shared.group('first')} and the {one} of {shared.group('second')}" \
           f"{text[shared.end():]}"


_COMMISSION_FOR = re.compile(r"\b(Commission|Committee)\s+for(?=\s+[A-Z])", re.IGNORECASE)
_DEMONYM_REGION = re.compile(r"(?:the\s+)?[A-Z][a-z]+\s+(?P<division>region|province|governorate)\s+of\s+(?P<name>[A-Z][\w-]+)")
_FIELD_DEVELOPMENT = re.compile(r"\b(for|on)\s+(?!the\b)([A-Za-z]+(?:\s+(?!and\b)[a-z]+)?)\s+[Dd]evelopment\b")
_ORDINALS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
             "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth").split()
# "memorandum of economic cooperation": a kind of cooperation after "of" is what the document is on
_OF_KIND_OF_COOPERATION = re.compile(r"^((?:the\s+)?(?:memorandum|agreement|protocol|treaty|declaration)\s+)of"
                                     r"(?=\s+(?!understanding\b|intent\b)[a-z][\w-]*(?:\s+and\s+[a-z][\w-]*)?\s+cooperation\b)",
                                     re.IGNORECASE)
_ROMAN_ORDINAL = re.compile(r"\b([IVXL]{1,7})(?=\s+(?:session|meeting|sitting|round)\b)")
_DOCUMENT_NOUN = r"(?P<noun>document|agreement|memorandum|protocol|programme|program|plan|roadmap)"
_FIELD_COOPERATION_NOUN = re.compile(rf"(?:the\s+|a\s+)?(?P<field>[a-z][\w-]*(?:\s+and\s+[a-z][\w-]*)?)\s+cooperation\s+"
                                     rf"{_DOCUMENT_NOUN}", re.IGNORECASE)
_ON_A_FIELD = re.compile(rf"(?:the\s+|a\s+)?{_DOCUMENT_NOUN}\s+on\s+(?!cooperation\b|the\b)(?P<field>[a-z][\w\s-]{{2,60}})",
                         re.IGNORECASE)
_ESTABLISHING = re.compile(r"(?:the\s+)?(?P<noun>agreements?|memorand(?:um|a|ums)|protocols?|treaty|treaties)\s+"
                           r"(?:on\s+)?establishing\s+(?:the\s+)?", re.IGNORECASE)
_DEMONYM_PAIR_BORDER = re.compile(r"\b(?:the\s+)?(?P<first>[A-Z][a-z]+)[-–](?P<second>[A-Z][a-z]+)\s+"
                                  r"(?P<border>(?:state\s+)?border)\b")
_ATTRIBUTE_BEFORE_PAIR = re.compile(r"\b(?P<attribute>Intergovernmental|Inter-governmental|Joint)\s+"
                                    r"(?P<pair>[A-Z][a-z]+-[A-Z][a-z]+)\s+Commission\b")


def _roman_value(numeral: str) -> int:
    values = {"I": 1, "V": 5, "X": 10, "L": 50}
    digits = [values[letter] for letter in numeral]
    return sum(-value if value < after else value for value, after in zip(digits, [*digits[1:], 0], strict=True))


_ORDINAL_WORD = re.compile(rf"\b({'|'.join(_ORDINALS)})(?=\s+(?:session|meeting|sitting|round)\b)", re.IGNORECASE)
_HOUSES_OF_A_PARLIAMENT = re.compile(r"\b(?:unicameral|bicameral|one-chamber|two-chamber)\s+", re.IGNORECASE)
_OFFICE_THEN_CHAMBER = re.compile(r"(?P<office>(?:(?:First\s+)?Deputy\s+|Vice\s+)?(?:Speaker|Chairman|Chairwoman|Chairperson|Chair))\s+"
                                  r"(?P<rest>(?:Senate|National\s+Assembly|Mazhilis|Majilis|Majlis|Parliament)\b.*)")
# "Kyrgyz Chamber of Commerce and Industry President": the head of a body named before the office, as English
# writes it before a name
_BODY_BEFORE_HEAD = re.compile(r"(?P<body>[A-Z][\w’'-]*(?:\s+(?:(?:of|and|for)\s+(?:the\s+)?)?[A-Z][\w’'-]*)*\s+"
                               r"(?:Chamber|Agency|Council|Committee|Union|Association|Academy|University|Institute|Bank|"
                               r"Fund|Centre|Center|Service|Corporation|Company|Foundation)"
                               r"(?:\s+(?:of|for|and)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*)*)?)\s+"
                               r"(?P<office>President|Chairman|Chairwoman|Chair|Director|Director\s+General|Head|Rector|"
                               r"Governor|Chief\s+Executive)")
# "Georgian Parliamentary Chairman": the Chairman of the Georgian Parliament
_PARLIAMENTARY_OFFICE = re.compile(r"(?P<side>(?:[A-Z][a-z]+\s+)?)Parliamentary\s+(?P<office>Chairman|Chairwoman|Chair|Speaker)")
# "Senate Speaker of the Kazakh Parliament"; "Kazakhstan senate chairman of the Parliament" (the country first, any case)
_CHAMBER_BEFORE_OFFICE = re.compile(r"(?:(?P<country>[A-Z][a-z]+)\s+)?"
                                    r"(?P<chamber>(?i:Senate|Mazhilis|Majilis|Majlis|Duma|Assembly|Chamber|House|Khural|Council))\s+"
                                    r"(?P<office>(?i:(?:(?:First\s+)?Deputy\s+|Vice\s+)?(?:Speaker|Chairman|Chairwoman|Chairperson|Chair)))"
                                    r"\s+of\s+(?P<rest>(?:the\s+)?.+)")


@functools.lru_cache(maxsize=8192)
def _composed(text: str, lang: str, kind: str, country: str | None, lexicon: Lexicon,
              termbase: Termbase) -> tuple[str, bool] | None:
    """Composition is a pure function of its inputs and of one version of the lexicon and termbase
    (each an object per file version): the same titles recur across languages and articles."""
    readings = _readings(text, kind, country, lexicon, termbase)
    for reading in readings:
        composer = _Composer(lang, lexicon, termbase, readings.parser, country)
        try:
            result = composer.document(reading) if isinstance(reading, Document) else composer.node(reading)
        except _Unknown:
            continue
        return result.text, composer.confirmed
    return None


class _Readings:
    """The readings of one English name, most specific first, parsed once for every language.

    Parsing is the larger part of composing, and it does not depend on the language; a language
    takes readings until one composes, so they are produced only as far as some language asked.
    """

    def __init__(self, text: str, kind: str, country: str | None, lexicon: Lexicon, termbase: Termbase) -> None:
        self.parser = _Parser(lexicon, termbase, text, country)
        words = self.parser.tokens(text)
        self._unread: Iterator[Node | Document | Titles] = iter(self.parser.parse(words, kind) if words else ())
        self._read: list[Node | Document | Titles] = []

    def __iter__(self) -> Iterator[Node | Document | Titles]:
        index = 0
        while True:
            if index == len(self._read):
                reading = next(self._unread, None)
                if reading is None:
                    return
                self._read.append(reading)
            yield self._read[index]
            index += 1


@functools.lru_cache(maxsize=2048)
def _readings(text: str, kind: str, country: str | None, lexicon: Lexicon, termbase: Termbase) -> _Readings:
    return _Readings(text, kind, country, lexicon, termbase)


def compose(text: str, lang: str, kind: str, country: str | None = None, *,
            lexicon_path: str | Path | None = None, termbase_path: str | Path | None = None) -> str | None:
    """The native official form of an English title, institution or document name, or None.

    ``compose("Chairman of Kyrgyzstan's Cabinet of Ministers", "ru", "title")`` →
    «Председатель Кабинета Министров Кыргызской Республики». See :func:`compose_with_status`.
    """
    result = compose_with_status(text, lang, kind, country, lexicon_path=lexicon_path, termbase_path=termbase_path)
    return result[0] if result is not None else None


def country_of(text: str, *, lexicon_path: str | Path | None = None,
               termbase_path: str | Path | None = None) -> str | None:
    """The ISO code when ``text`` is nothing but a country's name the lexicon or termbase knows.

    The lexicon's ``country`` and ``state`` rows carry spellings CLDR lacks ("Turkiye" without its
    umlaut, "Republic of Türkiye"): a party or an object written so is still that country.
    """
    lexicon = load_lexicon(lexicon_path or default_lexicon_path())
    termbase = _default_termbase(Path(termbase_path) if termbase_path else
                                 resources.termbase_in(resources.default_locales_dir()))
    bare = re.sub(r"^the\s+", "", text.strip(), flags=re.IGNORECASE)
    found = _country_keys(lexicon, termbase).get(_key(bare))
    return found[0] if found is not None else None


def short_country_name(code: str, lang: str, *, lexicon_path: str | Path | None = None) -> tuple[str, bool] | None:
    """The lexicon's short name of the country ``code`` in ``lang`` («США», «АҚШ», «АНУ») and whether it is
    confirmed; None when the lexicon has none and CLDR's name stands."""
    row = _country_row(load_lexicon(lexicon_path or default_lexicon_path()), code, lang)
    return (row.cell(lang), row.confirmed(lang)) if row is not None else None


def _country_row(lexicon: Lexicon, code: str, lang: str) -> Row | None:
    """The lexicon's ``country`` row for ``code`` with a name in ``lang``."""
    return next((row for row in lexicon.of_kind("country") if code in row.scope and row.cell(lang)), None)
