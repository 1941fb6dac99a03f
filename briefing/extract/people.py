"""People: names with their titles, countries and institutions; participants versus people
mentioned in passing.

Names are runs of capitalized words that are not words of the genre (offices, institutions,
countries, months), including initials ("U. Khurelsukh", "A.V.Novakov") and the Mongolian
"Davaasuren.Ts" style. Titles are read before a name ("Mongolian President X", "the Speaker of
the Mazhilis, X") and after it ("X, Deputy Prime Minister and Minister of Foreign Affairs of
Kazakhstan,").
"""

from __future__ import annotations

import difflib
import functools
import itertools
import re
import typing as t
from dataclasses import dataclass, field

from briefing.extract.lexicon import (
    BARE_INITIALS,
    CITY_TO_COUNTRY,
    DEMONYMS,
    EVENT_WORDS,
    GEO_WORDS,
    HONORIFICS,
    HONOURS,
    KNOWN_INSTITUTIONS,
    LEADERS,
    MONTH_WORDS,
    MULTIWORD_CITIES,
    NATIONAL_OFFICE_NAMES,
    NATIONAL_OFFICES,
    NON_NAME_WORDS,
    ORG_HEADS,
    OUTLETS,
    PLURAL_TITLES,
    POSSESSIVE_END,
    REGION_TO_COUNTRY,
    SHORT_OFFICES,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    VENUES,
    WEEKDAYS,
    countries_in,
    country_code,
    country_codes_in,
    is_country_word,
    one_body_of_each,
)
from briefing.extract.text import Context, Sentence, SpanSet, fold, opens_in_another_month
from briefing.ingest import MONTH_PATTERN
from briefing.models import Person
from briefing.names import english
from briefing.names._text import REGNAL_NUMBERS

# "M. Venkaiah Naidu"; Indian and some Central Asian outlets drop the full stop ("M Venkaiah Naidu", "Chynybai A
# Tursunbekov"): a bare capital counts as an initial only after a capitalized word and before a name
_INIT = r"(?:[A-Z][a-z]?\.|(?<=[a-z]\s)[A-Z](?=\s[A-Z][a-z]))"
# "al-Ghazali", "McAllister", "Noor-E-Alam" (a one-letter link between two parts); not "X’s"
# "M'tumuke", "O'Brien", "D'Alema": one capital and an apostrophe open the name (never "I'll" or "I've")
_WORD = r"(?:(?:al|el|ad|as|ash|at|ul)-)?(?:Ma?c(?=[A-Z]))?(?:[A-Z]['’](?:[A-Z][a-z]+|[a-z]{3,})|[A-Z][a-z]+)(?:[-'’](?!s\b)(?:[A-Z]?[a-z]+|[A-Z](?=-[A-Z][a-z])))*"
NAME_TOKEN = re.compile(rf"(?<![\w.-])(?:{_INIT}\s?){{0,2}}{_WORD}(?:\.[A-Z][a-z]?(?![\w.]))?(?![\w])")
# "Putin’s visit"; never "President Raisi's and Cuban President X signed", a stray 's before "and" that owns nothing
_POSSESSIVE = re.compile(r"['’]s\b(?!\s+and\b)|(?<=s)['’](?=\s+[a-z])")  # "Mattis’ visit" too
# "Library and Archive Dept. Head": a body's short word keeps its full stop
_TITLE_TOKEN = re.compile(r"\([^()\n]{1,40}\)|(?:[A-Z]\.){2,}|(?:Dept|Govt|Corp|Univ|Admin)\.(?=\s)|[A-Za-z][\w’'.-]*[\w]|"
                          r"[A-Za-z]|,|[^\s\w]")
_CONNECTORS = {"of", "the", "for", "and", "&", "in", "to", "on", "under", "de", "at"}
# the offices that go on over "to" a country: "Ambassador of Japan to Mongolia", "Adviser to the President"
_ENVOY = re.compile(r"ambassador|envoy|advis|representative|consul|attach|delegate|nuncio", re.I)
_STOP = {"who", "which", "that", "was", "were", "is", "are", "has", "have", "had", "will", "would",
         "said", "held", "met", "with", "by", "during", "discussed", "signed", "noted", "also", "as",
         "told", "says", "tells", "wrote", "writes", "spoke"}  # "X, the head of the committee told journalists"
# the offices that serve another: "counselor to the President", "adviser to the Prime Minister"
_AIDES = frozenset({"counselor", "counsellor", "adviser", "advisor", "aide", "assistant"})


_MENTIONED_CONTEXT = re.compile(
    r"\b(?:visit|visits|initiatives?|greetings|wishes|message|behalf|instructions?|letter|decree|order|"
    r"congratulations|regards|name|memory|policy|leadership|(?<!at\sthe\s)(?<!on\sthe\s)(?<!upon\sthe\s)invitation|"
    r"proposal|era|words|"
    r"tenure|presidency|administration|doctrine|role|course|strategy|concept|ideas?|address|speech|reforms|"
    r"vision|legacy|contribution|friendship|efforts|support)\s+(?:of|from|by)\s+(?:the\s+)?$"
    # "regular and constructive negotiations between the President X and ...": habitual contacts, not the event
    r"|\b(?:regular|constant|ongoing|previous|earlier|past|former)\b[\w\s-]{0,30}?"
    r"\b(?:negotiations|talks|meetings|contacts|dialogue|summits)\s+between\s+(?:the\s+)?$"
    r"|\b(?:greetings|regards|wishes|congratulations|condolences|message|letter)\s+to\s+(?:the\s+)?$"
    # "reminisced on his long standing relationship with the President of the National Assembly, X": an old bond
    r"|\b(?:relationship|acquaintance)\s+with\s+(?:the\s+)?$"
    # "X, diplomatic counselor to French President Y": the one an aide serves, named in the aide's office
    rf"|\b(?:{'|'.join(sorted(_AIDES))})\s+to\s+(?:the\s+)?$"
    r"|\b(?:wishes|greetings|regards|congratulations|condolences)\s+from\s+(?:the\s+)?$"
    # "conveyed an invitation to visit his country from the President of X, Y": the inviter stays at home
    r"|\binvitation\s+to\s+(?:visit|come)\b[^.;,]{0,30}?\bfrom\s+(?:the\s+)?$"
    # "handed B a letter of invitation to visit the island, sent by the president of the Parliament, X"
    r"|\b(?:letter|message|invitation)\b[^.;]{0,80}?\bsent\s+by\s+(?:the\s+)?$"
    # "the agreements reached by President X and President Y", "instructions given by X": earlier acts of others
    r"|\b(?:reached|agreed|achieved|given|issued|set|initiated|proposed|launched)\s+by\s+(?:the\s+)?$"
    # "the previous session, chaired by X", "thanked X for the invitation": someone of another occasion
    r"|\b(?:previous|earlier|last|former|first)\s+(?:\w+\s+){0,3}?(?:meeting|session|visit|summit|round)\b[^.;]{0,60}?"
    r"\b(?:chaired|co-chaired|hosted|led|initiated|organi[sz]ed)\s+by\s+(?:the\s+)?$"
    r"|\bthank(?:ed|s|ing)?\s+(?:the\s+)?$"
    # "recalled his recent talks with President X on the sidelines of …": talks of another occasion
    r"|\b(?:recalled|recalling|recalls|mentioned|referred\s+to)\s+(?:his|her|their|the)\s+(?:recent\s+|earlier\s+|previous\s+|last\s+)?"
    r"(?:talks|meeting|meetings|conversation|phone\s+(?:call|conversation)|negotiations|contacts)\s+with\s+(?:the\s+)?$"
    r"|\b(?:cites|citing|quoting|according to)\s+(?:the\s+)?$"
    # "a park named after General X", "a monument to X": a person honoured, not present
    r"|\b(?:named\s+after|in\s+hono(?:u)?r\s+of|in\s+memory\s+of|dedicated\s+to|monument\s+to|portrait\s+of)\s+(?:the\s+)?(?:\w+\s+)?$"
    # "an exhibition focused on his country's founding leader X": the person a show or a book is about
    r"|\b(?:exhibitions?|museum|film|book|festival|statue|monument|memorial)\b[^.;]{0,40}?\b(?:focused\s+on|devoted\s+to|"
    r"dedicated\s+to|about|featuring|on\s+the\s+life\s+of)\s+(?:[\w'’-]+\s+){0,4}$"
    # "a trip to Mongolia by French President X in May": the visit of another occasion, its guest named by it
    r"|\b(?:visit|trip|tour)\s+to\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+by\s+(?:the\s+)?$"
    # "paid tribute to President X at his mausoleum", "laid a wreath at the monument to X": the dead, honoured
    r"|\b(?:paid\s+(?:a\s+)?tribute\s+to|paid\s+(?:his\s+|her\s+|their\s+)?respects\s+to|laid\s+(?:a\s+)?wreaths?\s+"
    r"(?:at|to)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:monument|memorial|mausoleum|grave|tomb)\s+(?:of|to))\s+(?:the\s+)?(?:\w+\s+)?$"
    r"", re.I)
EVENT_TRIGGERS = re.compile(
    r"\b(?:met|meet|meets|meetings?|talks|negotiations|discussions|consultations|signed|sign|signing|inked|co-chaired|"
    r"chaired|congratulated|call(?:ed|s|ing)\s+on|"
    r"conversation|call|visit|visited|visiting|received|receives|receiving|held|discussed|attended|"
    r"took part|participated|also\s+(?:participate|participates|take\s+part|takes\s+part|attend|attends)|exchanged|welcomed|hosted|led by|headed the|(?:spoke|talked)\s+(?:\w+\s+)?with|delegation\s+(?:is\s+|was\s+)?headed\s+by|credentials|"
    r"led\s+the\s+(?:[\w-]+\s+)?delegation|(?:side|delegation|party)\s+(?:was|were|is)\s+represented\s+by|"
    r"present(?:ed|ing)?(?!-day)|joint\s+(?:press|news)[\s-]+(?:conference|briefing)\s+with|"
    r"put\s+(?:their|his|her)\s+signatures?|"
    r"(?:make|makes|made|making|take|takes|took)\s+the\s+(?:[\w-]+\s+)?trip\b|"  # "X and his wife will make the trip"
    # "It is planned for the members also to talk over … with Chairman X": talks with those named, to come
    r"(?:talk|talks)\s+over\b[^.;]{0,200}?\bwith)\b", re.I)
# "As he told a joint press conference with X, a working group will be formed": the future is what was told, the
# telling (and whoever it names) the event
AS_TOLD = re.compile(r"\W*As\s+(?:he|she|they|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)\s+(?:told|said|announced|noted)\b[^,;]*,")
_MONGOLIAN_PATRONYMIC = re.compile(r"^[A-Z][a-z]{3,}(?:iin|yin|iyn|yn|giin|ын|ийн)$")
_AREA_WORDS: set[str] = set()


_PLACE_BEFORE = re.compile(r"\b(?:visited|visiting|visit|toured|tour of|opened|in|at|to|from|of)\s+(?:the\s+)?$", re.I)


@dataclass
class Mention:
    start: int
    end: int
    text: str
    tokens: list[str]
    in_quote: bool
    sentence: Sentence
    title: str | None = None
    title_start: int | None = None
    titled: bool = False  # a title word stands right before the name
    possessive: bool = False  # "Putin’s visit": the person owns a thing, not an action of this sentence
    nickname: str | None = None  # "Joko “Jokowi” Widodo": the name the text may use alone ("President Jokowi")


@dataclass
class Candidate:
    name: str
    tokens: list[str]
    mentions: list[Mention] = field(default_factory=list)
    title: str | None = None
    country: str | None = None
    organization: str | None = None
    participant: bool = False
    mentioned_vote: bool = False
    aliases: list[str] = field(default_factory=list)  # offices the text uses instead of the name
    why: str = ""  # why a participant or a person mentioned
    one_side_with: str | None = None  # "the Senate and Majilis speakers – A and B": the other one named with this one
    gender: str | None = None  # "female" or "male" where the text tells it (tell_genders)

    @property
    def first(self) -> Mention:
        return self.mentions[0]

    def add_why(self, reason: str) -> None:
        """One more reason the rules give for what they decided about the person."""
        self.why = (self.why + "; " if self.why else "") + reason

    def give_country(self, code: str, reason: str) -> None:
        """The country a rule gives the person, and the reason, added to why the person was kept."""
        self.country = code
        self.add_why(f"country: {reason}")


def _lexical(token: str) -> bool:
    """A capitalized word of the genre rather than of a name."""
    return _genre_word(token) or _area_word(token) or _misspelt_office(_bare(token)) is not None


# offices long enough that one dropped letter still tells them ("Deputy Mnister Alexander Fomin", "Foreign Minsters")
_LONG_OFFICES = ("minister", "ministry", "president", "ambassador", "chairman", "secretary", "governor",
                 "ministers", "presidents", "ambassadors", "secretaries", "governors")


_WORDS_AN_OFFICE_SHORT = frozenset(("resident", "residents"))  # English words one letter short of an office
_MISSPELT_WORD = re.compile(r"\b[A-Za-z]{7,}\b")


def _corrected_office(word: str) -> str:
    """The office a misspelt word stands for, with the word's capital; other words as they are."""
    office = _misspelt_office(word.lower())
    if office is None:
        return word
    return office.capitalize() if word[0].isupper() else office


@functools.lru_cache(maxsize=4096)
def _misspelt_office(low: str) -> str | None:
    """The office word ``low`` is with one letter dropped, as sources sometimes print it ("Mnister", "Presdent")."""
    if len(low) < 7 or low in _LONG_OFFICES or low in _WORDS_AN_OFFICE_SHORT:
        return None  # "governor" is no "governors" with a letter dropped, a "non-resident Ambassador" no president
    return next((office for office in _LONG_OFFICES if len(office) == len(low) + 1 and
                 any(office[:i] + office[i + 1:] == low for i in range(len(office)))), None)


_LEADING_INITIALS = re.compile(rf"^(?:{_INIT}\s?)+(?=[A-Z][a-z])")


def _bare(token: str) -> str:
    token = _LEADING_INITIALS.sub("", token)  # "U.S. Ambassador" -> "Ambassador"
    return POSSESSIVE_END.sub("", token.lower().rstrip("."))


def _area_word(token: str) -> bool:
    if not _AREA_WORDS:
        from briefing.vocabulary import COOPERATION_AREAS

        for term in COOPERATION_AREAS.values():
            for alias in (term.key, *term.aliases):
                _AREA_WORDS.update(re.split(r"[\s-]+", alias))
    return _bare(token) in _AREA_WORDS


def genre_word(token: str) -> bool:
    """A capitalized word of the genre (an office, institution, place, month) rather than of a name."""
    return _genre_word(token)


# month abbreviations that are also given names ("Jan Novak", "Kim Jun", "May Ling"): a month only when abbreviated
# with its dot ("Jan. 5"); a date without the dot is read by the date rules, never as a person
_NAME_LIKE_MONTHS = frozenset({"jan", "jun", "may", "mar"})


def _genre_word(token: str) -> bool:
    """An office, institution, place, month or other word of the genre (areas of cooperation aside)."""
    low = _bare(token)
    if not token.isascii() and not is_country_word(token) and low not in MONTH_WORDS:
        return False  # "Tô Lâm": a word with its own diacritics is a name's, never the English "to"
    return (
        low in NON_NAME_WORDS or low in ORG_HEADS or low in TITLE_HEADS or low in TITLE_MODIFIERS
        or (low in MONTH_WORDS and not (low in _NAME_LIKE_MONTHS and not token.endswith(".")))
        or low in EVENT_WORDS or low in GEO_WORDS
        or low in KNOWN_INSTITUTIONS or low in OUTLETS or is_country_word(token)
        or (low.endswith("bank") and len(low) > 6)  # "Bundesbank", "Sberbank": a bank, not a surname
        # "Vice-Speaker", but never a Korean given name's second syllable ("Jae-in", "Jong-un")
        or any(part in NON_NAME_WORDS or part in ORG_HEADS for part in low.split("-") if len(low.split("-")) > 1 and len(part) > 2)
        or len(low) > 7 and low.endswith("ation")  # "Minister for Monitoring and Evaluation X": a portfolio, no name
    )


def significant(tokens: t.Iterable[str]) -> list[str]:
    """Name parts without initials: 'U. Khurelsukh' -> ['khurelsukh'], 'Davaasuren.Ts' -> ['davaasuren']."""
    return list(_significant(tuple(tokens)))


@functools.lru_cache(maxsize=4096)
def _significant(tokens: tuple[str, ...]) -> tuple[str, ...]:
    result = []
    for token in tokens:
        token = re.sub(rf"^(?:{_INIT}\s?)+", "", token)
        token = re.sub(r"\.[A-Z][a-z]?$", "", token)
        token = re.sub(r"^(?:[Aa]l|[Ee]l|[Aa][dnrstz]|[Aa]sh)-(?=\w{3})", "", token)  # "Al-Yusuf" is Yusuf with its article
        if len(token) >= 2 and not token.endswith("."):
            result.append(token.lower())
    return tuple(result)


@functools.lru_cache(maxsize=8192)
def _similar(a: str, b: str) -> bool:
    if a == b:
        return True
    if min(len(a), len(b)) < 5:
        return False
    if len(a) == len(b) >= 7 and a[:5] == b[:5] and sorted(a) == sorted(b):
        return True  # two letters swapped: "Batyrshayev" / "Batyrshavey"
    return difflib.SequenceMatcher(None, a, b).ratio() >= 0.85


def similar_words(a: str, b: str) -> bool:
    """Two spellings of one name part ('Ashimbayev' / 'Ashymbayev')."""
    return _similar(a, b)


_ARABIC_STYLES = frozenset({"sheikh", "shaikh", "sheik", "sheikha", "shaikha", "emir", "amir", "prince", "king"})


def same_person(a: t.Sequence[str], b: t.Sequence[str]) -> bool:
    """Every significant part of the shorter name matches a part of the longer one."""
    sa, sb = significant(a), significant(b)
    if not sa or not sb:
        return False
    short, long = (sa, sb) if len(sa) <= len(sb) else (sb, sa)
    if len(short) >= 4 and len(long) > len(short) and not _similar(short[0], long[0]) and \
            long[0] not in _ARABIC_STYLES and not _lexical(long[0]) and any(_similar(short[0], y) for y in long[1:]):
        return False  # "Mohammed bin Rashid Al Maktoum" inside "Hamdan bin Mohammed bin Rashid Al Maktoum": the father
    for addressed, named in ((short, long), (long, short)):
        if len(addressed) == 2 and _PATRONYMIC.search(addressed[1]) and not any(_PATRONYMIC.search(y) for y in named):
            return _similar(addressed[0], named[0])  # "Sadyr Nurgozhoevich", the formal address of Sadyr Japarov
    return all(any(_similar(x, y) or _short_form_of(x, y) or _first_of_compound(x, y) for y in long) for x in short)


def _first_of_compound(a: str, b: str) -> bool:
    """'François' of 'François-Philippe': the press shortens a compound given name to its first part."""
    return len(a) >= 4 and len(b) >= 4 and (b.startswith(a + "-") or a.startswith(b + "-"))


# a Russian-style patronymic ("Nurgozhoevich", "Vladimirovna"): "Given Patronymic" is how one addresses a person
_PATRONYMIC = re.compile(r"(?:ovich|evich|yevich|ovna|evna|yevna)$")


# English given names and the short forms the press uses for the same person ("British Ambassador Katherine Jane
# Leach" … "Kathy Leach"): first names only, so a short form never matches a surname
_SHORT_FORMS = {full: frozenset(shorts.split()) for full, shorts in (
    ("katherine", "kathy kate katie kath"), ("catherine", "cathy kate katie"), ("elizabeth", "liz beth betty lizzie"),
    ("william", "bill billy will"), ("robert", "bob bobby rob"), ("michael", "mike mick"), ("james", "jim jimmy"),
    ("anthony", "tony"), ("thomas", "tom tommy"), ("richard", "rick dick richie"), ("david", "dave"),
    ("christopher", "chris"), ("alexander", "alex"), ("nicholas", "nick"), ("andrew", "andy drew"),
    ("daniel", "dan danny"), ("joseph", "joe"), ("stephen", "steve"), ("steven", "steve"), ("jennifer", "jenny jen"),
    ("margaret", "maggie meg peggy"), ("patricia", "pat patty"), ("susan", "sue susie"), ("edward", "ed ted eddie"),
    ("benjamin", "ben"), ("samuel", "sam"), ("jonathan", "jon"), ("matthew", "matt"), ("timothy", "tim"),
    ("gregory", "greg"), ("kenneth", "ken"), ("ronald", "ron"), ("donald", "don"), ("gerald", "gerry jerry"),
    ("deborah", "debbie deb"), ("rebecca", "becky"), ("victoria", "vicky"), ("alexandra", "sasha alex"),
)}


def _short_form_of(a: str, b: str) -> bool:
    return a in _SHORT_FORMS.get(b, ()) or b in _SHORT_FORMS.get(a, ())


# -- finding names ------------------------------------------------------------------------


def find_mentions(context: Context, blocked: t.Sequence[tuple[int, int]] = ()) -> list[Mention]:
    """Name mentions in body sentences, outside ``blocked`` spans (e.g. company names)."""
    mentions = []
    folded = _with_lower_case_surnames(context.folded)
    for sentence in context.sentences:
        tokens = list(NAME_TOKEN.finditer(folded, sentence.start, sentence.end))
        for run in _runs(context.text, tokens):
            mention = _name_in_run(context, sentence, run)
            if mention and not any(a <= mention.start < b for a, b in blocked):
                mentions.append(mention)
    return mentions


_LOWER_AFTER_NAME = re.compile(r"(?<=[a-z])[ \t]([a-z]{4,})\b")
_ENGLISH_ENDING = re.compile(r"(?:ed|ing|ly|tion|sion|ment|ness|ity|ous|ive|ful|less|able|ible|ance|ence|ship|ism|ist|"
                             r"ers?|ies|es|al)$")


def _with_lower_case_surnames(folded: str) -> str:
    """'Ali larijani' where the text elsewhere writes 'Larijani': a source's lower-case surname is read
    capitalized (same length), when the capitalized form is in the text and the word reads as no English word."""
    out = None
    for match in _LOWER_AFTER_NAME.finditer(folded):
        word = match.group(1)
        before = re.search(r"([A-Z][a-z]+)$", folded[max(0, match.start() - 30):match.start()])
        capital = word[0].upper() + word[1:]
        if not before or _lexical(before.group(1)) or _ENGLISH_ENDING.search(word) or _lexical(capital) \
                or not re.search(rf"\b{capital}\b", folded) or len(re.findall(rf"\b{word}\b", folded)) > 1:
            continue
        out = out or list(folded)
        out[match.start(1)] = capital[0]
    return "".join(out) if out else folded


# Lower-case particles inside a name: "Mohammed bin Abdulrahman Al-Thani", "Ursula von der Leyen"
_PARTICLES = re.compile(r"[ \t]+(?:bin|bint|binti|ibn|al|el|de|da|do|dos|das|del|van|von|der|den|du|di|la|le)(?:[ \t]+(?:der|den|la))?[ \t]+")


_FATHERS_NAME = re.compile(r"[ \t]+(?:bin|bint|binti|ibn)[ \t]+")
_NAMES_A_FATHER = re.compile(r"[ \t]+(?i:bin|bint|binti|ibn)[ \t]+")  # also "Faisal Bin Farhan Al Saud"


# "Joko “Jokowi” Widodo": a nickname in quotation marks between a given name and a surname
_NICKNAME_OPENS = re.compile(r"[ \t]+[“\"«]")
_NICKNAME_CLOSES = re.compile(r"[”\"»][ \t]+")
_NICKNAME = re.compile(r"[ \t]*[“\"«](?P<nickname>[A-Z][\w-]+)[”\"»]")


def _runs(text: str, tokens: list[re.Match[str]]) -> list[list[re.Match[str]]]:
    runs: list[list[re.Match[str]]] = []
    bridged = False  # the token before was a nickname, left out: the name goes on after it
    for index, token in enumerate(tokens):
        if token.group(0).lower() in WEEKDAYS:  # "Ambassador Raychelle Omamo Sunday held talks": the day ends the name
            runs.append([])
            continue
        gap = text[runs[-1][-1].end():token.start()] if runs and runs[-1] else ""
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if runs and following and _NICKNAME_OPENS.fullmatch(gap) and \
                _NICKNAME_CLOSES.fullmatch(text[token.end():following.start()]):
            bridged = True
            continue
        if bridged:
            bridged = False
            runs[-1].append(token)
            continue
        if runs and runs[-1] and _PARTICLES.fullmatch(gap) and (not _lexical(runs[-1][-1].group(0)) or _FATHERS_NAME.fullmatch(gap)) and \
                (not _lexical(token.group(0)) or _FATHERS_NAME.fullmatch(gap)):
            # "Prince Sultan bin Saad": before "bin" stands a given name, even one that is a word of the genre
            runs[-1].append(token)  # "Omar bin Sultan Al Olama": after "bin" comes the father's name, even "Sultan"
            continue
        if runs and runs[-1] and re.fullmatch(r"[ \t]+|[ \t]*\n[ \t]*", text[runs[-1][-1].end():token.start()]):
            runs[-1].append(token)
        else:
            runs.append([token])
    return [run for run in runs if run]


_GENERATION = re.compile(r"(,?[ \t]+(?:Sr|Jr|Snr|Jnr)\.)")
_REGNAL_NUMBER = re.compile(rf"[ \t]+{REGNAL_NUMBERS}(?![\w.-])")
_LOWER_PATRONYMIC = re.compile(r"[ \t]+(uulu|kyzy|uly|qyzy|ogly|oglu|oğlu|kizi|gizi)\b")
_SITE_NAME = re.compile(r"[A-Z][A-Za-z]{2,}\.(?:[A-Z][a-z]|[a-z]{2,4})")  # News.Az, Report.az, Kun.uz


# a text where "Amir" is the emir's style: "His Highness the Amir Sheikh …" of Kuwait or Qatar
_EMIRATE_TEXT = re.compile(r"\b(?:Sheikh|Highness|Kuwait\w*|Qatar\w*|Amiri|Emir)\b")


# a pronoun inside a run of capitals makes it a title or a slogan ("United We Stand Strong"), never a name
_PRONOUNS_IN_A_TITLE = frozenset("We Our Their Your My Its Us".split())
# offices written in letters right before a name ("MP Ali Raza", "PM Modi"); other letters there, but a country's
# ("High Commissioner to the UK Syed Abbas"), name a body whose mission or programme follows ("NATO Enhanced Forward
# Presence")
_OFFICES_IN_LETTERS = frozenset("MP MPs PM FM DPM HE HH MEP MEPs CEO CEOs CFO SG DG MD GM VP NSA EAM CM DCM FS".split())


def _a_bodys_letters(letters: str) -> bool:
    """"NATO", "EU", "OSCE": the letters of a body; not an office ("MP"), a country ("UK") or a man's bare initials
    ("KM Abdul Karim": two or three letters are initials unless they are a well-known body's)."""
    if letters in _OFFICES_IN_LETTERS or country_code(letters):
        return False
    return len(letters) >= 4 or letters in _SHORT_BODIES


_SHORT_BODIES = frozenset("UN EU AU CIS SCO OIC WHO IMF WTO ADB GCC CPC EEU EAEU CSTO".split())


def _name_in_run(context: Context, sentence: Sentence, run: list[re.Match[str]]) -> Mention | None:
    """The trailing name-like words of a run of capitalized words; lexical words may only precede."""
    words = [m.group(0) for m in run]
    fathers = {i for i in range(1, len(run)) if _FATHERS_NAME.fullmatch(context.text[run[i - 1].end():run[i].start()])}
    # the words as written, where a letter with diacritics tells a name's word from a word of the genre ("Tô Lâm")
    written = [context.text[m.start():m.end()] for m in run]
    k = _name_start(written, fathers)
    if k == 1 and len(run) == 2 and written[0] == "Amir" and not _EMIRATE_TEXT.search(context.text) and \
            not re.search(r"\b(?:the|[Hh]is|[Hh]er)\s+$", context.text[max(0, run[0].start() - 5):run[0].start()]):
        k = 0  # "Amir Ohana, the Speaker of the Knesset": a given name where no emir is about
    name_tokens = run[k:]
    if not name_tokens:
        return None
    end_of_name = name_tokens[-1].end()
    possessive = bool(_POSSESSIVE.match(context.text, end_of_name))
    regnal = _REGNAL_NUMBER.match(context.text, end_of_name)
    if re.match(r"\s?\(?[A-Z]{2,}", context.text[end_of_name:end_of_name + 3]) and not regnal:
        return None  # "Kazakh Invest (…)"
    if possessive and len(name_tokens) < 2 and not re.search(r"\.", name_tokens[0].group(0)) and \
            not (k > 0 and words[k - 1].lower() in TITLE_HEADS):
        return None  # "Tashkent’s technopark": a lone possessive word is a place; "President Maithripala’s visit" a man
    name_tokens = _after_coordinated_phrase(context.text, sentence, name_tokens)
    if not name_tokens:
        return None  # "Media and Public Content"
    name_tokens = _without_leading_place_or_body(context.text, sentence, name_tokens)
    if name_tokens and k > 0 and len(name_tokens) > 2 and country_code(f"{words[k - 1]} {name_tokens[0].group(0)}"):
        name_tokens = name_tokens[1:]  # "King of Saudi Arabia Salman bin Abdulaziz": the country ends the office
    country_words = next((size for size in (3, 2) if len(name_tokens) >= size + 2 and
                          country_code(" ".join(m.group(0) for m in name_tokens[:size]))), 0)
    name_tokens = name_tokens[country_words:]  # "High Commissioner in Sri Lanka Bryce Hutchesson": the office's country
    if len(name_tokens) >= 3 and _after_institution_possessive(context.text, sentence, name_tokens[0].start()):
        name_tokens = name_tokens[1:]  # "Chief of the Parliament’s Staff Safa Mirzayev": "Staff" ends the office
    if not name_tokens or _names_a_thing(context.text, name_tokens[-1].end()) and not _korean_surname(context, name_tokens):
        return None
    if _PLACE_NOUN_AFTER.match(context.text, name_tokens[-1].end()):
        return None  # "between Bac Giang and Xaysomboun provinces", "Bac Giang province was": a province's name
    if _NATIVE_NAME_OF_BODY.search(context.text, max(sentence.start, name_tokens[0].start() - 40), name_tokens[0].start()) \
            and context.text.startswith(")", name_tokens[-1].end()):
        return None  # "Tajikistan’s lower house (Majlisi Namoyandagon) of parliament": the house's own name
    texts = [m.group(0) for m in name_tokens]
    if len(texts) >= 2 and texts[0] in ("Early", "Late", "Mid") and re.fullmatch(MONTH_PATTERN, texts[1]):
        return None  # "Early May Tengrinews.kz reported": a time, then an outlet
    if _TITLED_FATHER.search(context.text, max(sentence.start, name_tokens[0].start() - 60), name_tokens[0].start()):
        return None  # "Abdul Rahman bin Dato Setia Haji Mohamed Taib": the father's name, with his titles, is the son's
    if re.search(r"\b(?:party|parties|movement|bloc|faction)\s+$", context.text[max(sentence.start, name_tokens[0].start() - 10):name_tokens[0].start()]):
        return None  # "(oppositionist party Civic Platform, PO)": the party's name
    if " ".join(texts).lower() in VENUES:
        return None  # "at Cheong Wa Dae": the presidential office, a place
    if len(texts) == 1 and _SITE_NAME.fullmatch(texts[0]):
        return None  # "News.Az reports": a news site, not a person "N.Az" read backwards
    if any(common_noun(word) for word in texts):
        return None  # "Radio Broadcasting", "Non-Aligned Movement": words of an institution's name, not a person's
    before = context.text[max(sentence.start, name_tokens[0].start() - 16):name_tokens[0].start()]
    letters = re.search(r"\b([A-Z]{2,6})[ \t]+$", before)
    # ("Executive Director of the HKTDC Margaret Fong": the body ends an office, and a name follows)
    body_of_an_office = letters is not None and re.search(r"\b(?:of|at)\s+(?:the\s+)?[A-Z]{2,6}[ \t]+$", before) is not None
    if k > 0 and words[k - 1] in _PRONOUNS_IN_A_TITLE or letters and _a_bodys_letters(letters.group(1)) and not body_of_an_office:
        return None  # "the motto United We Stand Strong", "the NATO Enhanced Forward Presence": a slogan, a mission
    opening = context.text[max(0, name_tokens[0].start() - 1):name_tokens[0].start()]
    closing = context.text[name_tokens[-1].end():name_tokens[-1].end() + 1]
    if opening and opening in "\"“«" and closing and closing in "\"”»":
        return None  # the project “My Village”: a thing's name, set in its own quotation marks inside a quote
    quote = next((q for q in context.quote_spans if q.start < name_tokens[0].start() < q.end), None)
    if quote and (len(context.text[quote.start:quote.end].split()) <= 4 or title_case(context.text[quote.start:quote.end])):
        return None  # a name in quotation marks is a thing's name ("Kazmedia Ortalyghy", a conference title)
    if country_code(" ".join(words[max(0, k - 1):])) or country_code(" ".join(texts)) or \
            len(texts) == 1 and country_code(re.sub(rf"^(?:{_INIT}\s?)+", "", texts[0])):
        return None  # "United Arab Emirates", "S.Korea"
    initialled = any(_initialled(w) for w in texts)
    titled = k > 0 and words[k - 1].lower() in TITLE_HEADS | set(PLURAL_TITLES)
    if k == 0 and not titled:  # "league member Kobayashi": a lower-case office word right before the name
        lower = re.search(r"\b([a-z]+)[ \t]+$", context.text[max(sentence.start, name_tokens[0].start() - 20):name_tokens[0].start()])
        titled = bool(lower and lower.group(1) in TITLE_HEADS - {"head", "chief", "official", "leader", "leaders"})
    if len(texts) < 2 and not initialled and not titled and k > 0:
        return None  # a lone surname is kept only at the start of a run, to link with a full name later
    if len(texts) > (6 if _NAMES_A_FATHER.search(context.text, name_tokens[0].start(), name_tokens[-1].end()) else 4):
        return None  # "Hamdan bin Mohammed bin Rashid Al Maktoum": a man named with his father and grandfather
    start, end = name_tokens[0].start(), name_tokens[-1].end()
    if start == sentence.start and len(texts) == 1 and not initialled and texts[0].lower() in NON_NAME_WORDS:
        return None
    generation = _GENERATION.match(context.text, end)
    if generation and len(texts) >= 2:
        end = generation.end(1)  # "Richmond Orichos Neufville, Sr., Press Secretary": the suffix ends the name, not an office
    if regnal and (len(texts) >= 2 or titled):
        end = regnal.end()  # "Otumfuo Osei Tutu II", "King Charles III": the number is part of the name
    patronymic = _LOWER_PATRONYMIC.match(context.text, end)
    if patronymic and len(texts) >= 2:  # "Nurlanbek Turgunbek uulu": the Kyrgyz "son of" is part of the name
        end = patronymic.end()
        texts = [*texts, patronymic.group(1)]
    as_written = _GENERATION.sub("", context.text[start:end])  # the name is read without its "Sr."
    nickname = _NICKNAME.search(as_written)
    return Mention(start, end, _NICKNAME.sub("", as_written) if nickname else as_written, texts, context.in_quote(start),
                   sentence, titled=titled, possessive=possessive, nickname=nickname.group("nickname") if nickname else None)


def _after_institution_possessive(text: str, sentence: Sentence, start: int) -> bool:
    """The words start right after an institution in the possessive ("the Parliament’s"); a country
    in the possessive ("Russia’s Sergey Lavrov") may stand right before a name."""
    possessor = re.search(r"\b([A-Z][\w-]*)['’]s\s+$", text[max(sentence.start, start - 40):start])
    return bool(possessor and _genre_word(possessor.group(1)) and not country_code(possessor.group(1)))


def title_case(text: str) -> bool:
    """Most words capitalized: the name of a conference or programme, not speech."""
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", text) if w.lower() not in ("and", "of", "the", "for", "in", "on", "a")]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.75 * len(words)


def _initialled(word: str) -> bool:
    return bool(re.match(_INIT, word) or re.search(r"\.[A-Z][a-z]?$", word))


# the shape of a region's or country's name, never of a given name: Buryatia, Kalmykia, Tatarstan, Nagaland
_PLACE_SHAPE = re.compile(r"(?:ia|iya|stan|land)$")


def _without_leading_place_or_body(text: str, sentence: Sentence, tokens: list[re.Match[str]]) -> list[re.Match[str]]:
    """Leading words that name a place or a body rather than the person.

    "Mayor of Ulaanbaatar S.Batbold" -> "S.Batbold"; "visited Astana Hub" -> no name;
    "Director General of Tatar-Inform Shamil Sadykov" -> "Shamil Sadykov" (a hyphenated body name);
    "Minister of Public Content" -> no name (two words after "of" are the office's complement).
    """
    words = [m.group(0) for m in tokens]
    if " ".join(words) in MULTIWORD_CITIES or " ".join(words).lower() in CITY_TO_COUNTRY or \
            "-".join(words).lower() in REGION_TO_COUNTRY:  # "from Nagorno Karabakh": a region, however hyphenated
        return []
    before = text[max(sentence.start, tokens[0].start() - 30):tokens[0].start()]
    for size in (3, 2):  # "On March 2 in Abu Dhabi Ruslan Kazakbaev", "Mayor of Kuala Lumpur Maimunah Mohd Sharif":
        # a city of two or three words before the name
        if len(words) > size + 1 and " ".join(words[:size]) in MULTIWORD_CITIES and re.search(r"\b(?:in|at|of)\s+$", before):
            return tokens[size:]
    if words[0].lower() in CITY_TO_COUNTRY:
        rest = tokens[1:]
        if len(rest) >= 2 or rest and _initialled(rest[0].group(0)):
            return rest  # the city belongs to the office before the name
        if _PLACE_BEFORE.search(before[-25:]):
            return []  # "visited Astana Hub", "at Tashkent City": a venue named after a city
    if _EVENT_OF.search(before) and len(tokens) >= 2:
        return tokens  # "The meeting of Abdikarim Alimbayev, the governor …": the people of an event, not a body's name
    if _PLACE_OF.search(before) and len(tokens) >= 3:
        size = _place_words(text, words)
        if size:  # "Chairman of … the province of Bac Giang Le Anh Duong": the province, then the man
            return tokens[size:]
    if re.search(r"\b(?:the|of|on)\s+$", before) and not any(_initialled(w) for w in words):
        body_first = re.search(r"\bof\s+$", before) and len(tokens) >= 3 and \
            ("-" in words[0] or _PLACE_SHAPE.search(words[0]))
        # "of Tatar-Inform Shamil Sadykov", "Head of Republic of Buryatia Alexey Tsydenov" keep the person
        return tokens[1:] if body_first else []
    return tokens


def _appositive_of_previous(text: str, title_start: int | None, ends: set[int]) -> bool:
    """Whether an office right before a name follows another name and a comma: that name's appositive."""
    if title_start is None:
        return False
    comma = re.search(r",\s*the\s+$", text[max(0, title_start - 8):title_start])
    return comma is not None and max(0, title_start - 8) + comma.start() in ends


_PLACE_NOUN_AFTER = re.compile(r"(?:\s+and\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?\s+(?:provinces?|regions?|cities|city|oblasts?|"
                               r"prefectures?|districts?|counties|county|aimags?|municipalit(?:y|ies))\b")
_PLACE_OF = re.compile(r"\b(?:province|region|city|oblast|prefecture|district|county|aimag|municipality)\s+of\s+$", re.I)


def _place_words(text: str, words: list[str]) -> int:
    """How many of the leading words name the place, when a name follows them: the rest is a Vietnamese name, or
    the text writes the place on its own elsewhere ("Bac Giang and Xaysomboun provinces")."""
    from briefing.names.vietnamese import looks_vietnamese

    for size in (1, 2):
        if len(words) - size >= 2 and looks_vietnamese(words[size:]):
            return size
    for size in (2, 1):
        place = " ".join(words[:size])
        if len(words) - size >= 2 and re.search(rf"\b{re.escape(place)}(?!\s+[A-Z])", text):
            return size
    return 0


_EVENT_OF = re.compile(r"\b(?:meeting|talks|visit|arrival|participation|presence|speech|reception)\s+of\s+$", re.I)


# A name run that continues into an institution or names a programme is not a person:
# "Ilizarov Restorative Traumatology and Orthopaedics Centre", "Russian Teacher Abroad program", "Udriin Sonin
# newspaper" (a Mongolian title reads like a Mongolian name).
_THING_AFTER = re.compile(r"\s+(?:and\s+(?:[A-Z][\w-]*\s+){0,3}(?:Centre|Center|Institute|University|Company|Fund|"
                          r"Corporation|Agency|Bank|Council|Committee|Association|Foundation)\b|"
                          r"(?:program|programme|project|initiative|award|prize|scholarship|centre|center|company|"
                          r"plant|factory|hotel|park|airport|street|avenue|square|festival|mausoleum|memorial|museum|"
                          # "the Great Steppe Pearl photo exhibition": an event's name
                          r"(?:photo\s+|art\s+|trade\s+)?(?:exhibition|exposition|contest|competition|tournament|concert)|"
                          # "the upcoming Golden Jubilee celebrations": a feast's name
                          r"celebrations?|festivities|ceremon(?:y|ies)|jubilee|anniversary|"
                          # "Hoa Binh province", "Okinawa Prefecture": a place
                          r"(?i:province|region|district|oblast|prefecture|county|city)|"
                          # "Al Ittihadiya presidential palace": a venue
                          r"(?:presidential\s+|royal\s+|government\s+|state\s+)?(?:palace|residence|hall|complex|compound)|"
                          r"newspaper|magazine|journal|daily|weekly|channel|portal|website|outlet|broadcaster)\b)")


_VENUE_WORDS = frozenset("site palace museum monument hall park square street avenue airport station tower "
                         "residence theatre theater stadium arena lounge terminal pavilion".split())
# Words that end the name of a thing, not of a person: a place of worship ("Gandan Monastery"), a royal
# court ("Amiri Diwan"), an award ("Silver Medal"), a document ("Grant Agreements"), a company
# ("Kawasaki Heavy Industries"), a holiday ("Independence Day").
_THING_WORDS = _VENUE_WORDS | frozenset(
    "monastery temple mosque cathedral church shrine mausoleum diwan medal medals award awards prize order "
    "agreement agreements memorandum memoranda treaty treaties protocol protocols declaration contract contracts "
    "industries motors airlines airways holdings group "
    "day anniversary".split())  # a holiday ("Independence Day") is not a person either


# Common nouns that stand capitalized inside the names of bodies, media and projects, and never in a
# person's name; most such nouns are told by their ending instead (see common_noun).
_COMMON_NOUNS = frozenset("radio television press caucus hotel pipeline nation generations delegate "
                          "undersecretary under-secretary region regions province provinces oblast oblasts "
                          "district districts prefecture prefectures county counties "  # "Batken, Naryn Regions": places
                          "dollar dollars cent cents pence euro euros tenge som somoni tugrik ruble rubles rouble "
                          "yuan yen "  # "25 US Dollar Pence": money
                          "times tribune gazette herald belt road "  # "The Tashkent Times", "One Belt, One Road"
                          "minutes protocol memorandum "  # "the Final Protocol/Agreed Minutes": a document's name
                          "asian african european american eurasian southeast northeast southwest northwest".split())
_NOUN_ENDINGS = re.compile(r"(?:tions?|sions?|ments?|ships?|ness|ities|ity|graphy|ology|ologies)$")


def common_noun(word: str) -> bool:
    """A capitalized English common noun ("Broadcasting", "Construction", "Movement", "Radio"), which can
    be part of an institution's name but not of a person's. A gerund counts only when long
    ("Broadcasting", "Engineering"): shorter "-ing" words are often names ("Xi Jinping", "Fleming")."""
    low = word.lower().strip(".")
    if "-" in low:
        return low in _COMMON_NOUNS or any(common_noun(part) for part in low.split("-") if len(part) > 3)
    return low in _COMMON_NOUNS or bool(_NOUN_ENDINGS.search(low)) and len(low) > 7 \
        or low.endswith("ing") and len(low) >= 10


_A_BANKS_NAME = re.compile(r"(?:bank|banka|bankas|banken|banco|banque)$", re.I)


def _korean_surname(context: Context, name_tokens: list[re.Match[str]]) -> bool:
    """'Park will visit Uzbekistan' after 'Speaker Park Byeong-seug': a Korean family name alone, which is also a noun
    (Park, Song, Kang), when the text names the person in full (the family name, then a given name of two syllables)."""
    if len(name_tokens) != 1:
        return False
    surname = name_tokens[0].group(0)
    return re.search(rf"\b{re.escape(surname)}\s+[A-Z][a-z]+-[a-z]+\b", context.text) is not None


def _names_a_thing(text: str, end: int) -> bool:
    last = re.search(r"(\w+)$", text[max(0, end - 30):end])
    bracketed = re.match(r"\)\s+([A-Za-z]+)", text[end:end + 30])  # "«Altan Gadas» (Polar Star) Medal"
    if last and _A_BANKS_NAME.search(last.group(1)):
        return True  # "Latvijas Krājbanka", "Deutsche Bank": a bank, whatever language names it
    return bool(_THING_AFTER.match(text, end)) or bool(last and last.group(1).lower() in _THING_WORDS) or \
        bool(bracketed and bracketed.group(1).lower() in _THING_WORDS)


def _name_start(words: list[str], fathers: t.Collection[int] = ()) -> int:
    """Index where the trailing name-like words begin; lexical words may only precede the name.

    A surname that is also a genre word ("USAID Administrator Samantha Power") is kept when a
    title word and a given name stand right before it. ``fathers``: indexes of words right after
    "bin" or "ibn", a father's name even when it is a word of the genre ("Omar bin Sultan Al Olama").
    """
    k = len(words)
    # the word before "bin" is the bearer's given name, even a word of the genre ("Prince Sultan bin Saad Al-Saud")
    while k > 0 and (not _lexical(words[k - 1]) or _style_inside_name(words, k - 1) or k - 1 in fathers or k in fathers):
        k -= 1
    if 2 <= k < len(words) and words[k - 1] == "Sultan" and country_code(words[k - 2]) and \
            re.match(r"(?:Al|Bin|Ibn)\b", words[k], re.I):
        k -= 1  # "Ambassador of Qatar to Mongolia Sultan Al-Mansur": after the country that ends the office, a given name
    if k == len(words) - 1 and k >= 2 and words[k - 2].lower() in TITLE_HEADS and _area_word(words[k - 1]) and \
            not _genre_word(words[k - 1]) and not country_code(words[k - 1]):
        k -= 1  # "the Speaker Urban Ahlin": a given name that is also a word of a field, right after the office
    if k == len(words) and len(words) >= 3 and not _lexical(words[-2]) and not _genre_word(words[-1]) \
            and words[-3].lower() in TITLE_HEADS:
        return len(words) - 2
    return k


def _style_inside_name(words: list[str], index: int) -> bool:
    """'Hossein Amir Abdollahian': a style word between a given name and a surname is part of the name."""
    return re.fullmatch(_STYLES, words[index]) is not None and 0 < index < len(words) - 1 and \
        not _lexical(words[index - 1]) and not _lexical(words[index + 1])


# (", Singapore’s Minister of …": a country in the possessive may open the office)
_OFFICE_AFTER_COMMA = re.compile(r",\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?(?:(?:Deputy|Vice|First|Acting|Senior)\s+)?([\w-]+)")


def _after_coordinated_phrase(text: str, sentence: Sentence, tokens: list[re.Match[str]]) -> list[re.Match[str]]:
    """Drop leading words that continue 'Trade and Integration' before a name.

    "Minister of Trade and Integration Arman Shakkaliyev" -> "Arman Shakkaliyev";
    "Media and Public Content" keeps one word only and is then no name at all.
    """
    before = text[max(sentence.start, tokens[0].start() - 30):tokens[0].start()]
    previous = re.search(r"([A-Za-z][\w-]*)\s+and\s+$", before)
    if not (previous and previous.group(1)[0].isupper() and _lexical(previous.group(1))):
        return tokens
    if len(tokens) == 1 and _initialled(tokens[0].group(0)):
        return tokens  # "Energy Minister of Mongolia and A.V.Novakov": an initialled name after "and"
    if _title_head(previous.group(1)) and len(tokens) >= 2 and not any(_lexical(token.group(0)) for token in tokens):
        return tokens  # "X, Ambassador-at-Large and Mariyam Reesha, Joint Secretary": an office, then the next person
    if country_code(previous.group(1)) and not country_code(tokens[0].group(0)) and \
            re.search(r"\bof\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+and\s+$", before):
        return tokens  # "foreign ministers Mate Granic of Croatia and Laszlo Kovac of Hungary": the next person
    office_next = _OFFICE_AFTER_COMMA.match(text, tokens[-1].end())
    if office_next and _title_head(office_next.group(1)) and (len(tokens) == 2 or not _lexical(tokens[0].group(0))):
        return tokens  # "signed by X, Minister of Culture of Kazakhstan and Evgeniy Kiselev, Deputy Minister …"
    rest = tokens[1:]
    return rest if len(rest) >= 2 else []


# -- titles -------------------------------------------------------------------------------


def _tokens(text: str, base: int) -> list[tuple[str, int]]:
    return [(m.group(0), base + m.start()) for m in _TITLE_TOKEN.finditer(text)]


_BODY_APPOSITION = re.compile(r"(?<=[a-z]),\s+the\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:Council|Senate|Assembly|Parliament|Khural|"
                              r"Mazhilis|Majlis|Duma|Chamber|House|Congress|Diet|Mejlis|Jogorku Kenesh)(?:\s+of\s+[A-Z][\w-]*)?,\s*$")


# the short offices as written before a name: "Rep. Park", "Sen. Lee"
_SHORT_OFFICES = frozenset(office.title() for office in SHORT_OFFICES)


def title_before(context: Context, mention: Mention,
                 name_spans: SpanSet | t.Sequence[tuple[int, int]]) -> tuple[str, int] | None:
    """The office written before a name, walking left over words a title may contain."""
    names = name_spans if isinstance(name_spans, SpanSet) else SpanSet(name_spans)
    sentence_start = mention.sentence.start
    diplomacy = _CHIEF_OF_DIPLOMACY.search(context.text, sentence_start, mention.start)
    if diplomacy and country_code(diplomacy.group("country")):
        return f"{diplomacy.group('country')} Foreign Minister", diplomacy.start("office")
    tokens = _tokens(context.text[sentence_start:mention.start], sentence_start)
    if len(tokens) >= 2 and tokens[-1][0] == "." and tokens[-2][0] in _SHORT_OFFICES:
        tokens = [*tokens[:-2], (tokens[-2][0] + ".", tokens[-2][1])]  # "Democratic Party Rep. Lee": the office "Rep."
    honoured = len(tokens)
    tokens = _without_trailing_honorific(tokens)  # "the Speaker of the Assembly Mr. X": the office is before "Mr."
    if tokens and tokens[-1][0] == "(":
        tokens = tokens[:-1]  # "the foreign ministers of Azerbaijan (Jeyhun Bayramov)": the name in brackets after its office
    if [w.lower() for w, _ in tokens[-3:]] in (["of", "this", "country"], ["of", "that", "country"]):
        tokens = tokens[:-3]  # "Minister of Environment of this country X": the office; the country is the one named before
    elif tokens and tokens[-1][0] == "," and [w.lower() for w, _ in tokens[-4:-1]] in (["of", "this", "country"],
                                                                                      ["of", "that", "country"]):
        tokens = tokens[:-4] + tokens[-1:]  # "the head of the Legislative of that country, X"
    if len(tokens) < honoured and tokens and tokens[-1][0] in ("to", "from", "by", "with"):
        return None  # "the greetings of the Secretary General of Y to Mr X": the office is another person's
    body = _BODY_APPOSITION.search(context.text, sentence_start, mention.start)
    if body and tokens and tokens[-1][0] == ",":
        # "the speaker of the Russian upper house, the Federation Council, Valentina Matviyenko": the body's name
        # in apposition, then the office before it
        tokens = [token for token in tokens if token[1] < body.start()] + [(",", body.start())]
    if tokens and tokens[-1][0] == ":" and any(word.lower() in PLURAL_TITLES for word, _ in tokens[-8:-1]):
        tokens = tokens[:-1]  # "attended by deputy speakers of the Sejm: A (PiS), B …": a list of office-holders
    index = len(tokens) - 1
    apposition = index >= 0 and tokens[index][0] == ","
    if apposition:
        index -= 1  # "the Speaker of the Mazhilis, Yerlan Koshanov"
    walked: list[tuple[str, int]] = []
    while index >= 0:
        word, position = tokens[index]
        low = word.lower()
        if names.covers(position) or (word.startswith("(") and names.covers(position + 1)):
            break  # a name, or a name in brackets: "… of Azerbaijan (Jeyhun Bayramov) and Georgia (Y)"
        # (but "… Affairs HE Sheikh X": a style is no office, the walk goes on to the office before "HE")
        if any(_title_head(w) and not re.fullmatch(_STYLES, w) for w, _ in walked) and word != "." and _honorific(word):
            break  # "…, and HH Minister of Foreign Affairs of Saudi Arabia Prince X": the honorific opens his office
        if word in ("–", "—", "-") and walked and index > 0 and tokens[index - 1][0][:1].isupper():
            walked.insert(0, tokens[index])  # "Deputy Prime Minister – Minister of Foreign Affairs"
            index -= 1
            continue
        if word == ",":
            serial = len(walked) > 1 and walked[0][0] == "and" and walked[1][0][:1].isupper() and index > 0 and \
                not names.covers(tokens[index - 1][1])  # "Industry, and Trade", never "Minister X, and Minister Y"
            # a second office in lower case goes on the chain too: "Chairman of the Cabinet of Ministers of X, head
            # of the presidential administration Y"
            if walked and index > 0 and tokens[index - 1][0][:1].isupper() and \
                    (walked[0][0][:1].isupper() or serial or _title_head(walked[0][0])):
                walked.insert(0, tokens[index])
                index -= 1
                continue
            if walked and index > 0 and tokens[index - 1][0].isalpha() and tokens[index - 1][0].islower() and \
                    walked[0][0].islower() and any(w == "and" for w, _ in walked) and \
                    all(w.islower() for w, _ in walked):
                walked.insert(0, tokens[index])  # "Committee for international relations, defense and security"
                index -= 1
                continue
            break
        if low == "both" and walked and walked[0][0].lower() in _PAIRED_BODIES and index > 0 and \
                tokens[index - 1][0] == "of":
            walked.insert(0, tokens[index])  # "the Chairmen of both chambers of the Parliament A and B"
            index -= 1
            continue
        if (word[:1].isupper() or word.startswith("(") or low in _CONNECTORS or low in TITLE_HEADS
                or low in TITLE_MODIFIERS or low in GEO_WORDS or low in PLURAL_TITLES or low == "affairs"
                or low in ORG_HEADS or low in _CHAMBER_WORDS or re.sub(r"['’]s$", "", low) in _LOWER_CASE_BODIES
                or low == "delegation"  # "Head of the British delegation Rehman Chishti"
                or re.match(r"d['’][a-z]", low)  # "Minister of Cote d’ivoire, Kandia Camara": a country's French name
                or _inner_title_word(word, walked) or ("-" in word and _title_head(word))):  # "co-chairman"
            walked.insert(0, tokens[index])
            index -= 1
            continue
        break
    if walked and walked[-1][0].lower() == "and" and not apposition:
        return None  # "Energy Minister of Mongolia and A.V.Novakov": the office before "and" is another person's
    walked = _after_previous_apposition(walked, index >= 0 and names.covers(tokens[index][1]))
    if index > 0 and tokens[index][0] == "," and names.covers(tokens[index - 1][1]) or walked and walked[0][0] == ",":
        walked = _office_of_the_one_served(walked)
    walked = _after_another_countrys_office(walked)
    own = _own_office_after_and(walked)
    head = next((i for i, (w, _) in enumerate(own) if _title_head(w)), None)
    if head is None:
        return None
    begin = head
    while begin > 0 and (_title_modifier(own[begin - 1][0]) or own is not walked or _paired_modifiers(own, begin)
                         or _inside_a_capitalized_name(own, begin)):
        if own is walked and _destination(own, begin - 1):
            break  # "the visit to India Deputy Minister X": India is where the visit went, not part of the office
        begin -= 1  # the whole lower-case office after "and": "league member"
    walked = own
    parts = walked[begin:]
    if len(parts) > 1 and parts[0][0].lower() in _NOT_OF_THE_OFFICE:
        parts = parts[1:]  # "Visiting Malaysian Prime Minister X": he is visiting; the office is Prime Minister's
    if len(parts) > 1 and BARE_INITIALS.fullmatch(parts[-1][0]) and not apposition and not country_code(parts[-1][0]):
        parts = parts[:-1]  # "Secretary of the Parliament Secretariat KM Abdus Salam": his initials, not the office's
    while parts and (parts[-1][0] == "," or parts[-1][0].lower() in _CONNECTORS):
        parts = parts[:-1]
    if not parts:
        return None
    start = parts[0][1]
    end = parts[-1][1] + len(parts[-1][0])
    if apposition and _GOVERNED.search(context.text[sentence_start:start]) and \
            not re.match(r"\s*[,.;]", context.text[mention.end:mention.end + 3]):
        # "Greeting the Russian Foreign Minister, Tokayev said": the office is the object's; but in "received
        # the Ambassador of X, Y, ..." the name closed by a comma is the object named in apposition
        return None
    covered = next((start - 2 - k for k in range(0, 3) if names.covers(start - 2 - k)), None)
    if apposition and covered is not None and not context.text[:start].rstrip().endswith(";") and \
            not _OFFICE_THEN_COMMA.search(context.text, sentence_start, names.start_of(covered) or covered):
        # "S.Delgermaa, Ambassador of Mongolia, M.Otgonbayar": the office follows its own name (but in a list
        # "…, X; Ambassador of Estonia, Y; …" a semicolon closes X's item, and in "with Minister of A, X, Minister of
        # B, Y" each office comes before its name, as the first one shows)
        return None
    if apposition and SPEECH_AFTER_NAME.match(context.text, mention.end) and \
            context.text[sentence_start:start].strip():
        return None  # "… as a non-permanent member of the UN Security Council, Szijjarto told": the words he said
    if _COUNTED_BEFORE.search(context.text, sentence_start, start) and \
            any(word.lower() in PLURAL_TITLES for word, _ in parts) and _CLAUSE_AFTER_NAME.match(context.text, mention.end):
        return None  # "one of only two ministers Kishida retained": the ministers counted, the name a clause's subject
    owned = _POSSESSIVE.match(context.text, mention.end) and _OFFICE_OF_ANOTHER.match(context.text, start, end)
    if owned:
        start = owned.end()  # "a member of President X’s entourage": a member of the entourage; X is the President
    if len(parts) == 1 and parts[0][0].lower() in PLURAL_TITLES and _BODY_OF.search(context.text, sentence_start, start):
        return None  # "the Spaker of the Chamber of Deputies, X": the chamber's name; its office before is misspelt
    title = _tidy_title(context.text[start:end])
    office = _OFFICE_BEFORE_RANK.search(context.text, sentence_start, start) if title == "Ambassador" else None
    if office:  # "signed by the director of the institute, Ambassador X": his office; Ambassador, his rank
        return _tidy_title(office.group("office")), office.start("office")
    return (title, start) if title else None


# "the new chief of Bulgarian diplomacy Nikolay Milkov": the press's name for a foreign minister
_CHIEF_OF_DIPLOMACY = re.compile(r"(?P<office>\b(?:chief|head)\s+of\s+(?:the\s+)?(?P<country>[A-Z][\w-]+)\s+diplomacy)\s*,?\s*$")


_OFFICE_BEFORE_RANK = re.compile(r"\b(?:the\s+)?(?P<office>(?:(?!(?:by|of|the|and|with|to|from)\b)[a-z-]+\s+){0,2}(?:director|head|chairman|chair|rector|dean|"
                                 r"secretary|president)(?:\s+(?:general|of|for|the|[a-z-]+|[A-Z][\w’'-]*)){0,8}),\s*$")


_OFFICE_OF_ANOTHER = re.compile(r"(?:[a-z][\w-]*\s+)+of\s+(?:the\s+)?(?=[A-Z])")
_BODY_OF = re.compile(r"\b(?:Chamber|House|Council|Congress|Assembly|Board|College|Cabinet|Conference)\s+of\s+(?:the\s+)?$", re.I)
_COUNTED_BEFORE = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|many|few)\s+$", re.I)
_CLAUSE_AFTER_NAME = re.compile(r"\s+(?:has\s+|had\s+)?[a-z]+ed\b")


_OFFICE_THEN_COMMA = re.compile(r"\b(?:Minister|Ambassador|Speaker|Chairman|Chairwoman|President|Secretary|Director|Head|"
                               r"Envoy)\b[^,.;]{0,60},\s*$")


# the two bodies of one whole whose heads a plural office names: "the Chairmen of both chambers of the Parliament"
_PAIRED_BODIES = frozenset({"chambers", "houses", "sides", "countries", "parliaments", "ministries"})


def _aide_to(words: list[tuple[str, int]]) -> int | None:
    """Where "to" follows an aide's office word ("counselor to French President"): the office names the one served."""
    return next((i for i, (w, _) in enumerate(words) if w.lower() == "to" and i > 0 and words[i - 1][0].lower() in _AIDES),
                None)


def _office_of_the_one_served(walked: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """'X, diplomatic counselor to French President Y': the words before "to" are X's office, Y is the President."""
    aide_to = _aide_to(walked)
    if aide_to is not None and any(_title_head(w) for w, _ in walked[aide_to + 1:]):
        return walked[aide_to + 1:]
    return walked


def _after_previous_apposition(walked: list[tuple[str, int]], after_name: bool) -> list[tuple[str, int]]:
    """'Dr. A Kumar, Joint Secretary, Ministry of Defence and Brigadier General B': what stands between the
    first name's office and 'and' is that name's; the second name's office is what follows 'and'."""
    if not (after_name and walked and walked[0][0] == ","):
        return walked
    last_and = max((i for i, (w, _) in enumerate(walked) if w.lower() == "and"), default=None)
    last_comma = max((i for i, (w, _) in enumerate(walked) if w == ","), default=0)
    if last_and is None and last_comma > 0 and any(_title_head(w) for w, _ in walked[1:last_comma]) and \
            any(_title_head(w) for w, _ in walked[last_comma + 1:]):
        # "A, head of the Friendship Group, Turkey’s envoy in Baku B": the first office is A's, told after A's name
        return walked[last_comma + 1:]
    after_and = walked[last_and + 1:] if last_and is not None else []
    before_and = walked[1:last_and] if last_and is not None else []
    if not after_and or not after_and[0][0][:1].isupper() or not any(_title_head(w) for w, _ in before_and):
        return walked  # a lower-case office after "and" is left to _own_office_after_and
    return after_and if any(_title_head(w) for w, _ in after_and) else []  # "and Brigadier General B": a rank


def _inside_a_capitalized_name(walked: list[tuple[str, int]], begin: int) -> bool:
    """'Small and Medium Business Development Agency Board Chairman', 'Chamber of Commerce and Industry President':
    'and', 'of' and 'of the' between capitalized words of the body the office belongs to."""
    connector = walked[begin - 1][0]
    if connector == "," and begin >= 2 and _body_word(walked[begin - 2][0]) and _body_word(walked[begin][0]):
        # "Culture, Tourism and Civil Aviation Secretary": a serial list of portfolios, closed by its "and"
        return any(word == "and" for word, _ in walked[begin:])
    if connector not in ("and", "of", "the") or begin < 2 or not _body_word(walked[begin][0]):
        return False  # "Russia and President X", "Statement of President X": the office starts after it
    if connector == "the":
        return walked[begin - 2][0] == "of" and begin >= 3 and _body_word(walked[begin - 3][0])
    return _body_word(walked[begin - 2][0])


def _body_word(word: str) -> bool:
    """A capitalized word of a body's name, not an office ('Minister and …' is another office)."""
    return word[:1].isupper() and not _title_head(word) and word.lower() not in TITLE_MODIFIERS and \
        country_code(word) is None  # "Kazakhstani and South Korean Foreign Minister": two sides, two ministers


def _destination(walked: list[tuple[str, int]], index: int) -> bool:
    """A country or city right after 'to', 'in' or 'from' is a place, even when an office follows it ('in
    Samarkand Acting Foreign Minister X')."""
    word = walked[index][0]  # ("spoke to Kenyan Foreign Minister X": a demonym qualifies the office, never a place)
    return index > 0 and walked[index - 1][0].lower() in ("to", "in", "from", "at") and \
        (country_code(word) is not None and word.lower() not in DEMONYMS or word.lower() in CITY_TO_COUNTRY)


def _paired_modifiers(walked: list[tuple[str, int]], begin: int) -> bool:
    """'Extraordinary and Plenipotentiary Ambassador': two modifiers of one office joined by 'and'."""
    return begin >= 2 and walked[begin - 1][0] == "and" and walked[begin - 2][0].lower() in TITLE_MODIFIERS and \
        walked[begin][0].lower() in TITLE_MODIFIERS


# "Speaker of the Russian parliament’s upper house X": a chamber's words in lower case end the office
_CHAMBER_WORDS = frozenset({"house", "chamber", "upper", "lower"})


def _honorific(word: str) -> bool:
    """An honorific, written with its full stop or without it ("Mr", "Hon.", "HE")."""
    return bool(re.fullmatch(HONORIFICS, word) or re.fullmatch(HONORIFICS, f"{word}."))


def _without_trailing_honorific(tokens: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The words before a name without the honorifics that end them: "… Authority H.E. Eng." is "… Authority"."""
    honoured = [w for w, _ in tokens]
    while True:
        words = [w for w, _ in tokens]
        if words[-2:-1] and ((words[-1] == "." and _honorific(words[-2])) or  # "H.E" then its dot
                             (words[-1] in ("'", "’") and _honorific(words[-2] + words[-1]))):  # Malaysia's "Dato’"
            tokens = tokens[:-2]
        elif words[-2:] == [",", "Amb."] and any(_title_head(word) for word in words[:-2]):
            tokens = tokens[:-1]  # "the Deputy Minister of Foreign Affairs, Amb. X": his rank after his office
        elif words and _honorific(words[-1]):
            tokens = tokens[:-1]
        elif words[-2:-1] == [","] and words[-1] == "the" and len(words) < len(honoured):
            tokens = tokens[:-1]  # "Minister of Foreign Affairs, the Honourable X": the comma before "the" stays
        else:
            return tokens


def _after_another_countrys_office(walked: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """'UAE Deputy Premier and Pakistan's Deputy Prime Minister and Foreign Minister Ishaq Dar': an 'and' before a
    country's possessive opens this person's office; what stands before it is another side's office."""
    for index in range(len(walked) - 1, 0, -1):
        owner = re.sub(r"['’]s$", "", walked[index][0])
        if walked[index - 1][0] != "and" or owner == walked[index][0] or not country_code(owner):
            continue
        before = {country_code(re.sub(r"['’]s$", "", word)) for word, _ in walked[:index - 1]} - {None}
        if before and country_code(owner) not in before:
            return walked[index:]
    return walked


def _own_office_after_and(walked: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """'Chairman of the League and league member X': X's office is the lower-case one after 'and'."""
    last_and = max((i for i, (w, _) in enumerate(walked) if w == "and"), default=None)
    if last_and is None or last_and == len(walked) - 1:
        return walked
    own = walked[last_and + 1:]
    if all(w.islower() for w, _ in own) and any(_title_head(w) for w, _ in own) and \
            any(_title_head(w) for w, _ in walked[:last_and]):
        return own
    return walked


# A participle or verb right before "the <office>," makes the office its object, not the next name's.
_BRACKETED_OFFICE = re.compile(r"\s*\((?P<office>[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,5})\)")
_GOVERNED = re.compile(r"\b(?:[A-Za-z]+ing|thanked|greeted|welcomed|told|invited|met|received)\s+(?:the\s+|his\s+|her\s+)?$|"
                       # "In his meetings with the Prime Minister and Speaker, Mr. Birla suggested": an opening phrase's object
                       r"^(?:In|During|At|After|Following)\s+(?:his|her|their|the)\s+(?:[\w-]+\s+){0,3}?"
                       r"(?:meetings?|talks|conversations?)\s+with\s+(?:the\s+)?$")


def _title_head(word: str) -> bool:
    """An office word, also inside a compound: 'co-chair', 'secretary-general'."""
    low = word.lower()
    return low in TITLE_HEADS or low in PLURAL_TITLES or "-" in low and any(p in TITLE_HEADS for p in low.split("-"))


def _inner_title_word(word: str, walked: list[tuple[str, int]]) -> bool:
    """A lower-case noun inside an office ('Minister of Culture and information policy of Ukraine')."""
    low = word.lower()
    if not word.isalpha() or low in _STOP or low.endswith(("ed", "ing")) or low in _FUNCTION_WORDS \
            or low in _EVENT_NOUNS:
        return False
    if low in _DIRECTIONS and walked and walked[0][0][:1].isupper():
        return True  # "Governor of the central Iranian Isfahan Province": where the province lies
    return bool(walked) and walked[0][0].lower() in ("of", "and", ",") or bool(walked) and walked[0][0].islower()


_DIRECTIONS = {"central", "northern", "southern", "eastern", "western", "north-eastern", "north-western", "south-eastern",
               "south-western", "northeastern", "northwestern", "southeastern", "southwestern"}


# "the official visit of the Premier X": the event noun is not part of the office
_EVENT_NOUNS = {"visit", "visits", "trip", "meeting", "meetings", "talks", "negotiations", "conversation", "call",
                "arrival", "invitation", "initiative", "friendship", "participation", "tour", "stay"}

_FUNCTION_WORDS = {"with", "by", "from", "between", "among", "as", "than", "his", "her", "their", "its", "our",
                   "a", "an", "this", "that", "these", "those", "then", "also", "both", "during", "after",
                   "before", "when", "while", "where", "since", "until", "into", "upon", "about", "via", "not"}


def _title_modifier(word: str) -> bool:
    low = word.lower()
    if low in ("the", "a", "an", "and", "of") or word == ",":
        return False
    # "Turkmenistan’s parliament speaker X": the institution's word in lower case belongs to the office; "Jatiya
    # Sangsad (JS) Speaker X": so does the acronym of the body
    return word[:1].isupper() or low in TITLE_MODIFIERS or low in _LOWER_CASE_BODIES or bool(_ACRONYM_IN_BRACKETS.fullmatch(word))


_ACRONYM_IN_BRACKETS = re.compile(r"\([A-Z]{2,8}\)")
_NOT_OF_THE_OFFICE = frozenset(("visiting",))


_LOWER_CASE_BODIES = frozenset({"parliament", "parliamentary", "senate", "assembly", "government", "ministry",
                                "embassy", "cabinet", "group",  # "working group members A, B and C"
                                "committee", "commission",  # "a parliamentary committee chairman X"
                                "army", "navy", "police", "military"})  # "army chief General X"


# an opening phrase whose object is the name: "In a meeting with …", "During talks with …", "Meeting with …"
_OPENING_WITH = re.compile(r"\W*(?:In|During|At|After|Following)?\s*(?:an?\s+|the\s+|his\s+|her\s+)?(?:[\w-]+\s+)?"
                           r"(?:meeting|talks|conversation|discussion|call|visit)s?\s+with\s+(?:the\s+)?[^,;]*$", re.I)
# the subject of the main clause, then its verb: "the Italian MP said", "the minister noted"
_SUBJECT_THEN_VERB = re.compile(r"(?:[\w’'-]+\s+){1,5}?(?:said|says|noted|stressed|stated|added|emphasi[sz]ed|underlined|"
                                r"expressed|voiced|highlighted|pointed\s+out|called|told|discussed|thanked|invited)\b")


def title_after(context: Context, mention: Mention, name_spans: SpanSet | t.Sequence[tuple[int, int]]) -> str | None:
    """The office in apposition after a name: 'X, Mongolia's Minister of Foreign Affairs and ...'."""
    names = name_spans if isinstance(name_spans, SpanSet) else SpanSet(name_spans)
    text = context.text
    bracketed = _BRACKETED_OFFICE.match(text, mention.end)
    if bracketed and any(_title_head(word) for word in bracketed.group("office").split()):
        return _tidy_title(bracketed.group("office"))  # "David McAllister and Željana Zovko (Vice-Chair)"
    # "Zhang Dejiang (R), chairman of …": a caption's place in the photo between the name and its office
    # "Eugen Constantin - Director of the Chancellery": a dash before the office, as a comma
    match = re.match(r"(?:\s*\((?:\d(?:st|nd|rd|th)\s+)?(?:[LR]|left|right|center|centre|front|back)\))?(?:\s*,\s*|\s+[-–—]\s+(?=[A-Z]))"
                     r"(?:the\s+|an?\s+)?", text[mention.end:mention.end + 24])
    if not match:
        return None
    start = mention.end + match.end()
    if re.match(r"and\s", text[start:start + 4]):
        return None  # "Ambassador X, and Deputy Minister for … Dr. Y": the office after ", and" is the next person's
    if _OPENING_WITH.fullmatch(text, mention.sentence.start, mention.title_start or mention.start) and \
            _SUBJECT_THEN_VERB.match(text, start):
        return None  # "In a meeting with the Governor X, the Italian MP said": the office is the sentence's subject
    tokens = _tokens(text[start:mention.sentence.end], start)
    kept: list[tuple[str, int]] = []
    seen_head = False
    in_complement = False
    in_office_list = False
    chained_at: int | None = None  # where the last office of a chain of offices began
    for index, (word, position) in enumerate(tokens):
        low = word.lower()
        nxt = tokens[index + 1][0] if index + 1 < len(tokens) else ""
        if names.covers(position):
            if _aide_to(kept) is not None:
                break  # "X, diplomatic counselor to French President Y": X counsels Y, whose name ends X's office
            if chained_at is not None:
                kept = kept[:chained_at]  # "X, Cambodian NA President, and Speaker of the Milli Majlis Y": Y's office
                break
            return None  # "X, the President of Uzbekistan Y will ...": the office is Y's
        if not seen_head and len(kept) >= 3:
            return None
        if seen_head and word not in ("(", ")") and _honorific(word):
            return None  # "A, Secretary General of the Majlis Ms. B": the office is B's, told before her name
        compound_head = "-" in low and any(part in TITLE_HEADS for part in low.split("-"))
        if low in TITLE_HEADS or compound_head:
            seen_head = True  # "secretary-general"
        if word in ("–", "—", "-") and kept and nxt[:1].isupper():
            kept.append((word, position))  # "Deputy Prime Minister–Foreign Minister"
            continue
        if word == "," and seen_head and _another_office_follows(tokens, index):
            chained_at = len(kept)  # "Member of the Political Bureau …, Director of the Office …, and Minister …"
            kept.append((word, position))
            in_complement = False
            continue
        if word == "," and seen_head and (_office_list_continues(tokens, index) or in_office_list and nxt == "and"):
            kept.append((word, position))  # "Deputy Minister of Foreign Affairs, Trade and Development"
            in_office_list = True  # "..., Industry, and Trade": the serial comma goes on with the list
            continue
        if word in (",", ".", ";", ":") or low in _STOP or (low.endswith("ed") and word.islower()) or low in _DAY_WORDS:
            break  # "X, Minister of Foreign Affairs today met …": the day ends the office
        if low == "on" and (re.fullmatch(r"\d{1,2}", nxt) or nxt.lower().rstrip(".")[:3] in _MONTHS_SHORT):
            break  # "… chairman of the Foundation on 17 September": the day, no part of the office
        if low == "to" and nxt[:1].islower() and nxt.lower() not in ("the", "a", "an"):
            break  # "X, Ambassador of Japan to Mongolia to review the matters": an infinitive, the purpose
        office = " ".join(w for w, _ in kept)
        if low == "to" and kept and kept[-1][0].lower() in _AIDES:
            kept.append((word, position))  # "counselor to the President"
            continue
        if low in ("to", "from") and not (_ENVOY.search(office) or "official" in office.lower()):
            break  # "Ambassador of Japan to Mongolia", "an official from the Ministry": only these go on over to/from
        if low == "in" and nxt.lower() == "charge" and seen_head:
            kept.append((word, position))  # "Minister in charge of Economic Revitalization"
            in_complement = True
            continue
        if low == "in" and (nxt.lower() in CITY_TO_COUNTRY or not nxt[:1].isupper()):
            break
        if low == "and" and not (nxt[:1].isupper() or in_complement):
            break
        if low == "and" and (_another_person_follows(tokens, index, names) or _name_and_office_follow(tokens, index)
                             or _office_then_name_follow(tokens, index, names)):
            break  # "Chairman of the League and league member Kobayashi": the second office is Kobayashi's
        after_next = tokens[index + 2][0] if index + 2 < len(tokens) else ""
        if low == "and" and index + 1 < len(tokens) and (re.fullmatch(HONORIFICS, nxt.rstrip(".")) or
                                                          re.fullmatch(HONORIFICS, nxt) or
                                                          re.fullmatch(HONORIFICS, f"{nxt} {after_next}") or
                                                          names.covers(tokens[index + 1][1])):
            break  # "X, Minister of Interior and H.E. Y, Director", "… and His Excellency Y": the next person follows
        if low == "the" and seen_head and kept and kept[-1][0][:1].isupper() and nxt.islower() \
                and nxt not in TITLE_HEADS and nxt not in TITLE_MODIFIERS:
            break  # "Foreign Minister of North Korea the sides agreed": a missing comma, the clause goes on
        if low in ("of", "on", "for") and seen_head:
            in_complement = True  # "advisor to the Speaker on politics", "director general for diplomatic intelligence"
        if low == "from" and seen_head:
            kept.append((word, position))  # "an official from the Ministry" (checked above)
            continue
        if word[:1].isupper() or word.startswith("(") or low in _CONNECTORS or low in TITLE_HEADS or compound_head \
                or low in TITLE_MODIFIERS or low in GEO_WORDS or (in_complement and word.isalpha()):
            kept.append((word, position))
            continue
        if not seen_head and not kept and word.isalpha() and word.islower() and nxt.lower() in _AIDES:
            kept.append((word, position))  # "X, diplomatic counselor to …", "X, economic adviser to …"
            continue
        if not seen_head and re.sub(r"['’]s$", "", low) in _LOWER_CASE_BODIES and \
                (nxt.lower() in TITLE_HEADS or nxt.lower() in TITLE_MODIFIERS):
            kept.append((word, position))  # "X, Iranian parliament’s speaker", "X, Iran's parliament speaker"
            continue
        break
    while kept and kept[-1][0].lower() in _CONNECTORS:
        kept.pop()
    if len(kept) >= 3 and kept[-2][0] == "and" and kept[-1][0].islower() and kept[-1][0] not in TITLE_HEADS and \
            _A_ROLE.search(kept[-1][0]):
        kept = kept[:-2]  # "member of the United States Congress and participant [in ...]": a cut-off second role
        # (but "secretary of state for intelligence and research" is one remit)
    if not kept or not seen_head:
        return None
    end = kept[-1][1] + len(kept[-1][0])
    return _tidy_title(text[kept[0][1]:end]) or None


_A_ROLE = re.compile(r"(?:ant|ent|er|or|ist|ee|member|head|chief)$")  # a word for a person: "participant", "adviser"
_DAY_WORDS = frozenset({"today", "yesterday", "tomorrow", "tonight"})
_MONTHS_SHORT = frozenset("jan feb mar apr may jun jul aug sep oct nov dec mon tue wed thu fri sat sun".split())
# "between the companies Alaiku Organics from Kyrgyzstan and ...": a company's name, no person's
# "with Kyrgyz Temir Zholu, the state railway company of Kyrgyzstan": a name its apposition calls a body
_COMPANY_AFTER = re.compile(r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:compan(?:y|ies)|firm|corporation|operator|enterprise|"
                            r"holding|bank|fund|agency|carrier|airline|railways?|(?<!working\s)group|organi[sz]ation|association|"
                            r"university|institute|newspaper|outlet)\b"
                            # "…with President X, the Saudi Press Agency reported": an attribution after the name
                            r"(?!\s+(?:\w+\s+)?(?:reported|reports|said|says|informed|informs|wrote|writes|noted|stated|"
                            r"announced|added))", re.I)
# "the House of Representatives (Dewan Rakyat)": a chamber's or body's own name in brackets after it
_NATIVE_NAME_OF_BODY = re.compile(r"\b(?i:house|assembly|parliament|council|chamber|senate|congress|diet|khural|majlis|"
                                  r"ministry|committee|agency|bank)(?:\s+of\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?\s*\(\s*$")
_COMPANY_BEFORE = re.compile(r"\b(?:compan(?:y|ies)|firms?|corporations?|enterprises?|brands?)\s+(?:[A-Z][\w-]*\s+)?$")


def _photo_credit(text: str, mention: Mention) -> bool:
    """'(Xinhua/Yan Yan)', '(Photo: AKIpress/John Smith)': who took the picture, no person of the event."""
    return bool(re.search(r"\((?:[Pp]hoto(?:\s+by)?:?\s*)?[A-Z][\w .&-]{1,30}/\s*$", text[max(0, mention.start - 45):mention.start])
                and re.match(r"\s*\)", text[mention.end:mention.end + 3]))


def _singular_office(word: str) -> str:
    """'Ministers' → 'Minister', 'deputies' → 'deputy': the case as written."""
    single = PLURAL_TITLES.get(word.lower())
    if single is None:
        return word
    return single[:1].upper() + single[1:] if word[:1].isupper() else single


def _next_name_holds(context: Context, mention: Mention, office: str, spans: SpanSet) -> bool:
    """The office after a name is followed by a comma and another name: an office set before that name."""
    at = context.text.find(office, mention.end, mention.sentence.end)
    if at < 0:
        return False
    comma = re.match(r"\s*,\s*", context.text[at + len(office):at + len(office) + 4])
    return comma is not None and spans.covers(at + len(office) + comma.end())


def _another_person_follows(tokens: list[tuple[str, int]], index: int, names: SpanSet) -> bool:
    """After 'and': a few lower-case office words and then a name."""
    for word, position in tokens[index + 1:index + 5]:
        if names.covers(position):
            return True
        if not word.islower():
            return False
    return False


def _name_and_office_follow(tokens: list[tuple[str, int]], index: int) -> bool:
    """After 'and': two or three words of a name, a comma and an office ("X, Minister of Cabinet Affairs and Evgeniy
    Kiselev, Co-chair of the Russian side"): the next signatory, not the rest of the office."""
    words = []
    for word, _ in tokens[index + 1:index + 5]:
        if word == ",":
            break
        words.append(word)
    else:
        return False
    following = [word.lower() for word, _ in tokens[index + 2 + len(words):index + 5 + len(words)] if word.lower() != "the"]
    # "Mariyam Reesha, Joint Secretary at the Ministry": the office's head may come second
    office_next = any(_title_head(word) or word in TITLE_MODIFIERS for word in following[:2])
    return 2 <= len(words) <= 3 and office_next and all(
        word.isalpha() and word[:1].isupper() and not word.isupper() and not _lexical(word) and
        word.lower() not in TITLE_HEADS and word.lower() not in TITLE_MODIFIERS and word.lower() not in GEO_WORDS
        and word.lower() not in _LOWER_CASE_BODIES and not country_code(word) for word in words)


def _office_then_name_follow(tokens: list[tuple[str, int]], index: int, names: SpanSet) -> bool:
    """After 'and': an office, a comma and a name ("X, Chairman of the State Council and Pakistan Senate Chairman,
    Muhammad Sadiq Sanjrani"): the next person's office, not the rest of the first one's."""
    for offset, (word, _) in enumerate(tokens[index + 1:index + 8], start=index + 1):
        if word == ",":
            return offset > index + 1 and _title_head(tokens[offset - 1][0]) and offset + 1 < len(tokens) and \
                names.covers(tokens[offset + 1][1])
        if not (word[:1].isupper() or word.lower() in _CONNECTORS):
            return False
    return False


def _another_office_follows(tokens: list[tuple[str, int]], index: int) -> bool:
    """After a comma: the same person's next office, "(and) Director of …", "(and) Minister of …" (a head, maybe after
    a modifier, then 'of' or 'for'), not the next person's name."""
    words = [word for word, _ in tokens[index + 1:index + 6]]
    if words[:1] == ["and"]:
        words = words[1:]
    while words and words[0].lower() in TITLE_MODIFIERS:
        words = words[1:]
    return len(words) >= 2 and words[0][:1].isupper() and words[0].lower() in TITLE_HEADS and words[1] in ("of", "for")


def _office_list_continues(tokens: list[tuple[str, int]], index: int) -> bool:
    """After a comma: capitalized words up to 'and <Capitalized>' and then the end of the clause (a serial comma
    before 'and' included: "Minister of Investment, Industry, and Trade in Uzbekistan")."""
    rest: list[str] = []
    following = tokens[index + 1:]
    for position, (word, _) in enumerate(following):
        serial = word == "," and "and" not in rest and position + 1 < len(following) and following[position + 1][0] == "and"
        if word in (",", ";", ".", ":") and not serial:
            break
        if not serial:
            rest.append(word)
    return 3 <= len(rest) <= 6 and rest[0] != "and" and "and" in rest and \
        all(w[:1].isupper() or w in ("and", "of", "the", "in") for w in rest)


# one who died takes part in no event the article reports
_DIED = re.compile(r"\b(?:passed\s+away|died)\b")
# "the late Sheikh Zayed", "the 300th anniversary of the Turkmen poet Magtymguly": one remembered, not present
_REMEMBERED_BEFORE = re.compile(r"\bthe\s+late\s+(?:[A-Z][\w’'-]*\s+){0,2}$|\banniversary\s+of\s+(?:the\s+)?(?:birth\s+of\s+)?"
                                r"(?:(?:the\s+)?[\w’'-]+\s+){0,4}$|"
                                # "visited the shrine of Sheikh Abdul Qadir Jilani": a place named for someone long dead
                                r"\b(?:shrine|tomb|mausoleum|grave|memorial|monument|statue|mosque)\s+of\s+(?:(?:the\s+)?[A-Z][\w’'-]*\s+){0,2}$")


_STYLES = r"Sheikh|Sheikha|Prince|Princess|Emir|Amir|Sultan"  # styles of address, not offices ("Crown Prince", "Deputy Emir" are)
# a style opens the title as an honorific, unless it is the office ("Amir of the State of Qatar")
_LEADING_HONORIFIC = re.compile(rf"^(?:(?:{HONORIFICS}|(?:{_STYLES})(?=\s)(?!\s+of\b))\.?\s*(?:the\s+)?)+")
_TRAILING_HONORIFIC = re.compile(rf"\s+(?:(?:{HONORIFICS})|(?<!Crown\s)(?<!Deputy\s)(?:{_STYLES}))\.?$")  # "Deputy Emir": an office
_RANK_AFTER_OFFICE = re.compile(r"\b(?P<office>[A-Z][\w-]+)\s+Ambassador$")
_INNER_HONORIFIC = re.compile(rf"\s+(?:{HONORIFICS})\.?(?=\s+(?:{_STYLES})\b|$)")
# a title made only of honorifics and styles: "His Highness Sheikh", "H.E.", "Prince"
_ONLY_HONORIFICS = re.compile(rf"^(?:(?:{HONORIFICS}|{_STYLES}|the|Royal|Excellency|Highness|Majesty)\.?\s*)+$")


# "His Highness the Amir Sheikh …": with its article the style is the office of the head of state
_THE_RULER = re.compile(r"\bthe\s+(?P<office>Amir|Emir)\b(?!\s+of\b)")


_GLUED_COUNTRY = re.compile(r"\b(?P<country>[A-Z][a-z]{3,})[A-Z][a-z]+$")


_GLOSS = re.compile(r"\s*\((?:[A-Z][a-z]+[’']s\s+)?[a-z][a-z\s-]{2,60}\)(?=\s|$)")
_OPENING_ADVERB = re.compile(r"^(?:Meanwhile|However|Moreover|Furthermore|Additionally|Besides|Separately|Likewise|"
                             r"In\s+addition|At\s+the\s+same\s+time),\s*")
_PARTICIPLE_AFTER_OFFICE = re.compile(r"\s+(?:welcoming|greeting|receiving|accompanying|escorting|meeting|hosting|"
                                      r"attending|seeing\s+off)\b.*$")


def _tidy_title(title: str) -> str:
    """The office as written, without honorifics and styles; '' when nothing but honorifics is left."""
    title = re.sub(r"\s+", " ", title).strip(" ,")
    title = re.sub(r"^(?:the\s+)?then[- ](?=[a-z])", "", title, flags=re.I)  # "the then-president": the office he held
    title = re.sub(r"\s+(?:and|with)\s+(?:his|her)\s+(?:spouse|wife|husband)\b.*$", "", title)  # "President … and his spouse"
    ruler = _THE_RULER.search(title)
    if ruler and _ONLY_HONORIFICS.match(title):
        return ruler.group("office")  # "His Highness the Amir Sheikh": the Amir, the head of state, not a style
    if _ONLY_HONORIFICS.match(title):
        return ""
    # "HE Deputy Prime Minister", "UAE President Sheikh", "His Majesty the Emperor", "Foreign Minister Prince",
    # "Prime Minister and Minister of Foreign Affairs HE Sheikh": the office without the honorifics
    bare = _LEADING_HONORIFIC.sub("", title).strip(" ,")
    while True:
        shorter = _TRAILING_HONORIFIC.sub("", bare).strip(" ,")
        if shorter == bare or not any(_title_head(_corrected_office(word)) for word in shorter.split()):
            break  # ("Prime Miniter Sheikh": a misspelt office keeps its place as the office)
        bare = shorter
    bare = _INNER_HONORIFIC.sub("", bare).strip(" ,")
    rank = _RANK_AFTER_OFFICE.search(bare)
    if rank and any(_title_head(word) for word in bare[:rank.end("office")].split()):
        bare = bare[:rank.end("office")]  # "Cabinet Secretary Ambassador X": a career diplomat's rank after the office
    bare = re.sub(r"(?<=\w)\s+(?:Elbasy|Elbashi)$", "", bare)  # "First President Elbasy": the office, the honour apart
    if bare and any(_title_head(_corrected_office(word)) for word in bare.split()):
        title = bare
    # "conveyed to the Leader of Uzbekistan the sincere greetings and good wishes of King": a clause ran into the
    # office; the office is what follows its last "the … of"
    clause = next(reversed(list(_CLAUSE_BEFORE_OFFICE.finditer(title))), None)
    if clause is not None and clause.start() > 0 and any(_title_head(word) for word in title[clause.end():].split()):
        title = title[clause.end():]
    title = re.sub(r"^(?:the|a|an)\s+", "", title, flags=re.I)
    title = _OPENING_ADVERB.sub("", title)  # "Meanwhile, Research … Minister": the sentence's link, not the office
    # "first deputy akim (governor) of the region", "the Senate (Uzbekistan’s upper chamber of parliament) Committee":
    # a gloss for the foreign reader, no part of the office
    title = _GLOSS.sub("", title)
    participle = _PARTICIPLE_AFTER_OFFICE.search(title)
    if participle and any(_title_head(word) for word in title[:participle.start()].split()):
        title = title[:participle.start()]  # "Head of the … Group welcoming the official at the airport": what he did
    # "Chairman of the Senate Standing Committee on X, Senator": the style the press puts before every senator's name
    styled = _STYLE_AFTER_OFFICE.search(title)
    if styled and " of " in title[:styled.start()] and any(_title_head(word) for word in title[:styled.start()].split()):
        title = title[:styled.start()]
    # "Chairman of the Committee on X and a member of the working group": the first office names him
    second_role = _SECOND_ROLE.search(title)
    if second_role and any(_title_head(word) for word in title[:second_role.start()].split()):
        title = title[:second_role.start()]
    # "received on March 18 Deputy Chairman …": the day the sentence gives is no part of the office
    title = re.sub(rf"^(?:on\s+)?(?:{MONTH_PATTERN})\.?\s+\d{{1,2}}(?:,\s*\d{{4}})?,?\s+|^(?:on\s+)?\d{{1,2}}\s+(?:{MONTH_PATTERN})"
                   rf"(?:\s+\d{{4}})?,?\s+", "", title)
    title = re.sub(r"^(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+", "", title)  # "received on Tuesday Ambassador …"
    # "Assistant Minister of the United Arab Emirates (UAE)": the abbreviation repeats the name before it
    title = re.sub(r"\s*\((?:[A-Z]\.?){2,6}\)$", "", title)
    title = _MISSPELT_WORD.sub(lambda word: _corrected_office(word.group(0)), title)  # "Deputy Mnister"
    glued = _GLUED_COUNTRY.search(title)
    if glued and country_code(glued.group("country")):
        title = title[:glued.end("country")]  # "Ambassador … to KyrgyzstanLesslie Viguerie": a lost space
    # "Deputy Prime Ministers of Uzbekistan A and B": each holds the office; a plural after "of" is the body's
    # ("Chairman of the Council of Ministers") and stays
    head, of, rest = title.partition(" of ")
    words = [_singular_office(word) for word in head.split(" ")]
    if words != head.split(" "):
        # "the Chairmen of both chambers of the Parliament A and B": each chairs one of them
        rest = re.sub(r"^(?:the\s+)?both\s+(\w+?)s\b", r"a \1", rest)
    title = " ".join(words) + of + rest
    return title


_STYLE_AFTER_OFFICE = re.compile(r",\s+(?:Senator|Sen\.|MP|Congressman|Congresswoman|Representative|Rep\.|Deputy)$")
_SECOND_ROLE = re.compile(r",?\s+and\s+(?:also\s+)?(?:a|an)\s+(?:[a-z]+\s+)?(?:member|head|chair(?:man|woman)?|co-chair|"
                          r"deputy|coordinator)\b.*$")
# who speaks for a body about an event (and takes no part in it)
SPOKESPERSON = re.compile(r"\b(?:spokes(?:person|man|woman)|press\s+secretary|official\s+representative)\b", re.I)
# a name right before its speech verb, with no comma after it: the end of what was said comes before the name
SPEECH_AFTER_NAME = re.compile(r"\s+(?:has\s+|had\s+)?(?:told|said|noted|stressed|added|emphasi[sz]ed|underlined|stated|remarked|"
                                r"explained|pointed\s+out)\b")
_CLAUSE_BEFORE_OFFICE = re.compile(r"\b(?:the|a|an)\s+(?:[a-z][\w-]*\s+)+(?:of|from)\s+(?=[A-Z])")


# -- people -------------------------------------------------------------------------------


def collect_people(context: Context, blocked: t.Sequence[tuple[int, int]] = ()) -> list[Candidate]:
    """Group mentions into people and give each mention its title."""
    mentions = [m for m in find_mentions(context, blocked)
                if not _photo_credit(context.text, m) and not _COMPANY_BEFORE.search(context.text, max(0, m.start - 30), m.start)
                and not _COMPANY_AFTER.match(context.text, m.end) and not _NATIVE_NAME_OF_BODY.search(context.text, 0, m.start)
                and not is_country_word(m.text)]
    full_words = {w for m in mentions if len(m.tokens) >= 2 or "." in m.text or m.titled for w in significant(m.tokens)}
    mentions = [m for m in mentions if len(m.tokens) >= 2 or "." in m.text or m.titled
                or any(_similar(w, x) for w in significant(m.tokens) for x in full_words)
                or _speaking_surname(context, m)]
    spans = SpanSet((m.start, m.end) for m in mentions)
    _surnames_hold_offices(context, mentions, spans)
    ends = {m.end for m in mentions}
    for mention in mentions:
        before = title_before(context, mention, spans)
        after = title_after(context, mention, spans)
        if before and after and _appositive_of_previous(context.text, before[1], ends):
            before = None  # "A, the envoy in Batken, B, the head of Sughd": the envoy is A; B's office follows B
        if before:
            mention.title, mention.title_start = before
        if after and before and _next_name_holds(context, mention, after, spans):
            after = None  # "President X, the Head of the Office, Y, said": the second office is Y's
        if after and (not mention.title or len(after) > len(mention.title)):
            mention.title = after
        appointed = _APPOINTED.match(context.text, mention.end, mention.sentence.end)
        if appointed and not mention.title:  # "congratulated X on his appointment to the post of Minister of ..."
            mention.title = _tidy_title(appointed.group("office")) or None
    _deputies_of_the_one_before(context, mentions)
    people: list[Candidate] = []
    full = [m for m in mentions if len(m.tokens) >= 2 or "." in m.text or m.titled]
    for mention in sorted(full, key=lambda m: (-len(significant(m.tokens)), m.start)):
        person = next((p for p in people if same_person(p.tokens, mention.tokens) or _nicknamed(p, mention)), None)
        if person is None:
            people.append(Candidate(mention.text, mention.tokens, [mention]))
        else:
            person.mentions.append(mention)
    in_full = {id(m) for m in full}  # by identity: comparing dataclasses field by field is slow on long texts
    for mention in mentions:
        if id(mention) in in_full:
            continue
        person = next((p for p in people if same_person(p.tokens, mention.tokens) or _nicknamed(p, mention)), None)
        if person:
            person.mentions.append(mention)
    for person in people:
        person.mentions.sort(key=lambda m: m.start)
        person.name = _fullest_name(person)
        person.tokens = person.name.split()
    # a person is kept when some mention is a full name ("R.Gonchigdorj" then "Mr Gonchigdorj")
    people = [p for p in people if any(len(significant(m.tokens)) >= 2 or "." in m.text or m.titled for m in p.mentions)]
    people.sort(key=lambda p: p.first.start)
    _share_plural_titles(context, people)
    _split_plural_countries(context, people)
    for person in people:
        person.title = _best_title(person)
        # "Standing Committee Chair B.Battumur said" after "B.Battumur, Member of the Khural, ...": the other
        # offices the text gives the person name them too (a quote may be told by any of them)
        person.aliases.extend(dict.fromkeys(m.title for m in person.mentions if m.title and m.title != person.title))
    return people


_TITLED_FATHER = re.compile(rf"\b(?:bin|binti|bint)\s+(?:(?:{HONOURS}|Haj(?:i|ah))\s+)+$")
_THEIR_DEPUTY = re.compile(r"\b(?:his|her|their)\s+(?:deputy|deputies)\s*,?\s*$", re.I)


def _deputies_of_the_one_before(context: Context, mentions: list[Mention]) -> None:
    """'the head of the Chancellery, A, and her deputy, B': B is the deputy head of the Chancellery, no member of
    parliament (a bare "deputy")."""
    for previous, mention in itertools.pairwise(sorted(mentions, key=lambda m: m.start)):
        if mention.title and mention.title.lower() not in ("deputy", "deputies"):
            continue
        if previous.sentence is mention.sentence and previous.title and \
                _THEIR_DEPUTY.search(context.text, previous.end, mention.start):
            mention.title = f"deputy {previous.title}"


_AN_ADVERB = re.compile(r"(?:ately|ally|ously|ively|ingly|edly|fully|lessly|ently|antly|arily)$")
# "Asadov said", "Asadov pointed out": a surname alone opening a sentence as the one who speaks
_SURNAME_SPEAKS = re.compile(r"\s+(?:also\s+)?(?:said|says|noted|notes|stressed|emphasi[sz]ed|underlined|added|pointed\s+out|"
                             r"stated|recalled|expressed|informed|briefed)\b")
# an office named without a name: "met Chairman of the Azerbaijan`s Parliament", "the Speaker of the Milli Majlis"
_BARE_OFFICE = re.compile(r"\b(?P<office>(?:(?:First|Deputy|Vice)\s+)?(?:Speaker|Chairman|Chairwoman|Chair|President|Prime\s+Minister|"
                          r"Minister|Ambassador|Head|Secretary)\s+of\s+(?:the\s+)?[A-Z][\w`’'-]*"
                          r"(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w`’'-]*)*)")


def _speaking_surname(context: Context, mention: Mention) -> bool:
    """A lone surname that opens a sentence and speaks, not a place, body or word of the genre."""
    if len(mention.tokens) != 1 or mention.in_quote or "." in mention.text:
        return False
    word = mention.tokens[0]
    if _lexical(word) or word.lower() in CITY_TO_COUNTRY or word.lower() in REGION_TO_COUNTRY or _AN_ADVERB.search(word):
        return False  # "Separately emphasized the interest …": a sentence opened by an adverb, no surname
    opens = not context.text[mention.sentence.start:mention.start].strip()
    return opens and bool(_SURNAME_SPEAKS.match(context.text, mention.end))


def _surnames_hold_offices(context: Context, mentions: list[Mention], spans: SpanSet) -> None:
    """'met Chairman of the X Parliament in private. Asadov said ...': a speaking surname that matches no
    fuller name holds the office named last before it without a name of its own."""
    fuller = [m for m in mentions if len(m.tokens) >= 2 or "." in m.text]
    for mention in mentions:
        if mention.title or not _speaking_surname(context, mention) or \
                any(same_person(m.tokens, mention.tokens) for m in fuller):
            continue
        offices = [o for o in _BARE_OFFICE.finditer(context.text, context.body_start, mention.start)
                   if not context.in_quote(o.start()) and not _named_office(context, o, spans)]
        if offices:
            mention.title = _tidy_title(offices[-1].group("office")) or None
            mention.titled = mention.title is not None  # known by the office: a person, though named by surname


def _named_office(context: Context, office: re.Match[str], spans: SpanSet) -> bool:
    """The office stands next to a name of its own: 'Speaker of the Seimas Irena D.', 'X, Speaker of ...'."""
    after = re.match(r"\s*,?\s*", context.text[office.end():office.end() + 3])
    before = context.text[max(0, office.start() - 3):office.start()]
    return spans.covers(office.end() + (after.end() if after else 0)) or \
        bool(re.search(r",\s*(?:the\s+)?$", before) and spans.covers(max(0, office.start() - 4)))


_APPOINTED = re.compile(r"\s+on\s+(?:(?:his|her)\s+(?:appointment|election)\s+(?:to\s+the\s+(?:post|position|office)\s+of|as)|"
                        r"(?:assuming|taking|taking\s+up)\s+the\s+(?:post|position|office)\s+of)\s+"
                        r"(?:the\s+)?(?P<office>[A-Z][\w’'-]*(?:\s+(?:(?:of|for|the|and)\s+)*[A-Z][\w’'-]*)*)")


def _nicknamed(person: Candidate, mention: Mention) -> bool:
    """'President Jokowi' after 'Joko “Jokowi” Widodo': the person by the nickname the text gave him."""
    return len(mention.tokens) == 1 and any(m.nickname == mention.tokens[0] for m in person.mentions)


def _fullest_name(person: Candidate) -> str:
    outside = [m for m in person.mentions if not m.in_quote] or person.mentions
    # the most name parts; then an initial beside them ("D.Gombojav" over a later bare "Gombojav")
    best = max(outside, key=lambda m: (len(significant(m.tokens)), bool(re.search(_INIT, m.text)), -m.start))
    return re.sub(r"\s+", " ", best.text)


# a title that tells only how one stands to the other side: "his Uzbek counterpart", "her colleague"
_RELATION_ONLY = re.compile(r"\b(?:counterpart|colleague)s?$", re.IGNORECASE)


def _best_title(person: Candidate) -> str | None:
    titles = [m.title for m in person.mentions if m.title and not m.in_quote]
    quoted = [m.title for m in person.mentions if m.title and m.in_quote]
    if titles and quoted and all(_RELATION_ONLY.search(title) for title in titles):
        titles = []  # "his Uzbek counterpart X", then quoted "Uzbek Foreign Minister X": the office, not the relation
    if not titles:
        return max(quoted, key=len) if quoted else None
    best = max(titles, key=len)  # the longest; among equals the first written (max keeps the first)
    # "Speakers X and Y" then, in a quoted text, "Speaker of Turkey's Grand National Assembly Y": the same office, whole
    fuller = [title for title in quoted if title.startswith(best + " ")]
    return max(fuller, key=len) if fuller else best


def _share_plural_titles(context: Context, people: list[Candidate]) -> None:
    """'deputies A and B': B shares A's office."""
    written_at: dict[int, int] = {}  # where the plural office of a name further down the list stands
    for person in people:
        for mention in person.mentions:
            if mention.title:
                continue
            before = context.text[max(0, mention.start - 90):mention.start]
            # "members A, B, and C", "deputy speakers A (PiS), B (PO) and C": a party in brackets after each
            # … or his country after it: "foreign ministers A of Croatia and B of Hungary"
            # … or an honorific before each: "Members of Parliament Hon. A, Hon. B"
            joined = re.search(r"(?:\s*\([^()]{1,80}\)|\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?"
                               rf"(?:,\s+|,?\s+and\s+)(?:(?:{HONORIFICS})\.?\s*)?$", before)
            if not joined:
                continue
            previous = _person_ending_at(people, mention.start - len(joined.group(0)))
            if previous is None or not previous[1].title:
                continue
            if _offices_respectively(context, previous[1], mention, joined.group(0)):
                continue
            office_start = written_at.get(previous[1].start, previous[1].title_start)
            if office_start is not None:
                written = context.text[office_start:previous[1].start].partition(" of ")[0]
                if any(word.lower() in PLURAL_TITLES for word in written.split()):  # "Deputy Prime Ministers A and B"
                    mention.title = previous[1].title
                    written_at[mention.start] = office_start  # "the MPs A, B, C and D": each shares it in turn


# "the President and Prime Minister of the Republic of Moldova, Maia Sandu and Natalia Gavrilita": one office each
_TWO_OFFICES = re.compile(r"(?P<a>(?:[\w-]+\s+){0,3}?[\w-]+)\s+and\s+(?P<b>(?:[\w-]+\s+){0,3}?[\w-]+)(?P<of>\s+of\s+.+)?")


def _offices_respectively(context: Context, first: Mention, second: Mention, joined: str) -> bool:
    """Two offices written before two names joined by 'and' are theirs in turn: the first name holds the first."""
    offices = _TWO_OFFICES.fullmatch(first.title or "")
    if offices is None or "and" not in joined or first.title_start is None or \
            not re.fullmatch(r"\s*,\s*", context.text[first.title_start + len(first.title or ""):first.start]) or \
            not all(any(_title_head(word) for word in offices.group(part).split()) for part in ("a", "b")):
        return False
    of = offices.group("of") or ""
    first.title, second.title = offices.group("a") + of, offices.group("b") + of
    return True


# (a side may be named by its state's long name: "the Presidents of Turkmenistan and the Republic of Turkey")
_PAIRED_COUNTRIES = re.compile(r"(?P<head>.*\bof\s+(?:the\s+)?)(?P<a>[A-Z][\w’'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'-]*){0,3})"
                               r"\s+and\s+(?P<b>(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'-]*){0,3})")


# "director of the Chilean and Colombian Foreign Ministries": one office in each side's body, the bodies in the plural
_PAIRED_BODIES_OF_SIDES = re.compile(r"(?P<head>.*\bof\s+the\s+)(?P<a>[A-Z][a-z]+)\s+and\s+(?P<b>[A-Z][a-z]+)\s+"
                                     r"(?P<body>(?:[A-Z][\w-]*\s+)*(?:Ministries|Parliaments|Embassies|Governments|"
                                     r"Assemblies|Councils|Committees|Chambers))")


# "Kazakhstani and South Korean Foreign Ministers X and Y": one plural office, two sides named before it
_PAIRED_DEMONYMS = re.compile(r"(?P<a>(?!The\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+and\s+(?P<b>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)??)\s+"
                              r"(?P<office>(?:[A-Z][a-z]+\s+)*(?:Ministers|Presidents|Speakers|Ambassadors|Chairmen|Leaders))"
                              r",?\s+$")  # "The Russian and Mongolian Presidents, X and Y,"


_LISTED_COUNTRIES = re.compile(r"(?P<head>.*\bof\s+(?:the\s+)?)(?P<list>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?"
                               r"(?:,\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)+,?\s+and\s+(?:the\s+)?"
                               r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)")
_LIST_JOINER = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _distribute_listed_countries(context: Context, mentions: list[Mention]) -> None:
    """'the Presidents of Azerbaijan, Kyrgyzstan and Uzbekistan A, B and C': each the office of the country in
    the same place of its list."""
    for index, first in enumerate(mentions):
        listed = _LISTED_COUNTRIES.fullmatch(first.title or "") if first.title_start is not None else None
        office = context.text[first.title_start:first.start].split(" of ", 1)[0].lower().split() if listed else []
        if not listed or not any(word.strip(",") in PLURAL_TITLES for word in office[:4]):
            continue
        countries = [c.removeprefix("the ") for c in _LIST_JOINER.split(listed.group("list"))]
        group = mentions[index:index + len(countries)]
        if len(group) != len(countries) or not all(country_code(c) for c in countries) or \
                any(m.sentence is not first.sentence or m.title not in (None, first.title) for m in group[1:]) or \
                not all(_LIST_JOINER.fullmatch(context.text[a.end:b.start]) for a, b in itertools.pairwise(group)):
            continue
        for mention, country in zip(group, countries, strict=True):
            mention.title = listed.group("head") + country


def offices_of_each_side(title: str) -> list[str]:
    """The office of each of two sides that one shared title names: 'Foreign Ministers of A and B' gives '… of A' and
    '… of B'; 'directors of the Chilean and Colombian Foreign Ministries' gives each side's own ministry. Empty when
    the title names no two countries."""
    bodies = _PAIRED_BODIES_OF_SIDES.fullmatch(title)
    if bodies and country_code(bodies.group("a")) and country_code(bodies.group("b")):
        body = one_body_of_each(bodies.group("body"))
        return [f"{bodies.group('head')}{side} {body}" for side in (bodies.group("a"), bodies.group("b"))]
    pair = _PAIRED_COUNTRIES.fullmatch(title)
    if pair and country_code(pair.group("a")) and country_code(pair.group("b").removeprefix("the ")):
        return [pair.group("head") + pair.group("a"), pair.group("head") + pair.group("b")]
    return []


def _paired_sides(sides: re.Match[str]) -> tuple[str, str, str] | None:
    """The two sides and the office of 'Kazakh and Russian Foreign Ministers', 'Kazakhstani and South Korean Foreign
    Ministers' (the second side of two words, which the office's words would otherwise take)."""
    side_a, side_b, office = sides.group("a"), sides.group("b"), sides.group("office")
    first_word, _, rest = office.partition(" ")
    if not country_code(side_b) and rest and country_code(f"{side_b} {first_word}"):
        side_b, office = f"{side_b} {first_word}", rest
    return (side_a, side_b, office) if country_code(side_a) and country_code(side_b) else None


def _split_plural_countries(context: Context, people: list[Candidate]) -> None:
    """One plural office for two people of two countries:
    'Presidents of Kazakhstan and Azerbaijan X and Y' -> President of Kazakhstan X, President of Azerbaijan Y;
    'Ministers of Foreign Affairs of Kyrgyzstan X and Tajikistan Y' -> the same office of Tajikistan for Y."""
    mentions = sorted((m for p in people for m in p.mentions if not m.in_quote), key=lambda m: m.start)
    _distribute_listed_countries(context, sorted((m for p in people for m in p.mentions), key=lambda m: m.start))
    for first, second in itertools.pairwise(mentions):
        if first.sentence is second.sentence and first.title is None and second.title is None and \
                re.fullmatch(r"\s+and\s+", context.text[first.end:second.start]):
            _offices_told_before(context, first, second)  # "the presidents of A and B – X and Y"
        if not first.title or first.title_start is None or first.sentence is not second.sentence:
            continue
        between = context.text[first.end:second.start]
        sides = _PAIRED_DEMONYMS.search(context.text, first.sentence.start, first.start)
        paired = _paired_sides(sides) if sides else None
        if paired and re.fullmatch(r"\s+and\s+", between):
            side_a, side_b, office = paired
            singular = re.sub(r"(?i)(minister|president|speaker|ambassador|chairm[ae]n|leader|head)s?$",
                              lambda m: {"chairmen": "Chairman"}.get(m.group(1).lower(), m.group(1)), office)
            first.title, second.title = f"{side_a} {singular}", f"{side_b} {singular}"
            continue
        each = offices_of_each_side(first.title)
        if each and re.fullmatch(r",?\s+and\s+", between) and second.title in (None, first.title):
            # "the Foreign Ministers of A and B, X and Y", "the directors of the Chilean and Colombian Foreign
            # Ministries, X and Y"; a singular office two people of two countries share is a slip of the source
            # ("the Minister of Foreign Affairs of Kazakhstan and Hungary, X and Y")
            first.title, second.title = each
            continue
        office_words = context.text[first.title_start:first.start].split(" of ", 1)[0].lower().split()
        if not any(word.strip(",") in PLURAL_TITLES for word in office_words[:4]):
            continue  # "Presidents of …", "Foreign Ministers of …": a plural office before its "of"
        other = re.fullmatch(r"\)?\s+and\s+(?:the\s+)?([A-Z][\w’'-]*)\s+\(?", between)  # "A (X) and B (Y)" too
        own = re.search(r"\bof\s+(?:the\s+)?([A-Z][\w’'-]*)$", first.title)
        if other and own and second.title is None and country_code(other.group(1)) and country_code(own.group(1)):
            first.title = one_body_of_each(first.title)  # "heads of the State Committees for …": one each
            second.title = first.title[:len(first.title) - len(own.group(1))] + other.group(1)  # its own country


# "the presidents of Azerbaijan and Türkiye – Ilham Aliyev and Recep Tayyip Erdoğan": each the office of the country
# in the same place
_OFFICES_OF_TWO = re.compile(r"\b(?P<office>(?:[Ff]oreign\s+|[Pp]rime\s+)?(?:[Pp]residents|[Mm]inisters|[Ss]peakers|"
                             r"[Cc]hairm[ae]n|[Ll]eaders|[Hh]eads\s+of\s+[Ss]tate)(?:\s+of\s+[Ff]oreign\s+[Aa]ffairs)?)\s+"
                             r"of\s+(?:the\s+)?(?P<a>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)\s+and\s+(?:the\s+)?"
                             r"(?P<b>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)\s*(?:[–—:,]|\s-)\s*$")


def _offices_told_before(context: Context, first: Mention, second: Mention) -> None:
    told = _OFFICES_OF_TWO.search(context.text, first.sentence.start, first.start)
    if told is None or not (country_code(told.group("a")) and country_code(told.group("b"))):
        return
    office = re.sub(r"(?i)(president|minister|speaker|leader)s\b", r"\1", told.group("office"))
    office = re.sub(r"(?i)chairmen", "Chairman", re.sub(r"(?i)heads of state", "Head of State", office))
    office = office[0].upper() + office[1:]
    first.title, second.title = f"{office} of {told.group('a')}", f"{office} of {told.group('b')}"


def _person_ending_at(people: list[Candidate], position: int) -> tuple[Candidate, Mention] | None:
    for person in people:
        for mention in person.mentions:
            if abs(mention.end - position) <= 1:
                return person, mention
    return None


def _apposition_only(between: str) -> bool:
    """', the Federation Council, ' between an office and a name: the office is that person's."""
    return between.startswith(",") and not re.search(r"[.;:]|\b(?:and|with|said|met|noted|[a-z]+ed)\b", between)


def upgrade_bare_titles(context: Context, people: list[Candidate]) -> None:
    """'led by Chairman X' + later 'the Chairman of the Great State Khural noted': the fuller office."""
    for person in people:
        if not person.title or " " in person.title:
            continue
        if not any(m.title == person.title and not m.in_quote for m in person.mentions):
            continue  # "… I met with President Donald Trump," the Head of State said: the speaker's words, not the text's
        led = next((found for m in person.mentions if m.title_start is not None and not m.in_quote
                    and (found := _DELEGATION_LED_BY.search(context.text, max(0, m.title_start - 160), m.title_start))), None)
        if led:  # "a delegation from the National Assembly of Korea, headed by the Speaker X": that body's Speaker
            person.title = f"{person.title} of the {led.group('body')}"
            continue
        head = person.title.lower()
        if head == "minister" and _FOREIGN_MINISTERS_MET.search(_opening(context)):
            person.title = "Foreign Minister"  # "The top diplomats of A and B … minister X met his counterpart Y"
            continue
        if sum(1 for p in people if p.title and p.title.lower() == head) != 1:
            continue
        # the office's complement in capitals only ("the President of Kazakhstan for the high appreciation …" ends at
        # Kazakhstan)
        pattern = re.compile(rf"\b[Tt]he\s+({re.escape(person.title)}\s+of\s+(?:the\s+)?[A-Z][\w'’-]*"
                             rf"(?:\s+(?:(?:of|and|the|for)\s+)*[A-Z][\w'’-]*)*?)"
                             r"(?=\s+(?:[a-z]+ed|said|says|reports|informs|writes|noted|notes|stressed|added|expressed|also|has|had|"
                             r"was|is|to|for|in|on|at|with)\b|[,.;])")  # "… to the Czech Republic": where he went
        for match in pattern.finditer(context.text, context.body_start):
            inside = [m for p in people for m in p.mentions if match.start() <= m.start < match.end(1) + 2 or
                      match.end(1) <= m.start <= match.end(1) + 60 and _apposition_only(context.text[match.end(1):m.start])]
            if inside or any(p.title and p.title.lower() == match.group(1).lower() for p in people):
                continue
            complement = match.group(1)[len(person.title):].split()
            if any(word.lower() in TITLE_HEADS or word in person.tokens for word in complement):
                continue  # "invited the Speaker of the Bangladesh Speaker Dr Shirin": a garbled line, no body
            named = countries_in(match.group(1))
            own = person.country or _leader_country(person.tokens)
            if own and named and named[-1][2] != own:
                continue  # "the President of Kazakhstan" is never the American President's office
            if not context.in_quote(match.start()):
                person.title = re.sub(r"\s+", " ", match.group(1)).strip()
                if not _ENVOY.search(person.title):  # "the visit of the President of X to Y": Y is where he went
                    person.title = re.sub(r"\s+to\s+(?:the\s+)?[A-Z].*$", "", person.title)
                break


# the headline or lead tells the meeting was the foreign ministers': "FMs of S. Korea, Japan agree …", "the top
# diplomats of South Korea and Japan discussed …"
_FOREIGN_MINISTERS_MET = re.compile(r"\b(?:FMs|top\s+diplomats|foreign\s+ministers)\b", re.I)


# "the Senate and Majilis speakers – Maulen Ashimbayev and Yerlan Koshanov": two bodies' offices, then their holders in
# the same order
_RESPECTIVE_OFFICES = re.compile(r"\b(?P<first>[A-Z][\w-]+)\s+and\s+(?:the\s+)?(?P<second>[A-Z][\w-]+)\s+"
                                 r"(?P<office>speakers|chairmen|chairs|chairpersons|presidents|ministers|heads|governors)"
                                 r"\s*(?:[–—:,-]|,\s+respectively,)\s*(?P<holders>[A-Z][^.;]{3,80})")
_SINGULAR_OFFICE = {"speakers": "Speaker", "chairmen": "Chairman", "chairs": "Chair", "chairpersons": "Chairperson",
                    "presidents": "President", "ministers": "Minister", "heads": "Head", "governors": "Governor"}


def respective_offices(context: Context, people: list[Candidate]) -> None:
    """'the Senate and Majilis speakers – A and B': A is the Senate Speaker and B the Majilis Speaker, when neither
    has an office of his own in the text."""
    for match in _RESPECTIVE_OFFICES.finditer(context.text, context.body_start):
        holders = [p for p in people if not p.title and any(match.start("holders") <= m.start < match.end("holders")
                                                            for m in p.mentions)]
        holders.sort(key=lambda p: min(m.start for m in p.mentions if m.start >= match.start("holders")))
        if len(holders) == 2:
            office = _SINGULAR_OFFICE[match.group("office")]
            holders[0].title = f"{match.group('first')} {office}"
            holders[1].title = f"{match.group('second')} {office}"
            holders[0].one_side_with, holders[1].one_side_with = holders[1].name, holders[0].name


def lone_family_name_starts(context: Context, people: t.Sequence[Candidate]) -> list[int]:
    """Where a person's family name stands alone at the end of capitalized words ('the Speaker of Parliament
    Bagbin thanked him'): the words before it are an office and its body, and the body's name ends there.

    A family name followed by another capitalized word is left alone: it may begin a name ("Nazarbayev
    University")."""
    starts = []
    for person in people:
        if len(person.tokens) < 2 or len(person.tokens[-1]) < 4 or _lexical(person.tokens[-1]):
            continue
        lone = re.compile(rf"(?<=[A-Za-z] ){re.escape(person.tokens[-1])}\b(?!['’-]|\s+[A-Z])")
        starts += [match.start() for match in lone.finditer(context.text)]
    return starts


def _opening(context: Context) -> str:
    """The headline and the lead, where an article says who met."""
    lead = context.lead()
    return f"{context.article.headline or ''} {lead.text if lead else ''}"


_DELEGATION_LED_BY = re.compile(r"\bdelegation\s+(?:from|of)\s+(?:the\s+)?(?P<body>[A-Z][\w'’-]*(?:\s+(?:(?:of|and|the|for)\s+)*"
                                r"[A-Z][\w'’-]*)*),?\s+(?:headed|led)\s+by\s+(?:the\s+)?$")


# -- roles --------------------------------------------------------------------------------


_SPOKE = re.compile(r"\b(?:said|noted|stressed|emphasized|emphasised|underlined|underscored|added|expressed|thanked|"
                    r"greeted|provided information|briefed|spoke|delivered|stated|explained|reassured|commended|"
                    r"welcomed|highlighted|informed|urged|proposed|suggested|pointed\s+out|reaffirmed|assured|"
                    # "…," X told a joint press conference: he speaks at the event's own press conference
                    r"told\s+(?:a|the)\s+joint\s+(?:press|news)\s+conference)\b")
# "X is paying a visit to Macedonia on Thursday. X is set to meet with President Y …": the meetings of the visit under
# way are its programme, and those met take part in it (not "next week", not another trip)
_TO_MEET_DURING_THE_VISIT = re.compile(r"\b(?:(?:is|are)\s+(?:also\s+)?(?:set|scheduled|due|expected)\s+to|will\s+(?:also\s+)?)"
                                       r"\s*(?:meet|hold\s+(?:talks|meetings?)\s+with|be\s+received\s+by)\b")
_LATER_DAY = re.compile(r"\b(?:next|tomorrow|later\s+this\s+(?:week|month|year)|in\s+(?:January|February|March|April|May|"
                        r"June|July|August|September|October|November|December)|(?:19|20)\d\d)\b", re.I)


def _met_on_this_visit(sentence: Sentence, told: str) -> bool:
    """'X is set to meet with President Y' in a text about a visit under way: a meeting of its programme today, not one
    the sentence puts on a later day."""
    return bool(_TO_MEET_DURING_THE_VISIT.search(told)) and not _LATER_DAY.search(sentence.text)


# a sentence about what is still to come: "is scheduled to visit Korea to meet X", "will meet X"
# "the expected visit of a delegation led by X", "the next session, to be co-chaired by X": people of the plan
_FUTURE_SENTENCE = re.compile(r"\b(?:will|shall|is\s+(?:also\s+)?(?:scheduled|expected|set|due|planned)\s+to|"
                              r"are\s+(?:also\s+)?(?:scheduled|expected|set|due|planned)\s+to|intends?\s+to|"
                              # ("discussed plans to expand cooperation": the plans are what was discussed)
                              r"(?<!discussed\s)(?<!reviewed\s)(?<!considered\s)(?<!outlined\s)(?<!the\s)(?<!their\s)"
                              r"(?<!its\s)(?<!his\s)(?<!her\s)plans?\s+to|"
                              r"(?:is|are)\s+(?:also\s+)?to\s+(?:meet|hold|visit|attend|sign|participate|address|chair)|"
                              r"upcoming|forthcoming|next\s+(?:week|month|year|meeting|session|round|visit|summit)|"
                              r"(?:expected|planned|proposed)\s+(?:official\s+|state\s+|working\s+)?visit|"
                              r"to\s+be\s+(?:co-)?(?:chaired|held|hosted|led|headed))\b", re.I)
# the future of a plan told in reported speech: "he would be met by X", "would hold talks with Y"
_WOULD_BE = re.compile(r"\bwould\s+(?:also\s+)?(?:be\s+(?:met|received|welcomed|hosted|accompanied)|meet|hold|visit)\b")
# "hoping to meet with Russian President ", "will meet ": the person named next is to be met later
_TO_MEET_LATER = re.compile(r"\b(?:will|shall|would|hop(?:e|es|ed|ing)\s+to|plan(?:s|ned|ning)?\s+to|intends?\s+to|"
                            r"expects?\s+to|(?:is|are)\s+(?:scheduled|expected|due|set)\s+to)\s+(?:also\s+)?"
                            r"(?:meet|see|visit|hold\s+talks)\s+(?:with\s+)?(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){0,4}$")
# "To note, in November X visited Kazakhstan", "Earlier, X met ...": background, not the reported event ("Earlier in the
# day, X and Y held consultations" is the day's event itself, which a statement then reports)
_BACKGROUND = re.compile(r"^\W*(?:to\s+note|note\s+that|notably|earlier(?!\s+(?:in\s+the\s+day|today|this\s+morning))|"
                         r"recall\s+that|to\s+recall|as\s+a\s+reminder|"
                         r"it\s+(?:should|is\s+worth|bears)\s+(?:be\s+)?(?:noted|noting|mentioning|reminding)|"
                         r"it\s+(?:may|should|can|must|is\s+to)\s+be\s+(?:recalled|remembered|reminded)|"
                         r"for\s+reference|previously|"
                         # "As earlier reported, X and Y met on May 26": a report the outlet ran before
                         r"as\s+(?:was\s+|we\s+|it\s+was\s+)?(?:earlier|previously|already)\s+reported|"
                         r"as\s+(?:was\s+|we\s+)?reported\s+(?:earlier|before|previously))\b", re.I)
# a sentence about what is over: "Saudi delegations ... visited Kazakhstan", "X paid his first visit to Russia"
# (never a present passive: "The visit is made at the invitation of X", "is held in Hanoi")
_PAST_EVENT = re.compile(r"\b(?<!\bis\s)(?<!\bare\s)(?:visited|met|held|signed|paid|made|hosted|received|attended)\b")


def classify(context: Context, people: list[Candidate], writers: t.Collection[str] = (),
             planned: bool = False, phone_call: bool = False, visit_under_way: bool = False) -> None:
    """Participants take part in the reported event; the others are mentioned in passing.

    Each person gets ``why``: the kind of sentence that made them a participant (the lead, an
    event sentence, speech), or why they are only mentioned (in passing, only in plans, only in
    an earlier event, only in what they wrote).
    """
    lead = context.lead()
    passing = _in_passing(context, people)
    # "X told journalists": the source of the news; what they say later does not make them a party to it
    sources = {id(p) for p in people for m in p.mentions if _tells_the_news(context, m)}
    # a spokesperson speaks about the event for a ministry and takes no part in it, unless named in a delegation
    spokespeople = {id(p) for p in people
                    if any(SPOKESPERSON.search(title or "") for title in (p.title, *(m.title for m in p.mentions)))}
    sources |= spokespeople
    sides = _lead_sides(context)
    callers = [p for p in people if any(m.sentence is lead and not m.in_quote and id(m) not in passing for m in p.mentions)]
    phone = phone_call and len(callers) >= 2
    lead_actors = [p for p in people if any(m.sentence is lead and not m.in_quote and not m.possessive for m in p.mentions)]
    for person in people:
        reasons = []
        met_apart = False
        for mention in person.mentions:
            if mention.in_quote and _leads_the_visiting_delegation(context, mention):
                reasons.append("leads the delegation the lead says will visit")  # told in the source's own words
                continue
            if mention.in_quote:
                continue
            if mention.possessive and mention.sentence is lead and _DURING_ONES_VISIT.search(
                    context.text, lead.start, mention.title_start if mention.title_start is not None else mention.start) \
                    and _ONES_VISIT_AFTER.match(context.text, mention.end):
                if len([p for p in lead_actors if p is not person]) >= 2:
                    person.mentioned_vote = True  # "A met B as part of President X’s visit": the occasion of their meeting
                else:
                    reasons.append("the visitor of the visit the lead tells of")  # "during President X’s visit in Manila"
                continue
            if mention.possessive:
                person.mentioned_vote = True  # "Putin’s visit to Kazakhstan"
                continue
            if mention.sentence is not lead and _MET_APART.search(_outside_quotes(context, mention.sentence)):
                met_apart = True  # "X and Y also met with Burns, respectively": meetings of their own, not this one
                continue
            if id(mention) in passing:
                person.mentioned_vote = True
                continue
            if id(person) in spokespeople and not _listed_in_delegation(context, mention) or \
                    id(person) in sources and _tells_the_news(context, mention):
                continue  # "..., the head of the department X told": telling of the event is not taking part in it
            sentence = mention.sentence
            if sentence is not lead and _leads_the_delegation_met(context, sentence, mention):
                reasons.append("leads the delegation the lead says was received")  # whatever else the sentence tells
                continue
            # a future in the speaker's words ("… will be covered,” X said) is no plan of the text's
            outside = _outside_quotes(context, sentence)
            clause = _clause_of(outside, mention.start - sentence.start)
            told = AS_TOLD.match(outside)
            if told and mention.start - sentence.start < told.end():
                clause = outside[:told.end()]  # "As he told a press conference with X, a group will be formed"
            if sentence is not lead and (_in_background(context, sentence) or _held_in_an_earlier_year(context, sentence)
                                         or opens_in_another_month(sentence.text, context)
                                         or _talks_on_another_weekday(context, sentence)
                                         or _LAST_YEAR.search(_outside_quotes(context, sentence))):
                continue  # "In February, X reported that …", "a summit … in Seoul in November of last year": another occasion
            if sentence is not lead and _after_another_meeting(context, sentence, mention):
                continue  # "The forum is held in Ashgabat, following the meeting of X with Y in New York": earlier
            if sentence is not lead and _EARLIER_STOP.search(context.text, sentence.start, mention.start):
                continue  # "He has already visited A and B, where he met with Presidents X and Y": an earlier stop
            title_start = mention.title_start if mention.title_start is not None else mention.start
            if sentence is not lead and _SPOUSE_BEFORE.search(context.text, sentence.start, title_start):
                continue  # "The President and his spouse X are on a state visit": she accompanies him, met by no one
            if sentence is not lead and (_OCCASION_OF.search(context.text, sentence.start, title_start)
                                         or _RESULTS_OF.search(context.text, sentence.start, title_start)):
                continue  # "Mr S was in Astana for the state visit of President M": the occasion, someone else's event
            if sentence is not lead and _DIED.search(clause) or _REMEMBERED_BEFORE.search(
                    context.text, max(sentence.start, mention.start - 80), mention.start):
                continue  # "X passed away in 1966 after signing …", "the late Sheikh Zayed": history, not the event
            if sentence is not lead and (_OF_ANOTHER_TIME.search(context.text, max(sentence.start, mention.start - 60),
                                                                 mention.start) or at_another_stop(context, sentence, mention.start)):
                continue  # "the previous president, X", "In Nicaragua, he met with President X": another time or stop
            if not planned and sentence is not lead and _FUTURE_SENTENCE.search(clause) and \
                    not _ALSO_TAKES_PART.search(clause) and \
                    not (visit_under_way and _met_on_this_visit(sentence, clause)):
                continue  # "is scheduled to visit Korea to meet Prime Minister X": a plan, not this event
            before_name = context.text[max(sentence.start, mention.start - 80):mention.start]
            if not planned and _TO_MEET_LATER.search(before_name) and \
                    not (visit_under_way and _met_on_this_visit(sentence, before_name)):
                continue  # "X said he was hoping to meet with President Y on Wednesday": Y is met later, not today
            if planned and sentence is not lead and _PAST_EVENT.search(clause) and not _FUTURE_SENTENCE.search(clause) \
                    and not _WOULD_BE.search(clause):  # "On arrival, he would be met by Vice President X": the plan
                continue  # "Saudi delegations, led by X, visited Kazakhstan" in an article about a coming visit
            if sentence is lead and id(person) not in sources:
                reasons.append("named in the lead")
            elif _listed_in_delegation(context, mention):
                reasons.append("named as a member of the delegation")
            elif _INVITED_THE_GUEST.search(context.text, sentence.start, title_start) and \
                    re.search(r"\bvisit\b", sentence.text, re.I):
                reasons.append("the host whose invitation the visit answers")  # "The visit is made at the invitation of X"
            elif EVENT_TRIGGERS.search(_outside_reported_speech(context, sentence, mention)):
                reasons.append("named in an event sentence")
            elif _speaks(context, mention) and id(person) not in sources:
                reasons.append("speaks in the text")
            elif id(person) in sources and _tells_what_his_side_did(context, person):
                reasons.append("tells in his own words what his side did at the event")
        if not reasons and sides and _holds_side_office(person, sides):
            reasons.append("holds an office the lead names for a side")
        if not reasons and _author_of_a_first_person_statement(context, person):
            reasons.append("writes in the first person of the event")  # "Today I will travel to India … Authorised by X"
        if not reasons and planned and _headline_visitor(context, person):
            reasons.append("named in the headline as the one who will visit")  # "President X to visit Azerbaijan"
        if reasons and phone and person not in callers and reasons[0] != "named in the lead":
            reasons = []  # a phone call has the callers the lead names; others are named in passing
            person.mentioned_vote = True
        person.participant = bool(reasons)
        person.why = reasons[0] if reasons else ("named in passing" if person.mentioned_vote else
                                                 "told the press about the event" if id(person) in sources else
                                                 _MET_APART_WHY if met_apart else "named outside the event")
        if person.name in writers:
            person.participant = False
            person.why = "quoted from what they wrote"


def drop_anothers_office(context: Context, people: list[Candidate]) -> None:
    """'A delegation will accompany the Prime Minister and Trade Minister Tim Groser': "the Prime Minister" is the
    one the text already named so (Prime Minister John Key), and Groser is the Trade Minister only."""
    for person in people:
        both = re.fullmatch(r"(?P<first>.+?)\s+and\s+(?P<second>.+)", person.title or "")
        if both is None:
            continue
        holder = [p for p in people if p is not person and p.first.start < person.first.start and
                  re.search(rf"(?:^|\s){re.escape(both.group('first'))}$", p.title or "", re.I)]
        told = any(re.search(rf"\bthe\s+{re.escape(person.title or '')}\s*,?\s*$",
                             context.text[max(m.sentence.start, m.start - 120):m.start]) for m in person.mentions)
        if len(holder) == 1 and told:
            person.title = both.group("second")
            person.one_side_with = person.one_side_with or holder[0].name  # named beside him, of his side


_SPOUSE_BEFORE = re.compile(r"\b(?:his|her)\s+(?:spouse|wife|husband)\s*,?\s*$", re.I)


def _author_of_a_first_person_statement(context: Context, person: Candidate) -> bool:
    """A minister's own statement ("Today I will travel to India for … my meeting with …"), signed in its letterhead or
    its closing "Authorised by X": its author takes part in what it tells."""
    lead = context.lead()
    if lead is None or not _FIRST_PERSON_EVENT.search(lead.text):
        return False
    return any(_SIGNED_BY_AUTHOR.search(context.text, m.sentence.start, m.start) or
               (m.sentence.end <= lead.start and not m.in_quote) for m in person.mentions)


_FIRST_PERSON_EVENT = re.compile(r"\b(?:I|We)\s+(?:will\s+|shall\s+|am\s+going\s+to\s+)?(?:travel(?:led)?|visit(?:ed)?|"
                                 r"meet|met|hold|held|sign(?:ed)?|lead|led)\b|\bmy\s+(?:visit|meeting|talks)\b")
_SIGNED_BY_AUTHOR = re.compile(r"\b(?:Authori[sz]ed|Statement|Signed)\s+by\s+(?:(?:[A-Z][\w.]*|the)\s+){0,4}$")


# "The visit is made at the invitation of General Secretary X": the one who invited receives the guest
_INVITED_THE_GUEST = re.compile(r"\bat\s+the\s+invitation\s+of\s+(?:the\s+|his\s+|her\s+)?(?:[\w’'-]+\s+){0,12}?$")


# "A and B will also participate": more members of the delegation the text tells of, not another occasion
_ALSO_TAKES_PART = re.compile(r"\bwill\s+also\s+(?:participate|take\s+part|attend|join\s+(?:the|this)\s+delegation)\s*"
                              r"(?:in\s+(?:the|this)\s+(?:visit|talks|meeting|event)s?\s*)?[.;]?\s*$")


# "On the same day, X and Y also met with Burns, respectively": each held a meeting of his own with the visitor
_MET_APART = re.compile(r"\balso\s+(?:met|held\s+(?:talks|a\s+meeting|meetings|separate\s+meetings))\s+with\b[^.;]*?"
                        r"\b(?:respectively|separately|individually)\b"
                        # "Meanwhile, CS X paid a courtesy call on Y", "In addition, the CS also held a bilateral meeting
                        # with Z": calls of their own beside the talks the lead tells
                        r"|^(?:Meanwhile|In\s+addition|Separately|Later|Besides),\s+[^.;]*?\b(?:paid\s+a\s+courtesy\s+call\s+on|"
                        r"(?:also\s+)?held\s+a\s+(?:separate\s+)?bilateral\s+meeting\s+with)\b"
                        # "On the same day, Minister X also participated in the … Dialogue together with Vice President
                        # Y": another occasion of the same day, where the others named did not meet the guest
                        r"|^(?:On\s+the\s+same\s+day|The\s+same\s+day|Later\s+(?:that|the\s+same|in\s+the)\s+day|"
                        r"Earlier\s+(?:that|the\s+same|in\s+the)\s+day|On\s+the\s+sidelines\s+of\s+the\s+visit),\s+[^.;]*?"
                        r"\b(?:also\s+(?:participated|took\s+part|attended|joined|addressed|spoke)|"
                        r"(?:participated|took\s+part|attended)\s+as\s+well|attended\s+as\s+well)\b")
_MET_APART_WHY = "met a participant separately"


_DELEGATION_MET = re.compile(r"\b(?:received|receives|met|meets|welcomed|welcomes|hosted|hosts)\b[^.;]*\bdelegation\b")
_LEADER_OF_DELEGATION = re.compile(r"\bdelegation\b[^.;]{0,40}?\b(?:led|headed)\s+by\s+(?:the\s+)?[^.;,]{0,60}$")


def _leads_the_delegation_met(context: Context, sentence: Sentence, mention: Mention) -> bool:
    """'X received a delegation from the National Assembly of Panama. … the delegation led by Y, President of …':
    the one who leads the delegation the lead tells of takes part, wherever the text names him."""
    lead = context.lead()
    start = mention.title_start if mention.title_start is not None else mention.start
    return lead is not None and bool(_DELEGATION_MET.search(lead.text)) and \
        bool(_LEADER_OF_DELEGATION.search(context.text, sentence.start, start))


_DELEGATION_VISITS = re.compile(r"\bdelegation\b[^.;]{0,80}?\b(?:visit|arrive|arrives|arriving|arrived|to\s+come)\b", re.I)


def _leads_the_visiting_delegation(context: Context, mention: Mention) -> bool:
    """'"The delegation, led by X, will arrive in Dushanbe," Y told the agency' under a lead that says a delegation
    will visit: X leads the visit the article is about, though only the source's quoted words name him."""
    lead = context.lead()
    start = mention.title_start if mention.title_start is not None else mention.start
    return lead is not None and bool(_DELEGATION_VISITS.search(lead.text)) and \
        bool(_LEADER_OF_DELEGATION.search(context.text, mention.sentence.start, start))


# "President Sadyr Japarov to visit Azerbaijan", "X will pay a state visit to Y": a headline naming who will visit
HEADLINE_VISIT = re.compile(r"^(?P<who>.{3,80}?)\s+(?i:to|will)\s+(?i:pay\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}visit\s+to|visit)\s+"
                            r"(?i:the\s+)?(?P<what>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})")


def _headline_visitor(context: Context, person: Candidate) -> bool:
    """The person the headline says will visit: the subject before "to visit"."""
    headline = context.article.headline or ""
    visit = HEADLINE_VISIT.match(headline)
    return visit is not None and any(word in visit.group("who").lower().split() for word in significant(person.tokens))


# "the delegation will consist of A, B and C", "X will be accompanied by deputies: A, B": members listed by name
# "the British group included MPs A and B", "Among the delegation members will be A, B and C"
_DELEGATION_LIST = re.compile(
    r"\b(?:delegation|entourage|group)\b[^.;:]{0,40}?\b(?:includes?|included|including|consists?\s+of|consisted\s+of|"
    r"consist\s+of|comprises?|comprised(?:\s+of)?|comprising|composed\s+of|made\s+up\s+of)\b"
    r"|\bamong\s+(?:the\s+)?(?:members\s+of\s+the\s+delegation|delegation\s+members)\s+(?:are|were|will\s+be|was)\b"
    r"|\b(?:members\s+of\s+the\s+delegation|delegation\s+members)\s+(?:are|were|will\s+be|include|included)\b"
    # "Among the attendees at the Tuesday meeting were Rep. A and Rep. B", "Attendees included A and B"
    r"|\bamong\s+(?:the\s+)?(?:attendees|participants|those\s+(?:present|attending))\b[^.;:]{0,60}?"
    r"\b(?:are|were|was|will\s+be)\b|\battendees\s+(?:include|included)\b"
    r"|\baccompanied\s+by\b"
    # "Along with him will go the members A, B and C": those who travel with the one who leads the visit
    r"|\b(?:along\s+with|together\s+with|with)\s+(?:him|her|them)\s+(?:will\s+(?:go|travel|be)|are\s+(?:going|travell?ing))\b",
    re.I)
# a new clause between the list's opening and the name: the name is no longer a member
_CLAUSE_BREAK = re.compile(r"\b(?:who|which|that|while|whereas|when|where|met|visited|signed|held|said|noted)\b")


# "The minister said that four years have passed since the arrest of X": what a speaker told, not the event
_REPORTED_THAT = re.compile(r"\b(?:said|noted|stressed|added|recalled|stated|reminded|emphasi[sz]ed|underlined|pointed\s+out|"
                            r"informed\s+(?:\w+\s+){0,3}?that|told\s+(?:\w+\s+){0,3}?that)\s+(?:that\s+)?", re.I)


def _outside_reported_speech(context: Context, sentence: Sentence, mention: Mention) -> str:
    """The sentence without quotes, and, for a name inside what someone else reported, only the words before the
    reporting verb: "the Deputy Prime Minister said that … visiting their graves" tells of no event of X's."""
    outside = _outside_quotes(context, sentence)
    reported = next(reversed(list(_REPORTED_THAT.finditer(context.text, sentence.start, mention.start))), None)
    if reported is None or not re.search(r"\bthat\b", reported.group(0)):
        return outside
    # the name stands in what the speaker said: the event words before the verb are the speaker's ("Addressing the
    # meeting, X stressed that the council reflects the keenness of King Y": Y is named, not present)
    return ""


def _listed_in_delegation(context: Context, mention: Mention) -> bool:
    """The person is named in the list of a delegation's members (the delegation takes part in the event)."""
    start = mention.title_start if mention.title_start is not None else mention.start
    before = context.text[mention.sentence.start:start]
    opening = next(reversed(list(_DELEGATION_LIST.finditer(before))), None)  # the list opening nearest the name
    if opening is None:
        return False
    listed = _MEMBERS_OTHER_OFFICE.sub(",", before[opening.end():])
    return not _CLAUSE_BREAK.search(listed) and not context.in_quote(mention.start)


# "…, Ana Pop (PSD), who is also the chairman of the Joint Commission, the chairman of …": a member's second office,
# no break in the list
_MEMBERS_OTHER_OFFICE = re.compile(r",\s*who\s+(?:is|was|are|were)\s+(?:also\s+)?(?:the|a|an)\s[^,;]*,")


_HELD_IN_YEAR = re.compile(r"\b(?:took\s+place|was\s+held|were\s+held|was\s+signed|were\s+signed)\b[^.;]*?\b((?:19|20)\d\d)\b")


_TALKS_ON_A_WEEKDAY = re.compile(r"^\W*(?:In|During|At)\s+(?:the\s+|a\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:talks|call|meeting|"
                                 rf"conversation)\s+(?:on\s+|last\s+)?(?P<day>{'|'.join(day.title() for day in WEEKDAYS)})\b")


def _talks_on_another_weekday(context: Context, sentence: Sentence) -> bool:
    """'In phone talks Tuesday, President X offered …' in a report of talks held Thursday: another occasion."""
    talks = _TALKS_ON_A_WEEKDAY.match(sentence.text)
    lead_days = context.lead_weekdays()
    return bool(talks and lead_days and talks.group("day").lower() not in lead_days)


def _held_in_an_earlier_year(context: Context, sentence: Sentence) -> bool:
    """'… the meeting between President X and President Y, which took place in New York in September 2023' in an
    article of 2024: the people of an earlier occasion."""
    page = context.article.page_date
    held = _HELD_IN_YEAR.search(sentence.text)
    return bool(page and held and int(held.group(1)) < page.year)


# an earlier occasion told in the middle of a sentence, its people after it: "…, following the meeting of President
# X with President Y in New York" (never "Following the talks, X and Y signed": there the talks are this event)
_AFTER_ANOTHER_MEETING = re.compile(r"(?<=[\w,]\s)(?:following|after)\s+(?:the|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
                                    r"(?:meeting|talks|visit|negotiations|summit|conversation)\s+(?:of|between)\s+"
                                    r"[^.;]*$")


def _after_another_meeting(context: Context, sentence: Sentence, mention: Mention) -> bool:
    """The mention follows an earlier occasion the sentence adds after its own verb, in a city the lead does not
    name ("The forum is held in Ashgabat, following the meeting of X with Y in New York"); "Today, following the
    negotiations between X and Y, the sides signed" and "Documents were signed following the talks between X and
    Y" are this event."""
    earlier = _AFTER_ANOTHER_MEETING.search(context.text, sentence.start, mention.start)
    if not (earlier and _MAIN_VERB.search(context.text, sentence.start, earlier.start())):
        return False
    # "... following the talks between X and Y" may be this very occasion; a city the lead does not name, where
    # that meeting was, tells it apart ("... of X with Y in New York")
    elsewhere = re.search(r"\bin\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)", context.text[earlier.start():sentence.end])
    lead = context.lead()
    return bool(elsewhere and elsewhere.group(1).lower() in CITY_TO_COUNTRY and
                (lead is None or elsewhere.group(1) not in lead.text))


# "The previous Iranian president, X", "the then-president, X": an office held at another time
_OF_ANOTHER_TIME = re.compile(r"\b(?:previous|then-)\s*(?:[\w’'-]+\s+){0,2}?[\w’'-]+,?\s+$", re.I)
# "In Nicaragua, he met with …", "Raisi's agenda in Venezuela included meetings with …": a stop of a tour, told by its place
_STOP_IN = re.compile(r"^(?:In|While\s+in|At)\s+(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s*,|"
                      r"\b(?:agenda|programme|program|stay|stop|leg)\s+in\s+(?P<at>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)")


def _country_of_the_stop(context: Context, person: Candidate) -> str | None:
    """'In Nicaragua, he met with President Daniel Ortega': a bare office held at the stop is the stop country's."""
    return another_stops_country(context, person.first.sentence, person.first.start)


# "visited Dushanbe, the capital of Tajikistan, to hold talks with X", "In Tashkent, Park will meet X": a place, then
# the meeting with the one named
_PLACE_THEN_MEETING = re.compile(r"\b(?:[Ii]n|visited|visits|visit\s+to|arrived\s+in)\s+(?:the\s+capital,\s+)?"
                                 r"(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b[^.;]*?\b(?:talks|meet|meets|met|meeting|"
                                 r"call\s+on)\b[^.;]*$")


def _met_where_the_sentence_puts_it(context: Context, person: Candidate) -> str | None:
    """'On Wednesday, Park visited Dushanbe, the capital of Tajikistan, to hold talks with Chairman X': one met at a
    place of one country, that the sentence names before the meeting, is of that country."""
    for mention in (m for m in person.mentions if not m.in_quote):
        before = context.text[mention.sentence.start:mention.start]
        if _ALSO_MET_THERE.match(before) and mention.sentence.index > 0:
            # "… visited Lima to hold talks with X. He also met with President Y": the same stop
            previous = context.sentences[mention.sentence.index - 1]
            before = previous.text.rstrip(" .") + " met"
        told = _PLACE_THEN_MEETING.search(before)
        if told is None:
            continue
        places = {country_code(word) or CITY_TO_COUNTRY.get(word.lower()) for word in re.findall(r"[A-Z][a-z]+", before[told.start():])}
        places.discard(None)
        if len(places) == 1:
            return places.pop()
    return None


_ALSO_MET_THERE = re.compile(r"\W*(?:He|She|They|[A-Z][a-z]+)\s+also\s+(?:met|held\s+talks|had\s+a\s+meeting)\s+with\s+"
                             r"(?:[A-Z][\w.’'-]*\s+){0,4}$")


def at_another_stop(context: Context, sentence: Sentence, before: int) -> bool:
    """The sentence, up to ``before``, puts what it tells in a country the lead does not name (the lead names a place
    or a side's country): "In Nicaragua, he met …", "His agenda in Venezuela included the signing of …"."""
    return another_stops_country(context, sentence, before) is not None


def another_stops_country(context: Context, sentence: Sentence, before: int) -> str | None:
    """The country of that other stop (see :func:`at_another_stop`), or None."""
    lead = context.lead()
    stop = _STOP_IN.search(sentence.text[:before - sentence.start])
    if lead is None or sentence is lead or stop is None:
        return None
    place = stop.group("place") or stop.group("at")
    where = country_code(place) or CITY_TO_COUNTRY.get(place.lower())
    named = country_codes_in(lead.text) | {CITY_TO_COUNTRY[word.lower()] for word in re.findall(r"[A-Z][a-z]+", lead.text)
                                           if word.lower() in CITY_TO_COUNTRY}
    return where if where is not None and named and where not in named else None


# the earlier stops of a tour: "He has already visited Tajikistan, where he met …", "had previously held talks with …"
_EARLIER_STOP = re.compile(r"\b(?:has|have|had)\s+(?:already|earlier|previously)\s+(?:visited|met|held|been|travel+ed)\b|"
                           r"\b(?:already|previously)\s+visited\b|"
                           # "The Italian official was previously in Tehran where he met X": the trip's stop before
                           r"\b(?:was|were|had\s+been)\s+(?:previously|earlier|already)\s+in\s+[A-Z][^.;]*?\bwhere\b|"
                           # "Prior to the visit to Uzbekistan, X visited Ukraine where he met …"
                           r"\b(?:prior\s+to|before)\s+(?:the|his|her|their|this)\s+(?:visit|trip|arrival)\b[^.;]*?\bvisited\b|"
                           r"\bbefore\s+arriving\s+in\b[^.;]*?\bvisited\b", re.I)
_MAIN_VERB = re.compile(r"\b(?:is|are|was|were|will|has|have|had|held|took\s+place|takes\s+place|opened|began)\b")


# "last year", "two years ago", "during his visit to Hungary last March": another occasion
_LAST_YEAR = re.compile(r"\b(?:last\s+year|(?:a\s+year|\w+\s+years)\s+ago|last\s+(?:January|February|March|April|May|June|"
                        r"July|August|September|October|November|December))\b", re.I)


# a lead that tells of a visit still under way: "X is carrying out an intense agenda as part of his visit to Y",
# "X, who is on an official visit to Y, …"
_VISIT_UNDER_WAY = re.compile(r"\b(?:is|are)\s+(?:currently\s+|now\s+)?(?:on|paying|making|carrying\s+out|conducting)\b"
                              r"[^.;]{0,80}?\bvisit\b", re.I)
_BARE_EARLIER = re.compile(r"\W*(?:earlier|previously),\s+(?!.*\b(?:19|20)\d\d\b)", re.I)


def _earlier_in_this_visit(context: Context, sentence: Sentence) -> bool:
    """'Previously, the Deputy PM held meetings with …' in a report of a visit still under way: the visit's own
    earlier meetings, not another occasion (never a sentence with a year of its own)."""
    lead = context.lead()
    return lead is not None and bool(_VISIT_UNDER_WAY.search(lead.text)) and \
        bool(_BARE_EARLIER.match(sentence.text)) and not _LAST_YEAR.search(sentence.text)


def _in_background(context: Context, sentence: Sentence) -> bool:
    """The sentence recalls the past, or its paragraph opened by doing so ('It may be recalled that
    ties date from 1955. ... in 2015, when Prime Minister X visited ...')."""
    if _BACKGROUND.match(sentence.text):
        return not _earlier_in_this_visit(context, sentence)
    opening = next((s for s in context.sentences if s.paragraph == sentence.paragraph), sentence)
    return opening is not sentence and opening is not context.lead() and bool(_BACKGROUND.match(opening.text))


# "X, the head of the department, told journalists", "... will pay a visit, the head of the department X told, the
# agency reports": who announced the news
# what a person named right after is the occasion of, not a party to this event: "Mr S was in Astana for the state
# visit of President X" (never "following the results of the talks between X and Y", which are this event's)
_OCCASION_OF = re.compile(r"\b(?:for|on\s+the\s+occasion\s+of)\s+the\s+(?:state|official|working)\s+visit\s+of\s+(?:the\s+)?"
                          r"(?:[A-Z][\w-]*\s+){0,3}$")
# "the results of talks between Presidents A and B showed …": an occasion whose outcome the text weighs, not this one
# (but "following the results of negotiations between A and B, the sides signed …": the event follows them)
_RESULTS_OF = re.compile(r"(?<!following\sthe\s)(?<!following\s)(?<!on\sthe\s)\b(?:results?|outcomes?)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:talks|negotiations|visit|meetings?|"
                         r"summit)\s+(?:between|of|with)\s+[^.;:]*$")
_TOLD_PRESS = re.compile(r",?(?:\s*(?:has|had)(?=\s+told\b))?(?:\s*told\s*[,.;]|\s*(?:reported|announced|informed)\s*\.|\s*(?:told|informed|briefed)\s+(?:the\s+)?(?:journalists|reporters|press|media|correspondents?|"
                         r"[A-Z][\w.-]*(?:\s+news\s+agency)?)\b|\s*(?:(?:said|announced)\s+)?(?:at|during)\s+(?:a|the)\s+"
                         r"(?:regular\s+)?(?:press\s+conference|(?:press\s+)?briefing|news\s+conference)\b)")  # "said X, the
# spokesperson, at a press briefing": the verb before the name; "X, head of the department, reported.": the news's source


# "…, Bair Zhamsuyev, member of the Russian upper house, said on Monday.": who the lead's news comes from
_SAID_AT_THE_END = re.compile(r"\s*(?:said|says|added|reported|told\s+(?:[A-Z][\w.-]*|reporters|journalists))"
                              r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))?\s*\.?\s*$")


# "we have signed 76 new regional agreements during the forum": the speaker's own side acted at the event
_WE_DID = re.compile(r"\bwe\s+(?:have\s+|had\s+)?(?:also\s+)?(?:signed|agreed|held|discussed|met|adopted|concluded)\b", re.I)


def _tells_what_his_side_did(context: Context, person: Candidate) -> bool:
    """A source whose quotation, attributed to him right after it, tells what "we" did at the event: one who took
    part ("… we have signed 76 agreements during the forum," X said), not a spokesman reporting others."""
    if not person.tokens:
        return False
    surname = person.tokens[-1]
    for span in context.quote_spans:
        words = context.text[span.start:span.end]
        after = context.text[span.end:span.end + 80]
        if _WE_DID.search(words) and re.match(rf"[^.;\n]{{0,60}}\b{re.escape(surname)}\b", after):
            return True
    return False


def _tells_the_news(context: Context, mention: Mention) -> bool:
    """'X, head of the department, told journalists', '…, X, member of the upper house, said on Monday.': the
    source of what the sentence reports (the second only in a sentence that quotes no one)."""
    after = _after_apposition(context, mention)
    if _TOLD_PRESS.match(context.text, after):
        return True
    sentence = mention.sentence
    if any(mark in sentence.text for mark in "\"“”«»") or not re.search(r",\s*$", context.text[sentence.start:mention.start]):
        return False
    return bool(_SAID_AT_THE_END.match(context.text[:sentence.end], after))


def _after_apposition(context: Context, mention: Mention) -> int:
    """Where the verb after 'X, the head of the department,' would start."""
    apposition = re.match(r",[^,.;]{1,120},", context.text[mention.end:mention.sentence.end])
    return mention.end + apposition.end() if apposition else mention.end


def _outside_quotes(context: Context, sentence: Sentence) -> str:
    """The sentence with its quoted words blanked: an event word inside a quote is the speaker's, not this event's."""
    start, end = sentence.start, sentence.start + len(sentence.text)
    if not any(span.start < end and start < span.end for span in context.quote_spans):
        return sentence.text  # most sentences: no quote reaches into them, no letter to check
    return "".join(" " if context.in_quote(sentence.start + i) else ch for i, ch in enumerate(sentence.text))


def _speaks(context: Context, mention: Mention) -> bool:
    """The person is the one speaking: 'X noted', 'X, the Minister, stressed', 'said X'; not someone the speaker
    talks about ('Y noted that attention is paid by President X')."""
    after = context.text[_after_apposition(context, mention):mention.sentence.end]
    before = context.text[mention.sentence.start:mention.title_start if mention.title_start is not None else mention.start]
    return bool(re.match(rf"\s*(?:(?:also|further|then|later|in\s+turn)\s+)?{_SPOKE.pattern}", after)
                or re.search(rf"{_SPOKE.pattern}\s+(?:the\s+)?$", before)
                or not re.search(rf"{_SPOKE.pattern}", before) and _SPOKE.search(after[:100]))


def _clause_of(sentence: str, offset: int) -> str:
    """The part of a sentence around ``offset`` up to the nearest ';' or sentence-internal boundary."""
    start = max(sentence.rfind(";", 0, offset), 0)
    end = sentence.find(";", offset)
    return sentence[start:end if end >= 0 else len(sentence)]


def _lead_sides(context: Context) -> tuple[str, set[str]] | None:
    """'The Foreign Ministers of Kyrgyzstan and Russia discussed ...': the office and the two countries."""
    lead = context.lead()
    if lead is None:
        return None
    match = re.search(r"\b(?P<head>Presidents|Prime Ministers|Foreign Ministers|Ministers|Speakers|Chairmen|[Ll]eaders)\s+"
                      r"of\s+(?:the\s+)?(?P<a>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)\s+and\s+(?:the\s+)?"
                      r"(?P<b>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)", lead.text)
    if not match:
        return None
    codes = {code for code in (country_code(match.group("a")), country_code(match.group("b"))) if code}
    return (PLURAL_TITLES.get(match.group("head").split()[-1].lower(), match.group("head").lower()), codes) \
        if len(codes) == 2 else None


def _holds_side_office(person: Candidate, sides: tuple[str, set[str]]) -> bool:
    head, codes = sides
    title = (person.title or "").lower()
    return head.split()[-1] in title and bool(country_codes_in(person.title or "") & codes)


# "thanked X for the warm welcome": the host, who is there; "thanked X for his support": someone absent
_HOST_THANKED = re.compile(r"\s+for\s+(?:the\s+|a\s+|his\s+|her\s+)?(?:warm\s+|cordial\s+|kind\s+)?"
                           r"(?:welcome|hospitality|reception|meeting|talks|conversation)\b")


# "informed the Mongolian side that …", "told him that …": what follows is reported, its people are not present
_TOLD_THAT = re.compile(r"\b(?:informed|told|briefed|notified)\b[^.;]{0,60}?\bthat\b[^.;]*$", re.I)
_CONGRATULATED = re.compile(r"\bcongratulat(?:ed|es|ing)\s+(?:the\s+)?$", re.I)
_ON_OCCASION = re.compile(r"(?:,[^,.;]{1,80},)?\s+on\s+(?:his|her|the|their|assuming|taking|becoming|being|winning|"
                          r"election|re-election|appointment|inauguration)\b")


# an office the title reader left unread before a name: capitalized words joined by of/the, a lower-case word at most
_UNREAD_OFFICE = re.compile(r"(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:(?:of|the|and|for)\s+)*[A-Z][\w’'-]*)*"
                            r"(?:\s+(?:of\s+)?(?:the\s+)?[A-Z][\w’'-]*\s+[a-z]+)?\s+$")


def _in_passing(context: Context, people: list[Candidate]) -> set[int]:
    """Mentions named in passing ('the visit of the President X'), and the next name coordinated
    with one ('friendship of the Heads of State X and Y', 'between the President of A X and the President of B Y')."""
    ordered = sorted(((m.start, m) for p in people for m in p.mentions if not m.in_quote), key=lambda x: x[0])
    found: set[int] = set()
    previous: Mention | None = None
    for _, mention in ordered:
        start = mention.title_start if mention.title_start is not None else mention.start
        before = _words_before(context, mention, start)
        if _MENTIONED_CONTEXT.search(before) and not _reported_visit(context, mention, before) and \
                not _HOST_THANKED.match(context.text, mention.end):
            found.add(id(mention))
        elif mention.sentence is not context.lead() and _CONGRATULATED.search(before) and \
                _ON_OCCASION.match(context.text, mention.end):
            found.add(id(mention))  # "In turn, Y congratulated President X on his birthday": X is absent
        elif mention.sentence is not context.lead() and _TOLD_THAT.search(
                context.text, mention.sentence.start, start):
            found.add(id(mention))  # "X informed the side that on September 1 the President Y announced …": told about
        elif _AFTER_TAKING_OFFICE.search(before) and _TOOK_OFFICE.match(context.text, mention.end):
            found.add(id(mention))  # "…, after Fumio Kishida became prime minister this week": the occasion's background
        elif _INVITED.search(before) and _TO_VISIT.match(context.text, mention.end):
            found.add(id(mention))  # "X invited the Prime Minister of Y Z to pay a state visit": Z was asked, not there
        elif previous is not None and id(previous) in found and previous.sentence is mention.sentence and \
                re.fullmatch(r"\s*(?:,\s*)?and\s+(?:the\s+)?", context.text[previous.end:start]):
            found.add(id(mention))
        previous = mention
    return found


# "… during President Maithripala’s visit in Manila today": the visit the lead tells of, its visitor named in the possessive
_DURING_ONES_VISIT = re.compile(r"\b(?:during|in\s+the\s+course\s+of|as\s+part\s+of|within\s+the\s+framework\s+of)\s+$")
_ONES_VISIT_AFTER = re.compile(r"['’]s?\s+(?:(?:state|official|working|first|maiden)\s+)?visit\s+(?:to|in)\s+[A-Z]")
_AFTER_TAKING_OFFICE = re.compile(r"\b(?:after|since|when|as|following|weeks\s+after|days\s+after)\s+$")
_TOOK_OFFICE = re.compile(r"\s+(?:became|took\s+office|was\s+(?:elected|appointed|sworn\s+in|inaugurated)|assumed\s+office)\b")
_INVITED = re.compile(r"\binvit(?:ed|es|ing)\s+(?:the\s+)?$")
_TO_VISIT = re.compile(r",?\s+to\s+(?:(?:pay|make)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}visit|visit|come)\b")


def _words_before(context: Context, mention: Mention, start: int) -> str:
    """The words (up to 60 characters) before a mention's office at ``start``, where "the visit of" would stand. An
    office the title reader left unread ("the initiatives of the National Leader of the Turkmen people X") or one
    tidied down from a clause ("… good wishes of King Salman") moves them before that office when they name it in
    passing there."""
    sentence_start = mention.sentence.start
    offices: list[int] = []
    unread = _UNREAD_OFFICE.search(context.text, max(sentence_start, start - 90), start) \
        if mention.title_start is None else None
    if unread:
        offices.append(unread.start())
    own = context.text[sentence_start:mention.start].rstrip()  # the sentence up to the name
    if mention.title and own.endswith(mention.title):
        offices.append(sentence_start + len(own) - len(mention.title))
    before = context.text[max(sentence_start, start - 60):start]
    for office_start in offices:
        window_start = max(sentence_start, office_start - 60)
        if _MENTIONED_CONTEXT.search(context.text, window_start, office_start):
            before = context.text[window_start:office_start]
    return before


def _reported_visit(context: Context, mention: Mention, before: str) -> bool:
    """'The visit of the President X to Dushanbe began with ...' in the lead is the event itself."""
    return mention.sentence is context.lead() and bool(re.search(r"\bvisit\s+of\s+(?:the\s+)?$", before)) and \
        not re.search(r"\b(?:previous|earlier|last|recent|former|first)\s+(?:\w+\s+)?visit\s+of\s+(?:the\s+)?$", before, re.I)


# -- countries and institutions --------------------------------------------------------------


def assign_countries(people: list[Candidate], event_countries: t.Sequence[str],
                     org_country: t.Callable[[str], str | None], context: Context | None = None) -> None:
    """A person's country from the office, then the institution, then the delegation or body the text
    introduces them with, then the name, then the pairing."""
    for person in people:
        person.country = _country_from_title(person.title) or (
            org_country(person.organization) if person.organization else None)
        if person.country is None and person.title and not (_ENVOY.search(person.title) and " to " in person.title):
            person.country = org_country(person.title)  # never an envoy's host country ("Ambassador to China")
        if person.country is None and context is not None and person.title and _ENVOY.search(person.title):
            person.country = _envoys_own_country(context, person)
        if person.country is None and context is not None:
            person.country = _country_introduced(context, person) or _country_of_the_stop(context, person) or \
                _met_where_the_sentence_puts_it(context, person)
        if person.country is None and context is not None:
            person.country = _country_in_the_headline(context, person)
        if person.country is None and _MONGOLIAN_PATRONYMIC.match(person.tokens[0]) and \
                fold(person.tokens[0]).lower() not in english.GIVEN_NAMES:  # "Carolyn", "Evelyn": no patronymic
            person.country = "MN"
        if person.country is None:
            person.country = _leader_country(person.tokens)
        if person.country is None:
            person.country = _country_by_name_shape(person, event_countries)
    if context is not None:
        _members_of_a_named_side(context, people)
        members_of_the_led_delegation(context, people)
        _those_who_also_take_part(context, people)
        _those_accompanying(context, people)
    if context is not None and len(event_countries) == 2:
        _counterparts_across(context, people, event_countries)
    _pair_countries(people, event_countries)
    if context is not None:
        _those_accompanying(context, people)  # those who accompany someone whose side the pairing only now told
        _those_together_with(context, people)
        _listed_with_one_of_a_side(context, people)
        _those_going_along(context, people)
    for person in people:  # "the Senate and Majilis speakers – A and B": A is of B's state
        partner = next((p for p in people if person.one_side_with and p.name == person.one_side_with), None)
        if person.country is None and partner is not None:
            person.country = partner.country
    _host_of_an_envoy(people)
    unplaced = [person for person in people if person.country is None and person.participant]
    if context is not None and unplaced:
        named = {code for start, _, code in countries_in(context.text) if not context.in_quote(start)}
        for person in unplaced:
            person.country = _country_its_name_tells(person, named)


_ACCREDITED_TO = re.compile(r"\b(?:[Aa]mbassador|[Ee]nvoy|[Cc]onsul(?:\s+[Gg]eneral)?)\s+to\s+(?:the\s+)?(?P<country>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})")


def _host_of_an_envoy(people: list[Candidate]) -> None:
    """'X received the Sri Lankan Ambassador to Indonesia': the one an envoy meets, whose country the text does not
    give, is of the country the envoy is accredited to, when the two are the meeting's only participants."""
    participants = [person for person in people if person.participant]
    if len(participants) != 2:
        return
    for envoy, host in (participants, participants[::-1]):
        sent_to = _ACCREDITED_TO.search(envoy.title or "")
        code = country_code(sent_to.group("country")) if sent_to else None
        if host.country is None and code and envoy.country and envoy.country != code:
            host.give_country(code, "the one an envoy accredited there met")


# name shapes that tell one country beyond doubt: Turkish letters and -oğlu, Korean and Chinese syllables
_TELLING_ORIGINS = {"tr": "TR", "ko": "KR", "zh": "CN"}


def _country_its_name_tells(person: Candidate, named: set[str]) -> str | None:
    """'Foreign Minister Mevlüt Çavuşoğlu discussed … with his Kyrgyz counterpart' in a Turkish paper that names
    Turkey further on: a name of Turkish shape whose country the text names (``named``) is of that country, when
    nothing else told his side."""
    from briefing.names.origin import origin_from_shape

    code = _TELLING_ORIGINS.get(origin_from_shape(person.name) if person.name else "")
    return code if code in named else None


# "the delegation to be led by Chair X", "a delegation headed by the Speaker X": the one who leads it
LED_BY = re.compile(r"\bdelegation\b[^.;]{0,60}?\b(?:led|headed)\s+by\b[^.;]*$", re.IGNORECASE)


# ("The German Bundestag delegation consisted of …": a body's name between the side and its delegation)
_SIDES_GROUP = re.compile(r"\b(?P<side>[A-Z][a-z]+)\s+(?:(?:Bundestag|Parliament|Senate|Congress|Government|Majlis|Mazhilis|"
                          r"Duma|Sejm|Seimas|Saeima|Riigikogu|Knesset|Khural)\s+)?(?:parliamentary\s+)?"
                          r"(?:delegation|group|entourage|side)\b[^.;:]*$")


def _members_of_a_named_side(context: Context, people: list[Candidate]) -> None:
    """'The British group included MPs A, B and C': the members a side's list names are of that side."""
    for person in people:
        if person.country is not None:
            continue
        for mention in person.mentions:
            before = context.text[mention.sentence.start:mention.start]
            opening = next(reversed(list(_DELEGATION_LIST.finditer(before))), None)
            group = _SIDES_GROUP.search(before, 0, opening.end()) if opening else None
            code = country_code(group.group("side")) if group else None
            if code and _listed_in_delegation(context, mention):
                person.country = code
                break
            represented = _SIDE_REPRESENTED_BY.search(before)
            if represented and country_code(represented.group("side")):
                person.country = country_code(represented.group("side"))  # "The Mexican side was represented by X"
                break


_SIDE_REPRESENTED_BY = re.compile(r"\b(?P<side>[A-Z][a-z]+)\s+(?:side|delegation|government)\s+(?:was|were|is|are|will\s+be)\s+"
                                  r"represented\s+by\b[^.;]*$")


# "Speaker X participates, at the head of a parliamentary delegation, in …", "X, heading a delegation, arrived"
AT_THE_HEAD_OF_A_DELEGATION = re.compile(r"[^.;]{0,40}?\b(?:at\s+the\s+head\s+of|heading|leading)\s+(?:a|an|the)\s+"
                                         r"(?:[\w-]+\s+){0,3}delegation\b")


def _led_by_before(context: Context, mention: Mention) -> bool:
    """'the delegation led by (Speaker) X': the sentence up to the person's office names the delegation he leads."""
    end = mention.title_start if mention.title_start is not None else mention.start
    return LED_BY.search(context.text[mention.sentence.start:end]) is not None


def members_of_the_led_delegation(context: Context, people: list[Candidate]) -> None:
    """'The delegation led by X will visit … The delegation will consist of A, B and C': the members listed are of
    their leader's side, when the text leads delegations of one side only."""
    leaders = {person.country for person in people for mention in person.mentions
               if not mention.in_quote and (_led_by_before(context, mention) or
                                            AT_THE_HEAD_OF_A_DELEGATION.match(context.text, mention.end, mention.sentence.end))}
    if len(leaders) != 1 or None in leaders:
        return
    side = leaders.pop()
    for person in people:
        if person.country is None and any(_listed_in_delegation(context, mention) for mention in person.mentions):
            person.country = side


# "X begins an official visit to …", "X, the Prime Minister, paid a visit": the one who pays the visit
_PAYS_A_VISIT_AFTER = re.compile(r"(?:,[^,;.]{0,80},)?\s+(?:has\s+|have\s+|will\s+|is\s+|are\s+)?(?:begins?|began|starts?|"
                                 r"started|pays?|paid|paying|makes?|made|undertakes?|undertook)\s+"
                                 r"(?:an?\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,3}?visits?\b")
# words that make "A and B will also participate" tell of more than the names before it
_NOT_A_LIST_OF_NAMES = re.compile(r"\b(?:said|says|met|meets|told|noted|added|that|who|which)\b")


def _those_who_also_take_part(context: Context, people: list[Candidate]) -> None:
    """'X begins an official visit to … Foreign Minister A and Energy Minister B will also participate': those who
    also take part are of the visitor's side, when the text tells of visitors or led delegations of one side only."""
    sides = {person.country for person in people for mention in person.mentions if not mention.in_quote and (
        _PAYS_A_VISIT_AFTER.match(context.text, mention.end, mention.sentence.end) or _led_by_before(context, mention))}
    if len(sides) != 1 or None in sides:
        return
    side = sides.pop()
    for person in people:
        if person.country is None and any(_joins_as_one_who_also_takes_part(context, mention)
                                          for mention in person.mentions):
            person.country = side


def _joins_as_one_who_also_takes_part(context: Context, mention: Mention) -> bool:
    after = context.text[mention.end:mention.sentence.end]
    also = _ALSO_TAKES_PART.search(after)
    return also is not None and not mention.in_quote and not _NOT_A_LIST_OF_NAMES.search(after, 0, also.start())


# "He informed, governor is accompanied by Dept. Head A; and Assistant B": the one named before "accompanied by"
# ("X during his official visit to Turkey will be accompanied by deputies A and B": X, not Turkey)
_ACCOMPANIED_ONE = re.compile(r"\b(?P<who>[A-Za-z][\w’'-]+)\s+(?:(?:during|on|in\s+the\s+course\s+of)\s+(?:his|her|their)\s+"
                              r"[^,.;]{0,80}?\b(?:visit|trip|stay)\b[^,.;]{0,60}?\s+)?"
                              r"(?:is|was|are|were|will\s+be|has\s+been|had\s+been)\s+"
                              r"(?:also\s+)?accompanied\s+by\b(?:(?!\b(?:met|meets|received|receives|held|holds)\b).)*$")


def _those_accompanying(context: Context, people: list[Candidate]) -> None:
    """The officials who accompany a participant, named by name or by office ('the governor is accompanied by'),
    are of that participant's country."""
    for person in people:
        if person.country is not None:
            continue
        for mention in person.mentions:
            if mention.in_quote:
                continue
            escorted = _ACCOMPANIED_ONE.search(context.text, mention.sentence.start, mention.start)
            leader = _named_by(escorted.group("who"), people, person) if escorted else None
            if leader is not None:
                person.country = leader.country
                break


# "Minister X also participated in … together with Vice President A and Minister of Finance B": of X's side
# the words of an office before a name in a list: "Vice President", "Minister of Finance and Treasury"
_OFFICE_WORDS = r"(?:(?:[A-Z][\w.’'-]*|of|and|the|for)\s+)*"
_TOGETHER_WITH = re.compile(rf"\btogether\s+with\s+{_OFFICE_WORDS}$")


def _those_together_with(context: Context, people: list[Candidate]) -> None:
    """The officials named after "together with" one person of the sentence are of that person's country."""
    for person in people:
        if person.country is not None:
            continue
        for mention in person.mentions:
            together = None if mention.in_quote else \
                _TOGETHER_WITH.search(context.text, mention.sentence.start, mention.start)
            if together is None:
                continue
            before = [p for p in people if p is not person and p.country and any(
                m.sentence is mention.sentence and m.end <= together.start() for m in p.mentions)]
            if len({p.country for p in before}) == 1:
                person.country = before[0].country
                break


# what stands between two names of one list: a comma or "and", then the next one's office in capitals
_NEXT_IN_LIST = re.compile(rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+){_OFFICE_WORDS}")
_WITH_BEFORE = re.compile(rf"\bwith\s+{_OFFICE_WORDS}$")


def _listed_with_one_of_a_side(context: Context, people: list[Candidate]) -> None:
    """'… with Chairman of the GNAT A, Minister for Education B and Minister of Health C': those listed after "with"
    beside one whose country is known are of that country (the side they are met on)."""
    for person in people:
        if person.country is not None:
            continue
        for mention in person.mentions:
            start = mention.title_start if mention.title_start is not None else mention.start
            before = [(p, m) for p in people if p is not person and p.country for m in p.mentions
                      if m.sentence is mention.sentence and m.end <= start and not m.in_quote]
            listed = [p for p, m in before if _NEXT_IN_LIST.fullmatch(context.text, m.end, start) and
                      _WITH_BEFORE.search(context.text, m.sentence.start, m.title_start if m.title_start is not None
                                          else m.start)]
            if len({p.country for p in listed}) == 1:
                person.country = listed[0].country
                break


_GOING_ALONG = re.compile(r"^\W*(?:Along|Together)\s+with\s+(?:him|her)\b", re.I)


def _those_going_along(context: Context, people: list[Candidate]) -> None:
    """'X leaves for Ankara on 7 June. Along with him will go the members A and B': A and B are of X's side, X being
    the one person with a country the sentence before names."""
    for person in people:
        if person.country is not None:
            continue
        mention = next((m for m in person.mentions if not m.in_quote), None)
        if mention is None or mention.sentence.index == 0 or not _GOING_ALONG.match(mention.sentence.text):
            continue
        previous = context.sentences[mention.sentence.index - 1]
        named = {p.country for p in people if p.country and any(m.sentence is previous for m in p.mentions)}
        if len(named) == 1:
            person.country = named.pop()


def _named_by(word: str, people: list[Candidate], besides: Candidate) -> Candidate | None:
    """The one person with a country whose name or office ``word`` is ('Hidayat', 'governor'); a country's name is
    neither ("… of Turkey will be accompanied by": the place, not the Speaker of the Assembly of Turkey)."""
    if country_code(word):
        return None
    word = word.lower()
    named = [p for p in people if p is not besides and p.country and (
        word in (token.lower() for token in p.tokens) or
        any(re.search(rf"\b{re.escape(word)}\b", office, re.I) for office in [p.title or "", *p.aliases]))]
    return named[0] if len(named) == 1 else None


_COUNTERPART_BEFORE = re.compile(r"\b(?:his|her)\s+counterpart,?\s+$")


def _counterparts_across(context: Context, people: list[Candidate], event_countries: t.Sequence[str]) -> None:
    """'Ashimbayev met his counterpart Tanzila Narbayeva, the Chairman of the Senate': a counterpart holds the
    office on the other side, whatever Senate the text named before; the office's own country still wins."""
    others = [p for p in people if p.participant and p.country in event_countries]
    for person in people:
        if _country_from_title(person.title) or not any(
                _COUNTERPART_BEFORE.search(context.text, m.sentence.start, m.start) for m in person.mentions):
            continue
        met = next((p for p in others if p is not person), None)
        if met is not None and person.country == met.country:
            person.country = next(code for code in event_countries if code != met.country)


# Name origins that point to one country, when that country is a side of the event: "M.Enkhbold" at a visit to
# Mongolia is Mongolian. Kazakh-shaped names (-ov, -ev) are left out: Russians, Uzbeks and Kyrgyz share them.
_ORIGIN_COUNTRIES = {"mn": ("MN",), "zh": ("CN",), "ja": ("JP",), "ko": ("KR", "KP"), "ky": ("KG",),
                     "tr": ("TR",), "az": ("AZ",), "uz": ("UZ",), "tk": ("TM",)}


def _side_its_name_allows(person: Candidate, code: str, sides: t.Sequence[str]) -> str:
    """``code``, the side a pairing gives the person, unless a Korean, Chinese or Japanese name says otherwise
    ("Foreign Minister Yun Byung-se had a phone conversation with US Secretary of State Rex Tillerson": Yun is no
    American): then the country its shape tells, the first of them (the Republic of Korea for a Korean name).
    A name of Japanese shape counts only when Japan is a side: many Pacific, African and South Asian names read as
    Japanese syllables ("Nana", "Ravi Perera")."""
    from briefing.names.origin import origin_from_shape

    origin = origin_from_shape(person.name) if person.name else None
    if origin == "ja" and "JP" not in sides:
        return code
    shaped = _ORIGIN_COUNTRIES.get(origin or "", ()) if origin in ("zh", "ja", "ko") else ()
    return shaped[0] if shaped and code not in shaped else code


def _country_by_name_shape(person: Candidate, event_countries: t.Sequence[str]) -> str | None:
    from briefing.names.origin import origin_from_shape

    if not person.name:
        return None
    sides = [code for code in _ORIGIN_COUNTRIES.get(origin_from_shape(person.name), ()) if code in event_countries]
    return sides[0] if len(sides) == 1 else None


# "a US delegation headed by [office] X", "The Russian delegation is headed by X", "colleagues from the Finnish Parliament, members of ... X and Y"
_DELEGATION_BY = re.compile(r"\b(?P<side>[A-Z][\w’'.-]*)\s+(?:delegation|side)(?:\s+to\s+[^,;.]{1,100}?,)?\s+"
                            r"(?:(?:is|was|will\s+be)\s+)?(?:headed|led)\s+by\s+"
                            r"(?:[A-Z][\w’'.-]*,?\s+|"  # "… led by Deputy Minister of Investment, Industry, and Trade X"
                            r"(?:of|for|and|the|on)\s+)*$")
# "signed … on behalf of the Government of Hong Kong the Acting Assistant Director General X": the side he signed for
_ON_BEHALF_OF = re.compile(r"\bon\s+behalf\s+of\s+(?:the\s+)?(?P<side>(?:[A-Z][\w-]*\s+(?:of\s+(?:the\s+)?)?){1,5})"
                           r",?\s*(?:by\s+)?(?:the\s+)?(?:[A-Z][\w-]*\s+(?:of\s+(?:the\s+)?|for\s+)?){0,9}$")
# "his former Kenyan counterpart, now Minister for Sport and Culture, X": the side, then the office he holds now
_SIDES_COUNTERPART = re.compile(r"\b(?:his|her|their)\s+(?:former\s+|new\s+)?(?P<side>[A-Z][a-z]+)\s+counterpart\s*,\s*"
                                r"(?:(?:now|currently|today)\s+)?[^,;.]{3,80},\s*$")
_FROM_SIDE = re.compile(r"\bfrom\s+(?:the\s+)?(?P<side>[A-Z][\w’'.-]*)\b(?P<rest>[^.;]{0,100})$")


# "Kuwait's Permanent Representative to the UN and non-resident Ambassador to The Bahamas X": the owner opens the offices
_OWNER_OPENS_OFFICES = re.compile(r"(?P<country>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)['’]s\s+[^.;]*$")


def _envoys_own_country(context: Context, person: Candidate) -> str | None:
    """An envoy's country named in the possessive before his offices, when the text names no one before him."""
    mention = next((m for m in person.mentions if not m.in_quote), None)
    if mention is None:
        return None
    before = context.text[mention.sentence.start:mention.start]
    owner = _OWNER_OPENS_OFFICES.search(before)
    if owner is None or re.search(r"[,;]\s*$|\b(?:met|with|and)\s+$", before[:owner.start()]):
        return None
    return country_code(owner.group("country"))


# "X, Minister for Foreign Affairs, Australia.", "X, Speaker, Parliament of Finland.": a signature's office, then its owner
OFFICE_THEN_OWNER = re.compile(r",\s+(?:the\s+)?[A-Z][^,.;]{2,80}?,\s+(?P<owner>[A-Z][\w ]{2,30}?)\s*[.;]?\s*$")


def _country_in_the_headline(context: Context, person: Candidate) -> str | None:
    """"… had a telephone conversation with Bulgarian Prime Minister Boyko Borisov": the headline's demonym before an
    office and the name, where the text itself writes only "Prime Minister Borisov"."""
    if not person.name or not context.article.headline:
        return None
    family = re.escape(person.name.split()[-1])
    for match in re.finditer(rf"\b(?P<side>[A-Z][a-z]+)\s+(?P<office>(?:[A-Z][\w’'.-]*\s+){{1,6}}){family}\b",
                             context.article.headline):
        code = country_code(match.group("side"))
        if code and match.group("side").lower() in DEMONYMS and any(_title_head(word) for word in match.group("office").split()):
            return code
    return None


def _country_introduced(context: Context, person: Candidate) -> str | None:
    for mention in person.mentions:
        of_country = _OF_A_COUNTRY_AFTER.match(context.text, mention.end, mention.sentence.end)
        if of_country and country_code(of_country.group("country")):  # "Mate Granic of Croatia and …", quoted too
            return country_code(of_country.group("country"))
        if mention.in_quote:
            continue
        signed = OFFICE_THEN_OWNER.match(context.text, mention.end, mention.sentence.end)
        # "Authorised by X, Minister for Foreign Affairs, Australia.", "welcomed by X, Speaker, Parliament of Finland."
        if signed and len(countries_in(signed.group("owner"))) == 1:
            return countries_in(signed.group("owner"))[0][2]
        before = context.text[mention.sentence.start:mention.start]
        delegation = _DELEGATION_BY.search(before)
        if delegation and country_code(delegation.group("side")):
            return country_code(delegation.group("side"))
        behalf = _ON_BEHALF_OF.search(before)
        if behalf and len(countries_in(behalf.group("side"))) == 1:  # "on behalf of the Government of Hong Kong, X"
            return countries_in(behalf.group("side"))[0][2]
        counterpart = _SIDES_COUNTERPART.search(before)
        if counterpart and country_code(counterpart.group("side")):
            return country_code(counterpart.group("side"))
        side = _FROM_SIDE.search(before)
        if side and country_code(side.group("side")) and not re.search(r"\b(?:met|meets|received|with)\b", side.group("rest")):
            return country_code(side.group("side"))
        state = _STATE_BEFORE_NAME.search(before)
        if state and _names_a_state(state.group("state")):
            return _names_a_state(state.group("state"))
        leads = _LEADS_A_SIDES_DELEGATION.match(context.text, mention.end, mention.sentence.end)
        if leads and country_code(leads.group("side")):  # "X led a Pakistani delegation to Uzbekistan": X is Pakistani
            return country_code(leads.group("side"))
        journey = _TRAVELS_TO_MEET.search(before)
        if journey and country_code(journey.group("to")):  # "Key will travel to Japan for talks with Prime Minister X"
            return country_code(journey.group("to"))
        escorted = _ACCOMPANYING.search(before)
        if escorted and len(countries_in(escorted.group("side"))) == 1:
            return countries_in(escorted.group("side"))[0][2]
        if _THE_DELEGATION_INCLUDED.search(before) and mention.sentence.index > 0:
            # "… a high-level Liberian delegation led by X. The delegation also included Y, …": Y is of X's side
            introduced = _SIDE_DELEGATION.findall(context.sentences[mention.sentence.index - 1].text)
            codes = {country_code(side) for side in introduced} - {None}
            if len(codes) == 1:
                return codes.pop()
    return None


_OF_A_COUNTRY_AFTER = re.compile(r"\s+of\s+(?:the\s+)?(?P<country>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)"
                                 r"(?=\s*(?:[,.;]|and\b|$)|\s+(?:have|has|had|is|are|was|were|will|said|says)\b)")
_LEADS_A_SIDES_DELEGATION = re.compile(r",?\s+(?:who\s+)?(?:led|leads|headed|heads)\s+(?:an?|the)\s+(?P<side>[A-Z][a-z]+)\s+"
                                       r"(?:[a-z-]+\s+)?delegation\b")
_THE_DELEGATION_INCLUDED = re.compile(r"^\W*The\s+delegation,?\s+(?:which\s+)?(?:also\s+)?(?:included|includes|comprised|"
                                      r"consisted\s+of)\b")
_SIDE_DELEGATION = re.compile(r"\b([A-Z][a-z]+)\s+delegation\b")


# "… will travel to Japan for talks with Prime Minister X": the one met at the journey's end is of that country
_TRAVELS_TO_MEET = re.compile(r"\b(?:travel|go|head|fly|proceed|leave|depart)(?:s|ed|ing)?\s+(?:on\s+)?to\s+"
                              r"(?P<to>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+(?:for\s+(?:talks|a\s+meeting|meetings|"
                              r"negotiations)\s+with|to\s+meet(?:\s+with)?)\s+(?:(?:the\s+)?[A-Z][\w.’'-]*\s+){0,5}$")


# "The Iranian president was accompanied by Foreign Minister X": one who accompanies a leader is of his side
_ACCOMPANYING = re.compile(r"\b(?P<side>[A-Z][\w’'-]+)\s+(?:[a-z]+\s+){1,2}(?:was|were|is|are)\s+accompanied\s+by\b[^.;]*$")


# "the Foreign Ministers of the Republic of Belarus - A, the Islamic Republic of Iran B, the Russian Federation C":
# each name of the list comes right after its state
_STATE_BEFORE_NAME = re.compile(r"(?:[,;]\s+|\s[-–—]\s+|\band\s+)(?:the\s+)?(?P<state>(?:[A-Z][\w’'-]*\s+){0,2}?"
                                r"(?:(?:Republic|Kingdom|State|Federation|Emirates?|Sultanate)\s+of\s+(?:the\s+)?)?"
                                r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)\s*(?:[-–—]\s*)?$")


def _names_a_state(phrase: str) -> str | None:
    """The country a phrase names as a whole: 'Russian Federation', 'Islamic Republic of Iran'."""
    code = country_code(phrase)
    if code:
        return code
    formal = re.match(r"(?:[A-Z][\w’'-]*\s+){0,2}(?:Republic|Kingdom|State|Federation|Emirates?|Sultanate)\s+of\s+(?:the\s+)?",
                      phrase)
    return country_code(phrase[formal.end():]) if formal else None


def _leader_country(tokens: t.Sequence[str]) -> str | None:
    """The country of a well-known leader of the region, when the text gives none."""
    return next((LEADERS[fold(part)] for part in significant(tokens) if fold(part) in LEADERS), None)


_PAIR_DASHES = ("-", "–", "—")


def _country_from_title(title: str | None) -> str | None:
    """A country, a region of a known country ('Governor of the Kurgan region') or a national office ('Akim')."""
    if not title:
        return None
    if re.search(r"\bnuncio\b", title, re.I):
        return "VA"  # "Apostolic Nuncio to Peru": the Holy See's envoy, wherever he is sent
    found = countries_in(title)
    if found:
        # "head of the Turkey-Mongolia Friendship Group in the State Great Khural of Mongolia": a pair names a
        # bilateral body; a country on its own (the institution's) says whose the person is
        alone = [code for start, end, code in found if title[end:end + 1] not in _PAIR_DASHES
                 and title[start - 1:start] not in _PAIR_DASHES]
        # "the Kingdom's Ambassador to China": the country an envoy is sent to is not his own
        hosts = {code for start, _end, code in found if _ENVOY.search(title[:start])
                 and re.search(r"\b(?:to|in)\s+(?:[Tt]he\s+)?$", title[:start])}
        own = [code for code in alone if code not in hosts]
        if hosts and not own:
            return None
        return own[0] if own else found[0][2]
    region = re.search(r"\b([A-Z][\w-]*)\s+(?:[Rr]egion|[Oo]blast|[Aa]imag|[Pp]rovince)\b|\b(?:[Rr]egion|[Oo]blast|[Aa]imag|[Pp]rovince)\s+of\s+([A-Z][\w-]*)", title)
    name = region and (region.group(1) or region.group(2))
    if name and name.lower() in REGION_TO_COUNTRY:
        return REGION_TO_COUNTRY[name.lower()]
    # "Mayor of Ulaanbaatar", "Dushanbe Mayor", "Jakarta Governor": a city's own office
    city = re.search(r"\bof\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)", title) or \
        re.search(r"\b([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)(?:['’]s)?\s+(?i:mayor|governor|akim|hokim|city\s+hall)\b", title)
    # "Kuala Lumpur Mayor", "Mayor of Ulaanbaatar": the city of two words or of one
    named = city and next((words for words in (city.group(1), city.group(1).split()[-1], city.group(1).split()[0])
                           if words.lower() in CITY_TO_COUNTRY), None)
    if named:
        return CITY_TO_COUNTRY[named.lower()]
    own_name = next((code for name, code in NATIONAL_OFFICE_NAMES.items() if name in title.lower()), None)
    return own_name or NATIONAL_OFFICES.get(title.split()[0].lower())


# a sentence that lists the people of one side: "is accompanied by", "was attended by", "the delegation included"
ONE_SIDE_LISTED = re.compile(r"\b(?:accompanied\s+by|attended\s+by|(?:was|were)\s+attended|delegation\s+(?:includes|included|"
                             r"consisted|consists)|also\s+present|were\s+present)\b", re.I)


def _listed_with_a_side(person: Candidate, people: list[Candidate]) -> bool:
    """The person is first named in a list of one side that names someone whose country is known."""
    first = next((m for m in person.mentions if not m.in_quote), None)
    return first is not None and bool(ONE_SIDE_LISTED.search(first.sentence.text)) and any(
        other is not person and other.country and any(m.sentence is first.sentence for m in other.mentions)
        for other in people)


def the_guests_met(person: Candidate) -> bool:
    """The person is named as the one a meeting was with ("a meeting with the First Deputy Speaker X")."""
    return any(_MEETING_WITH.search(m.sentence.text[:m.start - m.sentence.start]) for m in person.mentions)


_MEETING_WITH = re.compile(r"\b(?:meetings?|talks)\s+with\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,5}$")


def _met_in_one_sentence(person: Candidate, people: list[Candidate]) -> str | None:
    """The country of the participant the person met in the sentence that first names them both, a meeting verb
    between the two names ("X held a meeting today with Guatemalan Foreign Minister Y")."""
    if not person.participant or not person.mentions:
        return None
    first = person.mentions[0]
    text = first.sentence.text
    for other in people:
        if other is person or not other.participant or not other.country:
            continue
        there = next((m for m in other.mentions if m.sentence.start == first.sentence.start), None)
        if there is None:
            continue
        start, end = sorted((first.end, there.end))
        between = text[start - first.sentence.start:end - first.sentence.start]
        if _MET_BETWEEN.search(between):
            return other.country
    return None


_MET_BETWEEN = re.compile(r"\b(?:met(?:\s+with)?|meets(?:\s+with)?|received|welcomed|hosted|(?:held|had)\s+(?:a\s+)?"
                          r"(?:meeting|talks|telephone\s+conversation|phone\s+call|conversation)\b[^.;]*?\bwith)\b", re.I)


def _pair_countries(people: list[Candidate], event_countries: t.Sequence[str]) -> None:
    """In a two-country event, an office-holder without a country takes the side not yet held.

    "Mongolian President X ... President Y": Y is the other country's president.
    """
    sides = list(dict.fromkeys(event_countries))
    if len(sides) != 2:
        return
    for person in people:
        if person.country or not person.title or _listed_with_a_side(person, people) or person.one_side_with:
            continue  # "X is accompanied by Russian Foreign Minister A, Energy Minister B": B is of A's side
        head = _head(person.title)
        # (a peer of a third country, met at another stop of the journey, pairs him with no side)
        peers = {p.country for p in people if p is not person and p.country in sides and _head(p.title) == head}
        # (someone met at a call of his own, "In addition, the CS also held a bilateral meeting with Dr X, Vice Minister
        # …", is no counterpart of a minister at the talks: his office pairs him with no side)
        if len(peers) == 1 and person.why != _MET_APART_WHY:
            other = [c for c in sides if c not in peers]
            if len(other) == 1:
                person.country = _side_its_name_allows(person, other[0], sides)
                continue
        # an officer present on the occasion ("Pakistan's army chief General X") is nobody's counterpart
        participants = {p.country for p in people if p.participant and p.country in sides and
                        _head(p.title) not in _NO_COUNTERPART}
        if person.participant and len(participants) == 1:
            other = [c for c in sides if c not in participants]
            if len(other) == 1:
                person.country = _side_its_name_allows(person, other[0], sides)
                continue
        met = _met_in_one_sentence(person, people)
        if met is not None and met in sides:
            # "Foreign Secretary X held a meeting today with Guatemalan Foreign Minister Y": X is of the other side
            person.country = _side_its_name_allows(person, next(c for c in sides if c != met), sides)
    # "deputies A and B" with A's side unknown: the one without a country takes the other side
    unknown = [p for p in people if not p.country]
    for person in unknown:
        namesakes = [p for p in people if p is not person and p.title == person.title and p.country]
        if len(namesakes) == 1:
            remaining = [c for c in sides if c != namesakes[0].country]
            if len(remaining) == 1:
                person.country = _side_its_name_allows(person, remaining[0], sides)


_NO_COUNTERPART = frozenset({"chief", "general", "commander", "colonel", "admiral", "marshal"})


def _head(title: str | None) -> str | None:
    if not title:
        return None
    if re.search(r"\bprime\s+ministers?\b", title, re.I):
        return "prime minister"  # "Prime Minister X … Minister for Commerce Y": two offices, not one of each side
    for word in re.findall(r"[A-Za-z]+", title.lower()):
        if word in TITLE_HEADS and word not in TITLE_MODIFIERS:
            return PLURAL_TITLES.get(word, word)
    return None


def to_person(context: Context, person: Candidate) -> Person:
    mention = next((m for m in person.mentions if not m.in_quote), person.first)
    return Person(person.name, person.title, person.country, person.organization,
                  context.evidence(mention.start, mention.end), present=_also_present(context, person),
                  gender=person.gender)


# what tells a person's sex: a form of address or a woman's office word right before the name; the pronouns of a
# sentence the person opens, up to the next person it names; and "at her office", whose owner is the one who receives
_FEMALE_BEFORE = re.compile(r"\b(?:Ms|Mrs|Madam|Madame|Mme|Dame|Lady|Baroness|Queen|Princess|Chairwoman|Congresswoman|"
                            r"Spokeswoman|Businesswoman|First\s+Lady)\.?\s+(?:[A-Z][\w.’'-]*\s+){0,2}$")
_MALE_BEFORE = re.compile(r"\b(?:Mr|Sir|Lord|Baron|King|Prince|Chairman|Congressman|Spokesman)\.?\s+(?:[A-Z][\w.’'-]*\s+){0,2}$")
# (a subject pronoun or a possessive before its noun; never an object, "convenient for her", which may be anyone's)
_SHE = re.compile(r"\b(?:she|her(?=\s+[a-z]))\b", re.I)
_HE = re.compile(r"\b(?:he|his)\b", re.I)
_AT_HER_PLACE = re.compile(r"\b(?:at|in)\s+(?P<owner>her|his)\s+(?:office|residence|home|official\s+residence)\b", re.I)


def tell_genders(context: Context, people: list[Candidate], subjects: dict[int, tuple[Candidate, int]]) -> None:
    """Each person's sex, "female" or "male", where the text tells it and never the other; else None.
    ``subjects``: each sentence's subject (:func:`sentence_subjects`)."""
    votes: dict[str, list[int]] = {person.name: [0, 0] for person in people}
    for person in people:
        for mention in (m for m in person.mentions if not m.in_quote):
            before = context.text[max(mention.sentence.start, mention.start - 60):mention.start]
            votes[person.name][0] += bool(_FEMALE_BEFORE.search(before))
            votes[person.name][1] += bool(_MALE_BEFORE.search(before))
    for sentence in context.sentences:
        subject = subjects.get(sentence.start)
        if subject is not None:  # its pronouns up to the next person named, and the owner of "at her office"
            person, at = subject
            others = [start for start, name in _named_in(people, sentence) if name != person.name and start > at]
            told = _outside_quotes(context, sentence)  # a speaker's own pronouns are no evidence
            own = told[at - sentence.start:(others[0] if others else sentence.end) - sentence.start]
            places = _AT_HER_PLACE.findall(told[at - sentence.start:])
            votes[person.name][0] += len(_SHE.findall(own)) + sum(owner.lower() == "her" for owner in places)
            votes[person.name][1] += len(_HE.findall(own)) + sum(owner.lower() == "his" for owner in places)
        opening = _PRONOUN_OPENS.match(sentence.text)
        previous = subjects.get(context.sentences[sentence.index - 1].start) if sentence.index > 0 else None
        if opening and previous is not None and not context.in_quote(sentence.start + opening.start("pronoun")):
            # "Maharani affirmed that … Hence, she sought to …": the last sentence's subject goes on
            votes[previous[0].name][0 if opening.group("pronoun").lower() == "she" else 1] += 1
    for person in people:
        female, male = votes[person.name]
        person.gender = "female" if female and not male else "male" if male and not female else None


# a sentence whose subject is a pronoun, after an opening phrase: "Hence, she …", "Through Maharani, he …"
_PRONOUN_OPENS = re.compile(r"\W*(?:[A-Z][^,.;:\"“”«»]{0,60},\s*)?(?P<pronoun>[Ss]he|[Hh]e)\s+[a-z]")
# a person named after a preposition or a verb is no subject: "Through Maharani, he …", "After meeting President X, …"
_NAMED_AS_OBJECT = re.compile(r"(?i:\b(?:through|with|by|for|to|from|of|at|in|on|after|before|during|via|about|meeting|"
                              r"met|receiving|received|and))\s+(?:[A-Z][\w.’'-]*\s+)*$")


def _named_in(people: list[Candidate], sentence: Sentence) -> list[tuple[int, str]]:
    """Where each person is named in ``sentence`` outside quotation marks, in order."""
    return sorted((mention.start, person.name) for person in people for mention in person.mentions
                  if not mention.in_quote and sentence.start <= mention.start < sentence.end)


def sentence_subjects(context: Context, people: list[Candidate]) -> dict[int, tuple[Candidate, int]]:
    """Each sentence's subject, when a person named first in it is: by the sentence's start, the person and where the
    name ends."""
    by_name = {person.name: person for person in people}
    subjects = {}
    for sentence in context.sentences:
        named = _named_in(people, sentence)
        if not named:
            continue
        start, name = named[0]
        if _NAMED_AS_OBJECT.search(context.text, sentence.start, start):
            continue
        person = by_name[name]
        mention = next(m for m in person.mentions if m.start == start)
        subjects[sentence.start] = (person, mention.end)
    return subjects


# "Also present at this meeting was X", "X and Y were also present": at the event beside its sides
_ALSO_PRESENT_BEFORE = re.compile(r"^\W*Also\s+present(?:\s+(?:at|during|in)\s+(?:the|this)\s+(?:meeting|talks|event))?\s+"
                                  r"(?:was|were)\b", re.I)
_ALSO_PRESENT_AFTER = re.compile(r"\b(?:was|were)\s+also\s+present\b")


def _also_present(context: Context, person: Candidate) -> bool:
    """Whether the text names the person only as also present at the event, never as one who met or spoke."""
    told = [mention for mention in person.mentions if not mention.in_quote]
    return bool(told) and all(_ALSO_PRESENT_BEFORE.match(mention.sentence.text) or
                              _ALSO_PRESENT_AFTER.search(context.text, mention.end, mention.sentence.end)
                              for mention in told)
