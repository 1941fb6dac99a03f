"""Session 28: what the fresh76 and fresh77 articles showed. Short synthetic sentences and articles."""

from __future__ import annotations


def _facts(text: str):
    from briefing.extract import extract
    from briefing.ingest import parse_article

    return extract(parse_article(text))


def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    facts = _facts(text)
    return {person.name: (person.title, person.country) for person in facts.participants}


# -- datelines ------------------------------------------------------------------------------------------------------

def test_an_agency_before_the_city_and_date_in_brackets_is_a_dateline() -> None:
    from briefing.ingest.text import parse_dateline

    dateline = parse_dateline("RSS (KATHMANDU, 29 March 2022) – The minister met his counterpart today.")
    assert dateline is not None
    assert (dateline.agency, dateline.city, dateline.year, dateline.month, dateline.day) == ("RSS", "KATHMANDU", 2022, 3, 29)


def test_an_agency_joined_to_the_city_by_a_hyphen_is_a_dateline() -> None:
    from briefing.ingest.text import parse_dateline

    dateline = parse_dateline("APA-Pretoria (South Africa) South Africa and Tanzania have signed two agreements.")
    assert dateline is not None
    assert (dateline.agency, dateline.city, dateline.country) == ("APA", "Pretoria", "South Africa")


def test_two_peoples_adjective_with_a_hyphen_is_no_dateline() -> None:
    from briefing.ingest.text import parse_dateline

    assert parse_dateline("Kazakh-Chinese talks were held in Astana.") is None


def test_the_agency_first_dateline_dates_today() -> None:
    facts = _facts("RSS (KATHMANDU, 29 March 2022) – Foreign Minister Ram Thapa today held a meeting with Foreign "
                   "Minister Anil Rao.\n")
    assert str(facts.event_date) == "2022-03-29"


# -- dates ----------------------------------------------------------------------------------------------------------

def test_the_sentence_after_a_dateless_lead_dates_the_event() -> None:
    facts = _facts("date 2023-11-28\nThe parliaments of Ukraine and Poland have signed a memorandum.\n\n"
                   "Speaker Ivan Bondar announced this at a press conference in Warsaw on Tuesday, November 28.\n\n"
                   "Bondar is on a working visit to Warsaw on November 27-30.\n")
    assert str(facts.event_date) == "2023-11-28"


def test_the_days_a_visit_is_moved_from_or_to_never_date_the_call_about_it() -> None:
    facts = _facts("The Foreign Minister of Uzbekistan Ali Karimov had a telephone conversation with Foreign Minister "
                   "Ivan Petrov on Thursday.\n\nThe official visit of the Russian Foreign Minister to Tashkent was "
                   "postponed from 12-13 January to 15-16 January.\n")
    assert facts.event_date is None and facts.event_date_partial is None


# -- place ----------------------------------------------------------------------------------------------------------

def test_the_city_a_speaker_left_for_is_the_place_of_his_visit() -> None:
    facts = _facts("The Chairman of the Parliament of Georgia, Davit Beridze, left for Brussels on an official visit.\n\n"
                   "He will hold meetings at NATO headquarters.\n")
    assert (facts.location.city, facts.location.country) == ("Brussels", "BE")


def test_the_country_a_minister_is_presently_in_wins_over_the_dateline() -> None:
    facts = _facts("RSS (KATHMANDU, 29 March 2022) – Foreign Minister Ram Thapa today held a meeting with Foreign "
                   "Minister Anil Rao on the sidelines of a regional meeting. The Minister is presently in Sri Lanka "
                   "attending the meeting.\n")
    assert facts.location.country == "LK"


# -- planned events -------------------------------------------------------------------------------------------------

def _planned(text: str):
    return _facts("ASTANA, May 3 (Kazinform) - Minister Ali Bekov met Under-Secretary-General Vladimir Voronkov "
                  f"on May 2. {text}\n").planned_events


def test_an_invitation_extended_in_the_passive_is_a_planned_visit_of_the_invitee() -> None:
    [plan] = _planned("An invitation was extended to Voronkov to visit Kazakhstan.")
    assert (plan.kind, plan.who, plan.host, plan.country, plan.invited) == ("visit", ["Vladimir Voronkov"], None, "KZ", True)


def test_a_visit_postponed_to_new_days_is_planned_for_the_new_days() -> None:
    [plan] = _planned("Due to changes in the schedule, the official visit of the Under-Secretary-General to Astana was "
                      "postponed from 12-13 June to 15-16 June.")
    assert (plan.kind, plan.who, plan.place, plan.when) == ("visit", ["Vladimir Voronkov"], "Astana", "2025-06-15/2025-06-16") or \
        (plan.kind, plan.who, plan.place, plan.when) == ("visit", ["Vladimir Voronkov"], "Astana", "--06-15/--06-16")
    assert plan.text.startswith("the official visit")


def test_a_visit_postponed_without_new_days_is_no_plan() -> None:
    assert _planned("The official visit of the Under-Secretary-General to Astana was postponed.") == []


def test_documents_that_should_be_signed_by_a_deadline_are_a_planned_signing_by_nobody_named() -> None:
    [plan] = _planned("They underscored that pending MOUs should be finalised and signed by December 2023.")
    assert (plan.kind, plan.who, plan.when) == ("signing", [], "2023-12")
    assert plan.text.startswith("pending MOUs")


def test_a_visit_taking_place_from_a_coming_day_is_that_visit() -> None:
    [plan] = _planned("Besides, the ministers discussed Prime Minister Ram Thapa’s official visit to India taking "
                      "place from upcoming Friday, April 1.")
    assert (plan.kind, plan.who, plan.country, plan.objects) == ("visit", ["Ram Thapa"], "IN", [])
    assert plan.text.startswith("Prime Minister Ram Thapa’s official visit")


def test_a_deadline_is_no_agent_of_a_signing() -> None:
    [plan] = _planned("The agreement will be signed by the end of June.")
    assert plan.who == [] or "end of June" not in " ".join(plan.who)


# -- areas ----------------------------------------------------------------------------------------------------------

def test_areas_listed_with_semicolons_are_each_an_area() -> None:
    facts = _facts("ASTANA, May 3 (Kazinform) - The presidents praised their cooperation, which covers the areas of "
                   "defence and security; trade and investment; agriculture; health; and culture, arts and sports.\n")
    assert {"agriculture", "health", "culture", "sports"} <= set(facts.cooperation_areas)


def test_a_verb_after_the_last_area_ends_it() -> None:
    facts = _facts("ASTANA, May 3 (Kazinform) - Minister Ali Bekov received a call from Minister John Smith. "
                   "Many bilateral issues including enhancing trade relations, water, agriculture and security came "
                   "under discussion.\n")
    assert "security" in facts.cooperation_areas
    assert not any("came" in area for area in facts.cooperation_areas)


def test_a_pair_of_countries_before_the_areas_is_no_area() -> None:
    facts = _facts("ASTANA, May 3 (Kazinform) - Minister Ali Bekov met Minister John Smith. The meeting focused on "
                   "promoting cooperation for India-Nepal connectivity, power trade and tourism.\n")
    assert "connectivity" in facts.cooperation_areas
    assert not any("India" in area for area in facts.cooperation_areas)


# -- documents ------------------------------------------------------------------------------------------------------

def test_the_day_and_the_aim_are_no_part_of_a_counted_set_of_documents() -> None:
    facts = _facts("TEHRAN, Dec. 20 (MNA) – Iran and Turkey signed two cooperation documents on Thursday to further "
                   "deepen relations between the two countries.\n")
    [document] = facts.documents_signed
    assert document.title == "two cooperation documents"


def test_a_named_document_keeps_its_capitalized_aim() -> None:
    facts = _facts("ASTANA, May 3 (Kazinform) - Kazakhstan and Uzbekistan signed the Agreement on Cooperation to "
                   "Combat Terrorism today.\n")
    assert [d.title for d in facts.documents_signed] == ["Agreement on Cooperation to Combat Terrorism"]


# -- people ---------------------------------------------------------------------------------------------------------

def test_a_non_resident_ambassador_is_no_president() -> None:
    people = _people("DUSHANBE, January 26, 2012, Asia-Plus — Chairman Ali Bekov received Non-resident Ambassador "
                     "of Mongolia to Tajikistan Bat Dorj.\n")
    assert people["Bat Dorj"][0] == "Non-resident Ambassador of Mongolia to Tajikistan"


def test_two_signatories_each_with_an_office_after_the_name() -> None:
    people = _people("ASTANA, May 3 (Kazinform) - The MoU was signed by Ali Bekov, Minister of Culture of Kazakhstan "
                     "and Evgeniy Kiselev, Deputy Minister of Culture of Russia.\n")
    assert people == {"Ali Bekov": ("Minister of Culture of Kazakhstan", "KZ"),
                      "Evgeniy Kiselev": ("Deputy Minister of Culture of Russia", "RU")}


def test_an_office_with_two_fields_joined_by_and_stays_whole() -> None:
    people = _people("ASTANA, May 3 (Kazinform) - Minister of Trade and Integration Arman Bekov met John Smith, "
                     "Minister of Industry and Trade of Vietnam.\n")
    assert people["John Smith"] == ("Minister of Industry and Trade of Vietnam", "VN")


def test_a_documents_name_is_no_person() -> None:
    facts = _facts("ASTANA, May 3 (Kazinform) - Minister Ali Bekov met Minister John Smith. The commission has also "
                   "adopted the Final Protocol/Agreed Minutes of the technical committees.\n")
    assert "Agreed Minutes" not in {p.name for p in [*facts.participants, *facts.mentioned_people]}


def test_an_invitation_handed_over_from_someone_else_goes_to_the_one_it_is_handed_to() -> None:
    facts = _facts("date 2021-01-28\nForeign Secretary Rashid Alam called on the Indian External Affairs Minister "
                   "Dr. S. Jaishankar in New Delhi on Thursday.\n\nThe Foreign Secretary handed over an invitation to "
                   "the EAM from the Bangladesh Foreign Minister to visit Bangladesh at an early date.\n")
    [plan] = facts.planned_events
    assert (plan.kind, plan.who, plan.host, plan.country) == ("visit", ["S. Jaishankar"], "the Bangladesh Foreign Minister",
                                                              "BD")


def test_a_counterpart_shares_the_office_without_a_rank_in_brackets() -> None:
    facts = _facts("date 2021-01-28\nBangladesh Foreign Secretary (Senior Secretary) Rashid Alam called on the Indian "
                   "Minister Ravi Das in New Delhi on Thursday.\n\nRashid Alam is scheduled to hold talks with his "
                   "Indian counterpart Vikram Rao on Friday.\n")
    people = {p.name: p.title for p in [*facts.participants, *facts.mentioned_people]}
    assert people["Vikram Rao"] == "Foreign Secretary"


def test_events_prepared_for_an_anniversary_next_year_are_planned() -> None:
    facts = _facts("date 2024-10-04\nForeign Minister Cho Min held phone talks with Foreign Minister Takeshi Iwaya "
                   "on Friday. They agreed to prepare for events marking the 60th anniversary of their relations next "
                   "year, according to the ministry.\n")
    [plan] = facts.planned_events
    assert (plan.kind, plan.when) == ("anniversary", "2025")
    assert not plan.text.endswith("ministry")


def test_outlets_in_the_dateline_in_brackets_at_the_end_and_by_their_correspondent() -> None:
    dated = _facts("DUSHANBE, January 26, 2012, Asia-Plus — Chairman Ali Bekov received Ambassador Bat Dorj.\n")
    bracketed = _facts("Foreign Minister Cho Min held phone talks with Foreign Minister Takeshi Iwaya on Friday.\n\n"
                       "The ministers discussed regional issues. (Yonhap)\n")
    told = _facts("Chairman Ivan Bondar met Senate President John Parry.\n\nHe told journalists this after the meeting "
                  "in Kyiv on Monday, an Ukrinform correspondent reports.\n")
    assert (dated.source_agency, bracketed.source_agency, told.source_agency) == ("Asia-Plus", "Yonhap", "Ukrinform")


# -- languages ------------------------------------------------------------------------------------------------------

def test_an_inviter_named_only_by_office_is_an_office_in_every_language(tmp_path) -> None:
    from conftest import briefing_text

    article = ("date 2021-01-28\nForeign Secretary Rashid Alam called on the Indian External Affairs Minister Dr. S. "
               "Jaishankar in New Delhi on Thursday.\n\nThe Foreign Secretary handed over an invitation to the EAM "
               "from the Bangladesh Foreign Minister to visit Bangladesh at an early date.\n")
    for lang in ("ru", "kk"):
        (tmp_path / lang).mkdir()
    russian = briefing_text(tmp_path / "ru", article, "ru")
    assert "Министр иностранных дел Бангладеш пригласил" in russian  # «Бангладеш» does not decline
    assert "Форейгн" not in russian
    assert "Форейгн" not in briefing_text(tmp_path / "kk", article, "kk")


def test_bangladesh_does_not_decline_in_russian() -> None:
    from briefing.grammar import ru

    assert [ru.inflect("посол Бангладеш", case, "title") for case in ("gen", "ins")] == ["посла Бангладеш",
                                                                                         "послом Бангладеш"]


def test_bin_in_a_south_asian_name_is_bin_and_in_an_arab_name_ben() -> None:
    from briefing.names.transliteration import transliterate_name

    assert transliterate_name("Masud Bin Momen", "ru", country="BD").text == "Масуд бин Момен"
    assert transliterate_name("Mohammed bin Salman", "ru", country="SA").text == "Мухаммед бен Сальман"


# -- review of fresh77 --------------------------------------------------------------------------------------------

def test_an_attribution_inside_a_paraphrase_makes_no_quote() -> None:
    facts = _facts("ASTANA, May 3 (Kazinform) - President Ali Bekov met Prime Minister John Smith.\n\n"
                   "In terms of regional cooperation, said the President, the country has taken part in many meetings "
                   "as an observer.\n")
    assert facts.quotes == []


def test_quoted_words_that_end_a_report_are_its_subjects() -> None:
    facts = _facts("ASTANA, May 3 (Kazinform) - Chairman Ivan Bondar met Senate President John Parry.\n\n"
                   'Bondar also said that during the meeting he had thanked Parry for supporting his country and '
                   '"especially for the continuation of sanctions against the aggressor".\n')
    assert [(q.speaker, q.text[:10]) for q in facts.quotes] == [("Ivan Bondar", "especially")]


def test_the_leader_of_a_received_delegation_takes_part() -> None:
    facts = _facts("date 2023-02-22\nThe Speaker of Parliament, Kofi Mensah, on Tuesday received a delegation from "
                   "the National Assembly of Panama.\n\nThe reason for the visit according to the delegation led by "
                   "Carlos Ruiz, President of the Panama National Assembly, was to strengthen ties, which will foster "
                   "contacts.\n\nGhana’s Speaker of Parliament expressed optimism.\n")
    people = {p.name: (p.title, p.country) for p in facts.participants}
    assert people["Carlos Ruiz"] == ("President of the Panama National Assembly", "PA")
    assert people["Kofi Mensah"] == ("Speaker of Parliament", "GH")  # the country from "Ghana’s Speaker of Parliament"


def test_a_visit_of_an_office_in_lower_case_names_who_will_visit() -> None:
    [plan] = _planned("The speaker confirmed preparations for Russian president’s visit to Turkmenistan.")
    assert (plan.kind, plan.who, plan.country) == ("visit", ["Russian president"], "TM")


def test_russias_chambers_are_named_through_the_federal_assembly_of_the_russian_federation() -> None:
    from briefing.compose import compose

    assert compose("Speaker of the Russian parliament’s upper house", "ru", "title") == \
        "Председатель Совета Федерации Федерального Собрания Российской Федерации"
    assert compose("Speaker of the Russian parliament’s upper house", "kk", "title") == \
        "Ресей Федерациясы Федералдық Жиналысы Федерация Кеңесінің Төрағасы"


def test_a_chamber_named_by_one_word_owns_its_office_without_the_genitive_in_kazakh() -> None:
    from briefing.compose import compose

    assert [compose(office, "kk", "title") for office in ("Chairman of the Senate", "Speaker of the Mejlis",
                                                          "Chairman of the Senate of Kazakhstan")] == \
        ["Сенат Төрағасы", "Мәжіліс Төрағасы", "Қазақстан Сенатының Төрағасы"]


def test_a_non_resident_ambassador_in_every_language() -> None:
    from briefing.compose import compose

    assert [compose("Non-resident Ambassador of Mongolia to Tajikistan", lang, "title") for lang in ("ru", "kk", "mn")] == [
        "посол по совместительству Монголии в Таджикистане",
        "Моңғолияның Тәжікстандағы қоса аккредиттелген елшісі",
        "Монгол Улсаас Бүгд Найрамдах Тажикистан Улсад хавсран суугаа элчин сайд"]


def test_tajikistans_lower_chamber_is_named_in_kazakh_and_mongolian() -> None:
    from briefing.compose import compose

    assert [compose("spokesman for the Majlisi Namoyandagon", lang, "title") for lang in ("kk", "mn")] == [
        "Мәжлиси намояндагонның ресми өкілі", "Маджлиси намояндагоны хэвлэлийн төлөөлөгч"]


def test_a_memorandum_told_again_in_a_quote_and_as_the_signing_of_it_is_one_document() -> None:
    facts = _facts("date 2023-11-28\nThe parliaments of Ukraine and Poland have signed a memorandum of understanding."
                   "\n\n\"Today, we signed a very important memorandum that outlined our cooperation,\" Speaker Ivan "
                   "Bondar said.\n\nHe said that the signing of the memorandum between the two parliaments was an "
                   "important decision.\n")
    assert [d.title for d in facts.documents_signed] == ["memorandum of understanding"]


def test_signatories_of_a_memorandum_signed_on_a_day_by_two_officials() -> None:
    facts = _facts("ASTANA, May 3 (Kazinform) - Azerbaijan and Georgia signed a Memorandum of Understanding. The "
                   "memorandum was signed on July 3 by Azerbaijani Deputy Prime Minister, Ali Ahmadov and Georgian "
                   "Minister of Economy, John Smith.\n")
    [document] = facts.documents_signed
    assert document.signatories == ["Ali Ahmadov", "John Smith"]


def test_a_dash_set_on_the_first_word_ends_the_dateline() -> None:
    facts = _facts("Addis Ababa, March 15, 2017 (FBC) -Ethiopia and the Russian Federation have signed a Memorandum of "
                   "Understanding today.\n")
    [document] = facts.documents_signed
    assert document.parties == ["Ethiopia", "Russian Federation"]
    assert facts.source_agency == "FBC"


def test_a_south_asian_foreign_secretary_is_no_minister_and_a_rank_in_brackets_does_not_block_the_office() -> None:
    from briefing.compose import compose

    assert [compose("Bangladesh Foreign Secretary (Senior Secretary)", lang, "title") for lang in ("ru", "kk", "mn")] == [
        "секретарь по иностранным делам Бангладеш", "Бангладеш сыртқы істер хатшысы",
        "Бангладеш Улсын Гадаад хэргийн яамны Төрийн нарийн бичгийн дарга"]


def test_mashav_by_its_own_names() -> None:
    from briefing.compose import compose

    assert compose("Israel’s Agency for International Development Cooperation", "ru", "institution") == \
        "Агентство Израиля по международному сотрудничеству в целях развития (МАШАВ)"


def test_only_kazakhstans_prime_minister_takes_a_capital_m_in_kazakh() -> None:
    from briefing.compose import compose

    assert [compose(office, "kk", "title") for office in ("Prime Minister of Japan", "Russian Prime Minister",
                                                          "Prime Minister of Kazakhstan")] == \
        ["Жапония Премьер-министрі", "Ресей Премьер-министрі", "Қазақстан Премьер-Министрі"]


def test_country_names_the_termbase_corrects_in_kazakh_and_mongolian() -> None:
    from pathlib import Path

    from briefing.dates import country_name
    from briefing.termbase import Termbase

    termbase = Termbase.load(Path(__file__).resolve().parents[1] / "locales" / "termbase.csv")
    assert (country_name("AU", "kk", termbase), country_name("MA", "mn", termbase)) == ("Австралия", "Марокко")


def test_a_weekday_after_a_name_ends_it() -> None:
    people = _people("ASTANA, May 3 (Kazinform) - Cabinet Secretary Ambassador Rose Wanjiru Sunday held talks with "
                     "Minister John Smith in Riyadh.\n")
    assert "Rose Wanjiru" in people


def test_a_meeting_told_with_a_quoted_future_or_a_stance_is_no_plan() -> None:
    facts = _facts("Senior official Liu Wei said in Beijing Monday China would increase its cooperation with Jordan "
                   "in media affairs.\n\n\"This will help push forward our relations,\" Liu said when meeting with "
                   "Jordan's Minister of State for Media Affairs, Nabil Salem.\n")
    assert (facts.event_type, facts.event_status) == ("meeting", None)
