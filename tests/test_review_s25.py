"""Session 25: what the fresh69 articles showed. Short synthetic sentences and articles."""

from __future__ import annotations

from pathlib import Path

from conftest import composed_name, read_briefing

from briefing.compose import compose
from briefing.extract import extract
from briefing.ingest import parse_article

_KL = "date 2024-07-20\nKUALA LUMPUR: Prime Minister Datuk Seri Anwar Ibrahim paid a courtesy call to Sultan of Brunei " \
      "Sultan Hassanal Bolkiah here on Saturday.\n\n"
_BAKU = "date 2024-11-20\nBAKU, Nov 20. The foreign ministers of Azerbaijan (Jeyhun Bayramov) and Georgia (Maka " \
        "Botchorishvili) met in Baku to discuss bilateral cooperation.\n\n"




# -- composition of document and institution names ------------------------------------------------------------------

def test_cooperation_on_a_field_is_cooperation_in_it() -> None:
    assert composed_name("Agreement on Cooperation on Tourism", "ru") == "соглашение о сотрудничестве в области туризма"
    assert composed_name("Memorandum of Cooperation on Tourism", "kk") == "туризм саласындағы ынтымақтастық туралы меморандум"


def test_an_action_plan_or_roadmap_on_cooperation_takes_po() -> None:
    assert composed_name("Action Plan on cooperation in tourism", "ru") == \
        "план действий по сотрудничеству в области туризма"
    assert composed_name("Roadmap on expanding bilateral cooperation", "ru") == \
        "дорожная карта по расширению двустороннего сотрудничества"
    assert composed_name("Roadmap on deepening trade cooperation", "ru") == \
        "дорожная карта по углублению торгового сотрудничества"


def test_a_kazakh_noun_before_cooperation_puts_it_in_the_possessive() -> None:
    assert composed_name("Memorandum on trade cooperation", "kk") == "сауда ынтымақтастығы туралы меморандум"
    assert composed_name("Agreement on cultural cooperation", "kk") == "мәдени ынтымақтастық туралы келісім"


def test_sister_cities_named_in_the_subject_are_its_sides() -> None:
    title = "Agreement on establishment of brotherly relations between the cities of Arkadag and Khujand"
    assert composed_name(title, "ru") == "соглашение об установлении побратимских отношений между Аркадагом и Худжандом"
    assert composed_name(title, "kk").startswith("Аркадаг пен Хұжанд арасындағы")


def test_academy_institutes_compose_from_their_fields() -> None:
    assert composed_name("Institute of Seismology and Physics of Atmosphere of the Academy of Sciences of Turkmenistan",
                     "ru", "institution") == "Институт сейсмологии и физики атмосферы Академии наук Туркменистана"
    assert composed_name("Institute of Geology, Seismological Construction and Seismology", "ru", "institution") == \
        "Институт геологии, сейсмостойкого строительства и сейсмологии"
    assert composed_name("Memorandum of Mutual Understanding", "ru") == "меморандум о взаимопонимании"


def test_a_title_naming_its_sides_twice_says_them_once(tmp_path: Path) -> None:
    article = "date 2024-05-10\nDUSHANBE, May 10. The parties have signed:\n\n- The Agreement between the khyakimlik of " \
              "Arkadag city (Turkmenistan) and the Executive office of Khujand (Republic of Tajikistan) on establishment " \
              "of brotherly relations between the cities of Arkadag and Khujand;\n\n- The Memorandum of Mutual " \
              "Understanding between the Institute of Seismology of the Academy of Sciences of Turkmenistan and the " \
              "Institute of Geology of the National Academy of Sciences of the Republic of Tajikistan."
    text = read_briefing(tmp_path, "ru", article)
    assert "соглашение об установлении побратимских отношений между Аркадагом и Худжандом" in text
    assert "Худжандом‡ между" not in text and "Худжандом между" not in text
    assert "меморандум о взаимопонимании между Институтом сейсмологии Академии наук Туркменистана" in text


# -- people ----------------------------------------------------------------------------------------------------------

def test_malaysian_and_cambodian_titles_of_honour_are_no_part_of_a_name() -> None:
    people = {p.name: p.title for p in extract(parse_article(_KL)).participants}
    assert people == {"Anwar Ibrahim": "Prime Minister", "Hassanal Bolkiah": "Sultan of Brunei"}
    text = "date 2022-11-20\nPHNOM PENH, Nov 20. The MoU was signed under the presidency of Samdech Akka Moha Ponhea " \
           "Chakrei Heng Samrin, Cambodian NA President, and Speaker of the Milli Majlis Sahiba Gafarova."
    facts = extract(parse_article(text))
    people = {p.name: p.title for p in [*facts.participants, *facts.mentioned_people]}
    assert people["Heng Samrin"] == "Cambodian NA President"


def test_offices_of_two_countries_with_the_names_in_brackets() -> None:
    facts = extract(parse_article("Azerbaijani, Georgian Foreign Minsters Meet in Baku\n\n" + _BAKU))
    people = {p.name: (p.title, p.country) for p in facts.participants}
    assert people == {"Jeyhun Bayramov": ("foreign minister of Azerbaijan", "AZ"),
                      "Maka Botchorishvili": ("foreign minister of Georgia", "GE")}


def test_a_variant_spelling_of_the_turkmen_council_holds_its_chairman() -> None:
    text = "date 2024-05-10\nDUSHANBE, May 10. Following the talks between Chairman of the Khalk Maslakhaty Gurbanguly " \
           "Berdimuhamedov and President of the Republic of Tajikistan Emomali Rahmon, documents were signed."
    people = {p.name: p.title for p in extract(parse_article(text)).participants}
    assert people == {"Gurbanguly Berdimuhamedov": "Chairman of the Khalk Maslakhaty",
                      "Emomali Rahmon": "President of the Republic of Tajikistan"}


def test_people_inside_what_someone_reported_are_mentioned() -> None:
    text = _BAKU + "The minister said that four years have passed since the arrest of our compatriots Dilgam Asgarov " \
                   "and Shahbaz Guliyev while visiting their graves."
    facts = extract(parse_article(text))
    assert {p.name for p in facts.participants} == {"Jeyhun Bayramov", "Maka Botchorishvili"}
    assert {p.name for p in facts.mentioned_people} == {"Dilgam Asgarov", "Shahbaz Guliyev"}


def test_a_capital_and_a_project_are_no_people() -> None:
    text = _KL + "They prepared the Consultation to be held in Bandar Seri Begawan next month and the support for the " \
                 "Manila Metro (Subway Project)."
    facts = extract(parse_article(text))
    assert not [p.name for p in facts.mentioned_people]
    [plan] = facts.planned_events
    assert plan.kind == "consultations"


# -- quotes ----------------------------------------------------------------------------------------------------------

def test_a_post_is_its_authors_words_and_his_report_no_speech() -> None:
    text = _KL + "Anwar, in a post on Facebook, said the meeting also discussed preparations for the Annual Leaders' " \
                 "Consultation.\n\n\"Our discussions focused on the ongoing progress of our cooperation,\" the post read."
    [quote] = extract(parse_article(text)).quotes
    assert quote.speaker == "Anwar Ibrahim"
    assert quote.text.startswith("Our discussions")


def test_a_generation_suffix_and_a_premier_attribute_a_quote() -> None:
    text = "date 2023-11-03\nMANILA, Nov 3. Philippine President Ferdinand Marcos Jr. met with Japanese Prime Minister " \
           "Fumio Kishida in Manila.\n\n\"We affirm our commitment to peaceful negotiations,\" Marcos Jr. said.\n\n" \
           "\"We will continue to support infrastructure development,\" the Japanese premier said."
    speakers = [quote.speaker for quote in extract(parse_article(text)).quotes]
    assert speakers == ["Ferdinand Marcos Jr", "Fumio Kishida"]


# -- documents -------------------------------------------------------------------------------------------------------

def test_a_signing_something_hinders_is_no_document() -> None:
    text = _BAKU + "He said that arms purchases hinder the quick signing of a peace deal."
    facts = extract(parse_article(text))
    assert facts.documents_signed == [] and facts.documents_referenced == []


def test_what_an_agreement_between_the_two_sides_regards_is_its_subject() -> None:
    text = "date 2024-05-31\nBEIJING, May 31. The ministers met in Beijing. The meeting was followed by the signing of " \
           "an agreement between the two sides regarding the allocation of land for the buildings of the consulate."
    [document] = extract(parse_article(text)).documents_signed
    assert document.subject == "the allocation of land for the buildings of the consulate"


# -- second round: the host's official, statements of two, names told again -----------------------------------------

_MANILA = "date 2024-06-10\nMANILA, Philippines — Foreign Secretary Enrique Manalo and New Zealand Deputy Prime Minister " \
          "Winston Peters met during Peters' visit to Manila on Monday.\n\n"


def test_the_hosts_foreign_secretary_is_of_the_host_country() -> None:
    text = "date 2024-06-10\nMANILA, June 10. Foreign Secretary Enrique Manalo held talks with New Zealand Deputy " \
           "Prime Minister Winston Peters and Australian Foreign Minister Penny Wong in Manila."
    people = {p.name: p.country for p in extract(parse_article(text)).participants}
    assert people == {"Enrique Manalo": "PH", "Winston Peters": "NZ", "Penny Wong": "AU"}


def test_they_after_two_people_is_no_one_speaker_and_called_names_a_thing() -> None:
    text = _MANILA + "\"The ministers discussed opportunities for growing two-way trade,\" they said in a joint " \
                     "statement.\n\nBoth welcomed the signing of the arrangement, which Manalo called a \"pivotal " \
                     "document for our nations.\"\n\nThe minister called his counterpart \"to underscore support for " \
                     "our independence\"."
    speakers = {q.text.split()[0]: q.speaker for q in extract(parse_article(text)).quotes}
    assert speakers["The"] is None
    assert speakers["pivotal"] == "Enrique Manalo"
    assert speakers.get("to") != "Enrique Manalo"


def test_a_named_agreement_told_again_is_one_and_another_with_its_own_side_is_another() -> None:
    text = _MANILA + "The Philippines will establish a Status of Visiting Forces Agreement (VFA) with New Zealand this " \
                     "year.\n\n\"They agreed on the conclusion of a Status of Visiting Forces Agreement in 2024,\" the " \
                     "statement said.\n\nThe country likewise signed in 2007 a Status of Visiting Forces Agreement with " \
                     "Australia."
    titles = [d.title for d in extract(parse_article(text)).documents_referenced]
    assert titles == ["Status of Visiting Forces Agreement (VFA)", "Status of Visiting Forces Agreement"]


def test_the_president_of_a_parliament_is_its_chair() -> None:
    assert compose("Cambodian NA President", "ru", "title", "KH") == "Председатель Национальной ассамблеи Камбоджи"
    assert composed_name("President of the Senate of France", "kk", "title") == "Франция Сенатының Төрағасы"
    assert composed_name("President of the Republic of Armenia", "ru", "title") == "Президент Республики Армения"


def test_an_opening_to_attend_and_a_sitting_due_are_plans() -> None:
    text = "date 2017-11-20\nYEREVAN, Nov 20. Foreign Minister Sergey Lavrov met Foreign Minister Edward Nalbandian " \
           "in Yerevan.\n\nOn Tuesday, the diplomats will take part in the opening of the national art gallery.\n\n" \
           "Note that the sitting of the intergovernmental commission is due today, November 20."
    kinds = [(event.kind, event.when) for event in extract(parse_article(text)).planned_events]
    assert kinds == [("other", "2017-11-21"), ("session", "2017-11-20")]


# -- what the fresh69 translators' reviews found ----------------------------------------------------------------------

_YEREVAN = "PM hails prospects of ties\n\nPM hails prospects of ties\n\nPanARMENIAN.Net - Armenia and Georgia possess vast " \
           "potential, Prime Minister Tigran Sargsyan said.\n\nAs he told a joint press conference with his Georgian " \
           "counterpart Bidzina Ivanishvili, a working group will be formed."


def test_a_joint_press_conference_is_a_meeting_held_and_the_outlet_opens_the_text() -> None:
    facts = extract(parse_article(_YEREVAN))
    assert (facts.event_type, facts.event_status) == ("meeting", None)
    assert facts.source_agency == "PanARMENIAN.Net"
    assert {p.name: p.country for p in facts.participants} == {"Tigran Sargsyan": "AM", "Bidzina Ivanishvili": "GE"}


def test_a_visiting_forces_agreement_is_no_visit() -> None:
    text = "date 2024-06-10\nMANILA, Philippines — The Philippines will establish a Status of Visiting Forces " \
           "Agreement with New Zealand this year.\n\nForeign Secretary Enrique Manalo and New Zealand Deputy Prime " \
           "Minister Winston Peters met in Manila on Monday."
    facts = extract(parse_article(text))
    assert facts.event_type == "meeting" and facts.event_status is None


def test_a_minister_beside_a_prime_minister_is_no_other_sides_peer() -> None:
    text = "ISLAMABAD (PPI) Pakistan and Belarus signed several agreements. Prime Minister Shehbaz Sharif and " \
           "Belarusian President Aleksandr Lukashenko witnessed the signing.\n\nMinister for Commerce Jam Kamal Khan " \
           "exchanged the roadmap."
    facts = extract(parse_article(text))
    assert facts.source_agency == "PPI"
    assert {p.name: p.country for p in facts.participants}["Jam Kamal Khan"] == "PK"


def test_outlets_named_by_an_aggregator_or_after_the_last_sentence() -> None:
    kuna = "(MENAFN- Kuwait News Agency (KUNA)) KUWAIT, May 31 (KUNA) -- The minister met his counterpart in Beijing."
    assert extract(parse_article(kuna)).source_agency == "KUNA"
    assert extract(parse_article(_KL + "The two leaders discussed trade.- Bernama")).source_agency == "Bernama"


def test_names_lose_the_generation_and_the_azerbaijani_patronymic(tmp_path: Path) -> None:
    text = "date 2023-11-03\nMANILA, Nov 3. Philippine President Ferdinand Marcos Jr. met with Speaker of the Milli " \
           "Majlis Sahiba Ali Gizi Gafarova in Manila."
    ru = read_briefing(tmp_path, "ru", text)
    assert "Фердинанда Маркоса" in ru and "Хр" not in ru
    assert "Сахибой Гафаровой" in ru and "Гизи" not in ru


def test_malay_and_khmer_names_stay_whole_in_mongolian(tmp_path: Path) -> None:
    text = _KL + "Samdech Hun Sen, the former Prime Minister of Cambodia, sent greetings."
    mn = read_briefing(tmp_path, "mn", text)
    assert "Анвар Ибрахим" in mn and "Хассанал Болкиах" in mn
    assert "А.Ибрахим" not in mn and "Х.Болкиах" not in mn


def test_azerbaijans_house_of_representatives_is_the_milli_majlis() -> None:
    assert composed_name("Speaker of the House of Representatives of the Republic of Azerbaijan", "ru", "title") == \
        "Председатель Милли Меджлиса Азербайджанской Республики"
    assert composed_name("Speaker of the House of Representatives of the Republic of Azerbaijan", "kk", "title") == \
        "Әзербайжан Республикасы Милли Мәжілісінің Төрағасы"


def test_a_federation_of_societies_is_one_side_with_its_inner_and() -> None:
    text = "Baku. 3 July. REPORT.AZ/ The Government of Azerbaijan and the International Federation of Red Cross and " \
           "Red Crescent Societies has signed a Memorandum of Understanding."
    [document] = extract(parse_article(text)).documents_signed
    assert document.parties == ["Azerbaijan", "International Federation of Red Cross and Red Crescent Societies"]


def test_halal_trade_and_regional_relations_are_named_natively() -> None:
    from briefing import vocabulary

    assert vocabulary.match_area("Halal Trade").key == "halal-industry"
    assert composed_name("Memorandum of Understanding in regional and international relations and infrastructure", "ru") \
        == "меморандум о взаимопонимании в области региональных и международных отношений и инфраструктуры"
    assert compose("National Assembly of Cambodia", "ru", "institution") == "Национальная ассамблея Камбоджи"


def test_no_source_is_a_sentence_with_its_full_stop(tmp_path: Path) -> None:
    text = "YEREVAN. The ministers met in Yerevan.\n"
    assert "Источник не указан." in read_briefing(tmp_path, "ru", text).split("\n")
    assert "Эх сурвалжийг дурдаагүй." in read_briefing(tmp_path, "mn", text).split("\n")
    assert "Source not stated." in read_briefing(tmp_path, "en", text).split("\n")


def test_milli_majlis_declines_by_its_last_word_and_akp_is_the_agency(tmp_path: Path) -> None:
    from briefing.grammar import grammar_for

    assert grammar_for("ru").inflect("Милли Меджлис Азербайджана", "ins", "institution") == "Милли Меджлисом Азербайджана"
    text = "PHNOM PENH, Nov 20. Speaker Heng Samrin met Speaker of the Milli Majlis Sahiba Gafarova.\n\n" \
           "Source: Agency Kampuchea Press"
    facts = extract(parse_article(text))
    assert facts.source_agency == "Agency Kampuchea Press"
    assert "Партия" not in read_briefing(tmp_path, "ru", text)


def test_two_actions_on_one_object_share_their_frame() -> None:
    title = "Roadmap on expanding and deepening bilateral cooperation"
    assert composed_name(title, "ru") == "дорожная карта по расширению и углублению двустороннего сотрудничества"
    assert composed_name(title, "kk") == "екіжақты ынтымақтастықты кеңейту және тереңдету жөніндегі жол картасы"
    assert composed_name(title, "mn") == "хоёр талын хамтын ажиллагааг өргөжүүлэх, гүнзгийрүүлэх замын зураг"
    assert composed_name("Declaration on strengthening and expanding strategic partnership", "ru") == \
        "декларация об укреплении и расширении стратегического партнёрства"


# -- fresh70 ------------------------------------------------------------------------------------------------------------

_ANTALYA = "date 2018-10-09\nANTALYA, October 9. /TASS/. Russia’s State Duma and Turkey’s Grand National Assembly have " \
           "signed a protocol of intent. Speakers Vyacheslav Volodin and Binali Yildirim put their signatures to the " \
           "document on Tuesday."


def test_speakers_who_put_their_signatures_are_participants_and_the_plural_is_their_office() -> None:
    text = _ANTALYA + "\n\n\"The parties have agreed to sign further documents during the visit by Speaker of Turkey’s " \
                      "Grand National Assembly Binali Yildirim to Russia,\" reads the agreement signed on the sidelines " \
                      "of the meeting."
    facts = extract(parse_article(text))
    assert {p.name: p.title for p in facts.participants} == {
        "Vyacheslav Volodin": "Speaker", "Binali Yildirim": "Speaker of Turkey’s Grand National Assembly"}
    assert [d.title for d in facts.documents_signed] == ["protocol of intent"]  # "reads the agreement": the same one
    assert facts.quotes[0].speaker is None


def test_agreements_put_to_work_are_no_documents_signed_by_subject() -> None:
    text = _ANTALYA + "\n\n\"A commission will facilitate the implementation of the agreements between the Russian and " \
                      "Turkish leaders, including the effective implementation of projects in the areas of mutual " \
                      "interest,\" the document states."
    assert [d.title for d in extract(parse_article(text)).documents_signed] == ["protocol of intent"]


def test_a_visit_of_a_name_in_s_is_his_possessive() -> None:
    text = "SEOUL, Feb 7. Foreign Minister Yun Byung-se had his first phone conversation with US Secretary of State " \
           "Rex Tillerson, days after US Defense Secretary James Mattis’ visit to Seoul."
    facts = extract(parse_article(text))
    assert [p.name for p in facts.mentioned_people] == ["James Mattis"]


def test_quote_speakers_by_the_sentence_before_a_participle_or_a_verb_that_names() -> None:
    lead = "BAKU, May 5. Prime ministers Artur Rasizade of Azerbaijan and Giorgi Kvirikashvili of Georgia met in Baku.\n\n"
    [quote] = extract(parse_article(lead + "Rasizade hailed the ties in many areas. “The visit of the Prime Minister "
                                           "will contribute to the development of relations.”")).quotes
    assert quote.speaker == "Artur Rasizade"
    text = "BEIJING, May 14. Chinese Foreign Minister Wang Yi met Bolivian Foreign Minister Celinda Sosa Lunda.\n\n" \
           "Wang described the meeting as a “success,” noting that all participants reaffirmed their commitment to " \
           "“opposing unilateral and bullying behaviors.”\n\nSosa singled out trade as the “most critical issue of " \
           "the coming years.”"
    speakers = {q.text.split()[0]: q.speaker for q in extract(parse_article(text)).quotes}
    assert speakers["opposing"] == "Wang Yi" and speakers["most"] == "Celinda Sosa Lunda"


def test_the_city_where_the_guest_was_received_beats_the_agencys_dateline() -> None:
    text = "CAIRO - 7 June 2023: Egyptian President Abdel Fattah El Sisi and his Angolan counterpart Joao Lourenco " \
           "attended on Wednesday a ceremony for signing a number of agreements.\n\nPresident Sisi was given an " \
           "official reception at the presidential palace in Luanda, Angola, Wednesday."
    location = extract(parse_article(text)).location
    assert (location.city, location.country) == ("Luanda", "AO")


def test_a_body_in_the_possessive_ends_before_its_office_and_a_name_before_and_is_no_body() -> None:
    text = "date 2024-05-09\nTurkish parliament speaker Numan Kurtulmuş and Cuban National Assembly's President " \
           "Esteban Lazo Hernandez have signed a memorandum of understanding."
    facts = extract(parse_article(text))
    assert [p.name for p in facts.participants] == ["Numan Kurtulmuş", "Esteban Lazo Hernandez"]
    assert facts.organizations == ["Cuban National Assembly"]


# -- what the fresh70 translators' reviews found ----------------------------------------------------------------------

def test_a_korean_name_is_no_american_and_an_envoys_owner_opens_his_offices() -> None:
    text = "SEOUL, Feb 7. Foreign Minister Yun Byung-se had his first phone conversation with new US Secretary of State " \
           "Rex Tillerson.\n\nThe ministers agreed to meet soon."
    assert {p.name: p.country for p in extract(parse_article(text)).participants} == \
        {"Yun Byung-se": "KR", "Rex Tillerson": "US"}
    text = "NEW YORK -- Kuwait's Permanent Representative to the UN and non-resident Ambassador to The Bahamas Tariq " \
           "Al-Bannai signed on Tuesday two memoranda of understanding."
    [envoy] = extract(parse_article(text)).participants
    assert envoy.country == "KW"


def test_names_by_their_own_reading(tmp_path: Path) -> None:
    from briefing.names import transliterate_name

    assert transliterate_name("Esteban Lazo Hernandez", "ru", country="CU", kind="person").text == "Эстебан Ласо Эрнандес"
    text = "ANTALYA, October 9. Speaker Binali Yildirim met Angolan President Joao Lourenco and Georgian Prime Minister " \
           "Giorgi Gakharia."
    ru = read_briefing(tmp_path, "ru", text)
    assert "Бинали Йылдырыма" in ru and "Жуаном Лоуренсу" in ru and "Георгием Гахарией" in ru


def test_partnerships_signed_over_the_years_and_the_two_memos_told_again() -> None:
    text = "YEREVAN, Nov 17. ARMENPRESS and BELTA signed a memorandum of cooperation.\n\nArmenpress has signed " \
           "partnership agreements with over 20 news agencies."
    facts = extract(parse_article(text))
    assert [d.title for d in facts.documents_signed] == ["memorandum of cooperation"]
    assert [d.status for d in facts.documents_referenced] == ["signed earlier"]
    text = "NEW YORK -- Kuwait's Ambassador Ali Hamad signed on Tuesday two memoranda on political and economic " \
           "cooperation.\n\nHe said signing the two memos showed the wish of both sides to expand ties."
    # two memoranda, one of each kind; the memos told again are no third
    assert [d.subject for d in extract(parse_article(text)).documents_signed] == ["political cooperation",
                                                                                 "economic cooperation"]


def test_a_body_after_a_name_and_its_of_is_the_body_without_the_name() -> None:
    text = "TBILISI, Dec 15. The memorandum was signed by chairman Artak Zakaryan of the NA Standing Committee on " \
           "Foreign Relations and chairman Tedo Japaridze of the Committee for Foreign Affairs of the Parliament of Georgia."
    organizations = extract(parse_article(text)).organizations
    assert not any("Zakaryan" in name for name in organizations)
    assert "Committee for Foreign Affairs of the Parliament of Georgia" in organizations


def test_an_embassy_keeps_its_host_and_a_university_its_and() -> None:
    text = "ASHGABAT, Sept 13. The University of Tsukuba will support the Oguzkhan Engineering and Technological " \
           "University of Turkmenistan, according to the Embassy of Japan in Turkmenistan."
    organizations = extract(parse_article(text)).organizations
    assert "Embassy of Japan in Turkmenistan" in organizations
    assert "Oguzkhan Engineering and Technological University of Turkmenistan" in organizations


def test_plans_in_store_are_plans() -> None:
    [event] = _planned_events(_ANTALYA + "\n\nPlans are in store to hold the commission’s meetings every six months.")
    assert event.kind == "session"


def _planned_events(text: str) -> list:
    return extract(parse_article(text)).planned_events
