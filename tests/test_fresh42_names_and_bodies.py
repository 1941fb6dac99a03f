"""Titles and bodies left in English on fresh42 (unseen articles), written here as short synthetic sentences: a
style abbreviation before an office ('HE Speaker of …'), a second office after 'and' ('… of the Parliament and
Director of the Centre'), and offices composed in each language (sources in locales/offices.csv and termbase.csv)."""

from __future__ import annotations

import pytest
from docx import Document

from briefing.compose import compose
from briefing.extract import extract
from briefing.ingest import parse_article
from briefing.pipeline import Settings, generate

ARTICLE = ("DOHA, Feb 7 (QNA) - HE Speaker of the Shura Council Hassan bin Abdulla Al Ghanim met with HE Deputy Speaker "
           "of the Legislative Chamber of the Parliament and Director of the National Human Rights Centre of the "
           "Republic of Uzbekistan Akmal Saidov. Minister of Municipality and Environment Abdullah bin Hamad Al Attiyah "
           "also attended.\n")


def test_a_style_and_a_second_office_name_no_body() -> None:
    organizations = extract(parse_article(ARTICLE)).organizations
    assert "Shura Council" in organizations
    assert "Legislative Chamber of the Parliament" in organizations
    assert "National Human Rights Centre of the Republic of Uzbekistan" in organizations
    assert not any(name.startswith("HE ") or " and Director " in name for name in organizations)


@pytest.mark.parametrize(("english", "country", "expected"), [
    ("Minister of Municipality and Environment", "QA",
     ["министр муниципального хозяйства и окружающей среды", "Муниципалитет және қоршаған орта министрі",
      "Хотын захиргаа, байгаль орчны сайд"]),
    ("Extraordinary and Plenipotentiary Ambassador of the Turkish Republic to Azerbaijan", "TR",
     ["Чрезвычайный и Полномочный Посол Турции в Азербайджане", "Түркияның Әзербайжандағы Төтенше және Өкілетті Елшісі",
      "Бүгд Найрамдах Турк Улсаас Бүгд Найрамдах Азербайжан Улсад суугаа Онц бөгөөд Бүрэн эрхт Элчин сайд"]),
    ("Minister of Foreign and European Affairs", "SK",
     ["министр иностранных и европейских дел", "Сыртқы және еуропалық істер министрі", "Гадаад хэрэг, Европын хэргийн сайд"]),
    # "General Director", the post-Soviet English order of a Director General
    ("General Director of the Ministry", "KZ", ["Генеральный директор Министерства", "министрліктің Бас директоры",
                                                "яамны Ерөнхий захирал"]),
])
def test_offices_compose_in_each_language(english: str, country: str, expected: list[str]) -> None:
    assert [compose(english, lang, "title", country) for lang in ("ru", "kk", "mn")] == expected


def test_a_treaty_on_friendship_alone_composes() -> None:
    assert [compose("Treaty on friendship", lang, "document") for lang in ("ru", "kk", "mn")] == \
        ["договор о дружбе", "достық туралы шарт", "найрамдлын тухай гэрээ"]


def _briefings(tmp_path, article_text: str, langs: list[str]) -> dict[str, str]:
    """The text (paragraphs and table cells) of each language's briefing of ``article_text``."""
    article = tmp_path / "a.txt"
    article.write_text(article_text, encoding="utf-8")
    generate(article, langs, tmp_path / "out", Settings(translator="none", quiet=True))
    texts = {}
    for lang in langs:
        [path] = (tmp_path / "out").glob(f"*.{lang}.docx")
        document = Document(str(path))
        cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
        texts[lang] = "\n".join([p.text for p in document.paragraphs] + cells)
    return texts


def test_the_briefings_name_both_offices_natively(tmp_path) -> None:
    texts = _briefings(tmp_path, ARTICLE, ["ru", "kk", "mn"])
    expected = {"ru": "директор Национального центра Республики Узбекистан по правам человека",
                "kk": "Өзбекстан Республикасының Адам құқықтары жөніндегі ұлттық орталығының директоры",
                "mn": "Узбекистан Улсын Хүний эрхийн үндэсний төвийн захирал"}
    for lang, words in expected.items():
        assert words in texts[lang], lang
        assert "Human Rights" not in texts[lang] and "Municipality" not in texts[lang]


def test_a_known_leader_named_without_an_office_gets_the_one_he_held(tmp_path) -> None:
    texts = _briefings(tmp_path, "date 2022-01-06\nANKARA, Jan 6 (Anadolu) - Turkish President Recep Tayyip Erdogan "
                                 "held a phone call with Kassym-Jomart Tokayev.\n", ["ru", "kk", "mn"])
    expected = {"ru": "Президентом Республики Казахстан Касым-Жомартом Токаевым",
                "kk": "Қазақстан Республикасының Президенті Қасым-Жомарт Тоқаев",
                "mn": "Бүгд Найрамдах Казахстан Улсын Ерөнхийлөгч К.Токаев"}
    for lang, words in expected.items():
        assert words in texts[lang], lang


def test_a_signings_areas_read_from_its_documents_are_what_they_cover(tmp_path) -> None:
    texts = _briefings(tmp_path, "TASHKENT, June 12 (UzA) - Minister Mohammad Al Gergawi of the UAE and Deputy Prime "
                                 "Minister Sardor Umurzakov of Uzbekistan signed an agreement on cooperation in "
                                 "education, tourism and customs.\n", ["en", "ru", "kk", "mn"])
    expected = {"en": "The document covers cooperation in", "ru": "Направления сотрудничества, охватываемые документом:",
                "kk": "салаларындағы ынтымақтастықты қамтиды", "mn": "Баримт бичиг"}
    for lang, words in expected.items():
        assert words in texts[lang], lang
        assert "discussed" not in texts[lang] and "обсудили" not in texts[lang]


def test_areas_read_from_a_bulleted_package_are_what_its_documents_cover(tmp_path) -> None:
    texts = _briefings(tmp_path, "ASTANA, May 5 (Kazinform) - President Kassym-Jomart Tokayev and President Shavkat "
                                 "Mirziyoyev signed a package of documents, including:\n\n– Agreements on cooperation in "
                                 "healthcare and education;\n\n– on cooperation in the field of customs;\n", ["ru"])
    assert "Направления сотрудничества, охватываемые документами:" in texts["ru"]
