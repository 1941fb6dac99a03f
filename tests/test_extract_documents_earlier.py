"""Documents the text names as already signed or still to be adopted, though no signing verb of this event
governs them: a memorandum put to work, a treaty whose anniversary is marked, a draft resolution being
prepared. Short synthetic sentences, one class of text per test."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_article

_LEAD = "LIMA, June 10. The speakers of the parliaments of Peru and Chile met in Lima on Monday.\n\n"


def _facts(text: str):
    return extract(parse_article(_LEAD + text))


def test_a_memorandum_put_to_work_was_signed_before():
    facts = _facts("The speaker proposed joint committees to activate the Parliamentary Memorandum of Friendship "
                   "signed between the two parliaments.")
    assert facts.documents_signed == []
    assert [(d.title, d.status) for d in facts.documents_referenced] == [
        ("Parliamentary Memorandum of Friendship", "signed earlier")]


def test_a_memorandum_nothing_puts_to_work_keeps_the_reading_of_this_event():
    facts = _facts("The Parliamentary Memorandum of Friendship signed between the two parliaments will open new "
                   "avenues, the speaker said.")
    assert [(d.title, d.status) for d in facts.documents_signed] == [("Parliamentary Memorandum of Friendship", None)]


def test_a_treaty_whose_anniversary_is_marked_is_referenced():
    facts = _facts("The speaker said 2021 marks the 30th anniversary of the Lasting Friendship Treaty between the two "
                   "countries.")
    assert facts.documents_signed == []
    assert [(d.title.startswith("Lasting Friendship Treaty"), d.status) for d in facts.documents_referenced] == [
        (True, "signed earlier")]


def test_a_draft_resolution_being_prepared_is_to_be_adopted_and_named_once():
    facts = _facts("She said a draft resolution on the border dispute being currently prepared is on the agenda. "
                   "The Congress will discuss the draft resolution in May.")
    assert [(d.title, d.status) for d in facts.documents_referenced] == [
        ("draft resolution on the border dispute", "to be adopted")]


def test_resolutions_adopted_elsewhere_are_no_documents():
    facts = _facts("They recalled the Security Council resolutions regarding the region.")
    assert facts.documents_signed == facts.documents_referenced == []


def test_a_speaker_at_the_event_saying_documents_have_been_signed_means_this_signing():
    facts = _facts('"Our relations have reached a new level. Five documents have been signed, and I would like to '
                   'stress two of them – the Declaration on Strategic Partnership and the Memorandum on the Joint '
                   'Council," the President said after the talks.')
    signed = [d.title for d in facts.documents_signed]
    assert "Declaration on Strategic Partnership" in signed and "Memorandum on the Joint Council" in signed
