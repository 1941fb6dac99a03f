"""Word articles (``.docx``): the paragraphs, read like a plain-text article.

A first paragraph in the Title or a Heading style is the headline (whatever its punctuation);
a paragraph ``date YYYY-MM-DD`` at the top gives the page's date, as in a text file. Tables,
headers and footers are left out: they hold page furniture, not the article.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from briefing.errors import ArticleError
from briefing.ingest.text import MAX_ARTICLE_BYTES, article_from_text, read_bytes
from briefing.models import Article


def read_docx_article(path: Path, data: bytes | None = None, max_bytes: int = MAX_ARTICLE_BYTES) -> Article:
    raw = read_bytes(path, data, max_bytes)
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(raw))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError):
        raise ArticleError(f"{path}: not a Word document (.docx). Save it from Word as .docx, or as plain text.") from None
    lines: list[str] = []
    for paragraph in document.paragraphs:
        text = " ".join(paragraph.text.split())
        if not text:
            continue
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        heading = style == "Title" or style.startswith("Heading")
        if heading and all(line.startswith("date ") for line in lines):
            lines.append(text.rstrip("."))  # the headline line: the text reader wants no closing stop
        else:
            lines.append(text)
    return article_from_text(_joined(lines), path, "utf-8")


def _joined(lines: list[str]) -> str:
    """A ``date`` line and the headline on lines of their own, then paragraphs a blank line apart."""
    head = [line for line in lines[:2] if line.startswith("date ")]
    rest = lines[len(head):]
    return "\n".join(head) + ("\n" if head else "") + "\n\n".join(rest) + "\n"
