"""Organizations named in the article: institutions as written, one entry per institution."""

from __future__ import annotations

import bisect
import functools
import re
import typing as t
from dataclasses import dataclass, field

from briefing.extract.lexicon import (
    BARE_INITIALS,
    DEMONYMS,
    EVENT_WORDS,
    GEO_WORDS,
    HONORIFICS,
    INSTITUTION_VARIANTS,
    INTERNATIONAL_ACRONYMS,
    KNOWN_INSTITUTIONS,
    MONTH_WORDS,
    NON_NAME_WORDS,
    ORG_HEADS,
    OUTLETS,
    POSSESSIVE_END,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    countries_in,
    country_code,
    ends_with_country,
    names_one_country,
)
from briefing.extract.text import Context, fold

# a plural possessive keeps its apostrophe when a capitalized word follows: "Peoples' Assembly of Kazakhstan"
# "the U.S. Commission for …": a dotted country abbreviation inside a name is one word
_TOKEN = re.compile(r"\([^()\n]{1,60}\)|(?:[A-Z]\.){2,}(?=\s+[A-Z])|[A-Za-z][\w’'.&-]*(?:s['’](?=\s+[A-Z])|[\w])|[A-Za-z]|,|;|[^\s\w]")
_CONNECTORS = {"of", "for", "and", "on", "under", "the", "in", "de", "&"}
_LOWER_OK = GEO_WORDS | {w for w in ORG_HEADS}
_DESCRIPTOR = re.compile(
    r"\b(?:national|state|joint-stock|holding|investment|mining|energy|oil|gas)?\s*"
    r"(?:company|corporation|holding|enterprise|airline|university|bank|fund)\s+"
    r"(?P<name>(?:[A-Z][\w'-]*\s?){1,4}(?:\([A-Z][\w]*\))?)"
)

# "the Georgian agency "Produce in Georgia"", "the foundation «Bolashak»": a body of that kind, named in the marks
_QUOTED_AFTER_KIND = re.compile(r"\b(?:agency|foundation|company|corporation|fund|centre|center|association|institute|institution|"
                                r"holding|enterprise|bank|union|society)\s+[“\"«](?P<name>[A-Z][^”\"«»]{2,60}?)[”\"»]")
_NAMED_IN_MARKS = "a body of a kind the text names, its name in quotation marks"


@dataclass
class Org:
    name: str
    start: int
    end: int
    acronyms: set[str] = field(default_factory=set)
    why: str = "a capitalized name with an institution word"

    @property
    def key_words(self) -> frozenset[str]:
        return significant_words(self.name)


# "India-Mongolia Joint Working Group", "Friendship Group": a standing body, named like an institution
_MORE_HEADS = frozenset({"group"})


_POSSESSIVE_NAME = re.compile(r"[A-Z][\w-]*['’]s")


@functools.lru_cache(maxsize=4096)  # asked of every word of every chain, again and again
def is_head(word: str) -> bool:
    """An institution word, also in the possessive ("Ministry’s press service") or as a bank's name ("Bundesbank")."""
    low = POSSESSIVE_END.sub("", word.lower())
    return low in ORG_HEADS or low in _MORE_HEADS or (low.endswith("bank") and len(low) > 6)


@functools.lru_cache(maxsize=4096)
def significant_words(name: str) -> frozenset[str]:
    """The words that identify an institution (cached: every pair of names is compared)."""
    name = re.sub(r"\b(?:[A-Za-z]\.){2,}", lambda dotted: dotted.group(0).replace(".", ""), name)  # "U.S." is "US"
    words = re.findall(r"[A-Za-z][\w-]*", name.lower().replace("’", "'"))
    words = [re.sub(r"'s$", "", w) for w in words]
    words = [DEMONYMS.get(w, country_code(w) if w[0].isalpha() and country_code(w) else w) for w in words]  # Russian = Russia
    return frozenset(INSTITUTION_VARIANTS.get(w, w) for w in words if w not in _CONNECTORS and w not in ("parliament",))


def find_organizations(context: Context, outlet: str | None = None,
                       person_starts: t.Sequence[int] = ()) -> list[Org]:
    """Institution names: capitalized chains with an institution word, plus named companies.

    ``person_starts`` are where person names begin: a chain stops there
    ("... of the Kyrgyz Republic Nurlanbek Shakiev").
    """
    text = context.text
    starts = sorted(person_starts)

    def cut_at(position: int) -> int:
        index = bisect.bisect_right(starts, position)
        return starts[index] if index < len(starts) else len(text)

    found: list[Org] = []
    for sentence in context.sentences:
        here = _chains(text, sentence.start, sentence.end, cut_at)
        for match in _DESCRIPTOR.finditer(text, sentence.start, sentence.end):
            name = match.group("name").strip()
            name = re.sub(r"\s*\([^)]*\)$", "", name).strip()
            if name and not country_code(name):
                here.append(Org(name, match.start("name"), match.start("name") + len(name)))
        for match in _QUOTED_AFTER_KIND.finditer(text, sentence.start, sentence.end):
            here.append(Org(match.group("name"), match.start("name"), match.end("name"), why=_NAMED_IN_MARKS))
        here += [known for known in _known_institutions(text, sentence.start, sentence.end)
                 if " " not in known.name.strip() or not _inside_a_longer(known, here)]
        found.extend(here)
    found = [_without_sitting(_without_office(_without_next_side(org, text)), text) for org in found]
    found.sort(key=lambda org: org.start)
    kept = _dedupe([org for org in found if _acceptable(org, text, outlet)])
    return sorted(kept + _acronym_bodies(context, kept), key=lambda org: org.start)


def _inside_a_longer(org: Org, others: list[Org]) -> bool:
    """'the Joint Commission of the State Great Khural …': a name of two words inside a longer one is part of it."""
    return any(o.start <= org.start and org.end <= o.end and o.end - o.start > org.end - org.start for o in others)


# "Secretary-General of the Parliament of Mongolia": a person's office, whose body is the institution
_OFFICE_OF = re.compile(r"(?:(?:First|Deputy|Vice)[\s-]+)?(?P<head>[A-Z][a-z]+)(?:[\s-][A-Z][a-z]+)?\s+of\s+(?:the\s+)?(?=[A-Z])")


# "the 139th Assembly of the Inter-Parliamentary Union": a numbered sitting is an event; the body holds it
_NUMBERED_SITTING = re.compile(r"(?:Assembly|Session|Plenary\s+Session|Congress|Conference|Summit|Meeting)\s+of\s+(?:the\s+)?(?=[A-Z])")
_ORDINAL_BEFORE = re.compile(r"\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                             r"[a-z]+tieth|[a-z]+teenth|[IVXLC]+|extraordinary|annual|regular)\s+$", re.I)


def _without_sitting(org: Org, text: str) -> Org:
    sitting = _NUMBERED_SITTING.match(org.name)
    if sitting is None or not _ORDINAL_BEFORE.search(text, max(0, org.start - 20), org.start):
        return org
    return Org(org.name[sitting.end():], org.start + sitting.end(), org.end, org.acronyms, org.why)


def _without_office(org: Org) -> Org:
    """'Secretary-General of the Office of the National Assembly of Hungary' → the Office of …: an office read
    as the start of an institution's name; the body after 'of' is the institution (if it is one)."""
    office = _OFFICE_OF.match(org.name)
    if office is None or office.group("head").lower() not in TITLE_HEADS:
        return org
    return Org(org.name[office.end():], org.start + office.end(), org.end, org.acronyms, org.why)


_NEXT_SIDE = re.compile(r"\s+and\s+(?:the\s+)?(?P<side>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)$")
_SIDE_BODY_AFTER = re.compile(r"\s+(?:government|side|parliament|delegation|embassy|ministry|cabinet|authorities)\b")


def _without_next_side(org: Org, text: str) -> Org:
    """'The Cabinet of Ministers of Kyrgyzstan and the UAE government signed': the chain ran on into the other
    side's body, named by its country and a lower-case noun; the institution ends before 'and'."""
    side = _NEXT_SIDE.search(org.name)
    if side is None or not country_code(side.group("side")) or not _SIDE_BODY_AFTER.match(text, org.end):
        return org
    return Org(org.name[:side.start()], org.start, org.start + side.start(), org.acronyms, org.why)


def _acronym_bodies(context: Context, found: list[Org]) -> list[Org]:
    """International bodies named only by acronym ("CSTO"), unless a found name already stands for them."""
    bodies: list[Org] = []
    # not an acronym used as a modifier: "the CICA Summit", "UN programs", "the UN migration agency"
    pattern = r"(?<![\w.(])([A-Z]{2,6})(?![\w)])(?!\s+(?!(?:and|or|as|in|on|at|to|with|for|member|members)\b)[A-Za-z])"
    for match in re.finditer(pattern, context.text[context.lead_start:]):
        acronym = match.group(1)
        if acronym not in INTERNATIONAL_ACRONYMS or any(acronym == b.name for b in bodies):
            continue
        if any(acronym in org.acronyms or acronym_matches(acronym, org.name) and acronym not in org.name.split()
               for org in found):
            continue  # "the OSCE" beside "the OSCE Academy" is the OSCE itself
        start = context.lead_start + match.start(1)
        bodies.append(Org(acronym, start, start + len(acronym), why="the acronym of an international body"))
    return bodies


@functools.cache
def _named_institutions() -> re.Pattern[str]:
    """One pattern for the names of KNOWN_INSTITUTIONS, longest first: names with no institution word ('Akorda',
    'Jatiya Sangsad') that no chain of capitalized words finds (compiled once, used in every sentence)."""
    names = sorted(KNOWN_INSTITUTIONS, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(name.replace(" ", r"\s+").replace("'", "['’]") for name in names) + r")\b", re.I)


def _known_institutions(text: str, start: int, end: int) -> list[Org]:
    orgs = []
    for match in _named_institutions().finditer(text, start, end):
        if text[match.start()].isupper():
            stop = match.end() + _of_country_length(text, match.end(), end)
            acronym = _ACRONYM_AFTER.match(text, stop)  # "Jatiya Sangsad (JS)": the text's short name for it
            orgs.append(Org(text[match.start():stop], match.start(), stop, {acronym.group(1)} if acronym else set()))
    return orgs


_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z]{2,8})\)")
_OF_CAPITALIZED = re.compile(r"\s+of\s+(?:the\s+)?(?:People['’]s\s+Republic\s+of\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b")


def _of_country_length(text: str, position: int, end: int) -> int:
    """'the Bundestag of Germany': the country a known body is named with belongs to its name."""
    match = _OF_CAPITALIZED.match(text, position, end)
    return match.end() - position if match and country_code(match.group(1)) else 0


def _chains(text: str, start: int, end: int, cut_at: t.Callable[[int], int]) -> list[Org]:
    tokens = _unglued([(m.group(0), m.start() + start) for m in _TOKEN.finditer(fold(text[start:end]))])
    orgs: list[Org] = []
    i = 0
    while i < len(tokens):
        word = tokens[i][0]
        if not _is_capital(word) or word in ("The", "A", "An"):
            i += 1
            continue
        j = _extend(tokens, i)
        for piece in _around_people(tokens[i:j], cut_at):
            for part in _split_on_and(piece):
                org = _make_org(text, part, cut_at)
                if org:
                    orgs.append(org)
        i = max(j, i + 1)
    return orgs


_GLUED = re.compile(r"([A-Z][a-z]{3,})(of|and)")


def _unglued(tokens: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """'Chief Executive Officerof Saudi Fund', 'Higher Educationand Germany's ...': a lost space before
    'of' or 'and' is restored when the word before it is a word of offices or bodies."""
    result = []
    for word, position in tokens:
        glued = _GLUED.fullmatch(word)
        if glued and _known_word(glued.group(1).lower()):
            result += [(glued.group(1), position), (glued.group(2), position + len(glued.group(1)))]
        else:
            result.append((word, position))
    return result


def _known_word(low: str) -> bool:
    return low in NON_NAME_WORDS or low in ORG_HEADS or low in TITLE_HEADS or low in _OFFICE_MODIFIERS


def _around_people(tokens: list[tuple[str, int]], cut_at: t.Callable[[int], int]) -> list[list[tuple[str, int]]]:
    """'Vice Chairman of the House of X Viktor Guminsky and Chairman of the State Committee of Y Aziz Karimov':
    a person's name ends one body's chain; the chain resumes after the next 'and' or comma."""
    pieces = []
    if tokens and cut_at(tokens[0][1] - 1) == tokens[0][1]:
        # "chairman Artak Zakaryan of the NA Standing Committee": the chain opens with a name; the body follows its "of"
        # (without an "of", the next body begins after "and": "Numan Kurtulmuş and Cuban National Assembly's …")
        of = next((k for k, (word, _) in enumerate(tokens) if word in ("of", "and", ",")), None)
        tokens = _without_leading_the(tokens[of + 1:]) if of is not None else []
    while tokens:
        limit = cut_at(tokens[0][1])
        pieces.append([tok for tok in tokens if tok[1] < limit])
        rest = [tok for tok in tokens if tok[1] >= limit]
        resume = next((k for k, (word, _) in enumerate(rest) if word in ("and", ",")), len(rest))
        tokens = rest[resume + 1:]
    return pieces


def _is_capital(word: str) -> bool:
    return word[:1].isupper() and not word.startswith("(")


_POSSESSIVE_OR_ACRONYM = re.compile(r"[A-Z][\w-]*'s|[A-Z]{2,}")
_HONORIFIC_WORD = re.compile(rf"(?:{HONORIFICS})\.?|H\.[EH]")  # "H.E" too: ingest spaces "H.E.Eng." as "H.E Eng."


def _extend(tokens: list[tuple[str, int]], i: int) -> int:
    """Index after the capitalized chain starting at ``i``."""
    j = i + 1
    seen_head = is_head(tokens[i][0])
    while j < len(tokens):
        word = tokens[j][0]
        low = word.lower()
        if _HONORIFIC_WORD.fullmatch(word):
            break  # "… of the Canadian Parliament Mr Geoff Regan": the name ends where the person's begins
        if _is_capital(word) or _POSSESSIVE_OR_ACRONYM.fullmatch(word):
            seen_head = seen_head or is_head(word)
            j += 1
            if POSSESSIVE_END.search(word) and seen_head and not (j < len(tokens) and _is_capital(tokens[j][0])):
                break  # "the Ministry’s press service": the name ends at the possessive
            if POSSESSIVE_END.search(word) and seen_head and j < len(tokens) and tokens[j][0].lower() in TITLE_HEADS:
                break  # "Cuban National Assembly's President Esteban Lazo": the body ends, its office and a name follow
            # "National People's Congress", "the National Assembly’s House of Representatives": the name goes on
        elif word.startswith("(") and word[1:2].isupper():
            j += 1
            if j < len(tokens) and tokens[j][0] == ",":
                break  # "Shanghai Cooperation Organization (SCO), and ...": the acronym closes the name
        elif low in _LOWER_OK and (j + 1 >= len(tokens) or not tokens[j + 1][0][:1].islower()
                                   or low in GEO_WORDS or tokens[j + 1][0] in _CONNECTORS):
            seen_head = seen_head or low in ORG_HEADS
            j += 1
        elif low in _CONNECTORS and j + 1 < len(tokens) and _continues(tokens, j):
            j += 1
        elif low == "with" and tokens[j - 1][0] == "Relations" and \
                j + 1 < len(tokens) and (_is_capital(tokens[j + 1][0]) or tokens[j + 1][0] == "the"):
            j += 1  # "the Delegation for Relations with the Korean Peninsula": whom the relations are with names it
        elif low == "for" or (low not in _CONNECTORS and low.isalpha() and _in_purpose_phrase(tokens, i, j)):
            j += 1
        elif word == "," and seen_head and _in_complement(tokens, i, j) and _comma_list_continues(tokens, j):
            j += 1
        else:
            break
    while j > i and (tokens[j - 1][0].lower() in _CONNECTORS or tokens[j - 1][0] == ","):
        j -= 1
    return j


_DOCUMENT_WORD = re.compile(r"(?i:memorand(?:um|a|ums)|mous?|agreements?|protocols?|treaty|treaties|declarations?|"
                            r"conventions?|contracts?|roadmaps?)")


_MISSIONS = frozenset({"embassy", "consulate", "consulate-general", "mission", "representation"})


def _continues(tokens: list[tuple[str, int]], j: int) -> bool:
    nxt = tokens[j + 1][0]
    low = tokens[j][0].lower()
    if low == "the" and tokens[j - 1][0].lower() not in _CONNECTORS and nxt.lower() in TITLE_HEADS | TITLE_MODIFIERS:
        return False  # "on behalf of the Government of Hong Kong the Acting Assistant Director General": an office
        # opens, with no comma before it, after the body's name
    if low == "the" or low in ("of", "and", "&", "de"):
        if low == "and" and _DOCUMENT_WORD.fullmatch(nxt):
            return False  # "… of the Czech Republic and Memorandum of Understanding …": a document opens, no body
        return _is_capital(nxt) or nxt.lower() == "the"
    if low == "in":  # "the Embassy of Japan in Turkmenistan": a mission's host country is in its name; not "in Astana during"
        return any(tokens[k][0].lower() in _MISSIONS for k in range(max(0, j - 6), j)) and bool(country_code(nxt))
    if low in ("on", "in") and nxt.lower().rstrip(".") in MONTH_WORDS:
        return False  # "the Ministry of Economy on July 17", "… on 17 July" (the day's number is no token): a date
    if low == "on" and (ends_with_country(" ".join(word for word, _ in tokens[max(0, j - 3):j])) or tokens[j - 1][0] in GEO_WORDS):
        return False  # "the Government of the Czech Republic on Air Communication", "… of Tashkent city on Trade": the
        # name ends at its country or its place
    return _is_capital(nxt) or nxt.lower() in ("the",)


def _in_purpose_phrase(tokens: list[tuple[str, int]], i: int, j: int) -> bool:
    """Lower-case words of 'Center for strategic studies under ...'."""
    back = [t[0].lower() for t in tokens[i:j]]
    if "for" not in back[-4:]:
        return False
    ahead = [t[0] for t in tokens[j:j + 4]]
    return any(w.lower() in ("under", "of") for w in ahead)


def _in_complement(tokens: list[tuple[str, int]], i: int, j: int) -> bool:
    """Inside 'Ministry of ...' or 'Commission on ...': only there does a comma list belong to the name."""
    words = [t[0].lower() for t in tokens[i:j]]
    if not any(is_head(w) for w in words):
        return False
    complement = words[next(k for k, w in enumerate(words) if is_head(w)):]
    return any(w in ("of", "on", "for") for w in complement)


def _comma_list_continues(tokens: list[tuple[str, int]], j: int) -> bool:
    """', Innovation and Aerospace Industry' inside 'Ministry of ...': a list without its own head.

    The list closes with its last conjunct: in 'Ministry of Economy, Trade and Industry and Japan
    External Trade Organization' the second 'and' opens another body, whose head does not stop the list.
    """
    k = j + 1
    if k < len(tokens) and tokens[k][0].lower() in TITLE_HEADS:
        return False  # "Ministry of Foreign Affairs of Chile, Ambassador X": a rank after the name, not a portfolio
    saw_and = closed = False
    while k < len(tokens):
        word = tokens[k][0]
        if word.lower() in ORG_HEADS:
            return closed
        if word == "and":
            closed = saw_and and _is_capital(tokens[k - 1][0])
            if closed:
                return True
            saw_and = True
        elif word == ",":
            pass
        elif not _is_capital(word):
            return saw_and and word not in (".",)
        k += 1
    return saw_and


# the legal form that closes a company's name ("Qazaq Camel LLP")
_COMPANY_FORMS = frozenset("llp llc ltd jsc pjsc ojsc cjsc inc corp plc gmbh ag sa".split())


def _split_on_and(tokens: list[tuple[str, int]]) -> list[list[tuple[str, int]]]:
    """'X Commission of Mongolia and ROSATOM' is two bodies; 'Ministry of Labour and Social ...' one."""
    parts: list[list[tuple[str, int]]] = []
    current: list[tuple[str, int]] = []
    for index, token in enumerate(tokens):
        if token[0] == "and" and current and _and_opens_another_body(current, tokens[index + 1:]):
            parts.append(current)
            current = []
            continue
        current.append(token)
    parts.append(current)
    return [p for p in parts if p]


def _and_opens_another_body(current: list[tuple[str, int]], after: list[tuple[str, int]]) -> bool:
    """Whether the 'and' between the words of one body so far (``current``) and the tokens ``after`` it
    starts a second body."""
    segment = _until_next_and(after)
    lone_acronym = all(tok[0].isupper() and len(tok[0]) > 1 for tok in current)  # "LLP ENKI"
    possessor_next = bool(segment) and _POSSESSIVE_NAME.fullmatch(segment[0][0]) and _has_head(current)
    place_before = current[-1][0].lower() in GEO_WORDS and not _has_head(current) and _has_head(segment)
    # "X of Kyrgyzstan and the National Development and Reform Commission of China": 'and the' opens a second body
    second_body = bool(segment) and segment[0][0] == "the" and (_has_head(after) or _named_body_of(current, segment))
    # "… Center for Standardization and Metrology and Pakistan Standards … Authority": a country opens the other body
    country_next = bool(segment) and _has_head(current) and bool(country_code(segment[0][0])) and _has_head(after)
    company_before = current[-1][0].lower().rstrip(".") in _COMPANY_FORMS  # "A LLP and B Co"
    # "Petroperu and Chile's National Company ENAP": another country's own body
    country_possessive_next = bool(segment) and bool(_POSSESSIVE_NAME.fullmatch(segment[0][0])) and \
        bool(country_code(POSSESSIVE_END.sub("", segment[0][0]))) and _has_head(segment)
    # "Joint Commission of the State Great Khural of Mongolia and the Federal Assembly of Russia": both sides
    # are in the joint body's name
    joint_of_both = current[0][0] == "Joint" and any(word == "of" for word, _ in current)
    # "the International Federation of Red Cross and Red Crescent Societies": the movement's name, one body
    red_cross = current[-1][0] == "Cross" and [w for w, _ in segment[:2]] == ["Red", "Crescent"]
    return not joint_of_both and not red_cross and not _governed_conjunct(current, segment) and bool(
        possessor_next or place_before or company_before or (_has_head(segment) and (_has_head(current) or lone_acronym))
        or (len(segment) == 1 and segment[0][0].isupper() and len(segment[0][0]) > 2)
        or second_body or country_next or country_possessive_next
        or (_has_head(current) and _office_follows(segment) and not _commerce_and_industry(current, segment))
    )


def _named_body_of(current: list[tuple[str, int]], segment: list[tuple[str, int]]) -> bool:
    """'Committee on Religious Affairs of Uzbekistan and the Presidency of Religious Affairs of Türkiye': after a
    body, 'and the X of Y' names another body in capitals, whatever its head word."""
    words = [w for w, _ in segment]
    link = next((k for k, w in enumerate(words[:5]) if w == "of"), None)  # "the International Federation of Red Cross"
    return _has_head(current) and link is not None and link >= 2 and len(words) > link + 1 and \
        all(_is_capital(w) for w in words[1:link]) and _is_capital(words[link + 1])


def _commerce_and_industry(current: list[tuple[str, int]], segment: list[tuple[str, int]]) -> bool:
    """'Chamber of Commerce and Industry President X': one chamber's name, then its President."""
    return bool(current and segment) and current[-1][0] in ("Commerce", "Trade") and segment[0][0] == "Industry"


def _office_follows(segment: list[tuple[str, int]]) -> bool:
    """'National Council and Minister of Foreign Affairs', 'Security Council of X, and National Security Advisor':
    after 'and' comes a person's office (an office word, no institution word, before any 'of'), not a second
    part of the body's name."""
    words = [w for w, _ in segment]
    if words and words[0].lower() == "the":
        words = words[1:]
    cut = next((k for k, w in enumerate(words) if w in ("of", "for", "to")), len(words))
    own = words[:cut]
    return bool(own) and all(_is_capital(w) for w in own) and not any(is_head(w) for w in own) \
        and any(w.lower() in TITLE_HEADS and w.lower() not in TITLE_MODIFIERS for w in own)


def _governed_conjunct(current: list[tuple[str, int]], segment: list[tuple[str, int]]) -> bool:
    """'Institute of Seismology and Physics of Atmosphere of the Academy ...': the words after 'and' are
    another noun governed by the same 'of/for/on' (their own 'of' comes before any institution word), so the
    name goes on; 'Institute of X and Ministry of Y' starts a second body with its head."""
    if not current or not segment or segment[0][0] == "the" or not _in_complement(current, 0, len(current)) or \
            _office_follows(segment):  # "… of the Parliament and Director of the Centre": a second office, its body
        return False
    words = [w.lower() for w, _ in segment]
    first_head = next((k for k, w in enumerate(words) if is_head(w)), None)
    first_link = next((k for k, w in enumerate(words) if w in ("of", "for", "on", "under")), None)
    return first_head is not None and first_link is not None and 0 < first_link < first_head \
        and all(_is_capital(w) for w, _ in segment[:first_link])


def _until_next_and(tokens: list[tuple[str, int]]) -> list[tuple[str, int]]:
    for index, token in enumerate(tokens):
        if token[0] == "and":
            return tokens[:index]
    return tokens


def _has_head(tokens: list[tuple[str, int]]) -> bool:
    return any(is_head(t[0]) for t in tokens)


_COLLECTIVE_OWNER = re.compile(r"(?:People|Peoples|Nation|Workers|Deputies)['’]s?", re.IGNORECASE)


def _make_org(text: str, tokens: list[tuple[str, int]],
              cut_at: t.Callable[[int], int] | None = None) -> Org | None:
    while tokens and (tokens[0][0].lower() in ("the", "and", "of") or re.fullmatch(r"\d+\w*", tokens[0][0]) or
                      tokens[0][0].lower() in MONTH_WORDS):
        tokens = tokens[1:]  # "… in July 2017 and General Assembly of the United Nations": the date is no part of it
    while len(tokens) >= 2 and re.fullmatch(r"[A-Z]{1,2}\.[A-Z][\w-]+", tokens[-1][0]):
        tokens = tokens[:-1]  # "Vice Speaker of Parliament L.EnkhAmgalan": a Mongolian name after the body, no part of it
    if len(tokens) >= 2 and tokens[-1][0] == "Resolution":
        tokens = tokens[:-1]  # "UN Security Council Resolution 1929": a document of the council, the council the body
    if len(tokens) > 2 and tokens[1][0] == "the" and not is_head(tokens[0][0]):
        tokens = tokens[2:]  # "Earlier the Centre for ...": a sentence's first word, not part of the name
    # "Meeting of the X Commission": the event is not the institution
    for k, (word, _) in enumerate(tokens):
        if is_head(word) and word.lower() not in EVENT_WORDS:
            break  # "Standing Committee of the National People's Congress of ...": the congress is in the name
        if (word.lower() in EVENT_WORDS or word.lower() in _DOCUMENT_WORDS) and k + 1 < len(tokens) \
                and tokens[k + 1][0] in ("of", "on"):
            tokens = tokens[k + 2:]
            if word.lower() in _DOCUMENT_WORDS and _founds_a_body(tokens):
                return None  # "Memorandum on the Establishment of the Council of ...": a body yet to be made
            sides = [i for i, (w, _) in enumerate(tokens) if w == "between"]
            if word.lower() in _DOCUMENT_WORDS and sides:
                tokens = tokens[sides[-1] + 1:]  # "Memorandum of Understanding on X between the Ministry of …": a side
            break
    tokens = _without_leading_the(tokens)
    while len(tokens) > 2 and tokens[0][0] in _WORDS_OF_A_PERSON:
        tokens = _without_leading_the(tokens[1:])  # "Senior Communist Party of China (CPC) official": the official's
    if len(tokens) > 2 and tokens[1][0] == "and" and country_code(tokens[0][0]):
        tokens = _without_leading_the(tokens[2:])  # "between Pakistan and European Union (EU)": a country, then the body
    if len(tokens) >= 2 and tokens[0][0].lower() in TITLE_HEADS and is_head(tokens[1][0]):
        tokens = tokens[1:]  # "Chairman Senate Muhammad Sanjrani" (Pakistan's usage): the office, then the chamber
    # "Chairman of the Jogorku Kenesh", "Secretary General of the X Office": the office is not part of the
    # institution's name ("General" after an office word ends the office, as in "Director General")
    tokens = _after_leading_office(tokens)
    if cut_at is not None and tokens:
        limit = cut_at(tokens[0][1])
        tokens = [tok for tok in tokens if tok[1] < limit]
        last, at = tokens[-1] if tokens else ("", 0)
        if len(tokens) > 1 and BARE_INITIALS.fullmatch(last) and not text[at + len(last):limit].strip():
            tokens = tokens[:-1]  # "the Parliament Secretariat KM Abdus Salam": the initials of the person named
    tokens = _after_remit(_before_office(_after_under(tokens)))
    if tokens and re.fullmatch(r"[A-Z][\w-]*['’]s", tokens[0][0]) and \
            not (country_code(tokens[0][0]) and _has_head(tokens[1:])) and not _COLLECTIVE_OWNER.fullmatch(tokens[0][0]):
        tokens = tokens[1:]  # "Tokayev's Akorda"; but "Kyrgyzstan's Cabinet of Ministers" is that country's cabinet,
        # and "the People’s Council of Turkmenistan" is named for its people
    while tokens and (tokens[-1][0].lower() in _CONNECTORS or tokens[-1][0] in (",", ";")):
        tokens = tokens[:-1]
    if len(tokens) >= 2 and tokens[-2][0] == "and" and tokens[-1][0].lower() in DEMONYMS:
        tokens = tokens[:-2]  # "National Bank of Kyrgyzstan (NBK) and Mongolian [financial institutions]"
    acronyms = set()
    if tokens and tokens[-1][0].startswith("("):
        inner = tokens[-1][0][1:-1]
        if re.fullmatch(r"[A-Z][\w.]*", inner):
            acronyms.add(inner)
        tokens = tokens[:-1]
    if not tokens:
        return None
    if tokens and re.search(r"['’]s$", tokens[-1][0]):
        word, position = tokens[-1]
        tokens = tokens[:-1] + [(re.sub(r"['’]s$", "", word), position)]
    heads = [t[0].lower() for t in tokens if is_head(t[0])]
    if not heads or heads == ["group"] and not _working_group(tokens):
        return None
    first_head = heads[0]
    if first_head in EVENT_WORDS or tokens[-1][0].lower() in _DOCUMENT_WORDS:
        return None  # "Exchange Letter": a document, not a body
    start, end = tokens[0][1], tokens[-1][1] + len(tokens[-1][0])
    name = text[start:end]
    if len(tokens) == 1 and name.lower() not in KNOWN_INSTITUTIONS:
        return None  # a bare "Parliament" or "Ministry" is not a name
    return Org(re.sub(r"\s+", " ", name), start, end, acronyms)


# Words of an office beside TITLE_HEADS and TITLE_MODIFIERS: "High Representative", "Honorary Chairman",
# "Chief Executive Officer", "Official Spokesperson", "Under-Secretary".
_OFFICE_MODIFIERS = frozenset("high honorary chief executive officer official under assistant".split())
_PLURAL_OFFICES = frozenset("deputies members ministers heads representatives".split())


_WORDS_OF_A_PERSON = frozenset(("Senior", "Former", "Veteran", "Top"))


def _without_leading_the(tokens: list[tuple[str, int]]) -> list[tuple[str, int]]:
    while tokens and tokens[0][0].lower() == "the":
        tokens = tokens[1:]
    return tokens


def _office_word(word: str) -> bool:
    """A word of a person's office ("Secretary-General", "Vice-President", "Representatives"), not of a body."""
    low = word.lower()
    if low in ORG_HEADS:
        return False
    parts = low.split("-")
    return all(p in TITLE_HEADS or p in TITLE_MODIFIERS or p in _OFFICE_MODIFIERS or p in _PLURAL_OFFICES
               for p in parts) \
        and (not low.endswith("s") or low in _PLURAL_OFFICES or low in ("ceo", "ceos"))


def _after_leading_office(tokens: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """'Chairman of the Jogorku Kenesh', 'High Representative of the European Union', 'Official Spokesperson
    for the Ministry of Foreign Affairs': an office is not an institution; the body after 'of/for' is.
    Words before the office that hold no institution word go with it ("[visit to] Turkmenistan of the
    Chairman of the Government", "Muhammad Asif and Deputy Chairman of Cabinet of Ministers")."""
    while tokens and tokens[0][0].rstrip(".") in _STYLE_ABBREVIATIONS:
        tokens = tokens[1:]  # "HE Speaker of the Shura Council": His Excellency's office, no body named "HE …"
    first_head = next((k for k, (w, _) in enumerate(tokens) if is_head(w)), len(tokens))
    for k in range(min(first_head, len(tokens) - 1)):
        if tokens[k + 1][0] not in ("of", "for") or not _office_word(tokens[k][0]):
            continue
        office = k
        while office > 0 and _office_word(tokens[office - 1][0]):
            office -= 1
        if office > 0 and (tokens[office - 1][0] in ("of", "for") or
                           any(re.fullmatch(r"[A-Z]{2,}", w) for w, _ in tokens[:office])):
            return tokens  # "House of Representatives", "SCO Heads of State Council": the office word is in a name
        if not any(w.lower().split("-")[-1] in TITLE_HEADS | _PLURAL_OFFICES | {"officer"}
                   for w, _ in tokens[office:k + 1]):
            continue
        rest = _without_leading_the(tokens[k + 2:])
        if len(rest) > 2 and rest[0][0] == "State" and rest[1][0] in ("of", "for"):
            rest = _without_leading_the(rest[2:])  # "Secretary of State of the Ministry of Economy": the ministry
        scoped = any(w.lower().split("-")[-1] in _SCOPED_OFFICES for w, _ in tokens[office:k + 1])
        return _without_office_scope(rest) if scoped else rest
    return tokens


_STYLE_ABBREVIATIONS = frozenset({"HE", "H.E", "HH", "H.H", "HRH"})

# Offices that carry a scope after the body: "High Representative of the EU for Foreign Affairs",
# "Special Envoy of the UN for Syria" (whereas "Chairman of the State Committee for Investments" does not).
_SCOPED_OFFICES = frozenset("representative envoy commissioner coordinator".split())


def _without_office_scope(tokens: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """'[High Representative of the] European Union for Foreign Affairs and Security Policy': after such an
    office, a 'for ...' with no institution of its own is the office's scope, not part of the body's name."""
    words = [w.lower() for w, _ in tokens]
    if "for" not in words:
        return tokens
    at = words.index("for")
    if _has_head(tokens[:at]) and not _has_head(tokens[at + 1:]):
        return tokens[:at]
    return tokens


# Documents, whose titles name bodies without being one ("Memorandum of the X Council", "Exchange Letter").
_DOCUMENT_WORDS = frozenset("memorandum memoranda agreement agreements protocol protocols treaty declaration "
                            "letter letters programme program roadmap contract convention charter".split())


def _founds_a_body(tokens: list[tuple[str, int]]) -> bool:
    words = [w.lower() for w, _ in tokens[:3]]
    if words and words[0] == "the":
        words = words[1:]
    return len(words) > 1 and words[0] in ("establishment", "creation", "formation", "founding") and words[1] == "of"


def _after_under(tokens: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """'Provision of Specialized Equipment for the Service Unit under the Ministry of ...': when no
    institution word comes before 'under', the body is the one after it."""
    words = [w.lower() for w, _ in tokens]
    if "under" not in words:
        return tokens
    at = words.index("under")
    if _has_head(tokens[:at]):
        return tokens  # "Committee for Architecture under the Government": one body
    rest = tokens[at + 1:]
    return rest[1:] if rest and rest[0][0].lower() == "the" else rest


def _working_group(tokens: list[tuple[str, int]]) -> bool:
    """'India-Mongolia Joint Working Group' names a standing body; a bare 'Working Group' or a 'Friendship
    Group' is not listed."""
    words = [w.lower() for w, _ in tokens]
    at = words.index("group")
    return at >= 2 and words[at - 1] == "working"


def _before_office(tokens: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """'Kazakh Senate Speaker of Kazakhstan', 'Senate Vice Speaker', 'Oil Company (ADNOC) Director General':
    the office after the institution word (or its acronym) belongs to a person's title; the institution
    ends before it."""
    for k in range(1, len(tokens)):
        word = tokens[k][0].lower()
        after_body = tokens[k - 1][0].lower() in ORG_HEADS or tokens[k - 1][0].startswith("(")  # "Company (ADNOC) Director"
        if after_body and (word in TITLE_HEADS or word in TITLE_MODIFIERS or "-" in word and _office_word(word)) \
                and word not in ORG_HEADS and tokens[k][0][:1].isupper():
            if word in TITLE_MODIFIERS and word not in TITLE_HEADS and k == len(tokens) - 1:
                continue  # "the Supreme State Council of the Union State": a modifier that no office follows
            if k >= 2 and tokens[k - 2][0].lower() in TITLE_HEADS and tokens[k - 2][0].lower() not in ORG_HEADS:
                return []  # "Chief Cabinet Secretary": the institution word is inside an office
            if word == "minister" and tokens[k - 1][0] == "Government" and not any(w == "of" for w, _ in tokens[:k]):
                return []  # "Housing and Local Government Minister": a minister's portfolio, no body
            return tokens[:k]
    last = tokens[-1][0].lower() if tokens else ""
    if len(tokens) > 2 and last in TITLE_HEADS and last not in ORG_HEADS and tokens[-1][0][:1].isupper() \
            and not last.endswith("s") and tokens[-2][0][:1].isupper():  # never "Council of Ministers"
        return tokens[:-1]  # "Chamber of Commerce and Industry President": the office closes the name
    return tokens


def _acceptable(org: Org, text: str, outlet: str | None) -> bool:
    low = org.name.lower()
    if low in OUTLETS or (outlet and low == outlet.lower()):
        return False
    if re.match(r"press (?:service|office|center|centre)\b", low):
        return False
    if re.match(r"(?:the\s+)?[\w-]+\s+(?:side|part)\s+of\b", low):
        return False  # "the Ethiopian Side of the commission": one side of a body, no body of its own
    named_for_people = re.search(r"['’]s\s+\w+$", low)  # "National People's Congress": a body, not an event
    if low.split()[-1] in EVENT_WORDS and not named_for_people or re.search(r"\bnews\b|^information agency$", low) \
            or any(w in OUTLETS for w in low.split()):
        return False  # events, and news agencies (the outlet or one it cites)
    before = text[max(0, org.start - 12):org.start].lower()
    if re.search(r"\b(?:a|an)\s+$", before):
        return False  # "the establishment of a Nuclear Science Center": not an existing body
    if re.search(r"[A-Z]{3,}\s*,\s*(?:the\s+)?$", text[max(0, org.start - 30):org.start]):
        return False  # "ROSATOM, the State Atomic Energy Corporation": a second name
    if _described_body(org.name) and not names_one_country(org.name.split()[:-1]):
        return False  # "the Moon Jae-in government", "Iranian-Tajik commission": a description, not a name
    if (_described_body(org.name) or len(org.name.split()) <= 2 and org.name.split()[-1].lower() in ORG_HEADS) and \
            re.match(r"\s+[“\"«][A-Z]", text[org.end:org.end + 3]):
        return False  # "the Georgian agency "Produce in Georgia"", "the State Institution «Center …»": the name follows
    if sum(1 for word in org.name.split() if len(word) > 3 and word.isupper()) >= 3:
        return False  # "EIGHTH SESSION OF … COMMISSION HELD IN YEREVAN": a headline in capitals, no body's name
    if re.search(r"\bflight\s+[a-z]{0,3}\d", low):
        return False  # "Malaysia Airlines Flight MH17": a flight, not a body
    if low.endswith(" network") and _INFRASTRUCTURE.search(low):
        return False  # "the Asian Highway Network": roads, not a body
    if low.endswith("union") and re.match(r"\s+(?:Cabinet\s+)?Minister|\s+Territor", text[org.end:org.end + 20]):
        return False  # "India's Union Minister for Finance": the Union government's minister, no body named
    if _BUILDINGS.fullmatch(low):
        return False  # "received him at Parliament House": where they met, not who
    if _LEADERS_ADMINISTRATION.fullmatch(org.name) and not country_code(org.name.split()[0]):
        return False  # "the Trump Administration": a leader's government, named for him, no body of its own
    words = low.split()
    if words[-1] in GEO_WORDS and not any(w.strip("()") in ORG_HEADS for w in words[:-1]):
        return False  # a region is a party, not an institution
    return not all(country_code(w) or w in ("republic", "federation") for w in words)


# "the Trump Administration", never the "Presidential", "State" or "Customs Administration"
_LEADERS_ADMINISTRATION = re.compile(r"(?!(?:State|City|Tax|Customs|Public|Port|Maritime|Border|Space|Food|Drug|Social)\s)"
                                     r"[A-Z][a-z]+(?<!al)(?<!ic)(?<!an)(?<!ese)(?<!ish)(?<!ary)(?<!ive)\s+Administration")


_BUILDINGS = re.compile(r"(?:parliament|parliament's|parliaments)\s+(?:house|building|buildings)")
_REMIT_NOUNS = frozenset(("affairs", "issues", "matters"))


def _after_remit(tokens: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """'Minister of State for Cabinet Affairs', 'Foreign Affairs of Kenya': words that end in 'affairs' before
    any 'of', 'for' or 'and' are an office's portfolio, not a body's name; the body named after their 'of the'
    stays ('Cabinet Affairs of the Office of the Prime Minister')."""
    link = next((k for k, (word, _) in enumerate(tokens) if word in ("of", "for", "and", "on", "under")), len(tokens))
    if not link or tokens[link - 1][0].lower() not in _REMIT_NOUNS:
        return tokens
    words = [word for word, _ in tokens[link:link + 3]]
    return tokens[link + 2:] if len(words) == 3 and words[:2] == ["of", "the"] and is_head(words[2]) else []


_INFRASTRUCTURE = re.compile(r"\b(?:highway|railway|rail|road|roads|transport|pipeline|power|energy|gas|internet|fibre|fiber|"
                             r"logistics|trade)\b")


def _described_body(name: str) -> bool:
    """A body named by description: its only institution word is written lower-case and ends the
    phrase ("Georgian agency", "Executive office"), as opposed to a name ("State Agency")."""
    words = name.split()
    return len(words) > 1 and words[-1].islower() and is_head(words[-1]) and not _has_head([(w, 0) for w in words[:-1]])


def _dedupe(orgs: list[Org]) -> list[Org]:
    kept: list[Org] = []
    for org in orgs:
        twin = next((k for k in kept if same_institution(k.name, org.name)), None)
        if twin is None:
            kept.append(org)
        else:
            twin.acronyms |= org.acronyms
    return kept


def same_institution(a: str, b: str) -> bool:
    """True when two names denote one body: one's words within the other's, or one parliament."""
    wa, wb = significant_words(a), significant_words(b)
    if not wa or not wb:
        return False
    if wa <= wb or wb <= wa:
        return not _sub_body(a, b) and not _sub_body(b, a)
    known = {INSTITUTION_VARIANTS.get(k, k) for k in KNOWN_INSTITUTIONS if " " not in k}
    return bool(wa & wb & known) or (_khural(set(wa)) and _khural(set(wb)))


# Chambers are listed as their parliament ("Senate of the Parliament of Kazakhstan" ~ "Parliament").
_CHAMBERS = frozenset("senate mazhilis majilis majlis kenesh khural hural duma assembly chamber house".split())


def _sub_body(longer: str, shorter: str) -> bool:
    """'Institute of International Relations of the Ministry of Foreign Affairs' is a body under the
    ministry, not the ministry: the longer name has its own head, other than a chamber, before an 'of'
    or 'under' that leads to the shorter name's head."""
    heads = [w.lower() for w in longer.split() if is_head(w)]
    short_heads = [w.lower() for w in shorter.split() if is_head(w)]
    if len(heads) < 2 or not short_heads or heads[0] in _CHAMBERS or heads[0] == short_heads[0]:
        return False
    return bool(re.search(rf"\b{re.escape(heads[0])}\b.*\b(?:of|under)\s+(?:the\s+)?.*\b{re.escape(short_heads[0])}\b",
                          longer, re.I))


def _khural(words: set[str]) -> bool:
    return "khural" in words and ("great" in words or "state" in words)


@functools.cache
def _institutions_longest_first() -> list[tuple[str, str]]:
    """The one-word institutions, longest name first: "oliy majilis" (Uzbekistan) before "majilis" (Kazakhstan)."""
    return sorted(KNOWN_INSTITUTIONS.items(), key=lambda item: -len(item[0]))


def org_country(name: str) -> str | None:
    found = countries_in(name)
    if found and found[0][0] == 0 and name[found[0][1] - 2:found[0][1]] in ("'s", "’s"):
        return found[0][2]  # "Poland's point person for assistance to Ukraine": the owner opens the name
    if found:
        return found[-1][2]  # "the Ministry of Energy of Kazakhstan": the owner ends the name
    low = name.lower()
    for known, code in _institutions_longest_first():
        if known in {INSTITUTION_VARIANTS.get(w, w) for w in low.split()} or known in low:
            return code
    return None


def acronym_matches(acronym: str, name: str) -> bool:
    """'NBK' ~ 'National Bank of Kyrgyzstan', 'KazISS' ~ 'Kazakhstan institute for strategic studies'."""
    words = [w for w in re.findall(r"[A-Za-z]+", name) if w.lower() not in _CONNECTORS]
    letters = acronym.lower().replace(".", "")

    def consume(pos: int, index: int) -> bool:
        if pos == len(letters):
            return True
        if index >= len(words):
            return False
        word = words[index].lower()
        for size in range(min(len(word), len(letters) - pos), 0, -1):
            if word[:size] == letters[pos:pos + size] and consume(pos + size, index + 1):
                return True
        return False

    return len(letters) >= 2 and consume(0, 0)
