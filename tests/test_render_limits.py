"""Templates are files staff edit: none may hang the tool, fill its memory or read outside its folder."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from briefing.errors import TemplateRenderError
from briefing.render import Gettext, render_markdown


def identity() -> Gettext:
    return Gettext(lambda message: message, lambda context, message: message)


def write(folder: Path, text: str, name: str = "briefing.md.j2") -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def refused(folder: Path, **limits: float) -> str:
    started = time.monotonic()
    with pytest.raises(TemplateRenderError) as error:
        render_markdown(folder, "en", {}, identity(), **limits)  # type: ignore[arg-type]
    assert time.monotonic() - started < 5
    message = error.value.message
    assert "\n" not in message
    return message


@pytest.mark.parametrize("expression", [
    "{{ 7 ** (10 ** 8) }}",
    "{{ 2 ** 100000 }}",
    "{% set n = 10 ** 8 %}{{ 7 ** n }}",
    "{{ 'x' * 10 ** 9 }}",
    "{{ 10 ** 9 * 'x' }}",
    "{{ [1] * 10 ** 9 }}",
    "{% for i in range(10 ** 9) %}{% endfor %}",
    "{{ 'x'.center(10 ** 9) }}",
    "{{ 'x'.rjust(10 ** 9) }}",
    "{{ '{:>999999999}'.format(1) }}",
    "{{ '{0:.9999999f}'.format(1.5) }}",
])
def test_huge_powers_repetitions_and_ranges_are_refused(tmp_path: Path, expression: str) -> None:
    path = write(tmp_path, "# Title\n\n" + expression + "\n")
    assert f"{path}:3" in refused(tmp_path)


def test_small_powers_and_ranges_still_work(tmp_path: Path) -> None:
    write(tmp_path, "{{ 2 ** 10 }} {{ 'ab' * 3 }} {% for i in range(3) %}{{ i }}{% endfor %}\n")
    assert render_markdown(tmp_path, "en", {}, identity()) .startswith("1024 ababab 012")


def test_nested_loops_stop_at_the_time_limit(tmp_path: Path) -> None:
    path = write(tmp_path, "# T\n{% for i in range(10000) %}{% for j in range(10000) %}{% endfor %}{% endfor %}\n")
    message = refused(tmp_path, time_limit=0.5)
    assert str(path) in message and "0.5 s" in message


def test_a_loop_that_calls_nothing_stops_at_the_time_limit(tmp_path: Path) -> None:
    write(tmp_path, "{% for i in 'x' * 900000 %}{% for j in 'y' * 900000 %}{% endfor %}{% endfor %}\n")
    assert "0.5 s" in refused(tmp_path, time_limit=0.5)


def test_output_over_the_limit_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "{% for i in range(10000) %}\n## heading {{ i }} {{ 'x' * 1000 }}\n{% endfor %}\n")
    message = refused(tmp_path, output_limit=1_000_000)
    assert str(path) in message and "1,000,000 characters" in message


def test_limits_come_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, "{{ 'x' * 500 }}\n")
    monkeypatch.setenv("BRIEFING_RENDER_MAX_CHARS", "100")
    assert "100 characters" in refused(tmp_path)


def test_endless_recursion_is_one_line(tmp_path: Path) -> None:
    write(tmp_path, "{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}\n")
    refused(tmp_path)


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links")
def test_an_include_through_a_symlink_outside_the_folder_is_refused(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET\n", encoding="utf-8")
    templates = tmp_path / "templates"
    write(templates, "# T\n{% include 'p' %}\n")
    (templates / "p").symlink_to(secret)
    message = refused(templates)
    assert "outside the templates folder" in message and "TOP SECRET" not in message


def test_a_symlinked_subfolder_outside_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    write(outside, "LEAK\n", "part.j2")
    templates = tmp_path / "templates"
    write(templates, "{% import 'sub/part.j2' as x %}{% include 'sub/part.j2' %}\n")
    (templates / "sub").symlink_to(outside, target_is_directory=True)
    assert "outside the templates folder" in refused(templates)


def test_the_main_template_itself_may_not_be_a_link_outside(tmp_path: Path) -> None:
    outside = write(tmp_path / "outside", "LEAK\n")
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "briefing.md.j2").symlink_to(outside)
    assert "outside the templates folder" in refused(templates)


def test_links_inside_the_folder_and_includes_work(tmp_path: Path) -> None:
    write(tmp_path, "shared\n", "parts/common.j2")
    (tmp_path / "alias.j2").symlink_to(tmp_path / "parts" / "common.j2")
    write(tmp_path, "{% include 'alias.j2' %}{% include 'parts/common.j2' %}")
    assert render_markdown(tmp_path, "en", {}, identity()) == "shared\nshared\n"


def test_a_missing_include_and_a_folder_are_one_line(tmp_path: Path) -> None:
    (tmp_path / "dir").mkdir()
    write(tmp_path, "{% include 'dir' %}\n")
    assert "'dir' not found" in refused(tmp_path)
    write(tmp_path, "{% include '../x' %}\n")
    refused(tmp_path)
