"""Fixes from session 36's fresh articles and the translators' reviews of them: short sentences of our own."""

from __future__ import annotations

import pytest

from briefing.grammar import grammar_for


@pytest.mark.parametrize(
    ("name", "instrumental"),
    [("Хун Сен", "Хун Сеном"), ("Хенг Самрин", "Хенг Самрином"), ("Прак Сокхон", "Прак Сокхоном")],
)
def test_khmer_names_decline_only_their_last_word_in_russian(name: str, instrumental: str) -> None:
    assert grammar_for("ru").inflect(name, "ins", kind="person") == instrumental


def _facts(text: str):
    from briefing.extract import extract
    from briefing.ingest import parse_article

    return extract(parse_article(text))


def _areas(text: str) -> list[str]:
    return _facts("RIGA, May 3, 2024 - The two ministers met in Riga. " + text).cooperation_areas


# -- areas ------------------------------------------------------------------------------------------------------------

def test_an_adjective_in_ed_opens_no_clause_in_a_list_of_sectors() -> None:
    assert _areas("They will build a partnership in diverse sectors such as the economy, advanced technology and "
                  "supply chains.") == ["economy", "advanced technology", "supply chains"]


def test_the_cooperation_inside_a_list_of_what_is_discussed_opens_its_own_list() -> None:
    # "opportunities for collaboration": the anchor "collaboration in" stands inside the first anchor's list
    assert "vocational education" in _areas("They will look at opportunities for collaboration in vocational education.")


def test_ties_that_range_from_a_list_separated_by_semicolons() -> None:
    assert _areas("Latvia's ties with Chile range from trade and tourism; agriculture; fisheries; as well as sports.") \
        == ["trade", "tourism", "agriculture", "fisheries", "sports"]


def test_not_only_in_one_field_but_also_in_another() -> None:
    assert _areas("The regions cooperate not only in humanitarian affairs but also in economy.") \
        == ["humanitarian affairs", "economy"]


def test_a_participle_still_closes_a_list_of_fields() -> None:
    assert _areas("They spoke of cooperation in such fields as energy, transport and signed a protocol.") \
        == ["energy", "transport"]


# -- event, date and place ------------------------------------------------------------------------------------------

def test_a_minister_to_host_her_counterpart_is_a_planned_meeting_on_its_day() -> None:
    facts = _facts("date 2023-08-03\nMinister Ozola to host her Chilean counterpart in Riga\n\n"
                   "The Minister of Foreign Affairs, Anna Ozola, will host the Minister of Foreign Affairs of Chile, "
                   "Maria Soto, on Friday, 4 August 2023, in Riga.\n\nThe two countries have signed nine agreements "
                   "since 1994.")
    assert (facts.event_type, facts.event_status, str(facts.event_date)) == ("meeting", "planned", "2023-08-04")
    assert facts.location.city == "Riga"


def test_will_meet_this_week_in_a_city_is_where_the_meeting_will_be() -> None:
    facts = _facts("date 2019-02-05\nMinister Ozola to meet the Secretary of State in Washington\n\n"
                   "Minister Anna Ozola will meet US Secretary of State John Reed this week in Washington. "
                   "The meetings with Mr Reed on Wednesday will cover trade.")
    assert (facts.event_type, facts.event_status) == ("meeting", "planned")
    assert (facts.location.city, str(facts.event_date)) == ("Washington", "2019-02-06")


def test_an_invitation_letter_on_a_visit_names_no_country_visited() -> None:
    facts = _facts("Baku. 24 November. REPORT.AZ/ The Foreign Minister Elmar Mammadyarov has met with the delegation "
                   "led by Polish Deputy Foreign Minister Marek Nowak.\n\nMarek Nowak presented an invitation letter "
                   "of the Minister of Foreign Affairs of Poland addressed to his Azerbaijani counterpart on the "
                   "official visit to Poland.")
    assert (facts.location.city, facts.location.country) == ("Baku", "AZ")


# -- planned events -------------------------------------------------------------------------------------------------

def test_a_headline_of_intention_without_an_event_is_no_plan() -> None:
    facts = _facts("Speaker Ozola: we will try to make the most of the cooperation with the European Parliament\n\n"
                   "RIGA, May 3, 2024 - Speaker Anna Ozola met the President of the European Parliament in Riga.")
    assert facts.planned_events == []


def test_an_event_planned_to_take_place_keeps_its_list_of_countries() -> None:
    facts = _facts("RIGA, May 3, 2024 - The two ministers met in Riga. They stressed the significance of the meeting "
                   "of the heads of state of Latvia, Chile and Peru planned to take place in the current year.")
    [plan] = facts.planned_events
    assert plan.text == ("the meeting of the heads of state of Latvia, Chile and Peru planned to take place in the "
                         "current year")
    assert (plan.kind, plan.when) == ("meeting", "2024")


def test_an_invitation_letter_addressed_to_a_counterpart_on_a_visit_invites_him() -> None:
    facts = _facts("Baku. 24 November. REPORT.AZ/ Azerbaijani Foreign Minister Elmar Mammadyarov has met with the "
                   "delegation led by Polish Deputy Foreign Minister Marek Nowak.\n\nMarek Nowak presented an "
                   "invitation letter of the Minister of Foreign Affairs of Poland addressed to his Azerbaijani "
                   "counterpart on the official visit to Poland.")
    [plan] = facts.planned_events
    assert (plan.kind, plan.who, plan.country, plan.invited) == ("visit", ["Elmar Mammadyarov"], "PL", True)


# -- quote speakers -------------------------------------------------------------------------------------------------

def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in _facts(text).quotes]


def test_mr_and_the_surname_after_the_closing_mark_name_the_speaker() -> None:
    assert _speakers("RIGA, May 3, 2024 - Speaker Janis Ozols met a delegation of French deputies.\n\n"
                     "Speaker Janis Ozols stressed sanctions. «These are the key aspects.» Mr. Ozols added.\n"
                     "He also thanked the guests.") == ["Janis Ozols"]


def test_saying_after_any_verb_of_the_subject_and_quoted_paragraphs_that_follow_with_no_words_between() -> None:
    text = ('President Anna Ozola says she reaffirmed strong trust with Chile through her recent visit to Santiago.\n'
            'On her social media, she gave her assessment of the results, saying, "This visit was a meaningful '
            'opportunity."\n"Most importantly, my talks with President Soto built deep trust."\n'
            'She added, "The two countries will cement their partnership."\n"We will do our best."')
    assert _speakers(text) == ["Anna Ozola"] * 4


# -- people ---------------------------------------------------------------------------------------------------------

def _people(facts) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.title, p.country) for p in facts.participants + facts.mentioned_people}


def test_hon_is_an_honorific_and_a_plural_office_goes_to_each_honourable_member_listed() -> None:
    people = _people(_facts(
        "COLOMBO, May 3, 2024 - A meeting was held between the Speaker and the delegation led by the Speaker of the "
        "People’s Majlis of Maldives, Hon. Mohamed Aslam.\n\nThe delegation consisted of Maldivian Members of "
        "Parliament Hon. Ali Azim, Hon. Ali Niyaz, Hon. Hussain Shaheem, Secretary General of the People’s Majlis "
        "of Maldives Ms. Fathimath Niusha and other officials.\n\nHon. Mohamed Aslam, Speaker of the Maldives, "
        "thanked the hosts."))
    assert "Hon" not in people
    for member in ("Ali Azim", "Ali Niyaz", "Hussain Shaheem"):
        assert people[member] == ("Maldivian Member of Parliament", "MV")
    assert people["Fathimath Niusha"][0] == "Secretary General of the People’s Majlis of Maldives"


def test_opening_remarks_by_the_ministers_are_no_person() -> None:
    people = _people(_facts("The Minister of Foreign Affairs of Latvia, Anna Ozola, will host the Minister of "
                            "Foreign Affairs of Chile, Maria Soto, on Friday, 4 August 2023, in Riga.\n\n"
                            "The media are invited to cover Opening Remarks by Ministers Ozola and Soto."))
    assert set(people) == {"Anna Ozola", "Maria Soto"}


def test_an_honorific_opens_the_office_of_the_second_person_after_a_relative_clause_of_the_first() -> None:
    people = _people(_facts(
        "Doha, September 26 (QNA) - HE Prime Minister and Minister of Foreign Affairs Sheikh Mohammed bin Abdulrahman "
        "Al-Thani, who is the Qatari head of the political committee of the Council, and HH Minister of Foreign "
        "Affairs of the Kingdom of Saudi Arabia Prince Faisal bin Farhan Al-Saud, who is the Saudi head of the "
        "committee, chaired the meeting of the committee."))
    qatari = next(title_country for name, title_country in people.items() if "Al-Thani" in name)
    saudi = next(title_country for name, title_country in people.items() if "Al-Saud" in name)
    assert qatari == ("Prime Minister and Minister of Foreign Affairs", "QA")
    assert saudi == ("Minister of Foreign Affairs of the Kingdom of Saudi Arabia", "SA")


@pytest.mark.parametrize(
    ("sentence", "first", "second"),
    [
        ("The Directors General of Consular Affairs of Chile and Colombia, Raul Soto and Luz Jara, signed the rules.",
         ("Director General of Consular Affairs of Chile", "CL"), ("Director General of Consular Affairs of Colombia", "CO")),
        ("The directors of the Chilean and Colombian Foreign Ministries, Raul Soto and Luz Jara, respectively, met.",
         ("director of the Chilean Ministry of Foreign Affairs", "CL"),
         ("director of the Colombian Ministry of Foreign Affairs", "CO")),
        ("They acted on the instructions of the Presidents of Turkmenistan and the Republic of Turkey Raul Soto and "
         "Luz Jara.", ("President of Turkmenistan", "TM"), ("President of the Republic of Turkey", "TR")),
    ],
)
def test_a_shared_office_of_two_sides_is_each_ones_own(sentence: str, first: tuple[str, str], second: tuple[str, str]) -> None:
    people = _people(_facts("SANTIAGO, June 19, 2018 - The two delegations met in Santiago. " + sentence))
    assert (people["Raul Soto"], people["Luz Jara"]) == (first, second)


def test_the_scorer_counts_each_sides_office_of_a_shared_title_as_written() -> None:
    from briefing.extract.people import offices_of_each_side

    assert offices_of_each_side("Foreign Ministers of Chile and the Republic of Peru") == \
        ["Foreign Ministers of Chile", "Foreign Ministers of the Republic of Peru"]
    assert offices_of_each_side("Minister of Foreign Affairs of Chile") == []


# -- documents ------------------------------------------------------------------------------------------------------

def test_a_prospective_agreement_under_talks_between_a_country_and_the_us() -> None:
    facts = _facts("BERN, May 3, 2019 - Federal Councillor Anna Ozola will meet US Secretary of State John Reed this "
                   "week in Washington. They will also review the preliminary talks on a prospective free trade "
                   "agreement between Switzerland and the US.")
    [document] = facts.documents_referenced
    assert (document.title, document.parties) == ("free trade agreement between Switzerland and the US",
                                                  ["Switzerland", "US"])


# -- composed names and the planned meeting with a body's members ---------------------------------------------------

def test_composed_offices_and_bodies() -> None:
    from briefing.compose import compose

    assert [compose("Swiss Federal Councillor", lang, "title") for lang in ("ru", "kk", "mn")] == \
        ["федеральный советник Швейцарии", "Швейцария Федералдық кеңесінің мүшесі",
         "Швейцарын Холбооны Улсын Холбооны Зөвлөлийн гишүүн"]
    # an abbreviated country owns a body without the genitive in Kazakh, unless a place stands between them
    assert compose("US Congress", "kk", "institution") == "АҚШ Конгресі"
    assert compose("Embassy of the United States in Kazakhstan", "kk", "institution") == "АҚШ-тың Қазақстандағы елшілігі"
    # a remit that is itself "matters" is not "matters of matters" in Mongolian
    assert compose("Director General for Legal Affairs", "mn", "title") == "Эрх зүйн асуудал эрхэлсэн Ерөнхий захирал"


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", "will meet members of the US Congress"),
    ("ru", "с членами Конгресса США"),
    ("kk", "Конгресінің‡ мүшелерімен кездесуі өтеді"),
    ("mn", "Конгрессын‡ гишүүдтэй уулзана"),
])
def test_a_planned_meeting_with_members_of_a_body_is_no_session_of_the_body(tmp_path, lang: str, expected: str) -> None:
    from conftest import read_briefing

    text = read_briefing(tmp_path, lang, "date 2019-02-05\nBERN, February 5, 2019 - Federal Councillor Anna Ozola will "
                                         "meet US Secretary of State John Reed this week in Washington. Anna Ozola will also "
                                         "meet with members of the US Congress to discuss economic relations.")
    assert expected in text


# -- names ----------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "russian"), [
    ("Martin Schulz", "Мартин Шульц"), ("Karl Schwarz", "Карл Шварц"),
    ("Chuck Schumer", "Чак Шумер"),  # an English given name keeps the English reading
])
def test_a_german_surname_in_sch_is_read_the_german_way(name: str, russian: str) -> None:
    from briefing.transliterate import transliterate

    assert transliterate(name, "ru") == russian


@pytest.mark.parametrize(("name", "instrumental"), [
    ("Наледи Пандор", "Наледи Пандор"), ("Яэль Брон-Пиве", "Яэль Брон-Пиве"), ("Лус Стелла Хара", "Лус Стеллой Харой"),
])
def test_womens_names_that_end_in_neither_a_nor_ya_keep_the_surname_undeclined(name: str, instrumental: str) -> None:
    assert grammar_for("ru").inflect(name, "ins", kind="person") == instrumental


# -- the event: a forum's signings, a source who took part, a meeting held during a visit ----------------------------

FORUM = ("MOGILEV, 12 October (BelTA) – Over 70 regional agreements have been signed at the 5th Forum of Regions of "
         "Latvia and Chile, Chairman of the Senate of Latvia Janis Ozols told the media on 12 October.\n\n"
         "“We have signed 76 new regional agreements during the forum,” Janis Ozols said.\n\n"
         "Speaker of the Senate of Chile Maria Soto also highlighted the importance of interregional cooperation.")


def test_agreements_signed_at_a_forum_make_the_forum_the_event() -> None:
    assert _facts(FORUM).event_type == "forum"


def test_a_source_who_tells_what_we_signed_took_part() -> None:
    facts = _facts(FORUM)
    assert {p.name for p in facts.participants} >= {"Janis Ozols", "Maria Soto"}


def test_a_meeting_held_yesterday_with_a_guest_who_is_visiting_is_over() -> None:
    facts = _facts("date 2024-01-17\nA meeting was held yesterday (16) between the Speaker and the delegation led by "
                   "the Speaker of the Majlis of Maldives, Hon. Mohamed Aslam, who is visiting Sri Lanka for an "
                   "official visit.")
    assert (facts.event_type, facts.event_status) == ("meeting", None)


@pytest.mark.parametrize(("phrase", "verb"), [("более 70 соглашений", "подписано"), ("21 документ", "подписан"),
                                              ("3 меморандума", "подписаны")])
def test_the_verb_agrees_with_an_approximate_count(phrase: str, verb: str) -> None:
    from briefing.grammar.ru_agreement import agree

    assert agree("подписан", phrase) == verb


def test_a_city_in_ev_is_no_surname_in_kazakh() -> None:
    kazakh = grammar_for("kk")
    assert kazakh.inflect("Могилев", "loc", kind="place") == "Могилевте"
    assert kazakh.inflect("Тоқаев", "dat", kind="person") == "Тоқаевқа"


def test_the_head_of_a_state_and_a_royal_prince_in_mongolian_and_kazakh() -> None:
    from briefing.compose import compose
    from briefing.transliterate import transliterate

    assert compose("head of the Republic of Turkey", "mn", "title") == "Бүгд Найрамдах Турк Улсын тэргүүн"
    assert transliterate("Prince Faisal bin Farhan", "mn", origin="ar").startswith("хунтайж ")
    assert transliterate("Prince Faisal bin Farhan", "kk", origin="ar").startswith("ханзада ")


def test_signed_rules_of_procedure_are_a_document_with_a_plural_verb(tmp_path) -> None:
    from conftest import read_briefing

    article = ("SANTIAGO, June 19, 2018 - The two directors met in Santiago. The Directors General of Consular Affairs "
               "of Chile and Colombia, Raul Soto and Luz Jara, signed the Rules of Procedure of the Committee.")
    [document] = _facts(article).documents_signed
    assert (document.title, document.parties) == ("Rules of Procedure of the Committee", ["Chile", "Colombia"])
    assert "Rules of Procedure of the Committee‡ were signed between Chile and Colombia." in \
        read_briefing(tmp_path, "en", article)
    assert "Подписан регламент‡ между Чили и Колумбией." in read_briefing(tmp_path, "ru", article)
    from briefing.compose import compose

    assert compose("Director General of Consular Affairs of Chile", "ru", "title") == \
        "Генеральный директор Чили по консульским вопросам"


def test_a_memorandum_of_cooperation_on_cooperation_names_cooperation_once() -> None:
    from briefing.compose import compose

    assert [compose("Memorandum of Cooperation (MoC) on Bilateral Cooperation", lang, "document")
            for lang in ("ru", "kk", "mn")] == ["меморандум о двустороннем сотрудничестве",
                                                "екіжақты ынтымақтастық туралы меморандум",
                                                "хоёр талын хамтын ажиллагааны тухай санамж бичиг"]


def test_disarmament_is_an_area_of_the_vocabulary() -> None:
    assert "disarmament" in _areas("Latvia's ties with Chile range from trade; agriculture; disarmament; fisheries.")


def test_a_visit_to_a_parliament_known_by_name_is_in_its_capital() -> None:
    facts = _facts("On 31 May the delegation of the European Parliament has had its first visit to the Seimas. The "
                   "delegation met with the Speaker of the Seimas Vydas Gedvilas.")
    assert (facts.location.city, facts.location.country) == ("Vilnius", "LT")


def test_a_planned_meeting_with_each_of_two_hosts_also_when_the_termbase_names_one_otherwise() -> None:
    # the termbase's "Mike Pompeo" is written "Michael Pompeo": the text still names him before "and" the second host
    facts = _facts("date 2019-02-05\nBERN, February 5, 2019 - Federal Councillor Anna Ozola will meet US Secretary of "
                   "State Michael Pompeo and National Security Adviser John Bolton this week in Washington.")
    assert [plan.host for plan in facts.planned_events] == ["Michael Pompeo", "John Bolton"]
    from briefing.extract.planned import _named_span

    text = "will meet US Secretary of State Michael Pompeo and John Bolton"
    assert text[slice(*_named_span("Mike Pompeo", text))] == "Pompeo"  # by the family name when the full one differs


def test_documents_that_are_scheduled_to_be_signed_are_the_plan_not_the_discussion() -> None:
    facts = _facts("DOHA, September 26, 2023 - The two ministers met in Doha. The two heads discussed the work of the "
                   "subcommittees, including the initiatives, outputs, and memorandums of understanding that are "
                   "scheduled to be signed at the next meeting of the Coordination Council.")
    [plan] = facts.planned_events
    assert plan.kind == "signing"
    assert plan.text.startswith("memorandums of understanding that are scheduled to be signed")


def test_a_bare_president_the_termbase_knows_gets_his_office_from_its_row(tmp_path) -> None:
    from conftest import read_briefing

    article = "date 2025-08-28\nWASHINGTON, Aug. 25 - President Lee Jae-myung met business leaders in Washington."
    assert "Президента Республики Корея" in read_briefing(tmp_path, "ru", article)


def test_a_ministrys_undersecretary_is_its_deputy_minister_and_s_marks_the_acting_one() -> None:
    from briefing.compose import compose

    assert compose("Undersecretary of Foreign Affairs of Chile", "ru", "title") == "заместитель министра иностранных дел Чили"
    assert compose("Undersecretary of Foreign Affairs (S)", "mn", "title") == \
        "Гадаад хэргийн дэд сайдын үүргийг түр орлон гүйцэтгэгч"
    assert compose("Under Secretary of State for Political Affairs", "ru", "title") is None  # the US office: not this
