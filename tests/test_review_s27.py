"""Session 27: what the fresh74 articles showed. Short synthetic sentences and articles."""

from __future__ import annotations

from pathlib import Path

from conftest import composed_name, read_briefing


def _facts(text: str):
    from briefing.extract import extract
    from briefing.ingest import parse_article

    return extract(parse_article(text))


def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    facts = _facts(text)
    return {person.name: (person.title, person.country) for person in facts.participants}


# -- dates ----------------------------------------------------------------------------------------------------------

def test_a_quoted_statement_that_tells_the_event_dates_it() -> None:
    facts = _facts('date 2024-08-16\nMOSCOW, August 16. The foreign ministers of Russia and Uzbekistan spoke by '
                   'phone, the ministry said.\n\n"On August 15, Foreign Minister Sergey Lavrov held a telephone '
                   'conversation with Foreign Minister Bakhtiyor Saidov," the ministry said.\n')
    assert str(facts.event_date) == "2024-08-15"


def test_a_quoted_date_of_something_else_leaves_the_dateline() -> None:
    facts = _facts('date 2024-08-16\nMOSCOW, August 16. The foreign ministers of Russia and Uzbekistan spoke by '
                   'phone.\n\n"On August 1, the sides opened a new consulate," the minister said.\n')
    assert str(facts.event_date) == "2024-08-16"


# -- people ---------------------------------------------------------------------------------------------------------

def test_a_quoted_office_wins_over_the_counterpart_relation() -> None:
    people = _people('TASHKENT, May 3. Foreign Minister Sergey Lavrov and his Uzbek counterpart Bakhtiyor Saidov '
                     'spoke by phone.\n\n"Foreign Minister Sergey Lavrov held talks with Uzbek Foreign Minister '
                     'Bakhtiyor Saidov. During the conversation they discussed topical issues of the bilateral '
                     'agenda," the ministry said.\n')
    assert people["Bakhtiyor Saidov"] == ("Uzbek Foreign Minister", "UZ")


def test_a_russian_territory_is_no_part_of_the_governors_name() -> None:
    people = _people("MINSK, 27 May. Deputy Prime Minister Anatoly Sivak met with Governor of Russia’s Altai "
                     "Territory Viktor Tomenko in Minsk.\n")
    assert people["Viktor Tomenko"] == ("Governor of Russia’s Altai Territory", "RU")


def test_every_name_of_a_listed_delegation_shares_the_plural_office_and_the_leaders_country() -> None:
    people = _people("BAKU, May 3. A delegation led by Chair of the Milli Majlis Sahiba Gafarova will visit "
                     "Kazakhstan. The delegation will consist of the MPs Fazil Mustafa, Hikmat Mammadov, Nizami "
                     "Jafarov and Agalar Valiyev and a parliamentary committee chairman Ahliman Amiraslanov.\n")
    for name in ("Fazil Mustafa", "Hikmat Mammadov", "Nizami Jafarov", "Agalar Valiyev"):
        assert people[name] == ("MP", "AZ"), name
    assert people["Ahliman Amiraslanov"] == ("parliamentary committee chairman", "AZ")


def test_the_chairmen_of_both_chambers_each_chair_one() -> None:
    people = _people("ASTANA, May 3. The delegation met the Chairmen of both chambers of the Kazakh Parliament "
                     "Maulen Ashimbayev and Nurlan Nigmatulin.\n")
    assert people["Maulen Ashimbayev"][0] == people["Nurlan Nigmatulin"][0] == \
        "Chairman of a chamber of the Kazakh Parliament"


def test_elbasy_after_an_office_is_an_honour_not_the_office() -> None:
    people = _people("ASTANA, May 3. The delegation met Kazakhstan’s First President Elbashi Nursultan Nazarbayev.\n")
    assert people == {"Nursultan Nazarbayev": ("Kazakhstan’s First President", "KZ")}


def test_the_one_an_aide_serves_is_named_in_passing() -> None:
    facts = _facts("BEIJING, Feb. 25. Foreign Minister Wang Yi on Friday held a phone conversation with Emmanuel "
                   "Bonne, diplomatic counselor to French President Emmanuel Macron.\n")
    assert [(p.name, p.title) for p in facts.participants] == [
        ("Wang Yi", "Foreign Minister"), ("Emmanuel Bonne", "diplomatic counselor to French President")]
    assert [(p.name, p.title) for p in facts.mentioned_people] == [("Emmanuel Macron", "French President")]


def test_a_day_after_an_office_in_apposition_is_no_part_of_it() -> None:
    people = _people("CHISINAU, 9 August. Deputy Prime Minister Nicu Popescu, Minister of Foreign Affairs and "
                     "European Integration today met Romanian Ambassador Daniel Ionita.\n")
    assert people["Nicu Popescu"][0] == "Minister of Foreign Affairs and European Integration"


def test_the_central_american_parliament_is_no_side_of_the_united_states() -> None:
    facts = _facts("HAVANA, Sept 5. The president of the Cuban National Assembly Esteban Lazo and the president of "
                   "the Central American Parliament Amado Cerrud signed a cooperation agreement.\n")
    assert "US" not in facts.countries


# -- documents and bodies -------------------------------------------------------------------------------------------

def test_a_day_after_the_other_side_is_no_part_of_its_name() -> None:
    for day in ("July 17", "17 July"):
        facts = _facts(f"HANOI, July 17. The Ministry of Finance signed a memorandum with the Ministry of Economy "
                       f"on {day}.\n")
        assert facts.organizations == ["Ministry of Finance", "Ministry of Economy"], day
        assert facts.documents_signed[0].parties == ["Ministry of Finance", "Ministry of Economy"], day


def test_a_subject_after_an_abbreviation_stays_in_the_title() -> None:
    facts = _facts("HANOI, July 17. The Ministry of Planning (MPI) signed a memorandum of understanding (MoU) on "
                   "information exchange of successful policies with the Presidential Committee on Balanced "
                   "National Development on July 17.\n")
    [document] = facts.documents_signed
    assert document.title == "memorandum of understanding (MoU) on information exchange of successful policies"
    assert document.parties == ["Ministry of Planning", "Presidential Committee on Balanced National Development"]


def test_a_subject_ends_before_the_day_it_was_signed() -> None:
    facts = _facts("ASTANA, July 17. The Ministry of Finance and the Ministry of Economy signed a memorandum of "
                   "understanding on trade on 17 July.\n")
    assert [d.title for d in facts.documents_signed] == ["memorandum of understanding on trade"]


def test_those_in_whose_presence_a_document_was_signed_did_not_sign_it() -> None:
    facts = _facts("DUSHANBE, May 11. The news agencies of Tajikistan and Turkmenistan signed a memorandum. The "
                   "document was signed by Director Subhiddin Shamsiddinzoda and Chairman Merdan Gazakbaev in the "
                   "presence of the heads of state Emomali Rahmon and Serdar Berdimuhamedov.\n")
    assert facts.documents_signed[0].signatories == ["Subhiddin Shamsiddinzoda", "Merdan Gazakbaev"]


# -- event, place and plans -----------------------------------------------------------------------------------------

def test_arriving_for_a_visit_is_a_visit() -> None:
    facts = _facts("New Delhi : Foreign Minister Maite Nkoana-Mashabane will arrive Thursday for a three-day visit "
                   "– her first trip since the elections.\n")
    assert (facts.event_type, facts.event_status) == ("visit", "planned")


def test_a_city_of_an_earlier_meeting_in_the_past_perfect_is_not_the_place() -> None:
    facts = _facts("date 2009-11-11\nNEW DELHI, Nov 11. The ministers of India and South Africa held talks on "
                   "Wednesday.\n\nThe minister had met with his counterpart in Brasilia in September.\n")
    assert facts.location.city != "Brasilia"


def test_a_commission_meeting_expected_to_end_in_signings_is_planned() -> None:
    facts = _facts("MINSK, 27 May. The Deputy Prime Minister met the Governor in Minsk. The ninth meeting of the "
                   "cooperation commission is expected to result in signing important bilateral documents.\n")
    [plan] = facts.planned_events
    assert plan.kind == "meeting"
    assert plan.who == []


# -- composed names -------------------------------------------------------------------------------------------------

def test_a_chamber_of_a_parliament_is_composed() -> None:
    text = "Chairman of a chamber of the Kazakh Parliament"
    assert composed_name(text, "ru", "title") == "председатель палаты Парламента Республики Казахстан"
    assert composed_name(text, "kk", "title") == "Қазақстан Республикасы Парламенті палатасының төрағасы"


def test_a_parliamentary_committee_chairman_is_composed() -> None:
    assert composed_name("parliamentary committee chairman", "mn", "title") == "Парламентын хорооны дарга"
    assert composed_name("parliamentary committee chairman", "kk", "title") == "Парламент комитетінің төрағасы"


def test_a_named_aimag_declines_its_noun_only() -> None:
    from briefing.grammar import ru

    assert ru.inflect("Говь-Алтай аймак", "gen", "place") == "Говь-Алтай аймака"
    assert ru.inflect("Ховдский аймак", "gen", "place") == "Ховдского аймака"


def test_a_russian_governors_region_has_its_official_name() -> None:
    text = "Governor of Russia’s Altai Territory"
    assert composed_name(text, "ru", "title") == "губернатор Алтайского края России"
    assert composed_name(text, "kk", "title") == "Ресейдің Алтай өлкесінің губернаторы"
    assert composed_name("Governor of Omsk Oblast", "ru", "title") == "губернатор Омской области"
    assert composed_name("Governor of Omsk Oblast", "kk", "title") == "Омбы облысының губернаторы"


def test_the_country_a_delegation_will_be_in_on_a_visit_is_the_place() -> None:
    facts = _facts("BAKU, September 20. The delegation led by the Speaker will be in the Republic of Kazakhstan on "
                   "a working and official visit on 27-29 September.\n")
    assert (facts.location.city, facts.location.country) == (None, "KZ")


def test_a_trip_by_an_official_to_a_country_is_the_place() -> None:
    facts = _facts("New Delhi : Foreign Minister Maite Nkoana-Mashabane will arrive Thursday for a three-day visit "
                   "– the first trip by a South African official to India since the elections.\n")
    assert facts.location.country == "IN"


def test_the_day_a_visitor_departs_is_not_the_day_of_the_visit() -> None:
    facts = _facts("New Delhi : Foreign Minister Maite Nkoana-Mashabane will arrive Thursday for a three-day visit "
                   "to India. The minister will visit Mumbai, from where she will depart for South Africa Nov 15.\n")
    assert (facts.event_date, facts.event_date_partial) == (None, None)


# -- a delegation's visit, told by the one who leads it --------------------------------------------------------------

_DELEGATION = ("date 2021-09-20\nBAKU, September 20. The delegation led by Chair of the Milli Majlis Sahiba Gafarova "
               "will be in the Republic of Kazakhstan on an official visit on 27-29 September. The delegation will "
               "consist of the MPs Fazil Mustafa, Hikmat Mammadov and Nizami Jafarov. The official part of the visit "
               "includes meetings of Sahiba Gafarova with Kazakh President Kassym-Jomart Tokayev.\n")


def test_a_delegations_visit_is_told_by_its_leader(tmp_path: Path) -> None:
    ru = read_briefing(tmp_path, "ru", _DELEGATION).replace("‡", "")
    assert "визит делегации во главе с Председателем Милли Меджлиса Азербайджана Сахибой Гафаровой в Казахстан." in ru
    assert "В ходе визита Сахибу Гафарову примет Президент Республики Казахстан Касым-Жомарт Токаев." in ru


def test_a_delegations_visit_in_kazakh_mongolian_and_english(tmp_path: Path) -> None:
    kk = read_briefing(tmp_path, "kk", _DELEGATION).replace("‡", "")
    assert "Сахиба Гафарова бастаған делегация Қазақстанға сапармен келеді. Делегация басшысын" in kk
    mn = read_briefing(tmp_path, "mn", _DELEGATION).replace("‡", "")
    assert "С.Гафарова тэргүүтэй төлөөлөгчид Казахстанд айлчлал хийнэ. Төлөөлөгчдийн тэргүүнийг" in mn
    en = read_briefing(tmp_path, "en", _DELEGATION).replace("‡", "")
    assert "A delegation led by Sahiba Gafarova (Chair of the Milli Majlis) will visit Kazakhstan on 27" in en
    assert "During the visit, Sahiba Gafarova will be received by Kassym-Jomart Tokayev" in en


def test_spanish_names_as_the_russian_tables_give_them() -> None:
    from briefing.names import transliterate_name

    assert transliterate_name("Ana Maria Machado", "ru", country="CU").text == "Ана Мария Мачадо"
    assert transliterate_name("Daniel Ortega Reyes", "ru", country="NI").text == "Даниэль Ортега Рейес"
    assert transliterate_name("Garcia", "ru", country="ES").text == "Гарсия"


def test_lower_case_state_bodies_between_are_the_sides() -> None:
    facts = _facts("BISHKEK, October 24. An agreement on cooperation in the field of education was also signed between "
                   "the cabinet of ministers of Kyrgyzstan and the government of Mongolia.\n")
    assert facts.documents_signed[0].parties == ["Cabinet of Ministers of Kyrgyzstan", "Government of Mongolia"]


def test_who_reports_the_signing_is_no_side() -> None:
    facts = _facts("BISHKEK, October 24. A memorandum of understanding has been signed between Kyrgyzstan's National "
                   "Investment Agency and Mongolia's Investment and Trade Agency, Trend reports.\n")
    assert facts.documents_signed[0].parties == ["Kyrgyzstan's National Investment Agency",
                                                 "Mongolia's Investment and Trade Agency"]


_PLANS = ("date 2009-11-11\nNEW DELHI, Nov 11. Foreign Minister Maite Nkoana-Mashabane will pay a visit to India. "
          "External Affairs Minister S.M. Krishna will also host a working lunch in her honour. Ceremonial events "
          "are planned.\n")


def test_a_plan_hosted_by_someone_names_the_host(tmp_path: Path) -> None:
    ru = read_briefing(tmp_path, "ru", _PLANS).replace("‡", "")
    assert "с участием министра иностранных дел Индии С.М. Кришны" in ru
    assert "Запланировано мероприятие." not in ru


def test_the_source_line_names_a_known_agency_in_the_language(tmp_path: Path) -> None:
    article = ("date 2024-05-27\nMINSK, 27 May (BelTA) – Deputy Prime Minister Anatoly Sivak met with Governor "
               "Viktor Tomenko in Minsk on 27 May, BelTA has learned.\n")
    assert "БелТА, 27 мая 2024 г." in read_briefing(tmp_path, "ru", article)


def test_the_source_line_opens_with_a_capital(tmp_path: Path) -> None:
    article = ("date 2022-02-26\nBEIJING, Feb. 25 (Xinhua) -- Foreign Minister Wang Yi on Friday held a phone "
               "conversation with Foreign Minister Sergey Lavrov.\n")
    assert "Информационное агентство «Синьхуа», 26 февраля 2022 г." in read_briefing(tmp_path, "ru", article)


# -- fresh75 -----------------------------------------------------------------------------------------------------------

def test_a_headline_that_looks_ahead_names_the_event_when_the_lead_tells_nothing_done() -> None:
    facts = _facts("President Sadyr Japarov to visit Azerbaijan\n\nWork is underway on a strategic partnership "
                   "agreement between Azerbaijan and Kyrgyzstan, the ambassador told journalists in Baku.\n\n"
                   "Earlier, a meeting was held between the presidents Sadyr Japarov and Ilham Aliyev.\n")
    assert (facts.event_type, facts.event_status) == ("visit", "planned")
    assert facts.location.country == "AZ"
    assert [p.name for p in facts.participants] == ["Sadyr Japarov"]


def test_he_said_after_what_he_was_reported_saying_is_the_one_who_told_it() -> None:
    facts = _facts("BAKU, March 3. Ambassador Kairat Osmonaliev told journalists at a press conference in Baku that "
                   "work is underway on an agreement.\n\nAccording to him, earlier a meeting was held between the "
                   "presidents Sadyr Japarov and Ilham Aliyev.\n\n«A visit of the President is expected in April. The "
                   "agreement will also be signed during this visit,» he said.\n")
    assert [q.speaker for q in facts.quotes] == ["Kairat Osmonaliev"]


def test_a_given_name_before_bin_is_part_of_the_name_even_sultan() -> None:
    people = _people("KUWAIT, March 7. The memorandum was signed by KUNA and SPA with the presence of Saudi "
                     "Ambassador to Kuwait Prince Sultan bin Saad Al-Saud.\n")
    assert people["Sultan bin Saad Al-Saud"] == ("Saudi Ambassador to Kuwait", "SA")


def test_a_charge_daffaires_holds_an_office() -> None:
    people = _people("BUCHAREST, May 6. The Speaker of the Chamber of Deputies Ludovic Orban on Thursday met David "
                     "Muniz, the charge d'affaires of the United States of America in Romania.\n")
    assert people["David Muniz"] == ("charge d'affaires of the United States of America in Romania", "US")


def test_a_counterpart_shares_the_foreign_portfolio_not_the_others() -> None:
    people = _people("Tokyo — Morocco's Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates, "
                     "Nasser Bourita, and his Japan's counterpart, Yoko Kamikawa, signed a memorandum here Friday.\n")
    assert people["Yoko Kamikawa"] == ("Minister of Foreign Affairs", "JP")


def test_a_ministry_of_foreign_affairs_and_european_integration_is_composed() -> None:
    assert composed_name("Minister of Foreign Affairs and European Integration", "ru", "title") == \
        "министр иностранных дел и европейской интеграции"


def test_counted_memoranda_told_one_by_one_are_each_a_document() -> None:
    facts = _facts("SEOUL, Nov 28 (Bernama) — Malaysia signed three memoranda of understanding (MoU) with South Korea "
                   "here, Thursday.\n\nThe three MoU were inked in the presence of the leaders of both countries.\n\n"
                   "The first MoU is to intensify cooperation on information and communications technology. It was "
                   "signed between Malaysia’s Minister of Communications, Gobind Singh Deo and South Korea’s Minister "
                   "of Science, Choi Kiyoung.\n\nNext was an MoU to step up cooperation in digital government, signed "
                   "between Minister Saifuddin Abdullah and South Korea’s Minister of the Interior, Chin Young.\n\nThe "
                   "third MoU is on cooperation in the field of water management which was signed between Minister "
                   "Xavier Jayakumar and South Korea’s Minister of Environment, Cho Myung-Rae.\n")
    assert [(d.title, d.subject, d.parties, d.signatories) for d in facts.documents_signed] == [
        ("MoU", "information and communications technology", ["Malaysia", "South Korea"],
         ["Gobind Singh Deo", "Choi Kiyoung"]),
        ("MoU", "digital government", ["Malaysia", "South Korea"], ["Saifuddin Abdullah", "Chin Young"]),
        ("MoU", "water management", ["Malaysia", "South Korea"], ["Xavier Jayakumar", "Cho Myung-Rae"])]


def test_the_cuban_and_the_central_american_parliaments_are_named() -> None:
    assert composed_name("president of the Cuban National Assembly of People’s Power", "ru", "title") == \
        "Председатель Национальной ассамблеи народной власти"
    assert composed_name("PARLACEN vice-president", "ru", "title") == "вице-президент Центральноамериканского парламента"


def test_a_meeting_with_a_guest_who_is_on_a_visit_is_over() -> None:
    facts = _facts("date 2022-05-28\nBaku, May 28, AZERTAC\n\nMinister Rashad Nabiyev has met with Turkish Minister of "
                   "Industry Mustafa Varank, who is on a visit to Baku as part of the festival.\n")
    assert (facts.event_type, facts.event_status) == ("meeting", None)


def test_a_day_between_the_verb_and_the_document_keeps_the_signing() -> None:
    facts = _facts("Tokyo — Foreign Minister Nasser Bourita and his Japanese counterpart Yoko Kamikawa signed, here "
                   "Friday, a Memorandum of Cooperation for a Strengthened Partnership.\n")
    assert [d.title for d in facts.documents_signed] == ["Memorandum of Cooperation for a Strengthened Partnership"]


def test_an_invitation_carried_by_one_person_is_the_inviters() -> None:
    facts = _facts("YEREVAN, December 20. Speaker Alen Simonyan received a delegation led by MP Seyed Mehdi Farshadan. "
                   "At the end of the meeting, Farshadan transmitted to the Speaker of the National Assembly of Armenia "
                   "the official invitation of Speaker of the Majlis of Iran Mohammad Bagher Ghalibaf to visit Iran.\n")
    [plan] = facts.planned_events
    assert (plan.kind, plan.who, plan.host, plan.invited) == ("visit", ["Alen Simonyan"], "Mohammad Bagher Ghalibaf", True)


def test_an_agency_after_the_dateline_date_on_its_own_line_is_the_outlet() -> None:
    facts = _facts("date 2022-05-28\nBaku, May 28, AZERTAC\n\nMinister Rashad Nabiyev has met with Minister Mustafa "
                   "Varank in Baku.\n")
    assert facts.source_agency == "AZERTAC"


def test_a_source_line_names_a_known_agency() -> None:
    facts = _facts("date 2018-01-20\nNational Assembly Chairwoman Nguyen Thi Kim Ngan hosted a reception in Hanoi on "
                   "January 19 for Vice Chairman Zhang Ping.\nSource: VNA\n")
    assert facts.source_agency == "VNA"


def test_areas_listed_after_areas_of_cooperation_notably() -> None:
    facts = _facts("RABAT, May 31. The memorandum identifies several priority areas of cooperation, notably economy and "
                   "trade, food, fisheries and culture.\n")
    assert facts.cooperation_areas == ["economy", "trade", "food", "fisheries", "culture"]


def test_areas_of_cooperation_a_speaker_mentioned() -> None:
    facts = _facts("BUCHAREST, May 6. The Speaker met the charge d'affaires. He also mentioned military and security "
                   "co-operation with the United States.\n")
    assert facts.cooperation_areas == ["military", "security"]
