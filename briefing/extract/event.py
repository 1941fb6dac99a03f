"""What kind of event it was, whether it is over, and where it took place."""

from __future__ import annotations

import re
import typing as t
from dataclasses import dataclass

from briefing.extract.lexicon import CITY_TO_COUNTRY, KNOWN_INSTITUTIONS, MULTIWORD_CITIES, countries_in
from briefing.extract.people import EVENT_TRIGGERS
from briefing.extract.text import Context, Sentence
from briefing.ingest import MONTH_PATTERN

PHONE = re.compile(r"\b(?:phone|telephone)\s+(?:conversation|call|talks?)\b|\bby (?:tele)?phone\b|\bphoned\b|"
                   r"\bvideo\s*(?:conference|call)\b", re.I)
SIGNING = re.compile(r"\b(?:sign(?:ed|s|ing)?|ink(?:ed|s)?)\b", re.I)
DOCUMENT_WORDS = re.compile(r"\b(?:memorand(?:um|a)|memos?|MoU|MoC|agreements?|treaty|treaties|accords?|road ?maps?|"
                            r"declarations?|protocols?|documents?|plans?|programmes?|programs?|contracts?|"
                            r"conventions?|charter)\b", re.I)
VISIT = re.compile(r"\b(?:(?:state|official|working|friendly)\s+(?:visit|trip)|(?:has|have)\s+arrived\b|pay(?:s|ing)?\s+(?:an?\s+)?(?:\w+\s+)?visit|"
                   r"paid\s+(?:an?\s+)?(?:\w+\s+)?visit|visit(?:s|ed|ing)?\s+(?:to\s+)?(?-i:[A-Z]))", re.I)
MEETING = re.compile(r"\b(?:met|meets|meeting|received|receives|receive|session|co-chaired|sidelines|discussed|"
                     r"courtesy call|call(?:ed|s)? on|"
                     r"held a meeting|hold a meeting)\b", re.I)
TALKS = re.compile(r"\b(?:talks|negotiations)\b", re.I)
FORUM = re.compile(r"\b(?:forum|conference|summit|congress|expo|exhibition)\b", re.I)
FUTURE = re.compile(r"\b(?:will|shall|is to|are to|to pay|to arrive|to visit|to hold|to travel|is scheduled|are scheduled|is expected to|"
                    r"are expected to|plans? to|is set to|upcoming)\b", re.I)
IN_PROGRESS = re.compile(r"\b(?:is (?:currently )?(?:on an?|paying an?)\s+(?:\w+\s+)?visit|is visiting|(?:has|have) arrived today|"
                         r"continues (?:his|her|its) visit|is under way|is underway)\b", re.I)


@dataclass
class EventKind:
    type: str
    status: str | None
    start: int
    end: int


def _lead_window(context: Context) -> list[tuple[str, int]]:
    """The headline and the first two body sentences: where the genre states what happened."""
    window = []
    if context.article.headline:
        start = context.text.find(context.article.headline)
        window.append((context.article.headline, max(start, 0)))
    window.extend((s.text, s.start) for s in context.sentences[:3])
    return window


def event_kind(context: Context) -> EventKind:
    window = _lead_window(context)
    body = window[1:] if context.article.headline else window
    checks = (
        ("phone_call", lambda s: PHONE.search(s)),
        ("signing", lambda s: SIGNING.search(s) and DOCUMENT_WORDS.search(s) and not FUTURE.search(s)),
        ("visit", lambda s: FUTURE.search(s) and VISIT.search(s)),
        ("meeting", lambda s: MEETING.search(s) or re.search(r"visit\s+to\s+the\s+[A-Z]", s)),
        ("talks", lambda s: TALKS.search(s) and not FUTURE.search(s)),
        ("visit", lambda s: VISIT.search(s)),
        ("forum", lambda s: FORUM.search(s)),
    )
    first = [w for w in window if w not in body[1:]]  # headline and lead
    for sentences in (first, window):
        for kind, check in checks:
            for sentence, start in sentences:
                match = check(sentence)
                if match:
                    status = _status(sentence, kind)
                    span = match if isinstance(match, re.Match) else None
                    return EventKind(kind, status, start + (span.start() if span else 0),
                                     start + (span.end() if span else len(sentence)))
    return EventKind("other", None, context.lead_start, context.lead_start)


def _status(sentence: str, kind: str) -> str | None:
    if IN_PROGRESS.search(sentence):
        return "in progress"
    if FUTURE.search(sentence) and kind in ("visit", "meeting", "talks", "forum", "other"):
        return "planned"
    return None


# -- place --------------------------------------------------------------------------------

_CITY_NAMES = sorted({*MULTIWORD_CITIES, *(c.title() for c in CITY_TO_COUNTRY)}, key=len, reverse=True)
_CITY_IN = re.compile(r"\b(?:in|at)\s+(?:the\s+(?:city|capital)\s+(?:of\s+|,\s*)?|the\s+[A-Z][a-z]+\s+capital,?\s+)?(?P<city>"
                      + "|".join(re.escape(c) for c in _CITY_NAMES) + r")\b(?!['’]s|-)")
# "The visit of the President ... to Dushanbe began with a meeting": the visited city
_VISIT_TO_CITY = re.compile(r"\b(?:visit\b[^.;]{0,100}?\bto|came\s+to|arrived\s+(?:today\s+|yesterday\s+)?(?:in|at))\s+"
                            r"(?P<city>" + "|".join(re.escape(c) for c in _CITY_NAMES) + r")\b(?!['’]s|-)")
# "As part of the President's official visit to Baku, 10 documents were signed": the event is part of that visit
_PART_OF_VISIT = re.compile(r"\b(?:[Aa]s part of|[Dd]uring|[Ww]ithin the framework of|[Ii]n the course of)\s+(?:the\s+)?"
                            r"[^.;,]{0,80}?\bvisit\s+to\s+(?P<city>" + "|".join(re.escape(c) for c in _CITY_NAMES) +
                            r")\b(?!['’]s|-)")
# "agreed here Tuesday" under a dateline this reader does not parse ("Ulan Bator [Mongolia], July 5 (ANI/Xinhua):")
_HERE = re.compile(r"\b(?:here|in this city)\b")
_OPENING_CITY = re.compile(r"\s*(?P<city>" + "|".join(re.escape(c) for c in _CITY_NAMES) + r")\b\s*[\[(,]")
_VISITED = re.compile(r"\b(?:visit(?:ed|ing|s)?|visit\s+to|arrived\s+(?:today\s+|yesterday\s+)?in|trip\s+to|tour\s+of)\s+"
                      r"(?:to\s+)?(?:the\s+)?(?P<what>[A-Z][^,.;]{2,80})")


# "X received the Chinese Ambassador to the Kyrgyz Republic": an envoy meets in the country of accreditation
_ACCREDITED = re.compile(r"\bAmbassador\b[^.;]{0,60}?\b(?:to|in)\s+(?:the\s+)?(?P<country>[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,2})")
_MEETS = re.compile(r"\b(?:received|receives|met|meets|hosted|hosts)\b")
_VISITOR = re.compile(r"[A-Z][\w-]*\s+(?:[A-Z][\w-]*\s+){0,2}?(?:Foreign|Prime|Deputy|Vice|First|President|Minister|"
                      r"Premier|Speaker|Chairman|Ambassador|delegation|Defence|Defense|Economy|Trade)\b")


@dataclass
class Place:
    city: str | None
    country: str | None
    start: int
    end: int


def event_sentences(context: Context) -> list[Sentence]:
    lead = context.lead()
    return [s for s in context.sentences if (s is lead or EVENT_TRIGGERS.search(s.text))
            and not context.in_quote(s.start)]


_FUTURE_OR_WISH = re.compile(r"\b(?:will|shall|need to|needs to|plan(?:s|ned)? to|intend|expected to|"
                             r"scheduled|upcoming|next year)\w*", re.I)


def find_place(context: Context, org_country: t.Callable[[str], str | None], planned: bool = False) -> Place:
    """Where the event happened: a city in the lead or an event sentence, else the host country."""
    year = (context.article.page_date or context.dateline and context.dateline.date() or None)
    for sentence in event_sentences(context):
        if sentence is not context.lead() and _FUTURE_OR_WISH.search(sentence.text) and not planned:
            continue  # "the need to hold an exhibition in Ulaanbaatar" is not where the event was
        if sentence is not context.lead() and _background(sentence.text, year.year if year else None):
            continue  # "Meanwhile, ... in May 2023, a trade mission in Tashkent": another, earlier event
        for match in _CITY_IN.finditer(context.text, sentence.start, sentence.end):
            if context.in_quote(match.start()) or re.search(r"\bfrom\s+$", context.text[match.start() - 6:match.start()]):
                continue
            if _place_of_another_event(context.text, sentence.start, match):
                continue
            city = match.group("city")
            code = CITY_TO_COUNTRY.get(city.lower()) or MULTIWORD_CITIES.get(city)
            after = countries_in(context.text[match.end():match.end() + 40])
            if after and re.match(r"\s*,\s*(?:the\s+)?[A-Z]", context.text[match.end():]):
                code = after[0][2]
            return Place(city, code, match.start("city"), match.end("city"))
    for sentence in context.sentences[:2]:  # "The visit of X to Dushanbe began ...", "A delegation came to Shymkent"
        visit = _VISIT_TO_CITY.search(context.text, sentence.start, sentence.end)
        if visit and not _recalled_visit(context.text[sentence.start:visit.start()]) and not context.in_quote(visit.start()):
            city = visit.group("city")
            return Place(city, CITY_TO_COUNTRY.get(city.lower()) or MULTIWORD_CITIES.get(city), visit.start("city"), visit.end("city"))
    for sentence in context.sentences:
        visit = _PART_OF_VISIT.search(context.text, sentence.start, sentence.end)
        if visit and not context.in_quote(visit.start()) and not _background(sentence.text, year.year if year else None):
            city = visit.group("city")
            return Place(city, CITY_TO_COUNTRY.get(city.lower()) or MULTIWORD_CITIES.get(city), visit.start("city"), visit.end("city"))
    lead = context.lead()
    opening = _OPENING_CITY.match(context.text, context.body_start)
    if lead is not None and opening and not context.dateline and _HERE.search(lead.text):
        city = opening.group("city")
        return Place(city, CITY_TO_COUNTRY.get(city.lower()) or MULTIWORD_CITIES.get(city), opening.start("city"), opening.end("city"))
    for sentence in event_sentences(context)[:3]:
        for match in _VISITED.finditer(context.text, sentence.start, sentence.end):
            if match.group(0).lower().startswith("visiting ") and _VISITOR.match(match.group("what")):
                continue  # "visiting Russian Foreign Minister Sergei Lavrov": the visitor's country is not the host's
            if re.search(r"\b(?:will|to)\s+(?:pay\s+)?(?:\w+\s+)?$", context.text[max(0, match.start() - 25):match.start()]) is None \
                    and not re.search(r"\bvisit(?:ed|ing)?\b|\barrived\b", match.group(0)) \
                    and not re.search(r"\bvisit\s+to", match.group(0)):
                continue
            what = match.group("what")
            if _recalled_visit(context.text[max(sentence.start, match.start() - 40):match.start()]):
                continue
            found = countries_in(what)
            code = org_country(what) if re.search(r"Ministry|Akorda|Parliament|Office|Embassy", what) else None
            code = code or (found[0][2] if found and found[0][0] < 3 else None)
            region = re.match(r"[A-Z][\w-]*\s+(?:region|oblast|province|aimag)\s+of\s+", what, re.I)
            code = code or (found[0][2] if found and region else None)  # "Kurgan region of the Russian Federation"
            if code:
                return Place(None, code, match.start("what"), match.end("what"))
    lead = context.lead()
    accredited = _ACCREDITED.search(context.text, lead.start, lead.end) if lead is not None else None
    if accredited and lead is not None and _MEETS.search(lead.text) and not context.in_quote(accredited.start()):
        found = countries_in(accredited.group("country"))
        if found and found[0][0] == 0:
            start = accredited.start("country")
            return Place(None, found[0][2], start, start + len(accredited.group("country")))
    for name, code in KNOWN_INSTITUTIONS.items():
        venue = re.search(rf"\b(?:in|at)\s+(?:the\s+)?({name})\b", context.text[context.lead_start:], re.I)
        if venue:
            start = context.lead_start + venue.start(1)
            return Place(None, code, start, start + len(venue.group(1)))
    dateline = context.dateline
    if dateline:
        code = CITY_TO_COUNTRY.get(dateline.city.lower())
        if not code and dateline.country:
            found = countries_in(dateline.country)
            code = found[0][2] if found else None
        if code:
            return Place(None, code, dateline.start, dateline.start + len(dateline.city))
    return Place(None, None, 0, 0)


_OTHER_EVENT_BEFORE = re.compile(
    r"\b(?:exhibition|festival|concert|days|week|(?:19|20)\d\d)\b[^,.;]{0,20}$"
    r"|\b(?:holding|preparation|preparations|organization|organisation)\s+(?:of|for)\s+(?:the\s+)?[^,.;]*$", re.I)
_EVENT_NOUN = re.compile(r"\b(?:forum|summit|session|conference|congress|assembly|games|expo|exhibition|festival)\b", re.I)
_OTHER_TIME_AFTER = re.compile(
    rf"\s+(?:this|next|last)\s+(?:fall|autumn|spring|summer|winter|year|month)\b|\s+in\s+(?:{MONTH_PATTERN}|(?:19|20)\d\d)")


def _place_of_another_event(text: str, floor: int, match: re.Match[str]) -> bool:
    """'the holding of the Forum in Samarkand', 'the summit in New York in September': another event's city."""
    before = text[max(floor, match.start() - 120):match.start()]
    if re.search(r"\bsidelines\s+of\b[^;]*$", before):
        return False  # met on the sidelines of an exhibition: that event's city is where they met
    if _OTHER_EVENT_BEFORE.search(before):
        return True
    clause = re.split(r"[,;]", before)[-1]
    return bool(_OTHER_TIME_AFTER.match(text, match.end()) and _EVENT_NOUN.search(clause))


_BACKGROUND = re.compile(r"^(?:Meanwhile|Earlier|Previously|In the past|Last (?:year|month|week))\b"
                         r"|\b(?:earlier|previously|ago|last (?:year|month|week))\b")


def _background(sentence: str, article_year: int | None) -> bool:
    """A sentence about an earlier event: 'Meanwhile, …', 'Earlier, …', or dated in a past year."""
    if _BACKGROUND.search(sentence):
        return True
    years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", sentence)]
    return bool(article_year and years and max(years) < article_year)


def _recalled_visit(before: str) -> bool:
    return bool(re.search(r"\b(?:within|during|after|since|of)\s+(?:the\s+)?$|\bwithin the\s*$", before))
