"""Session 33: what the fresh83, fresh84 and fresh85 articles showed. Short synthetic sentences and articles."""

from __future__ import annotations

import pytest


def _facts(text: str):
    from briefing.extract import extract
    from briefing.ingest import parse_article

    return extract(parse_article(text))


# -- sentences and document statuses ----------------------------------------------------------------------------------

def test_a_sentence_glued_to_the_last_word_of_the_one_before_is_its_own() -> None:
    from briefing.extract.text import split_sentences

    text = "The minister will meet his counterpart between the two nationsThe Cabinet last Monday approved the plan."
    assert [s.text for s in split_sentences(text)] == [
        "The minister will meet his counterpart between the two nations",
        "The Cabinet last Monday approved the plan."]


def test_a_capital_inside_a_name_is_no_sentence_end() -> None:
    from briefing.extract.text import split_sentences

    assert len(split_sentences("The McIntyre Theatre hosted the forum of TheraTech and iPhone makers.")) == 1


def test_a_plan_dated_last_monday_by_the_next_sentence_takes_no_date_from_it() -> None:
    facts = _facts("date 2019-01-16\nMANILA, Jan 16 (News.lk) - The President will meet his counterpart in Manila and "
                   "discuss trade between the two nationsThe Cabinet last Monday approved the proposal.\n")
    assert [event.when for event in facts.planned_events if event.kind == "meeting"] in ([None], ["2019-01-16"])


@pytest.mark.parametrize("prefix", ["to be", "expected to be"])
def test_every_status_extraction_writes_has_a_catalog_message(prefix: str) -> None:
    from briefing.extract.documents import _PARTICIPLE
    from briefing.localize import _status_key

    for participle in set(_PARTICIPLE.values()):
        assert _status_key(f"{prefix} {participle} in May") is not None, participle


@pytest.mark.parametrize(("lang", "status"), [("ru", "предстоит одобрение"), ("kk", "мақұлданады"),
                                              ("mn", "батлахаар төлөвлөсөн")])
def test_a_memorandum_to_be_approved_says_so_in_the_briefings_language(tmp_path, lang: str, status: str) -> None:
    from conftest import briefing_text

    text = ("date 2025-03-04\nASTANA, March 4 (Kazinform) - Minister Aliya Sultanova met Ambassador Omar Tadesse. "
            "A memorandum on tourism between Kazakhstan and Ethiopia is expected to be approved in April.\n")
    written = briefing_text(tmp_path, text, lang)
    assert status in written and "approved" not in written


# -- titles -----------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("english", "lang", "composed"), [
    ("Minister of Tourism, Wildlife and Christian Religious Affairs", "ru",
     "министр туризма, дикой природы и по делам христианской религии"),
    ("Foreign Employment and Sports Minister", "ru", "министр по вопросам трудоустройства за рубежом и спорта"),
    ("Minister of City Planning, Water Supply and Higher Education", "kk",
     "Қала құрылысы, сумен жабдықтау және жоғары білім министрі"),
    ("Minister of Telecommunications", "mn", "Цахилгаан холбооны сайд"),
    ("Minister of Fisheries and Aquatic Resources", "ru", "министр рыболовства и водных биоресурсов"),
])
def test_a_minister_of_several_portfolios_is_composed_with_each(english: str, lang: str, composed: str) -> None:
    from briefing.compose import compose

    assert compose(english, lang, "title", "LK") == composed
