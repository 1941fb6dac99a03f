"""Session 31: what the fresh81 and fresh82 articles showed. Short synthetic sentences and articles."""

from __future__ import annotations

import pytest


def _facts(text: str):
    from briefing.extract import extract
    from briefing.ingest import parse_article

    return extract(parse_article(text))


# -- documents referenced ---------------------------------------------------------------------------------------------

def test_an_agreement_concluded_between_the_two_sides_years_ago_is_referenced() -> None:
    facts = _facts("RABAT, May 3 (MAP) – The director gave a lecture in Rabat in the context of the agreement "
                   "concluded between the two sides in Muscat in 2019.\n")
    assert not facts.documents_signed
    assert [(d.type, d.status) for d in facts.documents_referenced] == [("agreement", "signed earlier")]


@pytest.mark.parametrize("talks", ["talks relating to the", "talks on the", "negotiations regarding the"])
def test_a_named_agreement_still_in_talks_is_to_be_concluded(talks: str) -> None:
    facts = _facts(f"ISLAMABAD, May 3 (APP) – The minister stressed the need for early conclusion of {talks} "
                   "TTA (Transit Trade Agreement).\n")
    assert not facts.documents_signed
    assert [(d.title, d.status) for d in facts.documents_referenced] == [("Transit Trade Agreement", "to be concluded")]


def test_talks_on_an_unnamed_agreement_name_no_document() -> None:
    facts = _facts("ASTANA, May 3 (Kazinform) – The two presidents held talks on the agreement.\n")
    assert not facts.documents_signed and not facts.documents_referenced


# -- areas ------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("written", "label"), [
    ("transport", "transport"), ("transport and logistics", "transport and logistics"), ("logistics", "logistics"),
    ("transit", "transit"), ("railways", "transport"),
])
def test_each_transport_field_keeps_the_words_the_text_used(written: str, label: str) -> None:
    from briefing.vocabulary import COOPERATION_AREAS, match_term

    term = match_term(written, COOPERATION_AREAS)
    assert term is not None and term.label == label
