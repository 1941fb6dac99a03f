"""Translation memory: a PO file per language that staff can review."""

from __future__ import annotations

import typing as t
from pathlib import Path

import pytest
from babel.messages.pofile import read_po, write_po

from briefing.errors import CatalogError
from briefing.translate.memory import TranslationMemory, default_memory_dir

OLD, NEW = "argostranslate 1.12.1 / translate-en_ru-1_0 1.0", "argostranslate 1.12.1 / translate-en_ru-2_0 2.0"


def review(path: Path, text: str, correction: str) -> None:
    """What staff do in Poedit: correct msgstr and untick "Needs work" (fuzzy)."""
    catalog = read_po(path.open("rb"))
    for message in catalog:
        if message.id == text:
            message.string = correction
            message.flags.discard("fuzzy")
    with path.open("wb") as file:
        write_po(file, catalog)


def test_machine_translations_are_fuzzy_entries_with_engine_context(tmp_path: Path) -> None:
    memory = TranslationMemory(tmp_path)
    memory.remember({"Hello.\nWorld.": "Привет.\nМир."}, "en", "ru", OLD)
    text = memory.path("ru").read_text(encoding="utf-8")
    assert "#, fuzzy\nmsgctxt \"en | argostranslate 1.12.1 / translate-en_ru-1_0 1.0\"" in text
    assert 'delete the "#, fuzzy" line' in text  # the rule, for staff
    assert list(tmp_path.iterdir()) == [memory.path("ru")]  # no temporary file left behind


def test_machine_entries_are_reused_by_the_same_engine_only(tmp_path: Path) -> None:
    TranslationMemory(tmp_path).remember({"Hello.": "Привет."}, "en", "ru", OLD)
    memory = TranslationMemory(tmp_path)  # a new process reads the file
    assert memory.machine("Hello.", "en", "ru", OLD) == "Привет."
    assert memory.machine("Hello.", "en", "ru", NEW) is None
    assert memory.machine("Hello.", "kk", "ru", OLD) is None
    assert memory.reviewed("Hello.", "en", "ru") is None


def test_a_new_engine_replaces_unreviewed_entries(tmp_path: Path) -> None:
    memory = TranslationMemory(tmp_path)
    memory.remember({"Hello.": "Привет."}, "en", "ru", OLD)
    memory.remember({"Hello.": "Здравствуйте."}, "en", "ru", NEW)
    entries = [m for m in read_po(memory.path("ru").open("rb")) if m.id]
    assert [(m.string, m.context) for m in entries] == [("Здравствуйте.", f"en | {NEW}")]


def test_reviewed_entries_count_for_any_engine_and_survive(tmp_path: Path) -> None:
    memory = TranslationMemory(tmp_path)
    memory.remember({"Hello.": "Привет.", "Bye.": "Пока."}, "en", "ru", OLD)
    review(memory.path("ru"), "Hello.", "Здравствуйте.")
    assert memory.reviewed("Hello.", "en", "ru") == "Здравствуйте."  # edit seen without restart
    assert memory.reviewed("Bye.", "en", "ru") is None
    memory.remember({"Hello.": "Привет!"}, "en", "ru", NEW)
    assert memory.reviewed("Hello.", "en", "ru") == "Здравствуйте."


def test_a_broken_file_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "ru.po").write_text("this is not a PO file\n", encoding="utf-8")
    with pytest.raises(CatalogError, match="ru.po"):
        TranslationMemory(tmp_path).reviewed("a", "en", "ru")


def test_default_folder_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch,
                                                   tmp_path: Path) -> None:
    monkeypatch.setenv("BRIEFING_MEMORY_DIR", str(tmp_path))
    assert default_memory_dir() == tmp_path
    monkeypatch.delenv("BRIEFING_MEMORY_DIR")
    assert default_memory_dir() == Path.home() / ".local/share/briefing/memory"


def test_unclosed_quote_from_a_hand_edit_is_an_error_and_the_file_is_kept(tmp_path: Path) -> None:
    memory = TranslationMemory(tmp_path)
    memory.remember({"Hello.": "Привет.", "Bye.": "Пока."}, "en", "ru", OLD)
    path = memory.path("ru")
    edited = path.read_text(encoding="utf-8").replace('msgstr "Привет."', 'msgstr "Здравствуйте')
    path.write_text(edited, encoding="utf-8")
    line = edited.splitlines().index('msgstr "Здравствуйте') + 1
    fresh = TranslationMemory(tmp_path)
    with pytest.raises(CatalogError, match=rf"ru\.po:{line}: the text has no closing quote"):
        fresh.remember({"New.": "Новое."}, "en", "ru", OLD)
    with pytest.raises(CatalogError):
        fresh.reviewed("Hello.", "en", "ru")
    assert path.read_text(encoding="utf-8") == edited  # not rewritten: staff can still fix it


def test_memory_dir_that_is_a_file_is_a_one_line_error(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "memory"
    not_a_folder.write_text("", encoding="utf-8")
    memory = TranslationMemory(not_a_folder)
    for use in (lambda: memory.reviewed("Hello.", "en", "ru"),
                lambda: memory.remember({"Hello.": "Привет."}, "en", "ru", OLD)):
        with pytest.raises(CatalogError) as error:
            use()
        assert error.value.message == (f"{not_a_folder}: the translation memory folder is a file; "
                                       "point BRIEFING_MEMORY_DIR at a folder")


def test_write_error_is_a_one_line_error_and_leaves_the_file(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    from briefing.translate import memory as memory_module

    memory = TranslationMemory(tmp_path)
    memory.remember({"Hello.": "Привет."}, "en", "ru", OLD)
    before = memory.path("ru").read_bytes()

    def disk_full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(memory_module, "write_po", disk_full)
    with pytest.raises(CatalogError) as error:
        memory.remember({"Bye.": "Пока."}, "en", "ru", OLD)
    assert error.value.message == (f"{memory.path('ru')}: translation memory cannot be written "
                                   "(No space left on device)")
    assert memory.path("ru").read_bytes() == before
    assert list(tmp_path.iterdir()) == [memory.path("ru")]  # no temporary file left behind


def _remember_many(folder: str, worker: int) -> None:
    memory = TranslationMemory(Path(folder))
    for number in range(8):
        memory.remember({f"Sentence {worker}.{number}.": f"Предложение {worker}.{number}."}, "en", "ru", OLD)


def _exit_codes_of_writers(target: t.Callable[[str, int], None], folder: Path, count: int) -> list[int | None]:
    """Run ``count`` writers at once, each in a fresh interpreter (a fork of the test process would
    inherit whatever the earlier tests left open); a stuck lock is killed, never left to hang the suite."""
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    processes = [context.Process(target=target, args=(str(folder), number)) for number in range(count)]
    for process in processes:
        process.start()
    for process in processes:
        process.join(timeout=180)
    for process in processes:
        if process.is_alive():
            process.kill()
    return [process.exitcode for process in processes]


def test_parallel_jobs_lose_no_entries(tmp_path: Path) -> None:
    """Worker processes of ``generate --jobs N`` write the same memory file; none overwrites another's."""
    assert _exit_codes_of_writers(_remember_many, tmp_path, 4) == [0, 0, 0, 0]
    ids = {message.id for message in read_po(TranslationMemory(tmp_path).path("ru").open("rb")) if message.id}
    assert ids == {f"Sentence {worker}.{number}." for worker in range(4) for number in range(8)}
    assert list(tmp_path.iterdir()) == [TranslationMemory(tmp_path).path("ru")]


def test_twenty_concurrent_runs_lose_no_entries(tmp_path: Path) -> None:
    """Twenty runs (as twenty separate processes) write one memory file at once; every entry survives."""
    assert _exit_codes_of_writers(_remember_few, tmp_path, 20) == [0] * 20
    ids = {message.id for message in read_po(TranslationMemory(tmp_path).path("ru").open("rb")) if message.id}
    assert ids == {f"Run {run} sentence {number}." for run in range(20) for number in range(3)}


def _remember_few(folder: str, run: int) -> None:
    memory = TranslationMemory(Path(folder))
    for number in range(3):
        memory.remember({f"Run {run} sentence {number}.": f"Запуск {run}, предложение {number}."}, "en", "ru", OLD)
