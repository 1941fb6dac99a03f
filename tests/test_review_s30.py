"""Session 30: what the fresh80 and fresh81 articles showed. Short synthetic sentences and articles."""

from __future__ import annotations


def _facts(text: str):
    from briefing.extract import extract
    from briefing.ingest import parse_article

    return extract(parse_article(text))


# -- organisations ----------------------------------------------------------------------------------------------------

def test_a_family_name_alone_after_an_office_ends_the_body_before_it() -> None:
    facts = _facts("ACCRA, May 3 (GNA) – The Speaker of Parliament Kofi Mensah received the envoy of Togo.\n\n"
                   "Speaker of Parliament Mensah, on his part, recalled the two countries' ties.\n")
    assert not any("Mensah" in name for name in facts.organizations)


def test_a_family_name_that_opens_an_institution_stays_in_its_name() -> None:
    facts = _facts("ASTANA, May 3 (Kazinform) – Senator Aidos Nazarbek met students of Nazarbek University on Friday.\n")
    assert "Nazarbek University" in facts.organizations


def test_a_portfolio_in_affairs_is_not_an_organisation() -> None:
    facts = _facts("KUWAIT, May 3 (KUNA) – Foreign Minister and Minister of State for Cabinet Affairs Ali Al-Sabah "
                   "received the delegation of Oman.\n\nPrincipal Secretary of Foreign Affairs of Kenya and Chinese "
                   "Government Special Envoy Liu Wei met on Monday.\n")
    assert not any("Affairs" in name for name in facts.organizations)


def test_the_body_named_after_a_portfolio_of_the_is_kept() -> None:
    facts = _facts("ADDIS ABABA, May 3 (ENA) – The accord was signed by Abebe Kebede, Minister of Cabinet Affairs of the "
                   "Office of the Prime Minister, and Ivan Petrov, Deputy Minister of Energy of Russia.\n")
    assert "Office of the Prime Minister" in facts.organizations


def test_parliament_house_is_where_they_met_not_a_body() -> None:
    facts = _facts("ISLAMABAD, May 3 (APP) – Chairman Senate Ali Khan met the EU Ambassador Anna Berg at the Parliament "
                   "House on Thursday.\n")
    assert "Parliament House" not in facts.organizations
