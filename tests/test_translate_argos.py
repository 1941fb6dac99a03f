"""ArgosTranslator end to end with tiny echo models: real argostranslate, no network."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po, write_po
from pytest_socket import SocketBlockedError

from argos_tiny import build_package
from briefing.errors import ModelPackageError
from briefing.translate import HUMAN, MACHINE, UNTRANSLATED
from briefing.translate.argos import MAX_SOURCE_TOKENS, ArgosTranslator
from briefing.translate.memory import TranslationMemory
from briefing.translate.packages import missing_models_hint
from conftest_argos import archives, argos_env, models_dir, termbase  # noqa: F401 (fixtures)

pytestmark = pytest.mark.usefixtures("argos_env")

REPO = Path(__file__).resolve().parents[1]

SEGMENTS = [
    "The parties signed a memorandum of cooperation.",
    "Mongolia has always been an important partner for Kazakhstan in Asia.",
    "Our countries' relations are rapidly developing. Last year's state visit was fruitful!",
    "First paragraph of a quote.\nSecond paragraph, after a line break?",
    "11 documents were signed in various fields",
    "The memorandum will elevate our partnership to a new level, said the Speaker.",
]


def texts(translations) -> list[str]:
    return [translation.text for translation in translations]


def test_echo_model_translates_as_machine_output(models_dir: Path) -> None:
    translator = ArgosTranslator(models_dir, memory=None)
    [result] = translator.translate_batch(["The parties met in Astana."], "en", "ru")
    assert result.text == "The parties met in Astana."
    assert result.status == MACHINE
    assert result.engine == "argostranslate 1.12.1 / translate-en_ru-tiny 1.0"
    assert translator.engine == result.engine


def test_one_model_call_per_document_and_pair(models_dir: Path) -> None:
    translator = ArgosTranslator(models_dir, memory=None)
    results = translator.translate_batch(SEGMENTS + SEGMENTS[:2], "en", "ru")
    assert texts(results) == SEGMENTS + SEGMENTS[:2]
    assert {r.status for r in results} == {MACHINE}
    assert translator.model_calls == 1
    translator.translate_batch(SEGMENTS, "en", "ru")  # the next document: one more call
    assert translator.model_calls == 2


def test_model_is_loaded_once_per_process(models_dir: Path) -> None:
    first, second = ArgosTranslator(models_dir), ArgosTranslator(models_dir)
    first.translate_batch(["Hello."], "en", "ru")
    second.translate_batch(["Goodbye."], "en", "ru")
    [hop_1], [hop_2] = first._route("en", "ru").hops, second._route("en", "ru").hops
    assert hop_1.translator is not None and hop_1.translator is hop_2.translator


def test_pivot_through_russian_gives_kazakh(models_dir: Path) -> None:
    translator = ArgosTranslator(models_dir, memory=None)
    results = translator.translate_batch(SEGMENTS, "en", "kk")
    assert texts(results) == SEGMENTS
    assert translator.model_calls == 2  # one batched call per model: en→ru, then ru→kk
    assert results[0].engine == ("argostranslate 1.12.1 / translate-en_ru-tiny 1.0"
                                 " + translate-ru_kk-tiny 1.0 (pivot: en → ru → kk)")
    assert all(r.notes == ("machine translation via a pivot language through ru (en → ru → kk): "
                           "errors of both models add up",) for r in results if r.text.strip())
    direct = ArgosTranslator(models_dir, memory=None).translate_batch(["Hello."], "en", "ru")
    assert direct[0].notes == () and "pivot" not in (direct[0].engine or "")
    assert not translator.missing_pairs


def test_missing_pair_keeps_source_marked_untranslated(models_dir: Path) -> None:
    translator = ArgosTranslator(models_dir, memory=None)
    results = translator.translate_batch(SEGMENTS[:2], "en", "mn")
    assert texts(results) == SEGMENTS[:2]
    assert {r.status for r in results} == {UNTRANSLATED}
    assert translator.missing_pairs == {("en", "mn")}
    assert translator.model_calls == 0
    assert translator.translate_batch(["Hi."], "mn", "en")[0].status == UNTRANSLATED
    hint = missing_models_hint(translator.missing_pairs)
    assert "en→mn" in hint and "briefing models install PATH.argosmodel" in hint


def test_same_language_and_blank_text_need_no_model(models_dir: Path) -> None:
    translator = ArgosTranslator(models_dir, memory=None)
    assert translator.translate_batch(["Astana"], "en", "en")[0].status == HUMAN
    assert translator.translate_batch(["  "], "en", "ru")[0].text == "  "
    assert translator.model_calls == 0


def test_long_sentence_is_not_cut_at_256_tokens(models_dir: Path) -> None:
    long = " ".join(f"delegation{i % 10} met partners" for i in range(200))  # no full stop
    translator = ArgosTranslator(models_dir, memory=None)
    [result] = translator.translate_batch([long], "en", "ru")
    assert result.text == long
    assert len(long.split()) > 2 * MAX_SOURCE_TOKENS


def test_placeholders_survive_sentencepiece_and_model(models_dir: Path) -> None:
    text = "President ⟦1⟧ met ⟦2⟧ and ⟦10⟧ in Astana."
    [result] = ArgosTranslator(models_dir, memory=None).translate_batch([text], "en", "ru")
    assert result.text == text


def test_termbase_names_are_protected_and_localized(models_dir: Path) -> None:
    translator = ArgosTranslator(models_dir, memory=None, termbase=termbase())
    source = ["President Kassym-Jomart Tokayev met Ukhnaagiin Khurelsukh. Tokayev smiled."]
    [ru] = translator.translate_batch(source, "en", "ru")
    assert ru.text == "President Касым-Жомарт Токаев met Ухнаагийн Хурэлсух. Касым-Жомарт Токаев smiled."
    assert ru.status == MACHINE
    [kk] = translator.translate_batch(source, "en", "kk")  # no kk form for Khurelsukh: translated
    assert kk.text == "President Қасым-Жомарт Тоқаев met Ukhnaagiin Khurelsukh. Қасым-Жомарт Тоқаев smiled."


def test_second_run_of_an_article_makes_no_model_call(models_dir: Path, tmp_path: Path) -> None:
    first = ArgosTranslator(models_dir, TranslationMemory(tmp_path))
    first.translate_batch(SEGMENTS, "en", "ru")
    assert first.model_calls == 1

    second = ArgosTranslator(models_dir, TranslationMemory(tmp_path))
    results = second.translate_batch(SEGMENTS, "en", "ru")
    assert second.model_calls == 0
    assert texts(results) == SEGMENTS
    assert {(r.status, r.engine) for r in results} == {(MACHINE, first.engine)}

    catalog = read_po((tmp_path / "ru.po").open("rb"))
    entries = [m for m in catalog if m.id]
    assert [m.id for m in entries] == SEGMENTS
    assert all(m.fuzzy and m.context == f"en | {first.engine}" for m in entries)


def test_entry_corrected_by_staff_wins_and_is_human(models_dir: Path, tmp_path: Path) -> None:
    ArgosTranslator(models_dir, TranslationMemory(tmp_path)).translate_batch(SEGMENTS, "en", "ru")
    po = tmp_path / "ru.po"
    catalog = read_po(po.open("rb"))
    corrected = catalog.get(SEGMENTS[0], context=[m for m in catalog if m.id][0].context)
    corrected.string = "Стороны подписали меморандум о сотрудничестве."
    corrected.flags.discard("fuzzy")  # what staff do: correct it, remove "#, fuzzy"
    with po.open("wb") as file:
        write_po(file, catalog)

    translator = ArgosTranslator(models_dir, TranslationMemory(tmp_path))
    results = translator.translate_batch(SEGMENTS, "en", "ru")
    assert translator.model_calls == 0
    assert (results[0].text, results[0].status, results[0].engine) == (
        "Стороны подписали меморандум о сотрудничестве.", HUMAN, None)
    assert {r.status for r in results[1:]} == {MACHINE}


def test_reviewed_entry_is_used_even_without_a_model(tmp_path: Path, models_dir: Path) -> None:
    memory = TranslationMemory(tmp_path / "memory")
    memory.remember({"Hello.": "Сайн байна уу."}, "en", "mn", "someone's model")
    catalog = read_po(memory.path("mn").open("rb"))
    for message in catalog:
        message.flags.discard("fuzzy")
    with memory.path("mn").open("wb") as file:
        write_po(file, catalog)
    translator = ArgosTranslator(models_dir, memory)
    results = translator.translate_batch(["Hello.", "Goodbye."], "en", "mn")
    assert [(r.text, r.status) for r in results] == [
        ("Сайн байна уу.", HUMAN), ("Goodbye.", UNTRANSLATED)]
    assert translator.missing_pairs == {("en", "mn")}


def test_replaced_package_is_used_in_the_same_process(archives: dict[str, Path],
                                                      tmp_path: Path) -> None:
    from briefing.translate import packages

    folder = tmp_path / "models"
    packages.install(archives["en-ru"], folder)
    assert ArgosTranslator(folder).translate_batch(["Hello."], "en", "ru")[0].engine.endswith(
        "translate-en_ru-tiny 1.0")
    newer = build_package(tmp_path, "en", "ru", name="translate-en_ru-2_0", version="2.0")
    result = packages.install(newer, folder)
    assert [old.name for old in result.replaced] == ["translate-en_ru-tiny"]
    translator = ArgosTranslator(folder)
    assert translator.translate_batch(["Hello."], "en", "ru")[0].engine.endswith(
        "translate-en_ru-2_0 2.0")


def test_package_without_splitter_translates_offline(archives: dict[str, Path],
                                                     tmp_path: Path) -> None:
    from briefing.translate import packages

    folder = tmp_path / "models"
    packages.install(archives["en-mn-nosbd"], folder)
    translator = ArgosTranslator(folder)
    assert texts(translator.translate_batch(SEGMENTS, "en", "mn")) == SEGMENTS


def test_stray_folders_in_the_models_dir_do_not_stop_translation(
        archives: dict[str, Path], tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    from briefing.translate import packages

    folder = tmp_path / "models"
    packages.install(archives["en-ru"], folder)
    for stray in (".cache", ".briefing-install-x1y2", "notes", "broken"):
        (folder / stray).mkdir()
    (folder / "broken" / "metadata.json").write_text("{not json", encoding="utf-8")
    [result] = ArgosTranslator(folder).translate_batch(["Hello."], "en", "ru")
    assert (result.text, result.status) == ("Hello.", MACHINE)
    warned = caplog.text
    assert "notes: not a model package (no metadata.json), skipped" in warned
    assert "broken: metadata.json is not valid JSON" in warned
    assert ".cache" not in warned and ".briefing-install" not in warned


def test_looking_for_a_model_does_not_create_the_models_dir(tmp_path: Path) -> None:
    translator = ArgosTranslator(tmp_path / "models")
    [result] = translator.translate_batch(["Hello."], "en", "ru")
    assert result.status == UNTRANSLATED and translator.missing_pairs == {("en", "ru")}
    assert not (tmp_path / "models").exists()


def _garbage_model(package: Path) -> None:
    (package / "model" / "model.bin").write_bytes(b"garbage" * 100)


def _garbage_tokenizer(package: Path) -> None:
    (package / "sentencepiece.model").write_bytes(b"garbage" * 100)


def _no_tokenizer(package: Path) -> None:
    (package / "sentencepiece.model").unlink()


def _garbage_splitter(package: Path) -> None:
    (package / "minisbd" / "tiny_sbd.onnx").write_bytes(b"garbage" * 100)


@pytest.mark.parametrize("damage, detail", [
    (_garbage_model, "Unsupported model binary version"),
    (_garbage_tokenizer, "could not parse ModelProto"),
    (_no_tokenizer, "no sentencepiece.model or bpe.model"),
    (_garbage_splitter, "tiny_sbd.onnx"),
])
def test_installed_package_damaged_later_is_a_clear_error(
        archives: dict[str, Path], tmp_path: Path, damage, detail: str) -> None:
    from briefing.translate import packages

    folder = tmp_path / "models"
    packages.install(archives["en-ru"], folder)
    damage(folder / "translate-en_ru-tiny")
    with pytest.raises(ModelPackageError) as error:
        ArgosTranslator(folder).translate_batch(["Hello."], "en", "ru")
    message = error.value.message
    assert message.startswith(f"{folder / 'translate-en_ru-tiny'}: the installed model cannot be loaded")
    assert detail in message and "\n" not in message


def test_argos_and_onnxruntime_leave_nothing_in_home(archives: dict[str, Path], tmp_path: Path) -> None:
    """argostranslate and onnxruntime write into $HOME/XDG folders on import: not briefing's."""
    home, models = tmp_path / "home", tmp_path / "models"
    home.mkdir()
    env = {key: value for key, value in os.environ.items() if not key.startswith(("XDG_", "ARGOS_"))}
    env.update(HOME=str(home), BRIEFING_MEMORY_DIR=str(tmp_path / "memory"))
    code = ("from pathlib import Path; from briefing.translate import packages; "
            "from briefing.translate.argos import ArgosTranslator; "
            f"packages.install(Path({str(archives['en-ru'])!r}), Path({str(models)!r})); "
            f"packages.install(Path({str(archives['ru-kk'])!r}), Path({str(models)!r})); "
            f"[r] = ArgosTranslator(Path({str(models)!r})).translate_batch(['One. Two.'], 'en', 'kk'); "
            "assert r.status == 'machine', r; print(packages._scratch[0])")
    run = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert list(home.rglob("*")) == []
    assert not Path(run.stdout.strip()).exists()  # the scratch folder is removed at exit
    assert sorted(p.name for p in models.iterdir()) == ["translate-en_ru-tiny", "translate-ru_kk-tiny"]


def test_termbase_locks_names_but_leaves_countries_to_the_model(models_dir: Path) -> None:
    from briefing.termbase import Termbase

    translator = ArgosTranslator(models_dir, termbase=Termbase.load(REPO / "locales" / "termbase.csv"))
    source = "Kassym-Jomart Tokayev paid a state visit to Mongolia, Kazinform reports."
    [ru] = translator.translate_batch([source], "en", "ru")  # the echo model returns its input
    assert ru.text == "Касым-Жомарт Токаев paid a state visit to Mongolia, «Казинформ» reports."


def test_download_functions_are_refused(models_dir: Path) -> None:
    from briefing.errors import TranslationUnavailable

    ArgosTranslator(models_dir).translate_batch(["Hi."], "en", "ru")  # loads argostranslate
    import argostranslate.package

    with pytest.raises(TranslationUnavailable):
        argostranslate.package.get_available_packages()
    with pytest.raises(TranslationUnavailable):
        argostranslate.package.update_package_index()


@pytest.mark.filterwarnings("ignore:A test tried to use socket.socket")
def test_sockets_are_blocked() -> None:
    with pytest.raises(SocketBlockedError):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)


def test_importing_translation_modules_does_not_import_argostranslate() -> None:
    code = ("import sys, briefing.translate.argos, briefing.translate.packages, "
            "briefing.translate.memory, briefing.translate.protect; "
            "assert 'argostranslate' not in sys.modules and 'ctranslate2' not in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize("text", [
    "A.  B.", "Tab\there. Next", " leading space.", "trailing space. ", "a\n\nb",
    "\nstart", "U.S. officials met Mr. Smith.", "...", "file_name stays", "Emoji 🎉 «quote».",
])
def test_layout_and_characters_of_the_source_are_kept(models_dir: Path, text: str) -> None:
    [result] = ArgosTranslator(models_dir).translate_batch([text], "en", "ru")
    assert result.text == text


def test_packaged_splitter_is_used_and_rule_splitter_is_the_offline_fallback(
        models_dir: Path, archives: dict[str, Path], tmp_path: Path) -> None:
    from briefing.translate import argos, packages

    [hop] = ArgosTranslator(models_dir)._route("en", "ru").hops
    assert argos._sentence_splitter(hop) == hop.sentencizer.split_sentences
    assert hop.sentencizer.split_sentences("One. Two! Three") == ["One.", "Two!", "Three"]
    packages.install(archives["en-mn-nosbd"], tmp_path)
    [hop] = ArgosTranslator(tmp_path)._route("en", "mn").hops
    assert argos._sentence_splitter(hop) is argos.split_sentences_by_rule
