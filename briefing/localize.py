"""Stage 3: localize the facts for one language.

Every value takes the most trusted source that has it, in this order:

1. the termbase (names of people, institutions, places, titles: staff-curated);
2. the message catalogs (controlled vocabularies: event and document types, areas, titles);
3. Babel/CLDR (dates, country names);
4. machine translation through a :class:`~briefing.translate.Translator`, for free text
   (quotes, key points, planned events, unmapped areas), batched once per document;
5. transliteration, for names nothing else knows.

Anything from 4 or 5, and termbase forms not yet confirmed, carries a mark that the
document shows, and each review item is reported to the user.
"""

from __future__ import annotations

import re
import typing as t
from dataclasses import dataclass, field

from markupsafe import Markup

from briefing import dates, vocabulary
from briefing.catalogs import LoadedCatalog
from briefing.document import REVIEW
from briefing.models import Facts, Person, Quote, SignedDocument
from briefing.render import escape_markdown
from briefing.translate import HUMAN, MACHINE, UNTRANSLATED, Translator
from briefing.transliterate import LANGS as TRANSLITERATED
from briefing.transliterate import transliterate

SOURCE_LANGUAGE = "en"


def _(message: str) -> str:
    """Marks messages for ``pybabel extract``."""
    return message


NAME_NOT_GIVEN = _("name not given")
EVENT_STATUS_LABELS = {"planned": _("planned"), "in progress": _("in progress")}


_LONE_PERCENT = re.compile(r"%(?!\(\w+\)[sd])")  # not a %(name)s placeholder

# Why a localized name needs a reader's check.
UNCONFIRMED = "not yet confirmed in the termbase"
TRANSLITERATED_NAME = "transliterated: not in the termbase"


@dataclass(frozen=True)
class ReviewItem:
    source: str
    form: str
    why: str  # UNCONFIRMED or TRANSLITERATED_NAME


class Localized:
    """A localized value: its text and, when it needs a reader's attention, a mark.

    Jinja's autoescape calls ``__html__``, so templates print ``{{ value }}`` and the
    mark travels with the text into the document.
    """

    __slots__ = ("text", "mark")

    def __init__(self, text: str, mark: str | None = None) -> None:
        self.text = text
        self.mark = mark

    def __html__(self) -> str:
        escaped = escape_markdown(self.text)
        if not self.mark:
            return str(escaped)
        return f'<span class="{self.mark}">{escaped}</span>'

    def __str__(self) -> str:
        return self.text

    def __bool__(self) -> bool:
        return bool(self.text)

    def __repr__(self) -> str:
        return f"Localized({self.text!r}, mark={self.mark!r})"


class Joined:
    """Several localized values printed as one, each keeping its own mark.

    The text is read when the template prints it, after the document's one translator
    call has filled in any part still waiting for it.
    """

    __slots__ = ("parts", "lang")

    def __init__(self, parts: list[Localized], lang: str | None = None) -> None:
        self.parts = parts
        self.lang = lang  # None: "a, b"; a language: its list pattern ("a и b", "a және b")

    def _pieces(self) -> list[str | Localized]:
        """Literal separators and the parts, in order."""
        if self.lang is None or len(self.parts) < 2:
            pieces: list[str | Localized] = []
            for index, part in enumerate(self.parts):
                pieces.extend([", ", part] if index else [part])
            return pieces
        from babel.lists import format_list

        slots = format_list([f"\x00{index}\x00" for index in range(len(self.parts))], locale=self.lang)
        return [self.parts[int(piece)] if piece.isdigit() else piece
                for piece in re.split(r"\x00(\d+)\x00", slots) if piece]

    def __html__(self) -> str:
        return "".join(piece.__html__() if isinstance(piece, Localized) else str(escape_markdown(piece))
                       for piece in self._pieces())

    def __str__(self) -> str:
        return "".join(piece.text if isinstance(piece, Localized) else piece for piece in self._pieces())

    @property
    def text(self) -> str:
        return str(self)

    @property
    def mark(self) -> str | None:
        return next((part.mark for part in self.parts if part.mark), None)

    def __bool__(self) -> bool:
        return any(self.parts)


@dataclass
class LocalizedPerson:
    name: Localized
    title: Localized | Joined | None
    affiliation: Joined | None


@dataclass
class LocalizedDocument:
    type: Localized
    title: Localized
    parties: list[Localized]
    status: Localized | None


@dataclass
class LocalizedQuote:
    text: Localized
    speaker: Localized | None


@dataclass
class LocalizedBriefing:
    """What a template sees as ``b``: every value ready to print in the target language."""

    lang: str
    date: Localized | None
    place: Joined | None
    event_type: Localized
    event_status: Localized | None
    headline: Localized | None
    participants: list[LocalizedPerson]
    mentioned_people: list[LocalizedPerson]
    documents_signed: list[LocalizedDocument]
    documents_referenced: list[LocalizedDocument]
    cooperation_areas: list[Localized]
    key_points: list[Localized]
    quotes: list[LocalizedQuote]
    planned_events: list[Localized]
    source_agency: Localized | None
    article_date: Localized | None
    review_items: list[ReviewItem] = field(default_factory=list)
    engines: set[str] = field(default_factory=set)
    missing_pairs: set[tuple[str, str]] = field(default_factory=set)

    def _values(self) -> t.Iterator[Localized]:
        for value in vars(self).values():
            yield from _walk(value)

    @property
    def has_machine_translation(self) -> bool:
        return any(v.mark == MACHINE for v in self._values())

    @property
    def has_untranslated(self) -> bool:
        return any(v.mark == UNTRANSLATED for v in self._values())

    @property
    def has_review(self) -> bool:
        return any(v.mark == REVIEW for v in self._values())


def _walk(value: t.Any) -> t.Iterator[Localized]:
    if isinstance(value, Localized):
        yield value
    elif isinstance(value, Joined):
        yield from value.parts
    elif isinstance(value, list):
        for item in value:
            yield from _walk(item)
    elif isinstance(value, (LocalizedPerson, LocalizedDocument, LocalizedQuote)):
        for item in vars(value).values():
            yield from _walk(item)


# -- labels: catalogs first, machine translation for a language without one ---------


@dataclass
class Labels:
    """Translated interface labels (template texts and vocabulary) for one language."""

    lang: str
    catalog: LoadedCatalog | None
    machine: dict[tuple[str | None, str], Localized] = field(default_factory=dict)

    @property
    def translated_by_machine(self) -> bool:
        """Whether the translator produced any label (for a language without a catalog)."""
        return any(value.mark != UNTRANSLATED for value in self.machine.values())

    def get(self, message: str, context: str | None = None) -> Localized:
        if self.lang == SOURCE_LANGUAGE and self.catalog is None:
            return Localized(message)
        if self.catalog is not None and self.catalog.is_translated(message, context):
            translations = self.catalog.translations
            text = translations.pgettext(context, message) if context else translations.gettext(message)
            return Localized(str(text))
        if (context, message) in self.machine and self.machine[(context, message)].mark != UNTRANSLATED:
            return self.machine[(context, message)]
        return Localized(message, UNTRANSLATED)

    # The callables a Jinja environment installs: they return markup with the mark. Jinja's
    # new-style gettext always applies "%" formatting, so a lone "%" ("100%") is doubled.
    def gettext(self, message: str) -> str:
        return Markup(_LONE_PERCENT.sub("%%", self.get(message).__html__()))

    def pgettext(self, context: str, message: str) -> str:
        return Markup(_LONE_PERCENT.sub("%%", self.get(message, context).__html__()))

    def plain(self, message: str, context: str | None = None) -> str:
        return self.get(message, context).text


def labels_for(
    lang: str,
    catalog: LoadedCatalog | None,
    pending: PendingTranslations,
    messages: t.Iterable[tuple[str | None, str]],
) -> Labels:
    """Labels for ``lang``; messages the catalog lacks join the document's translation batch."""
    labels = Labels(lang, catalog)
    if lang == SOURCE_LANGUAGE and catalog is None:
        return labels
    for context, message in dict.fromkeys(messages):
        if not (catalog and catalog.is_translated(message, context)):
            labels.machine[(context, message)] = pending.add(message)
    return labels


# -- facts ----------------------------------------------------------------------------


class PendingTranslations:
    """Text waiting for the one batched translator call of a document and language."""

    def __init__(self) -> None:
        self.values: list[tuple[str, Localized]] = []

    def add(self, text: str) -> Localized:
        value = Localized(text)
        self.values.append((text, value))
        return value

    def translate(self, translator: Translator, lang: str, briefing: LocalizedBriefing) -> None:
        if not self.values:
            return
        if lang == SOURCE_LANGUAGE:
            return
        sources = list(dict.fromkeys(text for text, _value in self.values))
        results = dict(zip(sources, translator.translate_batch(sources, SOURCE_LANGUAGE, lang), strict=True))
        for text, value in self.values:
            result = results[text]
            value.text = result.text
            value.mark = {MACHINE: MACHINE, UNTRANSLATED: UNTRANSLATED, HUMAN: None}[result.status]
            if result.engine:
                briefing.engines.add(result.engine)
        briefing.missing_pairs.update(getattr(translator, "missing_pairs", set()))


class Localizer:
    """Localizes one :class:`Facts` into one language."""

    def __init__(self, lang: str, labels: Labels, termbase: t.Any, translator: Translator,
                 pending: PendingTranslations) -> None:
        self.lang = lang
        self.labels = labels
        self.termbase = termbase
        self.translator = translator
        self.pending = pending
        self.review_items: list[ReviewItem] = []

    def localize(self, facts: Facts) -> LocalizedBriefing:
        briefing = LocalizedBriefing(
            lang=self.lang,
            date=self._date(facts),
            place=self._place(facts),
            event_type=self.labels.get(_event_label(facts.event_type), vocabulary.EVENT_TYPE_CONTEXT),
            event_status=self._status(facts.event_status),
            headline=self.free_text(facts.headline) if facts.headline else None,
            participants=[self.person(p) for p in facts.participants],
            mentioned_people=[self.person(p) for p in facts.mentioned_people],
            documents_signed=[self.document(d) for d in facts.documents_signed],
            documents_referenced=[self.document(d) for d in facts.documents_referenced],
            cooperation_areas=[self.area(a) for a in facts.cooperation_areas],
            key_points=[self.free_text(p) for p in facts.key_points],
            quotes=[self.quote(q) for q in facts.quotes],
            planned_events=[self.free_text(e.text) for e in facts.planned_events],
            source_agency=self.name(facts.source_agency, "agency") if facts.source_agency else None,
            article_date=Localized(dates.format_date(facts.article_date, self.lang)) if facts.article_date else None,
        )
        self.pending.translate(self.translator, self.lang, briefing)
        briefing.review_items = list(dict.fromkeys(self.review_items))
        return briefing

    # -- values -------------------------------------------------------------------

    def _date(self, facts: Facts) -> Localized | None:
        if facts.event_date:
            return Localized(dates.format_date(facts.event_date, self.lang))
        if facts.event_date_partial:
            return Localized(dates.format_partial_date(facts.event_date_partial, self.lang))
        return None

    def _place(self, facts: Facts) -> Joined | None:
        city = self.name(facts.location.city, "place") if facts.location.city else None
        country = self.country(facts.location.country) if facts.location.country else None
        return _joined([part for part in (city, country) if part])

    def _status(self, status: str | None) -> Localized | None:
        if not status:
            return None
        label = EVENT_STATUS_LABELS.get(status)
        return self.labels.get(label) if label else self.free_text(status)

    def country(self, code: str) -> Localized:
        return Localized(dates.country_name(code, self.lang, self.termbase))

    def name(self, text: str, kind: str | None = None) -> Localized:
        """A proper name: termbase form, else transliteration flagged for review."""
        entry = self._find(text, kind)
        if entry is not None:
            form = entry.form(self.lang)
            if form:
                # A brand kept in Latin letters (Trend, Kazakh Invest) is not a guess.
                if entry.needs_review(self.lang) and form != entry.en:
                    self._review(text, form, UNCONFIRMED)
                    return Localized(form, REVIEW)
                return Localized(form)
        if self.lang == SOURCE_LANGUAGE:
            return Localized(text)
        if kind in ("agency", "company") or self.lang not in TRANSLITERATED:
            return Localized(text)  # brands, and names in a Latin-script briefing, stay as written
        form = transliterate(text, self.lang)
        self._review(text, form, TRANSLITERATED_NAME)
        return Localized(form, REVIEW)

    def title(self, text: str, country: str | None = None) -> Localized | Joined:
        entry = self._find(text, "title")
        if entry is not None and entry.form(self.lang):
            mark = REVIEW if entry.needs_review(self.lang) else None
            if mark:
                self._review(text, entry.form(self.lang), UNCONFIRMED)
            return Localized(entry.form(self.lang), mark)
        offices = _offices(text, country)
        if offices:
            return Joined([self.labels.get(term.label, term.context) for term in offices], self.lang)
        return self.free_text(text)

    def institution(self, text: str) -> Localized:
        entry = self._find(text, None)
        if entry is not None and entry.form(self.lang):
            return self.name(text, None)
        return self.free_text(text)

    def person(self, person: Person) -> LocalizedPerson:
        name = self.name(person.name, "person") if person.name else self.labels.get(NAME_NOT_GIVEN)
        parts = []
        if person.country:
            parts.append(self.country(person.country))
        if person.organization:
            parts.append(self.institution(person.organization))
        return LocalizedPerson(
            name=name,
            title=self.title(person.title, person.country) if person.title else None,
            affiliation=_joined(parts),
        )

    def document(self, document: SignedDocument) -> LocalizedDocument:
        kind = vocabulary.DOCUMENT_TYPES.get(document.type, vocabulary.DOCUMENT_TYPES["other"])
        return LocalizedDocument(
            type=self.labels.get(kind.label, kind.context),
            title=self.document_title(document),
            parties=[self.party(party) for party in document.parties],
            status=self.free_text(document.status) if document.status else None,
        )

    def document_title(self, document: SignedDocument) -> Localized:
        """A title in the termbase; "X between A and B" is X when A and B are its parties,
        which the briefing lists beside it."""
        for title in dict.fromkeys([document.title, _without_parties(document.title, document.parties)]):
            if self._find(title, "document") is not None:
                return self.name(title, "document")
        return self.free_text(document.title)

    def party(self, text: str) -> Localized:
        entry = self._find(text, None)
        if entry is not None and entry.type == "country" and entry.form(self.lang):
            return self.name(text, "country")
        return self.institution(text)

    def area(self, text: str) -> Localized:
        term = vocabulary.match_term(text, vocabulary.COOPERATION_AREAS)
        if term is not None:
            return self.labels.get(term.label, term.context)
        return self.free_text(text)

    def quote(self, quote: Quote) -> LocalizedQuote:
        speaker = None
        if quote.speaker:
            speaker = self.name(quote.speaker, None)
        return LocalizedQuote(text=self.free_text(quote.text), speaker=speaker)

    def free_text(self, text: str) -> Localized:
        if self.lang == SOURCE_LANGUAGE:
            return Localized(text)
        return self.pending.add(text)

    # -- helpers --------------------------------------------------------------------

    def _find(self, text: str | None, kind: str | None) -> t.Any:
        if not text or self.termbase is None:
            return None
        return self.termbase.find(text, kind) or (self.termbase.find(text) if kind else None)

    def _review(self, source: str, form: str | None, why: str) -> None:
        self.review_items.append(ReviewItem(source, form or "", why))


def _event_label(event_type: str) -> str:
    term = vocabulary.EVENT_TYPES.get(event_type, vocabulary.EVENT_TYPES["other"])
    return term.label


_OFFICE_SEPARATORS = re.compile(r"\s*(?:,|\band\b|&)\s*")


def _offices(title: str, country: str | None) -> list[vocabulary.Term]:
    """The controlled offices a title is made of, once the person's own country is taken out:
    "Deputy Prime Minister and Minister of Foreign Affairs of Kazakhstan" → two offices.
    That country is not lost: the briefing shows it beside the title."""
    core = _without_country(title, country)
    terms = [vocabulary.match_term(part, vocabulary.TITLES) for part in _OFFICE_SEPARATORS.split(core) if part]
    return [term for term in terms if term] if terms and all(terms) else []


def _without_country(title: str, country: str | None) -> str:
    from briefing.extract.lexicon import countries_in

    text = title
    for start, end, code in reversed(countries_in(title)):
        if code != country:
            continue  # another country in a title ("President of France") is part of it
        before = re.sub(r"\s*\bof(?:\s+the)?(?:\s+republic\s+of)?\s*$", "", text[:start], flags=re.IGNORECASE)
        text = before + text[end:]
    text = re.sub(r"^\s*(?:the\s+)?(?:republic\s+of\s+)?", "", text, flags=re.IGNORECASE)
    return re.sub(r"\s+", " ", text).strip(" ,")


def _without_parties(title: str, parties: list[str]) -> str:
    name, between, clause = title.partition(" between ")
    named = all(party.lower().removeprefix("the ") in clause.lower() for party in parties)
    return name.strip() if between and parties and named else title


def _joined(parts: list[Localized]) -> Joined | None:
    return Joined(parts) if parts else None


def localize(facts: Facts, lang: str, labels: Labels, termbase: t.Any, translator: Translator,
             pending: PendingTranslations) -> LocalizedBriefing:
    """Localize ``facts`` into ``lang``; ``pending`` already holds the labels to translate."""
    return Localizer(lang, labels, termbase, translator, pending).localize(facts)
