"""Plain-text articles, and the text format every other reader produces.

Handles whatever the agencies' pages give us: any encoding (charset-normalizer),
Windows line endings, a byte-order mark, non-breaking and zero-width spaces, an
optional first line ``date YYYY-MM-DD`` with the page's publication date, an optional
headline line, and the agency dateline that opens many bodies
(``ASTANA, Kazakhstan, September 4.``, ``NUR-SULTAN. KAZINFORM``, ``Ulaanbaatar /MONTSAME/.``).
"""

from __future__ import annotations

import codecs
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from briefing.errors import ArticleError
from briefing.models import Article

PAGE_DATE_LINE = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*\n?")
_SPACES = re.compile(r"[\u00a0\u2007\u202f\u2009\u200a]")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


MAX_ARTICLE_BYTES = 5_000_000  # default limit; Settings.max_article_bytes (BRIEFING_MAX_ARTICLE_BYTES)


def read_article(path: str | Path, data: bytes | None = None, max_bytes: int = MAX_ARTICLE_BYTES) -> Article:
    """Read and normalize a plain-text article; raise :class:`ArticleError` with the path.

    ``data``: the article's bytes when they were already read (from standard input); ``path``
    then only names it in messages. An article over ``max_bytes`` is refused before it is
    read whole (``/dev/zero`` included).
    """
    path = Path(path)
    raw = read_bytes(path, data, max_bytes)
    text, encoding = decode_with_encoding(raw, path)
    article = article_from_text(text, path, encoding)
    if encoding == "utf-8" and "\ufffd" in text and not _decodes(raw):
        article.replaced = _bad_utf8_offsets(raw)  # a few stray bytes, reported by offset
    return article


def read_bytes(path: Path, data: bytes | None = None, max_bytes: int = MAX_ARTICLE_BYTES) -> bytes:
    """The file's bytes (or ``data``), with one-line errors that name the file; a file over
    ``max_bytes`` is refused before it is read whole (``/dev/zero`` included)."""
    try:
        if data is None:
            with path.open("rb") as handle:
                raw = handle.read(max_bytes + 1)
        else:
            raw = data
        if len(raw) > max_bytes:
            raise ArticleError(f"{path}: over the limit of {max_bytes:,} bytes for an article "
                               "(BRIEFING_MAX_ARTICLE_BYTES); give the article's text only.")
        return raw
    except FileNotFoundError:
        raise ArticleError(f"{path}: no such file. Give the path of an article (.txt, .html or .docx).") from None
    except IsADirectoryError:
        raise ArticleError(f"{path}: is a folder. Give the path of an article (.txt, .html or .docx).") from None
    except OSError as exc:
        raise ArticleError(f"{path}: cannot read the article ({exc.strerror}).") from None


def article_from_text(text: str, path: Path, encoding: str) -> Article:
    """Parse text in the article format (see :func:`parse_article`); errors name ``path``."""
    try:
        article = parse_article(text)
    except ArticleError as exc:
        raise ArticleError(f"{path}:1: {exc.message}") from None
    article.source_path = str(path)
    article.encoding = encoding
    if not article.body.strip():
        raise ArticleError(f"{path}: the article is empty.")
    return article


def decode(raw: bytes, path: Path) -> str:
    """Decode bytes as UTF-8, or as the legacy encoding an English article most likely used."""
    return decode_with_encoding(raw, path)[0]


def _decodes(raw: bytes) -> bool:
    try:
        raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return False
    return True


def _bad_utf8_offsets(raw: bytes, limit: int = 1_000_000) -> list[int]:
    """Byte offsets where ``raw`` is not UTF-8 (each bad sequence once)."""
    offsets: list[int] = []
    start = 0
    while start < len(raw) and len(offsets) < limit:
        try:
            raw[start:].decode("utf-8")
            break
        except UnicodeDecodeError as error:
            offsets.append(start + error.start)
            start += error.end
    return offsets


def _mostly_utf8(raw: bytes) -> bool:
    """Valid UTF-8 with real multi-byte letters, except for a few stray bytes (at most 8, or 0.1%)."""
    if not re.search(rb"[\xc2-\xf4][\x80-\xbf]", raw):
        return False  # plain ASCII with a few high bytes is a legacy 8-bit file
    bad = _bad_utf8_offsets(raw, limit=max(8, len(raw) // 1000) + 1)
    return len(bad) <= max(8, len(raw) // 1000)


_UTF_32_16 = (("utf-32-le", 4), ("utf-32-be", 4), ("utf-16-le", 2), ("utf-16-be", 2))


def _unicode_without_bom(raw: bytes) -> tuple[str, str] | None:
    """UTF-32 or UTF-16 text without a byte-order mark: the reading that gives readable text."""
    best: tuple[float, str, str] | None = None
    for encoding, unit in _UTF_32_16:
        if len(raw) % unit:
            continue
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if not text or "\x00" in text:
            continue
        readable = sum(1 for char in text if char in "\t\n\r" or " " <= char < "\u0530" or "\u2000" <= char < "\u2070")
        share = readable / len(text)
        if share > 0.9 and (best is None or share > best[0]):
            best = (share, text, encoding.split("-")[0] + "-" + encoding.split("-")[1])
    return (best[1], best[2]) if best else None


def decode_with_encoding(raw: bytes, path: Path) -> tuple[str, str]:
    """The text and the encoding it was read in (UTF-8 first, then a careful guess)."""
    if raw.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        try:
            return raw.decode("utf-32"), "utf-32"
        except UnicodeDecodeError:
            raise ArticleError(f"{path}: starts like UTF-32 text but is not; save the article as UTF-8.") from None
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # "Unicode" from Notepad
        try:
            return raw.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise ArticleError(f"{path}: starts like UTF-16 text but is not; save the article as UTF-8.") from None
    if b"\x00" in raw:  # UTF-8 allows NUL, but no article has one: UTF-16 or UTF-32 without a mark?
        found = _unicode_without_bom(raw)
        if found:
            return found
    try:
        text = raw.decode("utf-8-sig")
        if "\x00" not in text:
            return text, "utf-8"
    except UnicodeDecodeError:
        if _mostly_utf8(raw):
            return raw.decode("utf-8-sig", errors="replace"), "utf-8"
    if b"\x00" in raw:
        raise ArticleError(f"{path}: this is not a text file. Save the article as plain text (UTF-8).")
    # Statistical guessing is easily fooled by short English texts; the genre's legacy
    # encodings are Windows-1251 (Cyrillic names quoted in the original) and Windows-1252.
    cyrillic = raw.decode("cp1251", errors="replace")
    if _whole_cyrillic_words(cyrillic):
        return cyrillic, "cp1251"
    try:
        return raw.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        raise ArticleError(f"{path}: this is not a text file (no text encoding fits it).")
    return str(best), best.encoding


def _whole_cyrillic_words(text: str) -> bool:
    """Cyrillic read right forms whole words; read wrong, it mixes into Latin words."""
    words = re.findall(r"\w+", text)
    cyrillic = [w for w in words if re.search(r"[\u0400-\u04ff]", w)]
    return bool(cyrillic) and all(re.fullmatch(r"[\u0400-\u04ff]+", w) for w in cyrillic)


def normalize_text(text: str) -> str:
    """Unify line endings, spaces, invisible characters and a backtick typed for an apostrophe; keep everything
    else as written."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    text = _BACKTICK_APOSTROPHE.sub("’", text)  # "Parliament`s Chairman": a backtick typed for an apostrophe
    text = _BACKTICK_QUOTES.sub(r"“\g<inner>”", text)  # "the agreement on `Cooperation in …`": backticks as quote marks
    text = _GLUED_HONORIFIC.sub(r"\1 ", text)  # "Mr.D. Davaasuren": the space a typist left out
    return unicodedata.normalize("NFC", text).strip() + "\n"


_GLUED_HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms|Dr|H\.E)\.(?=[A-Z])")


# (a title of several words; a single `word` stays as written)
_BACKTICK_QUOTES = re.compile(r"(?<![\w`])`(?P<inner>[A-Z][^`\n]{0,300}?\s[^`\n]{0,300}?)`(?![\w`])")
_BACKTICK_APOSTROPHE = re.compile(r"(?<=[A-Za-z])[`´](?=(?:s|t|ll|re|ve|d)\b)")


def parse_article(text: str) -> Article:
    """Split off the page-date line and a headline; find the dateline. Text stays as written."""
    text = normalize_text(text)
    page_date = None
    body_offset = 0
    match = PAGE_DATE_LINE.match(text)
    if match:
        try:
            page_date = dt.date.fromisoformat(match.group(1))
        except ValueError:
            raise ArticleError(f"the first line names an impossible date: {match.group(1)}") from None
        body_offset = _skip_blank(text, match.end())
    text = text[:body_offset] + unwrap_hard_lines(text[body_offset:])
    stamp = TIMESTAMP_LINE.match(text, body_offset)
    if stamp:  # "12:11, 19 March 2014 | GMT +5": the page's time stamp, not a headline
        page_date = page_date or _stamp_date(stamp.group(0))
        body_offset = _skip_blank(text, stamp.end())
    headline = None
    line_end = text.find("\n", body_offset)
    wrapped = re.match(r"\n[ \t]*[a-z]", text[line_end:line_end + 8]) if line_end > 0 else None  # "... signed 76\ndocuments worth"
    if line_end > 0 and (is_headline(text[body_offset:line_end]) or _printed_twice(text, body_offset, line_end)) and \
            text[line_end:].strip() and not wrapped:
        headline = text[body_offset:line_end].strip()
        body_offset = _skip_blank(text, line_end)
        stamp = TIMESTAMP_LINE.match(text, body_offset)
        if stamp:  # a time stamp under the headline
            page_date = page_date or _stamp_date(stamp.group(0))
            body_offset = _skip_blank(text, stamp.end())
        body_offset = _after_deck(text, body_offset)
        repeated = text.find("\n", body_offset)
        if repeated > 0 and text[body_offset:repeated].strip() == headline and text[repeated:].strip():
            body_offset = _skip_blank(text, repeated)  # a page that prints its headline twice: the body is below
        credit = _PHOTO_CREDIT_LINE.match(text, body_offset)
        if credit and text[credit.end():].strip():
            body_offset = _skip_blank(text, credit.end())  # "Photo : YONHAP News" under the headline: no sentence
    if headline is None and line_end > 0 and parse_dateline(text, body_offset) is None:
        # the lead printed first on its own, then again under its dateline: the first one is a headline
        below = parse_dateline(text, _skip_blank(text, line_end))
        lead = text[body_offset:line_end].strip()
        if below and len(lead) >= 40 and text[below.end:].lstrip(" :–—-").startswith(lead[:40]):
            headline, body_offset = lead, below.start
    dateline = parse_dateline(text, body_offset)
    return Article(text=text, page_date=page_date, body_offset=body_offset, headline=headline,
                   dateline=dateline.text if dateline else None)


def _printed_twice(text: str, start: int, line_end: int) -> bool:
    """A first line the page prints again right below it is its headline, whatever it looks like ("Osmani -
    Milkov: Efforts to continue …" reads like a dateline)."""
    line = text[start:line_end].strip()
    below = _skip_blank(text, line_end)
    return len(line.split()) >= 3 and text.startswith(line, below) and text[below + len(line):below + len(line) + 1] in ("\n", "")


_PHOTO_CREDIT_LINE = re.compile(r"[ \t]*(?:Photo|Image|Video)(?:\s+credit)?\s*:[^\n]{1,80}\n")


def _after_deck(text: str, offset: int) -> int:
    """Where the body starts after a deck: a second headline line right above the dateline ("Bilateral document
    planned to be signed, says X" then "ISTANBUL"), which tells the story again and is no sentence of it."""
    line_end = text.find("\n", offset)
    if line_end > 0 and is_headline(text[offset:line_end]) and parse_dateline(text, _skip_blank(text, line_end)):
        return _skip_blank(text, line_end)
    return offset


_LINE_CLOSED = re.compile(r"[.!?:;\"”»’)]\s*$")


def unwrap_hard_lines(text: str) -> str:
    """A text hard-wrapped at a fixed width ("... Sheikh Tamim\\nibn Hamad Al Thani"): each line break inside a
    sentence becomes a space, so names and phrases read whole. Only when most lines are of one middling width
    and most stop mid-sentence; a space for a line break keeps every offset where it was."""
    lines = text.split("\n")
    content = [line.rstrip() for line in lines if line.strip()]
    if len(content) < 6:
        return text
    middling = sum(1 for line in content if 40 <= len(line) <= 90)
    open_ended = sum(1 for line in content if not _LINE_CLOSED.search(line))
    if middling < 0.7 * len(content) or open_ended < 0.5 * len(content):
        return text
    joined = []
    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else ""
        inside = line.strip() and following.strip() and (
            not _LINE_CLOSED.search(line) or following.lstrip()[:1].islower())
        joined.append(line + (" " if inside else "\n"))
    return "".join(joined)[:-1]


# ("October 24, 2017" and "Tuesday, October 24, 2017": a page's date under its headline, month first)
TIMESTAMP_LINE = re.compile(
    r"[ \t]*(?:\d{1,2}:\d{2}(?:\s*[|,]\s*)?)?[ \t]*(?:\d{1,2}[ ./-](?:\w+|\d{1,2})[ ./-]\d{4}|\d{4}-\d{2}-\d{2}|"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2},?\s+\d{4})"
    r"(?:[ \t,|]*\d{1,2}:\d{2}(?::\d{2})?)?[ \t]*(?:\|[^\n]{0,20})?[ \t]*\n")


def _stamp_date(line: str) -> dt.date | None:
    month_first = re.search(r"([A-Z][a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})", line)
    match = re.search(r"(\d{4})-(\d{2})-(\d{2})|(\d{1,2})[ ./-](\w+)[ ./-](\d{4})", line)
    if month_first and not match:
        month = MONTHS.get(month_first.group(1)[:3].lower())
        try:
            return dt.date(int(month_first.group(3)), month, int(month_first.group(2))) if month else None
        except ValueError:
            return None
    if not match:
        return None
    try:
        if match.group(1):
            return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        month_word = match.group(5)
        month = int(month_word) if month_word.isdigit() else MONTHS.get(month_word[:3].lower())
        return dt.date(int(match.group(6)), month, int(match.group(4))) if month else None
    except ValueError:
        return None


def _skip_blank(text: str, offset: int) -> int:
    while offset < len(text) and text[offset] in " \t\n":
        offset += 1
    return offset


def is_headline(line: str) -> bool:
    """A short first line without closing punctuation that is not a dateline."""
    line = line.strip()
    if not line or len(line) > 200 or len(line.split()) < 2:
        return False
    if line[-1] in ".!?:;,\"”»" or line[0].islower() or re.match(r"\d{1,2}:\d{2}\b", line):
        return False
    return parse_dateline(line, 0) is None


# -- datelines ----------------------------------------------------------------------------

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
MONTH_PATTERN = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
                 r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_CAPS_CITY = r"[A-Z][A-Z'\-]+(?:[ ][A-Z][A-Z'\-]+){0,2}"
_TITLE_CITY = r"[A-Z][a-z']+(?:-[a-z']+)*(?:[ \-][A-Z][a-z'\-]+)?"  # "Bayan-Ulgii /MONTSAME/": a hyphen before a capital joins two words
DATELINE = re.compile(
    rf"""(?P<city>{_CAPS_CITY}|{_TITLE_CITY})
    (?:[ ]?,[ ]*(?!{MONTH_PATTERN}[ ]+\d)(?P<country>[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)
      |[ ]*\[(?P<bcountry>[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)\])?  # "Tashkent [Uzbekistan], September 27 (ANI/WAM):"
    (?:[ ]?,[ ]*(?P<month>(?i:{MONTH_PATTERN}))[ ]+(?P<day>\d{{1,2}})\b  # "DUSHANBE , April 25", "YEREVAN, MARCH 28"
      (?:,[ ]*(?P<year>\d{{4}}))?
      |\.[ ]+(?P<pmonth>{MONTH_PATTERN})[ ]+(?P<pday>\d{{1,2}})\b(?=\.|[ ]*\()  # "Astana. July 4. KazTAG -", "BISHKEK. Sept 6 (Interfax) -"
      |,[ ]*(?P<nday>\d{{1,2}})\.(?P<nmonth>\d{{1,2}})\.(?P<nyear>\d{{4}})\b  # "DUSHANBE, 10.03.2018."
      |[ ]*/[ ]*(?P<sday>\d{{1,2}})\.(?P<smonth>\d{{1,2}})\.(?P<syear>\d{{4}}|\d{{2}})(?=[ ]*/)  # "Baku / 31.10.17 / Turan:"
      |[.,][ ]*(?P<fday>\d{{1,2}})(?:st|nd|rd|th)?[ ]+(?P<fmonth>{MONTH_PATTERN})\b(?:,?[ ]+(?P<fyear>\d{{4}}))?)?  # "Astana. 27 December.", "27th September, 2023"
    (?:\.?[ ]*\((?P<a_paren>[^)\n]{{2,40}})\)
      |\s*/?\s*By\b[^:\n]{{0,80}}?[–—-]+[ ]*(?P<a_by>[A-Z][\w.]+)[ ]*:
      |[ ]*[.,–—-]?[ ]*/[ ]*(?P<a_slash>[A-Za-z][\w .\-“”"«»]{{1,30}}?)[ ]*/  # "/MONTSAME/", ". /TASS/", ", /MONTSAME/", " . / Kabar /", "– /DNA/"
      |(?(sday)[ ]*/[ ]*(?P<a_colon>[A-Z][\w.-]{{1,30}})(?=[ ]*:)|(?!))  # after a slashed date only: "… / 31.10.17 / Turan:"
      |\.[ ]+(?P<a_caps>[A-Z]{{3,}}(?:\.[A-Za-z]+)?|[A-Z][a-z]{{1,4}}[A-Z]{{2,}})\b(?![a-z])  # "KAZINFORM", "KazTAG"
      |[ ]*\n[ ]*(?P<a_line>[A-Z][\w.]{{1,20}})[ ]*:(?=[ ]*\n)  # "BAKU, Azerbaijan, Feb. 10" + a line "Trend:"
      |[ ]+[–—-][ ]+(?P<a_dash>[A-Z][\w]*(?:[ ][A-Z][\w]*){{0,3}})[ ]+[–—-][ ]+  # "Doha - Information Office - March 16"
        (?P<dmonth>{MONTH_PATTERN})[ ]+(?P<dday>\d{{1,2}})\b
      |,[ ]*(?P<a_capdash>[A-Z]{{3,}})(?=[ ]+[–—-][ ])  # "Bogor, MINA – The Government …"
      |(?(day),[ ]+(?P<a_comma>[A-Z]{{3,}}|[A-Z][a-z]+(?:-[A-Z][a-z]+)+)\b(?=\.|[ ]*(?:\n|$)|[ ]+[–—]))  # after a date only:
      # "YEREVAN, MARCH 28, ARMENPRESS.", "Baku, May 28, AZERTAC" on a line of its own, "…, 2012, Asia-Plus —"
    )?
    (?P<end>[ ]*(?:--|[–—]|-(?=[ ])|(?<=[ )])-(?=[A-Z])|[.:]))?""",  # "(FBC) -Ethiopia and …": a dash set on the first word
    re.X,
)


# "BAKU- Anadolu Agency" on a line of its own: the city in capitals, a dash, the agency that filed
CITY_DASH_AGENCY_LINE = re.compile(rf"(?P<city>{_CAPS_CITY})[ ]*[–—-][ ]*(?P<agency>[A-Z][\w.]*(?:[ ][A-Z][\w.]*){{0,3}})"
                                   r"[ \t]*\n(?=[ \t]*\n?[ \t]*[A-Z])")
LONE_CITY_LINE = re.compile(r"(?P<city>[A-Z]{3,}(?:[ -][A-Z]{3,})?)[ \t]*\n(?=[ \t]*[A-Z][a-z])")


@dataclass
class Dateline:
    """An agency dateline at the start of the body: where and when the agency filed."""

    text: str
    start: int
    end: int
    city: str
    country: str | None = None
    month: int | None = None
    day: int | None = None
    year: int | None = None
    agency: str | None = None

    def date(self) -> dt.date | None:
        if self.year and self.month and self.day:
            try:
                return dt.date(self.year, self.month, self.day)
            except ValueError:
                return None
        return None


# The agency before the place: "RSS (KATHMANDU, 29 March 2022) –", "APA-Pretoria (South Africa)"
AGENCY_FIRST_DATELINE = re.compile(
    rf"""(?P<agency>[A-Z][A-Za-z]{{1,9}})
    (?:[ ]*\((?P<city>{_CAPS_CITY}|{_TITLE_CITY})
         (?:,[ ]*(?P<fday>\d{{1,2}})[ ]+(?P<fmonth>{MONTH_PATTERN})|,[ ]*(?P<month>{MONTH_PATTERN})[ ]+(?P<day>\d{{1,2}}))
         (?:,?[ ]+(?P<year>\d{{4}}))?\)[ ]*(?:--|[–—:-])
      |-(?P<hcity>{_TITLE_CITY})(?:[ ]*\((?P<country>[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)\)|(?=[ ]*[:–—]))[ ]*[:–—]?)""",
    re.X,
)


# The outlet's own line above the text: "Agenda.ge, 03 Sep 2023 - 14:00, Tbilisi,Georgia"
BYLINE_DATELINE = re.compile(
    rf"(?P<agency>[A-Z][\w.-]+(?:[ ][A-Z][\w.-]+){{0,2}}),[ ]+(?P<day>\d{{1,2}})[ ]+(?P<month>{MONTH_PATTERN})[ ]+"
    rf"(?P<year>\d{{4}})(?:[ ]*[-–—][ ]*\d{{1,2}}:\d{{2}})?,[ ]*(?P<city>{_TITLE_CITY})"
    rf"(?:[ ]*,[ ]*(?P<country>[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?))?[ \t]*(?=\n)")


# "MANAMA, (UrduPoint / Pakistan Point News / WAM - 23rd Oct, 2019)": the outlets that relayed the report, the agency
# that wrote it last, then the day
RELAYED_DATELINE = re.compile(
    rf"(?P<city>{_CAPS_CITY}|{_TITLE_CITY}),?[ ]*\((?P<outlets>[^()\n]{{2,80}}?)[ ]+[-–—][ ]+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"[ ]+(?P<month>{MONTH_PATTERN})\.?,?[ ]+(?P<year>\d{{4}})[ ]*\)(?:[ ]*:)?")


_AGGREGATOR_BRANDS = frozenset({"UrduPoint", "UrduPoint News", "Pakistan Point News"})


def _wire_of(outlets: str) -> str:
    """'UrduPoint / Pakistan Point News / WAM': the agency that wrote the report (WAM), else the publisher."""
    parts = [part.strip() for part in outlets.split("/") if part.strip()]
    wires = [part for part in parts if part not in _AGGREGATOR_BRANDS]
    return wires[-1] if wires else parts[0]


# an aggregator's tag before the text it relays: "(MENAFN- AzerNews)", "MENAFN - Trend News Agency)",
# "(MENAFN- Kuwait News Agency (KUNA))"
AGGREGATOR_TAG = re.compile(r"^\s*\(?MENAFN\s*[-–—]\s*(?P<name>[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,3}?)(?:\s+News\s+Agency)?"
                            r"(?:\s*\((?P<letters>[A-Z]{2,8})\))?\)", re.M)


def parse_dateline(text: str, offset: int = 0) -> Dateline | None:
    """The dateline starting at ``offset``, or None when the body starts with plain text."""
    relayed_by = AGGREGATOR_TAG.match(text, offset)
    if relayed_by:  # "(MENAFN- Kuwait News Agency (KUNA)) KUWAIT, May 13 (KUNA) --": the agency's dateline after the tag
        offset = _skip_blank(text, relayed_by.end())
    lone = LONE_CITY_LINE.match(text, offset)
    if lone:  # "ANKARA" on a line of its own above the first sentence
        return Dateline(text=lone.group("city"), start=lone.start(), end=lone.end("city"), city=lone.group("city"))
    dashed_line = CITY_DASH_AGENCY_LINE.match(text, offset)
    if dashed_line and len(dashed_line.group("city")) > 2:
        return Dateline(text=dashed_line.group(0).strip(), start=dashed_line.start(), end=dashed_line.end("agency"),
                        city=dashed_line.group("city"), agency=_agency_name(dashed_line.group("agency")))
    relayed = RELAYED_DATELINE.match(text, offset)
    if relayed:
        return Dateline(text=relayed.group(0), start=relayed.start(), end=relayed.end(), city=relayed.group("city"),
                        month=MONTHS.get(relayed.group("month")[:3].lower()), day=int(relayed.group("day")),
                        year=int(relayed.group("year")), agency=_wire_of(relayed.group("outlets")))
    byline = BYLINE_DATELINE.match(text, offset)
    if byline:
        return Dateline(text=byline.group(0), start=byline.start(), end=byline.end(), city=byline.group("city"),
                        country=byline.group("country"), month=MONTHS.get(byline.group("month")[:3].lower()),
                        day=int(byline.group("day")), year=int(byline.group("year")), agency=byline.group("agency"))
    agency_first = AGENCY_FIRST_DATELINE.match(text, offset) or AGENCY_CITY_DATE.match(text, offset)
    if agency_first:
        return _agency_first_dateline(agency_first)
    match = DATELINE.match(text, offset)
    if not match:
        return None
    agency = next((match.group(g) for g in ("a_paren", "a_by", "a_slash", "a_caps", "a_comma", "a_line", "a_dash", "a_colon",
                                            "a_capdash")
                   if match.group(g)), None)
    city = match.group("city")
    caps_city = city.isupper() and len(city) > 2
    end = match.group("end") or ""
    dashed = end.strip() in ("--", "–", "—", "-")
    dated = match.group("month") or match.group("nmonth") or match.group("dmonth") or match.group("fmonth") or \
        match.group("pmonth") or match.group("smonth")
    if not (dated or agency or (caps_city and end.strip()) or (dashed and city)):
        return None
    if match.group("country") and not (dated or agency or caps_city):
        return None  # "Mongolia, Russia agree ..." is a headline, not a dateline
    month = MONTHS.get(match.group("month")[:3].lower()) if match.group("month") else None
    day, year = match.group("day"), match.group("year")
    if match.group("dmonth"):
        month, day = MONTHS.get(match.group("dmonth")[:3].lower()), match.group("dday")
    if match.group("pmonth"):  # after a full stop: "Astana. July 4."
        month, day = MONTHS.get(match.group("pmonth")[:3].lower()), match.group("pday")
    if match.group("fmonth"):  # day first: "Astana. 27 December.", "BAKU, 3 May 2024"
        month, day, year = MONTHS.get(match.group("fmonth")[:3].lower()), match.group("fday"), match.group("fyear")
    if match.group("nmonth"):
        month, day, year = int(match.group("nmonth")), match.group("nday"), match.group("nyear")
    if match.group("smonth"):  # a two-digit year is of this century: "31.10.17"
        month, day, year = int(match.group("smonth")), match.group("sday"), match.group("syear").rjust(4, "0")
        year = str(2000 + int(year)) if len(match.group("syear")) == 2 else year
    return Dateline(
        text=match.group(0).strip(),
        start=match.start(),
        end=match.end(),
        city=city,
        country=match.group("country") or match.group("bcountry"),
        month=month,
        day=int(day) if day else None,
        year=int(year) if year else None,
        agency=_agency_name(agency),
    )


# "AKP Phnom Penh, August 22, 2018 —": the agency's initials, then the city and the full date
AGENCY_CITY_DATE = re.compile(rf"(?P<agency>[A-Z]{{2,6}})[ ]+(?P<city>{_TITLE_CITY}),[ ]*(?P<month>{MONTH_PATTERN})[ ]+"
                              rf"(?P<day>\d{{1,2}}),?[ ]+(?P<year>\d{{4}})[ ]*[—–-]+")


def _agency_first_dateline(match: re.Match[str]) -> Dateline:
    """A dateline of AGENCY_FIRST_DATELINE or AGENCY_CITY_DATE (which has no hyphenated city, country or day first)."""
    groups = match.groupdict()
    month_word = groups.get("fmonth") or groups["month"]
    day = groups.get("fday") or groups["day"]
    return Dateline(
        text=match.group(0).strip(),
        start=match.start(),
        end=match.end(),
        city=groups["city"] or groups.get("hcity") or "",
        country=groups.get("country"),
        month=MONTHS.get(month_word[:3].lower()) if month_word else None,
        day=int(day) if day else None,
        year=int(match.group("year")) if match.group("year") else None,
        agency=match.group("agency"),
    )


def _agency_name(agency: str | None) -> str | None:
    """'NIAT “Khovar”' -> 'Khovar': the quoted name of an agency with a descriptive prefix."""
    if not agency:
        return None
    quoted = re.search(r"[“\"«]([^”\"»]+)[”\"»]", agency)
    name = (quoted.group(1) if quoted else agency).strip()
    return name.rsplit("/", 1)[-1].strip() if re.fullmatch(r"[A-Z]{2,6}(?:/[A-Z]{2,6})+", name) else name  # "ANI/WAM": WAM wrote it


# -- is this an English article? ------------------------------------------------------------

_STOP_WORDS = frozenset("the and of to in a on for with is was were said at by as an that from has have will be".split())


def not_english(text: str) -> str | None:
    """Why ``text`` is not an English article (script, then stop words), or None when it may be."""
    letters = [char for char in text if char.isalpha()]
    if not letters:
        return "it has no letters"
    latin = sum(1 for char in letters if char < "\u0250")
    if latin / len(letters) < 0.5:
        return f"only {latin * 100 // len(letters)}% of its letters are Latin"
    words = re.findall(r"[a-z]+", text.lower())
    if len(words) >= 20:
        common = sum(1 for word in words if word in _STOP_WORDS)
        if common / len(words) < 0.04:
            return "it has almost none of the common English words (the, and, of, to…)"
    return None
