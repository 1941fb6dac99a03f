"""Locked names come back in the case the sentence needs (ru, kk), through a real tiny model.

The models here are echo models that exchange a few pieces: "with" ↔ «с», "talks" ↔
«переговоры», and "1" ↔ "2", so a sentence with two locked names comes back with the
placeholders moved (⟦1⟧ where ⟦2⟧ was). What the model writes around a placeholder is what
a real model writes: a Russian preposition before it, a Kazakh ending glued to it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from argos_tiny import build_package
from conftest_argos import Entry, TinyTermbase, argos_env, termbase  # noqa: F401 (fixtures)

from briefing.translate import MACHINE, UNTRANSLATED, packages
from briefing.translate.argos import ArgosTranslator
from briefing.translate.protect import NAME_LOST, NOMINATIVE_KEPT, lock, restore

pytestmark = pytest.mark.usefixtures("argos_env")

KOSHANOV = Entry({"en": "Yerlan Koshanov", "ru": "Ерлан Кошанов", "kk": "Ерлан Қошанов"})


def names() -> TinyTermbase:
    base = termbase()
    base.entries["Yerlan Koshanov"] = KOSHANOV
    return base


def install(tmp_path: Path, pair: tuple[str, str], swaps: dict[str, str], name: str) -> Path:
    folder = tmp_path / name
    packages.install(build_package(tmp_path / "built", *pair, name=name, swaps=swaps), folder)
    packages.forget_loaded_models()
    return folder


def translate(folder: Path, text: str, target: str):
    [result] = ArgosTranslator(folder, termbase=names()).translate_batch([text], "en", target)
    return result


def test_russian_names_follow_the_preposition_and_the_moved_placeholders(tmp_path: Path) -> None:
    folder = install(tmp_path, ("en", "ru"), {"talks": "переговоры", "with": "с", "and": "и", "1": "2"},
                     "translate-en_ru-cases")
    result = translate(folder, "talks with Yerlan Koshanov and Kassym-Jomart Tokayev.", "ru")
    # the model wrote «переговоры с ⟦2⟧ и ⟦1⟧.»: both names after «с», in the instrumental
    assert result.status == MACHINE
    assert result.text == "переговоры с Касым-Жомартом Токаевым и Ерланом Кошановым."
    assert result.notes == ()


def test_russian_name_after_an_ambiguous_preposition_stays_nominative_for_review() -> None:
    locked = lock("He spoke about Kassym-Jomart Tokayev.", names(), "ru")
    restored = restore("Он говорил на ⟦1⟧.", locked, "ru")
    assert restored.text == "Он говорил на Касым-Жомарт Токаев."
    assert restored.notes == (f"{NOMINATIVE_KEPT}: Касым-Жомарт Токаев",)
    assert restore("⟦1⟧ сказал.", locked, "ru").text == "Касым-Жомарт Токаев сказал."  # no preposition
    assert restore("по ⟦1⟧", locked, "ru").text == "по Касым-Жомарту Токаеву"
    assert restore("у ⟦1⟧", locked, "ru").text == "у Касым-Жомарта Токаева"
    assert restore("о ⟦1⟧", locked, "ru").text == "о Касым-Жомарте Токаеве"


def test_kazakh_endings_glued_to_the_placeholder_become_the_names_own(tmp_path: Path) -> None:
    folder = install(tmp_path, ("en", "kk"), {"'s": "тың", "talks": "келіссөздер", "with": "мен", "1": "2"},
                     "translate-en_kk-cases")
    result = translate(folder, "Kassym-Jomart Tokayev's talks with Yerlan Koshanov", "kk")
    # the model wrote «⟦2⟧тың келіссөздер мен ⟦1⟧»
    assert (result.text, result.status) == ("Ерлан Қошановтың келіссөздер мен Қасым-Жомарт Тоқаев", MACHINE)
    # «мен» written apart takes the form the name's last sound needs
    result = translate(folder, "Yerlan Koshanov with Kassym-Jomart Tokayev", "kk")
    assert result.text == "Қасым-Жомарт Тоқаев пен Ерлан Қошанов"


def test_kazakh_postpositions_and_hyphenated_endings() -> None:
    locked = lock("until Kassym-Jomart Tokayev", names(), "kk")
    assert restore("⟦1⟧ дейін", locked, "kk").text == "Қасым-Жомарт Тоқаевқа дейін"
    assert restore("⟦1⟧-ден бастап", locked, "kk").text == "Қасым-Жомарт Тоқаевтан бастап"
    assert restore("⟦1⟧ айтты", locked, "kk").text == "Қасым-Жомарт Тоқаев айтты"


def test_a_model_that_drops_or_doubles_a_name_is_refused_and_marked(tmp_path: Path) -> None:
    folder = install(tmp_path, ("en", "ru"), {"2": "1"}, "translate-en_ru-doubles")
    result = translate(folder, "talks with Yerlan Koshanov and Kassym-Jomart Tokayev.", "ru")
    # «⟦2⟧ … ⟦1⟧» became «⟦1⟧ … ⟦2⟧»: moved, still once each, so accepted
    assert result.status == MACHINE
    locked = lock("talks with Yerlan Koshanov and Kassym-Jomart Tokayev.", names(), "ru")
    doubled = restore("переговоры с ⟦1⟧ и ⟦1⟧.", locked, "ru")
    assert doubled.text is None and doubled.notes[0].startswith(NAME_LOST)
    assert "Kassym-Jomart Tokayev" in doubled.notes[0]
    dropped = restore("переговоры.", locked, "ru")
    assert dropped.text is None

    folder = install(tmp_path, ("en", "ru"), {"⟦": "«"}, "translate-en_ru-drops")
    result = translate(folder, "talks with Kassym-Jomart Tokayev.", "ru")
    assert (result.text, result.status) == ("talks with Kassym-Jomart Tokayev.", UNTRANSLATED)
    assert result.notes and result.notes[0].startswith(NAME_LOST)
