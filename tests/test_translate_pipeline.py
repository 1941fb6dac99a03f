"""Machine translation inside the product: real argostranslate on tiny echo models.

The echo models return their input, so what a test sees is exactly which text went
through the model (it comes back with the Machine Translation style) and which did not.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from argos_tiny import build_package
from briefing import pipeline
from briefing.cli import cli
from briefing.translate import packages
from briefing.translate.argos import ArgosTranslator
from briefing.translate.memory import TranslationMemory
from conftest_argos import archives, argos_env  # noqa: F401 - fixtures

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "000_f116ff059f125dc2.txt"


@pytest.fixture
def models(tmp_path: Path, archives: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> Path:  # noqa: F811
    """en→ru and en→de installed; memory in a fresh folder."""
    folder = tmp_path / "models"
    packages.install(archives["en-ru"], folder)
    packages.install(build_package(tmp_path / "built", "en", "de"), folder)
    monkeypatch.setenv("BRIEFING_MODELS_DIR", str(folder))
    monkeypatch.setenv("BRIEFING_MEMORY_DIR", str(tmp_path / "memory"))
    packages.forget_loaded_models()
    return folder


def styled_runs(path: Path, style: str) -> list[str]:
    document = docx.Document(str(path))
    paragraphs = list(document.paragraphs)
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                paragraphs.extend(cell.paragraphs)
    return [run.text for p in paragraphs for run in p.runs if run.style is not None and run.style.name == style]


def test_language_without_catalog_is_rendered_and_marked(tmp_path: Path, models: Path) -> None:
    result = CliRunner().invoke(cli, ["generate", str(SEED), "--lang", "de", "--out", str(tmp_path / "out"),
                                      "--translator", "argos"])
    assert result.exit_code == 0, result.output
    assert "labels are machine-translated" in result.output
    [path] = (tmp_path / "out").glob("*.de.docx")
    machine = styled_runs(path, "Machine Translation")
    assert "Participants" in machine  # a label from the English template, through the model
    assert any("Machine translation — verify before use" in text for text in machine)
    properties = docx.Document(str(path)).core_properties
    assert properties.language == "de-DE"
    assert "argostranslate" in properties.comments


def test_free_text_is_machine_translated_names_keep_termbase_forms(tmp_path: Path, models: Path) -> None:
    result = CliRunner().invoke(cli, ["generate", str(SEED), "--lang", "ru", "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    [path] = (tmp_path / "out").glob("*.ru.docx")
    machine = " ".join(styled_runs(path, "Machine Translation"))
    assert "rapidly developing" in machine  # the quote went through the model
    assert "Касым-Жомарт Токаев" in machine  # the name inside it was locked and restored
    assert "Kassym-Jomart Tokayev" not in machine
    assert not styled_runs(path, "Untranslated")


def test_one_model_call_per_document_and_none_on_the_second_run(tmp_path: Path, models: Path) -> None:
    settings = pipeline.Settings(translator="argos", quiet=True)
    termbase = pipeline.load_termbase(settings)
    facts, _article = pipeline.extract_facts(SEED, termbase)
    reporter = pipeline.Reporter(quiet=True)

    first = ArgosTranslator(models, TranslationMemory(), termbase)
    pipeline.build_document(facts, "de", settings, first, termbase, reporter)
    assert first.model_calls == 1  # labels and free text in one batch

    second = ArgosTranslator(models, TranslationMemory(), termbase)
    model = pipeline.build_document(facts, "de", settings, second, termbase, reporter)
    assert second.model_calls == 0
    assert any(span.mark == "machine" for span in model.spans())


def test_a_corrected_memory_entry_wins_and_is_no_longer_marked(tmp_path: Path, models: Path) -> None:
    settings = pipeline.Settings(translator="argos", quiet=True)
    termbase = pipeline.load_termbase(settings)
    facts, _article = pipeline.extract_facts(SEED, termbase)
    reporter = pipeline.Reporter(quiet=True)
    memory = TranslationMemory()
    pipeline.build_document(facts, "de", settings, ArgosTranslator(models, memory, termbase), termbase, reporter)

    po = memory.path("de")
    text = po.read_text(encoding="utf-8")
    entry = 'msgid "Participants"\nmsgstr "Participants"'
    assert entry in text
    flagged = text[: text.index(entry)].rstrip().rsplit("\n", 1)[-1]
    assert flagged.startswith("#, fuzzy") or flagged.startswith("msgctxt")
    text = text.replace(entry, 'msgid "Participants"\nmsgstr "Teilnehmer"')
    text = _unfuzzy(text, 'msgid "Participants"')
    po.write_text(text, encoding="utf-8")

    model = pipeline.build_document(facts, "de", settings, ArgosTranslator(models, TranslationMemory(), termbase),
                                    termbase, reporter)
    spans = [span for span in model.spans() if span.text == "Teilnehmer"]
    assert spans and all(span.mark is None for span in spans)


def test_missing_pair_still_gives_a_briefing_and_says_how_to_fix_it(tmp_path: Path, models: Path) -> None:
    result = CliRunner().invoke(cli, ["generate", str(SEED), "--lang", "kk", "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "en→kk" in result.output
    assert "briefing models install" in result.output
    [path] = (tmp_path / "out").glob("*.kk.docx")
    assert any("rapidly developing" in text for text in styled_runs(path, "Untranslated"))


def _unfuzzy(po_text: str, msgid_line: str) -> str:
    """Remove the fuzzy flag of one entry, as a reviewer does in a PO editor."""
    head, tail = po_text.split(msgid_line, 1)
    entry_start = head.rfind("\n\n") + 2
    entry_head = head[entry_start:].replace("#, fuzzy\n", "")
    return head[:entry_start] + entry_head + msgid_line + tail


def test_pivot_is_said_in_the_provenance_and_listed_for_review(tmp_path: Path, models: Path,
                                                               archives: dict[str, Path]) -> None:  # noqa: F811
    packages.install(archives["ru-kk"], models)
    packages.forget_loaded_models()
    result = CliRunner().invoke(cli, ["generate", str(SEED), "--lang", "kk", "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "machine translation via a pivot language through ru" in result.output
    [path] = (tmp_path / "out").glob("*.kk.docx")
    assert "(pivot: en → ru → kk)" in docx.Document(str(path)).core_properties.comments
    assert any("rapidly developing" in text for text in styled_runs(path, "Machine Translation"))
