"""One document told twice: its subject before the noun and after it ("defence agreement", "agreement on defence"),
and a document ratified now that the text tells again as signed on its own occasion. Short synthetic sentences."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_article


def _facts(text: str):
    return extract(parse_article("date 2024-05-10\nBISHKEK, May 10. " + text))


def _documents(facts) -> list[tuple[str | None, str]]:
    return [(d.status, d.title) for d in facts.documents_signed + facts.documents_referenced]


def test_a_ratified_agreement_told_again_as_signed_earlier_is_one_document():
    facts = _facts("The parliament of Kyrgyzstan ratified the air transport agreement between Kyrgyzstan and Latvia. "
                   "The agreement on air transport between Kyrgyzstan and Latvia was signed by the two ministers in Riga "
                   "last year.")
    assert _documents(facts) == [("ratified", "air transport agreement between Kyrgyzstan and Latvia")]


def test_two_documents_of_different_subjects_stay_two():
    facts = _facts("The parliament of Kyrgyzstan ratified the air transport agreement between Kyrgyzstan and Latvia. "
                   "The agreement on road transport between Kyrgyzstan and Latvia was signed by the two ministers in Riga "
                   "last year.")
    assert [title for _status, title in _documents(facts)] == [
        "air transport agreement between Kyrgyzstan and Latvia",
        "agreement on road transport between Kyrgyzstan and Latvia"]


def test_a_subject_before_the_noun_and_after_it_name_one_document_signed_today():
    facts = _facts("The ministers signed a customs cooperation memorandum. The memorandum on customs cooperation will "
                   "simplify border checks, the ministry said.")
    assert [title for _status, title in _documents(facts)] == ["customs cooperation memorandum"]
