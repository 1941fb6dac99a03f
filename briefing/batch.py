"""Many articles in one command: inputs, worker processes, progress and a summary.

``briefing generate`` and ``briefing render`` take files, folders and ``-`` (standard input).
This module turns those into a list of inputs and runs the single-article pipeline
(:func:`briefing.pipeline.generate` or :func:`~briefing.pipeline.render_from_file`) once
per input: in this process for one input or ``--jobs 1``, else in worker processes. The
pipeline knows nothing of batches; a batch only collects what each run reports.

One input behaves as the commands always did: progress lines, warnings, "Wrote …", and an
error as one line. Several inputs show a progress bar on stderr (on a terminal), each
article's warnings and errors prefixed with its name, and a summary table at the end. An
article that fails is reported and the others go on; the exit status is 1 if anything failed.
"""

from __future__ import annotations

import os
import signal
import sys
import typing as t
from dataclasses import dataclass, field
from pathlib import Path

import click

from briefing import pipeline
from briefing.errors import BriefingError
from briefing.pipeline import Outcome, Reporter, Settings

if t.TYPE_CHECKING:  # a process pool is imported only for --jobs above 1
    import concurrent.futures

# What counts as an input file inside a folder.
ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".docx")  # briefing.ingest.SUFFIXES
FACTS_SUFFIXES = (".json",)
STDIN = "-"
STDIN_NAME = "<stdin>"


@dataclass(frozen=True)
class Input:
    """One article or facts file: a path, or the bytes of standard input (read once, here)."""

    name: str  # as the user named it; "<stdin>" for standard input
    path: Path
    data: bytes | None = None
    problem: str = ""  # why it cannot be an input at all (an empty folder): reported, not run


@dataclass(frozen=True)
class Job:
    """What to do with every input: the same for all, so it travels to worker processes once."""

    command: str  # "generate" (articles) or "render" (facts files)
    languages: list[str]
    out_dir: Path
    settings: Settings
    facts_path: Path | None = None  # generate --facts: a file for one article, a folder for several


@dataclass
class Summary:
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def failed(self) -> list[Outcome]:
        return [outcome for outcome in self.outcomes if outcome.error or outcome.failed]


# -- inputs ----------------------------------------------------------------------------


def collect(arguments: t.Sequence[Path | str], suffixes: tuple[str, ...],
            stdin: t.BinaryIO | None = None) -> list[Input]:
    """Files as given, every ``suffixes`` file of a folder (sorted by name), ``-`` as standard input.

    A path that does not exist stays an input: the pipeline reports it like any unreadable
    article. The same file named twice runs once.
    """
    inputs: list[Input] = []
    seen: set[Path] = set()
    for argument in arguments:
        if str(argument) == STDIN:
            if any(item.name == STDIN_NAME for item in inputs):
                continue
            data = (stdin or sys.stdin.buffer).read()
            inputs.append(Input(STDIN_NAME, Path(STDIN_NAME), data))
            continue
        path = Path(argument)
        if path.is_dir():
            found = sorted(child for child in path.iterdir()
                           if child.is_file() and child.suffix.lower() in suffixes and not child.name.startswith("."))
            if not found:
                kinds = " or ".join(f"*{suffix}" for suffix in suffixes)
                inputs.append(Input(str(path), path, problem=f"{path}: no {kinds} files in this folder."))
            paths = found
        else:
            paths = [path]
        for item in paths:
            key = item.resolve()
            if key not in seen:
                seen.add(key)
                inputs.append(Input(str(item), item))
    return inputs


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


# -- running ---------------------------------------------------------------------------


def run(job: Job, arguments: t.Sequence[Path | str], jobs: int | None = None) -> Summary:
    """Run ``job`` on every input; raise :class:`BriefingError` (exit 1) if anything failed."""
    suffixes = ARTICLE_SUFFIXES if job.command == "generate" else FACTS_SUFFIXES
    inputs = collect(arguments, suffixes)
    if len(inputs) == 1 and not inputs[0].problem:
        return Summary([_run_single(job, inputs[0])])
    if job.facts_path is not None:
        if job.facts_path.exists() and not job.facts_path.is_dir():
            raise BriefingError(f"--facts {job.facts_path}: with several articles, give a folder for the facts files.")
        job.facts_path.mkdir(parents=True, exist_ok=True)
    workers = max(1, min(jobs or default_jobs(), len(inputs)))
    summary = _run_many(job, inputs, workers)
    failed = summary.failed
    if failed:
        raise BriefingError(f"{len(failed)} of {len(inputs)} inputs had errors (listed above); "
                            "the other briefings were written.")
    return summary


def _run_single(job: Job, item: Input) -> Outcome:
    """One input, as the commands always ran: live progress lines, one error line."""
    outcome = _pipeline(job, item, Reporter(job.settings.quiet))
    if outcome.failed:
        problems = failure_lines(outcome.failed)
        if not outcome.written and len(problems) == 1:  # nothing written, one reason: that is the error
            raise BriefingError(outcome.failed[next(iter(outcome.failed))])
        for line in problems:
            click.echo(f"Error: {line}", err=True)
        written = ", ".join(outcome.languages_written) or "none"
        raise BriefingError(f"{len(outcome.failed)} of {len(job.languages)} briefings failed "
                            f"({', '.join(outcome.failed)}); written: {written}.")
    return outcome


def _pipeline(job: Job, item: Input, reporter: Reporter) -> Outcome:
    if job.command == "generate":
        return pipeline.generate(item.path, job.languages, job.out_dir, job.settings,
                                 facts_path=job.facts_path, data=item.data, reporter=reporter)
    return pipeline.render_from_file(item.path, job.languages, job.out_dir, job.settings,
                                     data=item.data, reporter=reporter)


def process(job: Job, item: Input) -> Outcome:
    """Run one input of a batch and return what happened; never raises for the input's own faults."""
    reporter = Reporter(quiet=True, echo=False)
    if item.problem:
        return Outcome(item.name, error=item.problem)
    try:
        outcome = _pipeline(job, item, reporter)
    except BriefingError as error:
        outcome = Outcome(item.name, error=error.message)
    except Exception as error:  # noqa: BLE001 - a bug with one article must not stop the batch
        outcome = Outcome(item.name, error=f"unexpected {type(error).__name__}: {error} (please report this)")
    outcome.source = item.name
    outcome.warnings, outcome.to_review, outcome.lines = reporter.warnings, reporter.to_review, reporter.lines
    return outcome


def _run_many(job: Job, inputs: list[Input], workers: int) -> Summary:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    console = Console(stderr=True, highlight=False, emoji=False)
    if not console.is_terminal:  # a log: no terminal to fit, so rows of the summary stay whole
        console.width = max(console.width, 160)
    live = console.is_terminal and not job.settings.quiet
    progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                        console=console, transient=True, disable=not live)
    noun = "articles" if job.command == "generate" else "facts files"
    outcomes: dict[int, Outcome] = {}
    if workers == 1:
        with progress:
            task = progress.add_task(f"{len(inputs)} {noun}", total=len(inputs))
            for index, item in enumerate(inputs):
                outcomes[index] = _show(process(job, item), console, live)
                pipeline.startup_done()
                progress.advance(task)
    else:
        import concurrent.futures

        if _FORK:
            pipeline.prepare(job.settings, job.languages)  # loaded once here, inherited by every worker
        pipeline.startup_done()  # before the workers start: they inherit the collector's state
        with _pool(workers) as pool:
            # Workers start (fork) before the progress bar starts its refresh thread.
            # The largest inputs first: a long article started last would keep one worker busy alone.
            order = sorted(range(len(inputs)), key=lambda index: -_size(inputs[index]))
            futures = {pool.submit(process, job, inputs[index]): index for index in order}
            try:
                with progress:
                    task = progress.add_task(f"{len(inputs)} {noun}, {workers} jobs", total=len(inputs))
                    for future in concurrent.futures.as_completed(futures):
                        outcomes[futures[future]] = _show(future.result(), console, live)
                        progress.advance(task)
            except BaseException:
                pool.shutdown(wait=True, cancel_futures=True)  # articles under way finish: no half files
                raise
    summary = Summary([outcomes[index] for index in range(len(inputs))])
    if not job.settings.quiet:
        console.print(summary_table(summary, job.languages))
    return summary


def _size(item: Input) -> int:
    """Bytes of an input: roughly how long it takes (0 when it cannot be read; it fails fast)."""
    if item.data is not None:
        return len(item.data)
    try:
        return item.path.stat().st_size
    except OSError:
        return 0


# fork: a worker starts with what this process has imported and loaded. Elsewhere (macOS,
# Windows) the platform's default start method works too, loading everything in each worker.
_FORK = sys.platform.startswith("linux")


def _pool(workers: int) -> concurrent.futures.ProcessPoolExecutor:
    import concurrent.futures
    import multiprocessing

    context = multiprocessing.get_context("fork") if _FORK else None
    return concurrent.futures.ProcessPoolExecutor(workers, mp_context=context, initializer=_ignore_interrupt)


def _ignore_interrupt() -> None:
    """Ctrl-C is the main process's to handle: it stops the batch once, without a trace per worker."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _show(outcome: Outcome, console: t.Any, live: bool) -> Outcome:
    """What one article reported, as it finishes: warnings and errors on stderr, files on stdout.

    Above a live progress bar lines go through rich, which keeps the bar at the bottom;
    otherwise (a log, a pipe) they are plain click output, which costs less.
    """
    def say(label: str, colour: str, text: str) -> None:
        if live:
            from rich.markup import escape

            console.print(f"[{colour}]{label}[/{colour}] {escape(text)}", soft_wrap=True)
        else:
            click.echo(f"{click.style(label, fg=colour)} {text}", err=True)

    name = outcome.source
    for kind, text in outcome.lines:
        if kind == "wrote":
            click.echo(f"Wrote {text}")
        else:
            say("Warning:", "yellow", _prefixed(name, text))
    if outcome.error:
        say("Error:", "red", _prefixed(name, outcome.error))
    for line in failure_lines(outcome.failed):
        say("Error:", "red", f"{name}: {line}")
    return outcome


def _prefixed(name: str, text: str) -> str:
    return text if text.startswith(name) else f"{name}: {text}"


def failure_lines(failed: t.Mapping[str, str]) -> list[str]:
    """One line per reason, with the languages it stopped: ``ru, kk: templates/x.j2:3: …``."""
    by_reason: dict[str, list[str]] = {}
    for lang, reason in failed.items():
        by_reason.setdefault(reason, []).append(lang)
    return [f"{', '.join(langs)}: {reason}" for reason, langs in by_reason.items()]


def summary_table(summary: Summary, languages: list[str]) -> t.Any:
    """Article, languages written, warnings, items to review, and what failed."""
    from rich.table import Table

    table = Table(title=None, show_edge=False, pad_edge=False)
    table.add_column("Article", overflow="fold")
    table.add_column("Written")
    table.add_column("Warnings", justify="right")
    table.add_column("To review", justify="right")
    table.add_column("Failed")
    names = [Path(outcome.source).name for outcome in summary.outcomes]
    for outcome, name in zip(summary.outcomes, names, strict=True):
        written = outcome.languages_written
        failed = "article" if outcome.error else ", ".join(outcome.failed)
        shown = name if names.count(name) == 1 else outcome.source  # the file name, unless two share it
        table.add_row(shown, " ".join(written) or "-", str(outcome.warnings), str(outcome.to_review), failed or "-")
    files = sum(len(outcome.written) for outcome in summary.outcomes)
    table.caption = (f"{len(summary.outcomes)} inputs, {files} briefings written, "
                     f"{len(summary.failed)} with errors")
    return table
