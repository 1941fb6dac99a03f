"""Build briefing/resources/reference.docx: the styles every briefing uses.

Run it from the repository root after changing a style here:

    .venv/bin/python tools/make_reference_docx.py

Staff may also edit the committed file in Word (Home > Styles); ``briefing.write`` only
needs the style names listed in ``briefing.write.REQUIRED_STYLES`` to exist.

The document starts from python-docx's default template, drops its demo parts, and
replaces every style with the ones below. Fonts are named explicitly in all four rFonts
slots (no theme fonts: a theme font silently overrides an explicit one in Word), and the
family is Arial, which has every Kazakh letter (ә ғ қ ң ө ұ ү һ і) and Mongolian ө ү.
On Linux, Arial resolves to Liberation Sans 2.x or Arimo; Liberation Sans 1.x lacks them.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import docx
from docx.document import Document as WordDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Twips

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing.write import FONT, REFERENCE_DOCX, package_bytes  # noqa: E402

W = nsdecls("w")
INK = "1F2A44"  # headings and title: dark navy, so blue machine-translated text stands out
MUTED = "5A6474"  # subtitle, notes, header and footer
RULE = "8C96A5"  # table rules
HAIRLINE = "C5CCD6"

# A4 with 2 cm side margins: the text block is 170 mm wide.
PAGE_WIDTH, PAGE_HEIGHT = Twips(11906), Twips(16838)
SIDE_MARGIN, TOP_MARGIN = Twips(1134), Twips(1134)  # 2 cm all round: a briefing note fits one A4 page
TEXT_WIDTH = Twips(PAGE_WIDTH.twips - 2 * SIDE_MARGIN.twips)

BULLET_NUM_ID, DECIMAL_NUM_ID = 1, 2
STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"


def main() -> None:
    document = docx.Document()
    drop_demo_parts(document)
    set_up_page(document.sections[0])
    write_numbering(document)
    write_styles(document)
    tidy_settings(document)
    set_core_properties(document)
    REFERENCE_DOCX.parent.mkdir(parents=True, exist_ok=True)
    REFERENCE_DOCX.write_bytes(package_bytes(document))
    print(f"wrote {REFERENCE_DOCX.relative_to(ROOT)}")


def drop_demo_parts(document: WordDocument) -> None:
    """Drop the template's thumbnail, custom XML and stale stylesWithEffects copy."""
    package_rels = document.part.package.rels
    for rId, rel in list(package_rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            package_rels.pop(rId)
    for rId, rel in list(document.part.rels.items()):
        if rel.reltype in (RT.CUSTOM_XML, STYLES_WITH_EFFECTS):
            document.part.drop_rel(rId)
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def set_up_page(section) -> None:
    section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
    section.left_margin = section.right_margin = SIDE_MARGIN
    section.top_margin = section.bottom_margin = TOP_MARGIN
    section.header_distance = section.footer_distance = Twips(624)
    # An explicit footer holding one empty "Footer" paragraph: write_docx fills it
    # with the date and page numbers, and keeps anything staff add (e.g. a marking).
    section.footer.is_linked_to_previous = False


def write_numbering(document: WordDocument) -> None:
    """Two lists: bullets (numId 1) for List Bullet, decimals (numId 2) for List Number."""
    numbering = document.part.numbering_part.element
    for child in list(numbering):
        numbering.remove(child)
    numbering.append(abstract_num(0, "bullet", ["\u2022", "\u2013", "\u25e6"]))
    numbering.append(
        abstract_num(1, "decimal", ["%1.", "%2)", "%3."], ["decimal", "lowerLetter", "lowerRoman"])
    )
    numbering.append(parse_xml(f'<w:num {W} w:numId="{BULLET_NUM_ID}"><w:abstractNumId w:val="0"/></w:num>'))
    numbering.append(parse_xml(f'<w:num {W} w:numId="{DECIMAL_NUM_ID}"><w:abstractNumId w:val="1"/></w:num>'))


def abstract_num(number: int, kind: str, texts: list[str], formats: list[str] | None = None):
    levels = []
    for level, text in enumerate(texts):
        fmt = formats[level] if formats else kind
        indent = 425 + level * 425
        levels.append(
            f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{indent}" w:hanging="357"/></w:pPr>'
            f"<w:rPr>{fonts_xml()}</w:rPr></w:lvl>"
        )
    return parse_xml(
        f'<w:abstractNum {W} w:abstractNumId="{number}">'
        f'<w:multiLevelType w:val="hybridMultilevel"/>{"".join(levels)}</w:abstractNum>'
    )


def fonts_xml(family: str = FONT) -> str:
    return f'<w:rFonts w:ascii="{family}" w:hAnsi="{family}" w:eastAsia="{family}" w:cs="{family}"/>'


def write_styles(document: WordDocument) -> None:
    styles = document.styles.element
    for style in styles.findall(qn("w:style")):
        styles.remove(style)
    set_doc_defaults(styles)
    for xml in STYLES:
        styles.append(parse_xml(xml))


def set_doc_defaults(styles) -> None:
    """Arial 11 pt in en-GB; write_docx replaces the language per briefing."""
    defaults = styles.find(qn("w:docDefaults"))
    defaults.getparent().remove(defaults)
    styles.insert(
        0,
        parse_xml(
            f"<w:docDefaults {W}><w:rPrDefault><w:rPr>{fonts_xml()}"
            '<w:sz w:val="22"/><w:szCs w:val="22"/>'
            '<w:lang w:val="en-GB" w:eastAsia="en-GB" w:bidi="en-GB"/></w:rPr></w:rPrDefault>'
            '<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/>'
            "</w:pPr></w:pPrDefault></w:docDefaults>"
        ),
    )


def style(
    kind: str,
    style_id: str,
    name: str,
    *,
    based_on: str | None = "Normal",
    next_style: str | None = None,
    ppr: str = "",
    rpr: str = "",
    extra: str = "",
    default: bool = False,
    hidden: bool = False,
    priority: int = 50,
) -> str:
    """One <w:style>; paragraph and character styles repeat the font in all four slots."""
    parts = [f'<w:name w:val="{name}"/>']
    if based_on:
        parts.append(f'<w:basedOn w:val="{based_on}"/>')
    if next_style:
        parts.append(f'<w:next w:val="{next_style}"/>')
    parts.append(f'<w:uiPriority w:val="{priority}"/>')
    parts.append("<w:semiHidden/><w:unhideWhenUsed/>" if hidden else "<w:qFormat/>")
    if ppr:
        parts.append(f"<w:pPr>{ppr}</w:pPr>")
    if kind in ("paragraph", "character") and not hidden:
        parts.append(f"<w:rPr>{fonts_xml()}{rpr}</w:rPr>")
    parts.append(extra)
    default_attr = ' w:default="1"' if default else ""
    return f'<w:style {W} w:type="{kind}"{default_attr} w:styleId="{style_id}">{"".join(parts)}</w:style>'


def paragraph(style_id: str, name: str, **kwargs) -> str:
    return style("paragraph", style_id, name, **kwargs)


def character(style_id: str, name: str, rpr: str) -> str:
    return style("character", style_id, name, based_on="DefaultParagraphFont", rpr=rpr, priority=20)


def spacing(before: int = 0, after: int = 0, line: int | None = None) -> str:
    line_attrs = f' w:line="{line}" w:lineRule="auto"' if line else ""
    return f'<w:spacing w:before="{before}" w:after="{after}"{line_attrs}/>'


def run_look(size_pt: float, colour: str | None = None, bold: bool = False, kern: bool = False) -> str:
    """Run properties in the order the schema requires (Word rejects them out of order)."""
    half_points = round(size_pt * 2)
    parts = ["<w:b/><w:bCs/>" if bold else ""]
    if colour:
        parts.append(f'<w:color w:val="{colour}"/>')
    if kern:  # pair kerning for large type
        parts.append(f'<w:kern w:val="{half_points}"/>')
    parts.append(f'<w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/>')
    return "".join(parts)


def heading(level: int, size_pt: float, before: int, after: int) -> str:
    return paragraph(
        f"Heading{level}",
        f"heading {level}",
        next_style="BodyText",
        ppr=f'<w:keepNext/><w:keepLines/>{spacing(before, after)}<w:outlineLvl w:val="{level - 1}"/>',
        rpr=run_look(size_pt, INK, bold=True),
        priority=9,
    )


def border(side: str, size: int, colour: str, space: int = 0) -> str:
    return f'<w:{side} w:val="single" w:sz="{size}" w:space="{space}" w:color="{colour}"/>'


def table_style() -> str:
    """Horizontal rules only, a shaded header row; header text is bold via Table Heading."""
    borders = border("top", 8, RULE) + border("bottom", 8, RULE) + border("insideH", 4, HAIRLINE)
    header = (
        '<w:tblStylePr w:type="firstRow"><w:tblPr/><w:trPr><w:tblHeader/></w:trPr>'
        f"<w:tcPr><w:tcBorders>{border('bottom', 8, RULE)}</w:tcBorders>"
        '<w:shd w:val="clear" w:color="auto" w:fill="E8ECF1"/></w:tcPr></w:tblStylePr>'
    )
    return style(
        "table",
        "BriefingTable",
        "Briefing Table",
        based_on="TableNormal",
        ppr=spacing(0, 0, 240),
        extra=(
            f"<w:tblPr><w:tblBorders>{borders}</w:tblBorders><w:tblCellMar>"
            '<w:top w:w="57" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
            '<w:bottom w:w="57" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
            f"</w:tblCellMar></w:tblPr>{header}"
        ),
        priority=40,
    )


STYLES: list[str] = [
    paragraph("Normal", "Normal", based_on=None, default=True, priority=0),
    style(
        "character",
        "DefaultParagraphFont",
        "Default Paragraph Font",
        based_on=None,
        default=True,
        hidden=True,
        priority=1,
    ),
    style(
        "table",
        "TableNormal",
        "Normal Table",
        based_on=None,
        default=True,
        hidden=True,
        priority=99,
        extra=(
            '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
            '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
            '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>'
        ),
    ),
    style("numbering", "NoList", "No List", based_on=None, default=True, hidden=True, priority=99),
    paragraph("BodyText", "Body Text", ppr=spacing(0, 120, 264), priority=1),
    paragraph(
        "Title",
        "Title",
        next_style="Subtitle",
        ppr=f"<w:keepNext/>{spacing(0, 80, 240)}",
        rpr=run_look(20, INK, bold=True, kern=True),
        priority=10,
    ),
    paragraph(
        "Subtitle",
        "Subtitle",
        next_style="BodyText",
        ppr=f"<w:pBdr>{border('bottom', 6, HAIRLINE, 8)}</w:pBdr>{spacing(0, 200, 264)}",
        rpr=run_look(13, MUTED),
        priority=11,
    ),
    heading(1, 13.5, 200, 80),
    heading(2, 12, 200, 60),
    heading(3, 11, 200, 60),
    paragraph(
        "ListBullet",
        "List Bullet",
        ppr=f'<w:numPr><w:numId w:val="{BULLET_NUM_ID}"/></w:numPr>{spacing(0, 60, 264)}',
        priority=36,
    ),
    paragraph(
        "ListNumber",
        "List Number",
        ppr=f'<w:numPr><w:numId w:val="{DECIMAL_NUM_ID}"/></w:numPr>{spacing(0, 60, 264)}',
        priority=37,
    ),
    # Not italic on purpose: italic is a toggle property, so an italic "Machine
    # Translation" span inside an italic paragraph style would show upright in Word.
    paragraph(
        "Quote",
        "Quote",
        next_style="BodyText",
        ppr=f"<w:pBdr>{border('left', 18, HAIRLINE, 8)}</w:pBdr>{spacing(80, 120, 264)}"
        '<w:ind w:left="397" w:right="567"/>',
        rpr=run_look(11, "3A4556"),
        priority=29,
    ),
    paragraph(
        "Note", "Note", next_style="BodyText", ppr=spacing(0, 120, 240), rpr=run_look(8.5, MUTED), priority=30
    ),
    paragraph("TableText", "Table Text", ppr=spacing(0, 0, 240), rpr=run_look(10), priority=31),
    paragraph(
        "TableHeading",
        "Table Heading",
        based_on="TableText",
        ppr="<w:keepNext/>",
        rpr="<w:b/><w:bCs/>",
        priority=32,
    ),
    paragraph(
        "Header",
        "header",
        ppr=spacing(0, 0, 240),
        rpr=run_look(8.5, MUTED),
        priority=99,
    ),
    paragraph(
        "Footer",
        "footer",
        ppr=f'<w:tabs><w:tab w:val="right" w:pos="{TEXT_WIDTH.twips}"/></w:tabs>{spacing(0, 0, 240)}',
        rpr=run_look(8.5, MUTED),
        priority=99,
    ),
    character("MachineTranslation", "Machine Translation", '<w:i/><w:iCs/><w:color w:val="1F5FAD"/>'),
    character(
        "Untranslated",
        "Untranslated",
        '<w:color w:val="8A3B00"/><w:shd w:val="clear" w:color="auto" w:fill="FBE5D6"/>',
    ),
    character(
        "NeedsReview",
        "Needs Review",
        '<w:u w:val="dotted" w:color="B00020"/><w:shd w:val="clear" w:color="auto" w:fill="FFF2CC"/>',
    ),
    table_style(),
]


def tidy_settings(document: WordDocument) -> None:
    """Let Word proof the text and open the file without "Compatibility Mode"."""
    settings = document.settings.element
    for tag in ("w:proofState", "w:rsids", "w:attachedTemplate"):
        for element in settings.findall(qn(tag)):
            settings.remove(element)
    for setting in settings.iter(qn("w:compatSetting")):
        if setting.get(qn("w:name")) == "compatibilityMode":
            setting.set(qn("w:val"), "15")
    for theme_lang in settings.findall(qn("w:themeFontLang")):
        theme_lang.set(qn("w:val"), "en-GB")


def set_core_properties(document: WordDocument) -> None:
    properties = document.core_properties
    properties.author = properties.last_modified_by = "briefing"
    properties.title = "Briefing reference styles"
    properties.comments = "Styles for briefing documents. Edit styles here; body text is discarded."
    properties.language = "en-GB"
    properties.revision = 1
    properties.created = properties.modified = dt.datetime(2025, 1, 1)  # fixed: reproducible bytes


if __name__ == "__main__":
    main()
