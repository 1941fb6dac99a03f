"""Planned events as records: kind, who, host, place, country, when and objects read from short made-up texts."""

from __future__ import annotations

import pytest

from briefing.extract import explain, extract
from briefing.extract.planned import find_planned
from briefing.extract.text import Context
from briefing.ingest import parse_article
from briefing.models import PLANNED_KINDS, PlannedEvent

MEETING = "Minister of Foreign Affairs of Latvia Anna Berzina met Minister of Foreign Affairs of Peru Luis Soto in Riga. "
DATED = "date 2025-03-10\n"


def _planned(text: str) -> list[PlannedEvent]:
    return extract(parse_article(text)).planned_events


def _one(text: str) -> PlannedEvent:
    events = _planned(text)
    assert len(events) == 1, [e.text for e in events]
    return events[0]


# -- kind -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The Peruvian delegation plans to visit the Riga Port Authority.", "visit"),
        ("Luis Soto will pay a state visit to Latvia in May.", "visit"),
        ("The ministers will hold talks in Lima next week.", "talks"),
        ("The next session of the intergovernmental commission will be held in Riga.", "session"),
        ("Several documents are expected to be signed during the visit.", "signing"),
        ("The sides agreed to conclude an agreement on air services.", "signing"),
        ("The Baltic-Andean business forum will be held in Riga in the autumn.", "forum"),
        ("The summit of the heads of state is scheduled for the spring.", "summit"),
        ("A joint exhibition of Peruvian textiles will open in the National Museum of Art.", "exhibition"),
        ("A concert of young musicians will take place in Riga.", "concert"),
        ("The Days of Peruvian Culture will be held in Riga.", "festival"),
        ("The sides agreed to hold consultations between the foreign ministries.", "consultations"),
        ("The ministers will meet again at the end of the year.", "meeting"),
        ("An international conference on water resources will be held in Astana.", "conference"),
    ],
)
def test_kind_from_the_event_verb_or_noun(sentence: str, kind: str) -> None:
    event = _one(MEETING + sentence)
    assert event.kind == kind
    assert event.kind in PLANNED_KINDS


# -- who and host -----------------------------------------------------------------------------


def test_who_as_written_when_it_names_no_person() -> None:
    event = _one(MEETING + "The Peruvian delegation plans to visit the Riga Port Authority.")
    assert event.who == ["the Peruvian delegation"]
    assert event.host is None


def test_who_resolved_to_a_participant_from_a_titled_name_an_office_and_a_pronoun() -> None:
    assert _one(MEETING + "Minister Luis Soto will pay an official visit to Latvia.").who == ["Luis Soto"]
    text = ("President of Latvia Anna Berzina met President of Peru Luis Soto in Riga. "
            "The President of Peru will visit Lima next week.")
    assert _one(text).who == ["Luis Soto"]
    assert _one(MEETING + "He will also visit the Riga Port Authority.").who == ["Luis Soto"]


def test_who_for_the_sides_and_for_the_leaders() -> None:
    assert _one(MEETING + "The parties are expected to sign a memorandum on tourism.").who == ["the parties"]
    text = ("President of Latvia Anna Berzina met President of Peru Luis Soto in Riga. "
            "The Presidents will hold talks in Lima next month.")
    assert _one(text).who == ["Anna Berzina", "Luis Soto"]


def test_who_of_an_event_named_as_a_noun_phrase() -> None:
    event = _one(MEETING + "The ministers discussed preparations for the upcoming state visit of Minister Luis Soto "
                 "to Latvia.")
    assert (event.kind, event.who, event.country) == ("visit", ["Luis Soto"], "LV")


def test_host_from_an_invitation() -> None:
    event = _one(MEETING + "At the invitation of Anna Berzina, Luis Soto will pay an official visit to Latvia.")
    assert (event.who, event.host) == (["Luis Soto"], "Anna Berzina")


def test_host_is_the_inviter_and_who_the_invitee() -> None:
    event = _one(MEETING + "Anna Berzina invited Luis Soto to visit Latvia at a convenient time.")
    assert (event.kind, event.who, event.host, event.country) == ("visit", ["Luis Soto"], "Anna Berzina", "LV")
    pronoun = _one(MEETING + "She invited Luis Soto to visit Latvia.")
    assert pronoun.host == "Anna Berzina"  # "she" is not the invitee


def test_a_city_or_an_institution_that_hosts_is_place_or_host_not_who() -> None:
    city = _one(MEETING + "Astana will host the summit of the heads of state in 2026.")
    assert (city.kind, city.who, city.host, city.place, city.country, city.when) == \
        ("summit", [], None, "Astana", "KZ", "2026")
    body = _one(MEETING + "The Ministry of Culture of Latvia will host the Days of Peruvian Cinema in Riga.")
    assert (body.kind, body.host, body.objects) == ("festival", "Ministry of Culture of Latvia",
                                                    ["Days of Peruvian Cinema"])


def test_a_relative_clause_and_an_opening_time_are_not_the_subject() -> None:
    event = _one(MEETING + "Luis Soto, who arrived in Riga on Sunday, will visit the Riga Port Authority.")
    assert event.who == ["Luis Soto"]
    early = _one(MEETING + "Tomorrow the Peruvian delegation will visit the Riga Port Authority.")
    assert early.who == ["the Peruvian delegation"]


# -- place and country ------------------------------------------------------------------------


def test_city_gives_place_and_country() -> None:
    event = _one(MEETING + "The next round of talks will be held in Ulaanbaatar.")
    assert (event.place, event.country) == ("Ulaanbaatar", "MN")
    capital = _one(MEETING + "A concert of young musicians will take place in the city of Tashkent.")
    assert (capital.place, capital.country) == ("Tashkent", "UZ")


def test_visited_country_gives_country_only() -> None:
    event = _one(MEETING + "Luis Soto will pay a state visit to Mongolia.")
    assert (event.place, event.country, event.objects) == (None, "MN", [])
    republic = _one(MEETING + "Anna Berzina invited Luis Soto to visit the Republic of Uzbekistan.")
    assert republic.country == "UZ"


def test_a_city_inside_an_institution_name_is_not_the_place() -> None:
    event = _one(MEETING + "The delegation plans to visit the Astana Hub Technology Park.")
    assert event.place is None
    assert event.objects == ["Astana Hub Technology Park"]


# -- when ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (MEETING + "Luis Soto will pay a state visit to Latvia on June 1-4.", "--06-01/--06-04"),
        (DATED + MEETING + "Luis Soto will pay a state visit to Latvia on June 1-4.", "2025-06-01/2025-06-04"),
        (DATED + MEETING + "The forum will be held in Riga on 12 February.", "2026-02-12"),
        (MEETING + "The next session of the commission will be held in October 2026.", "2026-10"),
        (MEETING + "The next session of the commission will be held in October.", None),
        (DATED + MEETING + "The next session of the commission will be held in October.", "2025-10"),
        (DATED + MEETING + "The sides agreed to hold the next meeting next year.", "2026"),
        (MEETING + "The sides agreed to hold the next meeting in 2027.", "2027"),
        (DATED + MEETING + "The ministers will meet tomorrow in Riga.", "2025-03-11"),
        (MEETING + "The ministers will meet tomorrow in Riga.", None),
    ],
)
def test_when_in_each_form(text: str, when: str | None) -> None:
    assert _one(text).when == when


# -- objects ----------------------------------------------------------------------------------


def test_objects_split_at_commas_and_and_but_names_with_commas_stay_whole() -> None:
    event = _one(MEETING + "The Peruvian delegation plans to visit the Riga Port Authority, the state company Baltic "
                 "Rail, the Analytical Centre of the Ministry of Transport, Communications and Digital Development, "
                 "the joint-stock company Latvijas Gaze (LG), and other sites.")
    assert event.kind == "visit"
    assert event.objects == ["Riga Port Authority", "Baltic Rail",
                             "Analytical Centre of the Ministry of Transport, Communications and Digital Development",
                             "Latvijas Gaze"]


def test_a_company_after_a_ministry_is_not_part_of_its_name() -> None:
    event = _one(MEETING + "The delegation will visit the Ministry of Energy, Andina Power and the national company "
                 "Latvijas Gaze.")
    assert event.objects == ["Ministry of Energy", "Andina Power", "Latvijas Gaze"]


def test_a_committee_on_fields_keeps_its_name_and_the_date_after_it_ends_the_list() -> None:
    event = _one(DATED + MEETING + "The delegation will visit the Committee on Agriculture, Forestry and Fisheries "
                 "and the Port of Riga on Monday.")
    assert event.objects == ["Committee on Agriculture, Forestry and Fisheries", "Port of Riga"]
    assert event.when == "2025-03-10"


def test_signing_objects_name_the_document_not_a_number_of_documents() -> None:
    named = _one(MEETING + "A memorandum of understanding on tourism is expected to be signed during the visit.")
    assert (named.kind, named.objects) == ("signing", ["memorandum of understanding on tourism"])
    generic = _one(MEETING + "The parties are expected to sign a number of documents.")
    assert (generic.kind, generic.objects) == ("signing", [])


def test_a_named_event_is_the_object_of_a_held_event() -> None:
    event = _one(MEETING + "The Baltic-Andean Business Forum will be held in Riga on May 5.")
    assert (event.kind, event.objects, event.place) == ("forum", ["Baltic-Andean Business Forum"], "Riga")


# -- past events and the record ---------------------------------------------------------------


def test_past_events_are_not_planned() -> None:
    assert _planned(MEETING + "Last year the delegation visited the Riga Port Authority. The forum was held in "
                    "Lima in 2019. The ministers recalled the exhibition that took place in Riga.") == []
    assert _planned(DATED + MEETING + "The next session of the commission will be held in 2019.") == []


def test_find_planned_returns_records_with_evidence() -> None:
    article = parse_article(MEETING + "Luis Soto will pay a state visit to Latvia on June 1-4, the ministry said.")
    events = find_planned(Context.of(article), None)
    assert [e.text for e in events] == ["Luis Soto will pay a state visit to Latvia on June 1-4"]
    evidence = events[0].evidence
    assert evidence is not None and article.text[evidence.start:evidence.end] == events[0].text
    assert events[0].who == ["Luis Soto"]  # without the people found, the subject as written


def test_explain_shows_the_planned_event_fields() -> None:
    article = parse_article(MEETING + "At the invitation of Anna Berzina, Luis Soto will pay a state visit to "
                            "Latvia on June 1-4.")
    shown = explain(extract(article), article)
    assert "planned event: visit; who: Luis Soto; host: Anna Berzina; place: LV; when: --06-01/--06-04 |" in shown
