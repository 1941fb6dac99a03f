"""Classes the session-21 batch of unseen articles showed: people of an earlier report are mentioned, and a bare
"memorandum" takes its field from the sentence that says what it is for. Short synthetic sentences."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_article


def test_people_of_an_event_the_outlet_reported_earlier_are_mentioned_not_participants():
    facts = extract(parse_article(
        "LIMA, May 5. Agriculture Minister of Peru Luis Soto and Agriculture Minister of Chile Ana Rojas signed a "
        "memorandum in Lima.\n\nAs earlier reported, President of Peru Carlos Vega and President of Chile Rosa Diaz "
        "met on May 4 in Lima."))
    assert [p.name for p in facts.participants] == ["Luis Soto", "Ana Rojas"]
    assert {p.name for p in facts.mentioned_people} == {"Carlos Vega", "Rosa Diaz"}


def test_a_bare_memorandum_takes_its_field_from_the_sentence_saying_what_it_is_for():
    facts = extract(parse_article(
        "LIMA, May 5. The agriculture ministers of Peru and Chile signed a memorandum in Lima. The memo is aimed "
        "to create favorable conditions for agricultural cooperation on the principles of equality."))
    assert [(d.title, d.subject) for d in facts.documents_signed] == [("memorandum", "agricultural cooperation")]


def test_the_next_sentence_about_another_kind_of_document_gives_no_field():
    facts = extract(parse_article(
        "LIMA, May 5. The agriculture ministers of Peru and Chile signed a memorandum in Lima. The treaty is aimed "
        "at closer agricultural cooperation in the future."))
    assert [(d.title, d.subject) for d in facts.documents_signed] == [("memorandum", None)]
