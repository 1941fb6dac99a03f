"""Stage 4: render a localized briefing through a Jinja2 template into a document model.

Templates are Markdown with gettext markers. They run in a ``SandboxedEnvironment``
with ``StrictUndefined``, so a typo in a template is an error that names the template
file, its line and the missing variable, never an empty string in a briefing.
A per-language template (``templates/<lang>/briefing.md.j2``) wins over the default.

Values arrive already localized (:mod:`briefing.localize`) as
:class:`~briefing.localize.Localized` objects, whose HTML form carries their mark; the
Markdown is parsed with markdown-it-py and turned into :mod:`briefing.document` blocks.
"""

from __future__ import annotations

import contextlib
import functools
import html
import math
import os
import posixpath
import re
import signal
import threading
import time
import traceback
import typing as t
from dataclasses import dataclass
from pathlib import Path

import jinja2
from jinja2.compiler import CodeGenerator
from jinja2.exceptions import SecurityError
from jinja2.loaders import split_template_path
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup

from briefing import document as doc
from briefing import resources
from briefing.errors import TemplateRenderError
from briefing.resources import file_stamp, load_cached, load_persisted

TEMPLATE_NAME = "briefing.md.j2"
NARRATIVE_NAME = "narrative.j2"  # macros that write the summary's sentences, one file per language
_MARKDOWN_SPECIALS = re.compile(r"([\\`*_\[\]<>#|!~])")
_BLOCK_START = re.compile(r"^(\s*\d*)([-+=.)])")
_LINE_BREAKS = re.compile(r"[ \t\r\n\f\v\u2028\u2029\x85]+")
_MARK_SPAN = re.compile(r'<span class="(machine|untranslated|review)">', re.IGNORECASE)
_MARKED_SPAN = re.compile(r'<span class="(machine|untranslated|review)">(.*?)</span>', re.IGNORECASE | re.DOTALL)
_NOTE_OPEN = re.compile(r'<div class="note">', re.IGNORECASE)
_NOTE_CLOSE = re.compile(r"</div>", re.IGNORECASE)


def _(message: str) -> str:
    """Marks messages of this module for ``pybabel extract``; translated at render time."""
    return message


# Messages render itself needs (footer and properties); templates hold the rest.
FOOTER_PREPARED = _("Prepared on {date}")
FOOTER_PAGE = _("Page {page} of {pages}")
DOCUMENT_TITLE = _("Briefing note")
DOCUMENT_CATEGORY = _("Briefing")
NO_MACHINE_TRANSLATION = _("No machine translation.")
MACHINE_TRANSLATION_BY = _("Machine translation: {engines}")


def escape_markdown(text: str) -> Markup:
    """Plain text as Markdown-safe, HTML-safe markup: it prints exactly as written."""
    flat = _LINE_BREAKS.sub(" ", str(text))  # one line of a Markdown block; no-break spaces stay
    escaped = _MARKDOWN_SPECIALS.sub(r"\\\1", html.escape(flat, quote=False))
    # A value may start a line ("- {{ point }}"): "2025. A year…" must not become a list.
    return Markup(_BLOCK_START.sub(r"\1\\\2", escaped))


def _finalize(value: t.Any) -> t.Any:
    # Plain strings (labels, numbers) are escaped for Markdown; objects that know their
    # own markup (Localized values, gettext results) pass through Jinja's autoescape.
    budget = _BUDGET
    if budget is not None:
        budget.check(len(value) if isinstance(value, str) else 0)
    if isinstance(value, str) and not isinstance(value, Markup):
        return escape_markdown(value)
    return value


# -- resource limits ------------------------------------------------------------------------

DEFAULT_TIME_LIMIT = 10.0  # seconds a render may take
DEFAULT_OUTPUT_LIMIT = 5_000_000  # characters of Markdown a render may write
MAX_RANGE = 10_000  # items of one range() in a template
MAX_POWER_BITS = 4_096  # size of the result of ** in a template
MAX_SEQUENCE = 1_000_000  # items (characters) a * may build


def env_number(name: str, default: float) -> float:
    """A positive number from the environment variable ``name``, else ``default``."""
    value = os.environ.get(name, "").strip()
    try:
        number = float(value) if value else default
    except ValueError:
        return default
    return number if math.isfinite(number) and number > 0 else default


class RenderLimitError(Exception):
    """A template went over a limit of time or size (reported with its file and line)."""


class _Budget:
    """The time and output left to one render; checked from the template's own hooks."""

    def __init__(self, seconds: float, characters: int) -> None:
        self.seconds = seconds
        self.deadline = time.monotonic() + seconds
        self.characters = characters
        self.written = 0

    def check(self, more: int = 0) -> None:
        self.written += more
        if self.written > self.characters:
            raise RenderLimitError(f"the briefing is over the limit of {self.characters:,} characters "
                                   "(BRIEFING_RENDER_MAX_CHARS); check the template's loops")
        if time.monotonic() > self.deadline:
            raise RenderLimitError(f"rendering took over the limit of {self.seconds:g} s "
                                   "(BRIEFING_RENDER_TIMEOUT); check the template's loops")


_BUDGET: _Budget | None = None  # of the render under way (renders in one process run one at a time)


def _check_budget() -> None:
    if _BUDGET is not None:
        _BUDGET.check()


def _safe_range(*args: int) -> t.Iterator[int]:
    """range() for templates: at most MAX_RANGE items, and the time limit checked as it runs."""
    numbers = range(*args)
    if len(numbers) > MAX_RANGE:
        raise SecurityError(f"range() of {len(numbers):,} items is over the limit of {MAX_RANGE:,}")
    return _ticking(numbers)


def _ticking(numbers: range) -> t.Iterator[int]:
    for number in numbers:
        _check_budget()
        yield number


def _sized(value: t.Any) -> int | None:
    return len(value) if isinstance(value, (str, list, tuple)) else None


class LimitedSandbox(SandboxedEnvironment):
    """The sandbox, refusing what makes a template hang or fill the memory: huge powers,
    huge repetitions (``'x' * 10**9``) and huge ranges."""

    intercepted_binops = frozenset(["**", "*"])

    def __init__(self, *args: t.Any, **kwargs: t.Any) -> None:
        super().__init__(*args, **kwargs)
        self.globals["range"] = _safe_range

    def call_binop(self, context: jinja2.runtime.Context, operator: str, left: t.Any, right: t.Any) -> t.Any:
        _check_budget()
        if operator == "**":
            _check_power(left, right)
        elif operator == "*":
            for sequence, times in ((left, right), (right, left)):
                size = _sized(sequence)
                if size is not None and isinstance(times, int) and size * times > MAX_SEQUENCE:
                    raise SecurityError(f"repeating {size:,} items {times:,} times is over the limit "
                                        f"of {MAX_SEQUENCE:,}")
        return super().call_binop(context, operator, left, right)

    def call(__self, __context: jinja2.runtime.Context, __obj: t.Any, *args: t.Any,  # noqa: N805
             **kwargs: t.Any) -> t.Any:
        _check_budget()
        _check_widths(__obj, args, kwargs)
        return super().call(__context, __obj, *args, **kwargs)


_PADDING_METHODS = frozenset({"center", "ljust", "rjust", "zfill", "expandtabs"})
_FORMAT_WIDTH = re.compile(r"\{[^{}]*?:[^{}]*?(\d{7,})[^{}]*\}")  # a width or precision of a million or more


def _check_widths(function: t.Any, args: tuple[t.Any, ...], kwargs: dict[str, t.Any]) -> None:
    """``"x".center(10**9)`` or ``"{:>999999999}".format(1)`` would fill the memory: refused like ``*``."""
    function = getattr(function, "__wrapped__", function)  # the sandbox wraps str.format
    name = getattr(function, "__name__", "")
    owner = getattr(function, "__self__", None)
    if not isinstance(owner, str):
        return
    if name in _PADDING_METHODS:
        width = args[0] if args else kwargs.get("width", kwargs.get("tabsize", 0))
        grows = width * (owner.count("\t") or 1) if name == "expandtabs" else width
        if isinstance(grows, int) and grows > MAX_SEQUENCE:
            raise SecurityError(f"padding text to {grows:,} characters is over the limit of {MAX_SEQUENCE:,}")
    elif name in ("format", "format_map") and _FORMAT_WIDTH.search(owner):
        raise SecurityError(f"a format width of a million characters or more is over the limit of {MAX_SEQUENCE:,}")


def _check_power(base: t.Any, exponent: t.Any) -> None:
    if not (isinstance(base, (int, float)) and isinstance(exponent, (int, float))):
        return
    if isinstance(base, float) or isinstance(exponent, float):
        if abs(exponent) > 10_000:
            raise SecurityError(f"a power with exponent {exponent:g} is over the limit")
        return
    magnitude = abs(base)
    if magnitude <= 1 or exponent <= 0:
        if exponent > 10**6 or exponent < -(10**6):
            raise SecurityError("a power with so large an exponent is over the limit")
        return
    if exponent * magnitude.bit_length() > MAX_POWER_BITS:
        raise SecurityError(f"a power of {exponent.bit_length()}-bit exponent is over the limit of "
                            f"{MAX_POWER_BITS} bits")


@contextlib.contextmanager
def _limits(seconds: float, characters: int) -> t.Iterator[_Budget]:
    """The render's budget; on POSIX in the main thread also an alarm for loops that call nothing."""
    global _BUDGET
    budget = _Budget(seconds, characters)
    previous_budget, _BUDGET = _BUDGET, budget
    alarm = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    previous_handler: t.Any = None
    if alarm:
        def _on_alarm(_signum: int, _frame: t.Any) -> None:
            raise RenderLimitError(f"rendering took over the limit of {seconds:g} s "
                                   "(BRIEFING_RENDER_TIMEOUT); check the template's loops")

        previous_handler = signal.signal(signal.SIGALRM, _on_alarm)
        signal.setitimer(signal.ITIMER_REAL, seconds + 0.5)  # the hooks answer first when they run
    try:
        yield budget
    finally:
        if alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous_handler)
        _BUDGET = previous_budget


@dataclass
class Gettext:
    """The gettext callables a template of one language uses."""

    gettext: t.Callable[[str], str]
    pgettext: t.Callable[[str, str], str]
    ngettext: t.Callable[[str, str, int], str] | None = None  # the catalog's plural rules; None: English's


class _Loader(jinja2.BaseLoader):
    """Templates, includes and imports: regular files inside the templates folder only, after
    symbolic links are resolved (a link to /etc/passwd is refused, not included). A template
    counts as changed when its modification time, size or inode changes (Jinja alone
    compares the time, which a quick edit may keep)."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root).resolve()

    def locate(self, template: str) -> Path:
        pieces = split_template_path(template)  # refuses ".." as Jinja's own loader does
        path = self.root.joinpath(*pieces) if pieces else self.root
        try:
            real = path.resolve(strict=True)
        except (OSError, RuntimeError):
            raise jinja2.TemplateNotFound(template) from None
        if not real.is_relative_to(self.root):
            raise TemplateRenderError(f"{path}: resolves to {real}, outside the templates folder {self.root}; "
                                      "templates, includes and imports must be files inside it.")
        if not real.is_file():
            raise jinja2.TemplateNotFound(template)
        return real

    def get_source(self, environment: jinja2.Environment, template: str) -> tuple[str, str, t.Callable[[], bool]]:
        real = self.locate(template)
        filename = str(self.root.joinpath(*split_template_path(template)))
        try:
            source = real.read_bytes().decode("utf-8")
        except OSError as exc:
            raise TemplateRenderError(f"{filename}: cannot read the template ({exc.strerror or exc}).") from None
        stamp = file_stamp(real)
        return source, filename, lambda: stamp is not None and file_stamp(real) == stamp

    def list_templates(self) -> list[str]:
        found = []
        for path in self.root.rglob("*"):
            if path.is_file():
                found.append(posixpath.join(*path.relative_to(self.root).parts))
        return sorted(found)


class _MarkKeepingCodeGenerator(CodeGenerator):
    """Compiles ``a ~ b`` to :func:`join_keeping_marks`: Jinja's own join turns each value into plain text
    first, so a name joined into a phrase («2025 жылғы 4 қыркүйекте » ~ name) lost its mark, and the same
    name printed marked in the table and bare in the summary."""

    def visit_Concat(self, node: jinja2.nodes.Concat, frame: t.Any) -> None:
        self.write("environment.join_keeping_marks((")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write("))")


def join_keeping_marks(values: t.Iterable[t.Any]) -> str:
    """``~`` in a template: plain text when every value is plain, else markup keeping each value's mark."""
    values = list(values)
    if not any(hasattr(value, "__html__") for value in values):
        return "".join(str(value) for value in values)
    return Markup("").join(values)  # Markup.join escapes plain strings and asks values for their __html__


def marked_pieces(markup: str) -> list[tuple[str, str | None]]:
    """Markup back into (text, mark) pieces: the text of each ``<span class="mark">``, the words between."""
    pieces: list[tuple[str, str | None]] = []
    position = 0
    for span in _MARKED_SPAN.finditer(markup):
        if span.start() > position:
            pieces.append((_plain_text(markup[position:span.start()]), None))
        pieces.append((_plain_text(span.group(2)), span.group(1).lower()))
        position = span.end()
    if position < len(markup):
        pieces.append((_plain_text(markup[position:]), None))
    return [(text, mark) for text, mark in pieces if text]


def _plain_text(markup: str) -> str:
    """What :func:`escape_markdown` escaped, as written."""
    return html.unescape(re.sub(r"\\(.)", r"\1", re.sub(r"<[^>]*>", "", markup)))


def build_environment(templates_dir: Path) -> SandboxedEnvironment:
    """A new sandboxed environment for ``templates_dir`` (see :func:`environment` for the shared one)."""
    env = LimitedSandbox(
        loader=_Loader(templates_dir),
        undefined=jinja2.StrictUndefined,
        autoescape=True,
        finalize=_finalize,
        extensions=["jinja2.ext.i18n"],
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=True,  # an edited template is compiled again, also within one process
        bytecode_cache=_bytecode_cache(),
    )
    env.code_generator_class = _MarkKeepingCodeGenerator
    env.join_keeping_marks = join_keeping_marks  # type: ignore[attr-defined]  # called by the compiled `~`
    return env


class _QuietBytecodeCache(jinja2.FileSystemBytecodeCache):
    """Compiled templates kept between runs; a cache that cannot be read or written is simply skipped."""

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except (OSError, ValueError, EOFError):
            bucket.reset()

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:
            pass


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    """Where compiled templates are kept: BRIEFING_CACHE_DIR, else the user's cache folder.

    Jinja keys each entry by the template's name and a checksum of its source, so an edited
    template is compiled again; deleting the folder is always safe.
    """
    folder = resources.cache_folder("templates")
    try:
        os.makedirs(folder, exist_ok=True)
    except OSError:
        return None  # a read-only home: compile every time
    # the pattern names the code generator: templates compiled with Jinja's own `~` are not reused
    return _QuietBytecodeCache(folder, pattern="__briefing_marks_%s.cache")


@functools.lru_cache(maxsize=8)
def _environment(templates_dir: Path) -> SandboxedEnvironment:
    return build_environment(templates_dir)


def environment(templates_dir: Path) -> SandboxedEnvironment:
    """The one environment of this process for ``templates_dir``.

    It keeps every template it compiled (briefing.md.j2 and the narratives) until the file
    changes, so the four languages of a run, and every article of a batch, compile each
    template once. What differs between documents (the language's gettext, grammar filters,
    ``lang`` and ``narrative``) is installed for each render by :func:`render_markdown`;
    renders in one process therefore run one at a time (a batch uses processes, not threads).
    """
    return _environment(templates_dir.resolve())


def template_for(templates_dir: Path, lang: str) -> str:
    """The per-language override when staff made one, else the default template."""
    override = f"{lang}/{TEMPLATE_NAME}"
    if (templates_dir / override).is_file():
        return override
    if not (templates_dir / TEMPLATE_NAME).is_file():
        raise TemplateRenderError(
            f"{templates_dir / TEMPLATE_NAME}: template not found. "
            "Point --templates at a folder that has briefing.md.j2."
        )
    return TEMPLATE_NAME


def narrative_for(templates_dir: Path, lang: str) -> str:
    """The sentence patterns of ``lang`` (``<lang>/narrative.j2``), else the default ones."""
    override = f"{lang}/{NARRATIVE_NAME}"
    return override if (templates_dir / override).is_file() else NARRATIVE_NAME


def render_markdown(templates_dir: Path, lang: str, context: dict[str, t.Any], texts: Gettext,
                    filters: t.Mapping[str, t.Callable[..., t.Any]] | None = None,
                    time_limit: float | None = None, output_limit: int | None = None) -> str:
    """Render the template of ``lang``; every template error names file, line and cause.

    ``filters`` are the language's grammar (:mod:`briefing.narrative`): case, listing, plural…
    A render longer than ``time_limit`` seconds or longer than ``output_limit`` characters
    stops with an error (defaults: BRIEFING_RENDER_TIMEOUT, BRIEFING_RENDER_MAX_CHARS, else
    10 s and 5,000,000 characters).
    """
    seconds = time_limit or env_number("BRIEFING_RENDER_TIMEOUT", DEFAULT_TIME_LIMIT)
    characters = int(output_limit or env_number("BRIEFING_RENDER_MAX_CHARS", DEFAULT_OUTPUT_LIMIT))
    env = environment(templates_dir)
    env.install_gettext_callables(  # type: ignore[attr-defined]
        texts.gettext, texts.ngettext or _ngettext(texts.gettext), newstyle=True, pgettext=texts.pgettext
    )
    _install_filters(env, filters or {})
    name = template_for(templates_dir, lang)
    # Given as the template's own globals (never the environment's), ``lang`` and ``narrative``
    # make Jinja build the imported narrative module afresh for this render, with this
    # render's gettext and filters, instead of reusing a module built for another language.
    per_render: dict[str, t.Any] = {"lang": lang, "narrative": narrative_for(templates_dir, lang)}
    per_render.update({key: env.globals[key] for key in _GETTEXT_GLOBALS if key in env.globals})
    with _template_errors(templates_dir / name), _limits(seconds, characters) as budget:
        parts = []
        for part in env.get_template(name, globals=per_render).generate(**context):
            budget.check(len(part))
            parts.append(part)
        return "".join(parts)


_GETTEXT_GLOBALS = ("gettext", "ngettext", "pgettext", "npgettext")


def _install_filters(env: SandboxedEnvironment, filters: t.Mapping[str, t.Callable[..., t.Any]]) -> None:
    """This render's grammar filters, and none left over from the previous render's language."""
    previous: t.Iterable[str] = getattr(env, "briefing_filters", ())
    for name in previous:
        env.filters.pop(name, None)
    env.filters.update(filters)
    env.briefing_filters = tuple(filters)  # type: ignore[attr-defined]


def template_messages(templates_dir: Path, lang: str) -> list[tuple[str | None, str]]:
    """The (context, message) pairs the template of ``lang`` asks the catalogs for.

    Listed once per version of the template file.
    """
    name = template_for(templates_dir, lang)
    path = templates_dir / name
    messages = load_cached("template-messages", path, lambda _path: load_persisted(
        "template-messages", path, lambda _path: _template_messages(templates_dir, name), code=_LISTING_CODE))
    return list(messages)


# What listing a template's messages depends on besides the template: this module and Jinja's extractor.
_LISTING_CODE = (Path(__file__), Path(jinja2.__file__).with_name("ext.py"))


def _template_messages(templates_dir: Path, name: str) -> tuple[tuple[str | None, str], ...]:
    env = environment(templates_dir)
    messages: list[tuple[str | None, str]] = []
    with _template_errors(templates_dir / name):
        source, _filename, _uptodate = env.loader.get_source(env, name)  # type: ignore[union-attr]
        for _line, _function, message in env.extract_translations(source):  # type: ignore[attr-defined]
            if isinstance(message, tuple):
                texts = [part for part in message if part]
                messages.append((texts[0], texts[1]) if len(texts) > 1 else (None, texts[0]))
            elif message:
                messages.append((None, message))
    return tuple(messages)


@contextlib.contextmanager
def _template_errors(path: Path) -> t.Iterator[None]:
    """Any failure inside a template becomes one line: file, line and what went wrong."""
    try:
        yield
    except TemplateRenderError:
        raise
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateRenderError(f"{exc.filename or path}:{exc.lineno}: {exc.message}") from None
    except jinja2.UndefinedError as exc:
        from briefing.check import template_problems

        location = _template_location(exc, path)
        problems = template_problems(Path(location.rsplit(":", 1)[0]))
        if problems:  # the lint knows the line and the closest documented name
            raise TemplateRenderError(f"{problems[0].where}: {problems[0].text}") from None
        raise TemplateRenderError(
            f"{_template_location(exc, path)}: {exc.message}. "
            "Check the variable name against the list in the README."
        ) from None
    except UnicodeDecodeError:
        raise TemplateRenderError(f"{path}: not UTF-8 text. Save the template as UTF-8.") from None
    except jinja2.TemplateNotFound as exc:
        raise TemplateRenderError(f"{_template_location(exc, path)}: template {exc.name!r} not found "
                                  "in the templates folder.") from None
    except (RenderLimitError, SecurityError) as exc:
        raise TemplateRenderError(f"{_template_location(exc, path)}: {exc}.") from None
    except RecursionError:
        raise TemplateRenderError(f"{path}: the template calls itself too deeply (a macro or include "
                                  "that never ends).") from None
    except MemoryError:
        raise TemplateRenderError(f"{path}: the template needs more memory than there is.") from None
    except Exception as exc:  # noqa: BLE001 - a template can raise anything; the user needs where
        raise TemplateRenderError(f"{_template_location(exc, path)}: {type(exc).__name__}: {exc}") from None


def _ngettext(gettext: t.Callable[[str], str]) -> t.Callable[[str, str, int], str]:
    def ngettext(singular: str, plural: str, n: int) -> str:
        return gettext(singular if n == 1 else plural)

    return ngettext


def _template_location(exc: BaseException, default: Path) -> str:
    """File and line of the innermost template frame in a (Jinja-rewritten) traceback."""
    location = str(default)
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename.endswith(".j2"):
            location = f"{frame.filename}:{frame.lineno}"
    return location


# -- Markdown -> document model -------------------------------------------------


def parse_markdown(markdown: str) -> list[doc.Block]:
    """Turn the rendered Markdown into document blocks."""
    tokens = _markdown_parser().parse(markdown)
    return _BlockBuilder(tokens).build()


@functools.cache
def _markdown_parser() -> t.Any:
    """One parser per process: parsing keeps no state in it."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": True}).enable("table")


class _BlockBuilder:
    def __init__(self, tokens: list[t.Any]) -> None:
        self.tokens = tokens
        self.blocks: list[doc.Block] = []
        self.position = 0
        self.in_note = False  # inside <div class="note">: paragraphs are small print

    def build(self) -> list[doc.Block]:
        while self.position < len(self.tokens):
            token = self.tokens[self.position]
            handler = getattr(self, f"_on_{token.type}", None)
            if handler:
                handler(token)
            self.position += 1
        return self.blocks

    def _inline_after(self, index: int) -> list[doc.Span]:
        return inline_spans(self.tokens[index + 1].children or [])

    def _on_heading_open(self, token: t.Any) -> None:
        spans = self._inline_after(self.position)
        level = int(token.tag[1])
        if level == 1:
            self.blocks.append(doc.Paragraph(spans, style="title"))
        else:
            self.blocks.append(doc.Heading(spans, level=level - 1))

    def _on_paragraph_open(self, token: t.Any) -> None:
        if token.level != 0:  # list items, table cells and quotes read their own inlines
            return
        spans = self._inline_after(self.position)
        previous = self.blocks[-1] if self.blocks else None
        after_title = isinstance(previous, doc.Paragraph) and previous.style == "title"
        style = "note" if self.in_note else "subtitle" if after_title else "body"
        self.blocks.append(doc.Paragraph(spans, style=style))

    def _on_html_block(self, token: t.Any) -> None:
        if _NOTE_OPEN.search(token.content):
            self.in_note = True
        if _NOTE_CLOSE.search(token.content):
            self.in_note = False

    def _on_blockquote_open(self, token: t.Any) -> None:
        end = self._closing(self.position, "blockquote_close")
        for index in range(self.position, end):
            if self.tokens[index].type == "inline":
                self.blocks.append(doc.Paragraph(self._inline_after(index - 1), style="quote"))
        self.position = end

    def _on_bullet_list_open(self, token: t.Any) -> None:
        self._list(ordered=False, closing="bullet_list_close")

    def _on_ordered_list_open(self, token: t.Any) -> None:
        self._list(ordered=True, closing="ordered_list_close")

    def _list(self, ordered: bool, closing: str) -> None:
        end = self._closing(self.position, closing)
        items = [
            self._inline_after(index - 1)
            for index in range(self.position, end)
            if self.tokens[index].type == "inline"
        ]
        previous = self.blocks[-1] if self.blocks else None
        if isinstance(previous, doc.BulletList) and previous.ordered == ordered:
            previous.items.extend(items)  # loose items split by blank lines stay one list
        else:
            self.blocks.append(doc.BulletList(items, ordered=ordered))
        self.position = end

    def _on_table_open(self, token: t.Any) -> None:
        end = self._closing(self.position, "table_close")
        rows: list[list[list[doc.Span]]] = []
        for index in range(self.position, end):
            kind = self.tokens[index].type
            if kind == "tr_open":
                rows.append([])
            elif kind == "inline":
                rows[-1].append(self._inline_after(index - 1))
        self.blocks.append(doc.Table(header=rows[0], rows=rows[1:]))
        self.position = end

    def _closing(self, start: int, closing: str) -> int:
        opening = self.tokens[start]
        for index in range(start + 1, len(self.tokens)):
            token = self.tokens[index]
            if token.type == closing and token.level == opening.level:
                return index
        return len(self.tokens) - 1


def inline_spans(children: list[t.Any]) -> list[doc.Span]:
    """Inline tokens as spans: bold, italic and the marks of ``<span class=…>``."""
    spans: list[doc.Span] = []
    bold = italic = False
    marks: list[str | None] = []
    for token in children:
        kind = token.type
        if kind == "text" or kind == "code_inline":
            _append(spans, doc.Span(token.content, mark=_current(marks), bold=bold, italic=italic))
        elif kind in ("softbreak", "hardbreak"):
            _append(spans, doc.Span(" ", mark=_current(marks), bold=bold, italic=italic))
        elif kind == "strong_open":
            bold = True
        elif kind == "strong_close":
            bold = False
        elif kind == "em_open":
            italic = True
        elif kind == "em_close":
            italic = False
        elif kind == "html_inline":
            opening = _MARK_SPAN.match(token.content)
            if opening:
                marks.append(opening.group(1).lower())
            elif token.content.lower().startswith("</span") and marks:
                marks.pop()
    return spans


def _current(marks: list[str | None]) -> str | None:
    return marks[-1] if marks else None


def _append(spans: list[doc.Span], span: doc.Span) -> None:
    """Merge neighbours with the same formatting so a document has few, whole runs."""
    if spans:
        last = spans[-1]
        if (last.mark, last.bold, last.italic, last.lang) == (span.mark, span.bold, span.italic, span.lang):
            last.text += span.text
            return
    spans.append(span)
