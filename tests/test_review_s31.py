"""Session 31: what the fresh81 and fresh82 articles showed. Short synthetic sentences and articles."""

from __future__ import annotations

import pytest


def _facts(text: str):
    from briefing.extract import extract
    from briefing.ingest import parse_article

    return extract(parse_article(text))


# -- documents referenced ---------------------------------------------------------------------------------------------

def test_an_agreement_concluded_between_the_two_sides_years_ago_is_referenced() -> None:
    facts = _facts("RABAT, May 3 (MAP) – The director gave a lecture in Rabat in the context of the agreement "
                   "concluded between the two sides in Muscat in 2019.\n")
    assert not facts.documents_signed
    assert [(d.type, d.status) for d in facts.documents_referenced] == [("agreement", "signed earlier")]


@pytest.mark.parametrize("talks", ["talks relating to the", "talks on the", "negotiations regarding the"])
def test_a_named_agreement_still_in_talks_is_to_be_concluded(talks: str) -> None:
    facts = _facts(f"ISLAMABAD, May 3 (APP) – The minister stressed the need for early conclusion of {talks} "
                   "TTA (Transit Trade Agreement).\n")
    assert not facts.documents_signed
    assert [(d.title, d.status) for d in facts.documents_referenced] == [("TTA (Transit Trade Agreement)", "to be concluded")]


def test_talks_on_an_unnamed_agreement_name_no_document() -> None:
    facts = _facts("ASTANA, May 3 (Kazinform) – The two presidents held talks on the agreement.\n")
    assert not facts.documents_signed and not facts.documents_referenced


# -- areas ------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("written", "label"), [
    ("transport", "transport"), ("transport and logistics", "transport and logistics"), ("logistics", "logistics"),
    ("transit", "transit"), ("railways", "transport"),
])
def test_each_transport_field_keeps_the_words_the_text_used(written: str, label: str) -> None:
    from briefing.vocabulary import COOPERATION_AREAS, match_term

    term = match_term(written, COOPERATION_AREAS)
    assert term is not None and term.label == label


def test_an_agreement_concluded_in_an_earlier_year_named_in_other_words_is_referenced() -> None:
    facts = _facts("date 2020-02-05\nRABAT (ONA) – The museums signed a memorandum on Tuesday. The director spoke of the "
                   "agreement concluded between the two sides in Muscat in Year 2019.\n")
    assert [d.type for d in facts.documents_signed] == ["memorandum"]
    assert [(d.type, d.status) for d in facts.documents_referenced] == [("agreement", "signed earlier")]


def test_a_name_that_opens_with_two_countries_gives_the_sides() -> None:
    facts = _facts("ISLAMABAD, May 3 (APP) – The minister urged early talks on the APTTA (Afghanistan-Pakistan "
                   "Transit Trade Agreement).\n")
    document = facts.documents_referenced[0]
    assert document.title == "APTTA (Afghanistan-Pakistan Transit Trade Agreement)"
    assert document.parties == ["Afghanistan", "Pakistan"]


@pytest.mark.parametrize(("lang", "rendered"), [
    ("ru", "соглашение между Афганистаном и Пакистаном в области транзитной торговли (APTTA)"),
    ("kk", "Ауғанстан мен Пәкістан арасындағы транзиттік сауда саласындағы келісім (APTTA)"),
    ("en", "APTTA (Afghanistan-Pakistan Transit Trade Agreement)"),
])
def test_a_short_name_in_brackets_stays_beside_the_rendered_title(lang: str, rendered: str) -> None:
    from briefing.models import SignedDocument

    title = "APTTA (Afghanistan-Pakistan Transit Trade Agreement)"
    assert _localizer(lang).document_title(SignedDocument("agreement", title)).text == rendered


# -- people -----------------------------------------------------------------------------------------------------------

def _people(facts) -> dict[str, tuple[bool, str | None, str | None]]:
    """name → (participant?, title, organisation)"""
    return {**{p.name: (False, p.title, p.organization) for p in facts.mentioned_people},
            **{p.name: (True, p.title, p.organization) for p in facts.participants}}


def test_the_attendees_listed_after_the_meeting_take_part_with_their_party_and_short_office() -> None:
    facts = _facts("SEOUL, Sept. 21 (Yonhap) -- Lawmakers of Korea and the EU met on Tuesday. Among the attendees at the "
                   "meeting were ruling Unity Party Rep. Kim Min-su and opposition Green Party Rep. Choi Ji-woo.\n")
    people = _people(facts)
    assert people["Kim Min-su"] == (True, "Rep.", "Unity Party")
    assert people["Choi Ji-woo"] == (True, "Rep.", "Green Party")
    assert not any("Rep" in name for name in facts.organizations)


def test_a_regnal_number_is_part_of_the_name() -> None:
    facts = _facts("ACCRA, March 7, GNA – President Tom Borg will meet with Otumfuo Osei Tutu II in Kumasi on Friday. "
                   "King Charles III sent greetings.\n")
    names = {p.name for p in [*facts.participants, *facts.mentioned_people]}
    assert {"Otumfuo Osei Tutu II", "Charles III"} <= names


def test_who_would_meet_the_visitor_on_arrival_takes_part_in_the_planned_visit() -> None:
    facts = _facts("ACCRA, March 7, GNA – The President of Malta, Tom Borg, will arrive in Ghana on Thursday for a state "
                   "visit.\n\nOn arrival, he would be met by Vice President Kofi Mensah at the airport’s Jubilee Lounge.\n")
    people = _people(facts)
    assert people["Kofi Mensah"][0] is True
    assert "Jubilee Lounge" not in people


def test_meetings_held_earlier_in_a_visit_under_way_are_part_of_it() -> None:
    facts = _facts("CARACAS, Jun 17 (PL) – Cuba's Deputy Prime Minister Ramon Diaz is carrying out a work agenda as part of "
                   "his visit to Venezuela.\n\nOn Thursday, Diaz met Minister of Petroleum Luis Mora.\n\nPreviously, the "
                   "Deputy PM held meetings with the Venezuelan head of Health, Carlos Pena.\n")
    assert _people(facts)["Carlos Pena"][0] is True


def test_a_meeting_held_earlier_is_another_occasion_when_no_visit_is_under_way() -> None:
    facts = _facts("CARACAS, Jun 17 (PL) – Cuba's Deputy Prime Minister Ramon Diaz met Minister of Petroleum Luis Mora on "
                   "Thursday.\n\nPreviously, the Deputy PM held meetings with the Venezuelan head of Health, Carlos Pena.\n")
    assert _people(facts)["Carlos Pena"][0] is False


# -- documents named with their other side, or itemised after a count ---------------------------------------------------

def test_a_memorandum_with_another_country_signed_in_an_earlier_year_is_referenced() -> None:
    facts = _facts("date 2020-02-10\nVIENNA, Feb 10 (AGERPRES) – Romania is committed to implementing the Memorandum of "
                   "Understanding with the U.S. Concerning Civil Nuclear Cooperation (NCMOU), signed in September 2019, "
                   "the minister said at a meeting with the US Secretary of Energy.\n")
    assert facts.event_type == "meeting"  # nothing is signed at this event
    assert not facts.documents_signed
    document = facts.documents_referenced[0]
    assert document.title == "Memorandum of Understanding with the U.S. Concerning Civil Nuclear Cooperation (NCMOU)"
    assert (document.status, document.parties) == ("signed earlier", ["United States"])


def test_documents_a_later_sentence_names_one_by_one_are_listed_once() -> None:
    facts = _facts("JAKARTA, May 3 (ANTARA) – Indonesia and China signed four documents on Tuesday. The documents include "
                   "the Action Plan on Science, the Plan to establish a Joint Research Center, MoU on Film Cooperation and "
                   "MoU on Youth Cooperation.\n")
    assert [d.title for d in facts.documents_signed] == ["Action Plan on Science", "Plan to establish a Joint Research Center",
                                                         "MoU on Film Cooperation", "MoU on Youth Cooperation"]


def test_a_capitalised_plan_to_do_something_is_a_title_not_an_intention() -> None:
    facts = _facts("JAKARTA, May 3 (ANTARA) – Indonesia and China signed three documents on Tuesday. The three documents "
                   "are Action Plan on Science, Plan to establish a Joint Research Center and MoU on Film Cooperation.\n")
    assert [(d.title, d.status) for d in facts.documents_signed][-1] == ("MoU on Film Cooperation", None)
    assert not facts.documents_referenced


# -- places, sides and institutions -------------------------------------------------------------------------------------

def test_a_visit_the_lead_says_the_guest_will_arrive_for_is_in_the_host_country() -> None:
    facts = _facts("date 2024-03-07\nLONDON, March 7 (Reuters) – The President of Malta will arrive in Ghana on "
                   "Thursday evening for a three-day state visit.\n")
    assert facts.location.country == "GH"


def test_a_national_agency_files_from_a_town_of_its_own_country() -> None:
    facts = _facts("date 2017-11-28\nSurakarta (ANTARA News) - The governments of Indonesia and China signed six "
                   "documents here on Tuesday.\n")
    assert (facts.location.city, facts.location.country) == ("Surakarta", "ID")


def test_three_sides_joined_by_as_well_as_are_three_parties() -> None:
    facts = _facts("KYIV, Feb 4 (AZERTAC) – The Diplomatic Academy of Azerbaijan and the Diplomatic Academy of Ukraine, as "
                   "well as the Moldova's National Diplomatic Institute within the Ministry of Foreign Affairs and "
                   "European Integration have signed a memorandum of cooperation.\n")
    assert facts.documents_signed[0].parties == ["Diplomatic Academy of Azerbaijan", "Diplomatic Academy of Ukraine",
                                                 "Moldova's National Diplomatic Institute"]


def test_an_office_owned_by_the_acronym_of_its_body_is_the_office() -> None:
    facts = _facts("BAKU, Feb 4 (AZERTAC) – The Diplomatic Academy of Azerbaijan (ADA) signed a memorandum with the "
                   "Diplomatic Academy of Ukraine.\n\nSpeaking at the meeting, Ali Guliyev, ADA’s Vice-Rector, "
                   "highlighted the importance of cooperation.\n")
    person = next(p for p in facts.participants if p.name == "Ali Guliyev")
    assert (person.title, person.organization) == ("Vice-Rector", "Diplomatic Academy of Azerbaijan")


@pytest.mark.parametrize(("lang", "rendered"), [
    ("ru", "Дипломатическая академия при Министерстве иностранных дел Азербайджанской Республики"),
    ("kk", "Әзербайжан Республикасы Сыртқы істер министрлігі жанындағы Дипломатиялық академия"),
    ("mn", "Бүгд Найрамдах Азербайжан Улсын Гадаад хэргийн яамны харьяа Дипломат академи"),
])
def test_a_body_under_its_own_countrys_ministry_names_the_country_once(lang: str, rendered: str) -> None:
    assert _localizer(lang).institution(
        "Azerbaijan Diplomatic Academy (ADA) under the Ministry of Foreign Affairs of Azerbaijan").text == rendered


def _localizer(lang: str):
    from briefing.catalogs import load_catalog
    from briefing.localize import Localizer, PendingTranslations, labels_for
    from briefing.pipeline import required_messages
    from briefing.resources import default_locales_dir, default_templates_dir
    from briefing.termbase import Termbase
    from briefing.translate import KeepSourceTranslator

    pending = PendingTranslations()
    labels = labels_for(lang, load_catalog(default_locales_dir(), lang), pending,
                        required_messages(default_templates_dir(), lang))
    return Localizer(lang, labels, Termbase.load(default_locales_dir() / "termbase.csv"), KeepSourceTranslator(),
                     pending, lexicon_path=default_locales_dir() / "offices.csv")


def test_a_vice_rector_is_named_with_the_academy_in_the_lead(tmp_path) -> None:
    from conftest import briefing_text

    text = briefing_text(tmp_path, "date 2019-02-04\nKYIV, Feb 4 (AZERTAC) – The Azerbaijan Diplomatic Academy (ADA) "
                         "under the Ministry of Foreign Affairs of Azerbaijan and the Diplomatic Academy of Ukraine have "
                         "signed a memorandum of cooperation.\n\nSpeaking at the ceremony, Ali Guliyev, ADA’s "
                         "Vice-Rector, highlighted the importance of cooperation.\n", "ru").replace("‡", "")
    assert "проректора Дипломатической академии при Министерстве иностранных дел Азербайджанской Республики" in text
    assert "Vice-Rector" not in text


@pytest.mark.parametrize(("written", "lang", "native"), [
    ("public private partnership", "ru", "государственно-частное партнёрство"),
    ("public-private partnership", "kk", "мемлекеттік-жекешелік әріптестік"),
    ("public-private partnership", "mn", "төр, хувийн хэвшлийн түншлэл"),
])
def test_public_private_partnership_is_one_field(written: str, lang: str, native: str) -> None:
    assert _localizer(lang).area(written).text == native


def test_among_others_ends_a_list_of_fields() -> None:
    facts = _facts("CARACAS, Jun 17 (PL) – The sides promote programs in health, education, sports, among others, for "
                   "the revival of their economies.\n")
    assert facts.cooperation_areas == ["health", "education", "sports"]


@pytest.mark.parametrize(("lang", "name", "written"), [
    ("ru", "Otumfuo Osei Tutu II", "Отумфуо Осей Туту II"), ("kk", "Otumfuo Osei Tutu II", "II Отумфуо Осей Туту"),
    ("mn", "Otumfuo Osei Tutu II", "II Отумфуо Осей Туту"), ("ru", "Charles III", "Карл III"),
])
def test_a_regnal_number_stays_a_roman_numeral(lang: str, name: str, written: str) -> None:
    from briefing.names import transliterate_name

    assert transliterate_name(name, lang).text == written


def test_a_minister_without_a_country_heads_the_one_ministry_of_his_portfolio_the_text_names() -> None:
    facts = _facts("VIENNA, Feb 10 (AGERPRES) – Acting Foreign Affairs Minister Ion Popescu met US Secretary of Energy "
                   "John Smith on the sidelines of a conference in Vienna, according to a release of Romania's Foreign "
                   "Affairs Ministry.\n")
    assert {p.name: p.country for p in facts.participants}["Ion Popescu"] == "RO"


# -- the readers of review s31: people, titles and outlets -------------------------------------------------------------

def test_a_compound_given_name_shortened_to_its_first_part_is_the_same_person() -> None:
    facts = _facts("ULAANBAATAR /MONTSAME/ Minister of Foreign Affairs N.Enkhtaivan held a phone call with Minister of "
                   "Foreign Affairs of Canada Jean-Pierre Lafleur today.\n\nMinister Jean Lafleur thanked Mongolia.\n")
    names = [p.name for p in [*facts.participants, *facts.mentioned_people]]
    assert names.count("Jean-Pierre Lafleur") == 1 and "Jean Lafleur" not in names


def test_amir_is_a_given_name_where_no_emir_is_about() -> None:
    facts = _facts("TBILISI, Sept 3 (Agenda.ge) – Amir Levi, the Speaker of the Knesset, arrived in Georgia.\n")
    assert [p.name for p in facts.participants] == ["Amir Levi"]


def test_the_emirs_style_stays_a_title_in_a_kuwaiti_text() -> None:
    facts = _facts("KUWAIT, May 3 (KUNA) – His Highness the Amir Sheikh Mishal Al-Ahmad received the Speaker. Amir "
                   "Mishal thanked him.\n")
    assert [p.name for p in facts.participants] == ["Mishal Al-Ahmad"]


@pytest.mark.parametrize(("sentence", "name", "title"), [
    ("Meanwhile, Research Minister Prof Budi Santoso said the reactor is new.", "Budi Santoso", "Research Minister"),
    ("Arif Mammadov, the Head of the Friendship Group welcoming the official at the airport, spoke.", "Arif Mammadov",
     "Head of the Friendship Group"),
    ("The delegation was led by first deputy akim (governor) of the region Nurlan Abenov.", "Nurlan Abenov",
     "first deputy akim of the region"),
])
def test_what_runs_into_an_office_is_no_part_of_it(sentence: str, name: str, title: str) -> None:
    facts = _facts(f"JAKARTA, May 3 (ANTARA) - The sides met on Tuesday. {sentence}\n")
    people = {p.name: p.title for p in [*facts.participants, *facts.mentioned_people]}
    assert people[name] == title


def test_the_outlet_a_ministry_sent_its_release_to_is_the_source() -> None:
    facts = _facts("date 2020-02-10\nRomania is committed to the partnership, the minister said at the meeting with the "
                   "US Secretary of Energy, according to a Foreign Affairs Ministry release sent to AGERPRES.\n")
    assert facts.source_agency == "Agerpres"


def test_the_outlets_own_line_above_the_text_is_its_dateline() -> None:
    facts = _facts("date 2023-09-03\nKnesset Speaker visits Georgia\n\nAgenda.ge, 03 Sep 2023 - 14:00, Tbilisi,Georgia\n\n"
                   "Amir Levi, the Speaker of the Knesset, on Sunday arrived in Georgia on an official visit.\n")
    assert facts.source_agency == "Agenda.ge"
    assert (facts.location.city, facts.location.country) == ("Tbilisi", "GE")


def test_whom_a_home_official_met_abroad_is_of_the_host_country() -> None:
    facts = _facts("Caracas, Jun 17 (Prensa Latina) Cuba's Deputy Prime Minister Ramon Diaz is carrying out a work "
                   "agenda as part of his visit to Venezuela.\n\nOn Thursday, Diaz held a meeting with the Minister of "
                   "Petroleum, Luis Mora.\n")
    assert {p.name: p.country for p in facts.participants}["Luis Mora"] == "VE"


# -- the readers of review s31: how the briefings read -------------------------------------------------------------------

@pytest.mark.parametrize(("name", "country", "lang", "written"), [
    ("Mahamudu Bawumia", "GH", "ru", "Махамуду Бавумия"),
    ("François-Philippe Champagne", "CA", "ru", "Франсуа-Филипп Шампань"),
])
def test_names_as_the_russian_press_writes_them(name: str, country: str, lang: str, written: str) -> None:
    from briefing.names import transliterate_name

    assert transliterate_name(name, lang, country=country).text == written


@pytest.mark.parametrize(("cyrillic", "origin", "press"), [
    ("Жорж Уильям Велла", "en", "Ж.Велла"), ("Режеп Тайип Эрдоган", "tr", "Р.Т.Эрдоган"),
    ("Мария Кастильо Фернандес", "es", "М.Кастильо Фернандес"), ("Хуан Карлос Варела", "es", "Х.Варела"),
])
def test_the_mongolian_press_keeps_one_initial_of_a_western_name(cyrillic: str, origin: str, press: str) -> None:
    from briefing.names.press import mongolian_press_form

    assert mongolian_press_form(cyrillic, origin) == press


def test_two_lawmakers_of_one_side_meet_the_guests_together(tmp_path) -> None:
    from conftest import briefing_text

    text = briefing_text(tmp_path, "date 2022-09-21\nSEOUL, Sept. 21 (Yonhap) -- Lawmakers of Korea and the EU met on "
                         "Tuesday. Among the attendees at the meeting were ruling Unity Party Rep. Kim Min-su and "
                         "opposition Green Party Rep. Choi Ji-woo, EU lawmaker Hans Gruber and EU Ambassador to South "
                         "Korea Anna Berg.\n", "ru").replace("‡", "")
    # the office they share said once (the translators' review of fresh83)
    assert "встреча депутатов Национального собрания Республики Корея Ким Мин Су и Чхве Чжи У с Хансом Грубером и " \
           "послом ЕС" in text


def test_a_planned_visit_names_its_guest_and_hosts_whoever_has_no_country(tmp_path) -> None:
    from conftest import briefing_text

    text = briefing_text(tmp_path, "date 2024-03-07\nAccra, March 7, GNA – The President of Malta, Tom Borg, will arrive in "
                         "Ghana on Thursday for a state visit.\n\nOn Friday, President Borg will hold a bilateral meeting "
                         "with President Kofi Mensah.\n\nPresident Borg is also set to meet with Otumfuo Osei Tutu II "
                         "in Kumasi.\n\nPresident Borg will visit the HopeXchange Medical Centre in Kumasi.\n",
                         "ru").replace("‡", "")
    assert "состоится визит Президента Мальты Тома Борга в Гану. В ходе визита Тома Борга примут" in text
    # Mensah: a final h after a is silent in a Ghanaian name
    assert "Запланирована встреча Президента Мальты Тома Борга с Президентом Ганы Кофи Менсой" in text
    assert text.count("Запланирован визит") == 0  # the centre's visit, its name left out, would tell nothing more
    assert text.count("Запланирован государственный визит") == 1
    assert "Подписание документов не упоминается." in text


def test_chinas_vice_prime_minister_sits_in_the_state_council() -> None:
    assert _localizer("ru").title("Chinese Vice Prime Minister", "CN").text == "вице-премьер Государственного совета"


def test_the_leader_of_a_delegation_the_lead_says_will_visit_takes_part_though_a_quote_names_him() -> None:
    facts = _facts("DUSHANBE, Oct 19 (Asia-Plus) – Uzbek parliamentary delegation is expected to pay a visit to Tajikistan "
                   "next month.\n\n“Uzbek parliamentary delegation, led by the head of the Senate Committee on Defense, "
                   "Alisher Karimov, will arrive in Dushanbe in mid-November,” member of parliament Davron Saidov told "
                   "Asia-Plus.\n\nTajik parliamentarians will pay the return visit at the end of this year, Saidov "
                   "added.\n")
    assert "Alisher Karimov" in [p.name for p in facts.participants]
    assert facts.planned_events[-1].who == ["Tajik parliamentarians"]  # the country's people, never Saidov


@pytest.mark.parametrize(("lang", "rendered"), [
    ("ru", "Дипломатическая академия Украины имени Геннадия Удовенко"),
    ("kk", "Геннадий Удовенко атындағы Украинаның Дипломатиялық академиясы"),
    ("mn", "Геннадий Удовенкогийн нэрэмжит Украин Улсын Дипломат академи"),
])
def test_a_body_named_after_a_person_says_so_in_each_language(lang: str, rendered: str) -> None:
    localized = _localizer(lang).institution("Hennadii Udovenko Diplomatic Academy of Ukraine")
    assert (localized.text, localized.mark) == (rendered, "review")


def test_a_body_named_after_its_country_is_no_persons() -> None:
    assert _localizer("ru").institution("Azerbaijan Diplomatic Academy").text == "Дипломатическая академия Азербайджана"


def test_a_visit_the_guest_is_carrying_out_is_in_progress() -> None:
    facts = _facts("Caracas, Jun 17 (Prensa Latina) Cuba's Deputy Prime Minister Ramon Diaz is carrying out an intense work "
                   "agenda as part of his visit to Venezuela.\n")
    assert (facts.event_type, facts.event_status) == ("visit", "in progress")


def test_two_signers_each_with_an_office_before_the_name_both_signed() -> None:
    facts = _facts("date 2020-07-13\nADDIS ABABA (ENA) – The Government of Ethiopia and the UN Economic Commission for Africa "
                   "signed an agreement.\n\nMinister of Foreign Affairs, Abebe Kebede and Executive Secretary of the ECA, "
                   "Dr. Vera Mensah signed the agreement on Thursday in Addis Ababa.\n")
    assert facts.documents_signed[0].signatories == ["Abebe Kebede", "Vera Mensah"]


@pytest.mark.parametrize(("lang", "title", "rendered"), [
    ("kk", "First Deputy Akim of East Kazakhstan Region", "Шығыс Қазақстан облысы әкімінің бірінші орынбасары"),
    ("mn", "Akim of North Kazakhstan Region", "Хойд Казахстан мужийн Засаг дарга"),
    ("ru", "first deputy akim of the region", "первый заместитель акима области"),
])
def test_a_kazakh_regions_officials(lang: str, title: str, rendered: str) -> None:
    assert _localizer(lang).title(title, "KZ").text == rendered


def test_the_tajik_lower_house_glossed_in_brackets_is_still_the_body_of_its_chairman() -> None:
    facts = _facts("DUSHANBE, Jan 26 (Khovar) – Chairman of the Majlisi Namoyandagon (Tajikistan’s lower chamber of "
                   "parliament) Rustam Karimov met the Ambassador of Mongolia.\n")
    person = next(p for p in facts.participants if p.name == "Rustam Karimov")
    assert (person.title, person.organization) == ("Chairman of the Majlisi Namoyandagon", "Majlisi Namoyandagon")


def test_relations_with_a_region_are_part_of_the_bodys_name() -> None:
    facts = _facts("SEOUL, Sept. 21 (Yonhap) -- Members of the European Parliament's Delegation for Relations with the "
                   "Korean Peninsula took part. Kazakhstan has good relations with the EU.\n")
    assert "European Parliament's Delegation for Relations with the Korean Peninsula" in facts.organizations
