"""Session 34: what the fresh86 articles and the second reading of fresh85 showed. Short synthetic sentences."""

from __future__ import annotations

import pytest


def _facts(text: str):
    from briefing.extract import extract
    from briefing.ingest import parse_article

    return extract(parse_article(text))


def _countries(facts) -> dict[str, str | None]:
    return {person.name: person.country for person in facts.participants + facts.mentioned_people}


# -- whose side a person is on ----------------------------------------------------------------------------------------

def test_officials_who_accompany_a_participant_named_by_office_are_of_his_country() -> None:
    facts = _facts("Surabaya Governor, Rudi Santoso leaves for Poland today to sign a memorandum with Krakow.\n"
                   "He said, the governor is accompanied by Transport Dept. Head, Agus Wibowo; and Surabaya Secretary "
                   "Assistant, Dewi Lestari.\n")
    countries = _countries(facts)
    assert countries["Agus Wibowo"] == "ID"
    assert countries["Dewi Lestari"] == "ID"


def test_those_named_after_the_one_met_are_not_taken_for_his_escort() -> None:
    facts = _facts("Surabaya Governor, Rudi Santoso was accompanied by aides and met Jan Nowak in Krakow.\n")
    assert _countries(facts).get("Jan Nowak") != "ID"


# -- names ------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("latin", "russian"), [
    ("Saiful", "Сайфул"), ("Zainal", "Зайнал"), ("Sungai", "Сунгай"), ("Aisyah", "Айша"),
    ("Ismail", "Исмаил"), ("Said", "Саид"), ("Taib", "Таиб")])
def test_indonesian_ai_is_a_diphthong_before_a_syllable_and_two_vowels_before_a_final_consonant(
        latin: str, russian: str) -> None:
    from briefing.names import malay

    assert malay.transliterate(latin) == russian


def _people(facts) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.title, p.country) for p in facts.participants + facts.mentioned_people}


def _names(people) -> set[str]:
    return {person.name for person in people}


# -- who takes part ---------------------------------------------------------------------------------------------------

def test_the_host_whose_invitation_brings_the_visit_takes_part_in_it() -> None:
    facts = _facts("Speaker Jonas Petraitis begins an official visit to Latvia on Monday.\n"
                   "The visit takes place at the invitation of the Speaker of the Saeima, Ilze Ozola.\n")
    assert "Ilze Ozola" in _names(facts.participants)


def test_an_invitation_to_visit_later_keeps_the_inviter_at_home() -> None:
    facts = _facts("Speaker Jonas Petraitis met the Ambassador of Latvia Peteris Kalns in Vilnius on Monday.\n"
                   "The ambassador handed over the invitation of the Speaker of the Saeima Ilze Ozola to visit Riga.\n")
    assert "Ilze Ozola" not in _names(facts.participants)


def test_members_named_after_another_members_second_office_are_still_the_delegation() -> None:
    facts = _facts("A delegation led by Speaker Jonas Petraitis began a visit to Latvia on Monday.\n"
                   "The delegation includes deputy speaker Daina Vaitkute, who is also the chairman of the Commission for "
                   "relations with UNESCO, the chairman of the Budget Committee, Rimas Gudas, and Petras Zemaitis, "
                   "Councilor.\n")
    assert {"Daina Vaitkute", "Rimas Gudas", "Petras Zemaitis"} <= _names(facts.participants)


def test_those_who_will_also_participate_join_the_delegation_of_the_visit_under_way() -> None:
    facts = _facts("A delegation led by Speaker Jonas Petraitis begins a two-day visit to Latvia on Monday.\n"
                   "The chairman of the Budget Committee, Rimas Gudas, will also participate.\n")
    assert "Rimas Gudas" in _names(facts.participants)


def test_a_delegation_abroad_that_an_agency_reports_is_of_the_agencys_country() -> None:
    facts = _facts("A parliamentary delegation led by Marius Popa begins a two-day visit to the Republic of Moldova on "
                   "Monday.\nThe visit follows a visit to Romania last year.\nAGERPRES\n")
    assert _people(facts)["Marius Popa"][1] == "RO"


# -- offices ----------------------------------------------------------------------------------------------------------

def test_a_chambers_name_before_a_name_gives_no_office() -> None:
    facts = _facts("A delegation led by the Spaker of the Chamber of Deputies, Marius Popa, visits Moldova.\n")
    assert _people(facts)["Marius Popa"][0] != "Deputy"


def test_two_offices_before_two_names_are_theirs_in_turn() -> None:
    facts = _facts("Marius Popa visits Moldova. He has meetings with the President and Prime Minister of the Republic "
                   "of Moldova, Ana Rusu and Elena Cojocaru.\n")
    people = _people(facts)
    assert people["Ana Rusu"][0] == "President of the Republic of Moldova"
    assert people["Elena Cojocaru"][0] == "Prime Minister of the Republic of Moldova"


def test_a_head_of_state_is_no_member_of_the_parliament_of_the_same_republic() -> None:
    facts = _facts("Marius Popa visits Moldova. He met the President of the Parliament of the Republic of Moldova, "
                   "Ion Rusu. He also met the President of the Republic of Moldova, Ana Rusu.\n")
    assert {p.name: p.organization for p in facts.participants}["Ana Rusu"] is None


def test_an_office_after_a_dash_is_the_persons() -> None:
    facts = _facts("Marius Popa met Ion Vasile - Director of the Chancellery of the Chamber.\n")
    assert _people(facts)["Ion Vasile"][0] == "Director of the Chancellery of the Chamber"


def test_the_one_whose_entourage_a_member_joins_holds_the_office_before_his_name() -> None:
    facts = _facts("Tran Van Binh met the governor in Vientiane on August 9.\n"
                   "Binh is a member of President Nguyen Van Hai’s entourage on his visit to Laos.\n")
    assert _people(facts)["Nguyen Van Hai"][0] == "President"


def test_a_province_named_before_a_person_is_no_part_of_his_name() -> None:
    facts = _facts("Chairman of the People's Committee of the province of Bac Ninh Tran Van Binh met the governor in "
                   "Vientiane. Bac Ninh province has a long border.\n")
    names = _names(facts.participants + facts.mentioned_people)
    assert "Tran Van Binh" in names
    assert "Bac Ninh" not in names


# -- documents --------------------------------------------------------------------------------------------------------

def test_the_witnesses_of_a_signing_are_no_part_of_the_title_and_two_provinces_are_two_sides() -> None:
    facts = _facts("Today, Binh and Sone signed a cooperation agreement between Bac Ninh and Vientiane provinces "
                   "under the witness of President Hai.\n")
    [document] = facts.documents_signed
    assert document.title == "cooperation agreement between Bac Ninh and Vientiane provinces"
    assert document.parties == ["Bac Ninh", "Vientiane"]


def test_a_signing_earlier_the_same_day_is_of_the_occasion_and_the_freshly_signed_pact_is_the_same_one() -> None:
    facts = _facts("Tran Van Binh met Sone Keola in Vientiane on August 9.\n"
                   "Earlier the same day, Binh and Sone signed a cooperation agreement between Bac Ninh and Vientiane "
                   "provinces.\nBoth officials believed that the freshly signed cooperation pact will deepen ties.\n")
    assert [d.title for d in facts.documents_signed] == ["cooperation agreement between Bac Ninh and Vientiane provinces"]
    assert facts.documents_referenced == []


# -- second reading of fresh86 ----------------------------------------------------------------------------------------

def test_a_portfolio_word_ending_in_ation_is_no_part_of_the_name_after_it() -> None:
    facts = _facts("Ghana's Minister for Monitoring and Evaluation Kofi Mensah Boateng signed four agreements with "
                   "Minister Ali Traore in Accra on Friday.\n")
    assert _people(facts)["Kofi Mensah Boateng"][0] == "Ghana's Minister for Monitoring and Evaluation"


def test_the_country_after_a_quoted_name_is_his() -> None:
    facts = _facts("Minister Ali Traore met Minister Kofi Boateng in Accra on Friday.\n"
                   "\"President John Mahama of Ghana and President Ibrahim Keita of Mali have expressed a strong "
                   "commitment to cooperate in all these sectors,\" Boateng said in his closing statement.\n")
    people = _people(facts)
    assert people["John Mahama"][1] == "GH"
    assert people["Ibrahim Keita"][1] == "ML"


def test_documents_signed_on_behalf_of_governments_are_found() -> None:
    facts = _facts("Minister Ali Traore and Minister Kofi Boateng signed on behalf of their governments four broad "
                   "agreements for cooperation.\n")
    assert [d.title for d in facts.documents_signed] == ["agreements for cooperation"]


def test_a_headline_printed_twice_is_no_dateline() -> None:
    facts = _facts("Mensah - Traore: Efforts to deepen cooperation in all areas\n\n"
                   "Mensah - Traore: Efforts to deepen cooperation in all areas\n"
                   "Skopje, 12 August 2022 (MIA) - Ivan Petrovski had a phone call with the new chief of Bulgarian "
                   "diplomacy Georgi Dimov.\n")
    assert facts.source_agency == "MIA"
    people = _people(facts)
    assert people["Georgi Dimov"] == ("Bulgarian Foreign Minister", "BG")
    assert people["Ivan Petrovski"][1] == "MK"  # the agency's own minister, named without an office


def test_an_undersecretary_is_an_office() -> None:
    facts = _facts("Ana Diaz, Cuban Deputy Minister of Foreign Affairs, met Luis Zelaya, Honduran Undersecretary of "
                   "State for Foreign Policy, in Tegucigalpa.\n")
    assert _people(facts)["Luis Zelaya"] == ("Honduran Undersecretary of State for Foreign Policy", "HN")


def test_fields_of_common_interest_such_as_list_the_fields() -> None:
    facts = _facts("The ministers met in Havana on Tuesday. They discussed cooperation projects in fields of common "
                   "interest such as health, education and sports.\n")
    assert {"health", "education", "sports"} <= set(facts.cooperation_areas)
    assert not any("interest" in area for area in facts.cooperation_areas)


def test_political_will_is_no_future_and_a_memorandum_signed_in_another_month_was_signed_earlier() -> None:
    facts = _facts("date 2022-12-21\nHAVANA, Dec 20 (ACN) The ministers met in Havana. Both parties ratified their "
                   "political will to keep developing ties between the two countries, which signed a Memorandum of "
                   "Understanding in July to promote exchange.\n")
    assert [(d.title, d.status) for d in facts.documents_referenced] == [("Memorandum of Understanding", "signed earlier")]


# -- third reading of fresh86 -----------------------------------------------------------------------------------------

def test_fields_listed_as_bullets_under_areas_such_as() -> None:
    facts = _facts("Mayor Ali Karimov and Mayor Nur Aziz signed a cooperation document in Kuala Lumpur.\n\n"
                   "The parties agreed to cooperate in key areas such as:\n\n"
                   "— urban planning and tourism development;\n\n— cultural exchange.\n")
    assert {"urban planning", "tourism development", "cultural exchange"} <= set(facts.cooperation_areas)


def test_a_garden_is_no_person() -> None:
    facts = _facts("The meeting of the mayors took place in the Perdana Botanical Gardens in Malaysia.\n")
    assert "Perdana Botanical Gardens" not in _names(facts.participants + facts.mentioned_people)


def test_a_document_two_mayors_signed_is_between_their_cities() -> None:
    facts = _facts("Bishkek Mayor Ali Karimov and Kuala Lumpur Mayor Nur Aziz signed a cooperation document.\n")
    assert [d.parties for d in facts.documents_signed] == [["Bishkek", "Kuala Lumpur"]]


def test_a_title_in_quotation_marks_ends_at_the_closing_mark_and_a_recommended_signing_is_to_come() -> None:
    facts = _facts("The parliament recommended to sign the 'Agreement for Cooperation between the Lok Sabha of India "
                   "and the People's Majlis of Maldives' with 68 members voting in its favour.\n")
    assert [(d.title, d.status) for d in facts.documents_referenced] == [
        ("Agreement for Cooperation between the Lok Sabha of India and the People's Majlis of Maldives", "to be signed")]


def test_a_ceremony_to_formalize_agreements_is_a_signing() -> None:
    facts = _facts("TASHKENT, January 13. A ceremony was held in Abu Dhabi to formalize several agreements for joint "
                   "projects between Uzbekistan and the UAE.\n")
    assert facts.event_type == "signing"


def test_a_visit_to_the_republic_of_a_country_is_a_visit() -> None:
    facts = _facts("A parliamentary delegation led by Speaker Ion Popa begins a two-day official visit to the Republic "
                   "of Moldova on Monday.\n")
    assert facts.event_type == "visit"


def test_the_plenary_sitting_of_a_chamber_is_in_its_country() -> None:
    facts = _facts("During the plenary meeting of the Senate of the Oliy Majlis of the Republic of Uzbekistan held "
                   "today, November 25, the Law \"On Ratification of the Agreement on Union Relations between Uzbekistan "
                   "and Kazakhstan\" was adopted.\n")
    assert facts.location.country == "UZ"


# -- the translators' first reviews of fresh86 ------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "country", "russian"), [
    ("Josefina Vidal Ferreiro", "CU", "Хосефина Видаль Феррейро"),  # a falling diphthong ei
    ("Gerardo Torres Zelaya", "HN", "Херардо Торрес Селайя"),  # a final -aya
    ("Jaime Reina", "ES", "Хайме Рейна"),
    ("Luis Arce", "BO", "Луис Арсе"),  # ui stays two vowels
    ("Alpha Barry", "BF", "Альфа Барри"),  # French given names of West Africa
    ("Roch Marc Christian Kabore", "BF", "Рок Марк Кристиан Каборе"),
    ("Maimunah Mohd Sharif", "MY", "Маймуна Мохд Шариф"),  # a final h silent; the English sh
    ("Abdullah Ahmad", "MY", "Абдулла Ахмад"),
])
def test_names_the_translators_corrected(name: str, country: str, russian: str) -> None:
    from briefing.names import transliterate_name

    assert transliterate_name(name, "ru", country=country).text == russian


def test_fields_a_sentence_highlights_and_those_where_cooperation_is_especially_promising() -> None:
    facts = _facts("The governor met the ambassador in Yerevan on Monday. The sides particularly highlighted the fields "
                   "of tourism, agriculture and sport, etc. They saw potential for cooperation, especially in farming "
                   "and animal husbandry.\n")
    assert {"tourism", "agriculture", "sport", "farming", "animal husbandry"} <= set(facts.cooperation_areas)


@pytest.mark.parametrize(("name", "russian"), [
    ("Anthony Akoto Osei", "Энтони Акото Осей"),  # an English given name, then Akan names read as written
    ("Nana Addo Dankwa Akufo-Addo", "Нана Аддо Данква Акуфо-Аддо"),
    ("Shirley Ayorkor Botchwey", "Ширли Айоркор Ботчвей"),
    ("Hanna Tetteh", "Ханна Тетте"),
])
def test_names_of_english_speaking_africa_are_read_as_written_but_english_given_names(name: str, russian: str) -> None:
    from briefing.names import transliterate_name

    assert transliterate_name(name, "ru", country="GH").text == russian


def test_every_briefing_has_the_same_sections_and_the_summary_says_when_nothing_was_signed(tmp_path) -> None:
    from conftest import briefing_text

    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    signed = briefing_text(tmp_path / "a", "ASTANA, May 21. Minister Ali Karimov and Minister Jon Berg signed a "
                           "memorandum on tourism.\n", "ru")
    talked = briefing_text(tmp_path / "b", "ASTANA, May 21. Minister Ali Karimov met Minister Jon Berg.\n", "ru")
    for text in (signed, talked):
        assert "Подписанные документы" not in text and "Направления сотрудничества\n" not in text
    summary = talked.split("Участники")[0]
    # no areas read: the summary says nothing of them (session 37), never that the article names none
    assert "О подписании документов не сообщается." in summary and "Направления сотрудничества" not in summary


def test_farming_and_animal_husbandry_are_two_fields_and_municipal_governance_is_local_government() -> None:
    facts = _facts("HANOI, May 4 (VNA) - The sides agreed to promote cooperation in farming and animal husbandry, "
                   "tourism development and effective municipal governance.\n")
    assert facts.cooperation_areas == ["farming", "animal husbandry", "tourism development",
                                       "effective municipal governance"]
    from briefing.vocabulary import match_area

    keys = [getattr(match_area(area), "key", None) for area in facts.cooperation_areas]
    assert keys == ["agriculture", "livestock", "tourism", "local-government"]


# -- session 35: the second reading of the Moldovan visit ---------------------------------------------------------------

_VISIT_BEGUN = ("CHISINAU, March 20 (Moldpres) - Polish Prime Minister Jan Kowal begins an official visit to the "
                "Republic of Moldova on Monday. Foreign Minister Adam Nowicki and Energy Minister Piotr Lis will also "
                "participate in the visit. The Polish prime minister is to meet President Ana Munteanu.\n")


def test_those_who_also_take_part_are_of_the_visitors_side_and_no_plan_of_their_own() -> None:
    facts = _facts(_VISIT_BEGUN)
    assert _countries(facts)["Adam Nowicki"] == "PL"
    assert _countries(facts)["Piotr Lis"] == "PL"
    assert not [event for event in facts.planned_events if event.kind == "visit"]


def test_a_visit_that_begins_today_is_in_progress() -> None:
    assert _facts(_VISIT_BEGUN).event_status == "in progress"
    assert _facts("RIGA, May 2 (LETA) - The Speaker will begin a visit to Estonia on Monday.\n").event_status != \
        "in progress"


def test_the_one_a_visitor_is_to_meet_is_met_later_not_a_participant() -> None:
    facts = _facts(_VISIT_BEGUN)
    assert "Ana Munteanu" not in _names(facts.participants)
    meeting = next(event for event in facts.planned_events if event.kind == "meeting")
    assert meeting.who == ["Jan Kowal"] and meeting.host == "Ana Munteanu"


@pytest.mark.parametrize("name", ["Maia Sandu", "Tudor Ulianovschi"])
def test_syllables_hepburn_never_writes_are_no_japanese_name(name: str) -> None:
    from briefing.names.origin import origin_from_shape

    assert origin_from_shape(name) != "ja"
    assert origin_from_shape("Shunichi Suzuki") == "ja"


_MAYORS = ("ULAANBAATAR, June 10 (Montsame) - Mayor of Ulaanbaatar Bat Dorj met with Mayor of Kuala Lumpur Siti Aminah "
           "Rahman as part of President Ochir Bold's official visit to Malaysia. The parties signed a memorandum of "
           "understanding between the two cities.\n")


def test_a_city_of_two_words_after_mayor_of_is_no_part_of_the_name() -> None:
    assert _people(_facts(_MAYORS))["Siti Aminah Rahman"] == ("Mayor of Kuala Lumpur", "MY")


def test_the_president_whose_visit_is_the_occasion_of_two_others_meeting_is_mentioned() -> None:
    facts = _facts(_MAYORS)
    assert "Ochir Bold" not in _names(facts.participants)
    assert "Ochir Bold" in _names(facts.mentioned_people)


def test_mayors_meet_in_the_host_mayors_city_and_sign_between_their_cities() -> None:
    facts = _facts(_MAYORS)
    assert (facts.location.city, facts.location.country) == ("Kuala Lumpur", "MY")
    assert facts.location.needs_review or (facts.location.confidence or 0) < 0.8
    assert facts.documents_signed[0].parties == ["Ulaanbaatar", "Kuala Lumpur"]


def test_the_visitor_of_the_visit_a_signing_took_place_during_takes_part() -> None:
    facts = _facts("KUALA LUMPUR, June 10 (Bernama) - Four agreements were signed during President Ochir Bold's "
                   "official visit to Malaysia.\n")
    assert "Ochir Bold" in _names(facts.participants)
