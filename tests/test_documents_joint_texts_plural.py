"""Joint communiqués and statements named in the plural (one per country that signs one): each language names them
as its press does, and the Russian verb agrees with the plural even though «коммюнике» does not decline (review 37
had «Подписана декларация»). Short synthetic article; the briefing is opened as a reader opens it."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from test_briefing import lines_of

from briefing.cli import cli
from briefing.compose import compose
from briefing.grammar import kk, ru
from briefing.grammar.ru_agreement import agree


def test_the_plural_of_a_joint_text_in_each_language() -> None:
    english = "Joint communiqués on the establishment of diplomatic relations"
    assert compose(english, "ru", "document") == "совместные коммюнике об установлении дипломатических отношений"
    assert compose(english, "kk", "document") == "дипломатиялық қатынастар орнату туралы бірлескен коммюникелер"
    assert compose(english, "mn", "document") == "дипломат харилцаа тогтоох тухай хамтарсан мэдээ"  # no plural mark
    assert compose("joint statements", "ru", "document") == "совместные заявления"


def test_the_kazakh_plural_ending_follows_the_last_sound_and_harmony() -> None:
    # [Emle-2021]: -лар/-лер after a vowel, р, й, у; -дар/-дер after л, м, н, ң, з, ж; -тар/-тер after the others
    assert [kk.plural(word) for word in ("мәлімдеме", "декларация", "келісім", "меморандум", "хаттама", "құжат",
                                         "жол")] == ["мәлімдемелер", "декларациялар", "келісімдер", "меморандумдар",
                                                     "хаттамалар", "құжаттар", "жолдар"]


def test_russian_agrees_with_an_indeclinable_noun_by_its_adjective() -> None:
    assert ru.plural_head("совместное коммюнике о сотрудничестве") == "совместные коммюнике о сотрудничестве"
    assert agree("подписан", "совместные коммюнике") == "подписаны"
    assert agree("подписан", "совместное коммюнике") == "подписано"


def test_the_briefing_says_the_communiques_were_signed(tmp_path: Path) -> None:
    article = tmp_path / "communiques.txt"
    article.write_text("date 2025-04-09\nBISHKEK, April 9. Foreign Minister Jeenbek Kulubaev met the permanent "
                       "representatives of Belize and Somalia to the UN in New York. Joint communiqués on the "
                       "establishment of diplomatic relations were signed by the permanent representatives.\n",
                       encoding="utf-8")
    result = CliRunner().invoke(cli, ["generate", str(article), "--out", str(tmp_path / "out"), "--lang", "ru,kk",
                                      "--translator", "none", "--quiet"])
    assert result.exit_code == 0, result.output
    text = {path.name.split(".")[-2]: "\n".join(lines_of(path)) for path in (tmp_path / "out").glob("*.docx")}
    assert "Подписаны совместные коммюнике об установлении дипломатических отношений" in text["ru"]
    assert "декларац" not in text["ru"].lower()
    assert "бірлескен коммюникелерге" in text["kk"]


def test_mongolian_names_some_of_the_documents_signed_grammatically(tmp_path: Path) -> None:
    # review 37: «Баримт бичгүүдэд гарын үсэг зурсны заримыг дурдвал:» made the verb a noun
    article = tmp_path / "several.txt"
    article.write_text("date 2022-03-11\nCAIRO, March 10. President Abdel Fattah El Sisi and his Tajik counterpart Emomali "
                       "Rahmon witnessed the signing of a number of memorandums of understanding. An MoU was signed by "
                       "the ministers of agriculture. Another MoU was signed by the ministers of sport.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["generate", str(article), "--out", str(tmp_path / "out"), "--lang", "mn",
                                      "--translator", "none", "--quiet"])
    assert result.exit_code == 0, result.output
    [path] = (tmp_path / "out").glob("*.mn.docx")
    text = "\n".join(lines_of(path))
    assert "Гарын үсэг зурсан баримт бичгүүдээс дурдвал:" in text
    assert "зурсны заримыг" not in text
