"""Defects seen in the briefings of the session-19 articles: a woman's foreign name in Russian, India's 'Union
Minister', a bilateral investment treaty, a slashed 'City/City:' dateline before the parties. Short synthetic
inputs."""

from __future__ import annotations

import pytest

from briefing.compose import compose
from briefing.extract import extract
from briefing.grammar import ru
from briefing.ingest import parse_article
from conftest import briefing_text


@pytest.mark.parametrize(("name", "genitive"), [
    ("Нирмала Ситараман", "Нирмалы Ситараман"),  # a woman's name in -а: her foreign surname does not decline
    ("Урсула фон дер Ляйен", "Урсулы фон дер Ляйен"),
    ("Хамза Юсуф", "Хамзы Юсуфа"),  # a man's name in -а: his surname declines
    ("Никита Михалков", "Никиты Михалкова"),
    ("Шахбаз Шариф", "Шахбаза Шарифа"),
])
def test_the_gender_of_a_foreign_name_comes_from_the_given_name_when_the_surname_tells_nothing(
        name: str, genitive: str) -> None:
    assert ru.inflect(name, "gen", "person") == genitive


def test_an_indian_union_minister_is_named_as_any_minister_with_both_portfolios() -> None:
    assert compose("India’s Union Minister for Finance and Corporate Affairs", "ru", "title", "IN") == \
        "министр финансов и по делам корпораций Индии"
    assert compose("Union Minister for Finance and Corporate Affairs", "kk", "title", "IN") == \
        "Қаржы және корпоративтік істер министрі"


def test_a_bilateral_investment_treaty_is_named_in_every_language() -> None:
    assert [compose("Bilateral Investment Treaty", lang, "document") for lang in ("ru", "kk", "mn")] == [
        "двусторонний инвестиционный договор", "екіжақты инвестициялық шарт", "хоёр талын хөрөнгө оруулалтын гэрээ"]


def test_a_slashed_dateline_is_no_party_and_a_union_minister_no_organisation() -> None:
    facts = extract(parse_article("Lima/Santiago: The Government of the Republic of Peru and the Government of the "
                                  "Republic of Chile signed an investment treaty today. It was signed by Peru’s Union "
                                  "Minister for Finance, Ana Rojas, and Chile’s Deputy Prime Minister, Luis Soto."))
    [treaty] = facts.documents_signed
    assert treaty.parties == ["Government of the Republic of Peru", "Government of the Republic of Chile"]
    assert not any("Union" in organization for organization in facts.organizations)


def test_a_region_written_without_its_hyphen_is_no_person_and_a_joint_press_conference_partner_takes_part() -> None:
    facts = extract(parse_article("BAKU, Dec. 3\n\nA protocol was signed, Foreign Minister of Azerbaijan Elmar "
                                  "Mammadyarov said at a joint press-conference with Russian Foreign Minister Sergey "
                                  "Lavrov in Baku. Armenia has not withdrawn its forces from Nagorno Karabakh."))
    assert [p.name for p in facts.participants] == ["Elmar Mammadyarov", "Sergey Lavrov"]
    assert not any("Karabakh" in p.name for p in facts.mentioned_people)


def test_a_list_of_documents_subjects_ending_in_and_the_military_cooperation_names_no_area_of_its_own() -> None:
    facts = extract(parse_article("LIMA. The sides signed agreements on the establishment of cultural centers, the "
                                  "mutual protection of classified defense information, and the military cooperation."))
    assert "defense information" not in facts.cooperation_areas


@pytest.mark.parametrize(("lang", "expected"), [
    ("ru", "Соглашение о воздушном сообщении"),
    ("kk", "Әуе қатынасы туралы келісім"),
    ("mn", "Мал эмнэлэг, мал аж ахуйн салбарт хамтран ажиллах хэлэлцээр"),
])
def test_agreements_named_by_a_list_of_fields_are_titled_in_every_language(tmp_path, lang: str, expected: str) -> None:
    text = briefing_text(tmp_path, "date 2025-05-05\nLIMA, May 5. Peru and Chile have signed several cooperation "
                                   "agreements. The agreements on air transport, road transport, veterinary and "
                                   "animal husbandry and agriculture were signed in Lima.\n", lang)
    assert expected in text.replace("‡", "").split("\n")  # a title of its own words, never «соглашение (…)»


@pytest.mark.parametrize(("lang", "expected"), [
    ("ru", "Стороны обсудили вопросы приграничного сотрудничества."),
    ("kk", "Тараптар шекара маңы ынтымақтастығын талқылады."),
    ("mn", "Талууд хил орчмын хамтын ажиллагааны талаар санал солилцов."),
])
def test_cross_border_cooperation_is_discussed_without_saying_cooperation_twice(tmp_path, lang: str, expected: str) -> None:
    text = briefing_text(tmp_path, "date 2025-05-05\nLIMA, May 5. The foreign ministers of Peru and Chile held talks "
                                   "in Lima. The sides discussed cross-border cooperation.\n", lang)
    assert expected in text.replace("‡", "")


@pytest.mark.parametrize(("area", "ru_name"), [
    ("water energy", "водно-энергетическая сфера"), ("heavy engineering", "тяжёлое машиностроение"),
    ("prisoner exchanges", "обмен заключёнными"), ("insurance", "страхование"),
])
def test_areas_the_reviewers_found_in_english_have_native_names(area: str, ru_name: str) -> None:
    from pathlib import Path

    from briefing import vocabulary
    from briefing.catalogs import load_catalog

    term = vocabulary.match_area(area)
    catalog = load_catalog(Path(__file__).resolve().parents[1] / "locales", "ru")
    assert term is not None and catalog is not None
    assert catalog.translations.pgettext(term.context, term.label) == ru_name


def test_an_uzbek_official_written_surname_first_with_his_patronymic() -> None:
    from briefing.names import detect_origin, transliterate_name
    from briefing.names.press import mongolian_press_form

    name = "Khodjayev Jamshid Abdukhakimovich"
    assert detect_origin(name, "UZ") == "uz"  # a patronymic makes no Uzbek a Russian
    assert transliterate_name(name, "ru", origin="uz").text == "Ходжаев Джамшид Абдухакимович"
    assert mongolian_press_form("Хожаев Жамшид Абдухакимович", "uz") == "Ж.Хожаев"  # never «Х.Абдухакимович»


def test_kazakh_writes_a_kyrgyz_erlan_as_its_own_name() -> None:
    from briefing.names import transliterate_name

    assert [transliterate_name("Erlan Abdyldaev", lang, origin="ky").text for lang in ("ru", "kk")] == [
        "Эрлан Абдылдаев", "Ерлан Абдылдаев"]


@pytest.mark.parametrize(("lang", "expected"), [
    ("ru", "программа сотрудничества на 2020–2021 годы"),
    ("kk", "2020–2021 жылдарға арналған ынтымақтастық бағдарламасы"),
])
def test_a_programme_between_two_ministries_in_a_period_keeps_the_period(tmp_path, lang: str, expected: str) -> None:
    text = briefing_text(tmp_path, "date 2025-05-05\nLIMA, May 5. The Programme of cooperation between Foreign "
                                   "Ministries of Peru and Chile in 2020 – 2021 was signed in Lima.\n", lang)
    assert expected in text.replace("‡", "").lower()


@pytest.mark.parametrize(("lang", "expected"), [
    ("ru", "Между Перу и Чили подписаны десять соглашений, а также совместное заявление"),
    ("kk", "он келісімге"),
])
def test_ten_agreements_and_a_joint_statement_are_eleven_documents_not_ten_including_it(tmp_path, lang: str,
                                                                                         expected: str) -> None:
    text = briefing_text(tmp_path, "date 2025-05-05\nLIMA, May 5. Peru and Chile on Sunday signed 10 cooperation "
                                   "agreements and one joint statement in Lima.\n", lang)
    assert expected in text.replace("‡", "")
    assert "в том числе" not in text and "оның ішінде" not in text


def test_he_who_is_scheduled_to_attend_is_the_subject_who_arrived_not_the_last_name() -> None:
    facts = extract(parse_article("Chilean leader Jorge Vera held talks in Santiago with Peruvian President Luis Soto, "
                                  "who is in Chile on a state visit. Soto invited Vera to visit Peru.\n\nPeru's "
                                  "president arrived in Chile on Tuesday. He is scheduled to attend a business forum "
                                  "on Wednesday."))
    [forum] = [event for event in facts.planned_events if event.kind == "forum"]
    assert forum.who == ["Luis Soto"]


@pytest.mark.parametrize(("english", "kind", "kazakh"), [
    # adilet.zan.kz: «Қазақстан Республикасы Президентінің Әкімшілігі», «… Президенті Әкімшілігінің Басшысы»
    ("Presidential Administration of Kazakhstan", "institution", "Қазақстан Республикасы Президентінің Әкімшілігі"),
    ("Head of the Administration of the President of Kazakhstan", "title",
     "Қазақстан Республикасы Президенті Әкімшілігінің басшысы"),
    ("Presidential Administration of Kyrgyzstan", "institution", "Қырғызстан Президентінің Әкімшілігі"),
    ("President of Kazakhstan", "title", "Қазақстан Республикасының Президенті"),  # alone, the genitive stays
])
def test_kazakh_keeps_only_the_last_genitive_of_a_chain_of_owners(english: str, kind: str, kazakh: str) -> None:
    assert compose(english, "kk", kind) == kazakh


@pytest.mark.parametrize(("lang", "expected"), [
    ("ru", "глава Исполнительной власти города Баку"),
    ("kk", "Баку қаласы Атқарушы билігінің басшысы"),
])
def test_the_head_of_an_azerbaijani_city_executive_authority(lang: str, expected: str) -> None:
    assert compose("Head of the Executive Authority of the City of Baku", lang, "title", "AZ") == expected


def test_energy_infrastructure_and_waste_management_are_areas_of_the_vocabulary() -> None:
    from briefing import vocabulary

    assert [getattr(vocabulary.match_area(area), "key", None) for area in ("energy infrastructure", "waste management")] \
        == ["energy-infrastructure", "waste-management"]


@pytest.mark.parametrize(("lang", "total", "counted"), [
    ("ru", "Между Перу и Чили подписано 13 документов:", "Десять соглашений"),
    ("mn", "Перу болон Чилийн хооронд 13 баримт бичигт гарын үсэг зурав:", "Арван хэлэлцээр"),
])
def test_ten_agreements_beside_three_joint_texts_are_thirteen_documents_all_listed(tmp_path, lang: str, total: str,
                                                                                  counted: str) -> None:
    lines = briefing_text(tmp_path, "date 2025-05-05\nLIMA, May 5. Peru and Chile on Sunday signed 10 cooperation "
                                    "agreements, a joint statement, a joint declaration and a joint communique in "
                                    "Lima.\n", lang).replace("‡", "").split("\n")
    assert total in lines and counted in lines  # never 23 (the ten counted twice), never a list without the ten
