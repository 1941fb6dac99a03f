"""Fixes from session 41 (fresh articles of twelve outlets, first contact): short sentences of our own."""

from __future__ import annotations

from conftest import read_briefing


def _facts(text: str):
    from briefing.extract import extract
    from briefing.ingest import parse_article

    return extract(parse_article(text))


# -- event type, date and place ----------------------------------------------------------------------------------------

def test_a_headline_that_announces_a_visit_outweighs_a_call_told_below_it() -> None:
    facts = _facts("date 2024-03-11\nPresident Pavel Orlov announces visit to Kazakhstan from March 24-25\n\n"
                   "Orlov and Tokayev talked by telephone over the weekend\n\n"
                   "President Pavel Orlov will visit Kazakhstan from March 24-25, his office announced on March 10.\n")
    assert (facts.event_type, facts.event_status) == ("visit", "planned")
    assert str(facts.event_date) == "2024-03-24"


def test_a_minister_who_welcomed_a_guest_held_a_meeting() -> None:
    facts = _facts("Foreign Minister of Kyrgyzstan Jeenbek Kulubaev welcomed British Minister of State Anne Marsh on "
                   "April 23. Later the parties signed a memorandum.\n")
    assert facts.event_type == "meeting"


def test_the_hosts_a_guest_called_on_are_participants_and_place_the_meeting_in_their_country() -> None:
    facts = _facts("date 2023-07-07\nNEW DELHI\n\nLok Sabha Speaker Om Birla on July 7 offered help with training. "
                   "Mr. Birla called on President Ukhnaagiin Khurelsukh and the Speaker of the State Great Khural, "
                   "Gombojavyn Zandanshatar.\n")
    assert {p.name for p in facts.participants} >= {"Om Birla", "Ukhnaagiin Khurelsukh", "Gombojavyn Zandanshatar"}
    assert facts.location.country == "MN"


# -- people ------------------------------------------------------------------------------------------------------------

def test_an_office_in_an_opening_phrase_belongs_to_the_one_met_not_to_the_subject() -> None:
    facts = _facts("Lok Sabha Speaker Om Birla arrived in Ulaanbaatar. In his meetings with the Mongolian Prime Minister "
                   "and Speaker, Mr. Birla offered training programmes.\n")
    birla = next(p for p in facts.participants if p.name == "Om Birla")
    assert birla.title == "Lok Sabha Speaker"


def test_a_first_lady_is_named_without_her_office_and_joins_the_trip() -> None:
    facts = _facts("President Pavel Orlov will visit India on May 3. Mr. Orlov and First Lady Anna Orlova will make "
                   "the trip to strengthen ties.\n")
    anna = next(p for p in facts.participants if p.name == "Anna Orlova")
    assert anna.title == "First Lady"


def test_an_office_in_brackets_after_a_name() -> None:
    facts = _facts("Speaker Alen Simonyan received Chair Anna Berg and Maria Lind (Vice-Chair) of the committee.\n")
    people = {p.name: p.title for p in facts.participants + facts.mentioned_people}
    assert people["Maria Lind"] == "Vice-Chair"


# -- documents, quotes and plans of a visit to come ----------------------------------------------------------------------

_VISIT_TO_COME = ("DUSHANBE, 01.06.2022 (NIAT Khovar) – President Emomali Rahmon will pay an official visit to Tashkent. "
                  "The programme of the visit includes the signing of a package of bilateral documents. A conference "
                  "will be held in Tashkent on the topic «The role of partnership in ensuring sustainable development "
                  "in the region.» The heads of state will also exchange views on the regional agenda.\n")


def test_documents_a_visit_programme_includes_are_still_to_be_signed() -> None:
    facts = _facts(_VISIT_TO_COME)
    assert facts.documents_signed == []
    assert [d.title for d in facts.documents_referenced] == ["package of bilateral documents"]


def test_the_title_of_a_conference_in_marks_is_no_quote_and_names_no_area() -> None:
    facts = _facts(_VISIT_TO_COME)
    assert facts.quotes == []
    assert "sustainable development" not in facts.cooperation_areas


def test_what_the_sides_of_a_planned_visit_will_discuss_is_no_plan_of_its_own() -> None:
    facts = _facts(_VISIT_TO_COME)
    texts = [e.text for e in facts.planned_events]
    assert not any("exchange views" in text for text in texts)
    assert any("signing of a package" in text for text in texts)


def test_what_named_ministers_plan_to_discuss_stays_a_plan() -> None:
    facts = _facts("date 2008-11-02\nOSLO, Nov 2 (NTB) - Foreign Minister Jonas Gahr Store will visit Iceland on "
                   "Monday. Store and Gisladottir plan to discuss world affairs.\n")
    assert any(e.kind == "talks" for e in facts.planned_events)


def test_an_announcement_speaks_for_the_institution_that_announced() -> None:
    facts = _facts("President Pavel Orlov will visit India, the White House announced on February 10. He will make the "
                   "trip to \"strengthen the strategic partnership between the two nations,\" the announcement said.\n")
    assert [q.speaker for q in facts.quotes] == ["White House"]
    assert "White House" in facts.organizations


# -- areas and organisations ---------------------------------------------------------------------------------------------

def test_topics_named_before_the_verb_that_says_they_were_discussed() -> None:
    facts = _facts("Speaker Talant Mamytov met Senator Tanzila Narbaeva in Bishkek. The issues of borders and energy "
                   "were discussed at the meeting.\n")
    assert "energy" in facts.cooperation_areas


def test_the_fields_of_activities() -> None:
    facts = _facts("Minister Reza Ardakanian met Minister Ali Allawi in Tehran. They signed a memorandum to provide "
                   "facilities in the field of commercial and economic activities.\n")
    assert "commercial and economic activities" not in facts.cooperation_areas
    assert "economic" in " ".join(facts.cooperation_areas)


def test_a_numbered_assembly_of_a_union_is_an_event_the_union_holds() -> None:
    facts = _facts("Vice Speaker L.Enkh-Amgalan took part in the 139th Assembly of the Inter-Parliamentary Union in "
                   "Geneva. He met Deputy Chairman of the Federation Council Ilyas Umakhanov.\n")
    assert "Inter-Parliamentary Union" in facts.organizations
    assert not any(o.startswith("Assembly") for o in facts.organizations)


def test_a_flight_is_no_organization() -> None:
    facts = _facts("Chairman Andriy Parubiy met Senator Stephen Parry in Kyiv. He recalled the downed Malaysia Airlines "
                   "Flight MH17.\n")
    assert not any("Flight" in o for o in facts.organizations)


# -- sides and bodies of the people ---------------------------------------------------------------------------------------

def test_a_mongolian_name_in_the_mongolian_press_style_is_mongolias() -> None:
    facts = _facts("Vice Speaker of Parliament L.Enkh-Amgalan met Deputy Chairman of the Federation Council Ilyas "
                   "Umakhanov in Geneva to discuss cooperation between Mongolia and Russia.\n")
    vice_speaker = next(p for p in facts.participants if p.name == "L.Enkh-Amgalan")
    assert vice_speaker.country == "MN"


def test_an_office_owned_by_the_short_name_of_a_body_in_marks() -> None:
    facts = _facts("DUSHANBE, 11.05.2023 (NIAT Khovar) – The National News Agency of Tajikistan “Khovar” and the State "
                   "News Agency of Turkmenistan “TDH” signed a memorandum. It was signed by the Khovar’s Director "
                   "Subhiddin Shamsiddinzoda and the Agency’s Chairman Merdan Gazakbaev.\n")
    director = next(p for p in facts.participants if p.name == "Subhiddin Shamsiddinzoda")
    assert (director.title, director.organization, director.country) == \
        ("Director", "National News Agency of Tajikistan “Khovar”", "TJ")
    chairman = next(p for p in facts.participants if p.name == "Merdan Gazakbaev")
    assert chairman.country != "TJ"  # the office of a body named before it is no office of the outlet's side


# -- localized names ------------------------------------------------------------------------------------------------------

_CALLED_ON = ("date 2023-07-07\nNEW DELHI\n\nLok Sabha Speaker Om Birla on July 7 called on the Speaker of the Great "
              "Khural, Gombojavyn Zandanshatar, in Ulaanbaatar. They discussed parliamentary oversight.\n")


def test_the_great_khural_is_the_state_great_khural_in_every_language(tmp_path) -> None:
    assert "Великого Государственного Хурала Монголии" in read_briefing(tmp_path, "ru", _CALLED_ON)
    assert "Great Khural" not in read_briefing(tmp_path, "kk", _CALLED_ON)


def test_parliamentary_oversight_is_a_field_of_its_own(tmp_path) -> None:
    mongolian = read_briefing(tmp_path, "mn", _CALLED_ON)
    assert "парламентын хяналт" in mongolian and "oversight" not in mongolian


def test_the_first_lady_is_named_by_her_office_in_every_language(tmp_path) -> None:
    article = ("President Pavel Orlov will visit India on May 3. Mr. Orlov and First Lady Anna Orlova will make the "
               "trip.\n")
    assert "и первой леди Анны Орловой" in read_briefing(tmp_path, "ru", article)
    assert "First Lady" not in read_briefing(tmp_path, "mn", article)


def test_an_office_of_a_body_known_only_by_its_letters_written_with_a_possessive() -> None:
    from conftest import composed_name

    assert composed_name("TDN’s Chairman", "ru", "title") == composed_name("TDN Chairman", "ru", "title") == "председатель TDN"
    assert composed_name("ADA’s Vice-Rector", "kk", "title") == "ADA проректоры"


# -- the translators' review of session 41 ----------------------------------------------------------------------------------

_SIGNED_IN_TASHKENT = ("Foreign Minister of Uzbekistan Bakhtiyor Saidov received British Foreign Secretary Lord David "
                       "Cameron in Tashkent on April 23. Following the meeting, the parties signed a Declaration on "
                       "Comprehensive Cooperation and a Memorandum of Understanding in the fields of regional and "
                       "international connectivity and infrastructure.\n")


def test_the_sides_of_documents_signed_together_are_named_once_with_between(tmp_path) -> None:
    # a declaration first must not leave the sides in the genitive with nothing to hang on («Узбекистана и … подписаны»)
    assert "Между Узбекистаном и Великобританией подписаны" in read_briefing(tmp_path, "ru", _SIGNED_IN_TASHKENT)
    assert "between Uzbekistan and the United Kingdom" in read_briefing(tmp_path, "en", _SIGNED_IN_TASHKENT)


def test_a_british_style_is_no_part_of_the_name_the_termbase_knows(tmp_path) -> None:
    russian = read_briefing(tmp_path, "ru", _SIGNED_IN_TASHKENT)
    assert "Дэвида Кэмерона" in russian and "Камерон" not in russian and "лорд" not in russian


def test_a_memorandum_on_regional_and_international_connectivity_keeps_its_subject(tmp_path) -> None:
    assert "в областях региональной и международной взаимосвязанности и инфраструктуры" in \
        read_briefing(tmp_path, "ru", _SIGNED_IN_TASHKENT)
    assert "өзара байланыстылық" not in read_briefing(tmp_path, "kk", _SIGNED_IN_TASHKENT)


def test_a_tajik_name_in_zoda_is_given_name_first(tmp_path) -> None:
    article = ("DUSHANBE, 11.05.2023 (NIAT Khovar) – The memorandum was signed by Director Subhiddin Shamsiddinzoda and "
               "Chairman Merdan Oraev.\n")
    assert "Субхиддина Шамсиддинзоды" in read_briefing(tmp_path, "ru", article)


def test_two_guests_who_travel_together_both_visit_in_mongolian(tmp_path) -> None:
    article = ("Russian President Pavel Orlov will visit India on May 3. Mr. Orlov and First Lady Anna Orlova will make "
               "the trip. They will be received by Indian Prime Minister Narendra Modi.\n")
    mongolian = read_briefing(tmp_path, "mn", article)
    assert "нар Энэтхэгт айлчлал хийнэ" in mongolian and "Тэднийг" in mongolian


# -- who told the news ----------------------------------------------------------------------------------------------------

_TOLD_BY_A_PRESS_SERVICE = ("Speaker of the Parliament of Kyrgyzstan Talant Mamytov met with Senator Tanzila Narbaeva. "
                            "Press service of the Parliament reported.\n")


def test_the_press_service_that_told_the_news_is_read_with_its_owner_in_full() -> None:
    facts = _facts(_TOLD_BY_A_PRESS_SERVICE)
    assert facts.reported_by == "the press service of the Parliament of Kyrgyzstan"


def test_an_institution_that_announced_the_news() -> None:
    facts = _facts("President Pavel Orlov will visit India, the White House announced on February 10.\n")
    assert facts.reported_by == "the White House"


def test_the_source_section_names_who_told_the_news_when_no_outlet_is_named(tmp_path) -> None:
    assert "По сообщению пресс-службы Жогорку Кенеша Кыргызстана." in read_briefing(tmp_path, "ru", _TOLD_BY_A_PRESS_SERVICE)
    kazakh = read_briefing(tmp_path, "kk", _TOLD_BY_A_PRESS_SERVICE).replace("‡", "")
    assert "Қырғызстан Жогорку Кеңешінің баспасөз қызметінің хабарлауынша." in kazakh
    assert "хэвлэлийн албанаас мэдээлснээр." in read_briefing(tmp_path, "mn", _TOLD_BY_A_PRESS_SERVICE).replace("‡", "")
    english = read_briefing(tmp_path, "en", _TOLD_BY_A_PRESS_SERVICE)
    assert "According to the press service of the Parliament of Kyrgyzstan." in english
    assert "not stated" not in english.split("Source")[-1]


def test_reviewed_facts_keep_who_told_the_news() -> None:
    from briefing.models import Facts

    facts = _facts(_TOLD_BY_A_PRESS_SERVICE)
    assert Facts.from_json(facts.to_json()).reported_by == facts.reported_by


def test_the_field_of_one_memorandum_among_many_documents_is_that_memorandums(tmp_path) -> None:
    article = ("DUSHANBE, 11.05.2023 (NIAT Khovar) – The National News Agency of Tajikistan “Khovar” and the State News "
               "Agency of Turkmenistan “TDH” signed a Memorandum of Understanding. The MoU was signed to strengthen "
               "cooperation in the field of information exchange. In all, 23 new cooperation documents were signed "
               "during the visit.\n")
    assert "Меморандум охватывает сотрудничество в сфере обмена информацией." in read_briefing(tmp_path, "ru", article)
    assert "The memorandum covers cooperation in information exchange." in read_briefing(tmp_path, "en", article)
    assert "Санамж бичиг" in read_briefing(tmp_path, "mn", article)


def test_an_office_owned_by_a_misprint_of_a_named_agencys_letters() -> None:
    facts = _facts("DUSHANBE, 11.05.2023 (NIAT Khovar) – The National News Agency of Tajikistan “Khovar” and the State "
                   "News Agency of Turkmenistan “TDH” signed a memorandum. It was signed by TDN’s Chairman Merdan "
                   "Gazakbaev.\n")
    chairman = next(p for p in facts.participants if p.name == "Merdan Gazakbaev")
    assert (chairman.title, chairman.organization, chairman.country) == \
        ("Chairman", "State News Agency of Turkmenistan “TDH”", "TM")


def test_the_ministry_that_told_the_news_is_named_with_its_ministers_country() -> None:
    facts = _facts("Minister of Foreign Affairs of Uzbekistan Bakhtiyor Saidov welcomed British Foreign Secretary David "
                   "Cameron on April 23, the press service of the Ministry of Foreign Affairs (MFA) reported.\n")
    assert facts.reported_by == "the press service of the Ministry of Foreign Affairs of Uzbekistan"


def test_a_memorandum_of_understanding_keeps_its_name_beside_its_field(tmp_path) -> None:
    article = ("DUSHANBE, 11.05.2023 (NIAT Khovar) – The National News Agency of Tajikistan “Khovar” and the State News "
               "Agency of Turkmenistan “TDH” signed a Memorandum of Understanding. The MoU was signed to strengthen "
               "cooperation in the field of information exchange.\n")
    russian = read_briefing(tmp_path, "ru", article)
    assert "еморандум о взаимопонимании в области обмена информацией" in russian
    assert "о сотрудничестве в области обмена" not in russian


_THREE_MEETINGS = ("Vice Speaker of Parliament L.Enkh-Amgalan took part in the 139th Assembly of the Inter-Parliamentary "
                   "Union in Geneva. On the sidelines, L.Enkh-Amgalan held meetings with Vice Chairman of the NPC Standing "
                   "Committee Wang Chen. During the assembly, L.Enkh-Amgalan held a meeting with Deputy Chairman of the "
                   "Federation Council Ilyas Umakhanov. L.Enkh-Amgalan also met with IPU President Gabriela Cuevas to "
                   "discuss cooperation between Mongolia and the IPU.\n")


def test_meetings_held_apart_are_told_as_meetings_not_one_meeting_of_all(tmp_path) -> None:
    assert "состоялись встречи заместителя" in read_briefing(tmp_path, "ru", _THREE_MEETINGS)
    assert "held separate meetings with" in read_briefing(tmp_path, "en", _THREE_MEETINGS)
    assert "жеке-жеке кездесті" in read_briefing(tmp_path, "kk", _THREE_MEETINGS)
    assert "нартай тус тус уулзав" in read_briefing(tmp_path, "mn", _THREE_MEETINGS).replace("‡", "")


def test_one_meeting_of_three_stays_one_meeting(tmp_path) -> None:
    article = ("Speaker Yerlan Koshanov met with Ambassador Kazuya Ogawa and Senator Anna Berg in Astana on "
               "March 3, 2025.\n")
    russian = read_briefing(tmp_path, "ru", article)
    assert "состоялась встреча" in russian and "встречи" not in russian.split("Участники")[0]


# -- fresh95 (ten more outlets) ----------------------------------------------------------------------------------------------

def test_a_spokeswoman_who_announces_a_visit_takes_no_part_in_it() -> None:
    facts = _facts("date 2023-08-29\nPresident Pavel Orlov will pay a visit to Vietnam from September 10-11, revealed "
                   "spokeswoman of the Ministry of Foreign Affairs Pham Thu Hang on August 29.\n")
    assert "Pham Thu Hang" not in [p.name for p in facts.participants]


def test_the_namesake_of_a_shrine_and_a_jubilee_are_no_participants() -> None:
    facts = _facts("Senate Chairman Muhammad Sadiq Sanjrani on Tuesday visited the shrine of Sheikh Abdul Qadir Jilani "
                   "in Baghdad. He invited the Speaker to the upcoming Golden Jubilee celebrations of the Senate.\n")
    assert [p.name for p in facts.participants] == ["Muhammad Sadiq Sanjrani"]
    assert "Golden Jubilee" not in [p.name for p in facts.mentioned_people]


def test_words_a_page_prints_twice_are_one_quote() -> None:
    quote = "“We believe that the visits will further deepen the relationship in all fields,” she noted.\n"
    facts = _facts("Spokeswoman Anna Berg said President Pavel Orlov will visit Hanoi.\n" + quote + quote)
    assert len(facts.quotes) == 1


def test_an_assistant_to_a_speaker_holds_that_office() -> None:
    facts = _facts("ABU DHABI, 29th January, 2026 (WAM) -- Saqr Ghobash, Speaker of the Federal National Council, today "
                   "received Suhair Al Ali, Assistant to the Speaker of the Senate of Jordan.\n")
    guest = next(p for p in facts.participants if p.name == "Suhair Al Ali")
    assert guest.title == "Assistant to the Speaker of the Senate of Jordan"


def test_those_a_visit_under_way_is_set_to_meet_take_part_in_it() -> None:
    facts = _facts("date 2018-09-06\nSkopje, 6 September 2018 (MIA) - NATO Secretary-General Jens Stoltenberg and "
                   "Luxembourg Foreign Minister Jean Asselborn are paying a visit to Macedonia on Thursday.\n\nStoltenberg "
                   "is set to meet with President Gjorge Ivanov and Prime Minister Zoran Zaev.\n\nFM Asselborn is set to "
                   "meet with Macedonian counterpart Nikola Dimitrov.\n")
    assert facts.event_status == "in progress"
    people = {p.name: p.title for p in facts.participants}
    assert {"Gjorge Ivanov", "Zoran Zaev", "Nikola Dimitrov"} <= set(people)
    assert people["Nikola Dimitrov"] == "Foreign Minister"  # the counterpart of the one named again beside him


def test_those_a_visit_under_way_will_meet_next_week_are_not_met_yet() -> None:
    facts = _facts("date 2018-09-06\nSkopje, 6 September 2018 (MIA) - NATO Secretary-General Jens Stoltenberg is paying "
                   "a visit to Macedonia on Thursday.\n\nNext week he is set to meet with President Gjorge Ivanov in "
                   "Brussels.\n")
    assert "Gjorge Ivanov" not in [p.name for p in facts.participants]


def test_she_who_quotes_after_a_spokeswoman_announced_the_visit_is_the_spokeswoman() -> None:
    facts = _facts("date 2023-08-29\nPresident Pavel Orlov will pay a visit to Vietnam, revealed spokeswoman of the "
                   "Ministry of Foreign Affairs Pham Thu Hang on August 29. The visit is made at the invitation of General "
                   "Secretary Nguyen Phu Trong, she said.\n“We believe that the visit will further deepen the "
                   "relationship in all fields,” she noted.\n")
    assert [q.speaker for q in facts.quotes] == ["Pham Thu Hang"]


def test_an_agreement_the_opening_names_by_its_kind_is_the_one_named_in_full_below() -> None:
    facts = _facts("Japan, US sign framework agreement on space cooperation\n\nThe Japanese and US governments have signed "
                   "an agreement aiming for swift cooperation in space.\n\nForeign Minister Hayashi Yoshimasa and Secretary "
                   "of State Antony Blinken signed the \"Framework Agreement between Japan and the United States of America "
                   "for Cooperation in the Exploration and Use of Outer Space\" in Washington.\n")
    assert [d.title for d in facts.documents_signed] == [
        "Framework Agreement between Japan and the United States of America for Cooperation in the Exploration and Use "
        "of Outer Space"]


def test_an_agreement_over_its_subject_keeps_it_but_not_a_weekend() -> None:
    signed = _facts("Dimitrov and Asselborn met in Skopje. They signed a bilateral agreement over exchange and mutual "
                    "protection of classified information.\n").documents_signed
    assert [d.title for d in signed] == ["bilateral agreement over exchange and mutual protection of classified information"]
    weekend = _facts("Dimitrov and Asselborn met in Skopje. They signed an agreement over the weekend.\n").documents_signed
    assert [d.title for d in weekend] == ["agreement"]


def test_the_one_whose_invitation_a_planned_visit_answers_receives_the_guest() -> None:
    facts = _facts("date 2023-08-29\nPresident Pavel Orlov will pay a visit to Vietnam from September 10-11, revealed "
                   "spokeswoman Pham Thu Hang on August 29. The visit is made at the invitation of General Secretary "
                   "Nguyen Phu Trong, she said.\n")
    assert [p.name for p in facts.participants] == ["Pavel Orlov", "Nguyen Phu Trong"]


def test_an_international_official_who_comes_with_the_guests_is_a_guest_too(tmp_path) -> None:
    article = ("date 2018-09-06\nSkopje, 6 September 2018 (MIA) - NATO Secretary-General Jens Stoltenberg and Luxembourg "
               "Foreign Minister Jean Asselborn are paying a visit to Macedonia on Thursday.\n\nNATO's Stoltenberg is set to "
               "meet with President Gjorge Ivanov and Prime Minister Zoran Zaev.\n\nFM Asselborn is set to meet with "
               "Macedonian counterpart Nikola Dimitrov.\n")
    russian = read_briefing(tmp_path, "ru", article).replace("‡", "")
    assert "визит Генерального секретаря НАТО Йенса Столтенберга и министра иностранных дел Люксембурга Жана Ассельборна" \
        in russian


def test_macedonian_and_albanian_names_of_north_macedonia_by_the_serbo_croatian_table() -> None:
    from briefing.names import transliterate_name

    assert transliterate_name("Hristijan Mickoski", "ru", country="MK").text == "Християн Мицкоски"
    assert transliterate_name("Bujar Osmani", "ru", country="MK").text == "Буяр Османи"
    assert transliterate_name("Arben Xhaferi", "ru", country="MK").text == "Арбен Джафери"


def test_a_size_or_a_scheme_of_a_field_is_no_part_of_its_name() -> None:
    facts = _facts("Speaker Gombojav Zandanshatar received Deputy Chairman Alexey Gordeyev. Gordeyev expressed willingness "
                   "to cooperate with Mongolia in the major infrastructure, railroad, and energy projects.\n")
    assert facts.cooperation_areas[:3] == ["infrastructure", "railroad", "energy"]
