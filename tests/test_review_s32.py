"""Session 32: planned events the earlier batches missed, and what the fresh83 articles showed. Short synthetic
sentences and articles."""

from __future__ import annotations

import pytest


def _facts(text: str):
    from briefing.extract import extract
    from briefing.ingest import parse_article

    return extract(parse_article(text))


def _planned(sentence: str, date: str = "2025-05-03"):
    return _facts(f"date {date}\nASTANA, May 3 (Kazinform) – The Speaker met the Ambassador. {sentence}\n").planned_events


# -- planned events ---------------------------------------------------------------------------------------------------

def test_a_dated_stay_in_a_named_country_is_a_visit() -> None:
    [event] = _planned("Led by Aliya Sultanova, Speaker of the Chamber, the delegation will be in Georgia from "
                       "May 19 to 20, as announced by the press service.")
    assert (event.kind, event.country, event.when) == ("visit", "GE", "2025-05-19/2025-05-20")
    assert event.who == ["Aliya Sultanova"]  # who leads the delegation, not "the delegation"
    assert event.text == "the delegation will be in Georgia from May 19 to 20"  # without who announced it


def test_being_in_a_country_without_a_date_is_no_plan() -> None:
    assert not _planned("The delegation will be in good hands.")


@pytest.mark.parametrize("verb", ["would be met", "will be welcomed", "will be greeted"])
def test_whoever_meets_the_guest_on_arrival_hosts_a_meeting(verb: str) -> None:
    [event] = _planned(f"On arrival, the guest {verb} by Vice President Omar Tadesse at the airport.")
    assert (event.kind, event.host) == ("meeting", "Omar Tadesse")


def test_laying_a_wreath_is_a_wreath_laying_ceremony() -> None:
    [event] = _planned("The guest will lay a wreath at the Monument to the Defenders on May 5.")
    assert (event.kind, event.when) == ("wreath-laying", "2025-05-05")


def test_a_speech_at_a_named_meeting_is_a_plan() -> None:
    [event] = _planned("The Speaker will also deliver a speech at the Meeting of Parliament Speakers on June 8.")
    assert event.when == "2025-06-08"


def test_a_body_that_will_gather_holds_a_session() -> None:
    [event] = _planned("The minister welcomed the work of the Working Group on Energy, which will gather in Riga in June.")
    assert (event.kind, event.objects, event.place, event.who) == ("session", ["Working Group on Energy"], "Riga", [])


def test_a_visit_expected_in_a_month_is_planned() -> None:
    [event] = _planned("The visit of the President of Kyrgyzstan to Azerbaijan is expected in September.")
    assert (event.kind, event.country, event.when) == ("visit", "AZ", "2025-09")
    assert event.who == ["the President of Kyrgyzstan"]


def test_a_result_expected_in_a_month_is_no_plan() -> None:
    assert not _planned("Growth of trade is expected in September.")


def test_a_press_releases_reported_future_dated_ahead_is_a_plan() -> None:
    [event] = _planned("The Speaker was expected to lead a delegation to Benin on 12 May.")
    assert (event.kind, event.country, event.when) == ("visit", "BJ", "2025-05-12")


def test_what_was_expected_before_the_article_is_no_plan() -> None:
    assert not _planned("The Speaker was expected to lead a delegation to Benin on 12 April.")


def test_a_visit_told_again_without_where_it_goes_is_the_same_visit() -> None:
    events = _facts("date 2025-07-03\nYEREVAN, July 3 (Armenpress) – The Chairman of the National Assembly, Aram Petrosyan, "
                    "will pay an official visit to Minsk in mid-July. \"The chairman's visit will take place in mid-July,\" "
                    "the press service said.\n").planned_events
    assert [(e.kind, e.place, e.when) for e in events] == [("visit", "Minsk", "2025-07")]


def test_a_journey_to_the_town_of_a_city_goes_to_that_city() -> None:
    [event] = _planned("On May 6 the delegation will travel to the town of Shymkent.")
    assert (event.kind, event.place) == ("visit", "Shymkent")


# -- names with dotted abbreviations ------------------------------------------------------------------------------------

def test_a_body_named_after_a_dotted_country_abbreviation_is_one_name() -> None:
    facts = _facts("ASTANA, May 3 (Kazinform) – The Ministry of Culture and the U.S. Commission for the Care of "
                   "Monuments Abroad signed a memorandum. Head of the US Commission for the Care of Monuments Abroad "
                   "John Miller met the minister.\n")
    assert facts.organizations == ["Ministry of Culture", "U.S. Commission for the Care of Monuments Abroad"]
    assert [p.name for p in facts.participants] == ["John Miller"]  # "Abroad" ends the body, it starts no name
    assert facts.documents_signed[0].parties == ["Ministry of Culture", "U.S. Commission for the Care of Monuments Abroad"]


def test_the_sides_of_a_memorandum_go_on_over_a_dotted_abbreviation() -> None:
    facts = _facts("ASTANA, May 3 (Kazinform) – They signed a Memorandum of understanding between the Ministry of "
                   "Culture and the U.S. Commission for the Care of Monuments on the care of cultural values.\n")
    [document] = facts.documents_signed
    assert document.title.endswith("U.S. Commission for the Care of Monuments on the care of cultural values")


def test_a_memorandum_on_mutual_understanding_is_the_memorandum_of_understanding_told_again() -> None:
    facts = _facts("ASTANA, May 3 (Kazinform) – The Ministry of Culture and the Heritage Fund signed a memorandum on "
                   "mutual understanding. After the talks they signed a Memorandum of understanding between the "
                   "Ministry of Culture and the Heritage Fund on the care of monuments.\n")
    assert len(facts.documents_signed) == 1


# -- quote speakers ---------------------------------------------------------------------------------------------------

def test_the_speaker_is_the_one_participant_who_chairs_a_parliament() -> None:
    facts = _facts("YEREVAN, July 3 (Armenpress) – Chairman of the National Assembly of Armenia Aram Petrosyan met "
                   "Ambassador Ivan Sokolov. The speaker also spoke in favour of \"closer ties on international "
                   "platforms.\"\n")
    assert [q.speaker for q in facts.quotes] == ["Aram Petrosyan"]


def test_the_speaker_is_nobody_when_two_participants_chair_a_parliament() -> None:
    facts = _facts("YEREVAN, July 3 (Armenpress) – Chairman of the National Assembly of Armenia Aram Petrosyan met "
                   "Chairman of the Senate of Poland Jan Nowak. The speaker spoke in favour of \"closer ties on "
                   "international platforms.\"\n")
    assert [q.speaker for q in facts.quotes] == [None]


# -- people -----------------------------------------------------------------------------------------------------------

def test_a_plural_office_before_two_names_gives_each_the_office() -> None:
    facts = _facts("date 2024-10-27\nISLAMABAD: The Pakistani delegation, which included Senators Ali Raza and "
                   "Bilal Khan, met the Chief of the Kazakh Election Commission, Nurlan Abdirov.\n")
    assert [(p.name, p.title, p.country) for p in facts.participants][:2] == [("Ali Raza", "Senator", "PK"),
                                                                             ("Bilal Khan", "Senator", "PK")]


def test_who_leads_a_countrys_delegation_abroad_is_of_that_country_and_the_event_is_abroad() -> None:
    facts = _facts("date 2024-10-27\nISLAMABAD: Chairman of the Senate Standing Committee on Defence, Senator Omar "
                   "Farooq, led a Pakistani delegation to Kazakhstan as observers for the elections.\n")
    [farooq] = facts.participants
    assert (farooq.title, farooq.country) == ("Chairman of the Senate Standing Committee on Defence", "PK")
    assert (facts.location.city, facts.location.country) == (None, "KZ")


@pytest.mark.parametrize("styled", ["H.E. Eng. Ahmed Saleh", "H.E.Eng. Ahmed Saleh", "Eng. Ahmed Saleh"])
def test_the_engineer_style_before_a_name_is_no_part_of_the_office(styled: str) -> None:
    facts = _facts(f"date 2020-01-07\nDUBAI, Jan. 7 (WAM) - Ambassador of Kazakhstan Arman Bekov met with Director "
                   f"General of the UAE Federal Transport Authority {styled}.\n")
    saleh = facts.participants[-1]
    assert (saleh.name, saleh.title) == ("Ahmed Saleh", "Director General of the UAE Federal Transport Authority")
    assert facts.organizations == ["UAE Federal Transport Authority"]


def test_names_with_an_apostrophe_after_one_capital_and_with_portuguese_particles_are_whole() -> None:
    facts = _facts("date 2019-07-29\nMAPUTO, July 29 (ANI) - Defence Minister Rajan Mehta met his counterpart "
                   "Jaime Salvador M'bumba and Prime Minister Carlos Alberto do Nascimento.\n")
    assert [p.name for p in facts.participants] == ["Rajan Mehta", "Jaime Salvador M'bumba", "Carlos Alberto do Nascimento"]


def test_coast_guards_in_a_delegation_list_are_no_person() -> None:
    facts = _facts("date 2019-07-29\nMAPUTO, July 29 (ANI) - Defence Minister Rajan Mehta met his counterpart Jaime "
                   "Tembe. The Minister is accompanied by a delegation including the Defence Secretary, DG, Coast Guards "
                   "and senior officials.\n")
    assert "Coast Guards" not in [p.name for p in facts.participants]


# -- documents and the event ------------------------------------------------------------------------------------------

def test_an_agreement_that_may_be_signed_is_no_signing() -> None:
    facts = _facts("date 2020-01-07\nBAKU, Jan. 7 (Trend) - Kazakhstan and the UAE may sign an agreement on cooperation "
                   "in the field of road transport. The ambassador met the director general. The possibility of signing an agreement "
                   "between the governments was noted.\n")
    assert facts.event_type == "meeting" and not facts.documents_signed
    [agreement] = facts.documents_referenced
    assert (agreement.title, agreement.status) == ("agreement on cooperation in the field of road transport",
                                                 "to be signed")


def test_ways_to_enhance_partnership_are_no_area() -> None:
    facts = _facts("date 2020-01-07\nBAKU, Jan. 7 (Trend) - The parties considered cooperation in road transport and "
                   "discussed ways to enhance partnership.\n")
    assert "ways" not in facts.cooperation_areas


def test_the_items_counted_memoranda_include_are_memoranda() -> None:
    facts = _facts("date 2019-07-29\nMAPUTO, July 29 (ANI) - India and Mozambique on Monday signed two Memoranda of "
                   "Understanding here. The two MoUs include an agreement on sharing maritime data and another on "
                   "co-operation in hydrography.\n")
    assert [d.type for d in facts.documents_signed] == ["memorandum", "memorandum"]


def test_an_agreement_signed_on_a_weekday_by_two_ministers_is_between_their_countries() -> None:
    facts = _facts("date 2014-01-11\nLIMA, Jan. 11 (ANDINA) - Peru and Colombia have agreed to share embassies abroad. "
                   "The agreement was signed Friday by Peruvian Foreign Minister Eda Rojas and her Colombian counterpart "
                   "Maria Lopez, on the sidelines of a meeting in Mexico City.\n")
    [agreement] = facts.documents_signed
    assert agreement.signatories == ["Eda Rojas", "Maria Lopez"] and agreement.parties == ["Peru", "Colombia"]
    assert str(facts.event_date) == "2014-01-10"  # the Friday before the dateline's Saturday


@pytest.mark.parametrize("title", ["free trade agreement", "visa waiver agreement", "shared embassy agreement"])
def test_the_words_before_an_agreement_that_name_it_stay_in_its_title(title: str) -> None:
    facts = _facts(f"date 2014-01-11\nLIMA, Jan. 11 (ANDINA) - Peru and Colombia signed a {title}.\n")
    assert [d.title for d in facts.documents_signed] == [title]


def test_a_photo_caption_above_the_dateline_is_no_lead() -> None:
    facts = _facts("date 2014-01-11\nPeru, Colombia sign agreement\n\nThe ministers pose for a photo during a meeting "
                   "in Mexico City. Photo: ANDINA\n\n10:05 | Lima, Jan. 11 (ANDINA).\n\nPeru and Colombia signed an "
                   "agreement on shared embassies in Lima on Friday.\n")
    assert facts.event_type == "signing" and facts.location.city == "Lima"


def test_a_caption_place_in_the_photo_does_not_hide_the_office_after_the_name() -> None:
    facts = _facts("date 2018-02-07\nLi Wei (R), chairman of the Standing Committee of the National Assembly, meets with "
                   "B. Bat-Erdene in Beijing, Feb. 6, 2018. (Xinhua/Wang Ye)\n")
    assert facts.participants[0].title == "chairman of the Standing Committee of the National Assembly"


def test_a_meeting_at_a_countrys_parliament_is_in_that_country_and_its_speaker_sits_there() -> None:
    facts = _facts("date 2024-12-02\nThe High Commissioner of India to Sri Lanka, Mr. Arun Kumar, met with the newly "
                   "elected Speaker of Parliament, Hon. Dr. Nimal Perera, recently at the Parliament of Sri Lanka.\n")
    assert facts.location.country == "LK"
    kumar, perera = facts.participants
    assert (kumar.country, kumar.organization) == ("IN", None)  # an envoy is not the parliament he visits
    assert (perera.country, perera.organization) == ("LK", "Parliament of Sri Lanka")


def test_a_joint_committee_meeting_told_again_with_its_days_is_one_plan() -> None:
    events = _planned("The ministers will co-chair the upcoming Iran-Russia Joint Economic Committee meeting. The 15th "
                      "Iran-Russia Joint Economic Committee meeting is due to be held during June 16-18, in Tehran.")
    [meeting] = events
    assert (meeting.kind, meeting.objects, meeting.place, meeting.when) == (
        "meeting", ["Iran-Russia Joint Economic Committee"], "Tehran", "2025-06-16/2025-06-18")


def test_what_was_agreed_for_others_to_hold_is_planned() -> None:
    [talks] = _planned("It was also agreed for the businessmen of the two countries to hold B2B talks in June in order "
                       "to explore new markets.")
    assert talks.kind == "talks" and not talks.text.endswith("markets")


def test_an_accepted_partial_date_scores_as_right(tmp_path) -> None:
    import json

    from briefing.evaluate import evaluate_corpus

    (tmp_path / "articles").mkdir()
    (tmp_path / "expected").mkdir()
    (tmp_path / "articles" / "a.txt").write_text("OSIJEK, April 5 (Hina) - Croatia and Hungary today signed an "
                                                 "agreement on minorities.\n")
    (tmp_path / "expected" / "a.json").write_text(json.dumps({"event_date": "1995-04-05", "accept": {
        "event_date_partial": ["--04-05"]}}))
    assert evaluate_corpus(tmp_path).articles[0].scores["date"].tp == 1


# -- names in Russian -------------------------------------------------------------------------------------------------

def test_a_womans_given_name_wins_over_a_foreign_surname_in_ин() -> None:
    from briefing.grammar import ru

    assert ru.inflect("Мария Анхела Ольгин", "gen", "person") == "Марии Анхелы Ольгин"
    assert ru.inflect("Илья Ильин", "gen", "person") == "Ильи Ильина"  # a man's name in -я still declines as his
    assert ru.inflect("Мария Ивановна Петрова", "gen", "person") == "Марии Ивановны Петровой"


@pytest.mark.parametrize(("written", "russian"), [("Irfan Siddiqui", "Ирфан Сиддики"), ("Tariq Siddique", "Тарик Сиддик")])
def test_the_south_asian_qu_is_a_k(written: str, russian: str) -> None:
    from briefing.names.transliteration import transliterate_name

    assert transliterate_name(written, "ru", country="PK").text == russian


# -- the translators' review of fresh83 -----------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "genitive"), [("Ара Баблоян", "Ары Баблояна"), ("Реза Ардаканиан", "Резы Ардаканиана")])
def test_a_mans_name_in_а_keeps_his_surname_declined(name: str, genitive: str) -> None:
    from briefing.grammar import ru

    assert ru.inflect(name, "gen", "person") == genitive


def test_a_plan_announced_without_a_day_takes_no_date_from_the_dateline() -> None:
    facts = _facts("YEREVAN, July 3. /TASS/. Speaker Aram Petrosyan will pay an official visit to Moscow in mid-July, the "
                   "press service reported on Monday.\n")
    assert facts.event_status == "planned" and facts.event_date is None and facts.event_date_partial is None


def test_a_plan_for_a_weekday_of_the_dateline_keeps_the_dateline_day() -> None:
    facts = _facts("Accra, March 7, GNA – The President of Malta, George Vella, will arrive in Ghana on Thursday evening "
                   "for a three-day state visit.\n")
    assert facts.event_date_partial == "--03-07"


def test_two_ministers_each_of_his_country_both_signed_in_the_city_the_text_calls_one() -> None:
    facts = _facts("date 1995-04-05\nOSIJEK, April 5 (Hina) - Croatia and Hungary today signed an agreement.\n"
                   "The agreement was signed in the eastern Croatian city of\nOsijek by foreign ministers Mate Granic of "
                   "Croatia and Laszlo Kovac\nof Hungary.\n")
    assert [(p.name, p.title, p.country) for p in facts.participants] == [
        ("Mate Granic", "foreign minister", "HR"), ("Laszlo Kovac", "foreign minister", "HU")]
    assert facts.documents_signed[0].signatories == ["Mate Granic", "Laszlo Kovac"]
    assert (facts.location.city, facts.location.country) == ("Osijek", "HR")


def test_sri_lanka_is_a_state_written_with_в() -> None:
    from briefing.grammar.ru import euphony

    assert euphony("посол в Шри-Ланке и на Кубе") == "посол в Шри-Ланке и на Кубе"
    assert euphony("посол в Кубе") == "посол на Кубе"


def test_another_countrys_central_election_commission_is_no_general_election_committee_in_mongolian(tmp_path) -> None:
    from conftest import briefing_text

    text = ("date 2024-10-27\nTASHKENT, Oct. 27 (UzA) - Chairman of the Central Election Commission of Uzbekistan "
            "Zayniddin Nizamkhodjaev met Senator Ali Raza of Pakistan.\n")
    mongolian = briefing_text(tmp_path, text, "mn")
    assert "Төв сонгуулийн комисс" in mongolian and "Сонгуулийн ерөнхий хороо" not in mongolian


def test_hydrography_is_an_area_in_every_language(tmp_path) -> None:
    from briefing.vocabulary import COOPERATION_AREAS, match_term

    term = match_term("Hydrography", COOPERATION_AREAS)
    assert term is not None and term.key == "hydrography"


def test_one_also_present_attends_and_is_no_side_of_the_meeting(tmp_path) -> None:
    from conftest import briefing_text

    text = ("date 2024-12-02\nCOLOMBO, Dec 2 (News.lk) - The High Commissioner of India to Sri Lanka, Mr. Arun Kumar, "
            "met with the newly elected Speaker of Parliament, Hon. Dr. Nimal Perera, at the Parliament of Sri Lanka. "
            "Also present at this meeting was the Secretary General of the Parliament of Sri Lanka, Mrs. Kamala Silva.\n")
    assert [p.present for p in _facts(text).participants] == [False, False, True]
    russian = briefing_text(tmp_path, text, "ru").replace("‡", "")
    assert "с Председателем Парламента Шри-Ланки Нималом Перерой." in russian
    assert "На встрече присутствовала Генеральный секретарь Парламента Шри-Ланки Камала Силва." in russian
    assert "Also present was Kamala Silva" in briefing_text(tmp_path, text, "en").replace("‡", "")


def test_facts_saved_with_present_read_back() -> None:
    from briefing.models import Facts

    facts = _facts("date 2024-12-02\nCOLOMBO, Dec 2 (News.lk) - Mr. Arun Kumar met Dr. Nimal Perera. Also present was "
                   "Mrs. Kamala Silva.\n")
    again = Facts.from_json(facts.to_json())
    assert [p.present for p in again.participants] == [p.present for p in facts.participants] == [False, False, True]


def test_the_documents_properties_are_in_the_briefings_language(tmp_path) -> None:
    import docx
    from conftest import briefings_by_language

    documents = briefings_by_language(tmp_path, "date 2025-05-03\nASTANA, May 3 (Kazinform) - Speaker Yerlan Koshanov "
                                                "met Ambassador Ivan Petrov.\n", "2025-05-04")
    properties = documents["kk"].core_properties
    assert (properties.category, properties.comments) == ("Анықтама", "Машиналық аударма қолданылмаған.")
    assert documents["ru"].core_properties.category == "Справка"
    assert isinstance(documents["en"], docx.document.Document)


def test_a_fragment_is_noted_in_kazakh_not_said(tmp_path) -> None:
    from conftest import briefing_text

    text = ('date 2017-07-03\nYEREVAN, July 3 (Armenpress) - Speaker Aram Petrosyan met Ambassador Ivan Sokolov. '
            'Petrosyan stressed "the importance of the allied relations". "We will work together," Petrosyan said.\n')
    kazakh = briefing_text(tmp_path, text, "kk")
    assert "атап өтті:" in kazakh and "былай деді:" in kazakh


@pytest.mark.parametrize(("lang", "together"), [
    # the delegation, senators named before the one they met, met him with its leader (session 37)
    ("ru", "встреча сенаторов Пакистана Омара Фарука, Али Разы и Билала Хана с "),
    ("kk", "Пәкістан сенаторлары Омар Фарук, Али Раза және Билал Хан "),
    ("mn", "Пакистан Улсын сенатор О.Фарук, А.Раза, "),  # the office once, then the names and «нар»
])
def test_people_of_one_office_are_named_after_it_once(tmp_path, lang: str, together: str) -> None:
    from conftest import briefing_text

    text = ("date 2024-10-27\nISLAMABAD: Senator Omar Farooq led a Pakistani delegation to Kazakhstan. The delegation, "
            "which included Senators Ali Raza and Bilal Khan, met the Chief of the Kazakh Election Commission, Nurlan "
            "Abdirov.\n")
    assert together in briefing_text(tmp_path, text, lang).replace("‡", "")


def test_the_plural_of_a_kazakh_izafet_head_goes_before_its_possessive() -> None:
    from briefing.grammar.kk import plural_possessive

    assert plural_possessive("Пәкістан сенаторы") == "Пәкістан сенаторлары"
    assert plural_possessive("Сенат депутаты") == "Сенат депутаттары"
    assert plural_possessive("Сыртқы істер министрі") == "Сыртқы істер министрлері"
    assert plural_possessive("елші") == "елшілер"


@pytest.mark.parametrize(("lang", "ceremony"), [("ru", "церемония подписания соглашения"),
                                                ("kk", "келісімге қол қою рәсімі"),
                                                ("mn", "хэлэлцээрт гарын үсэг зурах ёслол")])
def test_a_ceremony_of_one_document_names_its_kind(tmp_path, lang: str, ceremony: str) -> None:
    from conftest import briefing_text

    text = ("date 2025-04-05\nOSIJEK, April 5 (Hina) - Croatia and Hungary today signed an agreement on minorities. "
            "It was signed by foreign ministers Mate Granic of Croatia and Laszlo Kovac of Hungary.\n")
    assert ceremony in briefing_text(tmp_path, text, lang)


def test_the_consonant_before_a_russian_surname_suffix_keeps_its_stems_harmony() -> None:
    from briefing.names.transliteration import transliterate_name

    assert transliterate_name("Madiyar Menilbekov", "kk", country="KZ").text == "Мадияр Менілбеков"
    assert transliterate_name("Yerlan Koshanov", "kk", country="KZ").text == "Ерлан Қошанов"


def test_a_spanish_womans_second_given_name_is_no_surname_in_mongolian() -> None:
    from briefing.names.press import mongolian_press_form

    assert mongolian_press_form("Мария Анхела Ольгин", "es") == "М.Ольгин"


def test_a_federal_authority_is_composed_not_left_in_english() -> None:
    from conftest import composed_name

    assert composed_name("Federal Transport Authority", "ru", "institution") == "Федеральное управление транспорта"
    assert "федералдық басқармасы" in composed_name("Federal Transport Authority", "kk", "institution")


# -- fresh84 ----------------------------------------------------------------------------------------------------------

def test_a_headline_plan_to_sign_during_a_visit_is_a_planned_visit_with_its_visitor() -> None:
    facts = _facts("date 2019-01-16\nPresident to sign six MoUs in Colombo today\n\nSri Lanka and Vietnam will sign six "
                   "MoUs during President Anura’s visit in Hanoi today.\n\nThe President will meet his counterpart "
                   "Nguyen Van Minh.\n")
    assert (facts.event_type, facts.event_status) == ("visit", "planned")
    assert "the visitor of the visit the lead tells of" in facts.participants[0].why


def test_the_subject_after_an_opening_with_phrase_is_no_apposition_of_the_name_in_it() -> None:
    facts = _facts("date 2019-04-15\nTEHRAN, Apr. 14 (MNA) – Senator Marco Bellini met the governor. In a meeting with "
                   "the Governor of the central Iranian Isfahan Province Abbas Karimi, the Italian MP said that ties grew. "
                   "The Italian official was previously in Tehran where he met Foreign Minister Ali Hosseini. Bellini "
                   "entered Isfahan on Monday morning.\n")
    karimi = next(p for p in facts.participants if p.name == "Abbas Karimi")
    assert karimi.title == "Governor of the central Iranian Isfahan Province"
    assert [p.name for p in facts.mentioned_people] == ["Ali Hosseini"]  # met at the trip's earlier stop
    assert facts.location.city == "Isfahan"


def test_a_signer_named_after_an_office_and_and_keeps_his_name_and_a_bodys_seat_places_nothing() -> None:
    facts = _facts("date 2018-10-14\nThe first MoU was signed by Ahmed bin Salim al Harthi, Minister of Environment and "
                   "Climate Affairs and Lee Wei Ming, Singapore’s Minister of the Environment. The second MoU was signed by "
                   "Bruce Tan, CEO of Institute of Technical Education (ITE) in Singapore.\n")
    assert [(p.name, p.title) for p in facts.participants][:2] == [
        ("Ahmed bin Salim al Harthi", "Minister of Environment and Climate Affairs"),
        ("Lee Wei Ming", "Singapore’s Minister of the Environment")]
    assert facts.location.city is None  # the institute's seat is no place of the signing


def test_a_speaker_who_reiterated_a_quote_and_palestine_is_a_country() -> None:
    facts = _facts("date 2020-01-10\nMAPUTO, Jan 10 (AIM) - Mozambique and Palestine signed a memorandum. Foreign Minister "
                   "Jose Mendes reiterated “our government prioritises partnerships with tangible benefits”.\n")
    assert [q.speaker for q in facts.quotes] == ["Jose Mendes"]
    assert facts.countries == ["MZ", "PS"] and "Palestine" not in facts.organizations


def test_a_parliamentary_delegation_that_visits_a_country_goes_there() -> None:
    facts = _facts("date 2015-01-19\nBaku. 19 January. REPORT.AZ/ Delegation headed by the chairman of the Milli Mejlis "
                   "of Azerbaijan Oktay Asadov on January 20 visits Turkey to attend the session.\n")
    assert facts.location.country == "TR"
    assert facts.countries == ["AZ", "TR"]  # the Milli Mejlis is Azerbaijan's, never Turkmenistan's Mejlis


def test_an_apostolic_nuncio_is_the_holy_sees_envoy_and_monsignor_is_a_style() -> None:
    from conftest import composed_name

    facts = _facts("date 2019-02-09\nLIMA, Feb. 9 (ANDINA) - Foreign Minister Luis Ramos met the Apostolic Nuncio to Peru "
                   "Monsignor Paolo Rossi.\n")
    rossi = facts.participants[-1]
    assert (rossi.name, rossi.title, rossi.country) == ("Paolo Rossi", "Apostolic Nuncio to Peru", "VA")
    assert composed_name("Apostolic Nuncio to Peru", "ru", "title") == "апостольский нунций в Перу"


def test_a_signing_only_the_headline_tells_is_read_from_it() -> None:
    facts = _facts("date 2017-06-16\nUkraine, US sign Memorandum on cooperation between parliaments\n\nThe ceremony took "
                   "place during a meeting of leaders in the building of the US Congress. “It is an important document,\" "
                   "Speaker Ivan Petrenko told reporters following the signing of the document.\n")
    [memorandum] = facts.documents_signed
    assert memorandum.title == "Memorandum on cooperation between parliaments"
    assert memorandum.parties == ["Ukraine", "United States"]


def test_palestine_and_the_holy_see_by_the_names_diplomacy_uses(tmp_path) -> None:
    from conftest import briefings_by_language

    text = ("date 2019-02-09\nLIMA, Feb. 9 (ANDINA) - Foreign Minister Luis Ramos met the Apostolic Nuncio to Peru Monsignor "
            "Paolo Rossi and Palestine's ambassador Omar Haddad.\n")
    russian = briefings_by_language(tmp_path, text, "2019-02-10")["ru"]
    sentences = " ".join(p.text for p in russian.paragraphs).replace("‡", "")
    cells = " ".join(cell.text for table in russian.tables for row in table.rows for cell in row.cells)
    assert "апостольским нунцием в Перу Паоло Росси и послом Палестины" in sentences  # no «Ватикана» before the envoy
    assert "Святой Престол" in cells and "Палестинские территории" not in sentences + cells


def test_engineer_is_a_style_before_a_name() -> None:
    facts = _facts("date 2017-04-20\nANKARA - Speaker Ali Demir welcomed Saudi Arabia's ambassador to Ankara Engineer "
                   "Waleed bin Saad Al-Harbi in his office.\n")
    harbi = facts.participants[-1]
    assert (harbi.name, harbi.title) == ("Waleed bin Saad Al-Harbi", "Saudi Arabia's ambassador to Ankara")


@pytest.mark.parametrize(("name", "genitive"), [("О Хён Чжу", "О Хён Чжу"), ("Мун Чжэ Ин", "Мун Чжэ Ина")])
def test_a_name_of_syllables_declines_only_its_last_one(name: str, genitive: str) -> None:
    from briefing.grammar import ru

    assert ru.inflect(name, "gen", "person") == genitive
