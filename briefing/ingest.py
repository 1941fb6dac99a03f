"""Stage 1: read an article file into an :class:`~briefing.models.Article`.

Handles whatever the agencies' pages give us: any encoding (charset-normalizer),
Windows line endings, a byte-order mark, non-breaking and zero-width spaces, and an
optional first line ``date YYYY-MM-DD`` with the page's publication date.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from pathlib import Path

from briefing.errors import ArticleError
from briefing.models import Article

PAGE_DATE_LINE = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*\n?")
_SPACES = re.compile(r"[\u00a0\u2007\u202f\u2009\u200a]")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


def read_article(path: str | Path) -> Article:
    """Read and normalize an article file; raise :class:`ArticleError` with the path."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ArticleError(f"{path}: no such file. Give the path of a plain-text article.") from None
    except OSError as exc:
        raise ArticleError(f"{path}: cannot read the article ({exc.strerror}).") from None
    text = decode(raw, path)
    article = parse_article(text)
    article.source_path = str(path)
    if not article.body.strip():
        raise ArticleError(f"{path}: the article is empty.")
    return article


def decode(raw: bytes, path: Path) -> str:
    """Decode bytes as UTF-8, or as whatever encoding charset-normalizer finds."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        raise ArticleError(f"{path}: this is not a text file (no text encoding fits it).")
    return str(best)


def normalize_text(text: str) -> str:
    """Unify line endings, spaces and invisible characters; keep everything else as written."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    return unicodedata.normalize("NFC", text).strip() + "\n"


def parse_article(text: str) -> Article:
    """Split off the optional page-date line; the rest is the article as written."""
    text = normalize_text(text)
    page_date = None
    body_offset = 0
    match = PAGE_DATE_LINE.match(text)
    if match:
        try:
            page_date = dt.date.fromisoformat(match.group(1))
        except ValueError:
            raise ArticleError(f"the first line names an impossible date: {match.group(1)}") from None
        body_offset = match.end()
        while body_offset < len(text) and text[body_offset] in " \t\n":
            body_offset += 1
    return Article(text=text, page_date=page_date, body_offset=body_offset)
