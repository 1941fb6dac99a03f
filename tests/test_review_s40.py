"""Fixes from session 40: short sentences of our own."""

from __future__ import annotations


def _facts(text: str):
    from briefing.extract import extract
    from briefing.ingest import parse_article

    return extract(parse_article(text))


# -- areas -------------------------------------------------------------------------------------------------------------

def test_areas_said_to_be_among_the_issues_discussed() -> None:
    facts = _facts("ASTANA, March 3, 2025. Speaker Yerlan Koshanov met with Ambassador Kazuya Ogawa. Energy as well as "
                   "transport cooperation were among the issues discussed.\n")
    assert facts.cooperation_areas == ["energy", "transport"]


def test_a_clause_that_something_was_among_the_issues_is_no_list_opening_the_sentence() -> None:
    facts = _facts("ASTANA, March 3, 2025. Speaker Yerlan Koshanov met with Ambassador Kazuya Ogawa. He said that "
                   "energy was among the issues discussed.\n")
    assert facts.cooperation_areas == []


# -- planned events: the next stops of a visit, told in a past report --------------------------------------------------

def test_what_a_delegation_was_expected_to_do_later_in_its_visit_is_planned() -> None:
    facts = _facts("ASTANA, March 3, 2025. Speaker Yerlan Koshanov met with Ambassador Kazuya Ogawa on Monday. The "
                   "Japanese delegation was expected to visit the financial centre on Wednesday.\n")
    [plan] = facts.planned_events
    assert (plan.kind, plan.when) == ("visit", "2025-03-05")


def test_what_someone_was_expected_to_do_before_the_report_is_no_plan() -> None:
    facts = _facts("ASTANA, May 20, 2025. Speaker Yerlan Koshanov met with Ambassador Kazuya Ogawa on Monday. The "
                   "ambassador was expected to visit Almaty in March, but the trip was postponed.\n")
    assert facts.planned_events == []


# -- fresh93: people of another occasion -------------------------------------------------------------------------------

def _who(text: str) -> tuple[list[str], list[str]]:
    facts = _facts(text)
    return [p.name for p in facts.participants], [p.name for p in facts.mentioned_people]


def test_the_visitor_of_the_state_visit_someone_came_for_is_mentioned() -> None:
    participants, mentioned = _who(
        "Speaker Aida Balayeva met with Senator Bakhtiyor Sadykov. Mr Sadykov was in Astana for the state visit of "
        "President Farrukh Olimov on March 22-23.\n")
    assert participants == ["Aida Balayeva", "Bakhtiyor Sadykov"] and mentioned == ["Farrukh Olimov"]


def test_those_whose_talks_the_text_weighs_are_mentioned_and_those_the_signing_followed_take_part() -> None:
    weighed = _who("Speaker Aida Balayeva met with Senator Bakhtiyor Sadykov. According to Ms Balayeva, the results of "
                   "talks between Presidents Farrukh Olimov and Erlan Tasov showed the value of the visit.\n")
    assert weighed == (["Aida Balayeva", "Bakhtiyor Sadykov"], ["Farrukh Olimov", "Erlan Tasov"])
    followed = _who("Today, following the results of negotiations between the President of Kazakhstan Erlan Tasov and "
                    "the President of Uzbekistan Farrukh Olimov, the sides signed a memorandum on trade.\n")
    assert set(followed[0]) == {"Erlan Tasov", "Farrukh Olimov"}


def test_an_office_told_after_one_name_is_not_the_next_names() -> None:
    facts = _facts("BAKU, Oct 18, 2020 - The Speaker arrived in Baku. He was welcomed by Ahmad Aliyev, head of the "
                   "Friendship Group, Turkey's envoy in Baku Kemal Demir, and others.\n")
    titles = {p.name: p.title for p in facts.participants}
    assert titles["Kemal Demir"] == "Turkey's envoy in Baku"


# -- fresh93: place, type, dateline ------------------------------------------------------------------------------------

def test_the_city_a_lead_says_will_host_a_coming_visit() -> None:
    facts = _facts("Russian president to pay official visit to Belarus on 23-24 May\n\nMINSK, 23 May (BelTA) - Minsk "
                   "will host the summit as the Russian President Pavel Orlov travels to Minsk on 23-24 May.\n")
    assert (facts.location.city, facts.location.country) == ("Minsk", "BY")


def test_a_city_that_will_host_something_else_is_not_where_a_past_meeting_was() -> None:
    facts = _facts("ASTANA, May 3, 2024 - Minsk will host the next round, Speaker Aida Balayeva said following her "
                   "meeting with Ambassador Pavel Orlov in Astana on Friday.\n")
    assert facts.location.city == "Astana"


def test_talks_in_the_headline_are_part_of_the_visit_the_lead_tells_of() -> None:
    facts = _facts("date 2020-10-19\nSpeaker in Baku for talks\n\nBAKU- Anadolu Agency\n\nThe Turkish parliament "
                   "speaker arrived on Oct. 18 in Azerbaijan on a three-day official visit. Speaker Kemal Demir "
                   "congratulated Azerbaijan.\n")
    assert facts.event_type == "visit"


def test_a_city_dash_agency_line_is_a_dateline() -> None:
    from briefing.ingest.text import parse_dateline

    dateline = parse_dateline("BAKU- Anadolu Agency\n\nThe Turkish speaker arrived.")
    assert dateline is not None and (dateline.city, dateline.agency) == ("BAKU", "Anadolu Agency")
    assert parse_dateline("BAKU- Anadolu Agency reporters saw him land.\n\nThe speaker arrived.") is None


# -- fresh93: areas and organizations ----------------------------------------------------------------------------------

def test_an_inner_part_of_a_hyphenated_dialogue_is_no_second_area() -> None:
    facts = _facts("Speaker Aida Balayeva met with Senator Bakhtiyor Sadykov. The memorandum aims at deepening "
                   "inter-parliamentary dialogue.\n")
    assert facts.cooperation_areas == ["inter-parliamentary dialogue"]


def test_the_fields_listed_after_the_range_of_relations_and_a_colon() -> None:
    facts = _facts("Speaker Aida Balayeva will meet Senator Bakhtiyor Sadykov. The parties are expected to discuss the "
                   "entire range of relations: the status of earlier decisions, political dialogue, security, and "
                   "humanitarian cooperation.\n")
    assert facts.cooperation_areas == ["political dialogue", "security", "humanitarian"]


def test_bodies_named_without_an_institution_word_at_their_end() -> None:
    facts = _facts("MINSK, May 23, 2024 - Speaker Aida Balayeva met with deputies of the National People’s Congress "
                   "of the People’s Republic of China. They spoke of decisions of the Supreme State Council of the "
                   "Union State.\n")
    assert facts.organizations == ["National People’s Congress of the People’s Republic of China",
                                   "Supreme State Council of the Union State"]
