"""A president whose earlier talks are recalled is mentioned, not a participant (so 'the Head of State' who speaks
is the one president left); a title naming only a country ('Peruvian leader') belongs to no body of that country.
Short synthetic sentences."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_article

TEXT = ("Peruvian leader Luis Soto met Chilean Senate President Ana Rojas in Lima on Friday. Luis Soto also recalled "
        "his recent talks with Chilean President Jorge Vera on the sidelines of the summit.\n\n"
        "Chile is our key partner in the region. We are ready to deepen relations, said the Head of State.\n\n"
        "Earlier, the delegation visited the Congress, the parliament of Peru, and met the Peruvian Parliament "
        "leadership.")


def test_a_president_whose_earlier_talks_are_recalled_is_mentioned_not_a_participant() -> None:
    facts = extract(parse_article(TEXT))
    assert "Jorge Vera" in [p.name for p in facts.mentioned_people]
    assert "Jorge Vera" not in [p.name for p in facts.participants]


def test_the_head_of_state_who_speaks_is_the_one_president_taking_part() -> None:
    facts = extract(parse_article(TEXT))
    assert [q.speaker for q in facts.quotes if q.text.startswith("Chile is")] == ["Luis Soto"]


def test_a_leader_named_by_country_alone_belongs_to_no_parliament_of_it() -> None:
    facts = extract(parse_article(TEXT))
    [soto] = [p for p in facts.participants if p.name == "Luis Soto"]
    assert soto.organization is None
