"""Participants versus people mentioned (issue 9): delegation members listed by name, landforms that
look like names, an inviter named in passing, a surname that speaks for an office named before it,
and an office joined to a body by 'and'."""

from __future__ import annotations

from briefing.extract import extract
from briefing.extract.orgs import find_organizations
from briefing.extract.text import Context
from briefing.ingest import parse_article


def _facts(text: str):
    return extract(parse_article("VILNIUS, May 4 (Kazinform) - " + text))


def _names(persons) -> set[str]:
    return {p.name for p in persons}


def _titles(facts) -> dict[str, str | None]:
    return {p.name: p.title for p in [*facts.participants, *facts.mentioned_people]}


def test_members_the_group_included_take_part():
    facts = _facts("Speaker Tomas Varga received the visiting delegation of the Dutch Senate yesterday. "
                   "The Dutch group included senators Pieter Janssen, Anke de Boer and Dutch Ambassador Lotte Visser.")
    assert {"Pieter Janssen", "Lotte Visser"} <= _names(facts.participants)
    assert not _names(facts.mentioned_people)


def test_members_among_the_delegation_of_a_planned_visit_take_part():
    facts = _facts("The delegation led by Speaker Tomas Varga will pay an official visit to Oslo on 7 June. "
                   "Among the delegation members will be committee chairmen Pavel Dvorak and Karel Novotny, "
                   "and MP Eva Horakova.")
    assert {"Pavel Dvorak", "Karel Novotny", "Eva Horakova"} <= _names(facts.participants)
    assert not _names(facts.mentioned_people)


def test_a_landform_is_not_a_person():
    facts = _facts("Prime Minister Tomas Varga met President Karel Novotny. Varga explained that he had "
                   "postponed a trip after warnings of a quake along the Kuril Trough.")
    everyone = _names(facts.participants) | _names(facts.mentioned_people)
    assert not any("Trough" in name for name in everyone)


def test_an_inviter_named_in_passing_is_mentioned_and_keeps_his_office():
    facts = _facts("President Tomas Varga received the Ambassador of Chile to Lithuania, Pablo Rojas, at the palace. "
                   "The President thanked the Ambassador for his work. Mr. Rojas conveyed an invitation to visit "
                   "his country from the President of Chile, Carlos Mena, to the President of Lithuania.")
    assert "Carlos Mena" in _names(facts.mentioned_people)
    assert "Carlos Mena" not in _names(facts.participants)
    assert _titles(facts)["Pablo Rojas"] == "Ambassador of Chile to Lithuania"


def test_a_surname_that_speaks_holds_the_office_named_before():
    facts = _facts("Speaker of the Seimas Ona Petraitiene met Chairman of the Latvian Saeima in private.\n"
                   "Kalnins said the visit would help trade. \"We value this friendship,\" he said.")
    assert "Kalnins" in _names(facts.participants)
    assert _titles(facts)["Kalnins"] == "Chairman of the Latvian Saeima"
    assert [q.speaker for q in facts.quotes] == ["Kalnins"]


def test_a_lone_surname_without_an_office_before_it_stays_out():
    facts = _facts("Speaker Ona Petraitiene met the visiting guests.\nKalnins said the visit would help trade.")
    assert "Kalnins" not in _names(facts.participants)


def test_an_office_after_and_ends_the_body():
    context = Context.of(parse_article(
        "VILNIUS, May 4 (Kazinform) - The Speaker will meet the Chairman of the National Council and "
        "Minister of Foreign Affairs of Latvia. He also met the Secretary of the Security Council of Latvia, "
        "and National Security Advisor Karel Novotny."))
    names = {o.name for o in find_organizations(context)}
    assert "National Council" in names
    assert not any("Minister" in name or "Advisor" in name for name in names)


def test_a_parliament_known_by_its_own_name_with_its_country():
    context = Context.of(parse_article(
        "BERLIN, May 4 (Kazinform) - Senators met deputies of the Bundestag of Germany on Monday."))
    assert "Bundestag of Germany" in {o.name for o in find_organizations(context)}


def test_the_day_before_an_office_is_no_part_of_the_title():
    facts = extract(parse_article("RIGA, March 18. Speaker of Latvia Anna Berzina received on March 18 Deputy "
                                  "Chairman of the Senate of Peru Luis Soto."))
    titles = {p.name: p.title for p in facts.participants}
    assert titles["Luis Soto"] == "Deputy Chairman of the Senate of Peru"


def test_a_given_name_that_abbreviates_a_month_is_a_name():
    facts = extract(parse_article("RIGA, May 4. President of Latvia Anna Berzina met Jan Novak, Minister of Foreign "
                                  "Affairs of the Czech Republic, on May 3."))
    assert {p.name for p in facts.participants} == {"Anna Berzina", "Jan Novak"}
