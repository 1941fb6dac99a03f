"""Offices and places that were left in English: a parliament's staff, a cabinet secretary, presidential
affairs, districts, Chinese provinces and cities; a country spelt "Turkiye"; "President of the Republic"."""

from __future__ import annotations

import pytest
from test_localize import localized

from briefing.compose import compose, country_of
from briefing.models import Facts, Person, PlannedEvent
from briefing.resources import default_locales_dir
from briefing.termbase import Termbase

LANGS = ("ru", "kk", "mn")


def _cases(rows: list[tuple[str, str, str | None, str | None, str | None, str | None]]) -> list[object]:
    return [pytest.param(english, kind, lang, expected, id=f"{lang}-{english[:40]}")
            for english, kind, country, *forms in rows for lang, expected in zip(LANGS, forms, strict=True)]


# -- the apparatus of a parliament or chamber and its head --------------------------------------------

STAFF = [
    ("Head of Staff of the Parliament", "title", None,
     "руководитель Аппарата Парламента", "Парламент Аппаратының басшысы", "Парламентын Тамгын газрын дарга"),
    ("Staff of the Senate", "institution", None,
     "Аппарат Сената", "Сенаттың Аппараты", "Сенатын Тамгын газар"),
    # Azerbaijan's parliament is its Milli Majlis (the Russian reader of review s21): «Аппарат Милли Меджлиса»
    ("Head of Staff of the Parliament of Azerbaijan", "title", None,
     "руководитель Аппарата Милли Меджлиса Азербайджана", "Әзербайжан Милли Мәжілісі Аппаратының басшысы",
     "Бүгд Найрамдах Азербайжан Улсын Милли Меджлисийн Тамгын газрын дарга"),
]


@pytest.mark.parametrize(("english", "kind", "lang", "expected"), _cases(STAFF))
def test_the_staff_of_a_parliament_is_its_apparatus(english: str, kind: str, lang: str, expected: str) -> None:
    assert compose(english, lang, kind) == expected


# -- Japan's Chief Cabinet Secretary; a minister for presidential affairs ----------------------------

CABINET = [
    ("Chief Cabinet Secretary of Japan", "title", None,
     "генеральный секретарь кабинета министров Японии", "Жапония Министрлер кабинетінің бас хатшысы",
     "Япон Улсын Засгийн газрын Ерөнхий нарийн бичгийн дарга"),
    ("Japanese Chief Cabinet Secretary", "title", None,
     "генеральный секретарь кабинета министров Японии", "Жапония Министрлер кабинетінің бас хатшысы",
     "Япон Улсын Засгийн газрын Ерөнхий нарийн бичгийн дарга"),
    ("Minister for Presidential Affairs", "title", None,
     "министр по делам Президента", "Президент істері министрі", "Ерөнхийлөгчийн хэрэг эрхлэх сайд"),
    ("Deputy Prime Minister – Minister for Presidential Affairs", "title", None,
     "заместитель Премьер-министра – министр по делам Президента",
     "Премьер-министрдің орынбасары – Президент істері министрі",
     "Ерөнхий сайдын орлогч, Ерөнхийлөгчийн хэрэг эрхлэх сайд"),
]


@pytest.mark.parametrize(("english", "kind", "lang", "expected"), _cases(CABINET))
def test_cabinet_offices(english: str, kind: str, lang: str, expected: str) -> None:
    assert compose(english, lang, kind) == expected


# -- districts; Chinese provinces and cities ------------------------------------------------------------

PLACES = [
    ("Governor of Bayangol district", "title", None,
     "губернатор района Баянгол", "Баянгол ауданының губернаторы", "Баянгол дүүргийн Засаг дарга"),
    ("Bayangol district", "institution", None, "район Баянгол", "Баянгол ауданы", "Баянгол дүүрэг"),
    ("Yunnan province", "institution", None, "провинция Юньнань", "Юньнань провинциясы", "Юньнань муж"),
    ("Governor of Shandong province", "title", None,
     "губернатор провинции Шаньдун", "Шаньдун провинциясының губернаторы", "Шаньдун мужийн Засаг дарга"),
    ("Kunming city", "institution", None, "город Куньмин", "Куньмин қаласы", "Куньмин хот"),
]


@pytest.mark.parametrize(("english", "kind", "lang", "expected"), _cases(PLACES))
def test_districts_and_chinese_places(english: str, kind: str, lang: str, expected: str) -> None:
    assert compose(english, lang, kind) == expected


@pytest.mark.parametrize("lang", LANGS)
def test_a_district_with_a_transliterated_name_is_for_review(lang: str) -> None:
    from briefing.compose import compose_with_status

    result = compose_with_status("Bayangol district", lang, "institution")
    assert result is not None and result[1] is False  # a transliterated name is always for review


# -- a named body with a Russian name only ---------------------------------------------------------------

@pytest.mark.parametrize(("lang", "expected"), [
    ("ru", "исполнительный директор Восточного комитета немецкой экономики"), ("kk", None), ("mn", None)])
def test_a_body_known_in_one_language_is_none_in_the_others(lang: str, expected: str | None) -> None:
    assert compose("Executive Director of the German Committee on Eastern European Economic Relations",
                   lang, "title") == expected


# -- what the user gets: Turkiye as a side, "President of the Republic" ---------------------------------

@pytest.fixture(scope="module")
def termbase() -> Termbase:
    return Termbase.load(default_locales_dir() / "termbase.csv")


def test_a_country_spelt_without_its_umlaut_is_still_that_country() -> None:
    assert country_of("Turkiye") == country_of("Türkiye") == country_of("the Republic of Turkiye") == "TR"
    assert country_of("Ankara") is None


@pytest.mark.parametrize(("lang", "expected"), [("ru", "Турция"), ("kk", "Түркия"), ("mn", "Турк")])
def test_turkiye_as_a_side_of_a_planned_meeting_is_named_natively(termbase: Termbase, lang: str,
                                                                     expected: str) -> None:
    event = PlannedEvent(kind="meeting", text="Kyrgyzstan and Turkiye will meet.", who=["Kyrgyzstan", "Turkiye"])
    [shown] = localized(Facts(planned_events=[event]), lang, termbase).planned_events
    sides = [side.text for side in shown.sides]  # states meeting are sides, not persons
    assert not shown.who and sides[1].startswith(expected)
    assert not any(item.source == "Turkiye" for item in localized(Facts(planned_events=[event]), lang,
                                                                  termbase).review_items)


@pytest.mark.parametrize(("lang", "title", "in_text"), [
    ("ru", "Президент", "Президент Узбекистана"),
    ("kk", "Президент", "Өзбекстан Президенті"),
    ("mn", "Ерөнхийлөгч", "Бүгд Найрамдах Узбекистан Улсын Ерөнхийлөгч"),
])
def test_president_of_the_republic_is_the_president_of_the_persons_country(termbase: Termbase, lang: str,
                                                                           title: str, in_text: str) -> None:
    person = Person("A. Person", "President of the Republic", "UZ")
    [row] = localized(Facts(participants=[person]), lang, termbase).participants
    assert row.title.text == title
    assert row.title_in_text is not None and row.title_in_text.text == in_text
