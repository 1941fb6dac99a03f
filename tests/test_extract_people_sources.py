"""Who told of the event, or is to be met later, is not a party to it: "..., the head of the department X told",
"he was hoping to meet with President Y on Wednesday"."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_article


def test_the_official_who_told_of_a_coming_visit_is_mentioned():
    facts = extract(parse_article(
        "President of Latvia Anna Berzina will pay a state visit to Peru on April 24-25, head of the foreign "
        "policy department of the presidential administration Janis Ozols told, LETA reports.\n\n"
        "“As part of the visit, the President will hold talks with President of Peru Luis Soto,” Janis Ozols said."))
    assert "Janis Ozols" in {p.name for p in facts.mentioned_people}
    assert "Janis Ozols" not in {p.name for p in facts.participants}


def test_whom_the_guest_hopes_to_meet_later_is_mentioned():
    facts = extract(parse_article(
        "ROME, September 23. /TASS/. Speaker of Latvia’s Saeima (parliament) Janis Ozols in an interview with TASS said he was hoping "
        "to meet with Italian President Marco Bianchi on Wednesday.\n\n"
        "\"We arrived as a large group,\" he said."))
    assert "Marco Bianchi" not in {p.name for p in facts.participants}
    assert "Janis Ozols" in {p.name for p in facts.participants}
