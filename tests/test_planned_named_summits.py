"""A summit named by its body's acronym ("the upcoming SCO summit", "the CICA Summit") and a numbered meeting with a
name of its own ("the Fourth Consultative Meeting of the Heads of State of Central Asia") are written by that name in
each language, not as a bare «саммит» or «кездесу» (the kk, ru and mn language reviews of 2026-11). Checked in the
Word files a reader gets, from short synthetic articles."""

from __future__ import annotations

import pytest
from conftest import briefings_by_language, bullet_lines
from test_extract_planned_verbs import _one


@pytest.mark.parametrize(("sentence", "kind", "body"), [
    ("Soto said Peru would fully cooperate with China to guarantee the success of the upcoming SCO Qingdao summit in "
     "June.", "summit", "SCO"),
    ("The ministers discussed his participation in the CICA Summit, which will be held in May.", "summit", "CICA"),
])
def test_the_body_an_acronym_names_is_the_summits_object(sentence: str, kind: str, body: str) -> None:
    event = _one(sentence)
    assert (event.kind, event.objects) == (kind, [body])


ARTICLE = ("date 2025-05-05\nLIMA, May 5. Peruvian Foreign Minister Luis Soto held talks with Chilean Foreign Minister "
           "Ana Rojas. Soto said Peru would fully cooperate to guarantee the success of the upcoming SCO summit in "
           "June. They also exchanged views on upcoming events within the framework of the Fourth Consultative Meeting "
           "of the Heads of State of Central Asia.\n")


@pytest.fixture(scope="module")
def planned(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    documents = briefings_by_language(tmp_path_factory.mktemp("summits"), ARTICLE, prepared_on="2025-05-06")
    return bullet_lines(documents)


@pytest.mark.parametrize(("lang", "expected"), [
    ("ru", "Запланирован саммит ШОС в июне 2025\u00a0года."),
    ("kk", "2025 жылғы маусымда ШЫҰ саммиті өтеді."),  # an acronym owns its summit without the genitive
    ("mn", "2025 оны 6 дугаар сард ШХАБ-ын дээд хэмжээний уулзалт болно."),
    ("ru", "Запланирована Консультативная встреча глав государств Центральной Азии."),
    ("kk", "Орталық Азия мемлекеттері басшыларының Консультативтік кездесуі өтеді."),
])
def test_each_language_names_the_summit_and_the_meeting(planned: dict[str, str], lang: str, expected: str) -> None:
    assert expected in planned[lang]


def test_a_known_city_between_the_acronym_and_summit_is_where_it_is_held() -> None:
    event = _one("Soto said Peru would support the success of the upcoming SCO Astana summit in July.")
    assert (event.objects, event.place, event.country) == (["SCO"], "Astana", "KZ")
