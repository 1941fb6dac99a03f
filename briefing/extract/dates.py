"""The event date: explicit dates in the text first, then relative words and the dateline.

A date without a year stays partial ("--MM-DD") unless the page date or a full dateline date
supplies the year soundly (the result lies close before the anchor). Nothing is invented.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass, replace

from briefing.extract.lexicon import WEEKDAYS
from briefing.extract.people import EVENT_TRIGGERS
from briefing.extract.text import Context, Sentence
from briefing.ingest import MONTH_PATTERN, MONTHS

_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_DAY2 = r"(?:\s*(?:-|–|and|to)\s*(?P<day2>\d{1,2})(?:st|nd|rd|th)?)?"
_YEAR = r"(?:,?\s*(?P<year>(?:19|20)\d{2}))?"
MONTH_FIRST = re.compile(rf"\b(?P<month>{MONTH_PATTERN})\s+{_DAY}{_DAY2}\b{_YEAR}")
# "3 March 2024", "the 3rd of March" (an ordinal only: "3 of March" is no date)
DAY_FIRST = re.compile(rf"\b{_DAY}{_DAY2}\s+(?:(?<=(?:st|nd|rd|th)\s)of\s+)?(?P<month>{MONTH_PATTERN}){_YEAR}\b")
RELATIVE = re.compile(r"\b(?P<word>today|yesterday|tomorrow|this\s+(?:morning|afternoon|evening)|tonight|last\s+night|"
                      r"(?:on\s+|last\s+|this\s+)?(?:monday|tuesday|wednesday|"
                      r"thursday|friday|saturday|sunday))\b", re.I)
_FUTURE = re.compile(r"\b(?:will|shall|to be held|is scheduled|are scheduled|(?:scheduled|slated)\s+for|is expected|are expected|"
                     r"plans? to|upcoming|next|"
                     r"preparations?\s+(?:for|of|ahead\s+of)|in\s+the\s+run-up\s+to)\b", re.I)  # "preparations ahead of the Nov. 12 visit"


@dataclass
class DateMention:
    start: int
    end: int
    month: int
    day: int
    day2: int | None
    year: int | None
    in_quote: bool
    in_event_sentence: bool


@dataclass
class DateResult:
    date: dt.date | None = None
    partial: str | None = None
    start: int = 0
    end: int = 0
    warning: str | None = None
    why: str = ""  # which rule dated the event
    last_day: dt.date | None = None  # an event of several days: its last ("on February 9-11", "from May 3 to May 5")


def date_mentions(context: Context) -> list[DateMention]:
    found = []
    lead = context.lead()
    leads = _lead_sentences(context)
    for sentence in context.sentences:
        for pattern in (MONTH_FIRST, DAY_FIRST):
            for match in pattern.finditer(context.text, sentence.start, sentence.end):
                month = MONTHS.get(match.group("month")[:3].lower())
                day = int(match.group("day"))
                if not month or not 1 <= day <= 31:
                    continue
                if re.match(r"\s*(?:percent|%|million|billion|people|thousand)", context.text[match.end():match.end() + 12]):
                    continue
                day2 = int(match.group("day2")) if match.group("day2") else None
                year = int(match.group("year")) if match.group("year") else None
                event = sentence is lead or bool(EVENT_TRIGGERS.search(sentence.text) or _EVENT_SUBJECT.match(sentence.text))
                if _DOCUMENT_DATE.search(context.text[max(sentence.start, match.start() - 40):match.start()]) and \
                        (year or sentence not in leads):
                    # "a document ..., signed on April 19, 2024, in Astana": the document's date; but "documents
                    # signed on February 19" in the lead of a signing is the event's
                    event = False
                found.append(DateMention(match.start(), match.end(), month, day, day2, year,
                                         context.in_quote(match.start()), event))
    found.sort(key=lambda m: m.start)
    for first, then in itertools.pairwise(found):
        if first.year is None and then.year and _RANGE_TO.fullmatch(context.text, first.end, then.start):
            first.year = then.year  # "from February 24 through February 25, 2020": the year is the range's
    return found



# "The event, which runs from April 14-19, was organized by ...": a sentence about the event itself
_EVENT_SUBJECT = re.compile(r"(?:The|This)\s+(?:event|forum|summit|conference|exhibition|festival|session|visit|fair|"
                            r"congress)\b")
# "the agreement signed on", "…, signed in": a participle dating a document; not "the parties signed on", whose
# subject makes the verb this event's own
_DOCUMENT_DATE = re.compile(r"(?<!\bparties)(?<!\bsides)(?<!\bthey)(?<!\bministers)(?<!\bleaders)"
                            r"(?:,\s*|\s+)(?:which\s+was\s+|that\s+was\s+)?(?:signed|adopted|concluded|ratified|initialled|"
                            r"established|founded|created)\s+(?:on\s+|in\s+)?$")


def anchor_date(context: Context) -> dt.date | None:
    """The date relative words refer to: a full dateline date (the text's own); a dateline's day and
    month in the page date's year when they lie within a few days of it ('Apr 24' over a page of
    2024-04-23); else the page date."""
    dateline = context.dateline
    if dateline and dateline.date():
        return dateline.date()
    page = context.article.page_date
    if dateline and dateline.month and dateline.day and page:
        for year in (page.year, page.year - 1, page.year + 1):
            try:
                day = dt.date(year, dateline.month, dateline.day)
            except ValueError:
                continue
            if abs((day - page).days) <= 3:
                return day
    return page or credited_date(context)


def article_date(context: Context) -> dt.date | None:
    return context.article.page_date or (context.dateline.date() if context.dateline else None) or credited_date(context)


# the agency's closing credit with the day it filed, when the text has no other date: "(Xinhua News Agency July 27, 2004)"
_DATED_CREDIT = re.compile(rf"\(\s*[A-Z][\w.\- ]{{1,40}}?,?\s+(?P<month>{MONTH_PATTERN})\.?\s+(?P<day>\d{{1,2}}),?\s+"
                           r"(?P<year>(?:19|20)\d\d)\s*\)\s*$")


def credited_date(context: Context) -> dt.date | None:
    """The day the closing credit line gives the report: 'Monday morning' is the Monday before it."""
    credit = _DATED_CREDIT.search(context.text, max(0, len(context.text) - 120))
    if credit is None:
        return None
    try:
        return dt.date(int(credit.group("year")), MONTHS[credit.group("month")[:3].lower()], int(credit.group("day")))
    except ValueError:
        return None


def resolve_event_date(context: Context, planned: bool) -> DateResult:
    anchor = anchor_date(context)
    every_mention = date_mentions(context)
    mentions = [m for m in every_mention if m.in_event_sentence and _of_this_event(context, m, planned)]
    leads = _lead_sentences(context)
    in_lead = [m for m in mentions if any(s.start <= m.start < s.end for s in leads)]
    result = _because(_from_mention(in_lead[0], anchor, planned) if in_lead else None,
                      "a date in the lead" if in_lead and in_lead[0].year else "a day and month in the lead")
    for sentence in leads:
        result = result or _because(_from_relative(context, anchor, planned, only=sentence), "a relative day in the lead")
    if result is None and planned:
        result = _because(_the_trips_days(context, every_mention, anchor, planned), "the days the text says the trip lasts")
    result = result or _because(_from_sentence_after_a_dateless_lead(context, anchor, planned),
                                "a date in the sentence after a lead that names none")
    second = _second_sentence(context)
    if result is None and second is not None and len(leads) == 1 and not in_lead and not RELATIVE.search(leads[0].text):
        # "Peru and Colombia have agreed to share embassies. The agreement was signed Friday by …": the lead tells
        # what happened, the next sentence which day
        result = _because(_from_relative(context, anchor, planned, only=second),
                          "a relative day in the sentence after a lead that names none")
    if result is None:
        opening = [m for m in mentions if m.year and _opens_sentence(context, m) and _plausible(m, anchor, planned)]
        result = _because(_from_mention(opening[0], anchor, planned) if opening else None,  # "On February 18, 2021, ..."
                          "a full date opening an event sentence")
    plausible = [m for m in mentions if _plausible(m, anchor, planned) and not _far_without_year(m, anchor, planned)]
    if result is None and planned and plausible:
        # a plan's dateline is the day it was announced: "BEIJING, Nov. 22 -- ... will pay a state visit from Nov. 27"
        result = _because(_from_mention(plausible[0], anchor, planned), "a date of the planned event")
    if result is None and second is not None and _told_day_in_lead(context):
        # "…, according to the ministry Tuesday. X met Y in Dushanbe on Monday": the lead dates the report, the next
        # sentence the event, and the dateline only the filing
        result = _because(_from_relative(context, anchor, planned, only=second),
                          "a relative day after a lead that dates only its report")
    if result is None:
        # "In the phone call, which took place on Monday afternoon, …": the text dates its event, not the filing
        result = _because(_from_relative(context, anchor, planned, took_place=True), "the day the text says it took place")
    if result is None:
        result = _because(_from_quoted_account(context, anchor, planned), "a date opening a quoted account of the event")
    # a plan's dateline dates its announcement, not the plan ("… will pay a visit in mid-July"), unless the lead puts
    # the plan on a day of that week ("will arrive in Ghana on Thursday evening": the weekday the dateline gives)
    # "New York, September 26 - X on Wednesday held talks", "Yesterday, X held a call" with no date anywhere: the lead
    # dates the event by a day nothing can count from, and neither the dateline's day nor a later sentence's is it
    # (a plan "will arrive on Thursday evening" keeps the dateline's day, which the lead's weekday is taken to be)
    day_told = any(_day_told(sentence.text) for sentence in leads)
    undatable = anchor is None and not planned and day_told
    if result is None and (not planned or day_told) and not undatable:
        result = _because(_from_dateline(context, anchor), "the dateline date")
    if result is None and not undatable:
        result = _because(_from_mention(plausible[0], anchor, planned) if plausible else None,
                          "a date in a later event sentence")
    if result is None:
        result = _because(_from_relative(context, anchor, planned), "a relative day in a later sentence")
    if result is None:
        result = _because(_from_relative(context, anchor, planned, in_quotes=True), "a relative day inside a quotation")
    if result is None and undatable:
        # "KUWAIT, May 13 (KUNA) -- X on Tuesday held talks": the filing day is the likeliest, and readers look for a
        # day; given, and marked for review, as a guess it is
        result = _because(_from_dateline(context, anchor), WEEKDAY_UNDER_DATELINE)
    result = result or DateResult()
    if result.partial and result.date is None:
        result = _in_the_year_of_the_named_event(context, result)
    _check_conflict(context, result)
    result.last_day = _last_day(context, every_mention, result)
    return result


# "during the 2024 Women Speakers' Summit": an event named with its year
_YEAR_IN_A_NAME = re.compile(r"\b(?P<year>(?:19|20)\d\d)\s+(?:[A-Z][\w'’-]*\s+){0,4}(?:Summit|Forum|Games|Conference|"
                             r"Session|Assembly|Expo|EXPO|Congress|Olympics|Championship|Festival|Dialogue|Meeting)\b")


def _in_the_year_of_the_named_event(context: Context, result: DateResult) -> DateResult:
    """'met … during the 2024 Women Speakers' Summit … on Thursday (March 7)': a day and month without a year take the
    year of the event the same sentence names with it."""
    day = re.fullmatch(r"--(\d\d)-(\d\d)", result.partial or "")
    sentence = context.sentence_at(result.start)
    years = {int(found.group("year")) for found in _YEAR_IN_A_NAME.finditer(sentence.text)}
    date = _safe_date(years.pop(), int(day.group(1)), int(day.group(2))) if day and len(years) == 1 else None
    if date is None:
        return result
    return replace(result, date=date, partial=None,
                   why=(result.why + "; " if result.why else "") + "the year of the event the sentence names")


# "from February 24 through February 25", "May 30 to June 2": the words between a range's two dates
_RANGE_TO = re.compile(r"\s*(?:through|thru|to|until|till|–|—|-)\s*")


def _last_day(context: Context, mentions: list[DateMention], result: DateResult) -> dt.date | None:
    """The last day of an event the text dates by a range: "on February 9-11" (one mention, two days) or "from
    February 24 through February 25" (two), at most a month long."""
    if result.date is None:
        return None
    first = next((m for m in mentions if m.start == result.start), None)
    if first is not None and first.day2 and first.day2 > first.day:
        return _safe_date(result.date.year, first.month, first.day2)
    to = _RANGE_TO.match(context.text, result.end)
    then = next((m for m in mentions if to and m.start == to.end()), None)
    if then is None:  # "The visit will end on September 23": the day the text says the visit ends
        then = next((m for m in mentions if m.start > result.end and
                     _VISIT_ENDS.search(context.text, max(0, m.start - 40), m.start)), None)
    last = _safe_date(then.year or result.date.year, then.month, then.day) if then else None
    return last if last and 0 < (last - result.date).days <= 31 else None


# "The visit will end on September 23", "the trip ends on May 5": the last day of the event the text dates
_VISIT_ENDS = re.compile(r"\b(?:visit|trip|tour|stay)\s+(?:will\s+)?(?:end|ends|conclude|concludes|last\s+until)\s+(?:on\s+)?$",
                         re.I)


# "Mr Key will be away from March 22-26", "the visit will last from 4 to 6 June": the days of the whole trip, which a
# day of one of its events ("will witness the signing on March 23") is only part of
_TRIP_DAYS = re.compile(r"\b(?:will\s+be\s+away|(?:visit|trip|tour|stay)\s+will\s+(?:last|run|take\s+place))\s+"
                        r"(?:from|on|between)\s+$", re.I)


def _the_trips_days(context: Context, mentions: list[DateMention], anchor: dt.date | None,
                    planned: bool) -> DateResult | None:
    for mention in mentions:
        sentence = context.sentence_at(mention.start)
        if not mention.in_quote and _TRIP_DAYS.search(context.text, sentence.start, mention.start):
            return _from_mention(mention, anchor, planned)
    return None


WEEKDAY_UNDER_DATELINE = "a weekday under a dateline without a year: the dateline's day"


def _day_told(text: str) -> bool:
    """A relative day the lead dates its event or plan by ("on Wednesday held talks", "Yesterday, X met", "will arrive
    on Thursday"), not the day a source reported it ("reported on Monday")."""
    return any(not _REPORTED_ON.search(text, max(0, day.start() - 25), day.start()) for day in RELATIVE.finditer(text))



def _of_this_event(context: Context, mention: DateMention, planned: bool) -> bool:
    """A date outside quotes that no earlier occasion, departure, plan or ratified signing claims."""
    sentence = context.sentence_at(mention.start)
    return not mention.in_quote and not _EARLIER.search(sentence.text) \
        and not _SINCE_ANOTHER_OCCASION.search(context.text, max(sentence.start, mention.start - 200), mention.start) \
        and not (_DEPARTURE.search(context.text, max(sentence.start, mention.start - 60), mention.start)
                 and not (sentence in _lead_sentences(context) and
                          _JOURNEY_IN_THE_LEAD.search(context.text, max(sentence.start, mention.start - 60), mention.start))) \
        and (planned or not _about_a_plan(context, mention)) \
        and not _signing_of_what_is_ratified(context, mention)


# "X leaves for Ankara on 7 June" in the lead: the journey the article is about begins that day
_JOURNEY_IN_THE_LEAD = re.compile(r"\b(?:leaves|departs|left|departed)\s+for\s+[^.;]{1,40}?\s+on\s+$")


def _from_sentence_after_a_dateless_lead(context: Context, anchor: dt.date | None, planned: bool) -> DateResult | None:
    """'X and Y have signed a memorandum. X announced this at a press conference in Brussels on Tuesday, November 28':
    a lead that tells what happened without a day, and the next sentence that tells when."""
    lead, second = context.lead(), _second_sentence(context)
    if lead is None or second is None or len(_lead_sentences(context)) > 1 or RELATIVE.search(lead.text):
        return None
    for mention in date_mentions(context):
        if second.start <= mention.start < second.end and _of_this_event(context, mention, planned) \
                and _plausible(mention, anchor, planned) and not _far_without_year(mention, anchor, planned):
            return _from_mention(mention, anchor, planned)
    return None


def _from_quoted_account(context: Context, anchor: dt.date | None, planned: bool) -> DateResult | None:
    """'"On August 15, the Foreign Minister held a telephone conversation with …," the ministry said': a statement
    quoted to tell the event dates it, where the dateline dates only the report."""
    for mention in date_mentions(context):
        sentence = context.sentence_at(mention.start)
        opening = re.fullmatch(r"\s*[\"“«]?\s*(?:On|on)?\s*", context.text[sentence.start:mention.start])
        if mention.in_quote and mention.in_event_sentence and opening \
                and _TOLD_EVENT.search(sentence.text) and not _EARLIER.search(sentence.text) \
                and _plausible(mention, anchor, planned) and not _far_without_year(mention, anchor, planned):
            return _from_mention(mention, anchor, planned)
    return None


# what a quoted account says the sides did: "held talks", "held a telephone conversation", "met with"
_TOLD_EVENT = re.compile(r"\b(?:held|had)\s+(?:a\s+)?(?:telephone|phone|video|talks|meeting|conversation|negotiations)|"
                         r"\bmet\s+with\b", re.I)


def _because(result: DateResult | None, why: str) -> DateResult | None:
    if result is not None:
        result.why = why + ("" if result.date or not result.partial else ", no year")
    return result


def _opens_sentence(context: Context, mention: DateMention) -> bool:
    """A full date that opens an event sentence ('On February 18, 2021 the minister met ...') dates the event."""
    sentence = context.sentence_at(mention.start)
    return bool(re.fullmatch(r"\s*(?:On|on)?\s*", context.text[sentence.start:mention.start]))


def _lead_sentences(context: Context) -> list[Sentence]:
    """The lead, and the sentence after it when the lead is a headline printed after the dateline
    ("UZBEKISTAN, April 11 - The Senate chairman receives ..." with no full stop)."""
    leads = context.sentences[:1]
    if leads and len(context.sentences) > 1 and not re.search(r"[.!?\"”»]$", leads[0].text):
        leads.append(context.sentences[1])
    return leads


def _from_mention(mention: DateMention, anchor: dt.date | None, planned: bool) -> DateResult:
    if mention.year:
        try:
            return DateResult(dt.date(mention.year, mention.month, mention.day), None, mention.start, mention.end)
        except ValueError:
            return DateResult(None, None, mention.start, mention.end, "impossible date in the text")
    year = _sound_year(mention.month, mention.day, anchor, planned)
    if year and mention.day2 is None:
        return DateResult(_safe_date(year, mention.month, mention.day), None, mention.start, mention.end)
    partial = f"--{mention.month:02d}-{mention.day:02d}"
    if mention.day2:
        partial += f"/--{mention.month:02d}-{mention.day2:02d}"
    if year and mention.day2:
        return DateResult(_safe_date(year, mention.month, mention.day), None, mention.start, mention.end)
    return DateResult(None, partial, mention.start, mention.end)


# "she will depart for South Africa Nov 15": the day a visit ends, not the day of the event
_DEPARTURE = re.compile(r"\b(?:depart(?:s|ed|ing)?|leave|leaves|left|leaving|return(?:s|ed|ing)?|fly\s+back|head\s+back)\b"
                        r"[^.;,]{0,40}$", re.I)


_EARLIER = re.compile(r"\b(?:earlier|previously|last (?:year|month|week)|ago|since then|were established|recalled that|"
                      r"worth recalling|recall that|"
                      r"was established|was founded|were founded)\b", re.I)


def tells_an_earlier_occasion(text: str) -> bool:
    """"It should be recalled that on March 8, 2023, …", "earlier", "last year": a sentence about another, past occasion."""
    return _EARLIER.search(text) is not None


# "the dynamics observed after the official visit of the Prime Minister to Kazakhstan on October 10-12", "as agreed
# by the Presidents during their official meeting on December 16": the date of an occasion the event looks back on
_SINCE_ANOTHER_OCCASION = re.compile(r"\b(?:after|since|following\s+up\s+on|agreed\b[^.;]*?\b(?:during|at))\s+(?:the|his|her|their)\s+(?:[\w-]+\s+){0,3}"
                                     r"(?:visit|trip|meeting|talks|summit|negotiations)\b(?:[^.;]|\.(?=\w))*$", re.I)  # "U.Khurelsukh"


# "… were signed by the foreign ministers … on November 3": in an article about a ratification, the day the
# document was signed is not the day it was ratified
_SIGNED_BEFORE_DATE = re.compile(r"\b(?:(?:was|were|been)\s+)?signed\b[^.;]*?\bon\s+$", re.I)  # "…, signed in Tashkent on"
_RATIFYING = re.compile(r"\bratif(?:y|ied|ies|ying|ication)\b", re.I)


def _signing_of_what_is_ratified(context: Context, mention: DateMention) -> bool:
    sentence = context.sentence_at(mention.start)
    opening = " ".join(s.text for s in _lead_sentences(context)) + " " + (context.article.headline or "")
    return bool(_RATIFYING.search(opening) and _SIGNED_BEFORE_DATE.search(context.text, sentence.start, mention.start))


def _plausible(mention: DateMention, anchor: dt.date | None, planned: bool) -> bool:
    """A full date far from the page date belongs to history, not to the event."""
    if anchor is None or mention.year is None:
        return True
    date = _safe_date(mention.year, mention.month, mention.day)
    if date is None:
        return False
    delta = (date - anchor).days
    return (-92 <= delta <= 1) or (planned and 0 <= delta <= 366)


def _about_a_plan(context: Context, mention: DateMention) -> bool:
    """'the next meeting of the commission on June 3', 'will be held on May 5', 'an invitation to participate in the
    Summit on Sept. 10': the date of a plan."""
    sentence = context.sentence_at(mention.start)
    return bool(_FUTURE.search(context.text[max(sentence.start, mention.start - 100):mention.start]) or
                _INVITED_TO.search(context.text[sentence.start:mention.start]) or
                _DEADLINE.search(context.text, max(sentence.start, mention.start - 25), mention.start) or
                _RESCHEDULED.search(context.text, sentence.start, mention.start))


# "the visit was postponed from 12-13 January to 15-16 January": the days of a plan moved, old or new
MOVED = r"(?:postponed|rescheduled|put\s+off|moved|delayed|brought\s+forward)"
# "… postponed (from 12-13 January) to 15-16 January": the new days a plan is moved to
TO_NEW_DAYS = rf"\s+(?:[^.;]{{0,40}}?\s+)?(?:to|until|till)\s+(?=\d|{MONTH_PATTERN}\s+\d|next\b|later\b)"
_RESCHEDULED = re.compile(rf"\b{MOVED}\b[^.;]*$", re.I)


# "a project to be elaborated by the Angolan side before November 30, 2024": a deadline, not the day of the event
_DEADLINE = re.compile(r"\b(?:before|by|until|till|no\s+later\s+than|not\s+later\s+than|deadline\s+of)\s+$", re.I)


_INVITED_TO = re.compile(r"\binvit(?:ation|ed|es|ing)\b[^.;]*?\bto\s+(?:participate|take\s+part|attend|visit)\b[^.;]*$", re.I)


def _far_without_year(mention: DateMention, anchor: dt.date | None, planned: bool) -> bool:
    """A day and month that no year puts near the page date ('his state visit on April 14-15' in a December
    article) belong to another event."""
    if anchor is None or mention.year is not None:
        return False
    near = (_safe_date(year, mention.month, mention.day) for year in (anchor.year - 1, anchor.year, anchor.year + 1))
    return not any(-92 <= (day - anchor).days <= (366 if planned else 31) for day in near if day)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _sound_year(month: int, day: int, anchor: dt.date | None, planned: bool) -> int | None:
    """The anchor's year (or the one before/after) when that puts the date close to the anchor."""
    if anchor is None:
        return None
    for year in (anchor.year, anchor.year - 1, anchor.year + 1):
        candidate = _safe_date(year, month, day)
        if candidate is None:
            continue
        delta = (candidate - anchor).days
        if (planned and -2 <= delta <= 366) or (not planned and -92 <= delta <= 1):
            return year
    return None


# what a plan's sentence says will happen: "Xi will attend a summit … and pay state visits … from Wednesday to Friday"
_PLAN_WORDS = re.compile(r"\b(?:visits|attend|attends|arrive|arrives|pay|pays)\b", re.I)


def _from_relative(context: Context, anchor: dt.date | None, planned: bool, in_quotes: bool = False,
                   only: Sentence | None = None, took_place: bool = False) -> DateResult | None:
    lead = context.lead()
    for sentence in [only] if only else context.sentences:
        if not (sentence is lead or EVENT_TRIGGERS.search(sentence.text) or planned and _PLAN_WORDS.search(sentence.text)):
            continue
        if _EARLIER.search(sentence.text):
            continue
        for match in RELATIVE.finditer(context.text, sentence.start, sentence.end):
            if context.in_quote(match.start()) != in_quotes:
                continue
            if took_place and not _TOOK_PLACE_ON.search(context.text, max(sentence.start, match.start() - 30), match.start()):
                continue
            if _REPORTED_ON.search(context.text[max(sentence.start, match.start() - 60):match.start()]):
                continue  # "an official announced on Sunday": the day of the report, not of the event
            if not planned and _PLAN_BEFORE.search(context.text[max(sentence.start, match.start() - 100):match.start()]):
                continue  # "said he was hoping to meet the President on Wednesday": the day of a plan, not of the event
            word = match.group("word").lower().split()[-1]
            word = _PART_OF_A_DAY.get(word, word)  # "received this evening a phone call": the page's day
            if anchor is None:
                return _relative_to_dateline(context, word, match)  # else unknown: never invent
            if word == "today":
                date = anchor
            elif word == "yesterday":
                date = anchor - dt.timedelta(days=1)
            elif word == "tomorrow":
                date = anchor + dt.timedelta(days=1)
            elif not took_place and (planned or _FUTURE.search(_clause_around(context.text, sentence, match))):
                date = _weekday(anchor, WEEKDAYS.index(word), future=True)
            else:
                date = _weekday(_latest_day_told(context, anchor), WEEKDAYS.index(word), future=False)
            return DateResult(date, None, match.start(), match.end())
    return None


def _clause_around(text: str, sentence: Sentence, match: re.Match[str]) -> str:
    """The sentence up to the clause a day is told in: 'X on Monday met Y in Abu Dhabi, during which Y announced plans
    to …' is the meeting's past, whatever the clause after the comma plans."""
    comma = text.find(",", match.end(), sentence.end)
    return text[sentence.start:comma if comma >= 0 else sentence.end]


# "the phone call, which took place on Monday": the event's own day
_TOOK_PLACE_ON = re.compile(r"\b(?:took\s+place|was\s+held|were\s+held|happened)\s+(?:on\s+)?$")


def _latest_day_told(context: Context, anchor: dt.date) -> dt.date:
    """'ISLAMABAD, March 25: … on Tuesday discussed' on a page of Tuesday the 26th: a past weekday counts back from the
    page's date when the page is a day or two after the dateline, so the page's own day is not read as a week ago."""
    page = context.article.page_date
    return page if page and 0 < (page - anchor).days <= 2 else anchor


def _told_day_in_lead(context: Context) -> bool:
    """The lead names a day only as the day a source reported ('according to the ministry Tuesday')."""
    lead = context.lead()
    if lead is None:
        return False
    return any(_REPORTED_ON.search(context.text[max(lead.start, match.start() - 60):match.start()])
               for match in RELATIVE.finditer(context.text, lead.start, lead.end))


def _second_sentence(context: Context) -> Sentence | None:
    lead = context.lead()
    later = [sentence for sentence in context.sentences if lead is not None and sentence.start >= lead.end]
    return later[0] if later else None


_PLAN_BEFORE = re.compile(r"\b(?:will|shall|would|hop(?:e|es|ed|ing)\s+to|plan(?:s|ned|ning)?\s+to|intends?\s+to|"
                          r"(?:is|are)\s+(?:scheduled|expected|due|set)\s+to|to\s+be\s+held)\b", re.I)
_REPORTED_ON = re.compile(r"\b(?:announced|said|told\s+\w+|reported|informed|stated)\s+(?:on\s+|this\s+|last\s+)?$"
                          # "…, according to Seoul's ministry Tuesday": the day the source told it
                          r"|\baccording\s+to\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}\s+(?:on\s+)?$", re.I)


def _relative_to_dateline(context: Context, word: str, match: re.Match[str]) -> DateResult | None:
    """'yesterday' under a dateline 'Jun 25' without a year: the partial date '--06-24'."""
    dateline = context.dateline
    shift = {"today": 0, "yesterday": -1, "tomorrow": 1}.get(word)
    if shift is None or not dateline or not dateline.month or not dateline.day:
        return None
    day = _safe_date(2000, dateline.month, dateline.day)  # a leap year, so Feb 29 stays valid
    if day is None:
        return None
    day += dt.timedelta(days=shift)
    return DateResult(None, f"--{day.month:02d}-{day.day:02d}", match.start(), match.end())


_PART_OF_A_DAY = {"morning": "today", "afternoon": "today", "evening": "today", "tonight": "today", "night": "yesterday"}


def _weekday(anchor: dt.date, weekday: int, future: bool) -> dt.date:
    if future:
        return anchor + dt.timedelta(days=(weekday - anchor.weekday()) % 7)
    return anchor - dt.timedelta(days=(anchor.weekday() - weekday) % 7)


def _from_dateline(context: Context, anchor: dt.date | None) -> DateResult | None:
    dateline = context.dateline
    if not dateline or not dateline.month or not dateline.day:
        return None
    start = dateline.start
    if dateline.year:
        return DateResult(_safe_date(dateline.year, dateline.month, dateline.day), None, start, dateline.end)
    year = _sound_year(dateline.month, dateline.day, context.article.page_date, planned=False)
    if year:
        return DateResult(_safe_date(year, dateline.month, dateline.day), None, start, dateline.end)
    return DateResult(None, f"--{dateline.month:02d}-{dateline.day:02d}", start, dateline.end)


def _check_conflict(context: Context, result: DateResult) -> None:
    """The text wins over the dateline and page date; say so when they disagree."""
    dateline = context.dateline
    page = context.article.page_date
    if result.date and page and (result.date - page).days > 1 and not result.partial:
        if not _FUTURE.search(context.sentence_at(result.start).text):
            result.warning = (f"the text dates the event {result.date.isoformat()}, after the page date "
                              f"{page.isoformat()}; the text's date is used")
    if result.date and dateline and dateline.month and dateline.day and result.start != dateline.start:
        if (dateline.month, dateline.day) != (result.date.month, result.date.day):
            written = f"{dateline.month:02d}-{dateline.day:02d}"
            result.warning = (f"the dateline says --{written} but the text dates the event "
                              f"{result.date.isoformat()}; the text's date is used")
    if page and dateline and (dated := dateline.date()) and abs((dated - page).days) > 1:
        result.warning = (f"the dateline date {dateline.date()} differs from the page date {page}; "
                          "the dateline is used")
