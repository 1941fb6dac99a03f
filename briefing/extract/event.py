"""What kind of event it was, whether it is over, and where it took place."""

from __future__ import annotations

import functools
import re
import typing as t
from dataclasses import dataclass

from briefing.extract.lexicon import (
    CAPITALS,
    CHAMBERS,
    CITY_TO_COUNTRY,
    DEMONYMS,
    KNOWN_INSTITUTIONS,
    MULTIWORD_CITIES,
    OUTLET_COUNTRIES,
    TALKED_ABOUT,
    VENUES,
    countries_in,
    country_code,
    country_names,
)
from briefing.extract.people import AS_TOLD, EVENT_TRIGGERS, HEADLINE_VISIT
from briefing.extract.text import Context, Sentence, opens_in_another_month
from briefing.ingest import MONTH_PATTERN

PHONE = re.compile(r"\b(?:phone|telephone)\s+(?:conversation|call|talks?)\b|\bby (?:tele)?phone\b|\b(?:tele)?phoned\b|"
                   r"\b(?:over|via)\s+(?:the\s+)?(?:tele)?phone\b|\bon\s+the\s+(?:tele)?phone\s+with\b|\breceived\s+a\s+(?:phone\s+|telephone\s+)?call\s+from\b|"
                   r"\b(?:held|made|had)\s+(?:a|an)\s+(?:\w+\s+){0,2}?(?:phone|telephone)\b|"
                   # "spoke via teleconference with", "Foreign Minister Solá’s call with Secretary Pompeo"
                   r"\b(?:via|by|in\s+a)\s+teleconference\b|['’]s\s+(?:phone\s+)?call\s+with\b", re.I)
# "During the call, the Head of State discussed …": the call the headline announced, unless the text's call is a visit
_THE_CALL = re.compile(r"\b(?:during|in)\s+(?:the|a|their)\s+call\b|\b(?:held|had)\s+a\s+call\s+with\b", re.I)
_CALL_IN_PERSON = re.compile(r"\b(?:courtesy|farewell|introductory)\s+call|\bcall(?:s|ed)?\s+on\b|\bpaid\s+(?:a|an)\s+call\b|"
                             r"\b(?:receiv(?:es|ed|ing)|visit(?:s|ed|ing)?|met|meets|meeting|host(?:s|ed)|arriv(?:es|ed))\b",
                             re.I)  # "Senate President receives the delegation … During the call, …": a courtesy call
VIDEO = re.compile(r"\bvideo\s*-?\s*(?:conference|call|link|format|conferencing)\b|\bvia\s+video\b|\bonline\s+(?:meeting|talks)\b|"
                   r"\bvirtual\s+(?:meeting|talks|summit)\b", re.I)
# "ratified", never "the exchange of ratification instruments" (a ceremony of its own, with a protocol signed)
RATIFICATION = re.compile(r"\bratif(?:y|ied|ies|ying|ication)\b(?!\s+(?:instruments|documents|letters))"
                          r"(?<!instruments of ratification)", re.I)
# "The Senate committee considered the bill «On ratification of …»": the bill is discussed, nothing ratified yet
_RATIFICATION_BILL_BEFORE_VOTE = re.compile(r"\b(?:consider(?:ed|s|ing)?|discuss(?:ed|es|ing)?|review(?:ed|s|ing)?|examin(?:ed|es|ing)|"
                                            r"debat(?:ed|es|ing))\s+(?:the\s+|a\s+)?(?:bills?|draft\s+laws?)\s+[«\"“]?"
                                            r"(?:about|on|for)\s+(?:the\s+)?ratification\b", re.I)
# "The Mazhilis has approved a document on ...": a chamber that approves a signed document ratifies it
CHAMBER_APPROVED = re.compile(rf"\b{CHAMBERS}\b[^.;]{{0,100}}?\b(?:has\s+|have\s+)?(?:approved|passed|endorsed)\s+"
                              r"(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:document|agreement|treaty|protocol|convention|"
                              r"memorandum|accord)\b")
# "concluded a memorandum": signed (never "the talks concluded with an agreement to …")
SIGNING = re.compile(r"\b(?:sign(?:ed|s|ing)?|ink(?:ed|s)?|(?:conclude[ds]?|formali[sz]e[ds]?)\s+(?:an?|the|two|three|several|\d+)\s+(?:[\w-]+\s+){0,3}?"
                     r"(?:memorand(?:um|a|ums)|MoUs?|agreements?|treat(?:y|ies)|protocols?|contracts?|accords?))\b", re.I)
DOCUMENT_WORDS = re.compile(r"\b(?:memorand(?:um|a|ums)|memos?|MoUs?|MoCs?|agreements?|treaty|treaties|accords?|road ?maps?|"
                            r"declarations?|protocols?|documents?|plans?|programmes?|programs?|contracts?|"
                            r"conventions?|charter|deals?|notes?(?=\s+on\b)|letters?\s+of\s+(?:exchange|intent)|minutes|"
                            r"exchange\s+of\s+(?:notes|letters))\b", re.I)
VISIT = re.compile(r"\b(?:(?:state|official|working|friendly)\s+(?:visit|trip)|(?:has|have)\s+arrived\b|"
                   r"(?:to|will)\s+arrive\s+in\s+(?-i:[A-Z])|pay(?:s|ing)?\s+(?:an?\s+)?(?:\w+\s+)?visit|"
                   r"\bfor\s+an?\s+(?:[\w-]+\s+){0,2}visit\b|"  # "will arrive Thursday for a three-day visit"
                   r"\b(?:goes|going)\s+to\s+(?-i:[A-Z])|"  # "Jakarta Governor goes to Russia today"
                   r"\b(?:leaves|departs|heads|flies)\s+for\s+(?-i:[A-Z])|"  # "X leaves for Ankara on 7 June": a trip
                   r"paid\s+(?:an?\s+)?(?:\w+\s+)?visit|visit(?:s|ed)?\s+(?:to\s+)?(?-i:[A-Z])|"
                   r"['’]s\s+(?:[\w-]+\s+)?visit\s+(?:in|to)\s+(?-i:[A-Z])|"  # "during President Maithripala’s visit in Manila"
                   # "visiting Kazakhstan", never "hosted the visiting Chairman" (a guest, at a meeting)
                   r"(?<!\bthe\s)(?<!\ba\s)(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)visiting\s+(?!Forces\b)(?-i:[A-Z]))", re.I)  # never a Visiting Forces Agreement
# "received the delegation", never "to receive non-refundable aid", "received a letter": a thing received is no meeting
MEETING = re.compile(r"\b(?:met|meets|meeting|(?:received|receives|receive|(?<=while\s)receiving)(?!\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}"
                     r"(?:aid|assistance|grants?|loans?|funds?|funding|awards?|prizes?|letters?|messages?|support|credits?|"
                     r"investments?|vaccines?|donations?)\b)|session|co-chaired|sidelines|discussed|"
                     r"courtesy call|call(?:ed|s)? on|joint\s+(?:press|news)\s+conference|"
                     r"held a meeting|hold a meeting|"
                     # "will meet US Secretary of State X", "to host her New Zealand counterpart": a meeting to come
                     r"(?:will|to|shall)\s+(?:also\s+)?meet\s+(?:with\s+)?(?:the\s+|his\s+|her\s+|their\s+)?(?-i:[A-Z])|"
                     r"(?:host(?:s|ed|ing)?|welcom(?:es|ed|ing))\s+(?:his|her|their)\s+(?:[\w'’-]+\s+){0,3}counterparts?|"
                     r"(?:host(?:s|ed|ing)?|welcom(?:es|ed|ing))\s+(?:the\s+)?(?-i:(?:[A-Z][\w'’-]*\s+){0,4}(?:Minister|President|Speaker|Chairman|Chairwoman|"
                     r"Chairperson|Prime|Secretary|Premier|King|Queen|Emir|Crown))\b)", re.I)
# "held inter-ministerial consultations", "political consultations between the ministries": talks of officials
TALKS = re.compile(r"\b(?:talks|negotiations|(?:held|hold|holds|holding)\s+(?:[\w-]+\s+){0,2}consultations|"
                   r"(?:political|inter-?ministerial|interdepartmental|bilateral)\s+consultations|"
                   r"rounds?\s+of\s+(?:[\w-]+\s+)?consultations)\b", re.I)  # "the second round of consultations was held"
FORUM = re.compile(r"\b(?:forum|(?<!press\s)(?<!news\s)conference|summit|congress|expo|exhibition)\b", re.I)  # not a press conference
FUTURE = re.compile(r"\b(?:will|shall|would|is (?:also )?to|are (?:also )?to|to pay|to arrive|to visit|to hold|to host|(?<=^)[^.;]{0,60}\bto meet|to travel|to undertake|is scheduled|are scheduled|is expected to|"
                    r"(?<=^)[^.;]{0,60}\bto sign|"  # a headline's plan: "President to sign six MoUs in Manila today"
                    r"are expected to|plans? to|is set to|announces\s+(?:an?\s+|(?:his|her|its|their)\s+)?(?:[\w-]+\s+){0,2}?visit|(?:are\s+)?set to (?:sign|hold|meet|visit|discuss)|upcoming|"
                    r"to be (?:signed|held|adopted|concluded|inked)|"
                    # the press's present for a dated journey: "X leaves for Ankara on 7 June", "departs for Baku on May 3"
                    rf"(?:leaves|departs|heads|flies)\s+for\s+[^.;]{{1,40}}?\s+on\s+(?:\d{{1,2}}\s+{MONTH_PATTERN}|{MONTH_PATTERN}\s+\d))\b",
                    re.I)  # "Senates Set To Sign a Roadmap": a headline's plan
# "said it on the sidelines of the Interregional Business Forum": remarks at a forum, not a meeting
FORUM_SIDELINES = re.compile(r"\bsidelines\s+of\s+(?:the\s+)?[^.;]{0,80}?\b(?:[Ff]orum|[Cc]onference|[Ee]xpo|[Ee]xhibition)\b")
_MEETING_NOW = r"(?:is|are)\s+(?:currently\s+)?(?:meeting|holding\s+(?:talks|(?:a\s+)?meetings?|consultations))"
IN_PROGRESS = re.compile(r"\b(?:(?:is|are) (?:currently )?(?:on an?|paying an?)\s+(?:\w+\s+)?visit|(?:is|are) visiting|(?:has|have) arrived today|"
                         # "arrived today morning to pay an official visit": the visit has begun
                         r"arrived\s+(?:here\s+)?(?:today|yesterday|this\s+morning|today\s+morning|tonight)\b(?=[^.;]{0,40}\bto\s+pay\b)|"
                         r"continues (?:his|her|its) visit|is under way|is underway|"
                         # "begins an official visit to Moldova on Monday", "began a two-day visit today": it has begun
                         r"(?<!will )(?<!to )(?:begins|began|starts|started)\s+(?:an?\s+|his\s+|her\s+|its\s+|their\s+)?"
                         r"(?:[\w-]+\s+){0,3}?visit|"
                         # "today morning left for the Uzbek capital on a two-day working visit": the visit has begun
                         r"(?:today|this\s+morning|today\s+morning)\s+(?:left|departed)\s+for\b[^.;]{0,80}?\bvisit|"
                         r"(?:left|departed)\s+(?:today|yesterday|this\s+morning)\s+for\b[^.;]{0,80}?\bvisit|"
                         # "is carrying out an intense work agenda as part of his visit to Venezuela"
                         r"is\s+(?:currently\s+)?carrying\s+out\b[^.;]{0,80}?\bvisit|"
                         # "Today, the committee's delegation is meeting its colleagues …": a meeting going on as told
                         rf"\b(?:today|currently)\b[^.;]{{0,80}}?\b{_MEETING_NOW}|\b{_MEETING_NOW}\b[^.;]{{0,80}}?\btoday)\b", re.I)


@dataclass
class EventKind:
    type: str
    status: str | None
    start: int
    end: int
    format: str | None = None  # "in_person", "phone", "video"; None when the text does not say
    why: str = ""  # which rule decided the type


# a lead that tells what was done today: "… opened the forum", "… met …", "… were signed"
_TOLD_DONE = re.compile(r"\b(?:held|met|signed|inked|took\s+place|opened|visited|received|discussed|attended|hosted|"
                        r"launched|kicked\s+off|started|began|addressed|spoke)\b", re.I)


def _lead_window(context: Context) -> list[tuple[str, int]]:
    """The headline and the first two body sentences: where the genre states what happened."""
    window = []
    if context.article.headline:
        start = context.text.find(context.article.headline)
        window.append((context.article.headline, max(start, 0)))
    window.extend((s.text, s.start) for s in context.sentences[:3])
    return window


_CREDENTIALS = re.compile(r"\b(?:credentials|letters?\s+of\s+credence)\b", re.IGNORECASE)


def occasion(context: Context) -> str | None:
    """What an event the genre words leave as "other" was, when its opening names it: ambassadors presenting
    their credentials."""
    return "credentials" if any(_CREDENTIALS.search(text) for text, _ in _lead_window(context)) else None


def event_kind(context: Context) -> EventKind:
    window = _lead_window(context)
    body = window[1:] if context.article.headline else window
    call = _remote(context, window, PHONE) or \
        (None if any(_CALL_IN_PERSON.search(text) for text, _ in window[:2]) else _remote(context, window, _THE_CALL))
    if call and context.article.headline and call[0] != window[0][0] and _announces_a_visit(window[0][0]):
        call = None  # "Trump announces visit to India" over "… talked by telephone over the weekend": the visit
    if call:  # "In a phone conversation on December 24, ...": a call anywhere in the opening is the event
        sentence, start, match = call
        return EventKind("phone_call", _status(sentence, "phone_call"), start + match.start(), start + match.end(),
                         "phone", "phone wording in the opening")
    reported = reported_occasion(context)
    if reported is not None:  # "X will hold ..., announced Y at the panel session of the Forum": the forum
        lead = context.lead()
        start = (lead.start if lead else 0) + reported.start("occasion")
        kind = "forum" if FORUM.search(reported.group("occasion")) or "panel" in reported.group("occasion") else "meeting"
        return EventKind(kind, None, start, start + len(reported.group("occasion")), "in_person",
                         "what was announced at an occasion the lead names")
    checks = (
        ("forum", lambda s: _SIGNED_AT_A_FORUM.search(s) and not FUTURE.search(s)),
        ("ratification", lambda s: (RATIFICATION.search(s) and DOCUMENT_WORDS.search(s) or CHAMBER_APPROVED.search(s))
         and not FUTURE.search(s) and not _RATIFICATION_BILL_BEFORE_VOTE.search(s)),
        ("signing", lambda s: _signing_not_dated_before(s) and DOCUMENT_WORDS.search(s) and not _plans(s)
         and not _DRAFT.search(s)),
        ("signing", lambda s: re.search(r"\b(?:adopted|put pen to paper)\b", s) and DOCUMENT_WORDS.search(s)
         and not FUTURE.search(s)),
        ("visit", lambda s: FUTURE.search(s) and _visit_not_invited(s)),
        ("forum", lambda s: FORUM_SIDELINES.search(s) and not re.search(r"\b(?:met|meets|meeting|talks)\b", s)),
        ("meeting", lambda s: MEETING.search(s) or _VISIT_TO_A_BODY.search(s)),
        ("talks", lambda s: _held_now(TALKS, s)),
        ("visit", lambda s: _visit_not_invited(s)),
        ("forum", lambda s: _held_now(FORUM, s)),
    )
    video = _remote(context, window, VIDEO)
    lead_text = body[0][0] if body else ""
    during_visit = bool(re.search(r"\b(?:during|as part of|within the framework of|in the course of)\s+(?:the|his|her|an?)\s+"
                                  r"(?:state|official|working)\s+visit\b", lead_text, re.I)) and \
        not _met_another_guest(lead_text)
    first = [w for w in window if w not in body[1:]]  # headline and lead
    if context.article.headline and body and FUTURE.search(window[0][0]) and not FUTURE.search(body[0][0]) \
            and _TOLD_DONE.search(body[0][0]):
        # "$8bln agreements to be signed during the visit" over a lead about today's forum: the headline looks ahead
        first, window = first[1:], window[1:]
    for scope, sentences in (("headline or lead", first), ("opening sentences", window)):
        for kind, check in checks:
            for told, told_start in sentences:
                # "The UK will continue to help Cambodia, underlined visiting Minister X while paying a courtesy call
                # on …": the words said before their verb are no event; the event is told after it
                spoken = _SAID_BEFORE_ITS_VERB.match(told)
                sentence, start = (told[spoken.end("said"):], told_start + spoken.end("said")) if spoken else (told, told_start)
                found = check(sentence)
                if found:
                    status = _status(sentence, kind)
                    if status is None and kind == "visit" and context.article.headline and sentence == window[0][0] and body and \
                            _status(body[0][0], kind) == "in progress":
                        status = "in progress"  # "Mayor pays working visit to Tashkent" over "today morning left for …"
                    span = found if isinstance(found, re.Match) else None
                    fmt = "video" if video else ("in_person" if kind in ("meeting", "visit", "talks", "signing",
                                                                         "forum") and status is None else None)
                    if kind in ("talks", "meeting") and during_visit and status is None:
                        kind = "visit"  # "held talks in Akorda during the state visit": the visit as a whole
                    elif kind in ("talks", "meeting") and context.article.headline and told == window[0][0] and \
                            (arrived := _ARRIVED_ON_A_VISIT.search(lead_text)):
                        # "Speaker in Baku for talks" over "… arrived in Azerbaijan on a three-day official visit":
                        # the talks are part of the visit the lead tells of
                        kind, status = "visit", _status(lead_text, "visit")
                        start, span = body[0][1], arrived
                    return EventKind(kind, status, start + (span.start() if span else 0),
                                     start + (span.end() if span else len(sentence)), fmt, f"{kind} wording in the {scope}")
    return EventKind("other", None, context.lead_start, context.lead_start, "video" if video else None,
                     "no event wording in the opening")


_ARRIVED_ON_A_VISIT = re.compile(r"\b(?:arrived|arrives|has\s+arrived)\b[^;]{0,80}?\bon\s+an?\s+(?:[\w-]+\s+){0,3}visit\b")
# "X held a meeting with the Speaker of Uzbekistan's Senate as part of her working visit to Russia": whom she met, and
# where her visit took her
_MET_WITH_DURING_A_VISIT = re.compile(r"\bwith\s+(?P<met>[^.;]{3,160}?)\s+(?:during|as\s+part\s+of|within\s+the\s+framework\s+of|"
                                      r"in\s+the\s+course\s+of)\s+(?:the|his|her|an?)\s+(?:[\w-]+\s+){0,2}?visit\s+to\s+"
                                      r"(?:the\s+)?(?P<destination>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)")


def _met_another_guest(lead: str) -> bool:
    """The one met during a visit is of another country than the one visited: two guests met in a third country, a
    meeting of its own, not the visit ("Gafarova met the Uzbek Speaker as part of her working visit to Russia")."""
    told = _MET_WITH_DURING_A_VISIT.search(lead)
    destination = country_code(told.group("destination")) if told else None
    met = {code for _, _, code in countries_in(told.group("met"))} if told else set()
    return bool(destination and met and destination not in met)


# "Over 70 agreements have been signed at the 5th Forum of Regions": the forum is the event, the signing one of its parts
_SIGNED_AT_A_FORUM = re.compile(r"\bsigned\s+(?:[\w-]+\s+){0,3}?(?:at|during|on\s+the\s+sidelines\s+of)\s+(?:the\s+)?"
                                r"(?:[\w-]+\s+){0,6}?(?:[Ff]orum|[Cc]onference|[Cc]ongress|[Ee]xpo|[Ee]xhibition)\b")


# "paid a visit to the Senate": a call at an institution is a meeting; "a visit to the Republic of Moldova" is a visit
_VISIT_TO_A_BODY = re.compile(r"visit\s+to\s+the\s+(?!(?:Republic|Kingdom|State|Sultanate|Principality|Grand\s+Duchy|"
                              r"Federal|Federation|Islamic|People['’]s|United|Russian|Czech|Slovak|Dominican|Central\s+African|"
                              r"Democratic|Philippines|Netherlands|Bahamas|Gambia|Maldives|Emirates)\b)[A-Z]")


# "the Memorandum …, signed in September 2019": a signing dated to a month or year past, never the reported event
_SIGNED_IN_A_YEAR = re.compile(rf",?\s+(?:back\s+)?in\s+(?:{MONTH_PATTERN}\s+)?(?:19|20)\d\d\b")


def _signing_not_dated_before(sentence: str) -> re.Match[str] | None:
    """The first signing word of ``sentence`` that no "in September 2019" right after it dates to the past."""
    return next((found for found in SIGNING.finditer(sentence) if not _SIGNED_IN_A_YEAR.match(sentence, found.end())), None)


# "preparations for the upcoming summit", "will hold talks": the words just before an event noun that put it ahead
_AHEAD_BEFORE = re.compile(rf"(?:{FUTURE.pattern}|\b(?:next|forthcoming|planned|future|preparations?\s+for)\b)"
                           r"(?:\s+(?:the|a|an|[\w-]+)){0,5}\s*$", re.I)


def _held_now(event_noun: re.Pattern[str], sentence: str) -> re.Match[str] | None:
    """The first event noun of ``sentence`` (talks, a summit) that no future or preparing word puts ahead: "Lavrov
    said after talks with X" is the event, "preparations for the upcoming summit" in the same sentence is not."""
    for found in event_noun.finditer(sentence):
        if not _AHEAD_BEFORE.search(sentence, max(0, found.start() - 60), found.start()):
            return found
    return None


# "X invited Y to pay a state visit to Z", "X invites Y to visit Z": a visit asked for, not the event
# ("an invitation letter … on the official visit to Poland": the visit the letter asks for)
_INVITED_TO_VISIT = re.compile(r"\binvit(?:ed|es|ing|ation)\b[^.;]{0,140}?\b(?:to\s+(?:(?:pay|make)\s+)?(?:(?:an?\s+)?(?:[\w-]+\s+){0,2})?|"
                               r"(?:on|for)\s+(?:an?\s+|the\s+)?(?:official\s+|state\s+|working\s+)?)"
                               r"visit(?:\s+to)?(?:\s+[A-Z][\w’'-]*)*", re.I)


# "signed a cooperation deal that will last through 2021": a future inside a relative clause tells how long the
# document runs, not that the signing is to come
_RELATIVE_FUTURE = re.compile(r"\b(?:that|which)\s+will\s+\w+", re.I)


# "the state secretaries signing a draft agreement": a draft is initialled, nothing is signed yet
_DRAFT = re.compile(r"\b(?:draft|initial(?:l)?ed)\b", re.I)


def _plans(sentence: str) -> re.Match[str] | None:
    """Future wording outside a relative clause about a document, or the signing a visitor came for."""
    return FUTURE.search(_RELATIVE_FUTURE.sub("", sentence)) or _ARRIVED_TO_SIGN_RE.search(sentence) or \
        _POSSIBLE_SIGNING.search(sentence)


# "Kazakhstan and the UAE may sign an agreement", "the possibility of signing was noted": a signing that may come,
# not one that took place (documents reads a document's status by the same words)
POSSIBLE_SIGNING = (r"\b(?:may|might|could|can)\s+(?:soon\s+|also\s+|still\s+)?(?:sign|conclude|ink)\b|"
                    r"\b(?:possibility|prospects?|feasibility)\s+of\s+(?:signing|concluding)\b")
_POSSIBLE_SIGNING = re.compile(POSSIBLE_SIGNING, re.I)


# "has arrived in Russia for an official visit to meet lawmakers and sign agreements": what the visit is for
ARRIVED_TO_SIGN = (r"(?:arrived|arrives|arrive|arriving|came|comes|travell?ed|travels|headed|heads|heading|goes|going)\b[^.;]{0,160}?"
                   r"\bto\s+(?:[^.;]{0,80}?\band\s+)?(?:sign|conclude|ink)\b")
_ARRIVED_TO_SIGN_RE = re.compile(ARRIVED_TO_SIGN, re.I)


def _visit_not_invited(sentence: str) -> re.Match[str] | None:
    """Visit wording in a sentence, other than an invitation to visit."""
    return VISIT.search(_INVITED_TO_VISIT.sub("", sentence))


# "Next week, A and B will hold a meeting …, announced X, First Deputy Minister …, at the panel session …, held
# within the Tashkent International Investment Forum": the plan is what was said; the event is where it was said
_REPORTED_AT = re.compile(r",\s+(?:announced|said|noted|stated|told\s+(?:[\w-]+\s+){1,3}?)\b[^.;]{0,160}?"
                          r"\b(?:at|during|on\s+the\s+sidelines\s+of)\s+(?:the\s+|a\s+)?"
                          r"(?P<occasion>[^.;]{0,160}?\b(?:forum|panel|conference|summit|session|congress|expo)\b[^.;]*)",
                          re.I)


_SAID_BEFORE_ITS_VERB = re.compile(r"(?P<said>[A-Z][^,;\"“”«»]{20,300}?),\s+(?:underlined|underscored|said|stressed|noted|"
                                   r"emphasi[sz]ed|stated|affirmed|reiterated|assured|pointed\s+out)\s+"
                                   r"(?=[^;]{0,200}?\b(?:while|when|during|at)\b)")


def reported_occasion(context: Context) -> re.Match[str] | None:
    """A lead that tells a plan someone announced at an occasion it names: that occasion, in the lead's text."""
    lead = context.lead()
    if lead is None or context.in_quote(lead.start):
        return None
    match = _REPORTED_AT.search(lead.text)
    if match is None or not FUTURE.search(lead.text[:match.start()]):
        return None
    return match


def _announces_a_visit(headline: str) -> bool:
    """A headline that announces a visit ('X to visit Y', 'X announces visit to Y')."""
    return bool(FUTURE.search(headline) and _visit_not_invited(headline))


def _remote(context: Context, window: list[tuple[str, int]],
            pattern: re.Pattern[str]) -> tuple[str, int, re.Match[str]] | None:
    """A phone or video contact named in the opening, not one recalled ('their last phone call')."""
    for sentence, start in window:
        for match in pattern.finditer(sentence):
            if context.in_quote(start + match.start()):
                continue
            if re.search(r"\b(?:previous|earlier|last|recent|next|upcoming|future)\s+(?:\w+\s+)?$",
                         sentence[max(0, match.start() - 30):match.start()], re.I):
                continue
            return sentence, start, match
    return None


# "X and his visiting counterpart Y emphasised that deepening ties will play ...": what they stressed, not the event
_STRESSED_THAT = re.compile(r"\b(?:emphasi[sz]ed|stressed|underlined|underscored|noted|agreed|expressed\s+(?:confidence|hope))"
                            r"\s+that\b")


# "X said following talks with Y, who is on an official visit": the visit goes on, the talks are over
_THE_TALKS = r"(?:the\s+|their\s+|his\s+|her\s+|an?\s+)?(?:[\w-]+\s+)?(?:talks|negotiations|meeting)\b"  # "at an expanded meeting"
# "…, Lavrov said after talks with X": what was said once the talks were over, whatever it announces; "companies will
# sign the agreements reached during the state visit, X said during a meeting with Y": said at a meeting held
_SAID_AT_THE_TALKS = re.compile(rf"\b(?:said|stated|told|noted|announced|reported)\s+(?:\w+\s+)?"
                                rf"(?P<when>after|following|during|at)\s+{_THE_TALKS}", re.I)
# what a future verb says is to come when it is the visit itself ("will pay a visit, X said during a meeting")
_VISITS_NEXT = re.compile(r"\s+(?:(?:also|soon|then)\s+)?(?:(?:pay|make)\s+(?:an?\s+)?(?:[\w-]+\s+)?visit|visit|travel|arrive|"
                            r"come|go)\b", re.I)
_AFTER_THE_TALKS = re.compile(r"\b(?:following|after|at\s+the\s+end\s+of|upon\s+the\s+conclusion\s+of|as\s+a\s+result\s+of)\s+"
                              rf"{_THE_TALKS}", re.I)


def _status(sentence: str, kind: str) -> str | None:
    progress = IN_PROGRESS.search(sentence)
    if progress and not (kind in ("talks", "meeting") and _AFTER_THE_TALKS.search(sentence)) and \
            not (kind == "signing" and _SIGNED.search(sentence)) and \
            not (kind in ("talks", "meeting") and _MET_BEFORE_A_GUESTS_VISIT.search(sentence, 0, progress.start())):
        # "X, who is on a visit, have signed", "X has met Y, who is on a visit to Baku": done, the visit goes on
        return "in progress"
    stressed = _STRESSED_THAT.search(sentence)
    sentence = sentence[:stressed.start()] if stressed else sentence
    told = AS_TOLD.match(sentence)
    sentence = sentence[:told.end()] if told else sentence  # "As he told a press conference, a group will be formed"
    sentence = _QUOTED_WORDS.sub(" ", sentence)  # '"This will help …," X said when meeting Y': the speaker's future
    sentence = _INVITED_TO.sub(" ", sentence)  # "handed Y a letter of invitation to visit the island": a plan of its own
    future = FUTURE.search(sentence)
    policy = _SAID_WOULD_DO.search(sentence)
    if future and policy and policy.start("will") <= future.start() < policy.end():
        future = None  # "X said in Beijing Monday China would increase its cooperation …": a stance, no event to come
    said = _SAID_AT_THE_TALKS.search(sentence)
    said_after = said is not None and said.group("when").lower() in ("after", "following")
    if future and kind in ("visit", "meeting", "talks", "forum", "phone_call", "other") and \
            not _took_place_before(sentence, future.start()) and \
            not (kind in ("talks", "meeting") and said_after) and \
            not (said and not said_after and not _VISITS_NEXT.match(sentence, future.end())):
        return "planned"
    return None


_QUOTED_WORDS = re.compile(r"[\"“«][^\"“”«»]{3,}[\"”»]")
_INVITED_TO = re.compile(r"\binvit(?:ation|ed|ing|es?)\b[^.;]{0,80}?\bto\s+(?:visit|pay|attend|come)\b")
# what someone said a side would do, other than an event: "said … China would increase its cooperation"
_SAID_WOULD_DO = re.compile(r"\b(?:said|says|stated|noted|announced|stressed|declared)\b[^.;]{0,80}?\b(?P<will>would|will)\s+"
                            r"(?!(?:also\s+)?(?:visit|hold|meet|sign|travel|attend|pay|host|arrive|take\s+part|participate|be\s+held|"
                            r"be\s+signed|come|go|fly)\b)\w+")
_SIGNED = re.compile(r"\b(?:signed|inked|concluded)\b")
# "X has met with Y, who is on a visit to Baku": the meeting is over; the guest's visit is what goes on
# ("A meeting was held yesterday between X and Y, who is visiting Sri Lanka": the same)
_MET_BEFORE_A_GUESTS_VISIT = re.compile(r"\b(?:met|received|held\s+talks|(?:was|were)\s+held)\b(?:[^.;]|\.(?=\s+[A-Z]))*,\s+who\s*$")
# "X on June 27 hosted a reception for Y, who has been visiting Vietnam as the two countries will be celebrating …":
# the event's own verb is past; the future belongs to a clause after it
_TOOK_PLACE = re.compile(r"\b(?:hosted|received|met|held|welcomed|signed|discussed|paid|visited)\b")


def _took_place_before(sentence: str, future_start: int) -> bool:
    """A past event verb of the main clause before the future ("who met him last year will visit" is no such verb)."""
    return any(not re.search(r"\b(?:who|which|that|whom)\b", sentence[max(0, verb.start() - 40):verb.start()])
               for verb in _TOOK_PLACE.finditer(sentence, 0, future_start))


# -- place --------------------------------------------------------------------------------

_CITY_NAMES = sorted({*MULTIWORD_CITIES, *(c.title() for c in CITY_TO_COUNTRY)}, key=lambda city: (-len(city), city))
_CITY_IN = re.compile(r"\b(?:[Ii]n|[Aa]t)\s+(?:the\s+(?:city|capital(?:\s+city)?)\s+(?:of\s+|,\s*)?|the\s+[A-Z][a-z]+\s+capital(?:,|\s+of)?\s+|"
                      r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?['’]s\s+(?:capital,?\s+)?|"  # "in Kazakhstan’s Astana"
                      # "at the palace in the Cairo suburb of Heliopolis": the city the suburb belongs to
                      r"the\s+(?=[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:suburbs?|district|outskirts)\b))?(?P<city>"
                      + "|".join(re.escape(c) for c in _CITY_NAMES) + r")\b(?!['’]s|-)")
# "in the Kazakh capital", "in the capital of Uzbekistan": the capital of that country
# ... and a journey there: "the delegation's visit to the Azeri capital", "left for the Uzbek capital of Tashkent"
_CAPITAL_OF = re.compile(r"\b(?:in|at|(?:visit|trip|journey|travel\w*|came|comes|went|goes)\s+to|"
                         r"(?:left|leaves|departed|departs|headed|heads)\s+for)\s+the\s+(?:(?P<demonym>[A-Z][a-z]+)\s+capital|"
                         r"capital\s+of\s+(?:the\s+)?(?P<country>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}))\b")
# "Baku hosted the VI meeting of ...", "On April 20, 2019, Fergana hosted ...": the host city opens the lead
_CITY_HOSTED = re.compile(rf"(?:(?:On\s+)?(?:{MONTH_PATTERN}\.?\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH_PATTERN})(?:,?\s+(?:19|20)\d\d)?,\s+)?"
                          r"(?P<city>" + "|".join(re.escape(c) for c in _CITY_NAMES) + r")\s+(?:hosted|hosts|is hosting|will host|(?:is|was)\s+(?:set\s+|due\s+|scheduled\s+)?to\s+host)\b")


# The patterns below hold every city name, so each takes a while to compile, and they are the
# fall-backs when no event sentence names a city: compiled on first use, not at import.
@functools.cache
def _visit_to_city() -> re.Pattern[str]:
    """"The visit of the President ... to Dushanbe began with a meeting": the visited city."""
    return re.compile(r"\b(?:visit\b[^.;]{0,100}?\bto|came\s+to|arrived\s+(?:today\s+|yesterday\s+)?(?:in|at))\s+"
                      r"(?:the\s+capital(?:\s+city)?\s+of\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,3},?\s*|"  # "… of the Slovak Republic Bratislava"
                      r"the\s+(?:[A-Z][a-z]+\s+)?capital(?:\s+city)?,?\s+)?"  # "visit to the capital Ashgabat"
                      r"(?P<city>" + "|".join(re.escape(c) for c in _CITY_NAMES) + r")\b(?!['’]s|-)")


@functools.cache
def _ARRIVED_IN() -> re.Pattern[str]:  # noqa: N802 - named as the pattern it builds
    # "X arrived in Tehran yesterday evening", "Cameron is visiting Tashkent as part of his tour", "X left for Brussels",
    # "X is on a working visit to Brussels on November 27-30": where he is now
    # "Petrocelli entered Isfahan on Monday morning": a city a guest came into
    return re.compile(r"\b(?:arrived\s+(?:today\s+|yesterday\s+)?(?:in|at)|entered|(?:is|are)\s+(?:currently\s+|presently\s+|now\s+)?visiting|"
                      r"(?:left|departed)\s+(?:today\s+|yesterday\s+)?for|"
                      r"(?:is|are)\s+(?:currently\s+|presently\s+|now\s+)?on\s+an?\s+(?:[\w-]+\s+){0,2}?visit\s+to)\s+(?P<city>" +
                      "|".join(re.escape(c) for c in _CITY_NAMES) + r")\b(?!['’]s|-)")


@functools.cache
def _city_visit() -> re.Pattern[str]:
    """"During a Tokyo visit, X met Y": a city named before 'visit'."""
    return re.compile(r"\b(?:[Dd]uring|[Oo]n)\s+(?:a|an|his|her|their|the)\s+(?:(?:two|three|\w+-day|official|working|state)\s+)?"
                      r"(?P<city>" + "|".join(re.escape(c) for c in _CITY_NAMES) + r")\s+(?:visit|trip)\b")


@functools.cache
def _part_of_visit() -> re.Pattern[str]:
    """"As part of the President's official visit to Baku, 10 documents were signed", "signed … during the visit of
    President X to Ashgabat": the event is part of that visit."""
    return re.compile(r"\b(?:[Aa]s part of|[Dd]uring|[Ww]ithin the framework of|[Ii]n the course of)\s+(?:the\s+)?"
                      r"[^.;,]{0,80}?\bvisit\s+(?:of\s+(?:the\s+)?[^.;,]{1,60}?\s+)?to\s+(?P<city>" + "|".join(re.escape(c) for c in _CITY_NAMES) +
                      r")\b(?!['’]s|-)")


@functools.cache
def _opening_city() -> re.Pattern[str]:
    return re.compile(r"\s*(?P<city>" + "|".join(re.escape(c) for c in _CITY_NAMES) + r")\b\s*[\[(,]")


# "agreed here Tuesday" under a dateline this reader does not parse ("Ulan Bator [Mongolia], July 5 (ANI/Xinhua):")
_HERE = re.compile(r"\b(?:here|in this city)\b")
_VISITED = re.compile(r"\b(?:visit(?:ed|ing|s)?|visit\s+to|arriv(?:ed|es|e|ing)\s+(?:today\s+|yesterday\s+)?in|trip\s+to|tour\s+of|"
                      # "will be in the Republic of Kazakhstan on a working visit"
                      r"be\s+in(?=\s+(?:the\s+)?[A-Z][^,.;]{2,60}?\s+on\s+an?\s+(?:[\w-]+\s+){0,4}?visit\b)|"
                      r"(?:left|leaves|departed|departs|headed|heads)\s+(?:today\s+|yesterday\s+|this\s+morning\s+)?for|"
                      r"travel(?:s|led|ed)?\s+to|(?:goes|going|went)\s+to|"
                      # "Senator X led a Pakistani delegation to Uzbekistan as observers": where the delegation went
                      r"(?:led|headed)\s+(?:an?|the|his|her|their)\s+(?:[\w-]+\s+){0,3}?delegation\s+to)\s+"
                      r"(?:to\s+)?(?:the\s+)?(?P<what>[A-Z][^,.;]{2,80})")
# "The visit of Prime Minister of Mongolia X to Japan", "during the visit of the Kazakh delegation to the UAE"
_VISIT_OF_TO = re.compile(r"\b(?:visit|trip)\s+(?:of|by)\s+(?:[^.;]|\.(?=\S)){3,90}?\s+to\s+(?:the\s+)?(?P<what>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})")


# "the fourth session of the commission, held in Kuwait" (never "would be held in X", a plan)
_HELD_IN_COUNTRY = re.compile(r"\b(?i:session|meeting|sitting|talks|negotiations|consultations|summit|forum|dialogue)\b"
                              r"[^.;]{0,100}?(?<!be\s)\b(?:(?:held|took\s+place|convened)\s+|"
                              # "the Sixth Foreign Ministers' Meeting of the Dialogue on 1 May 2017 in Turkmenistan"
                              rf"on\s+(?:\d{{1,2}}\s+{MONTH_PATTERN}|{MONTH_PATTERN}\.?\s+\d{{1,2}})(?:,?\s+\d{{4}})?\s+)"
                              r"in\s+(?:the\s+)?(?P<what>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})")
# "X received the Chinese Ambassador to the Kyrgyz Republic": an envoy meets in the country of accreditation
_ACCREDITED = re.compile(r"\bAmbassador\b[^.;]{0,60}?\b(?:to|in)\s+(?:the\s+)?(?P<country>[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,2})")
# "X received Y, who is in Armenia to attend ...": the guest's whereabouts are the meeting's
_GUEST_IN = re.compile(r",\s+who\s+(?:is|was|are|were)\s+(?:currently\s+|now\s+)?(?:in|visiting|on\s+an?\s+(?:\w+\s+)?visit\s+to)\s+"
                       r"(?:the\s+)?(?P<what>[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,2})")
# "The Minister is presently in Sri Lanka attending the meeting": where a participant is while the article tells
_STAYING_IN = re.compile(r"\b(?:is|are)\s+(?:presently|currently|now)\s+(?:in|visiting)\s+"
                         r"(?:the\s+)?(?P<what>[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,2})")
_MEETS = re.compile(r"\b(?:received|receives|met|meets|hosted|hosts)\b")
_VISITOR = re.compile(r"(?:[A-Z][\w-]*\s+){0,3}?(?:Foreign|Prime|Deputy|Vice|First|President|Minister|"
                      r"Premier|Speaker|Chairman|Ambassador|delegation|Defence|Defense|Economy|Trade|counterpart|"
                      r"colleague|guest|leader|King|Emir|Amir|Sultan|Crown)\b")  # "his visiting Kazakh counterpart X"


@dataclass
class Place:
    city: str | None
    country: str | None
    start: int
    end: int
    why: str = ""


def event_sentences(context: Context) -> list[Sentence]:
    lead = context.lead()
    # (a sentence that opens with a quote counts by what is said outside it: "“…,” X said during a joint news
    # conference with Y in Bishkek")
    return [s for s in context.sentences if (s is lead or EVENT_TRIGGERS.search(s.text))
            and (not context.in_quote(s.start) or not context.in_quote(s.end - 1))]


_FUTURE_OR_WISH = re.compile(r"\b(?:will|shall|need to|needs to|plan(?:s|ned)? to|intend|expected to|"
                             r"scheduled|upcoming|next year)\w*", re.I)


def _city_place(city: str, start: int, end: int, why: str, text: str = "") -> Place:
    code = CITY_TO_COUNTRY.get(city.lower()) or MULTIWORD_CITIES.get(city)
    return Place(city, code, start, end, why)


SEVERAL_VISITED = "a visit to several countries: no one place"


def _lists_countries(what: str, found: list[tuple[int, int, str]]) -> bool:
    """'Kazakhstan and Uzbekistan this week', 'Kazakhstan, Kyrgyzstan and Tajikistan': two or more countries, one
    after another, open the words a visit goes to."""
    if len(found) < 2 or found[0][0] > 4 or found[0][2] == found[1][2]:
        return False
    return re.fullmatch(r",\s*|,?\s+and\s+(?:the\s+)?", what[found[0][1]:found[1][0]]) is not None


def find_place(context: Context, org_country: t.Callable[[str], str | None], planned: bool = False) -> Place:
    """Where the event happened: a city in the lead or an event sentence, else the host country;
    the dateline city when the text names no other place (and the event is not still to come)."""
    found = _named_place(context, org_country, planned)
    if found.why == SEVERAL_VISITED:
        return found
    dateline = context.dateline
    here = _dateline_city_here(context) if not planned else None
    if here and found.start > here.end:
        return here  # "MOSCOW – X held a meeting with Y here": a city named further down is another matter's
    if planned or found.city:
        return found
    if not found.country:
        found = _country_of_the_region_visited(context) or found
    remote = _HELD_REMOTELY.search(context.text, context.body_start) if not found.country and dateline else None
    if remote:  # "The event was organized virtually": no one place, whatever city the agency files from
        return Place(None, None, remote.start(), remote.end(), "held remotely, not in the dateline's city")
    checkpoint = _HELD_AT_A_CHECKPOINT.search(context.text, context.body_start) if not found.country and dateline else None
    if checkpoint:  # "The meeting was held at the Kyzyl-Bel checkpoint": on a border, not where the agency files from
        return Place(None, None, checkpoint.start(), checkpoint.end(), "held at a border checkpoint, not in the dateline's city")
    if not found.country:
        found = _sitting_chamber(context) or found
    if not found.country:
        found = _where_received(context) or found
    if not dateline:
        return _dual_dateline(context, found) or found
    code = CITY_TO_COUNTRY.get(dateline.city.lower())
    if not code and not dateline.country and country_code(dateline.city) and not found.country:
        # "KUWAIT: ...": the dateline names the country (a city-state's or a capital of the same name)
        return Place(None, country_code(dateline.city), dateline.start, dateline.start + len(dateline.city),
                     "the dateline names the country")
    if not code and dateline.country:
        countries = countries_in(dateline.country)
        code = countries[0][2] if countries else None
    home = _home_country(dateline.agency) if dateline.agency else None
    if not code and home and found.country in (None, home) and _TOWN_SHAPE.fullmatch(dateline.city):
        code = home  # "Bayan-Ulgii /MONTSAME/": a home outlet files from a town of its own country
    if not code or (found.country and found.country != code):
        return found  # the agency files from elsewhere: "ASTANA –" over a meeting in the UAE
    city = _city_name(dateline.city)
    if found.country:
        return Place(city, code, found.start, found.end, f"{found.why}; city from the dateline")
    return Place(city, code, dateline.start, dateline.start + len(dateline.city), DATELINE_ONLY)


DATELINE_ONLY = "dateline city, the text names no other place"
# "President Sisi was given an official reception at the presidential palace in Luanda, Angola", "arrived in Luanda"
_RECEIVED_IN = re.compile(r"\b(?:arrived\s+in|(?:was|were)\s+given\s+an?\s+(?:official\s+|warm\s+)?(?:reception|welcome)\s+"
                          r"(?:at\s+[^.;]{0,60}?\s+)?in)\s+(?P<city>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")


def _where_received(context: Context) -> Place | None:
    """A city where a participant arrived or was officially received, when the lead names no place: the visit's
    host city, whatever city the agency files from ("CAIRO – … attended a signing ceremony", then "… was given an
    official reception at the presidential palace in Luanda")."""
    for match in _RECEIVED_IN.finditer(context.text, context.body_start):
        if context.in_quote(match.start()) or _PAST_YEAR_NEAR.search(context.sentence_at(match.start()).text):
            continue
        code = CITY_TO_COUNTRY.get(match.group("city").lower())
        if code:
            return Place(_city_name(match.group("city")), code, match.start("city"), match.end("city"),
                         "the city where a participant arrived or was received")
    return None


_PAST_YEAR_NEAR = re.compile(r"\b(?:in|since)\s+(?:19|20)\d\d\b|\blast\s+(?:year|month)\b|\bearlier\s+this\s+year\b")


def _dateline_city_here(context: Context) -> Place | None:
    """The dateline's city when the lead says the event took place 'here' (and names no city of its own)."""
    lead, dateline = context.lead(), context.dateline
    if lead is None or dateline is None or not _HERE.search(lead.text) or context.in_quote(lead.start):
        return None
    code = CITY_TO_COUNTRY.get(dateline.city.lower())
    if code is None:
        return None
    return Place(_city_name(dateline.city), code, dateline.start, dateline.start + len(dateline.city),
                 "dateline city, the lead says 'here'")
_HELD_REMOTELY = re.compile(r"\b(?:was|were)\s+(?:organi[sz]ed|held|conducted|signed)\s+(?:virtually|online|remotely|"
                            r"via\s+video(?:\s*conference|\s*link)?|by\s+video(?:\s*conference|\s*link))\b", re.I)


# "The meeting of the parties was held at the Kyzyl-Bel checkpoint": a border crossing no list of cities holds
_HELD_AT_A_CHECKPOINT = re.compile(r"\b(?:was|were)\s+held\s+at\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,3}"
                                   r"(?:checkpoint|border\s+(?:crossing|post|point|checkpoint))\b")
# "during her visit to the Central Asian country": the one country of that region the text names
_REGIONS = {"central asian": frozenset("KZ KG TJ TM UZ".split()), "south caucasus": frozenset("AZ AM GE".split()),
            "caucasian": frozenset("AZ AM GE".split()), "gulf": frozenset("AE SA QA KW BH OM".split()),
            "baltic": frozenset("EE LV LT".split()), "nordic": frozenset("NO SE DK FI IS".split()),
            "scandinavian": frozenset("NO SE DK".split())}
_VISIT_TO_REGION = re.compile(r"\bvisit\s+to\s+the\s+(?P<region>Central\s+Asian|South\s+Caucasus|Caucasian|Gulf|Baltic|Nordic|"
                              r"Scandinavian)\s+(?:country|state|nation|republic|kingdom)\b")


def _country_of_the_region_visited(context: Context) -> Place | None:
    """'Gafarova … during her visit to the Central Asian country' under an ISTANBUL dateline: the one country of that
    region the text names is where the event took place."""
    for match in _VISIT_TO_REGION.finditer(context.text, context.body_start):
        if context.in_quote(match.start()):
            continue
        region = _REGIONS[re.sub(r"\s+", " ", match.group("region").lower())]
        named = {code for _, _, code in countries_in(context.text[context.body_start:].replace("-", " ")) if code in region}
        if len(named) == 1:
            return Place(None, named.pop(), match.start("region"), match.end(), "the one country of the region visited")
    return None


def filed_from_home(place_country: str | None, side_countries: set[str], agency: str | None) -> bool:
    """A dateline city in a third country that is the outlet's own ("BAKU – Trend: the presidents of Uzbekistan and
    Türkiye signed …"): where the outlet files from, not where two other countries' leaders met (a correspondent
    abroad, "NEW YORK – Jiji", files from the event)."""
    return len(side_countries) >= 2 and place_country not in side_countries and \
        agency is not None and _home_country(agency) == place_country


_TOWN_SHAPE = re.compile(r"[A-Z][a-zA-Z'’]+(?:[- ][A-Z][a-zA-Z'’]+)?|[A-Z][A-Z'-]+")


def _home_country(agency: str) -> str | None:
    """The country of a domestic outlet named in a dateline ("MONTSAME", "KAZINFORM")."""
    return next((code for outlet, code in OUTLET_COUNTRIES.items() if outlet.lower() == agency.strip().lower()), None)


# "MUSCAT/ISLAMABAD: ...": an outlet files one story from both capitals
_DUAL_DATELINE = re.compile(r"\s*(?P<first>[A-Z][A-Z-]{2,}(?: [A-Z][A-Z-]{2,})?)\s*/\s*(?P<second>[A-Z][A-Z-]{2,}(?: [A-Z][A-Z-]{2,})?)"
                            r"\s*(?::|[–—]|-(?= ))")


# "The Senate of Uzbekistan ratified ...", "Senators of Uzbekistan's Parliament approved ...": a chamber's sitting
_CHAMBER_ACTS = re.compile(rf"\b(?:{CHAMBERS}|[Ss]enators|[Dd]eputies|MPs)\b[^.;]{{0,80}}?\b(?:ratified|approved|adopted|passed|hosted|"
                           r"endorsed|considered|held\s+(?:a|its)\s+(?:\w+\s+)?(?:plenary\s+)?(?:session|sitting|meeting))\b")


# "During the plenary meeting of the Senate of the Oliy Majlis of the Republic of Uzbekistan held today, …"
_CHAMBER_SITTING = re.compile(rf"\b(?:plenary\s+)?(?:meeting|session|sitting)\s+of\s+the\s+(?:{CHAMBERS})\b"
                              r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’' -]{0,60})?")


# "The Ministry of Foreign Affairs of Turkmenistan hosted political consultations": a ministry at home hosts
_MINISTRY_HOSTED = re.compile(r"\b(?:Ministry|Ministries|Government|Cabinet\s+of\s+Ministers)\b[^.;]{0,60}?\bhosted\b")


def _sitting_chamber(context: Context) -> Place | None:
    """The country of a chamber whose sitting the lead reports: "BAKU – The Senate of Uzbekistan ratified ..." is
    in Uzbekistan, whatever city the agency files from; so is that of a ministry that hosted the event."""
    lead = context.lead()
    if lead is None:
        return None
    acts = _CHAMBER_ACTS.search(lead.text) or _MINISTRY_HOSTED.search(lead.text) or _CHAMBER_SITTING.search(lead.text)
    if acts is None:
        return None
    window = lead.text[max(0, acts.start() - 40):acts.end()]
    codes = {code for _start, _end, code in countries_in(window)}
    codes |= {code for name, code in KNOWN_INSTITUTIONS.items() if re.search(rf"\b{re.escape(name)}\b", window, re.I)}
    if len(codes) != 1:
        return None
    start = lead.start + max(0, acts.start() - 40)
    why = "the country of the ministry that hosted the event" if acts.re is _MINISTRY_HOSTED else \
        "the country of the chamber whose sitting the lead reports"
    return Place(None, codes.pop(), start, lead.start + acts.end(), why)


def _dual_dateline(context: Context, found: Place) -> Place | None:
    """The city of a dual dateline where the event was: the one in the country the text names as the place
    (the visit's country), else the first, which datelines give to the event's own city."""
    dual = _DUAL_DATELINE.match(context.text, context.body_start)
    if not dual:
        return None
    cities = [(group, CITY_TO_COUNTRY.get(dual.group(group).lower())) for group in ("first", "second")]
    known = [(group, code) for group, code in cities if code]
    if len(known) < 2:
        return None
    group, code = next(((g, c) for g, c in known if c == found.country), known[0])
    if found.country and code != found.country:
        return None
    start = dual.start(group)
    return Place(_city_name(dual.group(group)), code, start, dual.end(group), "the city of a dual dateline")


def _city_name(city: str) -> str:
    """'ASTANA' -> 'Astana', 'NUR-SULTAN' -> 'Nur-Sultan': a dateline in capitals as a name."""
    if not city.isupper():
        return city
    known = next((c for c in _CITY_NAMES if c.lower() == city.lower()), None)
    return known or "-".join(part.capitalize() for part in city.split("-"))


def _named_place(context: Context, org_country: t.Callable[[str], str | None], planned: bool) -> Place:
    year = (context.article.page_date or context.dateline and context.dateline.date() or None)
    lead = context.lead()
    if lead is not None:
        hosted = _CITY_HOSTED.match(context.text, lead.start)
        if hosted and (planned or not re.search(r"\b(?:will|to)\s+host$", hosted.group(0))):  # "Minsk will host": a plan's
            return _city_place(hosted.group("city"), hosted.start("city"), hosted.end("city"), "the city hosted the event")
    for sentence in event_sentences(context):
        if sentence is not context.lead() and _FUTURE_OR_WISH.search(sentence.text) and not planned:
            continue  # "the need to hold an exhibition in Ulaanbaatar" is not where the event was
        if sentence is not context.lead() and _background(sentence.text, year.year if year else None):
            continue  # "Meanwhile, ... in May 2023, a trade mission in Tashkent": another, earlier event
        if sentence is not context.lead() and opens_in_another_month(sentence.text, context):
            continue  # "In March, X met Y … in Antalya" in a report of September 25: an earlier meeting
        for match in _CITY_IN.finditer(context.text, sentence.start, sentence.end):
            if context.in_quote(match.start()) or re.search(r"\bfrom\s+$", context.text[match.start() - 6:match.start()]):
                continue
            if _place_of_another_event(context.text, sentence.start, match) or _signed_where_ratified(context, match):
                continue
            if TALKED_ABOUT.search(context.text, max(sentence.start, match.start() - 40), match.start("city")):
                continue  # "hope for normalization of the situation in Bishkek": what was talked about
            if _SEAT_BEFORE.search(context.text, max(sentence.start, match.start() - 90), match.start() + 3):
                continue  # "the Ambassador of Mongolia (with residence in Astana)": where someone is based
            clause = re.split(r"[,;]", context.text[sentence.start:match.start()])[-1]
            if not planned and _FUTURE_OR_WISH.search(clause):
                continue  # "Hungary will be opening a consulate in Bishkek, the ministry said after talks in Budapest"
            city = match.group("city")
            code = CITY_TO_COUNTRY.get(city.lower()) or MULTIWORD_CITIES.get(city)
            after = countries_in(context.text[match.end():match.end() + 40])
            comma = re.match(r"\s*,\s*(?:the\s+)?", context.text[match.end():])
            if after and comma and after[0][0] == comma.end() and not _demonym(context.text, match.end() + after[0][0],
                                                                              match.end() + after[0][1]):
                code = after[0][2]  # "in Sochi, Russia" (not "in Ankara, Trend reports via the Kazakh MFA")
            return Place(city, code, match.start("city"), match.end("city"), "city named in an event sentence")
        for match in _CAPITAL_OF.finditer(context.text, sentence.start, sentence.end):
            if context.in_quote(match.start()) or _place_of_another_event(context.text, sentence.start, match):
                continue
            code = country_code(match.group("demonym") or match.group("country") or "")
            if code and code in CAPITALS:
                return Place(CAPITALS[code], code, match.start(), match.end(), "the capital of the country named")
    lead_city = _unlisted_city(context) or _city_of_named_event(context)
    if lead_city:
        return lead_city
    for sentence in context.sentences[:2]:  # "The visit of X to Dushanbe began ...", "A delegation came to Shymkent"
        visit = _visit_to_city().search(context.text, sentence.start, sentence.end) or \
            _city_visit().search(context.text, sentence.start, sentence.end)
        if visit and not _recalled_visit(context.text[sentence.start:visit.start()]) and not context.in_quote(visit.start()):
            return _city_place(visit.group("city"), visit.start("city"), visit.end("city"), "city of the visit")
    for sentence in context.sentences:  # "X arrived in Tehran yesterday evening for a two-day trip"
        if context.in_quote(sentence.start) or _FUTURE_OR_WISH.search(sentence.text) or \
                _background(sentence.text, year.year if year else None):
            continue
        arrived = _ARRIVED_IN().search(context.text, sentence.start, sentence.end)
        if arrived:
            return _city_place(arrived.group("city"), arrived.start("city"), arrived.end("city"), "city of arrival")
    for sentence in context.sentences:
        visit = _part_of_visit().search(context.text, sentence.start, sentence.end)
        if visit and not context.in_quote(visit.start()) and not _background(sentence.text, year.year if year else None) \
                and not (not planned and (_FUTURE_OR_WISH.search(sentence.text) or _VISIT_TO_COME.search(visit.group(0)))):
            # "intend to … during the visit to Moscow", "interest in signing … during his oncoming visit to Aktau"
            return _city_place(visit.group("city"), visit.start("city"), visit.end("city"), "city of the visit")
    opening = _opening_city().match(context.text, context.body_start)
    if lead is not None and opening and not context.dateline and _HERE.search(lead.text):
        return _city_place(opening.group("city"), opening.start("city"), opening.end("city"), "opening city + 'here'")
    headline = _headline_city(context) or (_headline_visit_country(context) if planned else None)
    if headline:
        return headline
    venue = _venue(context)
    if venue:
        return venue
    for sentence in event_sentences(context)[:3]:
        if sentence is not lead and _background(sentence.text, year.year if year else None):
            continue  # "The official visit of X to Vietnam in August 2023 gave an impetus …": an earlier visit
        visit_of = _VISIT_OF_TO.search(context.text, sentence.start, sentence.end)
        if visit_of and not context.in_quote(visit_of.start()) and \
                not _recalled_visit(context.text[max(sentence.start, visit_of.start() - 40):visit_of.start()]) and \
                not _REPORTED_CLAUSE.search(context.text, sentence.start, visit_of.start()) and \
                not (not planned and _visit_to_come(context.text, sentence.start, visit_of.start())):
            named = _country_first(visit_of.group("what"))
            if named:
                return Place(None, named, visit_of.start("what"), visit_of.end("what"), "country of the visit")
        for match in _visits_in(context.text, sentence):
            if _REPORTED_CLAUSE.search(context.text, sentence.start, match.start()):
                continue  # "highlighted that the memorandum signed during the visit of X to Vietnam ...": background
            if match.group(0).lower().startswith("visiting ") and _VISITOR.match(match.group("what")):
                continue  # "visiting Russian Foreign Minister Sergei Lavrov": the visitor's country is not the host's
            if re.search(r"\b(?:will|to)\s+(?:pay\s+)?(?:\w+\s+)?$", context.text[max(0, match.start() - 25):match.start()]) is None \
                    and not re.search(r"\bvisit(?:ed|ing|s)?\b|\barriv(?:ed|es|e|ing)\b|\b(?:left|departed|headed|heads|leaves|departs)\s+for\b|"
                                      r"\b(?:goes|going|went)\s+to\b",
                                      match.group(0)) \
                    and not re.search(r"\b(?:visit|delegation)\s+to", match.group(0)):
                continue
            what = match.group("what")
            if _recalled_visit(context.text[max(sentence.start, match.start() - 40):match.start()]):
                continue
            if any(invited.start() < match.start("what") < invited.end()
                   for invited in _INVITED_TO_VISIT.finditer(context.text, sentence.start, sentence.end)):
                continue  # "extended an invitation to the Chairman to visit the United States": a visit still to come

            found = countries_in(what)
            if _lists_countries(what, found):
                # "state visits to Kazakhstan and Uzbekistan": no one country is the visit's, nor are its hosts guests
                return Place(None, None, match.start("what"), match.end("what"), SEVERAL_VISITED)
            code = org_country(what) if re.search(r"Ministry|Akorda|Parliament|Office|Embassy", what) else None
            code = code or _country_first(what, slack=2)  # before a body: "Democratic People's Republic of Korea"
            body_of = _BODY_OF.match(what)  # "visited the Milli Majlis of Azerbaijan": the body's country
            code = code or (_country_first(what[body_of.end():]) if body_of else None)
            region = re.match(r"[A-Z][\w-]*\s+(?:region|oblast|province|aimag)\s+of\s+", what, re.I)
            code = code or (found[0][2] if found and region else None)  # "Kurgan region of the Russian Federation"
            if code:
                return Place(None, code, match.start("what"), match.end("what"), "country visited")
    for sentence in event_sentences(context):  # "the fourth session of the commission, held in Kuwait"
        held = _HELD_IN_COUNTRY.search(context.text, sentence.start, sentence.end)
        if held and not context.in_quote(held.start()) and not _background(sentence.text, year.year if year else None) \
                and not _FUTURE_OR_WISH.search(context.text, sentence.start, held.start()):
            host = _country_first(held.group("what"))
            if host:
                return Place(None, host, held.start("what"), held.end("what"), "the country the event was held in")
    accredited = _ACCREDITED.search(context.text, lead.start, lead.end) if lead is not None else None
    if accredited and lead is not None and _MEETS.search(lead.text) and not context.in_quote(accredited.start()):
        host = _country_first(accredited.group("country"))  # "to the Republic of Poland": behind its formal name
        if host:
            start = accredited.start("country")
            return Place(None, host, start, start + len(accredited.group("country")),
                         "an ambassador meets in the country of accreditation")
    staying = _STAYING_IN.search(context.text, context.body_start)
    if staying and not context.in_quote(staying.start()) and not _FUTURE_OR_WISH.search(context.sentence_at(staying.start()).text):
        host = _country_first(staying.group("what"))
        if host:
            return Place(None, host, staying.start("what"), staying.end("what"), "where the participant is staying now")
    guest = _GUEST_IN.search(context.text, lead.start, lead.end) if lead is not None else None
    if guest and lead is not None and _MEETS.search(lead.text) and not context.in_quote(guest.start()):
        host = _country_first(guest.group("what"))
        if host:
            return Place(None, host, guest.start("what"), guest.end("what"), "the guest is in that country")
    for sentence in context.sentences:  # "Several documents were signed during the visit of the delegation to the UAE"
        if context.in_quote(sentence.start) or _background(sentence.text, year.year if year else None):
            continue
        during = re.search(r"\b(?:[Dd]uring|[Aa]s part of|[Ww]ithin the framework of|[Ii]n the course of)\s+(?:the|this|his|her)\s+"
                           r"(?:\w+\s+){0,2}?(?:visit|trip)\b", sentence.text)
        if during and _RESULTS_OF_BEFORE.search(sentence.text, max(0, during.start() - 40), during.start()):
            during = None  # "the agreements reached during the state visit of X to Y": an earlier visit
        visit_of = _VISIT_OF_TO.search(sentence.text, during.start()) if during else None
        if during and not visit_of:
            visit_of = re.search(r"\b(?:visit|trip)\s+to\s+(?:the\s+)?(?P<what>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})",
                                 sentence.text[during.start():during.end() + 20])
            offset = sentence.start + during.start()
        else:
            offset = sentence.start
        if visit_of and not (not planned and _VISIT_TO_COME.search(sentence.text)):  # "during the upcoming visit"
            found = countries_in(visit_of.group("what"))
            if found and found[0][0] == 0:
                start = offset + visit_of.start("what")
                return Place(None, found[0][2], start, start + len(visit_of.group("what")), "country of the visit")
    return Place(None, None, 0, 0, "")


# "As part of her working visit to Awaza, Turkmenistan, ...": a town the city list lacks, named with its country
_TOWN_OF_COUNTRY = re.compile(r"\b(?:visit\s+to|[Ii]n|[Aa]t)\s+(?P<city>[A-Z][a-z]{2,}(?:-[A-Z][a-z]{2,})?),\s+(?:the\s+)?"
                              r"(?P<country>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}?)(?=[,.;]|\s+[a-z])")


def _unlisted_city(context: Context) -> Place | None:
    """The lead's 'visit to Awaza, Turkmenistan' or 'talks in Cholpon-Ata, Kyrgyzstan': the town and its country."""
    lead = context.lead()
    if lead is None or context.in_quote(lead.start):
        return None
    for match in _TOWN_OF_COUNTRY.finditer(context.text, lead.start, lead.end):
        town = _town_of_country(match)
        if town and not _FUTURE_OR_WISH.search(context.text, lead.start, match.start()):
            return Place(*town, match.start("city"), match.end("city"), "a town named with its country in the lead")
    for sentence in event_sentences(context)[:4]:  # "The meeting of A, B and C took place in Guliston, Tajikistan."
        if context.in_quote(sentence.start):
            continue
        for match in _TOWN_OF_COUNTRY.finditer(context.text, sentence.start, sentence.end):
            town = _town_of_country(match)
            if town and _TOOK_PLACE_BEFORE.search(context.text, sentence.start, match.start()) and \
                    not _ANOTHER_EVENTS_TOWN.search(context.text, sentence.start, match.start("city")):
                return Place(*town, match.start("city"), match.end("city"), "the town the event took place in")
        named = _CITY_OF.search(context.text, sentence.start, sentence.end)
        if named and _HAPPENED_BEFORE.search(context.text, sentence.start, named.start()) and \
                not country_code(named.group("city")):
            # "the forum was held in the city of Qoqand": a city by the text's own word, of the country the sentence
            # names, else of the agency that filed from that country ("Tashkent, Uzbekistan (UzDaily.com)")
            named_here = [code for _, _, code in countries_in(sentence.text.replace("-", " "))]  # "Hungarian-Uzbek"
            filed_from = CITY_TO_COUNTRY.get(context.dateline.city.lower()) if context.dateline else None
            code = filed_from if filed_from in named_here or not named_here else named_here[0]
            owner = countries_in(named.group("where"))  # "the Polish … resort of Jurata"
            code = CITY_TO_COUNTRY.get(named.group("city").lower()) or (owner[0][2] if owner else code)
            return Place(named.group("city"), code, named.start("city"), named.end("city"), "a city the text calls one")
    return _town_it_took_place_in(context)


# "A signing ceremony took place in Quba during the forum": one capitalized word after "took place in", followed by the
# end of the clause, is the town, even when no list knows it
_TOOK_PLACE_WORDS = r"\b(?:took\s+place|(?:was|were)\s+held|will\s+(?:take\s+place|be\s+held))"
_TOOK_PLACE_IN_TOWN = re.compile(rf"{_TOOK_PLACE_WORDS}\s+in\s+(?P<city>[A-Z][a-z’'-]{{2,}})"
                                 r"(?=\s*[,.;]|\s+(?:during|on|as|within|under|with|at)\b)")


# "Negotiations between the presidents of A and B in Shusha lasted more than an hour": the talks' own town, one
# capitalized word between the talks and their verb
_TALKS_IN_TOWN = re.compile(r"\b(?:[Tt]alks|[Nn]egotiations|[Cc]onsultations|[Mm]eeting|[Ss]ummit)\b[^.;]{0,100}?\bin\s+"
                            r"(?P<city>[A-Z][a-z’'-]{2,})(?=\s+(?:lasted|took\s+place|ended|began|resulted|were|was)\b)")


def _town_it_took_place_in(context: Context) -> Place | None:
    """The lead's 'took place in Quba during …' or 'talks … in Shusha lasted an hour': a town by its place in the
    sentence, unless the word is a country, a month, a venue or an institution; its country when the sentence names
    one country, or when the dateline's is one of those it names."""
    lead = context.lead()
    if lead is None or context.in_quote(lead.start):
        return None
    found = _TOOK_PLACE_IN_TOWN.search(context.text, lead.start, lead.end) or \
        _TALKS_IN_TOWN.search(context.text, lead.start, lead.end)
    if found is None:
        return None
    town = found.group("city")
    if country_code(town) or re.fullmatch(MONTH_PATTERN, town) or town.lower() in (v.lower() for v in VENUES) or \
            town in KNOWN_INSTITUTIONS or _FUTURE_OR_WISH.search(context.text, lead.start, found.start()):
        return None
    named = {code for _, _, code in countries_in(lead.text.replace("-", " "))}
    filed_from = CITY_TO_COUNTRY.get(context.dateline.city.lower()) if context.dateline else None
    code = named.pop() if len(named) == 1 else filed_from if filed_from in named else None
    return Place(town, code, found.start("city"), found.end("city"), "the town the lead says the event took place in")


def _town_of_country(match: re.Match[str]) -> tuple[str, str] | None:
    """'Awaza, Turkmenistan': the town and its country's code, unless the 'town' is a country or an institution."""
    code = country_code(match.group("country"))
    town = match.group("city")
    return (town, code) if code and not country_code(town) and town not in KNOWN_INSTITUTIONS else None


# "in the city of Qoqand", "in the Polish Baltic Sea resort of Jurata": a town by the text's own word for it
_CITY_OF = re.compile(r"\bin\s+the\s+(?P<where>(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|"
                      r"south-?west)(?:ern)?\s+)?(?:[A-Z][\w’'-]*\s+){0,3})(?:city|town|resort|village|port)\s+of\s+"
                      r"(?P<city>[A-Z][a-z’'-]+(?:[ -][A-Z][a-z’'-]+)?)")


_VISIT_TO_COME = re.compile(r"\b(?:(?:upcoming|oncoming|forthcoming|coming|planned|next|future|expected|scheduled)\s+|"
                            r"(?:preparing|preparations?\s+for|prepare|ahead\s+of)\s+(?:the\s+)?)(?:\w+\s+){0,2}visit", re.I)


def _visit_to_come(text: str, floor: int, visit_start: int) -> bool:
    """'the upcoming visit of X to Y', 'a roadmap for preparing the state visit of X to Y': a visit still to come."""
    return bool(_VISIT_TO_COME.search(text[max(floor, visit_start - 40):visit_start + len("visit")]))


_TOOK_PLACE_BEFORE = re.compile(rf"{_TOOK_PLACE_WORDS}\s+$")
# "the ministers exchanged views about the 43rd OAS General Assembly, which will be held in Antigua, Guatemala": the
# town of an event to come that the sentence talks about, not of this one
_ANOTHER_EVENTS_TOWN = re.compile(r"\b(?:about|on|regarding|for|of)\s+(?:the\s+)?[^.;]*,\s*(?:which|that)\s+will\s+"
                                  r"(?:take\s+place|be\s+held)\s+in\s+$")
# "The agreement was signed in the eastern Croatian city of Osijek": a signing's town, as a held event's
_HAPPENED_BEFORE = re.compile(rf"(?:{_TOOK_PLACE_WORDS}|\b(?:was|were|has\s+been|have\s+been)\s+signed)\s+$")


@functools.cache
def _named_event() -> re.Pattern[str]:
    """"received X within the framework of Tashkent International Conference": an event named after its city."""
    return re.compile(r"\b(?:framework\s+of|sidelines\s+of|margins\s+of|during|at|within|attend(?:ed|ing|s)?)\s+(?:the\s+)?"
                      r"(?:\d{1,2}(?:st|nd|rd|th)\s+|[IVX]+\s+)?"
                      r"(?P<city>" + "|".join(re.escape(c) for c in _CITY_NAMES) + r")\s+"
                      r"(?!Cooperation\s+Organi[sz]ation)(?:[A-Z][\w-]+\s+){0,3}"
                      r"(?:Conference|Forum|Summit|Dialogue|Congress|Expo|Games)\b")


def _city_of_named_event(context: Context) -> Place | None:
    lead = context.lead()
    if lead is None:
        return None
    match = _named_event().search(context.text, lead.start, lead.end)
    reported = reported_occasion(context)
    plan_before = _FUTURE_OR_WISH.search(context.text, lead.start, match.start()) if match else None
    if match is None or context.in_quote(match.start()) or \
            (plan_before and not (reported and lead.start + reported.start() < match.start())):
        return None  # a plan's place ("will meet at the Astana Forum"), unless the plan was told at that forum
    return _city_place(match.group("city"), match.start("city"), match.end("city"), "the city an event the lead names is named after")


def _visits_in(text: str, sentence: Sentence) -> t.Iterator[re.Match[str]]:
    """Each 'visited X', 'trip to X' of the sentence; the next is sought inside the one before, so that 'The
    visiting Speaker of Peru visited the Congress of Chile' yields the visit after the visitor's name too."""
    position = sentence.start
    while True:
        match = _VISITED.search(text, position, sentence.end)
        if not match:
            return
        yield match
        position = match.start("what")


def _headline_visit_country(context: Context) -> Place | None:
    """'President X to visit Azerbaijan': the country a planned visit goes to, when the headline names it."""
    headline = context.article.headline or ""
    visit = HEADLINE_VISIT.match(headline)
    found = countries_in(visit.group("what")) if visit else []
    if not visit or not found or found[0][0] != 0:
        return None
    start = max(context.text.find(headline), 0) + visit.start("what")
    return Place(None, found[0][2], start, start + found[0][1], "country the headline says will be visited")


def _headline_city(context: Context) -> Place | None:
    """'Kazakhstan, UAE inter-parliamentary cooperation discussed in Abu Dhabi': the headline's city."""
    headline = context.article.headline
    if not headline or _FUTURE_OR_WISH.search(headline) or FUTURE.search(headline):
        return None
    match = _CITY_IN.search(headline)
    if not match:
        return None
    start = max(context.text.find(headline), 0) + match.start("city")
    return _city_place(match.group("city"), start, start + len(match.group("city")), "city named in the headline")


def _venue(context: Context) -> Place | None:
    """'signed in Akorda', 'talks at the Kremlin': a residence or palace stands for its city; the body first, then
    the headline ('A Meeting with the Ambassador of Turkey at Milli Majlis': the house the meeting was in)."""
    found = _venue_in(context.text[context.lead_start:], context.lead_start, context.in_quote)
    headline = context.article.headline
    if found or not headline or _FUTURE_OR_WISH.search(headline) or FUTURE.search(headline):
        return found
    return _venue_in(headline, max(context.text.find(headline), 0), lambda _: False)


def _venue_in(text: str, offset: int, quoted: t.Callable[[int], bool]) -> Place | None:
    """The first residence (a city's) or institution (a country's) named 'in/at' in ``text``, which starts at
    ``offset``; a residence inside a quotation (``quoted``) is passed over."""
    for pattern, (city, code) in _venue_patterns():
        venue = pattern.search(text)
        if venue and not quoted(offset + venue.start(1)):
            return Place(city, code, offset + venue.start(1), offset + venue.end(1), f"venue {venue.group(1)} is in {city}")
    for pattern, code in _institution_venue_patterns():
        venue = pattern.search(text)
        if venue:  # a parliament known by name sits in its seat
            return Place(_seat_of(code), code, offset + venue.start(1), offset + venue.end(1), f"venue {venue.group(1)}")
    for house in _A_DEMONYMS_HOUSE.finditer(text):  # "met … at the British Parliament": in London
        state = country_code(house.group("country"))
        if state and not quoted(offset + house.start("house")):
            return Place(_seat_of(state), state, offset + house.start("house"), offset + house.end("house"),
                         f"venue {house.group('house')}, the house of {house.group('country')}")
    for house in _A_COUNTRYS_HOUSE.finditer(text):
        country = _country_first(house.group("country"))
        if country and not quoted(offset + house.start("house")):
            return Place(None, country, offset + house.start("house"), offset + house.end("country"),
                         f"venue {house.group('house')} of {house.group('country')}")
    return None


# "met … at the British Parliament": a state's parliament, in its capital; where the seat or the capital the list
# names is elsewhere (The Hague, La Paz, Dodoma, Abidjan, Porto-Novo, Cape Town, Kotte) the city is left open
_A_DEMONYMS_HOUSE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?(?P<house>(?P<country>[A-Z][a-z]+)\s+(?:Parliament|National\s+Assembly|"
                               r"Congress|Bundestag|Senate))\b(?!\s+(?:of|Committee|Commission|delegation))")
_SEAT_OUTSIDE_THE_CAPITAL = frozenset({"NL", "BO", "TZ", "CI", "BJ", "ZA", "LK"})


def _seat_of(state: str) -> str | None:
    """The city a state's parliament sits in: its capital, unless the list of seats outside it names the state."""
    return CAPITALS.get(state) if state not in _SEAT_OUTSIDE_THE_CAPITAL else None


# "met … at the Parliament of Sri Lanka", "in the Presidential Palace of X": a state's house stands for its country
_A_COUNTRYS_HOUSE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?(?P<house>(?:[A-Z][\w-]*\s+){0,2}(?:Parliament|National\s+Assembly|"
                               r"Senate|Congress|Presidential\s+Palace|Foreign\s+Ministry|Ministry\s+of\s+Foreign\s+Affairs))"
                               r"\s+of\s+(?:the\s+)?(?P<country>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})")


@functools.cache
def _venue_patterns() -> list[tuple[re.Pattern[str], tuple[str, str]]]:
    """'in/at (the) Akorda' for each venue, in the order of VENUES: compiled once, on first use."""
    return [(re.compile(rf"\b(?:in|at)\s+(?:the\s+)?({re.escape(name)})\b", re.I), place)
            for name, place in VENUES.items()]


@functools.cache
def _institution_venue_patterns() -> list[tuple[re.Pattern[str], str]]:
    # ("its first visit to the Seimas": a call at the house is a stay in it)
    return [(re.compile(rf"\b(?:in|at|visits?\s+to|visited)\s+(?:the\s+)?({name})\b", re.I), code)
            for name, code in KNOWN_INSTITUTIONS.items()]


_OTHER_EVENT_BEFORE = re.compile(
    # a year names another occasion ("the 2023 forum in X"), not a document's period ("a program for 2024-2025 in X")
    # ("the Culture Week in X" is an occasion; "will meet Y this week in X" is a time)
    r"\b(?:exhibition|festival|concert|days|(?<!this\s)(?<!next\s)(?<!last\s)week|(?<![-–])(?<!for\s)(?:19|20)\d\d(?![-–]\d))\b[^,.;]{0,20}$"
    r"|\b(?:holding|preparation|preparations|organization|organisation)\s+(?:of|for)\s+(?:the\s+)?[^,.;]*$"
    r"|\b(?:about|on)\s+(?:the\s+)?holding\s+(?:of\s+)?(?:an?\s+|the\s+)?[^.;]*$"  # "told X about holding a conference … in Y"
    # "The previous meeting (8th) took place in Seoul": another sitting of the same body
    r"|\b(?:previous|last|prior|preceding|next|upcoming)\s+(?:\(?[\w-]+\)?\s+){0,2}(?:meeting|session|sitting|summit|round)\b"
    r"[^.;]{0,40}$", re.I)
# "... held on 10th February 2023 in X": a year that ends a date
_DATE_BEFORE = re.compile(rf"\b(?:\d{{1,2}}\s+)?{MONTH_PATTERN}\.?,?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?(?:19|20)\d\d$")
_EVENT_NOUN = re.compile(r"\b(?:forum|summit|session|conference|congress|assembly|games|expo|exhibition|festival)\b", re.I)
_OTHER_TIME_AFTER = re.compile(
    rf"\s+(?:this|next|last)\s+(?:fall|autumn|spring|summer|winter|year|month)\b|\s+in\s+(?:{MONTH_PATTERN}|(?:19|20)\d\d)"
    r"|\s+in\s+the\s+(?:first|second)\s+half\s+of\s+(?:19|20)\d\d")


def _place_of_another_event(text: str, floor: int, match: re.Match[str]) -> bool:
    """'the holding of the Forum in Samarkand', 'the summit in New York in September': another event's city."""
    before = text[max(floor, match.start() - 120):match.start()]
    if re.search(r"\bsidelines\s+of\b[^;]*$", before):
        return False  # met on the sidelines of an exhibition: that event's city is where they met
    if _SIGNED_EARLIER_IN.search(before):
        return True  # "ratified an agreement …, signed on April 19, 2024, in Ashgabat": where it was signed before
    other = _OTHER_EVENT_BEFORE.search(before)
    if other and not _DATE_BEFORE.search(before[:other.start() + 4]):
        return True
    clause = re.split(r"[,;]", before)[-1]
    return bool(_OTHER_TIME_AFTER.match(text, match.end()) and _EVENT_NOUN.search(clause))


def _signed_where_ratified(context: Context, match: re.Match[str]) -> bool:
    """"The agreement … was signed in Moscow in November 2016" (or "the Treaty …, signed in Tashkent") in an article
    about its ratification: where it was signed, not where it was ratified."""
    lead = context.lead()
    opening = (lead.text if lead else "") + " " + (context.article.headline or "")
    sentence = context.sentence_at(match.start())
    return bool(RATIFICATION.search(opening) and
                re.search(r"\b(?:(?:was|were|been)\s+)?signed\b[^.;]{0,60}$", context.text[sentence.start:match.start()]))


# "…, signed on April 19, 2024, in": a document's own signing, told in a participle after it
_SIGNED_EARLIER_IN = re.compile(r",\s+(?:which\s+was\s+)?signed\s+(?:on\s+)?(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)"
                                r"(?:,?\s+\d{4})?,?\s+(?:in\s+)?$")


_BACKGROUND = re.compile(r"^(?:Meanwhile|Earlier|Previously|In the past|Last (?:year|month|week))\b"
                         r"|\b(?:earlier|previously|ago|last (?:year|month|week))\b"
                         # "X had met with Y in Brasilia in September": the past perfect tells an earlier occasion
                         r"|\bhad\s+(?:(?:also|already|first|once|previously)\s+)?(?:met|held|visited|signed|attended|"
                         r"hosted|received|talked)\b")


def _background(sentence: str, article_year: int | None) -> bool:
    """A sentence about an earlier event: 'Meanwhile, …', 'Earlier, …', or dated in a past year."""
    if _BACKGROUND.search(sentence):
        return True
    years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", sentence)]
    return bool(article_year and years and max(years) < article_year)


# "the situation in Kabul", "elections in Bishkek": a city talked about, not where the sides met
# "with residence in Astana", "based in Almaty": where a person or body sits, not where the event was
# ("CEO of Institute of Technical Education (ITE) in Singapore": a body named with its acronym, then its seat)
# ("Coordinating Minister for National Security in Singapore": the country an office is held in)
_SEAT_BEFORE = re.compile(r"\b(?:residence|resident|residing|based|headquartered|accredited|stationed)\s+in\s+$|"
                          r"(?-i:\([A-Z]{2,8}\))\s+in\s+$|"
                          r"\b(?-i:Minister|Secretary|Director|CEO|Chairman|Chairperson)\s+(?:of|for)\s+"
                          r"(?-i:[A-Z][\w’'-]*)(?:\s+(?:(?-i:[A-Z][\w’'-]*)|of|and|for|the))*\s+in\s+$",  # its name only
                          re.I)
# "noted that ...", "highlighted that ...": what a speaker recalled, not the event reported
_REPORTED_CLAUSE = re.compile(r"\b(?:said|noted|highlighted|stressed|recalled|emphasi[sz]ed|underlined|pointed\s+out|"
                              r"mentioned|added)\s+that\b")
# "the Republic of Azerbaijan", "the Socialist Republic of Vietnam": the state's formal name before the country
_FORMAL_STATE = re.compile(r"(?:[A-Z][\w’'-]*\s+){0,2}(?:Republic|Kingdom|State|Sultanate|Emirate|Federation|Commonwealth|"
                           r"Principality|Confederation)\s+of\s+(?:the\s+)?")


# "Milli Majlis of ", "National Assembly of the ": a body named with its country (an embassy is abroad)
_BODY_OF = re.compile(r"(?!Embassy\b|Consulate\b)(?:[A-Z][\w’'-]*\s+){1,3}of\s+(?:the\s+)?(?=[A-Z])")


def _demonym(text: str, start: int, end: int) -> bool:
    """'Norwegian' in "met in Riga, Norwegian media report": an adjective, not the country of the city."""
    word = re.sub(r"(?:'s|’s)$", "", text[start:end]).lower()
    return word in DEMONYMS and word not in country_names()


def _country_first(what: str, slack: int = 0) -> str | None:
    """The country a phrase opens with (within ``slack`` characters), also behind its formal name: 'Azerbaijan
    on April 24', 'Republic of Azerbaijan'."""
    found = countries_in(what)
    if not found:
        return None
    formal = _FORMAL_STATE.match(what)
    article = len(what) - len(re.sub(r"^[Tt]he\s+", "", what))  # "the Democratic People's Republic of Korea"
    if found[0][0] <= article + slack or formal and found[0][0] == formal.end():
        return found[0][2]
    return None


# "the agreements reached during …": what an earlier visit brought, named by a participle (never "documents
# were signed during the visit", the event itself)
_RESULTS_OF_BEFORE = re.compile(r"(?<!was\s)(?<!were\s)(?<!been\s)(?<!are\s)(?<!is\s)\b(?:reached|achieved|concluded|"
                                r"signed)\s+$")


_VISIT_OPENING = re.compile(r"\b(?:during|at|in\s+the\s+course\s+of)\s+(?:the\s+)?(?:(?:state|official|working)\s+)?$")


def _recalled_visit(before: str) -> bool:
    opening = _VISIT_OPENING.search(before)
    if opening and _RESULTS_OF_BEFORE.search(before, 0, opening.start()):
        return True  # "the agreements reached during the state visit of X to Y": another, earlier visit
    return bool(re.search(r"\b(?:within|during|after|since|of)\s+(?:the\s+)?$|\bwithin the\s*$", before))
