"""``briefing models install/list/remove`` with tiny packages, offline."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing.cli import cli
from briefing.errors import ModelPackageError
from briefing.translate.packages import ModelPackage, installed, read_archive, reachable_pairs
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


def damage_member(source: Path, target: Path, member: str) -> Path:
    """A copy of a package, stored uncompressed, with one byte of member changed (CRC error)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_STORED) as new:
        for item in old.infolist():
            new.writestr(item.filename, old.read(item))
    with zipfile.ZipFile(target) as zipped:
        [info] = [i for i in zipped.infolist() if i.filename.endswith("/" + member)]
    data = bytearray(target.read_bytes())
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[start + info.file_size // 2] ^= 0xFF
    target.write_bytes(bytes(data))
    return target


def replace_member(source: Path, target: Path, member: str, data: bytes) -> Path:
    """A copy of a package with one file's content replaced (a valid zip, a broken file)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for item in old.infolist():
            new.writestr(item.filename, data if item.filename.endswith("/" + member) else old.read(item))
    return target


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("case, message", [
    ("crc-model", "translate-en_ru-tiny/model/model.bin is damaged (CRC error)"),
    ("crc-metadata", "translate-en_ru-tiny/metadata.json is damaged (CRC error)"),
    ("garbage-model", "translate-en_ru-tiny/model cannot be loaded by CTranslate2"),
    ("garbage-tokenizer", "translate-en_ru-tiny/sentencepiece.model is not a SentencePiece model"),
    ("garbage-splitter", "translate-en_ru-tiny/minisbd/tiny_sbd.onnx is not a MiniSBD sentence splitter"),
])
def test_broken_package_does_not_touch_the_installed_one(archives: dict[str, Path], tmp_path: Path,
                                                         case: str, message: str) -> None:
    folder = tmp_path / "models"
    assert models(folder, "install", str(archives["en-ru"])).exit_code == 0
    before = snapshot(folder)
    bad = tmp_path / f"{case}.argosmodel"
    if case.startswith("crc-"):
        damage_member(archives["en-ru"], bad, "metadata.json" if case == "crc-metadata" else "model.bin")
    else:
        member = {"garbage-model": "model.bin", "garbage-tokenizer": "sentencepiece.model",
                  "garbage-splitter": "tiny_sbd.onnx"}[case]
        replace_member(archives["en-ru"], bad, member, b"garbage" * 100)
    result = models(folder, "install", str(bad))
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {bad}: {message}")
    assert result.output.count("\n") == 1 and "Traceback" not in result.output
    assert snapshot(folder) == before  # no temporary folder left, the old package intact
    assert "translate-en_ru-tiny 1.0  en → ru" in models(folder, "list").output
    from briefing.translate.argos import ArgosTranslator

    assert ArgosTranslator(folder).translate_batch(["Hello."], "en", "ru")[0].status == "machine"


def test_new_version_replaces_the_old_one_only_when_installed(archives: dict[str, Path],
                                                              tmp_path: Path) -> None:
    from argos_tiny import build_package

    folder = tmp_path / "models"
    models(folder, "install", str(archives["en-ru"]))
    newer = build_package(tmp_path / "built", "en", "ru", name="translate-en_ru-2_0", version="2.0")
    result = models(folder, "install", str(newer))
    assert result.exit_code == 0, result.output
    assert "Replaced translate-en_ru-tiny 1.0" in result.output
    assert [p.name for p in folder.iterdir()] == ["translate-en_ru-2_0"]  # no hidden leftovers


def test_folder_of_the_same_name_that_is_not_a_package_is_replaced(archives: dict[str, Path],
                                                                   tmp_path: Path) -> None:
    folder = tmp_path / "models"
    (folder / "translate-en_ru-tiny" / "model").mkdir(parents=True)  # a half-written copy
    result = models(folder, "install", str(archives["en-ru"]))
    assert result.exit_code == 0, result.output
    assert [p.name for p in folder.iterdir()] == ["translate-en_ru-tiny"]
    assert (folder / "translate-en_ru-tiny" / "metadata.json").is_file()


def test_stray_folders_are_skipped(archives: dict[str, Path], tmp_path: Path,
                                   caplog: pytest.LogCaptureFixture) -> None:
    folder = tmp_path / "models"
    models(folder, "install", str(archives["en-ru"]))
    for stray in (".cache", ".briefing-install-abc", "notes"):
        (folder / stray).mkdir()
    assert [p.name for p in installed(folder)] == ["translate-en_ru-tiny"]
    warnings = [r.getMessage() for r in caplog.records if r.name == "briefing.translate.packages"]
    assert warnings == [f"{folder / 'notes'}: not a model package (no metadata.json), "
                        "skipped; delete that folder"]
    listing = models(folder, "list")
    assert listing.exit_code == 0 and "translate-en_ru-tiny 1.0" in listing.output


def test_listing_a_missing_models_dir_does_not_create_it(tmp_path: Path) -> None:
    assert "No models installed" in models(tmp_path / "models", "list").output
    assert installed(tmp_path / "models") == [] and not (tmp_path / "models").exists()


@pytest.mark.parametrize("case, message", [
    ("not-zip", "not a zip archive"),
    ("two-roots", "exactly one top-level folder"),
    ("no-metadata", "no translate-en_ru-tiny/metadata.json"),
    ("bad-metadata", "metadata.json has no to_code"),
    ("no-model", "no CTranslate2 model"),
    ("no-tokenizer", "no tokenizer"),
    ("missing", "file not found"),
    ("hidden-root", "must not start with '.'"),
    ("crc-metadata", "translate-en_ru-tiny/metadata.json is damaged"),
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
    elif case == "hidden-root":
        rezip(good, bad, rename_root=".hidden")
    elif case == "crc-metadata":
        damage_member(good, bad, "metadata.json")
    with pytest.raises(ModelPackageError, match=message) as error:
        read_archive(bad)
    assert str(bad) in str(error.value.message)
    result = models(tmp_path / "models", "install", str(bad))
    assert result.exit_code == 1 and bad.name in result.output
    assert result.output.count("\n") == 1 and "Traceback" not in result.output  # one line
    assert not (tmp_path / "models").exists() or not any((tmp_path / "models").iterdir())


def test_pairs_include_multi_step_pivots() -> None:
    packages = [ModelPackage("a", "en", "ru", "1", True), ModelPackage("b", "ru", "kk", "1", True),
                ModelPackage("c", "kk", "mn", "1", True), ModelPackage("d", "ru", "en", "1", True)]
    pairs = reachable_pairs(packages)
    assert pairs[("en", "mn")] == ["en", "ru", "kk", "mn"]
    assert pairs[("ru", "en")] == ["ru", "en"]
    assert ("mn", "en") not in pairs and ("en", "en") not in pairs
