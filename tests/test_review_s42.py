"""Fixes from session 42 (fresh articles of twelve outlets, first contact): short sentences of our own."""

from __future__ import annotations

from conftest import read_briefing


def _facts(text: str):
    from briefing.extract import extract
    from briefing.ingest import parse_article

    return extract(parse_article(text))


# -- documents ---------------------------------------------------------------------------------------------------------

def test_counted_memoranda_told_one_by_one_by_order_are_each_a_document_with_its_own_sides() -> None:
    facts = _facts("date 2024-05-16\nRIGA, May 16 -- Latvia and Chile on Thursday signed three memorandums of "
                   "understanding (MOU) aimed at closer ties in trade, energy and mining.\n"
                   "The first MOU signed between Latvia's economy ministry and Chile's trade ministry calls for a "
                   "joint investment council.\n"
                   "The second MOU, signed between Latvia's energy ministry and Chile's energy ministry, calls for "
                   "increasing cooperation on offshore wind power.\n"
                   "The third MOU, signed by Latvia's economy ministry and Chile's mining agency, outlines measures to "
                   "strengthen bilateral cooperation for copper processing.\n")
    documents = [(d.title, d.parties, d.subject) for d in facts.documents_signed]
    assert documents == [
        ("MOU", ["Latvia's economy ministry", "Chile's trade ministry"], "a joint investment council"),
        ("MOU", ["Latvia's energy ministry", "Chile's energy ministry"], "offshore wind power"),
        ("MOU", ["Latvia's economy ministry", "Chile's mining agency"], "copper processing")]
    assert "Chile's trade ministry calls" not in facts.organizations


def test_a_ceremony_that_will_be_held_is_no_part_of_the_title_and_a_parliament_named_by_its_adjective_is_a_side() -> None:
    facts = _facts("date 2021-03-02\nVILNIUS, March 2. The Speaker will pay an official visit to Estonia on March 9.\n"
                   "The ceremony of signing the Agreement on Cooperation between the Lithuanian parliament and the "
                   "Riigikogu of Estonia will be held during the visit.\n")
    [document] = facts.documents_referenced
    assert document.title == "Agreement on Cooperation between the Lithuanian parliament and the Riigikogu of Estonia"
    assert document.parties == ["Lithuanian parliament", "Riigikogu of Estonia"]


def test_the_sittings_possessive_names_its_protocol() -> None:
    facts = _facts("OSLO. The talks resulted in the signing of the session’s protocol.\n")
    assert [d.title for d in facts.documents_signed] == ["session’s protocol"]


# -- quotes ------------------------------------------------------------------------------------------------------------

def test_a_quote_opened_with_a_curly_mark_and_closed_with_a_straight_one() -> None:
    facts = _facts("LIMA, May 5 -- Prime Minister Ana Ruiz spoke at the forum.\n\n"
                   "“We must report to each other every month. This only works when we trust one another,\" she said.\n")
    assert [q.text for q in facts.quotes] == ["We must report to each other every month. This only works when we "
                                              "trust one another"]


def test_an_institution_that_said_it_in_a_statement_at_the_sentences_end_speaks_a_partial_quote() -> None:
    facts = _facts("date 2023-04-03\nPresident Lee Min-ho will visit Chile and Peru this week, Seoul said Monday.\n"
                   "Lee will attend a summit in Lima and “pay state visits to Chile and Peru” at the invitation of "
                   "Presidents Ana Soto and Luis Vega from Wednesday to Friday, the Foreign Ministry said in a "
                   "statement.\n")
    assert [(q.speaker, q.text) for q in facts.quotes] == [("Foreign Ministry", "pay state visits to Chile and Peru")]
    assert str(facts.event_date) == "2023-04-05"  # the Wednesday after the Monday the page is dated


# -- event type, date and place ----------------------------------------------------------------------------------------

def test_words_said_while_receiving_a_guest_tell_a_meeting_and_its_weekday() -> None:
    facts = _facts("date 2019-10-16\nOslo (NTB) - Norway and Peru will set up a friendship group.\n\n"
                   "\"Our parliaments share an important relationship,\" Chair of the Foreign Affairs Committee Ingrid "
                   "Berg stated while receiving Peruvian Ambassador to Norway Luis Vega at her office in Oslo on "
                   "Tuesday.\n")
    assert facts.event_type == "meeting"
    assert str(facts.event_date) == "2019-10-15"


def test_the_host_a_guest_thanked_for_a_welcome_in_marks_places_the_meeting_over_the_agencys_town() -> None:
    facts = _facts("date 2022-07-19\nChilean PM, Peruvian President discuss cooperation\n\n"
                   "News.cl, 19 Jul 2022, Santiago,Chile\n\n"
                   "Cooperation in mining was discussed on Tuesday in a meeting between the Chilean Prime Minister Ana "
                   "Soto and the President of Peru Luis Vega.\n\n"
                   "Soto extended her gratitude to Vega for his “warm welcome” and invited him to an official visit to "
                   "Chile, the Chilean Government said.\n")
    assert (facts.location.city, facts.location.country) == (None, "PE")


# -- people, bodies and areas ------------------------------------------------------------------------------------------

def test_companies_by_their_legal_forms_are_no_people() -> None:
    facts = _facts("SEOUL, May 2 -- Chile and Korea signed an MOU on trade.\n"
                   "Firms there include Hanbit Motors Co., Daesan Steel Inc. and Andes Copper Bhd (Andcop).\n")
    assert not facts.mentioned_people
    assert {"Hanbit Motors Co", "Daesan Steel Inc", "Andes Copper Bhd"} <= set(facts.organizations)


def test_a_party_named_by_its_countrys_possessive_belongs_to_that_country_whatever_else_it_names() -> None:
    facts = _facts("SEOUL, May 2 -- Chile and Korea signed two MOUs.\n"
                   "The first MOU, signed between Korea's land ministry and Chile's transport ministry, calls for "
                   "cooperation on ports.\n"
                   "The second MOU, signed by Korea's land ministry and Chile's envoy in charge of aid for Haiti, "
                   "calls for cooperation on housing.\n")
    assert "HT" not in facts.countries


def test_bodies_named_by_a_field_and_a_stated_ties_are_no_areas() -> None:
    facts = _facts("OSLO, May 2 -- The speakers met. They marked the 30th anniversary of diplomatic ties and agreed "
                   "to form a parliamentary cooperation group, to host the legislative exchange mechanism, deepen the "
                   "exchange of experience in ecological and environmental protection and other fields, and discuss "
                   "others issues.\n")
    assert facts.cooperation_areas == ["ecological and environmental protection"]


def test_cooperation_opening_a_sentence_names_the_areas_after_its_sides() -> None:
    facts = _facts("OSLO, May 2 -- Cooperation between Norway and Chile in transport and logistics, and the importance "
                   "of trade were discussed in a meeting between the ministers.\n")
    assert "transport and logistics" in facts.cooperation_areas


# -- planned events ----------------------------------------------------------------------------------------------------

def test_a_plan_told_with_its_reporter_and_a_remark_keeps_only_the_plan() -> None:
    facts = _facts("date 2022-09-12\nPresident Ana Soto will make state visits to Peru and Chile this week, Lima said "
                   "Monday — her first trip abroad since the election.\n")
    assert [e.text for e in facts.planned_events] == ["President Ana Soto will make state visits to Peru and Chile this week"]


def test_a_second_predicate_quoted_from_the_announcement_is_the_visit_told_again() -> None:
    facts = _facts("date 2022-09-12\nPresident Ana Soto will make a state visit to Peru this week, Santiago said Monday.\n"
                   "Soto will attend a summit of the Pacific Alliance in the Peruvian city of Cusco and “pay a state "
                   "visit to Peru” at the invitation of President Luis Vega from Wednesday to Friday, the Foreign "
                   "Ministry said.\n")
    events = facts.planned_events
    assert events[0].kind == "visit" and len(events) == 2
    assert events[1].text == "Soto will attend a summit of the Pacific Alliance in the Peruvian city of Cusco"
    assert events[0].when == "2022-09-14"  # the days the second telling gives


def test_a_speech_a_guest_is_expected_to_deliver_and_a_meeting_told_to_trend_on_a_day() -> None:
    facts = _facts("date 2020-09-17\nVILNIUS, Sept. 17\n\nThe delegation led by speaker Ana Ruiz will pay an official "
                   "visit to Estonia on September 21, the parliament told Trend on Sept. 17.\n\n"
                   "During the visit, Ruiz is expected to deliver speech at the plenary session of the Riigikogu.\n")
    assert [e.text for e in facts.planned_events] == [
        "The delegation led by speaker Ana Ruiz will pay an official visit to Estonia on September 21",
        "Ruiz is expected to deliver speech at the plenary session of the Riigikogu"]


def test_an_invitation_to_an_official_visit_named_by_its_noun_is_planned() -> None:
    facts = _facts("OSLO, May 2 -- Prime Minister Ana Soto met President Luis Vega. Soto thanked Vega and invited him "
                   "to an official visit to Chile, the government said.\n")
    assert [e.text for e in facts.planned_events] == ["invited him to an official visit to Chile"]


# -- what the briefings write ------------------------------------------------------------------------------------------

_INVITED = ("OSLO, May 2 -- Prime Minister Ana Soto met President Luis Vega. Soto thanked Vega and invited him to an "
            "official visit to Chile, the government said.\n")


def test_an_invitation_to_him_goes_to_the_one_met_not_to_the_inviter(tmp_path) -> None:
    [event] = _facts(_INVITED).planned_events
    assert (event.kind, event.who, event.invited) == ("visit", ["Luis Vega"], True)
    russian = read_briefing(tmp_path, "ru", _INVITED)
    assert "Веге‡ направлено приглашение посетить Чили" in russian and "Сото" not in russian.split("Запланированные")[1]


_TOUR = ("date 2022-09-12\nPresident Ana Soto will make state visits to Peru and Chile this week, Lima said Monday.\n"
         "Soto will pay the visits at the invitation of Presidents Luis Vega and Jorge Silva.\n")


def test_a_visit_to_two_countries_has_no_one_place_and_never_makes_a_host_a_guest(tmp_path) -> None:
    facts = _facts(_TOUR)
    assert (facts.location.city, facts.location.country) == (None, None)
    russian = read_briefing(tmp_path, "ru", _TOUR)
    assert "примет" not in russian and "примут" not in russian


def test_a_press_service_named_by_its_ministrys_possessive_reported_the_news(tmp_path) -> None:
    text = ("ASTANA – Kazakh Foreign Minister Murat Nurtleu met Kyrgyz Foreign Minister Jeenbek Kulubaev on April 18, "
            "reported the Kazakh Foreign Ministry’s press service.\n")
    assert _facts(text).reported_by == "the press service of the Kazakh Foreign Ministry"
    assert "По сообщению пресс-службы Министерства иностранных дел" in read_briefing(tmp_path, "ru", text)


_XINHUA_STYLE = ("BEIJING, Jan. 25 -- Chinese Vice Premier Ding Xuexiang met with Lkhagva Munkhbaatar, vice chairman of "
                 "Mongolia's State Great Hural, in Beijing on Thursday. Munkhbaatar said the ties are a model.\n")


def test_a_mongolian_called_by_the_second_word_alone_is_written_patronymic_first(tmp_path) -> None:
    assert [p.name for p in _facts(_XINHUA_STYLE).participants][1] == "Munkhbaatar Lkhagva"
    assert "Л.Мөнхбаатар" in read_briefing(tmp_path, "mn", _XINHUA_STYLE)


_FIELDS = ("KUALA LUMPUR, Feb 5 -- Malaysia and Chile should enhance trade in sectors like food technology, "
           "semiconductors, green energy, and electric vehicles, said Prime Minister Ana Soto at a forum here today.\n")


def test_new_fields_of_cooperation_are_written_in_each_language_and_the_speakers_verb_is_none(tmp_path) -> None:
    assert "said" not in _facts(_FIELDS).cooperation_areas
    russian = read_briefing(tmp_path, "ru", _FIELDS)
    assert "пищевые технологии" in russian and "электромобили" in russian and "semiconductors" not in russian
    assert "жартылай өткізгіштер өндірісі" in read_briefing(tmp_path, "kk", _FIELDS)


# -- titles and bodies composed in every language ----------------------------------------------------------------------

def test_offices_and_bodies_left_in_english_by_fresh96_compose() -> None:
    from conftest import composed_name

    expected = {
        ("Intelligence Chief", "title"): ("руководитель разведки", "Барлау басшысы", "Тагнуулын дарга"),
        ("Chairman of the Inter-Parliamentary Cooperation Board", "title"): (
            "председатель Комитета по межпарламентскому сотрудничеству",
            "Парламентаралық ынтымақтастық комитетінің төрағасы",
            "Парламент хоорондын хамтын ажиллагааны хорооны дарга"),
        ("Angola's Minister of External Relations", "title"): (
            "министр иностранных дел Анголы", "Ангола Сыртқы істер министрі", "Ангол Улсын Гадаад харилцааны сайд"),
        ("Chairman of the Cabinet of Ministers Kyrgyzstan", "title"): (
            "Председатель Кабинета Министров Кыргызской Республики",
            "Қырғыз Республикасы Министрлер Кабинетінің Төрағасы",
            "Бүгд Найрамдах Киргиз Улсын Сайд нарын танхимын дарга"),
        ("AIFC Center for Green Technology", "institution"): (
            "Центр зеленых технологий Международного финансового центра «Астана»",
            "«Астана» халықаралық қаржы орталығының Жасыл технологиялар орталығы",
            "«Астана» олон улсын санхүүгийн төвийн Ногоон технологийн төв"),
        ("Union of Banks", "institution"): (
            "Союз банков Кыргызстана", "Қырғызстан банктері одағы", "Киргизийн банкуудын холбоо"),
    }
    for (english, kind), forms in expected.items():
        assert tuple(composed_name(english, lang, kind) for lang in ("ru", "kk", "mn")) == forms, english


def test_a_union_minister_of_india_is_still_no_union() -> None:
    from conftest import composed_name

    assert composed_name("Union Minister for Finance", "ru", "title") == "министр финансов"


_ENVOY_RECEIVED = ("Jakarta (ANTARA News) - \"Our parliaments share an important relationship,\" Chairman of the "
                   "Inter-Parliamentary Cooperation Board (BKSAP), Nurhayati Ali Assegaf, stated while receiving Sri "
                   "Lankan Honorary Ambassador to Indonesia, Dharshana Mahendra Parera, at her office on Tuesday.\n")


def test_the_one_an_envoy_accredited_there_meets_is_of_that_country_and_her_board_is_no_international_body(tmp_path) -> None:
    host = _facts(_ENVOY_RECEIVED).participants[0]
    assert (host.name, host.country) == ("Nurhayati Ali Assegaf", "ID")
    assert "председателя Комитета по межпарламентскому сотрудничеству" in read_briefing(tmp_path, "ru", _ENVOY_RECEIVED)


_LED_BY_SPEAKER = ("date 2020-09-17\nBAKU, Azerbaijan, Sept. 17\n\nAzerbaijan's parliamentary delegation led by speaker "
                   "Ana Ruiz will pay an official visit to Estonia on September 21, the Azerbaijani parliament told "
                   "Trend on Sept. 17.\n\nThe delegation includes the MPs and officials of the Azerbaijani parliament.\n")


def test_a_bare_speaker_presides_over_the_one_chamber_of_her_country_the_text_names(tmp_path) -> None:
    assert _facts(_LED_BY_SPEAKER).participants[0].organization == "Azerbaijani parliament"
    assert "Председателя Милли Меджлиса Азербайджана" in read_briefing(tmp_path, "ru", _LED_BY_SPEAKER)


def test_luis_is_a_spanish_given_name_whatever_country_the_text_gives() -> None:
    # Spanish rules (Гиляревский, Старостин, «Иностранные имена и названия в русском тексте»): ll = ль, the u of
    # "Luis" a vowel of its own, never «Луйс»
    from briefing.names.transliteration import transliterate_name

    assert transliterate_name("Luis Lacalle Pou", "ru").text == "Луис Лакалье Поу"
    assert transliterate_name("Luis Vega", "mn").text == "Луис Вега"


# -- what the translators of session 42 found ---------------------------------------------------------------------------

_HER_OFFICE = ("Jakarta (ANTARA News) - \"Our parliaments share an important relationship,\" Chair of the Board "
               "Nurhayati Ali Assegaf stated while receiving Sri Lankan Honorary Ambassador to Indonesia, Luis Perera, "
               "at her office on Tuesday.\n\nMeanwhile, Perera expressed his appreciation for the forum.\n")


def test_a_woman_the_text_tells_by_her_office_keeps_an_undeclined_surname_and_no_honorary_ambassador(tmp_path) -> None:
    people = {p.name: p.gender for p in _facts(_HER_OFFICE).participants}
    assert people == {"Nurhayati Ali Assegaf": "female", "Luis Perera": "male"}
    russian = read_briefing(tmp_path, "ru", _HER_OFFICE)
    assert "Нурхаяти Али Ассегаф" in russian and "Ассегафа" not in russian
    assert "почетн" not in russian.lower() and "послом Шри-Ланки в Индонезии" in russian


def test_an_object_pronoun_tells_no_sex_of_the_sentences_subject() -> None:
    facts = _facts("The President Ivan Mirov invited the Prime Minister of Peru Ana Lopez to pay a state visit to Chile "
                   "at any time convenient for her.\n")
    assert {p.name: p.gender for p in facts.participants + facts.mentioned_people}.get("Ivan Mirov") is None


def test_a_gender_in_the_facts_file_must_be_female_male_or_null() -> None:
    import pytest

    from briefing.models import Facts

    with pytest.raises(ValueError, match=r"participants\[0\]\.gender"):
        Facts.from_dict({"participants": [{"name": "Ana Soto", "gender": "woman"}]})


# -- fresh97 (first contact 0.951): classes fixed -----------------------------------------------------------------------

def test_what_will_be_discussed_and_what_will_be_signed_are_two_clauses_and_a_title_ends_before_will() -> None:
    facts = _facts("date 2021-11-19\nPresident Ana Soto has left for Peru.\n"
                   "It is noted that the issues of the strategic partnership will be discussed and a number of documents "
                   "will be signed.\nEarlier, Foreign Minister Luis Vega spoke about the documents. “During the visit, a "
                   "joint statement on cooperation in the field of information security will be adopted,” he said.\n")
    assert "a number of documents will be signed" in [e.text for e in facts.planned_events]
    assert "joint statement on cooperation in the field of information security" in [d.title for d in facts.documents_referenced]
    assert [q.speaker for q in facts.quotes] == ["Luis Vega"]


def test_a_preposition_opening_a_sentence_is_no_name_and_she_is_the_woman_the_text_told() -> None:
    facts = _facts("Jakarta (ANTARA) - Speaker Puan Maharani met French President Emmanuel Macron during the 2024 Women "
                   "Speakers' Summit in Paris on Thursday (March 7).\n\n"
                   "Maharani affirmed that France is an important partner. Hence, she sought closer ties.\n\n"
                   "\"This is a proud achievement,\" she remarked.\n\n"
                   "President Macron agreed. Through Maharani, he congratulated Indonesians on the election.\n")
    assert "Through Maharani" not in [p.name for p in facts.participants]
    assert {p.name: p.gender for p in facts.participants} == {"Puan Maharani": "female", "Emmanuel Macron": "male"}
    assert [q.speaker for q in facts.quotes] == ["Puan Maharani"]
    assert str(facts.event_date) == "2024-03-07"  # the year of the summit the sentence names


def test_the_one_met_at_a_place_the_sentence_names_is_of_its_country_and_plans_discussed_are_no_future() -> None:
    facts = _facts("date 2021-04-01\nSpeaker Ana Soto began her visit to Peru and Chile, the Assembly said Thursday.\n"
                   "On Wednesday, Soto visited Lima, the capital of Peru, to hold talks with Congress Chairman Luis Vega. "
                   "She also met with President Jorge Silva and discussed plans to expand cooperation.\n"
                   "In Santiago, Soto will hold talks with Senate Speaker Rosa Diaz to discuss ways to expand trade.\n")
    people = {p.name: p.country for p in facts.participants}
    assert people["Luis Vega"] == "PE" and people["Jorge Silva"] == "PE"
    talks = [e for e in facts.planned_events if e.text == "Soto will hold talks with Senate Speaker Rosa Diaz"]
    assert [(e.place, e.country) for e in talks] == [("Santiago", "CL")]  # the town the sentence opens with


def test_a_document_one_legislature_adopted_told_in_reported_speech_is_its_record_and_a_name_is_no_part_of_a_body() -> None:
    facts = _facts("ANTALYA, Oct 9. Vice Speaker of Parliament L.Enkh-Amgalan took part in the meeting of speakers. "
                   "L.Enkh-Amgalan noted that Mongolia’s legislature adopted a policy document on sustainable "
                   "development goals.\n")
    assert not facts.documents_signed
    assert not any("Enkh" in org for org in facts.organizations)


_SPEAKER_ABROAD = ("date 2020-09-17\nBAKU, Azerbaijan, Sept. 17\n\nAzerbaijan's parliamentary delegation led by speaker "
                   "Ana Ruiz will pay an official visit to Russia on September 21, the Azerbaijani parliament told Trend "
                   "on Sept. 17.\n\nThe delegation includes officials of the Azerbaijani parliament.\n\n"
                   "During the visit, Ruiz will meet with Chairperson of the Federation Council of the Federal Assembly "
                   "of Russia Valentina Matviyenko and Chairman of the State Duma of the Federal Assembly of Russia "
                   "Viacheslav Volodin.\n\nRuiz is expected to deliver speech at the plenary session of the Federation "
                   "Council of the Federal Assembly of Russia.\n\nThe visit will end on September 23.\n")


def test_a_speech_at_a_sitting_each_host_of_a_meeting_and_the_day_a_visit_ends(tmp_path) -> None:
    facts = _facts(_SPEAKER_ABROAD)
    assert (str(facts.event_date), str(facts.event_date_end)) == ("2020-09-21", "2020-09-23")
    assert [(e.kind, e.host) for e in facts.planned_events if e.kind in ("meeting", "speech")] == [
        ("meeting", "Valentina Matviyenko"), ("meeting", "Viacheslav Volodin"), ("speech", None)]
    russian = read_briefing(tmp_path, "ru", _SPEAKER_ABROAD)
    assert "на заседании Совета Федерации Федерального Собрания Российской Федерации" in russian
    assert "с Председателем Государственной Думы" in russian
    assert "хуралдаанд үг хэлнэ" in read_briefing(tmp_path, "mn", _SPEAKER_ABROAD)


def test_a_chambers_vice_chairman_is_its_deputy_chairman_and_korean_ministries_by_their_yonhap_names() -> None:
    from conftest import composed_name

    assert composed_name("vice chairman of Mongolia's State Great Hural", "ru", "title") == \
        "заместитель Председателя Великого Государственного Хурала Монголии"
    assert composed_name("South Korea's land ministry", "ru", "institution") == \
        "Министерство земли, инфраструктуры и транспорта Республики Корея"
    assert composed_name("South Korea's industry ministry", "kk", "institution") == \
        "Корея Республикасы Сауда, өнеркәсіп және энергетика министрлігі"


def test_indonesias_house_by_its_letters_and_its_members_compose_and_the_us_house_stays_its_own() -> None:
    from conftest import composed_name

    assert composed_name("House of Representatives (DPR) Speaker", "ru", "title") == \
        "председатель Совета народных представителей"
    assert composed_name("Speaker of the House of Representatives", "ru", "title") == "Председатель Палаты представителей"
    assert composed_name("House member", "mn", "title") == "парламентын гишүүн"


def test_a_korean_family_name_alone_goes_on_as_the_subject_and_a_misspelt_host_is_still_met() -> None:
    facts = _facts("date 2021-04-01\nSpeaker Park Byeong-seug began his visit to Kyrgyzstan and Uzbekistan, the "
                   "National Assembly said Thursday.\n"
                   "In the capital, Bishkek, Park will hold talks with Prime Minister Ulukbek Maripov.\n"
                   "He will also meet with President Sadyr Japarov.\n"
                   "In Tashkent, Park will meet House Speaker Nurdinjon Ismailov and Senate Speaker Tanzila Narbaeva.\n")
    meetings = [(e.who, e.host) for e in facts.planned_events if e.kind in ("meeting", "talks")]
    assert (["Park Byeong-seug"], "Sadyr Japarov") in meetings
    assert (["Park Byeong-seug"], "Tanzila Narbaeva") in meetings
    assert not any("Bishkek" in who for who, _ in meetings)


def test_a_national_assembly_of_tajikistan_or_kyrgyzstan_by_its_own_name() -> None:
    from briefing.compose import compose

    assert compose("National Assembly Chairman", "ru", "title", "TJ") == "Председатель Маджлиси милли"
    assert compose("National Assembly Speaker", "mn", "title", "KG") == "Жогорку Кенешийн дарга"


def test_uzbekistans_house_is_its_legislative_chamber_and_no_other_countrys() -> None:
    from briefing.compose import compose

    assert compose("House Speaker", "ru", "title", "UZ") == "председатель Законодательной палаты"
    assert compose("House Speaker", "ru", "title", "US") is None


def test_a_body_named_in_marks_after_its_kind_is_a_side_and_glavnoe_upravlenie_declines(tmp_path) -> None:
    text = ("BISHKEK, June 17. Documents were signed after the talks.\n\n"
            "The following documents were signed as a result of the meeting:\n\n"
            "- Agreement on Cooperation in quarantine between the Ministry of Health of Kyrgyzstan and the General "
            "Administration of Customs of China;\n\n"
            "- Memorandum of Understanding on news cooperation between the publishing house “Slovo Kyrgyzstana” and "
            "China’s Xinhua News Agency.\n")
    assert _facts(text).documents_signed[-1].parties == ["publishing house “Slovo Kyrgyzstana”", "China’s Xinhua News Agency"]
    russian = read_briefing(tmp_path, "ru", text)
    assert "между издательским домом «Slovo Kyrgyzstana»" in russian
    from briefing.grammar import ru

    assert ru.inflect("Главное таможенное управление Китайской Народной Республики", "ins", "institution") == \
        "Главным таможенным управлением Китайской Народной Республики"


def test_an_indonesians_western_given_name_and_the_old_ch_spelling() -> None:
    # Гиляревский, Старостин, the Indonesian table: the pre-1972 ch is х (Chairul → Хайрул); a Western given name keeps
    # the form the Russian press gives it (Charles → Чарльз, never «Чхарлес», the readers of session 42)
    from briefing.names.transliteration import transliterate_name

    assert transliterate_name("Charles Honoris", "ru", country="ID").text == "Чарльз Хонорис"
    assert transliterate_name("Chairul Tanjung", "ru", country="ID").text == "Хайрул Танджунг"
