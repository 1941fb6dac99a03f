"""Document titles as the readers of review 46 found them: a plural title that composes is that document, not a
count ("2 соглашения"); sides told in words are left to the sentence; a document named by its subject and of no
more precise kind is a «документ о …». Short synthetic facts."""

from __future__ import annotations

import pytest
from conftest import localized_with_shipped_catalogs

from briefing.models import Facts, SignedDocument
from briefing.termbase import Termbase


@pytest.fixture(scope="module")
def termbase(shipped_termbase: Termbase) -> Termbase:
    return shipped_termbase


def _titles(documents: list[SignedDocument], termbase: Termbase) -> list[tuple[str, int | None]]:
    briefing = localized_with_shipped_catalogs(Facts(documents_signed=documents), "ru", termbase)
    return [(str(document.title) if document.title else "", document.count) for document in briefing.documents_signed]


def test_a_plural_title_that_composes_is_that_document(termbase: Termbase) -> None:
    documents = [SignedDocument("agreement", "agreements establishing twin-city relations between Osh and Andijan",
                                ["Osh", "Andijan"]),
                 SignedDocument("agreement", "agreements", ["Kyrgyzstan", "Uzbekistan"])]
    assert _titles(documents, termbase) == [("соглашение об установлении побратимских отношений", None), ("", 0)]


def test_sides_told_in_words_are_left_to_the_sentence(termbase: Termbase) -> None:
    documents = [SignedDocument("agreement", "agreement between the agriculture ministries on cooperation in the "
                                             "agricultural sector"),
                 SignedDocument("other", "document on scientific and technical cooperation between the two national "
                                         "academies of sciences")]
    assert _titles(documents, termbase) == [("соглашение о сотрудничестве в сфере сельского хозяйства", None),
                                           ("документ о научно-техническом сотрудничестве", None)]


def test_documents_of_no_precise_kind_named_by_subject(termbase: Termbase) -> None:
    documents = [SignedDocument("other", "documents", ["Kazakhstan", "China"], subject="mutual waiver of visa requirements"),
                 SignedDocument("other", "documents", ["Kazakhstan", "China"], subject="technical and economic cooperation")]
    assert _titles(documents, termbase) == [("документ о взаимном освобождении от визовых требований", None),
                                           ("документ о техническом и экономическом сотрудничестве", None)]
