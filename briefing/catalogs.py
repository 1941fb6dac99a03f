"""Message catalogs: staff edit ``locales/<lang>/LC_MESSAGES/messages.po``.

Catalogs are compiled in memory when they are loaded, so an edit to a ``.po`` file shows
in the next run without a build step; within one process each version of a file is read once. Babel's ``Translations.load`` silently falls back to
``NullTranslations`` (English) when no catalog exists; :func:`load_catalog` never does.
"""

from __future__ import annotations

import codecs
import io
import re
import typing as t
from dataclasses import dataclass, field
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import PoFileError, read_po
from babel.support import Translations

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
    return load_cached(f"catalog:{lang}", path, lambda path: _read_catalog(path, lang))


def _read_catalog(path: Path, lang: str) -> LoadedCatalog:
    check_quotes(path)
    try:
        raw = path.read_bytes().removeprefix(codecs.BOM_UTF8)  # editors on Windows may add one
        catalog = read_po(io.BytesIO(raw), locale=lang, domain=DOMAIN, abort_invalid=True)
    except PoFileError as exc:  # Babel counts lines from 0 and appends " on <that number>"
        reason = re.sub(r" on \d+$", "", str(exc))
        raise CatalogError(f"{path}:{exc.lineno + 1}: {reason}. Fix the line and run again.") from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise CatalogError(f"{path}: cannot read the catalog ({exc}).") from None
    return LoadedCatalog(lang, path, catalog, _compile(catalog))


_STRING_LINE = re.compile(r'^(?:msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)?\s*"')


def check_quotes(path: Path) -> None:
    """Babel quietly reads an unclosed quote by dropping a letter; a hand edit deserves a clear error."""
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
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
    # Fuzzy entries are drafts: like ``pybabel compile`` we leave them out.
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    buffer.seek(0)
    return Translations(fp=buffer, domain=DOMAIN)
