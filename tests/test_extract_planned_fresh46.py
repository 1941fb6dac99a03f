"""Planned events as an unseen batch (fresh46) announced them: an official's quoted schedule ("It is planned to
sign …", "a forum is planned as part of the visit, as well as a concert"), events left unnamed, and a photo caption
that shows the event itself. Short synthetic sentences."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_article

_LEAD = "date 2025-07-17\nLIMA, July 17. The President of Chile will arrive in Peru on July 20 for a state visit.\n\n"


def _planned(text: str) -> list[tuple[str, str]]:
    return [(event.kind, event.text) for event in extract(parse_article(_LEAD + text)).planned_events][1:]


def test_a_quoted_schedule_announces_its_events() -> None:
    assert _planned("«It is planned to sign a package of documents on trade. In addition, a Peruvian-Chilean Business "
                    "Forum is planned as part of the visit, as well as a concert of artists from both countries,» the "
                    "official noted.") == [
        ("signing", "It is planned to sign a package of documents on trade"),
        ("forum", "a Peruvian-Chilean Business Forum is planned as part of the visit"),
        ("concert", "a concert of artists from both countries")]


def test_events_left_unnamed_are_no_plan_but_the_meetings_after_them_are() -> None:
    assert _planned("Ceremonial events are planned, as well as bilateral meetings with the President of Peru.") == [
        ("meeting", "bilateral meetings with the President of Peru")]


def test_a_photo_caption_shows_the_event_and_plans_nothing() -> None:
    assert _planned("President Boric (2nd from R) is seen holding a meeting with his counterpart ahead of the "
                    "Peru-Chile Business Forum on July 21, 2025.") == []


def test_an_agencys_sign_off_dates_no_plan() -> None:
    events = extract(parse_article(_LEAD + "Lima will also host a Summit of the heads of the Andean states. "
                                   "///nCa, 1 September 2025")).planned_events
    assert [(e.kind, e.when) for e in events][1:] == [("summit", None)]


def test_an_invitation_to_visit_his_country_is_to_the_inviters_country() -> None:
    article = ("date 2024-08-28\nLIMA, Aug. 28. President of Peru Dina Boluarte met President of Chile Gabriel Boric "
               "in Lima. He invited the Peruvian president to visit his country.")
    [event] = extract(parse_article(article)).planned_events
    assert (event.kind, event.country) == ("visit", "CL")


def test_a_quoted_statement_of_summits_to_be_held_and_the_same_days_after_it() -> None:
    events = extract(parse_article(_LEAD + "“Preparations for the high-level Summits to be held on 14-15 September this "
                                   "year in Lima were discussed,” the ministry said. On the same days, Lima will host a "
                                   "business forum.")).planned_events
    assert [(e.kind, e.when) for e in events][1:] == [("summit", "2025-09-14/2025-09-15"), ("forum", "2025-09-14/2025-09-15")]


def test_agreeing_to_cooperate_to_hold_a_summit_and_joining_one_are_plans() -> None:
    events = extract(parse_article(_LEAD + "Peru and Chile have agreed to cooperate to hold a summit in the Andean "
                                   "format next year. Chile will join the summit of leaders to be hosted by Bolivia in "
                                   "October. Peru will join the organization next year.")).planned_events
    assert [e.kind for e in events][1:] == ["summit", "summit"]
