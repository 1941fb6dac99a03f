"""A ratification is told as one: the chamber ratified the documents (with their sides), and the areas are
what the documents cover, not what "the sides discussed". Checked in the Word files a reader gets, from a short
synthetic article."""

from __future__ import annotations

import pytest
from conftest import briefing_text, briefings_by_language

ARTICLE = ("date 2025-05-21\nASTANA, Kazakhstan, May 21. The Senate of Kazakhstan has ratified an agreement between "
           "Kazakhstan and Turkmenistan on mutual protection of investments, signed on April 19, 2024, in Ashgabat.\n\n"
           "The agreement provides for cooperation in the economic and energy sectors.\n")


@pytest.fixture(scope="module")
def summaries(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    documents = briefings_by_language(tmp_path_factory.mktemp("ratification"), ARTICLE, prepared_on="2025-05-22")
    texts = {}
    for lang, document in documents.items():
        paragraphs = [p.text for p in document.paragraphs if p.style.name == "Body Text"]
        texts[lang] = "\n".join(paragraphs[:2]).replace("‡", "")
    return texts


def _briefing_text(tmp_path, article_text: str, lang: str) -> str:
    """The text of the one briefing `generate` writes for ``article_text`` in ``lang``, marks removed."""
    return briefing_text(tmp_path, article_text, lang).replace("‡", "")


@pytest.mark.parametrize(("lang", "lead", "areas"), [
    ("en", "the Senate of Kazakhstan ratified the agreement between Kazakhstan and Turkmenistan",
     "The document covers"),
    ("ru", "ратифицировал соглашение о взаимной защите инвестиций между Казахстаном и Туркменистаном",
     "Направления сотрудничества, охватываемые документом: экономика и энергетика"),
    ("kk", "Қазақстан мен Түрікменстан арасындағы инвестицияларды өзара қорғау туралы келісімді ратификациялады",
     "Құжат экономика мен энергетика салаларындағы ынтымақтастықты қамтиды"),
    ("mn", "хөрөнгө оруулалтыг харилцан хамгаалах тухай хэлэлцээрийг соёрхон баталлаа", "Баримт бичиг эдийн засаг"),
])
def test_the_chamber_ratified_the_documents(summaries: dict[str, str], lang: str, lead: str, areas: str) -> None:
    assert lead in summaries[lang]
    assert areas in summaries[lang]


TWO_RATIFIED = ("date 2025-05-21\nASTANA, May 21. The Mazhilis ratified an agreement between Kazakhstan and Oman on "
                "air services and an agreement between Kazakhstan and Oman on visa exemption.\n\n"
                "The agreements provide for cooperation in transport and tourism.\n")


@pytest.mark.parametrize(("lang", "areas"), [
    ("en", "The documents cover cooperation"), ("ru", "Направления сотрудничества, охватываемые документами: транспорт"),
    ("kk", "Құжаттар көлік пен туризм салаларындағы ынтымақтастықты қамтиды"), ("mn", "Баримт бичгүүд "),
])
def test_what_several_ratified_documents_cover_is_said_in_the_plural(tmp_path, lang: str, areas: str) -> None:
    text = _briefing_text(tmp_path, TWO_RATIFIED, lang)
    assert areas in text


def test_the_place_where_a_ratified_document_was_signed_is_not_the_events(summaries: dict[str, str]) -> None:
    assert "Ashgabat" not in summaries["en"].split("\n")[0]
    assert "Astana" in summaries["en"].split("\n")[0]


def test_documents_a_sentence_can_only_call_by_their_kind_are_counted(tmp_path) -> None:
    text = _briefing_text(tmp_path, "LIMA, May 3. The agreement on separate sections of the Peru-Chile state border "
                          "and the Agreement on the joint management of water resources of the Lauca reservoir were "
                          "signed by the foreign ministers of Peru and Chile on May 3 in Lima.\n", "ru")
    assert "соглашение между Перу и Чили, а также соглашение" not in text
    assert "Подписаны два соглашения между Перу и Чили" in text  # counted by their kind


@pytest.mark.parametrize(("lang", "expected"), [
    ("ru", "Подписаны два меморандума между Перу и Чили."),
    ("kk", "Перу мен Чили арасында екі меморандумға қол қойылды."),
    ("mn", "Перу, Чилийн хооронд хоёр санамж бичигт гарын үсэг зурав."),
])
def test_two_memoranda_whose_subjects_have_no_translation_are_counted_by_their_kind(tmp_path, lang: str,
                                                                                     expected: str) -> None:
    text = _briefing_text(tmp_path, "LIMA, May 3. The foreign ministers of Peru and Chile met in Lima. Peru and Chile "
                          "signed memoranda on quinoa terraces and on llama wool.\n", lang)
    assert expected in text


NO_CHAMBER = ("The deputies ratified an agreement between the governments of Peru and Chile on the joint use of the "
              "Lauca reservoir.\n\nThe agreement was signed in Lima on October 6.\n")


# "an agreement between the governments of Peru and Chile": its sides are the two governments (review 29)
@pytest.mark.parametrize(("lang", "lead"), [
    ("ru", "Ратифицировано соглашение между Правительством Перу и Правительством Чили."),
    ("kk", "Перудің Үкіметі мен Чилидің Үкіметі арасындағы келісім ратификацияланды."),
    ("mn", "Перу Улсын Засгийн газар, Чили Улсын Засгийн газрын хоорондын хэлэлцээр соёрхон батлагдлаа."),
])
def test_a_ratification_without_a_named_chamber_names_the_documents_sides(tmp_path, lang: str, lead: str) -> None:
    """An article with no person and no chamber is still a briefing: the ratified agreement's states are its
    countries, and the lead names them (a real ratification article was refused as having no facts)."""
    text = _briefing_text(tmp_path, NO_CHAMBER, lang)
    assert lead in text


MARKED_SIDE = ("The deputies ratified an agreement between the Government of the Republic of Peru and the Government "
               "of the People's Republic of China on the joint study of glaciers.\n\nThe agreement was signed in Lima on October 6.\n")


@pytest.mark.parametrize("lang", ["ru", "kk", "mn"])
def test_a_side_marked_for_review_keeps_its_mark_and_no_markup_leaks(tmp_path, lang: str) -> None:
    """A composed side carries the review mark (‡) in the Word file, never the span the templates pass it in
    (review 34: «… и <span class="review">Правительством Китайской Народной Республики</span>»)."""
    text = briefing_text(tmp_path, MARKED_SIDE, lang)
    assert "<span" not in text and "class=" not in text
    if lang == "ru":  # composed from parts not all confirmed in Russian
        assert "Правительством Китайской Народной Республики‡" in text.split("\n")[3]
