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

import datetime as dt
import functools
import itertools
import re
import typing as t
from dataclasses import dataclass, field, replace
from pathlib import Path

from markupsafe import Markup

from briefing import dates, vocabulary
from briefing.catalogs import LoadedCatalog
from briefing.document import REVIEW
from briefing.grammar.forms import Inflector
from briefing.models import ONE_OF_SEVERAL, Facts, Person, PlannedEvent, Quote, SignedDocument
from briefing.render import escape_markdown
from briefing.translate import HUMAN, MACHINE, UNTRANSLATED, Translator

SOURCE_LANGUAGE = "en"
COMPOSED_LANGS = ("ru", "kk", "mn")  # languages the lexicon of offices.csv has columns for


def _(message: str) -> str:
    """Marks messages for ``pybabel extract``."""
    return message


NAME_NOT_GIVEN = _("name not given")
EVENT_STATUS_LABELS = {"planned": _("planned"), "in progress": _("in progress")}


_LONE_PERCENT = re.compile(r"%(?!\(\w+\)[sd])")  # not a %(name)s placeholder

# Why a localized name needs a reader's check.
UNCONFIRMED = "not yet confirmed in the termbase"
NEAR_SPELLING = "matched to a termbase row spelt one letter differently"
TRANSLITERATED_NAME = "transliterated: not in the termbase"
NO_TRANSLATION = "no translation: left in English (add it to the termbase or the catalog)"
LEFT_OUT = "no translation: left out of the planned event's sentence (add it to the termbase or the catalog)"
LEFT_OUT_SUBJECT = "no translation: a document's subject left out of its name (add it to the area vocabulary or the catalog)"
COMPOSED = "composed from parts not all confirmed (locales/offices.csv)"
LEFT_OUT_OFFICE = "no translation: one of a person's offices left out of the title (add it to locales/offices.csv)"
LEFT_IN_LATIN = "left in Latin letters: no transliteration rules for this language"
LOW_CONFIDENCE = "extraction was unsure (check the article)"
# The department's own state is named officially in its officials' titles: «министр иностранных дел
# Республики Казахстан», «Қазақстан Республикасының Сыртқы істер министрі» (as «Президент Республики Казахстан»).
OFFICIAL_LONG_NAMES = {"KZ": "the Republic of Kazakhstan"}
OWN_STATE_LANGUAGES = ("ru", "kk")  # the languages in which the department's state names its own offices bare


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

    __slots__ = ("gender", "kind", "mark", "source", "text")

    def __init__(self, text: str, mark: str | None = None, kind: str = "common", source: str | None = None,
                 gender: str | None = None) -> None:
        self.text = text
        self.mark = mark
        self.kind = kind  # how the value declines: person, place, institution, title, document, common
        # where the form came from, for 'briefing names': termbase, composed, catalog, cldr, transliterated
        self.source = source
        self.gender = gender  # a person's, where the article tells it ("at her office"); else guessed from the name

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


class Phrase:
    """Literal words and localized values in order; prints as markup with each value's mark."""

    __slots__ = ("pieces",)

    def __init__(self, pieces: list[str | Localized]) -> None:
        self.pieces = [piece for piece in pieces if piece != ""]

    def __html__(self) -> str:
        return "".join(piece.__html__() if isinstance(piece, Localized) else str(escape_markdown(piece))
                       for piece in self.pieces)

    def __str__(self) -> str:
        return "".join(piece.text if isinstance(piece, Localized) else piece for piece in self.pieces)

    @property
    def text(self) -> str:
        return str(self)

    def __bool__(self) -> bool:
        return bool(str(self).strip())


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
        return Phrase(self._pieces()).__html__()

    def __str__(self) -> str:
        return str(Phrase(self._pieces()))

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
    title: Localized | Joined | None  # as the table shows it, beside the country column
    affiliation: Joined | None
    country: Localized | None = None
    title_in_text: Localized | Joined | None = None  # with the person's country, for sentences
    present: bool = False  # at the event, no side of it ("Also present was …")

    @property
    def sentence_title(self) -> Localized | Joined | None:
        """«Президент Узбекистана», not a bare «Президент»: a sentence has no country column."""
        return self.title_in_text or self.title


@dataclass
class LocalizedDocument:
    type: Localized  # the type's label: "Memorandum"
    title: Localized | Phrase | None  # None when the article only counts documents ("11 documents")
    parties: list[Localized]
    status: Localized | None
    type_key: str = "other"  # memorandum, agreement, …: templates choose words by it
    count: int | None = None  # "11 documents": how many the article counts
    status_key: str | None = None  # the status's key ("ratified", "signed earlier", …): templates choose words by it
    # The parties that are states, when a body stands beside them («Таджикистан и Медиакорпорация Китая»):
    # kk and mn name such a state as a side («Тәжікстан тарапы»), else the list reads as one body
    states_beside_bodies: list[Localized] = field(default_factory=list)
    # one of "several documents, including ...": the text lists some, their number untold
    one_of_several: bool = False
    # documents a sentence could only call by their kind, counted as one entry («6 соглашений»): an item of the
    # list, never the article's own total
    grouped: bool = False
    more_than: bool = False  # "more than 60 documents": the count is a floor («более 60 документов»)
    several: bool = False  # "agreements in health, energy and culture": several of one kind, named by their fields
    signatories: list[LocalizedPerson] = field(default_factory=list)  # who signed it, when the text names each side's

    @property
    def one(self) -> bool:
        """A single document: neither counted ("13 documents") nor several of one kind."""
        return (self.count is None or self.count == 1) and not self.several

    @property
    def name(self) -> Localized:
        """What a sentence calls the document: its title, or its type when the title has no translation."""
        if self.title is not None and getattr(self.title, "mark", None) != UNTRANSLATED:
            return self.title  # type: ignore[return-value]  # a Phrase prints like a Localized
        label = self.type.text
        return Localized(label[:1].lower() + label[1:], self.type.mark, "document")


@dataclass
class LocalizedQuote:
    text: Localized
    speaker: Localized | None
    person: LocalizedPerson | None = None  # the speaker as a participant, with title, when known


# kinds of plan that say nothing when nothing else is known of them: "a meeting is planned", "an event is planned"
_KINDS_SAYING_NOTHING_ALONE = frozenset({"other", "meeting", "session", "talks", "consultations"})


@dataclass
class LocalizedPlannedEvent:
    kind: str  # a key of models.PLANNED_KINDS: templates choose words by it
    label: Localized  # the kind's label from the catalog: "visit", "визит"
    who: list[LocalizedPerson | Localized]
    host: LocalizedPerson | Localized | None
    place: Localized | None
    country: Localized | None
    when: Localized | None  # an adverbial phrase: "in 2026", «в 2026 году»
    objects: list[Localized]
    text: str  # the English phrase it was read from (evidence, for the source appendix)
    # States among the actors of a meeting or talks ("Kulubaev and Türkiye will meet"): the other side,
    # never a person's partner in a list; a template writes «с представителями Турции», «Түркия тарапымен»
    sides: list[LocalizedPerson | Localized] = field(default_factory=list)
    invited: bool = False  # an invitation to come, not an agreed visit: «приглашение посетить …»
    wished: bool = False  # wished for, nothing agreed: «стороны выразили заинтересованность в проведении …»
    meets_unnamed: bool = False  # ``who`` meet others the text does not name: «встречи X», never «встреча с X»

    @property
    def informative(self) -> bool:
        """Whether the plan tells a reader something: who, where, when or what, or a kind that is news by itself (a
        forum, a visit); «Запланировано мероприятие.», «Запланирована встреча.» alone say nothing a reader can use."""
        return bool(self.who or self.host or self.place or self.country or self.when or self.objects or self.sides
                    or self.kind not in _KINDS_SAYING_NOTHING_ALONE)


def _told_once(events: list[LocalizedPlannedEvent]) -> list[LocalizedPlannedEvent]:
    """Plans that tell the same once written in the language: "a state visit to Ghana" and "a visit to Ghana's
    HopeXchange Medical Centre", its English name left out, are one visit, told once (the first, fuller, way)."""
    seen: set[tuple[str, ...]] = set()
    kept: list[LocalizedPlannedEvent] = []
    for event in events:
        key = (event.kind, *(str(who) for who in event.who), str(event.host), str(event.place),
               str(event.country), str(event.when), *(str(name) for name in event.objects), str(event.invited),
               str(event.wished), *(str(side) for side in event.sides))
        bare = not (event.host or event.place or event.country or event.when or event.objects or event.sides)
        if key in seen or (bare and any(other.kind == event.kind and other.who == event.who for other in kept)):
            continue  # ... or says nothing the one before does not: "a visit of X" after "X's state visit to Ghana"
        seen.add(key)
        kept.append(event)
    return kept


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
    quotes: list[LocalizedQuote]
    planned_events: list[LocalizedPlannedEvent]
    source_agency: Localized | None
    article_date: Localized | None
    reported_by: Localized | None = None  # Facts.reported_by: «по сообщению пресс-службы …»
    event_kind: str = "other"  # the event type's key: templates choose sentence patterns by it
    status_key: str | None = None  # "planned", "in progress" or None when it took place
    received_by: LocalizedPerson | None = None  # the participant who received the others (Facts.received_by)
    format_key: str | None = None  # Facts.format: "video" makes a meeting's lead say how it was held
    when: Localized | None = None  # the event date as a sentence's adverbial: «4 сентября 2025 года»
    city: Localized | None = None
    country: Localized | None = None
    source_excerpts: list[Localized] = field(default_factory=list)  # English sentences, on request
    documents_total: int | None = None  # "a total of six documents were signed" when fewer are named
    ratified_by: Localized | None = None  # the chamber a ratification names ("the Mazhilis"), when the article does
    # the chamber approved the law on the ratification ("the senators approved the law on the ratification of ...",
    # as an upper chamber does after the lower one adopted it), rather than ratifying the document itself
    ratification_law: bool = False
    # the areas are what the signed documents cover: every area is read from a sentence about the documents
    # ("a package of documents covering A, B", "the agreement provides for cooperation in A"), not from the talks
    areas_of_documents: bool = False
    # the one document of several the areas' sentences name ("The MoU was signed to strengthen cooperation in …" beside
    # "23 documents were signed"): the areas are that document's, never all of them («Меморандум охватывает …»)
    areas_document: LocalizedDocument | None = None
    # each of those met was met apart ("held meetings with A … held a meeting with B … also met with C", "called on A,
    # B and C"): «состоялись встречи X с A, B и C», never one meeting of them all
    separate_meetings: bool = False
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

    @property
    def ratified(self) -> list[LocalizedDocument]:
        """The documents the article says were ratified (a ratification's own subject)."""
        return [document for document in self.documents_referenced if document.status_key == "ratified"]

    @property
    def place_in_the_lead(self) -> Localized | Joined | None:
        """Where the lead says the event was: the city, else the country, unless the first person's title already
        names that country (never «в Чехии … министра иностранных дел Чехии»; the subtitle gives the place) and the
        event is over."""
        if self.city is not None or self.country is None or self.status_key == "planned":
            return self.city or self.country  # a plan says where it will be (the readers of fresh89)
        first = self.participants[0].sentence_title if self.participants else None
        return None if first is not None and _names_country(str(first), str(self.country)) else self.country

    @property
    def signed_by(self) -> list[LocalizedPerson]:
        """The people who signed every document signed here, when the article names them: «Документ подписали …»."""
        signers = [document.signatories for document in self.documents_signed]
        if not signers or not signers[0] or any([str(p.name) for p in each] != [str(p.name) for p in signers[0]]
                                                for each in signers):
            return []
        return signers[0]

    @property
    def signed(self) -> SignedCount:
        documents = self.documents_signed
        # "10 agreements and a joint statement": the leaders' joint text is none of the agreements counted; the count
        # stands beside it («10 соглашений, а также совместное заявление»), its number added (a list under "8 accords:"
        # of a declaration and a programme is the accords themselves)
        named_kinds = {document.type_key for document in documents if document.count is None}
        apart = [document for document in documents if document.count and not document.grouped and
                 not document.more_than and document.type_key in _COUNTED_APART
                 and named_kinds == {"declaration"}]
        named = sum(1 for document in documents if document.count is None) + \
            sum(document.count or 0 for document in documents if document.grouped or document in apart)
        counted = max([document.count or 0 for document in documents
                       if document.count is not None and not document.grouped and not document.more_than
                       and document not in apart] + [self.documents_total or 0])
        # "new agreements", no number; "several documents, including A and B": some named, the number untold;
        # "more than 60 documents": no exact total
        unnumbered = any(document.count == 0 or document.one_of_several or document.more_than for document in documents)
        total = max(named, counted)
        sides = [[str(party) for party in document.parties] for document in documents]
        same = bool(sides) and all(each == sides[0] for each in sides)
        # a total only when the article gives one: a count of the documents read would claim the list is whole
        partial = bool(named) and (named < total or unnumbered)
        # one document named of 27 signed: its sides (two city halls) are not those of all 27
        told_for_all = same and len(sides[0]) >= 2 and (not partial or len(documents) >= 2)
        return SignedCount(total=total, numbered=bool(counted) or bool(apart), partial=partial, named=named,
                           shared=documents[0].parties if told_for_all else [], apart=apart)


@dataclass(frozen=True)
class SignedCount:
    """How many documents were signed, for a summary that counts them (``b.signed``).

    ``total``: the larger of the documents named and a number the article gives ("11 documents");
    ``numbered``: True when the article gives a number ("11 documents", "a total of six"), never
    for a count of the documents named alone (review 29: «Всего подписано 10» over a list the article never totals); ``partial``: the named ones are only some of them ("including");
    ``named``: how many are named; ``shared``: the sides when every document has the same two or more.
    """

    total: int
    numbered: bool
    partial: bool
    named: int
    shared: list[Localized]
    apart: list[LocalizedDocument] = field(default_factory=list)  # counted sets listed beside the named ones


# the kinds a count of documents may name apart from the leaders' joint text beside it
_COUNTED_APART = frozenset({"agreement", "memorandum", "protocol", "roadmap", "contract"})


def _walk(value: t.Any) -> t.Iterator[Localized]:
    if isinstance(value, Localized):
        yield value
    elif isinstance(value, Joined):
        yield from value.parts
    elif isinstance(value, list):
        for item in value:
            yield from _walk(item)
    elif isinstance(value, LocalizedDocument):  # what prints: its name, the type where the title has no translation
        for key, item in vars(value).items():
            yield from _walk(value.name if key == "title" else item)
    elif isinstance(value, (LocalizedPerson, LocalizedQuote, LocalizedPlannedEvent)):
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
        if self.catalog is not None and self.catalog.is_translated(message, context):
            translations = self.catalog.translations
            text = translations.pgettext(context, message) if context else translations.gettext(message)
            return Localized(str(text))
        if self.lang == SOURCE_LANGUAGE:
            return Localized(message)  # English needs no catalog entry: the message is the text
        if (context, message) in self.machine and self.machine[(context, message)].mark != UNTRANSLATED:
            return self.machine[(context, message)]
        return Localized(message, UNTRANSLATED)

    # The callables a Jinja environment installs: they return markup with the mark. Jinja's
    # new-style gettext always applies "%" formatting, so a lone "%" ("100%") is doubled.
    def gettext(self, message: str) -> str:
        return Markup(_LONE_PERCENT.sub("%%", self.get(message).__html__()))

    def pgettext(self, context: str, message: str) -> str:
        return Markup(_LONE_PERCENT.sub("%%", self.get(message, context).__html__()))

    def ngettext(self, singular: str, plural: str, number: int) -> str:
        """The plural form the catalog's Plural-Forms rule picks («11 документов»); English's rule without one."""
        if self.catalog is not None and self.catalog.is_translated(singular):
            text = self.catalog.translations.ngettext(singular, plural, number)
            return Markup(_LONE_PERCENT.sub("%%", str(escape_markdown(str(text)))))
        return self.gettext(singular if number == 1 else plural)

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
    needed = list(dict.fromkeys(messages))
    # The same list for every document of a language: the catalog answers it once.
    translated = catalog.translated(needed) if catalog else (False,) * len(needed)
    for (context, message), in_catalog in zip(needed, translated, strict=True):
        if not in_catalog:
            labels.machine[(context, message)] = pending.add(message)
    return labels


# -- facts ----------------------------------------------------------------------------


class PendingTranslations:
    """Text waiting for the one batched translator call of a document and language."""

    def __init__(self) -> None:
        self.values: list[tuple[str, Localized]] = []
        self.notes: list[tuple[str, str, str]] = []  # (source, translation, why) for the review list

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
        for text, result in results.items():
            self.notes.extend((text, result.text, note) for note in result.notes)
        briefing.missing_pairs.update(getattr(translator, "missing_pairs", set()))


class Localizer:
    """Localizes one :class:`Facts` into one language."""

    def __init__(self, lang: str, labels: Labels, termbase: t.Any, translator: Translator,
                 pending: PendingTranslations, source_excerpts: bool = False,
                 lexicon_path: Path | None = None, inflector: Inflector | None = None) -> None:
        self.lang = lang
        self.inflector = inflector or Inflector(lang)  # staff's inflections.csv first, then the rules
        self.lexicon_path = lexicon_path  # locales/offices.csv: parts of titles, institutions, documents
        self.labels = labels
        self.termbase = termbase
        self.translator = translator
        self.pending = pending
        self.source_excerpts = source_excerpts
        self.review_items: list[ReviewItem] = []
        self.people: dict[str, LocalizedPerson] = {}  # by the name as written, for speakers and planned events
        self.day: str | None = None  # the event's (else the article's) date, ISO: which office a person held

    def localize(self, facts: Facts) -> LocalizedBriefing:
        day = facts.event_date or facts.article_date
        self.day = day.isoformat() if day else None
        areas = _without_restated_pairs(facts.cooperation_areas)  # the areas as the briefing lists them
        participants = [self.person(p) for p in facts.participants]
        mentioned = [self.person(p) for p in facts.mentioned_people]
        for person, localized in zip([*facts.participants, *facts.mentioned_people], [*participants, *mentioned],
                                     strict=True):
            if person.name:
                self.people.setdefault(person.name, localized)
        documents_cover_areas = _areas_of_signed_documents(facts)
        briefing = LocalizedBriefing(
            lang=self.lang,
            date=self._date(facts),
            place=self._place(facts),
            event_type=self.labels.get(_event_label(_event_key(facts)), vocabulary.EVENT_TYPE_CONTEXT),
            event_status=self._status(facts.event_status),
            headline=self.free_text(facts.headline) if facts.headline else None,
            participants=participants,
            mentioned_people=mentioned,
            documents_signed=[self.document(d) for d in facts.documents_signed],
            documents_referenced=[self.document(d) for d in facts.documents_referenced],
            documents_total=facts.documents_total,
            cooperation_areas=[self.area(a) for a in areas],
            quotes=[self.quote(q) for q in facts.quotes],
            planned_events=[self.planned_event(e) for e in facts.planned_events],
            source_agency=self.name(facts.source_agency, "agency") if facts.source_agency else None,
            reported_by=self._reporter(facts.reported_by) if facts.reported_by else None,
            article_date=Localized(dates.format_date(facts.article_date, self.lang)) if facts.article_date else None,
            event_kind=_event_key(facts),
            status_key=facts.event_status if facts.event_status in EVENT_STATUS_LABELS else None,
            when=self._when(_days_of(facts)),
            city=self.name(facts.location.city, "place", facts.location.country) if facts.location.city else None,
            country=self.country(facts.location.country) if facts.location.country else None,
            source_excerpts=self._source_excerpts(facts),
            ratified_by=self._ratifier(facts),
            ratification_law=_approved_a_ratification_law(facts),
            areas_of_documents=documents_cover_areas,
            areas_document=self._areas_document(facts) if documents_cover_areas else None,
            received_by=self.people.get(facts.received_by) if facts.received_by else None,
            format_key=facts.format,
            separate_meetings=_separate_meetings(facts),
        )
        self._mark_doubtful_facts(facts, briefing, areas)
        self.pending.translate(self.translator, self.lang, briefing)
        # only now is it known which titles stayed in English: a subject none could translate is left out, and the
        # documents a sentence can then only call by their kind are counted
        for document in [*briefing.documents_signed, *briefing.documents_referenced]:
            self._leave_out_untranslated_subject(document)
        briefing.documents_signed = _counted_alike(briefing.documents_signed)
        briefing.documents_referenced = _counted_alike(briefing.documents_referenced)
        # "culture" and "cultural" are two areas in English and one word in another language: name it once
        briefing.cooperation_areas = _first_of_each(briefing.cooperation_areas)
        for source, text, why in self.pending.notes:
            self._review(source, text, why)
        if briefing.headline is not None and briefing.headline.mark == UNTRANSLATED:
            briefing.headline = None  # an English headline in a Russian briefing helps no one
        for event in briefing.planned_events:
            self._leave_out_untranslated(event)
        briefing.planned_events = _told_once(briefing.planned_events)
        self._report_untranslated(briefing)
        briefing.review_items = list(dict.fromkeys(self.review_items))
        return briefing

    def _mark_doubtful_facts(self, facts: Facts, briefing: LocalizedBriefing, areas: list[str]) -> None:
        """Facts extraction was unsure of (below the review threshold) carry the review mark and are listed."""
        for person, shown in zip(facts.participants, briefing.participants, strict=True):
            if person.needs_review:
                self._doubt(shown.name, person.name or "", person.why)
        for person, shown in zip(facts.mentioned_people, briefing.mentioned_people, strict=True):
            # Someone the termbase confirms, merely mentioned: the name is sure, and "mentioned" is
            # already the cautious reading of the role, so a mark on the name would only mislead.
            if person.needs_review and not _confirmed_name(shown.name):
                self._doubt(shown.name, person.name or "", person.why)
        documents = zip([*facts.documents_signed, *facts.documents_referenced],
                        [*briefing.documents_signed, *briefing.documents_referenced], strict=True)
        for document, shown_document in documents:
            if document.needs_review:
                title = shown_document.title
                noun = title.pieces[0] if isinstance(title, Phrase) else title  # "memorandum (geology)": the noun
                self._doubt(noun if isinstance(noun, Localized) else shown_document.type, document.title, document.why)
        for quote, shown_quote in zip(facts.quotes, briefing.quotes, strict=True):
            if quote.needs_review and shown_quote.speaker is not None:
                self._doubt(shown_quote.speaker, quote.speaker or "", quote.why)
        for event, shown_event in zip(facts.planned_events, briefing.planned_events, strict=True):
            if event.needs_review:
                self._doubt(shown_event.label, event.text, event.why)
        for area, shown_area in zip(areas, briefing.cooperation_areas, strict=True):
            if facts.flagged("cooperation_areas", area):
                self._doubt(shown_area, area, "area")
        if facts.flagged("event_date"):
            for value in (briefing.date, briefing.when):
                self._doubt(value, str(facts.event_date or facts.event_date_partial), "event date")
        if facts.location.needs_review:
            for value in (briefing.city, briefing.country, *(briefing.place.parts if briefing.place else [])):
                self._doubt(value, facts.location.city or facts.location.country or "", facts.location.why)

    def _doubt(self, value: Localized | None, source: str, why: str | None) -> None:
        if value is None:
            return
        if value.mark is None:
            value.mark = REVIEW
        self._review(source, value.text, f"{LOW_CONFIDENCE}: {why or 'no reason given'}")

    def _source_excerpts(self, facts: Facts) -> list[Localized]:
        """The article's own sentences, in English and marked, for the appendix staff may ask for."""
        if not self.source_excerpts:
            return []
        sentences = [facts.headline, *facts.key_points, *(event.text for event in facts.planned_events)]
        return [Localized(text, None if self.lang == SOURCE_LANGUAGE else UNTRANSLATED)
                for text in dict.fromkeys(s for s in sentences if s)]

    def _leave_out_untranslated(self, event: LocalizedPlannedEvent) -> None:
        """"A visit of the executive directors of X†": an actor, host or object nothing could translate would
        leave English inside a native sentence; the sentence is written without it ("a visit to Kyrgyzstan is
        planned") and the review list names it. The facts and the source excerpts keep the English."""
        if self.lang == SOURCE_LANGUAGE:
            return
        left_out = [value for value in (*event.who, event.host, *event.objects) if _untranslated(value)]
        event.who = [who for who in event.who if not _untranslated(who)]
        event.host = None if _untranslated(event.host) else event.host
        event.objects = [name for name in event.objects if not _untranslated(name)]
        for value in left_out:
            self._review(str(value), "", LEFT_OUT)

    def _leave_out_untranslated_subject(self, document: LocalizedDocument) -> None:
        """"memorandum (fourth desulfurization facility†)": a subject nothing could translate leaves the
        document named by its kind alone, and the review list names the subject."""
        title = document.title
        if self.lang == SOURCE_LANGUAGE or not isinstance(title, Phrase):
            return
        subjects = [piece for piece in title.pieces if _untranslated(piece)]
        if subjects and isinstance(title.pieces[0], Localized):
            document.title = title.pieces[0]
            for subject in subjects:
                self._review(str(subject), "", LEFT_OUT_SUBJECT)

    def _report_untranslated(self, briefing: LocalizedBriefing) -> None:
        """Every value left in English outside quotes and excerpts is listed, never silently kept."""
        if self.lang == SOURCE_LANGUAGE:
            return
        quoted = {id(quote.text) for quote in briefing.quotes}
        excerpts = {id(value) for value in briefing.source_excerpts}
        for value in briefing._values():
            if value.mark == UNTRANSLATED and id(value) not in quoted | excerpts:
                self._review(value.text, value.text, NO_TRANSLATION)

    # -- values -------------------------------------------------------------------

    def _date(self, facts: Facts) -> Localized | None:
        last_day = _last_day_of(facts)
        if facts.event_date and last_day:
            return Localized(dates.format_date_range(facts.event_date, last_day, self.lang))
        if facts.event_date:
            return Localized(dates.format_date(facts.event_date, self.lang))
        if facts.event_date_partial:
            return Localized(dates.format_partial_date(facts.event_date_partial, self.lang))
        return None

    def _when(self, value: t.Any) -> Localized | None:
        return Localized(dates.format_when(value, self.lang), kind="date") if value else None

    def _place(self, facts: Facts) -> Joined | None:
        city = self.name(facts.location.city, "place", facts.location.country) if facts.location.city else None
        country = self.country(facts.location.country) if facts.location.country else None
        return _joined([part for part in (city, country) if part])

    def _status(self, status: str | None) -> Localized | None:
        if not status:
            return None
        label = EVENT_STATUS_LABELS.get(status)
        return self.labels.get(label) if label else self.free_text(status)

    def country(self, code: str) -> Localized:
        """A country's name: the termbase's row, the lexicon's short name («США», as titles compose it), CLDR."""
        entry = self.termbase.country(code) if self.termbase is not None else None
        if entry is not None and entry.form(self.lang):
            return Localized(t.cast(str, entry.form(self.lang)), kind="place", source="termbase")
        if self.lang in COMPOSED_LANGS:
            from briefing.compose import short_country_name

            short = short_country_name(code.upper(), self.lang, lexicon_path=self.lexicon_path)
            if short is not None:
                return Localized(short[0], None if short[1] else REVIEW, "place", source="lexicon")
        return Localized(dates.country_name(code, self.lang, self.termbase), kind="place", source="cldr")

    def name(self, text: str, kind: str | None = None, country: str | None = None) -> Localized:
        """A proper name: termbase form, else transliteration by the name's origin, flagged for review.

        ``country`` (ISO code) tells the origin: a Chinese name follows Palladius in Russian, a
        Japanese one Polivanov, a Mongolian one Mongolian spelling (and the press short form in mn)."""
        if kind == "person" and self.lang != SOURCE_LANGUAGE:
            text = _without_suffix_or_patronymic(text)
        entry = self._find(text, kind)
        if entry is not None:
            form = entry.form(self.lang)
            if form and entry.type == "person" and not _written_in_full(form, self.lang):
                form = _press_form(form, self.lang, entry.en, country)
            if form:
                declines = _DECLENSION.get(entry.type, "common")
                # A brand kept in Latin letters (Trend, Kazakh Invest) is not a guess, and does not decline.
                if form == entry.en and self.lang != SOURCE_LANGUAGE:
                    declines = "brand"
                if entry.needs_review(self.lang) and form != entry.en:
                    self._review(text, form, UNCONFIRMED)
                    return Localized(form, REVIEW, declines, source="termbase")
                if text in getattr(self.termbase, "near_spellings", {}):
                    self._review(text, form, NEAR_SPELLING)  # "Nurtileu" read as the row "Nurtleu": say so
                    return Localized(form, REVIEW, declines, source="termbase")
                return Localized(form, kind=declines, source="termbase")
        declines = _DECLENSION.get(kind or "", "common")
        if self.lang == SOURCE_LANGUAGE:
            return Localized(text, kind=declines)
        cldr_city = dates.city_name(text, self.lang) if kind == "place" else None
        if cldr_city:  # "Havana": CLDR's «Гавана», not a Spanish reading of the English name («Авана»)
            return Localized(cldr_city, kind=declines, source="cldr")
        if kind == "agency":  # a source that is an institution ("Kazakh MFA"): its name in this language
            institution = self.composed(text, "institution")
            if institution is not None:
                return institution
        if kind in ("agency", "company"):
            return Localized(text, kind="brand")  # brands stay as written
        from briefing.names import transliterate_name

        # "S Jaishankar": an initial, «С. Джайшанкар»
        written = _INITIAL_WITHOUT_POINT.sub(r"\1.", text) if kind == "person" else text
        result = transliterate_name(written, self.lang, country=country, kind="place" if kind == "place" else "person")
        if result.system == "none":
            if _writes_latin(self.lang):
                return Localized(text, kind="brand")  # a Latin-script briefing keeps names as written
            self._review(text, text, LEFT_IN_LATIN)  # no rules for this script: say so, never hide it
            return Localized(text, REVIEW, "brand", source="left in Latin")
        form = _press_form(result.text, self.lang, written, country) if kind == "person" else result.text
        self._review(text, form, TRANSLITERATED_NAME)
        return Localized(form, REVIEW, declines, source=f"transliterated:{result.system}")

    def title(self, text: str, country: str | None = None) -> Localized | Joined:
        text = self._head_of_state_as_office(text, country)
        entry = self._find(text, "title") or self._find_for_country(text, country)
        if entry is not None and entry.form(self.lang):
            mark = REVIEW if entry.needs_review(self.lang) else None
            if mark:
                self._review(text, entry.form(self.lang), UNCONFIRMED)
            return Localized(entry.form(self.lang), mark, "title", source="termbase")
        # the person's own country has a column of its own; the sentences add it back (title_in_text)
        without_country = _without_country(text, country) if country else text
        composed = self.composed(without_country, "title", country)
        if composed is None and without_country != text:
            # "Chairman of the Chinese People's Political Consultative Conference": the country is part of a
            # name, not a column apart; the whole title composes where its cut does not
            composed = self.composed(text, "title", country)
        if composed is not None:
            return composed
        several = self._several_offices(text, country)
        if several is not None:
            return several
        own_side = self._of_own_side(text, country)
        if own_side is not None:
            self._review(text, own_side.text, COMPOSED)
            return own_side
        offices = _offices(text, country)
        if offices:
            labels = [self.labels.get(term.label, term.context) for term in offices]
            for label in labels:
                label.kind, label.source = "title", "catalog"
            return labels[0] if len(labels) == 1 else Joined(labels, self.lang)
        return self.free_text(text)

    def _several_offices(self, text: str, country: str | None) -> Joined | None:
        """"Crown Prince of Abu Dhabi and Deputy Supreme Commander of the UAE Armed Forces": two offices of one
        person, each composed on its own and joined as the language lists them; None unless every one composes
        ("Minister of Energy and Water" is one office whose halves compose nothing)."""
        if self.lang not in COMPOSED_LANGS:
            return None
        for offices in _office_splits(text):
            # each office as written: the country stays with the office that names it ("member of the House of
            # Representatives of Japan and head of ...": Japan's House, «Палаты представителей Парламента Японии»)
            parts = [self._composed_office(office, country) for office in offices]
            if all(part is not None for part in parts):
                # one person's offices stand side by side, as official style lists them: «министр Правительства
                # Москвы, руководитель Департамента …», «… министрі, … басшысы» (language reviews 2026-11)
                return self._listed_for_review(offices, parts)
        return self._offices_that_compose(text, country)

    def _composed_office(self, office: str, country: str | None) -> Localized | None:
        """One office of a chain, composed as written, else as its own side's (:meth:`_of_own_side`)."""
        composed = self.composed(office, "title", country)
        return composed if composed is not None else self._of_own_side(office, country)

    def _of_own_side(self, office: str, country: str | None) -> Localized | None:
        """"Co-chair of the Kazakh part of the Commission": the commission's co-chair, the side being the person's own
        (in the country column); marked for review. None when the office names no side or does not compose."""
        side = _OWN_SIDE_OF.sub(" of the ", office)
        if side == office or not country:
            return None
        composed = self.composed(_without_country(side, country), "title", country)
        return Localized(composed.text, REVIEW, "title", source="composed") if composed is not None else None

    def _listed_for_review(self, offices: list[str], parts: list[Localized | None]) -> Joined:
        """The composed offices joined; those composed by a guess, or left out, listed for the translator."""
        for office, part in zip(offices, parts, strict=True):
            if part is None:
                self._review(office, None, LEFT_OUT_OFFICE)
            elif part.mark == REVIEW and part.source == "composed":
                self._review(office, part.text, COMPOSED)
        return Joined([part for part in parts if part is not None])

    def _offices_that_compose(self, text: str, country: str | None) -> Joined | None:
        """"Member of the Political Bureau …, Director of …, and Minister of Foreign Affairs of China": a chain of three
        offices or more of which two or more compose; the ones that do not are left out of the sentence and listed
        for the translator, rather than leaving English in it."""
        splits = [offices for offices in _office_splits(text) if len(offices) >= 3]
        if not splits:
            return None
        readings = [(offices, [self._composed_office(office, country) for office in offices]) for offices in splits]
        # the reading whose offices compose most, and most of the words: "Deputy Minister of Natural Resources and
        # Environment" is one office, not "Deputy Minister of Natural Resources" and the rest left out
        offices, parts = max(readings, key=lambda reading: (
            sum(part is not None for part in reading[1]),
            sum(len(office.split()) for office, part in zip(*reading, strict=True) if part is not None)))
        if sum(part is not None for part in parts) < 2:
            return None
        return self._listed_for_review(offices, parts)

    def _areas_document(self, facts: Facts) -> LocalizedDocument | None:
        index = _one_document_of_the_areas(facts)
        return self.document(facts.documents_signed[index]) if index is not None else None

    def _reporter(self, text: str) -> Localized:
        """Who told the news, as the Source section names it: English as written ("the press service of …"), other
        languages the institution's name without the English article."""
        if self.lang == SOURCE_LANGUAGE:
            return Localized(text)
        return self.institution(re.sub(r"^the\s+", "", text))

    def institution(self, text: str, country: str | None = None) -> Localized:
        """An institution's name; ``country`` (a person's) chooses its own body where the name is generic:
        a Mongolian's "Parliament" is «Улсын Их Хурал»."""
        format_name = self._format_name(text) or self._days_of_culture(text) or self._anniversary(text)
        if format_name is not None:
            return format_name
        own = self._composition(text, "institution", country) if country is not None else None
        if own is not None and own != self._composition(text, "institution"):
            return self._composed_form(text, "institution", own)  # the country's own body by that generic name
        entry = self._find(text, None)
        if entry is not None and entry.form(self.lang):
            return self.name(text, None)
        owned = _COUNTRY_POSSESSIVE.match(text)
        if owned and _country_named(owned.group("country")):
            entry = self._find(owned.group("body"), None)
            if entry is not None and entry.form(self.lang):  # "China’s CMG": the body the termbase names
                return self.name(owned.group("body"), None)
        code = _country_named(text)
        if code:
            return self.country(code)  # a party or an object that is a country: CLDR knows its name
        # an office written where an institution was expected ("High Representative of the EU for …") is a title
        composed = self.composed(text, "institution", country) or self.composed(text, "title")
        numbered = _ORDINAL_BEFORE.match(text)
        if composed is None and numbered:
            # "the Fourth Consultative Meeting of …": the meeting by its name; which one stays in the evidence
            composed = self.composed(text[numbered.end():], "institution", country)
        return composed or self._named_after_a_person(text, country) or self.free_text(text)

    def _named_after_a_person(self, text: str, country: str | None) -> Localized | None:
        """"Hennadii Udovenko Diplomatic Academy of Ukraine": a body named after a person, as each language says it
        («Дипломатическая академия Украины имени Геннадия Удовенко», «Геннадий Удовенко атындағы …», «Геннадий
        Удовенкогийн нэрэмжит …»); the name transliterated and marked. None when the words after the name do not
        compose as a body."""
        if self.lang == SOURCE_LANGUAGE or not _NAMED_AFTER.fullmatch(text.strip()):
            return None
        from briefing.extract.lexicon import countries_in
        from briefing.names import transliterate_name

        words = text.split()
        for size in range(1, min(4, len(words) - 1)):  # the shortest name whose body composes
            name, rest = " ".join(words[:size]), " ".join(words[size:])
            if _country_named(name) or countries_in(name) or self._composition(name, "institution") is not None:
                return None  # "Azerbaijan Diplomatic Academy": a country's, not a person's
            body = self._composition(rest, "institution", country)
            if body is not None:
                break
        else:
            return None
        found = countries_in(rest)
        person = transliterate_name(name, self.lang, country=country or (found[0][2] if found else None),
                                    press_form=False).text
        text_by_lang = {"ru": f"{body[0]} имени {self.inflector.inflect(person, 'gen', 'person')}",
                        "kk": f"{person} атындағы {body[0]}",
                        "mn": f"{self.inflector.inflect(person, 'gen', 'person')} нэрэмжит {body[0]}"}
        if self.lang not in text_by_lang:
            return None
        self._review(text, text_by_lang[self.lang], TRANSLITERATED_NAME)
        return Localized(text_by_lang[self.lang], REVIEW, "institution", source="composed")

    def _format_name(self, text: str) -> Localized | None:
        """"Russia-Central Asia", the sides that name a format of summits, as each catalog writes it («Россия –
        Центральная Азия» in quotes), each side a country (CLDR) or a region the termbase knows."""
        sides = _FORMAT_SIDES.fullmatch(text.strip())
        if sides is None or _one_country(text):
            return None  # "Guinea-Bissau", "Timor-Leste": one state whose name holds a hyphen
        first_name, second_name = (self._side_name(side) for side in (sides.group("first"), sides.group("second")))
        if not first_name or not second_name:
            return None
        first, second = Localized(first_name, kind="brand"), Localized(second_name, kind="brand")
        context, pattern = vocabulary.FORMAT_OF  # «Россия – Центральная Азия»: a name in quotes does not decline
        return Localized(fill(self.labels.plain(pattern, context), self.inflector, first=first, second=second),
                         kind="brand", source="format")

    def _days_of_culture(self, text: str) -> Localized | None:
        """"the Days of Tajik Culture": the country's days of culture, as each catalog names them («Дни культуры
        Таджикистана», «Тәжікстан мәдениеті күндері», «Тажикистаны соёлын өдрүүд»)."""
        days = _DAYS_OF_CULTURE.fullmatch(text.strip())
        if days is None or self.lang == SOURCE_LANGUAGE:
            return None
        from briefing.extract.lexicon import country_code

        code = country_code(days.group("demonym") or days.group("of"))
        if code is None:
            return None
        context, pattern = vocabulary.DAYS_OF_CULTURE
        return Localized(fill(self.labels.plain(pattern, context), self.inflector, country=self.country(code)),
                         kind="institution", source="catalog")

    def _anniversary(self, text: str) -> Localized | None:
        """"the 70th anniversary of diplomatic relations", "… of the birth of Abay", "… of the founding of Karakorum":
        as each catalog writes a jubilee («70-летие установления дипломатических отношений»); other occasions are
        left to the composer."""
        jubilee = _ANNIVERSARY.fullmatch(text.strip())
        if jubilee is None or self.lang == SOURCE_LANGUAGE:
            return None
        number = Localized(jubilee.group("number"))
        if jubilee.group("person"):
            context, pattern = vocabulary.ANNIVERSARY_OF_BIRTH
            part = self.name(jubilee.group("person"), "person")
            values = {"person": Localized(part.text, kind="person")}
        elif jubilee.group("city"):
            context, pattern = vocabulary.ANNIVERSARY_OF_FOUNDING
            part = self.name(jubilee.group("city"), "place")
            values = {"city": Localized(part.text, kind="place")}
        else:
            context, pattern = vocabulary.ANNIVERSARY_OF_RELATIONS
            part, values = number, {}
        form = fill(self.labels.plain(pattern, context), self.inflector, number=number, **values)
        return Localized(form, part.mark, kind="institution", source="catalog")

    def _side_name(self, side: str) -> str | None:
        code = _country_named(side)
        if code:
            return self.country(code).text
        entry = self._find(side, "place")
        return (entry.form(self.lang) or None) if entry is not None else None

    def composed(self, text: str, kind: str, country: str | None = None) -> Localized | None:
        """A title, institution or document name built from its parts (:mod:`briefing.compose`)."""
        result = self._composition(text, kind, country)
        return self._composed_form(text, kind, result) if result is not None else None

    def _composed_form(self, text: str, kind: str, result: tuple[str, bool]) -> Localized:
        """A composed form, marked and listed for review unless every part of it is confirmed."""
        form, confirmed = result
        if not confirmed:
            self._review(text, form, COMPOSED)
        return Localized(form, None if confirmed else REVIEW, kind, source="composed")

    def _office_of_its_body(self, person: Person) -> str | None:
        """'its deputy chairman' of the Justice and Development Party: «заместитель председателя Партии справедливости
        и развития», when the office is bare and its body composes with it."""
        title, body = person.title or "", person.organization or ""
        if not body or not _BARE_OFFICE.fullmatch(title) or not _BODY_WITH_OFFICES.search(body):
            return None
        owned = _COUNTRY_POSSESSIVE.match(body)  # "Turkey’s Justice and Development Party": the party's own name
        body = _SHORT_NAME_IN_BRACKETS.sub("", owned.group("body") if owned else body)
        for named in dict.fromkeys([body, _country_after_body(body)]):
            fuller = f"{title} of the {named}"
            if self._composition(fuller, "title", person.country) is not None:
                return fuller
        return None

    def _composition(self, text: str, kind: str, country: str | None = None) -> tuple[str, bool] | None:
        """The composed form and whether it is confirmed, with nothing marked for review yet."""
        if self.lang not in COMPOSED_LANGS:
            return None
        from briefing.compose import compose_with_status

        termbase_path = getattr(self.termbase, "source", None)
        return compose_with_status(_without_doubled_words(text), self.lang, kind, country, lexicon_path=self.lexicon_path,
                                   termbase_path=termbase_path if termbase_path and Path(termbase_path).is_file() else None)

    def person(self, person: Person) -> LocalizedPerson:
        name = self.name(person.name, "person", person.country) if person.name else self.labels.get(NAME_NOT_GIVEN)
        if person.gender and name:
            name = Localized(name.text, name.mark, name.kind, name.source, gender=person.gender)
        country = self.country(person.country) if person.country else None
        organization = self.institution(person.organization, person.country) if person.organization else None
        if organization is not None and country is not None and _names_country(organization.text, country.text):
            parts = [organization]  # «Великий Государственный Хурал Монголии» already names the country
        else:
            parts = [part for part in (country, organization) if part is not None]
        office = self._office_for_leader(person) or _office_of_own_ministry(person) or self._office_of_its_body(person) \
            or _office_of_the_body_spelt_out(person)
        if office is not None:
            person = replace(person, title=office)
        title: Localized | Joined | None = self.title(person.title, person.country) if person.title else None
        known_office = self._termbase_office(person) if self._left_in_english(title, person.title) else None
        if known_office is not None:  # "Kazakhstan's assembly speaker": what the termbase says he is, not English
            person = replace(person, title=known_office)
            title = self.title(known_office, person.country)
        title_in_text: Localized | Joined | None = self._title_with_country(person, title, country)
        if self.lang == "ru" and name and _is_a_woman(name):
            title, title_in_text = _her_office(title), _her_office(title_in_text)
        return LocalizedPerson(
            name=name,
            title=title,
            affiliation=_joined(parts),
            country=country,
            title_in_text=title_in_text,
            present=person.present,
        )

    def _office_for_leader(self, person: Person) -> str | None:
        """The office of a person the article calls only his country's leader ("the Turkish leader", "leader of
        Kazakhstan"), by a bare head of an office ("speaker Matviyenko": of what?) or names with no office at all
        ("talks with Tokayev"): official texts name the office
        («Президент Турции», not «лидер Турции»; the readers of review 42 asked for Tokayev's). It comes from the
        termbase's ``office`` column, when he held it on the event's date; else None and the title stays."""
        if not person.name:
            return None
        bare = (person.title or "").lower().removeprefix("the ") in _BARE_OFFICES
        if person.title and not bare and not (person.country and
                                              _without_country(person.title, person.country).lower() in _COUNTRY_LEADER):
            return None
        return self._termbase_office(person)

    def _left_in_english(self, value: object, english: str | None) -> bool:
        """A value nothing in the termbase, lexicon or catalogs rendered: the English text, waiting for a translator."""
        return self.lang != SOURCE_LANGUAGE and isinstance(value, Localized) and value.source is None and \
            value.mark is None and value.text == english

    def _termbase_office(self, person: Person) -> str | None:
        """The office the termbase's ``office`` column gives the person on the event's date; None if it names none."""
        entry = self._find(person.name, "person") if person.name else None
        office_on = getattr(entry, "office_on", None)
        return office_on(self.day) if office_on is not None else None

    def _head_of_state_as_office(self, title: str, country: str | None) -> str:
        """"the Head of State" of a republic is its President («Президент Республики Узбекистан», not «глава
        государства Узбекистана»: review 30), except the department's own, as its own press writes it."""
        if country not in PRESIDENTIAL_STATES or (country in OFFICIAL_LONG_NAMES and self.lang in OWN_STATE_LANGUAGES):
            return title
        return _HEAD_OF_STATE.sub("President", title)

    def _title_with_country(self, person: Person, title: Localized | Joined | None,
                            country: Localized | None) -> Localized | None:
        """The title with the person's country when the localized title does not name it:
        "President" of UZ → «Президент Республики Узбекистан» (composed; None when it cannot be)."""
        if not (person.title and person.country and title is not None and country is not None):
            return None
        if _names_country(title.text, country.text) or self.lang == SOURCE_LANGUAGE:
            return None
        from babel import Locale

        english = OFFICIAL_LONG_NAMES.get(person.country) or Locale("en").territories.get(person.country)
        if not english or _country_named(person.title) or _SUBNATIONAL.search(person.title) or \
                _of_own_city(person.title, person.country) or re.search(r"\bnuncio\b", person.title, re.I):
            return None  # «аким Акмолинской области», «наследный принц Дубая», «апостольский нунций» need no country
        if (person.country in OFFICIAL_LONG_NAMES and self.lang in OWN_STATE_LANGUAGES
                and _HEAD_OF_STATE.fullmatch(person.title.strip())):
            return None  # the department's own: «Глава государства», «Мемлекет басшысы», as Akorda writes
        from briefing.extract.lexicon import countries_in

        stripped = _without_country(self._head_of_state_as_office(person.title, person.country), person.country)
        if _OFFICE_OF_A_BODY.fullmatch(stripped.strip()):
            return None  # "Deputy Chairman" of a body the text names elsewhere: never «заместитель председателя России»
        names_country = any(code == person.country for _, _, code in countries_in(person.title))
        if names_country and not _ENVOY.search(person.title) and re.search(r"\bin\s+(?:the\s+)?[A-Z][\w'’ -]*$", person.title):
            names_country = False  # "Minister of Trade in Hungary": Hungary's minister, «министр торговли Венгрии»
        if names_country:
            # "former Kyrgyz President" composes only as "former President of the Kyrgyz Republic"
            return self.composed(person.title, "title", person.country) or \
                self.composed(f"{stripped} of {english}", "title", person.country)
        body_first = _BODY_THEN_OFFICE.fullmatch(stripped.strip())
        if body_first:  # "National Assembly Speaker" of Korea: «Председатель Национального собрания Республики Корея»
            stripped = f"{body_first.group('office')} of the {body_first.group('body')}"
        return self.composed(f"{stripped} of {english}", "title", person.country)

    def document(self, document: SignedDocument) -> LocalizedDocument:
        kind = vocabulary.DOCUMENT_TYPES.get(document.type, vocabulary.DOCUMENT_TYPES["other"])
        count = _document_count(document.title)
        if count == 0 and document.named_by_subject:
            count = None  # "memoranda" on yoga: one of several documents the subject tells apart, not a count
        elif count == 0 and self._names_more_than_its_kind(document, kind):
            count = None  # "the agreements establishing twin-city relations between A and B": one, named
        parties = [self.party(party) for party in document.parties]
        if len(parties) >= 2 and all(_place_like(party) or _city_of(party) for party in document.parties):
            # "between Termez and Bilasuvar", "between Surxondaryo and Khatlon": towns and regions, each a name to
            # transliterate (marked) when no list holds it, never an institution left in Latin
            parties = [shown if _city_of(party) or _country_named(party) or not _place_like(party)
                       else self.name(party, "place") for party, shown in zip(document.parties, parties, strict=True)]
        states = [shown for party, shown in zip(document.parties, parties, strict=True) if _country_named(party)]
        if _sides_named_twice(document.title):
            parties = states = []  # "between the office of A and the office of B on … between the cities of A and B"
        several = count is None and _several_by_fields(document)  # the title and the verb's number both follow it
        return LocalizedDocument(
            type=self.labels.get(kind.label, kind.context),
            title=None if count is not None else self.document_by_subject(document, kind, several)
            if document.named_by_subject else self.document_title(document),
            parties=parties,
            status=self.document_status(document.status) if document.status else None,
            type_key=document.type if document.type in vocabulary.DOCUMENT_TYPES else "other",
            count=count,
            status_key=_status_key(document.status),
            states_beside_bodies=states if len(states) < len(parties) else [],
            one_of_several=ONE_OF_SEVERAL in (document.why or ""),
            more_than=bool(count) and bool(_MORE_THAN.match(document.title.strip())),
            several=several,
            signatories=self._signatories(document),
        )

    def _signatories(self, document: SignedDocument) -> list[LocalizedPerson]:
        """The people who signed, as the briefing names them elsewhere; none when only one side's signer is known
        ("Governor X signed the memorandum" would read as if he alone had) or one of them is no one the facts name."""
        if len(document.signatories) < 2 or any(name not in self.people for name in document.signatories):
            return []
        return [self.people[name] for name in document.signatories]

    def _names_more_than_its_kind(self, document: SignedDocument, kind: t.Any) -> bool:
        """A plural title that the termbase or composition renders as more than the bare kind of document (looked
        up without listing anything for review: the title itself is rendered later)."""
        plain = _plain_document_title(document.title, document.parties)
        if self._find(document.title, "document") is not None or self._find(plain, "document") is not None:
            return True
        composed = self._composition(plain, "document") or self._composition(document.title, "document")
        return composed is not None and composed[0].lower() != self.labels.get(kind.label, kind.context).text.lower()

    def _ratifier(self, facts: Facts) -> Localized | None:
        """The chamber that ratified, for a ratification: the first legislature among the organisations named."""
        if facts.event_type != "ratification":
            return None
        from briefing.extract.lexicon import CHAMBERS

        chamber = next((name for name in facts.organizations if re.search(rf"\b{CHAMBERS}\b", name)), None)
        country = facts.location.country or next(iter(facts.countries), None)
        return self.institution(chamber, country) if chamber else None

    def document_by_subject(self, document: SignedDocument, kind: t.Any, several: bool = False) -> Phrase:
        """"MoUs" on geology: «меморандум (геология)», the subject in the area vocabulary's form when it
        names an area, else translated and marked."""
        label = self.labels.get(kind.label, kind.context)
        noun = Localized(label.text[:1].lower() + label.text[1:], label.mark, "document")
        subject = document.subject or ""
        understanding = re.fullmatch(r"(?:the\s+)?memorandum\s+of\s+understanding", document.title.strip(), re.I)
        field = re.sub(r"^(?:cooperation\s+)?in\s+the\s+fields?\s+of\s+|^cooperation\s+in\s+", "", subject)
        if subject and understanding and "," not in field:
            # "a Memorandum of Understanding … signed to strengthen cooperation in information exchange": its name is
            # «меморандум о взаимопонимании», the field after it, never a «меморандум о сотрудничестве» it is not
            named = f"Memorandum of Understanding in the field of {field}"
            if self.lang == SOURCE_LANGUAGE:
                return Phrase([Localized(named, kind="document")])
            composed = self.composed(named, "document")
            if composed is not None:
                return Phrase([composed])
        if subject and vocabulary.match_area(subject) is None:
            # no area names it: "trade, economic, cultural cooperation between Osh and Andijan" may still
            # compose as what a document of its kind is on («соглашение о … сотрудничестве между Андижаном и Ошем»)
            english = "document" if document.type == "other" else document.type  # "documents on X": no kind more precise
            composed = self.composed(f"{english} on {subject}", "document")
            if composed is not None:
                return Phrase([composed])
        if several:
            # "agreements covering health, energy and culture were signed": several, named by their fields
            fields = re.sub(r",\s*(?!.*,)(?!.*\band\b)", " and ", subject.rstrip(". "))
            plural = document.title.split()[-1].lower()
            if self.lang == "en":
                return Phrase([self.free_text(f"{plural} in {fields}")])
            composed = self.composed(f"{plural} on cooperation in the fields of {fields}", "document")
            if composed is not None:
                self._review(f"{document.title} ({subject})", composed.text, COMPOSED)
                return Phrase([Localized(composed.text, REVIEW, "document", source="composed")])
        if subject and document.type in ("memorandum", "agreement") and "," not in subject:
            # "memoranda in the fields of A and B": each a memorandum of cooperation in its field, as Russian titles
            # say («меморандум о сотрудничестве в сфере государственных закупок»), not a noun in brackets; a field
            # the area vocabulary names ("joint academic research") by the vocabulary's name of it
            area = vocabulary.match_area(subject)
            composed = self.composed(f"{document.type} of cooperation in the field of {subject}", "document") or (
                self.composed(f"{document.type} of cooperation in the field of {area.label}", "document") if area else None)
            if composed is not None:
                self._review(f"{document.title} ({subject})", composed.text, COMPOSED)
                return Phrase([Localized(composed.text, REVIEW, "document", source="composed")])
        if subject and document.type != "other":
            # "agreements on air transport, road transport …": «соглашение о воздушном сообщении», a title's own
            # words, before «соглашение (воздушный транспорт)»
            composed = self.composed(f"{document.type} on {subject}", "document")
            if composed is not None:
                return Phrase([composed])
        return Phrase([noun, " (", self.area(subject), ")"])

    def document_status(self, status: str) -> Localized:
        """"to be signed in the near future" → the catalog's «подлежит подписанию»: the time phrase
        stays in the evidence, the state is what a reader needs."""
        key = _status_key(status)
        if key is not None:
            term = vocabulary.DOCUMENT_STATUSES[key]
            return self.labels.get(term.label, term.context)
        return self.free_text(status)

    def document_name(self, title: str) -> Localized:
        """A document named in a planned signing: termbase, then composed from its parts."""
        return self.document_title(SignedDocument("other", title))

    def document_title(self, document: SignedDocument) -> Localized:
        """A title in the termbase; "X between A and B" is X when A and B are its parties,
        which the briefing lists beside it. A short name the text gives in brackets stays beside the
        rendered one: "APTTA (Afghanistan-Pakistan Transit Trade Agreement)" is «соглашение между Афганистаном
        и Пакистаном в области транзитной торговли (APTTA)»."""
        short = _SHORT_NAME_FIRST.fullmatch(document.title) or _SHORT_NAME_AFTER.fullmatch(document.title)
        if short and (_TYPE_LETTERS.fullmatch(short.group("short")) or _a_partys_letters(short.group("full"), short.group("short"))):
            # "Memorandum of Understanding (MoU)": the kind's letters, no name of its own to keep; "… between A and
            # the Hong Kong Trade Development Council (HKTDC)": the party's letters, which the parties list carries
            document = replace(document, title=short.group("full"))
            short = None
        full = _sides_spelled_out(short.group("full") if short else document.title)
        if full == document.title:
            return self._document_title(document)
        rendered = self._document_title(SignedDocument(document.type, full, document.parties))
        if rendered.text == full:
            return self._document_title(document)  # nothing renders it: the title as written, marked
        return Localized(f"{rendered.text} ({short.group('short')})" if short else rendered.text, rendered.mark,
                         rendered.kind, rendered.source)

    def _document_title(self, document: SignedDocument) -> Localized:
        plain = _plain_document_title(document.title, document.parties)
        unnamed = plain if _NAMING_QUALIFIER.match(plain) else _UNNAMING_QUALIFIER.sub("", plain)
        titles = list(dict.fromkeys([document.title, _without_parties(document.title, document.parties), plain,
                                     unnamed, _ISSUERS_OF_JOINT_TEXT.sub("", plain)]))
        for title in titles:
            if self._find(title, "document") is not None:
                return self.name(title, "document")
        # "X between A and B": the parties are listed beside it; last, without sides told in words ("between the
        # relevant agencies"), which no lexicon names
        for title in [*reversed(titles), _SIDES_IN_WORDS.sub("", plain), _SIDES_BEFORE_SUBJECT.sub("", plain)]:
            composed = self.composed(title, "document")
            if composed is not None:
                return composed
        leading = _DOCUMENT_HEAD.match(plain)
        head = _UNNAMING_QUALIFIER.sub("", leading.group(0)) if leading else ""
        if head and head.lower() != plain.lower() and (len(head.split()) >= 2 or document.type == "other"):
            # "a practical action plan to accelerate …": what no part of the lexicon names is left out, the kind
            # of document is said («план действий»), marked for review with the whole English title beside it
            composed = self.composed(head, "document")
            if composed is not None:
                self._review(document.title, composed.text, COMPOSED)
                return Localized(composed.text, REVIEW, "document", source="composed")
        return self.free_text(document.title)

    def party(self, text: str) -> Localized:
        entry = self._find(text, None)
        if entry is not None and entry.type == "country" and entry.form(self.lang):
            return self.name(text, "country")
        owned = _COUNTRY_POSSESSIVE.match(text)
        code = _country_named(owned.group("country")) if owned else None
        city = owned.group("body").replace("’", "'") if owned else ""
        if code and _city_of(city) == code:
            return self.name(city, "place", code)  # "China’s Xi’an": the city, «Сиань»
        return self.institution(text)

    def area(self, text: str) -> Localized:
        term = vocabulary.match_area(text)
        if term is not None:
            return self.labels.get(term.label, term.context)
        return self.free_text(text)

    def quote(self, quote: Quote) -> LocalizedQuote:
        person = self.people.get(quote.speaker) if quote.speaker else None
        speaker = person.name if person else self.speaker(quote.speaker) if quote.speaker else None
        return LocalizedQuote(text=self.free_text(quote.text), speaker=speaker, person=person)

    def speaker(self, text: str) -> Localized:
        """Who said it, when not a person of the article: a name in the termbase, an institution ("the
        Russian government", composed) or a name to transliterate; never an institution spelt as a name."""
        entry = self._find(text, None)
        if entry is not None and entry.form(self.lang):
            return self.name(text, None)
        composed = self.composed(text, "institution") or self.composed(text, "title")  # "the Chairman": an office
        if composed is not None:
            return composed
        if _INSTITUTION_WORD.search(text):
            found = self.institution(text)
            found.kind = "institution"  # an institution even when left in English (kk «… хабарлағандай»)
            return found
        return self.name(text, None)

    def planned_event(self, event: PlannedEvent) -> LocalizedPlannedEvent:
        term = vocabulary.PLANNED_KINDS.get(event.kind, vocabulary.PLANNED_KINDS["other"])
        if event.kind == "visit" and event.level in vocabulary.VISIT_LEVELS:
            term = vocabulary.VISIT_LEVELS[event.level]  # "state visit": the kind of visit is what the label says
        # a meeting or talks have two sides, and a signing is between its sides: a state among the actors is a side
        encounter = event.kind in ("meeting", "talks", "signing")
        states = [who for who in event.who if encounter and who not in self.people and _country_named(who)]
        return LocalizedPlannedEvent(
            kind=event.kind if event.kind in vocabulary.PLANNED_KINDS else "other",
            label=self.labels.get(term.label, term.context),
            who=[self.actor(who) for who in event.who if who not in states],
            # "an agreement between A, B and C on X": a title that names its sides says who signs
            sides=[] if any(_BETWEEN.search(name) for name in event.objects) else [self.actor(state) for state in states],
            host=self.actor(event.host) if event.host else None,
            place=self.name(event.place, "place", event.country) if event.place else None,
            country=self.country(event.country) if event.country else None,
            when=self._when(event.when),
            objects=[self.document_name(name) if event.kind == "signing" else self.institution(name)
                     for name in event.objects],
            text=event.text,
            invited=event.invited,
            meets_unnamed=event.meets_unnamed,
            wished=event.wished,
        )

    def actor(self, text: str) -> LocalizedPerson | Localized:
        """Who does something in a planned event: a person of the article, a delegation or the sides."""
        if text in self.people:
            return self.people[text]
        plain = text.lower().removeprefix("the ").strip()
        if plain in ("parties", "sides", "two sides", "both sides", "two parties", "both parties"):
            return self.labels.get(vocabulary.THE_PARTIES[1], vocabulary.THE_PARTIES[0])
        # "the Uzbek delegation", "the delegation of Japan"; "Tajik parliamentarians" on a visit are the Tajik delegation
        delegation = re.fullmatch(r"(?:the\s+)?(.+?)\s+(?:delegation|parliamentarians|lawmakers|legislators|MPs|deputies|"
                                  r"senators)|(?:the\s+)?delegation\s+of\s+(?:the\s+)?(.+)", text.strip(), re.IGNORECASE)
        if delegation:
            from briefing.extract.lexicon import countries_in

            found = countries_in(delegation.group(1) or delegation.group(2))
            if len(found) == 1:
                return self.delegation(found[0][2])
        entry = self._find(text, None)
        if entry is not None and entry.form(self.lang):
            return self.name(text, None)
        code = _country_named(text)
        if code:
            return self.country(code)  # "the Foreign Ministers of Kyrgyzstan and Turkiye agreed": the sides are states
        styled = _OFFICE_BEFORE_NAME.fullmatch(text.strip())
        if styled:  # "President Rahmonov's visit": an office and a name, never one name «Пресидент Рахмонов»
            return self._styled_person(styled.group("office"), styled.group("name"))
        office = self.composed(text, "title") if _ENDS_IN_AN_OFFICE.search(text) else None
        if office:  # "an invitation from the Bangladesh Foreign Minister": an office, never a name «Форейгн Министер»
            return office
        if re.fullmatch(r"(?:[A-Z][\w'.-]*\s?){2,4}", text) and not _INSTITUTION_WORD.search(text):
            return self.name(text, "person")  # "Federation Council" is a body, never a person's name
        # "the leader of the Milli Majlis", "the executive directors of the World Bank Group": an office or a body
        return self.composed(text, "title") or self.composed(text, "institution") or self.free_text(text)

    def _styled_person(self, office: str, name: str) -> LocalizedPerson:
        """A person of the article when the name is one of theirs ("President Rahmonov" for Emomali Rahmonov),
        else the office and the name each in its own form."""
        words = set(name.lower().split())
        known = [person for written, person in self.people.items() if words <= set(written.lower().split())]
        if len(known) == 1:
            return known[0]
        title = self.title(office)
        return LocalizedPerson(name=self.name(name, "person"), title=title, affiliation=None, title_in_text=title)

    def delegation(self, code: str) -> Localized:
        """«делегация Монголии», «Моңғолия делегациясы»: the catalog's pattern with the country in its case."""
        context, pattern = vocabulary.DELEGATION_OF
        country = self.country(code)
        return Localized(fill(self.labels.plain(pattern, context), self.inflector, country=country), kind="common")

    def free_text(self, text: str) -> Localized:
        if self.lang == SOURCE_LANGUAGE:
            return Localized(text)
        return self.pending.add(text)

    # -- helpers --------------------------------------------------------------------

    def _find(self, text: str | None, kind: str | None) -> t.Any:
        if not text or self.termbase is None:
            return None
        text = _without_doubled_words(text)
        return self.termbase.find(text, kind) or (self.termbase.find(text) if kind else None)

    def _find_for_country(self, office: str, country: str | None) -> t.Any:
        """A bare office of a country the termbase names in full: a Mongolian "deputy" is a member
        of the State Great Khural (the row's alias "deputy of Mongolia")."""
        if not country or self.termbase is None:
            return None
        from babel import Locale

        english = Locale("en").territories.get(country)
        entry = self.termbase.find(f"{office} of {english}", "title") if english else None
        return entry if entry is not None and entry.type == "title" else None

    def _review(self, source: str, form: str | None, why: str) -> None:
        self.review_items.append(ReviewItem(source, form or "", why))


# an office that names no body: "deputy chairman", "Director", "executive secretary"
_BARE_OFFICE = re.compile(r"(?:(?:first|deputy|vice|executive|general)[\s-]+)*(?:chairman|chairwoman|chairperson|director|"
                          r"head|(?:pro-?)?rector|secretary|secretary-general|president|speaker)", re.IGNORECASE)
_SHORT_NAME = r"[A-Z][A-Za-z]{1,9}"  # a body's or a document's letters: "ADA", "APTTA", "NCMOU"
_SHORT_NAME_IN_BRACKETS = re.compile(rf"\s*\({_SHORT_NAME}\)")
# a body named after its country: "Azerbaijan Diplomatic Academy under the Ministry of …"
_COUNTRY_FIRST_BODY = re.compile(r"(?P<country>[A-Z][a-z]+)\s+(?P<body>(?:[A-Z][\w-]*\s+)*?[A-Z][\w-]*)(?P<rest>\s+(?:under|of)\s.*)?")


def _country_after_body(body: str) -> str:
    """'Azerbaijan Diplomatic Academy under the Ministry of X' is the 'Diplomatic Academy of Azerbaijan under the
    Ministry of X', which composes; any other body as it is."""
    named = _COUNTRY_FIRST_BODY.fullmatch(body)
    if named is None or not _country_named(named.group("country")):
        return body
    return f"{named.group('body')} of {named.group('country')}{named.group('rest') or ''}"


# a body whose offices take its name: "deputy chairman of the New Azerbaijan Party"
_BODY_WITH_OFFICES = re.compile(r"\b(?:Party|Committee|Council|Agency|Union|Association|Federation|Chamber|Institute|"
                                r"[Pp]arliament|Assembly|Senate|"  # "Speaker", of the "Parliament of Finland" its signature names
                                r"University|Academy|Foundation|Fund|Company|Corporation|Bank|Centre|Center)\b")


# "Ferdinand Marcos Jr.": the generation, which the Russian, Kazakh and Mongolian press leave out or put in words the
# grammar cannot yet decline; "Sahiba Ali gizi Gafarova": an Azerbaijani father's name, which the press leaves out
# («Сахиба Гафарова»)
_GENERATION = re.compile(r",?\s+(?:Jr|Sr)\.?$")


@functools.cache
def _patronymic_before_surname() -> re.Pattern[str]:
    from briefing.names._text import LATIN_PATRONYMIC_WORDS  # the name rules load with the first name, not at import

    return re.compile(rf"\s+[A-Z][\w'’-]*\s+(?i:{'|'.join(sorted(LATIN_PATRONYMIC_WORDS))})(?=\s+[A-Z])")


def _without_suffix_or_patronymic(name: str) -> str:
    return _patronymic_before_surname().sub("", _GENERATION.sub("", name.strip()))


def _written_in_full(form: str, lang: str) -> bool:
    """A Mongolian termbase form without an initial is written in full on purpose («Ши Жиньпин», «Таур Матан Руак»,
    «Чингис хаан»): staff chose it over the press short form."""
    return lang == "mn" and "." not in form


def _press_form(form: str, lang: str, english: str, country: str | None) -> str:
    """A person's name as the language's press writes it: in mn initial + surname for everyone
    (:mod:`briefing.names.press`), whether the Cyrillic came from the termbase or a transliteration."""
    if lang != "mn":
        return form
    from briefing.names.origin import detect_origin
    from briefing.names.press import WHOLE_NAME_COUNTRIES, mongolian_press_form

    if country in WHOLE_NAME_COUNTRIES:
        return form
    return mongolian_press_form(form, detect_origin(english, country))


def _writes_latin(lang: str) -> bool:
    """Whether ``lang`` is written in Latin letters (CLDR likely subtags): its names need no transliteration."""
    from babel.core import get_global

    base = lang.replace("-", "_").split("_")[0]
    return base == "en" or "_Latn" in str(get_global("likely_subtags").get(base, ""))


def _place_like(name: str) -> bool:
    """One or two words in title case and no word of an institution: the shape of a town's or a region's name."""
    return bool(re.fullmatch(r"[A-Z][a-z-]+(?:\s+[A-Z][a-z-]+)?", name)) and not _INSTITUTION_WORD.search(name)


def _city_of(name: str) -> str | None:
    """The country code of a city the place lists know (multi-word ones too: "Kuwait City" → KW), else None."""
    from briefing.extract.lexicon import CITY_TO_COUNTRY

    return CITY_TO_COUNTRY.get(name.lower())


def _country_named(text: str) -> str | None:
    """The ISO code when ``text`` is nothing but a country's name ("the United Kingdom", "Uzbekistan")."""
    from briefing.extract.lexicon import countries_in

    bare = re.sub(r"^the\s+", "", text.strip(), flags=re.IGNORECASE)
    found = countries_in(bare)
    if len(found) == 1 and found[0][0] == 0 and found[0][1] == len(bare):
        return found[0][2]
    from briefing.compose import country_of

    return country_of(bare)  # official long names the offices table and termbase know ("People’s Republic of China")


def _names_country(name: str, country: str) -> bool:
    """«Великий Государственный Хурал Монголии» names «Монголия»: the stem, whatever the case ending."""
    stem = country[: max(4, len(country) - 2)].lower()
    return stem in name.lower()


_BETWEEN = re.compile(r"\bbetween\b", re.IGNORECASE)
# sides told in words, not names: "between the agriculture ministries", "between the relevant agencies", "between the
# two national academies of sciences"; the title composes without them
_SIDES_IN_WORDS = re.compile(r"\s+between\s+the\s+(?:two\s+|relevant\s+|respective\s+|competent\s+)?(?:[a-z][\w-]*\s+){0,2}?"
                             r"(?:ministries|agencies|departments|bodies|authorities|academies\s+of\s+sciences|institutions)\b")
# "Agreement between the khyakimlik of A and the office of B on …": sides no lexicon names, before what the document is
# on; the parties are listed beside it
_SIDES_BEFORE_SUBJECT = re.compile(r"\s+between\s+(?:(?!\bon\b).)+?(?=\s+on\s)")
# "the Days of Tajik Culture", "Days of Culture of Kazakhstan": a country's days of culture abroad
_DAYS_OF_CULTURE = re.compile(r"(?:the\s+)?Days\s+of\s+(?:(?P<demonym>[A-Z][\w-]+)\s+Culture|Culture\s+of\s+(?:the\s+)?"
                              r"(?P<of>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?))(?:\s+in\s+[A-Z][\w\s-]*)?")
_FORMAT_SIDES = re.compile(vocabulary.FORMAT_SIDES)
# "the 70th anniversary of (the establishment of) diplomatic relations (between the two countries)", "the 175th
# anniversary of the birth of Abay Kunanbayuly", "the 800th anniversary of the founding of the city of Karakorum"
_ANNIVERSARY = re.compile(
    r"(?:the\s+)?(?P<number>\d+)(?:st|nd|rd|th)\s+anniversary\s+of\s+(?:the\s+)?"
    r"(?:(?:establishment\s+of\s+(?:the\s+)?)?(?:bilateral\s+)?diplomatic\s+(?:relations|ties)"
    r"(?:\s+between\s+(?:the\s+two\s+countries|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+and\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?))?"
    r"|birth\s+of\s+(?P<person>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
    r"|(?:founding|foundation)\s+of\s+(?:the\s+city\s+of\s+)?(?P<city>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?))")
_COUNTRY_POSSESSIVE = re.compile(vocabulary.COUNTRY_POSSESSIVE)
# "the Head of State", "head of state of Mongolia"; never "head of the State Committee for National Security"
_HEAD_OF_STATE = re.compile(r"(?:the )?head of (?:the )?state(?=\s*$|\s*,|\s+(?:of|and)\b)", re.IGNORECASE)


def _of_own_city(title: str, country: str) -> bool:
    """"Crown Prince of Dubai", "Ruler of Sharjah": an office of a city or emirate of the person's own country."""
    place = re.search(r"\bof\s+(?:the\s+)?([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)\s*$", title)
    if place is None:
        return False
    name = place.group(1)
    if _country_named(name) == country:
        return False  # "Prime Minister of Singapore": a city-state is named as the country it is
    return _city_of(name) == country


# (never "Hong Kong Special Administrative Region": a side of its own, whose office the sentence names it by)
_SUBNATIONAL = re.compile(r"\b(?:(?<!administrative\s)region|oblast|province|aimag|city|district|county|prefecture|akim|"
                          r"akimat|khokim|khokimiyat|governor|mayor)\b", re.IGNORECASE)

# a capital letter alone before a name: an initial an agency wrote without its point ("S Jaishankar")
_INITIAL_WITHOUT_POINT = re.compile(r"\b([A-Z])(?=\s+[A-Z][a-z])")
# an office's head word alone, which names no institution: "speaker Valentina Matviyenko", "the chairman"
_BARE_OFFICES = frozenset(("speaker", "chairman", "chairwoman", "chairperson", "chair", "head", "president", "leader"))


_DECLENSION = {"person": "person", "place": "place", "country": "place", "institution": "institution",
               "title": "title", "document": "document", "programme": "document", "agency": "institution",
               "company": "institution"}
_FLOOR = r"(?:more\s+than|over|upwards\s+of)"  # "more than 60 documents": a count that is a floor
_MORE_THAN = re.compile(rf"{_FLOOR}\s+\d", re.IGNORECASE)
_COUNTED = re.compile(rf"(?:(?:a|the)\s+)?(?:{_FLOOR}\s+)?(?:(?:package|number|series|set)\s+of\s+|several\s+)?(?P<n>\d+|(?:{'|'.join(word for word, n in vocabulary.COUNT_WORDS.items() if n > 1)})\b)?"
                      r"\s*(?:[a-z-]+\s+){0,3}?"
                      r"(?:documents|agreements|accords|memoranda|memorandums|treaties|protocols|contracts|deals|mous|memos|"
                      r"memorandum\s+of\s+understandings|"  # "six Memorandum of Understandings": the plural on its last word
                      r"roadmaps|programmes|programs|plans)\b.*", re.IGNORECASE)


def _document_count(title: str) -> int | None:
    """"11 documents", "a package of three agreements": documents counted, not named (0 = a number not given)."""
    match = _COUNTED.fullmatch(title.strip())
    if not match:
        return None
    number = (match.group("n") or "").lower()
    return int(number) if number.isdigit() else vocabulary.COUNT_WORDS.get(number, 0)


_SLOT = re.compile(r"\{(\w+)(?::(\w+))?\}")


# "the National Assembly of of Pakistan": a source's typo, read as the name it means
_DOUBLED_WORD = re.compile(r"\b(of|the|and|in|on|for)\s+\1\b", re.IGNORECASE)


def _without_doubled_words(text: str) -> str:
    return _DOUBLED_WORD.sub(r"\1", text)


def fill(pattern: str, inflector: Inflector, **values: Localized) -> str:
    """A catalog pattern with named slots that may ask for a case: «делегация {country:gen}».

    Staff move slots and choose cases in the catalog; ``inflector`` declines each value.
    """

    def replace(match: re.Match[str]) -> str:
        value = values.get(match.group(1))
        if value is None:
            return match.group(0)
        return inflector.inflect(value.text, match.group(2) or "nom", value.kind)

    return _SLOT.sub(replace, pattern)


def _event_key(facts: Facts) -> str:
    """The event's kind as templates and labels know it: the occasion an "other" event was ("credentials"), else its
    type, "other" for a type the vocabulary lacks."""
    if facts.event_type == "other" and facts.occasion is not None and facts.occasion in vocabulary.OCCASIONS:
        return facts.occasion
    return facts.event_type if facts.event_type in vocabulary.EVENT_TYPES else "other"


def _event_label(key: str) -> str:
    """"Presentation of credentials" for that occasion, not "Other event"; an event type's label otherwise."""
    term = vocabulary.OCCASIONS.get(key) or vocabulary.EVENT_TYPES[key]
    return term.label


# what an article calls a head of state or government without naming the office, once his country is taken out
_COUNTRY_LEADER = frozenset({"leader", "state leader", "national leader"})
_OFFICE_SEPARATORS = re.compile(r"\s*(?:,|\band\b|&)\s*")


def _offices(title: str, country: str | None) -> list[vocabulary.Term]:
    """The controlled offices a title is made of, once the person's own country is taken out:
    "Deputy Prime Minister and Minister of Foreign Affairs of Kazakhstan" → two offices.
    That country is not lost: the briefing shows it beside the title."""
    core = _without_country(title, country)
    terms = [vocabulary.match_term(part, vocabulary.TITLES) for part in _OFFICE_SEPARATORS.split(core) if part]
    return [term for term in terms if term] if terms and all(terms) else []


_ATTRIBUTIVE_END = re.compile(r"\s+(?!(?:and|in|to|on|for|at|of|with|under)\b)[A-Za-z]", re.IGNORECASE)


# the words of a long official name before "of <country>": "Republic of", "People's Republic of", "Kingdom of"
_STATE_FORM = r"(?:(?:people['’]s|islamic|federal|democratic|socialist)\s+)*(?:republic|kingdom)"


# Republics whose head of state is the President: "the Head of State" of one of them is written as its office
PRESIDENTIAL_STATES = frozenset("KZ UZ KG TJ TM MN RU BY AZ AM GE UA TR KR US FR PL IT DE FI HU PK IR ID VN".split())


_ENVOY = re.compile(r"\b(?:ambassador|envoy|consul|attach[eé]|representative|charg[eé])", re.IGNORECASE)


def _without_country(title: str, country: str | None) -> str:
    from briefing.extract.lexicon import REGIONS_NAMED_LIKE_COUNTRIES, countries_in

    text = title
    for start, end, code in reversed(countries_in(title)):
        if code != country or title[start:end].lower() in REGIONS_NAMED_LIKE_COUNTRIES or \
                re.search(r"\b(?:East|West|North|South)\s+$", title[:start]):
            continue  # another country in a title ("President of France") or a region's name is part of it ("East
            # Kazakhstan Region")
        if text[end:end + 1] in "-–" and end < len(text) or text[max(0, start - 1):start] in ("-", "–") and start > 0:
            continue  # "the Japanese-Turkmen friendship group": one side of a pair names the body
        after = re.sub(r"^(?:'s|’s)", "", text[end:])
        before = text[:start]
        if not _ATTRIBUTIVE_END.match(after):
            # "Minister of Foreign Affairs of Uzbekistan": the country ends the title, its "of" goes with it;
            # "head of the Uzbek Foreign Ministry": it qualifies the next words, whose "of the" stays
            before = re.sub(rf"\s*\bof(?:\s+the)?(?:\s+{_STATE_FORM}\s+of)?\s*$", "", before, flags=re.IGNORECASE)
            if not _ENVOY.search(before):  # "Minister of Trade in Hungary" is Hungary's; an ambassador in X is not X's
                before = re.sub(r"\s*\bin(?:\s+the)?\s*$", "", before, flags=re.IGNORECASE)
        text = before + after
    text = re.sub(rf"^\s*(?:the\s+)?(?:{_STATE_FORM}\s+of\s+)?", "", text, flags=re.IGNORECASE)
    if country:
        # "President of the Republic" with no country named: the person's own state, as when it is named
        text = re.sub(rf"\s+of\s+the\s+{_STATE_FORM}\s*$", "", text, flags=re.IGNORECASE)
    return re.sub(r"\s+", " ", text).strip(" ,")


_BETWEEN_THE_TWO = re.compile(r"\s+between\s+(?:the\s+)?(?:two|both)\s+(?:countries|states|regions|cities|sides|parties|"
                              r"governments|parliaments|ministries|nations)\b", re.IGNORECASE)


def _sides_named_twice(title: str) -> bool:
    """Whether a title names its sides before its subject and again in it ("… between the cities of A and B"), which
    the rendered title then says itself."""
    before_subject = _SIDES_BEFORE_SUBJECT.search(title)
    return before_subject is not None and " between " in title[before_subject.end():]


# a document's short name beside its full one: "APTTA (Afghanistan-Pakistan Transit Trade Agreement)",
# "Free Trade Agreement (FTA)"
# a memorandum of understanding or cooperation, a letter of intent, a free trade, investment or tax agreement: the kind's
# English letters, which no ru, kk or mn text keeps («соглашение о свободной торговле», never «… (FTA)»: fresh91)
_TYPE_LETTERS = re.compile(r"(?i:mou|moc|moa|mous|mocs|loi|fta|ftas|bit|bits|dta|dtaa)")
def _office_of_the_body_spelt_out(person: Person) -> str | None:
    """'Executive Director of the HKTDC' of the Hong Kong Trade Development Council: the office of the body in full,
    which the lexicon can compose, where its letters are no word of any language."""
    letters = re.fullmatch(r"(?P<office>.+?\s+of\s+(?:the\s+)?)(?P<letters>[A-Z]{2,8})", person.title or "")
    if letters is None or not person.organization or \
            not _a_partys_letters(f" between {person.organization}", letters.group("letters")):
        return None
    return f"{letters.group('office')}{person.organization}"


def _a_partys_letters(full: str, short: str) -> bool:
    """The letters in brackets after a title stand for its last party: "… and the Hong Kong Trade Development
    Council (HKTDC)"."""
    last_party = re.match(r".*\s(?:between|and)\s+(?:the\s+)?(?P<party>[A-Z][^()]*)$", full)
    if last_party is None:
        return False
    initials = "".join(word[0] for word in last_party.group("party").split() if word[:1].isupper())
    return initials.upper() == short.upper()


_SHORT_NAME_FIRST = re.compile(rf"(?P<short>{_SHORT_NAME})\s+\((?P<full>[^()]{{8,}})\)")
_SHORT_NAME_AFTER = re.compile(rf"(?P<full>[^()]{{8,}}?)\s+\((?P<short>{_SHORT_NAME})\)")
# "Afghanistan-Pakistan Transit Trade Agreement": the two sides named in front of the title
_SIDES_IN_FRONT = re.compile(r"(?P<first>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)[-–](?P<second>[A-Z][a-z]+(?:\s[A-Z][a-z]+)??)\s+"
                             r"(?P<rest>[A-Z].+)")


def _sides_spelled_out(title: str) -> str:
    """'Afghanistan-Pakistan Transit Trade Agreement' is the 'Transit Trade Agreement between Afghanistan and
    Pakistan', which the composer renders; any other title as it is."""
    sides = _SIDES_IN_FRONT.fullmatch(title)
    if sides and _country_named(sides.group("first")) and _country_named(sides.group("second")):
        return f"{sides.group('rest')} between {sides.group('first')} and {sides.group('second')}"
    return title


def _plain_document_title(title: str, parties: list[str]) -> str:
    """"MoU between the NBK and …" with its parties listed: the kind of document alone; "an agreement to
    cooperate in X" read as "an agreement on cooperation in X", the way composition knows it."""
    plain = _without_between(title, parties) if len(parties) >= 2 else title
    plain = _BETWEEN_THE_TWO.sub("", plain)  # "… between the two regions": the sides, said by their number only
    plain = re.sub(r"\s*\((?:MoU|MoC|MOU)\)", "", plain)
    plain = _without_paired_sides(plain, parties)
    return re.sub(r"\bto cooperate\s+(?=in\b|on\b)", "on cooperation ", plain, flags=re.IGNORECASE)


# "co-chair of the Kazakh part of the Commission": which side of a joint body the person chairs
_OWN_SIDE_OF = re.compile(r"\s+of\s+the\s+[A-Z][\w-]+\s+(?:part|side)\s+of\s+(?:the\s+)?", re.IGNORECASE)
# "the joint Statement of President of A X and President of B Y": who issued it, named in the briefing beside it
_ISSUERS_OF_JOINT_TEXT = re.compile(r"(?<=^joint statement)\s+(?:of|by)\s+.+$|(?<=^joint declaration)\s+(?:of|by)\s+.+$",
                                    re.IGNORECASE)
# the document's own noun phrase, before what it is on, for, about or between: "Cooperation Agreement", "action plan"
# (and before "of the" a body it belongs to: "Rules of Procedure of the Committee on …" is «регламент», marked)
_DOCUMENT_HEAD = re.compile(r".+?(?=\s+(?:on|for|to|in|about|between|with|regarding|concerning|of\s+the)\s)", re.IGNORECASE)
# "a new action plan", "an additional protocol ...": words that say which document, not what it is called
_UNNAMING_QUALIFIER = re.compile(r"^(?:(?:a|an|the|new|separate|additional|relevant|corresponding|respective|bilateral|"
                                 r"practical|comprehensive|detailed|specific|concrete)\s+)+",
                                 re.IGNORECASE)
_PLURAL_TITLE = re.compile(r"\b(?:agreements|memoranda|memorandums|protocols)$", re.IGNORECASE)


def _several_by_fields(document: SignedDocument) -> bool:
    """'bilateral agreements covering health, energy and culture': several documents of one kind, a list of fields
    their subject."""
    if not (document.named_by_subject and document.subject and "," in document.subject and
            document.type in ("memorandum", "agreement", "protocol") and _PLURAL_TITLE.search(document.title)):
        return False
    fields = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", document.subject.strip(" ."))
    return all(vocabulary.match_area(field) is not None for field in fields if field)


# "the Additional Memorandum on Air Services": a capital says the word is the document's name, not "one more"
_NAMING_QUALIFIER = re.compile(r"(?:Additional|Supplementary)\s")
_PAIRED_SIDES = re.compile(r"\b(?P<first>[A-Z]\w+)[-–](?P<second>[A-Z]\w+)\s+(?=[a-z])")


def _without_paired_sides(title: str, parties: list[str]) -> str:
    """"agreement on the Uzbek-Kyrgyz state border" with Uzbekistan and Kyrgyzstan as its parties: "agreement on
    the state border", which composition knows; the parties are listed beside it."""
    from briefing.extract.lexicon import country_code

    pair = _PAIRED_SIDES.search(title)
    if pair is None or len(parties) < 2:
        return title
    sides = {country_code(pair.group("first")), country_code(pair.group("second"))}
    if None in sides or not sides <= {_country_named(party) for party in parties}:
        return title
    return title[:pair.start()] + title[pair.end():]


# "President Rahmonov", "Prime Minister Li": an office written before a name
_OFFICE_BEFORE_NAME = re.compile(r"(?P<office>(?:(?:Deputy|Vice|First\s+Deputy)\s+)?(?:President|Prime\s+Minister|Premier|"
                                 r"Foreign\s+Minister|Minister|Speaker|Chairman|Chairwoman|Ambassador|King|Emir|"
                                 r"Crown\s+Prince|Chancellor))\s+(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})")


def _counted_alike(documents: list[LocalizedDocument]) -> list[LocalizedDocument]:
    """Documents a sentence could only call by their kind, between the same sides and in the same state, counted
    as one entry: «подписаны 2 документа», never «подписаны соглашение, а также соглашение»."""
    def key(document: LocalizedDocument) -> tuple[t.Any, ...] | None:
        untitled = document.title is None or getattr(document.title, "mark", None) == UNTRANSLATED or \
            str(document.title).lower() == document.type.text.lower()  # its subject left out: the kind alone
        if document.count is not None or not untitled:
            return None
        return document.type_key, tuple(sorted(str(party) for party in document.parties)), document.status_key

    keyed = [(key(document), document) for document in documents]
    groups: dict[tuple[t.Any, ...], list[LocalizedDocument]] = {}
    for alike, document in keyed:
        if alike is not None:
            groups.setdefault(alike, []).append(document)
    result = []
    for alike, document in keyed:
        group = groups.get(alike, []) if alike is not None else []
        if len(group) < 2:
            result.append(document)
        elif document is group[0]:
            result.append(replace(document, title=None, count=len(group), grouped=True))
    return result


def _status_key(status: str | None) -> str | None:
    """The vocabulary's key of a document status ("to be signed in May" → "to be signed")."""
    if not status:
        return None
    return next((key for key in vocabulary.DOCUMENT_STATUSES if status == key or status.startswith(key + " ")), None)


def _without_parties(title: str, parties: list[str]) -> str:
    _name, between, clause = title.partition(" between ")
    named = all(party.lower().removeprefix("the ") in clause.lower() for party in parties)
    return _without_between(title, parties) if between and parties and named else title


def _without_between(title: str, parties: t.Sequence[str] = ()) -> str:
    """"agreement between A and B on mutual protection of investments" → "agreement on mutual protection of
    investments": the sides go, what the document is on stays. Sides whose names the parties give go by those
    names, whatever they hold ("between the Agency for the Development of X and …" is no document "for the
    Development of X")."""
    if len(parties) >= 2:
        names = [rf"(?:the\s+)?{re.escape(party.removeprefix('the '))}" for party in parties]
        first = r",?\s+".join(names[:-1])
        sides = rf"\s+between\s+{first},?\s+and\s+{names[-1]}(?=\W|$)"
        named = re.search(sides, title, re.IGNORECASE)
        if named:
            return (title[:named.start()] + title[named.end():]).strip()
    return _BETWEEN_SIDES.sub("", title, count=1).strip()


# "between A and B" up to what the document is on or for ("… on mutual protection of investments"), or to the end
_BETWEEN_SIDES = re.compile(r"\s+between\s+.+?(?=\s+(?:on|for|regarding|concerning|about)\s+(?!behalf\b)(?:the\s+)?[a-z0-9]|"
                           rf"{vocabulary.PERIOD_IN}|$)")  # "… in 2020 – 2021": the period stays


_RATIFICATION_LAW = re.compile(r"\b(?:approved|passed|adopted|endorsed)\b[^.;]{0,60}?\b(?:laws?|bills?)\b[^.;]{0,10}?"
                               r"(?:on|about)\s+(?:the\s+)?ratification\b", re.I)


_ABOUT_DOCUMENTS = re.compile(r"\b(?:signed|inked|sign|signing|memorand(?:um|a|ums)|mous?|agreements?|protocols?|"
                              r"documents?|programs?|programmes?|plans?|road\s?maps?|treat(?:y|ies)|accords?|declarations?)\b",
                              re.I)


# "Minister" of "the Ministry of Labour and Social Protection of Kazakhstan": the office the ministry's name completes
_BARE_MINISTER = re.compile(r"(?:(?:First\s+)?Deputy\s+|Vice[-\s]|Acting\s+)?Minister", re.IGNORECASE)
_MINISTRY_OF = re.compile(r"(?:the\s+)?Ministry\s+(?P<rest>(?:of|for)\s+.+)", re.IGNORECASE)


def _office_of_own_ministry(person: Person) -> str | None:
    """'Minister Birzhan Nurymbetov' of the Ministry of Labour and Social Protection of Kazakhstan: «министр труда и
    социальной защиты населения», not a bare «министр Республики Казахстан»."""
    ministry = _MINISTRY_OF.fullmatch(person.organization or "")
    if not person.title or not ministry or not _BARE_MINISTER.fullmatch(person.title.strip()):
        return None
    return f"{person.title.strip()} {ministry.group('rest')}"


_MEETS_ONE = re.compile(r"\b(?:met|meets|held\s+(?:a\s+|separate\s+)?meetings?\s+with|had\s+(?:a\s+)?meetings?\s+with)\b")
_CALLS_ON = re.compile(r"\b(?:called|calls|paid\s+(?:a\s+)?(?:courtesy\s+)?calls?)\s+on\b")


def _separate_meetings(facts: Facts) -> bool:
    """Whether the one the lead names met the others apart: each in a sentence of its own that tells a meeting with
    that one alone, or all in one sentence that says he called on them."""
    if facts.event_type != "meeting" or len(facts.participants) < 3:
        return False
    met = [person.evidence.sentence for person in facts.participants[1:] if person.evidence is not None]
    apart = [sentence for sentence in met if _MEETS_ONE.search(sentence) and met.count(sentence) == 1]
    called = [sentence for sentence in met if _CALLS_ON.search(sentence) and met.count(sentence) >= 2]
    return len(apart) >= 2 and len(apart) == len(met) or len(called) == len(met)


_ONE_DOCUMENT_TOLD = re.compile(r"\s*(?:The|This)\s+(?P<kind>MoU|memorandum|agreement|protocol|roadmap|road\s+map|declaration)\b"
                                r"(?!\s+(?:and|&)\b)", re.I)
_TOLD_KIND = {"mou": "memorandum", "memorandum": "memorandum", "agreement": "agreement", "protocol": "protocol",
              "roadmap": "roadmap", "road map": "roadmap", "declaration": "declaration"}


def _one_document_of_the_areas(facts: Facts) -> int | None:
    """The index of the one signed document of its kind that every area's sentence opens with ("The MoU was signed
    to …"), when several documents (or a counted lot) were signed and cover the areas; None otherwise."""
    if len(facts.documents_signed) < 2 and not facts.documents_total:
        return None
    read_from = facts.evidence.get("cooperation_areas", {})
    told = {_ONE_DOCUMENT_TOLD.match(read_from[area].sentence) for area in facts.cooperation_areas if area in read_from}
    kinds = {_TOLD_KIND[re.sub(r"\s+", " ", match.group("kind").lower())] if match else None for match in told}
    if len(kinds) != 1 or None in kinds:
        return None
    kind = kinds.pop()
    of_kind = [index for index, document in enumerate(facts.documents_signed) if document.type == kind and _document_count(document.title) is None]
    return of_kind[0] if len(of_kind) == 1 else None


def _areas_of_signed_documents(facts: Facts) -> bool:
    """Whether a signing's areas are those its documents cover: each area read from a sentence about documents."""
    if facts.event_type != "signing" or not facts.documents_signed or not facts.cooperation_areas:
        return False
    read_from = facts.evidence.get("cooperation_areas", {})
    sentences = [read_from[area].sentence for area in facts.cooperation_areas if area in read_from]
    # an item of a bulleted list ("– on cooperation in the field of X;") is one of the documents the list names
    return len(sentences) == len(facts.cooperation_areas) and \
        all(_ABOUT_DOCUMENTS.search(s) or re.match(r"\s*[–—•-]\s", s) for s in sentences)


def _approved_a_ratification_law(facts: Facts) -> bool:
    """Whether the ratified documents' sentences tell of a law on their ratification that a chamber approved."""
    sentences = [document.evidence.sentence for document in facts.documents_referenced
                 if document.status == "ratified" and document.evidence is not None]
    return bool(sentences) and all(_RATIFICATION_LAW.search(sentence) for sentence in sentences)


# an office held in a body, not in a state: a country after it names no office ("Deputy Chairman" of Russia)
_OFFICE_OF_A_BODY = re.compile(r"(?:the\s+)?(?:(?:first\s+)?(?:deputy|vice)[\s-]+)?(?:chairman|chairwoman|chairperson|chair|"
                               r"speaker|director(?:[\s-]+general)?|head|secretary(?:[\s-]+general)?|member|deputy|(?:pro-?)?rector|dean|"
                               r"spokes(?:man|woman|person)|advis[eo]r|assistant|counsell?or)", re.I)


# a person's name before the body named after them: "Hennadii Udovenko Diplomatic Academy of Ukraine"
_NAMED_AFTER = re.compile(r"[A-Z][a-z]+(?:[- ][A-Z][a-z]+){0,2}\s+(?:[A-Z][\w-]*\s+){0,3}"
                          r"(?:Academy|University|Institute|School|Museum|Library|Theatre|Theater|Conservatory|Lyceum)\b.*")
_ORDINAL_BEFORE = re.compile(r"(?:the\s+)?(?:\d+(?:st|nd|rd|th)|(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|"
                             r"ninth|tenth|eleventh|twelfth))\s+(?=[A-Z])")


# a word no person's name holds: the speaker is a body ("the Russian government", "Foreign Ministry")
# "the Bangladesh Foreign Minister", "Japan's new leader": a phrase that ends in an office word
_ENDS_IN_AN_OFFICE = re.compile(r"\b(?i:minister|president|premier|speaker|chairman|chairwoman|chairperson|chair|secretary|"
                                r"ambassador|governor|mayor|king|emir|sultan|prince|envoy|deputy|director|commissioner)$")
_INSTITUTION_WORD = re.compile(r"\b(?:government|ministry|ministries|office|service|committee|council|agency|embassy|directorate|"
                               r"administration|parliament|assembly|senate|commission|department|secretariat|"
                               r"delegation|press|bank|fund|organi[sz]ation|union|center|centre|chamber|court)\b", re.I)
_OFFICE_BOUNDARY = re.compile(r",\s*(?:and\s+)?|\s+and\s+(?=(?:the\s+)?[A-Z])|"
                              r"\s+and\s+(?=(?:the\s+)?(?:head|chair|chairman|chairwoman|member|secretary|director)\s+of\b)")


def _office_splits(title: str) -> t.Iterator[list[str]]:
    """The ways to read a title as two or three offices, cut where ", " or " and " precedes a capital,
    the fewest offices first."""
    cuts = [(m.start(), m.end()) for m in _OFFICE_BOUNDARY.finditer(title)]
    for count in (1, 2):
        for chosen in itertools.combinations(cuts, count):
            bounds = [0, *(edge for cut in chosen for edge in cut), len(title)]
            pieces = [title[bounds[i]:bounds[i + 1]].strip() for i in range(0, len(bounds), 2)]
            if all(len(piece.split()) >= 2 for piece in pieces):
                yield pieces


def _untranslated(value: object) -> bool:
    return isinstance(value, Localized) and value.mark == UNTRANSLATED


def _joined(parts: list[Localized]) -> Joined | None:
    return Joined(parts) if parts else None


def _confirmed_name(name: t.Any) -> bool:
    return isinstance(name, Localized) and name.source == "termbase" and name.mark is None


def _without_restated_pairs(areas: list[str]) -> list[str]:
    """The areas without a pair that only restates two of them: "trade and economy" beside "trade" and
    "economy" would read «торговля, экономика … торговля и экономика»."""
    def term_key(text: str) -> str | None:
        term = vocabulary.match_area(text.strip())
        return term.key if term is not None else None

    def parts_of(area: str) -> list[str | None]:
        return [term_key(part) for part in re.split(r",\s*(?:and\s+)?|\s+and\s+", area) if part.strip()]

    listed = {term_key(area) for area in areas} - {None}
    pairs = [parts for parts in map(parts_of, areas) if len(parts) >= 2]
    # "economy" beside "trade and economy" (one part of the pair, the other not listed alone) is said by the pair
    within_pair = {part for parts in pairs if not all(p in listed for p in parts) for part in parts}
    kept = []
    for area in areas:
        parts = parts_of(area)
        one_area = set(parts) == {term_key(area)}  # "transport and logistics": both words name the one area it is
        if len(parts) >= 2 and all(part in listed for part in parts) and not one_area:
            continue
        if len(parts) == 1 and parts[0] in within_pair and term_key(area) in within_pair:
            continue
        kept.append(area)
    return kept


def _first_of_each(values: list[Localized]) -> list[Localized]:
    """The values in their order, each text once (case aside)."""
    seen: set[str] = set()
    unique = []
    for value in values:
        key = str(value).casefold()
        if key not in seen:
            seen.add(key)
            unique.append(value)
    return unique


def localize(facts: Facts, lang: str, labels: Labels, termbase: t.Any, translator: Translator,
             pending: PendingTranslations, source_excerpts: bool = False,
             lexicon_path: Path | None = None, inflector: Inflector | None = None) -> LocalizedBriefing:
    """Localize ``facts`` into ``lang``; ``pending`` already holds the labels to translate."""
    return Localizer(lang, labels, termbase, translator, pending, source_excerpts, lexicon_path,
                     inflector).localize(facts)


def _one_country(text: str) -> bool:
    from briefing.extract.lexicon import country_code

    return country_code(text.strip()) is not None


def sex_of(russian_name: Localized) -> str:
    """"female" or "male": what the article told of the person, else what the Russian form of the name says."""
    from briefing.grammar.ru import person_gender

    return russian_name.gender or person_gender(russian_name.text)


def _is_a_woman(russian_name: Localized) -> bool:
    return sex_of(russian_name) == "female"

def _her_office(title: Localized | Joined | None) -> Localized | Joined | None:
    """A woman's title in Russian: «исполняющая обязанности министра», the participle agreeing with her."""
    from briefing.grammar.ru import feminine_office

    if isinstance(title, Localized):
        return Localized(feminine_office(title.text), title.mark, title.kind, title.source)
    if isinstance(title, Joined):
        return Joined([Localized(feminine_office(part.text), part.mark, part.kind, part.source) for part in title.parts],
                      title.lang)
    return title


# a body's office after its name: "National Assembly Speaker", "Senate Chairman"
_BODY_THEN_OFFICE = re.compile(r"(?P<body>(?:[A-Z][\w-]*\s+)*(?:Assembly|Senate|Parliament|Council|Congress|Chamber|House|"
                               r"Diet|Duma|Majlis|Mazhilis|Khural|Kenesh|Seimas|Sejm|Saeima|Riigikogu|Knesset|Bundestag))\s+"
                               r"(?P<office>Speaker|Chairman|Chairwoman|Chairperson|Chair|President|Vice[- ]Speaker|"
                               r"Deputy\s+Speaker)")


def _last_day_of(facts: Facts) -> dt.date | None:
    """The last day of an event of several days; None for an event of one day."""
    end = facts.event_date_end
    return end if facts.event_date and end and end > facts.event_date else None


def _days_of(facts: Facts) -> dt.date | str | None:
    """The event's day, or its first and last days ("2020-02-24/2020-02-25"), or a day without a year."""
    last_day = _last_day_of(facts)
    if facts.event_date and last_day:
        return f"{facts.event_date.isoformat()}/{last_day.isoformat()}"
    return facts.event_date or facts.event_date_partial
