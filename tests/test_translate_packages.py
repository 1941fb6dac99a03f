"""``briefing models install/list/remove`` with tiny packages, offline."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing.cli import cli
from briefing.errors import ModelPackageError
from briefing.translate.packages import ModelPackage, read_archive, reachable_pairs
from conftest_argos import archives, argos_env  # noqa: F401 (fixtures)

pytestmark = pytest.mark.usefixtures("argos_env")


def models(folder: Path, *args: str):
    return CliRunner().invoke(cli, ["models", "--models-dir", str(folder), *args])


def test_install_list_remove(archives: dict[str, Path], tmp_path: Path) -> None:
    folder = tmp_path / "models"
    assert "No models installed" in models(folder, "list").output
    for name in ("en-ru", "ru-kk"):
        result = models(folder, "install", str(archives[name]))
        assert result.exit_code == 0, result.output
        assert "Installed translate-" in result.output
    listing = models(folder, "list").output
    assert f"Models folder: {folder}" in listing
    assert "translate-en_ru-tiny 1.0  en → ru  (own sentence splitter)" in listing
    assert "en → kk  (via ru)" in listing and "ru → kk  (direct)" in listing

    assert "Removed translate-en_ru-tiny" in models(folder, "remove", "en-ru").output
    assert "Removed translate-ru_kk-tiny" in models(folder, "remove", "translate-ru_kk-tiny").output
    assert sorted(p.name for p in folder.iterdir()) == []


def test_models_dir_from_environment(archives: dict[str, Path], tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["models", "install", str(archives["en-ru"])],
                                env={"BRIEFING_MODELS_DIR": str(tmp_path)})
    assert result.exit_code == 0, result.output
    assert (tmp_path / "translate-en_ru-tiny" / "metadata.json").is_file()


def test_package_without_splitter_installs_with_a_warning(archives: dict[str, Path],
                                                          tmp_path: Path) -> None:
    result = models(tmp_path, "install", str(archives["en-mn-nosbd"]))
    assert result.exit_code == 0
    assert "has no minisbd/*.onnx sentence splitter" in result.output


def test_removing_an_unknown_model_fails_clearly(tmp_path: Path) -> None:
    result = models(tmp_path, "remove", "en-xx")
    assert result.exit_code == 1
    assert "no installed model named or translating 'en-xx'" in result.output


def rezip(source: Path, target: Path, drop: str = "", rename_root: str = "",
          extra: dict[str, bytes] | None = None) -> Path:
    """A copy of a package with one entry dropped, the root renamed or entries added."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for item in old.infolist():
            if drop and item.filename.endswith(drop):
                continue
            name = item.filename
            if rename_root:
                name = rename_root + name[name.index("/"):]
            new.writestr(name, old.read(item))
        for name, data in (extra or {}).items():
            new.writestr(name, data)
    return target


@pytest.mark.parametrize("case, message", [
    ("not-zip", "not a zip archive"),
    ("two-roots", "exactly one top-level folder"),
    ("no-metadata", "no translate-en_ru-tiny/metadata.json"),
    ("bad-metadata", "metadata.json has no to_code"),
    ("no-model", "no CTranslate2 model"),
    ("no-tokenizer", "no tokenizer"),
    ("missing", "file not found"),
])
def test_invalid_packages_are_refused_naming_the_file(archives: dict[str, Path], tmp_path: Path,
                                                      case: str, message: str) -> None:
    good, bad = archives["en-ru"], tmp_path / f"{case}.argosmodel"
    if case == "not-zip":
        bad.write_text("hello")
    elif case == "two-roots":
        rezip(good, bad, extra={"other/readme.txt": b"x"})
    elif case == "no-metadata":
        rezip(good, bad, drop="metadata.json")
    elif case == "bad-metadata":
        rezip(good, bad, drop="metadata.json",
              extra={"translate-en_ru-tiny/metadata.json": json.dumps({"from_code": "en"}).encode()})
    elif case == "no-model":
        rezip(good, bad, drop="model.bin")
    elif case == "no-tokenizer":
        rezip(good, bad, drop="sentencepiece.model")
    with pytest.raises(ModelPackageError, match=message) as error:
        read_archive(bad)
    assert str(bad) in str(error.value.message)
    result = models(tmp_path / "models", "install", str(bad))
    assert result.exit_code == 1 and bad.name in result.output
    assert not (tmp_path / "models").exists() or not any((tmp_path / "models").iterdir())


def test_pairs_include_multi_step_pivots() -> None:
    packages = [ModelPackage("a", "en", "ru", "1", True), ModelPackage("b", "ru", "kk", "1", True),
                ModelPackage("c", "kk", "mn", "1", True), ModelPackage("d", "ru", "en", "1", True)]
    pairs = reachable_pairs(packages)
    assert pairs[("en", "mn")] == ["en", "ru", "kk", "mn"]
    assert pairs[("ru", "en")] == ["ru", "en"]
    assert ("mn", "en") not in pairs and ("en", "en") not in pairs
