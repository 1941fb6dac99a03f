"""Files for translators: export what still needs a person, import what they did, TMX.

``briefing translations export`` runs the articles (or facts files) through the same
localization as ``generate``/``render`` and collects every segment whose translation is
not a human one: quotes and free text kept in English, labels a catalog lacks, and
machine output nobody has reviewed. Each distinct text is one unit with:

* its context: the article, the field (quote, headline, cooperation area…) and the
  speaker of a quote, for every place it occurs;
* the machine suggestion, where a model (now or earlier, from the translation memory)
  made one.

Formats, from the file's suffix: ``.xlf``/``.xliff`` is XLIFF 1.2 (the suggestion as
``<alt-trans>``, the target left empty), ``.po`` is gettext PO (the suggestion as a fuzzy
``msgstr``). Both are written and read with translate-toolkit, imported only here.

``briefing translations import FILE`` stores every unit with a target the translator
confirmed in the translation memory (:mod:`briefing.translate.memory`) as reviewed; the
next ``generate`` or ``render`` prints it unmarked, with or without a model.
Confirmed means: XLIFF, a non-empty ``<target>`` whose ``state`` is not one of the
"new"/"needs-…" states; PO, a non-empty ``msgstr`` without the fuzzy flag.

``briefing translations tmx`` writes the memory's reviewed entries as TMX 1.4.
"""

from __future__ import annotations

import hashlib
import typing as t
from dataclasses import dataclass, field
from pathlib import Path

from briefing.errors import BriefingError
from briefing.translate import HUMAN, MACHINE, Translation, Translator

SOURCE_LANGUAGE = "en"
XLIFF_SUFFIXES = (".xlf", ".xliff")
PO_SUFFIXES = (".po",)
XLIFF_12 = "urn:oasis:names:tc:xliff:document:1.2"
# XLIFF 1.2 target states that say the target is not (yet) a translation to use.
UNCONFIRMED_STATES = frozenset({"new", "needs-translation", "needs-adaptation", "needs-l10n",
                                "needs-review-translation", "needs-review-adaptation", "needs-review-l10n"})


class ExchangeError(BriefingError):
    """A translator's file that cannot be written or read."""


@dataclass(frozen=True)
class Occurrence:
    article: str
    field: str
    speaker: str | None = None

    def describe(self) -> str:
        speaker = f" | speaker: {self.speaker}" if self.speaker else ""
        return f"article: {self.article} | field: {self.field}{speaker}"


@dataclass
class Segment:
    """One distinct source text that needs a translator."""

    text: str
    suggestion: str | None = None  # a machine translation, if any
    engine: str | None = None  # the engine that made it
    occurrences: list[Occurrence] = field(default_factory=list)

    @property
    def id(self) -> str:
        return "s" + hashlib.sha1(self.text.encode("utf-8")).hexdigest()[:12]


class _Recorder:
    """A translator wrapper that notes every result that is not a human translation."""

    def __init__(self, inner: Translator) -> None:
        self.inner = inner
        self.name = inner.name
        self.results: dict[str, Translation] = {}

    @property
    def missing_pairs(self) -> set[tuple[str, str]]:
        return t.cast(set[tuple[str, str]], getattr(self.inner, "missing_pairs", set()))

    def translate_batch(self, texts: t.Sequence[str], source: str, target: str) -> list[Translation]:
        results = self.inner.translate_batch(texts, source, target)
        self.results = {text: result for text, result in zip(texts, results, strict=True)
                        if result.status != HUMAN and text.strip()}
        return results


def _fields(facts: t.Any) -> dict[str, Occurrence]:
    """Where each free text of the facts comes from (first place wins)."""
    article = Path(facts.source_path).name if facts.source_path else (facts.article_id or "facts")
    found: dict[str, Occurrence] = {}

    def note(text: str | None, name: str, speaker: str | None = None) -> None:
        if text and text not in found:
            found[text] = Occurrence(article, name, speaker)

    for quote in facts.quotes:
        note(quote.text, "quote", quote.speaker)
    note(facts.headline, "headline")
    for point in facts.key_points:
        note(point, "key point")
    for document in [*facts.documents_signed, *facts.documents_referenced]:
        note(document.title, "document title")
        note(document.status, "document status")
        for party in document.parties:
            note(party, "document party")
    for area in facts.cooperation_areas:
        note(area, "cooperation area")
    for event in facts.planned_events:
        note(event.text, "planned event")
        for name in [*event.who, *event.objects, event.host]:
            note(name, "planned event")
    for person in [*facts.participants, *facts.mentioned_people]:
        note(person.title, "title", person.name)
        note(person.organization, "organization", person.name)
    note(facts.event_status, "event status")
    return found


def _read_inputs(sources: t.Sequence[Path], settings: t.Any, termbase: t.Any) -> list[t.Any]:
    from briefing import pipeline

    facts_list = []
    for source in sources:
        if source.suffix.lower() == ".json":
            facts = pipeline.read_facts(source)
            facts.source_path = facts.source_path or str(source)
        else:
            facts, _article = pipeline.extract_facts(source, termbase, None, settings)
            facts.source_path = str(source)
        facts_list.append(facts)
    return facts_list


def collect_segments(sources: t.Sequence[Path], lang: str, settings: t.Any) -> list[Segment]:
    """Every segment of the sources that has no human translation into lang, in order."""
    from briefing import pipeline
    from briefing.translate.memory import TranslationMemory

    termbase = pipeline.load_termbase(settings)
    memory = TranslationMemory()
    segments: dict[str, Segment] = {}
    for facts in _read_inputs(sources, settings, termbase):
        recorder = _Recorder(pipeline.make_translator(settings, termbase))
        reporter = pipeline.Reporter(quiet=True, echo=False)
        pipeline.build_document(facts, lang, settings, recorder, termbase, reporter)
        places = _fields(facts)
        article = Path(facts.source_path).name if facts.source_path else "facts"
        for text, result in recorder.results.items():
            segment = segments.setdefault(text, Segment(text))
            occurrence = places.get(text, Occurrence(article, "text"))
            if occurrence not in segment.occurrences:
                segment.occurrences.append(occurrence)
            if result.status == MACHINE and segment.suggestion is None:
                segment.suggestion, segment.engine = result.text, result.engine
        for segment in segments.values():
            if segment.suggestion is None:
                remembered = memory.suggestion(segment.text, SOURCE_LANGUAGE, lang)
                if remembered is not None:
                    segment.suggestion, segment.engine = remembered
    return list(segments.values())


# --- writing --------------------------------------------------------------------------


def _xliff_class() -> t.Any:
    from translate.storage import xliff

    class Unit12(xliff.xliffunit):
        namespace = XLIFF_12

    class Xliff12(xliff.xlifffile):
        """translate-toolkit's XLIFF store, writing version 1.2 (it defaults to 1.1)."""

        XMLskeleton = f"""<?xml version="1.0" ?>
<xliff version='1.2' xmlns='{XLIFF_12}'>
<file original='NoName' source-language='en' datatype='plaintext'>
<body>
</body>
</file>
</xliff>"""
        namespace = XLIFF_12
        UnitClass = Unit12

    return Xliff12


def write_xliff(segments: t.Sequence[Segment], lang: str, path: Path) -> None:
    store = _xliff_class()(sourcelanguage=SOURCE_LANGUAGE, targetlanguage=lang)
    store.createfilenode("briefing", SOURCE_LANGUAGE, lang)
    for segment in segments:
        unit = store.addsourceunit(segment.text, filename="briefing")
        unit.setid(segment.id)
        for index, occurrence in enumerate(segment.occurrences, 1):
            unit.addnote(occurrence.describe(), origin="briefing")
            contexts = [("x-article", occurrence.article), ("x-field", occurrence.field)]
            if occurrence.speaker:
                contexts.append(("x-speaker", occurrence.speaker))
            unit.createcontextgroup(f"occurrence-{index}", contexts, purpose="information")
        if segment.suggestion is not None:
            unit.addalttrans(segment.suggestion, origin=segment.engine or "machine translation")
    _save(store, path)


def write_po(segments: t.Sequence[Segment], lang: str, path: Path) -> None:
    from translate.storage import po as pofile

    store = pofile.pofile()
    store.updateheader(add=True, Language=lang, Project_Id_Version="briefing",
                       Content_Type="text/plain; charset=UTF-8")
    store.settargetlanguage(lang)
    for segment in segments:
        unit = store.addsourceunit(segment.text)
        for occurrence in segment.occurrences:
            unit.addnote(occurrence.describe(), origin="developer")
        if segment.suggestion is not None:
            unit.addnote(f"machine suggestion: {segment.engine or 'machine translation'}", origin="developer")
            unit.target = segment.suggestion
            unit.markfuzzy(True)
    _save(store, path)


def _save(store: t.Any, path: Path) -> None:
    import os
    import tempfile

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(handle, "wb") as file:
            file.write(bytes(store))
        os.replace(temporary, path)
    except OSError as error:
        raise ExchangeError(f"{path}: cannot be written ({error.strerror or error})") from None


def export(sources: t.Sequence[Path], lang: str, out: Path, settings: t.Any) -> list[Segment]:
    suffix = out.suffix.lower()
    if suffix not in XLIFF_SUFFIXES + PO_SUFFIXES:
        raise ExchangeError(f"{out}: name the file .xlf, .xliff (XLIFF 1.2) or .po (PO)")
    segments = collect_segments(sources, lang, settings)
    (write_xliff if suffix in XLIFF_SUFFIXES else write_po)(segments, lang, out)
    return segments


# --- reading ----------------------------------------------------------------------------


@dataclass
class ImportResult:
    lang: str
    stored: dict[str, str]
    skipped: int  # units without a confirmed target


def read_translations(path: Path, lang: str | None = None) -> ImportResult:
    """The confirmed translations in a translator's XLIFF or PO file."""
    suffix = path.suffix.lower()
    if suffix not in XLIFF_SUFFIXES + PO_SUFFIXES:
        raise ExchangeError(f"{path}: not an XLIFF (.xlf, .xliff) or PO (.po) file")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ExchangeError(f"{path}: cannot be read ({error.strerror or error})") from None
    try:
        if suffix in XLIFF_SUFFIXES:
            store = _xliff_class().parsestring(data)
        else:
            from translate.storage import po as pofile

            store = pofile.pofile.parsestring(data)
    except Exception as error:  # lxml and the PO parser raise several types
        raise ExchangeError(f"{path}: cannot be read as {suffix[1:].upper()} ({error})") from None
    target = lang or store.gettargetlanguage()
    if not target:
        raise ExchangeError(f"{path}: the file names no target language; give --lang")
    source = store.getsourcelanguage() or SOURCE_LANGUAGE
    if source != SOURCE_LANGUAGE:
        raise ExchangeError(f"{path}: source language {source!r}; briefing translates from English")
    stored, skipped = {}, 0
    for unit in store.units:
        if unit.isheader() or not unit.source:
            continue
        translation = str(unit.target or "").strip()
        if translation and _confirmed(unit, suffix):
            stored[str(unit.source)] = translation
        else:
            skipped += 1
    return ImportResult(str(target).replace("-", "_").split("_")[0] if lang is None else target,
                        stored, skipped)


def _confirmed(unit: t.Any, suffix: str) -> bool:
    if suffix in PO_SUFFIXES:
        return not unit.isfuzzy()
    node = unit.getlanguageNode(lang=None, index=1)
    return node is None or node.get("state") not in UNCONFIRMED_STATES


def import_file(path: Path, lang: str | None = None, memory: t.Any = None) -> ImportResult:
    from briefing.translate.memory import TranslationMemory

    result = read_translations(path, lang)
    memory = memory or TranslationMemory()
    memory.store_reviewed(result.stored, SOURCE_LANGUAGE, result.lang)
    return result


def write_tmx(out: Path, languages: t.Sequence[str] | None = None, memory: t.Any = None) -> int:
    """The memory's reviewed entries as TMX; returns how many were written."""
    from translate.storage import tmx

    from briefing.translate.memory import TranslationMemory

    memory = memory or TranslationMemory()
    store = tmx.tmxfile(sourcelanguage=SOURCE_LANGUAGE)
    count = 0
    for lang in languages or memory.languages():
        for source, text, translation in memory.reviewed_entries(lang):
            store.addtranslation(text, source, translation, lang)
            count += 1
    _save(store, out)
    return count
