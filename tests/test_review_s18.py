"""Classes a reader found in the briefings of session 18: a committee whose field is told after its parent body,
a Central Asian name written surname first, another country's chamber of the same name, and a signing reported
while the guest's visit goes on. Short synthetic sentences."""

from __future__ import annotations

from briefing.compose import compose
from briefing.extract import extract
from briefing.ingest import parse_article
from briefing.names import transliterate_name


def test_a_committee_whose_field_follows_its_parent_body_is_composed_as_the_committee_on_that_field() -> None:
    title = "member of the Committee of the Majilis of the Parliament of Kazakhstan on International Affairs, Defense and Security"
    assert compose(title, "ru", "title") == ("член Комитета по международным делам, обороне и безопасности Мажилиса "
                                             "Парламента Республики Казахстан")


def test_a_central_asian_name_written_surname_first_is_written_given_name_first() -> None:
    assert transliterate_name("Izmukhambetov Baktykozha", "ru").text == "Бактыкожа Измухамбетов"
    assert transliterate_name("Karin Yerlan", "ru").text == "Карин Ерлан"  # no surname ending: left as written
    assert transliterate_name("Galina Kim", "ru").text == "Галина Ким"


def test_the_speaker_of_another_countrys_chamber_of_the_same_name_keeps_his_own_body() -> None:
    facts = extract(parse_article(
        "NUR-SULTAN. KAZINFORM – Majilis Speaker of the Republic of Kazakhstan Yerlan Koshanov and Speaker of the "
        "Legislative Chamber of Oliy Majilis of Uzbekistan Nuriddin Ismailov, who is on an official visit to our "
        "country, have signed an agreement on the creation of the Council of inter-parliamentary cooperation."))
    organizations = {person.name: person.organization for person in facts.participants}
    assert organizations["Nuriddin Ismailov"] == "Legislative Chamber of Oliy Majilis of Uzbekistan"
    assert (facts.event_type, facts.event_status) == ("signing", None)


def test_an_honorary_title_before_a_name_is_a_title_not_a_person() -> None:
    facts = extract(parse_article(
        "Minister Luis Soto met the Special Representative of the President of Chile for Foreign Policy, Honorary "
        "Elder of Peru A.Rojas in Lima."))
    assert [person.name for person in facts.participants] == ["Luis Soto", "A.Rojas"]
    assert facts.participants[1].title.endswith("Honorary Elder of Peru")
    assert compose("Honorary Elder of Turkmenistan", "ru", "title") == "почетный старейшина Туркменистана"


def test_the_sides_named_before_a_colon_and_a_list_of_documents_are_each_countrys_ministry() -> None:
    facts = extract(parse_article(
        "Minister Luis Soto met Minister Ana Rojas in Lima.\n\nFollowing the meeting, two documents were signed between "
        "the Ministries of Foreign Affairs of Peru and Chile:\n\n- Cooperation program for 2025-2026;\n\n"
        "- Protocol on inventory of the legal framework."))
    assert {tuple(document.parties) for document in facts.documents_signed} == {
        ("Ministry of Foreign Affairs of Peru", "Ministry of Foreign Affairs of Chile")}


def test_what_a_minister_said_after_talks_is_no_plan_of_talks() -> None:
    facts = extract(parse_article(
        "LIMA, August 28. /Andina/. Peru and Chile are stepping up preparations for the upcoming Peru-Pacific summit "
        "scheduled for this fall, Minister Luis Soto said after talks with Minister Ana Rojas."))
    assert (facts.event_type, facts.event_status, facts.location.city) == ("talks", None, "Lima")


def test_a_participant_named_before_the_agency_that_reports_it_stays_a_participant() -> None:
    facts = extract(parse_article("President Luis Soto discussed bilateral ties with Chilean President Ana Rojas, "
                                  "the Andina agency reported Wednesday."))
    assert [person.name for person in facts.participants] == ["Luis Soto", "Ana Rojas"]


def test_a_format_of_summits_is_named_by_its_two_sides_in_each_language(tmp_path) -> None:
    from conftest import briefings_by_language

    documents = briefings_by_language(tmp_path, "LIMA, August 28. /Andina/. Peru and Chile are stepping up preparations "
                                      "for the upcoming Russia-Central Asia summit scheduled for this fall, Minister Luis "
                                      "Soto said after talks with Minister Ana Rojas.\n", "2025-09-05")
    texts = {lang: "\n".join(p.text for p in document.paragraphs) for lang, document in documents.items()}
    assert "A summit of the Russia – Central Asia format is planned." in texts["en"]
    assert "Запланирован саммит «Россия – Центральная Азия»." in texts["ru"]
    assert "«Ресей – Орталық Азия» саммиті өтеді." in texts["kk"]
    assert "Төв Ази» дээд хэмжээний уулзалт болно." in texts["mn"]


def test_days_of_a_countrys_culture_are_named_as_each_press_names_them(tmp_path) -> None:
    from conftest import briefings_by_language

    documents = briefings_by_language(tmp_path, "ASTANA, May 4. The presidents of Peru and Chile met in Astana.\n\n"
                                      "The presidents agreed to hold the Days of Peruvian Culture in Chile.\n",
                                      "2025-09-05")
    texts = {lang: "\n".join(p.text for p in document.paragraphs) for lang, document in documents.items()}
    assert "Дни культуры Перу" in texts["ru"]
    assert "Перу мәдениеті күндері өтеді" in texts["kk"]
    assert "соёлын өдрүүд болно" in texts["mn"]


def test_document_subjects_the_reviews_found_untranslated_now_compose() -> None:
    assert compose("Agreement on cooperation in the defense industry", "ru", "document") == \
        "соглашение о сотрудничестве в области оборонной промышленности"
    assert compose("Memorandum of cooperation in preventing and combating corruption", "ru", "document") == \
        "меморандум о сотрудничестве в области предупреждения и противодействия коррупции"
    assert compose("Memorandum of cooperation in mineral resources development", "kk", "document") == \
        "пайдалы қазбаларды игеру саласындағы ынтымақтастық туралы меморандум"


def test_a_saudi_minister_is_named_with_the_kingdoms_long_mongolian_name() -> None:
    assert compose("Minister of Investment of Saudi Arabia", "mn", "title") == \
        "Саудын Арабын Хаант Улсын Хөрөнгө оруулалтын сайд"


def test_two_offices_before_a_name_the_second_in_lower_case_are_both_the_persons() -> None:
    facts = extract(parse_article("The chief Luis Soto hosted the visiting Chairman of the Cabinet of Ministers of "
                                  "Chile, head of the presidential administration Ana Rojas."))
    assert facts.participants[1].title == ("Chairman of the Cabinet of Ministers of Chile, head of the presidential "
                                           "administration")


def test_an_envoys_remit_told_after_the_president_is_the_envoys() -> None:
    title = "Special Representative of the President for Foreign Policy"
    assert compose(title, "ru", "title") == "специальный представитель Президента по внешней политике"
    assert compose(title, "kk", "title") == "Президенттің Сыртқы саясат жөніндегі арнаулы өкілі"
