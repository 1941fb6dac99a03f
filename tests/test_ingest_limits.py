"""Input limits and honest detection: size, UTF-16/32 without a mark, stray bytes, non-English articles."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing.cli import cli
from briefing.errors import ArticleError
from briefing.ingest import not_english, read_article

ARTICLE = ("ASTANA, Kazakhstan, September 4. President Kassym-Jomart Tokayev met Mongolian President "
           "Ukhnaagiin Khurelsukh in Astana, the Akorda press service said. The sides signed a memorandum "
           "on cooperation in trade and agreed to meet again next year.\n")


def test_an_article_over_the_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"word " * 300_000)
    with pytest.raises(ArticleError, match="over the limit of 1,000,000 bytes"):
        read_article(path, max_bytes=1_000_000)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_dev_zero_is_refused_not_read_whole() -> None:
    with pytest.raises(ArticleError, match="over the limit"):
        read_article("/dev/zero")


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_without_a_mark_are_detected(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(("Встреча — " + ARTICLE).encode(encoding))
    article = read_article(path)
    assert "Kassym-Jomart Tokayev" in article.text and "Встреча" in article.text
    assert article.encoding.startswith(("utf-16", "utf-32"))


def test_utf32_with_a_mark_is_read(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(ARTICLE.encode("utf-32"))
    assert "Tokayev" in read_article(path).text


def test_a_few_stray_bytes_in_utf8_are_replaced_and_reported_by_position(tmp_path: Path) -> None:
    text = "«Казахстан» — " + ARTICLE
    raw = text.encode("utf-8")
    raw = raw[:40] + b"\xff" + raw[40:]
    path = tmp_path / "a.txt"
    path.write_bytes(raw)
    article = read_article(path)
    assert article.encoding == "utf-8" and "«Казахстан»" in article.text and "\ufffd" in article.text
    assert article.replaced == [40]


def test_stray_bytes_are_reported_by_generate(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    raw = ("«Казахстан» " + ARTICLE).encode("utf-8")
    path.write_bytes(raw[:60] + b"\xfe" + raw[60:])
    result = CliRunner().invoke(cli, ["generate", str(path), "--out", str(tmp_path / "out"), "--lang", "en",
                                      "--translator", "none"])
    assert "not UTF-8 (at byte 60)" in result.output and "mac_cyrillic" not in result.output


@pytest.mark.parametrize("text", [
    "Президент Казахстана Касым-Жомарт Токаев встретился с президентом Монголии в Астане. " * 3,
    "Қазақстан Президенті Қасым-Жомарт Тоқаев Моңғолия Президентімен Астанада кездесті. " * 3,
    "Монгол Улсын Ерөнхийлөгч Казахстан Улсын Ерөнхийлөгчтэй Астана хотноо уулзлаа. " * 3,
    "哈萨克斯坦总统托卡耶夫在阿斯塔纳会见了蒙古国总统。" * 3,
])
def test_a_non_english_article_is_an_error_unless_allowed(tmp_path: Path, text: str) -> None:
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["generate", str(path), "--out", str(out), "--lang", "en", "--translator", "none"])
    assert result.exit_code != 0 and "does not look like an English article" in result.output
    assert not out.exists() or not list(out.glob("*.docx"))
    allowed = CliRunner().invoke(cli, ["generate", str(path), "--out", str(out), "--lang", "en",
                                       "--translator", "none", "--allow-empty"])
    assert allowed.exit_code == 0, allowed.output
    assert "--allow-empty" in allowed.output and list(out.glob("*.docx"))


def test_an_article_without_facts_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("it was a nice day and the weather was fine, so we went out for a walk in the park.\n",
                    encoding="utf-8")
    result = CliRunner().invoke(cli, ["generate", str(path), "--out", str(tmp_path / "o"), "--translator", "none"])
    assert result.exit_code != 0 and "no facts found" in result.output


def test_english_is_english() -> None:
    assert not_english(ARTICLE) is None


def test_a_long_article_reports_the_stages_of_extraction(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from briefing.cli import cli

    sentence = "The Speaker of the Mazhilis Yerlan Koshanov met the delegation of Mongolia in Astana. "
    article = tmp_path / "long.txt"
    article.write_text("date 2025-09-04\n" + sentence * 2600, encoding="utf-8")  # over 200,000 characters
    result = CliRunner().invoke(cli, ["extract", str(article), "-o", str(tmp_path / "facts.json")])
    assert result.exit_code == 0, result.output
    assert "extracting it in stages" in result.output
    assert "extracting people and organisations" in result.output
