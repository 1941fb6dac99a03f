"""``briefing names``: how each name of a facts file or article is resolved, per language and source."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing.cli import cli

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_f116ff059f125dc2.txt"
HEADER = "type,en,ru,kk,mn,aliases,status,note\n"
TERMBASE = HEADER + """\
person,Batmunkh Battsetseg,Батмунхийн Батцэцэг,Батмунхийн Батцэцэг,Б.Батцэцэг,,ru=unconfirmed; kk=unconfirmed; mn=confirmed,https://example.org/mfa.mn
person,Sadyr Zhaparov,Садыр Жапаров,Садыр Жапаров,С.Жапаров,,ru=confirmed; kk=confirmed; mn=unconfirmed,https://example.org/1
person,Akylbek Japarov,Акылбек Жапаров,Ақылбек Жапаров,А.Жапаров,,ru=confirmed; kk=confirmed; mn=unconfirmed,https://example.org/2
title,Speaker of the Mazhilis,Председатель Мажилиса,Мәжіліс Төрағасы,Мажилисын дарга,,ru=confirmed; kk=confirmed; mn=unconfirmed,terminology.md §1.2
place,Tokyo,Токио,Токио,Токио,,ru=confirmed; kk=confirmed; mn=confirmed,CLDR 49 exemplar city of Asia/Tokyo
place,Moscow,Москва,Мәскеу,Москва,,ru=confirmed; kk=confirmed,CLDR 49 exemplar city of Europe/Moscow
"""
FACTS = {
    "event_date": "2025-09-04",
    "location": {"city": "Tokyo", "country": "JP"},
    "event_type": "meeting",
    "participants": [
        {"name": "Battsetseg Batmunkh", "title": "Speaker of the Mazhilis", "country": "MN"},
        {"name": "Japarov", "title": None, "country": "KG"},
        {"name": "Gulnara Smith", "title": "Minister of Water Resources and Irrigation", "country": "KZ"},
    ],
    "organizations": [],
    "countries": ["JP"],
}


@pytest.fixture()
def files(tmp_path: Path) -> tuple[Path, Path]:
    facts = tmp_path / "facts.json"
    facts.write_text(json.dumps(FACTS), encoding="utf-8")
    termbase = tmp_path / "termbase.csv"
    termbase.write_text(TERMBASE, encoding="utf-8")
    return facts, termbase


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_gives_form_and_source_per_language(files: tuple[Path, Path]) -> None:
    facts, termbase = files
    code, out, err = run("names", str(facts), "--lang", "ru,mn", "--format", "csv", "--termbase", str(termbase))
    assert code == 0, err
    table = rows(out)
    assert list(table[0]) == ["lang", "kind", "english", "form", "source", "detail", "review"]
    by = {(row["lang"], row["kind"], row["english"]): row for row in table}

    person = by[("ru", "person", "Battsetseg Batmunkh")]
    assert (person["form"], person["source"], person["review"]) == ("Батмунхийн Батцэцэг", "termbase", "yes")
    assert person["detail"].endswith("termbase.csv:2 (ru=unconfirmed, matched by name key)")
    mongolian = by[("mn", "person", "Battsetseg Batmunkh")]
    assert (mongolian["form"], mongolian["review"]) == ("Б.Батцэцэг", "")

    title = by[("ru", "title", "Speaker of the Mazhilis")]
    assert (title["form"], title["source"]) == ("Председатель Мажилиса", "termbase")
    assert title["detail"].endswith("termbase.csv:5 (ru=confirmed)")

    place = by[("mn", "place", "Tokyo")]
    assert (place["form"], place["source"]) == ("Токио", "termbase")

    country = by[("ru", "country", "JP")]
    assert (country["form"], country["source"]) == ("Япония", "CLDR")
    assert country["detail"].startswith("Babel ")

    stranger = by[("ru", "person", "Gulnara Smith")]
    assert (stranger["source"], stranger["review"]) == ("transliterated", "yes")
    assert stranger["form"] == "Гульнара Смит"

    composed = by[("ru", "title", "Minister of Water Resources and Irrigation")]
    assert (composed["form"], composed["source"], composed["review"]) == (
        "министр водных ресурсов и ирригации", "composed", "yes")
    assert composed["detail"].endswith("offices.csv, not all confirmed")

    ambiguous = by[("ru", "person", "Japarov")]
    assert ambiguous["source"] == "transliterated"
    assert ambiguous["detail"] == (
        "ambiguous: 'Japarov' could be 'Sadyr Zhaparov' (line 3) or 'Akylbek Japarov' (line 4): none is used; "
        "add this spelling as an alias of the right row, or write the name in full")
    assert "Warning: ambiguous name: 'Japarov' could be 'Sadyr Zhaparov' (line 3)" in err
    assert {row["lang"] for row in table} == {"ru", "mn"}


def test_termbase_rows_without_status_are_listed_on_stderr(files: tuple[Path, Path]) -> None:
    facts, termbase = files
    code, _out, err = run("names", str(facts), "--lang", "kk", "--format", "csv", "--termbase", str(termbase))
    assert code == 0
    assert "termbase.csv:7: mn form 'Москва' has no status" in err


def test_csv_to_a_file(files: tuple[Path, Path], tmp_path: Path) -> None:
    facts, termbase = files
    target = tmp_path / "names.csv"
    code, out, _err = run("names", str(facts), "--lang", "kk", "--format", "csv", "-o", str(target),
                          "--termbase", str(termbase))
    assert code == 0 and out == f"Wrote {target}\n"
    table = rows(target.read_text(encoding="utf-8"))
    assert {row["lang"] for row in table} == {"kk"}
    assert any(row["english"] == "Tokyo" and row["form"] == "Токио" for row in table)


def test_table_is_the_default(files: tuple[Path, Path]) -> None:
    facts, termbase = files
    code, out, _err = run("names", str(facts), "--lang", "ru", "--termbase", str(termbase))
    assert code == 0
    assert "How each name was resolved" in out and "Токио" in out and "termbase" in out


def test_an_article_is_extracted_first() -> None:
    code, out, err = run("names", str(SEED), "--format", "csv")
    assert code == 0, err
    table = rows(out)
    assert {row["lang"] for row in table} == {"ru", "kk", "mn"}
    forms = {(row["lang"], row["english"]): row for row in table}
    assert forms[("mn", "Dashzegviin Amarbayasgalan")]["form"] == "Д.Амарбаясгалан"
    assert forms[("mn", "Dashzegviin Amarbayasgalan")]["source"] == "termbase"
    assert forms[("kk", "Yerlan Koshanov")]["form"] == "Ерлан Қошанов"


def test_help_and_a_missing_file() -> None:
    code, out, _err = run("names", "--help")
    assert code == 0 and "ARTICLE_OR_FACTS" in out and "--format" in out
    code, _out, err = run("names", "nowhere.json")
    assert code == 2 and "does not exist" in err
