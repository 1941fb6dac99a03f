"""Document titles the 2025-12 language review found cut to a bare «Соглашение»/«Меморандум»: shapes with parties.

ru treaty titles put «между» + the instrumental after the head, before the subject when the English does
(«Соглашение между Правительством Республики Казахстан и Правительством КНР о сотрудничестве …», adilet.zan.kz);
kk «A мен B арасындағы … келісім» (adilet.zan.kz); mn «A, B-ын хоорондын …» (derived: for review). Every title is a
synthetic one, not an article's.
"""

from __future__ import annotations

import pytest

from briefing.compose import compose, compose_with_status

LANGS = ("ru", "kk", "mn")


def forms(english: str) -> list[str | None]:
    return [compose(english, lang, "document") for lang in LANGS]


def test_the_parties_the_english_names_first_follow_the_head_in_russian() -> None:
    assert forms("agreement between the governments on cooperation in the field of intellectual property") == [
        "соглашение между правительствами о сотрудничестве в области интеллектуальной собственности",
        "үкіметтер арасындағы зияткерлік меншік саласындағы ынтымақтастық туралы келісім",
        "Засгийн газар хоорондын оюуны өмчийн салбарт хамтран ажиллах хэлэлцээр",
    ]


def test_parties_named_after_the_subject_stay_after_it() -> None:
    assert compose("memorandum of cooperation between the foreign ministries", "ru", "document") == \
        "меморандум о сотрудничестве между министерствами иностранных дел"


@pytest.mark.parametrize("english", [
    "protocol on friendly cooperation between Astana and Moscow",
    "protocol on Astana-Moscow friendly cooperation",
])
def test_two_cities_a_document_is_between(english: str) -> None:
    assert forms(english) == [
        "протокол о дружественном сотрудничестве между Астаной и Москвой",
        "Астана мен Мәскеу арасындағы достық ынтымақтастық туралы хаттама",
        "Астана, Москвагийн хоорондын найрсаг хамтын ажиллагааны тухай протокол",
    ]
    assert all(not compose_with_status(english, lang, "document")[1] for lang in LANGS)  # type: ignore[index]


def test_two_countries_a_document_is_between() -> None:
    assert compose_with_status("agreement on cooperation between Kazakhstan and Uzbekistan", "ru", "document") == (
        "соглашение о сотрудничестве между Казахстаном и Узбекистаном", True)
    assert compose("agreement on cooperation between Kazakhstan and Uzbekistan", "kk", "document") == \
        "Қазақстан мен Өзбекстан арасындағы ынтымақтастық туралы келісім"


@pytest.mark.parametrize("english", [
    "agreement establishing sister-region ties between Tajikistan's Sughd region and China's Yunnan province",
    "agreement on establishing sister-region ties between the Sughd region of Tajikistan and Yunnan province of China",
])
def test_regions_of_two_countries_and_a_participle_subject(english: str) -> None:
    ru, kk, mn = forms(english)
    assert ru == ("соглашение об установлении побратимских отношений между Согдийской областью Таджикистана "
                  "и провинцией Юньнань Китая")
    assert kk == ("Тәжікстанның Соғды облысы мен Қытайдың Юньнань провинциясы арасындағы бауырластық қатынастар "
                  "орнату туралы келісім")
    assert mn is not None and mn.endswith("мужийн хоорондын ах дүүгийн харилцаа тогтоох тухай хэлэлцээр")


def test_a_subject_without_lexicon_rows_gives_none() -> None:
    # "a Strategic Dialogue mechanism at the ministerial level": no sourced form of the mechanism: None, never half
    assert forms("memorandum of cooperation between the foreign ministries on establishing a Strategic Dialogue "
                 "mechanism at the ministerial level") == [None, None, None]
