"""Where the event was, from the shapes a lead gives it: a town the city list lacks, a host city after the
date, an event named after its city, a document's period before 'in <city>'. Short synthetic sentences."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_article


def _place(text: str) -> tuple[str | None, str | None]:
    location = extract(parse_article(text)).location
    return location.city, location.country


def test_a_town_named_with_its_country_in_the_lead():
    assert _place("As part of her working visit to Kerdal, Latvia, the Speaker of Estonia held a meeting with the "
                  "Speaker of Lithuania.") == ("Kerdal", "LV")


def test_a_country_after_a_known_state_is_no_town():
    assert _place("The ministers of Peru and Chile met in Lima, Peru, on Monday.") == ("Lima", "PE")


def test_a_planned_visit_to_a_town_is_not_the_event_place():
    assert _place("The Speaker of Estonia will pay a visit to Kerdal, Latvia, next month, the press office said.")[0] \
        != "Kerdal"


def test_the_host_city_after_the_date():
    assert _place("On March 3, 2021, Tbilisi hosted the meeting of the delegations of Chile and Peru.") == (
        "Tbilisi", "GE")


def test_an_event_named_after_its_city():
    assert _place("On July 6, the President of Chile received the Foreign Minister of Peru within the framework "
                  "of Tbilisi International Conference.") == ("Tbilisi", "GE")


def test_a_cooperation_organisation_named_after_a_city_is_no_place():
    assert _place("The ministers of Chile and Peru met at the Shanghai Cooperation Organisation Summit.")[0] \
        != "Shanghai"


def test_a_document_period_before_the_city_is_no_other_event():
    assert _place("The foreign ministers of Chile and Peru signed a program of cooperation for 2024-2025 in Oslo. "
                  "The parties also held talks.") == ("Oslo", "NO")


def test_a_year_before_a_city_still_names_another_occasion():
    city, _country = _place("The foreign ministers of Chile and Peru met in Oslo and recalled the 2019 forum in Lima.")
    assert city == "Oslo"


def test_a_full_date_before_the_city_is_the_event_date_not_another_occasion():
    assert _place("OSLO. The sides discussed cooperation on October 20, 2016 in Tbilisi during the third session "
                  "of the joint group chaired by the foreign ministers of Chile and Peru.") == ("Tbilisi", "GE")


def test_where_an_ambassador_resides_is_not_the_place():
    city, _country = _place("On May 4, the Deputy Foreign Minister of Chile met the new Ambassador of Peru "
                            "(with residence in Oslo), who arrived in Tbilisi on a working visit.")
    assert city != "Oslo"


def test_a_plan_announced_at_a_forum_makes_the_forum_the_event():
    facts = extract(parse_article(
        "OSLO, June 11. Next week, Chile and Peru will hold a meeting of their intergovernmental commission, announced "
        "Ana Lopez, Deputy Minister of Economy of Chile, at the panel session \"Chile – Peru\", held within the IV "
        "Tbilisi International Investment Forum."))
    assert (facts.event_type, facts.event_status) == ("forum", None)
    assert (facts.location.city, facts.location.country) == ("Tbilisi", "GE")


def test_a_plan_to_meet_at_a_forum_stays_a_plan():
    facts = extract(parse_article("OSLO, June 11. The ministers of Chile and Peru will meet at the Tbilisi "
                                  "International Investment Forum next week."))
    assert facts.location.city != "Tbilisi"


def test_a_parliament_that_hosted_the_meeting_is_in_its_country():
    assert _place("Latvia’s Saeima (Parliament) has hosted a meeting with a delegation led by the Speaker of the "
                  "Parliament of Estonia.") == (None, "LV")


def test_the_day_a_source_reported_is_not_the_event_day():
    facts = extract(parse_article(
        "date 2021-11-30\nOSLO, Nov. 30 (Agency) -- Chile and Peru have agreed to deepen their partnership as their "
        "top diplomats discussed bilateral relations, according to Oslo's ministry Tuesday.\nThe foreign minister of "
        "Chile Ivan Mirov met his Peruvian counterpart, Ana Lopez, in the capital city of Tbilisi on Monday."))
    assert str(facts.event_date) == "2021-11-29"
    assert (facts.location.city, facts.location.country) == ("Tbilisi", "GE")


def test_a_home_outlets_dateline_town_is_in_the_outlets_country():
    # fresh31: "Bayan-Ulgii /MONTSAME/" was no dateline (a hyphenated town in title case) and gave no place
    assert _place("Bayan-Ulgii /MONTSAME/ The Ambassador of Chile to Mongolia Ivan Mirov is working in the aimag "
                  "between November 6 and 8.") == ("Bayan-Ulgii", "MN")
