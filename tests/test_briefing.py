"""End to end: the seed article in, four Word briefings out, checked as a reader gets them.

Golden files in tests/golden/ hold a normalized view of each briefing (one line per
paragraph or table row, with its style). After a deliberate change, refresh them with
``UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_briefing.py`` and read the diff.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from docx.oxml.ns import qn

from briefing.cli import cli

REPO = Path(__file__).resolve().parents[1]
GOLDEN = Path(__file__).parent / "golden"
SEED = REPO / "seeds" / "000_f116ff059f125dc2.txt"
LANG_TAGS = {"en": "en-GB", "ru": "ru-RU", "kk": "kk-KZ", "mn": "mn-MN"}
KAZAKH_LETTERS = "әғқңөұүһі"
BRANDS = ("Trend", "Kazakh Invest")
MARK_STYLES = {"Machine Translation", "Untranslated"}


def run(*args: str) -> object:
    result = CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)
    return result


@pytest.fixture(scope="module")
def briefings(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("out")
    result = CliRunner().invoke(cli, ["generate", str(SEED), "--out", str(out), "--translator", "none",
                                      "--prepared-on", "2025-09-05"])
    assert result.exit_code == 0, result.output
    files = {path.name.split(".")[-2]: path for path in out.glob("*.docx")}
    return files


def lines_of(path: Path) -> list[str]:
    """A normalized reading of a briefing: style and text of each paragraph and table row."""
    document = docx.Document(str(path))
    lines = []
    body = document.element.body
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            paragraph = docx.text.paragraph.Paragraph(child, document)
            if paragraph.text.strip():
                lines.append(f"{paragraph.style.name}: {paragraph.text}")
        elif child.tag == qn("w:tbl"):
            table = docx.table.Table(child, document)
            for row in table.rows:
                lines.append("row: " + " | ".join(cell.text for cell in row.cells))
    return lines


def test_one_file_per_language_with_a_stable_name(briefings: dict[str, Path]) -> None:
    from briefing.ingest import read_article
    from briefing.pipeline import article_id

    assert sorted(briefings) == ["en", "kk", "mn", "ru"]
    short_id = article_id(read_article(SEED).text)[:8]  # a fingerprint of the article's text
    assert re.fullmatch(r"[0-9a-f]{8}", short_id)
    for lang, path in briefings.items():
        assert path.name == f"2025-09-04_kazakhstan-mongolia-memorandum_{short_id}.{lang}.docx"


def test_file_names_without_a_full_date() -> None:
    from briefing.models import Facts
    from briefing.pipeline import output_name

    planned = Facts(event_date_partial="--06-01/--06-04", countries=["BY", "MN"], event_type="visit")
    assert output_name(planned, "mn") == "undated-06-01_belarus-mongolia-visit.mn.docx"
    call = Facts(countries=["KZ", "MN"], event_type="phone_call")
    assert output_name(call, "ru") == "undated_kazakhstan-mongolia-phone-call.ru.docx"


def test_a_file_is_named_after_the_first_signed_document_of_a_known_kind() -> None:
    from briefing.models import Facts, SignedDocument
    from briefing.pipeline import output_name

    counted = SignedDocument(type="other", title="20 agreements, memorandums and contracts")
    roadmap = SignedDocument(type="roadmap", title="roadmap on trade")
    talks = Facts(countries=["KZ", "CN"], event_type="talks", documents_signed=[counted])
    assert output_name(talks, "en") == "undated_kazakhstan-china-talks.en.docx"
    talks.documents_signed.append(roadmap)
    assert output_name(talks, "en") == "undated_kazakhstan-china-roadmap.en.docx"


@pytest.mark.parametrize("lang", ["en", "ru", "kk", "mn"])
def test_text_matches_golden(briefings: dict[str, Path], lang: str) -> None:
    actual = "\n".join(lines_of(briefings[lang])) + "\n"
    golden = GOLDEN / f"seed.{lang}.txt"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(actual, encoding="utf-8")
    assert actual == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", ["en", "ru", "kk", "mn"])
def test_real_word_styles(briefings: dict[str, Path], lang: str) -> None:
    document = docx.Document(str(briefings[lang]))
    used = {p.style.name for p in document.paragraphs}
    assert {"Title", "Subtitle", "Heading 1", "List Bullet", "Quote"} <= used
    [table] = document.tables
    assert table.style is not None and table.style.name != "Normal Table"


@pytest.mark.parametrize("lang", ["en", "ru", "kk", "mn"])
def test_proofing_language_on_defaults_and_every_run(briefings: dict[str, Path], lang: str) -> None:
    document = docx.Document(str(briefings[lang]))
    defaults = document.styles.element.find(qn("w:docDefaults"))
    default_lang = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
    assert default_lang.get(qn("w:val")) == LANG_TAGS[lang]
    for paragraph in _all_paragraphs(document):
        for run in paragraph.runs:
            if not run.text.strip():
                continue
            tag = run._r.find(f"{qn('w:rPr')}/{qn('w:lang')}")
            assert tag is not None, run.text
            untranslated = run.style is not None and run.style.name == "Untranslated"
            expected = "en-GB" if untranslated else LANG_TAGS[lang]
            assert tag.get(qn("w:val")) == expected, run.text


@pytest.mark.parametrize("lang", ["ru", "kk", "mn"])
def test_no_latin_letters_outside_marked_text_and_brands(briefings: dict[str, Path], lang: str) -> None:
    document = docx.Document(str(briefings[lang]))
    for paragraph in _all_paragraphs(document):
        for run in paragraph.runs:
            if run.style is not None and run.style.name in MARK_STYLES:
                continue
            text = run.text
            for brand in BRANDS:
                text = text.replace(brand, "")
            assert not re.search(r"[A-Za-z]", text), f"{lang}: Latin letters in {run.text!r}"


def test_kazakh_briefing_uses_kazakh_letters_and_a_font_that_has_them(briefings: dict[str, Path]) -> None:
    document = docx.Document(str(briefings["kk"]))
    text = "\n".join(line for line in lines_of(briefings["kk"]))
    assert any(letter in text.lower() for letter in KAZAKH_LETTERS)
    fonts = document.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:rFonts')}")
    slots = {slot: fonts.get(qn(f"w:{slot}")) for slot in ("ascii", "hAnsi", "eastAsia", "cs")}
    assert len(set(slots.values())) == 1 and None not in slots.values(), slots


@pytest.mark.parametrize("lang", ["en", "ru", "kk", "mn"])
def test_core_properties_are_deterministic(briefings: dict[str, Path], lang: str) -> None:
    properties = docx.Document(str(briefings[lang])).core_properties
    assert properties.language == LANG_TAGS[lang]
    assert properties.title
    assert properties.created.date().isoformat() == "2025-09-04"


def test_footer_has_prepared_on_and_page_numbers(briefings: dict[str, Path]) -> None:
    with zipfile.ZipFile(briefings["ru"]) as archive:
        footers = [archive.read(n).decode() for n in archive.namelist() if n.startswith("word/footer")]
    joined = "\n".join(footers)
    assert "PAGE" in joined
    assert "5 сентября 2025" in joined  # --prepared-on; the article's date is the 4th


def test_facts_round_trip_and_render_reflects_edits(tmp_path: Path, seed_path: Path) -> None:
    facts_file = tmp_path / "facts.json"
    assert run("extract", seed_path, "-o", facts_file).exit_code == 0
    data = json.loads(facts_file.read_text(encoding="utf-8"))
    data["participants"][0]["title"] = "Speaker of the Senate"
    data["cooperation_areas"].append("tourism")
    facts_file.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = run("render", facts_file, "--lang", "en", "--out", tmp_path, "--translator", "none")
    assert result.exit_code == 0, result.output
    [path] = tmp_path.glob("*.en.docx")
    text = "\n".join(lines_of(path))
    assert "Speaker of the Senate" in text
    assert "innovation, as well as tourism." in text  # pairs among the areas: the last one with "as well as"


def test_extract_prints_the_json_contract(seed_path: Path) -> None:
    result = run("extract", seed_path, "--format", "json")
    data = json.loads(result.output)
    for key in ("event_date", "location", "event_type", "participants", "mentioned_people", "organizations",
                "countries", "source_agency", "documents_signed", "cooperation_areas", "quotes",
                "planned_events"):
        assert key in data
    assert data["event_date"] == "2025-09-04"
    assert data["source_agency"] == "Trend"


def test_broken_template_is_reported_with_file_and_line(tmp_path: Path, seed_path: Path) -> None:
    templates = tmp_path / "templates"
    shutil.copytree(REPO / "templates", templates)
    template = templates / "briefing.md.j2"
    lines = template.read_text(encoding="utf-8").splitlines()
    subtitle = next(index for index, line in enumerate(lines) if line.startswith("{{ b.event_type }}"))
    lines[subtitle] = lines[subtitle] + " {{ b.venue }}"
    template.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["generate", str(seed_path), "--lang", "ru", "--out", str(tmp_path),
                                      "--templates", str(templates), "--translator", "none"])
    assert result.exit_code == 1
    assert f"{template}:{subtitle + 1}" in result.output
    assert "venue" in result.output
    assert "Traceback" not in result.output
    assert not list(tmp_path.glob("*.docx"))


def test_missing_catalog_is_an_error_not_english(tmp_path: Path, seed_path: Path) -> None:
    result = CliRunner().invoke(cli, ["generate", str(seed_path), "--lang", "de", "--out", str(tmp_path),
                                      "--translator", "none"])
    assert result.exit_code == 1
    assert "No catalog for 'de'" in result.output
    assert "pybabel init" in result.output


def test_staff_edit_of_catalog_and_termbase_shows_in_the_next_run(tmp_path: Path, seed_path: Path) -> None:
    locales = tmp_path / "locales"
    shutil.copytree(REPO / "locales", locales)
    po = locales / "kk" / "LC_MESSAGES" / "messages.po"
    text = po.read_text(encoding="utf-8")
    text, count = re.subn(r'(msgid "Participants"\nmsgstr )"[^"]*"', r'\1"Қатысушылар тізімі"', text)
    assert count == 1
    po.write_text(text, encoding="utf-8")
    termbase = locales / "termbase.csv"
    rows = termbase.read_text(encoding="utf-8")
    assert "Ерлан Қошанов" in rows
    termbase.write_text(rows.replace("Ерлан Қошанов", "Ерлан Жақанұлы Қошанов"), encoding="utf-8")
    result = CliRunner().invoke(cli, ["generate", str(seed_path), "--lang", "kk", "--out", str(tmp_path),
                                      "--locales", str(locales), "--translator", "none"])
    assert result.exit_code == 0, result.output
    [path] = tmp_path.glob("*.kk.docx")
    text = "\n".join(lines_of(path))
    assert "Heading 1: Қатысушылар тізімі" in text
    assert "Ерлан Жақанұлы Қошанов" in text


def test_missing_message_in_a_catalog_is_listed(tmp_path: Path, seed_path: Path) -> None:
    locales = tmp_path / "locales"
    shutil.copytree(REPO / "locales", locales)
    po = locales / "ru" / "LC_MESSAGES" / "messages.po"
    text = re.sub(r'(msgid "Summary"\nmsgstr )"[^"]*"', r'\1""', po.read_text(encoding="utf-8"))
    po.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["generate", str(seed_path), "--lang", "ru", "--out", str(tmp_path),
                                      "--locales", str(locales), "--translator", "none"])
    assert result.exit_code == 0
    assert "'Summary'" in result.output


def test_catalog_typo_is_reported_with_file_and_line(tmp_path: Path) -> None:
    locales = tmp_path / "locales"
    shutil.copytree(REPO / "locales", locales)
    po = locales / "kk" / "LC_MESSAGES" / "messages.po"
    lines = po.read_text(encoding="utf-8").splitlines()
    number = next(i for i, line in enumerate(lines) if line.startswith('msgstr "Қатысушылар"'))
    lines[number] = lines[number].rstrip('"')
    po.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run("generate", SEED, "--lang", "kk", "--out", tmp_path, "--locales", locales)
    assert result.exit_code == 1
    assert f"{po}:{number + 1}: the text has no closing quote" in result.output


def test_unknown_language_code_is_a_usage_error(tmp_path: Path) -> None:
    result = run("generate", SEED, "--lang", "ru,xx", "--out", tmp_path)
    assert result.exit_code == 2
    assert "'xx' is not a language code" in result.output


def test_malformed_facts_file_names_the_line(tmp_path: Path) -> None:
    facts_file = tmp_path / "facts.json"
    facts_file.write_text('{\n  "event_type": "signing",\n  "participants": [\n}\n', encoding="utf-8")
    result = run("render", facts_file, "--out", tmp_path)
    assert result.exit_code == 1
    assert f"{facts_file}:4" in result.output


def test_missing_article_is_one_clear_line(tmp_path: Path) -> None:
    result = run("generate", tmp_path / "nope.txt", "--out", tmp_path)
    assert result.exit_code == 1
    assert "no such file" in result.output
    assert "Traceback" not in result.output


def test_python_m_briefing_and_version() -> None:
    from briefing import __version__

    completed = subprocess.run([sys.executable, "-m", "briefing", "--version"], capture_output=True, text=True,
                               check=True)
    assert __version__ in completed.stdout
    for command in ("generate", "extract", "render", "eval", "models"):
        assert run(command, "--help").exit_code == 0


def _all_paragraphs(document: docx.document.Document) -> list[docx.text.paragraph.Paragraph]:
    paragraphs = list(document.paragraphs)
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                paragraphs.extend(cell.paragraphs)
    return paragraphs


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        ({"participants": [{"name": "A", "title": 5}]}, "participants[0].title: expected text or null, got a number"),
        ({"cooperation_areas": "trade"}, "cooperation_areas: expected a list […], got text"),
        ({"quotes": [{"speaker": "A", "text": None}]}, "quotes[0].text: must not be empty"),
        ({"mentioned_people": [{"name": "A", "country": "XX"}]}, "'XX' is not an ISO 3166 alpha-2 country code"),
        ({"event_date_partial": "June 1"}, "event_date_partial 'June 1' is not --MM-DD"),
    ],
)
def test_hand_edited_facts_of_the_wrong_shape_are_named(tmp_path: Path, edit: dict, message: str) -> None:
    facts_file = tmp_path / "facts.json"
    facts_file.write_text(json.dumps({"event_type": "meeting", **edit}), encoding="utf-8")
    result = run("render", facts_file, "--out", tmp_path, "--lang", "en")
    assert result.exit_code == 1
    assert f"{facts_file}: {message}" in result.output
    assert "Traceback" not in result.output


def test_facts_saved_with_a_byte_order_mark_are_read(tmp_path: Path) -> None:
    facts_file = tmp_path / "facts.json"
    facts_file.write_text("\ufeff" + json.dumps({"event_type": "meeting", "countries": ["KZ"]}), encoding="utf-8")
    assert run("render", facts_file, "--out", tmp_path, "--lang", "en", "--translator", "none").exit_code == 0


def test_language_codes_with_regions_use_the_house_style(tmp_path: Path) -> None:
    result = run("generate", SEED, "--lang", "kk_KZ,ru-RU", "--out", tmp_path, "--translator", "none")
    assert result.exit_code == 0, result.output
    assert sorted(path.name.split(".")[-2] for path in tmp_path.glob("*.docx")) == ["kk", "ru"]


def test_names_with_brackets_print_as_written(tmp_path: Path) -> None:
    facts_file = tmp_path / "facts.json"
    facts_file.write_text(json.dumps({"event_type": "meeting",
                                      "participants": [{"name": "John [red]Smith[/red] [/x] :warning:"}]}),
                          encoding="utf-8")
    result = run("render", facts_file, "--out", tmp_path / "o[red]x", "--lang", "ru", "--translator", "none")
    assert result.exit_code == 0, result.output
    assert "o[red]x" in result.output
    assert "[/x] :warning:" in result.output  # the review warning shows the name untouched


def test_writing_facts_through_a_link_keeps_the_link(tmp_path: Path) -> None:
    target = tmp_path / "real.json"
    link = tmp_path / "link.json"
    link.symlink_to(target)
    assert run("extract", SEED, "-o", link).exit_code == 0
    assert link.is_symlink()
    assert json.loads(target.read_text(encoding="utf-8"))["event_date"] == "2025-09-04"


def test_an_undated_briefing_is_created_on_the_day_it_was_prepared(tmp_path: Path) -> None:
    article = tmp_path / "undated.txt"
    article.write_text("Foreign Minister of Peru Luis Vera met Foreign Minister of Chile Maria Rojas in Lima.\n",
                       encoding="utf-8")
    result = CliRunner().invoke(cli, ["generate", str(article), "--out", str(tmp_path / "out"), "--lang", "ru",
                                      "--translator", "none", "--prepared-on", "2025-03-07", "--quiet"])
    assert result.exit_code == 0, result.output
    [path] = (tmp_path / "out").glob("*.ru.docx")
    assert docx.Document(str(path)).core_properties.created.date().isoformat() == "2025-03-07"  # not 2000-01-01
