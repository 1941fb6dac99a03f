"""Planned events of issue 10: 'will make a visit', 'is set to travel', 'are expected to adopt', something
sent to a country, meals hosted for a guest, who reported a plan on a weekday."""

from __future__ import annotations

from test_extract_planned_verbs import _one, _planned


def test_will_make_a_visit_is_a_visit() -> None:
    event = _one("The delegation of the Senate will make its first official visit to Peru on June 10.")
    assert event.text == "The delegation of the Senate will make its first official visit to Peru on June 10"
    assert (event.kind, event.country) == ("visit", "PE")


def test_will_make_efforts_is_no_plan() -> None:
    assert _planned("The sides will make efforts to expand trade.") == []


def test_is_set_to_travel_is_a_visit() -> None:
    event = _one("Anna Berzina is set to travel to Peru and Chile on Thursday and Friday.")
    assert (event.kind, event.who, event.country) == ("visit", ["Anna Berzina"], "PE")


def test_are_expected_to_adopt_a_statement_is_a_signing() -> None:
    event = _one("Luis Soto and Anna Berzina are expected to adopt a joint statement on trade.")
    assert event.kind == "signing"


def test_something_sent_to_a_country_is_planned() -> None:
    event = _one("Latvia will be sending a collection of paintings to Peru in 2026.")
    assert event.text == "Latvia will be sending a collection of paintings to Peru in 2026"


def test_sending_a_message_is_no_plan() -> None:
    assert _planned("The minister will send a message of support.") == []


def test_a_luncheon_hosted_for_a_guest_is_planned() -> None:
    event = _one("The Queen will host a luncheon for Luis Soto at the palace, according to the ministry.")
    assert event.text.startswith("The Queen will host a luncheon for Luis Soto")


def test_who_reported_the_plan_on_a_weekday_is_not_part_of_it() -> None:
    event = _one("Luis Soto will visit Latvia next week to discuss trade, his ministry said Thursday.")
    assert event.text == "Luis Soto will visit Latvia next week to discuss trade"


def test_events_named_as_the_subject_of_are_also_planned_are_planned() -> None:
    event = _one("A trade forum and an exhibition of paintings are also planned.")
    assert event.text == "A trade forum and an exhibition of paintings are also planned"


def test_the_programme_of_a_named_guests_visit_holds_its_meetings() -> None:
    event = _one("The program of the Peruvian minister’s visit envisages meetings with officials, the ministry added.")
    assert event.text == "The program of the Peruvian minister’s visit envisages meetings with officials"


def test_an_invitation_to_visit_is_planned_without_what_the_speaker_said_next() -> None:
    event = _one("Luis Soto confirmed his invitation to Anna Berzina to visit Peru, and said that ties would grow.")
    assert event.text == "Luis Soto confirmed his invitation to Anna Berzina to visit Peru"


def test_an_intention_to_organize_a_visit_is_planned() -> None:
    event = _one("The members voiced their intention to organize a visit to Lima by a delegation of the Senate.")
    assert event.kind == "visit"


def test_a_confirmed_participation_is_planned() -> None:
    event = _one("Anna Berzina confirmed her participation in the Lima Trade Summit.")
    assert event.kind == "summit"


def test_holding_an_event_the_sides_looked_forward_to_is_planned() -> None:
    event = _one("The ministers looked forward to holding the first Strategic Dialogue in late 2026.")
    assert event.text == "holding the first Strategic Dialogue in late 2026"


def test_a_signing_expected_ends_before_its_purpose() -> None:
    event = _one("The signing of a package of agreements is expected aimed at deepening the partnership.")
    assert event.text == "The signing of a package of agreements is expected"


def test_the_credit_of_a_report_citing_its_source_is_not_part_of_the_plan() -> None:
    event = _one("The Senate delegation will make its first visit to Peru on June 10, the agency reports citing the Senate.")
    assert event.text == "The Senate delegation will make its first visit to Peru on June 10"


def test_what_someone_hoped_is_the_plan_not_who_hoped_it() -> None:
    event = _one("In the call, which took place on Monday, the minister expressed hope that the visit of the "
                 "President of Peru to Latvia will take place next year.")
    assert event.text == "the visit of the President of Peru to Latvia will take place next year"


def test_a_remark_that_a_visit_is_the_first_of_its_kind_is_no_further_plan() -> None:
    assert _planned("It is noteworthy that Peru is the first country Anna Berzina will visit after her election.") == []


def test_an_upcoming_event_ends_before_the_verb_of_its_sentence() -> None:
    assert _planned("The agenda of the upcoming summit includes issues of trade and transit.") == []


def test_a_visit_the_talks_are_held_ahead_of_is_planned() -> None:
    event = _one("The council met in Lima ahead of Luis Soto’s visit to Riga in September.")
    assert event.text == "Luis Soto’s visit to Riga in September"
    assert (event.kind, event.who, event.place) == ("visit", ["Luis Soto"], "Riga")


def test_a_visit_and_a_participation_on_the_agenda_are_two_events() -> None:
    events = _planned("One of the key issues of the agenda is the state visit of President Luis Soto to Latvia "
                      "this May and his participation in the Riga Trade Summit.")
    assert [e.text for e in events] == ["the state visit of President Luis Soto to Latvia this May",
                                        "his participation in the Riga Trade Summit"]


def test_a_quoted_plan_in_the_first_person_to_take_part_in_an_event_is_planned() -> None:
    event = _one("“We plan to participate in the meeting of the Assembly in Lima on 16-17 November,” Anna Berzina said.")
    assert event.text.startswith("We plan to participate in the meeting of the Assembly in Lima")


def test_a_quoted_proposal_to_hold_an_event_is_planned() -> None:
    event = _one("«I suggest holding the Decade of Culture of Peru in Latvia next year,» Luis Soto added.")
    assert event.text == "holding the Decade of Culture of Peru in Latvia next year"
    assert event.kind == "festival"


def test_who_is_received_is_the_guest_and_who_receives_is_the_host() -> None:
    event = _one("The delegation of the Senate will be received by President Luis Soto on Monday.")
    assert (event.kind, event.who, event.host) == ("meeting", ["the delegation of the Senate"], "Luis Soto")


def test_a_quoted_we_names_nobody_as_taking_part() -> None:
    event = _one("“We plan to attend the Lima Trade Forum in May,” Anna Berzina said.")
    assert event.who == []


def test_an_opening_notably_is_not_who_takes_part() -> None:
    event = _one("Notably, Anna Berzina will pay an official visit to Peru in May.")
    assert event.who == ["Anna Berzina"]
