"""Many articles in one command: files, folders and standard input; failures stay local.

Articles here are the seed (ours) and variants of it written in the test; nothing from
third-party corpora is copied into the repository.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner, Result

from briefing.cli import cli

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "000_f116ff059f125dc2.txt"
FIXED = ["--translator", "none", "--prepared-on", "2025-09-05"]


def invoke(*args: object, stdin: bytes | None = None) -> Result:
    return CliRunner().invoke(cli, [str(arg) for arg in args], input=stdin, catch_exceptions=False)


def variant(folder: Path, name: str, extra: str) -> Path:
    """The seed with one more sentence: the same date, countries and event type, another article."""
    path = folder / name
    path.write_text(SEED.read_text(encoding="utf-8").rstrip("\n") + f"\n\n{extra}\n", encoding="utf-8")
    return path


def languages_of(folder: Path) -> dict[str, list[str]]:
    """Short article id → languages written."""
    found: dict[str, list[str]] = {}
    for path in sorted(folder.glob("*.docx")):
        short_id, lang = re.fullmatch(r".*_([0-9a-f]{8})\.(\w+)\.docx", path.name).groups()  # type: ignore[union-attr]
        found.setdefault(short_id, []).append(lang)
    return found


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(SEED, folder / "a_seed.txt")
    variant(folder, "b_variant.txt", "The sides agreed to meet again next year.")
    (folder / "notes.md").write_text("not an article\n", encoding="utf-8")
    (folder / ".hidden.txt").write_text("not an article either\n", encoding="utf-8")
    return folder


def test_several_files_in_one_command(articles: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = invoke("generate", articles / "a_seed.txt", articles / "b_variant.txt", "--lang", "en,ru",
                    "--out", out, "-j", "1", *FIXED)
    assert result.exit_code == 0, result.output
    written = languages_of(out)
    assert len(written) == 2  # two articles, two ids
    assert all(langs == ["en", "ru"] for langs in written.values())
    assert result.stdout.count("Wrote ") == 4
    for column in ("Article", "Written", "Warnings", "To review"):  # the summary, on stderr
        assert column in result.stderr
    assert "a_seed.txt" in result.stderr and "b_variant.txt" in result.stderr


def test_a_folder_means_every_article_file_in_it(articles: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = invoke("generate", articles, "--lang", "en", "--out", out, "-j", "1", *FIXED)
    assert result.exit_code == 0, result.output
    assert len(languages_of(out)) == 2  # notes.md and the hidden file are not articles
    lines = result.stderr.splitlines()
    first_seed = next(i for i, line in enumerate(lines) if "a_seed.txt" in line)
    first_variant = next(i for i, line in enumerate(lines) if "b_variant.txt" in line)
    assert first_seed < first_variant  # sorted by name


def test_standard_input_is_an_article(tmp_path: Path) -> None:
    result = invoke("generate", "-", "--lang", "en", "--out", tmp_path, *FIXED, stdin=SEED.read_bytes())
    assert result.exit_code == 0, result.output
    [path] = tmp_path.glob("*.en.docx")
    from_file = invoke("generate", SEED, "--lang", "en", "--out", tmp_path / "file", *FIXED)
    assert from_file.exit_code == 0
    [same] = (tmp_path / "file").glob("*.en.docx")
    assert path.name == same.name  # the id comes from the text, not from where it was read
    assert path.read_bytes() == same.read_bytes()


def test_standard_input_among_files(articles: Path, tmp_path: Path) -> None:
    stdin_article = variant(tmp_path, "piped.txt", "A third article arrived through a pipe.")
    result = invoke("generate", "-", articles / "a_seed.txt", "--lang", "en", "--out", tmp_path / "out",
                    "-j", "1", *FIXED, stdin=stdin_article.read_bytes())
    assert result.exit_code == 0, result.output
    assert len(languages_of(tmp_path / "out")) == 2
    assert "<stdin>" in result.stderr


def test_a_failing_article_is_reported_and_the_others_are_written(articles: Path, tmp_path: Path) -> None:
    (articles / "c_empty.txt").write_text("\n\n", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    out = tmp_path / "out"
    result = invoke("generate", articles, missing, "--lang", "en,kk", "--out", out, "-j", "1", *FIXED)
    assert result.exit_code == 1
    assert len(languages_of(out)) == 2  # the two good articles
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert any(f"{articles / 'c_empty.txt'}: the article is empty" in line for line in errors)
    assert any(f"{missing}: no such file" in line for line in errors)
    assert "2 of 4 inputs had errors" in result.stderr
    assert "Traceback" not in result.output


def test_parallel_jobs_give_the_same_files(articles: Path, tmp_path: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    assert invoke("generate", articles, "--lang", "en,mn", "--out", one, "-j", "1", *FIXED).exit_code == 0
    result = invoke("generate", articles, "--lang", "en,mn", "--out", two, "-j", "2", *FIXED)
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in one.iterdir()) == sorted(p.name for p in two.iterdir())
    for path in one.iterdir():
        assert path.read_bytes() == (two / path.name).read_bytes()


def test_articles_that_used_to_share_a_name_do_not_overwrite_each_other(articles: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = invoke("generate", articles, "--lang", "ru", "--out", out, "-j", "1", *FIXED)
    assert result.exit_code == 0, result.output
    names = sorted(path.name for path in out.glob("*.docx"))
    assert len(names) == 2
    assert {re.sub(r"_[0-9a-f]{8}\.", ".", name) for name in names} == {
        "2025-09-04_kazakhstan-mongolia-memorandum.ru.docx"}  # same date, countries and type; different ids


def test_the_same_article_again_replaces_its_own_briefings(tmp_path: Path) -> None:
    assert invoke("generate", SEED, "--lang", "en", "--out", tmp_path, *FIXED).exit_code == 0
    again = invoke("generate", SEED, "--lang", "en", "--out", tmp_path, "--prepared-on", "2025-09-06",
                   "--translator", "none")
    assert again.exit_code == 0, again.output
    [path] = tmp_path.glob("*.docx")
    assert "6 September 2025" in "\n".join(p.text for p in docx.Document(str(path)).sections[0].footer.paragraphs)


def test_a_file_of_another_article_is_not_overwritten_without_overwrite(tmp_path: Path) -> None:
    assert invoke("generate", SEED, "--lang", "en,ru", "--out", tmp_path, *FIXED).exit_code == 0
    [en, ru] = sorted(tmp_path.glob("*.docx"))
    en.write_bytes(b"someone else's file")  # not a briefing of this article
    result = invoke("generate", SEED, "--lang", "en,ru", "--out", tmp_path, *FIXED)
    assert result.exit_code == 1
    assert f"{en} exists and is not a briefing of this article" in result.stderr
    assert "--overwrite" in result.stderr
    assert en.read_bytes() == b"someone else's file"
    assert "Wrote" in result.stdout and ru.name in result.stdout  # the other language still written
    forced = invoke("generate", SEED, "--lang", "en,ru", "--out", tmp_path, "--overwrite", *FIXED)
    assert forced.exit_code == 0, forced.output
    assert en.read_bytes().startswith(b"PK")


def test_a_broken_catalog_stops_only_its_language(tmp_path: Path) -> None:
    locales = tmp_path / "locales"
    shutil.copytree(REPO / "locales", locales)
    po = locales / "mn" / "LC_MESSAGES" / "messages.po"
    lines = po.read_text(encoding="utf-8").splitlines()
    number = next(i for i, line in enumerate(lines) if line.startswith("msgstr ") and i > 20)
    lines.insert(number + 1, "msgstr_typo \"\"")
    po.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = invoke("generate", SEED, "--out", out, "--locales", locales, *FIXED)
    assert result.exit_code == 1
    assert sorted(path.name.split(".")[-2] for path in out.glob("*.docx")) == ["en", "kk", "ru"]
    assert f"mn: {po}:{number + 2}:" in result.stderr  # the language, then file and line
    assert "1 of 4 briefings failed (mn)" in result.stderr
    assert "Traceback" not in result.output


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_broken_language_in_a_batch_is_listed_in_the_summary(articles: Path, tmp_path: Path, jobs: str) -> None:
    # With two jobs the batch loads the templates once before forking its workers: the broken
    # one must still fail in each article's own run, with its file and line.
    templates = tmp_path / "templates"
    shutil.copytree(REPO / "templates", templates)
    narrative = templates / "kk" / "narrative.j2"
    narrative.write_text(narrative.read_text(encoding="utf-8") + "{% if %}\n", encoding="utf-8")
    out = tmp_path / "out"
    result = invoke("generate", articles, "--lang", "en,kk", "--out", out, "--templates", templates,
                    "-j", jobs, *FIXED)
    assert result.exit_code == 1
    assert all(langs == ["en"] for langs in languages_of(out).values())
    assert result.stderr.count(f"kk: {narrative}:") == 2  # once per article, with file and line
    assert re.search(r"a_seed\.txt\s+│\s+en\s+│.*│\s+kk", result.stderr)


def test_render_takes_several_facts_files(articles: Path, tmp_path: Path) -> None:
    facts = tmp_path / "facts"
    result = invoke("generate", articles, "--lang", "en", "--out", tmp_path / "out", "--facts", facts,
                    "-j", "1", *FIXED)
    assert result.exit_code == 0, result.output
    assert len(list(facts.glob("*.facts.json"))) == 2
    again = invoke("render", facts, "--lang", "en", "--out", tmp_path / "out", "-j", "1", *FIXED)
    assert again.exit_code == 0, again.output
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(
        p.name.replace(".facts.json", ".en.docx") for p in facts.iterdir())  # the same article, the same names


def test_an_edited_template_is_picked_up_within_the_same_process(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    shutil.copytree(REPO / "templates", templates)
    first = invoke("generate", SEED, "--lang", "en", "--out", tmp_path / "first", "--templates", templates, *FIXED)
    assert first.exit_code == 0, first.output
    main, narrative = templates / "briefing.md.j2", templates / "narrative.j2"
    main.write_text(main.read_text(encoding="utf-8").replace('_("Participants")', '"Who took part"'),
                    encoding="utf-8")
    narrative.write_text(narrative.read_text(encoding="utf-8").replace("{% macro lead(b) -%}",
                                                                        "{% macro lead(b) -%}In short: "),
                         encoding="utf-8")
    second = invoke("generate", SEED, "--lang", "en", "--out", tmp_path / "second", "--templates", templates, *FIXED)
    assert second.exit_code == 0, second.output
    [path] = (tmp_path / "second").glob("*.docx")
    text = "\n".join(paragraph.text for paragraph in docx.Document(str(path)).paragraphs)
    assert "Who took part" in text
    assert "In short: " in text


def test_cached_runs_and_a_fresh_process_write_identical_bytes(articles: Path, tmp_path: Path) -> None:
    warm = tmp_path / "warm"
    for _ in range(2):  # the second run finds every template, catalog and table in the caches
        result = invoke("generate", articles, "--out", warm, "-j", "1", *FIXED)
        assert result.exit_code == 0, result.output
    fresh = tmp_path / "fresh"
    completed = subprocess.run([sys.executable, "-m", "briefing", "generate", str(articles / "b_variant.txt"),
                                str(articles / "a_seed.txt"), "--out", str(fresh), "-j", "2", *FIXED],
                               capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(REPO)})
    assert completed.returncode == 0, completed.stderr
    names = sorted(path.name for path in warm.iterdir())
    assert len(names) == 8
    assert names == sorted(path.name for path in fresh.iterdir())
    for name in names:
        assert (warm / name).read_bytes() == (fresh / name).read_bytes(), name


def test_render_reads_facts_from_standard_input(tmp_path: Path) -> None:
    facts = invoke("extract", SEED)
    assert facts.exit_code == 0
    assert '"article_id": "' in facts.stdout
    result = invoke("render", "-", "--lang", "kk", "--out", tmp_path, *FIXED, stdin=facts.stdout.encode("utf-8"))
    assert result.exit_code == 0, result.output
    generated = invoke("generate", SEED, "--lang", "kk", "--out", tmp_path / "generated", *FIXED)
    assert generated.exit_code == 0
    [rendered] = tmp_path.glob("*.kk.docx")
    assert [rendered.name] == [path.name for path in (tmp_path / "generated").glob("*.docx")]


def test_an_empty_folder_is_reported_and_the_rest_go_on(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    result = invoke("generate", empty, SEED, "--lang", "en", "--out", tmp_path / "out", "-j", "1", *FIXED)
    assert result.exit_code == 1
    assert f"{empty}: no *.txt or *.html or *.htm or *.docx files in this folder." in result.stderr
    assert len(list((tmp_path / "out").glob("*.docx"))) == 1


def test_the_collector_is_back_on_after_the_first_article_of_a_batch(articles: Path, tmp_path: Path) -> None:
    import gc

    gc.disable()  # as briefing.cli.main starts: off while starting up
    try:
        result = invoke("generate", articles, "--lang", "en", "--out", tmp_path / "out", "-j", "1", *FIXED)
        assert result.exit_code == 0, result.output
        assert gc.isenabled()  # a long batch frees its garbage as it goes
    finally:
        gc.enable()
        gc.unfreeze()


def test_a_process_that_skips_shutdown_still_says_everything_and_the_right_status(tmp_path: Path) -> None:
    environment = {**os.environ, "PYTHONPATH": str(REPO)}
    facts = subprocess.run([sys.executable, "-m", "briefing", "extract", str(SEED)],
                           capture_output=True, env=environment)
    assert facts.returncode == 0
    assert facts.stdout == invoke("extract", SEED).stdout_bytes  # all of it, flushed before leaving
    missing = subprocess.run([sys.executable, "-m", "briefing", "generate", str(tmp_path / "none.txt"), *FIXED],
                             capture_output=True, text=True, env=environment)
    assert missing.returncode == 1
    assert "none.txt: no such file" in missing.stderr


def test_russian_forms_kept_by_one_run_give_the_next_run_the_same_bytes(tmp_path: Path) -> None:
    """The command line keeps the Russian forms it makes (briefing/grammar/kept.py); the next process reads them
    instead of loading the dictionary, and writes the very same document as a run that made every form."""
    made = invoke("generate", SEED, "--lang", "ru", "--out", tmp_path / "made", *FIXED)
    assert made.exit_code == 0, made.output
    environment = {**os.environ, "PYTHONPATH": str(REPO), "BRIEFING_CACHE_DIR": str(tmp_path / "cache")}
    for run in ("first", "second"):
        completed = subprocess.run([sys.executable, "-m", "briefing", "generate", str(SEED), "--lang", "ru",
                                    "--out", str(tmp_path / run), *FIXED], capture_output=True, text=True,
                                   env=environment)
        assert completed.returncode == 0, completed.stderr
    assert (tmp_path / "cache" / "forms" / "ru.pickle").exists()
    [made_file] = (tmp_path / "made").glob("*.ru.docx")
    assert (tmp_path / "second" / made_file.name).read_bytes() == made_file.read_bytes()
