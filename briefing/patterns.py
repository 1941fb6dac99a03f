"""Regular expressions compiled once per installation instead of once per run.

Python's ``re`` module parses a pattern and generates its code in pure Python, and keeps the
result only for the life of the process. The extractor and the localizer hold about 800
patterns, and compiling them is a fifth of a one-article run (about 90 ms of 450 on a
2-core machine). Like Python's bytecode cache, :func:`keep_compiled_patterns` keeps each
pattern's compiled code in a file, in the cache folder where compiled templates and catalogs
are kept (``~/.cache/briefing/patterns``, or under ``BRIEFING_CACHE_DIR``), and the next
process hands that code straight to the regex engine. Deleting the file is always safe.

The compiled code belongs to one version of the engine: the file carries the interpreter's
cache tag and the engine's magic number, and anything that does not match, or cannot be
read, means compiling as usual. A pattern is looked up by its own text and flags, so an
edited pattern is simply compiled again; nothing can go stale. Only the command-line entry
point turns this on (the library compiles as Python always does).
"""

from __future__ import annotations

import _sre
import array
import atexit
import contextlib
import marshal
import os
import re
import sys
import time
import typing as t
from pathlib import Path

if sys.version_info >= (3, 11):
    from re import _compiler, _parser
else:
    import sre_compile as _compiler
    import sre_parse as _parser

# Past this many patterns (edits over months) the file starts again from what one run compiles.
MAXIMUM_ENTRIES = 5000
# The file is written again only when the patterns it lacked took longer than this to compile:
# a library that builds a pattern from a set (in a new order in every process) is not worth it.
WORTH_SAVING_SECONDS = 0.005

# One compiled pattern: its final flags, its code as machine words, and its groups.
_Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
_Key = tuple[str, int]


def _engine_stamp() -> tuple[str, int, int, str]:
    """What the compiled code depends on: a file written under another stamp is not read."""
    return sys.implementation.cache_tag or "", _sre.MAGIC, _sre.CODESIZE, sys.version


def _code_typecode() -> str:
    return next(code for code in "ILQ" if array.array(code).itemsize == _sre.CODESIZE)


class PatternCache:
    """Compiled code of patterns by (text, flags): read from a file, used, and saved when it grew."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.known: dict[_Key, _Entry] = self._read()
        self.added: dict[_Key, _Entry] = {}
        self.compiling_seconds = 0.0  # spent on patterns the file lacked
        self.typecode = _code_typecode()
        self.broken = False  # set when this Python's engine refuses the saved form: nothing is used or saved

    def _read(self) -> dict[_Key, _Entry]:
        try:
            with self.path.open("rb") as handle:
                stamp, entries = marshal.load(handle)
        except (OSError, EOFError, ValueError, TypeError):
            return {}
        if stamp != _engine_stamp() or not isinstance(entries, dict):
            return {}
        return entries

    def compile(self, pattern: t.Any, flags: int = 0) -> re.Pattern[t.Any]:
        """What ``re`` would compile; from the saved code when this pattern was compiled before."""
        if self.broken or not isinstance(pattern, str) or flags & _compiler.SRE_FLAG_DEBUG:
            return _ORIGINAL_COMPILE(pattern, flags)
        key = (pattern, int(flags))
        try:
            entry = self.known.get(key) or self.added.get(key)
            if entry is None:
                started = time.perf_counter()
                entry = self._compiled_entry(pattern, int(flags))
                self.compiling_seconds += time.perf_counter() - started
                self.added[key] = entry
            final_flags, code, groups, groupindex, indexgroup = entry
            words = array.array(self.typecode, code).tolist()
            return t.cast(re.Pattern[t.Any], _sre.compile(pattern, final_flags, words, groups, groupindex, indexgroup))
        except (AttributeError, TypeError, ValueError):
            # a Python whose engine internals differ from the ones this module knows: compile as usual from now on
            self.broken = True
            return _ORIGINAL_COMPILE(pattern, flags)

    def _compiled_entry(self, pattern: str, flags: int) -> _Entry:
        # What re._compiler.compile does, keeping the code it hands to the engine.
        parsed = _parser.parse(pattern, flags)
        code = t.cast(t.Any, _compiler)._code(parsed, flags)  # private, as _sre.compile: hence the engine stamp
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        return (int(flags | parsed.state.flags), array.array(self.typecode, code).tobytes(),
                parsed.state.groups - 1, groupindex, tuple(indexgroup))

    def save(self) -> None:
        """Write the file again if compiling what it lacked took a while (atomically; a folder
        that cannot be written is left alone: the cache only ever saves time)."""
        if self.broken or not self.added or self.compiling_seconds < WORTH_SAVING_SECONDS:
            return
        import tempfile

        entries = self.known if len(self.known) + len(self.added) <= MAXIMUM_ENTRIES else {}
        entries.update(self.added)
        with contextlib.suppress(OSError, ValueError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=self.path.name, suffix=".tmp")
            try:
                with os.fdopen(handle, "wb") as stream:
                    marshal.dump((_engine_stamp(), entries), stream)
                os.replace(temporary, self.path)
            except BaseException:
                os.unlink(temporary)
                raise
        self.known, self.added, self.compiling_seconds = entries, {}, 0.0


_ORIGINAL_COMPILE = _compiler.compile


def cache_file() -> Path:
    """The file in the cache folder the compiled templates and catalogs share (BRIEFING_CACHE_DIR, else
    ~/.cache/briefing), one per Python version."""
    from briefing.resources import cache_folder

    return Path(cache_folder("patterns")) / f"{sys.implementation.cache_tag}.bin"


def keep_compiled_patterns(path: Path | None = None) -> PatternCache:
    """From now on in this process, ``re`` compiles through a :class:`PatternCache` at ``path`` (default:
    :func:`cache_file`), saved when the process exits. For the command-line entry point only."""
    cache = PatternCache(path or cache_file())
    setattr(_compiler, "compile", cache.compile)  # noqa: B010 - typeshed types the original's narrower argument
    atexit.register(cache.save)
    return cache


def compile_as_usual() -> None:
    """Undo :func:`keep_compiled_patterns` (tests)."""
    setattr(_compiler, "compile", _ORIGINAL_COMPILE)  # noqa: B010
