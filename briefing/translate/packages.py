"""Where translation models live, and how staff install, list and remove them.

Models are argostranslate ``.argosmodel`` files (a zip of one folder with
``metadata.json``, a CTranslate2 ``model/``, ``sentencepiece.model`` and ideally a
``minisbd/*.onnx`` sentence splitter). They are installed from a file only: briefing
never downloads anything, and the download functions of argostranslate are disabled
once it is loaded (see :func:`load_argos`).

Installing never touches the installed package until the new one is known to work: the
archive is checked (CRC of every member), extracted into a hidden temporary folder in
the models dir, loaded (metadata, SentencePiece, CTranslate2, sentence splitter) and only
then renamed into place, replacing the old package.

Files outside the models and memory folders: argostranslate creates config, data and
cache folders when imported, and onnxruntime (imported by argos's sentence splitter)
writes a device id under ``$XDG_CACHE_HOME/Microsoft``. Briefing points both at a
temporary folder for the import (see :func:`_argos_scratch_env`), removed when the
process ends, so nothing is left in the user's home. What remains: briefing's own models
and memory folders; that temporary folder if the process is killed (SIGKILL); argos's
usual folders if something imported argostranslate before briefing did. The price:
argostranslate's own ``~/.config/argos-translate/settings.json`` is not read; its
``ARGOS_*`` environment variables (``ARGOS_DEVICE_TYPE``, ``ARGOS_INTER_THREADS``…) still are.

Reading and validating package metadata needs only the standard library; the model
libraries are imported when a model is installed or used.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import logging
import os
import re
import shutil
import sys
import tempfile
import types
import typing as t
import zipfile
import zlib
from collections import deque
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import click

from briefing.errors import ModelPackageError, TranslationUnavailable

log = logging.getLogger(__name__)

MODELS_DIR_ENV = "BRIEFING_MODELS_DIR"
INSTALL_HINT = "briefing models install PATH.argosmodel"
# Folders briefing itself makes in the models dir while installing; hidden, so never listed.
STAGING_PREFIX = ".briefing-install-"
REPLACED_PREFIX = ".briefing-replaced-"

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


# A language code as argostranslate and BCP 47 write them: "en", "zh", "pt_BR", "zh-Hant".
LANGUAGE_CODE = re.compile(r"[a-z]{2,3}(?:[_-][A-Za-z0-9]{2,8}){0,3}")
PACKAGE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._+-]{0,99}")
MAX_METADATA_BYTES = 1_000_000
MAX_MEMBERS = 10_000  # files in one package (real ones hold about 20)
MAX_DEPTH = 12  # folders inside each other in a package (real ones: 3)
MAX_UNPACKED = 4_000_000_000  # bytes a package may unpack to (real ones: about 300 MB)


def _metadata(raw: bytes, where: str) -> dict[str, t.Any]:
    if len(raw) > MAX_METADATA_BYTES:
        raise ModelPackageError(f"{where}: metadata.json is over {MAX_METADATA_BYTES:,} bytes")
    try:
        metadata = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError, ValueError) as error:
        raise ModelPackageError(f"{where}: metadata.json is not valid JSON ({one_line(error)})") from None
    if not isinstance(metadata, dict):
        raise ModelPackageError(f"{where}: metadata.json must hold a JSON object")
    for key in ("from_code", "to_code"):
        if not isinstance(metadata.get(key), str) or not metadata[key]:
            raise ModelPackageError(f"{where}: metadata.json has no {key}")
        if not LANGUAGE_CODE.fullmatch(metadata[key]):
            raise ModelPackageError(f"{where}: metadata.json {key} {metadata[key][:40]!r} is not a language "
                                    "code such as en, ru or pt_BR")
    version = metadata.get("package_version", "")
    if not isinstance(version, (str, int, float)) or not re.fullmatch(r"[\w.+-]{0,40}", str(version)):
        raise ModelPackageError(f"{where}: metadata.json package_version {str(version)[:40]!r} is not a "
                                "version such as 1.9")
    if metadata.get("type", "translate") != "translate":
        raise ModelPackageError(f"{where}: package type is {metadata['type']!r}, not 'translate'")
    return metadata


def _package(name: str, metadata: dict[str, t.Any], has_splitter: bool) -> ModelPackage:
    return ModelPackage(name, metadata["from_code"], metadata["to_code"],
                        str(metadata.get("package_version", "")), has_splitter)


def read_archive(path: Path) -> tuple[ModelPackage, list[str]]:
    """Validate an ``.argosmodel`` file; return its package and warnings for the user.

    Checks the zip (every member's CRC) and the list of files; the files themselves are
    checked by :func:`install` once extracted.
    """
    if not path.is_file():
        raise ModelPackageError(f"{path}: file not found")
    if not zipfile.is_zipfile(path):
        raise ModelPackageError(f"{path}: not a model package (not a zip archive)")
    try:
        with zipfile.ZipFile(path) as archive:
            _check_members(archive, path)
            names = [name for name in archive.namelist() if name.strip("/")]
            root = _single_root(names, path)
            members = {PurePosixPath(name).relative_to(root).as_posix().rstrip("/") for name in names}
            if "metadata.json" not in members:
                raise ModelPackageError(f"{path}: no {root}/metadata.json")
            damaged = archive.testzip()
            if damaged is not None:
                raise ModelPackageError(f"{path}: {damaged} is damaged (CRC error); get the file again")
            metadata = _metadata(archive.read(f"{root}/metadata.json"), str(path))
    except _ZIP_ERRORS as error:
        raise ModelPackageError(f"{path}: damaged zip archive ({one_line(error)})") from None
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


# What zipfile raises for a damaged archive: its own error, zlib's, a short read, or
# RuntimeError (an encrypted member).
_ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, ValueError, RuntimeError,
               OverflowError)


def _check_members(archive: zipfile.ZipFile, path: Path) -> None:
    """Refuse what no model package holds: encryption, too many files, deep nesting, a zip bomb."""
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise ModelPackageError(f"{path}: {len(infos):,} files, over the limit of {MAX_MEMBERS:,} for a model package")
    if any(info.flag_bits & 0x1 for info in infos):
        raise ModelPackageError(f"{path}: the archive is encrypted; a model package must not be")
    deep = next((info.filename for info in infos if len(PurePosixPath(info.filename).parts) > MAX_DEPTH), None)
    if deep is not None:
        raise ModelPackageError(f"{path}: {deep[:80]!r} is nested over {MAX_DEPTH} folders deep; "
                                "not a model package")
    unpacked = sum(info.file_size for info in infos)
    if unpacked > MAX_UNPACKED:
        raise ModelPackageError(f"{path}: unpacks to {unpacked:,} bytes, over the limit of {MAX_UNPACKED:,}")


def one_line(error: BaseException) -> str:
    """An exception as one short line for an error message."""
    text = " ".join(str(error).split()) or type(error).__name__
    return text if len(text) <= 300 else text[:297] + "..."


def _single_root(names: list[str], path: Path) -> str:
    """The one top-level folder every entry must sit in (it becomes the package folder)."""
    roots = {PurePosixPath(name).parts[0] for name in names}
    loose_file = any("/" not in name for name in names)  # folder entries end with "/"
    unsafe = any(name.startswith("/") or ".." in PurePosixPath(name).parts for name in names)
    if len(roots) != 1 or loose_file or unsafe:
        raise ModelPackageError(f"{path}: the zip must hold exactly one top-level folder")
    root = roots.pop()
    if root.startswith("."):  # hidden folders in the models dir are not packages
        raise ModelPackageError(f"{path}: the top-level folder {root!r} must not start with '.'")
    if not PACKAGE_NAME.fullmatch(root):
        raise ModelPackageError(f"{path}: the top-level folder {root[:60]!r} is not a package name "
                                "(letters, digits, '.', '_', '-')")
    return root


def installed(models_dir: Path) -> list[ModelPackage]:
    """The packages in models_dir, sorted by name.

    Hidden folders (``.cache``, briefing's own temporary folders) are ignored. Any other
    folder that is not a package is skipped with a warning, so one stray folder does not
    stop every translation.
    """
    if not models_dir.is_dir():
        return []
    try:
        folders = sorted(p for p in models_dir.iterdir() if p.is_dir() and not p.name.startswith("."))
    except OSError as error:
        raise ModelPackageError(
            f"{models_dir}: cannot read the models folder ({error.strerror or error})") from None
    packages = []
    for folder in folders:
        try:
            metadata = _metadata((folder / "metadata.json").read_bytes(), str(folder))
        except FileNotFoundError:
            _warn_once(folder, f"{folder}: not a model package (no metadata.json), skipped; "
                               "delete that folder")
            continue
        except (OSError, ModelPackageError) as error:
            detail = error.message if isinstance(error, ModelPackageError) else (
                f"{folder}: cannot read metadata.json ({error.strerror or error})")
            _warn_once(folder, f"{detail}; skipped. Reinstall or delete that folder")
            continue
        has_splitter = any((folder / "minisbd").glob("*.onnx"))
        packages.append(_package(folder.name, metadata, has_splitter))
    return packages


_warned: set[str] = set()


def _warn_once(folder: Path, message: str) -> None:
    if str(folder) not in _warned:
        _warned.add(str(folder))
        log.warning("%s", message)


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

    argostranslate reads its settings once, at import, so the environment is set for the
    import (see :func:`_argos_scratch_env`). If it was imported earlier (another folder,
    other settings), its settings module is pointed at models_dir at run time and models
    loaded from elsewhere are forgotten. Neither creates models_dir.
    """
    models_dir = models_dir.expanduser().absolute()
    with _argos_scratch_env():
        import argostranslate.package
        import argostranslate.settings as settings
        import argostranslate.translate

    _disable_downloads(argostranslate.package)
    argostranslate.package.get_installed_packages = _argos_packages
    settings.chunk_type = settings.ChunkType.MINISBD
    settings.model_provider = settings.ModelProvider.OPENNMT
    if settings.package_dirs != [models_dir]:
        settings.package_data_dir = models_dir
        settings.package_dirs = [models_dir]
        forget_loaded_models()
    return argostranslate.translate


def _argos_packages(path: t.Iterable[Path] | None = None) -> list[t.Any]:
    """argos's package list, limited to what :func:`installed` accepts.

    argos takes every sub-folder of the models dir for a package and fails on the first
    one without metadata.json.
    """
    import argostranslate.package
    import argostranslate.settings

    folders = argostranslate.settings.package_dirs if path is None else path
    return [argostranslate.package.Package(folder / package.name)
            for folder in folders for package in installed(Path(folder))]


_scratch: list[Path] = []  # the process's folder for argos's and onnxruntime's own files


@contextlib.contextmanager
def _argos_scratch_env() -> t.Iterator[Path]:
    """Environment for importing argostranslate (or minisbd/onnxruntime) without litter.

    On import argostranslate creates ``$XDG_CONFIG_HOME/argos-translate``,
    ``$XDG_DATA_HOME/argos-translate`` (with ``$ARGOS_PACKAGES_DIR``) and
    ``$XDG_CACHE_HOME/argos-translate/downloads``, and onnxruntime writes
    ``$XDG_CACHE_HOME/Microsoft/DeveloperTools/.onnxruntime``. Briefing needs none of it
    (downloads are disabled, the models dir is set after import), so those variables
    point into one temporary folder, removed at exit, while the import runs; the
    environment is restored afterwards.
    """
    if not _scratch:
        folder = Path(tempfile.mkdtemp(prefix="briefing-argos-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        _scratch.append(folder)
    scratch = _scratch[0]
    folders = {"XDG_CONFIG_HOME": scratch / "config", "XDG_DATA_HOME": scratch / "data",
               "XDG_CACHE_HOME": scratch / "cache", "ARGOS_PACKAGES_DIR": scratch / "packages"}
    values = {key: str(value) for key, value in folders.items()} | _OFFLINE_ARGOS_ENV
    saved = {key: os.environ.get(key) for key in values}
    os.environ.update(values)
    try:
        yield scratch
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


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


STALE_AFTER = 15 * 60  # seconds: an install folder this old belongs to a process that is gone


def clean_stale(models_dir: Path, older_than: float = STALE_AFTER) -> None:
    """Remove what killed installs left in models_dir: staging folders, and packages moved
    aside for a replacement (put back when nothing took their place)."""
    import time

    try:
        leftovers = [p for p in models_dir.iterdir() if p.name.startswith((STAGING_PREFIX, REPLACED_PREFIX))]
    except OSError:
        return
    now = time.time()
    for folder in leftovers:
        try:
            if now - folder.lstat().st_mtime < older_than:
                continue  # another install may still be running
            if folder.name.startswith(REPLACED_PREFIX) and not folder.is_symlink():
                for package in list(folder.iterdir()):
                    if package.is_dir() and not (models_dir / package.name).exists():
                        package.rename(models_dir / package.name)  # the swap was cut short: restore
            if folder.is_symlink() or not folder.is_dir():
                folder.unlink()
            else:
                shutil.rmtree(folder, ignore_errors=True)
        except OSError as error:
            log.warning("%s: cannot remove a left-over install folder (%s)", folder, error.strerror or error)


def install(archive: Path, models_dir: Path) -> InstallResult:
    """Validate archive, install it, then remove the packages it replaces (same folder or pair).

    The package is extracted into a hidden folder of models_dir and loaded there; only
    when it works does it replace the installed one, by renaming. Any failure leaves the
    models dir as it was and is a one-line :class:`ModelPackageError` naming the file.
    """
    package, warnings = read_archive(archive)
    clean_stale(models_dir)
    try:
        models_dir.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=models_dir))
    except OSError as error:
        raise ModelPackageError(
            f"{models_dir}: cannot create the models folder ({error.strerror or error})") from None
    try:
        _extract(archive, staging)
        _check_package(staging / package.name, archive)
        replaced = [p for p in installed(models_dir)
                    if p.name == package.name or p.pair == package.pair]
        _swap_in(staging / package.name, models_dir, [models_dir / p.name for p in replaced], archive)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        forget_loaded_models()
    return InstallResult(package, replaced, warnings)


def _extract(archive: Path, folder: Path) -> None:
    try:
        with zipfile.ZipFile(archive) as zipped:
            zipped.extractall(folder)
    except _ZIP_ERRORS as error:
        raise ModelPackageError(f"{archive}: damaged zip archive ({one_line(error)})") from None
    except OSError as error:
        raise ModelPackageError(
            f"{archive}: cannot be extracted into {folder.parent} ({error.strerror or error})") from None


def _check_package(folder: Path, archive: Path) -> None:
    """Load what translation will load, so a broken file is found now and not mid-briefing."""
    root = folder.name
    tokenizer = folder / "sentencepiece.model"
    if tokenizer.is_file():
        import sentencepiece

        try:
            sentencepiece.SentencePieceProcessor(model_file=str(tokenizer))
        except Exception as error:  # sentencepiece raises RuntimeError or OSError
            raise ModelPackageError(f"{archive}: {root}/sentencepiece.model is not a SentencePiece "
                                    f"model ({one_line(error)})") from None
    import ctranslate2  # loading takes about 0.05 s for a 115 MB model.bin

    try:
        ctranslate2.Translator(str(folder / "model"), device="cpu", inter_threads=1, intra_threads=1)
    except Exception as error:  # RuntimeError for a bad model.bin or config.json
        raise ModelPackageError(f"{archive}: {root}/model cannot be loaded by CTranslate2 "
                                f"({one_line(error)})") from None
    for splitter in sorted((folder / "minisbd").glob("*.onnx")):
        with _argos_scratch_env():
            from minisbd import SBDetect
        try:
            SBDetect(str(splitter), use_gpu=False)
        except Exception as error:  # onnxruntime and minisbd raise several types
            raise ModelPackageError(f"{archive}: {root}/minisbd/{splitter.name} is not a MiniSBD "
                                    f"sentence splitter ({one_line(error)})") from None


def _swap_in(new: Path, models_dir: Path, old: list[Path], archive: Path) -> None:
    """Rename new into models_dir, moving the old packages aside first and back on failure.

    A folder of the same name that is not a package (a broken copy) is replaced as well.
    """
    if (models_dir / new.name).is_dir() and models_dir / new.name not in old:
        old = [*old, models_dir / new.name]
    aside: list[tuple[Path, Path]] = []
    try:
        for folder in old:
            hidden = Path(tempfile.mkdtemp(prefix=REPLACED_PREFIX, dir=models_dir)) / folder.name
            folder.rename(hidden)
            aside.append((folder, hidden))
        new.rename(models_dir / new.name)
    except OSError as error:
        for folder, hidden in reversed(aside):
            with contextlib.suppress(OSError):
                hidden.rename(folder)
                hidden.parent.rmdir()
        raise ModelPackageError(
            f"{archive}: cannot be installed in {models_dir} ({error.strerror or error})") from None
    for _, hidden in aside:
        shutil.rmtree(hidden.parent, ignore_errors=True)


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


# --- pack: an .argosmodel from a converted CTranslate2 model ---------------------------

_CODE = re.compile(r"^[a-z]{2,3}$")
_VOCABULARIES = ("shared_vocabulary.json", "shared_vocabulary.txt", "target_vocabulary.json",
                 "target_vocabulary.txt")


def pack(model_dir: Path, from_code: str, to_code: str, out: Path, *, target_prefix: str | None = None,
         source_prefix: str | None = None, sentencepiece: Path | None = None,
         splitter: Path | None = None, name: str | None = None, version: str = "1.0",
         license_text: str | None = None) -> tuple[ModelPackage, list[str]]:
    """Build ``out`` (an ``.argosmodel``) from a CTranslate2 model folder; return it and warnings.

    model_dir holds what CTranslate2's converters write (``model.bin``, ``config.json``
    and the vocabulary) and ``sentencepiece.model`` (or give ``sentencepiece``). A
    multilingual model (NLLB-200, M2M-100) gets its target language token as
    ``target_prefix``, which argostranslate reads, and its source token as
    ``source_prefix``, which briefing adds before each sentence (argostranslate has no
    such setting). The result is checked as ``models install`` checks it.
    """
    for code, option in ((from_code, "--from-code"), (to_code, "--to-code")):
        if not _CODE.match(code):
            raise ModelPackageError(f"{option} {code!r}: give a 2- or 3-letter language code such as en or kk")
    if not model_dir.is_dir():
        raise ModelPackageError(f"{model_dir}: not a folder")
    for required in ("model.bin", "config.json"):
        if not (model_dir / required).is_file():
            raise ModelPackageError(f"{model_dir}: no {required}; convert the model with CTranslate2's "
                                    "converter (ct2-transformers-converter …) first")
    vocabulary = next((model_dir / v for v in _VOCABULARIES if (model_dir / v).is_file()), None)
    if vocabulary is None:
        raise ModelPackageError(f"{model_dir}: no vocabulary (shared_vocabulary.json or target_vocabulary.json)")
    tokenizer = sentencepiece or model_dir / "sentencepiece.model"
    if not tokenizer.is_file():
        raise ModelPackageError(f"{tokenizer}: no SentencePiece model; put sentencepiece.model beside "
                                "model.bin or give --sentencepiece")
    if splitter is not None and not splitter.is_file():
        raise ModelPackageError(f"{splitter}: file not found")
    for prefix, option, vocab_file in ((target_prefix, "--target-prefix", vocabulary),
                                       (source_prefix, "--source-prefix", _source_vocabulary(model_dir, vocabulary))):
        if prefix and prefix not in _read_vocabulary(vocab_file):
            raise ModelPackageError(f"{option} {prefix!r} is not a token of the model ({vocab_file.name}); "
                                    "use the language token exactly as the model has it, e.g. kaz_Cyrl or __kk__")
    name = name or f"translate-{from_code}_{to_code}-{_slug(model_dir.name)}"
    if name.startswith(".") or "/" in name:
        raise ModelPackageError(f"--name {name!r}: a folder name, not starting with '.'")
    metadata: dict[str, t.Any] = {
        "package_version": version, "argos_version": "1.12", "type": "translate",
        "from_code": from_code, "from_name": _language_name(from_code),
        "to_code": to_code, "to_name": _language_name(to_code),
        "packaged_by": "briefing models pack",
    }
    if target_prefix:
        metadata["target_prefix"] = target_prefix
    if source_prefix:
        metadata["source_prefix"] = source_prefix
    readme = f"{name}: {from_code} → {to_code}, packed by 'briefing models pack' from {model_dir.name}.\n"
    if license_text:
        metadata["license"] = license_text
        readme += f"\nLicence of the model weights: {license_text}\n"
    model_files = [p for p in sorted(model_dir.iterdir())
                   if p.is_file() and p.name != "sentencepiece.model" and not p.name.startswith(".")]
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        handle, name_of_temporary = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".tmp")
        os.close(handle)
    except OSError as error:
        raise ModelPackageError(f"{out}: cannot be written ({error.strerror or error})") from None
    temporary = Path(name_of_temporary)
    try:
        with zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(f"{name}/metadata.json", json.dumps(metadata, ensure_ascii=False, indent=2))
            archive.writestr(f"{name}/README.md", readme)
            archive.write(tokenizer, f"{name}/sentencepiece.model")
            for path in model_files:
                archive.write(path, f"{name}/model/{path.name}")
            if splitter is not None:
                archive.write(splitter, f"{name}/minisbd/{splitter.name}")
        package, warnings = read_archive(temporary)
        with tempfile.TemporaryDirectory(prefix=STAGING_PREFIX, dir=out.parent) as staging:
            _extract(temporary, Path(staging))
            _check_package(Path(staging) / name, out)
        os.replace(temporary, out)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise ModelPackageError(f"{out}: cannot be written ({error.strerror or error})") from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return package, [w.replace(temporary.name, out.name) for w in warnings]


def _source_vocabulary(model_dir: Path, shared: Path) -> Path:
    for name in ("source_vocabulary.json", "source_vocabulary.txt"):
        if (model_dir / name).is_file():
            return model_dir / name
    return shared


def _read_vocabulary(path: Path) -> set[str]:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        return set(json.loads(text))
    return set(text.splitlines())


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "_", text).strip("_").lower() or "model"


def _language_name(code: str) -> str:
    try:
        from babel import Locale

        return str(Locale("en").languages.get(code, code))
    except Exception:  # babel without data for the code
        return code


def pack_command(model_dir: Path, from_code: str, to_code: str, out: Path, **options: t.Any) -> None:
    package, warnings = pack(model_dir, from_code, to_code, out, **options)
    for warning in warnings:
        click.echo(f"Warning: {warning}", err=True)
    click.echo(f"Packed {package.describe()} into {out}")
    click.echo(f"Install it with: briefing models install {out}")


# --- the ``briefing models`` commands -------------------------------------------------


def list_command(models_dir: Path | None) -> None:
    folder = models_dir or default_models_dir()
    clean_stale(folder)
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
    clean_stale(folder)
    for package in remove(name_or_pair, folder):
        click.echo(f"Removed {package.describe()}")
