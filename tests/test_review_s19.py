"""Defects seen in the briefings of the session-19 articles: a woman's foreign name in Russian, India's 'Union
Minister', a bilateral investment treaty, a slashed 'City/City:' dateline before the parties. Short synthetic
inputs."""

from __future__ import annotations

import pytest

from briefing.compose import compose
from briefing.extract import extract
from briefing.grammar import ru
from briefing.ingest import parse_article


@pytest.mark.parametrize(("name", "genitive"), [
    ("Нирмала Ситараман", "Нирмалы Ситараман"),  # a woman's name in -а: her foreign surname does not decline
    ("Урсула фон дер Ляйен", "Урсулы фон дер Ляйен"),
    ("Хамза Юсуф", "Хамзы Юсуфа"),  # a man's name in -а: his surname declines
    ("Никита Михалков", "Никиты Михалкова"),
    ("Шахбаз Шариф", "Шахбаза Шарифа"),
])
def test_the_gender_of_a_foreign_name_comes_from_the_given_name_when_the_surname_tells_nothing(
        name: str, genitive: str) -> None:
    assert ru.inflect(name, "gen", "person") == genitive


def test_an_indian_union_minister_is_named_as_any_minister_with_both_portfolios() -> None:
    assert compose("India’s Union Minister for Finance and Corporate Affairs", "ru", "title", "IN") == \
        "министр финансов и по делам корпораций Индии"
    assert compose("Union Minister for Finance and Corporate Affairs", "kk", "title", "IN") == \
        "Қаржы және корпоративтік істер министрі"


def test_a_bilateral_investment_treaty_is_named_in_every_language() -> None:
    assert [compose("Bilateral Investment Treaty", lang, "document") for lang in ("ru", "kk", "mn")] == [
        "двусторонний инвестиционный договор", "екіжақты инвестициялық шарт", "хоёр талын хөрөнгө оруулалтын гэрээ"]


def test_a_slashed_dateline_is_no_party_and_a_union_minister_no_organisation() -> None:
    facts = extract(parse_article("Lima/Santiago: The Government of the Republic of Peru and the Government of the "
                                  "Republic of Chile signed an investment treaty today. It was signed by Peru’s Union "
                                  "Minister for Finance, Ana Rojas, and Chile’s Deputy Prime Minister, Luis Soto."))
    [treaty] = facts.documents_signed
    assert treaty.parties == ["Government of the Republic of Peru", "Government of the Republic of Chile"]
    assert not any("Union" in organization for organization in facts.organizations)
