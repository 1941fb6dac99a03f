"""Offices named without a name: "the Uzbek President said", "the Head of State noted",
"his Uzbek counterpart", "Presidents of Kazakhstan and Uzbekistan held talks".

The genre often names a person once, bare ("Shavkat Mirziyoyev thanked ..."), and otherwise
refers to them only by office. These references give such people a title and a country, and
let quotes attributed to an office find their speaker.
"""

from __future__ import annotations

import re
import typing as t
from dataclasses import dataclass

from briefing.extract.lexicon import DEMONYMS, PLURAL_TITLES, TITLE_HEADS, TITLE_MODIFIERS, country_code
from briefing.extract.people import Candidate
from briefing.extract.text import Context

_HEADS = (r"(?:(?:First|Deputy|Vice)\s+)?(?:[Pp]resident|[Pp]rime [Mm]inister|Premier|Head of State|Head of Government|"
          r"[Ff]oreign [Mm]inister|Minister of Foreign Affairs|[Ss]peaker|Chairman|Chairwoman|leader|counterpart)")
_COUNTRY = r"(?:the\s+)?(?:Republic\s+of\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
_DEMONYM = r"(?:" + "|".join(sorted((d.title() for d in DEMONYMS), key=len, reverse=True)) + r")"
# "the Uzbek President", "the President of Mongolia", "his Uzbek counterpart", "the Head of State"
SINGULAR = re.compile(
    rf"\b(?:[Tt]he|[Hh]is|[Hh]er)\s+(?P<office>(?:(?P<dem>{_DEMONYM})\s+)?{_HEADS}(?:\s+of\s+(?P<of>{_COUNTRY}))?)"
    rf"(?!\s*,?\s*(?:[A-Z]\.\s?)*[A-Z][a-z]+(?:[\s-][A-Z][a-z]+)+)")  # not followed by a name: that is a titled mention
# "Azerbaijan’s parliament speaker", "Uzbekistan's foreign minister": the country's office, as written
POSSESSIVE = re.compile(rf"\b(?P<of>{_COUNTRY})['’]s\s+(?P<head>(?:(?:[Pp]arliament(?:ary)?|Senate|[Ss]tate)\s+)?{_HEADS})"
                        rf"(?!\s*,?\s*(?:[A-Z]\.\s?)*[A-Z][a-z]+(?:[\s-][A-Z][a-z]+)+)")
_ACTS = re.compile(r"\s+(?:also\s+)?(?:said|says|noted|stressed|emphasized|emphasised|underlined|underscored|added|"
                   r"expressed|highlighted|thanked|welcomed|invited|praised|proposed|informed|called|pointed|"
                   r"congratulated|conveyed|told|recalled|spoke|met|received|voiced)\b")
# "Presidents of Kazakhstan and Uzbekistan", "the leaders of Kazakhstan and Uzbekistan"
PLURAL = re.compile(rf"\b(?P<head>Presidents|Prime Ministers|Foreign Ministers|[Ll]eaders|[Hh]eads of [Ss]tate)\s+of\s+"
                    rf"(?P<first>{_COUNTRY})\s+and\s+(?P<second>{_COUNTRY})\b")


@dataclass
class Office:
    text: str  # as written, without "the"/"his"; "President of Kazakhstan" for a plural lead
    country: str | None
    start: int
    from_plural: bool = False
    acting: bool = True  # the office is the subject of what follows ("the Head of State noted")


def find_offices(context: Context) -> list[Office]:
    """Office-only references outside quotations, in order of appearance."""
    offices = []
    text = context.text
    for match in SINGULAR.finditer(text, context.lead_start):
        if context.in_quote(match.start()):
            continue
        if re.match(r"['’]s\b", text[match.end():]):
            continue  # "the Kazakh President’s state visit": the office owns something, it does not act here
        code = _country_of(match.group("dem")) or _country_of(match.group("of"))
        if match.group("of") and not code:
            continue  # "the Chairman of the Board": an office of something else
        acting = bool(_ACTS.match(text, match.end()))
        offices.append(Office(match.group("office"), code, match.start("office"), acting=acting))
    for match in POSSESSIVE.finditer(text, context.lead_start):
        code = _country_of(match.group("of"))
        if code and not context.in_quote(match.start()) and "counterpart" not in match.group("head"):
            offices.append(Office(match.group(0), code, match.start(), acting=bool(_ACTS.match(text, match.end()))))
    for match in PLURAL.finditer(text, context.lead_start):
        singular = _singular(match.group("head"))
        for group in ("first", "second"):
            code = _country_of(match.group(group))
            if code:
                offices.append(Office(f"{singular} of {match.group(group)}", code, match.start(group), True))
    return sorted(offices, key=lambda office: office.start)


def _country_of(word: str | None) -> str | None:
    return country_code(word) if word else None


def _singular(head: str) -> str:
    words = head.split()
    first = PLURAL_TITLES.get(words[0].lower(), words[0].rstrip("s"))
    return " ".join([first[:1].upper() + first[1:], *words[1:]])


def assign_offices(offices: list[Office], people: t.Sequence[Candidate]) -> None:
    """Give untitled people the office the text uses for them.

    An office with a country belongs to the person of that country when only one is named (and
    becomes their title if they have none); then an acting office without a country ("the Head of
    State noted") goes to the one untitled participant left. Offices are kept as aliases for
    quote attribution.
    """
    _by_country(offices, people)
    untitled = [p for p in people if p.participant and not p.title]
    # "The President thanked the Ambassador" after "the President of Poland X received ...": the office is X's
    held = {_head_word(p.title) for p in people if p.participant and p.title}
    plain = [o for o in offices if o.country is None and o.acting and "counterpart" not in o.text
             and _head_word(o.text) not in held and not _held_as_head_of(o.text, held)]
    if len(untitled) == 1 and plain:
        untitled[0].title = plain[0].text
        untitled[0].aliases.extend(o.text for o in plain)


# "the Head of State said" where a president of the text holds that office: never the one untitled guest's
_HEAD_OF = {"state": {"president", "king", "emir", "amir", "sultan", "emperor"}, "government": {"minister", "premier"}}


def _held_as_head_of(office: str, held: set[str]) -> bool:
    head_of = re.search(r"\bhead\s+of\s+(state|government)\b", office, re.I)
    return head_of is not None and bool(_HEAD_OF[head_of.group(1).lower()] & held)


def _head_word(office: str) -> str:
    """The office's head word: 'Deputy Prime Minister of X' -> 'minister', 'President' -> 'president'."""
    words = [w for w in re.findall(r"[A-Za-z]+", office.lower()) if w not in ("of", "the", "and")]
    heads = [w for w in words if w in TITLE_HEADS and w not in TITLE_MODIFIERS]
    return heads[0] if heads else " ".join(words)


def _by_country(offices: list[Office], people: t.Sequence[Candidate]) -> None:
    for code in dict.fromkeys(o.country for o in offices if o.country):
        holders = [p for p in people if p.country == code]
        if not holders:  # "The Speaker of Parliament, X, received …" and later "Ghana’s Speaker of Parliament": X's country
            holders = [p for p in people if p.participant and p.country is None and p.title and
                       any(_head_word(o.text) == _head_word(p.title) for o in offices if o.country == code)]
            for person in holders[:1] if len(holders) == 1 else []:
                person.country = code
        if len(holders) > 1:
            holders = _the_one_untitled(holders, [o for o in offices if o.country == code])
        if len(holders) != 1:
            continue
        person = holders[0]
        own = [o for o in offices if o.country == code and may_be_held_by(o.text, person.title)]
        if not own:
            continue
        person.aliases.extend(o.text for o in own)
        if not person.title:
            person.title = _preferred(own).text


def _the_one_untitled(holders: list[Candidate], offices: list[Office]) -> list[Candidate]:
    """'The Turkmen president' in a text naming three Turkmen, two of them with offices of their own (the speakers
    of both chambers): the one the text gives no office, when no titled one holds an office of that rank."""
    untitled = [p for p in holders if not p.title]
    ranks = {word for o in offices for word in re.findall(r"[a-z]+", o.text.lower()) if word in _RANK_WORDS}
    of_that_rank = [p for p in holders if p.title and ranks & set(re.findall(r"[a-z]+", p.title.lower()))]
    return untitled if len(untitled) == 1 and ranks and not of_that_rank else []


# words that tell one office from another: "the Latvian Prime Minister" is not the Latvian Minister of Foreign
# Affairs, though both are the one Latvian of the text ("the Latvian top diplomat" may well be him)
_RANK_WORDS = frozenset({"prime", "deputy", "vice", "first", "president", "speaker", "chairman", "chairwoman",
                         "chairperson", "ambassador", "governor", "mayor", "king", "emir", "premier", "senator"})


def may_be_held_by(office: str, title: str | None) -> bool:
    """Whether someone with ``title`` may be the one an office phrase names: every rank word the phrase has
    ("prime", "deputy", "speaker") is in the title too."""
    if not title:
        return True
    held = set(re.findall(r"[a-z]+", title.lower()))
    if not held & (_RANK_WORDS | _SPECIFIC_OFFICES):
        return True  # "Kazakh leader", "head of the delegation": a title that names no office rules none out
    return all(word in held for word in re.findall(r"[a-z]+", office.lower()) if word in _RANK_WORDS)


_SPECIFIC_OFFICES = frozenset({"minister", "secretary", "director", "ambassador", "envoy", "governor", "akim", "mayor",
                               "senator", "deputy", "member", "adviser", "advisor", "commissioner"})


def _preferred(offices: list[Office]) -> Office:
    """An office as written ('the Uzbek President') before one read from a plural lead, 'counterpart' last."""
    return min(offices, key=lambda o: ("counterpart" in o.text, o.from_plural, o.start))


def normal_office(text: str) -> str:
    """'the Head of State' -> 'head of state', for comparing office phrases."""
    return re.sub(r"^(?:the|his|her)\s+", "", re.sub(r"\s+", " ", text.strip().lower()))
