"""Saved web pages (.html) and Word articles (.docx) give the same facts as the same article as text.

The pages in tests/pages/ were written for these tests in the markup of three agencies' article
pages (Trend: og/article meta tags and an ``article-content`` block; Kazinform: JSON-LD
``datePublished`` and ``<time>``; Montsame: ``itemprop="datePublished"`` and a ``news-body``
block), each with menus, a date line, related news and a footer around the article.
"""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from briefing.cli import cli
from briefing.errors import ArticleError
from briefing.ingest import read_article
from briefing.pipeline import extract_facts

PAGES = Path(__file__).parent / "pages"
TEXT = PAGES / "agriculture.txt"
AGENCIES = ("trend", "kazinform", "montsame")


def facts_of(path: Path) -> dict[str, object]:
    facts, _article = extract_facts(path)
    found = json.loads(facts.to_json())
    found.pop("source_path")
    return found


def write_docx(path: Path, paragraphs: list[tuple[str, str | None]]) -> Path:
    document = docx.Document()
    for text, style in paragraphs:
        document.add_paragraph(text, style=style)
    document.save(str(path))
    return path


def text_paragraphs() -> tuple[str, str, list[str]]:
    lines = TEXT.read_text(encoding="utf-8").splitlines()
    return lines[0], lines[1], [line for line in lines[2:] if line.strip()]


@pytest.mark.parametrize("agency", AGENCIES)
def test_a_saved_page_reads_headline_date_and_text(agency: str) -> None:
    page = read_article(PAGES / f"agriculture.{agency}.html")
    text = read_article(TEXT)
    assert page.headline == "Kazakhstan and Mongolia sign memorandum on cooperation in agriculture"
    assert page.page_date == text.page_date
    assert page.text == text.text  # no menu, date line, related news or footer


@pytest.mark.parametrize("agency", AGENCIES)
def test_a_saved_page_gives_the_same_facts_as_its_text(agency: str) -> None:
    assert facts_of(PAGES / f"agriculture.{agency}.html") == facts_of(TEXT)


def test_a_word_article_gives_the_same_facts_as_its_text(tmp_path: Path) -> None:
    date, headline, paragraphs = text_paragraphs()
    path = write_docx(tmp_path / "agriculture.docx",
                      [(date, None), (headline + ".", "Title"), *((p, None) for p in paragraphs)])
    article = read_article(path)
    assert article.headline == headline
    assert article.text == read_article(TEXT).text
    assert facts_of(path) == facts_of(TEXT)


def test_a_word_article_with_a_heading_and_empty_paragraphs(tmp_path: Path) -> None:
    _date, headline, paragraphs = text_paragraphs()
    path = write_docx(tmp_path / "a.docx", [(headline, "Heading 1"), ("", None), *((p, None) for p in paragraphs)])
    article = read_article(path)
    assert article.headline == headline
    assert article.page_date is None


def test_a_page_without_an_article_is_one_clear_line(tmp_path: Path) -> None:
    page = tmp_path / "index.html"
    page.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8")
    with pytest.raises(ArticleError, match=r"index.html: no article text found in the page"):
        read_article(page)


def test_a_file_named_docx_that_is_not_one(tmp_path: Path) -> None:
    path = tmp_path / "article.docx"
    path.write_text("plain text", encoding="utf-8")
    with pytest.raises(ArticleError, match=r"article.docx: not a Word document \(.docx\)"):
        read_article(path)


def test_a_folder_of_pages_and_word_files_is_read(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.html").write_bytes((PAGES / "agriculture.trend.html").read_bytes())
    result = CliRunner().invoke(cli, ["generate", str(folder), "--lang", "en", "--translator", "none",
                                      "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert [path.name for path in (tmp_path / "out").glob("*.en.docx")]
