"""``briefing models pack``: an .argosmodel from a CTranslate2 model folder, then install and translate.

The model folders are tiny real CTranslate2 echo models built here (tests/argos_tiny.py),
laid out as CTranslate2's converters leave them, with ``sentencepiece.model`` beside them.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from argos_tiny import build_model_dir, write_sbd_onnx
from click.testing import CliRunner
from conftest_argos import argos_env  # noqa: F401 (fixtures)

from briefing.cli import cli
from briefing.translate import MACHINE, packages
from briefing.translate.argos import ArgosTranslator

pytestmark = pytest.mark.usefixtures("argos_env")

SENTENCE = "minister signed a memorandum on cooperation."


def invoke(*args: object) -> str:
    result = CliRunner().invoke(cli, [str(a) for a in args])
    assert result.exit_code == 0, result.output
    return result.output


def test_pack_install_and_translate_with_argostranslate(tmp_path: Path) -> None:
    model = build_model_dir(tmp_path / "opus-mt-en-kk-ct2")
    splitter = tmp_path / "sbd.onnx"
    write_sbd_onnx(splitter)
    out = tmp_path / "en_kk.argosmodel"
    output = invoke("models", "pack", model, "--from-code", "en", "--to-code", "kk", "--splitter", splitter,
                    "--license", "CC-BY-4.0", "-o", out)
    assert "Packed translate-en_kk-opus_mt_en_kk_ct2 1.0  en → kk  (own sentence splitter)" in output
    with zipfile.ZipFile(out) as archive:
        names = set(archive.namelist())
        metadata = json.loads(archive.read("translate-en_kk-opus_mt_en_kk_ct2/metadata.json"))
    assert {"translate-en_kk-opus_mt_en_kk_ct2/model/model.bin",
            "translate-en_kk-opus_mt_en_kk_ct2/sentencepiece.model",
            "translate-en_kk-opus_mt_en_kk_ct2/minisbd/sbd.onnx"} <= names
    assert metadata["from_code"] == "en" and metadata["to_code"] == "kk" and metadata["license"] == "CC-BY-4.0"
    assert "target_prefix" not in metadata

    models_dir = tmp_path / "models"
    assert "Installed" in invoke("models", "--models-dir", models_dir, "install", out)

    # argostranslate's own translate(), with the package it loaded from the folder.
    translate = packages.load_argos(models_dir)
    assert translate.translate("The minister signed a memorandum. They met!", "en", "kk") == \
        "The minister signed a memorandum. They met!"
    # and briefing's translator on top of it.
    [result] = ArgosTranslator(models_dir).translate_batch([SENTENCE], "en", "kk")
    assert (result.text, result.status) == (SENTENCE, MACHINE)
    packages.forget_loaded_models()


def test_multilingual_model_needs_its_language_tokens(tmp_path: Path) -> None:
    model = build_model_dir(tmp_path / "nllb-tiny", languages=["eng_Latn", "kaz_Cyrl", "khk_Cyrl"])
    out = tmp_path / "nllb_en_kk.argosmodel"
    invoke("models", "pack", model, "--from-code", "en", "--to-code", "kk", "--target-prefix", "kaz_Cyrl",
           "--source-prefix", "eng_Latn", "--license", "CC-BY-NC-4.0", "-o", out)
    with zipfile.ZipFile(out) as archive:
        [meta] = [name for name in archive.namelist() if name.endswith("metadata.json")]
        metadata = json.loads(archive.read(meta))
    assert metadata["target_prefix"] == "kaz_Cyrl" and metadata["source_prefix"] == "eng_Latn"

    models_dir = tmp_path / "models"
    invoke("models", "--models-dir", models_dir, "install", out)
    translator = ArgosTranslator(models_dir)
    [result] = translator.translate_batch([SENTENCE], "en", "kk")
    assert (result.text, result.status) == (SENTENCE, MACHINE)  # no "kaz Cyrl" left, no word lost
    assert translator.model_calls == 1

    # Without the source token the same weights lose the first word: the prefixes are needed.
    bare = tmp_path / "bare.argosmodel"
    invoke("models", "pack", model, "--from-code", "en", "--to-code", "kk", "--name", "translate-en_kk-bare",
           "--target-prefix", "kaz_Cyrl", "-o", bare)
    bare_dir = tmp_path / "bare-models"
    invoke("models", "--models-dir", bare_dir, "install", bare)
    [lost] = ArgosTranslator(bare_dir).translate_batch([SENTENCE], "en", "kk")
    assert lost.text == "signed a memorandum on cooperation."
    packages.forget_loaded_models()


def test_pack_refuses_what_cannot_work(tmp_path: Path) -> None:
    model = build_model_dir(tmp_path / "m")
    runner = CliRunner()

    def fails(*args: object) -> str:
        result = runner.invoke(cli, ["models", "pack", *(str(a) for a in args)])
        assert result.exit_code != 0
        return result.output

    assert "is not a token of the model" in fails(model, "--from-code", "en", "--to-code", "kk",
                                                  "--target-prefix", "kaz_Cyrl", "-o", tmp_path / "x.argosmodel")
    assert "2- or 3-letter language code" in fails(model, "--from-code", "english", "--to-code", "kk",
                                                   "-o", tmp_path / "x.argosmodel")
    (model / "sentencepiece.model").unlink()
    assert "no SentencePiece model" in fails(model, "--from-code", "en", "--to-code", "kk",
                                             "-o", tmp_path / "x.argosmodel")
    empty = tmp_path / "empty"
    empty.mkdir()
    assert "no model.bin" in fails(empty, "--from-code", "en", "--to-code", "kk", "-o", tmp_path / "x.argosmodel")
    assert not (tmp_path / "x.argosmodel").exists()
