"""Where the shipped templates, catalogs, termbase and reference document live.

In a wheel they sit inside the package (``briefing/templates``, ``briefing/locales``);
in a source checkout they are the top-level ``templates/`` and ``locales/`` folders that
staff edit. Command-line options or environment variables can point at a staff copy.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def _shipped(name: str) -> Path:
    inside = PACKAGE_DIR / name
    if inside.is_dir():
        return inside
    return PACKAGE_DIR.parent / name


def default_templates_dir() -> Path:
    return _shipped("templates")


def default_locales_dir() -> Path:
    return _shipped("locales")


def default_reference_docx() -> Path:
    return PACKAGE_DIR / "resources" / "reference.docx"


def termbase_in(locales_dir: Path) -> Path:
    return locales_dir / "termbase.csv"
