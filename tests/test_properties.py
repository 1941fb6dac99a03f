"""Property-based hardening: whatever staff files and inputs hold, briefing fails only with its
own one-line error (BriefingError), every .docx it writes reopens, and it writes nothing outside
the output folder.

Profiles (HYPOTHESIS_PROFILE): "ci" (default, 40 per test, 200 in all, fast) and "nightly" (2,000 per test,
10,000 in all).
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from briefing.errors import BriefingError  # noqa: E402

settings.register_profile("ci", max_examples=40, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("nightly", max_examples=2000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_f116ff059f125dc2.txt"
WORDS = ["President", "Tokayev", "met", "Khurelsukh", "in", "Astana", "signed", "a", "memorandum", "on",
         "trade", "Mongolia", "Kazakhstan", "the", "Minister", "of", "Foreign", "Affairs", "said", "«", "»",
         "September", "4", "2025", ".", ",", "\n", "ASTANA,", "Президент", "Улаанбаатар", "\u2028", "\x00",
         "\ufeff", "é", "“", "”", "—", "date 2025-09-04\n", "date 2025-02-30\n"]
texts = st.one_of(st.text(max_size=400), st.lists(st.sampled_from(WORDS), max_size=120).map(" ".join))
encodings = st.sampled_from(["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "cp1251",
                             "cp1252", "latin-1"])


def _outside(root: Path, out: Path, allowed: set[Path]) -> list[Path]:
    return [path for path in root.rglob("*") if path.is_file() and out not in path.parents and path not in allowed]


def _reopens(out: Path) -> None:
    import docx

    for written in out.glob("*.docx"):
        docx.Document(str(written))


@given(text=texts, encoding=encodings, noise=st.binary(max_size=8))
def test_any_article_gives_briefings_or_a_briefing_error(text: str, encoding: str, noise: bytes) -> None:
    from briefing.pipeline import Settings, generate

    raw = text.encode(encoding, errors="replace") + noise
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        article, out = root / "article.txt", root / "out"
        article.write_bytes(raw)
        try:
            generate(article, ["en"], out, Settings(translator="none", quiet=True, allow_empty=True))
        except BriefingError as error:
            assert "\n" not in error.message.strip() or "need review" in error.message
        _reopens(out)
        assert _outside(root, out, {article}) == []


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=20)
FACT_KEYS = ["event_type", "event_date", "location", "participants", "countries", "documents_signed",
             "quotes", "organizations", "planned_events", "key_points", "headline", "cooperation_areas"]


@given(facts=st.dictionaries(st.sampled_from(FACT_KEYS), json_values, max_size=8), mangle=st.sampled_from(
    ["", "Infinity", "1e400", "[" * 5000, "9" * 5000]))
def test_any_facts_file_renders_or_gives_a_briefing_error(facts: dict[str, object], mangle: str) -> None:
    from briefing.pipeline import Settings, render_from_file

    text = json.dumps(facts, allow_nan=True)
    if mangle:
        text = text[:-1] + (", " if facts else "") + f'"x": {mangle}' + "}"
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        path, out = root / "facts.json", root / "out"
        path.write_text(text, encoding="utf-8")
        try:
            render_from_file(path, ["en", "ru"], out, Settings(translator="none", quiet=True))
        except BriefingError:
            pass
        _reopens(out)
        assert _outside(root, out, {path}) == []


SNIPPETS = ["{{ b }}", "{{ 7 ** 10 ** 8 }}", "{{ 'x' * 10 ** 9 }}", "{% for i in range(10 ** 7) %}{% endfor %}",
            "{% include 'x' %}", "{% include '../../etc/passwd' %}", "{% import 'briefing.md.j2' as m %}",
            "{{ b.__class__ }}", "{% raw %}", "{{", "}}", "{%", "%}", "{{ _('Hello') }}", "# Title\n", "text ",
            "{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}", "{{ lang }}", "{{ range(3) | list }}", "\n"]


@given(parts=st.lists(st.sampled_from(SNIPPETS) | st.text(max_size=20), max_size=12))
def test_any_template_renders_or_gives_a_template_error(parts: list[str]) -> None:
    from briefing.render import Gettext, render_markdown

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "briefing.md.j2").write_text("".join(parts), encoding="utf-8", errors="replace")
        try:
            render_markdown(root, "en", {"b": "value"}, Gettext(lambda m: m, lambda c, m: m), time_limit=2)
        except BriefingError as error:
            assert "\n" not in error.message


PO_LINES = ['msgid ""', 'msgstr ""', '"Content-Type: text/plain; charset=UTF-8\\n"',
            '"Content-Type: text/plain; charset=klingon\\n"', '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"',
            '"Plural-Forms: nplurals=2; plural=__import__;\\n"', 'msgid "Hello"', 'msgstr "Привет"',
            'msgstr "%(x)s"', 'msgstr "unclosed', 'msgctxt "c"', 'msgid_plural "Hellos"', 'msgstr[0] "a"',
            "#, fuzzy", "", 'msgstr "\u2028"']


@given(lines=st.lists(st.sampled_from(PO_LINES) | st.text(max_size=20), max_size=14))
def test_any_catalog_loads_or_gives_a_catalog_error(lines: list[str]) -> None:
    from briefing.catalogs import load_catalog

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "xx" / "LC_MESSAGES" / "messages.po"
        path.parent.mkdir(parents=True)
        path.write_text("\n".join(lines), encoding="utf-8", errors="replace")
        try:
            loaded = load_catalog(Path(folder), "xx")
            if loaded is not None:
                loaded.translations.gettext("Hello")
                loaded.translations.ngettext("Hello", "Hellos", 3)
        except BriefingError as error:
            assert "\n" not in error.message


@given(rows=st.lists(st.lists(st.text(max_size=15) | st.sampled_from(['"', '""', ",", "\n", "#"]), max_size=10),
                     max_size=8), huge=st.booleans())
def test_any_termbase_loads_or_gives_a_termbase_error(rows: list[list[str]], huge: bool) -> None:
    from briefing.termbase import COLUMNS, Termbase

    body = "\n".join(",".join(row) for row in rows)
    if huge:
        body += '\nperson,"' + "A" * 140_000 + '"'
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "termbase.csv"
        path.write_text(",".join(COLUMNS) + "\n" + body, encoding="utf-8", errors="replace")
        try:
            Termbase.load(path)
        except BriefingError as error:
            assert "\n" not in error.message
