"""Fixtures and helpers for the translation tests (imported by tests/test_translate_*.py).

Not a conftest.py, so it applies only where imported. argostranslate reads its settings
once, at import: ``argos_env`` points HOME, XDG_* and the model and memory folders into
a temporary directory before any test here can import it. The fixtures keep their state
in this module, so the packages are built once per session even when several test
modules import the fixtures.
"""

from __future__ import annotations

import re
import typing as t
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from argos_tiny import build_package, isolated_argos_env

_session: dict[str, t.Any] = {}


@pytest.fixture(scope="session")
def argos_env(tmp_path_factory: pytest.TempPathFactory) -> t.Iterator[dict[str, str]]:
    if "env" in _session:
        yield _session["env"]
        return
    env = isolated_argos_env(tmp_path_factory.mktemp("argos-env"))
    with pytest.MonkeyPatch.context() as patch:
        for key, value in env.items():
            patch.setenv(key, value)
        _session["env"] = env
        yield env


@pytest.fixture(scope="session")
def archives(argos_env: dict[str, str], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Tiny echo packages: en→ru and ru→kk (with sentence splitter), en→mn (without)."""
    if "archives" not in _session:
        out = tmp_path_factory.mktemp("argosmodels")
        _session["archives"] = {
            "en-ru": build_package(out, "en", "ru"),
            "ru-kk": build_package(out, "ru", "kk"),
            "en-mn-nosbd": build_package(out, "en", "mn", with_sbd=False),
        }
    return _session["archives"]


@pytest.fixture(scope="session")
def models_dir(archives: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A models folder with en→ru and ru→kk installed (so en→kk works through ru)."""
    if "models_dir" not in _session:
        from briefing.translate import packages

        folder = tmp_path_factory.mktemp("models")
        packages.install(archives["en-ru"], folder)
        packages.install(archives["ru-kk"], folder)
        _session["models_dir"] = folder
    return _session["models_dir"]


@dataclass
class Entry:
    """A termbase entry: the approved form of one name or term per language."""

    forms: dict[str, str] = field(default_factory=dict)

    def form(self, lang: str) -> str | None:
        return self.forms.get(lang)


class TinyTermbase:
    """The termbase protocol of briefing.translate.protect, for tests."""

    def __init__(self, entries: dict[str, Entry]) -> None:
        self.entries = entries

    def terms_in(self, text: str) -> list[tuple[int, int, Entry]]:
        found = []
        for term, entry in self.entries.items():
            for match in re.finditer(rf"\b{re.escape(term)}\b", text):
                found.append((match.start(), match.end(), entry))
        return found


TOKAYEV = Entry({"en": "Kassym-Jomart Tokayev", "ru": "Касым-Жомарт Токаев",
                 "kk": "Қасым-Жомарт Тоқаев"})
KHURELSUKH = Entry({"en": "Ukhnaagiin Khurelsukh", "ru": "Ухнаагийн Хурэлсух"})


def termbase() -> TinyTermbase:
    return TinyTermbase({"Kassym-Jomart Tokayev": TOKAYEV, "Tokayev": TOKAYEV,
                         "Ukhnaagiin Khurelsukh": KHURELSUKH})
