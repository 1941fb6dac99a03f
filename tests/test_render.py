"""Templates: sandboxed, strict, overridable per language, and parsed into document blocks."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing import document as doc
from briefing.errors import TemplateRenderError
from briefing.localize import Joined, Localized
from briefing.render import Gettext, escape_markdown, parse_markdown, render_markdown


def identity() -> Gettext:
    return Gettext(lambda message: message, lambda context, message: message)


def write_template(folder: Path, text: str, lang: str | None = None) -> Path:
    target = folder / lang if lang else folder
    target.mkdir(parents=True, exist_ok=True)
    path = target / "briefing.md.j2"
    path.write_text(text, encoding="utf-8")
    return path


def test_undefined_variable_names_file_line_and_variable(tmp_path: Path) -> None:
    path = write_template(tmp_path, "# Title\n\nline two\n\n{{ b.no_such_field }}\n")
    with pytest.raises(TemplateRenderError) as error:
        render_markdown(tmp_path, "kk", {"b": object()}, identity())
    message = error.value.message
    assert f"{path}:5" in message
    assert "no_such_field" in message


def test_a_misspelt_variable_names_its_line_and_the_documented_name(tmp_path: Path) -> None:
    """Not Python's "'LocalizedPerson object' has no attribute": the template's line and a suggestion."""
    path = write_template(tmp_path, "# Title\n\n{% for person in b.participants %}\n\n{{ person.nmae }}\n{% endfor %}\n")
    participant = type("Person", (), {})()
    with pytest.raises(TemplateRenderError) as error:
        render_markdown(tmp_path, "en", {"b": type("B", (), {"participants": [participant]})()}, identity())
    assert error.value.message == f"{path}:5: `person.nmae` is not a template variable: did you mean `person.name`?"


def test_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    path = write_template(tmp_path, "# Title\n\n{% for x in b %}\n{{ x }}\n")
    with pytest.raises(TemplateRenderError) as error:
        render_markdown(tmp_path, "ru", {"b": []}, identity())
    assert str(path) in error.value.message
    assert ":4" in error.value.message or ":5" in error.value.message


def test_sandbox_refuses_unsafe_attribute(tmp_path: Path) -> None:
    write_template(tmp_path, "{{ b.__class__.__mro__ }}\n")
    with pytest.raises(TemplateRenderError):
        render_markdown(tmp_path, "en", {"b": Localized("x")}, identity())


def test_language_override_template_wins(tmp_path: Path) -> None:
    write_template(tmp_path, "# default\n")
    write_template(tmp_path, "# только для русского\n", lang="ru")
    assert render_markdown(tmp_path, "ru", {}, identity()).startswith("# только")
    assert render_markdown(tmp_path, "kk", {}, identity()).startswith("# default")


def test_values_print_exactly_as_written(tmp_path: Path) -> None:
    write_template(tmp_path, "{{ value }}\n")
    tricky = "A *star*, a | pipe, <b>tag</b> & #hash [link](x)"
    markdown = render_markdown(tmp_path, "en", {"value": tricky}, identity())
    blocks = parse_markdown(markdown)
    assert [span.text for span in blocks[0].spans] == [tricky]


def test_marks_become_span_marks(tmp_path: Path) -> None:
    write_template(tmp_path, "- {{ a }} and {{ b }}\n- {{ c }}\n")
    context = {
        "a": Localized("Ұлы Мемлекеттік Хурал", None),
        "b": Localized("Отогонбаяр", "review"),
        "c": Joined([Localized("Астана"), Localized("Kazakh *Invest*", "untranslated")]),
    }
    blocks = parse_markdown(render_markdown(tmp_path, "kk", context, identity()))
    [bullets] = blocks
    assert isinstance(bullets, doc.BulletList)
    first, second = bullets.items
    assert [(s.text, s.mark) for s in first] == [
        ("Ұлы Мемлекеттік Хурал and ", None),
        ("Отогонбаяр", "review"),
    ]
    assert [(s.text, s.mark) for s in second] == [("Астана, ", None), ("Kazakh *Invest*", "untranslated")]


def test_markdown_blocks() -> None:
    markdown = (
        "# Title\n\nSubtitle\n\n## Section\n\nBody with **bold** text.\n\n"
        "| Name | Title |\n|---|---|\n| A | B |\n\n> A quote\n\n1. one\n2. two\n"
    )
    blocks = parse_markdown(markdown)
    kinds = [(type(b).__name__, getattr(b, "style", getattr(b, "level", None))) for b in blocks]
    assert kinds == [
        ("Paragraph", "title"),
        ("Paragraph", "subtitle"),
        ("Heading", 1),
        ("Paragraph", "body"),
        ("Table", None),
        ("Paragraph", "quote"),
        ("BulletList", None),
    ]
    assert [(s.text, s.bold) for s in blocks[3].spans] == [("Body with ", False), ("bold", True), (" text.", False)]
    table = blocks[4]
    assert [[s.text for s in cell] for cell in table.header] == [["Name"], ["Title"]]
    assert [[s.text for s in cell] for cell in table.rows[0]] == [["A"], ["B"]]
    assert blocks[6].ordered


def test_escape_markdown_flattens_line_breaks() -> None:
    assert str(escape_markdown("two\nlines")) == "two lines"


@pytest.mark.parametrize("value", ["2025. A year of cooperation.", "1) first", "- dash", "+ plus", "=== rule"])
def test_values_that_look_like_markdown_blocks_print_as_written(tmp_path: Path, value: str) -> None:
    write_template(tmp_path, "- {{ value }}\n\n> {{ value }}\n")
    blocks = parse_markdown(render_markdown(tmp_path, "en", {"value": value}, identity()))
    bullets, quote = blocks
    assert [span.text for span in bullets.items[0]] == [value]
    assert [span.text for span in quote.spans] == [value]


def test_runtime_error_in_a_template_names_file_and_line(tmp_path: Path) -> None:
    path = write_template(tmp_path, "# Title\n\n{{ 1 / 0 }}\n")
    with pytest.raises(TemplateRenderError) as error:
        render_markdown(tmp_path, "en", {}, identity())
    assert f"{path}:3: ZeroDivisionError" in error.value.message


def test_template_that_is_not_utf8_is_reported(tmp_path: Path) -> None:
    (tmp_path / "briefing.md.j2").write_bytes("# Заголовок\n".encode("cp1251"))
    with pytest.raises(TemplateRenderError, match="not UTF-8"):
        render_markdown(tmp_path, "ru", {}, identity())


def test_compiled_templates_are_kept_in_the_cache_folder_and_a_broken_entry_is_ignored(tmp_path, monkeypatch):
    import subprocess
    import sys

    from conftest import SEED

    cache = tmp_path / "cache"
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(cache))
    command = [sys.executable, "-m", "briefing", "generate", str(SEED), "--lang", "ru", "--out", str(tmp_path / "out"),
               "--translator", "none", "-q"]
    first = subprocess.run(command, capture_output=True, text=True)
    assert first.returncode == 0, first.stderr
    entries = list(cache.glob("__briefing_marks_*.cache"))
    assert entries  # briefing.md.j2 and the narrative, compiled once for later runs
    for entry in entries:
        entry.write_bytes(b"not a compiled template")
    second = subprocess.run(command, capture_output=True, text=True)
    assert second.returncode == 0, second.stderr
