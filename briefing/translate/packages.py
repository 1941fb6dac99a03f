"""Where translation models live, and how staff install, list and remove them.

Models are argostranslate ``.argosmodel`` files (a zip of one folder with
``metadata.json``, a CTranslate2 ``model/``, ``sentencepiece.model`` and ideally a
``minisbd/*.onnx`` sentence splitter). They are installed from a file only: briefing
never downloads anything, and the download functions of argostranslate are disabled
once it is loaded (see :func:`load_argos`).

Reading and validating packages needs only the standard library; argostranslate is
imported when a model is installed or used.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sys
import types
import typing as t
import zipfile
from collections import deque
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import click

from briefing.errors import ModelPackageError, TranslationUnavailable

MODELS_DIR_ENV = "BRIEFING_MODELS_DIR"
INSTALL_HINT = "briefing models install PATH.argosmodel"

# argostranslate reads these once, at import. MINISBD: the only offline sentence splitter;
# OPENNMT: local models (the other providers are web services).
_OFFLINE_ARGOS_ENV = {"ARGOS_CHUNK_TYPE": "MINISBD", "ARGOS_MODEL_PROVIDER": "OPENNMT"}


def default_models_dir() -> Path:
    """``$BRIEFING_MODELS_DIR``, else ``~/.local/share/briefing/models``."""
    configured = os.environ.get(MODELS_DIR_ENV)
    if configured:
        return Path(configured).expanduser()
    return Path.home() / ".local" / "share" / "briefing" / "models"


@dataclass(frozen=True)
class ModelPackage:
    """One translation package: a folder in the models dir, or a folder inside a zip."""

    name: str  # the folder name, e.g. "translate-en_ru-1_9"
    from_code: str
    to_code: str
    version: str
    has_splitter: bool  # ships minisbd/*.onnx, so sentence splitting works offline

    @property
    def pair(self) -> tuple[str, str]:
        return self.from_code, self.to_code

    def describe(self) -> str:
        splitter = "own sentence splitter" if self.has_splitter else "no sentence splitter"
        version = f" {self.version}" if self.version else ""
        return f"{self.name}{version}  {self.from_code} → {self.to_code}  ({splitter})"


# --- reading packages -------------------------------------------------------------


def _metadata(raw: bytes, where: str) -> dict[str, t.Any]:
    try:
        metadata = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ModelPackageError(f"{where}: metadata.json is not valid JSON ({error})") from None
    if not isinstance(metadata, dict):
        raise ModelPackageError(f"{where}: metadata.json must hold a JSON object")
    for key in ("from_code", "to_code"):
        if not isinstance(metadata.get(key), str) or not metadata[key]:
            raise ModelPackageError(f"{where}: metadata.json has no {key}")
    if metadata.get("type", "translate") != "translate":
        raise ModelPackageError(f"{where}: package type is {metadata['type']!r}, not 'translate'")
    return metadata


def _package(name: str, metadata: dict[str, t.Any], has_splitter: bool) -> ModelPackage:
    return ModelPackage(name, metadata["from_code"], metadata["to_code"],
                        str(metadata.get("package_version", "")), has_splitter)


def read_archive(path: Path) -> tuple[ModelPackage, list[str]]:
    """Validate an ``.argosmodel`` file; return its package and warnings for the user."""
    if not path.is_file():
        raise ModelPackageError(f"{path}: file not found")
    if not zipfile.is_zipfile(path):
        raise ModelPackageError(f"{path}: not a model package (not a zip archive)")
    with zipfile.ZipFile(path) as archive:
        names = [name for name in archive.namelist() if name.strip("/")]
        root = _single_root(names, path)
        members = {PurePosixPath(name).relative_to(root).as_posix().rstrip("/") for name in names}
        if "metadata.json" not in members:
            raise ModelPackageError(f"{path}: no {root}/metadata.json")
        metadata = _metadata(archive.read(f"{root}/metadata.json"), str(path))
    if "model/model.bin" not in members:
        raise ModelPackageError(f"{path}: no CTranslate2 model ({root}/model/model.bin)")
    if not {"sentencepiece.model", "bpe.model"} & members:
        raise ModelPackageError(f"{path}: no tokenizer ({root}/sentencepiece.model)")
    has_splitter = any(re.fullmatch(r"minisbd/[^/]+\.onnx", member) for member in members)
    warnings = [] if has_splitter else [
        f"{path.name} has no minisbd/*.onnx sentence splitter: briefing will split "
        "sentences at . ! ? instead (argostranslate would try to download one)."
    ]
    return _package(root, metadata, has_splitter), warnings


def _single_root(names: list[str], path: Path) -> str:
    """The one top-level folder every entry must sit in (it becomes the package folder)."""
    roots = {PurePosixPath(name).parts[0] for name in names}
    loose_file = any("/" not in name for name in names)  # folder entries end with "/"
    unsafe = any(name.startswith("/") or ".." in PurePosixPath(name).parts for name in names)
    if len(roots) != 1 or loose_file or unsafe:
        raise ModelPackageError(f"{path}: the zip must hold exactly one top-level folder")
    return roots.pop()


def installed(models_dir: Path) -> list[ModelPackage]:
    """The packages in models_dir, sorted by name."""
    if not models_dir.is_dir():
        return []
    packages = []
    for folder in sorted(p for p in models_dir.iterdir() if p.is_dir()):
        metadata_path = folder / "metadata.json"
        if not metadata_path.is_file():
            raise ModelPackageError(
                f"{folder}: not a model package (no metadata.json); delete that folder")
        metadata = _metadata(metadata_path.read_bytes(), str(folder))
        has_splitter = any((folder / "minisbd").glob("*.onnx"))
        packages.append(_package(folder.name, metadata, has_splitter))
    return packages


def reachable_pairs(packages: t.Iterable[ModelPackage]) -> dict[tuple[str, str], list[str]]:
    """Every pair the packages can translate, with its route of languages.

    ``{("en", "kk"): ["en", "ru", "kk"]}`` means en→kk works by pivoting through ru,
    which argostranslate does by itself.
    """
    graph: dict[str, set[str]] = {}
    for package in packages:
        graph.setdefault(package.from_code, set()).add(package.to_code)
    routes = {}
    for source in graph:
        for target, route in _shortest_routes(graph, source).items():
            routes[(source, target)] = route
    return dict(sorted(routes.items()))


def _shortest_routes(graph: dict[str, set[str]], source: str) -> dict[str, list[str]]:
    routes, queue = {source: [source]}, deque([source])
    while queue:
        language = queue.popleft()
        for target in sorted(graph.get(language, ())):
            if target not in routes:
                routes[target] = routes[language] + [target]
                queue.append(target)
    del routes[source]
    return routes


# --- argostranslate ---------------------------------------------------------------


def load_argos(models_dir: Path) -> types.ModuleType:
    """Import ``argostranslate.translate`` set up for offline use of models_dir.

    argostranslate reads its settings once, at import, so the environment is set first.
    If it was imported earlier (another folder, other settings), its settings module is
    pointed at models_dir at run time and models loaded from elsewhere are forgotten.
    """
    models_dir = models_dir.expanduser().absolute()
    models_dir.mkdir(parents=True, exist_ok=True)
    os.environ.update(_OFFLINE_ARGOS_ENV)
    os.environ["ARGOS_PACKAGES_DIR"] = str(models_dir)
    import argostranslate.package
    import argostranslate.settings as settings
    import argostranslate.translate

    _disable_downloads(argostranslate.package)
    settings.chunk_type = settings.ChunkType.MINISBD
    settings.model_provider = settings.ModelProvider.OPENNMT
    if settings.package_dirs != [models_dir]:
        settings.package_data_dir = models_dir
        settings.package_dirs = [models_dir]
        forget_loaded_models()
    return argostranslate.translate


def forget_loaded_models() -> None:
    """Drop argostranslate's caches of languages and loaded models (after install/remove).

    ``installed_translates`` is never cleared by argos itself: without this, a replaced
    package would keep translating with the old model until the process ends.
    """
    translate = sys.modules.get("argostranslate.translate")
    if translate is not None:
        translate.installed_translates.clear()
        translate.get_installed_languages.cache_clear()


def _offline(*args: t.Any, **kwargs: t.Any) -> t.NoReturn:
    raise TranslationUnavailable(
        f"briefing never downloads models; install one from a file: {INSTALL_HINT}")


def _disable_downloads(package: types.ModuleType) -> None:
    """Offline, the package index functions recurse ~1000 times and fail: refuse them."""
    for name in ("update_package_index", "get_available_packages",
                 "install_package_for_language_pair", "load_available_packages"):
        setattr(package, name, _offline)
    package.AvailablePackage.download = _offline
    package.Package.update = _offline


# --- install, remove ----------------------------------------------------------------


@dataclass(frozen=True)
class InstallResult:
    package: ModelPackage
    replaced: list[ModelPackage]
    warnings: list[str]


def install(archive: Path, models_dir: Path) -> InstallResult:
    """Validate archive, remove packages it replaces (same folder or pair), install it."""
    package, warnings = read_archive(archive)
    replaced = [p for p in installed(models_dir) if p.name == package.name or p.pair == package.pair]
    for old in replaced:
        shutil.rmtree(models_dir / old.name)
    load_argos(models_dir)
    import argostranslate.package

    try:
        argostranslate.package.install_from_path(archive)
    except Exception as error:  # argos raises bare Exception; keep its message
        raise ModelPackageError(f"{archive}: cannot be installed ({error})") from error
    finally:
        forget_loaded_models()
    return InstallResult(package, replaced, warnings)


_PAIR = re.compile(r"^\s*([a-z]{2,3})\s*(?:-|_|→|->|:)\s*([a-z]{2,3})\s*$", re.IGNORECASE)


def remove(name_or_pair: str, models_dir: Path) -> list[ModelPackage]:
    """Remove the package with that folder name, or every package for a pair like en-ru."""
    packages = installed(models_dir)
    chosen = [p for p in packages if p.name == name_or_pair]
    pair = _PAIR.match(name_or_pair)
    if not chosen and pair:
        wanted = (pair.group(1).lower(), pair.group(2).lower())
        chosen = [p for p in packages if p.pair == wanted]
    if not chosen:
        raise ModelPackageError(
            f"{models_dir}: no installed model named or translating {name_or_pair!r} "
            "(see: briefing models list)")
    for package in chosen:
        shutil.rmtree(models_dir / package.name)
    forget_loaded_models()
    return chosen


def missing_models_hint(pairs: t.Iterable[tuple[str, str]]) -> str:
    """One line for the CLI: which pairs had no model, and how to install one."""
    listed = ", ".join(f"{source}→{target}" for source, target in sorted(pairs))
    return (f"No translation model for {listed}: that text was kept in English and marked "
            f"untranslated. Install a model with: {INSTALL_HINT}")


# --- the ``briefing models`` commands -------------------------------------------------


def list_command(models_dir: Path | None) -> None:
    folder = models_dir or default_models_dir()
    packages = installed(folder)
    click.echo(f"Models folder: {folder}")
    if not packages:
        click.echo(f"No models installed. Install one with: {INSTALL_HINT}")
        return
    click.echo("Installed packages:")
    for package in packages:
        click.echo(f"  {package.describe()}")
    click.echo("Language pairs:")
    for (source, target), route in reachable_pairs(packages).items():
        via = "direct" if len(route) == 2 else "via " + ", ".join(route[1:-1])
        click.echo(f"  {source} → {target}  ({via})")


def install_command(archive: Path, models_dir: Path | None) -> None:
    folder = models_dir or default_models_dir()
    result = install(archive, folder)
    for warning in result.warnings:
        click.echo(f"Warning: {warning}", err=True)
    for old in result.replaced:
        click.echo(f"Replaced {old.name} {old.version}".rstrip())
    click.echo(f"Installed {result.package.describe()} in {folder}")


def remove_command(name_or_pair: str, models_dir: Path | None) -> None:
    folder = models_dir or default_models_dir()
    for package in remove(name_or_pair, folder):
        click.echo(f"Removed {package.describe()}")
