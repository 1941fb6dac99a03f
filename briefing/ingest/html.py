"""Saved agency web pages (``.html``): headline, publication date and article text, offline.

trafilatura finds the article among the page's menus, teasers and comments, and reads the
headline and the publication date from the page's own metadata (``og:title``,
``article:published_time``, JSON-LD, ``<time>``). Nothing is fetched: it parses the file only.
The result is written in the text format (``date`` line, headline line, paragraphs) and parsed
like a plain-text article, so a page gives the same facts as its text.
"""

from __future__ import annotations

import re
import typing as t
from pathlib import Path

from briefing.errors import ArticleError
from briefing.ingest.text import MAX_ARTICLE_BYTES, article_from_text, read_bytes
from briefing.models import Article

# "Kazakhstan, Mongolia sign memorandum - Trend.az", "… | Kazinform": the site's name after the headline
MIN_WORDS = 12  # fewer words than a dateline and one sentence: not an article
_TITLE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{2,40}$")


def read_html_article(path: Path, data: bytes | None = None, max_bytes: int = MAX_ARTICLE_BYTES) -> Article:
    raw = read_bytes(path, data, max_bytes)
    import trafilatura

    document = trafilatura.bare_extraction(
        raw, with_metadata=True, include_comments=False, include_tables=False, include_images=False,
        include_links=False, deduplicate=False, favor_precision=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    found: dict[str, t.Any] = {}
    if isinstance(document, dict):
        found = document
    elif document is not None:
        found = document.as_dict()
    body = (found.get("text") or "").strip()
    if len(body.split()) < MIN_WORDS:  # a page of links, or an article the extractor could not tell apart
        raise ArticleError(f"{path}: no article text found in the page. Save the article's page itself "
                           "(not a list of news), or copy its text into a .txt file.")
    return article_from_text(page_text(found.get("title"), found.get("date"), body, found.get("sitename")),
                             path, "utf-8")


def page_text(title: str | None, date: str | None, body: str, sitename: str | None = None) -> str:
    """The article format: ``date YYYY-MM-DD``, the headline, then the paragraphs, a blank line apart."""
    lines = []
    if date and re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
        lines.append(f"date {date}")
    paragraphs = [paragraph.strip() for paragraph in body.splitlines() if paragraph.strip()]
    headline = clean_title(title or "", sitename)
    if headline and paragraphs and paragraphs[0] == headline:
        paragraphs = paragraphs[1:]  # the page's <h1> read as the first paragraph
    if headline:
        lines.append(headline)
        lines.append("")
    lines.append("\n\n".join(paragraphs))
    return "\n".join(lines) + "\n"


def clean_title(title: str, sitename: str | None = None) -> str:
    title = " ".join(title.split())
    if sitename and title.lower().endswith(sitename.lower()):
        title = title[: -len(sitename)].rstrip(" |–—-")
    match = _TITLE_SUFFIX.search(title)
    if match and re.search(r"\.(?:az|kz|mn|ru|com|uz|kg)\b|news|agency|inform|montsame|tass|trend|kabar",
                           match.group(0), re.I):
        title = title[: match.start()]
    return title.strip()
