"""Session 24: planned jubilees written natively, and what the fresh67 articles showed. Short synthetic articles."""

from __future__ import annotations

from pathlib import Path

from conftest import briefing_text

from briefing.extract import extract
from briefing.grammar import grammar_for
from briefing.ingest import parse_article

_MEETING = "date 2025-09-04\nULAANBAATAR, September 4. Chairman of the State Great Khural Dashzegviin Amarbayasgalan met " \
           "Chairman of the Mazhilis Yerlan Koshanov.\n\n"
_JUBILEE = _MEETING + "The sides agreed to celebrate the 35th anniversary of the establishment of diplomatic " \
                      "relations in the two countries next year."


def _read(tmp_path: Path, lang: str, article: str) -> str:
    """The briefing in ``lang``, its no-break spaces («2026\xa0году») read as spaces."""
    (tmp_path / lang).mkdir()
    return briefing_text(tmp_path / lang, article, lang).replace("\xa0", " ")


def _planned(text: str) -> list:
    return extract(parse_article(text)).planned_events


def test_an_agreed_jubilee_is_an_anniversary_to_celebrate_not_an_unnamed_event() -> None:
    [event] = _planned(_JUBILEE)
    assert event.kind == "anniversary"
    assert event.objects == ["35th anniversary of the establishment of diplomatic relations"]
    assert event.who == [] and event.when == "2026"


def test_a_year_that_marks_an_anniversary_is_a_date_not_a_plan() -> None:
    assert _planned(_MEETING + "This year will mark the 30th anniversary of diplomatic relations.") == []


def test_a_governments_own_jubilee_told_in_the_talks_is_no_plan_of_the_sides() -> None:
    assert _planned(_MEETING + "He told of the plans of the Government of Kazakhstan to celebrate the 185th anniversary "
                               "of the birth of Abay Kunanbayuly.") == []


def test_a_jubilee_is_written_in_each_language(tmp_path: Path) -> None:
    assert "Запланировано празднование 35-летия установления дипломатических отношений в 2026 году." in \
        _read(tmp_path, "ru", _JUBILEE)
    assert "2026 жылы дипломатиялық қатынастардың орнағанына 35 жыл толуын атап өту жоспарланған." in \
        _read(tmp_path, "kk", _JUBILEE)
    assert "2026 онд дипломат харилцаа тогтоосны 35 жилийн ойг тэмдэглэхээр төлөвлөж байна." in \
        _read(tmp_path, "mn", _JUBILEE)
    assert "The celebration of the 35th anniversary of the establishment of diplomatic relations is planned in 2026." \
        in _read(tmp_path, "en", _JUBILEE)


def test_a_poets_jubilee_names_him_as_the_termbase_does(tmp_path: Path) -> None:
    text = _MEETING + "The sides agreed to jointly celebrate the 185th anniversary of the birth of Abay Kunanbayuly in 2030."
    assert "празднование 185-летия со дня рождения Абая Кунанбаева" in _read(tmp_path, "ru", text)
    assert "Абай Құнанбайұлының туғанына 185 жыл толуын" in _read(tmp_path, "kk", text)


def test_russian_declines_the_word_of_a_numbered_jubilee() -> None:
    ru = grammar_for("ru")
    assert ru is not None
    assert ru.inflect("70-летие установления дипломатических отношений", "gen", "institution") == \
        "70-летия установления дипломатических отношений"
    assert ru.inflect("5-й Каспийский саммит", "gen", "institution") == "5-й Каспийский саммит"


def test_kazakh_verbal_noun_in_the_possessive_takes_the_pronominal_n() -> None:
    kk = grammar_for("kk")
    assert kk is not None
    assert kk.inflect("қатынастардың орнағанына 30 жыл толуы", "acc", "institution").endswith("толуын")
    assert kk.inflect("ынтымақтастықтың дамуы", "dat", "institution").endswith("дамуына")
