"""Session 29: what the fresh78 and fresh79 articles showed. Short synthetic sentences and articles."""

from __future__ import annotations


def _facts(text: str):
    from briefing.extract import extract
    from briefing.ingest import parse_article

    return extract(parse_article(text))


# -- documents ------------------------------------------------------------------------------------------------------

def test_two_memoranda_which_are_on_two_sectors_are_two_documents_both_signed_by_the_signers() -> None:
    facts = _facts("TEHRAN, May 3 (MNA) – Iran and Turkey signed two cooperation documents on Thursday.\n\n"
                   "The two Memorandums of Understanding which are on health and communication sectors were signed by "
                   "Foreign Minister Ali Karimi and his Turkish counterpart Murat Kaya, with the presidents of the two "
                   "countries, Reza Tehrani and Ahmet Yilmaz, in attendance.\n")
    signed = [(d.type, d.subject, d.signatories) for d in facts.documents_signed]
    assert signed == [("memorandum", "health", ["Ali Karimi", "Murat Kaya"]),
                      ("memorandum", "communication", ["Ali Karimi", "Murat Kaya"])]


def test_agreements_on_two_kinds_of_sector_named_by_adjectives_stay_one_subject() -> None:
    facts = _facts("ASTANA, May 3 (Kazinform) – Kazakhstan and Turkey signed memoranda on trade and economic sectors.\n")
    assert [d.title for d in facts.documents_signed] == ["memoranda on trade and economic sectors"]


def test_two_memoranda_counted_on_two_kinds_of_one_field_are_one_of_each_kind() -> None:
    facts = _facts("NEW YORK -- Kuwait's Ambassador to The Bahamas Tariq Al-Rashid signed on Tuesday two memoranda of "
                   "understanding (MoUs) on political and economic collaboration.\n")
    signed = [(d.subject, d.signatories) for d in facts.documents_signed]
    assert signed == [("political collaboration", ["Tariq Al-Rashid"]), ("economic collaboration", ["Tariq Al-Rashid"])]


def test_the_named_subject_of_the_signing_verb_signed_the_document() -> None:
    facts = _facts("Foreign Minister Ali Karimov and his Turkish counterpart Murat Kaya signed an agreement on trade.\n")
    assert [d.signatories for d in facts.documents_signed] == [["Ali Karimov", "Murat Kaya"]]


def test_a_name_earlier_in_the_sentence_than_the_signers_signed_nothing() -> None:
    facts = _facts("During the visit of President Ali Karimov, the ministers signed an agreement on trade.\n")
    assert [d.signatories for d in facts.documents_signed] == [[]]


def test_an_agreement_concluded_by_two_officials_has_them_as_signatories_and_participants() -> None:
    facts = _facts("BUCHAREST -- The Ministry of Economy of Moldova and the Ministry of Economy, Commerce and Business "
                   "Environment of Romania concluded a cooperation agreement Monday. The agreement was concluded by the "
                   "Moldovan Deputy Minister of Economy, Ion Rusu, and Mihai Pop, Secretary of State of the Romanian "
                   "Ministry of Economy.\n")
    (agreement,) = facts.documents_signed
    assert agreement.parties == ["Ministry of Economy of Moldova",
                                 "Ministry of Economy, Commerce and Business Environment of Romania"]
    assert agreement.signatories == ["Ion Rusu", "Mihai Pop"]
    assert [p.name for p in facts.participants] == ["Ion Rusu", "Mihai Pop"]
    assert facts.participants[1].organization == "Romanian Ministry of Economy"
    assert "State of the Romanian Ministry of Economy" not in facts.organizations


def test_what_an_agreement_covers_ends_before_who_reported_it() -> None:
    facts = _facts("ADDIS ABABA, July 2 (ENA) - Ethiopia and Russia have signed an agreement which would enable them to "
                   "cooperate in areas of agriculture and energy, according to the Ministry of Foreign Affairs.\n")
    assert all("according" not in (d.subject or "") for d in facts.documents_signed)


# -- people ---------------------------------------------------------------------------------------------------------

def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {person.name: (person.title, person.country) for person in _facts(text).participants}


def test_a_country_of_two_words_after_an_envoys_office_is_no_part_of_his_name() -> None:
    people = _people("COLOMBO -- The memorandum was signed by the Australian High Commissioner in Sri Lanka Bryce "
                     "Hutton and Finance Secretary Ravi Perera.\n")
    assert people["Bryce Hutton"] == ("Australian High Commissioner in Sri Lanka", "AU")


def test_a_name_that_only_reads_as_japanese_syllables_gets_no_japanese_side() -> None:
    people = _people("The Australian Ambassador in Kazakhstan Bryce Hutton met Finance Minister Ravi Perera.\n")
    assert people["Ravi Perera"][1] != "JP"


def test_a_diplomats_rank_after_the_office_is_no_part_of_the_office() -> None:
    people = _people("NAIROBI -- Cabinet Secretary Ambassador Grace Wanjiru held talks with Foreign Minister Ali "
                     "Saud in Riyadh.\n")
    assert people["Grace Wanjiru"][0] == "Cabinet Secretary"


def test_office_holders_listed_after_a_colon_share_the_plural_office_whatever_party_follows_each() -> None:
    people = _people("WARSAW -- The meeting will be attended by deputy speakers of the Polish Sejm: Anna Nowak (ruling "
                     "party, PiS), Piotr Lis (PiS) and Ewa Zielinska (oppositionist party Civic Platform, PO).\n")
    assert set(people) == {"Anna Nowak", "Piotr Lis", "Ewa Zielinska"}
    assert {title for title, _ in people.values()} == {"deputy speaker of the Polish Sejm"}


def test_an_official_who_has_told_the_agency_is_its_source_not_a_participant() -> None:
    facts = _facts("WARSAW -- A joint meeting of the Polish Sejm and the Czech Chamber of Deputies will take place in "
                   "Jurata on August 29, director of the Sejm Information Center, Jan Kowal, has told PAP.\n")
    assert [p.name for p in facts.mentioned_people] == ["Jan Kowal"]
    assert facts.participants == []


def test_a_word_of_a_persons_standing_opens_no_institutions_name() -> None:
    facts = _facts("BEIJING -- Senior Communist Party of China (CPC) official Liu Yun said in Beijing Monday China "
                   "would increase its cooperation with Jordan.\n")
    assert "Communist Party of China" in facts.organizations
    assert not any(name.startswith("Senior") for name in facts.organizations)


# -- quote speakers -------------------------------------------------------------------------------------------------

def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in _facts(text).quotes]


def test_quoted_words_told_according_to_a_ministry_at_the_end_are_the_ministrys() -> None:
    assert _speakers("TOKYO -- Minister Taro Sato and Secretary Tom Reed “exchanged views on a wide range of issues” "
                     "during the call, according to the Foreign Ministry.\n") == ["Foreign Ministry"]


def test_quoted_words_in_a_sentence_that_ends_with_who_has_said_it_are_that_persons() -> None:
    assert _speakers("TOKYO -- In phone talks Tuesday, President Tom Reed offered “strong words of commitment” "
                     "regarding the defense, Taro Sato has said.\n") == ["Taro Sato"]


def test_quoted_words_after_a_possessive_in_what_a_person_said_are_that_persons() -> None:
    assert _speakers("TOKYO -- Taro Sato has said the alliance remains the foundation of the policy and that he will "
                     "address Beijing’s “attempts to change the status quo by force” in surrounding waters.\n") == [
        "Taro Sato"]


# -- participants and people mentioned ------------------------------------------------------------------------------

_PHONE_TALKS = ("TOKYO -- The top diplomats of Japan and the United States agreed in phone talks Thursday to strengthen "
                "their alliance, after Ken Mori became prime minister this week.\n\n"
                "Foreign Minister Taro Sato and U.S. Secretary of State Tom Reed discussed the region.\n\n"
                "In phone talks Tuesday, U.S. President Jim Bell offered support regarding the islands, Mori has said.\n\n"
                "Sato is one of only two ministers Mori retained from the previous Cabinet.\n")


def test_one_who_took_office_before_the_talks_and_one_met_on_another_day_are_only_mentioned() -> None:
    facts = _facts(_PHONE_TALKS)
    assert [p.name for p in facts.participants] == ["Taro Sato", "Tom Reed"]
    assert {p.name for p in facts.mentioned_people} == {"Ken Mori", "Jim Bell"}


def test_ministers_counted_before_a_name_that_opens_a_clause_are_no_office_of_that_name() -> None:
    mori = next(p for p in _facts(_PHONE_TALKS).mentioned_people if p.name == "Ken Mori")
    assert mori.title is None


_IPU_MEETINGS = ("Luanda, Oct 27 (Prensa Latina) The Cuban delegation to the Assembly of the Inter-Parliamentary Union, "
                 "headed by the Vice President of the Parliament Ana Ruiz, held meetings with other delegations.\n\n"
                 "The Cuban delegation met parliamentarians from Mozambique and the head of the Legislative of that "
                 "country, Rosa Bela.\n\n"
                 "During the brief meeting, the Cuban vice-president handed Bela a letter of invitation to visit the "
                 "island, sent by the president of the Parliament, Luis Mora.\n\n"
                 "On Friday, the Cuban delegation also spoke with the head of the Parliament of Senegal, Amadou Sall.\n")


def test_a_delegation_to_an_assembly_headed_by_an_official_gives_her_the_delegations_side() -> None:
    ruiz = next(p for p in _facts(_IPU_MEETINGS).participants if p.name == "Ana Ruiz")
    assert ruiz.country == "CU"


def test_the_head_of_the_body_of_that_country_named_in_apposition_holds_that_office() -> None:
    bela = next(p for p in _facts(_IPU_MEETINGS).participants if p.name == "Rosa Bela")
    assert (bela.title, bela.country) == ("head of the Legislative", "MZ")


def test_one_who_sent_the_letter_handed_over_is_mentioned_and_one_spoken_with_took_part() -> None:
    facts = _facts(_IPU_MEETINGS)
    assert [p.name for p in facts.mentioned_people] == ["Luis Mora"]
    assert "Amadou Sall" in [p.name for p in facts.participants]


def test_a_letter_of_invitation_handed_over_is_a_visit_planned_for_the_one_handed_it_by_its_sender() -> None:
    facts = _facts(_IPU_MEETINGS)
    (visit,) = facts.planned_events
    assert (visit.kind, visit.who, visit.host, visit.invited) == ("visit", ["Rosa Bela"], "Luis Mora", True)


def test_an_invitation_to_visit_handed_over_at_a_meeting_makes_no_meeting_planned() -> None:
    facts = _facts(_IPU_MEETINGS)
    assert facts.event_status is None
    assert (facts.location.city, facts.location.country) == ("Luanda", "AO")


def test_a_meeting_that_will_take_place_in_a_resort_of_a_country_is_placed_there() -> None:
    facts = _facts("Presidia of Polish and Czech lower chambers to meet\n\nA joint meeting of the presidia of the Polish "
                   "Sejm and the Czech Chamber of Deputies will take place in the Polish Baltic Sea resort of Jurata on "
                   "August 29, director of the Sejm Information Center, Jan Kowal, has told PAP.\n")
    assert (facts.location.city, facts.location.country) == ("Jurata", "PL")
    assert [event.text for event in facts.planned_events] == [
        "A joint meeting of the presidia of the Polish Sejm and the Czech Chamber of Deputies will take place in the "
        "Polish Baltic Sea resort of Jurata on August 29"]


def test_outlets_told_in_a_statement_or_by_an_official_and_no_ministry_that_reports() -> None:
    kuna = _facts("NEW YORK -- Ambassador Ali Hamad signed two memoranda on Tuesday.\n\nIn a statement to KUNA, Hamad "
                  "said the first memo sets up political consultations.\n")
    pap = _facts("WARSAW -- The meeting will take place on August 29, director of the Sejm Information Center, Jan Kowal, "
                 "has told PAP.\n")
    ministry = _facts("A telephone conversation took place between Foreign Minister Ali Karimov and Foreign Minister "
                      "Ivan Petrov, Ministry of Foreign Affairs of the Republic of Kazakhstan reports.\n")
    assert (kuna.source_agency, pap.source_agency, ministry.source_agency) == ("KUNA", "PAP", None)


def test_an_interest_in_holding_consultations_is_a_wish_not_a_plan_in_every_language(tmp_path) -> None:
    from conftest import briefing_text

    article = ("date 2025-08-07\nAshgabat, August 7 -- Foreign Minister Rashid Aman met Deputy Assistant Secretary "
               "John Bell.\n\nThe sides expressed interest in holding political consultations in 2025.\n")
    facts = _facts(article)
    assert [(event.kind, event.when, event.wished) for event in facts.planned_events] == [("consultations", "2025", True)]
    expected = {"en": "The sides expressed interest in holding consultations",
                "ru": "Стороны выразили заинтересованность в проведении консультаций",
                "kk": "өткізуге мүдделі екенін білдірді",
                "mn": "хийх сонирхолтой байгаагаа илэрхийлэв"}
    for lang, sentence in expected.items():
        (tmp_path / lang).mkdir()
        assert sentence in briefing_text(tmp_path / lang, article, lang)


def test_small_counts_are_words_in_every_language_with_the_russian_gender(tmp_path) -> None:
    from briefing.narrative import Narrative

    assert Narrative("ru").numeral(2, "соглашение") == "два"
    assert Narrative("ru").numeral(2, "программа") == "две"
    assert Narrative("ru").numeral(12, "соглашение") == "12"
    assert (Narrative("kk").numeral(2), Narrative("mn").numeral(3), Narrative("en").numeral(6)) == ("екі", "гурван", "six")
    from briefing.grammar.ru_agreement import agree

    assert agree("подписан", "два соглашения") == "подписаны"
    assert agree("подписан", "шесть документов") == "подписано"


def test_two_memoranda_signed_read_two_in_words_in_the_summary(tmp_path) -> None:
    from conftest import briefing_text

    article = "ASTANA, May 3 (Kazinform) - Kazakhstan and Kyrgyzstan signed two memoranda of understanding.\n"
    for lang, words in {"ru": "два меморандума", "kk": "екі меморандум", "mn": "хоёр санамж бичиг"}.items():
        (tmp_path / lang).mkdir()
        assert words in briefing_text(tmp_path / lang, article, lang)


# -- areas ----------------------------------------------------------------------------------------------------------

def test_what_the_sides_will_share_or_develop_is_no_area_unless_it_is_one() -> None:
    from briefing.extract.areas import split_items

    assert split_items("investment, trade and education, as well as sharing expertise and information and "
                       "developing projects") == ["investment", "trade", "education"]
    assert split_items("investment and developing tourism") == ["investment", "tourism"]


def test_transport_and_logistics_and_water_and_energy_are_each_one_area_in_the_briefing(tmp_path) -> None:
    from conftest import briefing_text

    article = ("ASTANA, May 3 (Kazinform) - Foreign Minister Ali Karimov held a telephone conversation with Foreign "
               "Minister Bek Saidov.\n\nThe sides discussed cooperation in the political, transport and logistics, "
               "water and energy, as well as cultural and humanitarian spheres.\n")
    (tmp_path / "ru").mkdir()
    russian = briefing_text(tmp_path / "ru", article, "ru")
    assert "транспорт и логистика" in russian
    assert "водно-энергетическая сфера" in russian


# -- titles and names -----------------------------------------------------------------------------------------------

def test_the_speaker_of_the_polish_sejm_is_its_marshal_and_the_latvian_one_its_chairman() -> None:
    from briefing.compose import compose_with_status

    assert compose_with_status("Speaker of the Polish Sejm", "ru", "title", "PL")[0] == "Маршал Сейма Польши"
    assert compose_with_status("deputy speaker of the Polish Sejm", "ru", "title", "PL")[0] == "вице-маршал Сейма Польши"
    assert compose_with_status("Speaker of the Saeima", "ru", "title", "LV")[0] == "Председатель Сейма"
    assert compose_with_status("head of the Chancellery of the Sejm", "kk", "title", "PL")[0] == "Сейм Кеңсесінің басшысы"


def test_her_deputy_is_the_deputy_of_her_office() -> None:
    people = _people("WARSAW -- The MPs will be accompanied by the head of the Chancellery of the Sejm, Anna Nowak, and "
                     "her deputy, Adam Lis.\n")
    assert people["Adam Lis"][0] == "deputy head of the Chancellery of the Sejm"


def test_names_by_the_spelling_of_their_country() -> None:
    from briefing.transliterate import transliterate_name

    def ru(name: str, country: str | None) -> str:
        return transliterate_name(name, "ru", country=country, kind="person").text

    assert ru("Amadou Mame Diop", "SN") == "Амаду Мам Диоп"  # French spelling, every consonant sounded
    assert ru("Felix Tshisekedi", "CD") == "Феликс Чисекеди"
    assert ru("Esperança Bias", "MZ") == "Эсперанса Биаш"  # Portuguese ç and final s
    assert ru("Karoly Borbely", "RO") == "Карой Борбей"  # a Hungarian given name without its accents


def test_a_given_name_in_yan_before_a_surname_in_a_is_a_mans_name() -> None:
    from briefing.grammar import grammar_for

    assert grammar_for("ru").inflect("Нараян Хадка", "gen", kind="person") == "Нараяна Хадки"


def test_the_vice_president_of_a_parliament_is_its_deputy_head_in_lower_case_in_mongolian() -> None:
    from briefing.compose import compose_with_status

    assert compose_with_status("Vice President of the Parliament", "mn", "title", None)[0] == "Парламентын дэд дарга"
    assert compose_with_status("Vice President", "mn", "title", "US")[0] == "Дэд ерөнхийлөгч"


def test_a_meeting_planned_with_two_named_hosts_is_a_meeting_with_each() -> None:
    facts = _facts("TASHKENT -- Speaker Ali Ismoilov will visit Russia on February 19-20.\n\nDuring the visit, the delegation "
                   "plans to meet with Ivan Volkov, Chairman of the State Duma, and Anna Orlova, Chairwoman of the "
                   "Federation Council.\n")
    hosts = [event.host for event in facts.planned_events if event.kind == "meeting"]
    assert hosts == ["Ivan Volkov", "Anna Orlova"]


def test_an_invitation_to_visit_the_island_is_to_the_carriers_country_and_reads_whole_without_a_place(tmp_path) -> None:
    from conftest import briefing_text

    (visit,) = _facts(_IPU_MEETINGS).planned_events
    assert visit.country == "CU"
    article = ("MINSK, May 3 (BelTA) - Speaker Ivan Petrov met Speaker Ali Bekov.\n\nPetrov invited Bekov to pay an "
               "official visit.\n")
    (tmp_path / "ru").mkdir()
    (tmp_path / "en").mkdir()
    assert "с официальным визитом." in briefing_text(tmp_path / "ru", article, "ru")
    assert "to pay an official visit." in briefing_text(tmp_path / "en", article, "en")


def test_the_legislative_of_a_country_is_its_parliament() -> None:
    from briefing.compose import compose_with_status

    assert compose_with_status("head of the Legislative", "ru", "title", "MZ")[0] == "руководитель Парламента"


# -- fresh80 --------------------------------------------------------------------------------------------------------

def test_the_headlines_lead_and_bodys_memorandum_on_the_same_fields_is_one_memorandum() -> None:
    facts = _facts("Iran, Syria sign MoU on political, diplomatic coop.\n\nIran and Syria signed a Memorandum of "
                   "Understanding on cooperation in political and diplomatic fields.\n\nThe Institute of Syria and the "
                   "Center of Iran signed a Memorandum of Understanding for cooperation in the political, diplomatic and "
                   "international relations fields.\n\nThe memo of understanding was signed in Tehran by the director of the "
                   "institute, Ambassador Imad Haddad, and the deputy head of the center, Reza Karimi.\n")
    (memorandum,) = facts.documents_signed
    assert memorandum.title.endswith("political, diplomatic and international relations fields")
    assert memorandum.signatories == ["Imad Haddad", "Reza Karimi"]


def test_several_memoranda_on_two_fields_are_not_the_one_on_the_first_field() -> None:
    facts = _facts("CANBERRA -- Sri Lanka and Australia signed several MOUs on Sport Development co-operation and "
                   "Economic co-operation.\n\nThe MOU on Sport Development co-operation was signed by Minister Greg Hill "
                   "and Minister Dayan Silva.\n")
    assert len(facts.documents_signed) == 2


def test_a_relayed_dateline_gives_the_city_the_day_and_the_agency_that_wrote_it() -> None:
    facts = _facts("MANAMA, (UrduPoint / Pakistan Point News / WAM - 23rd Oct, 2019) The National Media Council and the "
                   "Ministry of Information Affairs of Bahrain signed a Memorandum of Understanding.\n\nThe MoU was signed "
                   "by Dr. Rashid Al Nuaimi, Executive Director of the Media Affairs Sector, and Dr. Abdul Bahr, "
                   "Under-Secretary of the Ministry of Information.\n")
    assert (str(facts.event_date), facts.location.city, facts.source_agency) == ("2019-10-23", "Manama", "WAM")
    assert "PK" not in facts.countries
    assert facts.documents_signed[0].signatories == ["Rashid Al Nuaimi", "Abdul Bahr"]


def test_an_official_with_an_apposition_signed_the_memorandum_named_before_with_his_partner() -> None:
    facts = _facts("date 2024-06-25\nSouth Korea and the United States signed a memorandum of understanding (MOU) on "
                   "cooperating in the exchange of diplomatic intelligence analyses, Seoul's foreign ministry said "
                   "Tuesday.\n\nPark Jin-ho, director general for diplomatic intelligence at South Korea's foreign "
                   "ministry, signed the MOU with Brett Holm, US assistant secretary of state for intelligence and "
                   "research, in Washington on Monday.\n\n\"Through this MOU, the two sides will work together,\" the "
                   "ministry said.\n")
    (memorandum,) = facts.documents_signed
    assert memorandum.title.endswith("on cooperating in the exchange of diplomatic intelligence analyses")
    assert memorandum.signatories == ["Park Jin-ho", "Brett Holm"]
    people = {p.name: p.title for p in facts.participants}
    assert people == {"Park Jin-ho": "director general for diplomatic intelligence at South Korea's foreign ministry",
                      "Brett Holm": "US assistant secretary of state for intelligence and research"}
    assert [q.speaker for q in facts.quotes] == ["South Korea's foreign ministry"]


def test_a_sides_group_list_and_the_head_of_its_delegation_are_of_that_side() -> None:
    people = _people("KUWAIT: Speaker Marzouq Al-Ghanem received the delegation of the British House of Commons.\n\n"
                     "Head of the British delegation Rehan Shah handed Ghanem an invitation to visit Britain. The British "
                     "group included "
                     "MPs David Morton and Roy Smith.\n")
    assert people["Rehan Shah"] == ("Head of the British delegation", "GB")
    assert (people["David Morton"][1], people["Roy Smith"][1]) == ("GB", "GB")


def test_each_office_before_its_name_in_a_list_of_ministers_met() -> None:
    people = _people("ADDIS ABABA -- Minister Demeke Tola exchanged views with Foreign Affairs Minister of Cameroon, Jean "
                     "Mbella, Spain’s Foreign Affairs Minister, Jose Alba Bueno, Foreign Affairs Minister of Somalia, "
                     "Abshir Omar and Foreign Affairs Minister of Cote d’ivoire, Kandia Koné.\n")
    assert people["Jose Alba Bueno"] == ("Spain’s Foreign Affairs Minister", "ES")
    assert people["Abshir Omar"] == ("Foreign Affairs Minister of Somalia", "SO")
    assert people["Kandia Koné"] == ("Foreign Affairs Minister of Cote d’ivoire", "CI")


def test_a_state_ministers_ambassador_rank_is_no_part_of_the_office() -> None:
    people = _people("ADDIS ABABA -- State Minister of Foreign Affairs Ambassador Mesfin Alemu met Minister Ali Saud.\n")
    assert people["Mesfin Alemu"][0] == "State Minister of Foreign Affairs"


def test_quoted_words_after_according_to_and_a_name_are_that_persons() -> None:
    assert _speakers("BUCHAREST -- According to a Foreign Affairs Ministry release sent to AGERPRES, Aurel Ionescu "
                     "\"underscored Romania's commitment to continue the cooperation with Turkey.\"\n") == ["Aurel Ionescu"]


def test_a_statement_that_said_a_clause_is_no_unmarked_quote_and_an_old_relationship_no_participation() -> None:
    facts = _facts("ACCRA -- Speaker Alban Bagbin received Ambassador Leo Kabah.\n\nA statement issued by the Public "
                   "Affairs Directorate of Parliament, copied to the Ghana News Agency, said this was made known when Mr Leo "
                   "Kabah paid a courtesy call on the Speaker.\n\nBagbin reminisced on his long standing relationship with "
                   "the President of the National Assembly, Louis Vian.\n")
    assert facts.quotes == []
    assert [p.name for p in facts.mentioned_people] == ["Louis Vian"]


def test_brunei_styles_and_titles_before_a_name_and_a_fathers_titled_name_are_no_names_of_their_own() -> None:
    facts = _facts("BANDAR SERI BEGAWAN -- Speaker Yang Berhormat Pehin Orang Kaya Seri Lela Dato Seri Setia Awang Haji "
                   "Abdul Rahman bin Dato Setia Haji Mohamed Taib received a delegation from Indonesia.\n")
    assert [p.name for p in facts.participants + facts.mentioned_people] == ["Abdul Rahman"]


# -- fresh80 translator reviews -------------------------------------------------------------------------------------

def test_an_invitation_from_a_speaker_handed_over_by_a_delegation_head_invites_the_one_handed_it_to_britain() -> None:
    facts = _facts("KUWAIT: Speaker Marzouq Al-Ghanem received the delegation of the British House of Commons.\n\n"
                   "Head of the British delegation Rehan Shah handed Ghanem an official invitation from Lindsay Hale, the "
                   "Speaker of the House of Commons, to visit Britain.\n")
    (visit,) = facts.planned_events
    assert (visit.who, visit.host, visit.country) == (["Marzouq Al-Ghanem"], "Lindsay Hale", "GB")


def test_the_lead_printed_first_then_under_its_dateline_is_a_headline_over_a_dated_body() -> None:
    facts = _facts("date 2020-10-22\nChairman Senate Sadiq Sanjar has termed cooperation between Pakistan and European "
                   "Union (EU) as significant\n\nISLAMABAD, (UrduPoint / Pakistan Point News - 22nd Oct, 2020 ) :Chairman "
                   "Senate Sadiq Sanjar has termed cooperation between Pakistan and European Union (EU) as significant. He "
                   "met EU Ambassador to Pakistan Ms. Anna Kamin.\n")
    assert (facts.location.city, facts.source_agency) == ("Islamabad", "UrduPoint")
    assert "European Union" in facts.organizations
    assert not any(name.startswith(("Pakistan and", "Chairman")) for name in facts.organizations)


def test_a_directors_rank_of_ambassador_is_no_office() -> None:
    people = _people("TEHRAN -- The memo was signed in Tehran by the director of the institute, Ambassador Imad Haddad, "
                     "and the deputy head of the center, Reza Karimi.\n")
    assert people["Imad Haddad"][0] == "director of the institute"


def test_a_sentence_opened_by_an_adverb_names_no_one() -> None:
    facts = _facts("ASTANA -- Foreign Minister Ermek Kosher held a phone call with Foreign Minister Bakhtiyor Said.\n\n"
                   "Separately emphasized the interest in close interaction within multilateral structures.\n")
    assert "Separately" not in [p.name for p in facts.participants + facts.mentioned_people]


def test_womens_given_names_decline_as_womens() -> None:
    from briefing.grammar.ru import person_gender

    assert {person_gender(name) for name in ("Ширли Айоркор Ботчвей", "Ясмин Куреши", "Саломе Зурабишвили")} == {"female"}


def test_ghanas_foreign_and_regional_integration_minister_reads_in_russian() -> None:
    from briefing.compose import compose_with_status

    assert compose_with_status("Minister for Foreign Affairs and Regional Integration", "ru", "title", "GH")[0] == \
        "министр иностранных дел и региональной интеграции"


def test_a_given_name_a_slip_or_two_off_with_the_same_surname_is_the_termbase_person() -> None:
    from briefing.termbase import Termbase

    termbase = Termbase.load("locales/termbase.csv")
    assert termbase.match_person("Ermack Kosherbaev").entry.en == "Yermek Kosherbayev"
    assert termbase.match_person("Bakhtiyr Saidov").entry.en == "Bakhtiyor Saidov"
    assert termbase.match_person("Marat Nurtleu") is None  # another given name, never the row of Murat Nurtleu


def test_areas_before_a_singular_relation_and_no_area_in_exchanging_experiences() -> None:
    relation = _facts("ADDIS ABABA -- Minister Demeke Tola discussed on enhanced Ethiopia’s existing diplomatic, economic, "
                      "trade and investment relation with the respective countries.\n")
    assert relation.cooperation_areas == ["diplomatic", "economic", "trade", "investment"]
    exchange = _facts("MANAMA -- The memorandum aims to promote cooperation in the field of cinema and exchange "
                      "experiences and development mechanisms.\n")
    assert exchange.cooperation_areas == ["cinema"]


def test_each_minister_who_signed_on_behalf_of_a_country_signed_the_one_agreement() -> None:
    facts = _facts("date 2020-11-02\nACCRA -- Ghana has signed a General Cooperation Agreement with the Republic of "
                   "Rwanda.\n\nGhana’s Minister for Foreign Affairs, Shirley Mensah, signed on behalf of her country.\n\n"
                   "Dr. Vincent Bira, Minister of Foreign Affairs of the Republic of Rwanda, signed on behalf of Rwanda.\n")
    assert [d.signatories for d in facts.documents_signed] == [["Shirley Mensah", "Vincent Bira"]]
