"""A plural body that names one body of each side ("the Ministries of Agriculture of A and B") becomes each side's own
body, by one rule for documents' parties and for people's offices. Short synthetic sentences."""

from __future__ import annotations

from briefing.extract import extract
from briefing.extract.lexicon import one_body_of_each
from briefing.ingest import parse_article


def test_the_head_and_a_body_in_its_complement_become_singular() -> None:
    assert one_body_of_each("Ministries of Agriculture") == "Ministry of Agriculture"
    assert one_body_of_each("Secretariats of the Security Councils") == "Secretariat of the Security Council"
    assert one_body_of_each("State Committees for National Security") == "State Committee for National Security"
    assert one_body_of_each("Chambers of Commerce and Industry") == "Chamber of Commerce and Industry"
    assert one_body_of_each("Governments") == "Government"
    assert one_body_of_each("foreign ministries") == "Ministry of Foreign Affairs"
    assert one_body_of_each("heads of the committees") == "heads of the committee"  # the case of each word is kept


def test_a_portfolio_list_keeps_its_plurals() -> None:
    assert one_body_of_each("Ministries of Health and Social Services") == "Ministry of Health and Social Services"
    assert one_body_of_each("Ministries of Labour, Employment and Social Services") == \
        "Ministry of Labour, Employment and Social Services"


def test_the_parties_of_a_plan_between_plural_ministries_are_each_sides_ministry() -> None:
    facts = extract(parse_article(
        "date 2024-05-10\nTASHKENT, May 10. Uzbekistan and Namibia held talks. A plan of cooperation between the "
        "Ministries of Health and Social Services was signed."))
    [plan] = facts.documents_signed
    assert plan.parties == ["Ministry of Health and Social Services of Uzbekistan",
                            "Ministry of Health and Social Services of Namibia"]
