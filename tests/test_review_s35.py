"""Session 35: what the fresh87 articles showed at first contact. Short synthetic sentences."""

from __future__ import annotations

import pytest


def _facts(text: str):
    from briefing.extract import extract
    from briefing.ingest import parse_article

    return extract(parse_article(text))


def _areas(text: str) -> list[str]:
    return _facts("SUVA, May 3 (FBC) - " + text).cooperation_areas


def _people(facts) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.title, p.country) for p in facts.participants + facts.mentioned_people}


# -- areas ------------------------------------------------------------------------------------------------------------

def test_a_long_list_after_a_broad_range_of_issues_including_split_by_semicolons() -> None:
    areas = _areas("The memorandum encompasses a broad range of issues including: trade and investment; education "
                   "and youth; labour mobility; immigration; commerce, retail and taxation; health; climate change, "
                   "environment and energy; and livestock development.")
    assert areas == ["trade", "investment", "education", "youth", "labour mobility", "immigration", "commerce",
                     "retail", "taxation", "health", "climate change", "environment", "energy", "livestock development"]


def test_cooperation_on_the_fronts_of_a_list() -> None:
    assert _areas("The sides spoke of cooperation on the political, trade-economic and cultural-humanitarian fronts.") \
        == ["political", "trade-economic", "cultural-humanitarian"]


def test_the_last_field_after_its_noun_without_its_issues() -> None:
    assert _areas("They sought solutions regarding the banking sector, as well as energy issues.") == ["banking", "energy"]


def test_a_participle_after_a_list_opens_a_clause_and_drinking_water_keeps_its_word() -> None:
    assert _areas("The ministers signed four agreements in the fields of industry, tourism and energy, aimed at "
                  "closer ties.") == ["industry", "tourism", "energy"]
    assert _areas("They launched projects in various sectors, including health, drinking water and housing.") == \
        ["health", "drinking water", "housing"]


def test_a_public_relations_department_names_no_field() -> None:
    assert _areas("The speaker met the envoy, the parliament’s communication and public relations department said.") \
        == []


# -- documents --------------------------------------------------------------------------------------------------------

_FIJI = ("NEW YORK, Sept 24 (FBC) - The Prime Minister of Fiji, Commodore Josaia Tui met in New York today with the "
         "Prime Minister of Vanuatu Moana Kalo to sign a Memorandum of Understanding on development cooperation.\n\n"
         "The memorandum of understanding on cooperation which was signed today covers trade and health.\n\n"
         "“Fiji and Vanuatu share aspirations, and agreements such as the one we have signed today help us”, said "
         "Prime Minister Tui.\n")


def test_the_first_side_stands_in_an_opening_before_a_comma() -> None:
    assert _facts(_FIJI).documents_signed[0].parties == ["Fiji", "Vanuatu"]


def test_a_memorandum_told_again_without_its_field_and_a_class_of_agreements_are_no_new_documents() -> None:
    assert [d.title for d in _facts(_FIJI).documents_signed] == [
        "Memorandum of Understanding on development cooperation"]


def test_a_military_rank_before_a_name_is_no_part_of_it() -> None:
    assert "Josaia Tui" in _people(_facts(_FIJI))


@pytest.mark.parametrize(("demonym", "code"), [("Bissau-Guinean", "GW"), ("Ni-Vanuatu", "VU"), ("Samoan", "WS")])
def test_demonyms_of_small_states(demonym: str, code: str) -> None:
    from briefing.extract.lexicon import country_code

    assert country_code(demonym) == code


# -- quotes -----------------------------------------------------------------------------------------------------------

_MINISTRY = ('OSLO, May 3 (NTB) - The deputy ministers met on Friday. The diplomats "discussed the agenda of the coming '
             'session," the Norwegian Foreign Ministry said. They "considered a number of bilateral issues," it added. '
             'They also discussed "key topics of the regional agenda in the north," the ministry reported. "Special '
             'focus was on the Arctic," it noted. The diplomats "agreed to continue their contacts in the autumn".\n')


def test_it_and_the_ministry_refer_to_the_ministry_that_spoke_before_and_its_report_goes_on() -> None:
    speakers = [quote.speaker for quote in _facts(_MINISTRY).quotes]
    assert speakers == ["Norwegian Foreign Ministry"] * 5


def test_a_name_in_marks_the_sentence_goes_on_past_is_no_quote() -> None:
    facts = _facts("TOKYO, July 5 - Minister Ken Sato thanked Turkey for “Japan Year 2010 in Turkey” currently being "
                   "held there.\n")
    assert facts.quotes == []


# -- planned events and dates -----------------------------------------------------------------------------------------

_ANNOUNCED = ("President Ann Lee to Visit Japan\n\nOctober 24, 2017\n\n"
              "1. President Ann Lee of the Republic of Palau and her spouse, Mr. Tom Lee will pay an Official Visit to "
              "Japan from November 5 to November 7, 2017.\n\n"
              "2. During their stay in Japan, the President and her spouse will make a State Call on their Majesties the "
              "Emperor and Empress of Japan. President Lee will also visit the Halo Centre in Kyoto to meet the "
              "volunteers, who have cleared much land.\n")


def test_a_date_line_under_the_headline_dates_the_page_and_a_plan_its_own_days() -> None:
    import datetime as dt

    facts = _facts(_ANNOUNCED)
    assert facts.event_date == dt.date(2017, 11, 5)


def test_paragraph_numbers_are_no_sentences_and_a_state_call_is_a_planned_call() -> None:
    facts = _facts(_ANNOUNCED)
    texts = [event.text for event in facts.planned_events]
    assert texts[0].startswith("President Ann Lee")
    assert any(event.kind == "courtesy call" and "State Call" in event.text for event in facts.planned_events)


def test_a_plan_is_told_without_the_stay_it_falls_in_and_a_relative_clause_on_its_object() -> None:
    texts = [event.text for event in _facts(_ANNOUNCED).planned_events]
    assert "President Lee will also visit the Halo Centre in Kyoto to meet the volunteers" in texts


def test_and_her_spouse_is_no_part_of_the_office() -> None:
    titles = {p.name: p.title for p in _facts(_ANNOUNCED).participants}
    assert titles["Ann Lee"] == "President"


def test_the_upcoming_meeting_told_again_is_the_one_planned() -> None:
    facts = _facts("MOSCOW, Sept 17 (TASS) - The deputy ministers discussed preparations for an upcoming meeting of the "
                   "two countries’ foreign ministers. They \"discussed the agenda of the upcoming ministerial meeting,\" "
                   "the ministry said.\n")
    assert len(facts.planned_events) == 1


# -- people, datelines and the kind of event --------------------------------------------------------------------------

_COURTESY = ("AKP Phnom Penh, August 22, 2018 —\n\nThe United Kingdom will continue to help Cambodia in the field of "
             "mine clearance, underlined visiting Minister of State for Asia & the Pacific of UK H.E. Mark Field while "
             "paying a courtesy call on Cambodian Prime Minister Samdech Techo Hun Sen in Phnom Penh this morning.\n")


def test_an_agency_city_and_date_dateline() -> None:
    facts = _facts(_COURTESY)
    assert str(facts.event_date) == "2018-08-22"
    assert (facts.location.city, facts.location.country) == ("Phnom Penh", "KH")


def test_words_said_before_their_verb_are_no_plan_and_the_courtesy_call_is_the_meeting() -> None:
    facts = _facts(_COURTESY)
    assert (facts.event_type, facts.event_status) == ("meeting", None)


def test_sen_ends_a_cambodian_name_and_an_ampersand_and_a_country_abbreviation_stay_in_the_office() -> None:
    people = _people(_facts(_COURTESY))
    assert people["Hun Sen"] == ("Cambodian Prime Minister", "KH")
    assert people["Mark Field"] == ("Minister of State for Asia & the Pacific of UK", "GB")


def test_a_call_via_teleconference_is_a_call() -> None:
    facts = _facts("Monday, 08 June 2020\n\nToday at the Presidential Residence in Olivos, Foreign Minister Ana Ruiz "
                   "spoke via teleconference with U.S. Secretary of State John Brown about the pandemic.\n")
    assert facts.event_type == "phone_call"


def test_the_delegation_a_speaker_heads_abroad_is_of_the_outlets_country_with_its_members() -> None:
    facts = _facts("Chisinau, 20 November /MOLDPRES/- Speaker Ana Rusu participates, at the head of a parliamentary "
                   "delegation, in the session of an assembly held on 20-22 November in Saint Petersburg, Russia.\n\n"
                   "The delegation includes MPs Ion Popa and Vasile Munteanu.\n\n"
                   "A priority for the Republic of Moldova is trade.\n")
    countries = {name: country for name, (_, country) in _people(facts).items()}
    assert countries == {"Ana Rusu": "MD", "Ion Popa": "MD", "Vasile Munteanu": "MD"}


# -- names of offices and bodies the termbase now composes -------------------------------------------------------------

@pytest.mark.parametrize(("english", "kind", "russian"), [
    ("Minister of Foreign Affairs, African Cooperation and Moroccans Abroad", "title",
     "министр иностранных дел, африканского сотрудничества и по делам марокканцев, проживающих за рубежом"),
    ("Andean Community (CAN) General Secretary", "title", "Генеральный секретарь Андского сообщества"),
    ("Andean Court of Justice", "institution", "Суд Андского сообщества"),
    ("Baltic Assembly", "institution", "Балтийская ассамблея"),
    ("Minister of State for Asia & the Pacific of UK", "title",
     "государственный министр по делам Азии и Тихоокеанского региона Великобритании"),
])
def test_offices_and_bodies_of_fresh87_compose_in_russian(english: str, kind: str, russian: str) -> None:
    from briefing.compose import compose

    assert compose(english, "ru", kind) == russian


def test_a_date_before_a_body_and_a_resolution_after_it_are_no_part_of_it_and_a_leaders_administration_no_body() -> None:
    facts = _facts("TOKYO, Oct 24 (Kyodo) - The leaders met at the G20 Summit in July 2017 and General Assembly of the "
                   "United Nations in September. They called for UN Security Council Resolution 1929 to be implemented "
                   "and praised the Trump Administration.\n")
    assert "General Assembly of the United Nations" in facts.organizations
    assert "UN Security Council" in facts.organizations
    assert not any("July" in org or "Administration" in org for org in facts.organizations)


def test_a_meeting_at_a_countrys_parliament_named_by_its_demonym_is_in_its_capital() -> None:
    facts = _facts("ISLAMABAD, Nov 25 (APP): Chairman Senate Ali Khan, currently in UK, met the members of the group "
                   "at the British Parliament.\n")
    assert (facts.location.city, facts.location.country) == ("London", "GB")


def test_a_line_opened_by_an_adverb_and_a_comma_is_no_headline() -> None:
    facts = _facts("ISLAMABAD, Nov 25 (APP): Chairman Senate Ali Khan met MPs.\nLater, the chairman met John Tuggey, "
                   "secretary and Chief\nExecutive of the Association in the British parliament.\n")
    assert _people(facts)["John Tuggey"][0] == "secretary and Chief Executive of the Association"


# -- the translators' review of fresh87 ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "russian"), [
    ("Marie-Luise Dött", "Мари-Луизе Дётт"), ("Hubert Hüppe", "Хуберт Хюппе"), ("Karsten Möring", "Карстен Мёринг"),
    ("Gudrun Sräga", "Гудрун Срега")])
def test_german_umlauts_make_a_german_name_not_a_mongolian_or_turkmen_one(name: str, russian: str) -> None:
    from briefing.names.origin import origin_from_shape
    from briefing.transliterate import transliterate_name

    assert origin_from_shape(name) == "de"
    assert transliterate_name(name, "ru").text == russian
    assert origin_from_shape("Ukhnaagiin Khürelsükh") == "mn"
    assert origin_from_shape("Annamämmet Hojayew") == "tk"


@pytest.mark.parametrize(("name", "forms"), [
    ("Lord Elton", ("лорд Элтон", "лорд Элтон", "Элтон")),
    ("Baroness Hodgson", ("баронесса Ходжсон", "баронесса Ходжсон", "Хожсон"))])  # mn writes English j ж
def test_the_styles_of_british_peers_are_no_names(name: str, forms: tuple[str, str, str]) -> None:
    from briefing.transliterate import transliterate_name

    assert tuple(transliterate_name(name, lang, country="GB").text for lang in ("ru", "kk", "mn")) == forms


def test_a_bank_is_no_person_and_a_delegation_named_with_its_parliament_is_of_that_country() -> None:
    facts = _facts("VALLETTA, June 16 - Speaker Dr Paul Borg received MPs of the German Bundestag.\n"
                   "The German Bundestag delegation consisted of Ms Anna Vogel, MP; Mr Hubert Hüppe, MP.\n"
                   "The Speaker of the Saeima spoke of Latvijas Krājbanka.\n")
    people = _people(facts)
    assert "Latvijas Krājbanka" not in people
    assert people["Anna Vogel"][1] == "DE" and people["Hubert Hüppe"][1] == "DE"


def test_an_article_silent_on_documents_says_none_are_mentioned(tmp_path) -> None:
    from conftest import briefing_text

    text = briefing_text(tmp_path, "date 2024-03-07\nRIGA, March 7 (LETA) - Speaker Anna Berzina met Speaker Jonas "
                         "Petraitis in Riga.\n", "ru")
    assert "О подписании документов не сообщается." in text


@pytest.mark.parametrize(("name", "instrumental"), [
    ("Зибилле Беннинг", "Зибилле Беннинг"), ("Мари-Луизе Дётт", "Мари-Луизе Дётт"), ("Гудрун Срега", "Гудрун Срегой"),
    ("Хуберт Хюппе", "Хубертом Хюппе")])
def test_european_womens_names_in_e_or_a_consonant_are_womens(name: str, instrumental: str) -> None:
    from briefing.grammar.ru import inflect

    assert inflect(name, "ins", "person") == instrumental


def test_a_delegation_of_one_country_meets_no_one_in_the_summary(tmp_path) -> None:
    from conftest import briefing_text

    text = briefing_text(tmp_path, "Chisinau, 20 November /MOLDPRES/- Speaker Ana Rusu participates, at the head of a "
                         "parliamentary delegation, in the meeting of an assembly held in Saint Petersburg, Russia.\n\n"
                         "The delegation includes MPs Ion Popa and Vasile Munteanu.\n\nA priority for the Republic of "
                         "Moldova is trade.\n", "en")
    assert "met" not in text.split("Participants")[0]


def test_a_state_whose_name_holds_a_hyphen_is_no_format_of_two_sides(tmp_path) -> None:
    from conftest import briefing_text

    text = briefing_text(tmp_path, "RABAT, Oct 21 (MAP) - Foreign Minister Nasser Bourita held talks with his "
                         "Bissau-Guinean counterpart Suzi Barbosa. The two ministers inked four cooperation agreements.\n",
                         "ru")
    assert "между Гвинеей-Бисау и Марокко" in text


# Latvian and Lithuanian by the Russian practical transcription (Гиляревский, Старостин, «Иностранные имена и названия
# в русском тексте», the Latvian and Lithuanian tables), as the Russian press writes these officials
@pytest.mark.parametrize(("name", "country", "russian"), [
    ("Solvita Āboltiņa", "LV", "Солвита Аболтиня"), ("Krišjānis Kariņš", "LV", "Кришьянис Кариньш"),
    ("Edgars Rinkēvičs", "LV", "Эдгарс Ринкевичс"), ("Jānis Jurkāns", "LV", "Янис Юрканс"),
    ("Viesturs Vītols", "LV", "Виестурс Витолс"), ("Evika Siliņa", "LV", "Эвика Силиня"),
    ("Irena Degutienė", "LT", "Ирена Дегутене"), ("Ingrida Šimonytė", "LT", "Ингрида Шимоните"),
    ("Gabrielius Landsbergis", "LT", "Габриелюс Ландсбергис")])
def test_latvian_and_lithuanian_names(name: str, country: str, russian: str) -> None:
    from briefing.transliterate import transliterate_name

    result = transliterate_name(name, "ru", country=country)
    assert (result.text, result.system) == (russian, "baltic")
