"""Plans named by readiness, agreement, initiatives and invitations, and the event a participle dates: "agreed on
signing", "ready to arrange a visit", "expressed their readiness to hold a meeting", "it is expected the signing of",
"initiatives on … organizing visits", "a message inviting him to participate in", "the visit … scheduled for this
fall". Short synthetic sentences."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_article


def _plans(text: str):
    return extract(parse_article("date 2021-01-28\nASTANA, January 28. " + text)).planned_events


def test_an_agreement_on_signing_is_a_planned_signing():
    [plan] = _plans("To increase interaction in pharmaceuticals, the parties agreed on signing a Memorandum of "
                    "Cooperation between the agencies.")
    assert plan.kind == "signing"
    assert plan.text.startswith("the parties agreed on signing")  # the purpose clause before it is no part of it


def test_readiness_to_hold_or_arrange_is_a_plan():
    [meeting] = _plans("The parties expressed their readiness to hold a meeting of the joint intergovernmental "
                       "commission in the fall of 2021.")
    assert meeting.kind == "meeting"
    [visit] = _plans("Argentina is ready to arrange a visit to Argentina for Mongolia’s Minister of Agriculture.")
    assert visit.kind == "visit"


def test_a_signing_expected_after_a_forum():
    [signing] = _plans("After the forum, it is expected the signing of two new cooperation documents.")
    assert signing.kind == "signing"


def test_initiatives_on_signing_and_organizing_visits_but_not_an_initiative_made_long_ago():
    assert _plans("The Speaker supported initiatives on establishing friendship groups, signing a Memorandum of "
                  "Cooperation, as well as organizing visits of deputies of both parliaments in 2021.")
    assert _plans("The initiative to hold consultative meetings of the heads of states was made by the President during "
                  "the 72nd session of the UN General Assembly.") == []


def test_a_message_inviting_him_names_the_session_and_no_host_made_of_the_clause():
    [session] = _plans("The Chairman received a written message from the Speaker, inviting him to participate in the "
                       "fourth session of Speakers of Eurasian Countries’ Parliaments.")
    assert session.kind == "session" and session.invited
    assert session.text.startswith("inviting him to participate in the fourth session")
    assert session.host is None or "received" not in session.host
    assert session.who == []  # "him": a pronoun, no name to print


def test_a_participle_dates_the_event_named_before_it():
    [visit] = _plans("The minister suggested signing a convention during the visit of the President to Mexico scheduled "
                     "for this fall, and to consider visa-free travel.")
    assert visit.kind == "visit"
    assert visit.text == "the visit of the President to Mexico scheduled for this fall"


def test_an_accepted_invitation_a_visit_prepared_for_and_visits_to_be_paid():
    [accepted] = _plans("The Uzbek President accepted the prime minister’s invitation to visit Pakistan.")
    assert accepted.kind == "visit"
    [awaited] = _plans("Mongolia is preparing for the visit of the President of the Russian Federation next month.")
    assert awaited.kind == "visit" and awaited.who == ["the President of the Russian Federation"]  # the visitor
    [visits] = _plans("High level visits to be paid in 2022-2023 were on the agenda.")
    assert visits.kind == "visit"
