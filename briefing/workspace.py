"""The staff's own workspace: ``briefing init DIR`` and the ``briefing.toml`` commands read.

A workspace is a folder with copies of the templates, the catalogs (with ``termbase.csv``,
``offices.csv`` and ``inflections.csv``) and the reference .docx, and a ``briefing.toml`` that
points at them. Staff edit the copies, never the installed package.

Every setting is looked up in this order, the first that gives a value wins:

1. the command-line option (``--templates``, ``--lang``, ``--out`` …);
2. its environment variable (``BRIEFING_TEMPLATES``, ``BRIEFING_LANGUAGES``, ``BRIEFING_OUT`` …);
3. ``briefing.toml``: the file named by ``--config`` (or ``BRIEFING_CONFIG``), else
   ``briefing.toml`` in the current folder;
4. the built-in default (the files shipped with the package).

Click gives 1 and 2 as one value (an option's ``envvar``), so this module adds 3 under them.
Paths in ``briefing.toml`` are relative to the file's own folder.
"""

from __future__ import annotations

import shutil
import sys
import typing as t
from dataclasses import dataclass, field
from pathlib import Path

from briefing.errors import BriefingError
from briefing.resources import default_locales_dir, default_reference_docx, default_templates_dir

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

CONFIG_NAME = "briefing.toml"
CONFIG_ENV = "BRIEFING_CONFIG"
PAGE_SIZES = ("A4", "Letter")
DEFAULT_LANGUAGES = ("en", "ru", "kk", "mn")
DEFAULT_OUT = Path("out")


class ConfigError(BriefingError):
    """A ``briefing.toml`` that cannot be read or holds a value of the wrong kind."""


@dataclass
class Header:
    """The department header printed above every briefing (empty fields are left out)."""

    organisation: str = ""
    unit: str = ""
    classification: str = ""
    reference: str = ""  # pattern of the reference number: {date} (YYYY-MM-DD), {lang}, {id} (article id)
    author: str = ""

    def is_empty(self) -> bool:
        return not any((self.organisation, self.unit, self.classification, self.reference, self.author))

    def reference_number(self, date: str, lang: str, article_id: str) -> str:
        """The pattern filled in, e.g. ``"MFA/{date}/{id}"`` → ``MFA/2025-09-04/1a2b3c4d``."""
        if not self.reference:
            return ""
        values = {"date": date or "undated", "lang": lang, "id": article_id[:8]}
        try:
            return self.reference.format(**values)
        except (KeyError, IndexError, ValueError) as exc:
            raise ConfigError(
                f"[header] reference = {self.reference!r}: unknown placeholder {exc}; "
                "use {date}, {lang} and {id}."
            ) from None


@dataclass
class Config:
    """What ``briefing.toml`` says; ``None`` where it says nothing (the default applies)."""

    path: Path | None = None
    templates_dir: Path | None = None
    locales_dir: Path | None = None
    termbase_path: Path | None = None
    reference_docx: Path | None = None
    languages: list[str] | None = None
    out_dir: Path | None = None
    page_size: str | None = None
    header: Header = field(default_factory=Header)

    def settings_values(self) -> dict[str, t.Any]:
        """The values a :class:`~briefing.pipeline.Settings` takes from the file."""
        values: dict[str, t.Any] = {
            "templates_dir": self.templates_dir,
            "locales_dir": self.locales_dir,
            "termbase_path": self.termbase_path,
            "reference_docx": self.reference_docx,
            "page_size": self.page_size,
            "header": self.header,
            "config_path": self.path,
        }
        return {key: value for key, value in values.items() if value is not None}


def find_config(explicit: Path | None = None, cwd: Path | None = None) -> Path | None:
    """``--config`` (or ``BRIEFING_CONFIG``, which click folds into it), else ./briefing.toml."""
    if explicit is not None:
        if not explicit.is_file():
            raise ConfigError(f"{explicit}: no such configuration file. Create a workspace with 'briefing init DIR'.")
        return explicit
    candidate = (cwd or Path.cwd()) / CONFIG_NAME
    return candidate if candidate.is_file() else None


def load_config(path: Path | None) -> Config:
    """Read ``path`` (a ``briefing.toml``); ``None`` gives an empty configuration."""
    if path is None:
        return Config()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the configuration ({exc.strerror or exc}).") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not UTF-8 text. Save it as UTF-8.") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}.") from None
    base = path.resolve().parent
    reader = _Reader(path, data)
    config = Config(path=path)
    config.templates_dir = reader.path("paths", "templates", base)
    config.locales_dir = reader.path("paths", "locales", base)
    config.termbase_path = reader.path("paths", "termbase", base)
    config.reference_docx = reader.path("paths", "reference_docx", base)
    config.languages = reader.strings("output", "languages")
    config.out_dir = reader.path("output", "folder", base)
    config.page_size = reader.string("output", "page_size")
    if config.page_size is not None and config.page_size not in PAGE_SIZES:
        raise ConfigError(f"{path}: [output] page_size = {config.page_size!r} is not one of {', '.join(PAGE_SIZES)}.")
    config.header = Header(**{name: reader.string("header", name) or ""
                              for name in ("organisation", "unit", "classification", "reference", "author")})
    return config


class _Reader:
    """Typed reads of ``[table] key`` with messages that name the file, table and key."""

    def __init__(self, path: Path, data: dict[str, t.Any]) -> None:
        self.file = path
        self.data = data

    def _value(self, table: str, key: str) -> t.Any:
        section = self.data.get(table, {})
        if not isinstance(section, dict):
            raise ConfigError(f"{self.file}: [{table}] must be a table.")
        return section.get(key)

    def string(self, table: str, key: str) -> str | None:
        value = self._value(table, key)
        if value is not None and not isinstance(value, str):
            raise ConfigError(f"{self.file}: [{table}] {key} must be a string in quotes.")
        return value

    def strings(self, table: str, key: str) -> list[str] | None:
        value = self._value(table, key)
        if value is None:
            return None
        if not isinstance(value, list) or not value or not all(isinstance(item, str) for item in value):
            raise ConfigError(f'{self.file}: [{table}] {key} must be a list of language codes, e.g. ["en", "ru"].')
        return list(value)

    def path(self, table: str, key: str, base: Path) -> Path | None:
        value = self.string(table, key)
        return None if not value else (base / Path(value).expanduser())


# -- briefing init ---------------------------------------------------------------------------

CONFIG_TEMPLATE = """\
# A briefing workspace. Commands run in this folder (or with --config {config_name}) use it.
# Precedence: command-line option > environment variable > this file > built-in default.
# Paths are relative to this file.

[paths]
templates = "templates"             # briefing.md.j2, narrative.j2 and <lang>/ overrides
locales = "locales"                 # <lang>/LC_MESSAGES/messages.po, offices.csv, inflections.csv
termbase = "locales/termbase.csv"   # approved names and terms
reference_docx = "reference.docx"   # the Word styles of the briefings

[output]
languages = ["en", "ru", "kk", "mn"]
folder = "out"
page_size = "A4"                    # A4 or Letter

[header]                            # printed above every briefing; leave a field empty to omit it
organisation = ""
unit = ""
classification = ""                 # e.g. "For official use"
reference = ""                      # e.g. "BR/{{date}}/{{id}}": {{date}}, {{lang}} and {{id}} are filled in
author = ""
"""


def init_workspace(target: Path, force: bool = False) -> list[Path]:
    """Copy the shipped templates, catalogs, tables and reference .docx into ``target``.

    Returns what was created. An existing ``briefing.toml`` is kept unless ``force``.
    """
    config = target / CONFIG_NAME
    if config.exists() and not force:
        raise ConfigError(f"{config} exists: {target} is a workspace already (use --force to start it afresh).")
    target.mkdir(parents=True, exist_ok=True)
    created = []
    for source, name in ((default_templates_dir(), "templates"), (default_locales_dir(), "locales")):
        destination = target / name
        shutil.copytree(source, destination, dirs_exist_ok=force,
                        ignore=shutil.ignore_patterns("__pycache__", "*.mo", "*~", ".*"))
        created.append(destination)
    reference = target / "reference.docx"
    shutil.copyfile(default_reference_docx(), reference)
    created.append(reference)
    config.write_text(CONFIG_TEMPLATE.format(config_name=CONFIG_NAME), encoding="utf-8")
    created.append(config)
    return created
