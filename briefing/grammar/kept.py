"""Russian forms kept between runs, so that a run whose phrases were all declined before never loads pymorphy3.

Loading pymorphy3 and its Russian dictionary is about 60 ms of a one-article run, a fifth of it, and the
department runs the same names, titles and institutions every morning. Every Russian form the grammar makes
is a function of its arguments, of the grammar's code and of the dictionary: :func:`kept` keeps each result
by function and arguments in one file in the cache folder (``~/.cache/briefing/forms``, or under
``BRIEFING_CACHE_DIR``), stamped with the versions of that code and that dictionary, and the next process
reads it back. A file written under another stamp is not read; deleting it is always safe.

Like the compiled patterns (:mod:`briefing.patterns`), only the command-line entry point turns this on
(:func:`keep_russian_forms`); a library call computes every form as usual.
"""

from __future__ import annotations

import atexit
import functools
import importlib.util
import typing as t
from pathlib import Path

from briefing import resources

# Past this many forms (months of articles) the file starts again from what one run made.
MAXIMUM_ENTRIES = 20000

_F = t.TypeVar("_F", bound=t.Callable[..., t.Any])
_Key = tuple[str, tuple[t.Any, ...], tuple[tuple[str, t.Any], ...]]


def _code_stamp() -> tuple[t.Any, ...]:
    """What the kept forms depend on: the grammar's files and the installed pymorphy3 and dictionary."""
    here = Path(__file__).parent
    files = [here / "ru.py", here / "ru_agreement.py", here / "ru_names.json", here.parent / "compose.py",
             here.parent / "names" / "english.py",  # the English women's names the gender guess reads
             here.parent / "names" / "_text.py"]  # and the Turkic patronymic words it never declines
    for package in ("pymorphy3", "pymorphy3_dicts_ru"):
        spec = importlib.util.find_spec(package)  # locates the package without importing it
        files.append(Path(spec.origin) if spec is not None and spec.origin else Path(package))
    return tuple(resources.file_stamp(path) for path in files)


class FormStore:
    """Forms by (function, arguments): read from a file, used, and saved when a run made new ones."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.stamp = _code_stamp()
        self.known: dict[_Key, t.Any] = self._read()
        self.added: dict[_Key, t.Any] = {}

    def _read(self) -> dict[_Key, t.Any]:
        try:
            stamp, entries = resources.read_entry(str(self.path))
        except Exception:  # noqa: BLE001 - absent, damaged or from another version: make the forms again
            return {}
        return entries if stamp == self.stamp and isinstance(entries, dict) else {}

    def get(self, key: _Key, make: t.Callable[[], t.Any]) -> t.Any:
        if key in self.known:
            return self.known[key]
        if key not in self.added:
            self.added[key] = _plain(make())
        return self.added[key]

    def save(self) -> None:
        """Write the file again when this run made forms it lacked (whole or not at all)."""
        if not self.added:
            return
        entries = self.known if len(self.known) + len(self.added) <= MAXIMUM_ENTRIES else {}
        entries.update(self.added)
        resources.write_entry(str(self.path), (self.stamp, entries))
        self.known, self.added = entries, {}


def _plain(value: t.Any) -> t.Any:
    """Strings as ``str`` (pymorphy3 returns its own string types, which cannot be kept in a file)."""
    if isinstance(value, str):
        return str(value)
    if isinstance(value, (set, frozenset, tuple, list)):
        return type(value)(_plain(item) for item in value)
    return value


_STORE: list[FormStore] = []  # the store :func:`keep_russian_forms` turned on, if any


def kept(function: _F) -> _F:
    """``function`` (pure: its result depends on its arguments only), its results kept in the store when
    one is on."""
    name = f"{function.__module__}.{function.__qualname__}"

    @functools.wraps(function)
    def keeping(*args: t.Any, **keywords: t.Any) -> t.Any:
        if not _STORE:
            return function(*args, **keywords)
        key = (name, args, tuple(sorted(keywords.items())))
        return _STORE[0].get(key, lambda: function(*args, **keywords))

    return t.cast(_F, keeping)


def store_file() -> Path:
    return Path(resources.cache_folder("forms")) / "ru.pickle"


def keep_russian_forms(path: Path | None = None) -> FormStore:
    """From now on in this process, Russian forms come from a :class:`FormStore` at ``path`` (default:
    :func:`store_file`), saved when the process exits. For the command-line entry point only."""
    store = FormStore(path or store_file())
    _STORE[:] = [store]
    atexit.register(store.save)
    return store


def forms_kept() -> bool:
    """Whether :func:`keep_russian_forms` is on: a run may then never need the dictionary."""
    return bool(_STORE)


def compute_as_usual() -> None:
    """Undo :func:`keep_russian_forms` (tests)."""
    _STORE.clear()
