"""Russian forms kept between runs (briefing/grammar/kept.py): the same forms, and no dictionary to load
when every form a run needs was made before."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.grammar import kept, ru, ru_agreement

PHRASES = [("Председатель Мажилиса Парламента Республики Казахстан", "gen", "title"),
           ("Великий Государственный Хурал Монголии", "ins", "institution"),
           ("Ерлан Кошанов", "dat", "person")]


@pytest.fixture
def store_file(tmp_path: Path):
    yield tmp_path / "forms" / "ru.pickle"
    kept.compute_as_usual()


def test_kept_forms_are_the_forms_the_grammar_makes(store_file: Path) -> None:
    expected = [ru.inflect(*phrase) for phrase in PHRASES] + [ru_agreement.agree("подписан", "соглашение")]
    kept.keep_russian_forms(store_file).save()  # nothing made yet: nothing written
    assert not store_file.exists()
    store = kept.keep_russian_forms(store_file)
    assert [ru.inflect(*phrase) for phrase in PHRASES] + [ru_agreement.agree("подписан", "соглашение")] == expected
    store.save()
    assert store_file.exists()
    again = kept.keep_russian_forms(store_file)  # the next run
    assert len(again.known) == len(PHRASES) + 2  # the agreement asked the head noun's tags too
    assert [ru.inflect(*phrase) for phrase in PHRASES] == expected[:-1]


def test_a_run_whose_forms_were_all_made_before_loads_no_dictionary(store_file: Path) -> None:
    kept.keep_russian_forms(store_file)
    made = [ru.inflect(*phrase) for phrase in PHRASES]
    kept._STORE[0].save()
    kept.keep_russian_forms(store_file)
    ru.morph_analyzer.cache_clear()
    assert [ru.inflect(*phrase) for phrase in PHRASES] == made
    assert ru.morph_analyzer.cache_info().currsize == 0


def test_a_store_from_other_code_is_not_read(store_file: Path) -> None:
    store = kept.keep_russian_forms(store_file)
    ru.inflect(*PHRASES[0])
    store.stamp = ("another version",)
    store.save()
    assert kept.keep_russian_forms(store_file).known == {}


def test_a_damaged_store_is_made_again(store_file: Path) -> None:
    store_file.parent.mkdir(parents=True)
    store_file.write_bytes(b"not a pickle")
    assert kept.keep_russian_forms(store_file).known == {}
    assert ru.inflect(*PHRASES[0]) == "Председателя Мажилиса Парламента Республики Казахстан"
