"""Compiled patterns kept between runs behave exactly as the patterns ``re`` compiles."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import uuid
from pathlib import Path
from types import SimpleNamespace

import pytest

from briefing import patterns
from briefing.patterns import PatternCache

REPO = Path(__file__).resolve().parents[1]

SAMPLES = [
    (r"(?<![\w-])(?:Kazakhstan|Mongolia)(?:'s|’s)?(?!\w)", 0),
    (r"(?P<day>\d{1,2}) (?P<month>[A-Z][a-z]+)(?: (?P<year>\d{4}))?", 0),
    (r"\b(memorand(?:um|a)|agreements?)\b\s+on\s+(\w+)", re.IGNORECASE),
    (r"(?i)mazhilis|сенат|Мәжіліс", 0),  # inline flags change the pattern's own flags
    (r"""(\w+) \s+ \1  # a doubled word""", re.VERBOSE),
    (r"^[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][^.!?]*[.!?]$", re.MULTILINE),
    (r"[«“\"](?P<quote>[^»”\"]+)[»”\"]", 0),
]
TEXT = ("On 4 September 2025 the Mazhilis of Kazakhstan's parliament met Mongolia’s delegation.\n"
        "Memoranda on trade were signed. «Мәжіліс» and the the Сенат agreed.\nAgreement on water")


@pytest.fixture(autouse=True)
def saving(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every new pattern is worth saving here."""
    monkeypatch.setattr(patterns, "WORTH_SAVING_SECONDS", 0.0)


def behaviour(pattern: re.Pattern[str]) -> tuple[object, ...]:
    return (pattern.pattern, pattern.flags, pattern.groups, dict(pattern.groupindex),
            [match.span() for match in pattern.finditer(TEXT)], pattern.sub("<\\g<0>>", TEXT),
            [match.groups() for match in pattern.finditer(TEXT)])


def test_patterns_from_the_saved_code_match_as_re_compiles_them(tmp_path: Path) -> None:
    path = tmp_path / "patterns.bin"
    first = PatternCache(path)
    compiled = [first.compile(text, flags) for text, flags in SAMPLES]
    assert len(first.added) == len(SAMPLES)
    first.save()
    second = PatternCache(path)
    reloaded = [second.compile(text, flags) for text, flags in SAMPLES]
    assert not second.added  # every one came from the file
    for (text, flags), made, read in zip(SAMPLES, compiled, reloaded, strict=True):
        expected = behaviour(re.compile(text, flags))
        assert behaviour(made) == expected
        assert behaviour(read) == expected


def test_nothing_is_written_when_no_pattern_was_new_or_worth_the_write(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "patterns.bin"
    cache = PatternCache(path)
    cache.compile(r"\bsummit\b")
    monkeypatch.setattr(patterns, "WORTH_SAVING_SECONDS", 60.0)  # one quick pattern is not worth a write
    cache.save()
    assert not path.exists()
    monkeypatch.setattr(patterns, "WORTH_SAVING_SECONDS", 0.0)
    cache.save()
    written = path.stat().st_mtime_ns
    again = PatternCache(path)
    again.compile(r"\bsummit\b")
    again.save()
    assert path.stat().st_mtime_ns == written


def test_a_damaged_file_or_one_from_another_python_is_compiled_over(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "patterns.bin"
    path.write_bytes(b"\x00not marshal data")
    cache = PatternCache(path)
    assert behaviour(cache.compile(*SAMPLES[1])) == behaviour(re.compile(*SAMPLES[1]))
    cache.save()
    assert PatternCache(path).known  # replaced by a good file

    monkeypatch.setattr(patterns, "_engine_stamp", lambda: ("another-python", 0, 4, "9.9"))
    assert not PatternCache(path).known


def test_a_file_that_grew_too_large_starts_again_from_one_run(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(patterns, "MAXIMUM_ENTRIES", 3)
    path = tmp_path / "patterns.bin"
    first = PatternCache(path)
    for text, flags in SAMPLES[:3]:
        first.compile(text, flags)
    first.save()
    second = PatternCache(path)
    second.compile(*SAMPLES[3])
    second.save()
    assert set(PatternCache(path).known) == {(SAMPLES[3][0], SAMPLES[3][1])}


def test_re_compiles_through_the_cache_until_it_is_turned_off(tmp_path: Path) -> None:
    path = tmp_path / "patterns.bin"
    unique = rf"\bvisit-{uuid.uuid4().hex}\b"  # not in re's own cache of this process
    cache = patterns.keep_compiled_patterns(path)
    try:
        assert re.search(unique, f"a visit-{unique[8:-2]} here")
        assert (unique, 0) in cache.added
    finally:
        patterns.compile_as_usual()
    cache.save()
    assert (unique, 0) in PatternCache(path).known
    other = rf"\bforum-{uuid.uuid4().hex}\b"
    re.compile(other)
    assert (other, 0) not in cache.added


PATTERNS_BUILT_FROM_SETS = """
import hashlib
from briefing.extract import event
from briefing.extract.lexicon import country_regex
from briefing.resources import default_locales_dir, termbase_in
from briefing.termbase import Termbase, _names_pattern

termbase = Termbase.load(termbase_in(default_locales_dir()))
built = [country_regex().pattern, event._CITY_HOSTED.pattern, _names_pattern(termbase.entries).pattern]
print(hashlib.sha256("\\n".join(built).encode()).hexdigest())
"""


def test_patterns_built_from_sets_are_the_same_in_every_process() -> None:
    # A set's order changes with the hash seed of each process; a pattern that followed it
    # would never be found in the file again, and the file would grow with every run.
    def built_with(seed: str) -> str:
        environment = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(REPO)}
        return subprocess.run([sys.executable, "-c", PATTERNS_BUILT_FROM_SETS], env=environment, check=True,
                              capture_output=True, text=True).stdout

    assert built_with("1") == built_with("2")


def test_an_engine_that_refuses_the_saved_form_compiles_as_usual_and_saves_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "patterns.bin"
    cache = PatternCache(path)

    def refuses(*_arguments: object) -> None:
        raise TypeError("compile() takes other arguments in this Python")

    engine = patterns._sre
    monkeypatch.setattr(patterns, "_sre", SimpleNamespace(compile=refuses, MAGIC=engine.MAGIC, CODESIZE=engine.CODESIZE))
    assert behaviour(cache.compile(*SAMPLES[1])) == behaviour(re.compile(*SAMPLES[1]))
    assert cache.broken
    cache.save()
    assert not path.exists()


def test_the_file_lives_in_the_cache_folder_of_templates_and_catalogs(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))
    assert patterns.cache_file().parent == tmp_path / "cache" / "patterns"
