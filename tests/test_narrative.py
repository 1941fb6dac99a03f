"""The summary each language writes from the facts: golden sentences for varied fact sets.

Each ``tests/narrative/*.json`` is a small facts file written for a case the templates must
handle (one participant, many, a visit, a phone call, no date, no place, a document with
three parties, planned events with and without dates, counted documents, an event in
progress). The golden file beside it in ``tests/golden/narrative/`` holds, per language, the
Summary and Planned events sections as a reader sees them in the .docx. Refresh after a
deliberate change with ``UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_narrative.py``
and read the diff: every line is a sentence a native reader must accept.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing.cli import cli
from test_briefing import lines_of

REPO = Path(__file__).resolve().parents[1]
CASES = sorted((Path(__file__).parent / "narrative").glob("*.json"))
GOLDEN = Path(__file__).parent / "golden" / "narrative"
LANGS = ("en", "ru", "kk", "mn")
SECTIONS = {  # the headings whose paragraphs the goldens keep, per language
    "en": ("Summary", "Planned events"),
    "ru": ("Краткое содержание", "Запланированные мероприятия"),
    "kk": ("Қысқаша мазмұны", "Жоспарланған іс-шаралар"),
    "mn": ("Товч агуулга", "Төлөвлөсөн арга хэмжээ"),
}


def render(facts: Path, out: Path, *extra: str) -> dict[str, Path]:
    result = CliRunner().invoke(cli, ["render", str(facts), "--out", str(out), "--translator", "none",
                                      "--prepared-on", "2025-01-01", "-q", *extra])
    assert result.exit_code == 0, result.output
    return {path.name.split(".")[-2]: path for path in out.glob("*.docx")}


def sections(path: Path, lang: str) -> list[str]:
    """The lines under the Summary and Planned events headings."""
    kept, keep = [], False
    for line in lines_of(path):
        if line.startswith("Heading 1: "):
            keep = line.removeprefix("Heading 1: ") in SECTIONS[lang]
            if keep:
                kept.append(line)
        elif keep:
            kept.append(line)
    return kept


@pytest.mark.parametrize("case", CASES, ids=[case.stem for case in CASES])
def test_summary_matches_golden(case: Path, tmp_path: Path) -> None:
    files = render(case, tmp_path)
    actual = "".join(f"[{lang}]\n" + "\n".join(sections(files[lang], lang)) + "\n" for lang in LANGS)
    golden = GOLDEN / f"{case.stem}.txt"
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.mkdir(parents=True, exist_ok=True)
        golden.write_text(actual, encoding="utf-8")
    assert actual == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize("case", CASES, ids=[case.stem for case in CASES])
def test_no_latin_words_outside_names_in_ru_kk_mn(case: Path, tmp_path: Path) -> None:
    files = render(case, tmp_path)
    for lang in ("ru", "kk", "mn"):
        text = "\n".join(line.partition(": ")[2] for line in sections(files[lang], lang))
        assert not re.findall(r"[A-Za-z]{2,}", text), (lang, text)


def test_staff_change_a_sentence_pattern_without_python(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    shutil.copytree(REPO / "templates", templates)
    narrative = templates / "ru" / "narrative.j2"
    source = narrative.read_text(encoding="utf-8")
    edited = source.replace("Будут обсуждены\", \"in progress\": \"Обсуждаются\"}.get(b.status_key, \"Обсуждены\") }} "
                            "следующие направления сотрудничества:",
                            "Будут обсуждены\", \"in progress\": \"Обсуждаются\"}.get(b.status_key, \"Обсуждены\") }} "
                            "сферы взаимодействия:")
    assert edited != source
    narrative.write_text(edited, encoding="utf-8")
    files = render(CASES[0], tmp_path / "out", "--lang", "ru", "--templates", str(templates))
    text = "\n".join(lines_of(files["ru"]))
    assert "Обсуждены сферы взаимодействия: торговля и образование." in text


def test_a_typo_in_a_narrative_names_its_file_and_line(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    shutil.copytree(REPO / "templates", templates)
    narrative = templates / "kk" / "narrative.j2"
    lines = narrative.read_text(encoding="utf-8").splitlines()
    number = next(i for i, line in enumerate(lines, 1) if "b.cooperation_areas | listing" in line)
    lines[number - 1] = lines[number - 1].replace("b.cooperation_areas", "b.cooperation_aeras")
    narrative.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["render", str(CASES[0]), "--out", str(tmp_path / "out"), "--lang", "kk",
                                      "--templates", str(templates), "--translator", "none"])
    assert result.exit_code == 1
    assert f"kk/narrative.j2:{number}" in result.output
    assert "cooperation_aeras" in result.output


def test_source_excerpts_only_on_request_and_marked_as_english(tmp_path: Path) -> None:
    seed = REPO / "seeds" / "000_f116ff059f125dc2.txt"
    plain = CliRunner().invoke(cli, ["generate", str(seed), "--lang", "ru", "--out", str(tmp_path / "a"),
                                     "--translator", "none", "-q"])
    assert plain.exit_code == 0, plain.output
    [without] = (tmp_path / "a").glob("*.docx")
    assert not any("Фрагменты источника" in line for line in lines_of(without))

    asked = CliRunner().invoke(cli, ["generate", str(seed), "--lang", "ru", "--out", str(tmp_path / "b"),
                                     "--translator", "none", "-q", "--source-excerpts"])
    assert asked.exit_code == 0, asked.output
    [path] = (tmp_path / "b").glob("*.docx")
    lines = lines_of(path)
    start = lines.index("Heading 1: Фрагменты источника (на языке оригинала)")
    excerpts = [line for line in lines[start + 1:] if line.startswith("List Bullet: ")]
    assert any("signed a memorandum of cooperation" in line for line in excerpts)
    import docx

    runs = [run for paragraph in docx.Document(str(path)).paragraphs if "memorandum of cooperation in Astana"
            in paragraph.text for run in paragraph.runs]
    assert runs and all(run.style.name == "Untranslated" for run in runs if run.text.strip())


@pytest.mark.parametrize(("case", "missing"), [("05_no_date", {"en": "date not stated", "ru": "дата не указана",
                                                                "kk": "күні көрсетілмеген", "mn": "огноог дурдаагүй"}),
                                               ("06_no_place", {"en": "place not stated", "ru": "место не указано",
                                                                "kk": "орны көрсетілмеген", "mn": "газрыг дурдаагүй"})])
def test_the_subtitle_says_what_the_article_does_not_state(case: str, missing: dict[str, str], tmp_path: Path) -> None:
    files = render(Path(__file__).parent / "narrative" / f"{case}.json", tmp_path)
    for lang, words in missing.items():
        subtitle = next(line for line in lines_of(files[lang]) if line.startswith("Subtitle: "))
        assert words in subtitle, (lang, subtitle)


def test_an_area_named_twice_in_english_is_written_once(tmp_path: Path) -> None:
    # "culture" and "cultural" are one area in every language: the summary names it once.
    facts = tmp_path / "facts.json"
    facts.write_text('{"event_date": "2025-03-12", "event_type": "meeting", "participants": [{"name": "Kassym-Jomart '
                     'Tokayev", "title": "President of Kazakhstan", "country": "KZ", "organization": null}], '
                     '"cooperation_areas": ["culture", "trade", "cultural"], "source_agency": null}', encoding="utf-8")
    files = render(facts, tmp_path / "out")
    words = {"en": "culture", "ru": "культур", "kk": "мәдениет", "mn": "соёл"}
    for lang, word in words.items():
        summary = " ".join(sections(files[lang], lang)).lower()
        assert summary.count(word) == 1, (lang, summary)


def test_a_mentioned_person_the_termbase_confirms_keeps_an_unmarked_name(tmp_path: Path) -> None:
    # Extraction is unsure of both roles; only the unknown name is marked for review.
    facts = tmp_path / "facts.json"
    facts.write_text(
        '{"event_date": "2025-03-12", "event_type": "meeting", "participants": [{"name": "Yerlan Koshanov", '
        '"title": "Speaker of the Mazhilis", "country": "KZ", "organization": null}], "mentioned_people": ['
        '{"name": "Kassym-Jomart Tokayev", "title": "President of Kazakhstan", "country": "KZ", '
        '"organization": null, "confidence": 0.4, "needs_review": true}, {"name": "Ivars Kalnins", '
        '"title": null, "country": "LV", "organization": null, "confidence": 0.4, "needs_review": true}], '
        '"source_agency": null}', encoding="utf-8")
    files = render(facts, tmp_path / "out")
    mentioned = next(line for line in lines_of(files["ru"]) if line.startswith("Body Text: Также упоминаются"))
    assert "Токаев‡" not in mentioned and "Касым-Жомарт Токаев" in mentioned
    assert "‡" in mentioned.split("Токаев")[1], mentioned  # the unknown Latvian is marked


def test_plans_that_read_the_same_are_one_line(tmp_path: Path) -> None:
    facts = json.loads((Path(__file__).parent / "narrative" / "14_planned_meeting_with_one_person.json")
                       .read_text(encoding="utf-8"))
    bare = {"kind": "meeting", "who": ["the guests from abroad"], "host": None, "place": None, "country": None,
            "when": None, "objects": []}
    facts["planned_events"] = [{**bare, "text": "the guests will meet students"},
                               {**bare, "text": "the guests will meet teachers"}]
    path = tmp_path / "facts.json"
    path.write_text(json.dumps(facts), encoding="utf-8")
    ru = sections(render(path, tmp_path / "out")["ru"], "ru")
    planned = ru[ru.index("Heading 1: Запланированные мероприятия") + 1:]
    assert len(planned) == 1, planned  # the untranslatable actors are left out: both read «Запланирована встреча.»
