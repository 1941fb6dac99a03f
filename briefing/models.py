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
import typing as t
from dataclasses import dataclass, field

EVENT_TYPES = ("meeting", "signing", "visit", "talks", "forum", "phone_call", "other")
DOCUMENT_TYPES = ("memorandum", "agreement", "roadmap", "declaration", "protocol", "other")
FACTS_SCHEMA_VERSION = 1


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

    @property
    def body(self) -> str:
        return self.text[self.body_offset :]


@dataclass
class Location:
    city: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-2
    evidence: Evidence | None = None


@dataclass
class Person:
    name: str | None
    title: str | None = None
    country: str | None = None
    organization: str | None = None
    evidence: Evidence | None = None


@dataclass
class SignedDocument:
    type: str
    title: str
    parties: list[str] = field(default_factory=list)
    signatories: list[str] = field(default_factory=list)
    status: str | None = None  # for referenced documents: "signed earlier", "to be concluded"
    evidence: Evidence | None = None


@dataclass
class Quote:
    speaker: str | None
    text: str
    marked: bool = True  # False for direct speech printed without quotation marks
    evidence: Evidence | None = None


@dataclass
class Facts:
    """Structured facts of one article (see the README for the JSON contract)."""

    event_date: dt.date | None = None
    event_date_partial: str | None = None  # "--MM-DD" when the text gives no year
    location: Location = field(default_factory=Location)
    event_type: str = "other"
    event_status: str | None = None  # "planned" / "in progress"; None when it took place
    participants: list[Person] = field(default_factory=list)
    mentioned_people: list[Person] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    source_agency: str | None = None
    documents_signed: list[SignedDocument] = field(default_factory=list)
    documents_referenced: list[SignedDocument] = field(default_factory=list)
    cooperation_areas: list[str] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    planned_events: list[str] = field(default_factory=list)
    key_points: list[str] = field(default_factory=list)
    headline: str | None = None
    article_date: dt.date | None = None  # the page or dateline date of the article
    source_path: str = ""
    # Evidence of scalar fields and of list-of-string items, keyed by field name and value:
    # {"event_date": Evidence, "cooperation_areas": {"political": Evidence}, ...}
    evidence: dict[str, t.Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    # -- JSON ------------------------------------------------------------------

    def to_dict(self) -> dict[str, t.Any]:
        data = _plain(self)
        data["schema_version"] = FACTS_SCHEMA_VERSION
        return data

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n"

    @classmethod
    def from_json(cls, text: str) -> Facts:
        return cls.from_dict(json.loads(text))

    @classmethod
    def from_dict(cls, data: t.Mapping[str, t.Any]) -> Facts:
        """Build facts from (possibly hand-edited) JSON; unknown keys are ignored."""
        location = data.get("location") or {}
        return cls(
            event_date=_parse_date(data.get("event_date"), "event_date"),
            event_date_partial=data.get("event_date_partial"),
            location=Location(
                city=location.get("city"),
                country=_upper_or_none(location.get("country")),
                evidence=Evidence.from_dict(location.get("evidence")),
            ),
            event_type=data.get("event_type") or "other",
            event_status=data.get("event_status"),
            participants=[_person(p) for p in data.get("participants") or []],
            mentioned_people=[_person(p) for p in data.get("mentioned_people") or []],
            organizations=list(data.get("organizations") or []),
            countries=[c.upper() for c in data.get("countries") or []],
            source_agency=data.get("source_agency"),
            documents_signed=[_document(d) for d in data.get("documents_signed") or []],
            documents_referenced=[_document(d) for d in data.get("documents_referenced") or []],
            cooperation_areas=list(data.get("cooperation_areas") or []),
            quotes=[_quote(q) for q in data.get("quotes") or []],
            planned_events=list(data.get("planned_events") or []),
            key_points=list(data.get("key_points") or []),
            headline=data.get("headline"),
            article_date=_parse_date(data.get("article_date"), "article_date"),
            source_path=data.get("source_path") or "",
            evidence=_evidence_map(data.get("evidence") or {}),
            warnings=list(data.get("warnings") or []),
        )


def _plain(value: t.Any) -> t.Any:
    """Dataclasses, dates and nested containers as JSON-ready values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
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


def _person(data: t.Mapping[str, t.Any]) -> Person:
    return Person(
        name=data.get("name"),
        title=data.get("title"),
        country=_upper_or_none(data.get("country")),
        organization=data.get("organization"),
        evidence=Evidence.from_dict(data.get("evidence")),
    )


def _document(data: t.Mapping[str, t.Any]) -> SignedDocument:
    return SignedDocument(
        type=data.get("type") or "other",
        title=data.get("title") or "",
        parties=list(data.get("parties") or []),
        signatories=list(data.get("signatories") or []),
        status=data.get("status"),
        evidence=Evidence.from_dict(data.get("evidence")),
    )


def _quote(data: t.Mapping[str, t.Any]) -> Quote:
    return Quote(
        speaker=data.get("speaker"),
        text=data.get("text") or "",
        marked=data.get("marked", True),
        evidence=Evidence.from_dict(data.get("evidence")),
    )


def _evidence_map(data: t.Mapping[str, t.Any]) -> dict[str, t.Any]:
    """Evidence values are either one span or a mapping of list items to spans."""
    result: dict[str, t.Any] = {}
    for key, value in data.items():
        if isinstance(value, dict) and "start" in value:
            result[key] = Evidence.from_dict(value)
        elif isinstance(value, dict):
            result[key] = {item: Evidence.from_dict(span) for item, span in value.items()}
    return result
