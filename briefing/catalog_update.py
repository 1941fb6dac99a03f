"""``briefing catalogs update``: refresh ``messages.pot`` and every catalog, with no surprises.

It does what ``pybabel extract`` then ``pybabel update`` do, with the settings this project
always uses, so a diff shows only real changes:

- the template's header names the project and its version (never "PROJECT VERSION");
- each catalog keeps its own header (translator, team, plural forms, dates) and its translators'
  comments (``# status: …``);
- lines are wrapped at one fixed width (:data:`WIDTH`, Babel's own);
- a message whose text changed is not guessed at (no fuzzy matching) unless asked for;
- when the messages are the same, the template keeps its creation date and nothing is rewritten.

Messages come from the package's Python modules (labels and vocabularies) and the workspace's
templates.
"""

from __future__ import annotations

import copy
import io
import typing as t
from dataclasses import dataclass, field
from pathlib import Path

from briefing import __version__
from briefing.resources import PACKAGE_DIR

WIDTH = 100  # the width the catalogs are written at: an update re-wraps nothing
PYTHON_SOURCES = ("localize.py", "render.py", "vocabulary.py")  # the modules with messages (babel.cfg), in pybabel's order
KEYWORDS = "N_:1c,2 _ pgettext:1c,2"
JINJA_OPTIONS = {"trim_blocks": "true", "lstrip_blocks": "true", "extensions": "jinja2.ext.i18n"}
TEMPLATE_NAME = "messages.pot"
SOURCE_LANGUAGE = "en"  # the language the messages are written in


@dataclass
class UpdateReport:
    template_changed: bool = False
    updated: list[Path] = field(default_factory=list)  # catalogs whose file changed
    added: dict[str, int] = field(default_factory=dict)  # lang → new messages (untranslated)
    obsolete: dict[str, int] = field(default_factory=dict)  # lang → messages no template uses any more


def extract_template(templates_dir: Path) -> t.Any:
    """The catalog template: every message of the Python sources and the templates."""
    from babel.messages.catalog import Catalog
    from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_file
    from babel.messages.frontend import parse_keywords

    keywords = dict(DEFAULT_KEYWORDS)
    keywords.update(parse_keywords(KEYWORDS.split()))
    catalog = Catalog(project="briefing", version=__version__, copyright_holder="briefing contributors",
                      charset="utf-8", fuzzy=False)
    sources: list[tuple[str, Path, str]] = [
        ("python", PACKAGE_DIR / name, f"briefing/{name}") for name in PYTHON_SOURCES
    ]
    sources += [("jinja2", path, f"templates/{path.relative_to(templates_dir).as_posix()}")
                for path in sorted(templates_dir.rglob("*.j2"))]
    for method, path, shown in sources:
        options = JINJA_OPTIONS if method == "jinja2" else {}
        for lineno, message, comments, context in extract_from_file(method, path, keywords, options=options):
            catalog.add(message, None, [(shown, lineno)], auto_comments=comments, context=context)
    return catalog


def _word_new_messages_as_written(catalog: t.Any) -> None:
    """Give the source language's untranslated messages their own wording, for staff to edit.

    The English catalog rewords the messages the templates and vocabularies are written in; an
    empty entry there is not a missing translation but text nobody reworded yet.
    """
    for message in catalog:
        forms = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.id and not any(forms):  # a plural message's forms are English's two: its id's
            message.string = message.id


def _po_bytes(catalog: object) -> bytes:
    from babel.messages.pofile import write_po

    buffer = io.BytesIO()
    write_po(buffer, catalog, width=WIDTH)  # type: ignore[arg-type]
    return buffer.getvalue()


def _messages_of(catalog: object) -> list[tuple[object, object, list[tuple[str, int]]]]:
    return [(m.id, m.context, list(m.locations)) for m in catalog if m.id]  # type: ignore[attr-defined]


def _header_end(data: bytes) -> int:
    """Where the header entry (comments, ``msgid ""`` and its ``msgstr``) ends: the first blank line."""
    start = data.find(b'msgid ""')
    end = data.find(b"\n\n", start)
    return -1 if start < 0 or end < 0 else end


def keep_header(original: bytes, updated: bytes) -> bytes:
    """``updated`` with the header of ``original`` exactly as it was written (its own line breaks)."""
    old_end, new_end = _header_end(original), _header_end(updated)
    if old_end < 0 or new_end < 0:
        return updated
    return original[:old_end] + updated[new_end:]


def update_catalogs(templates_dir: Path, locales_dir: Path, fuzzy_matching: bool = False) -> UpdateReport:
    """Write ``locales_dir/messages.pot`` and merge it into every ``<lang>/LC_MESSAGES/messages.po``."""
    from babel.messages.pofile import read_po

    from briefing.catalogs import available_languages, catalog_path

    report = UpdateReport()
    template = extract_template(templates_dir)
    pot = locales_dir / TEMPLATE_NAME
    if pot.is_file():
        with pot.open("rb") as handle:
            previous = read_po(handle)
        if _messages_of(previous) == _messages_of(template):
            template.creation_date = previous.creation_date  # nothing new: the same file
    data = _po_bytes(template)
    if not pot.is_file() or pot.read_bytes() != data:
        pot.write_bytes(data)
        report.template_changed = True
    for lang in available_languages(locales_dir):
        path = catalog_path(locales_dir, lang)
        with path.open("rb") as handle:
            catalog = read_po(handle, locale=lang)
        known = {(m.id if isinstance(m.id, str) else m.id[0], m.context) for m in catalog if m.id}
        # Babel adds the template's own message objects to the catalog: a copy keeps the
        # wording given to one language's new messages out of the next language's.
        catalog.update(copy.deepcopy(template), no_fuzzy_matching=not fuzzy_matching, update_header_comment=False,
                       update_creation_date=False)
        if lang == SOURCE_LANGUAGE:
            _word_new_messages_as_written(catalog)
        current = {(m.id if isinstance(m.id, str) else m.id[0], m.context) for m in catalog if m.id}
        report.added[lang] = len(current - known)
        report.obsolete[lang] = len(catalog.obsolete)
        data = keep_header(path.read_bytes(), _po_bytes(catalog))
        if path.read_bytes() != data:
            path.write_bytes(data)
            report.updated.append(path)
    return report
