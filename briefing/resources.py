"""Where the shipped templates, catalogs, termbase and reference document live.

In a wheel they sit inside the package (``briefing/templates``, ``briefing/locales``);
in a source checkout they are the top-level ``templates/`` and ``locales/`` folders that
staff edit. Command-line options or environment variables can point at a staff copy.
"""

from __future__ import annotations

import contextlib
import csv
import functools
import hashlib
import io
import os
import pickle
import sys
import typing as t
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


@functools.cache  # where the package's own folders are does not change while it runs
def _shipped(name: str) -> Path:
    inside = PACKAGE_DIR / name
    if inside.is_dir():
        return inside
    return PACKAGE_DIR.parent / name


def default_templates_dir() -> Path:
    return _shipped("templates")


def default_locales_dir() -> Path:
    return _shipped("locales")


def default_reference_docx() -> Path:
    return PACKAGE_DIR / "resources" / "reference.docx"


def termbase_in(locales_dir: Path) -> Path:
    return locales_dir / "termbase.csv"


def cache_folder(kind: str) -> str:
    """Where compiled ``kind`` ("templates", "catalogs", "patterns") are kept between runs: BRIEFING_CACHE_DIR
    (templates in it, anything else in a subfolder), else the user's cache folder. Deleting it is always safe."""
    chosen = os.environ.get("BRIEFING_CACHE_DIR")
    if chosen:
        return chosen if kind == "templates" else os.path.join(chosen, kind)
    return os.path.join(os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"),
                        "briefing", kind)


# -- files read once per version ---------------------------------------------------------

_T = t.TypeVar("_T")
_LOADED: dict[tuple[str, Path], tuple[tuple[int, int, int], t.Any]] = {}


def file_stamp(path: Path) -> tuple[int, int, int] | None:
    """What changes when a file is edited or replaced: modification time, size and inode."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_mtime_ns, stat.st_size, stat.st_ino


def load_cached(kind: str, path: Path, load: t.Callable[[Path], _T]) -> _T:
    """``load(path)``, read once per version of the file in this process.

    Staff edit catalogs, the termbase and tables between runs, and a batch or a test may
    edit them within one process: a new modification time, size or inode reads the file
    again. Only the newest version of each file is kept. A missing file is not cached
    (``load`` decides whether that is an error). The loaded value is shared, so callers
    must not change it.
    """
    stamp = file_stamp(path)
    if stamp is None:
        return load(path)
    key = (kind, path)
    cached = _LOADED.get(key)
    if cached is not None and cached[0] == stamp:
        return t.cast(_T, cached[1])
    value = load(path)
    _LOADED[key] = (stamp, value)
    return value


def load_persisted(kind: str, path: Path, load: t.Callable[[Path], _T], code: t.Sequence[Path]) -> _T:
    """``load(path)``, kept parsed in the cache folder between runs, like the compiled catalogs.

    The entry is keyed by the file's path and version (modification time, size, inode) and by the
    version of the ``code`` that parses it and defines what it returns, so an edited file or a new
    version of briefing is parsed again. Reading the entry is about a tenth of parsing the CSV; an
    entry that cannot be read or written is only time lost, never an error.
    """
    stamps = [file_stamp(path), *(file_stamp(module) for module in code)]
    if None in stamps:
        return load(path)
    entry = cache_entry("parsed", (kind, str(path.resolve()), stamps, sys.version_info[:2]))
    with contextlib.suppress(Exception):  # absent, damaged or from other code: parse the file again
        return t.cast(_T, read_entry(entry))
    value = load(path)
    write_entry(entry, value)
    return value


def cache_entry(kind: str, key: object) -> str:
    """The file in the cache folder of ``kind`` that holds what ``key`` (its repr) names."""
    return os.path.join(cache_folder(kind), hashlib.sha256(repr(key).encode("utf-8")).hexdigest() + ".pickle")


def read_entry(entry: str) -> t.Any:
    """The value kept in ``entry``; raises when it is absent or cannot be read."""
    with open(entry, "rb") as stored:
        return pickle.load(stored)


def write_entry(entry: str, value: t.Any) -> None:
    """Keep ``value`` in ``entry``, whole or not at all (also with a parallel batch); a cache that cannot be
    written is only time lost."""
    with contextlib.suppress(OSError, pickle.PicklingError, TypeError, AttributeError):
        data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        os.makedirs(os.path.dirname(entry), exist_ok=True)
        temporary = f"{entry}.{os.getpid()}.tmp"
        with open(temporary, "wb") as stored:
            stored.write(data)
        os.replace(temporary, entry)


# -- CSV files staff edit ---------------------------------------------------------------


class CsvRows:
    """``csv.reader`` over ``text`` whose errors (a cell over the field limit, a NUL) are one
    :class:`~briefing.errors.TermbaseError` line naming ``source`` and the line."""

    def __init__(self, text: str, source: str, **options: t.Any) -> None:
        self._reader = csv.reader(io.StringIO(text, newline=""), **options)
        self.source = source

    @property
    def line_num(self) -> int:
        return self._reader.line_num

    def __iter__(self) -> CsvRows:
        return self

    def __next__(self) -> list[str]:
        try:
            return next(self._reader)
        except csv.Error as exc:
            from briefing.errors import TermbaseError

            line = max(self._reader.line_num, 1)
            reason = str(exc)
            if "field larger than field limit" in reason:
                reason = f"a cell is over the limit of {csv.field_size_limit():,} characters"
            raise TermbaseError(f"{self.source}:{line}: {reason}; fix the row and run again.") from None
