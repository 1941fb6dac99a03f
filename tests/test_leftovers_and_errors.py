"""Leftovers of killed runs are cleaned; every failure is one line, click's usage errors included."""

from __future__ import annotations

import os
import time
from pathlib import Path

from click.testing import CliRunner

from briefing.cli import cli
from briefing.translate.packages import REPLACED_PREFIX, STAGING_PREFIX, clean_stale
from briefing.write import clean_stale_temporaries

OLD = time.time() - 3600


def aged(path: Path) -> Path:
    os.utime(path, (OLD, OLD))
    return path


def test_stale_install_folders_are_removed_and_a_package_moved_aside_is_restored(tmp_path: Path) -> None:
    staging = tmp_path / f"{STAGING_PREFIX}abc"
    (staging / "translate-en_ru").mkdir(parents=True)
    aged(staging)
    aside = tmp_path / f"{REPLACED_PREFIX}def"
    (aside / "translate-en_kk").mkdir(parents=True)
    (aside / "translate-en_kk" / "metadata.json").write_text("{}")
    aged(aside)
    replaced = tmp_path / f"{REPLACED_PREFIX}ghi"
    (replaced / "translate-en_mn").mkdir(parents=True)
    (tmp_path / "translate-en_mn").mkdir()  # its replacement is in place
    aged(replaced)
    fresh = tmp_path / f"{STAGING_PREFIX}live"  # another install still running
    fresh.mkdir()
    clean_stale(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"{STAGING_PREFIX}live", "translate-en_kk",
                                                          "translate-en_mn"]
    assert (tmp_path / "translate-en_kk" / "metadata.json").is_file()


def test_models_list_cleans_leftovers(tmp_path: Path) -> None:
    for index in range(61):
        aged(Path(tmp_path / f"{STAGING_PREFIX}{index}").mkdir() or tmp_path / f"{STAGING_PREFIX}{index}")
    result = CliRunner().invoke(cli, ["models", "--models-dir", str(tmp_path), "list"])
    assert result.exit_code == 0 and list(tmp_path.iterdir()) == []


def test_stale_hidden_temporary_files_are_removed(tmp_path: Path) -> None:
    stale = tmp_path / ".2025-09-04_x_1a2b3c4d.ru.abcd_123.tmp"
    stale.write_bytes(b"x")
    aged(stale)
    fresh = tmp_path / ".2025-09-04_x_1a2b3c4d.kk.zzzz_999.tmp"
    fresh.write_bytes(b"x")
    mine = tmp_path / ".notes.tmp"
    mine.write_bytes(b"x")
    aged(mine)
    clean_stale_temporaries(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == [".2025-09-04_x_1a2b3c4d.kk.zzzz_999.tmp", ".notes.tmp"]


def test_a_folder_given_as_the_article_is_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["extract", str(tmp_path)])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "is a directory" in result.stderr and str(tmp_path) in result.stderr


def test_usage_errors_are_one_line(tmp_path: Path) -> None:
    for args in (["generate", "--lang", "xx-!!", "a.txt"], ["nosuch"], ["render"], ["eval", str(tmp_path / "no")]):
        result = CliRunner().invoke(cli, args)
        assert result.exit_code == 2, args
        assert result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1, result.stderr


def test_help_and_version_still_work() -> None:
    assert CliRunner().invoke(cli, ["--version"]).exit_code == 0
    result = CliRunner().invoke(cli, ["generate", "--help"])
    assert result.exit_code == 0 and "--allow-empty" in result.output
