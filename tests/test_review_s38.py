"""Fixes from session 38's fresh articles and the translators' reviews of them: short sentences of our own."""

from __future__ import annotations

import pytest


def _facts(text: str):
    from briefing.extract import extract
    from briefing.ingest import parse_article

    return extract(parse_article(text))


# -- areas ------------------------------------------------------------------------------------------------------------

def _areas(text: str) -> list[str]:
    return _facts("OSLO, June 4, 2024 - The two ministers met in Oslo. " + text).cooperation_areas


@pytest.mark.parametrize(("sentence", "areas"), [
    ("They stressed trade and investment, regional integration and social development.",
     ["trade", "investment", "regional integration", "social development"]),
    ("The ministers will discuss the situation in the Sahel, science and technology and the reform of the Council.",
     ["science and technology"]),
    ("The guests met deputies to speak about issues relating to migration.", ["migration"]),
])
def test_fields_among_the_topics_a_meeting_took_up_are_areas(sentence: str, areas: list[str]) -> None:
    assert _areas(sentence) == areas


@pytest.mark.parametrize("sentence", [
    "The talks did not touch upon political issues.",
    "He stressed the importance of the visit for both countries.",
    "She highlighted that the agreement on energy was ready.",
    "They discussed the preparations for the summit in Geneva.",
])
def test_topics_that_are_no_field_or_were_not_discussed_are_no_areas(sentence: str) -> None:
    assert _areas(sentence) == []


# -- people and their sides -------------------------------------------------------------------------------------------

def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    facts = _facts(text)
    return {p.name: (p.title, p.country) for p in [*facts.participants, *facts.mentioned_people]}


def test_letters_without_a_base_letter_are_read_as_part_of_a_name() -> None:
    assert "Guðni Jóhannesson" in _people("REYKJAVIK, May 15, 2018 - President Guðni Jóhannesson met Mr Karl Berg.")


def test_an_office_and_its_body_after_a_name_give_the_country() -> None:
    people = _people("HELSINKI, May 15, 2018 - The guest was welcomed by Anna Virtanen, Speaker, Parliament of Finland.")
    assert people["Anna Virtanen"][1] == "FI"


def test_a_demonym_after_to_qualifies_the_office_not_a_destination() -> None:
    people = _people("BUDAPEST, May 3, 2020 - Minister Ilona Kovacs spoke to Kenyan Foreign Minister Grace Wanjiru.")
    assert people["Grace Wanjiru"] == ("Kenyan Foreign Minister", "KE")


def test_a_former_counterpart_now_in_another_office_keeps_the_side() -> None:
    people = _people("BUDAPEST, May 3, 2020 - Minister Ilona Kovacs spoke by telephone to his former Kenyan counterpart, "
                     "now Minister for Sport and Culture, Grace Wanjiru.")
    assert people["Grace Wanjiru"] == ("Minister for Sport and Culture", "KE")


def test_a_rank_of_nobility_is_no_part_of_a_name() -> None:
    assert "Pal Esterhazy" in _people("VIENNA, May 3, 2020 - A plaque to the explorer Count Pal Esterhazy was unveiled "
                                      "by Minister Ilona Kovacs.")


def test_the_honourable_between_an_office_and_a_name_leaves_the_office_whole() -> None:
    people = _people("GEORGETOWN, May 3, 2021 - The High Commissioner met the Minister of Foreign Affairs and International "
                     "Cooperation, the Honourable Paul Baptiste.")
    assert people["Paul Baptiste"][0] == "Minister of Foreign Affairs and International Cooperation"


def test_his_excellency_after_and_opens_the_next_person() -> None:
    people = _people("NASSAU, Feb 26, 2015 - Jane Clarke, Minister of Foreign Affairs of Guyana and His Excellency "
                     "Pedro Ruiz, Minister of Foreign Affairs of Uruguay signed an agreement.")
    assert people["Jane Clarke"] == ("Minister of Foreign Affairs of Guyana", "GY")


def test_an_english_given_name_in_yn_is_no_mongolian_patronymic() -> None:
    assert _people("NASSAU, Feb 26, 2015 - Carolyn Baptiste met Pedro Ruiz.")["Carolyn Baptiste"][1] is None


def test_the_counterpart_of_a_cabinet_secretary_is_a_minister() -> None:
    people = _people("RIYADH, March 13, 2022 - Cabinet Secretary Grace Wanjiru held talks with her Saudi counterpart "
                     "Prince Khalid bin Saad in Riyadh.")
    assert people["Khalid bin Saad"] == ("Minister", "SA")


def test_letters_of_a_body_ending_an_office_leave_the_name_after_them() -> None:
    people = _people("KUWAIT, May 13, 2025 (KUNA) -- The MoU was signed by Executive Director of the HKTDC Mary Chan.")
    assert people["Mary Chan"][0] == "Executive Director of the HKTDC"


def test_hong_kong_is_a_side_of_its_own() -> None:
    people = _people("KUWAIT, May 13, 2025 (KUNA) -- The Prime Minister held talks with Chief Executive of the Hong Kong "
                     "Special Administrative Region John Lee.")
    assert people["John Lee"][1] == "HK"


# -- date, place, status, sides ---------------------------------------------------------------------------------------

def test_this_evening_is_the_pages_day() -> None:
    facts = _facts("date 2022-07-30\nMinister Ali Salem received this evening a phone call from Secretary Tom Hill.\n")
    assert str(facts.event_date) == "2022-07-30"


def test_an_ordinal_day_of_a_month_is_a_date() -> None:
    facts = _facts("The second round of consultations was held via video conference on 3rd of March.\n")
    assert facts.event_date_partial == "--03-03"


def test_a_guest_welcomed_by_a_host_of_another_country_met_in_the_hosts_country() -> None:
    facts = _facts("date 2018-05-15\nTrade was discussed during the visit of Olafur Gunnarsson, the President of Iceland, "
                   "at the Parliament on Tuesday. The guest was welcomed by Anna Virtanen, Speaker, Parliament of Finland.\n")
    assert facts.location.country == "FI"


def test_a_guest_who_thanks_the_host_for_the_welcome_met_in_the_hosts_country() -> None:
    facts = _facts("The President of Kazakhstan Arman Sadykov met the Prime Minister of Mongolia Bold Tsend. The Prime "
                   "Minister of Mongolia thanked the President of Kazakhstan for the warm welcome.\n")
    assert facts.location.country == "KZ"


def test_a_meeting_going_on_today_is_in_progress() -> None:
    facts = _facts("Today, the committee's delegation is meeting its colleagues from the Latvian and Lithuanian "
                   "parliaments to discuss security.\n")
    assert facts.event_status == "in progress"
    assert set(facts.countries) >= {"LV", "LT"}


def test_the_agencys_dateline_after_an_aggregators_tag_places_the_event() -> None:
    facts = _facts("(MENAFN- Kuwait News Agency (KUNA)) KUWAIT, May 13 (KUNA) -- The Prime Minister held talks with "
                   "Chief Executive John Lee at Bayan Palace.\n")
    assert facts.location.country == "KW"
    assert facts.source_agency == "KUNA"


# -- documents --------------------------------------------------------------------------------------------------------

def test_a_memorandum_in_a_field_keeps_the_field_in_its_title() -> None:
    facts = _facts("KUWAIT, May 13, 2025 - The two sides signed a Memorandum of Understanding in tourism promotion, "
                   "inked by the two ministers.\n")
    assert [d.title for d in facts.documents_signed] == ["Memorandum of Understanding in tourism promotion"]


def test_a_spouse_beside_the_guest_is_no_participant() -> None:
    facts = _facts("OSLO, May 15, 2018 - President Olafur Gunnarsson met Speaker Anna Virtanen. President Gunnarsson "
                   "and his spouse Helga Berg are on a state visit to Norway.\n")
    assert "Helga Berg" in [p.name for p in facts.mentioned_people]


def test_a_courtesy_call_of_its_own_is_no_part_of_the_talks() -> None:
    facts = _facts("RIYADH, March 13, 2022 - Foreign Minister Grace Wanjiru held talks with her Saudi counterpart Prince "
                   "Khalid bin Saad in Riyadh. Meanwhile, Minister Wanjiru paid a courtesy call on Dr Omar Hamdan, "
                   "Minister of Commerce of Saudi Arabia.\n")
    assert "Omar Hamdan" in [p.name for p in facts.mentioned_people]


def test_a_second_memorandum_also_signed_after_one_whose_signers_were_named() -> None:
    facts = _facts("KUWAIT, May 13, 2025 - The sides signed a Memorandum of Understanding on tourism, inked by Minister "
                   "Ali Salem and Director Mary Chan. The two sides also signed a Memorandum of Understanding on tourism "
                   "between the Kuwait Tourism Authority and the Hong Kong Tourism Board.\n")
    assert len(facts.documents_signed) == 2


# -- languages --------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "genitive"), [("Маргарет Фонг", "Маргарет Фонгтың"), ("Ли Пенг", "Ли Пенгтің")])
def test_a_kazakh_word_in_ng_keeps_its_last_vowels_harmony(name: str, genitive: str) -> None:
    from briefing.grammar import kk

    assert kk.inflect(name, "gen", "person") == genitive


def test_an_english_given_name_in_ain_is_no_mongolian_patronymic() -> None:
    from briefing.grammar import ru

    assert ru.inflect("Кэролайн Родригес-Биркетт", "gen", "person") == "Кэролайн Родригес-Биркетт"


@pytest.mark.parametrize(("lang", "text", "kind", "written"), [
    ("ru", "Agreement for the Abolition of Visa Requirement for the Holders of Ordinary Passports", "document",
     "соглашение об отмене визовых требований для владельцев обычных паспортов"),
    ("ru", "Minister of Foreign Affairs of the Oriental Republic of Uruguay", "title",
     "министр иностранных дел Восточной Республики Уругвай"),
    ("mn", "Minister of Foreign Affairs of the Oriental Republic of Uruguay", "title",
     "Дорнын Бүгд Найрамдах Уругвай Улсын Гадаад хэргийн сайд"),
    ("ru", "Chief Executive of the Hong Kong Special Administrative Region", "title",
     "глава администрации Специального административного района Гонконг"),
])
def test_official_names_compose(lang: str, text: str, kind: str, written: str) -> None:
    from briefing.compose import compose_with_status

    composed = compose_with_status(text, lang, kind, None)
    assert composed is not None and composed[0] == written


def test_a_partys_letters_after_a_document_title_stay_with_the_party(tmp_path) -> None:
    from conftest import briefing_text

    text = ("KUWAIT, May 13, 2025 - The two sides signed a Memorandum of Understanding between the Kuwait Tourism "
            "Authority and the Hong Kong Tourism Board (HKTB).\n")
    assert "(HKTB)" not in briefing_text(tmp_path, text, "ru").split("подписан")[-1].split(" между")[0]


def test_the_bahamas_in_russian_are_the_bahamas_islands(tmp_path) -> None:
    from conftest import briefing_text

    text = "NASSAU, Feb 26, 2015 - Foreign Minister Jane Clarke of Guyana met Foreign Minister Pedro Ruiz of Uruguay.\n"
    assert "Нассау, Багамские Острова" in briefing_text(tmp_path, text, "ru")


@pytest.mark.parametrize(("lang", "lead"), [
    ("en", "Anna Berg (Speaker of the Parliament of Sweden) received Ali Salem"),
    ("ru", "Председатель Парламента Швеции Анна Берг приняла министра иностранных дел Омана Али Салема"),
    ("kk", "Али Салемді қабылдады"),
    ("mn", "Салемыг хүлээн авч уулзав"),
])
def test_a_host_who_received_the_guest_is_said_to_receive_him(tmp_path, lang: str, lead: str) -> None:
    from conftest import briefing_text

    text = ("date 2024-05-06\nSTOCKHOLM, May 6, 2024 - Speaker of the Parliament of Sweden Anna Berg received the "
            "Foreign Minister of Oman Ali Salem.\n")
    assert lead in briefing_text(tmp_path, text, lang).replace("‡", "")


def test_a_meeting_told_without_a_host_stays_a_meeting() -> None:
    facts = _facts("STOCKHOLM, May 6, 2024 - Speaker of the Parliament of Sweden Anna Berg met the Foreign Minister of "
                   "Oman Ali Salem.\n")
    assert facts.received_by is None


def test_an_office_of_a_body_told_by_its_letters_composes_with_the_body_in_full(tmp_path) -> None:
    from conftest import briefing_text

    text = ("KUWAIT, May 13, 2025 - The sides signed a memorandum between the Kuwait Tourism Authority and the Hong "
            "Kong Trade Development Council (HKTDC). It was signed by Executive Director of the HKTDC Mary Chan.\n")
    assert "исполнительного директора Совета развития торговли Гонконга" in briefing_text(tmp_path, text, "ru").replace("‡", "")


def test_an_office_after_a_bodys_name_without_a_comma_is_no_part_of_the_name() -> None:
    facts = _facts("KUWAIT, May 13, 2025 - The MoU was signed on behalf of the Government of Hong Kong the Acting "
                   "Assistant Director General for Investment Promotion Mary Chan.\n")
    assert "Government of Hong Kong" in facts.organizations


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "by video link"), ("ru", "в режиме видеоконференции состоялись переговоры"),
    ("kk", "бейнеконференция форматында"), ("mn", "цахим хэлбэрээр"),
])
def test_a_meeting_held_by_video_link_says_so(tmp_path, lang: str, said: str) -> None:
    from conftest import briefing_text

    text = ("date 2024-03-03\nThe second round of consultations between Deputy Minister Ana Ruiz of Colombia and State "
            "Secretary D.Bat of Mongolia was held via video conference on 3 March.\n")
    assert said in briefing_text(tmp_path, text, lang)


def test_a_state_that_invited_guests_for_a_visit_is_where_they_go(tmp_path) -> None:
    from conftest import briefing_text

    text = ("date 2018-05-15\nOSLO, May 15, 2018 - Speaker Anna Berg met President Olafur Gunnarsson. Iceland has "
            "invited speakers from all the Nordic countries for a visit in midsummer.\n")
    assert "Запланирован визит в Исландию." in briefing_text(tmp_path, text, "ru")


def test_the_signers_side_is_the_government_on_whose_behalf_he_signed() -> None:
    people = _people("KUWAIT, May 13, 2025 - The memorandum was signed on behalf of the Government of Hong Kong the "
                     "Acting Assistant Director General for Investment Promotion Mary Chan.\n")
    assert people["Mary Chan"][1] == "HK"


def test_a_bare_parliament_owns_its_speaker_without_the_genitive_in_kazakh() -> None:
    from briefing.compose import compose_with_status

    composed = compose_with_status("Speaker of the Parliament", "kk", "title", None)
    assert composed is not None and composed[0] == "Парламент Төрағасы"  # as «Сенат Төрағасы»


def test_a_protocol_the_joint_commission_adopted_is_between_its_sides_under_both_its_names() -> None:
    facts = _facts("ADDIS ABABA, May 3, 2024 - The Ethio-Kenya Joint Commission held its fifth session in Addis Ababa. "
                   "Ethiopian Foreign Minister Abel Girma and Kenyan Foreign Minister Grace Wanjiru signed a memorandum on trade. The "
                   "Commission has also adopted the Final Protocol/Agreed Minutes of technical Committee discussions.\n")
    protocol = next(d for d in facts.documents_signed if d.type == "protocol")
    assert protocol.title == "Final Protocol/Agreed Minutes of technical Committee discussions"
    assert len(protocol.parties) == 2
