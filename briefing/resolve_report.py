"""``briefing names``: how each person, title, organisation and place was resolved, and from where.

For an article (extracted first) or a facts JSON, every name is localized into each language
the way a briefing localizes it (:class:`briefing.localize.Localizer`), and the report says which
source gave the form: a termbase row (file and line, and whether the spelling matched an alias
exactly or by the name key), parts composed by :mod:`briefing.compose`, a catalog label, CLDR,
a transliteration, or nothing (left in English). Staff read it to fix the termbase fast; the CSV
opens in a spreadsheet.

Nothing is machine-translated here: a value that a briefing would send to a translation model
is reported as such ("to the translator"), and stays English without a model.
"""

from __future__ import annotations

import csv
import io
import typing as t
from dataclasses import dataclass
from pathlib import Path

import click

from briefing.errors import BriefingError

if t.TYPE_CHECKING:
    from briefing.localize import Joined, Localized, Localizer
    from briefing.models import Facts
    from briefing.pipeline import Settings

# What the source column says.
TERMBASE = "termbase"
COMPOSED = "composed"
CATALOG = "catalog"
CLDR = "CLDR"
TRANSLITERATED = "transliterated"
TRANSLATOR = "to the translator"
ENGLISH = "left in English"
AS_WRITTEN = "as written"  # the English briefing
AMBIGUOUS = "ambiguous"

COLUMNS = ("lang", "kind", "english", "form", "source", "detail", "review")
DEFAULT_LANGUAGES = ("ru", "kk", "mn")


@dataclass(frozen=True)
class Resolution:
    """One value of the facts in one language, and where its form came from."""

    lang: str
    kind: str  # person, title, organisation, place, country
    english: str
    form: str
    source: str  # one of the constants above
    detail: str = ""  # termbase file:line and status, the system of a transliteration, …
    review: bool = False  # the briefing marks it for a reader's check

    def row(self) -> dict[str, str]:
        return {"lang": self.lang, "kind": self.kind, "english": self.english, "form": self.form,
                "source": self.source, "detail": self.detail, "review": "yes" if self.review else ""}


@dataclass
class Report:
    resolutions: list[Resolution]
    ambiguities: list[str]  # the termbase's reports of names two rows could mean
    problems: list[str]  # the termbase check (rows without a status or a source)

    def to_csv(self) -> str:
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        for resolution in self.resolutions:
            writer.writerow(resolution.row())
        return out.getvalue()


# -- building the report -------------------------------------------------------------------


def load_facts(path: Path, termbase: t.Any) -> Facts:
    """A facts JSON as it is, or the facts extracted from an article."""
    from briefing import pipeline

    if not path.exists():
        raise BriefingError(f"{path}: no such file. Give an article (.txt) or a facts file (.json).")
    if path.suffix.lower() == ".json" or path.read_bytes().lstrip()[:1] == b"{":
        return pipeline.read_facts(path)
    facts, _article = pipeline.extract_facts(path, termbase)
    return facts


def build_report(facts: Facts, languages: t.Sequence[str], settings: Settings, termbase: t.Any) -> Report:
    """Resolve every person, title, organisation and place of ``facts`` in each language."""
    resolutions: list[Resolution] = []
    for lang in languages:
        resolutions.extend(_Resolver(lang, settings, termbase).resolve(facts))
    ambiguities = [match.report for match in getattr(termbase, "ambiguities", {}).values()]
    problems = termbase.check() if termbase is not None and hasattr(termbase, "check") else []
    return Report(list(dict.fromkeys(resolutions)), ambiguities, problems)


class _Resolver:
    def __init__(self, lang: str, settings: Settings, termbase: t.Any) -> None:
        from briefing.catalogs import load_catalog
        from briefing.localize import Labels, Localizer, PendingTranslations
        from briefing.translate import KeepSourceTranslator

        self.lang = lang
        self.termbase = termbase
        self.lexicon = settings.locales_dir / "offices.csv"
        self.catalog = load_catalog(settings.locales_dir, lang) if lang != "en" else None
        self.pending = PendingTranslations()
        self.localizer: Localizer = Localizer(lang, Labels(lang, self.catalog), termbase, KeepSourceTranslator(),
                                              self.pending, lexicon_path=settings.locales_dir / "offices.csv")

    def resolve(self, facts: Facts) -> t.Iterator[Resolution]:
        loc = self.localizer
        for person in [*facts.participants, *facts.mentioned_people]:
            if person.name:
                yield self._value("person", person.name, loc.name(person.name, "person"), "person")
            if person.title:
                yield self._value("title", person.title, loc.title(person.title, person.country), "title")
            if person.organization:
                yield self._value("organisation", person.organization, loc.institution(person.organization), None)
        for organization in facts.organizations:
            yield self._value("organisation", organization, loc.institution(organization), None)
        places = [facts.location.city, *(event.place for event in facts.planned_events)]
        for place in dict.fromkeys(place for place in places if place):
            yield self._value("place", place, loc.name(place, "place"), "place")
        codes = [facts.location.country, *facts.countries, *(p.country for p in [*facts.participants,
                                                                                *facts.mentioned_people])]
        for code in dict.fromkeys(code for code in codes if code):
            yield self._value("country", code, loc.country(code), "country")

    def _value(self, kind: str, english: str, value: Localized | Joined, entry_type: str | None) -> Resolution:
        from briefing.localize import Joined

        parts = value.parts if isinstance(value, Joined) else [value]
        sources = [self._source(english, part, entry_type, kind) for part in parts]
        source = sources[0][0] if len({s for s, _ in sources}) == 1 else " + ".join(s for s, _ in sources)
        detail = "; ".join(dict.fromkeys(d for _, d in sources if d))
        review = any(part.mark for part in parts) or any(s == TRANSLATOR for s, _ in sources)  # marked once translated
        return Resolution(self.lang, kind, english, value.text, source, detail, review)

    def _source(self, english: str, value: Localized, entry_type: str | None, kind: str) -> tuple[str, str]:
        """Where ``value`` came from: the provenance localize gives it, else what the lookups say."""
        from briefing.localize import UNTRANSLATED

        given = getattr(value, "source", None)
        if self.lang == "en" and kind != "country":
            entry, how = self._entry(english, entry_type)
            return (TERMBASE, self._row(entry, how)) if entry is not None else (AS_WRITTEN, "")
        if any(value is pending for _text, pending in self.pending.values):
            return TRANSLATOR, "machine translation when a model is installed, else English (marked)"
        if value.mark == UNTRANSLATED:
            return ENGLISH, "no catalog label"
        if kind == "country":
            return self._country(english)
        if given and not str(given).startswith(TERMBASE):
            return self._named(str(given), english, value)
        entry, how = self._entry(english, entry_type)
        if entry is not None and entry.form(self.lang) == value.text:
            return TERMBASE, self._row(entry, how)
        if given:
            return self._named(str(given), english, value)
        if value.text == english:
            return ENGLISH, "kept as written (brand, or a Latin-script language)" if self.lang != "en" else ""
        if kind in ("person", "place"):
            return TRANSLITERATED, self._ambiguity(english) or _system(english, self.lang)
        if self.catalog is not None and value.kind == "title" and value.mark is None:
            return CATALOG, _shown_path(str(self.catalog.path))
        return self._composed(value)

    def _composed(self, value: Localized) -> tuple[str, str]:
        return COMPOSED, f"parts of {_shown_path(str(self.lexicon))}" + (
            "" if value.mark is None else ", not all confirmed")

    def _named(self, given: str, english: str, value: Localized) -> tuple[str, str]:
        """A provenance set by localize: "composed", "catalog", "cldr", "transliterated[:system]"."""
        name, _, detail = given.partition(":")
        if name == TRANSLITERATED:
            return TRANSLITERATED, self._ambiguity(english) or detail or _system(english, self.lang)
        if name.lower() == "cldr":
            return CLDR, detail
        if name == CATALOG:
            return CATALOG, detail or (_shown_path(str(self.catalog.path)) if self.catalog is not None else "")
        if name == COMPOSED and not detail:
            return self._composed(value)
        return name, detail

    def _entry(self, english: str, entry_type: str | None) -> tuple[t.Any, str]:
        if self.termbase is None:
            return None, ""
        if entry_type == "person" and hasattr(self.termbase, "match_person"):
            from briefing.termbase import Match

            match = self.termbase.match_person(english)
            if isinstance(match, Match):
                return match.entry, match.how
            if match is not None:
                self.termbase.ambiguities[english] = match
            return None, ""
        entry = self.termbase.find(english, entry_type) or (self.termbase.find(english) if entry_type else None)
        return entry, "exact"

    def _ambiguity(self, english: str) -> str:
        match = getattr(self.termbase, "ambiguities", {}).get(english)
        return f"{AMBIGUOUS}: {match.report}" if match is not None else ""

    def _row(self, entry: t.Any, how: str) -> str:
        where = f"{_shown_path(getattr(self.termbase, 'source', 'termbase'))}:{entry.line}"
        status = "en" if self.lang == "en" else f"{self.lang}={entry.status.get(self.lang, 'no status')}"
        matched = f", matched by {how}" if how and how != "exact" else ""
        return f"{where} ({status}{matched})"

    def _country(self, code: str) -> tuple[str, str]:
        entry = self.termbase.country(code) if self.termbase is not None else None
        if entry is not None and entry.form(self.lang):
            return TERMBASE, self._row(entry, "exact")
        import babel

        return CLDR, f"Babel {babel.__version__} territory {code.upper()}"


def _shown_path(path: str) -> str:
    """A path relative to the working folder when it is inside it: shorter in a table."""
    import os

    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return path
    return path if relative.startswith("..") else relative


def _system(english: str, lang: str) -> str:
    """Which transliteration rules a name got (the origin the rules guess from its spelling)."""
    from briefing.transliterate import guess_origin

    origin = guess_origin(english)
    rules = {"mn": "Mongolian names (MNS 5217, press style)", "kk": "Kazakh/Russian-style rules"}
    return f"{rules.get(origin, origin)} into {lang}"


# -- the command ---------------------------------------------------------------------------------


def names_command(source: Path, languages: list[str], output_format: str, settings: Settings,
                  output: Path | None = None) -> Report:
    """What ``briefing names`` does: the report as a table (stdout) or CSV (stdout or a file)."""
    from briefing import pipeline

    reporter = pipeline.Reporter(quiet=True)
    termbase = pipeline.load_termbase(settings, reporter)
    facts = load_facts(source, termbase)
    report = build_report(facts, languages, settings, termbase)
    if output_format == "csv":
        if output is not None:
            pipeline.write_text_atomically(output, report.to_csv())
            reporter.wrote(output)
        else:
            click.echo(report.to_csv(), nl=False)
    else:
        _print_table(report)
    for message in report.ambiguities:
        reporter.warn(f"ambiguous name: {message}")
    for message in report.problems:
        reporter.warn(message)
    return report


def _print_table(report: Report) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    table = Table(title="How each name was resolved", show_lines=False, highlight=False)
    for column in COLUMNS:
        table.add_column(column, overflow="fold")
    colours = {TERMBASE: "green", COMPOSED: "cyan", CATALOG: "cyan", CLDR: "cyan", TRANSLITERATED: "yellow",
               TRANSLATOR: "magenta", ENGLISH: "red"}
    for resolution in report.resolutions:
        cells = [escape(value) for value in resolution.row().values()]
        colour = colours.get(resolution.source)
        if colour:
            cells[4] = f"[{colour}]{cells[4]}[/{colour}]"
        table.add_row(*cells)
    Console(highlight=False, emoji=False, soft_wrap=False).print(table)
