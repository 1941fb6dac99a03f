"""Message catalogs: staff edit ``locales/<lang>/LC_MESSAGES/messages.po``.

Catalogs are compiled in memory when they are loaded, so an edit to a ``.po`` file shows
in the next run without a build step; within one process each version of a file is read once.
Between processes the parsed catalog is kept in the user's cache folder, beside the compiled
templates, keyed by the file's path, modification time, size and inode: a cold start reads a
pickle instead of parsing and checking the ``.po`` file, and an edited file is parsed again. Babel's ``Translations.load`` silently falls back to
``NullTranslations`` (English) when no catalog exists; :func:`load_catalog` never does.
"""

from __future__ import annotations

import codecs
import contextlib
import gettext
import io
import pickle
import re
import typing as t
from dataclasses import dataclass, field
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import PoFileError, read_po
from babel.support import Translations

from briefing import resources
from briefing.errors import CatalogError
from briefing.resources import load_cached

DOMAIN = "messages"


@dataclass
class LoadedCatalog:
    lang: str
    path: Path
    catalog: Catalog
    translations: Translations
    # Which of a list of messages are translated: asked for every document, answered once.
    _translated: dict[tuple[tuple[str | None, str], ...], tuple[bool, ...]] = field(
        default_factory=dict, repr=False, compare=False)

    def is_translated(self, msgid: str, context: str | None = None) -> bool:
        message = self.catalog.get(msgid, context=context)
        return bool(message and message.string and not message.fuzzy)

    def translated(self, messages: t.Sequence[tuple[str | None, str]]) -> tuple[bool, ...]:
        """:meth:`is_translated` of each (context, message), remembered for this list."""
        key = tuple(messages)
        if key not in self._translated:
            self._translated[key] = tuple(self.is_translated(message, context) for context, message in key)
        return self._translated[key]


def catalog_path(locales_dir: Path, lang: str) -> Path:
    return locales_dir / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def available_languages(locales_dir: Path) -> list[str]:
    return sorted(p.parent.parent.name for p in locales_dir.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))


def load_catalog(locales_dir: Path, lang: str) -> LoadedCatalog | None:
    """The catalog for ``lang`` ("pt_BR", else "pt"), or None. A broken file is an error."""
    path = catalog_path(locales_dir, lang)
    if not path.is_file():
        path = catalog_path(locales_dir, lang.split("_")[0])
    if not path.is_file():
        return None
    # Parsed once per version of the file and language; an edited catalog is read again.
    return load_cached(f"catalog:{lang}", path, lambda path: _read_catalog_cached(path, lang))


# What a cached catalog depends on besides its file: this format, and the Babel that parsed it.
_CACHE_FORMAT = 1


def _read_catalog_cached(path: Path, lang: str) -> LoadedCatalog:
    """:func:`_read_catalog`, or the same catalog parsed by an earlier process for this version
    of the file. Only a catalog that passed every check is stored; a cache that cannot be read
    or written is skipped (the file is parsed, as without one)."""
    entry = _cache_entry(path, lang)
    if entry is not None:
        with contextlib.suppress(Exception):  # a damaged, foreign or old entry: parse instead
            catalog, mo = resources.read_entry(entry)
            return LoadedCatalog(lang, path, catalog, Translations(fp=io.BytesIO(mo), domain=DOMAIN))
    loaded = _read_catalog(path, lang)
    if entry is not None:
        with contextlib.suppress(OSError, pickle.PicklingError, TypeError, AttributeError):  # not kept, only parsed again
            resources.write_entry(entry, (loaded.catalog, _mo_bytes(loaded.catalog)))
    return loaded


def _cache_entry(path: Path, lang: str) -> str | None:
    """The cache file of this version of ``path`` parsed for ``lang`` (None: no stat, no cache)."""
    from babel import __version__ as babel_version


    try:
        stat = path.stat()
        where = str(path.resolve())
    except OSError:
        return None
    return resources.cache_entry("catalogs", (_CACHE_FORMAT, babel_version, where, lang, stat.st_mtime_ns, stat.st_size,
                                              stat.st_ino))


MAX_CATALOG_BYTES = 20_000_000


def _read_catalog(path: Path, lang: str) -> LoadedCatalog:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise CatalogError(f"{path}: cannot read the catalog ({exc.strerror or exc}).") from None
    if size > MAX_CATALOG_BYTES:
        raise CatalogError(f"{path}: {size:,} bytes is over the limit of {MAX_CATALOG_BYTES:,} for a catalog.")
    check_quotes(path)
    try:
        raw = path.read_bytes().removeprefix(codecs.BOM_UTF8)  # editors on Windows may add one
        check_charset(path, raw)
        catalog = read_po(io.BytesIO(raw), locale=lang, domain=DOMAIN, abort_invalid=True)
    except PoFileError as exc:  # Babel counts lines from 0 and appends " on <that number>"
        reason = re.sub(r" on \d+$", "", str(exc)).replace("\n", "\\n")  # a msgid may hold a line break
        raise CatalogError(f"{path}:{exc.lineno + 1}: {reason}. Fix the line and run again.") from None
    except (ValueError, UnicodeDecodeError, LookupError, OverflowError) as exc:
        raise CatalogError(f"{path}: cannot read the catalog ({_one_line(exc)}).") from None
    check_plural_forms(path, catalog)
    check_placeholders(path, catalog)
    try:
        translations = _compile(catalog)
    except (ValueError, LookupError, OverflowError, RecursionError, SyntaxError) as exc:
        raise CatalogError(f"{path}: cannot compile the catalog ({_one_line(exc)}).") from None
    return LoadedCatalog(lang, path, catalog, translations)


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:200]


_CHARSET = re.compile(rb'^"Content-Type:[^"\n]*?charset=([^\s;"\\]*)', re.MULTILINE | re.IGNORECASE)


def check_charset(path: Path, raw: bytes) -> None:
    """The header's charset must be one Python knows and must fit the file: catalogs are UTF-8
    (check_quotes reads them so), so another charset is only fine for a file in plain ASCII."""
    match = _CHARSET.search(raw)
    if not match:
        return
    line = raw.count(b"\n", 0, match.start()) + 1
    declared = match.group(1).decode("ascii", "replace")
    try:
        name = codecs.lookup(declared).name
    except LookupError:
        raise CatalogError(f"{path}:{line}: the header names an unknown charset {declared!r}; "
                           "write charset=UTF-8.") from None
    if name not in ("utf-8", "utf-8-sig") and not raw.isascii():
        raise CatalogError(f"{path}:{line}: the header says charset={declared} but the file is UTF-8 text; "
                           "write charset=UTF-8.")


def check_plural_forms(path: Path, catalog: Catalog) -> None:
    """Plural-Forms: 1 to 6 forms and an expression gettext can compute for every number."""
    header = dict(catalog.mime_headers).get("Plural-Forms")
    if not header:
        return
    where = f"{path}: the Plural-Forms header {' '.join(str(header).split())[:80]!r}"
    forms = re.search(r"nplurals\s*=\s*(\d{1,3})\s*;", header)
    expression = re.search(r"plural\s*=\s*([^;]*);?\s*$", header)
    if not forms or not expression or not 1 <= int(forms.group(1)) <= 6:
        raise CatalogError(f"{where} is not 'nplurals=N; plural=EXPRESSION;' with N from 1 to 6.")
    try:
        plural = gettext.c2py(expression.group(1))
        chosen = {plural(n) for n in (*range(200), 1000, 1001, 1_000_000)}
    except (ValueError, SyntaxError, RecursionError, OverflowError, ZeroDivisionError, TypeError) as exc:
        raise CatalogError(f"{where} cannot be computed ({_one_line(exc)}).") from None
    if not chosen <= set(range(int(forms.group(1)))):
        raise CatalogError(f"{where} gives a form outside 0…{int(forms.group(1)) - 1}.")


_NAMED = re.compile(r"%\((\w+)\)")


def check_placeholders(path: Path, catalog: Catalog) -> None:
    """A %(name)s in a translation that its message lacks would fail in the template: name the catalog line."""
    for message in catalog:
        if not message.id or not message.string:
            continue
        ids = message.id if isinstance(message.id, (list, tuple)) else (message.id,)
        strings = message.string if isinstance(message.string, (list, tuple)) else (message.string,)
        known = {name for text in ids for name in _NAMED.findall(text)}
        for text in strings:
            unknown = sorted(set(_NAMED.findall(text or "")) - known)
            if unknown:
                raise CatalogError(f"{path}:{message.lineno}: the translation has %({unknown[0]})s, which the "
                                   f"message {ids[0][:60]!r} does not give; remove it or write %%.")


_STRING_LINE = re.compile(r'^(?:msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)?\s*"')


def check_quotes(path: Path) -> None:
    """Babel quietly reads an unclosed quote by dropping a letter; a hand edit deserves a clear error."""
    try:
        # Lines end at a line feed only: U+2028, NEL, form feed or VT inside a text are not line ends.
        lines = path.read_text(encoding="utf-8-sig").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    except UnicodeDecodeError as exc:
        raise CatalogError(f"{path}: not UTF-8 text ({exc.reason}). Save the file as UTF-8.") from None
    for number, line in enumerate(lines, start=1):
        text = line.strip()
        if _STRING_LINE.match(text) and not _closed(text):
            raise CatalogError(f'{path}:{number}: the text has no closing quote ("). Add it and run again.')


def _closed(text: str) -> bool:
    """Whether a string line ends with a quote that is not itself escaped (\\" is escaped)."""
    body = text[text.index('"') + 1 :]
    trailing_backslashes = len(body[:-1]) - len(body[:-1].rstrip("\\"))
    return body.endswith('"') and trailing_backslashes % 2 == 0


def _compile(catalog: Catalog) -> Translations:
    return Translations(fp=io.BytesIO(_mo_bytes(catalog)), domain=DOMAIN)


def _mo_bytes(catalog: Catalog) -> bytes:
    # Fuzzy entries are drafts: like ``pybabel compile`` we leave them out.
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    return buffer.getvalue()
