"""Names and titles the session-22 batch of unseen articles left in English, written natively."""

from __future__ import annotations

import pytest

from briefing.compose import compose


@pytest.mark.parametrize(("lang", "expected"), [
    ("ru", "исполняющий обязанности директора по международному сотрудничеству"),
    ("kk", "Халықаралық ынтымақтастық жөніндегі директордың міндетін атқарушы"),
    ("mn", "Олон улсын хамтын ажиллагаа хариуцсан захирлын үүргийг түр орлон гүйцэтгэгч"),
])
def test_a_director_in_charge_of_a_field_takes_it_as_a_remit(lang: str, expected: str) -> None:
    assert compose("acting director in charge of international cooperation", lang, "title") == expected


def test_a_remit_other_offices_take_in_the_genitive_stays_so_in_mongolian() -> None:
    assert compose("Special Representative for Central Asia", "mn", "title") == "Төв Азийн асуудал эрхэлсэн тусгай төлөөлөгч"


@pytest.mark.parametrize(("lang", "expected"), [
    ("ru", "протокол о делимитации и демаркации государственной границы"),
    ("kk", "мемлекеттік шекараның делимитациясы мен демаркациясы туралы хаттама"),
])
def test_a_border_protocol_is_named_as_treaty_titles_name_it(lang: str, expected: str) -> None:
    assert compose("protocol on the delimitation and demarcation of the state border", lang, "document") == expected


def test_a_gulf_dynasty_hyphenated_is_still_the_house_not_the_article() -> None:
    from briefing.names.arabic import to_cyrillic

    assert to_cyrillic("Abdullah bin Hamad Al-Thani") == "Абдалла бен Хамад Аль Тани"  # TASS, Kommersant
    assert to_cyrillic("Abdel Fattah al-Sisi") == "Абдель Фаттах ас-Сиси"


@pytest.mark.parametrize(("latin", "cyrillic"), [
    ("Saveliev", "Савельев"), ("Grigorieva", "Григорьева"), ("Dmitriev", "Дмитриев"), ("Valiev", "Валиев"),
])
def test_a_russian_surname_in_iev_is_written_as_the_press_writes_it(latin: str, cyrillic: str) -> None:
    from briefing.names.russian import to_russian

    assert to_russian(latin) == cyrillic


@pytest.mark.parametrize(("lang", "expected"), [
    ("ru", "секретарь Национального космического совета"),
    ("kk", "Ұлттық ғарыш кеңесінің хатшысы"),
    ("mn", "Сансрын үндэсний зөвлөлийн нарийн бичгийн дарга"),
])
def test_the_secretary_of_a_national_council(lang: str, expected: str) -> None:
    assert compose("Secretary of National Space Council", lang, "title", "MN") == expected


@pytest.mark.parametrize(("lang", "expected"), [
    ("ru", "министр информации и общественного развития"),
    ("kk", "Ақпарат және қоғамдық даму министрі"),
])
def test_kazakhstans_ministry_of_information_and_social_development(lang: str, expected: str) -> None:
    assert compose("Information and Social Development Minister", lang, "title", "KZ") == expected


@pytest.mark.parametrize(("lang", "expected"), [
    ("ru", "меморандум о взаимопонимании о безвизовом режиме для владельцев дипломатических и служебных паспортов"),
    ("kk", "дипломатиялық және қызметтік паспорттардың иелері үшін визасыз режим туралы өзара түсіністік меморандумы"),
])
def test_a_visa_free_regime_for_diplomatic_passports_is_written_as_such(lang: str, expected: str) -> None:
    title = "Memorandum of Understanding on the visa-free regime for holders of diplomatic and service passports"
    assert compose(title, lang, "document") == expected


def test_the_place_line_and_the_areas_use_the_short_names_officials_write(tmp_path) -> None:
    from conftest import briefings_by_language

    article = ("date 2024-09-27\nThe foreign ministers of Peru and Chile signed a memorandum on September 27, 2024 in "
               "New York. They agreed to continue work in the area of the state borders.\n")
    documents = briefings_by_language(tmp_path, article, prepared_on="2024-09-28")
    texts = {lang: "\n".join(p.text for p in document.paragraphs) for lang, document in documents.items()}
    assert "Нью-Йорк, США" in texts["ru"] and "Нью-Йорк, АҚШ" in texts["kk"] and "Нью-Йорк, АНУ" in texts["mn"]
    assert "государственных границ" in texts["ru"] and "мемлекеттік шекаралар" in texts["kk"]


@pytest.mark.parametrize(("lang", "expected"), [
    ("kk", "Мемлекеттік кеңесінің мүшесі"),  # the izafet with the possessive
    ("mn", "Төрийн зөвлөлийн гишүүн"),  # a member of the State Council, not a councillor (amlalt.mn)
])
def test_a_chinese_state_councilor(lang: str, expected: str) -> None:
    assert compose("State Councilor", lang, "title", "CN") == expected


def test_a_plan_between_the_foreign_ministries_of_the_two_countries() -> None:
    assert compose("action plan for cooperation between the foreign ministries of the two countries", "ru",
                   "document") == "план действий по сотрудничеству между министерствами иностранных дел двух стран"


def test_a_memorandum_on_a_field_the_vocabulary_names_otherwise_is_written_in_full(tmp_path) -> None:
    from conftest import briefings_by_language

    article = ("date 2025-07-21\nLIMA, July 21. A package of bilateral documents was signed today following talks between "
               "President of Peru Luis Soto and President of Chile Ana Rojas.\n\nThe sides formalized arrangements in "
               "agriculture. Cooperation will also expand through memoranda on wool processing, strategic studies, and "
               "joint academic research.\n")
    documents = briefings_by_language(tmp_path, article, prepared_on="2025-07-22")
    texts = {lang: "\n".join(p.text for p in document.paragraphs).lower() for lang, document in documents.items()}
    assert "меморандум о сотрудничестве в области научных исследований" in texts["ru"]
    assert "ғылыми зерттеулер саласындағы ынтымақтастық туралы меморандум" in texts["kk"]


def test_nuclear_energy_as_a_field_takes_its_genitive_not_the_agencys_por() -> None:
    assert compose("memorandum of cooperation in the field of nuclear energy", "ru", "document") == \
        "меморандум о сотрудничестве в области атомной энергетики"
    assert compose("Agency for Atomic Energy", "ru", "institution") == "Агентство по атомной энергии"


@pytest.mark.parametrize(("lang", "expected"), [
    ("ru", "меморандум между приграничными регионами двух стран о расширении сотрудничества"),
    ("kk", "екі елдің шекара маңындағы өңірлері арасындағы ынтымақтастықты кеңейту туралы меморандум"),
    ("mn", "хоёр улсын хил залгаа бүс нутаг хоорондын хамтын ажиллагааг өргөжүүлэх тухай санамж бичиг"),
])
def test_a_memorandum_among_the_border_regions_names_them_as_its_parties(lang: str, expected: str) -> None:
    # (session 23) "among" names parties as "between" does; "on expansion of" is what the memorandum is about
    title = "memorandum on expansion of cooperation among the border regions of the two countries"
    assert compose(title, lang, "document") == expected


@pytest.mark.parametrize(("title", "lang", "expected"), [
    ("health agreement for 2017-2020", "ru", "соглашение в области здравоохранения на 2017–2020 годы"),
    ("health agreement for 2017-2020", "kk", "2017–2020 жылдарға арналған денсаулық сақтау саласындағы келісім"),
    ("agreement on the establishment of a joint commission on cooperation", "ru",
     "соглашение о создании совместной комиссии по сотрудничеству"),
    ("plan for long-term cooperation", "mn", "урт хугацааны хамтын ажиллагааны төлөвлөгөө"),
])
def test_document_names_the_fresh65_briefings_left_bare(title: str, lang: str, expected: str) -> None:
    # (session 23) a field written before the head ("health agreement") is the field it is in
    assert compose(title, lang, "document") == expected


def test_an_advisers_remit_is_never_read_as_the_presidents() -> None:
    # (session 23) "Advisor to the President on Foreign Policy Issues": the remit is the adviser's
    title = "Advisor to the President on Foreign Policy Issues"
    assert compose(title, "ru", "title") == "советник Президента по внешней политике"
    assert compose(title, "kk", "title") == "Президенттің Сыртқы саясат кеңесшісі"
    assert compose(title, "mn", "title") == "Ерөнхийлөгчийн Гадаад бодлогын зөвлөх"
    assert compose("Assistant to the President on foreign policy", "ru", "title") == "помощник Президента по внешней политике"
