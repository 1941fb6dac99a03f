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
     "Бүгд Найрамдах Социалист Вьетнам Улсын Гадаад хэргийн тэргүүн дэд сайд"),
    ("Secretary General of the Majlis Ash’shura",
     "Генеральный секретарь Консультативного совета", "Шура кеңесінің Бас хатшысы",
     "Шура зөвлөлийн Ерөнхий нарийн бичгийн дарга"),
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


@pytest.mark.parametrize("lang", LANGS)
def test_a_named_department_of_a_ministry_is_never_misread(lang: str) -> None:
    # «директор Министерства Департамента иностранных дел Азии», «… Министерства иностранных дел ССАГПЗ» were wrong
    # official names; a department named by a body (GCC) stays in English, marked; one named by a region is composed
    assert compose("Head of the GCC Department of the Ministry of Foreign Affairs", lang, "title") is None
    assert compose("Director of the Asia Department of the Foreign Ministry", lang, "title") == {
        "ru": "директор Департамента Азии Министерства иностранных дел",
        "kk": "Сыртқы істер министрлігі Азия департаментінің директоры",
        "mn": "Гадаад хэргийн яамны Азийн газрын захирал"}[lang]


def test_an_owner_before_an_office_still_composes() -> None:
    assert compose("Kazakh Senate Chairman", "ru", "title") == "Председатель Сената Казахстана"
    assert compose("Director of the Asia Department", "ru", "title") == "директор Департамента Азии"


def test_the_council_of_foreign_ministers_of_an_organisation() -> None:
    # fresh36: «заседание министров Совета иностранных дел ОДКБ» had read 'Council of Foreign' as the owner
    assert compose("CSTO Council of Foreign Ministers", "ru", "institution") == "Совет министров иностранных дел ОДКБ"
    assert compose("Council of Foreign Ministers of the CSTO", "kk", "institution") == \
        "ҰҚШҰ-ның Сыртқы істер министрлері кеңесі"


@pytest.mark.parametrize(("lang", "expected"), [
    ("ru", "Председатель Сената Парламента Республики Казахстан"),
    ("kk", "Қазақстан Республикасы Парламенті Сенатының Төрағасы"),
])
def test_a_country_and_chamber_before_the_office(lang: str, expected: str) -> None:
    # review 34, all three readers: «Председатель Парламента Сената» was the chamber and parliament reversed
    assert compose("Kazakhstan senate chairman of the Parliament", lang, "title") == expected


def test_two_offices_with_owners_of_their_own_joined_by_a_dash() -> None:
    # fresh36: «Заместитель председателя председателя Государственного комитета …» had been a misreading
    assert compose("Deputy Chairman of the Cabinet of Ministers - Chairman of the State Committee for National Security",
                   "ru", "title", "KG") == \
        "заместитель Председателя Кабинета Министров, председатель Государственного комитета национальной безопасности"
