"""Document wordings first met on the fresh38 batch: the other signatory after 'with', 'the respective joint
communiqué', a plan of practical activities, cooperation among border regions, a second ties phrase of a subject, 'has
come into force', entering into a transit trade agreement, establishing an FTA, 'the agreement signed on Monday' after
the agreement the lead names, and 'in this regard'. Short synthetic sentences."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_article


def _facts(text: str):
    return extract(parse_article("date 2024-09-16\nTASHKENT, September 16. " + text))


def _titles(documents) -> list[str]:
    return [d.title for d in documents]


def test_the_other_signatory_after_with_and_the_word_respective_are_no_part_of_a_title():
    facts = _facts("Saidov signed a joint communique on establishing diplomatic relations with minister of foreign affairs, "
                   "cooperation and regional integration of Cape Verde, a country in Africa, Rui Soares. Meeting Albert "
                   "Shingiro, the two signed the respective joint communiqué.")
    assert _titles(facts.documents_signed) == ["joint communique on establishing diplomatic relations", "joint communiqué"]


def test_a_plan_of_practical_activities_and_cooperation_among_regions():
    facts = _facts("A memorandum of understanding was signed, and a plan of practical activities for the development of "
                   "cooperation for 2025–2026 was also adopted. The visit concluded by signing of a memorandum on expansion "
                   "of cooperation among the border regions of the two countries, the press service said.")
    assert _titles(facts.documents_signed) == [
        "memorandum of understanding", "plan of practical activities for the development of cooperation for 2025–2026",
        "memorandum on expansion of cooperation among the border regions of the two countries"]


def test_a_second_ties_phrase_belongs_to_the_subject():
    facts = _facts("After the talks, the presidents are expected to sign a joint statement on strengthening strategic "
                   "partnership and allied relations.")
    assert _titles(facts.documents_referenced) == [
        "joint statement on strengthening strategic partnership and allied relations"]


def test_what_a_document_does_next_is_no_part_of_its_name():
    facts = _facts("The law on ratification of strategic partnership agreement between Uzbekistan and Turkmenistan has come "
                   "into force.")
    assert _titles(facts.documents_referenced) == ["strategic partnership agreement between Uzbekistan and Turkmenistan"]
    facts = _facts("The sides discussed trade, including establishing of Free Trade Agreement between two countries and "
                   "implementing a tourism project. Both sides signed a joint protocol in this regard.")
    assert _titles(facts.documents_referenced) == ["Free Trade Agreement between two countries"]
    assert _titles(facts.documents_signed) == ["joint protocol"]


def test_entering_into_a_transit_trade_agreement_is_a_document_to_come():
    facts = _facts("Pakistan and Uzbekistan have agreed to enter into a trilateral transit trade agreement with Afghanistan.")
    assert _titles(facts.documents_referenced) == ["trilateral transit trade agreement"]
    assert facts.documents_signed == []


def test_the_agreement_signed_on_monday_is_the_agreement_the_lead_names():
    facts = _facts("The speakers have signed an agreement on inter-chamber interparliamentary cooperation in Tashkent. "
                   "Volodin said the agreement signed on Monday makes it possible to create new formats.")
    assert _titles(facts.documents_signed) == ["agreement on inter-chamber interparliamentary cooperation"]
