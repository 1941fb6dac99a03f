"""Sentence patterns and grammar the language reviewers asked for (ru, kk, mn), one class per test.

The whole sentences are in the goldens (tests/narrative/17_*, 18_*, 19_*); these tests pin the
rule behind each: who was present rather than met, the sides of a document, a state as the other
side of a planned meeting, undeclined names in -а after a vowel, the † legend, lists, and marks.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_localize import localized

from briefing.catalogs import load_catalog
from briefing.grammar import ru
from briefing.localize import Localized, LocalizedPerson, Phrase, _without_restated_pairs
from briefing.models import Facts, PlannedEvent, SignedDocument
from briefing.narrative import Narrative, sides
from briefing.render import build_environment, marked_pieces
from briefing.resources import default_locales_dir
from briefing.termbase import Termbase


@pytest.fixture(scope="module")
def termbase() -> Termbase:
    return Termbase.load(default_locales_dir() / "termbase.csv")


def person(name: str, country: str | None, title: str = "Minister") -> LocalizedPerson:
    return LocalizedPerson(Localized(name, kind="person"), Localized(title, kind="title"), None,
                           Localized(country, kind="place") if country else None)


# -- 1. who met whom, who was present -------------------------------------------------------


def test_people_of_the_subjects_own_side_were_present_not_met() -> None:
    mayor, counterpart = person("A", "Mongolia"), person("B", "Russia")
    ambassador, unknown = person("C", "Mongolia"), person("D", None)
    found = sides([mayor, counterpart, ambassador, unknown])
    assert found.subject is mayor and found.met == [counterpart]
    assert found.present == [ambassador, unknown]  # once the own side is there, the unknown are present too


def test_without_both_sides_among_the_others_everyone_is_met() -> None:
    no_own_side = [person("A", "Mongolia"), person("B", "Russia"), person("C", None)]
    assert sides(no_own_side).met == no_own_side[1:] and not sides(no_own_side).present
    one_side = [person("A", "Mongolia"), person("B", "Mongolia")]
    assert sides(one_side).met == one_side[1:] and not sides(one_side).present
    no_country = [person("A", None), person("B", "Russia"), person("C", "Russia")]
    assert sides(no_country).met == no_country[1:] and not sides(no_country).present


def test_people_are_joined_by_commas_whatever_their_titles_hold() -> None:
    people = [person("A", None, "министр и руководитель"), person("B", None), person("C", None)]
    assert ";" not in str(Narrative("ru").listing(people))


# -- 2. the sides of a document ----------------------------------------------------------------


@pytest.mark.parametrize(("lang", "side"), [("kk", "Қазақстан тарапы мен "), ("mn", "Казахстаны тал, ")])
def test_a_state_beside_a_body_is_named_as_a_side(termbase: Termbase, lang: str, side: str, tmp_path: Path) -> None:
    """«Тәжікстан мен Қытай медиакорпорациясы» reads as one body; the state is a side of its own."""
    document = SignedDocument("memorandum", "memorandum of cooperation", ["Kazakhstan", "China Media Group"])
    [shown] = localized(Facts(documents_signed=[document]), lang, termbase).documents_signed
    assert [str(state) for state in shown.states_beside_bodies] == [str(shown.parties[0])]
    states_only = SignedDocument("agreement", "agreement", ["Kazakhstan", "China"])
    [both] = localized(Facts(documents_signed=[states_only]), lang, termbase).documents_signed
    assert both.states_beside_bodies == []  # two states are two sides already
    golden = (Path(__file__).parent / "golden" / "narrative" / "19_many_documents_a_state_beside_a_body.txt").read_text()
    assert side in golden


def test_a_lone_party_is_never_printed_in_brackets() -> None:
    golden = (Path(__file__).parent / "golden" / "narrative" / "18_documents_in_one_sentence_and_a_lone_party.txt")
    text = golden.read_text(encoding="utf-8")
    assert "(" not in text and "mayor" not in text.lower() and "мэр" not in text.lower()


def test_several_documents_are_one_sentence_with_one_verb() -> None:
    text = (Path(__file__).parent / "golden" / "narrative" / "18_documents_in_one_sentence_and_a_lone_party.txt"
            ).read_text(encoding="utf-8")
    assert "Подписаны соглашение между Казахстаном и Кыргызстаном, а также " in text
    assert text.count("қол қойылды") == 1 and ", сондай-ақ " in text
    assert text.count("гарын үсэг зурав") == 1 and "тус тус гарын үсэг зурав" in text


# -- 3. a state among a planned meeting's actors ------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "ru", "kk", "mn"])
def test_a_state_among_a_planned_meetings_actors_is_the_other_side(termbase: Termbase, lang: str) -> None:
    event = PlannedEvent(kind="meeting", text="X and Turkiye will meet", who=["Jane Roe", "Turkiye"])
    [shown] = localized(Facts(planned_events=[event]), lang, termbase).planned_events
    assert [str(who) for who in shown.who] != [] and len(shown.sides) == 1
    visit = PlannedEvent(kind="visit", text="Turkiye will visit", who=["Turkiye"])
    [kept] = localized(Facts(planned_events=[visit]), lang, termbase).planned_events
    assert len(kept.who) == 1 and kept.sides == []  # a visit has no other side: the state is its actor


def test_planned_sides_read_as_sides_in_every_language() -> None:
    text = (Path(__file__).parent / "golden" / "narrative" / "17_meeting_with_own_side_present.txt"
            ).read_text(encoding="utf-8")
    for words in ("with representatives of Türkiye", "с представителями Турции", "Түркия тарапымен",
                  "Туркийн талтай", "встреча представителей Кыргызстана и Турции"):
        assert words in text
    assert "жээ." not in text  # mn: no hearsay past in a planned event («товлосон байна»)
    for words in ("Also present were", "На встрече присутствовали", "Кездесуге", "қатысты",
                  "Уулзалтад", "нар оролцов"):
        assert words in text


# -- 4. Russian: names in -а after a vowel ------------------------------------------------------


@pytest.mark.parametrize("name", ["С.Дэлгэрмаа", "Одонтуяа", "Цэрэнмаа", "Гулиа"])
@pytest.mark.parametrize("case", ["gen", "dat", "ins", "loc"])
def test_names_ending_in_a_after_a_vowel_do_not_decline(name: str, case: str) -> None:
    """Розенталь, «Справочник по правописанию и литературной правке», склонение фамилий: «Гулиа, Моравиа,
    Эредиа» не склоняются; Грамота.ру, склонение имён и фамилий: «Галуа, Гарсиа»."""
    assert ru.inflect(name, case, "person") == name


def test_names_in_a_after_a_consonant_still_decline() -> None:
    assert ru.inflect("Анна", "ins", "person") == "Анной"
    assert ru.inflect("Мария", "ins", "person") == "Марией"


# -- 5. the † legend ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "legend"), [
    ("ru", "Текст, отмеченный этим знаком, приведён на языке оригинала."),
    ("kk", "Осы белгімен берілген мәтін аударылмай, түпнұсқа тілінде қалдырылды."),
    ("mn", "Энэ тэмдэгтэй хэсгийг орчуулалгүй эх хэлээр нь үлдээв."),
])
def test_the_untranslated_legend_says_it_once(lang: str, legend: str) -> None:
    catalog = load_catalog(default_locales_dir(), lang)
    assert catalog.translations.gettext("Text with this mark is left in the original language.") == legend


# -- 6. lists and marks -------------------------------------------------------------------------------


def test_pairs_among_the_items_take_as_well_as_before_the_last() -> None:
    items = [Localized("торговля и экономика"), Localized("транспорт и логистика"), Localized("энергетика")]
    assert str(Narrative("ru").listing(items)) == "торговля и экономика, транспорт и логистика, а также энергетика"
    simple = [Localized("торговля"), Localized("экономика"), Localized("энергетика")]
    assert str(Narrative("ru").listing(simple)) == "торговля, экономика и энергетика"
    with_commas = [Localized("центр министерства развития, инноваций и промышленности"), Localized("компания"),
                   Localized("фонд")]
    assert str(Narrative("ru").listing(with_commas)).count(";") == 2


def test_a_pair_that_restates_two_listed_areas_is_left_out() -> None:
    assert _without_restated_pairs(["trade", "economy", "social sphere", "trade and economy"]) == [
        "trade", "economy", "social sphere"]
    assert _without_restated_pairs(["trade and economy", "energy"]) == ["trade and economy", "energy"]


def test_a_tilde_join_in_a_template_keeps_each_values_mark(tmp_path: Path) -> None:
    """One name, one mark: «2025 жылғы … » ~ name used to print the name bare while the table marked it."""
    (tmp_path / "t.j2").write_text('{{ (when ~ " " ~ name) | capfirst }}|{{ (when ~ " " ~ name) | case("gen") }}',
                                   encoding="utf-8")
    environment = build_environment(tmp_path)
    environment.filters.update(Narrative("ru").filters)
    text = environment.get_template("t.j2").render(when="вчера", name=Localized("соглашение", "review", "document"))
    assert text.startswith('Вчера <span class="review">соглашение</span>|')
    # a case after the join reads the marks back (as common nouns: decline people before joining them)
    assert marked_pieces(text.split("|")[1])[-1] == ("соглашения", "review")
    assert environment.join_keeping_marks(["a", "b"]) == "ab"  # type: ignore[attr-defined]
    assert str(Phrase(["a"])) == "a"


def test_a_leader_with_two_or_more_of_his_own_side_met_no_one() -> None:
    delegation = [person("A", "Moldova"), person("B", "Moldova"), person("C", "Moldova")]
    found = sides(delegation)
    assert found.one_side and found.met == [] and found.leading == delegation
