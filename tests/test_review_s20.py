"""Defects the translators' reviews of sessions 19 and 20 found: a cabinet's meeting read as a meeting of two sides,
the sides of documents written twice, documents reduced to their kind. Short synthetic inputs."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.compose import compose
from briefing.extract import extract
from briefing.ingest import parse_article
from conftest import briefing_text

CABINET_MEETING = ("date 2026-03-02\nULAANBAATAR, March 2 (Montsame). Minister Ana Rojas met Ambassador Luis Soto of "
                   "Peru. The proposal will be presented to the next Mongolian Cabinet meeting.\n")


def test_a_cabinet_meeting_to_come_is_a_sitting_of_the_government_not_a_meeting(tmp_path: Path) -> None:
    planned = {lang: briefing_text(tmp_path, CABINET_MEETING, lang).split("\n") for lang in ("en", "ru", "kk", "mn")}
    assert "A meeting of the Mongolian Cabinet is planned." in planned["en"]
    assert "Запланировано заседание Правительства Монголии." in planned["ru"]
    assert any(line.startswith("Монгол Улсын Засгийн газрын хуралдаан") for line in planned["mn"])
    assert any("Үкіметінің" in line and "отырысы" in line for line in planned["kk"])
    assert "Запланирована встреча." not in planned["ru"]


def test_with_no_agency_the_article_date_is_not_read_as_the_date_of_a_source(tmp_path: Path) -> None:
    text = "date 2026-03-02\nPresident Luis Soto met President Ana Rojas in Lima on March 2.\n"
    source = {lang: briefing_text(tmp_path, text, lang).split("\n") for lang in ("en", "ru")}
    assert "Source not stated; 2 March 2026" in source["en"]
    assert "Источник не указан; 2 марта 2026\xa0г." in source["ru"]


def test_documents_with_the_same_sides_name_the_sides_once(tmp_path: Path) -> None:
    text = ("date 2025-05-05\nLIMA, May 5. Peru and Chile on Sunday signed 10 cooperation agreements and one joint "
            "statement in Lima.\n")
    expected = {"en": "Ten agreements and a joint statement were signed between Peru and Chile.",
                "ru": "Между Перу и Чили подписаны десять соглашений, а также совместное заявление.",
                "kk": "Перу мен Чили арасында он келісімге, сондай-ақ бірлескен мәлімдемеге қол қойылды.",
                "mn": "хооронд арван хэлэлцээрт, мөн хамтарсан мэдэгдэлд тус тус гарын үсэг зурав."}
    for lang, sentence in expected.items():
        summary = briefing_text(tmp_path, text, lang).replace("‡", "")
        assert sentence in summary, lang


@pytest.mark.parametrize(("title", "forms"), [
    ("Program to increase trade turnover", ("программа по увеличению товарооборота",
                                             "тауар айналымын арттыру жөніндегі бағдарлама",
                                             "худалдааны эргэлтийг нэмэгдүүлэх хөтөлбөр")),
    ("Plan for the implementation of measures in industry and innovation for 2031-2033",
     ("план по реализации мер в сфере промышленности и инноваций на 2031–2033 годы",
      "2031–2033 жылдарға арналған өнеркәсіп және инновациялар саласындағы шараларды іске асыру жөніндегі жоспар",
      "2031–2033 оны аж үйлдвэр, инновацийн салбарт авах арга хэмжээг хэрэгжүүлэх төлөвлөгөө")),
    ("Joint Statement on Deepening Strategic Partnership and Allied Relations",
     ("совместное заявление об углублении стратегического партнёрства и союзнических отношений",
      "стратегиялық әріптестік және одақтастық қатынастарды тереңдету туралы бірлескен мәлімдеме",
      "стратегийн түншлэл, холбоотны харилцааг гүнзгийрүүлэх тухай хамтарсан мэдэгдэл")),
])
def test_documents_the_reviews_found_reduced_to_their_kind_are_named_in_full(title: str, forms: tuple[str, ...]) -> None:
    assert tuple(compose(title, lang, "document") for lang in ("ru", "kk", "mn")) == forms


def _mentioned(text: str) -> list[str]:
    facts = extract(parse_article("ULAANBAATAR, March 3 (Montsame). Prime Minister L.Oyun met representatives of the "
                                  "Kazakh community. " + text))
    return [person.name for person in facts.mentioned_people]


def test_a_holiday_and_a_programme_named_in_capitals_are_no_people() -> None:
    assert _mentioned("Deputy A.Bat said they celebrate Nauryz as the Mongolian traditional Tsagaan Sar holiday. "
                      "The aimag’s ‘One Million Trees’ program was discussed.") == []


def test_a_person_named_with_an_initial_and_then_alone_keeps_the_initial() -> None:
    assert _mentioned("Deputy A.Bat said, “D.Gombojav, the father of the minister, used to work here. We remember "
                      "Gombojav.”") == ["D.Gombojav"]


def test_what_a_signing_will_do_is_no_signing_to_come_when_the_ceremony_was_held() -> None:
    facts = extract(parse_article(
        "Signing a memorandum of understanding between Peru’s Andina agency and Chile’s Orbe agency will strengthen "
        "both agencies, said Deputy Director Luis Soto.\n\nHe made the remark in Lima, during the signing ceremony of "
        "the memorandum."))
    assert [document.title for document in facts.documents_signed] == [
        "memorandum of understanding between Peru’s Andina agency and Chile’s Orbe agency"]
    assert facts.documents_referenced == []


def test_a_signing_that_would_bring_ties_forward_is_still_to_come_without_a_ceremony() -> None:
    facts = extract(parse_article("Signing the agreement on air services would bring ties to a new level, said "
                                  "Minister Luis Soto in Lima."))
    assert facts.documents_signed == []


def test_azerbaijans_national_leader_is_named_by_his_honorific_not_as_the_countrys_leader(tmp_path: Path) -> None:
    text = ("date 2021-12-01\nBAKU, December 1. President Ilham Aliyev had a phone call with President Luis Soto of "
            "Peru. They recalled the friendship with national leader Heydar Aliyev.\n")
    briefings = {lang: briefing_text(tmp_path, text, lang).replace("‡", "") for lang in ("en", "ru", "kk", "mn")}
    assert "Heydar Aliyev (national leader)" in briefings["en"]
    assert "общенациональный лидер Азербайджана Гейдар Алиев" in briefings["ru"]
    assert "жалпыұлттық көшбасшысы Гейдар Әлиев" in briefings["kk"]
    assert "үндэсний удирдагч Г.Алиев" in briefings["mn"]


def test_an_additional_memorandum_by_its_name_keeps_the_word_and_another_agreement_does_not(tmp_path: Path) -> None:
    text = ("date 2025-05-05\nLIMA, May 5. The sides signed the Additional Memorandum on Air Services and an "
            "additional agreement on trade.\n")
    summary = briefing_text(tmp_path, text, "ru").replace("‡", "")
    assert "дополнительный меморандум о воздушном сообщении" in summary
    assert "дополнительное соглашение" not in summary


@pytest.mark.parametrize(("name", "forms"), [
    ("Cricket Federation of Tajikistan", ("Федерация крикета Таджикистана", "Тәжікстанның Крикет федерациясы",
                                          "Бүгд Найрамдах Тажикистан Улсын Крикетийн холбоо")),
    ("Pakistan Cricket Board", ("Совет по крикету Пакистана", "Пәкістанның Крикет кеңесі",
                                "Пакистан Улсын Крикетийн зөвлөл")),
])
def test_sports_bodies_are_composed_and_the_russian_federation_is_no_sports_body(name: str, forms: tuple[str, ...]) -> None:
    assert tuple(compose(name, lang, "institution") for lang in ("ru", "kk", "mn")) == forms
    assert compose("Russian Federation", "ru", "institution") is None


def test_a_document_mentioned_names_its_sides_and_not_the_day_it_was_signed(tmp_path: Path) -> None:
    text = ("date 2025-03-19\nLIMA, March 18. President Luis Soto had a phone call with President Ana Rojas of Chile. "
            "Presidents Luis Soto and Jorge Vera signed the agreement on the border between Peru and Bolivia on "
            "March 13.\n")
    expected = {"en": "Agreement on the border between Peru and Bolivia (signed earlier)",
                "ru": "соглашение о границе между Перу и Боливией (подписание состоялось ранее)",
                "kk": "Перу мен Боливия арасындағы шекара туралы келісім (бұрын қол қойылған)"}
    for lang, mentioned in expected.items():
        assert mentioned in briefing_text(tmp_path, text, lang).replace("‡", ""), lang


def test_agreements_named_by_a_list_of_fields_are_several_in_every_language(tmp_path: Path) -> None:
    text = ("date 2024-11-05\nLIMA, November 5. President Luis Soto met President Ana Rojas of Chile. Bilateral "
            "agreements covering a wide range of areas including health, energy, agriculture, security, and culture "
            "were signed.\n")
    expected = {"en": "Agreements in health, energy, agriculture, security and culture were signed",
                "ru": "Подписаны соглашения о сотрудничестве в областях здравоохранения, энергетики, сельского "
                      "хозяйства, безопасности и культуры",
                "kk": "мәдениет салаларындағы ынтымақтастық туралы келісімдерге қол қойылды"}
    for lang, sentence in expected.items():
        assert sentence in briefing_text(tmp_path, text, lang).replace("‡", ""), lang


def test_the_level_of_a_visit_to_come_is_written_in_every_language(tmp_path: Path) -> None:
    text = ("date 2026-03-02\nLIMA, March 2. President Luis Soto met President Ana Rojas of Chile. Soto will pay a "
            "state visit to Chile in May. They also discussed the high-level visit planned for 2027.\n")
    expected = {"en": ["will pay a state visit to Chile in May 2026.", "A high-level visit is planned in 2027."],
                "ru": ["Запланирован государственный визит", "Запланирован визит на высоком уровне в 2027 году."],
                "kk": ["Чилиге мемлекеттік сапармен барады.", "2027 жылы жоғары деңгейдегі сапар жоспарланған."],
                "mn": ["Чилид төрийн айлчлал хийнэ.", "2027 онд дээд түвшний айлчлал хийхээр товлосон байна."]}
    for lang, sentences in expected.items():
        planned = briefing_text(tmp_path, text, lang).replace("‡", "").replace("\xa0", " ")
        assert all(sentence in planned for sentence in sentences), (lang, planned)
    facts = extract(parse_article(text.split("\n", 1)[1]))
    assert [(event.level, event.who) for event in facts.planned_events] == [("state", ["Luis Soto"]), ("high-level", [])]


def test_pakistans_state_bodies_carry_its_official_name_in_russian_and_kazakh() -> None:
    assert compose("Ministry of Foreign Affairs of Pakistan", "ru", "institution") == \
        "Министерство иностранных дел Исламской Республики Пакистан"
    assert compose("Ministry of Foreign Affairs of Pakistan", "kk", "institution") == \
        "Пәкістан Ислам Республикасы Сыртқы істер министрлігі"


def test_uzbekistans_national_news_agency_is_named_in_every_language_as_a_party(tmp_path: Path) -> None:
    text = ("date 2022-04-01\nBAKU, April 1. Deputy Director Luis Soto said the memorandum of understanding between "
            "Peru’s Andina agency and Uzbek UZA National News Agency was signed in Baku.\n")
    expected = {"ru": "Национальным информационным агентством Узбекистана (УзА)",
                "kk": "Өзбекстанның Ұлттық ақпарат агенттігі (UzA)",
                "mn": "Узбекистаны Үндэсний мэдээллийн агентлаг (UzA)"}
    for lang, name in expected.items():
        briefing = briefing_text(tmp_path, text, lang)
        assert name in briefing and "UZA National News Agency" not in briefing, lang


def test_irans_leader_and_culture_ministry_are_named_in_russian() -> None:
    assert compose("Ministry of Culture and Islamic Guidance of Iran", "ru", "institution") == \
        "Министерство культуры и исламской ориентации Исламской Республики Иран"


def test_verbs_before_the_fields_a_memorandum_aims_at_are_no_part_of_the_areas() -> None:
    facts = extract(parse_article("LIMA, May 5. Minister Luis Soto met Ambassador Ana Rojas of Chile. The memorandum "
                                  "aims to implement joint projects in the field of youth policy, support youth "
                                  "initiatives, and preserve cultural heritage."))
    assert facts.cooperation_areas == ["youth policy", "youth initiatives", "cultural heritage"]


@pytest.mark.parametrize("title", ["Leader of the Islamic Revolution", "Supreme Leader of Iran"])
def test_the_leader_of_the_islamic_revolution_is_irans_supreme_leader(title: str) -> None:
    from briefing.resources import default_locales_dir
    from briefing.termbase import Termbase

    entry = Termbase.load(default_locales_dir() / "termbase.csv").find(title, "title")
    assert entry is not None and entry.form("ru") == "Верховный лидер Ирана"


@pytest.mark.parametrize("written", ["Ayatollah Seyyed Ali Khamenei", "Ayatollah Khamenei"])
def test_an_ayatollahs_religious_title_is_no_part_of_his_name_in_the_briefing(written: str) -> None:
    from briefing.resources import default_locales_dir
    from briefing.termbase import Termbase

    entry = Termbase.load(default_locales_dir() / "termbase.csv").find(written, "person")
    assert entry is not None and (entry.form("ru"), entry.form("mn")) == ("Али Хаменеи", "А.Хаменеи")


def test_sides_named_by_the_parties_leave_the_title_whatever_their_names_hold(tmp_path: Path) -> None:
    text = ("date 2026-01-29\nANKARA, January 29. A Protocol between the Agency for the Development of Light Industry "
            "of Uzbekistan and the Council of Higher Education of Türkiye was signed in Ankara.\n")
    summary = briefing_text(tmp_path, text, "ru").replace("‡", "")
    assert ("Подписан протокол между Агентством развития легкой промышленности Республики Узбекистан и Советом высшего "
            "образования Турции.") in summary
    assert summary.count("Агентством развития") == 1


def test_a_bare_office_of_a_party_is_written_with_the_party(tmp_path: Path) -> None:
    text = ("date 2026-01-29\nANKARA, January 29. Speaking at the Justice and Development (AK) Party headquarters, its "
            "deputy chairman Numan Kurtulmuş met Tahir Budaqov, deputy chairman of the New Azerbaijan Party.\n")
    summary = briefing_text(tmp_path, text, "ru").replace("‡", "")
    assert "заместителя председателя Партии справедливости и развития Нумана Куртулмуша" in summary
    assert "заместителем председателя партии «Ени Азербайджан» Тахиром Будаговым" in summary


@pytest.mark.parametrize(("english", "kind", "russian"), [
    ("Director of the Agency for Strategic Reforms of Uzbekistan", "title",
     "директор Агентства стратегических реформ Республики Узбекистан"),
    ("Deputy Director of the National Institute of Strategic Initiatives of Kyrgyzstan", "title",
     "заместитель директора Национального института стратегических инициатив Кыргызстана"),
    ("Agency for the Development of Light Industry of Uzbekistan", "institution",
     "Агентство развития легкой промышленности Республики Узбекистан"),
    ("agreement on interaction", "document", "соглашение о взаимодействии"),
    ("Azerbaijan’s parliament speaker", "title", "Председатель Милли Меджлиса Азербайджана"),
    ("chairman of the upper chamber of Turkmen parliament", "title",
     "председатель Халк Маслахаты Парламента Туркменистана"),
])
def test_institutions_the_session_21_batch_left_in_english_are_composed(english: str, kind: str, russian: str) -> None:
    assert compose(english, "ru", kind) == russian
    assert compose(english, "kk", kind) and compose(english, "mn", kind)


def test_the_head_of_a_state_committee_is_no_head_of_state(tmp_path: Path) -> None:
    text = ("date 2022-09-26\nBISHKEK, September 25. A protocol was signed by the head of the State Committee for "
            "National Security of Kyrgyzstan Kamchybek Tashiev in Bishkek.\n")
    for lang, office in {"en": "(head of the State Committee for National Security of Kyrgyzstan)",
                         "ru": "Председателя Государственного комитета национальной безопасности Кыргызской"}.items():
        briefing = briefing_text(tmp_path, text, lang)
        assert office in briefing, lang
        assert "President Committee" not in briefing


def test_uncounted_documents_of_one_kind_are_named_by_that_kind(tmp_path: Path) -> None:
    text = ("date 2025-11-15\nLIMA, November 15. Presidents Luis Soto of Peru and Ana Rojas of Chile signed a joint "
            "statement. Further memoranda were signed across a variety of sectors, including mining and energy.\n")
    assert "меморандумы" in briefing_text(tmp_path, text, "ru")
    assert "меморандумдарға" in briefing_text(tmp_path, text, "kk")


def test_a_counted_package_covers_its_areas_as_documents_do(tmp_path: Path) -> None:
    text = ("date 2018-03-27\nASHGABAT, March 27. Peru and Chile signed 13 documents on cooperation during the visit of "
            "President Luis Soto to Santiago. The two sides signed documents for cooperation in various sectors "
            "including culture, science and aviation.\n")
    assert "Направления сотрудничества, охватываемые документами: культура, наука и авиация." in \
        briefing_text(tmp_path, text, "ru")
    assert "салаларындағы ынтымақтастықты қамтиды" in briefing_text(tmp_path, text, "kk")


def test_one_who_will_meet_people_the_text_does_not_name_is_not_the_one_met(tmp_path: Path) -> None:
    text = ("date 2018-03-27\nLIMA, March 27. President of Peru Luis Soto met President of Chile Ana Rojas in Lima. "
            "During the two-day visit, Rojas will hold meetings with senior Peruvian officials.\n")
    facts = extract(parse_article(text))
    assert [(p.kind, p.who, p.host, p.meets_unnamed) for p in facts.planned_events] == [
        ("meeting", ["Ana Rojas"], None, True)]
    assert "Ana Rojas (President) will hold meetings." in briefing_text(tmp_path, text, "en")
    russian = briefing_text(tmp_path, text, "ru")
    assert "Запланированы встречи Президента Чили" in russian and "встреча с Президентом Чили" not in russian
