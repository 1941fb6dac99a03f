"""write_docx: styles, proofing languages, fonts, footer fields, properties, atomic writing."""

from __future__ import annotations

import datetime as dt
import errno
import os
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from briefing import write
from briefing.document import (
    MACHINE,
    REVIEW,
    UNTRANSLATED,
    BulletList,
    DocumentModel,
    Heading,
    Paragraph,
    Span,
    Table,
)
from briefing.errors import OutputError
from briefing.write import FALLBACK_CREATED, REFERENCE_DOCX, REQUIRED_STYLES, write_docx

CREATED = dt.datetime(2025, 9, 4, 9, 30)
TEXT = {
    "ru-RU": ("Министры встретились в Астане.", "Участники", "Подготовлено 4 сентября 2025 г.", "Стр. {page} из {pages}"),
    "kk-KZ": (
        "Министрлер Астанада кездесті: әңгіме ғылым, өнер, құрылыс, һәм ұлттық іс туралы.",
        "Қатысушылар",
        "2025 жылғы 4 қыркүйекте дайындалды",
        "Бет {page} / {pages}",
    ),
}


def make_model(lang: str, created: dt.datetime | None = CREATED) -> DocumentModel:
    body, people, footer, page = TEXT[lang]
    return DocumentModel(
        lang=lang,
        title="Брифинг",
        subject="Визит министра",
        keywords="Казахстан; Монголия",
        created=created,
        footer=footer,
        page_label=page,
        comments="argos-translate 1.9 (en→ru)",
        blocks=[
            Paragraph([Span("Брифинг")], style="title"),
            Paragraph([Span("Астана, 4\u202fсентября\x07 2025")], style="subtitle"),
            Heading([Span("Главное")], level=1),
            Paragraph(
                [
                    Span(body, mark=MACHINE),
                    Span(" Ulaanbaatar Declaration", mark=UNTRANSLATED),
                    Span(" Ерлан Қарин", mark=REVIEW),
                    Span(" жирный", bold=True),
                    Span(" курсив", italic=True),
                    Span(" Astana Hub", lang="en-GB"),
                ]
            ),
            Heading([Span(people)], level=2),
            BulletList([[Span("Первый")], [Span("Второй", mark=MACHINE)]]),
            BulletList([[Span("Один")], [Span("Два")]], ordered=True),
            BulletList([[Span("Снова один")]], ordered=True),
            Table(
                header=[[Span("Имя")], [Span("Должность")]],
                rows=[
                    [[Span("Мурат Нуртлеу")], [Span("Министр", mark=MACHINE)]],
                    [[Span("Батмөнхийн Баттсэцэг", mark=REVIEW)]],  # a short row gets an empty cell
                ],
            ),
            Paragraph([Span("«Новая глава»", mark=MACHINE)], style="quote"),
            Paragraph([Span("Машинный перевод")], style="note"),
        ],
    )


@pytest.fixture(params=["ru-RU", "kk-KZ"])
def lang(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def document(lang: str, tmp_path: Path):
    path = write_docx(make_model(lang), tmp_path / "new folder" / "briefing.docx")
    return docx.Document(path)


def runs_with_text(document) -> dict[str, object]:
    return {run.text: run for paragraph in document.paragraphs for run in paragraph.runs}


def test_paragraphs_keep_text_and_style(document, lang: str) -> None:
    body, people, _, _ = TEXT[lang]
    assert [(p.style.name, p.text) for p in document.paragraphs] == [
        ("Title", "Брифинг"),
        ("Subtitle", "Астана, 4\u00a0сентября 2025"),  # control char gone, U+202F -> U+00A0
        ("Heading 1", "Главное"),
        ("Body Text", f"{body}* Ulaanbaatar Declaration† Ерлан Қарин‡ жирный курсив Astana Hub"),  # marks' symbols
        ("Heading 2", people),
        ("List Bullet", "Первый"),
        ("List Bullet", "Второй*"),
        ("List Number", "Один"),
        ("List Number", "Два"),
        ("List Number", "Снова один"),
        ("Quote", "«Новая глава»*"),
        ("Note", "Машинный перевод"),
    ]


def test_list_styles_are_real_numbered_lists(document) -> None:
    numbering = document.part.numbering_part.element
    formats = {}
    for name in ("List Bullet", "List Number"):
        num_id = document.styles[name].element.pPr.numPr.numId.val
        abstract_id = numbering.num_having_numId(num_id).abstractNumId.val
        level = f"w:abstractNum[@w:abstractNumId='{abstract_id}']/w:lvl[@w:ilvl='0']"
        formats[name] = numbering.xpath(f"{level}/w:numFmt/@w:val")[0]
    assert formats == {"List Bullet": "bullet", "List Number": "decimal"}


def test_each_numbered_list_restarts_at_one(document) -> None:
    numbered = [p for p in document.paragraphs if p.style.name == "List Number"]
    num_ids = [p._p.pPr.numPr.numId.val for p in numbered]
    assert num_ids[0] == num_ids[1] != num_ids[2]
    numbering = document.part.numbering_part.element
    for num_id in {num_ids[0], num_ids[2]}:
        start = numbering.num_having_numId(num_id).xpath("w:lvlOverride/w:startOverride/@w:val")
        assert start == ["1"]


def test_table_has_style_contents_and_repeating_header(document) -> None:
    (table,) = document.tables
    assert table.style.name == "Briefing Table"
    assert [[cell.text for cell in row.cells] for row in table.rows] == [
        ["Имя", "Должность"],
        ["Мурат Нуртлеу", "Министр*"],
        ["Батмөнхийн Баттсэцэг‡", ""],
    ]
    header, *rows = table.rows
    assert header._tr.trPr.find(qn("w:tblHeader")) is not None
    assert all(row._tr.trPr.find(qn("w:tblHeader")) is None for row in rows)
    assert {cell.paragraphs[0].style.name for cell in header.cells} == {"Table Heading"}
    assert document.styles["Table Heading"].font.bold
    section = document.sections[0]
    text_width = section.page_width - section.left_margin - section.right_margin
    assert sum(column.width for column in table.columns) == pytest.approx(text_width, abs=635 * 2)


def test_marks_become_character_styles(document, lang: str) -> None:
    runs = runs_with_text(document)
    assert runs[TEXT[lang][0]].style.name == "Machine Translation"
    assert runs[" Ulaanbaatar Declaration"].style.name == "Untranslated"
    assert runs[" Ерлан Қарин"].style.name == "Needs Review"
    assert runs[" жирный"].style.name == "Default Paragraph Font"
    assert runs[" жирный"].bold and runs[" курсив"].italic
    assert runs[" курсив"].bold is None  # never an explicit "off" that beats a bold style
    for name in ("Machine Translation", "Untranslated", "Needs Review"):
        assert document.styles[name].type == docx.enum.style.WD_STYLE_TYPE.CHARACTER


def lang_of(element) -> tuple[str | None, ...]:
    found = (
        element.find(qn("w:rPr") + "/" + qn("w:lang"))
        if element.tag == qn("w:r")
        else element.find(qn("w:lang"))
    )
    assert found is not None, "no w:lang"
    return tuple(found.get(qn(f"w:{name}")) for name in ("val", "eastAsia", "bidi"))


def test_every_run_and_the_defaults_carry_the_proofing_language(document, lang: str) -> None:
    defaults = document.styles.element.find(
        qn("w:docDefaults") + "/" + qn("w:rPrDefault") + "/" + qn("w:rPr")
    )
    assert lang_of(defaults) == (lang, lang, lang)
    english = {" Ulaanbaatar Declaration", "†", " Astana Hub"}  # † : the untranslated mark's symbol
    runs = document.element.body.iter(qn("w:r"))
    footer_runs = document.sections[0].footer._element.iter(qn("w:r"))
    for r in [*runs, *footer_runs]:
        text = "".join(t.text for t in r.iter(qn("w:t")))
        expected = "en-GB" if text in english else lang
        assert lang_of(r) == (expected, expected, expected), text


def test_fonts_fill_all_four_slots_without_theme_fonts(document) -> None:
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults")).find(".//" + qn("w:rFonts"))
    slots = ("ascii", "hAnsi", "eastAsia", "cs")
    assert [defaults.get(qn(f"w:{slot}")) for slot in slots] == ["Arial"] * 4
    for name in REQUIRED_STYLES:
        style = document.styles[name]
        if style.type == docx.enum.style.WD_STYLE_TYPE.TABLE:
            continue
        fonts = style.element.rPr.rFonts
        assert [fonts.get(qn(f"w:{slot}")) for slot in slots] == ["Arial"] * 4, name
    assert not styles.xpath("//w:rFonts[@w:asciiTheme or @w:hAnsiTheme or @w:eastAsiaTheme or @w:cstheme]")


def test_footer_has_text_and_page_fields(document, lang: str) -> None:
    _, _, footer_text, page_label = TEXT[lang]
    footer = document.sections[0].footer
    (paragraph,) = footer.paragraphs
    assert paragraph.style.name == "Footer"
    # the catalog's pattern with its {page} and {pages} slots turned into Word fields
    words = page_label.replace("{page}", "").replace("{pages}", "")
    assert paragraph.text.startswith(f"{footer_text}\t{words.split()[0]}")
    instructions = [node.text.strip() for node in footer._element.iter(qn("w:instrText"))]
    assert instructions == ["PAGE", "NUMPAGES"]


def test_core_properties(document, lang: str) -> None:
    properties = document.core_properties
    assert (properties.title, properties.subject, properties.keywords) == (
        "Брифинг",
        "Визит министра",
        "Казахстан; Монголия",
    )
    assert (properties.language, properties.category) == (lang, "Briefing")
    assert properties.comments == "argos-translate 1.9 (en→ru)"
    assert (properties.author, properties.last_modified_by, properties.revision) == (
        "briefing",
        "briefing",
        1,
    )
    assert properties.created == properties.modified == CREATED.replace(tzinfo=dt.timezone.utc)


def test_created_in_another_time_zone_is_stored_as_utc(tmp_path: Path) -> None:
    astana = dt.datetime(2025, 9, 4, 15, 0, tzinfo=dt.timezone(dt.timedelta(hours=5)))
    path = write_docx(make_model("kk-KZ", created=astana), tmp_path / "b.docx")
    assert docx.Document(path).core_properties.created == dt.datetime(
        2025, 9, 4, 10, 0, tzinfo=dt.timezone.utc
    )


def test_without_a_date_output_is_fixed_and_reproducible(tmp_path: Path) -> None:
    first = write_docx(make_model("kk-KZ", created=None), tmp_path / "a.docx")
    second = write_docx(make_model("kk-KZ", created=None), tmp_path / "b.docx")
    assert first.read_bytes() == second.read_bytes()
    created = docx.Document(first).core_properties.created
    assert created == FALLBACK_CREATED


def test_word_is_told_to_proofread(document) -> None:
    assert document.settings.element.find(qn("w:proofState")) is None


def test_reference_body_is_replaced_and_its_styles_kept(tmp_path: Path) -> None:
    reference = docx.Document(REFERENCE_DOCX)
    reference.add_paragraph("Delete me")
    reference.styles["Body Text"].font.size = docx.shared.Pt(13)
    reference.save(tmp_path / "staff.docx")
    result = docx.Document(
        write_docx(make_model("ru-RU"), tmp_path / "out.docx", reference=tmp_path / "staff.docx")
    )
    assert "Delete me" not in [p.text for p in result.paragraphs]
    assert result.styles["Body Text"].font.size == docx.shared.Pt(13)


def test_reference_without_a_needed_style_is_an_output_error(tmp_path: Path) -> None:
    reference = docx.Document(REFERENCE_DOCX)
    style = reference.styles["Needs Review"].element
    style.getparent().remove(style)
    reference.save(tmp_path / "staff.docx")
    with pytest.raises(OutputError, match="Needs Review"):
        write_docx(make_model("ru-RU"), tmp_path / "out.docx", reference=tmp_path / "staff.docx")


def leftovers(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def test_failed_save_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from docx.opc.pkgwriter import PackageWriter

    def broken_parts(writer, parts) -> None:  # python-docx fails half-way through the package
        writer.write(next(iter(parts)).partname, b"half a part")
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(PackageWriter, "_write_parts", staticmethod(broken_parts))
    with pytest.raises(OutputError, match=r"briefing\.docx"):
        write_docx(make_model("ru-RU"), tmp_path / "briefing.docx")
    assert leftovers(tmp_path) == []


def test_failure_mid_write_keeps_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = write_docx(make_model("ru-RU"), tmp_path / "briefing.docx")
    before = target.read_bytes()

    def disk_full(descriptor: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(write.os, "fsync", disk_full)
    with pytest.raises(OutputError, match="disk space"):
        write_docx(make_model("kk-KZ"), target)
    assert target.read_bytes() == before
    assert leftovers(tmp_path) == ["briefing.docx"]


def test_written_file_gets_normal_permissions(tmp_path: Path) -> None:
    target = write_docx(make_model("ru-RU"), tmp_path / "briefing.docx")
    if os.name == "posix":
        assert target.stat().st_mode & 0o777 == write._file_mode()


def test_folder_that_cannot_be_created_is_an_output_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    with pytest.raises(OutputError, match="not-a-folder"):
        write_docx(make_model("ru-RU"), blocker / "briefing.docx")


def test_permission_denied_says_what_to_do(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def denied(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(write.tempfile, "NamedTemporaryFile", denied)
    with pytest.raises(OutputError, match="folder you can write to"):
        write_docx(make_model("ru-RU"), tmp_path / "briefing.docx")


def test_file_open_in_word_says_close_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def locked(source, target) -> None:  # what Windows does while Word holds the file
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(write.os, "replace", locked)
    with pytest.raises(OutputError, match="open in Word, close it"):
        write_docx(make_model("ru-RU"), tmp_path / "briefing.docx")
    assert leftovers(tmp_path) == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can write anywhere")
def test_unwritable_folder_is_an_output_error(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(OutputError, match="folder you can write to"):
            write_docx(make_model("ru-RU"), folder / "briefing.docx")
    finally:
        folder.chmod(0o700)


def test_packaged_reference_has_every_needed_style() -> None:
    styles = docx.Document(REFERENCE_DOCX).styles
    assert [name for name in REQUIRED_STYLES if name not in styles] == []
    assert styles["Briefing Table"].type == docx.enum.style.WD_STYLE_TYPE.TABLE


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_the_output(tmp_path: Path) -> None:
    source = write_docx(make_model("kk-KZ"), tmp_path / "briefing.docx")
    profile = (tmp_path / "profile").as_uri()
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert (tmp_path / "briefing.pdf").read_bytes().startswith(b"%PDF")


def test_runs_are_the_xml_python_docx_would_write() -> None:
    """The writer builds runs with lxml for speed; the XML must be python-docx's own."""
    from docx.enum.style import WD_STYLE_TYPE
    from lxml import etree

    spans = [Span("plain"), Span(" leading space", mark=MACHINE), Span("tab\there", bold=True),
             Span("line\nbreak\r\n", italic=True, mark=REVIEW), Span("english", mark=UNTRANSLATED, bold=True),
             Span("own language", lang="de-DE")]
    ours = docx.Document(str(REFERENCE_DOCX))
    paragraph = ours.add_paragraph()
    write._add_spans(paragraph._p, spans, "ru-RU", write._StyleIds.of(ours, REFERENCE_DOCX))
    theirs = docx.Document(str(REFERENCE_DOCX)).add_paragraph()
    for span in spans:
        text = write.clean_text(span.text)
        pieces = [(text, False)]
        if span.mark:  # the text, its mark's symbol in superscript, then any trailing space
            core = text.rstrip()
            pieces = [(core, False), (write.MARK_SYMBOLS[span.mark], True), (text[len(core):], False)]
        for piece, symbol in pieces:
            if not piece:
                continue
            run = theirs.add_run(piece, style=write._mark_style(span.mark))
            if span.bold:
                run.bold = True
            if span.italic:
                run.italic = True
            if symbol:
                run.font.superscript = True
            language = write._span_lang(span, "ru-RU")
            write._set_lang(run._r.get_or_add_rPr(), language)
    assert etree.tostring(paragraph._p) == etree.tostring(theirs._p)
    assert write._StyleIds.of(ours, REFERENCE_DOCX)("Needs Review", WD_STYLE_TYPE.CHARACTER) == \
        ours.styles["Needs Review"].style_id


def test_one_zip_pass_gives_the_bytes_of_save_and_repack() -> None:
    document = write.build_document(make_model("kk-KZ"))
    assert write.package_bytes(document) == write._repacked(document)


# --- the page staff expect: marks in black and white, whole names in cells, the department header ---


def test_each_marked_stretch_carries_its_symbol_for_black_and_white_printing(tmp_path: Path) -> None:
    document = docx.Document(str(write_docx(make_model("ru-RU"), tmp_path / "b.docx")))
    paragraph = next(p for p in document.paragraphs if "Ulaanbaatar Declaration" in p.text)
    assert "Ulaanbaatar Declaration†" in paragraph.text
    assert "Ерлан Қарин‡" in paragraph.text
    symbols = [run for run in paragraph.runs if run.text in write.MARK_SYMBOLS.values()]
    assert [run.text for run in symbols] == ["*", "†", "‡"]
    assert all(run.font.superscript for run in symbols)
    assert [run.style.name for run in symbols] == ["Machine Translation", "Untranslated", "Needs Review"]


def test_names_in_narrow_table_cells_are_never_broken_mid_word(tmp_path: Path) -> None:
    long_title = "Chairman of the Committee on International Affairs, Defence and Security of the Senate " * 2
    model = DocumentModel(lang="ru-RU", title="t", blocks=[Table(
        header=[[Span("Имя")], [Span("Должность")], [Span("Страна или организация")]],
        rows=[[[Span("Дашзэгвийна Амарбаясгалана")], [Span(long_title)], [Span(long_title)]]],
    )])
    document = docx.Document(str(write_docx(model, tmp_path / "t.docx")))
    name_column = document.tables[0].columns[0]
    assert name_column.width.twips >= len("Амарбаясгалана") * write.WORD_CHAR_WIDTH + write.CELL_PADDING


def test_the_department_header_is_printed_above_every_page(tmp_path: Path) -> None:
    model = make_model("ru-RU")
    model.header = [("Ministry of Foreign Affairs · Asia Department", "For official use"), ("BR/2025-09-04/1a2b", "")]
    document = docx.Document(str(write_docx(model, tmp_path / "h.docx")))
    lines = [p.text for p in document.sections[0].header.paragraphs if p.text]
    assert lines == ["Ministry of Foreign Affairs · Asia Department\tFor official use", "BR/2025-09-04/1a2b"]
    assert document.sections[0].header.paragraphs[-1].style.name == "Header"


def test_letter_page_size(tmp_path: Path) -> None:
    model = make_model("ru-RU")
    model.page_size = "Letter"
    section = docx.Document(str(write_docx(model, tmp_path / "l.docx"))).sections[0]
    assert (section.page_width.twips, section.page_height.twips) == (12240, 15840)


def test_files_written_together_sync_their_folder_once(tmp_path, monkeypatch):
    synced: list[Path] = []
    monkeypatch.setattr(write, "_sync_folder", synced.append)
    with write.folder_syncs_deferred():
        for name in ("a.ru.docx", "a.kk.docx", "a.mn.docx"):
            write.write_file_atomically(b"briefing", tmp_path / name)
        assert synced == []  # each file's data is synced; the folder waits for the group
    assert synced == [tmp_path]
    assert sorted(path.name for path in tmp_path.iterdir()) == ["a.kk.docx", "a.mn.docx", "a.ru.docx"]
    write.write_file_atomically(b"briefing", tmp_path / "b.docx")  # alone: synced at once, as before
    assert synced == [tmp_path, tmp_path]
