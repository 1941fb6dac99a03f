"""Document shapes first met on an unseen batch (fresh24): a second subject after 'of cooperation and', an aside
set off by em dashes, a stray closing quotation mark, and a signing the speaker 'recalled'. Short synthetic
sentences."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_article


def _documents(text: str) -> list[tuple[str, str | None]]:
    facts = extract(parse_article(text))
    return [(d.title, d.status) for d in [*facts.documents_signed, *facts.documents_referenced]]


def test_a_second_subject_after_of_cooperation_and_goes_on_to_the_verb():
    assert _documents("LIMA. Eight memorandums of cooperation and joint implementation of investment projects were "
                      "signed at the forum.") == [
        ("Eight memorandums of cooperation and joint implementation of investment projects", None)]


def test_an_aside_in_em_dashes_ends_the_title():
    facts = extract(parse_article("LIMA. The presidents held talks. The agreement to establish the council—co-chaired "
                                  "by the heads of government—was signed."))
    # a generic agreement is named by what it is for, up to the aside
    assert [(d.title, d.subject) for d in facts.documents_signed] == [("agreement", "establish the council")]


def test_a_closing_quotation_mark_the_title_never_opened_goes():
    documents = _documents('LIMA. The Senate approved the Law "On Ratification of the Agreement on Fishing between '
                           'Peru and Chile".')
    assert all(not title.endswith('"') for title, _status in documents)


def test_a_signing_the_speaker_recalled_was_earlier():
    documents = _documents("LIMA. The ministers met in Lima. The minister recalled that during the visit of the "
                           "President a document on strategic cooperation for 2022-2026 was signed.")
    assert documents == [("document on strategic cooperation for 2022-2026", "signed earlier")]


def test_signed_documents_that_the_next_sentence_lists_are_those_listed():
    documents = _documents("LIMA. The presidents held talks. Then signed documents were exchanged. These include an "
                           "agreement on fishing, an agreement on culture and bilateral documents on cooperation in the "
                           "field of tourism.")
    assert [title for title, _status in documents] == [
        "agreement on fishing", "agreement on culture", "bilateral documents on cooperation in the field of tourism"]


def test_agreements_on_a_named_subject_are_documents_not_a_count():
    documents = _documents("LIMA. The presidents held talks. Then signed documents were exchanged. They include an "
                           "agreement on fishing and agreements on road building.")
    assert [title for title, _status in documents] == ["agreement on fishing", "agreements on road building"]
