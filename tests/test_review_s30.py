"""Session 30: what the fresh80 and fresh81 articles showed. Short synthetic sentences and articles."""

from __future__ import annotations


def _facts(text: str):
    from briefing.extract import extract
    from briefing.ingest import parse_article

    return extract(parse_article(text))


# -- organisations ----------------------------------------------------------------------------------------------------

def test_a_family_name_alone_after_an_office_ends_the_body_before_it() -> None:
    facts = _facts("ACCRA, May 3 (GNA) – The Speaker of Parliament Kofi Mensah received the envoy of Togo.\n\n"
                   "Speaker of Parliament Mensah, on his part, recalled the two countries' ties.\n")
    assert not any("Mensah" in name for name in facts.organizations)


def test_a_family_name_that_opens_an_institution_stays_in_its_name() -> None:
    facts = _facts("ASTANA, May 3 (Kazinform) – Senator Aidos Nazarbek met students of Nazarbek University on Friday.\n")
    assert "Nazarbek University" in facts.organizations


def test_a_portfolio_in_affairs_is_not_an_organisation() -> None:
    facts = _facts("KUWAIT, May 3 (KUNA) – Foreign Minister and Minister of State for Cabinet Affairs Ali Al-Sabah "
                   "received the delegation of Oman.\n\nPrincipal Secretary of Foreign Affairs of Kenya and Chinese "
                   "Government Special Envoy Liu Wei met on Monday.\n")
    assert not any("Affairs" in name for name in facts.organizations)


def test_the_body_named_after_a_portfolio_of_the_is_kept() -> None:
    facts = _facts("ADDIS ABABA, May 3 (ENA) – The accord was signed by Abebe Kebede, Minister of Cabinet Affairs of the "
                   "Office of the Prime Minister, and Ivan Petrov, Deputy Minister of Energy of Russia.\n")
    assert "Office of the Prime Minister" in facts.organizations


def test_parliament_house_is_where_they_met_not_a_body() -> None:
    facts = _facts("ISLAMABAD, May 3 (APP) – Chairman Senate Ali Khan met the EU Ambassador Anna Berg at the Parliament "
                   "House on Thursday.\n")
    assert "Parliament House" not in facts.organizations


# -- documents --------------------------------------------------------------------------------------------------------

def test_a_signing_earlier_on_the_day_of_the_talks_is_of_this_event_and_a_count_gives_its_sides() -> None:
    facts = _facts("date 2019-06-04\nPRETORIA - Kenya and Ghana signed two agreements on Tuesday after talks.\n\n"
                   "Earlier on Tuesday, an agreement on visa exemption was signed.\n\n"
                   "The countries' trade ministries signed a memorandum of understanding.\n")
    assert [(d.title, d.parties) for d in facts.documents_signed] == [
        ("agreement on visa exemption", ["Kenya", "Ghana"]), ("memorandum of understanding", ["Kenya", "Ghana"])]


def test_a_signing_earlier_on_another_weekday_than_the_talks_was_before_them() -> None:
    facts = _facts("date 2019-06-04\nPRETORIA - Kenya and Ghana held talks on Tuesday.\n\n"
                   "Earlier on Monday, an agreement on visa exemption was signed.\n")
    assert [d.title for d in facts.documents_signed] == []
    assert [d.status for d in facts.documents_referenced] == ["signed earlier"]


def test_the_size_of_a_package_told_after_it_is_no_document_of_its_own() -> None:
    facts = _facts("BAKU, May 3 (Trend) - The presidents attended the signing of a package of documents, covering 14 "
                   "agreements, including the key areas of cooperation.\n")
    assert [d.title for d in facts.documents_signed] == ["package of documents, covering 14 agreements"]


def test_a_side_named_by_its_city_ends_before_what_the_agreement_is_on() -> None:
    facts = _facts("BISHKEK, May 3 (Kabar) - An Agreement between the Mayor's Office of Osh city and the Government of "
                   "Andijan city on Trade, Economic and Cultural Cooperation was signed.\n")
    assert facts.documents_signed[0].parties == ["Mayor's Office of Osh city", "Government of Andijan city"]
    assert "Government of Andijan city" in facts.organizations


def test_who_signed_in_the_presence_of_the_leaders_is_told_after_them() -> None:
    facts = _facts("BISHKEK, May 3 (Kabar) - An agreement on trade was signed in the presence of the presidents of "
                   "Kyrgyzstan and Uzbekistan by the Mayor of Osh Taalai Beishenov and the Governor of Andijan Ulugbek "
                   "Karimov.\n")
    assert facts.documents_signed[0].signatories == ["Taalai Beishenov", "Ulugbek Karimov"]


def test_what_the_next_sentence_says_a_memorandum_provides_for_is_its_subject() -> None:
    facts = _facts("DODOMA, May 3 - The health ministries of Tanzania and Kenya signed a memorandum of understanding.\n\n"
                   "This would provide for co-operation in areas such as nursing training.\n")
    assert [d.subject for d in facts.documents_signed] == ["co-operation in areas such as nursing training"]


# -- quotes and sources -----------------------------------------------------------------------------------------------

def test_a_cabinet_of_ministers_quoted_is_the_speaker_not_its_prime_minister() -> None:
    facts = _facts("BAKU, May 3 (Trend) - Prime Minister Elmar Guliyev met with Georgian Minister of Economy Levan "
                   "Gelashvili on May 3.\n\n“The sides discussed transit and energy projects,” the Azerbaijani Cabinet of "
                   "Ministers said.\n")
    assert [q.speaker for q in facts.quotes] == ["Azerbaijani Cabinet of Ministers"]


def test_the_statement_quoted_is_of_the_body_that_said_it_with_its_acronym_between() -> None:
    facts = _facts("ISLAMABAD - The Qatari Emir will visit Pakistan on Friday.\n\nForeign Office (FO) said in a statement "
                   "that the visit had been planned for long.\n\n\"The visit will deepen ties between the two countries,\" "
                   "the statement said.\n")
    assert [q.speaker for q in facts.quotes] == ["Foreign Office"]


def test_the_agency_credited_after_the_text_or_in_its_last_line_is_the_source() -> None:
    bernama = _facts("MALE, Dec 20 ― Malaysia and the Maldives signed a memorandum on health. ― Bernama\n")
    xinhua = _facts("The foreign ministers of China and Peru had a telephone conversation on Monday.\n"
                    "(Xinhua News Agency July 27, 2004)\n")
    quoted = _facts("Mr Li will visit Kazakhstan on May 3-5, Kazinform News Agency quotes the spokesman.\n")
    sapa = _facts("Cape Town - Mr Ramaphosa met his Namibian counterpart on Monday, he said. - Sapa\n")
    slashed = _facts("ISLAMABAD, MAR 19 – /DNA/ – Foreign Minister Ali Khan had a telephone call with Foreign Minister of "
                     "Iran Reza Zarif.\n")
    assert [f.source_agency for f in (bernama, xinhua, quoted, sapa, slashed)] == ["Bernama", "Xinhua", "Kazinform", "Sapa",
                                                                                   "DNA"]


# -- planned events ---------------------------------------------------------------------------------------------------

def test_a_commission_that_meets_alternating_between_two_capitals_meets_no_one() -> None:
    facts = _facts("Cape Town - South Africa and Namibia set up a bi-national commission on Tuesday.\n\nIt would meet every "
                   "year, alternating between Pretoria and Windhoek.\n")
    assert [event.who for event in facts.planned_events] == [[]]


# -- titles composed from the lexicon ---------------------------------------------------------------------------------

def _title(text: str, lang: str, country: str | None = None) -> str | None:
    from briefing.compose import compose

    return compose(text, lang, "title", country)


def test_portfolios_of_ministers_seen_in_news_compose_in_russian() -> None:
    assert _title("Minister of the Interior and Safety", "ru") == "министр внутренних дел и безопасности"
    assert _title("Minister of Home Affairs", "ru") == "министр внутренних дел"
    assert _title("Minister of Communications and Multimedia", "ru") == "министр связи и мультимедиа"
    assert _title("Minister of State for Cabinet Affairs", "ru") == "государственный министр по делам кабинета министров"


def test_a_commonwealth_high_commissioner_is_a_high_commissioner_in_his_host_country() -> None:
    assert _title("High Commissioner of India to Bangladesh", "ru") == "верховный комиссар Индии в Бангладеш"
    assert _title("High Commissioner of India to Bangladesh", "kk") == "Үндістанның Бангладештегі Жоғарғы комиссары"


def test_kenya_s_cabinet_secretary_is_its_minister_and_elsewhere_no_guess() -> None:
    assert _title("Cabinet Secretary for Foreign Affairs", "ru", "KE") == "министр иностранных дел"
    assert _title("Principal Secretary", "kk", "KE") is None


def test_a_minister_of_cabinet_affairs_of_another_state_is_not_the_uae_s() -> None:
    assert "Эмират" not in (_title("Minister of Cabinet Affairs", "ru", "ET") or "")


# -- people -----------------------------------------------------------------------------------------------------------

def test_a_parliament_known_by_its_own_name_is_an_organisation_and_its_acronym_part_of_the_title() -> None:
    facts = _facts("date 2022-11-20\nDHAKA, Nov 20 (BSS) - Jatiya Sangsad (JS) Speaker Dr Rina Akter said the talks with "
                   "the Nepali delegation were fruitful.\n")
    assert [(p.name, p.title, p.organization) for p in facts.participants] == [
        ("Rina Akter", "Jatiya Sangsad (JS) Speaker", "Jatiya Sangsad")]
    assert "Jatiya Sangsad" in facts.organizations


def test_whips_are_offices_and_a_name_may_link_its_parts_by_one_letter() -> None:
    facts = _facts("date 2022-11-20\nDHAKA, Nov 20 (BSS) - Speaker Rina Akter met the Nepali delegation on Sunday.\n\n"
                   "Chief Whip Noor-E-Hasan Khan and Whip Karim Uddin were present.\n")
    titled = {p.name: p.title for p in [*facts.participants, *facts.mentioned_people]}
    assert titled["Noor-E-Hasan Khan"] == "Chief Whip"
    assert titled["Karim Uddin"] == "Whip"


def test_initials_without_stops_before_a_name_are_not_part_of_the_body_before() -> None:
    facts = _facts("date 2022-11-20\nDHAKA, Nov 20 (BSS) - Speaker Rina Akter met the Nepali delegation on Sunday.\n\n"
                   "Secretary of the Parliament Secretariat KM Abdul Karim was present.\n")
    assert "Parliament Secretariat" in facts.organizations
    assert not any(name.endswith("KM") for name in facts.organizations)


def test_an_office_of_a_garbled_complement_naming_the_person_again_is_not_taken() -> None:
    facts = _facts("date 2022-11-20\nDHAKA, Nov 20 (BSS) - Speaker Dr Rina Akter met the Nepali delegation on Sunday.\n\n"
                   "The delegation head invited the Speaker of the Bangladesh Speaker Dr Rina to visit Kathmandu.\n")
    assert [p.title for p in facts.participants if p.name == "Rina Akter"] == ["Speaker"]


def test_an_officer_named_by_the_acronym_of_a_known_parliament_is_of_its_country() -> None:
    facts = _facts("date 2022-11-20\nDHAKA, Nov 20 (BSS) - Jatiya Sangsad (JS) Speaker Rina Akter met the Nepali "
                   "delegation on Sunday.\n\nJS deputy speaker Karim Uddin was present.\n")
    deputy = next(p for p in [*facts.participants, *facts.mentioned_people] if p.name == "Karim Uddin")
    assert (deputy.country, deputy.organization) == ("BD", "Jatiya Sangsad")


def test_bangladesh_s_parliament_and_its_whips_are_named_in_russian_kazakh_and_mongolian() -> None:
    assert _title("JS deputy speaker", "ru", "BD") == "заместитель спикера Национального парламента Бангладеш"
    assert _title("Jatiya Sangsad (JS) Speaker", "kk", "BD") == "Бангладеш Ұлттық парламентінің спикері"
    assert _title("Chief Whip", "ru", "BD") == "главный парламентский организатор"
    assert _title("Dewan Rakyat Speaker", "mn", "MY") == "Малайз Улсын Төлөөлөгчдийн танхимын дарга"


def test_the_capital_of_any_state_is_a_place() -> None:
    facts = _facts("date 2020-02-05\nThe ministers of Oman and Morocco signed in the capital Rabat a memorandum on museums.\n")
    assert (facts.location.city, facts.location.country) == ("Rabat", "MA")


def test_visiting_is_not_part_of_the_office_nor_a_portfolio_of_government_a_body() -> None:
    facts = _facts("MALE, Dec 20 - Visiting Malaysian Prime Minister Ali Razak met Maldives President Ahmed Nasir.\n\n"
                   "A memorandum was signed by Malaysian Housing and Local Government Minister Noh Azmi and the "
                   "Maldives Minister of Defence Adam Rasheed.\n")
    titles = {p.name: p.title for p in facts.participants}
    assert titles["Ali Razak"] == "Malaysian Prime Minister"
    assert "Housing and Local Government" not in facts.organizations
    assert (facts.location.city, facts.location.country) == ("Male", "MV")


# -- areas ------------------------------------------------------------------------------------------------------------

def _areas(text: str) -> list[str]:
    return _facts(text).cooperation_areas


def test_the_areas_among_the_issues_a_meeting_discussed_are_kept_and_the_rest_left() -> None:
    assert _areas("ASTANA, May 3 (Kazinform) - They discussed several issues such as the long-standing relations "
                  "between Kazakhstan and India, expansion of trade, investment and economic development of the two "
                  "countries.\n") == ["trade", "investment", "economic development"]


def test_the_fields_an_agreement_s_name_gives_after_its_sides_are_areas() -> None:
    assert _areas("ASTANA, May 3 (Kazinform) - An Agreement between the city of Osh and the Government of Andijan city "
                  "on Trade, Economic and Cultural Cooperation was signed.\n") == ["trade", "economic", "cultural"]


def test_sharing_and_exchanging_after_a_comma_are_activities_and_a_plural_is_the_same_field() -> None:
    assert _areas("ASTANA, May 3 (Kazinform) - The memo covers cooperation in the field of museums, exchanging "
                  "expertise and specialized knowledge in the field of museum.\n") == ["museums"]


def test_a_part_of_a_pair_told_whole_is_not_told_again_and_a_place_owning_a_field_is_left_out() -> None:
    assert _areas("BAKU, May 3 (Trend) - The sides stressed trade and economic ties and economic cooperation, and the "
                  "role of joint projects in the field of ensuring energy security of Europe.\n") == \
        ["trade and economic", "energy security"]


def test_cooperation_in_foreign_affairs_is_diplomacy() -> None:
    assert _areas("ISLAMABAD - Pakistan and China ink accord to enhance cooperation in foreign affairs.\n") == \
        ["foreign affairs"]


# -- names of places and regional bodies ------------------------------------------------------------------------------

def test_an_indian_state_s_legislature_and_chief_minister_compose_with_the_state() -> None:
    from briefing.compose import compose

    assert compose("Speaker of the Assam Legislative Assembly", "ru", "title", "IN") == \
        "спикер Законодательного собрания штата Ассам"
    assert compose("Chief Minister of Sarawak", "ru", "title", "MY") == "главный министр штата Саравак"
    assert compose("Government of Kerala", "kk", "institution", "IN") == "Керала штатының Үкіметі"


def test_a_capital_without_a_cldr_city_name_has_its_russian_form() -> None:
    from briefing.resources import default_locales_dir
    from briefing.termbase import Termbase

    termbase = Termbase.load(default_locales_dir() / "termbase.csv")
    assert [termbase.find(city, type="place").form("ru") for city in ("Rabat", "Khartoum", "Male")] == \
        ["Рабат", "Хартум", "Мале"]


# -- planned events and offices told together --------------------------------------------------------------------------

_VISIT_NEWS = ("date 2024-01-22\nLi Wei, Vice Chairman of the Standing Committee of the National People's Congress of "
               "China, will visit Kazakhstan January 23-27, Kazinform News Agency quotes Aidar Nurov, Official "
               "Spokesperson of the Kazakh Ministry of Foreign Affairs, as saying.\n\nLi Wei is expected to hold talks "
               "with the Senate and Majilis speakers – Asan Bekov and Ulan Serikov. He will also hold a meeting with "
               "Deputy Speaker of the Majilis Berik Aliyev, First Deputy Prime Minister Roman Orlov and Chairman of "
               "Almaty Maslikhat Daulet Omarov.\n")


def test_a_visit_announced_with_its_days_and_who_told_it_is_the_visitor_s_to_the_country() -> None:
    visit = _facts(_VISIT_NEWS).planned_events[0]
    assert (visit.kind, visit.who, visit.country, visit.objects) == ("visit", ["Li Wei"], "KZ", [])


def test_a_meeting_with_a_list_of_office_holders_is_a_meeting_with_each_of_them() -> None:
    meetings = [event.host for event in _facts(_VISIT_NEWS).planned_events if event.kind == "meeting"]
    assert meetings == ["Berik Aliyev", "Roman Orlov", "Daulet Omarov"]


def test_two_bodies_offices_then_their_holders_give_each_his_office_and_one_state() -> None:
    facts = _facts(_VISIT_NEWS)
    held = {p.name: (p.title, p.country) for p in [*facts.participants, *facts.mentioned_people]}
    assert held["Asan Bekov"] == ("Senate Speaker", "KZ")
    assert held["Ulan Serikov"] == ("Majilis Speaker", "KZ")
    assert held["Daulet Omarov"] == ("Chairman of Almaty Maslikhat", "KZ")


# -- the Russian, Kazakh and Mongolian readers' review of fresh81 -------------------------------------------------------

def test_given_names_in_in_and_ih_are_given_names_not_russian_surnames() -> None:
    from briefing.grammar import ru

    assert ru.inflect("Колин Пауэлл", "ins", "person") == "Колином Пауэллом"
    assert ru.inflect("Фатих Дёнмез", "ins", "person") == "Фатихом Дёнмезом"
    assert ru.inflect("Мартин Смит", "gen", "person") == "Мартина Смита"
    assert ru.inflect("Петров Иван", "ins", "person") == "Петровым Иваном"  # a surname plainly first still is


def test_an_arabic_article_written_al_is_not_declined_and_so_takes_a_marked_word() -> None:
    from briefing.grammar import ru

    assert ru.inflect("Мехди ал Кутби", "gen", "person") == "Мехди ал Кутби"
    assert ru.euphony('встреча с <span class="review">спикером</span>') == 'встреча со <span class="review">спикером</span>'


def test_names_the_readers_corrected() -> None:
    from briefing.names import transliterate_name

    assert transliterate_name("Makhdoom Shah Mahmood Qureshi", "ru", country="PK").text == "Махдум Шах Махмуд Куреши"
    assert transliterate_name("Md Karim Uddin", "ru").text == "Мохаммад Карим Уддин"
    assert transliterate_name("Albert Rau", "ru", country="KZ").text == "Альберт Рау"
    assert transliterate_name("Reezal Merican", "ru", country="MY").text == "Ризал Мерикан"
    assert transliterate_name("Aishath Shiham", "ru", country="MV").text == "Аишат Шихам"


def test_a_package_s_count_with_a_document_named_after_it_is_the_total() -> None:
    facts = _facts("DUSHANBE, May 3 (Khovar) - The presidents attended the signing of a package of documents, covering 27 "
                   "agreements. Among them was signed an Agreement between the Mayor's Office of Osh city and the "
                   "Government of Andijan city on Trade.\n")
    assert facts.documents_total == 27
    assert [d.type for d in facts.documents_signed] == ["agreement"]


def test_meetings_with_a_president_and_a_prime_minister_named_by_his_surname_are_two() -> None:
    facts = _facts("ISLAMABAD - Iranian President Ali Karimi will visit Pakistan on Friday at the invitation of Prime "
                   "Minister Nawaz Khan.\n\nHe will hold meetings with Pakistan President Arif Alvi and Prime Minister "
                   "Khan.\n")
    assert [event.host for event in facts.planned_events if event.kind == "meeting"] == ["Arif Alvi", "Nawaz Khan"]


def test_pakistan_s_foreign_office_is_its_foreign_ministry() -> None:
    from briefing.compose import compose

    assert compose("Pakistan Foreign Office", "ru", "institution", "PK") == "Министерство иностранных дел Пакистана"


def test_the_day_the_closing_credit_gives_dates_a_monday_in_the_text() -> None:
    facts = _facts("The foreign ministers of China and Peru had a telephone conversation Monday morning.\n"
                   "(Xinhua News Agency July 27, 2004)\n")
    assert str(facts.event_date) == "2004-07-26"


def test_maldivian_names_are_written_whole_in_mongolian_and_an_initial_takes_no_space() -> None:
    from briefing.names.press import mongolian_press_form

    assert mongolian_press_form("С. Субраманиам", "ms") == "С.Субраманиам"
    from briefing.localize import _press_form

    assert _press_form("Абдулла Ямин Абдул Гаюм", "mn", "Abdulla Yameen Abdul Gayoom", "MV") == "Абдулла Ямин Абдул Гаюм"


def test_a_first_deputy_prime_minister_abroad_and_a_maslikhat_s_chairman() -> None:
    from briefing.compose import compose

    assert compose("First Deputy Prime Minister", "mn", "title", "KZ") == "Ерөнхий сайдын тэргүүн орлогч"
    assert compose("Chairman of Almaty Maslikhat", "ru", "title", "KZ") == "председатель маслихата Алматы"
    assert compose("Head of Almaty Akimat", "ru", "title", "KZ") == "руководитель акимата Алматы"


def test_one_document_named_of_a_counted_package_does_not_give_its_sides_to_all(shipped_termbase) -> None:
    from conftest import localized_with_shipped_catalogs

    facts = _facts("DUSHANBE, May 3 (Khovar) - The presidents attended the signing of a package of documents, covering 27 "
                   "agreements. Among them was signed an Agreement between the Mayor's Office of Osh city and the "
                   "Government of Andijan city on Trade.\n")
    signed = localized_with_shipped_catalogs(facts, "ru", shipped_termbase).signed
    assert (signed.total, signed.named, signed.shared) == (27, 1, [])


def test_the_city_halls_of_dushanbe_and_tashkent_by_their_official_russian_names() -> None:
    from briefing.compose import compose

    assert compose("Government of Tashkent city", "ru", "institution") == "хокимият города Ташкента"
    assert compose("Executive body of state authority of Dushanbe city", "ru", "institution") == \
        "Исполнительный орган государственной власти города Душанбе"


def test_officials_who_also_met_the_visitor_separately_are_not_at_the_meeting() -> None:
    facts = _facts("BEIJING - Chinese Vice President Li Ming met with US Deputy Secretary of State John Walker on "
                   "Thursday in Beijing.\n\nOn the same day, State Councilor Wu Tao and Foreign Minister Zhou Bin also "
                   "met with Walker, respectively.\n")
    assert [p.name for p in facts.participants] == ["Li Ming", "John Walker"]
    assert {p.name: p.why.split(";")[0] for p in facts.mentioned_people} == {
        "Wu Tao": "met a participant separately", "Zhou Bin": "met a participant separately"}


def test_the_fields_the_readers_found_in_english_have_their_own_names(shipped_termbase) -> None:
    from conftest import localized_with_shipped_catalogs

    facts = _facts("MALE, Dec 20 - Malaysia and the Maldives signed memoranda on cooperation in the fields of firefighting, "
                   "rescue training, meteorology and museum work.\n")
    assert facts.cooperation_areas == ["firefighting", "rescue training", "meteorology", "museum work"]
    areas = [str(area) for area in localized_with_shipped_catalogs(facts, "ru", shipped_termbase).cooperation_areas]
    assert areas == ["пожарная безопасность", "спасательное дело", "метеорология", "музейное дело"]
