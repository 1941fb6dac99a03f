"""Direct speech: quotations in “ ”, " ", « », quotes split across paragraphs, and unmarked speech."""

from __future__ import annotations

import re
import typing as t

from briefing.extract.dates import tells_an_earlier_occasion
from briefing.extract.people import title_case
from briefing.extract.text import Context, Span, clean
from briefing.models import Quote

_PAIRS = {"«": "»", "“": "”", '"': '"', "„": "“"}
SPEECH_VERBS = (r"said|says|noted|notes|stressed|stresses|emphasized|emphasised|emphasizes|added|adds|"
                r"underlined|underscored|stated|states|told|remarked|declared|pointed out|highlighted|"
                r"wrote|writes|reads|read|continued|concluded|explained|mentioned|assured|urged|"
                r"believes|expressed confidence|affirmed|announced|recalled|quoted|reported|reports|informed|"
                r"informs|cited|said in a statement|assessed|commented|observed|summed up|acknowledged|replied|"
                r"responded|asserted|argued|tweeted|posted|reiterated|insisted|warned|maintained|confirmed|claimed")
# '," stated President X at the meeting of the Council with the participation of President Y': the speaker
# ends where the circumstances of the speech begin
_AFTER_VERB = re.compile(rf"^\s*,?\s*[–—-]?\s*(?:{SPEECH_VERBS})\s+(?P<who>[^.,;]{{2,160}}?)"
                         r"(?:[.,;]|$|(?=\s+(?:at|during|while|when|after|before)\s+(?:the|a|an|his|her|their|this)\b))")
_BEFORE_VERB = re.compile(rf"^\s*,?\s*[–—-]?\s*(?P<who>[^.;\"“”«»]{{2,200}}?)\s+(?:{SPEECH_VERBS})\b")
# "X noted: “...”"; also "X noted. “...”", a period typed where the colon belongs (nothing follows the verb)
# "X wrote on his Telegram channel: “...”": a short adjunct between the verb and the colon
_INTRO = re.compile(rf"(?P<who>[A-Z][^.;\"“”«»]{{1,200}}?)\s+(?:{SPEECH_VERBS})(?:(?:\s+that)?\s*[:,.]?"
                    rf"|\s+(?:on|in|via|at)\s+[^.;:\"“”«»]{{1,50}}:)\s*$")
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|our|Our|my|My|us|me|you|You|your|Your)\b")  # or addressing the other side
_SHORT_QUOTED = re.compile(r"[“\"«][^“”\"«»]{1,60}[”\"»],?(?=\s+\w)")  # a motto or a name in marks, the sentence goes on


# a quote told from another, earlier occasion than the event: kept, and marked for review
EARLIER_OCCASION = "said on an earlier occasion"


def find_quote_spans(context: Context) -> list[Span]:
    """Quotation spans in the body; an unclosed quote continues into a paragraph that reopens it."""
    text = context.text
    spans: list[Span] = []
    position = context.body_start
    while True:
        match = _QUOTE_MARK.search(text, position)
        if not match:
            break
        # a closing mark met first: a quotation whose opening mark the source dropped
        span = (_close(text, match.start()) if match.group() != "”" else None) or \
            _opened_by_its_paragraph(context, match.start())
        if span is None:
            position = match.end()
            continue
        spans.append(span)
        position = span.end
    return sorted(spans + _dash_spans(context, spans), key=lambda span: span.start)


# an opening mark, or a closing one met first (a quotation whose opening mark the source dropped)
_QUOTE_MARK = re.compile(r"[«“\"„”]")


def _opened_by_its_paragraph(context: Context, mark: int) -> Span | None:
    """'Our cooperation grows," he said.': a source that drops the opening mark still closes the speech right
    before its attribution; the speech is the paragraph up to there, when it speaks in the first person."""
    text = context.text
    if not _CLOSED_BEFORE_SPEAKER.match(text, mark - 1):
        return None
    start = max(text.rfind("\n", 0, mark) + 1, context.body_start)
    words = text[start:mark]
    if re.search(r"[\"“”«»„]", words) or len(words.split()) < 4:
        return None
    # ("The winner can be only one, and it will be Ukraine,” Minister X reiterated.": one sentence closed by a curly
    # mark, which only ends a quotation)
    one_sentence = text[mark] == "”" and len(words.split()) >= 6 and not re.search(r"[.!?]\s", words)
    if not (_FIRST_PERSON.search(words) or one_sentence):
        return None
    return Span(start, mark + 1, [(start, mark)])


def _dash_spans(context: Context, marked: list[Span]) -> list[Span]:
    """'- During your work, contacts have intensified. … I met with President X, the Head of State said.': a paragraph
    of speech opened by a dash is a quotation without marks; what it names (a trip, a third person) is the speaker's."""
    spans = []
    for match, _words, _who in _speech_paragraphs(context):
        start, end = match.start("words"), match.end("words")
        if not any(span.start < end and start < span.end for span in marked):
            spans.append(Span(start, end, [(start, end)], dashed=True))
    return spans


def _speech_paragraphs(context: Context) -> t.Iterator[tuple[re.Match[str], str, str]]:
    """Paragraphs of speech opened by a dash, with their words and who said them; never a summary in reported speech
    ("- At the outset, the Prime Minister explained that …")."""
    text = _protect_initials(context.text)
    for match in _DASH_PARAGRAPH.finditer(text, context.body_start):
        words = match.group("words").rstrip(" ,–—-")
        who = (match.group("who1") or match.group("who2") or "").replace("·", ".")
        reported = _REPORTED.search(words) and not _FIRST_PERSON.search(words.split(" that ")[-1])
        if len(words.split()) >= 4 and not reported and not re.match(r"that\b", who.strip()):
            yield match, words, who


def _close(text: str, open_at: int) -> Span | None:
    opener = text[open_at]
    parts: list[tuple[int, int]] = []
    start = open_at + 1
    while True:
        paragraph_end = _paragraph_end(text, start)
        close_at = _closer_at(text, opener, start, paragraph_end)
        if opener == '"' and close_at == -1 and text.find("”", start, paragraph_end) != -1:
            close_at = text.find("”", start, paragraph_end)
        if opener == "“" and close_at == -1:
            close_at = _straight_closer(text, start, paragraph_end)  # “…," he said: opened curly, closed straight
        if close_at != -1:
            parts.append((start, close_at))
            return Span(open_at, close_at + 1, parts)
        parts.append((start, paragraph_end))
        reopen = _after_space(text, paragraph_end)
        if reopen < len(text) and text[reopen] == opener and paragraph_end < len(text):
            start = reopen + 1
            continue
        closed = _closed_unreopened(text, reopen, opener) if paragraph_end < len(text) else None
        if closed is not None:
            parts.append((reopen, closed))
            return Span(open_at, closed + 1, parts)
        return _closed_after_list(text, reopen, opener, open_at, parts) if paragraph_end < len(text) else None


# "– on economic cooperation;": an item of a list set out one per line
_LIST_ITEM = re.compile(r"[–—•-][ \t]")
_MAX_LIST_ITEMS = 40


def _closed_after_list(text: str, start: int, opener: str, open_at: int, parts: list[tuple[int, int]]) -> Span | None:
    """'"Documents were signed, including:\n\n– on A;\n\n– on B," the press service says.': a quotation that
    goes on over the items of a list, one per line, and closes after the last."""
    closer = _PAIRS[opener]
    items = list(parts)
    for _ in range(_MAX_LIST_ITEMS):
        if not _LIST_ITEM.match(text, start):
            return None
        end = _paragraph_end(text, start + 1)
        close_at = text.find(closer, start, end)
        if opener in text[start:close_at if close_at != -1 else end].replace(closer, "") and opener != closer:
            return None  # a new quotation opens in the item: no continuation of this one
        if close_at != -1:
            items.append((start, close_at))
            return Span(open_at, close_at + 1, items)
        items.append((start, end))
        start = _after_space(text, end)
    return None


_SPACE = re.compile(r"\s*")


def _after_space(text: str, at: int) -> int:
    """Where the text goes on after the white space at ``at`` (``at`` itself when there is none)."""
    return _SPACE.match(text, at).end()  # type: ignore[union-attr]  # "\s*" matches everywhere, "" too


def _closed_unreopened(text: str, start: int, opener: str) -> int | None:
    """'"We met in Tashkent. …\n\nAt the forum, we signed …," the minister noted.': a source that does not
    open its next paragraph with a quotation mark may still close the quote there, before saying who spoke.
    Where that closing mark is, when the paragraph has no quote of its own before it; else None."""
    end = _paragraph_end(text, start)
    closing = _CLOSED_BEFORE_SPEAKER.search(text, start, end)
    if closing is None or any(mark in text[start:closing.start("mark")] for mark in (opener, "“", "«")):
        return None
    return closing.start("mark")


# ', "the minister noted.' or '," said X': a quotation closed right before its attribution
_CLOSED_BEFORE_SPEAKER = re.compile(rf"[,.!?…](?P<mark>[\"”»])\s+(?:(?:[^.;\"“”«»]|(?<=\b[A-Z])\.){{1,60}}?\s+)?"
                                   rf"(?:{SPEECH_VERBS})\b")  # ("Minister G. Landsbergis reiterated": an initial's dot)


def _straight_closer(text: str, start: int, end: int) -> int:
    """Where a straight mark closes a quotation opened with a curly one: the only straight mark of the paragraph,
    right after the quotation's last word or stop (never one that opens a quote inside it)."""
    marks = [at for at in range(start, end) if text[at] == '"']
    if len(marks) != 1 or not re.match(r"[\w.,!?…)]", text[marks[0] - 1]):
        return -1
    return marks[0]


def _closer_at(text: str, opener: str, start: int, end: int) -> int:
    """Where the quote opened before ``start`` closes, stepping over quotes nested inside it:
    "... the groups "Alpha-Beta" and "Gamma", which ...," he said."""
    closer = _PAIRS[opener]
    position = start
    while True:
        close_at = text.find(closer, position, end)
        nested_at = text.find(opener, position, end) if opener != closer else -1
        if opener == closer and close_at != -1 and _opens_nested(text, close_at):
            nested_at = close_at  # a straight mark after a space and before a word opens a quote in the quote
        if close_at == -1 or nested_at == -1 or nested_at > close_at:
            return close_at
        inner_close = text.find(closer, nested_at + 1, end)
        if inner_close == -1:
            return close_at if close_at != nested_at else -1
        position = inner_close + 1


def _opens_nested(text: str, at: int) -> bool:
    return at > 0 and text[at - 1] in " \t(" and at + 1 < len(text) and text[at + 1].isalnum()


_PARAGRAPH_END = re.compile(r"\n[ \t]*\n|\n(?=[«“\"„–—])")
_ATTRIBUTION_REACH = 1000


def _paragraph_end(text: str, start: int, limit: int | None = None) -> int:
    """Where the paragraph from ``start`` ends; at most ``limit`` when one is given."""
    end = len(text) if limit is None else min(limit, len(text))
    match = _PARAGRAPH_END.search(text, start, end)
    return match.start() if match else end


def quote_text(text: str, span: Span) -> str:
    inner = " ".join(text[a:b] for a, b in span.parts)
    return clean(inner).rstrip(" ,")


def extract_quotes(context: Context, resolve: t.Callable[[str, int], str | None]) -> list[Quote]:
    """Marked quotes of at least four words, then unmarked direct speech; speakers resolved.

    Each quote's ``why`` says how its speaker was found: the attribution as written ("said the
    envoy"), the speaker of the quote just before it, or none.
    """
    text = context.text
    quotes: list[Quote] = []
    previous: tuple[Span, Quote] | None = None
    for span in context.quote_spans:
        if span.dashed:
            continue  # a paragraph of speech opened by a dash: read with its attribution below (_unmarked)
        words = quote_text(text, span)
        if len(words.split()) < 4:
            continue  # a name or a term in quotation marks
        if _LAW_TITLE.match(words) and (_LAW_BEFORE.search(text, max(0, span.start - 60), span.start) or
                                         _NEXT_TITLE.search(text, max(0, span.start - 10), span.start) and
                                         _LAW_BEFORE.search(text, max(0, span.start - 400), span.start - 10)):
            continue  # the laws "On ratification of the Agreement ...": an act's title, not anyone's words
        if title_case(words) and len(words.split()) <= 8 and re.match(r"\s+[a-z]", text[span.end:span.end + 3]):
            continue  # gratitude for “Japan Year 2010 in Turkey” currently being held: a name the sentence goes on past
        who = _attribution(context, span)
        if not who and title_case(words):
            continue  # the Conference “Central and South Asia: Regional Interconnectedness”: a title
        if not who and _DOCUMENT_TITLE.match(words) and _SIGNED_BEFORE_QUOTE.search(text, max(0, span.start - 40), span.start):
            continue  # signed the “Memorandum of Understanding between … on …”: a document's name
        if not who and not _FIRST_PERSON.search(words) and (
                _NAMED_THING.search(text, max(0, span.start - 60), span.start)
                or _TOPIC_BEFORE.search(text, max(0, span.start - 40), span.start)
                or _TITLED_WORK.search(text, max(0, span.start - 100), span.start)):
            continue  # the meeting "30 years of cooperation": its name; an agreement on "customs assistance": its subject
        speaker = resolve(who, span.start) if who else None
        why = f"attributed to “{clean(who)}”" if who else "no attribution"
        if not who and previous and previous[1].speaker and (_continues(context, previous[0], span) or
                                                              _embedded_after_a_report(context, previous[0], span)):
            speaker = previous[1].speaker  # “...,” the press service said. “They also ...”: the same speaker goes on
            why = "goes on from the quote before"
        if who and previous and previous[1].speaker and _refers_back(clean(who), speaker, previous[1].speaker):
            speaker = previous[1].speaker  # “…,” the Russian Foreign Ministry said. … “…,” it added: the ministry again
            why += ", the speaker of the quote before"
        how = getattr(resolve, "how", None)
        if tells_an_earlier_occasion(text[context.sentence_at(span.start).start:span.start]):
            why += f", {EARLIER_OCCASION}"  # "It should be recalled that on March 8, 2023, … he wrote: “…”"
        if who and speaker is None:
            why += ", not resolved to a person or institution"
        elif who and how:
            why += f" ({how})"
        quote = Quote(speaker, words, True, context.evidence(span.start, span.end), why=why)
        quotes.append(quote)
        previous = (span, quote)
    quotes.extend(_unmarked(context, resolve))
    _the_one_speakers(quotes)
    return _each_once(quotes)


def _each_once(quotes: list[Quote]) -> list[Quote]:
    """A page that prints its paragraphs twice quotes the same words twice: they are one quote."""
    seen: set[str] = set()
    kept = []
    for quote in quotes:
        key = " ".join(quote.text.split()).casefold()
        if key not in seen:
            seen.add(key)
            kept.append(quote)
    return kept


_ONLY_SPEAKER = "in the first person, as the one speaker the text quotes"


def _the_one_speakers(quotes: list[Quote]) -> None:
    """'“… I am looking forward to seeing Prime Minister Abe again …”' left unattributed, in a release whose every
    other quote is the Prime Minister's: his words too (marked for review: the text does not say so)."""
    speakers = {quote.speaker for quote in quotes if quote.speaker}
    if len(speakers) != 1:
        return
    for quote in quotes:
        if quote.speaker is None and quote.marked and _FIRST_PERSON_SINGULAR.search(quote.text):
            quote.speaker, quote.why = next(iter(speakers)), _ONLY_SPEAKER


_FIRST_PERSON_SINGULAR = re.compile(r"\b(?:I|my|My|me)\b")


def _embedded_after_a_report(context: Context, before: Span, span: Span) -> bool:
    """'… it noted. The diplomats “emphasized a bid to …”': words the report goes on quoting, with the subject the
    quote continues; the source is the one that spoke just before."""
    gap = context.text[before.end:span.start]
    report, dot, subject = gap.rpartition(". ")
    return bool(dot) and quote_text(context.text, span)[:1].islower() and len(subject.split()) <= 5 and \
        re.fullmatch(r"\s*(?:The\s+)?[A-Za-z][\w\s-]*", subject) is not None and \
        re.fullmatch(rf"\s*,?\s*[^.;\"“”«»]{{1,60}}?\s+(?:{SPEECH_VERBS})", report) is not None


# "it added", "the ministry reported": an institution named before, referred to again
_REFERS_BACK = re.compile(r"(?:it|the\s+(?P<noun>ministry|agency|department|office|service|press\s+service|embassy|government|"
                          r"committee|parliament|council|secretariat|administration))", re.I)


def _refers_back(who: str, resolved: str | None, speaker: str) -> bool:
    """Whether 'it' or 'the ministry' (resolved to nobody, or to the bare word) refers to the institution that spoke
    the quote before."""
    if resolved is not None and resolved.lower() != re.sub(r"^the\s+", "", who, flags=re.I).lower():
        return False
    back = _REFERS_BACK.fullmatch(who)
    if back is None:
        return False
    noun = back.group("noun") or r"ministry|agency|department|office|service|embassy|government|committee|parliament|" \
                                 r"council|secretariat|administration|press"
    return re.search(rf"\b(?:{noun})\b", speaker, re.I) is not None


def _continues(context: Context, before: Span, span: Span) -> bool:
    """Only the earlier quote's attribution stands between the two quotes, in one paragraph or the next."""
    gap = context.text[before.end:span.start]
    if gap.count("\n\n") > 1 or len(gap) > 160:
        return False
    if not gap.strip():
        return True  # a quote that opens the paragraph right after another, with no words between: the same speaker's
    return bool(re.fullmatch(rf"\s*,?\s*[–—-]?\s*(?:(?:{SPEECH_VERBS})\s+[^.;\"“”«»]{{1,80}}|[^.;\"“”«»]{{1,80}}?\s+"
                             rf"(?:{SPEECH_VERBS})(?:\s+[^.;\"“”«»]{{1,40}})?)\s*[.,:]?\s*", gap))  # "... assessed the meeting."


_NAMED_THING = re.compile(r"\b(?:meeting|forum|conference|summit|festival|event|programme|program|project|exhibition|"
                         r"campaign|competition|award|order|medal|contest|congress|dialogue|platform|motto|slogan|theme|"
                         r"manifesto|initiative|concept|doctrine|book|film|novel|poem|song|album|newspaper|magazine|journal)"
                         r"(?:\s+(?:in|of|on|at)\s+(?:the\s+)?[A-Z][\w-]*)?\s*,?\s*$", re.I)


# "announced the annual Nation Address to the people of Kazakhstan: “Unity of the people …”": a work's title
_TITLED_WORK = re.compile(r"\b(?:Address|Message|Epistle|article|book|concept|strategy|doctrine|programme|program)\b"
                          r"[^.;\"“”«»]{0,70}:\s*$")


# the law "On the State Budget for 2025", the laws "On ratification of ...", and "On ...": a legal act's title
_LAW_TITLE = re.compile(r"(?:On|About|Concerning)\s+\S")
_LAW_BEFORE = re.compile(r"\b(?:laws?|bills?|decrees?|resolutions?|codes?|acts?|ordinances?)\b[^.;!?]{0,50}", re.I)
_NEXT_TITLE = re.compile(r"[\"“”«»]\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)$")  # the laws "On A", "On B" and "On C"


# "have signed the “Memorandum of Understanding between …”": the marks hold the name of what was signed
_DOCUMENT_TITLE = re.compile(r"(?:Joint\s+)?(?:Memorandum|Agreement|Protocol|Treaty|Convention|Programme|Program|Plan|"
                             r"Roadmap|Road\s+Map|Declaration|Statement|Communiqu[eé]|Charter|Contract|Action\s+Plan)\b[^.!?]*$")
_SIGNED_BEFORE_QUOTE = re.compile(r"\b(?:signed|sign|signing|inked|concluded|adopted|initialed|initialled|ratified|"
                                  r"exchanged)\s+(?:the\s+|an?\s+)?[\"“«]?\s*$", re.I)
# "an agreement on the “...”", "a report entitled “...”": the quotation marks hold a subject or a name
_TOPIC_BEFORE = re.compile(r"\b(?:on|about|regarding|concerning|titled|entitled|called|named|dubbed|themed|"
                           r"under\s+the\s+(?:title|name|motto|slogan)|"
                           r"(?:on|under)\s+the\s+(?:topic|theme|subject|title)(?:\s+of)?)\s+(?:the\s+)?[:–-]?\s*$", re.I)


def _protect_initials(text: str) -> str:
    """'B.Battsetseg said' and 'Marcos Jr. said' must not end at the initial's or the suffix's dot; '·' stands in
    for it."""
    return re.sub(r"\b([A-Z][a-z]?)\.(?=\s?[A-Z])|\b([JS]r)\.(?=\s+[a-z])", lambda dot: f"{dot.group(1) or dot.group(2)}·",
                  text)


def _attribution(context: Context, span: Span) -> str | None:
    who = _raw_attribution(context, span)
    return who.replace("·", ".") if who else who


def _raw_attribution(context: Context, span: Span) -> str | None:
    text = context.text
    # the attribution patterns read at most a few hundred characters: never the whole rest of a long paragraph
    after = _protect_initials(text[span.end:_paragraph_end(text, span.end, span.end + _ATTRIBUTION_REACH)])
    closed = re.search(r"[.!?][\s]*$", text[span.parts[-1][0]:span.parts[-1][1]]) and re.match(r"\s*[A-Z]", after)
    embedded = _embedded(context, span)
    ends_clause = re.search(r"[,.!?]\s*$", text[span.parts[-1][0]:span.parts[-1][1]])
    if closed:  # “... our nations.” David Zalkaliani wrote on Twitter.: a short sentence that only names the speaker
        match = _ATTRIBUTION_SENTENCE.match(after)
        if match:
            return match.group("who")
    if not closed and (ends_clause or not embedded):  # 'expressed "the will to ..." with Russia and emphasized': no attribution after  # “... this presidential trip.” The visit will ...: a new sentence follows, not an attribution
        match = _AFTER_VERB.match(after) or _ACCORDING_TO_AFTER.match(after)
        if match:
            return match.group("who")
        match = _BEFORE_VERB.match(after)
        if match and len(match.group("who").split()) <= 25:
            return match.group("who")
    before_start = max(context.sentence_at(span.start).start, span.start - 250)
    before = text[before_start:span.start]
    if context.sentence_at(span.start).start == span.start:
        previous = context.sentence_at(span.start - 2)
        before = text[previous.start:span.start]
    before = _protect_initials(before)
    # "Fidan, emphasizing … the motto “One Nation, Two States,” added: “…”": a short quoted name inside the intro
    before = _SHORT_QUOTED.sub(lambda quoted: " " * len(quoted.group(0)), before)
    match = _INTRO.search(before)
    if match and not re.search(r"\s(?:and|or)$", match.group("who")):  # "... and emphasized": the subject is earlier
        return match.group("who")
    match = re.search(r"[Aa]ccording to (?P<who>[^,:]{2,120})[,:]\s*$", before) or _AS_SAID.search(before)
    if match:
        return match.group("who")
    match = _CITING_WORDS.search(before) or _COLON_AFTER_SPEECH.search(before)
    if match and not _another_speaker_within(before[match.end("who"):]):
        # "…, citing President X's words: “…”", "X said that they signed six agreements: “…”" (never "X informed
        # that the President announced the Address: “…”", whose words are the President's)
        return match.group("who")
    subject = _sentence_subject(before)
    if subject:
        return subject
    opens_sentence = context.sentence_at(span.start).start == span.start
    reported = _REPORTED_JUST_BEFORE.match(before) if opens_sentence else None
    if reported and "\n" not in before.strip():
        return reported.group("who")  # 'He added that the trip helped. "There should be more cooperation."'
    did = _NAMED_SUBJECT_SPOKE.match(before) if opens_sentence else None
    if did and "\n" not in before.strip():
        return did.group("who")  # 'Rasizade hailed the ties. “The visit will contribute …”': his words, going on
    # 'X and Y “exchanged views …” during the call, according to the Foreign Ministry': the source told after
    told_after = _ACCORDING_TO_AT_THE_END.match(after) or _SAID_AT_THE_END.match(after)
    if told_after:
        return (_embedding_subject(context, span) if embedded else "") or told_after.group("who")
    if embedded:
        return _embedding_subject(context, span)
    # 'According to the ministry's release, Aurescu "underscored Romania's commitment …"': the name the quoted
    # words go on from is their speaker
    named = _NAME_RIGHT_BEFORE.search(text, max(context.sentence_at(span.start).start, span.start - 80), span.start)
    return named.group("who") if named else ""


# the name a clause ends with, right before quoted words that go on from it: ', Aurescu "underscored …"'
_NAME_RIGHT_BEFORE = re.compile(r"(?:^|[,;]\s+)(?P<who>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3})\s*$")
# after a few quoted words, the end of the sentence names who told them: '…, according to the Foreign Ministry.',
# '… regarding the defense, Kishida has said.'
_ACCORDING_TO_AT_THE_END = re.compile(r"[^\"“”«».;:]{0,160}?,\s*according\s+to\s+(?P<who>(?:the\s+)?[A-Z][^.;,\"“”«»]{1,80}?)\s*[.;]")
# "… from Wednesday to Friday, the Foreign Ministry said in a statement.": the source told at the sentence's end
_SAID_AT_THE_END = re.compile(r"[^\"“”«».;:]{0,160}?,\s*(?P<who>(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+"
                              r"(?:has\s+|had\s+)?(?:said|noted|added|stated|announced)"
                              r"(?:\s+in\s+(?:a|its|an\s+official)\s+(?:statement|press\s+release|release|communiqu[eé]))?\s*[.;]")


def _another_speaker_within(clause: str) -> bool:
    """Whether the words between a subject and the quote's colon hold another verb of saying, whose subject is
    someone else ("X informed that the President announced the Address:"); "… and said:" is the same subject's."""
    clause = re.sub(rf"^{_APPOSITION}", "", clause)
    words = _SAME_SUBJECT_VERB.sub(" ", clause.split(None, 1)[-1])
    return bool(re.search(rf"\b(?:{SPEECH_VERBS})\b", words))


# a quote after a colon, in a sentence whose subject spoke: 'the Turkish leader said that they signed 6 agreements
# today: “…”', 'He called the order a “surprise”: “…”'
# 'The Leader, Ayatollah X, called …': a name set off by commas after the subject's office is the same person
_APPOSITION = r"(?:,\s+[A-Z][^,.;:\"“”«»]{1,60},)?"
_COLON_AFTER_SPEECH = re.compile(rf"(?:^|[,.;]\s+|\n)(?!(?:This|That|It|There|These|Those)\b)"
                                 rf"(?P<who>(?:[Tt]he\s+)?[A-Z](?:(?!\s(?:was|were|is|are)\s)[^,.;:\"“”«»]){{0,80}}?)"
                                 rf"{_APPOSITION}\s+(?:also\s+)?"
                                 rf"(?:(?:{SPEECH_VERBS}|called|described)\b[^.;:]{{0,250}}"
                                 # "The Leader also considered it important … and added: “…”": a verb of saying
                                 # joined to the subject's first verb by "and"
                                 rf"|[a-z]+ed\b[^.;:]{{0,250}}\band\s+(?:also\s+)?(?:{SPEECH_VERBS})\s*):\s*$")
# "… and said:", ", and added:": a second verb of the same subject, not another speaker's
_SAME_SUBJECT_VERB = re.compile(rf",?\s+and\s+(?:also\s+)?(?:{SPEECH_VERBS})\b")
_CITING_WORDS = re.compile(r"\bciting\s+(?P<who>[^,.;:\"“”«»]{2,100}?)['’]s?\s+words\s*:\s*$")
# "the report published on the President's website": a publication, which speaks for no one person
PUBLICATION = r"(?:the|a)\s+(?:report|statement|press\s+release|readout|communiqu[eé])\s+(?:published|posted|released|issued)\b"
# '“…,” according to the report published on the President's website.': the source named after the quote
_ACCORDING_TO_AFTER = re.compile(rf"^\s*,?\s*according\s+to\s+(?P<who>{PUBLICATION}[^.;\"“”«»]{{0,120}}?)\s*(?:[.;]|$)")
# after a closed quote, a sentence that names the speaker and says no more: 'X wrote on Twitter.', 'the ministry said.'
_ATTRIBUTION_SENTENCE = re.compile(
    rf"^\s*(?P<who>(?:[Tt]he\s+)?[A-Z][\w’'.·-]*(?:\s+[A-Z][\w’'.·-]*){{0,4}})\s+(?:{SPEECH_VERBS})"
    r"(?:\s+(?:on|in|at|via|during|to)\s+[^.;\"“”«»]{1,40})?\s*(?:[.]|$)")
# 'As the Speaker put it, “...”', 'As he believed, “...”': the clause names the speaker
_AS_SAID = re.compile(rf"(?:^|[.;,]\s+|\n)\s*As\s+(?P<who>[^,.;\"“”«»]{{1,80}}?)\s+(?:put\s+it|believed|believes|"
                      rf"sees\s+it|saw\s+it|{SPEECH_VERBS}),\s*$")


# a verb that takes a few quoted words as its object: 'Babloyan expressed "the willingness ..."'
# "which Manalo called a “pivotal document”": calling a thing by the quoted words, never "called his counterpart"
_EMBEDDING_VERBS = (rf"(?:{SPEECH_VERBS}|called(?=\s+(?:(?:it|this|them|that)\s+)?(?:an?\s+|the\s+)?(?:[“\"«]|$))|"
                    r"expressed|emphasi[sz]ed|pointed\s+to|spoke(?:\s+out)?|called\s+for|voiced|"
                    r"reaffirmed|hailed|welcomed|described|insisted|praised|referred\s+to|urged|wished|thanked|"
                    r"singled\s+out|termed|labell?ed|characteri[sz]ed)")
# the last 'Name verb' or 'He verb' before the quote in its sentence
# ("Parubiy said that during the meeting he had thanked Parry … and “especially for …”": he, in a clause of his own)
_NAME_VERB = re.compile(rf"\b(?P<who>(?:[A-Z][\w’'.-]+)(?:\s+[A-Z][\w’'.-]+){{0,3}}|(?<=\s)(?:he|she))\s+"
                        rf"(?:(?:had|has|have)\s+)?(?:also\s+|further\s+|then\s+)?{_EMBEDDING_VERBS}\b")
# "For his part,", "In turn,": an opening before a sentence's subject
# what may open the sentence before its subject: "In turn,", "Secondly,", "Moreover,"
TURN_OPENING = (r"(?:(?:For\s+(?:his|her|their)\s+part|In\s+(?:his|her|their)\s+turn|In\s+turn|First(?:ly)?|Second(?:ly)?|"
                r"Third(?:ly)?|Finally|Moreover|Furthermore|In\s+addition|Additionally|Besides|Also|Then|Meanwhile|Earlier|Previously|"
                r"First\s+of\s+all|At\s+the\s+same\s+time),\s+)?")
# the sentence's subject: 'The speaker also spoke out in favor of "..."'
_OPENING_VERB = re.compile(rf"\W*{TURN_OPENING}"
                           rf"(?P<who>[A-Z][^,.;:\"“”«»()]{{1,80}}?)\s+(?:also\s+|further\s+|then\s+)?{_EMBEDDING_VERBS}\b")


def _embedded(context: Context, span: Span) -> bool:
    """A few quoted words inside a sentence, as the object of its verb or preposition: 'stressed "the need
    to ..."', 'spoke in favor of "..."'; not a quote that opens its sentence or follows a colon or comma."""
    sentence = context.sentence_at(span.start)
    before = context.text[sentence.start:span.start]
    return sentence.start < span.start and \
        bool(re.search(r"(?:^|\s)(?:[a-z][\w’'-]*|[A-Z][\w-]*['’]s)\s*$", before)  # 'counterpart"to': a typo, still inside
        # the sentence; "to address Beijing’s “attempts …”": a possessive before the quoted words
             or re.search(rf"\b{_EMBEDDING_VERBS}\s+[A-Z][\w’'-]*\s+$", before))  # 'thanked Uzbekistan “for …”'


def _embedding_subject(context: Context, span: Span) -> str:
    """Who says the quoted words of a partial quote: the last name (or pronoun) with a verb of saying before
    it in its sentence, else the sentence's subject, when that verb is close to the quote."""
    sentence = context.sentence_at(span.start)
    before = _protect_initials(context.text[sentence.start:span.start])
    if re.search(r"[\"“”«»]", before):
        before = before[max(before.rfind(c) for c in "\"“”«»") + 1:]
    found = list(_NAME_VERB.finditer(before))
    match = found[-1] if found else _OPENING_VERB.match(before)
    if match is None and _GOES_ON.match(before):
        # 'Wang described the meeting as a “success,” noting that all reaffirmed their commitment to “…”': the
        # participle goes on with the subject of the whole sentence
        whole = _protect_initials(context.text[sentence.start:span.start])
        match = _OPENING_VERB.match(whole)
        return match.group("who").replace("·", ".") if match else ""
    if not match or len(before) - match.end() > 60:
        # "Parubiy also said that during the meeting he had thanked Parry … and “especially for …”": the quoted words
        # end a report the sentence's subject opens with 'said that'
        opening = _REPORTED_JUST_BEFORE.match(before)
        return opening.group("who").replace("·", ".") if opening and not re.search(r"[.;:]", before) else ""
    return match.group("who").replace("·", ".")


# a participle clause after a quoted word, going on with the sentence's subject
_GOES_ON = re.compile(r"\s*,?\s*(?:noting|adding|saying|stressing|stating|underlining|emphasi[sz]ing|pointing\s+out)\b")


# 'According to the embassy, ties “received an impulse”': the source named at the sentence start
_ACCORDING_TO_OPENS = re.compile(r"^\W*According to (?P<who>[^,\"“”«»]{2,120}),[^\"“”«».;:]*$")
# 'He also noted that ..., saying, “...”': the one saying is the sentence's subject
# 'X underlined that ties are strong, “...”': reported speech that runs into the quote is the same speaker's
# 'Referring to the ties, the minister stressed ... and added, “...”': an opening phrase may precede the subject
_SAYING = re.compile(rf"^\W*(?:[A-Z][^,.;:\"“”«»]{{0,120}},\s+)?(?P<who>(?:the\s+)?[A-Z][^,.;:\"“”«»]{{0,80}}?)\s+(?:also\s+|then\s+)?(?:{SPEECH_VERBS})\b"
                     # "…, saying, “…”"; "…, describing the two nations as “…”", "…, calling it “…”"
                     r"[^\"“”«»]*,\s*(?:saying\s*[,:]?\s*|(?:describing|calling)\s+[^,\"“”«»]{1,80}?\s+)?$")


# the sentence before a quote that opens its own sentence, in the same paragraph, whose subject is a name and whose verb
# voices a view: "Rasizade hailed Azerbaijani-Georgian ties. “The visit … will contribute …”"
_NAMED_SUBJECT_SPOKE = re.compile(rf"\W*{TURN_OPENING}(?P<who>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,2}})\s+(?:also\s+)?"
                                  r"(?:hailed|praised|welcomed|highlighted|stressed|noted|emphasi[sz]ed|underlined|"
                                  r"underscored|expressed|recalled|pointed\s+out|spoke|thanked|described)\b"
                                  r"[^\"“”«»]*[.!]\s*$")
# the sentence before a quote that opens its own sentence, in the same paragraph: "Referring to his visit, he added
# that the trip strengthened cooperation." — the quote goes on with the same speaker's words
_REPORTED_JUST_BEFORE = re.compile(rf"\W*{TURN_OPENING}(?:[A-Z][^,.;\"“”«»]{{0,120}},\s+)?"
                                   rf"(?P<who>(?:[Tt]he\s+)?[A-Z][^,.;:\"“”«»]{{0,80}}?|he|she)\s+(?:also\s+)?"
                                   # "Kishida has said the alliance remains … and that he will address “…”"
                                   rf"(?:(?:{SPEECH_VERBS})\s+that\b|(?:has\s+|had\s+)?said\s+(?=[a-z]))[^\"“”«»]*$")


# 'On his social media, he gave his assessment of the summit, saying, “...”': whatever the subject did, saying it
_SUBJECT_SAYING = re.compile(r"^\W*(?:[A-Z][^,.;:\"“”«»]{0,120},\s+)?(?P<who>(?:the\s+)?[A-Z][^,.;:\"“”«»]{0,80}?|he|she)\s+"
                             r"(?:also\s+)?[a-z]+\b[^\"“”«».;:]*,\s*saying\s*[,:]?\s*$")


def _sentence_subject(before: str) -> str | None:
    """The speaker named earlier in the sentence that leads up to the quote."""
    sentence_start = max(before.rfind(". "), before.rfind("\n"))
    opening = before[sentence_start + 1:] if sentence_start >= 0 else before
    according = _ACCORDING_TO_OPENS.match(opening)
    named = _NAME_RIGHT_BEFORE.search(opening, according.end("who")) if according else None
    if named:  # 'According to the ministry's release, Aurescu "underscored …"': the source told what he said
        return named.group("who")
    match = according or _SAYING.match(opening) or _SUBJECT_SAYING.match(opening)
    return match.group("who") if match else None


_UNMARKED = re.compile(
    rf"^(?P<dash>[–—-]\s*)?(?P<words>[^\"“”«»]{{20,}}?),\s*[–—-]?\s*"
    rf"(?:(?:{SPEECH_VERBS})\s+(?P<who1>[^.,;]{{2,120}})|(?P<who2>[^.,;]{{2,120}}?)\s+(?:{SPEECH_VERBS}))"
    rf"(?:[^.]*)\.?$"
)


_DASH_PARAGRAPH = re.compile(r"(?m)^[ \t]*[–—-][ \t]*(?P<words>[^\n]+?),?[ \t]*[–—-]?[ \t]*"
                             rf"(?:(?:{SPEECH_VERBS})\s+(?P<who1>[^.,;\n]{{2,80}})|(?P<who2>[^.,;\n]{{2,80}}?)\s+(?:{SPEECH_VERBS}))"
                             r"[^.\n]{0,40}\.?[ \t]*$")
# "X explained that ...", "stated that ...": reported speech, even when a paragraph opens with a dash
_REPORTED = re.compile(rf"\b(?:{SPEECH_VERBS}|expressed|explained|stated)\s+(?:his|her|their)?\s*(?:\w+\s+){{0,3}}?that\b")


def _dash_paragraphs(context: Context, resolve: t.Callable[[str, int], str | None]) -> list[Quote]:
    """'- We are close peoples. ..., said Nursultan Nazarbayev.': a whole paragraph of speech."""
    quotes = []
    for match, words, who in _speech_paragraphs(context):
        start = match.start("words")
        if any(not span.dashed and span.start <= start < span.end for span in context.quote_spans):
            continue  # "– A Plan for 2027," the press service says.': the last item of a quoted list, closed here
        speaker = resolve(who, start)
        quotes.append(Quote(speaker, clean(words.replace("·", ".")), False, context.evidence(start, start + len(words)),
                            why=_unmarked_why(who, speaker, resolve)))
    return quotes


def _unmarked(context: Context, resolve: t.Callable[[str, int], str | None]) -> list[Quote]:
    """'…, the President said.' or a paragraph opened by a dash: direct speech without marks."""
    quotes = _dash_paragraphs(context, resolve)
    covered = [(q.evidence.start, q.evidence.end) for q in quotes if q.evidence]
    lead = context.lead()
    for sentence in context.sentences:
        if any(a <= sentence.start <= b for a, b in covered):
            continue
        if sentence is lead or context.in_quote(sentence.start) or re.search(r"[\"“”«»]", sentence.text):
            continue
        match = _UNMARKED.match(_protect_initials(sentence.text))
        if not match:
            continue
        who = (match.group("who1") or match.group("who2") or "").replace("·", ".")
        after = sentence.text[match.end("who1" if match.group("who1") else "who2"):]
        if _CLAUSE_AFTER_ATTRIBUTION.match(after):
            continue  # "In terms of regional cooperation, said the President, X has taken part …": a paraphrase
        start = _speech_start(context, sentence, sentence.start + match.start("words"))
        end = sentence.start + match.end("words")
        if not (match.group("dash") or _FIRST_PERSON.search(context.text[start:end]) or
                _inverted_personal(match, context.text[start:end], resolve, start)):
            continue  # third-person reports ("…, the press service said") are not direct speech
        if _REPORTED.search(context.text[start:end]) or re.fullmatch(r"(?:but|and|or|so|yet|then)", who.strip(), re.I) \
                or re.search(r"\bthat\b", who) or _EVENT_REPORT.search(who) or _A_CLAUSE.search(who):
            # "X expressed ... and stated that ...", "…, FM Saidov, posted on X that …": reported speech;
            # "Anwar, in a post, said the meeting discussed …": what follows the verb is the report, not a speaker
            continue
        speaker = resolve(who, start)
        quotes.append(Quote(speaker, clean(context.text[start:end]), False, context.evidence(start, end),
                            why=_unmarked_why(who, speaker, resolve)))
    return quotes


# "A statement …, said this was made known when Mr X …": what follows the verb is a clause, no speaker
_A_CLAUSE = re.compile(r"\b(?:was|were|is|are|has|have|had|will|would)\b")
# the sentence goes on after its attribution with a clause of its own: the attribution is set inside a paraphrase
_CLAUSE_AFTER_ATTRIBUTION = re.compile(r",\s+[^,.;]*?\b(?:is|are|was|were|has|have|had|will|would|can|could|should)\b")
# what a report of the event says ("The sides discussed trade, said the minister"), not a speaker's own words
_EVENT_REPORT = re.compile(r"\b(?:discussed|held|met|signed|visited|agreed|exchanged|attended|took\s+part)\b")


def _inverted_personal(match: re.Match[str], words: str, resolve: t.Callable[[str, int], str | None],
                       offset: int) -> bool:
    """'China is the fourth major investor, said the Kazakh Deputy Prime Minister.': a person's words, told with the
    verb before the speaker as agencies print direct speech, even when no 'we' or 'our' is in them."""
    who = match.group("who1")
    if not who or re.match(r"(?:he|she|they|we|it)\s+\w", who, re.IGNORECASE):
        return False  # "Koshanov, said he looked forward to …": the speech is reported after the verb
    people = {person.name for person in getattr(resolve, "candidates", ())}
    return not _EVENT_REPORT.search(words) and resolve(who, offset) in people


def _unmarked_why(who: str, speaker: str | None, resolve: t.Callable[[str, int], str | None]) -> str:
    how = getattr(resolve, "how", None)
    why = f"unmarked speech attributed to “{clean(who)}”"
    return why + (", not resolved to a person or institution" if speaker is None else f" ({how})" if how else "")


def _speech_start(context: Context, sentence, start: int) -> int:
    """'We are ready. Our ties grow. …, said the President.': the speech starts with the paragraph's
    first of the first-person sentences that lead up to the attribution."""
    index = sentence.index
    while index > 0:
        previous = context.sentences[index - 1]
        if previous.paragraph != sentence.paragraph or previous is context.lead() or \
                not _FIRST_PERSON.search(previous.text) or re.search(r"[\"“”«»]", previous.text) or \
                re.search(rf"\b(?:{SPEECH_VERBS})\b", previous.text):
            break
        start = previous.start
        index -= 1
    return start
