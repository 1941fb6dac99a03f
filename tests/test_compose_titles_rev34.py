"""Titles left in English in the fresh34/35 briefings, by class: a diplomat's rank after his office ("…, Ambassador"),
a demonym the lexicon lacked ("Argentinean"), Vietnam's "Permanent Deputy Minister" and the Omani "Majlis Ash'shura"
spelled with an apostrophe. Forms are cited in locales/offices.csv; the phrasings are synthetic."""

from __future__ import annotations

import pytest

from briefing.compose import compose

LANGS = ("ru", "kk", "mn")
ROWS = [
    # a rank after the office, as Chile's and Argentina's ministries write it: both, after a comma
    ("Secretary General of the Ministry of Foreign Affairs of Chile, Ambassador",
     "Генеральный секретарь Министерства иностранных дел Чили, посол",
     "Чили Сыртқы істер министрлігінің Бас хатшысы, елші",
     "Чили Улсын Гадаад хэргийн яамны Ерөнхий нарийн бичгийн дарга, Элчин сайд"),
    ("State Secretary of the Argentinean Ministry of Foreign Affairs",
     "Государственный секретарь Министерства иностранных дел Аргентины",
     "Аргентина Сыртқы істер министрлігінің Мемлекеттік хатшысы",
     "Аргентин Улсын Гадаад хэргийн яамны Төрийн нарийн бичгийн дарга"),
    ("Permanent Deputy Minister of Foreign Affairs of Vietnam",
     "постоянный заместитель министра иностранных дел Вьетнама",
     "Вьетнам Сыртқы істер министрінің тұрақты орынбасары",
     "Вьетнам Улсын Гадаад хэргийн тэргүүн дэд сайд"),
    ("Secretary General of the Majlis Ash’shura",
     "Генеральный секретарь Совета Шуры", "Шура кеңесінің Бас хатшысы",
     "Шурагийн зөвлөлийн Ерөнхий нарийн бичгийн дарга"),
]


@pytest.mark.parametrize(("english", "lang", "expected"),
                         [(english, lang, form) for english, *forms in ROWS for lang, form in zip(LANGS, forms)])
def test_title_is_composed(english: str, lang: str, expected: str) -> None:
    assert compose(english, lang, "title") == expected


@pytest.mark.parametrize("lang", LANGS)
def test_a_rank_with_its_own_remit_is_no_rank_after_an_office(lang: str) -> None:
    # "Ambassador to Chile" after a comma has a host of its own: not the bare rank
    assert compose("Secretary General of the Ministry of Foreign Affairs of Chile, Ambassador to Peru", lang, "title") \
        != compose("Secretary General of the Ministry of Foreign Affairs of Chile, Ambassador", lang, "title")


@pytest.mark.parametrize(("english", "expected"), [
    # island states take «на» (review 34: «в Филиппинах»); «во» before в and a consonant, as in the narrative
    ("Ambassador of Kazakhstan to the Philippines", "посол Казахстана на Филиппинах"),
    ("Ambassador of Vietnam to Cuba", "посол Вьетнама на Кубе"),
    ("Ambassador of Kazakhstan to Vietnam", "посол Казахстана во Вьетнаме"),
    ("Ambassador of Kazakhstan to Oman", "посол Казахстана в Омане"),
])
def test_russian_prepositions_take_the_form_the_country_asks_for(english: str, expected: str) -> None:
    assert compose(english, "ru", "title") == expected


def test_the_narrative_says_on_the_philippines() -> None:
    from briefing.grammar.ru import euphony

    assert euphony("В Филиппинах прошли переговоры, посол в Республике Куба") == \
        "На Филиппинах прошли переговоры, посол в Республике Куба"
