"""Document wordings first met on the fresh39 batch: a hyphenated field before 'cooperation', a document still being
prepared or developed, a field named by its acronym, and a signing the article recalls. Short synthetic sentences."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_article


def _facts(text: str):
    return extract(parse_article("date 2024-05-10\nTASHKENT, May 10. " + text))


def _documents(facts) -> list[tuple[str | None, str]]:
    return [(d.status, d.title) for d in facts.documents_signed + facts.documents_referenced]


def test_a_hyphenated_field_of_cooperation_is_part_of_the_title():
    facts = _facts("The speaker arrived in Tashkent. A memorandum of inter-parliamentary cooperation will be signed during "
                   "the visit.")
    assert _documents(facts) == [("to be signed", "memorandum of inter-parliamentary cooperation")]


def test_a_named_document_being_prepared_or_developed_is_still_to_come():
    facts = _facts("The speakers met in Tashkent. The importance of preparing an Inter-parliamentary Cooperation Program "
                   "was emphasized.")
    assert _documents(facts) == [("to be signed", "Inter-parliamentary Cooperation Program")]
    facts = _facts("The ministers met in Tashkent. The ministries will be instructed to develop a road map on the creation "
                   "of new industries.")
    assert _documents(facts) == [("to be signed", "road map on the creation of new industries")]


def test_a_field_named_by_its_acronym_ends_the_title_but_a_place_does_not():
    facts = _facts("The mayors met in Tashkent. The two sides signed a memorandum on cooperation in ICT.")
    assert _documents(facts) == [(None, "memorandum on cooperation in ICT")]
    facts = _facts("The mayors met in Tashkent. The two sides signed a memorandum on cooperation in Astana.")
    assert _documents(facts) == [(None, "memorandum on cooperation")]


def test_a_signing_the_article_recalls_was_on_another_occasion():
    facts = _facts("The two news agencies signed a memorandum of cooperation in Tashkent. Recall that the presidents of "
                   "the two countries signed the Strategic Partnership Treaty.")
    assert _documents(facts) == [(None, "memorandum of cooperation"), ("signed earlier", "Strategic Partnership Treaty")]


def test_a_dateline_with_the_month_after_a_full_stop_and_a_mixed_case_agency():
    facts = extract(parse_article("Leaders met\n\nAstana. July 4. KazTAG - President Tokayev held a meeting with the "
                                  "Russian President.\n"))
    assert facts.location.city == "Astana"
    assert facts.source_agency == "KazTAG"
