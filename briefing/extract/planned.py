"""Planned events as written: visits, talks, meetings, forums, concerts or signings still to come."""

from __future__ import annotations

import re

from briefing.extract.text import Context, clean

_EVENT_NOUNS = r"visit|talks|day|event|events|congress|exhibition|fair|commission|meeting|meetings|forum|summit|conference|concert|festival|exhibition|session|" \
               r"negotiations|consultations|days|week|ceremony|tour|games|championship|signing"
_FUTURE_EVENT = re.compile(
    r"\b(?:will|shall)\s+(?:\w+\s+){0,2}(?:pay|hold|be held|take place|visit|meet|sign|attend|participate|host|"
    r"hold|organize|organise|travel|arrive|conduct|open|run|be signed|be concluded|be adopted)\b"
    r"|\b(?:is|are)\s+(?:expected|scheduled|set|due|planned)\s+to\s+(?:\w+\s+){0,2}(?:sign|visit|hold|be held|"
    r"take place|meet|pay|attend|arrive|be signed|be adopted|be concluded)\b"
    r"|\b(?:plans?|intends?)\s+to\s+(?:visit|hold|sign|meet|pay|attend|organize|host|conduct)\b"
    r"|\bsigning\s+of\b[^.]*\b(?:is|are)\s+(?:anticipated|expected|planned)\b"
    r"|\b(?:is|are)\s+scheduled\s+for\b|\bwill\s+be\s+(?:attended|held|organized|organised|opened)\b"
    r"|\binvited\s+[^.]{1,80}?\s+to\s+(?:visit|attend|pay|take part|participate)\b"
    r"|\bagreed\s+to\s+(?:\w+\s+)?(?:conclude|sign|hold|meet|organize|organise|visit)\b",
    re.I)
_CONSIDERED = re.compile(r"\b(?:considered|discussed|agreed on|agreed upon|talked about|prepared)\s+"
                         r"(?P<object>(?:the\s+)?(?:organization|organisation|holding|preparation|conduct)\s+of\s+[^.]+)", re.I)
_TRAILING = re.compile(r"(?:,\s*(?:the\s+)?[^,]{0,80}?\s+(?:said|reported|reports|says|noted|informs)\.?$|"
                       r",?\s+(?:during which|which|where|that will|that would)\b.*$|\s+that\s+will\b.*$)", re.I)
_LEADING = re.compile(r"^(?:(?:As part of|Within|In addition|Also|Moreover|Furthermore|Besides|At the same time|"
                      r"Following|After|In turn|Additionally|According to|At the invitation of)[^,]{0,80},\s*)")
# "the upcoming visit of ...", "the scheduled state visit of ...", "anticipation for Xi’s state visit to Astana":
# a planned event named as a noun phrase inside a sentence about something else.
_EVENT_PHRASE = re.compile(
    rf"(?P<np>(?:\bthe\s+(?:upcoming|forthcoming|scheduled|planned|oncoming|next)\s+|\b(?:upcoming|forthcoming)\s+"
    rf"|\b(?:anticipation\s+(?:of|for)|preparations?\s+for|looking forward to|looks forward to)\s+(?:the\s+)?)"
    rf"[^,.;]*?\b(?:{_EVENT_NOUNS})\b(?:[^,.;]|,\s+(?:including|such as)\b)*?)"
    rf"(?=\s+and\s+(?:the\s+)?(?:upcoming|forthcoming|scheduled|planned)\b|\s*(?:[.;]|,(?!\s+(?:including|such as)\b))|$)",
    re.I)
_NP_LEAD = re.compile(r"^(?:anticipation\s+(?:of|for)|preparations?\s+for|looking forward to|looks forward to)\s+", re.I)


def find_planned(context: Context, article_year: int | None) -> list[tuple[str, int, int]]:
    found = []
    for sentence in context.sentences:
        if context.in_quote(sentence.start):
            continue
        text = sentence.text
        considered = _CONSIDERED.search(text)
        if considered and _later_year(considered.group("object"), article_year) and \
                re.search(_EVENT_NOUNS, considered.group("object"), re.I):
            phrase = considered.group("object").rstrip(" .")
            start = sentence.start + considered.start("object")
            found.append((clean(phrase), start, start + len(phrase)))
            continue
        match = _FUTURE_EVENT.search(text)
        if not match:
            found.extend(_event_phrases(context, sentence))
            continue
        if re.search(r"\b(?:currently|now)\s+(?:taking place|under way|underway)\b", text):
            continue
        if not (re.search(rf"\b(?:{_EVENT_NOUNS})\b", text, re.I) or
                re.search(r"\b(?:sign|signed|conclude|concluded|visit|meet)\b", match.group(0), re.I)):
            continue
        named = _named_before_relative(text, match.start())
        if named:
            start = sentence.start + named
            phrase = text[named:].rstrip(" .")
            found.append((clean(phrase), start, start + len(phrase)))
            continue
        phrase, offset = _trim(text)
        start = sentence.start + offset
        found.append((clean(phrase), start, start + len(phrase)))
    return found


def _named_before_relative(text: str, future: int) -> int | None:
    """'..., including the upcoming Summit, which will be held tomorrow in Xi'an': the future verb is in a
    relative clause of a planned event named as a noun phrase; the event starts at that phrase."""
    relative = re.search(r",\s*which\s+(?:\w+\s+){0,2}$", text[max(0, future - 40):future])
    if not relative:
        return None
    comma = max(0, future - 40) + relative.start()
    for match in _EVENT_PHRASE.finditer(text, 0, comma + 1):
        if match.end("np") == comma and len(match.group("np").split()) >= 3:
            lead = _NP_LEAD.match(match.group("np"))
            return match.start("np") + (lead.end() if lead else 0)
    return None


def _trim(text: str) -> tuple[str, int]:
    offset = 0
    leading = _LEADING.match(text)
    if leading:
        offset = leading.end()
    phrase = text[offset:].rstrip(" .")
    phrase = _TRAILING.sub("", phrase).rstrip(" ,.")
    return phrase, offset


def _later_year(phrase: str, article_year: int | None) -> bool:
    """'in the third decade of November 2012' in an article of 2012 or a phrase without any year."""
    years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", phrase)]
    if not years:
        return bool(re.search(r"\b(?:next|upcoming|coming|future)\b", phrase))
    return article_year is None or max(years) >= article_year


def _event_phrases(context: Context, sentence) -> list[tuple[str, int, int]]:
    """Planned events named as noun phrases: 'the upcoming visit of Russian President Putin to Kazakhstan'."""
    found = []
    for match in _EVENT_PHRASE.finditer(sentence.text):
        head = re.search(rf"\b(?:{_EVENT_NOUNS})\b", match.group("np"), re.I)
        if head and re.search(r"\b(?:holiday|anniversary|election|elections)\b", match.group("np")[:head.end()], re.I):
            continue  # dates and celebrations, not events between the sides ("a Forum dedicated to the anniversary" is one)
        if re.match(r"(?:upcoming|forthcoming)\s", match.group("np"), re.I) and \
                not re.search(r"\s[A-Z]", match.group("np")):
            continue  # "upcoming high level visits and events": without "the" only a named event is one
        lead = _NP_LEAD.match(match.group("np"))
        offset = match.start("np") + (lead.end() if lead else 0)
        phrase = re.split(r"\s+(?:is|are|was|were|will|would|has|have|had)\b", sentence.text[offset:match.end("np")])[0]
        phrase = phrase.rstrip(" .")
        if len(phrase.split()) < 4:
            continue  # "the upcoming visit": a reference back to an event named elsewhere
        start = sentence.start + offset
        found.append((clean(phrase), start, start + len(phrase)))
    return found
