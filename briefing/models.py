"""Typed records passed between the pipeline stages.

ingest -> :class:`Article` -> extract -> :class:`Facts` -> localize -> render -> write.

``Facts`` is also the JSON contract that staff review and correct: ``Facts.to_json``
writes it and ``Facts.from_json`` reads it back, so ``briefing render`` needs no
re-extraction.  Every fact may carry the :class:`Evidence` it was read from.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import typing as t
from dataclasses import dataclass, field
from pathlib import Path

from briefing.errors import FactsError

EVENT_TYPES = ("meeting", "signing", "visit", "talks", "forum", "phone_call", "ratification", "other")
EVENT_FORMATS = ("in_person", "phone", "video")  # how the sides met; None when the text does not say
# what an event of type "other" was, when the text names a kind the briefings write by name
OCCASIONS = ("credentials",)  # ambassadors presenting their credentials to a head of state
PLANNED_KINDS = ("visit", "meeting", "courtesy call", "talks", "session", "forum", "conference", "summit", "signing",
                 "exhibition", "concert", "festival", "consultations", "anniversary", "wreath-laying", "speech", "other")
VISIT_LEVELS = ("state", "official", "working", "high-level")
DOCUMENT_TYPES = ("memorandum", "agreement", "roadmap", "declaration", "protocol", "other")
FACTS_SCHEMA_VERSION = 2  # 2: confidence, why and needs_review on facts; format; ratification
DEFAULT_REVIEW_BELOW = 0.8  # facts less likely right than this are marked "needs review" (calibrated: extract/confidence.py);
# 0.8, not 0.7: on batches never tuned on, 0.7 marked about 40 % of the wrong facts and 0.8 about 60 %


@dataclass
class Evidence:
    """Where in the article text a fact was found: character offsets and the sentence."""

    start: int
    end: int
    sentence: str = ""

    def to_dict(self) -> dict[str, t.Any]:
        return {"start": self.start, "end": self.end, "sentence": self.sentence}

    @classmethod
    def from_dict(cls, data: t.Mapping[str, t.Any] | None) -> Evidence | None:
        if not data:
            return None
        return cls(int(data["start"]), int(data["end"]), str(data.get("sentence", "")))


@dataclass
class Article:
    """The ingested article: normalized text plus what the header and dateline say."""

    text: str
    source_path: str = ""
    page_date: dt.date | None = None  # from a leading ``date YYYY-MM-DD`` line
    dateline: str | None = None  # e.g. "ASTANA, Kazakhstan, September 4."
    headline: str | None = None
    body_offset: int = 0  # where the body starts in ``text`` (after header lines)
    encoding: str = "utf-8"  # what the file was read as
    replaced: list[int] = field(default_factory=list)  # byte offsets of bytes that were not UTF-8 (read as U+FFFD)

    @property
    def body(self) -> str:
        return self.text[self.body_offset :]


@dataclass
class Judged:
    """How sure extraction is of a fact: ``confidence`` (0–1), ``why`` (the rule and the evidence kind)
    and ``needs_review`` (confidence below the review threshold). None/False on facts a person wrote."""

    confidence: float | None = field(default=None, kw_only=True)
    why: str | None = field(default=None, kw_only=True)
    needs_review: bool = field(default=False, kw_only=True)


@dataclass
class Location(Judged):
    city: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-2
    evidence: Evidence | None = None


@dataclass
class Person(Judged):
    name: str | None
    title: str | None = None
    country: str | None = None
    organization: str | None = None
    evidence: Evidence | None = None
    present: bool = False  # "Also present at the meeting was X": there, but no side of the meeting
    gender: str | None = None  # "female" or "male" when the text tells it ("at her office", "Ms"); else None


# The ``why`` of a document listed after "several documents, including": one of them, their number untold
ONE_OF_SEVERAL = "one of several documents the text counts without a number"


@dataclass
class SignedDocument(Judged):
    type: str
    title: str
    parties: list[str] = field(default_factory=list)
    signatories: list[str] = field(default_factory=list)
    status: str | None = None  # for referenced documents: "signed earlier", "to be concluded"
    evidence: Evidence | None = None
    # what the document covers when the article names it only by its field ("MoUs on geology, culture
    # and yoga" are three memoranda, each with a subject); None when the title says it all
    subject: str | None = None

    @property
    def named_by_subject(self) -> bool:
        """A generic noun ("MoUs", "agreements on cooperation") and a subject: the subject tells it apart."""
        return bool(self.subject) and generic_document_title(self.title)


# a title that names no document in particular: "MOUs", "Other MOU's", "agreements on cooperation"
_GENERIC_DOCUMENT_TITLE = re.compile(
    r"(?:(?:the|a|an|other|several|\d+|[a-z]+)\s+)?(?:memorand(?:um|a|ums)|mo[uc](?:['’]?s)?|agreements?|documents?|"
    r"protocols?|treaty|treaties|programs?|programmes?|declarations?|roadmaps?)"
    r"(?:\s+of\s+(?:understanding|cooperation)|\s+on\s+cooperation)?(?:\s*\([A-Za-z'’]{2,8}\))?", re.I)


def generic_document_title(title: str) -> bool:
    return bool(_GENERIC_DOCUMENT_TITLE.fullmatch(" ".join(title.split())))


@dataclass
class PlannedEvent(Judged):
    """An event the article says will happen, as a record the templates can write natively.

    ``text`` is the English phrase it was read from, kept as evidence; the briefing is
    written from the other fields. ``when`` is ``YYYY-MM-DD``, ``--MM-DD`` (or a range
    ``--MM-DD/--MM-DD``), ``YYYY-MM`` or ``YYYY``, as far as the text gives it.
    """

    kind: str = "other"  # one of PLANNED_KINDS
    text: str = ""
    who: list[str] = field(default_factory=list)  # people, delegations or sides, as written
    host: str | None = None  # who invites or receives, as written
    place: str | None = None  # a city, as written
    country: str | None = None  # ISO 3166-1 alpha-2 of the place or of the country visited
    when: str | None = None
    objects: list[str] = field(default_factory=list)  # what is to be visited, signed or held, as written
    invited: bool = False  # an invitation ("invited X to visit"): asked for, no visit agreed yet
    level: str | None = None  # of a visit: one of VISIT_LEVELS ("state", "official", "working", "high-level")
    # those in ``who`` meet people the text does not name ("X will hold meetings with senior officials"): X is no
    # one to be met
    meets_unnamed: bool = False
    # the sides only said they would like it ("expressed interest in holding consultations in 2025"): nothing agreed
    wished: bool = False
    evidence: Evidence | None = None


@dataclass
class Quote(Judged):
    speaker: str | None
    text: str
    marked: bool = True  # False for direct speech printed without quotation marks
    evidence: Evidence | None = None


@dataclass
class Facts:
    """Structured facts of one article (see the README for the JSON contract)."""

    event_date: dt.date | None = None
    event_date_partial: str | None = None  # "--MM-DD" when the text gives no year
    event_date_end: dt.date | None = None  # the last day of an event of several days ("from 24 to 25 February 2020")
    location: Location = field(default_factory=Location)
    event_type: str = "other"
    event_status: str | None = None  # "planned" / "in progress"; None when it took place
    format: str | None = None  # one of EVENT_FORMATS: in person, by phone, by video; None when not said
    occasion: str | None = None  # one of OCCASIONS: what an "other" event was ("credentials"); None otherwise
    # the participant who received the others, as the lead tells it ("X received Y", "Y was received by X"): the
    # briefings then say so («X принял Y»); None when they simply met
    received_by: str | None = None
    participants: list[Person] = field(default_factory=list)
    mentioned_people: list[Person] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    source_agency: str | None = None
    # the press service or institution the text says told the news ("the press service of the Ministry of Foreign
    # Affairs reported"), as written with its article; the outlet that published the text is ``source_agency``
    reported_by: str | None = None
    documents_signed: list[SignedDocument] = field(default_factory=list)
    documents_referenced: list[SignedDocument] = field(default_factory=list)
    # "A total of six documents were signed" when fewer are named: how many the text says were signed
    documents_total: int | None = None
    cooperation_areas: list[str] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    planned_events: list[PlannedEvent] = field(default_factory=list)
    key_points: list[str] = field(default_factory=list)
    headline: str | None = None
    article_date: dt.date | None = None  # the page or dateline date of the article
    source_path: str = ""
    article_id: str = ""  # fingerprint of the article's text; names its briefings and marks them as its own
    # Evidence of scalar fields and of list-of-string items, keyed by field name and value:
    # {"event_date": Evidence, "cooperation_areas": {"political": Evidence}, ...}
    evidence: dict[str, t.Any] = field(default_factory=dict)
    # Confidence of scalar fields and of list-of-string items, shaped like ``evidence``:
    # {"event_date": {"confidence": 0.9, "why": "...", "needs_review": false},
    #  "cooperation_areas": {"trade": {...}}, ...}; records (people, documents, ...) carry their own.
    confidence: dict[str, t.Any] = field(default_factory=dict)
    review_below: float | None = None  # the threshold the needs_review marks were set with
    needs_review: list[str] = field(default_factory=list)  # one line per fact marked, for the reviewer
    warnings: list[str] = field(default_factory=list)

    # -- JSON ------------------------------------------------------------------

    def to_dict(self) -> dict[str, t.Any]:
        data = _plain(self)
        data["schema_version"] = FACTS_SCHEMA_VERSION
        return data

    # -- review marks ----------------------------------------------------------------------

    def judged(self) -> list[tuple[str, Judged]]:
        """Every record that carries a confidence, with a label for the reviewer."""
        items: list[tuple[str, Judged]] = [("location", self.location)]
        items += [("participant", p) for p in self.participants]
        items += [("mentioned person", p) for p in self.mentioned_people]
        items += [("signed document", d) for d in self.documents_signed]
        items += [("referenced document", d) for d in self.documents_referenced]
        items += [("quote", q) for q in self.quotes]
        items += [("planned event", e) for e in self.planned_events]
        return items

    def mark_review(self, below: float = DEFAULT_REVIEW_BELOW) -> list[str]:
        """Set ``needs_review`` on every fact whose confidence is below ``below``; list them.

        Facts without a confidence (written or corrected by a person) are never marked.
        """
        self.review_below = below
        lines = []
        for label, record in self.judged():
            record.needs_review = record.confidence is not None and record.confidence < below
            if record.needs_review:
                lines.append(f"{label} {_describe(record)} ({record.confidence:.2f}: {record.why or 'no reason given'})")
        for key, value in self.confidence.items():
            entries = {None: value} if _is_judgement(value) else value if isinstance(value, dict) else {}
            for item, judgement in entries.items():
                if not _is_judgement(judgement):
                    continue
                score = judgement.get("confidence")
                judgement["needs_review"] = isinstance(score, (int, float)) and score < below
                if judgement["needs_review"]:
                    shown = getattr(self, key, None) if item is None else item
                    lines.append(f"{key.replace('_', ' ')} {shown} ({score:.2f}: {judgement.get('why') or 'no reason given'})")
        self.needs_review = lines
        return lines

    def flagged(self, key: str, item: str | None = None) -> bool:
        """Is the scalar field ``key`` (or the item of a list-of-strings field) marked for review?"""
        value = self.confidence.get(key)
        if item is not None and isinstance(value, dict) and not _is_judgement(value):
            value = value.get(item)
        return bool(isinstance(value, dict) and _is_judgement(value) and value.get("needs_review"))

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n"

    @classmethod
    def from_json(cls, text: str) -> Facts:
        return cls.from_dict(json.loads(text))

    @classmethod
    def from_dict(cls, data: t.Mapping[str, t.Any]) -> Facts:
        """Build facts from (possibly hand-edited) JSON; unknown keys are ignored.

        A value of the wrong shape raises ValueError naming its place, e.g.
        ``participants[0].title: expected text or null, got a number``.
        """
        read = _Reader(data, "")
        location = read.object("location")
        return cls(
            event_date=_parse_date(read.text("event_date"), "event_date"),
            event_date_partial=read.text("event_date_partial"),
            event_date_end=_parse_date(read.text("event_date_end"), "event_date_end"),
            location=Location(
                city=location.text("city"),
                country=_upper_or_none(location.text("country")),
                evidence=_evidence(location.raw("evidence")),
                **_judgement(location),
            ),
            event_type=read.text("event_type") or "other",
            event_status=read.text("event_status"),
            participants=[_person(item) for item in read.objects("participants")],
            mentioned_people=[_person(item) for item in read.objects("mentioned_people")],
            organizations=read.texts("organizations"),
            countries=[code.upper() for code in read.texts("countries")],
            source_agency=read.text("source_agency"),
            reported_by=read.text("reported_by"),
            documents_signed=[_document(item) for item in read.objects("documents_signed")],
            documents_referenced=[_document(item) for item in read.objects("documents_referenced")],
            documents_total=_count_or_none(read.raw("documents_total"), "documents_total"),
            cooperation_areas=read.texts("cooperation_areas"),
            quotes=[_quote(item) for item in read.objects("quotes")],
            planned_events=[_planned(item) for item in read.items("planned_events")],
            key_points=read.texts("key_points"),
            headline=read.text("headline"),
            article_date=_parse_date(read.text("article_date"), "article_date"),
            source_path=read.text("source_path") or "",
            article_id=read.text("article_id") or "",
            evidence=_evidence_map(read.raw("evidence") or {}),
            format=_format(read.text("format")),
            occasion=_occasion(read.text("occasion")),
            received_by=read.text("received_by"),
            confidence=_confidence_map(read.raw("confidence")),
            review_below=_number_or_none(read.raw("review_below"), "review_below"),
            needs_review=read.texts("needs_review"),
            warnings=read.texts("warnings"),
        )


class _Reader:
    """Typed access to one JSON object; errors name the key's place in the file."""

    def __init__(self, data: t.Any, where: str) -> None:
        if not isinstance(data, dict):
            raise ValueError(f"{where or 'the facts'}: expected an object {{…}}, got {_kind(data)}")
        self.data = data
        self.where = where

    def _path(self, key: str) -> str:
        return f"{self.where}.{key}" if self.where else key

    def raw(self, key: str) -> t.Any:
        return self.data.get(key)

    def text(self, key: str) -> str | None:
        value = self.data.get(key)
        if value is not None and not isinstance(value, str):
            raise ValueError(f"{self._path(key)}: expected text or null, got {_kind(value)}")
        return value

    def required_text(self, key: str) -> str:
        value = self.text(key)
        if not value or not value.strip():
            raise ValueError(f"{self._path(key)}: must not be empty")
        return value

    def texts(self, key: str) -> list[str]:
        values = self._list(key)
        for index, value in enumerate(values):
            if not isinstance(value, str):
                raise ValueError(f"{self._path(key)}[{index}]: expected text, got {_kind(value)}")
        return list(values)

    def items(self, key: str) -> list[str | _Reader]:
        """A list whose items are text or objects (older facts files hold plain text)."""
        items: list[str | _Reader] = []
        for index, value in enumerate(self._list(key)):
            items.append(value if isinstance(value, str) else _Reader(value, f"{self._path(key)}[{index}]"))
        return items

    def object(self, key: str) -> _Reader:
        return _Reader(self.data.get(key) or {}, self._path(key))

    def objects(self, key: str) -> list[_Reader]:
        return [_Reader(item, f"{self._path(key)}[{index}]") for index, item in enumerate(self._list(key))]

    def _list(self, key: str) -> list[t.Any]:
        value = self.data.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            raise ValueError(f"{self._path(key)}: expected a list […], got {_kind(value)}")
        return value


def _kind(value: t.Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return "null"


MAX_FACTS_BYTES = 5_000_000  # a facts file is a few kilobytes; this is a hand-edited file gone wrong
MAX_JSON_DEPTH = 32  # objects and lists inside each other (facts need 4)
MAX_TEXT = 10_000  # characters of one text value (a quote or a document title is far shorter)
MAX_DIGITS = 20  # digits of an integer (offsets, years)
_JSON_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"?|[\[\]{}]')


class _JsonLimit(ValueError):
    """A value over a limit, found while parsing: ``literal`` is how the file wrote it."""

    def __init__(self, literal: str, reason: str) -> None:
        super().__init__(reason)
        self.literal = literal
        self.reason = reason


def read_json_object(path: Path, data: bytes | None = None) -> dict[str, t.Any]:
    """A JSON object from a file a person may have edited; errors name file, line and column.

    ``data``: the file's bytes when they were already read (from standard input). The file is
    bounded before anything uses it: its size, how deeply it nests, the size of its numbers
    (no ``1e400``, ``Infinity`` or ``NaN``) and the length of its texts.
    """
    try:
        if data is None:
            size = path.stat().st_size
            if size > MAX_FACTS_BYTES:
                raise FactsError(f"{path}: {size:,} bytes is over the limit of {MAX_FACTS_BYTES:,} for a facts file.")
            raw = path.read_bytes()
        else:
            raw = data
        if len(raw) > MAX_FACTS_BYTES:
            raise FactsError(f"{path}: {len(raw):,} bytes is over the limit of {MAX_FACTS_BYTES:,} for a facts file.")
        text = raw.decode("utf-8-sig")  # editors on Windows may add a BOM
    except UnicodeDecodeError as error:
        raise FactsError(f"{path}: not UTF-8 text (byte {error.start}); save it as UTF-8.") from None
    except OSError as error:
        raise FactsError(f"{path}: cannot be read ({error.strerror or error}).") from None
    _check_depth(text, path)
    try:
        data = json.loads(text, parse_constant=_refuse_constant, parse_float=_finite_float, parse_int=_small_int)
    except json.JSONDecodeError as error:
        raise FactsError(f"{path}:{error.lineno}:{error.colno}: {error.msg}; fix the JSON syntax there.") from None
    except _JsonLimit as error:
        offset = max(text.find(error.literal), 0)
        line, column = _line_column(text, offset)
        raise FactsError(f"{path}:{line}:{column}: {error.reason}.") from None
    except RecursionError:  # the depth check comes first; this is only a last line of defence
        raise FactsError(f"{path}: nested too deeply to be facts.") from None
    if not isinstance(data, dict):
        raise FactsError(f"{path}:1:1: expected a JSON object {{…}} of facts, found {_kind(data)}.")
    _check_texts(data, "", path)
    return data


def _line_column(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _check_depth(text: str, path: Path) -> None:
    """Objects and lists at most MAX_JSON_DEPTH deep, checked without parsing (no recursion)."""
    depth = 0
    for match in _JSON_TOKENS.finditer(text):
        token = match.group()
        if token in "[{":
            depth += 1
            if depth > MAX_JSON_DEPTH:
                line, column = _line_column(text, match.start())
                raise FactsError(f"{path}:{line}:{column}: nested more than {MAX_JSON_DEPTH} levels deep; "
                                 "facts are objects and lists only a few levels deep.")
        elif token in "]}":
            depth -= 1


def _refuse_constant(name: str) -> t.Any:
    raise _JsonLimit(name, f"{name} is not a number facts can hold; write a plain number")


def _finite_float(literal: str) -> float:
    value = float(literal)
    if value != value or value in (float("inf"), float("-inf")):
        raise _JsonLimit(literal, f"the number {literal[:40]} is too large")
    return value


def _small_int(literal: str) -> int:
    if len(literal.lstrip("-")) > MAX_DIGITS:
        raise _JsonLimit(literal, f"the number {literal[:20]}… has {len(literal.lstrip('-')):,} digits, "
                         f"over the limit of {MAX_DIGITS}")
    return int(literal)


def _check_texts(value: t.Any, where: str, path: Path) -> None:
    """No text (value or key) longer than MAX_TEXT characters; ``where`` is its place in the file."""
    if isinstance(value, str):
        if len(value) > MAX_TEXT:
            raise FactsError(f"{path}: {where or 'a value'} is {len(value):,} characters long, over the limit "
                             f"of {MAX_TEXT:,} ({value[:40]!r}…).")
    elif isinstance(value, dict):
        for key, item in value.items():
            _check_texts(key, f"a key in {where or 'the facts'}", path)
            _check_texts(item, f"{where}.{key}" if where else key, path)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _check_texts(item, f"{where}[{index}]", path)


_JUDGED_FIELDS = frozenset(("confidence", "why", "needs_review"))


def _plain(value: t.Any) -> t.Any:
    """Dataclasses, dates and nested containers as JSON-ready values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = sorted(dataclasses.fields(value), key=lambda f: f.name in _JUDGED_FIELDS)  # judgement last
        return {f.name: _plain(getattr(value, f.name)) for f in fields}
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def _parse_date(value: t.Any, name: str) -> dt.date | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as exc:
        raise ValueError(f"{name}: {value!r} is not a date in the form YYYY-MM-DD") from exc


def _upper_or_none(value: str | None) -> str | None:
    return value.upper() if value else None


def _person(read: _Reader) -> Person:
    return Person(
        name=read.text("name"),
        title=read.text("title"),
        country=_upper_or_none(read.text("country")),
        organization=read.text("organization"),
        evidence=_evidence(read.raw("evidence")),
        present=read.raw("present") is True,
        gender=_gender(read.text("gender"), read),
        **_judgement(read),
    )


def _gender(value: str | None, read: _Reader) -> str | None:
    if value is None or value in ("female", "male"):
        return value
    raise ValueError(f"{read._path('gender')}: expected \"female\", \"male\" or null, got {value!r}")


def _document(read: _Reader) -> SignedDocument:
    return SignedDocument(
        type=read.text("type") or "other",
        title=read.required_text("title"),
        parties=read.texts("parties"),
        signatories=read.texts("signatories"),
        status=read.text("status"),
        evidence=_evidence(read.raw("evidence")),
        subject=read.text("subject"),
        **_judgement(read),
    )


def _quote(read: _Reader) -> Quote:
    marked = read.raw("marked")
    return Quote(
        speaker=read.text("speaker"),
        text=read.required_text("text"),
        marked=True if marked is None else bool(marked),
        evidence=_evidence(read.raw("evidence")),
        **_judgement(read),
    )


def _planned(item: str | _Reader) -> PlannedEvent:
    if isinstance(item, str):
        return PlannedEvent(text=item)
    when = item.text("when")
    if when and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?|--\d{2}-\d{2}(/--\d{2}-\d{2})?", when):
        raise ValueError(f"{item.where}.when: {when!r} is not YYYY-MM-DD, --MM-DD (or a range --MM-DD/--MM-DD), "
                         "YYYY-MM or YYYY")
    kind = item.text("kind") or "other"
    if kind not in PLANNED_KINDS:
        raise ValueError(f"{item.where}.kind: {kind!r} is not one of {', '.join(PLANNED_KINDS)}")
    return PlannedEvent(
        kind=kind,
        text=item.text("text") or "",
        who=item.texts("who"),
        host=item.text("host"),
        place=item.text("place"),
        country=_upper_or_none(item.text("country")),
        when=when,
        objects=item.texts("objects"),
        invited=item.raw("invited") is True,
        level=_level_of_visit(item),
        meets_unnamed=item.raw("meets_unnamed") is True,
        wished=item.raw("wished") is True,
        evidence=_evidence(item.raw("evidence")),
        **_judgement(item),
    )


def _level_of_visit(item: _Reader) -> str | None:
    level = item.text("level")
    if level and level not in VISIT_LEVELS:
        raise ValueError(f"{item.where}.level: {level!r} is not one of {', '.join(VISIT_LEVELS)}")
    return level


def _evidence(data: t.Any) -> Evidence | None:
    """Evidence is for review only: a span a person garbled is dropped, not fatal."""
    try:
        return Evidence.from_dict(data) if isinstance(data, dict) else None
    except (KeyError, TypeError, ValueError, OverflowError):
        return None


def _evidence_map(data: t.Any) -> dict[str, t.Any]:
    """Evidence values are either one span or a mapping of list items to spans."""
    result: dict[str, t.Any] = {}
    if not isinstance(data, dict):
        return result
    for key, value in data.items():
        if isinstance(value, dict) and "start" in value:
            result[key] = _evidence(value)
        elif isinstance(value, dict):
            result[key] = {item: _evidence(span) for item, span in value.items()}
    return result


def _judgement(read: _Reader) -> dict[str, t.Any]:
    """confidence, why and needs_review of a record; older files have none of them."""
    flag = read.raw("needs_review")
    if flag is not None and not isinstance(flag, bool):
        raise ValueError(f"{read._path('needs_review')}: expected true or false, got {_kind(flag)}")
    return {"confidence": _number_or_none(read.raw("confidence"), read._path("confidence")),
            "why": read.text("why"), "needs_review": bool(flag)}


def _number_or_none(value: t.Any, where: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
        raise ValueError(f"{where}: expected a number from 0 to 1, got {value!r}")
    return float(value)


def _count_or_none(value: t.Any, where: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"{where}: expected a whole number of documents (1 or more) or null, got {value!r}")
    return value


def _format(value: str | None) -> str | None:
    if value is not None and value not in EVENT_FORMATS:
        raise ValueError(f"format: {value!r} is not one of {', '.join(EVENT_FORMATS)} (or null)")
    return value


def _occasion(value: str | None) -> str | None:
    if value is not None and value not in OCCASIONS:
        raise ValueError(f"occasion: {value!r} is not one of {', '.join(OCCASIONS)} (or null)")
    return value


def _is_judgement(value: t.Any) -> bool:
    return isinstance(value, dict) and "confidence" in value and not isinstance(value.get("confidence"), dict)


def _confidence_map(data: t.Any) -> dict[str, t.Any]:
    """Judgements of scalar fields and list items; a garbled entry is dropped, as evidence is."""
    result: dict[str, t.Any] = {}
    if not isinstance(data, dict):
        return result

    def clean(value: t.Any) -> dict[str, t.Any] | None:
        score = value.get("confidence")
        if isinstance(score, bool) or not isinstance(score, (int, float)):
            return None
        why = value.get("why")
        return {"confidence": float(score), "why": why if isinstance(why, str) else None,
                "needs_review": value.get("needs_review") is True}

    for key, value in data.items():
        if _is_judgement(value):
            judged = clean(value)
            if judged:
                result[key] = judged
        elif isinstance(value, dict):
            items = {item: clean(v) for item, v in value.items() if _is_judgement(v)}
            result[key] = {item: v for item, v in items.items() if v}
    return result


def _describe(record: Judged) -> str:
    """A short name of a record for the review list."""
    if isinstance(record, Person):
        return record.name or record.title or "(unnamed)"
    if isinstance(record, SignedDocument):
        return record.title
    if isinstance(record, Quote):
        words = record.text.split()
        return f"{record.speaker or 'unknown speaker'}: “{' '.join(words[:8])}{' …' if len(words) > 8 else ''}”"
    if isinstance(record, PlannedEvent):
        return f"{record.kind}: {record.text}"
    if isinstance(record, Location):
        return ", ".join(part for part in (record.city, record.country) if part) or "(none)"
    return ""
