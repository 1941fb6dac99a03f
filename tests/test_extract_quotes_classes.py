"""What is a quote and who says it: nested marks, names in marks, sources named at the sentence start."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_article


def _quotes(text: str):
    facts = extract(parse_article("RIGA, March 3 (Kazinform) - " + text))
    return [(q.speaker, q.text) for q in facts.quotes]


def test_quotation_marks_nested_in_a_quote_belong_to_it():
    quotes = _quotes('Speaker of the Senate Ali Demir met with Speaker of the Seimas Jonas Vaitkus.\n\n'
                     '"We value the work of the friendship groups "Latvia-Turkey" and "Baltic-Anatolia", which bring '
                     'our peoples closer. We are ready to do more," Ali Demir said.')
    assert len(quotes) == 1
    speaker, words = quotes[0]
    assert speaker == "Ali Demir"
    assert words.startswith("We value") and words.endswith("We are ready to do more")


def test_the_subject_of_an_agreement_in_quotation_marks_is_not_speech():
    quotes = _quotes("Speaker of the Senate Ali Demir met with Speaker of the Seimas Jonas Vaitkus. The sides signed "
                     "an agreement on the “joint protection of migratory birds along the coast” and another on "
                     "“the exchange of archival records between libraries”.")
    assert quotes == []


def test_a_source_named_at_the_start_of_the_sentence_speaks_the_fragment():
    quotes = _quotes("Speaker of the Senate Ali Demir met with Speaker of the Seimas Jonas Vaitkus. According to "
                     "the embassy in Riga, ties between the countries “gained new momentum in recent years”.")
    assert quotes == [("embassy in Riga", "gained new momentum in recent years")]


def test_saying_after_a_reported_clause_gives_the_subject_as_speaker():
    quotes = _quotes("Speaker of the Senate Ali Demir met with Jonas Vaitkus, Speaker of the Seimas. Mr. Vaitkus "
                     "noted that the parliaments work closely, saying, “Our cooperation is a model for the region.”")
    assert quotes == [("Jonas Vaitkus", "Our cooperation is a model for the region.")]
