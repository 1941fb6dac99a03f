"""``briefing check``: lint a workspace before a run.

Each rule gives :class:`Finding` lines ``file:line: error|warning: what, and what to do``:

- templates: syntax, and variables that are not in the documented list (with the closest name);
- per-language override templates (``templates/<lang>/briefing.md.j2``): in use, and any section
  of the default template they lack;
- catalogs: unreadable files, unclosed quotes, messages missing or fuzzy, placeholders that
  differ from the msgid, plural messages with the wrong number of forms;
- the termbase: columns and separator, duplicate rows, rows without a status or a source;
- the reference .docx: styles the writer needs.

Errors make the command exit with status 1; warnings are listed and do not.
"""

from __future__ import annotations

import dataclasses
import difflib
import io
import re
import typing as t
from dataclasses import dataclass
from pathlib import Path

import jinja2
from jinja2 import nodes

from briefing.errors import BriefingError

if t.TYPE_CHECKING:
    from briefing.pipeline import Settings

ERROR, WARNING = "error", "warning"


@dataclass(frozen=True)
class Finding:
    level: str  # error | warning
    where: str  # file, or file:line
    text: str

    def __str__(self) -> str:
        return f"{self.where}: {self.level}: {self.text}"


def check_workspace(settings: Settings, languages: t.Sequence[str]) -> list[Finding]:
    """Every finding for the templates, catalogs, termbase and reference .docx of ``settings``."""
    findings = check_templates(settings.templates_dir)
    findings += check_overrides(settings.templates_dir)
    findings += check_catalogs(settings, languages)
    findings += check_termbase(settings.termbase_file)
    findings += check_lexicon(settings.locales_dir / "offices.csv")
    findings += check_reference_docx(settings.reference_docx)
    findings += check_header(settings)
    return findings


def check_header(settings: Settings) -> list[Finding]:
    """The [header] reference pattern of briefing.toml fills in ({date}, {lang}, {id})."""
    from briefing.workspace import ConfigError

    try:
        settings.header.reference_number("2025-01-01", "en", "0" * 16)
    except ConfigError as exc:
        return [Finding(ERROR, str(settings.config_path or "briefing.toml"), exc.message)]
    return []


# -- templates ---------------------------------------------------------------------------------

TEMPLATE_GLOBALS = frozenset({"b", "lang", "narrative", "_", "gettext", "ngettext", "pgettext", "npgettext",
                              "range", "loop", "dict", "lipsum", "cycler", "joiner", "namespace"})


def _fields(cls: type) -> frozenset[str]:
    names = {field.name for field in dataclasses.fields(cls)}
    names |= {name for name, value in vars(cls).items() if isinstance(value, property)}
    return frozenset(name for name in names if not name.startswith("_"))


def documented_variables() -> dict[str, frozenset[str]]:
    """What each kind of value offers a template: ``b`` and the items of its lists (see the README)."""
    from briefing import localize

    return {
        "b": _fields(localize.LocalizedBriefing) - {"review_items", "engines", "missing_pairs"},
        "person": _fields(localize.LocalizedPerson),
        "document": _fields(localize.LocalizedDocument),
        "quote": _fields(localize.LocalizedQuote),
        "event": _fields(localize.LocalizedPlannedEvent),
    }


# b.<list> → the kind of its items
_ITEM_KINDS = {"participants": "person", "mentioned_people": "person", "documents_signed": "document",
               "documents_referenced": "document", "quotes": "quote", "planned_events": "event"}
# value methods and attributes a template may use on any value (Localized, Joined, str)
_VALUE_ATTRIBUTES = frozenset({"text", "mark", "kind", "parts", "upper", "lower", "title", "capitalize", "strip"})


def check_templates(templates_dir: Path, paths: t.Iterable[Path] | None = None) -> list[Finding]:
    """Syntax and variables of every ``*.j2`` file under ``templates_dir`` (or of ``paths``)."""
    findings: list[Finding] = []
    env = jinja2.Environment(extensions=["jinja2.ext.i18n"], trim_blocks=True, lstrip_blocks=True)
    variables = documented_variables()
    for path in sorted(templates_dir.rglob("*.j2")) if paths is None else paths:
        try:
            source = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            findings.append(Finding(ERROR, str(path), "not UTF-8 text; save the template as UTF-8"))
            continue
        try:
            tree = env.parse(source, name=path.name, filename=str(path))
        except jinja2.TemplateSyntaxError as exc:
            findings.append(Finding(ERROR, f"{path}:{exc.lineno}", f"template syntax: {exc.message}"))
            continue
        findings += _check_names(tree, path, variables)
    return findings


def template_problems(path: Path) -> list[Finding]:
    """The findings of :func:`check_templates` for one template file (for a render that failed)."""
    return check_templates(path.parent, [path])


def _check_names(tree: nodes.Template, path: Path, variables: dict[str, frozenset[str]]) -> list[Finding]:
    findings: list[Finding] = []
    declared = set(TEMPLATE_GLOBALS)
    kinds: dict[str, str] = {"b": "b"}  # variable → its kind in ``variables``
    for node in tree.find_all((nodes.Macro, nodes.For, nodes.Assign, nodes.Import, nodes.FromImport,
                               nodes.CallBlock, nodes.With)):
        for target in node.find_all(nodes.Name):
            if target.ctx in ("store", "param"):
                declared.add(target.name)
        if isinstance(node, nodes.Import):
            declared.add(node.target)
        elif isinstance(node, nodes.FromImport):
            declared.update(name if isinstance(name, str) else name[1] for name in node.names)
        elif isinstance(node, nodes.Macro):
            declared.add(node.name)
        if (isinstance(node, nodes.For) and isinstance(node.target, nodes.Name)
                and isinstance(node.iter, nodes.Getattr) and isinstance(node.iter.node, nodes.Name)
                and node.iter.node.name == "b" and node.iter.attr in _ITEM_KINDS):
            kinds[node.target.name] = _ITEM_KINDS[node.iter.attr]
    known_names = sorted(declared)
    reported: set[tuple[str, int]] = set()
    for name in tree.find_all(nodes.Name):
        if name.ctx == "load" and name.name not in declared and (name.name, name.lineno) not in reported:
            reported.add((name.name, name.lineno))
            findings.append(_unknown(path, name.lineno, name.name, name.name, known_names, ""))
    for attribute in tree.find_all(nodes.Getattr):
        owner = attribute.node
        if not isinstance(owner, nodes.Name) or owner.name not in kinds:
            continue
        offered = variables[kinds[owner.name]]
        if attribute.attr not in offered and attribute.attr not in _VALUE_ATTRIBUTES:
            findings.append(_unknown(path, attribute.lineno, f"{owner.name}.{attribute.attr}", attribute.attr,
                                     sorted(offered), f"{owner.name}."))
    return findings


def _unknown(path: Path, line: int, shown: str, name: str, candidates: list[str], prefix: str) -> Finding:
    close = difflib.get_close_matches(name, candidates, n=1, cutoff=0.6)
    hint = f"did you mean `{prefix}{close[0]}`?" if close else "see the list of variables in the README"
    return Finding(ERROR, f"{path}:{line}", f"`{shown}` is not a template variable: {hint}")


# -- override templates ------------------------------------------------------------------------

_SECTION = re.compile(r'^#{2,3}\s*\{\{\s*_\(\s*"([^"]+)"\s*\)\s*\}\}', re.M)


def check_overrides(templates_dir: Path) -> list[Finding]:
    """Each ``<lang>/briefing.md.j2`` is noted, with the default's sections it lacks."""
    from briefing.render import TEMPLATE_NAME

    default = templates_dir / TEMPLATE_NAME
    if not default.is_file():
        return [Finding(ERROR, str(default), "template not found; every workspace needs the default template")]
    sections = _SECTION.findall(default.read_text(encoding="utf-8", errors="replace"))
    findings = []
    for override in sorted(templates_dir.glob(f"*/{TEMPLATE_NAME}")):
        lang = override.parent.name
        own = set(_SECTION.findall(override.read_text(encoding="utf-8", errors="replace")))
        missing = [section for section in sections if section not in own]
        if missing:
            findings.append(Finding(WARNING, str(override),
                                    f"the {lang} override lacks section(s) of {TEMPLATE_NAME}: "
                                    + ", ".join(f'"{section}"' for section in missing)
                                    + "; copy them from the default template (or delete the override)"))
    return findings


# -- catalogs ----------------------------------------------------------------------------------

_SLOT = re.compile(r"\{(\w+)(?::\w+)?\}")


def check_catalogs(settings: Settings, languages: t.Sequence[str]) -> list[Finding]:
    from briefing.catalogs import available_languages, catalog_path

    findings: list[Finding] = []
    present = available_languages(settings.locales_dir)
    for lang in languages:
        if lang == "en":
            continue
        if lang not in present:
            findings.append(Finding(ERROR, str(catalog_path(settings.locales_dir, lang)),
                                    f"no catalog for '{lang}'; create it with 'pybabel init -i "
                                    f"locales/messages.pot -d locales -l {lang}'"))
            continue
        findings += check_catalog(catalog_path(settings.locales_dir, lang), lang, settings.templates_dir)
    return findings


def check_catalog(path: Path, lang: str, templates_dir: Path) -> list[Finding]:
    """One catalog: readable, quotes closed, placeholders, plural forms, missing and fuzzy messages."""
    from babel.messages.pofile import PoFileError, read_po

    from briefing.catalogs import check_quotes
    from briefing.errors import CatalogError

    try:
        check_quotes(path)
        raw = path.read_bytes().removeprefix(b"\xef\xbb\xbf")
        catalog = read_po(io.BytesIO(raw), locale=lang, abort_invalid=True)
    except CatalogError as exc:
        where, _, text = exc.message.partition(": ")
        return [Finding(ERROR, where, text)]
    except PoFileError as exc:
        return [Finding(ERROR, f"{path}:{exc.lineno + 1}", re.sub(r" on \d+$", "", str(exc)))]
    except (ValueError, UnicodeDecodeError) as exc:
        return [Finding(ERROR, str(path), f"cannot read the catalog ({exc})")]
    findings: list[Finding] = []
    plurals = catalog.num_plurals
    for message in catalog:
        if not message.id:
            continue
        where = f"{path}:{message.lineno}"
        ids = message.id if isinstance(message.id, (list, tuple)) else (message.id,)
        strings = message.string if isinstance(message.string, (list, tuple)) else (message.string,)
        forms = len([text for text in strings if text])  # babel pads the forms to the header's number
        if message.pluralizable and forms and forms != plurals:
            findings.append(Finding(ERROR, where, f"{ids[0]!r} has {forms} plural form(s); the catalog's "
                                    f"Plural-Forms header asks for {plurals}"))
        expected = set(_SLOT.findall(ids[0]))
        for translation in strings:
            if not translation:
                continue
            found = set(_SLOT.findall(translation))
            if found != expected:
                findings.append(Finding(ERROR, where, f"the placeholders of {ids[0]!r} differ from the msgid: "
                                        f"msgid {_slots(expected)}, msgstr {_slots(found)}"))
                break
        if message.fuzzy and any(strings):
            findings.append(Finding(WARNING, where, f"{ids[0]!r} is fuzzy, so it is not used; check the "
                                    "translation and remove the '#, fuzzy' line"))
    findings += _missing_messages(path, lang, catalog, templates_dir)
    return findings


def _slots(slots: set[str]) -> str:
    return ", ".join("{" + slot + "}" for slot in sorted(slots)) or "none"


def _missing_messages(path: Path, lang: str, catalog: t.Any, templates_dir: Path) -> list[Finding]:
    from briefing.pipeline import required_messages

    try:
        needed = required_messages(templates_dir, lang)
    except BriefingError:
        return []  # the template's own error is reported by check_templates
    missing = []
    for context, text in needed:
        message = catalog.get(text, context=context)
        if message is None or not message.string or message.fuzzy or (
                isinstance(message.string, (list, tuple)) and not all(message.string)):
            missing.append(text)
    if not missing:
        return []
    shown = "; ".join(repr(text) for text in missing[:5]) + (" …" if len(missing) > 5 else "")
    return [Finding(WARNING, str(path), f"{len(missing)} message(s) have no translation in '{lang}' "
                    f"(shown in English and marked): {shown}")]


# -- termbase and reference document ------------------------------------------------------------


def check_termbase(path: Path) -> list[Finding]:
    """Columns, separator, duplicate rows (as the loader reads them), and each row's status and source."""
    from briefing.errors import TermbaseError
    from briefing.termbase import Termbase

    if not path.is_file():
        return [Finding(WARNING, str(path), "no termbase: every name will be transliterated and marked for review")]
    try:
        termbase = Termbase.load(path)
    except TermbaseError as exc:
        where, _, text = exc.message.partition(": ")
        match = re.match(r"(.*?:\d+): (.*)", exc.message, re.S)
        if match:
            where, text = match.groups()
        return [Finding(ERROR, where, text)]
    findings = []
    for problem in termbase.check():
        match = re.match(r"(.*?:\d+): (.*)", problem, re.S)
        where, text = match.groups() if match else (str(path), problem)
        findings.append(Finding(ERROR, where, text))
    return findings


def check_lexicon(path: Path) -> list[Finding]:
    """The office lexicon (``offices.csv``) reads as the composer reads it: columns, kinds, forms, status."""
    from briefing.compose import load_lexicon
    from briefing.errors import TermbaseError

    if not path.is_file():
        return []  # no lexicon: titles and institutions are not composed, which is allowed
    try:
        load_lexicon(path)
    except TermbaseError as exc:
        match = re.match(r"(.*?:\d+): (.*)", exc.message, re.S)
        where, text = match.groups() if match else (str(path), exc.message)
        return [Finding(ERROR, where, text)]
    return []


def check_reference_docx(path: Path) -> list[Finding]:
    import docx

    from briefing.write import REQUIRED_STYLES

    try:
        document = docx.Document(str(path))
    except Exception as exc:  # noqa: BLE001 - python-docx raises many kinds for a bad file
        return [Finding(ERROR, str(path), f"not a Word document ({type(exc).__name__}); save it as .docx")]
    missing = [name for name in REQUIRED_STYLES if name not in document.styles]
    if missing:
        return [Finding(ERROR, str(path), "lacks the style(s) " + ", ".join(missing)
                        + "; copy them from the shipped reference.docx (Word: Styles › Manage Styles › Import/Export)")]
    return []
