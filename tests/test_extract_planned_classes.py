"""Planned events of issue 9: plans inside a clause about an event under way, official statements quoted,
openings before the plan, talks named by their noun, invitations and wishes, events the sides look
forward to ('the importance of holding ...'), the visit's programme, and a visit told twice."""

from __future__ import annotations

import pytest
from test_extract_planned_verbs import _one, _planned


def test_the_plan_inside_a_clause_about_a_visit_under_way_is_the_clause() -> None:
    event = _one("Luis Soto is on an official visit to Latvia, during which he will hold talks with the Speaker, "
                 "the ministry reports.")
    assert event.text == "he will hold talks with the Speaker"
    assert (event.kind, event.who) == ("talks", ["Luis Soto"])


def test_a_quoted_statement_in_the_third_person_announces_a_plan() -> None:
    event = _one("«Following the talks, the parties agreed to hold a working visit of Minister Luis Soto to Riga "
                 "in May, during which trade would be considered,» the ministry said.")
    assert event.text.startswith("the parties agreed to hold a working visit")
    assert (event.kind, event.who, event.place) == ("visit", ["Luis Soto"], "Riga")


def test_a_quoted_intention_in_the_first_person_is_no_announced_plan() -> None:
    assert _planned("“We will visit Lima next year,” Anna Berzina said.") == []


def test_the_same_visit_announced_and_then_quoted_is_one_event() -> None:
    events = _planned("Luis Soto will pay an official visit to Riga next week, an official announced on Sunday. "
                      "\"Luis Soto will pay an official visit to Latvia on June 4-5,\" the official told journalists.")
    assert [e.text for e in events] == ["Luis Soto will pay an official visit to Riga next week"]


def test_the_date_and_the_invitation_opening_the_sentence_are_not_the_plan_but_date_it() -> None:
    event = _one("On June 4-5, at the invitation of the President of Peru, Anna Berzina will pay a state visit "
                 "to this country.")
    assert event.text == "Anna Berzina will pay a state visit to this country"
    assert event.when == "2025-06-04/2025-06-05"


def test_the_occasion_opening_a_sentence_with_its_own_future_is_not_the_plan() -> None:
    events = _planned("On the occasion of the anniversary which will fall next year, Anna Berzina expressed her "
                      "wish for the King of Spain to visit Latvia and invited Luis Soto to visit Latvia at his "
                      "convenience.")
    assert [e.text for e in events] == [
        "Anna Berzina expressed her wish for the King of Spain to visit Latvia",
        "invited Luis Soto to visit Latvia at his convenience"]
    wish, invitation = events
    assert (wish.kind, wish.who, wish.host, wish.country) == ("visit", ["the King of Spain"], "Anna Berzina", "LV")
    assert invitation.who == ["Luis Soto"]


@pytest.mark.parametrize(
    ("sentence", "text", "kind"),
    [
        ("The two ministers will have a detailed discussion of transit issues, and the progress made so far.",
         "The two ministers will have a detailed discussion of transit issues", "talks"),
        ("Besides, she intends to have conversations with the heads of other delegations.",
         "she intends to have conversations with the heads of other delegations", "talks"),
        ("The delegation will get an opportunity to take part in the song festivities in Riga.",
         "The delegation will get an opportunity to take part in the song festivities in Riga", "festival"),
        ("It is planned to organize visits of Peruvian engineers to Latvia.",
         "It is planned to organize visits of Peruvian engineers to Latvia", "visit"),
        ("The parties agreed to keep in touch and arrange a new round of consultations this year.",
         "The parties agreed to keep in touch and arrange a new round of consultations this year", "consultations"),
        ("Luis Soto will lead a business delegation to Riga, the first such visit in ten years.",
         "Luis Soto will lead a business delegation to Riga", "visit"),
    ],
)
def test_plans_named_by_their_noun_or_a_second_verb(sentence: str, text: str, kind: str) -> None:
    event = _one(sentence)
    assert (event.text, event.kind) == (text, kind)


def test_an_event_the_sides_look_forward_to() -> None:
    event = _one("The sides stressed the importance of holding the next meeting of the intergovernmental commission "
                 "on June 3, 2025 in Vilnius.")
    assert event.text.startswith("holding the next meeting of the intergovernmental commission")
    assert (event.place, event.country, event.when) == ("Vilnius", "LT", "2025-06-03")
    summit = _one("Peru expressed its interest in the successful holding of the Andean Summit in the capital of Peru.")
    assert summit.kind == "summit" and summit.objects == ["Andean Summit"]


def test_holding_without_a_date_a_name_or_next_is_no_plan() -> None:
    assert _planned("The sides noted the importance of holding regular consultations.") == []


def test_the_programme_of_a_visit_lists_meetings_still_to_come() -> None:
    event = _one("The programme of the visit also includes meetings with the heads of leading Latvian companies.")
    assert (event.kind, event.who) == ("meeting", [])


def test_a_meeting_hosted_by_a_capital_has_its_place_and_no_actor() -> None:
    event = _one("According to him, the regular meeting of the council is scheduled to be hosted by the Latvian "
                 "capital of Riga on June 8.")
    assert event.text.startswith("the regular meeting of the council")
    assert (event.kind, event.who, event.host, event.place, event.when) == ("meeting", [], None, "Riga", "2025-06-08")


def test_an_expected_visit_named_as_a_noun_phrase_keeps_an_initial_in_its_name() -> None:
    event = _one("Issues of the expected visit to Latvia of a delegation led by Minister L. Soto were discussed.")
    assert event.text == "the expected visit to Latvia of a delegation led by Minister L. Soto"
    assert (event.kind, event.country, event.objects) == ("visit", "LV", [])


def test_who_of_a_plan_shared_by_a_minister_noting_something() -> None:
    event = _one("Luis Soto noting the importance of ties shared his plans to visit Latvia in the near future.")
    assert event.who == ["Luis Soto"]


def test_a_country_alone_does_not_make_a_royal_visitor_the_one_person_of_that_country() -> None:
    event = _one("Luis Soto expressed his wish for the King of Latvia to visit Peru.")
    assert event.who == ["the King of Latvia"]


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        # a reporting clause cut where the plan begins is no one who acts
        ("The spokesman said the minister has plans to visit Riga in May.", []),
        ("Summing up the forum the delegates voiced their intention to visit Lima next year.", []),
        # an opening phrase before the subject is not part of it
        ("Among other things, the Latvian delegation will visit the Riga Port Authority.", ["the Latvian delegation"]),
    ],
)
def test_who_acts_is_a_noun_phrase_never_the_cut_of_a_clause(sentence: str, who: list[str]) -> None:
    assert _one(sentence).who == who


def test_a_signing_between_two_countries_for_some_years_is_between_the_countries() -> None:
    event = _one("An action plan between Latvia and Peru for 2026-2027 is expected to be signed in Riga.")
    assert event.kind == "signing"
    assert event.who == ["Latvia", "Peru"]
    assert all(not name.endswith("to be") for name in event.objects)


def test_a_reporting_clause_is_not_a_place_to_visit() -> None:
    event = _one("Minister Luis Soto plans to visit Riga, the Peruvian Foreign Ministry spokesman Ana Ruiz said.")
    assert event.objects == []


def test_the_one_a_delegation_calls_on_receives_it() -> None:
    event = _one("During the visit, the guests will pay a courtesy call on Speaker of the Seimas Jonas Vaitkus "
                 "and meet with members of the committee.")
    assert event.kind == "courtesy call" and event.host == "Jonas Vaitkus"


def test_they_is_the_participants_or_nobody_never_the_word() -> None:
    event = _one("In addition, they will hold meetings with members of the committee.")
    assert event.who == ["Anna Berzina", "Luis Soto"]  # the two who met, as the text makes clear
    from briefing.extract import extract
    from briefing.ingest import parse_article

    [alone] = extract(parse_article("date 2025-03-10\nThe delegations arrived in Riga on a working visit. In "
                                    "addition, they will hold meetings with students.")).planned_events
    assert "they" not in alone.who


def test_a_photo_caption_shows_the_event_it_plans_nothing() -> None:
    caption = "The minister stands next to his guest ahead of their bilateral talks at the ministry{} on July 30."
    assert _planned(caption.format(" in this photo provided by the ministry")) == []
    assert _planned(caption.format(""))  # the same words outside a caption name talks still to come


def test_the_sides_arranging_a_conference_are_not_its_participants() -> None:
    [event] = _planned("The sides agreed on organizing a scientific conference in 2026.")
    assert event.kind == "conference" and event.who == []


# -- fresh32, after its first contact (planned events 0.53) -------------------------------------------------------


def test_a_visit_a_side_expects_is_planned() -> None:
    event = _one("He noted that the Latvian side expects a state visit of the Peruvian leader to Riga.")
    assert event.kind == "visit"


def test_an_event_scheduled_for_a_date_is_planned_and_does_not_date_the_meeting() -> None:
    from briefing.extract import extract
    from briefing.ingest import parse_article

    facts = extract(parse_article("RIGA. On Monday, Ambassador Luis Soto met Speaker Anna Berzina. The Speaker was "
                                  "invited to the 4th Meeting of Speakers scheduled for September 23-24, 2019 in Lima.\n"))
    assert [event.kind for event in facts.planned_events] == ["meeting"]
    assert facts.event_date is None


def test_planning_meetings_is_a_plan() -> None:
    event = _one("The minister outlined proposals, planning bilateral meetings with Latvian ministers.")
    assert event.kind == "meeting"


def test_a_remark_on_a_first_visit_does_not_hide_the_plan_the_ministry_announced() -> None:
    event = _one("Adding that this is the first state visit in ten years, the ministry said that the two sides will "
                 "hold in-depth discussions on regional issues.")
    assert event.text.startswith("the two sides will hold in-depth discussions")


def test_a_banquet_in_honour_of_a_visiting_guest_is_no_visit() -> None:
    event = _one("A banquet will be hosted by President Anna Berzina in honour of the visiting President.")
    assert event.kind == "other" and event.objects == []


def test_the_visitor_a_side_expects_is_the_one_who_visits() -> None:
    from briefing.extract import extract
    from briefing.ingest import parse_article

    facts = extract(parse_article("date 2024-04-01\nBISHKEK, April 1. President Sadyr Japarov held a phone call with "
                                  "Turkish President Recep Tayyip Erdogan. Japarov noted that the Kyrgyz side expects a "
                                  "state visit of the Turkish leader to Kyrgyzstan.\n"))
    assert [(event.kind, event.who) for event in facts.planned_events] == [("visit", ["Recep Tayyip Erdogan"])]


def test_a_name_with_vietnamese_letters_resolves_to_its_participant() -> None:
    from briefing.extract import extract
    from briefing.ingest import parse_article

    facts = extract(parse_article("date 2025-07-02\nHANOI, July 2. Deputy Minister Lê Thị Thu Hằng held phone talks with "
                                  "Deputy Minister Meder Abakirov. Abakirov invited Hằng to visit Kyrgyzstan.\n"))
    assert [(event.who, event.host) for event in facts.planned_events] == [(["Lê Thị Thu Hằng"], "Meder Abakirov")]


def test_working_on_holding_an_exhibition_is_a_plan() -> None:
    event = _one("The parties will work on holding an exhibition of ancient art in Lima.")
    assert event.kind == "exhibition"
