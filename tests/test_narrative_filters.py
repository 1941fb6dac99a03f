"""The grammar filters templates use: marks survive, cases land where each language puts them."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.dates import format_when
from briefing.errors import FactsError, TermbaseError
from briefing.grammar.forms import InflectionTable, Inflector
from briefing.localize import Localized, LocalizedPerson, Phrase, _document_count, fill
from briefing.narrative import Narrative, capfirst, lowerfirst

KK_FORMS = InflectionTable.parse(
    "lang,nom,gen,dat,acc,loc,ins,abl,com,note\n"
    "kk,Мәжіліс,Мәжілістің,Мәжіліске,Мәжілісті,Мәжілісте,Мәжіліспен,Мәжілістен,,parlam.kz\n"
    "kk,Сенат,Сенаттың,Сенатқа,Сенатты,Сенатта,Сенатпен,Сенаттан,,parlam.kz\n"
)


def test_a_declined_name_keeps_its_review_mark() -> None:
    ru = Narrative("ru")
    declined = ru.case(Localized("Ерлан Кошанов", "review", "person"), "ins")
    assert str(declined) == "Ерланом Кошановым"
    assert '<span class="review">Ерланом Кошановым</span>' in declined.__html__()


def test_english_left_untranslated_is_never_declined() -> None:
    ru = Narrative("ru")
    assert str(ru.case(Localized("Kazakh Senate", "untranslated", "institution"), "ins")) == "Kazakh Senate"


def test_brands_do_not_decline() -> None:
    assert str(Narrative("ru").case(Localized("Kazakh Invest", None, "brand"), "acc")) == "Kazakh Invest"


def test_russian_declines_title_and_name_of_a_person() -> None:
    person = LocalizedPerson(name=Localized("Ерлан Кошанов", kind="person"),
                             title=Localized("Председатель Мажилиса", kind="title"), affiliation=None)
    assert str(Narrative("ru").case(person, "gen")) == "Председателя Мажилиса Ерлана Кошанова"


def test_russian_lists_decline_every_item() -> None:
    items = [Localized("Казахстан", kind="place"), Localized("Монголия", kind="place")]
    assert str(Narrative("ru").listing(items, "ins")) == "Казахстаном и Монголией"


def test_kazakh_puts_the_ending_on_the_last_item_only() -> None:
    kk = Narrative("kk", Inflector("kk", KK_FORMS))
    items = [Localized("Мәжіліс", kind="institution"), Localized("Сенат", kind="institution")]
    listed = str(kk.listing(items, "dat"))
    assert listed.startswith("Мәжіліс") and listed.endswith("Сенатқа")
    assert "Мәжіліске" not in listed


def test_explicit_forms_win_over_the_rules() -> None:
    table = InflectionTable.parse("lang,nom,gen,dat,acc,loc,ins,abl,com,note\nru,Хурал,Хурала особого,,,,,,,test\n")
    assert Inflector("ru", table).inflect("Хурал", "gen") == "Хурала особого"
    assert Inflector("ru", table).inflect("Хурал", "dat") == "Хуралу"  # an empty cell leaves it to the rules


def test_an_inflection_table_names_a_bad_line() -> None:
    with pytest.raises(TermbaseError, match=r"inflections.csv:3: 'lang' and 'nom' must not be empty"):
        InflectionTable.parse("lang,nom,gen,dat,acc,loc,ins,abl,com,note\nru,Хурал,Хурала,,,,,,,\n,x,,,,,,,,\n",
                              "inflections.csv")
    with pytest.raises(TermbaseError, match="the header must be"):
        InflectionTable.parse("lang;nom;gen\n")


def test_an_unknown_case_is_an_error_that_names_the_cases() -> None:
    with pytest.raises(ValueError, match="unknown case 'genitive'"):
        Inflector("ru").inflect("Мажилис", "genitive")


@pytest.mark.parametrize(("lang", "number", "expected"), [
    ("ru", 1, "документ"), ("ru", 3, "документа"), ("ru", 11, "документов"), ("ru", 21, "документ"),
    ("ru", 24, "документа"), ("en", 1, "document"), ("en", 11, "documents"),
])
def test_plural_follows_cldr_rules(lang: str, number: int, expected: str) -> None:
    forms = ("документ", "документа", "документов") if lang == "ru" else ("document", "documents")
    assert Narrative(lang).plural(number, *forms) == expected


@pytest.mark.parametrize(("phrase", "expected"), [
    ("меморандум о сотрудничестве", "подписан"), ("соглашение о торговле", "подписано"),
    ("дорожная карта", "подписана"), ("11 документов", "подписано"), ("3 документа", "подписаны"),
    ("21 документ", "подписан"), ("документы", "подписаны"),
])
def test_russian_participle_agrees_with_the_head_noun(phrase: str, expected: str) -> None:
    assert Narrative("ru").agree("подписан", phrase) == expected


def test_a_full_adjective_agrees_in_the_nominative() -> None:
    assert Narrative("ru").agree("совместный", "дорожная карта") == "совместная"
    assert Narrative("ru").agree("совместный", "заявление") == "совместное"


@pytest.mark.parametrize(("verb", "noun", "expected"), [
    ("проходит", "встреча", "проходит"), ("проходит", "переговоры", "проходят"),
    ("состоится", "встреча", "состоится"), ("состоится", "переговоры", "состоятся"),
    ("планируется", "консультации", "планируются"), ("состоялся", "встреча", "состоялась"),
])
def test_present_and_future_verbs_agree_in_number_only(verb: str, noun: str, expected: str) -> None:
    assert Narrative("ru").agree(verb, noun) == expected


def test_agreement_leaves_other_languages_alone() -> None:
    assert Narrative("kk").agree("қол қойылды", "меморандум") == "қол қойылды"


def test_capfirst_keeps_marks_and_skips_tags() -> None:
    assert str(capfirst(Phrase([Localized("депутат", "review")]))) == "Депутат"
    from markupsafe import Markup

    assert capfirst(Markup('<span class="review">меморандум</span>')) == Markup('<span class="review">Меморандум</span>')


def test_lowerfirst_after_a_colon_keeps_marks_and_abbreviations() -> None:
    from markupsafe import Markup

    item = lowerfirst(Phrase([Localized("Соглашение о сотрудничестве", "review")]))
    assert str(item) == "соглашение о сотрудничестве" and item.pieces[0].mark == "review"
    assert lowerfirst("ШОС") == "ШОС" and lowerfirst("UNESCO programme") == "UNESCO programme"
    assert lowerfirst(Markup('<span class="review">Меморандум</span>')) == Markup('<span class="review">меморандум</span>')


def test_english_articles() -> None:
    en = Narrative("en")
    assert str(en.indefinite(Localized("agreement"))) == "an agreement"
    assert str(en.indefinite(Localized("memorandum of understanding"))) == "a memorandum of understanding"
    assert str(en.indefinite(Localized("talks"))) == "talks"
    assert str(en.indefinite(Localized("Joint Declaration"))) == "Joint Declaration"
    assert str(Narrative("ru").indefinite(Localized("соглашение"))) == "соглашение"


@pytest.mark.parametrize(("value", "lang", "expected"), [
    (dt.date(2025, 9, 4), "ru", "4 сентября 2025\u00a0года"),
    (dt.date(2025, 9, 4), "kk", "2025 жылғы 4 қыркүйекте"),
    (dt.date(2025, 9, 4), "mn", "2025 оны 9 дүгээр сарын 4-ний өдөр"),
    (dt.date(2025, 9, 4), "en", "on 4 September 2025"),
    ("--06-01/--06-04", "ru", "1–4 июня"),
    ("--06-01/--06-04", "kk", "1–4 маусымда"),
    ("--06-01/--06-04", "mn", "6 дугаар сарын 1-4-ний өдрүүдэд"),
    ("2026", "ru", "в 2026\u00a0году"), ("2026", "kk", "2026 жылы"), ("2026", "mn", "2026 онд"),
    ("2025-10", "ru", "в октябре 2025\u00a0года"), ("2025-10", "kk", "2025 жылғы қазанда"),
    ("2025-10", "mn", "2025 оны 10 дугаар сард"), ("2025-10", "en", "in October 2025"),
    ("2016-10-25", "ru", "25 октября 2016\u00a0года"),
])
def test_dates_inside_sentences(value: object, lang: str, expected: str) -> None:
    assert format_when(value, lang) == expected  # type: ignore[arg-type]


def test_a_bad_when_is_a_facts_error() -> None:
    with pytest.raises(FactsError):
        format_when("2025-13", "ru")


def test_a_catalog_pattern_declines_its_slot() -> None:
    assert fill("делегация {country:gen}", Inflector("ru"), country=Localized("Монголия", kind="place")) == (
        "делегация Монголии")
    assert fill("{country} делегациясы", Inflector("kk"), country=Localized("Моңғолия", kind="place")) == (
        "Моңғолия делегациясы")


@pytest.mark.parametrize(("title", "count"), [
    ("11 documents", 11), ("a package of three agreements", 3), ("documents", 0), ("several new agreements", 0), ("a number of documents", 0),
    ("memorandum of cooperation", None), ("the agreements on trade", 0),
])
def test_counted_documents(title: str, count: int | None) -> None:
    assert _document_count(title) == count
