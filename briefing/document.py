"""A small document model: what render produces and write turns into .docx.

It knows nothing about Word. Marks on spans say where text came from, so the writer
can give machine-translated, untranslated and unverified text a visible character style.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

# Span marks: why a piece of text needs a reader's attention.
MACHINE = "machine"  # machine translation
UNTRANSLATED = "untranslated"  # source-language text kept: nothing could translate it
REVIEW = "review"  # transliterated or unconfirmed term: check before use
MARKS = (MACHINE, UNTRANSLATED, REVIEW)


@dataclass
class Span:
    text: str
    mark: str | None = None  # one of MARKS, or None for ordinary text
    bold: bool = False
    italic: bool = False
    lang: str | None = None  # BCP 47 tag when it differs from the document's, e.g. "en-GB"


@dataclass
class Paragraph:
    spans: list[Span]
    style: str = "body"  # body | title | subtitle | quote | note


@dataclass
class Heading:
    spans: list[Span]
    level: int = 1


@dataclass
class BulletList:
    items: list[list[Span]]
    ordered: bool = False


@dataclass
class Table:
    header: list[list[Span]]
    rows: list[list[list[Span]]]


Block = Paragraph | Heading | BulletList | Table


@dataclass
class DocumentModel:
    lang: str  # BCP 47 proofing language of the whole document: en-GB, ru-RU, kk-KZ, mn-MN
    title: str
    blocks: list[Block] = field(default_factory=list)
    subject: str = ""
    keywords: str = ""
    created: dt.datetime | None = None  # from the article date, so output is deterministic
    footer: str = ""  # e.g. "Prepared on 4 September 2025"; the page number follows it
    page_label: str = "Page {page} of {pages}"  # the catalog's pattern; {page} and {pages} become fields
    comments: str = ""  # core property: engine and model of any machine translation
    category: str = "Briefing"
    identifier: str = ""  # core property: which article the briefing is of (see pipeline.article_id)
    header: list[tuple[str, str]] = field(default_factory=list)  # page header lines: (left, right) text
    page_size: str | None = None  # "A4" or "Letter"; None keeps the reference document's

    def spans(self) -> list[Span]:
        found: list[Span] = []
        for block in self.blocks:
            if isinstance(block, (Paragraph, Heading)):
                found.extend(block.spans)
            elif isinstance(block, BulletList):
                for item in block.items:
                    found.extend(item)
            elif isinstance(block, Table):
                for row in [block.header, *block.rows]:
                    for cell in row:
                        found.extend(cell)
        return found
