"""Titles left in English in study batches 14 and 15 (issue 7/8), by class: the plenipotentiary ambassador in the
word order Montsame's English uses, the CEO of a company named by its own letters («генеральный директор компании
«X»»), the leader of a working group, and "the NA" standing for the person's own National Assembly.

Every form is cited in its row of locales/offices.csv (the block "added for titles left in English in study batches
14/15"); the phrasings below are synthetic."""

from __future__ import annotations

import pytest

from briefing.compose import compose, compose_with_status

LANGS = ("ru", "kk", "mn")
Row = tuple[str, str | None, str | None, str | None]


def _cases(rows: list[Row], country: str | None = None) -> list[object]:
    return [pytest.param(english, lang, expected, country, id=f"{lang}-{english[:40]}")
            for english, *forms in rows for lang, expected in zip(LANGS, forms, strict=True)]


# -- "Extraordinary and Plenipotentiary Ambassador": the same office as "Ambassador Extraordinary and Plenipotentiary"
# English word order: http://montsame.mn/en/read/171692 ; forms: https://www.montsame.mn/mn/read/245176

PLENIPOTENTIARY: list[Row] = [
    ("Extraordinary and Plenipotentiary Ambassador of the Socialist Republic of Vietnam to Mongolia",
     "Чрезвычайный и Полномочный Посол Вьетнама в Монголии", "Вьетнамның Моңғолиядағы Төтенше және Өкілетті Елшісі",
     "Бүгд Найрамдах Социалист Вьетнам Улсаас Монгол Улсад суугаа Онц бөгөөд Бүрэн эрхт Элчин сайд"),
    ("Plenipotentiary Ambassador of Vietnam to Kazakhstan",
     "Чрезвычайный и Полномочный Посол Вьетнама в Казахстане", "Вьетнамның Қазақстандағы Төтенше және Өкілетті Елшісі",
     "Бүгд Найрамдах Социалист Вьетнам Улсаас Бүгд Найрамдах Казахстан Улсад суугаа Онц бөгөөд Бүрэн эрхт Элчин сайд"),
]

# -- a company named by its letters: the English name has no native form, the letters are kept in quotation marks --
# ru «генеральный директор компании «РИ-Групп»» https://news.ru/economics/evropejskij-diktat-ne-nuzhen-v-irane-nazvali-sfery-sotrudnichestva-s-rf

COMPANIES: list[Row] = [
    ("CEO of Caspian Grid Operation and Maintenance Company (CGOMC)",
     "генеральный директор компании «CGOMC»", "«CGOMC» компаниясының бас директоры", "«CGOMC» компанийн гүйцэтгэх захирал"),
    ("Steppe Rail Freight Company (SRFC) CEO",
     "генеральный директор компании «SRFC»", "«SRFC» компаниясының бас директоры", "«SRFC» компанийн гүйцэтгэх захирал"),
    ("Chief Executive Officer of the Northern Water, Power and Heat Company (NWPH)",
     "генеральный директор компании «NWPH»", "«NWPH» компаниясының бас директоры", "«NWPH» компанийн гүйцэтгэх захирал"),
    ("CEO of Lake Mining Company (LMC)",
     "генеральный директор компании «LMC»", "«LMC» компаниясының бас директоры", "«LMC» компанийн гүйцэтгэх захирал"),
]

# -- the leader of a working group leads the group; he is no country's leader --------------------------------

WORKING_GROUPS: list[Row] = [
    ("leader of the working group", "руководитель рабочей группы", "жұмыс тобының жетекшісі", "ажлын хэсгийн ахлагч"),
    ("Head of the working group", "руководитель рабочей группы", "жұмыс тобының басшысы", "ажлын хэсгийн дарга"),
]

# -- "the NA": the National Assembly of the person's own country ---------------------------------------------

NATIONAL_ASSEMBLY: list[Row] = [
    # a chamber's vice chairman is officially its deputy chairman (the ru and kk readers of session 42)
    ("Vice Chairman of the NA", "заместитель Председателя Национального собрания", "Ұлттық жиналыс Төрағасының орынбасары",
     "Үндэсний ассамблейн дэд дарга"),
    ("Chairman of the NA's Committee for External Affairs",
     "председатель Комитета по иностранным делам Национального собрания",
     "Ұлттық жиналыс Сыртқы істер комитетінің төрағасы", "Үндэсний ассамблейн Гадаад хэргийн хорооны дарга"),
]


@pytest.mark.parametrize(("english", "lang", "expected", "country"),
                         _cases(PLENIPOTENTIARY) + _cases(COMPANIES) + _cases(WORKING_GROUPS)
                         + _cases(NATIONAL_ASSEMBLY, "AM"))
def test_title_is_composed(english: str, lang: str, expected: str | None, country: str | None) -> None:
    assert compose(english, lang, "title", country) == expected


@pytest.mark.parametrize("lang", LANGS)
def test_a_company_named_by_its_letters_is_an_institution(lang: str) -> None:
    expected = {"ru": "компания «CGOMC»", "kk": "«CGOMC» компаниясы", "mn": "«CGOMC» компани"}[lang]
    assert compose("Caspian Grid Operation and Maintenance Company (CGOMC)", lang, "institution") == expected


@pytest.mark.parametrize("lang", LANGS)
def test_letters_nobody_vouched_for_are_marked_for_review(lang: str) -> None:
    result = compose_with_status("CEO of Steppe Rail Freight Company (SRFC)", lang, "title")
    assert result is not None and result[1] is False


@pytest.mark.parametrize("lang", LANGS)
def test_na_stays_unread_for_a_person_of_another_country(lang: str) -> None:
    # "NA" is a National Assembly only where that is the person's own chamber
    assert compose("Vice Chairman of the NA", lang, "title", "KZ") is None
    assert compose("Vice Chairman of the NA", lang, "title") is None


@pytest.mark.parametrize("lang", LANGS)
def test_a_ceo_of_a_fund_stays_its_executive_director(lang: str) -> None:
    expected = {"ru": "исполнительный директор", "kk": "атқарушы директоры", "mn": "гүйцэтгэх захирал"}[lang]
    assert expected in (compose("Chief Executive Officer of the Saudi Fund for Development", lang, "title") or "")


def test_a_company_after_the_second_of_two_offices_is_that_office_only() -> None:
    """kk and mn put an owner first: a company shared by both offices would make it the minister's too."""
    title = "Deputy Roads Minister and Construction and Development of Transportation Infrastructures Company (CDTIC) CEO"
    assert compose(title, "kk", "title", "IR") == "Автомобиль жолдары министрінің орынбасары – «CDTIC» компаниясының бас директоры"
    assert compose(title, "mn", "title", "IR") == "Авто замын дэд сайд, «CDTIC» компанийн гүйцэтгэх захирал"
