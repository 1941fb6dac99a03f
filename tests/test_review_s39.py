"""Fixes from session 39's fresh articles and the translators' reviews of them: short sentences of our own."""

from __future__ import annotations

import pytest
from conftest import read_briefing


def _facts(text: str):
    from briefing.extract import extract
    from briefing.ingest import parse_article

    return extract(parse_article(text))


# -- Russian: a woman acting in an office ------------------------------------------------------------------------------

_ACTING_MINISTER = ("date 2026-03-10\nRIGA, March 10. Foreign Minister Janis Ozols met with Acting Minister of Economy "
                    "of Latvia Ms Anna Berzina in Riga on Tuesday. The sides discussed trade.\n")


def test_a_woman_acting_in_an_office_is_the_participles_subject(tmp_path) -> None:
    text = read_briefing(tmp_path, "ru", _ACTING_MINISTER)
    assert "с исполняющей обязанности министра экономики Латвии Анной Берзиной" in text
    assert "исполняющий обязанности" not in text.lower()


@pytest.mark.parametrize(("case", "form"), [("nom", "исполняющая"), ("gen", "исполняющей"), ("acc", "исполняющую"),
                                            ("ins", "исполняющей")])
def test_the_feminine_participle_declines_and_the_set_phrase_stays(case: str, form: str) -> None:
    from briefing.grammar import ru

    assert ru.inflect(ru.feminine_office("исполняющий обязанности министра"), case, "title") == \
        f"{form} обязанности министра"


# -- people: sides and occasions ---------------------------------------------------------------------------------------

def _people(text: str) -> dict[str, tuple[str | None, str | None, bool]]:
    facts = _facts(text)
    return {**{p.name: (p.title, p.country, True) for p in facts.participants},
            **{p.name: (p.title, p.country, False) for p in facts.mentioned_people}}


def test_a_counterpart_met_on_another_call_gives_the_event_no_side() -> None:
    people = _people("Foreign Minister Mehmet Yildizoğlu discussed trade in a phone call with his Kyrgyz counterpart "
                     "Jeenbek Kulubaev, the ministry said. Turkey is a major investor in Kyrgyzstan. Yildizoğlu also "
                     "spoke with his Latvian counterpart Janis Ozols, the ministry added.\n")
    assert people["Mehmet Yildizoğlu"][1] == "TR"
    assert people["Janis Ozols"][1:] == ("LV", False)


def test_an_ordinal_belongs_to_the_office_a_country_owns() -> None:
    people = _people("ASTANA, May 5, 2024 - The ministers met in Astana. The treaty was signed in 1997 by Turkey's "
                     "eighth President Turgut Ozal and Kyrgyzstan's first President Askar Akayev.\n")
    assert people["Turgut Ozal"][:2] == ("Turkey's eighth President", "TR")


def test_those_at_another_occasion_of_the_same_day_are_mentioned_and_of_the_side_they_came_with() -> None:
    people = _people("ANKARA, March 17, 2021 - Foreign Minister Mevlut Cavusoglu held a meeting in Ankara with Mukhtar "
                     "Tleuberdi, Minister of Foreign Affairs of Kazakhstan. On the same day, Minister Cavusoglu also "
                     "participated in a dialogue on Turkey via videoconference together with Vice President Fuat Oktay "
                     "and Minister of Finance Lutfi Elvan.\n")
    assert people["Fuat Oktay"][1:] == ("TR", False)
    assert people["Lutfi Elvan"][1:] == ("TR", False)


def test_deputies_accompanying_a_visitor_are_of_his_side_not_of_the_host() -> None:
    people = _people("Speaker of the Zhogorku Kenesh Nurlan Asanov will make an official visit to Turkey on February 9-11 "
                     "at the invitation of Speaker of the Grand National Assembly of Turkey Numan Kurtulmus. Speaker "
                     "Nurlan Asanov during his official visit to the Republic of Turkey will be accompanied by deputies "
                     "Alisher Kozuev and Gulai Mashrapova.\n")
    assert people["Alisher Kozuev"][1] == people["Gulai Mashrapova"][1] == "KG"


# -- planned events ----------------------------------------------------------------------------------------------------

def _planned(text: str) -> list[str]:
    return [event.text for event in _facts("OSLO, June 4, 2024 - The two ministers met in Oslo. " + text).planned_events]


@pytest.mark.parametrize(("sentence", "planned"), [
    ("They discussed holding the council's meeting with the participation of both presidents in Bishkek.",
     ["holding the council's meeting with the participation of both presidents in Bishkek"]),
    ("He said that preparations of the 4th Meeting of the Strategic Council as well as the Informal Summit of the "
     "Turkic Council to be held in Turkistan were discussed.",
     ["the 4th Meeting of the Strategic Council", "the Informal Summit of the Turkic Council to be held in Turkistan"]),
    ("Minister Ola Berg is expected to discuss energy with the Speaker of the Storting next week.",
     ["Minister Ola Berg is expected to discuss energy with the Speaker of the Storting next week"]),
    ("The two prime ministers will witness the signing of the agreement on March 23 in Seoul.",
     ["The two prime ministers will witness the signing of the agreement on March 23 in Seoul"]),
    ("Mr Groser will also head to Japan for trade talks.", ["Mr Groser will also head to Japan for trade talks"]),
])
def test_events_to_come_named_in_more_ways(sentence: str, planned: list[str]) -> None:
    assert _planned(sentence) == planned


# -- documents ---------------------------------------------------------------------------------------------------------

def _documents(text: str) -> tuple[list[tuple[str, list[str]]], list[tuple[str, list[str]]]]:
    facts = _facts("date 2024-06-04\nOSLO, June 4, 2024 - Minister Ola Berg met Minister Ivan Petrov in Oslo. " + text)
    return ([(d.title, d.parties) for d in facts.documents_signed],
            [(d.title, d.parties) for d in facts.documents_referenced])


@pytest.mark.parametrize(("sentence", "title"), [
    ("The co-chairs signed a protocol of the session.", "protocol of the session"),
    ("The co-chairs signed the protocol of the meeting of the Joint Commission on Trade.",
     "protocol of the meeting of the Joint Commission on Trade"),
])
def test_the_protocol_of_a_sitting_is_named_by_it(sentence: str, title: str) -> None:
    assert [signed for signed, _ in _documents(sentence)[0]] == [title]


def test_agreements_that_are_the_basis_of_cooperation_are_the_treaty_base() -> None:
    signed, referenced = _documents("He noted that Norway and Bulgaria have signed 20 bilateral agreements that are "
                                    "the basis for cooperation.")
    assert signed == [] and [title for title, _ in referenced] == ["20 bilateral agreements"]


def test_an_earlier_treaty_is_between_the_countries_of_those_who_signed_it_and_its_year_is_no_part_of_its_name() -> None:
    _, referenced = _documents("The Treaty on Eternal Friendship was signed by Norway's fourth President Per Olsen and "
                               "Bulgaria's first President Ivan Georgiev in 1997. The two countries also signed a "
                               "joint statement on a strategic council in 2012.")
    assert referenced[0][1] == ["Norway", "Bulgaria"]
    assert referenced[1][0] == "joint statement on a strategic council"


def test_those_who_signed_a_document_years_ago_did_not_take_part() -> None:
    people = _people("date 2024-06-04\nOSLO, June 4, 2024 - Minister Ola Berg met Minister Ivan Petrov in Oslo. The "
                     "treaty was signed by President Per Olsen and President Ivan Georgiev in 1997.\n")
    assert people["Per Olsen"][2] is False and people["Ivan Georgiev"][2] is False


@pytest.mark.parametrize(("lang", "rendered"), [("ru", "протокол заседания"), ("kk", "отырыс хаттамасы"),
                                                ("mn", "хуралдааны протокол")])
def test_the_protocol_of_a_sitting_is_written_in_each_language(lang: str, rendered: str) -> None:
    from briefing.compose import compose

    assert compose("protocol of the session", lang, "document") == rendered


# -- areas -------------------------------------------------------------------------------------------------------------

def _areas(text: str) -> list[str]:
    return _facts("OSLO, June 4, 2024 - The two ministers met in Oslo. " + text).cooperation_areas


@pytest.mark.parametrize(("sentence", "areas"), [
    ("He wished to deepen ties in areas of politics, culture, disaster prevention, as well as strengthen cooperation "
     "in the region.", ["politics", "culture", "disaster prevention"]),
    ("They praised cooperation in a variety of areas, including key areas such as energy and resource development, "
     "and social and cultural exchanges.", ["energy", "resource development", "social", "cultural exchanges"]),
    ("The memorandum calls for cooperation in trade and people-to-people exchanges. Visa waivers would expand "
     "people-to-people exchanges.", ["trade", "people-to-people exchanges"]),
])
def test_areas_without_a_verb_a_narrower_list_or_a_modifier_read_twice(sentence: str, areas: list[str]) -> None:
    assert _areas(sentence) == areas


# -- titles with an ordinal --------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "rendered"), [
    ("ru", "восьмой Президент Турции"), ("kk", "Түркияның сегізінші Президенті"),
    ("mn", "Бүгд Найрамдах Турк Улсын найм дахь Ерөнхийлөгч"),
])
def test_an_ordinal_office_is_composed_with_the_owner_first_where_the_language_puts_it(lang: str, rendered: str) -> None:
    from briefing.compose import compose

    assert compose("Turkey's eighth President", lang, "title") == rendered


# -- event type, offices and short country names -----------------------------------------------------------------------

def test_two_guests_meeting_in_a_third_country_hold_a_meeting_not_a_visit() -> None:
    facts = _facts("date 2025-04-17\nBaku, April 17. Speaker of the Milli Majlis Sahiba Gafarova held a meeting with "
                   "Speaker of Senate of Uzbekistan's Oliy Majlis Tanzila Narbaeva as part of her working visit to "
                   "Russia.\n")
    assert (facts.event_type, facts.location.country) == ("meeting", "RU")


def test_a_meeting_with_the_host_during_a_state_visit_is_the_visit() -> None:
    facts = _facts("ASTANA, May 5, 2024 - Uzbek President Shavkat Mirziyoyev held talks with Kazakh President "
                   "Kassym-Jomart Tokayev as part of his state visit to Kazakhstan.\n")
    assert facts.event_type == "visit"


def test_the_office_of_one_named_before_is_not_part_of_the_next_ones() -> None:
    people = _people("New Zealand Prime Minister John Key will visit Korea next week. A delegation of business people "
                     "will accompany the Prime Minister and Trade Minister Tim Groser to Korea.\n")
    assert people["Tim Groser"][:2] == ("Trade Minister", "NZ")


@pytest.mark.parametrize(("short", "code"), [("ROK", "KR"), ("PRC", "CN"), ("KSA", "SA")])
def test_the_short_names_officials_write_for_states(short: str, code: str) -> None:
    from briefing.extract.lexicon import country_code

    assert country_code(short) == code


# -- the translators' first reading of fresh91 -------------------------------------------------------------------------

def test_the_one_met_at_the_end_of_a_journey_is_of_that_country() -> None:
    people = _people("New Zealand Prime Minister John Key will visit Korea next week. President Park Geun-hye of Korea "
                     "will welcome him. After Korea, Mr Key will travel to Japan for talks with Prime Minister Shinzo "
                     "Abe.\n")
    assert (people["John Key"][1], people["Shinzo Abe"][1]) == ("NZ", "JP")


def test_an_unattributed_quote_in_the_first_person_is_the_one_speakers() -> None:
    facts = _facts("WELLINGTON, March 12, 2015 - Prime Minister John Key will visit Korea next week.\n\n"
                   "“The agreement is a milestone for our exporters,” says Mr Key.\n\n"
                   "“I am looking forward to seeing the Prime Minister again.”\n")
    assert [(quote.speaker, quote.needs_review) for quote in facts.quotes] == [("John Key", False), ("John Key", True)]


def test_an_unattributed_quote_is_left_alone_when_the_text_quotes_two_people() -> None:
    from briefing.extract.quotes import _the_one_speakers
    from briefing.models import Quote

    quotes = [Quote("John Key", "It is a milestone for us"), Quote("Ana Ruiz", "We share many goals"),
              Quote(None, "I am looking forward to the next meeting")]
    _the_one_speakers(quotes)
    assert quotes[-1].speaker is None


@pytest.mark.parametrize(("english", "kazakh"), [
    ("Speaker of the Zhogorku Kenesh", "Жогорку Кеңештің Төрағасы"),
    ("President of the European Parliament", "Еуропа Парламентінің Төрағасы"),
])
def test_kazakh_names_of_the_kyrgyz_parliament_and_the_european_parliament(english: str, kazakh: str) -> None:
    from briefing.compose import compose

    assert compose(english, "kk", "title") == kazakh


_COUNTERPARTS_VISIT = ("date 2020-02-24\nMOSCOW, February 24. The Minister of Foreign Affairs of Tajikistan Sirojiddin "
                       "Muhriddin visited Russia. He held negotiations with Russian Minister of Foreign Affairs Sergey "
                       "Lavrov.\n")


@pytest.mark.parametrize(("lang", "talks"), [
    ("ru", "В ходе визита состоялись переговоры Сироджиддина Мухриддина с министром иностранных дел России"),
    ("kk", "Сапар барысында Сироджиддин Мухриддин"),
    ("mn", "Айлчлалын үеэр ОХУ-ын Гадаад хэргийн сайд С.Лавровтой"),
])
def test_counterparts_on_a_visit_hold_talks_and_neither_receives_the_other(tmp_path, lang: str, talks: str) -> None:
    text = read_briefing(tmp_path, lang, _COUNTERPARTS_VISIT)
    assert talks in text
    assert not any(word in text for word in ("принял", "қабылдады", "хүлээн авч"))


_PLANNED_TALKS = ("date 2026-02-09\nBISHKEK, February 9. Speaker of the Jogorku Kenesh Nurlan Asanov will make an "
                  "official visit to Turkey at the invitation of Speaker of the Grand National Assembly of Turkey Numan "
                  "Kurtulmus. Nurlan Asanov is expected to discuss interparliamentary cooperation with Speaker of the "
                  "Grand National Assembly of Turkey Numan Kurtulmus. Deputy Alisher Kozuev will also head to Ankara "
                  "for trade talks.\n")


def test_planned_talks_say_who_holds_them_and_with_whom(tmp_path) -> None:
    text = read_briefing(tmp_path, "ru", _PLANNED_TALKS)
    assert "Запланированы переговоры Торага Жогорку Кенеша" in text
    assert "Нурлана Асанова‡ с Председателем Великого национального собрания Турции" in text
    assert "переговоры депутата" in text and "с депутатом" not in text


@pytest.mark.parametrize(("english", "lang", "composed"), [
    ("Speaker of the Zhogorku Kenesh (Parliament) of the Kyrgyz Republic", "ru",
     "Торага Жогорку Кенеша Кыргызской Республики"),
    ("Kyrgyzstan's first President", "ru", "первый Президент Кыргызстана"),
    ("Kyrgyzstan's first President", "kk", "Қырғызстанның тұңғыш Президенті"),
    ("Kyrgyzstan's first President", "mn", "Бүгд Найрамдах Киргиз Улсын анхны Ерөнхийлөгч"),
    ("First President of Kazakhstan", "ru", "Первый Президент Республики Казахстан"),
])
def test_a_gloss_in_brackets_and_the_first_president_of_another_country(english: str, lang: str, composed: str) -> None:
    from briefing.compose import compose

    assert compose(english, lang, "title", "KG") == composed


def test_the_letters_of_a_kind_of_agreement_are_no_part_of_its_name_in_another_language() -> None:
    from test_review_s31 import _localizer

    from briefing.models import SignedDocument

    title = _localizer("ru").document_title(SignedDocument("agreement", "Free Trade Agreement (FTA)")).text
    assert title == "соглашение о свободной торговле"


# -- an event of several days ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "first", "last"), [
    ("Minister Ola Berg visited Russia from February 24 through February 25, 2020.", "2020-02-24", "2020-02-25"),
    ("Minister Ola Berg will make an official visit to Turkey on February 9-11.", "2026-02-09", "2026-02-11"),
    ("Minister Ola Berg visited Russia on February 24, 2020.", "2020-02-24", None),
])
def test_the_last_day_of_an_event_of_several_days(sentence: str, first: str, last: str | None) -> None:
    facts = _facts(f"date 2026-02-01\n{sentence}\n")
    assert facts.event_date.isoformat() == first
    assert (facts.event_date_end.isoformat() if facts.event_date_end else None) == last


_TWO_DAYS = ("date 2020-02-26\nMOSCOW. The Minister of Foreign Affairs of Tajikistan Sirojiddin Muhriddin visited Russia "
             "from February 24 through February 25, 2020.\n")


@pytest.mark.parametrize(("lang", "header", "lead"), [
    ("en", "24–25 February 2020", "on 24–25 February 2020"),
    ("ru", "24–25 февраля 2020 г.", "24–25 февраля 2020 года"),
    ("kk", "2020 жылғы 24–25 ақпан", "2020 жылғы 24–25 ақпанда"),
    ("mn", "2020 оны 2 дугаар сарын 24-25-ны өдрүүд", "2020 оны 2 дугаар сарын 24-25-ны өдрүүдэд"),
])
def test_the_briefing_gives_the_days_of_the_event(tmp_path, lang: str, header: str, lead: str) -> None:
    text = read_briefing(tmp_path, lang, _TWO_DAYS)
    assert header in text.splitlines()[1] and lead in text


def test_a_last_day_before_the_first_is_an_error_naming_the_file(tmp_path) -> None:
    import json

    from click.testing import CliRunner

    from briefing.cli import cli

    facts = json.loads(_facts(_TWO_DAYS).to_json())
    facts["event_date_end"] = "2020-02-20"
    path = tmp_path / "facts.json"
    path.write_text(json.dumps(facts), encoding="utf-8")
    result = CliRunner().invoke(cli, ["render", str(path), "--out", str(tmp_path / "out")])
    assert result.exit_code != 0 and "facts.json" in result.output and "event_date_end 2020-02-20" in result.output


# -- the translators' first reading of fresh91, continued --------------------------------------------------------------

def test_a_body_s_office_named_before_it_takes_its_country_in_a_sentence(tmp_path) -> None:
    text = read_briefing(tmp_path, "ru", "date 2018-02-21\nSEOUL, Feb. 21. National Assembly Speaker Chung Sye-kyun "
                                         "met Speaker of the Legislative Chamber of Uzbekistan Nuriddinjon Ismoilov.\n")
    assert "Председателя Национального собрания Республики Корея Чон Се Гюна" in text


def test_a_programme_between_two_countries_ministries_is_between_the_ministries() -> None:
    facts = _facts("date 2020-02-26\nMOSCOW. The ministers signed a cooperation program between the Tajik and Russian "
                   "ministries of foreign affairs for 2020.\n")
    assert facts.documents_signed[0].parties == ["Tajik Ministry of Foreign Affairs", "Russian Ministry of Foreign Affairs"]


def test_a_joint_statement_is_the_sides_own_and_a_protocol_of_a_sitting_names_no_sides(tmp_path) -> None:
    text = read_briefing(tmp_path, "ru", "date 2024-06-04\nANKARA, June 4. Foreign Minister Hakan Fidan met Foreign "
                                         "Minister Jeenbek Kulubaev. The two countries signed a joint statement on a "
                                         "strategic council. The ministers also signed a protocol of the session.\n")
    assert "совместное заявление" in text and "заявление между" not in text and "протокол заседания между" not in text


def test_a_minister_the_article_names_by_surname_alone_is_the_termbase_s() -> None:
    from briefing.resources import default_locales_dir
    from briefing.termbase import Termbase

    entry = Termbase.load(default_locales_dir() / "termbase.csv").find("Kamilov", "person")
    assert entry is not None and entry.form("ru") == "Абдулазиз Камилов"


def test_a_russian_given_name_keeps_its_soft_sign() -> None:
    from briefing.names.transliteration import transliterate_name

    assert transliterate_name("Eldar Sulaimanov", "ru", country="KG").text == "Эльдар Сулайманов"


# -- the translators' second reading of fresh91 ------------------------------------------------------------------------

_SERIES = ("date 2026-02-09\nBISHKEK, February 9. Speaker of the Jogorku Kenesh Nurlan Asanov will make an official "
           "visit to Turkey on February 9-11. He will have a series of high-level meetings.\n")


@pytest.mark.parametrize(("lang", "planned"), [
    ("ru", "Запланированы встречи Торага Жогорку Кенеша"),
    ("kk", "кездесулер өткізеді"),
    ("mn", "уулзалтууд хийнэ"),
])
def test_meetings_with_no_one_named_are_meetings_not_one_meeting_missing_its_counterpart(tmp_path, lang: str,
                                                                                        planned: str) -> None:
    assert planned in read_briefing(tmp_path, lang, _SERIES)


@pytest.mark.parametrize(("lang", "days"), [("ru", "в Турцию 9–11 февраля 2026 года"), ("kk", "2026 жылғы 9–11 ақпанда"),
                                            ("mn", "2026 оны 2 дугаар сарын 9-11-ний өдрүүдэд")])
def test_a_planned_visit_of_several_days_gives_them_all(tmp_path, lang: str, days: str) -> None:
    text = read_briefing(tmp_path, lang, _SERIES)
    planned = text[text.index(("Запланированные", "Жоспарланған", "Төлөвлөсөн")[("ru", "kk", "mn").index(lang)]):]
    assert days in planned


def test_the_days_a_trip_lasts_date_a_planned_visit_over_the_day_of_one_of_its_events() -> None:
    facts = _facts("PM to visit Korea\n\nPrime Minister John Key will visit Korea next week. He will witness the signing "
                   "of the agreement on March 23 in Seoul. Mr Key will be away from March 22-26.\n")
    assert (facts.event_status, facts.event_date_partial) == ("planned", "--03-22/--03-26")


def test_a_country_s_name_heads_no_body_of_an_office() -> None:
    people = _people("MOSCOW, May 3, 2024 - Energy Minister of Mongolia Bat Davaa met Minister of Energy of Russian "
                     "Federation Ivan Petrov.\n")
    assert people["Ivan Petrov"][1] == "RU"
    facts = _facts("MOSCOW, May 3, 2024 - Energy Minister of Mongolia Bat Davaa met Minister of Energy of Russian "
                   "Federation Ivan Petrov.\n")
    assert [p.organization for p in facts.participants if p.name == "Ivan Petrov"] == [None]


@pytest.mark.parametrize(("lang", "rendered"), [("ru", "Госкорпорацией «Росатом»"), ("kk", "«Росатом» мемлекеттік корпорациясы"),
                                                ("mn", "«Росатом» төрийн корпорацийн")])
def test_rosatom_is_written_in_each_language(tmp_path, lang: str, rendered: str) -> None:
    text = read_briefing(tmp_path, lang, "date 2024-05-03\nMOSCOW, May 3. The Nuclear Energy Commission of Mongolia and "
                                         "ROSATOM signed a memorandum of understanding.\n")
    assert rendered in text


# -- fresh92 -----------------------------------------------------------------------------------------------------------

_JOURNEY = ("date 2021-06-05\nThe Speaker of the Milli Majlis Ahliman Amiraslanov leaves for Ankara on 7 June. Along with "
            "him will go the members Eldar Ibrahimov and Fazil Mustafa. It is planned for the members also to talk over "
            "cooperation with Chairman of the Grand National Assembly of Turkey Mustafa Sentop, Minister for Education Ziya Selcuk and Minister of "
            "Health Fahrettin Koca. This visit is going to end on 11 June.\n")


def test_a_dated_journey_told_in_the_present_is_a_planned_visit_from_that_day() -> None:
    facts = _facts(_JOURNEY)
    assert (facts.event_type, facts.event_status, facts.event_date.isoformat()) == ("visit", "planned", "2021-06-07")


def test_those_who_go_along_and_those_to_be_talked_with_take_part() -> None:
    people = _people(_JOURNEY)
    assert all(people[name][2] for name in ("Eldar Ibrahimov", "Fazil Mustafa", "Mustafa Sentop", "Fahrettin Koca"))
    assert people["Ziya Selcuk"][1] == people["Fahrettin Koca"][1] == people["Mustafa Sentop"][1] == "TR"
    assert people["Eldar Ibrahimov"][1] == people["Fazil Mustafa"][1] == "AZ"


def test_what_delegations_were_to_sign_is_not_yet_signed() -> None:
    signed, referenced = _documents("The delegations were to sign numerous agreements on trade the next day.")
    assert signed == []


def test_the_mou_a_text_defined_and_then_describes_is_one_document() -> None:
    signed, _ = _documents("Norway and Bulgaria signed a memorandum of understanding (MOU) for expansion of economic "
                           "cooperation. As reported, the MOU covers a variety of subjects including banking, visa "
                           "facilitation and aviation cooperation.")
    assert [title for title, _ in signed] == ["memorandum of understanding (MOU) for expansion of economic cooperation"]


@pytest.mark.parametrize(("sentence", "kind"), [
    ("Prime Minister Ola Berg reiterated his invitation to President Ivan Petrov to undertake an official visit to "
     "Norway.", "visit"),
    ("It is planned for the members of the delegation also to talk over mutual visits with the Speaker.", "talks"),
    ("The visit will see the delegation meet with members of a number of committees.", "meeting"),
])
def test_plans_named_by_an_invitation_to_undertake_a_visit_a_talk_over_and_what_a_visit_will_see(sentence: str,
                                                                                                 kind: str) -> None:
    facts = _facts("OSLO, June 4, 2024 - The two ministers met in Oslo. " + sentence)
    assert [event.kind for event in facts.planned_events] == [kind]


@pytest.mark.parametrize(("lang", "rendered"), [("ru", "член рабочей группы"), ("kk", "жұмыс тобының мүшесі"),
                                                ("mn", "ажлын хэсгийн гишүүн")])
def test_a_working_groups_letters_are_spelt_out(lang: str, rendered: str) -> None:
    from briefing.compose import compose

    assert compose("WG member", lang, "title") == rendered


@pytest.mark.parametrize(("area", "lang", "rendered"), [("military sports", "ru", "военный спорт"),
                                                        ("foreign language training", "kk", "шет тілдерін оқыту")])
def test_new_areas_of_defence_cooperation_have_names(area: str, lang: str, rendered: str) -> None:
    from test_review_s31 import _localizer

    assert _localizer(lang).area(area).text == rendered
