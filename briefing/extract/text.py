"""Sentences, quotation spans and evidence: the shared view of one article's text."""

from __future__ import annotations

import bisect
import re
import typing as t
import unicodedata
from dataclasses import dataclass, field

from briefing.extract.lexicon import HONOURS, SHORT_OFFICES, WEEKDAYS
from briefing.ingest import MONTH_PATTERN, MONTHS, Dateline, parse_dateline
from briefing.models import Article, Evidence

ABBREVIATIONS = frozenset("""
mr mrs ms dr prof gen col lt st jr sr no nos vs etc inc ltd co corp dept govt jan feb mar apr jun jul
aug sep sept oct nov dec e.g i.e approx est fig vol rev hon eng engr
""".split()) | SHORT_OFFICES
# a missing space after a full stop still ends a sentence: "Tashkent.Their meeting", "e-government.In particular"
# ... and a paragraph break lost with its full stop, when a page was copied: "between the two nationsThe Cabinet
# approved" (a sentence opener glued to the end of a word in lower case)
_BOUNDARY = re.compile(r"[.!?]+[\"”»’)]*(?:\s+|(?=[A-Z][a-z]{2}|(?:In|It|He|As|At|On|By|An|To|We|If|So)\s))"
                       r"|(?<=[a-z]{3})(?=(?:The|This|These|They|He|She|His|Her|It|In|On|At)\s)")
_PARAGRAPH = re.compile(r"\n[ \t]*\n\s*")
_OPENERS = "\"“«–—-‘'"
# No news sentence runs this long (the longest in the corpus is about 500 characters). A text
# without sentence ends is cut into clauses of at most this length, so that every per-sentence
# scan (titles before a name, modifiers before a document noun) is bounded and extraction stays
# linear in the length of the article.
MAX_SENTENCE = 1200
_CLAUSE_ENDS = (re.compile(r"[;:]\s+"), re.compile(r",\s+"), re.compile(r"\s+"))


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int
    index: int = 0


@dataclass
class Span:
    """A quotation: the inner text span(s) between the marks, possibly across paragraphs."""

    start: int  # offset of the opening mark
    end: int  # offset after the closing mark
    parts: list[tuple[int, int]] = field(default_factory=list)
    dashed: bool = False  # a paragraph of speech opened by a dash, without marks: read with its attribution


# "10:05 | Lima, Jan. 11 (ANDINA).": the time a page stamps before its dateline
_TIME_STAMP = re.compile(r"[ \t]*\d{1,2}:\d\d[ \t]*\|[ \t]*")
# what a photo caption says: "pose for a photo during …", "Photo: ANDINA/…", "(L-R)"
_CAPTION = re.compile(r"\bpose[sd]?\s+for\s+(?:a\s+)?(?:photo|picture)|\bPhoto\s*:|\(\s*[LR]\s*-\s*[LR]\s*\)|\bfile\s+photo\b", re.I)


def _after_time_stamp(text: str, offset: int) -> int:
    stamp = _TIME_STAMP.match(text, offset)
    return stamp.end() if stamp else offset


def _dateline_after_caption(text: str, offset: int) -> Dateline | None:
    """A photo's caption set above the dateline (as pages print it): the article starts at the dateline after it."""
    for paragraph in list(re.finditer(r"\n[ \t]*\n[ \t]*", text[offset:offset + 1500]))[:2]:
        start = offset + paragraph.end()
        if _CAPTION.search(text, offset, start):
            return parse_dateline(text, _after_time_stamp(text, start))
    return None


@dataclass
class Context:
    article: Article
    text: str
    body_start: int
    dateline: Dateline | None
    sentences: list[Sentence]
    quote_spans: list[Span]
    _starts: list[int] = field(default_factory=list)
    _quote_starts: list[int] = field(default_factory=list)
    folded: str = ""  # the text as names are read (see name_view), same length: "Khürelsükh" -> "Khurelsukh"
    _lead_weekdays: frozenset[str] | None = None

    @classmethod
    def of(cls, article: Article) -> Context:
        text = article.text
        dateline = parse_dateline(text, _after_time_stamp(text, article.body_offset)) or \
            _dateline_after_caption(text, article.body_offset)
        start = dateline.end if dateline else article.body_offset
        agency = _AGENCY_LINE.match(text, start)
        if agency and agency.group("name").lower() in _outlets():
            start = agency.end()  # "Baku, Azerbaijan, Aug. 25 / Trend:": the agency's own line is no sentence
        while letterhead := _LETTERHEAD_LINE.match(text, start):
            start = letterhead.end()  # "LEADER OF THE GOVERNMENT IN THE SENATE": the author's offices, above the text
        sentences = split_sentences(text, start)
        context = cls(article, text, article.body_offset, dateline, sentences, [])
        context.folded = name_view(fold(text))
        context._starts = [s.start for s in sentences]
        from briefing.extract.quotes import find_quote_spans

        context.quote_spans = find_quote_spans(context)
        context._quote_starts = [span.start for span in context.quote_spans]
        return context

    @property
    def lead_start(self) -> int:
        return self.dateline.end if self.dateline else self.body_start

    def sentence_at(self, offset: int) -> Sentence:
        index = max(0, bisect.bisect_right(self._starts, offset) - 1)
        return self.sentences[index] if self.sentences else Sentence(0, len(self.text), self.text, 0)

    def evidence(self, start: int, end: int) -> Evidence:
        return Evidence(start, end, clean(self.sentence_at(start).text))

    def in_quote(self, offset: int) -> bool:
        return self.quote_at(offset) is not None

    def quote_at(self, offset: int) -> Span | None:
        """The quotation that holds ``offset``, if any."""
        index = bisect.bisect_right(self._quote_starts, offset) - 1
        return self.quote_spans[index] if index >= 0 and offset < self.quote_spans[index].end else None

    def lead(self) -> Sentence | None:
        return self.sentences[0] if self.sentences else None

    def lead_weekdays(self) -> frozenset[str]:
        """The weekdays the lead names, lower-case ('met on Tuesday' → tuesday): the days of the reported event."""
        if self._lead_weekdays is None:
            lead = self.lead()
            self._lead_weekdays = frozenset(day.lower() for day in _WEEKDAY.findall(lead.text)) if lead else frozenset()
        return self._lead_weekdays


_WEEKDAY = re.compile(r"\b(?:" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)


# a line of a minister's letterhead above a statement: words in capitals, no comma, figure or full stop
_LETTERHEAD_LINE = re.compile(r"\s*[A-Z][A-Z'’&-]+(?:[ \t]+[A-Z'’&-]+)+[ \t]*\n(?=\s*\S)")
# a line that holds only the agency's name after the dateline, as Trend sets it: "Trend:"
_AGENCY_LINE = re.compile(r"\s*(?P<name>[A-Z][\w.-]{1,25})\s*:[ \t]*\n")


def _outlets() -> t.Collection[str]:
    from briefing.extract.lexicon import OUTLETS

    return OUTLETS


class SpanSet:
    """Does any of these (start, end) spans cover an offset? One bisect, not a scan of every span."""

    def __init__(self, spans: t.Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [a for a, _ in ordered]
        self._reach: list[int] = []  # the furthest end among the spans starting up to here
        furthest = -1
        for _, b in ordered:
            furthest = max(furthest, b)
            self._reach.append(furthest)

    def covers(self, offset: int) -> bool:
        index = bisect.bisect_right(self._starts, offset) - 1
        return index >= 0 and offset < self._reach[index]

    def start_of(self, offset: int) -> int | None:
        """The start of the last span starting at or before ``offset``, when one covers it."""
        index = bisect.bisect_right(self._starts, offset) - 1
        return self._starts[index] if index >= 0 and offset < self._reach[index] else None


# Latin letters with no decomposition: Turkish dotless i ("Ekmekçibaşı"), Polish ł, Nordic ø, Croatian đ
# Letters with no base letter in Unicode: "Guðni", "Þórður", "Bjørn", "Łukasz", "Æbeltoft" (one letter each, so offsets hold)
_UNDECOMPOSED = {"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ħ": "h", "ð": "d", "Ð": "D",
                 "þ": "t", "Þ": "T", "æ": "a", "Æ": "A", "œ": "o", "Œ": "O", "ß": "s"}


def fold(text: str) -> str:
    """Replace each accented Latin letter by its base letter, keeping every offset."""
    if text.isascii():
        return text
    out = []
    for char in text:
        if char.isascii() or not char.isalpha():
            out.append(char)
            continue
        base = _UNDECOMPOSED.get(char) or unicodedata.normalize("NFD", char)[0]
        out.append(base if base.isascii() else char)
    return "".join(out)


# Honorifics that stand before a name but are no part of it: "H.E.Saqr Bin Ghubash", "Mr.Ukhnaagiin Khurelsukh",
# India's "Shri Narendra Modi", Malaysia's "Datuk Seri Anwar Ibrahim"
_HONORIFIC = re.compile(rf"\b(?:(?:His|Her)\s+Excellency|H\.\s?[EH]\.|H[EH](?=\s+[A-Z])|Mr\.?|Mrs\.?|Ms\.?|Dr\.|Shri(?=\s)|Smt\.?|(?:{HONOURS})(?=\s))"
                        r"(?=\s?[A-Z])")
# "Mr. KISHIDA Fumio", "H.E. Mr. Luvsannamsrai OYUN-ERDENE": a surname in capitals after an honorific
_CAPS_AFTER_HONORIFIC = re.compile(r"(?<=\s)(?:[A-Z][a-z]+\s+)?[A-Z]{2,}(?:-[A-Z]{2,})?(?:\s+[A-Z][a-z]+)?\b")


def name_view(text: str) -> str:
    """The text as names are read, same length: honorifics blanked, surnames in capitals after an
    honorific written in title case ('Mr. KISHIDA Fumio' reads 'Kishida Fumio')."""
    out = list(text)
    for match in _HONORIFIC.finditer(text):
        out[match.start():match.end()] = " " * (match.end() - match.start())
        caps = _CAPS_AFTER_HONORIFIC.match(text, match.end() + (1 if text[match.end():match.end() + 1] == " " else 0))
        after = _HONORIFIC.match(text, match.end() + 1)
        if after:  # "H.E. Mr. X": the name follows the second honorific
            continue
        if caps:
            for word in re.finditer(r"[A-Z]{2,}", caps.group(0)):
                begin = caps.start() + word.start()
                out[begin + 1:begin + len(word.group(0))] = word.group(0)[1:].lower()
    return "".join(out)


def clean(text: str) -> str:
    """Collapse whitespace (hard line breaks inside sentences) for display."""
    return re.sub(r"\s+", " ", text).strip()


def split_sentences(text: str, offset: int = 0) -> list[Sentence]:
    """Sentences with offsets into ``text``; paragraphs and line-final punctuation end them."""
    sentences: list[Sentence] = []
    paragraph_start = offset
    paragraphs = []
    for match in _PARAGRAPH.finditer(text, offset):
        paragraphs.append((paragraph_start, match.start()))
        paragraph_start = match.end()
    paragraphs.append((paragraph_start, len(text)))
    for number, (p_start, p_end) in enumerate(paragraphs):
        for line_start, line_end in _lines(text, p_start, p_end):
            for s_start, s_end in _bounded(text, _split_line(text, line_start, line_end)):
                chunk = text[s_start:s_end]
                stripped = chunk.strip()
                numbered = _PARAGRAPH_NUMBER.match(stripped) if s_start == line_start else None
                if numbered and stripped[numbered.end():]:
                    stripped = stripped[numbered.end():]  # "1. The President will …": the paragraph's number is no word
                if stripped:
                    lead = len(chunk) - len(chunk.lstrip()) + (numbered.end() if numbered else 0)
                    start = s_start + lead
                    sentences.append(Sentence(start, start + len(stripped), stripped, number, len(sentences)))
    return sentences


_PARAGRAPH_NUMBER = re.compile(r"(?:\d{1,2}\.|\(\d{1,2}\))[ \t]+(?=[A-Z])")


def _bounded(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cut a run-on piece longer than MAX_SENTENCE at its last clause end (';', ',', else a space)."""
    result = []
    for start, end in pieces:
        while end - start > MAX_SENTENCE:
            cut = start + MAX_SENTENCE  # no clause end: a hard cut
            for pattern in _CLAUSE_ENDS:
                ends = list(pattern.finditer(text, start + MAX_SENTENCE // 2, start + MAX_SENTENCE))
                if ends:
                    cut = ends[-1].end()
                    break
            result.append((start, cut))
            start = cut
        result.append((start, end))
    return result


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Join hard-wrapped lines; a line break after closing punctuation or before a quote/dash ends a line."""
    pieces = []
    piece_start = start
    position = text.find("\n", start, end)
    while position != -1:
        before = text[piece_start:position].rstrip()
        after = text[position + 1:end].lstrip()
        ends_sentence = bool(before) and before[-1] in ".!?:;\"”»"
        starts_new = bool(after) and (after[0] in "«“–—" or (after[0] == '"' and before[-1:] != ",")
                                      or bool(_SECTION_LINE.match(after)))
        # a headline never goes on in lower case: "... included a Joint Statement on further\nstrengthening ..."
        headline = _looks_like_title_line(before) and not after[:1].islower()
        if ends_sentence or starts_new or headline:
            pieces.append((piece_start, position))
            piece_start = position + 1
        position = text.find("\n", position + 1, end)
    pieces.append((piece_start, end))
    return pieces


def _looks_like_title_line(line: str) -> bool:
    last_line = line.rsplit("\n", 1)[-1].strip()
    if _SENTENCE_OPENER.match(last_line):
        return False  # "Later, the chairman met X, secretary and Chief\nExecutive of …": a sentence wrapped mid-office
    return 0 < len(last_line) < 90 and last_line[:1].isupper() and not re.search(r"[,;]$|\b(?:the|of|and|a|to|in|with)$", last_line) and len(last_line.split()) <= 12 and (last_line.count(" ") >= 1 or bool(_SECTION_WORD.fullmatch(last_line))) and last_line == line.strip()


# an adverb and its comma open a sentence, never a headline: "Later, …", "Besides, …", "Meanwhile, …"
_SENTENCE_OPENER = re.compile(r"[A-Z][a-z]+(?:ly)?,\s+[a-z]")


# a one-word line between paragraphs, a subheading: "Details", "Context", "Background"
_SECTION_WORD = re.compile(r"[A-Z][a-z]{3,}")
_SECTION_LINE = re.compile(rf"{_SECTION_WORD.pattern}[ \t]*\n")


def _split_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces = []
    piece_start = start
    for match in _BOUNDARY.finditer(text, start, end):
        cut = match.end()
        if cut >= end:
            break
        if not _is_boundary(text, match.start(), cut):
            continue
        pieces.append((piece_start, cut))
        piece_start = cut
    pieces.append((piece_start, end))
    return pieces


def _is_boundary(text: str, mark: int, cut: int) -> bool:
    following = text[cut:cut + 1]
    if not following or not (following.isupper() or following.isdigit() or following in _OPENERS):
        return False
    word = re.search(r"[\w.’'-]*$", text[max(0, mark - 20):mark]).group(0)  # type: ignore[union-attr]  # matches ""
    if text[mark] == "." and re.fullmatch(r"\d{1,2}", text[text.rfind("\n", 0, mark) + 1:mark].strip()):
        return False  # "1. The President will …": the number of a paragraph, no sentence of its own
    if text[mark] == ".":
        bare = word.lower().rstrip(".")
        if bare in ABBREVIATIONS or re.fullmatch(r"[A-Z][a-z]?", word) or re.fullmatch(r"(?:[A-Z]\.)+[A-Z]?", word):
            return False
        if mark + 1 == cut and not re.search(r"[a-z]{3}$", word):
            return False  # glued words split only after a real word: "signed.The", not "A.V.Novakov"
    return True


_OPENING_MONTH = re.compile(rf"^\W*(?:(?:back\s+|earlier\s+)?in|on)\s+(?P<month>{MONTH_PATTERN})(?![\w.])", re.I)


def in_another_month(month: str, context: Context) -> bool:
    """A month other than the month the report was filed or dated in (False when neither is known)."""
    filed = context.dateline.month if context.dateline and context.dateline.month else \
        (context.article.page_date.month if context.article.page_date else None)
    return bool(filed and MONTHS.get(month[:3].lower()) not in (None, filed))


def opens_in_another_month(sentence: str, context: Context, undated_lead: bool = False) -> bool:
    """A sentence that opens with a month other than the month the report was filed or dated in.

    ``undated_lead``: when no date tells the month the report was filed in, a sentence that opens with a month the
    lead does not name ("In April, officials signed …" after a lead of "today" or "Tuesday") tells of another time."""
    opening = _OPENING_MONTH.match(sentence)
    filed = context.dateline.month if context.dateline and context.dateline.month else \
        (context.article.page_date.month if context.article.page_date else None)
    if opening and filed is None and undated_lead:
        lead = context.lead()
        return lead is not None and not re.search(rf"\b{re.escape(opening.group('month'))}\b", lead.text)
    return bool(opening and filed and MONTHS.get(opening.group("month")[:3].lower()) not in (None, filed))
