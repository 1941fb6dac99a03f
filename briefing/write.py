"""Write a :class:`~briefing.document.DocumentModel` as a Word file.

The look comes entirely from a reference document (by default the packaged
``resources/reference.docx``, built by ``tools/make_reference_docx.py`` and editable in
Word): its styles, page set-up, headers and footers are kept and its body is discarded.
This module only adds content. Each block becomes paragraphs in a named style, each span a
run whose character style shows its mark, and every run carries its proofing language, so
Word spell-checks Russian as Russian and untranslated English as English.

The file appears all at once: it is written to a temporary file in the same folder,
synced to disk and renamed over the target, so an interrupted run never leaves half a
.docx behind.
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import errno
import functools
import html
import io
import os
import re
import tempfile
import typing as t
import zipfile
from pathlib import Path

import docx
from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Length, Twips
from docx.table import Table as WordTable
from docx.text.paragraph import Paragraph as WordParagraph

from briefing.document import (
    MACHINE,
    REVIEW,
    UNTRANSLATED,
    Block,
    BulletList,
    DocumentModel,
    Heading,
    Paragraph,
    Span,
    Table,
)
from briefing.errors import OutputError
from briefing.resources import file_stamp

REFERENCE_DOCX = Path(__file__).parent / "resources" / "reference.docx"
FONT = "Arial"  # has every Kazakh and Mongolian Cyrillic letter; Liberation Sans 2 / Arimo on Linux
SOURCE_LANG = "en-GB"  # untranslated text is the English of the source article
FALLBACK_CREATED = dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc)  # never now(): output is reproducible
ZIP_TIMESTAMP = (1980, 1, 1, 0, 0, 0)  # the same for every entry, so equal models give equal bytes

PARAGRAPH_STYLES = {
    "body": "Body Text",
    "title": "Title",
    "subtitle": "Subtitle",
    "quote": "Quote",
    "note": "Note",
}
HEADING_STYLES = ("Heading 1", "Heading 2", "Heading 3")
LIST_STYLES = {False: "List Bullet", True: "List Number"}
MARK_STYLES = {MACHINE: "Machine Translation", UNTRANSLATED: "Untranslated", REVIEW: "Needs Review"}
# Printed after each marked stretch of text, in superscript: marks read without colour too.
MARK_SYMBOLS = {MACHINE: "*", UNTRANSLATED: "†", REVIEW: "‡"}
TABLE_STYLE = "Briefing Table"
TABLE_TEXT, TABLE_HEADING = "Table Text", "Table Heading"
FOOTER_STYLE = "Footer"
HEADER_STYLE = "Header"
# Page sizes of briefing.toml's [output] page_size, width × height in twips.
PAGE_SIZES = {"A4": (11906, 16838), "Letter": (12240, 15840)}
REQUIRED_STYLES = (
    *PARAGRAPH_STYLES.values(),
    *HEADING_STYLES,
    *LIST_STYLES.values(),
    *MARK_STYLES.values(),
    TABLE_STYLE,
    TABLE_TEXT,
    TABLE_HEADING,
    FOOTER_STYLE,
)

# Core properties are limited to 255 characters by python-docx (and by Word's dialog).
MAX_PROPERTY_LENGTH = 255
# Word's default text block (A4, 2 cm margins) when a reference lacks a page size.
DEFAULT_TEXT_WIDTH = Twips(9638)
# Rough widths of one character of table text and of a cell's side padding, in twips.
CHAR_WIDTH, CELL_PADDING = 105, 216
# A generous width of one letter of a long word (bold table headings, wide Cyrillic letters such as Ж, Ш, Щ, Ю).
WORD_CHAR_WIDTH = 130


def write_docx(model: DocumentModel, path: Path, reference: Path | None = None) -> Path:
    """Write ``model`` to ``path`` (atomically) in the styles of ``reference``; return ``path``."""
    path = Path(path)
    document = build_document(model, Path(reference) if reference else REFERENCE_DOCX)
    try:
        data = package_bytes(document)
    except Exception as err:  # a library failure; the message must still name the file
        raise OutputError(f"cannot write {path}: {err}") from err
    write_file_atomically(data, path)
    return path


def build_document(model: DocumentModel, reference: Path = REFERENCE_DOCX) -> Document:
    """The reference document with its body replaced by the model's blocks."""
    document = _open_reference(reference)
    _clear_body(document)
    _set_default_language(document, model.lang)
    _let_word_proofread(document)
    styles = _StyleIds.of(document, reference)
    for block in model.blocks:
        _add_block(document, block, model.lang, styles)
    _fill_footers(document, model, styles)
    _fill_headers(document, model, styles)
    if model.page_size:
        _set_page_size(document, model.page_size)
    _set_core_properties(document, model)
    return document


class _StyleIds:
    """Style ids by name, looked up once per version of the reference document.

    python-docx finds a style by searching every style's name, each time a paragraph or run
    gets one; a briefing asks for a few styles hundreds of times. The answers are python-docx's
    own (``get_style_id``), so the XML is the same, including no style id for a default style.
    """

    # reference → (its stamp, the ids found so far)
    _known: dict[Path, tuple[tuple[int, int, int] | None, dict[tuple[str, WD_STYLE_TYPE], str | None]]] = {}

    def __init__(self, document: Document, ids: dict[tuple[str, WD_STYLE_TYPE], str | None]) -> None:
        self.document = document
        self.ids = ids

    @classmethod
    def of(cls, document: Document, reference: Path) -> _StyleIds:
        stamp = file_stamp(reference)
        known = cls._known.get(reference)
        if known is None or known[0] != stamp or stamp is None:
            known = (stamp, {})
            cls._known[reference] = known
        return cls(document, known[1])

    def __call__(self, name: str, kind: WD_STYLE_TYPE) -> str | None:
        key = (name, kind)
        if key not in self.ids:
            self.ids[key] = self.document.part.get_style_id(name, kind)
        return self.ids[key]

    def paragraph(self, paragraph: WordParagraph, name: str) -> None:
        """What ``paragraph.style = name`` does, without the search."""
        _set_paragraph_style(paragraph._p, self(name, WD_STYLE_TYPE.PARAGRAPH))


def _set_paragraph_style(paragraph: t.Any, style_id: str | None) -> None:
    """python-docx's ``CT_P.style = style_id`` with lxml directly (a table cell's paragraph at a time):
    a w:pPr as the paragraph's first child, holding the w:pStyle as its own first child."""
    properties = paragraph.find(_PPR)
    if properties is None:
        properties = paragraph.makeelement(_PPR, {})
        paragraph.insert(0, properties)
    for old in properties.findall(_PSTYLE):
        properties.remove(old)
    if style_id is not None:
        properties.insert(0, properties.makeelement(_PSTYLE, {_VAL: style_id}))


# --- text -------------------------------------------------------------------------------

# What XML 1.0 refuses, listed as the few ranges it is: C0 controls but tab and line ends, lone
# surrogates, U+FFFE and U+FFFF (the same set as the complement of XML's Char production, which
# takes about twenty times as long to compile).
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean_text(text: str) -> str:
    """Text that XML accepts and every font can show: the one place text is sanitised.

    Control characters and lone surrogates make lxml refuse the string. U+202F (narrow
    no-break space, which Babel puts in some dates and numbers) is missing from many fonts,
    so it becomes U+00A0. CRLF becomes one line break instead of two.
    """
    return _XML_INVALID.sub("", text.replace("\r\n", "\n")).replace("\u202f", "\u00a0")


# --- reference --------------------------------------------------------------------------


def prepare(reference: Path) -> None:
    """Open ``reference`` once: python-docx and lxml loaded, its styles checked for this version."""
    _open_reference(reference)


# reference → (its stamp, the document as read, external links stripped): each briefing starts
# from a deep copy of it, which costs about half of parsing the file again.
_PRISTINE: dict[Path, tuple[tuple[int, int, int], Document]] = {}


def _open_reference(reference: Path) -> Document:
    """A fresh copy of ``reference`` (styles checked), read from disk once per version of the file."""
    stamp = file_stamp(reference)
    kept = _PRISTINE.get(reference)
    if stamp is not None and kept is not None and kept[0] == stamp:
        return copy.deepcopy(kept[1])
    document = _read_reference(reference)
    if stamp is not None:
        _PRISTINE[reference] = (stamp, copy.deepcopy(document))  # later briefings never touch the kept one
    return document


def _read_reference(reference: Path) -> Document:
    try:
        document = docx.Document(str(reference))
    except Exception as err:  # python-docx raises several unrelated types for a bad file
        raise OutputError(
            f"cannot open reference document {reference}: {err}. Give a Word .docx file "
            "(not .dotx), or rebuild it with tools/make_reference_docx.py"
        ) from err
    strip_external_links(document)
    # Read once per version of the file (see _open_reference), so the styles are checked once too.
    missing = [name for name in REQUIRED_STYLES if name not in document.styles]
    if missing:
        raise OutputError(
            f"reference document {reference} lacks the styles {', '.join(missing)}; "
            "add them in Word or rebuild it with tools/make_reference_docx.py"
        )
    return document


_R_NAMESPACE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_W_HYPERLINK = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}hyperlink"


def strip_external_links(document: Document) -> None:
    """Drop every relationship of the reference that points outside the file (an attached
    template on a server, a linked image, a hyperlink), and the elements that use it: Word
    would fetch them when a briefing opens. A hyperlink keeps its text."""
    for part in document.part.package.iter_parts():
        external = [rid for rid, rel in part.rels.items() if rel.is_external]
        if not external:
            continue
        element = getattr(part, "_element", None)
        if element is not None:
            gone = set(external)
            for node in list(element.iter()):
                if not any(key.startswith("{" + _R_NAMESPACE + "}") and value in gone
                           for key, value in node.attrib.items()):
                    continue
                parent = node.getparent()
                if parent is None:
                    continue
                if node.tag == _W_HYPERLINK:  # keep the text, lose the link
                    index = parent.index(node)
                    for offset, child in enumerate(list(node)):
                        parent.insert(index + offset, child)
                parent.remove(node)
        for rid in external:
            del part.rels[rid]


def _clear_body(document: Document) -> None:
    """Remove the reference's text, keeping the final section properties (page, footer)."""
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def _set_default_language(document: Document, lang: str) -> None:
    """Make ``lang`` the proofing language of all text that has no language of its own."""
    styles = document.styles.element
    defaults = _child(styles, "w:docDefaults", index=0)
    rpr_default = _child(defaults, "w:rPrDefault", index=0)
    _set_lang(_child(rpr_default, "w:rPr", index=0), lang)


def _let_word_proofread(document: Document) -> None:
    """Drop w:proofState: "clean" there tells Word the text was already checked."""
    settings = document.settings.element
    for element in settings.findall(qn("w:proofState")):
        settings.remove(element)


def _child(parent, tag: str, index: int):
    """The first ``tag`` child of ``parent``, created at ``index`` if missing."""
    found = parent.find(qn(tag))
    if found is None:
        found = OxmlElement(tag)
        parent.insert(index, found)
    return found


# --- blocks -----------------------------------------------------------------------------


# The elements a briefing adds by the thousand are built with lxml directly: python-docx's
# generic machinery (a Python object per call, a search for the insertion point, a loop over
# every character of a run's text) costs more than the rest of writing. The XML is the
# same that python-docx's add_paragraph, style and add_run would produce.
_P, _PPR, _PSTYLE, _NUMPR, _ILVL, _NUMID = (qn(tag) for tag in ("w:p", "w:pPr", "w:pStyle", "w:numPr", "w:ilvl", "w:numId"))
_R, _RPR, _RSTYLE, _B, _I, _LANG = (qn(tag) for tag in ("w:r", "w:rPr", "w:rStyle", "w:b", "w:i", "w:lang"))
_VERT_ALIGN = qn("w:vertAlign")
_T, _TAB, _BR, _SECTPR = (qn(tag) for tag in ("w:t", "w:tab", "w:br", "w:sectPr"))
_VAL, _EAST_ASIA, _BIDI, _SPACE = qn("w:val"), qn("w:eastAsia"), qn("w:bidi"), qn("xml:space")
_FLD_CHAR_TYPE = qn("w:fldCharType")
_RUN_BREAKS = re.compile(r"([\t\r\n])")


def _sub(parent: t.Any, tag: str, attributes: dict[str, str] | None = None) -> t.Any:
    """lxml's SubElement: a new last child of ``parent``."""
    element = parent.makeelement(tag, attributes or {})
    parent.append(element)
    return element


def _add_block(document: Document, block: Block, lang: str, styles: _StyleIds) -> None:
    if isinstance(block, Paragraph):
        _add_spans(_add_paragraph(document, _paragraph_style(block.style), styles), block.spans, lang, styles)
    elif isinstance(block, Heading):
        level = min(max(block.level, 1), len(HEADING_STYLES))
        _add_spans(_add_paragraph(document, HEADING_STYLES[level - 1], styles), block.spans, lang, styles)
    elif isinstance(block, BulletList):
        _add_list(document, block, lang, styles)
    elif isinstance(block, Table):
        _add_table(document, block, lang, styles)
    else:
        raise TypeError(f"unknown block type {type(block).__name__}")


def _add_paragraph(document: Document, style: str, styles: _StyleIds) -> t.Any:
    """A new last paragraph of the body (before its section properties) in ``style``: its ``w:p``."""
    body = document.element.body
    paragraph = body.makeelement(_P, {})
    section = body.find(_SECTPR)
    if section is not None:
        section.addprevious(paragraph)
    else:
        body.append(paragraph)
    properties = _sub(paragraph, _PPR)
    style_id = styles(style, WD_STYLE_TYPE.PARAGRAPH)
    if style_id is not None:
        _sub(properties, _PSTYLE).set(_VAL, style_id)
    return paragraph


def _paragraph_style(name: str) -> str:
    if name not in PARAGRAPH_STYLES:
        raise ValueError(f"unknown paragraph style {name!r}; expected one of {', '.join(PARAGRAPH_STYLES)}")
    return PARAGRAPH_STYLES[name]


def _add_list(document: Document, block: BulletList, lang: str, styles: _StyleIds) -> None:
    style = LIST_STYLES[block.ordered]
    # Each numbered list starts again at 1; bullets need no numbering of their own.
    num_id = _restarted_numbering(document, style) if block.ordered else None
    for item in block.items:
        paragraph = _add_paragraph(document, style, styles)
        if num_id is not None:  # after w:pStyle, as python-docx orders w:pPr's children
            numbering = _sub(paragraph.find(_PPR), _NUMPR)
            _sub(numbering, _ILVL).set(_VAL, "0")
            _sub(numbering, _NUMID).set(_VAL, str(num_id))
        _add_spans(paragraph, item, lang, styles)


def _restarted_numbering(document: Document, style: str) -> int | None:
    """A new w:num sharing the style's list definition but restarting at 1."""
    ppr = document.styles[style].element.pPr
    if ppr is None or ppr.numPr is None or ppr.numPr.numId is None:
        return None  # a staff-edited style without numbering: nothing to restart
    try:
        numbering = document.part.numbering_part.element
    except NotImplementedError:  # python-docx cannot create a missing numbering part
        return None
    num = numbering.num_having_numId(ppr.numPr.numId.val)
    restarted = numbering.add_num(num.abstractNumId.val)
    restarted.add_lvlOverride(ilvl=0).add_startOverride(1)
    return restarted.numId


def _add_table(document: Document, block: Table, lang: str, styles: _StyleIds) -> None:
    rows = ([block.header] if block.header else []) + list(block.rows)
    columns = max((len(row) for row in rows), default=0)
    if columns == 0:
        return
    table = document.add_table(rows=len(rows), cols=columns)
    table._tbl.tblStyle_val = styles(TABLE_STYLE, WD_STYLE_TYPE.TABLE)  # what ``table.style = …`` sets
    _set_table_look(table, header=bool(block.header))
    _fit_columns(table, rows, _text_width(document))
    heading_id = styles(TABLE_HEADING, WD_STYLE_TYPE.PARAGRAPH)
    text_id = styles(TABLE_TEXT, WD_STYLE_TYPE.PARAGRAPH)
    for index, (tr, cells) in enumerate(zip(table._tbl.tr_lst, rows, strict=True)):
        is_header = bool(block.header) and index == 0
        _set_row_properties(tr, repeat_as_header=is_header)
        for column, tc in enumerate(tr.tc_lst):  # a new table: one w:tc per column, each with one w:p
            paragraph = tc.p_lst[0]
            _set_paragraph_style(paragraph, heading_id if is_header else text_id)
            _add_spans(paragraph, cells[column] if column < len(cells) else [], lang, styles)


def _set_table_look(table: WordTable, header: bool) -> None:
    """Apply the table style's header-row formatting only, not first column or banding."""
    look = table._tbl.tblPr.find(qn("w:tblLook"))
    if look is None:
        look = OxmlElement("w:tblLook")
        table._tbl.tblPr.append(look)
    flags = {
        "firstRow": header,
        "lastRow": False,
        "firstColumn": False,
        "lastColumn": False,
        "noHBand": True,
        "noVBand": True,
    }
    for name, on in flags.items():
        look.set(qn(f"w:{name}"), "1" if on else "0")
    look.set(qn("w:val"), "0620" if header else "0600")  # the same flags as a legacy bit mask


def _set_row_properties(tr, repeat_as_header: bool) -> None:
    """Keep each row on one page; repeat the header row at the top of every page."""
    tr_pr = tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:cantSplit"))
    if repeat_as_header:
        tr_pr.append(OxmlElement("w:tblHeader"))


def _fit_columns(table: WordTable, rows: list[list[list[Span]]], text_width: int) -> None:
    """Share the text width between columns by how much text they hold.

    A column gets at least its longest word (so names are never broken mid-word, measured
    generously for bold and wide Cyrillic letters) and is weighted by at most 40 characters,
    so one wordy column cannot squeeze the others to nothing. Only when the longest words
    alone are wider than the page do all columns shrink alike.
    """
    columns = len(table.columns)
    weights, floors = [], []
    for column in range(columns):
        texts = [_plain_text(row[column]) for row in rows if column < len(row)]
        longest = max((len(text) for text in texts), default=0)
        longest_word = max((len(word) for text in texts for word in text.split()), default=0)
        weights.append(max(min(longest, 40), longest_word, 3))
        floors.append(longest_word * WORD_CHAR_WIDTH + CELL_PADDING)
    minimums = [max(weight * CHAR_WIDTH + CELL_PADDING, floor) for weight, floor in zip(weights, floors, strict=True)]
    spare = text_width - sum(minimums)
    if spare >= 0:  # everyone gets their minimum, then a share of what is left
        shares = [spare * weight // sum(weights) for weight in weights]
        widths = [minimum + share for minimum, share in zip(minimums, shares, strict=True)]
    elif sum(floors) <= text_width:  # every longest word fits: the rest is shared by weight
        spare = text_width - sum(floors)
        widths = [floor + spare * weight // sum(weights) for floor, weight in zip(floors, weights, strict=True)]
    else:  # too many columns for the page: shrink them all alike
        widths = [text_width * weight // sum(weights) for weight in weights]
    widths[-1] += text_width - sum(widths)  # rounding: the columns fill the text width exactly

    table.autofit = False  # fixed layout: Word and LibreOffice keep these widths
    table_width = table._tbl.tblPr.find(qn("w:tblW"))
    table_width.set(qn("w:type"), "dxa")
    table_width.set(qn("w:w"), str(text_width))
    cells = table._cells  # row by row, one per grid position: built once, not once per column
    for index, (column, width) in enumerate(zip(table.columns, widths, strict=True)):
        column.width = Twips(width)
        for cell in cells[index::columns]:
            cell.width = Twips(width)


def _text_width(document: Document) -> int:
    section = document.sections[-1]
    if section.page_width is None or section.left_margin is None or section.right_margin is None:
        return DEFAULT_TEXT_WIDTH.twips
    return Length(section.page_width - section.left_margin - section.right_margin).twips


def _plain_text(spans: list[Span]) -> str:
    return "".join(span.text for span in spans)


# --- runs -------------------------------------------------------------------------------


def _add_spans(paragraph: t.Any, spans: list[Span], lang: str, styles: _StyleIds) -> None:
    """Runs for ``spans`` at the end of the ``w:p`` element ``paragraph``: mark style, bold, italic, language.

    A marked span is followed by its mark's symbol in superscript (:data:`MARK_SYMBOLS`), so the
    mark survives black-and-white printing; the legend at the end of the briefing explains them.
    """
    for span in spans:
        text = clean_text(span.text)
        if not text:
            continue
        if span.mark is None:
            _add_run(paragraph, text, span, lang, styles)
            continue
        core = text.rstrip()
        _add_run(paragraph, core, span, lang, styles)
        if core:
            _add_run(paragraph, MARK_SYMBOLS[span.mark], span, lang, styles, superscript=True)
        if text[len(core):]:
            _add_run(paragraph, text[len(core):], span, lang, styles)


def _add_run(paragraph: t.Any, text: str, span: Span, lang: str, styles: _StyleIds, superscript: bool = False) -> None:
    """One run of ``text`` in the span's formatting (``superscript``: the mark's symbol)."""
    if not text:
        return
    mark_style = _mark_style(span.mark)
    run = _sub(paragraph, _R)
    properties = _sub(run, _RPR)
    if mark_style is not None:
        style_id = styles(mark_style, WD_STYLE_TYPE.CHARACTER)
        if style_id is not None:
            _sub(properties, _RSTYLE).set(_VAL, style_id)
    # Only ever switch on: an explicit "off" would override a bold heading style.
    if span.bold:
        _sub(properties, _B)
    if span.italic:
        _sub(properties, _I)
    if superscript:
        _sub(properties, _VERT_ALIGN, {_VAL: "superscript"})
    language = _span_lang(span, lang)
    _sub(properties, _LANG, {_VAL: language, _EAST_ASIA: language, _BIDI: language})
    for piece in _RUN_BREAKS.split(text):  # tabs and line breaks are elements of their own
        if piece == "\t":
            _sub(run, _TAB)
        elif piece in ("\r", "\n"):
            _sub(run, _BR)
        elif piece:
            element = _sub(run, _T)
            element.text = piece
            if len(piece.strip()) < len(piece):
                element.set(_SPACE, "preserve")


def _mark_style(mark: str | None) -> str | None:
    if mark is None:
        return None
    if mark not in MARK_STYLES:
        raise ValueError(f"unknown span mark {mark!r}; expected one of {', '.join(MARK_STYLES)}")
    return MARK_STYLES[mark]


def _span_lang(span: Span, lang: str) -> str:
    if span.lang:
        return span.lang
    return SOURCE_LANG if span.mark == UNTRANSLATED else lang


def _set_lang(rpr, lang: str) -> None:
    """Set w:lang for Latin/Cyrillic, East Asian and complex-script text alike.

    Word picks one of the three by the script of each character; setting all of them means
    punctuation or symbols Word files under another script are still proofed in ``lang``.
    """
    for old in rpr.findall(qn("w:lang")):
        rpr.remove(old)
    element = OxmlElement("w:lang", {qn("w:val"): lang, qn("w:eastAsia"): lang, qn("w:bidi"): lang})
    rpr.insert_element_before(element, "w:eastAsianLayout", "w:specVanish", "w:oMath")


# --- footer -----------------------------------------------------------------------------


def _fill_footers(document: Document, model: DocumentModel, styles: _StyleIds) -> None:
    """Footer text on the left, "Page N / M" on the right, in every footer that shows."""
    section = document.sections[-1]
    footers = [section.footer]
    if section.different_first_page_header_footer:
        footers.append(section.first_page_footer)
    if document.settings.odd_and_even_pages_header_footer:
        footers.append(section.even_page_footer)
    for footer in footers:
        _remove_empty_paragraphs(footer)
        paragraph = footer.add_paragraph()
        styles.paragraph(paragraph, FOOTER_STYLE)
        paragraph.paragraph_format.tab_stops.add_tab_stop(
            Twips(_text_width(document)), WD_TAB_ALIGNMENT.RIGHT
        )
        lead = f"{model.footer}\t" if model.footer else "\t"
        _add_spans(paragraph._p, [Span(lead)], model.lang, styles)
        for piece in re.split(r"(\{page\}|\{pages\})", model.page_label):
            if piece in ("{page}", "{pages}"):
                _add_field(paragraph, "PAGE" if piece == "{page}" else "NUMPAGES", model.lang)
            elif piece:
                _add_spans(paragraph._p, [Span(piece)], model.lang, styles)


def _fill_headers(document: Document, model: DocumentModel, styles: _StyleIds) -> None:
    """The department header: one line per (left, right) pair, the right part at the right margin."""
    if not model.header:
        return
    section = document.sections[-1]
    headers = [section.header]
    if section.different_first_page_header_footer:
        headers.append(section.first_page_header)
    style = HEADER_STYLE if HEADER_STYLE in document.styles else FOOTER_STYLE
    for header in headers:
        _remove_empty_paragraphs(header)
        for left, right in model.header:
            paragraph = header.add_paragraph()
            styles.paragraph(paragraph, style)
            paragraph.paragraph_format.tab_stops.add_tab_stop(Twips(_text_width(document)), WD_TAB_ALIGNMENT.RIGHT)
            _add_spans(paragraph._p, [Span(f"{left}\t{right}" if right else left)], model.lang, styles)


def _set_page_size(document: Document, size: str) -> None:
    """A4 or Letter, keeping the reference's margins and orientation (portrait)."""
    width, height = PAGE_SIZES[size]
    for section in document.sections:
        section.page_width, section.page_height = Twips(width), Twips(height)


def _remove_empty_paragraphs(footer) -> None:
    """Drop the reference's blank footer lines; keep anything staff put there."""
    for paragraph in footer.paragraphs:
        if not paragraph.text.strip() and not paragraph._p.xpath(".//w:drawing|.//w:pict|.//w:fldChar"):
            paragraph._p.getparent().remove(paragraph._p)


def _add_field(paragraph: WordParagraph, instruction: str, lang: str) -> None:
    """A complex field (begin, instruction, separate, cached "1", end) Word updates on layout."""
    pieces = [
        ("w:fldChar", "begin"),
        ("w:instrText", f" {instruction} "),
        ("w:fldChar", "separate"),
        ("w:t", "1"),
        ("w:fldChar", "end"),
    ]
    for tag, value in pieces:  # what add_run, then _set_lang on its w:rPr, produce
        run = _sub(paragraph._p, _R)
        _sub(_sub(run, _RPR), _LANG, {_VAL: lang, _EAST_ASIA: lang, _BIDI: lang})
        element = _sub(run, qn(tag))
        if tag == "w:fldChar":
            element.set(_FLD_CHAR_TYPE, value)
        else:
            element.text = value
            element.set(_SPACE, "preserve")


# --- properties -------------------------------------------------------------------------


def _set_core_properties(document: Document, model: DocumentModel) -> None:
    properties = document.core_properties
    properties.title = _property_text(model.title)
    properties.subject = _property_text(model.subject)
    properties.keywords = _property_text(model.keywords)
    properties.language = model.lang
    properties.category = _property_text(model.category)
    properties.comments = _property_text(model.comments)
    if model.identifier:
        properties.identifier = _property_text(model.identifier)
    properties.author = properties.last_modified_by = "briefing"
    properties.created = properties.modified = _as_utc(model.created or FALLBACK_CREATED)
    properties.revision = 1


def _property_text(text: str) -> str:
    text = clean_text(text)
    if len(text) > MAX_PROPERTY_LENGTH:
        text = text[: MAX_PROPERTY_LENGTH - 1] + "\u2026"
    return text


def _as_utc(moment: dt.datetime) -> dt.datetime:
    """python-docx writes the time with a "Z", so give it UTC; a naive time is taken as UTC."""
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(dt.timezone.utc).replace(tzinfo=None)


# --- file -------------------------------------------------------------------------------


def package_bytes(document: Document) -> bytes:
    """The .docx as bytes, with fixed zip timestamps so the same input gives the same file.

    One zip pass: python-docx's own package writer (the same parts, in the same order)
    writes into a zip whose entries carry :data:`ZIP_TIMESTAMP` instead of the time now.
    """
    packed = io.BytesIO()
    package = document.part.package
    try:
        from docx.opc.pkgwriter import PackageWriter

        write_content_types = PackageWriter._write_content_types_stream
        write_package_rels = PackageWriter._write_pkg_rels
        write_parts = PackageWriter._write_parts
    except (ImportError, AttributeError):  # a python-docx without these helpers: save, then re-zip
        return _repacked(document)
    for part in package.parts:
        part.before_marshal()
    with zipfile.ZipFile(packed, "w", zipfile.ZIP_DEFLATED) as archive:
        writer = t.cast(t.Any, _FixedTimeZip(archive))  # python-docx asks only for write(pack_uri, blob)
        write_content_types(writer, package.parts)
        write_package_rels(writer, package.rels)
        write_parts(writer, package.parts)
    return packed.getvalue()


class _FixedTimeZip:
    """The ``write(pack_uri, blob)`` python-docx's package writer calls, with a fixed time."""

    def __init__(self, archive: zipfile.ZipFile) -> None:
        self.archive = archive

    def write(self, pack_uri: t.Any, blob: bytes) -> None:
        entry = zipfile.ZipInfo(pack_uri.membername, date_time=ZIP_TIMESTAMP)
        entry.compress_type = zipfile.ZIP_DEFLATED
        self.archive.writestr(entry, blob)


def _repacked(document: Document) -> bytes:
    raw = io.BytesIO()
    document.save(raw)
    packed = io.BytesIO()
    with zipfile.ZipFile(raw) as source, zipfile.ZipFile(packed, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            entry = zipfile.ZipInfo(item.filename, date_time=ZIP_TIMESTAMP)
            entry.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(entry, source.read(item))
    return packed.getvalue()


def identifier_of(path: Path) -> str | None:
    """The core property ``identifier`` of the Word file at ``path``; None if it has none or is no .docx."""
    try:
        with zipfile.ZipFile(path) as archive:
            core = archive.read("docProps/core.xml").decode("utf-8")
    except (OSError, KeyError, zipfile.BadZipFile, UnicodeDecodeError):
        return None
    found = re.search(r"<dc:identifier>([^<]*)</dc:identifier>", core)
    return html.unescape(found.group(1)) if found else None


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@functools.cache
def _file_mode() -> int:
    # NamedTemporaryFile creates files 0600; the renamed file should get the permissions any
    # other new file would (e.g. readable on a shared drive). Read once, on first write.
    return 0o666 & ~_current_umask()


_TEMPORARY = re.compile(r"\..+\.[A-Za-z0-9_]{8}\.tmp")  # what write_file_atomically names its temporary files
_CLEANED: set[Path] = set()


def clean_stale_temporaries(folder: Path, older_than: float = 15 * 60) -> None:
    """Remove hidden temporary files a killed run left in ``folder`` (once per folder and process)."""
    import time

    if folder in _CLEANED:
        return
    _CLEANED.add(folder)
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    now = time.time()
    for entry in entries:
        try:
            if (_TEMPORARY.fullmatch(entry.name) and entry.is_file(follow_symlinks=False)
                    and now - entry.stat(follow_symlinks=False).st_mtime >= older_than):
                os.unlink(entry.path)
        except OSError:
            continue


def write_file_atomically(data: bytes, path: Path) -> None:
    """Write ``data`` to a temporary file beside ``path``, sync it and rename it over ``path``.

    A symbolic link keeps pointing where it did (its target is replaced); a device or pipe
    such as /dev/stdout is written to directly, since there is no file to replace.
    """
    if path.is_symlink():
        path = path.resolve()
    if path.exists() and not path.is_file() and not path.is_dir():
        _write_directly(data, path)
        return
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise OutputError(
            f"cannot create folder {folder}: {_reason(err)}; choose another output folder"
        ) from err
    try:
        handle = tempfile.NamedTemporaryFile(delete=False, dir=folder, prefix=f".{path.stem}.", suffix=".tmp")
    except OSError as err:
        raise OutputError(f"cannot write {path}: {_reason(err)}; {_advice(err)}") from err
    temporary = Path(handle.name)
    try:
        with handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, _file_mode())
        os.replace(temporary, path)
    except BaseException as err:  # also Ctrl-C: never leave the temporary file behind
        temporary.unlink(missing_ok=True)
        if isinstance(err, OSError):
            raise OutputError(f"cannot write {path}: {_reason(err)}; {_advice(err)}") from err
        raise
    if _deferred_folders is not None:
        _deferred_folders.add(folder)  # synced once when the group of files is written
    else:
        _sync_folder(folder)


# Folders whose renames are made durable together, at the end of :func:`folder_syncs_deferred`.
_deferred_folders: set[Path] | None = None


@contextlib.contextmanager
def folder_syncs_deferred() -> t.Iterator[None]:
    """Sync each output folder once for all the files written inside the ``with`` block.

    Every file's data is still synced before its rename, so no file is ever half-written;
    what waits is the folder's record of the renames, which one sync covers for all the
    briefings of an article instead of one sync per file.
    """
    global _deferred_folders
    if _deferred_folders is not None:  # nested: the outer block syncs
        yield
        return
    _deferred_folders = set()
    try:
        yield
    finally:
        folders, _deferred_folders = _deferred_folders, None
        for folder in sorted(folders):
            _sync_folder(folder)


def _write_directly(data: bytes, path: Path) -> None:
    try:
        with path.open("wb") as handle:
            handle.write(data)
    except OSError as err:
        raise OutputError(f"cannot write {path}: {_reason(err)}; {_advice(err)}") from err


def _reason(err: OSError) -> str:
    return err.strerror or str(err)


def _advice(err: OSError) -> str:
    if isinstance(err, PermissionError):
        return "if the file is open in Word, close it; otherwise choose a folder you can write to"
    if err.errno == errno.ENOSPC:
        return "free some disk space and run again"
    if isinstance(err, IsADirectoryError):
        return "a folder has that name; choose another output file name"
    return "check the output folder and run again"


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); best effort, the file is complete anyway."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
