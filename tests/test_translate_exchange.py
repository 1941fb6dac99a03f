"""The translator's round trip: export XLIFF/PO → a translator fills it → import → render."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from conftest_argos import archives, argos_env  # noqa: F401 (fixtures)

from briefing.cli import cli
from briefing.translate.memory import TranslationMemory

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "000_f116ff059f125dc2.txt"
QUOTE_START = "Our countries' relations are rapidly developing."
KK_QUOTE = "Елдеріміздің қарым-қатынасы қарқынды дамып келеді."


@pytest.fixture
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No model installed; a fresh translation memory."""
    monkeypatch.setenv("BRIEFING_MODELS_DIR", str(tmp_path / "models"))
    monkeypatch.setenv("BRIEFING_MEMORY_DIR", str(tmp_path / "memory"))
    return tmp_path


def run(*args: object) -> str:
    result = CliRunner().invoke(cli, [str(a) for a in args])
    assert result.exit_code == 0, result.output
    return result.output


def runs(path: Path) -> list[tuple[str, str | None]]:
    document = docx.Document(str(path))
    paragraphs = list(document.paragraphs)
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                paragraphs.extend(cell.paragraphs)
    return [(run.text, run.style.name if run.style is not None else None) for p in paragraphs for run in p.runs]


def second_article(tmp_path: Path) -> Path:
    """Another article carrying the same quote."""
    text = SEED.read_text(encoding="utf-8").replace("September 4", "September 5").replace(
        "2025-09-04", "2025-09-05")
    path = tmp_path / "second.txt"
    path.write_text(text, encoding="utf-8")
    return path


def fill_xliff(path: Path) -> None:
    """Fill every target, as a translator in a CAT tool would (translate-toolkit's reader)."""
    from translate.storage import xliff

    store = xliff.xlifffile.parsestring(path.read_bytes())
    for unit in store.units:
        unit.target = KK_QUOTE if unit.source.startswith(QUOTE_START) else f"[kk] {unit.source}"
        unit.markfuzzy(False)
    path.write_bytes(bytes(store))


def test_round_trip_generate_export_fill_import_render(isolated: Path) -> None:
    out = isolated / "out"
    run("generate", SEED, "--lang", "kk", "--out", out, "--facts", isolated / "facts.json")
    [first] = out.glob("*.kk.docx")
    assert any(QUOTE_START in text and style == "Untranslated" for text, style in runs(first))

    xlf = isolated / "kk.xlf"
    output = run("translations", "export", SEED, "--lang", "kk", "--out", xlf)
    assert "1 segment(s)" in output
    text = xlf.read_text(encoding="utf-8")
    assert 'version="1.2"' in text and "urn:oasis:names:tc:xliff:document:1.2" in text
    assert 'target-language="kk"' in text

    # translate-toolkit reads it back without loss: source, id, context and notes.
    from translate.storage import xliff

    store = xliff.xlifffile.parsestring(xlf.read_bytes())
    [unit] = store.units
    assert unit.source.startswith(QUOTE_START) and unit.source.endswith("to a new level")
    assert "field: quote" in unit.getnotes() and "speaker: Yerlan Koshanov" in unit.getnotes()
    [group] = unit.getcontextgroups("occurrence-1")
    assert ("x-speaker", "Yerlan Koshanov") in group and ("x-field", "quote") in group
    assert ("x-article", SEED.name) in group

    fill_xliff(xlf)
    output = run("translations", "import", xlf)
    assert "Stored 1 reviewed translation(s) into kk" in output

    run("render", isolated / "facts.json", "--lang", "kk", "--out", isolated / "out2")
    [second] = (isolated / "out2").glob("*.kk.docx")
    found = [(text, style) for text, style in runs(second) if KK_QUOTE in text]
    assert found and all(style not in ("Untranslated", "Machine Translation") for _, style in found)
    assert not any(QUOTE_START in text for text, _ in runs(second))
    assert docx.Document(str(second)).core_properties.comments == "Машиналық аударма қолданылмаған."  # in Kazakh

    # Another article with the same quote needs nothing more.
    other = second_article(isolated)
    output = run("translations", "export", other, "--lang", "kk", "--out", isolated / "again.xlf")
    assert "0 segment(s)" in output
    run("generate", other, "--lang", "kk", "--out", isolated / "out3")
    [third] = (isolated / "out3").glob("*.kk.docx")
    assert any(KK_QUOTE in text for text, _ in runs(third))


def test_po_export_opens_in_babel_and_imports(isolated: Path) -> None:
    from babel.messages.pofile import read_po

    memory = TranslationMemory()
    memory.remember({"Some phrase.": "Машина аудармасы."}, "en", "kk", "argostranslate 1.12 / tiny")
    po = isolated / "kk.po"
    run("translations", "export", SEED, "--lang", "kk", "--out", po)
    with po.open("rb") as file:
        catalog = read_po(file)
    assert str(catalog.locale) == "kk"
    [message] = [m for m in catalog if m.id]
    assert str(message.id).startswith(QUOTE_START)
    assert any("speaker: Yerlan Koshanov" in comment for comment in message.auto_comments)
    assert message.string == "" and not message.fuzzy

    # A fuzzy (unconfirmed) entry is skipped; a translated one is stored.
    text = po.read_text(encoding="utf-8").replace('msgstr ""\n', f'msgstr "{KK_QUOTE}"\n')
    text = text.replace(f'msgstr "{KK_QUOTE}"\n', 'msgstr ""\n', 1)  # keep the header
    po.write_text(text, encoding="utf-8")
    output = run("translations", "import", po)
    assert "Stored 1" in output
    assert TranslationMemory().reviewed(str(message.id), "en", "kk") == KK_QUOTE


def test_machine_suggestion_is_exported_and_fuzzy_po_is_not_imported(isolated: Path) -> None:
    from briefing.translate.exchange import Occurrence, Segment, import_file, write_po, write_xliff

    segment = Segment("The talks went well.", "Келіссөздер жақсы өтті.", "argostranslate 1.12 / tiny",
                      [Occurrence("a.txt", "key point")])
    write_po([segment], "kk", isolated / "s.po")
    result = import_file(isolated / "s.po")
    assert result.stored == {} and result.skipped == 1  # machine suggestion awaiting review

    write_xliff([segment], "kk", isolated / "s.xlf")
    from translate.storage import xliff

    [unit] = xliff.xlifffile.parsestring((isolated / "s.xlf").read_bytes()).units
    [alternative] = unit.getalttrans()
    assert alternative.target == "Келіссөздер жақсы өтті."
    assert not unit.target
    assert import_file(isolated / "s.xlf").stored == {}


def test_tmx_export_of_reviewed_entries(isolated: Path) -> None:
    from translate.storage import tmx

    memory = TranslationMemory()
    memory.store_reviewed({"Hello.": "Сәлем."}, "en", "kk")
    memory.remember({"Machine.": "Машина."}, "en", "kk", "argos / tiny")
    output = run("translations", "tmx", "--out", isolated / "memory.tmx")
    assert "1 translation unit(s)" in output
    store = tmx.tmxfile.parsestring((isolated / "memory.tmx").read_bytes())
    [unit] = store.units
    assert unit.source == "Hello." and unit.target == "Сәлем."


def test_export_carries_the_machine_suggestion_of_an_installed_model(
        isolated: Path, archives: dict[str, Path]) -> None:  # noqa: F811
    from translate.storage import xliff

    from briefing.translate import packages

    packages.install(archives["en-ru"], isolated / "models")
    packages.forget_loaded_models()
    xlf = isolated / "ru.xlf"
    output = run("translations", "export", SEED, "--lang", "ru", "--out", xlf)
    assert "with a machine suggestion" in output
    units = xliff.xlifffile.parsestring(xlf.read_bytes()).units
    [quote] = [unit for unit in units if unit.source.startswith(QUOTE_START)]
    [suggestion] = quote.getalttrans()
    assert "Касым-Жомарт Токаев" in suggestion.target  # the echo model's output, name restored
    assert "argostranslate" in suggestion.xmlelement.get("origin")
    packages.forget_loaded_models()


def test_translate_toolkit_is_imported_only_when_needed() -> None:
    import subprocess
    import sys

    code = ("import sys, briefing.cli, briefing.translate.exchange; "
            "print(any(m == 'translate' or m.startswith('translate.') for m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            cwd=REPO)
    assert result.stdout.strip() == "False"
