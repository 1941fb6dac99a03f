"""Translation memory: every machine translation is kept in a PO file staff can review.

One file per target language, ``<memory_dir>/<lang>.po`` (default memory dir:
``$BRIEFING_MEMORY_DIR`` or ``~/.local/share/briefing/memory``). Each entry:

* ``msgid``: the source text;
* ``msgctxt``: ``"<source lang> | <engine>"``, e.g. ``"en | argostranslate 1.12.1 / translate-en_ru-1_9 1.9"``;
* ``msgstr``: the translation;
* ``#, fuzzy``: machine output that nobody has reviewed.

The rule for review is gettext's own: **an entry without the fuzzy flag (and with a
non-empty msgstr) is a human translation.** It is used from then on, for the same
source language and text, whatever engine made it, and is not marked as machine
translation. Fuzzy entries are reused only by the engine that made them, so a new model
translates again. The file is written atomically (temporary file, then ``os.replace``).

A hand edit that breaks the file (an unclosed quote, which Babel would otherwise read
by dropping a letter and then write back for good) stops the run with an error naming
the file and line; the file is left as it is.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import typing as t
from dataclasses import dataclass, field
from pathlib import Path

from babel.core import Locale, UnknownLocaleError
from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import read_po, write_po

from briefing.catalogs import check_quotes  # the same check as for the message catalogs
from briefing.errors import CatalogError

MEMORY_DIR_ENV = "BRIEFING_MEMORY_DIR"
HUMAN_ORIGIN = "translator"  # the engine part of msgctxt for entries a translator's file brought in

HEADER = """\
# briefing translation memory: translations into {lang}.
#
# Entries marked "#, fuzzy" are machine translations nobody has reviewed yet.
# To approve or correct one, edit its msgstr and delete the "#, fuzzy" line
# (Poedit: untick "Needs work"). Entries without that flag are used as they
# are, as human translations. msgctxt is "<source language> | <engine>".
#"""


def default_memory_dir() -> Path:
    """``$BRIEFING_MEMORY_DIR``, else ``~/.local/share/briefing/memory``."""
    configured = os.environ.get(MEMORY_DIR_ENV)
    if configured:
        return Path(configured).expanduser()
    return Path.home() / ".local" / "share" / "briefing" / "memory"


def _context(source: str, engine: str) -> str:
    return f"{source} | {engine}"


def _source_of(message: Message) -> str:
    return (message.context or "").split(" | ", 1)[0]


def _is_reviewed(message: Message) -> bool:
    return not message.fuzzy and isinstance(message.string, str) and bool(message.string)


@dataclass
class _Loaded:
    catalog: Catalog
    stamp: tuple[int, int] | None  # (mtime_ns, size) of the file when read
    by_text: dict[str, list[Message]] = field(default_factory=dict)

    def index(self) -> None:
        self.by_text = {}
        for message in self.catalog:
            if message.id and isinstance(message.id, str):
                self.by_text.setdefault(message.id, []).append(message)


class TranslationMemory:
    """Reviewed and machine translations per target language, stored as PO files."""

    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory or default_memory_dir()
        self._loaded: dict[str, _Loaded] = {}

    def path(self, lang: str) -> Path:
        return self.directory / f"{lang}.po"

    def reviewed(self, text: str, source: str, target: str) -> str | None:
        """A translation staff approved, from any engine, or None."""
        for message in self._load(target).by_text.get(text, ()):
            if _source_of(message) == source and _is_reviewed(message):
                return str(message.string)
        return None

    def machine(self, text: str, source: str, target: str, engine: str) -> str | None:
        """An unreviewed translation this engine made before, or None."""
        message = self._load(target).catalog.get(text, context=_context(source, engine))
        if message is not None and message.fuzzy and message.string:
            return str(message.string)
        return None

    def remember(self, translations: t.Mapping[str, str], source: str, target: str,
                 engine: str) -> None:
        """Store machine translations as fuzzy entries and write the file once."""
        if not translations:
            return
        with self._locked(target):  # parallel jobs: read, add and write one at a time
            loaded = self._load(target)  # read again if another process wrote meanwhile
            for text, translation in translations.items():
                self._drop_stale(loaded, text, source)
                loaded.catalog.add(text, translation, context=_context(source, engine),
                                   flags=("fuzzy",))
            self._write(target, loaded)

    def suggestion(self, text: str, source: str, target: str) -> tuple[str, str] | None:
        """The newest unreviewed (machine) translation of text from any engine, with its engine."""
        for message in reversed(self._load(target).by_text.get(text, ())):
            if _source_of(message) == source and message.fuzzy and message.string:
                return str(message.string), (message.context or "").split(" | ", 1)[-1]
        return None

    def store_reviewed(self, translations: t.Mapping[str, str], source: str, target: str,
                       origin: str = HUMAN_ORIGIN) -> None:
        """Store human translations (a translator's file): used from now on, unmarked.

        They replace every earlier entry for the same text and source language, reviewed
        or not: the translator's word is the newest.
        """
        if not translations:
            return
        with self._locked(target):
            loaded = self._load(target)
            for text, translation in translations.items():
                for message in loaded.by_text.get(text, ()):
                    if _source_of(message) == source:
                        loaded.catalog.delete(message.id, context=message.context)
                loaded.catalog.add(text, translation, context=_context(source, origin))
            self._write(target, loaded)

    def reviewed_entries(self, target: str) -> list[tuple[str, str, str]]:
        """Every reviewed entry for target as (source language, text, translation)."""
        return [(_source_of(message), str(message.id), str(message.string))
                for message in self._load(target).catalog
                if message.id and isinstance(message.id, str) and _is_reviewed(message)]

    def languages(self) -> list[str]:
        """The target languages that have a memory file."""
        if not self.directory.is_dir():
            return []
        return sorted(path.stem for path in self.directory.glob("*.po") if not path.name.startswith("."))

    @staticmethod
    def _drop_stale(loaded: _Loaded, text: str, source: str) -> None:
        """Older engines' unreviewed entries for the text are replaced, reviewed ones kept."""
        for message in loaded.by_text.get(text, ()):
            if _source_of(message) == source and not _is_reviewed(message):
                loaded.catalog.delete(message.id, context=message.context)

    # --- files ---------------------------------------------------------------------

    @contextlib.contextmanager
    def _locked(self, lang: str) -> t.Iterator[None]:
        """An exclusive lock on the memory folder across processes (POSIX; elsewhere none).

        ``briefing generate --jobs N`` runs articles in several processes; without the lock
        two of them could read a file, each add their entries and write, losing the other's.
        The folder itself is locked, so no lock file is left beside the catalogs.
        """
        try:
            import fcntl
        except ImportError:  # Windows: one process at a time is the user's to ensure
            yield
            return
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            descriptor = os.open(self.directory, os.O_RDONLY)
        except OSError as error:
            raise self._error(error, "cannot be written") from None
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX)
            yield
        finally:
            os.close(descriptor)  # closing releases the lock

    def _load(self, lang: str) -> _Loaded:
        """The catalog for lang, read again if the file changed (staff may edit it)."""
        path, stamp = self.path(lang), self._stamp(lang)
        loaded = self._loaded.get(lang)
        if loaded is None or loaded.stamp != stamp:
            loaded = _Loaded(self._read(path, lang) if stamp else self._new_catalog(lang), stamp)
            loaded.index()
            self._loaded[lang] = loaded
        return loaded

    def _stamp(self, lang: str) -> tuple[int, int] | None:
        try:
            stat = self.path(lang).stat()
        except FileNotFoundError:
            return None
        except OSError as error:  # e.g. BRIEFING_MEMORY_DIR names a file
            raise self._error(error, "cannot be read") from None
        return stat.st_mtime_ns, stat.st_size

    def _error(self, error: OSError, what: str) -> CatalogError:
        folder = self.directory
        if isinstance(error, (NotADirectoryError, FileExistsError)) or (
                folder.exists() and not folder.is_dir()):
            return CatalogError(f"{folder}: the translation memory folder is a file; point "
                                f"{MEMORY_DIR_ENV} at a folder")
        where = error.filename or folder
        return CatalogError(f"{where}: translation memory {what} ({error.strerror or error})")

    def _read(self, path: Path, lang: str) -> Catalog:
        try:
            check_quotes(path)  # before Babel, which would read the damage as text
            with path.open("rb") as file:
                return read_po(file, locale=_locale(lang), abort_invalid=True)
        except CatalogError:
            raise
        except OSError as error:
            raise self._error(error, "cannot be read") from None
        except Exception as error:  # babel raises several types for a broken file
            raise CatalogError(
                f"{path}: translation memory cannot be read ({error}); fix or delete it") from None

    @staticmethod
    def _new_catalog(lang: str) -> Catalog:
        return Catalog(locale=_locale(lang), project="briefing translation memory", fuzzy=False)

    def _write(self, lang: str, loaded: _Loaded) -> None:
        path = self.path(lang)
        loaded.catalog.header_comment = HEADER.format(lang=lang)
        loaded.catalog.fuzzy = False
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        except OSError as error:
            raise self._error(error, "cannot be written") from None
        try:
            with os.fdopen(handle, "wb") as file:
                write_po(file, loaded.catalog, width=0)
                file.flush()
                os.fsync(file.fileno())
            os.replace(temporary, path)
        except BaseException as error:
            Path(temporary).unlink(missing_ok=True)
            if isinstance(error, OSError):
                raise CatalogError(f"{path}: translation memory cannot be written "
                                   f"({error.strerror or error})") from None
            raise
        loaded.stamp = self._stamp(lang)
        loaded.index()


def _locale(lang: str) -> Locale | None:
    try:
        return Locale.parse(lang)
    except (UnknownLocaleError, ValueError, TypeError):
        return None
