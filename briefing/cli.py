"""The ``briefing`` command line: only click declarations live here.

Each command imports the stage it runs inside its body, so ``briefing --help`` stays
fast and no heavy library is loaded before it is needed. Every
:class:`~briefing.errors.BriefingError` reaches the user through click as one line.
"""

from __future__ import annotations

import gc
import sys
import typing as t
from pathlib import Path

import click

from briefing import __version__
from briefing.grammar.kept import keep_russian_forms
from briefing.patterns import keep_compiled_patterns

HOUSE_LANGUAGES = ("en", "ru", "kk", "mn")


def _split_languages(ctx: click.Context, param: click.Parameter, value: str | list[str] | None) -> list[str] | None:
    if value is None:
        return None  # not given: briefing.toml, else the default
    return parse_languages(value)


def parse_languages(value: str | list[str]) -> list[str]:
    """Language codes from "ru,kk" (or a list from briefing.toml), normalized; BadParameter when one is not a code."""
    from babel import Locale, UnknownLocaleError

    items = value.split(",") if isinstance(value, str) else value
    languages = [code.strip() for code in items if code.strip()]
    if not languages:
        raise click.BadParameter("give at least one language code, e.g. --lang ru,kk")
    normalized = []
    for code in languages:
        try:
            locale = Locale.parse(code, sep="-" if "-" in code else "_")
        except (UnknownLocaleError, ValueError):
            raise click.BadParameter(f"'{code}' is not a language code (use e.g. en, ru, kk, mn, de)") from None
        # Our four languages have one house style each, whatever the region ("kk_KZ" → "kk").
        normalized.append(locale.language if locale.language in HOUSE_LANGUAGES else str(locale))
    return list(dict.fromkeys(normalized))


def resource_options(command: t.Callable[..., t.Any]) -> t.Callable[..., t.Any]:
    """Options that point at a staff copy of templates, catalogs and the termbase."""
    options = [
        click.option(
            "--templates",
            "templates_dir",
            type=click.Path(file_okay=False, exists=True, path_type=Path),
            envvar="BRIEFING_TEMPLATES",
            help="Folder of Jinja2 templates (default: the ones shipped with briefing).",
        ),
        click.option(
            "--locales",
            "locales_dir",
            type=click.Path(file_okay=False, exists=True, path_type=Path),
            envvar="BRIEFING_LOCALES",
            help="Folder with <lang>/LC_MESSAGES/messages.po catalogs and termbase.csv.",
        ),
        click.option(
            "--termbase",
            "termbase_path",
            type=click.Path(dir_okay=False, exists=True, path_type=Path),
            envvar="BRIEFING_TERMBASE",
            help="Termbase CSV (default: termbase.csv in the locales folder).",
        ),
        click.option(
            "--reference-docx",
            "reference_docx",
            type=click.Path(dir_okay=False, exists=True, path_type=Path),
            envvar="BRIEFING_REFERENCE_DOCX",
            help="Word file whose styles the briefings use.",
        ),
        click.option(
            "--translator",
            type=click.Choice(["auto", "argos", "none"]),
            default="auto",
            show_default=True,
            help="Machine translation for text no template, catalog or termbase covers: "
            "'argos' uses installed argostranslate models, 'none' keeps English and marks it, "
            "'auto' uses argos when a model for the pair is installed.",
        ),
        click.option(
            "--models-dir",
            type=click.Path(file_okay=False, path_type=Path),
            envvar="BRIEFING_MODELS_DIR",
            help="Folder of installed translation models (see 'briefing models').",
        ),
        click.option(
            "--prepared-on",
            type=click.DateTime(formats=["%Y-%m-%d"]),
            help="Date for the footer's 'Prepared on' line, YYYY-MM-DD (default: today).",
        ),
        click.option(
            "--source-excerpts",
            is_flag=True,
            default=None,
            help="Add an appendix with the article's own English sentences (headline, lead, planned events), "
            "marked as source text.",
        ),
        click.option("-q", "--quiet", is_flag=True, help="No progress lines: only warnings, errors and the files written."),
        click.option("--pdf", is_flag=True, default=None,
                     help="Also write a PDF of each briefing, converted by LibreOffice (it must be installed)."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _review_below(ctx: click.Context, param: click.Parameter, value: float | None) -> float | None:
    if value is not None and not 0 <= value <= 1:
        raise click.BadParameter(f"{value} is not between 0 and 1 (e.g. 0.8: facts less sure than that are marked)")
    return value


def review_option(command: t.Callable[..., t.Any]) -> t.Callable[..., t.Any]:
    """--review-below: facts less sure than this are kept and marked 'needs review' (models.DEFAULT_REVIEW_BELOW)."""
    return click.option(
        "--review-below",
        type=float,
        envvar="BRIEFING_REVIEW_BELOW",
        callback=_review_below,
        help="Mark facts whose confidence is below this (0–1) as needing review [default: 0.8; "
        "env BRIEFING_REVIEW_BELOW].",
    )(command)


def article_date_option(command: t.Callable[..., t.Any]) -> t.Callable[..., t.Any]:
    """--article-date: the article's publication date, when the file has no 'date' line (or to correct it)."""
    return click.option(
        "--article-date",
        type=click.DateTime(formats=["%Y-%m-%d"]),
        help="Publication date of the article, YYYY-MM-DD: gives the year to a dateline or text without one "
        "(overrides the file's 'date' line).",
    )(command)


def batch_options(command: t.Callable[..., t.Any]) -> t.Callable[..., t.Any]:
    """Options of commands that take several inputs."""
    options = [
        click.option(
            "-j",
            "--jobs",
            type=click.IntRange(min=1),
            envvar="BRIEFING_JOBS",
            help="Articles done in parallel, each in a worker process (default: the number of cores; "
            "1 for a single article).",
        ),
        click.option(
            "--overwrite",
            is_flag=True,
            default=None,
            help="Replace files in the output folder even when they are not briefings of the same article.",
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _config() -> t.Any:
    """The workspace's briefing.toml (--config, BRIEFING_CONFIG or ./briefing.toml), read once per command."""
    from briefing.workspace import find_config, load_config

    ctx = click.get_current_context()
    if "briefing.config" not in ctx.meta:
        ctx.meta["briefing.config"] = load_config(find_config(ctx.meta.get("briefing.config_path")))
    return ctx.meta["briefing.config"]


def _settings(**kwargs: t.Any) -> t.Any:
    from briefing.pipeline import Settings

    for key in ("prepared_on", "article_date"):
        if kwargs.get(key) is not None:
            kwargs[key] = kwargs[key].date()
    if kwargs.get("pdf"):
        from briefing.pdf import require_soffice

        require_soffice()  # before any work, not after the briefings are written
    return Settings.from_options(_config(), **kwargs)


def _languages(given: list[str] | None) -> list[str]:
    """--lang (or BRIEFING_LANGUAGES), else briefing.toml's [output] languages, else all four."""
    if given is not None:
        return given
    configured = _config().languages
    if configured is None:
        return list(HOUSE_LANGUAGES)
    try:
        return parse_languages(configured)
    except click.BadParameter as exc:
        raise click.ClickException(f"{_config().path}: [output] languages: {exc.message}") from None


def _out_dir(given: Path | None) -> Path:
    """--out (or BRIEFING_OUT), else briefing.toml's [output] folder, else ./out."""
    from briefing.workspace import DEFAULT_OUT

    return given or _config().out_dir or DEFAULT_OUT


class OneLineErrors(click.Group):
    """The command group, with click's usage errors shown as one line like every other error
    ("Error: Invalid value for 'ARTICLE': File 'x' is a directory. (see 'briefing extract --help')")
    instead of click's usage, hint and message on three lines."""

    def main(self, args: t.Any = None, prog_name: str | None = None, complete_var: str | None = None,
             standalone_mode: bool = True, **extra: t.Any) -> t.Any:
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode, **extra)
        try:
            code = super().main(args, prog_name, complete_var, False, **extra)
        except click.UsageError as error:
            where = f" (see '{error.ctx.command_path} --help')" if error.ctx is not None else ""
            click.echo(f"Error: {' '.join(error.format_message().split())}{where}", err=True)
            sys.exit(error.exit_code)
        except click.ClickException as error:
            click.echo(f"Error: {' '.join(error.format_message().split())}", err=True)
            sys.exit(error.exit_code)
        except (click.Abort, EOFError, KeyboardInterrupt):
            click.echo("Aborted!", err=True)
            sys.exit(1)
        sys.exit(code if isinstance(code, int) else 0)


@click.group(cls=OneLineErrors, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="briefing")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path), envvar="BRIEFING_CONFIG",
              help="The workspace's briefing.toml (default: briefing.toml in the current folder, if any).")
@click.pass_context
def cli(ctx: click.Context, config_path: Path | None) -> None:
    """Turn an English news article into Word briefings in en, ru, kk and mn.

    \b
    Settings come from, first to last: a command-line option, its environment variable,
    the workspace's briefing.toml ('briefing init DIR' makes one), the built-in default.
    """
    ctx.meta["briefing.config_path"] = config_path
    if ctx.invoked_subcommand not in BATCH_COMMANDS:
        gc.enable()  # other commands may read many files: the collector is on for them from the start


# Commands that turn articles into briefings, one by one; the collector waits for the first
# article to be done (see :func:`main` and :func:`briefing.pipeline.startup_done`).
BATCH_COMMANDS = ("generate", "render")


@cli.command()
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="Copy the shipped files again over an existing workspace.")
def init(directory: Path, force: bool) -> None:
    """Make DIRECTORY a workspace: copies of the templates, catalogs, termbase and reference
    .docx, and a briefing.toml that points at them. Run the other commands inside it."""
    from briefing.workspace import init_workspace

    for path in init_workspace(directory, force=force):
        click.echo(f"Wrote {path}")
    click.echo(f"Next: cd {directory}, edit briefing.toml ([header]), then 'briefing check' and "
               "'briefing generate ARTICLE'.")


INPUTS = click.Path(allow_dash=True, path_type=Path)


@cli.command()
@click.option("--lang", "languages", envvar="BRIEFING_LANGUAGES", callback=_split_languages,
              help="Languages whose catalogs to check [default: briefing.toml's, else en,ru,kk,mn].")
@click.option("--templates", "templates_dir", type=click.Path(file_okay=False, exists=True, path_type=Path),
              envvar="BRIEFING_TEMPLATES", help="Folder of Jinja2 templates to check.")
@click.option("--locales", "locales_dir", type=click.Path(file_okay=False, exists=True, path_type=Path),
              envvar="BRIEFING_LOCALES", help="Folder of catalogs and tables to check.")
@click.option("--termbase", "termbase_path", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              envvar="BRIEFING_TERMBASE", help="Termbase CSV to check.")
@click.option("--reference-docx", "reference_docx", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              envvar="BRIEFING_REFERENCE_DOCX", help="Reference Word file to check.")
def check(languages: list[str] | None, **options: t.Any) -> None:
    """Check the workspace's templates, catalogs, termbase and reference .docx before a run.

    Lists every problem as 'file:line: error|warning: …'. Exits with status 1 when there is an
    error; warnings (missing or fuzzy translations, override templates lacking sections) do not.
    """
    from briefing.check import ERROR, check_workspace

    settings = _settings(**options)
    findings = check_workspace(settings, _languages(languages))
    for finding in findings:
        click.echo(str(finding))
    errors = sum(finding.level == ERROR for finding in findings)
    warnings = len(findings) - errors
    click.echo(f"{errors} error(s), {warnings} warning(s)" if findings else "No problems found.", err=True)
    if errors:
        raise SystemExit(1)


@cli.command()
@click.argument("articles", nargs=-1, required=True, type=INPUTS)
@click.option(
    "--lang",
    "languages",
    envvar="BRIEFING_LANGUAGES",
    callback=_split_languages,
    help="Comma-separated languages of the briefings [default: briefing.toml's, else en,ru,kk,mn].",
)
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    envvar="BRIEFING_OUT",
    help="Folder for the .docx files, created if missing [default: briefing.toml's, else out].",
)
@click.option("--facts", "facts_path", type=click.Path(path_type=Path),
              help="Also save the extracted facts as JSON here, for review (a folder when there are "
              "several articles).")
@click.option("--allow-empty", is_flag=True, default=None,
              help="Write briefings even for an article that is not English or gives no facts "
              "(otherwise an error).")
@article_date_option
@review_option
@batch_options
@resource_options
def generate(articles: tuple[Path, ...], languages: list[str], out_dir: Path, facts_path: Path | None,
             jobs: int | None, **options: t.Any) -> None:
    """Extract the facts of each ARTICLE and write one briefing per language.

    An ARTICLE is a text file (.txt), a saved web page (.html), a Word file (.docx), a folder
    (every such file in it) or - for standard input (text). See the README for the format.
    """
    from briefing import batch

    job = batch.Job("generate", _languages(languages), _out_dir(out_dir), _settings(**options), facts_path=facts_path)
    batch.run(job, articles, jobs)


@cli.command()
@click.argument("article", type=click.Path(dir_okay=False, path_type=Path))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the facts JSON to this file instead of printing it.")
@click.option("--format", "output_format", type=click.Choice(["json"]), default="json",
              show_default=True, help="Output format of the facts.")
@click.option("--explain", is_flag=True,
              help="Show each fact next to the sentence it came from, for review.")
@click.option("--termbase", "termbase_path", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              envvar="BRIEFING_TERMBASE", help="Termbase CSV whose aliases unify spellings of names.")
@click.option("--locales", "locales_dir", type=click.Path(file_okay=False, exists=True, path_type=Path),
              envvar="BRIEFING_LOCALES", help="Folder whose termbase.csv to use (when --termbase is not given).")
@article_date_option
@review_option
def extract(article: Path, output: Path | None, output_format: str, explain: bool,
            termbase_path: Path | None, locales_dir: Path | None, article_date: t.Any,
            review_below: float | None) -> None:
    """Extract the facts of ARTICLE as JSON that staff can correct and render.

    Every fact carries "confidence" (0–1) and "why" (the rule and evidence that found it); facts
    below --review-below are kept and marked "needs_review": true, and listed in "needs_review".
    """
    from briefing import pipeline

    settings = _settings(termbase_path=termbase_path, locales_dir=locales_dir, article_date=article_date,
                         review_below=review_below)
    pipeline.extract_command(article, output, explain=explain, settings=settings)


@cli.command()
@click.argument("facts_files", nargs=-1, required=True, type=INPUTS)
@click.option("--lang", "languages", envvar="BRIEFING_LANGUAGES", callback=_split_languages,
              help="Comma-separated languages of the briefings [default: briefing.toml's, else en,ru,kk,mn].")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), envvar="BRIEFING_OUT",
              help="Folder for the .docx files [default: briefing.toml's, else out].")
@review_option
@batch_options
@resource_options
def render(facts_files: tuple[Path, ...], languages: list[str], out_dir: Path, jobs: int | None,
           **options: t.Any) -> None:
    """Write briefings from reviewed FACTS_FILES, without extracting again.

    A FACTS_FILE is a JSON file, a folder (every *.json file in it) or - for standard input.
    """
    from briefing import batch

    batch.run(batch.Job("render", _languages(languages), _out_dir(out_dir), _settings(**options)), facts_files, jobs)


@cli.command()
@click.argument("source", metavar="ARTICLE_OR_FACTS", type=click.Path(dir_okay=False, exists=True, path_type=Path))
@click.option("--lang", "languages", default="ru,kk,mn", show_default=True, callback=_split_languages,
              help="Comma-separated languages to resolve the names in.")
@click.option("--format", "output_format", type=click.Choice(["table", "csv"]), default="table", show_default=True,
              help="'table' for reading, 'csv' for a spreadsheet.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the CSV to this file instead of stdout (with --format csv).")
@click.option("--termbase", "termbase_path", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              envvar="BRIEFING_TERMBASE", help="Termbase CSV (default: termbase.csv in the locales folder).")
@click.option("--locales", "locales_dir", type=click.Path(file_okay=False, exists=True, path_type=Path),
              envvar="BRIEFING_LOCALES", help="Folder with the catalogs, termbase.csv and offices.csv.")
def names(source: Path, languages: list[str], output_format: str, output: Path | None,
          termbase_path: Path | None, locales_dir: Path | None) -> None:
    """Show how each person, title, organisation and place of ARTICLE_OR_FACTS is resolved.

    \b
    ARTICLE_OR_FACTS is an article (its facts are extracted first) or a facts JSON.
    For each language the table gives the form and its source: a termbase row (file:line,
    status, and whether the spelling matched by the name key), composed from parts
    (offices.csv), a catalog label, CLDR, transliterated (which rules), sent to the
    translator, or left in English. Ambiguous names and termbase rows without a status
    or a source are listed on stderr.
    """
    from briefing.resolve_report import names_command

    settings = _settings(termbase_path=termbase_path, locales_dir=locales_dir)
    names_command(source, languages, output_format, settings, output)


@cli.group()
def catalogs() -> None:
    """Keep the message catalogs in step with the templates."""


@catalogs.command("update")
@click.option("--templates", "templates_dir", type=click.Path(file_okay=False, exists=True, path_type=Path),
              envvar="BRIEFING_TEMPLATES", help="Folder of the templates whose messages to collect.")
@click.option("--locales", "locales_dir", type=click.Path(file_okay=False, exists=True, path_type=Path),
              envvar="BRIEFING_LOCALES", help="Folder of messages.pot and the <lang>/LC_MESSAGES catalogs.")
@click.option("--fuzzy-matching", is_flag=True,
              help="Offer a similar old translation for a changed message (marked fuzzy, so unused until checked).")
def catalogs_update(templates_dir: Path | None, locales_dir: Path | None, fuzzy_matching: bool) -> None:
    """Refresh messages.pot from the templates and merge it into every catalog.

    What 'pybabel extract' and 'pybabel update' do, with fixed settings: the header names the
    project and keeps each catalog's own, lines keep one width, translators' comments stay, and
    nothing is rewritten when nothing changed. Then run 'briefing check'.
    """
    from briefing.catalog_update import SOURCE_LANGUAGE, update_catalogs

    settings = _settings(templates_dir=templates_dir, locales_dir=locales_dir)
    report = update_catalogs(settings.templates_dir, settings.locales_dir, fuzzy_matching)
    if report.template_changed:
        click.echo(f"Wrote {settings.locales_dir / 'messages.pot'}")
    for path in report.updated:
        click.echo(f"Wrote {path}")
    for lang, count in report.added.items():
        if count or report.obsolete.get(lang):
            news = "worded as written (edit to reword)" if lang == SOURCE_LANGUAGE else "to translate"
            click.echo(f"{lang}: {count} new message(s) {news}, {report.obsolete.get(lang, 0)} obsolete "
                       "(kept at the end as #~)", err=True)
    if not report.template_changed and not report.updated:
        click.echo("The catalogs are up to date.", err=True)


@cli.group()
@click.option("--models-dir", type=click.Path(file_okay=False, path_type=Path),
              envvar="BRIEFING_MODELS_DIR",
              help="Folder of installed models (default: ~/.local/share/briefing/models).")
@click.pass_context
def models(ctx: click.Context, models_dir: Path | None) -> None:
    """Install, list and remove offline translation models (.argosmodel files)."""
    ctx.obj = models_dir


@models.command("list")
@click.pass_obj
def models_list(models_dir: Path | None) -> None:
    """Show installed models, where they live and the language pairs they cover."""
    from briefing.translate import packages

    packages.list_command(models_dir)


@models.command("install")
@click.argument("package", type=click.Path(dir_okay=False, path_type=Path))
@click.pass_obj
def models_install(models_dir: Path | None, package: Path) -> None:
    """Check and install PACKAGE, an .argosmodel file (nothing is downloaded)."""
    from briefing.translate import packages

    packages.install_command(package, models_dir)


@models.command("pack")
@click.argument("model_dir", type=click.Path(file_okay=False, exists=True, path_type=Path))
@click.option("--from-code", required=True, help="Source language code, e.g. en.")
@click.option("--to-code", required=True, help="Target language code, e.g. kk.")
@click.option("--target-prefix", help="Target language token of a multilingual model (NLLB-200: kaz_Cyrl, "
              "M2M-100: __kk__).")
@click.option("--source-prefix", help="Source language token the model expects first (NLLB-200: eng_Latn, "
              "M2M-100: __en__).")
@click.option("--sentencepiece", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              help="SentencePiece model, when it is not MODEL_DIR/sentencepiece.model.")
@click.option("--splitter", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              help="A MiniSBD .onnx sentence splitter to ship in the package (optional).")
@click.option("--name", help="Package folder name (default: translate-FROM_TO-<folder name>).")
@click.option("--version", "version", default="1.0", show_default=True, help="Package version.")
@click.option("--license", "license_text", help="Licence of the weights, recorded in the package "
              "(e.g. 'CC-BY-NC-4.0' for NLLB-200).")
@click.option("-o", "--output", "out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The .argosmodel file to write.")
def models_pack(model_dir: Path, from_code: str, to_code: str, out: Path, **options: t.Any) -> None:
    """Build an .argosmodel from a CTranslate2 model folder (model.bin, config.json, its
    vocabulary and sentencepiece.model), e.g. a converted NLLB-200 or OPUS-MT model."""
    from briefing.translate import packages

    packages.pack_command(model_dir, from_code, to_code, out, **options)


@models.command("remove")
@click.argument("name_or_pair")
@click.pass_obj
def models_remove(models_dir: Path | None, name_or_pair: str) -> None:
    """Remove a model by folder name (see 'models list') or pair, e.g. en-ru."""
    from briefing.translate import packages

    packages.remove_command(name_or_pair, models_dir)


@cli.group()
def translations() -> None:
    """Files for translators: export what needs a person, import their work, TMX.

    \b
    The translation memory is one PO file per language in BRIEFING_MEMORY_DIR
    (default ~/.local/share/briefing/memory).
    """


@translations.command("export")
@click.argument("sources", nargs=-1, required=True, metavar="ARTICLE_OR_FACTS...",
                type=click.Path(dir_okay=False, exists=True, path_type=Path))
@click.option("--lang", "lang", required=True, help="Target language, e.g. kk.")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="File to write: .xlf/.xliff for XLIFF 1.2, .po for PO.")
@review_option
@resource_options
def translations_export(sources: tuple[Path, ...], lang: str, out: Path, **options: t.Any) -> None:
    """Write every segment without a human translation into LANG (quotes, values left in
    English, machine output awaiting review), with its context and any machine suggestion."""
    from briefing.translate import exchange

    [lang] = parse_languages(lang)
    segments = exchange.export(list(sources), lang, out, _settings(**options))
    suggested = sum(1 for segment in segments if segment.suggestion is not None)
    click.echo(f"Wrote {out}: {len(segments)} segment(s) for {lang}, {suggested} with a machine suggestion")


@translations.command("import")
@click.argument("file", type=click.Path(dir_okay=False, exists=True, path_type=Path))
@click.option("--lang", "lang", help="Target language, when the file does not name it.")
def translations_import(file: Path, lang: str | None) -> None:
    """Store the translations of an XLIFF or PO file in the memory as reviewed.

    Units left empty, marked fuzzy (PO) or in a "new"/"needs-..." state (XLIFF) are skipped.
    """
    from briefing.translate import exchange

    result = exchange.import_file(file, lang)
    click.echo(f"Stored {len(result.stored)} reviewed translation(s) into {result.lang} from {file}"
               + (f"; {result.skipped} unit(s) without a confirmed translation skipped" if result.skipped else ""))


@translations.command("tmx")
@click.option("--lang", "languages", default=None, help="Comma-separated target languages (default: all).")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="TMX file to write.")
def translations_tmx(languages: str | None, out: Path) -> None:
    """Write the memory's reviewed translations as TMX, for other translation tools."""
    from briefing.translate import exchange

    chosen = _split_languages(click.get_current_context(), None, languages) if languages else None  # type: ignore[arg-type]
    count = exchange.write_tmx(out, chosen)
    click.echo(f"Wrote {out}: {count} translation unit(s)")


@cli.command("eval")
@click.argument("corpus_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--min-f1", type=float, default=None,
              help="Exit with status 1 when the micro-F1 is below this value (for CI).")
@click.option("--list-wrong", is_flag=True, help="Also list every fact that was wrong or marked for review.")
@review_option
def eval_command(corpus_dir: Path, min_f1: float | None, list_wrong: bool, review_below: float | None) -> None:
    """Score extraction on CORPUS_DIR/articles/*.txt against CORPUS_DIR/expected/*.json.

    \b
    Prints precision, recall and F1 per field, how many facts were marked for review and how
    many of those were wrong (and the share of wrong facts that carried the mark), then the
    micro-F1 over date, place, participants, documents and quotes. Matching is lenient:
    - strings: case-insensitive, whitespace collapsed, curly quotes and dashes folded,
      a leading "the/a/an" ignored; any alternative in "accept" is correct
      (for list fields each alternative is a whole list);
    - people: name, name_alternatives, or every part of the shorter name in the longer;
      titles: title or title_alternatives;
    - documents: same list (signed/referenced) and titles equal, contained (at least half
      the length) or sharing 60% of words, or a generic title ("MoU") whose subject the
      predicted title also holds, or a predicted generic title ("a protocol") of the same
      type and subject; document types compared on matched documents;
    - quotes: equal, contained (80% of the length) or sharing 80% of words; speakers
      compared on matched quotes; planned events: sharing half of their words;
    - areas: as written or the same vocabulary key, a vocabulary pair ("trade and
      economic") or its two parts; organizations: as written or the same institution;
      countries: ISO codes;
    - items marked "optional" are neither rewarded nor penalized.
    """
    from briefing.evaluate import evaluate_corpus

    report = evaluate_corpus(corpus_dir, review_below)
    click.echo(report.format_table())
    if list_wrong:
        click.echo(report.format_wrong())
    if min_f1 is not None and report.micro_f1 < min_f1:
        raise click.ClickException(f"micro-F1 {report.micro_f1:.3f} is below --min-f1 {min_f1:.3f}")


def main() -> None:
    # Starting up makes hundreds of thousands of objects that live as long as the process
    # (modules, compiled patterns, catalogs, the termbase, templates): the cyclic collector
    # would walk them again and again while they are made, for nothing (about a tenth of the
    # time of a one-article run). It stays off until the first article of a batch is done (or
    # a very long article starts), when briefing.pipeline.startup_done sets those objects aside
    # and turns it on for the rest.
    gc.disable()
    keep_compiled_patterns()  # the next run reads the patterns this one compiles (briefing/patterns.py)
    keep_russian_forms()  # ... and the Russian forms this one declines (briefing/grammar/kept.py)
    try:
        cli(prog_name="briefing")
    except SystemExit as done:
        if sys.getprofile() is not None or sys.gettrace() is not None:
            raise  # a profiler or debugger reports once the program returns: leave the usual way
        _exit_now(done.code)


def _exit_now(code: t.Any) -> None:
    """Leave the process as ``sys.exit(code)`` would, without tearing down every object first.

    Everything is written by now (each file synced and renamed); what Python's shutdown adds is
    freeing, one by one, the modules, caches and patterns the process is about to drop anyway,
    and a last garbage collection over all of them: about a seventh of a one-article run. Exit
    handlers still run and the standard streams are flushed.
    """
    import atexit
    import os

    if code is None:
        status = 0
    elif isinstance(code, int):
        status = code
    else:  # sys.exit("message"): printed, status 1, as Python does
        print(code, file=sys.stderr)
        status = 1
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe (briefing ... | head): nothing more to say there
            pass
    os._exit(status)
