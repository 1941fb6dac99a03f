"""The commands' work: ingest → extract → localize → render → write, with progress.

Each function here is what one CLI command does, callable without the CLI.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import gc
import hashlib
import re
import typing as t
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import click

from briefing import models, vocabulary
from briefing.errors import BriefingError, CatalogError, FactsError, OutputError
from briefing.models import Facts
from briefing.resources import (
    default_locales_dir,
    default_reference_docx,
    default_templates_dir,
    load_cached,
    termbase_in,
)
from briefing.workspace import Config, Header

if t.TYPE_CHECKING:
    from briefing.document import DocumentModel
    from briefing.grammar.forms import Inflector
    from briefing.localize import Labels, LocalizedBriefing
    from briefing.translate import Translator

LONG_ARTICLE_CHARS = 200_000  # above this, extraction reports its stages as it goes

# Proofing language of each briefing language; others get Babel's likely territory.
LANGUAGE_TAGS = {"en": "en-GB", "ru": "ru-RU", "kk": "kk-KZ", "mn": "mn-MN"}


@dataclass
class Settings:
    templates_dir: Path = field(default_factory=default_templates_dir)
    locales_dir: Path = field(default_factory=default_locales_dir)
    termbase_path: Path | None = None
    reference_docx: Path = field(default_factory=default_reference_docx)
    translator: str = "auto"  # auto | argos | none
    models_dir: Path | None = None  # None: BRIEFING_MODELS_DIR or the default folder
    prepared_on: dt.date | None = None  # the footer's "Prepared on" date; None: today
    source_excerpts: bool = False  # an appendix with the article's own English sentences
    overwrite: bool = False  # replace a briefing of another article that has the same file name
    quiet: bool = False
    article_date: dt.date | None = None  # the article's publication date when the file does not give it
    review_below: float | None = None  # None: models.DEFAULT_REVIEW_BELOW on extraction, the file's marks on render
    # Limits (environment variables override the defaults): a template's render time and output,
    # and the size of an article.
    render_time_limit: float = field(default_factory=lambda: _env_limit("BRIEFING_RENDER_TIMEOUT", 10.0))
    render_output_limit: int = field(default_factory=lambda: int(_env_limit("BRIEFING_RENDER_MAX_CHARS", 5_000_000)))
    max_article_bytes: int = field(default_factory=lambda: int(_env_limit("BRIEFING_MAX_ARTICLE_BYTES", 5_000_000)))
    allow_empty: bool = False  # write briefings even when the article gave no facts or is not English
    page_size: str = "A4"  # A4 | Letter
    header: Header = field(default_factory=Header)  # the department header (briefing.toml [header])
    config_path: Path | None = None  # the briefing.toml these settings came from, if any
    pdf: bool = False  # also a PDF of each briefing, through LibreOffice

    @classmethod
    def from_options(cls, config: Config | None = None, **options: t.Any) -> Settings:
        """Options given (on the command line or by environment variable) over ``config`` over defaults."""
        settings = cls()
        if config is not None:
            values = config.settings_values()
            if options.get("locales_dir") is not None and options.get("termbase_path") is None:
                values.pop("termbase_path", None)  # --locales X means X's termbase, not the file's
            for name, value in values.items():
                setattr(settings, name, value)
        for name, value in options.items():
            if value is not None:
                setattr(settings, name, value)
        return settings

    @property
    def termbase_file(self) -> Path:
        return self.termbase_path or termbase_in(self.locales_dir)


def _env_limit(name: str, default: float) -> float:
    from briefing.render import env_number

    return env_number(name, default)


class Reporter:
    """Progress and warnings on stderr; data and the files written on stdout (plain).

    It also counts what the summary of a batch shows: warnings, and items to review (names
    and terms marked in the documents). With ``echo=False`` nothing is printed: the lines
    are kept in :attr:`lines`, for a batch to show with the article they belong to.
    Colours (click's) show on a terminal only.
    """

    def __init__(self, quiet: bool = False, echo: bool = True) -> None:
        self.quiet = quiet
        self.echo = echo
        self.lines: list[tuple[str, str]] = []  # (kind, text): kind is "warn" or "wrote"
        self.warnings = 0
        self.to_review = 0

    def step(self, message: str) -> None:
        if not self.quiet and self.echo:
            click.echo(f"{click.style('•', dim=True)} {message}", err=True)

    def warn(self, message: str) -> None:
        self.warnings += 1
        self._warn(message)

    def review(self, lang: str, why: str, items: list[str]) -> None:
        """Items marked for a reader's check in the ``lang`` briefing, one line per reason."""
        self.to_review += len(items)
        self._warn(f"{lang}: {len(items)} to review ({why}): " + "; ".join(items))

    def _warn(self, message: str) -> None:
        if self.echo:
            click.echo(f"{click.style('Warning:', fg='yellow')} {message}", err=True)
        else:
            self.lines.append(("warn", message))

    def wrote(self, path: Path) -> None:
        if self.echo:
            click.echo(f"Wrote {path}")
        else:
            self.lines.append(("wrote", str(path)))


@dataclass
class Outcome:
    """What one article (or facts file) gave: the files written and the briefings that failed."""

    source: str  # the input as the user named it
    written: list[Path] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)  # language → one line: file, line and reason
    warnings: int = 0
    to_review: int = 0
    lines: list[tuple[str, str]] = field(default_factory=list)  # what a quiet Reporter kept
    error: str = ""  # the article itself could not be done (set by a batch, which goes on)

    @property
    def languages_written(self) -> list[str]:
        return [path.name.rsplit(".", 2)[-2] for path in self.written]


# -- commands ---------------------------------------------------------------------------


def startup_done() -> None:
    """Turn the cyclic garbage collector on, if :func:`briefing.cli.main` turned it off for starting up.

    What starting up made (modules, caches, compiled patterns) lives as long as the process, so
    it is frozen first: later collections no longer walk it, and forked workers do not copy the
    memory that walking would touch (the order Python's documentation of gc.freeze advises). The
    little garbage among it (hundreds of objects) is not worth a full collection here, which would
    take longer than an article's extraction while the workers wait.
    """
    if gc.isenabled():
        return
    gc.freeze()
    gc.enable()


def extract_facts(article_path: Path, termbase: t.Any = None, reporter: Reporter | None = None,
                  settings: Settings | None = None, data: bytes | None = None) -> tuple[Facts, t.Any]:
    """``data``: the article's bytes when they came from standard input."""
    from briefing.extract import extract
    from briefing.ingest import read_article

    settings = settings or Settings()
    article = read_article(article_path, data, settings.max_article_bytes)
    if reporter and not article.encoding.startswith(("utf-8", "utf-16", "utf-32")):  # a legacy 8-bit guess
        reporter.warn(f"{article_path}: not UTF-8; read as {article.encoding}. Check names with accents "
                      "or non-Latin letters, or save the article as UTF-8.")
    if reporter and article.replaced:
        where = ", ".join(str(offset) for offset in article.replaced[:10]) + (" …" if len(article.replaced) > 10 else "")
        reporter.warn(f"{article_path}: {len(article.replaced)} byte(s) are not UTF-8 (at byte {where}); read as "
                      "UTF-8 with each replaced by �. Check the text there, or save the article as UTF-8.")
    if settings.article_date:
        if reporter and article.page_date and article.page_date != settings.article_date:
            reporter.warn(f"{article_path}: the 'date' line says {article.page_date.isoformat()}; "
                          f"--article-date {settings.article_date.isoformat()} is used")
        article.page_date = settings.article_date
    below = models.DEFAULT_REVIEW_BELOW if settings.review_below is None else settings.review_below
    if len(article.text) > LONG_ARTICLE_CHARS:
        startup_done()  # minutes of work ahead: garbage is collected as it goes
    facts = extract(article, termbase, review_below=below, progress=_extraction_progress(article, article_path, reporter))
    facts.article_id = article_id(article.text)
    return facts, article


def _extraction_progress(article: t.Any, path: Path, reporter: Reporter | None) -> t.Callable[[str], None] | None:
    """For a long article (minutes of work), a line per stage of extraction, so staff see it goes on."""
    if reporter is None or len(article.text) <= LONG_ARTICLE_CHARS:
        return None
    reporter.step(f"{path}: a long article ({len(article.text):,} characters); extracting it in stages")
    found = reporter

    def stage(name: str) -> None:
        found.step(f"{path}: extracting {name}")

    return stage


def extract_command(article_path: Path, output: Path | None, explain: bool = False,
                    termbase_path: Path | None = None, locales_dir: Path | None = None,
                    settings: Settings | None = None) -> None:
    reporter = Reporter()
    settings = settings or Settings.from_options(termbase_path=termbase_path, locales_dir=locales_dir)
    termbase = load_termbase(settings, reporter)
    facts, article = extract_facts(article_path, termbase, reporter, settings)
    if explain:
        from briefing.extract import explain as explain_facts

        click.echo(explain_facts(facts, article), err=True)
    if output is None:
        click.echo(facts.to_json(), nl=False)
        return
    write_text_atomically(output, facts.to_json())
    reporter.wrote(output)


def generate(article_path: Path, languages: list[str], out_dir: Path, settings: Settings,
             facts_path: Path | None = None, data: bytes | None = None,
             reporter: Reporter | None = None) -> Outcome:
    """Extract the facts of one article and write its briefings.

    A language that fails (a broken catalog or template) does not stop the others: it is
    listed in :attr:`Outcome.failed`. An article that cannot be read raises.
    ``data``: the article's bytes when they came from standard input.
    """
    reporter = reporter or Reporter(settings.quiet)
    reporter.step(f"Reading {article_path}")
    termbase = load_termbase(settings, reporter)
    facts, article = extract_facts(article_path, termbase, reporter, settings, data)
    _report_extraction(facts, reporter)
    _check_substance(article_path, article, facts, settings, reporter)
    from briefing.write import folder_syncs_deferred

    with folder_syncs_deferred():  # the facts file and the briefings: one sync per folder
        if facts_path is not None:
            if facts_path.is_dir():  # a batch: one facts file per article, named like its briefings
                facts_path = facts_path / facts_name(facts)
            write_text_atomically(facts_path, facts.to_json())
            reporter.wrote(facts_path)
        return render_all(facts, languages, out_dir, settings, reporter, termbase, source=str(article_path))


def _check_substance(article_path: Path, article: t.Any, facts: Facts, settings: Settings,
                     reporter: Reporter) -> None:
    """An article that is not English, or gives no facts, would make an empty briefing: say so,
    and stop unless --allow-empty."""
    from briefing.errors import ArticleError
    from briefing.ingest import not_english

    why = not_english(article.body)
    if why:
        problem = f"{article_path}: does not look like an English article ({why})"
    elif not (facts.participants or facts.countries or facts.documents_signed or facts.documents_referenced
              or facts.organizations or facts.quotes or facts.location.city or facts.location.country):
        problem = f"{article_path}: no facts found (no participants, countries, places, documents or quotes)"
    else:
        return
    if settings.allow_empty:
        reporter.warn(problem + "; writing the briefings anyway (--allow-empty).")
        return
    raise ArticleError(problem + "; briefing reads English news articles. Give --allow-empty to write "
                       "the briefings anyway.")


def render_from_file(facts_file: Path, languages: list[str], out_dir: Path, settings: Settings,
                     data: bytes | None = None, reporter: Reporter | None = None) -> Outcome:
    reporter = reporter or Reporter(settings.quiet)
    facts = read_facts(facts_file, data)
    if settings.review_below is not None:  # asked for: mark again from the confidences in the file
        facts.mark_review(settings.review_below)
    _report_review(facts, reporter)
    return render_all(facts, languages, out_dir, settings, reporter, load_termbase(settings, reporter),
                      source=str(facts_file))


def read_facts(path: Path, data: bytes | None = None) -> Facts:
    """Read a facts file that a person may have edited; errors name the line.

    Facts written before files carried an ``article_id`` get one from the file's content.
    """
    if data is None and not path.exists():
        raise FactsError(f"{path}: no such file. Create it with 'briefing extract ARTICLE -o {path}'.")
    raw = models.read_json_object(path, data)
    try:
        facts = Facts.from_dict(raw)
    except (ValueError, TypeError, AttributeError, KeyError, OverflowError) as exc:
        raise FactsError(f"{path}: {exc}.") from None
    _check_contract(facts, path)
    if not facts.article_id:
        facts.article_id = article_id(facts.to_json())
    return facts


def _check_contract(facts: Facts, path: Path) -> None:
    if facts.event_type not in models.EVENT_TYPES:
        raise FactsError(
            f"{path}: event_type {facts.event_type!r} is not one of {', '.join(models.EVENT_TYPES)}."
        )
    for document in [*facts.documents_signed, *facts.documents_referenced]:
        if document.type not in models.DOCUMENT_TYPES:
            raise FactsError(
                f"{path}: document type {document.type!r} is not one of {', '.join(models.DOCUMENT_TYPES)}."
            )
    from babel import Locale

    known = Locale("en").territories
    people = [*facts.participants, *facts.mentioned_people]
    for code in [facts.location.country, *facts.countries, *(person.country for person in people)]:
        if code is not None and not (re.fullmatch(r"[A-Z]{2}", code) and code in known):
            raise FactsError(f"{path}: {code!r} is not an ISO 3166 alpha-2 country code such as KZ.")
    partial = facts.event_date_partial
    if partial and not re.fullmatch(r"--\d{2}-\d{2}(/--\d{2}-\d{2})?", partial):
        raise FactsError(f"{path}: event_date_partial {partial!r} is not --MM-DD or --MM-DD/--MM-DD.")
    end = facts.event_date_end
    if end is not None and (facts.event_date is None or end < facts.event_date):
        raise FactsError(f"{path}: event_date_end {end.isoformat()} needs an event_date on or before it "
                         f"(the first day of the event).")
    if facts.format is not None and facts.format not in models.EVENT_FORMATS:
        raise FactsError(f"{path}: format {facts.format!r} is not one of {', '.join(models.EVENT_FORMATS)}.")


# -- rendering ---------------------------------------------------------------------------


def render_all(facts: Facts, languages: list[str], out_dir: Path, settings: Settings,
               reporter: Reporter, termbase: t.Any, source: str = "") -> Outcome:
    """Render and write one briefing per language; a language that fails leaves the others be."""
    from briefing.write import clean_stale_temporaries, folder_syncs_deferred, write_docx

    clean_stale_temporaries(out_dir)
    outcome = Outcome(source or facts.source_path)
    translator = make_translator(settings, termbase)
    documents = []
    for lang in languages:  # every language renders before any file is written
        path = out_dir / output_name(facts, lang)
        try:
            check_target(path, facts, settings.overwrite)
            reporter.step(f"Rendering the {lang} briefing")
            documents.append((lang, path, build_document(facts, lang, settings, translator, termbase, reporter)))
        except BriefingError as error:
            outcome.failed[lang] = error.message
    _report_missing_models(translator, settings, reporter)
    with folder_syncs_deferred():  # one sync of the folder for the article's briefings
        for lang, path, model in documents:
            try:
                outcome.written.append(write_docx(model, path, settings.reference_docx))
            except BriefingError as error:
                outcome.failed[lang] = error.message
                continue
            reporter.wrote(path)
    if settings.pdf and outcome.written:
        from briefing.pdf import convert_to_pdf

        reporter.step("Converting to PDF with LibreOffice")
        for pdf in convert_to_pdf(outcome.written):
            reporter.wrote(pdf)
    outcome.warnings, outcome.to_review, outcome.lines = reporter.warnings, reporter.to_review, reporter.lines
    return outcome


def check_target(path: Path, facts: Facts, overwrite: bool = False) -> None:
    """A file already at ``path`` may be replaced only if it is a briefing of the same article.

    Names carry a short article id, so two articles do not share names; this also guards
    against a file someone put there and the rare clash of short ids. ``--overwrite`` replaces anyway.
    """
    from briefing.write import identifier_of

    if overwrite or not path.exists() or not facts.article_id:
        return
    if identifier_of(path) == article_identifier(facts.article_id):
        return  # the same article again: its own briefing is replaced
    raise OutputError(f"{path} exists and is not a briefing of this article; give another --out folder, "
                      "or --overwrite to replace it.")


def build_document(facts: Facts, lang: str, settings: Settings, translator: Translator,
                   termbase: t.Any, reporter: Reporter) -> DocumentModel:
    from briefing.catalogs import load_catalog
    from briefing.localize import PendingTranslations, labels_for, localize
    from briefing.render import TEMPLATE_NAME, template_for

    catalog = load_catalog(settings.locales_dir, lang)
    template = template_for(settings.templates_dir, lang)
    if template != TEMPLATE_NAME:
        reporter.step(f"{lang}: using the override template {settings.templates_dir / template} "
                      f"instead of {TEMPLATE_NAME} ('briefing check' lists sections it lacks)")
    needed = required_messages(settings.templates_dir, lang)
    pending = PendingTranslations()  # labels and free text: one translator call per document
    labels = labels_for(lang, catalog, pending, needed)
    inflector = inflector_for(lang, settings)  # one per document: localization and the templates share it
    briefing = localize(facts, lang, labels, termbase, translator, pending, settings.source_excerpts,
                        settings.locales_dir / "offices.csv", inflector)
    _check_labels(lang, catalog, labels, needed, settings, reporter)
    model = render_document(facts, briefing, labels, settings, inflector)
    _report_localization(briefing, reporter)  # only for a briefing that rendered
    return model


def _check_labels(lang: str, catalog: t.Any, labels: Labels, needed: list[tuple[str | None, str]],
                  settings: Settings, reporter: Reporter) -> None:
    """A language without a catalog needs machine-translated labels; gaps are listed."""
    from briefing.catalogs import available_languages, catalog_path

    if catalog is None and lang != "en":
        if not labels.translated_by_machine:
            known = ", ".join(available_languages(settings.locales_dir)) or "none"
            raise CatalogError(
                f"No catalog for '{lang}': {catalog_path(settings.locales_dir, lang)} does not exist "
                f"(catalogs exist for: {known}). Create it with 'pybabel init -i locales/messages.pot "
                f"-d locales -l {lang}', or install a translation model for en→{lang} "
                "('briefing models install PATH.argosmodel')."
            )
        reporter.warn(f"No catalog for '{lang}': its labels are machine-translated and marked as such.")
    elif catalog is not None:
        translated = catalog.translated(needed)
        for context, message in needed:
            lost = _lost_slots(message, labels.plain(message, context)) if "{" in message else ()  # no slot, none lost
            if lost:
                reporter.warn(f"{catalog.path}: the translation of {message!r} lacks {', '.join('{' + slot + '}' for slot in lost)}; "
                              "that value will not be shown.")
        missing = [message for (_context, message), in_catalog in zip(needed, translated, strict=True) if not in_catalog]
        if missing:
            reporter.warn(
                f"{catalog.path}: {len(missing)} message(s) have no translation (machine-translated where a "
                "model is installed, else shown in English; marked either way): "
                + "; ".join(repr(m) for m in missing[:10])
                + (" …" if len(missing) > 10 else "")
            )


_SLOT = re.compile(r"\{(\w+)(?::\w+)?\}")  # {country} or, with a case, {country:gen}


@functools.lru_cache(maxsize=4096)  # a catalog's translations are checked for every document
def _lost_slots(message: str, translation: str) -> tuple[str, ...]:
    """The placeholders of ``message`` that ``translation`` lacks, sorted."""
    return tuple(sorted(set(_SLOT.findall(message)) - set(_SLOT.findall(translation))))


def required_messages(templates_dir: Path, lang: str) -> list[tuple[str | None, str]]:
    """Every message a briefing may need: template texts, vocabularies and our own."""
    from briefing import localize, render

    messages = render.template_messages(templates_dir, lang)
    for terms in vocabulary.VOCABULARIES.values():
        messages.extend((term.context, term.label) for term in terms.values())
    messages.extend((None, m) for m in (render.FOOTER_PREPARED, render.FOOTER_PAGE, render.DOCUMENT_TITLE,
                                        render.DOCUMENT_CATEGORY, render.NO_MACHINE_TRANSLATION,
                                        render.MACHINE_TRANSLATION_BY,
                                        localize.NAME_NOT_GIVEN, *localize.EVENT_STATUS_LABELS.values()))
    messages.extend([vocabulary.THE_PARTIES, vocabulary.DELEGATION_OF, vocabulary.DAYS_OF_CULTURE, vocabulary.FORMAT_OF,
                     vocabulary.ANNIVERSARY_OF_RELATIONS, vocabulary.ANNIVERSARY_OF_BIRTH,
                     vocabulary.ANNIVERSARY_OF_FOUNDING])
    return list(dict.fromkeys(m for m in messages if m[1]))


def inflector_for(lang: str, settings: Settings) -> Inflector:
    """The grammar of ``lang`` with the forms staff keep in the locales' inflections.csv."""
    from briefing.grammar.forms import InflectionTable, Inflector

    inflections = load_cached("inflections", settings.locales_dir / "inflections.csv", InflectionTable.load)
    return Inflector(lang, inflections)


def render_document(facts: Facts, briefing: LocalizedBriefing, labels: Labels, settings: Settings,
                    inflector: Inflector | None = None) -> DocumentModel:
    from briefing import document as doc
    from briefing import render
    from briefing.dates import format_date
    from briefing.narrative import Narrative

    texts = render.Gettext(labels.gettext, labels.pgettext, labels.ngettext)
    narrative = Narrative(briefing.lang, inflector or inflector_for(briefing.lang, settings))
    markdown = narrative.finish(render.render_markdown(settings.templates_dir, briefing.lang, {"b": briefing}, texts,
                                                       narrative.filters, time_limit=settings.render_time_limit,
                                                       output_limit=settings.render_output_limit))
    blocks = render.parse_markdown(markdown)  # the writer tags untranslated spans as English
    tag = language_tag(briefing.lang)
    day = facts.event_date or facts.article_date
    prepared_on = settings.prepared_on or dt.date.today()
    title = " — ".join(filter(None, [labels.plain(render.DOCUMENT_TITLE), str(briefing.event_type),
                                      str(briefing.date or "")]))
    return doc.DocumentModel(
        lang=tag,
        title=title,
        blocks=blocks,
        subject=", ".join(str(p.name) for p in briefing.participants[:4]),
        keywords=", ".join(str(a) for a in briefing.cooperation_areas),
        # the event's day, else the day it was prepared: never an invented date in Word's File > Info
        created=dt.datetime.combine(day or prepared_on, dt.time(12, 0)),
        footer=labels.plain(render.FOOTER_PREPARED).replace("{date}", format_date(prepared_on, briefing.lang)),
        page_label=labels.plain(render.FOOTER_PAGE),
        comments=_provenance(briefing, labels),
        category=labels.plain(render.DOCUMENT_CATEGORY),
        identifier=article_identifier(facts.article_id) if facts.article_id else "",
        header=header_lines(settings.header, day.isoformat() if day else "", briefing.lang, facts.article_id),
        page_size=settings.page_size,
    )


def header_lines(header: Header, date: str, lang: str, article_id: str) -> list[tuple[str, str]]:
    """The department header of briefing.toml as page-header lines: organisation and unit with the
    classification on the right; the reference number with the author on the right."""
    if header.is_empty():
        return []
    lines = [(" · ".join(filter(None, [header.organisation, header.unit])), header.classification)]
    reference = header.reference_number(date, lang, article_id or "")
    if reference or header.author:
        lines.append((reference, header.author))
    return [line for line in lines if any(line)]


def _provenance(briefing: LocalizedBriefing, labels: Labels) -> str:
    """Word's File > Info comment, in the briefing's language: whether, and by what, any text was machine-translated."""
    from briefing import render

    if not briefing.engines:
        return labels.plain(render.NO_MACHINE_TRANSLATION)
    return labels.plain(render.MACHINE_TRANSLATION_BY).replace("{engines}", "; ".join(sorted(briefing.engines)))


def language_tag(lang: str) -> str:
    if lang in LANGUAGE_TAGS:
        return LANGUAGE_TAGS[lang]
    from babel import Locale, UnknownLocaleError
    from babel.core import get_global

    try:
        locale = Locale.parse(lang)
    except (UnknownLocaleError, ValueError):
        raise CatalogError(f"'{lang}' is not a language code Babel knows (use e.g. ru, kk, mn, de).") from None
    if not locale.territory:  # "de" → "de_Latn_DE": Word wants a language with a region
        locale = Locale.parse(get_global("likely_subtags").get(locale.language, locale.language))
    return f"{locale.language}-{locale.territory}" if locale.territory else locale.language


# -- collaborators ------------------------------------------------------------------------


def prepare(settings: Settings, languages: list[str]) -> None:
    """Load, once in this process, what every article will need.

    The extractor's patterns, the termbase, and per language the catalog, the compiled
    templates, the grammar, the office lexicon and the reference document. A batch calls this
    before it forks its workers, so each starts warm instead of loading it all again. Russian's
    dictionary is left for a worker to load when it first declines a phrase the kept forms lack
    (briefing/grammar/kept.py): with the forms kept, most batches never need it. Anything broken
    is left for the article's own run to report.
    """
    from briefing import extract, write
    from briefing.catalogs import load_catalog
    from briefing.compose import load_lexicon
    from briefing.extract.lexicon import country_regex
    from briefing.grammar.kept import forms_kept
    from briefing.render import environment, narrative_for, template_for

    del extract  # imported for its patterns, compiled on import
    country_regex()
    # Warming is best-effort: a broken file fails again, with its file and line, in the article's run.
    with contextlib.suppress(Exception):
        load_termbase(settings)
        load_lexicon(settings.locales_dir / "offices.csv")
        write.prepare(settings.reference_docx)
    for lang in languages:
        with contextlib.suppress(Exception):
            load_catalog(settings.locales_dir, lang)
            env = environment(settings.templates_dir)
            env.get_template(template_for(settings.templates_dir, lang))
            env.get_template(narrative_for(settings.templates_dir, lang))
            required_messages(settings.templates_dir, lang)
            if not (lang == "ru" and forms_kept()):  # kept forms may spare every worker the dictionary
                inflector_for(lang, settings).prepare()



def load_termbase(settings: Settings, reporter: Reporter | None = None) -> t.Any:
    from briefing.termbase import Termbase

    path = settings.termbase_file
    if not path.is_file():
        if reporter:
            reporter.warn(f"No termbase at {path}: every name will be transliterated and flagged for review.")
        return None
    return load_cached("termbase", path, Termbase.load_kept)  # read once per version of the file (and run)


def make_translator(settings: Settings, termbase: t.Any) -> Translator:
    """argostranslate when asked, or when 'auto' finds installed models; else keep English."""
    from briefing.translate import KeepSourceTranslator
    from briefing.translate.memory import TranslationMemory

    # Translations a person made (briefing translations import) are used whatever the translator.
    if settings.translator == "none":
        return KeepSourceTranslator(TranslationMemory())
    from briefing.translate import packages  # only to look for installed models

    models_dir = settings.models_dir or packages.default_models_dir()
    if settings.translator == "auto" and not packages.installed(models_dir):
        return KeepSourceTranslator(TranslationMemory())  # nothing installed: skip importing argostranslate
    from briefing.translate.argos import ArgosTranslator

    return ArgosTranslator(models_dir, TranslationMemory(), termbase)


# -- output --------------------------------------------------------------------------------


SHORT_ID = 8  # hex digits of the article id in file names


def output_name(facts: Facts, lang: str) -> str:
    """Stable, safe file name: date, short slug, the article's short id and the language,
    e.g. 2025-09-04_kazakhstan-mongolia-memorandum_1a2b3c4d.ru.docx."""
    return f"{output_stem(facts)}.{lang}.docx"


def facts_name(facts: Facts) -> str:
    """The facts file of an article in a batch: 2025-09-04_kazakhstan-mongolia-memorandum_1a2b3c4d.facts.json."""
    return f"{output_stem(facts)}.facts.json"


def output_stem(facts: Facts) -> str:
    from babel import Locale

    names = Locale("en").territories
    words = [names.get(code, code) for code in facts.countries[:3]]
    kinds = [document.type for document in facts.documents_signed if document.type != "other"]
    words.append(kinds[0] if kinds else facts.event_type.replace("_", "-"))  # "other" says nothing in a file name
    slug = slugify(" ".join(words)) or "briefing"
    short_id = f"_{facts.article_id[:SHORT_ID]}" if facts.article_id else ""
    return f"{_date_stem(facts)}_{slug}{short_id}"


def article_id(text: str) -> str:
    """A fingerprint of an article's (normalized) text: 16 hex digits of its SHA-256.

    Two articles with the same date, countries and event type get different file names,
    and a briefing can tell whether it is of the same article (see :func:`check_target`).
    """
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def article_identifier(article_id: str) -> str:
    """The value of a briefing's ``identifier`` core property."""
    return f"urn:briefing:article:{article_id}"


def _date_stem(facts: Facts) -> str:
    """The event's date; without a year, the day and month it gives ("undated-06-01")."""
    day = facts.event_date or facts.article_date
    if day:
        return day.isoformat()
    partial = re.match(r"--(\d{2}-\d{2})", facts.event_date_partial or "")
    return f"undated-{partial.group(1)}" if partial else "undated"


def slugify(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:60].strip("-")


def write_text_atomically(path: Path, text: str) -> None:
    from briefing.write import write_file_atomically

    write_file_atomically(text.encode("utf-8"), path)


def _report_extraction(facts: Facts, reporter: Reporter) -> None:
    reporter.step(
        f"Extracted {len(facts.participants)} participants, {len(facts.documents_signed)} signed documents, "
        f"{len(facts.cooperation_areas)} areas, {len(facts.quotes)} quotes"
    )
    for warning in facts.warnings:
        reporter.warn(warning)
    _report_review(facts, reporter)


def _report_review(facts: Facts, reporter: Reporter) -> None:
    """The facts marked 'needs review' (confidence below the threshold), one per line."""
    if facts.needs_review:
        threshold = f" (confidence below {facts.review_below:.2f})" if facts.review_below is not None else ""
        reporter.warn(f"{len(facts.needs_review)} fact(s) need review{threshold}; they are kept and marked "
                      "in the briefing:\n  " + "\n  ".join(facts.needs_review))


def _report_localization(briefing: LocalizedBriefing, reporter: Reporter) -> None:
    """One line per reason: what to check in this language, as marked in the document."""
    reasons = dict.fromkeys(item.why for item in briefing.review_items)
    for why in reasons:
        items = [f"{item.source} → {item.form}" if item.form else item.source
                 for item in briefing.review_items if item.why == why]
        reporter.review(briefing.lang, why, items)


def _report_missing_models(translator: Translator, settings: Settings, reporter: Reporter) -> None:
    pairs: set[tuple[str, str]] = getattr(translator, "missing_pairs", set())
    if pairs and settings.translator != "none":
        from briefing.translate.packages import missing_models_hint

        reporter.warn(missing_models_hint(sorted(pairs)))
