"""Mongolian «зэрэг» ("and others") follows a list, never one area: «геологи чиглэлээр» (review 27)."""

from __future__ import annotations

import docx
import pytest
from click.testing import CliRunner

from briefing.cli import cli


@pytest.mark.parametrize(("areas", "expected", "wrong"), [
    ("geology", "Талууд геологи чиглэлээр хамтран ажиллах", "зэрэг"),
    ("geology and tourism", "Талууд геологи, аялал жуулчлал зэрэг чиглэлээр", None),
])
def test_zereg_only_after_two_or_more_areas(tmp_path, areas: str, expected: str, wrong: str | None) -> None:
    article = tmp_path / "article.txt"
    article.write_text("date 2025-05-05\nLIMA, May 5. Foreign Minister of Peru Luis Vera met Foreign Minister of "
                       f"Chile Maria Rojas. The sides discussed cooperation in {areas}.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["generate", str(article), "--out", str(tmp_path / "out"), "--lang", "mn",
                                      "--translator", "none", "--quiet"])
    assert result.exit_code == 0, result.output
    text = "\n".join(p.text for p in docx.Document(str(next((tmp_path / "out").glob("*.docx")))).paragraphs)
    sentence = next(line for line in text.split("\n") if line.startswith("Талууд"))
    assert expected in sentence.replace("‡", "")
    assert wrong is None or wrong not in sentence
