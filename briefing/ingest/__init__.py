"""Stage 1: read an article into an :class:`~briefing.models.Article`, whatever the file.

One reader per format, each giving the same ``Article`` (see the README's "The article file"):

- plain text (:mod:`briefing.ingest.text`): the ``date`` line, the headline line, the dateline;
- a saved web page, ``.html``/``.htm`` (:mod:`briefing.ingest.html`): headline, date and
  article text read with trafilatura, offline;
- a Word file, ``.docx`` (:mod:`briefing.ingest.docx`): its paragraphs, read like the text.

The HTML and Word readers turn the file into the text format and parse that, so an article
gives the same facts whichever way it was saved.
"""

from __future__ import annotations

from pathlib import Path

from briefing.ingest.text import (
    DATELINE,
    MAX_ARTICLE_BYTES,
    MONTH_PATTERN,
    MONTHS,
    PAGE_DATE_LINE,
    Dateline,
    decode,
    decode_with_encoding,
    is_headline,
    normalize_text,
    not_english,
    parse_article,
    parse_dateline,
)
from briefing.ingest.text import read_article as read_text_article
from briefing.models import Article

__all__ = [
    "DATELINE", "MAX_ARTICLE_BYTES", "MONTHS", "MONTH_PATTERN", "PAGE_DATE_LINE", "SUFFIXES", "Dateline", "decode",
    "decode_with_encoding", "is_headline", "normalize_text", "not_english", "parse_article", "parse_dateline", "read_article",
    "read_text_article",
]

HTML_SUFFIXES = (".html", ".htm")
DOCX_SUFFIXES = (".docx",)
SUFFIXES = (".txt", *HTML_SUFFIXES, *DOCX_SUFFIXES)  # what a folder of articles is searched for


def read_article(path: str | Path, data: bytes | None = None, max_bytes: int = MAX_ARTICLE_BYTES) -> Article:
    """Read ``path`` with the reader its suffix names (plain text for any other suffix); a file
    over ``max_bytes`` is refused before it is read whole."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        from briefing.ingest.html import read_html_article

        return read_html_article(path, data, max_bytes)
    if suffix in DOCX_SUFFIXES:
        from briefing.ingest.docx import read_docx_article

        return read_docx_article(path, data, max_bytes)
    return read_text_article(path, data, max_bytes)
