"""A meeting or session of a standing body ("the next meeting of the intergovernmental commission") is planned
as that body's: the extractor keeps the body as the event's object, and each language names it in the genitive
(kk with the possessive head, «комиссияның отырысы») instead of «a meeting of the sides». Checked in the Word files
a reader gets, from a short synthetic article."""

from __future__ import annotations

import pytest
from conftest import briefings_by_language, bullet_lines
from test_extract_planned_verbs import _one


@pytest.mark.parametrize(("sentence", "kind", "body"), [
    ("The next meeting of the intergovernmental commission on trade and economic cooperation will be held in Riga "
     "in May.", "meeting", "intergovernmental commission on trade and economic cooperation"),
    ("The parties agreed to hold the 5th session of the Joint Working Group on Trade in Lima next year.", "session",
     "Joint Working Group on Trade"),
    ("The next summit of the Organization of Turkic States will take place in Baku.", "summit",
     "Organization of Turkic States"),
])
def test_the_body_whose_meeting_it_is_is_the_object(sentence: str, kind: str, body: str) -> None:
    event = _one(sentence)
    assert (event.kind, event.objects) == (kind, [body])


def test_a_meeting_of_the_leaders_names_no_body() -> None:
    assert _one("The presidents agreed that a meeting of the two leaders will be held in Riga in May.").objects == []


ARTICLE = ("date 2025-05-05\nRIGA, May 5. Latvian Foreign Minister Anna Berzina met Peruvian Foreign Minister Luis "
           "Soto. The next session of the intergovernmental commission will be held in Budapest next year.\n")


@pytest.fixture(scope="module")
def planned(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    documents = briefings_by_language(tmp_path_factory.mktemp("body"), ARTICLE, prepared_on="2025-05-06")
    return bullet_lines(documents)


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", "A session of the intergovernmental commission in Budapest is planned in 2026."),
    ("ru", "Запланировано заседание Межправительственной комиссии в Будапеште в 2026\u00a0году."),
    ("kk", "2026 жылы Будапештте Үкіметаралық комиссияның отырысы өтеді."),
    ("mn", "2026 онд Будапешт хотноо Засгийн газар хоорондын комиссын хуралдаан болно."),
])
def test_each_language_names_the_body_whose_session_is_planned(planned: dict[str, str], lang: str,
                                                               expected: str) -> None:
    assert expected in planned[lang]
