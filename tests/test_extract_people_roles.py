"""Participants versus people mentioned, and titles that must not swallow a neighbouring word."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_article


def _facts(text: str):
    return extract(parse_article("RIGA, March 3 (Kazinform) - " + text))


def _names(persons) -> set[str]:
    return {p.name for p in persons}


def _titles(persons) -> dict[str, str | None]:
    return {p.name: p.title for p in persons}


def test_presidents_a_speaker_talks_about_are_mentioned():
    facts = _facts("Speaker of the Senate Ali Demir met with Speaker of the Seimas Jonas Vaitkus. Demir noted that "
                   "great attention is paid to relations between the countries by Turkish and Latvian Presidents "
                   "Kemal Arslan and Edgars Ozols.")
    assert {"Kemal Arslan", "Edgars Ozols"} <= _names(facts.mentioned_people)
    assert not {"Kemal Arslan", "Edgars Ozols"} & _names(facts.participants)


def test_a_background_sentence_recalls_another_event():
    facts = _facts("Speaker of the Senate Ali Demir met with Speaker of the Seimas Jonas Vaitkus. To note, in May, "
                   "Turkish President Kemal Arslan visited Latvia on a state visit.")
    assert "Kemal Arslan" in _names(facts.mentioned_people)
    assert "Kemal Arslan" not in _names(facts.participants)


def test_the_leader_of_an_expected_visit_is_mentioned():
    facts = _facts("Speaker of the Senate Ali Demir met with Speaker of the Seimas Jonas Vaitkus. Issues of the "
                   "expected visit to Latvia of a delegation led by Chairman of the Grand Assembly K. Arslan were "
                   "discussed at the meeting.")
    assert "K. Arslan" in _names(facts.mentioned_people)


def test_the_future_co_chair_of_the_next_session_is_mentioned():
    facts = _facts("Deputy Minister of Foreign Affairs of Latvia Janis Berzins held talks with Minister of State "
                   "Anita Rao. They stressed the importance of holding the next meeting of the commission in autumn "
                   "to be co-chaired by Deputy Prime Minister of Latvia Arturs Ozols.")
    assert "Arturs Ozols" in _names(facts.mentioned_people)
    assert "Arturs Ozols" not in _names(facts.participants)


def test_who_told_journalists_about_a_coming_visit_is_a_source():
    facts = _facts("\"President of Latvia Edgars Ozols will pay an official visit to Peru on May 7-8 to attend the "
                   "summit,\" Janis Berzins, the head of the foreign policy department, told journalists. \"Important "
                   "decisions are expected at the meeting,\" Berzins added.")
    assert "Janis Berzins" not in _names(facts.participants)


def test_a_country_after_to_is_not_part_of_the_office():
    facts = _facts("Within the working visit to India Deputy Minister of Foreign Affairs of Latvia Janis Berzins "
                   "held talks with Minister of State Anita Rao.")
    assert _titles(facts.participants)["Janis Berzins"] == "Deputy Minister of Foreign Affairs of Latvia"


def test_mr_between_office_and_name_is_left_out():
    facts = _facts("Ali Demir met with the Speaker of the National Assembly of the Republic of Korea Mr. Lee Jun-ho "
                   "in Geneva.")
    assert _titles(facts.participants)["Lee Jun-ho"] == "Speaker of the National Assembly of the Republic of Korea"


def test_elbasy_is_a_title_and_a_war_is_not_a_person():
    facts = _facts("Speaker of the Senate Ali Demir met with Speaker of the Seimas Jonas Vaitkus. He said that First "
                   "President of Kazakhstan – Elbasy Nursultan Nazarbayev pays attention to ties. They recalled the "
                   "Victory in the Great Patriotic War.")
    people = facts.participants + facts.mentioned_people
    assert "Nursultan Nazarbayev" in _names(people)
    assert not any("Elbasy" in p.name or "War" in p.name for p in people)


def test_reports_after_an_office_is_not_part_of_it():
    facts = _facts("A telephone conversation took place between Edgars Ozols and Kemal Arslan. Press service of the "
                   "President of Latvia reports.")
    assert not any((p.title or "").endswith("reports") for p in facts.participants)


def test_someone_congratulated_on_an_occasion_is_mentioned():
    facts = _facts("Speaker of the Senate Ali Demir met with Jonas Vaitkus, Speaker of the Seimas. In turn, Vaitkus "
                   "congratulated President of Turkey Kemal Arslan on his birthday.")
    assert "Kemal Arslan" in _names(facts.mentioned_people)
    assert "Kemal Arslan" not in _names(facts.participants)


def test_a_paragraph_that_opens_by_recalling_the_past_is_background():
    facts = _facts("Speaker of the Senate Ali Demir met with Jonas Vaitkus, Speaker of the Seimas.\n\n"
                   "It may be recalled that the countries established relations in 1991. The ties were upgraded in "
                   "2015 when Prime Minister Kemal Arslan visited Latvia.")
    assert "Kemal Arslan" in _names(facts.mentioned_people)
    assert "Kemal Arslan" not in _names(facts.participants)


def test_the_office_of_the_first_of_two_named_co_chairs_stays_with_them():
    facts = _facts("Co-chaired by Dr. Ali Demir, Joint Secretary, Ministry of Defence, Turkey and Brigadier General "
                   "Jonas Vaitkus, State Secretary of the Ministry of Defence, the working group met in Riga.")
    assert _titles(facts.participants)["Jonas Vaitkus"] == "State Secretary of the Ministry of Defence"


def test_an_abbreviation_after_an_office_is_not_part_of_the_title():
    facts = _facts("Jonas Vaitkus, Assistant Minister for Political Affairs of the United Arab Emirates (UAE), met "
                   "with Ali Demir, Speaker of the Senate.")
    assert _titles(facts.participants)["Jonas Vaitkus"] == \
        "Assistant Minister for Political Affairs of the United Arab Emirates"


def test_a_country_pair_names_a_group_and_the_chamber_after_it_says_whose_the_member_is():
    facts = _facts("Deputy Ruslan Omarov, head of the Mongolia-Kazakhstan Friendship Group in Mazhilis of "
                   "Kazakhstan, received the Ambassador of Mongolia Bat Ganbold.")
    countries = {p.name: p.country for p in [*facts.participants, *facts.mentioned_people]}
    assert countries["Ruslan Omarov"] == "KZ"


def test_a_host_named_in_the_mongolian_press_style_is_mongolian_at_a_visit_to_mongolia():
    facts = _facts("A Turkish parliamentary delegation led by Ali Demir began a visit to Mongolia. The guests were "
                   "received by Speaker of the Parliament D.Batbold and Minister of Defense B.Ganzorig.")
    countries = {p.name: p.country for p in [*facts.participants, *facts.mentioned_people]}
    assert countries["D.Batbold"] == "MN" and countries["B.Ganzorig"] == "MN"


def test_a_name_shape_gives_no_country_that_is_not_a_side_of_the_event():
    facts = _facts("Speaker of the Senate Ali Demir met with Speaker of the Seimas D.Batbold.")
    countries = {p.name: p.country for p in [*facts.participants, *facts.mentioned_people]}
    assert countries.get("D.Batbold") != "MN"


def test_a_title_ends_where_a_missing_comma_lets_the_clause_go_on():
    facts = _facts("During the meeting with Bat Ganbold, Foreign Minister of Mongolia the sides noted the "
                   "friendly relations.")
    titles = _titles([*facts.participants, *facts.mentioned_people])
    assert titles["Bat Ganbold"] == "Foreign Minister of Mongolia"
