"""Parsed tables kept between runs in the cache folder: an edited file or new code is parsed again."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing import resources
from briefing.termbase import Termbase

ROW = "type,en,ru,kk,mn,aliases,status,note\nplace,Riga,Рига,Рига,Рига,,ru=confirmed; kk=confirmed; mn=confirmed,CLDR 49\n"


@pytest.fixture(autouse=True)
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache" / "parsed"


def test_a_parsed_termbase_is_read_from_the_cache_until_the_file_changes(tmp_path: Path, cache: Path) -> None:
    path = tmp_path / "termbase.csv"
    path.write_text(ROW, encoding="utf-8")
    first = Termbase.load_kept(path)
    assert first.find("Riga").form("ru") == "Рига"
    [entry] = cache.glob("*.pickle")
    again = Termbase.load_kept(path)
    assert again is not first and again.find("Riga").form("ru") == "Рига"  # unpickled, not parsed
    path.write_text(ROW.replace("Рига,Рига,Рига", "Рига,Рига,Рийга"), encoding="utf-8")
    assert Termbase.load_kept(path).find("Riga").form("mn") == "Рийга"  # the edit is read
    assert len(list(cache.glob("*.pickle"))) == 2 and entry.exists()


def test_a_damaged_entry_is_parsed_again(tmp_path: Path, cache: Path) -> None:
    path = tmp_path / "termbase.csv"
    path.write_text(ROW, encoding="utf-8")
    Termbase.load_kept(path)
    [entry] = cache.glob("*.pickle")
    entry.write_bytes(b"not a pickle")
    assert Termbase.load_kept(path).find("Riga").form("kk") == "Рига"


def test_new_code_parses_again(tmp_path: Path, cache: Path) -> None:
    path, code = tmp_path / "table.csv", tmp_path / "parser.py"
    path.write_text("a\n", encoding="utf-8")
    code.write_text("# version 1\n", encoding="utf-8")
    calls: list[Path] = []

    def parse(file: Path) -> str:
        calls.append(file)
        return file.read_text(encoding="utf-8")

    resources.load_persisted("table", path, parse, [code])
    resources.load_persisted("table", path, parse, [code])
    assert len(calls) == 1
    code.write_text("# version 2, longer\n", encoding="utf-8")
    resources.load_persisted("table", path, parse, [code])
    assert len(calls) == 2
