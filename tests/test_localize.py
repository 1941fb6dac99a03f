"""Localization order: termbase, catalogs, CLDR, machine translation, transliteration."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.catalogs import load_catalog
from briefing.localize import PendingTranslations, labels_for, localize
from briefing.models import Facts, Location, Person, SignedDocument
from briefing.pipeline import required_messages
from briefing.resources import default_locales_dir, default_templates_dir
from briefing.termbase import Termbase
from briefing.translate import KeepSourceTranslator


@pytest.fixture(scope="module")
def termbase() -> Termbase:
    return Termbase.load(default_locales_dir() / "termbase.csv")


def localized(facts: Facts, lang: str, termbase: Termbase):
    pending = PendingTranslations()
    catalog = load_catalog(default_locales_dir(), lang)
    labels = labels_for(lang, catalog, pending, required_messages(default_templates_dir(), lang))
    return localize(facts, lang, labels, termbase, KeepSourceTranslator(), pending)


def test_titles_made_of_offices_use_the_catalog_and_leave_the_country_to_its_column(termbase: Termbase) -> None:
    person = Person("Murat Nurtleu", "Deputy Prime Minister and Minister of Foreign Affairs of Kazakhstan", "KZ")
    briefing = localized(Facts(participants=[person]), "ru", termbase)
    [row] = briefing.participants
    assert row.title.text.lower() == "заместитель премьер-министра – министр иностранных дел"
    assert row.title.mark is None
    assert str(row.affiliation) == "Казахстан"


def test_unknown_title_is_free_text_for_the_translator(termbase: Termbase) -> None:
    person = Person("A. Person", "Keeper of the Privy Seal", "GB")
    briefing = localized(Facts(participants=[person]), "kk", termbase)
    [row] = briefing.participants
    assert row.title.text == "Keeper of the Privy Seal"
    assert row.title.mark == "untranslated"
    assert any(item.source == "Keeper of the Privy Seal" for item in briefing.review_items)  # listed, not silent


def test_a_title_outside_the_termbase_is_composed_from_its_parts(termbase: Termbase) -> None:
    person = Person("A. Person", "Ambassador of Kazakhstan to Uzbekistan", "KZ")
    [row] = localized(Facts(participants=[person]), "ru", termbase).participants
    assert row.title.text == "посол в Узбекистане"  # Kazakhstan stands in the country column
    assert row.title_in_text is not None and row.title_in_text.text == "посол Казахстана в Узбекистане"
    assert not any(char.isascii() and char.isalpha() for char in row.title.text)



@pytest.mark.parametrize(("title", "country", "expected"), [
    ("head of the Uzbek Foreign Ministry", "UZ", "руководитель Министерства иностранных дел"),
    ("Chairman of the Senate of Uzbekistan's Oliy Majlis", "UZ", "Председатель Сената Олий Мажлиса"),
    ("Minister of Foreign Affairs of Uzbekistan", "UZ", "министр иностранных дел"),
    # a long official name goes whole, whatever its first words: "People's Republic of", "Kingdom of"
    ("Chairman of the Standing Committee of the National People's Congress of the People's Republic of China", "CN",
     "Председатель Постоянного комитета Всекитайского собрания народных представителей"),
    ("Minister of Energy of the Kingdom of Saudi Arabia", "SA", "министр энергетики"),
])
def test_the_persons_country_leaves_the_title_but_its_of_stays_with_the_next_words(
        termbase: Termbase, title: str, country: str, expected: str) -> None:
    """A demonym or possessive inside a title qualifies the words after it: "head of the Uzbek Foreign Ministry" is the
    head of the Foreign Ministry, not "head Foreign Ministry" (which composed to nothing, or to a wrong order)."""
    [row] = localized(Facts(participants=[Person("A. Person", title, country)]), "ru", termbase).participants
    assert row.title.text == expected

def test_unknown_name_is_transliterated_and_flagged(termbase: Termbase) -> None:
    briefing = localized(Facts(participants=[Person("Ukhnagiyin Otogonbayar", None, "MN")]), "mn", termbase)
    [row] = briefing.participants
    assert row.name.mark == "review"
    assert not any("a" <= ch.lower() <= "z" for ch in row.name.text)
    assert [item.source for item in briefing.review_items] == ["Ukhnagiyin Otogonbayar"]


def test_termbase_forms_and_country_overrides(termbase: Termbase) -> None:
    facts = Facts(
        location=Location("Astana", "MN"),
        participants=[Person("Erlan Koshanov", "Speaker of the Mazhilis", "KZ", "Mazhilis")],
        source_agency="Trend",
    )
    kk = localized(facts, "kk", termbase)
    assert kk.participants[0].name.text == "Ерлан Қошанов"
    assert kk.participants[0].name.mark is None
    assert str(localized(facts, "mn", termbase).place).endswith("Монгол Улс")  # not CLDR's «Монгол»
    # the brand stays Latin, the word "agency" tells the reader what it is; a form the termbase confirms is no guess
    assert kk.source_agency.text == "Trend агенттігі"
    ru = localized(facts, "ru", termbase).source_agency
    assert ru.text == "агентство Trend" and ru.mark is None


def test_document_between_its_parties_uses_the_termbase_title(termbase: Termbase) -> None:
    document = SignedDocument("memorandum", "memorandum of cooperation between the Mazhilis and the Great State Khural",
                              ["Mazhilis", "Great State Khural"])
    ru = localized(Facts(documents_signed=[document]), "ru", termbase)
    assert ru.documents_signed[0].title.text == "меморандум о сотрудничестве"
    assert [p.text for p in ru.documents_signed[0].parties] == ["Мажилис Парламента Республики Казахстан",
                                                               "Великий Государственный Хурал Монголии"]


def test_english_keeps_text_as_written(termbase: Termbase, tmp_path: Path) -> None:
    facts = Facts(headline="The parties signed a memorandum.", cooperation_areas=["deep-sea mining"])
    en = localized(facts, "en", termbase)
    assert en.headline is not None and (en.headline.text, en.headline.mark) == ("The parties signed a memorandum.", None)
    assert [(a.text, a.mark) for a in en.cooperation_areas] == [("deep-sea mining", None)]


def test_a_percent_sign_in_a_translation_prints(termbase: Termbase, tmp_path: Path) -> None:
    import shutil

    from briefing.render import Gettext, render_markdown

    locales = tmp_path / "locales"
    shutil.copytree(default_locales_dir(), locales)
    po = locales / "ru" / "LC_MESSAGES" / "messages.po"
    po.write_text(po.read_text(encoding="utf-8").replace('msgstr "Участники"', 'msgstr "Участники (100%)"'),
                  encoding="utf-8")
    labels = labels_for("ru", load_catalog(locales, "ru"), PendingTranslations(), [])
    (tmp_path / "briefing.md.j2").write_text('{{ _("Participants") }}\n', encoding="utf-8")
    assert render_markdown(tmp_path, "ru", {}, Gettext(labels.gettext, labels.pgettext)).strip() == "Участники (100%)"


def test_title_without_a_catalog_label_is_marked_not_leaked(termbase: Termbase, tmp_path: Path) -> None:
    pending = PendingTranslations()
    catalog = load_catalog(default_locales_dir(), "ru")
    catalog.catalog.delete("President", context="title")
    labels = labels_for("ru", catalog, pending, required_messages(default_templates_dir(), "ru"))
    no_parts = tmp_path / "offices.csv"  # a lexicon without offices: nothing to compose the title from
    no_parts.write_text((default_locales_dir() / "offices.csv").read_text(encoding="utf-8").splitlines()[0] + "\n",
                        encoding="utf-8")
    briefing = localize(Facts(participants=[Person("A", "President", "FR")]), "ru", labels, termbase,
                        KeepSourceTranslator(), pending, lexicon_path=no_parts)
    [row] = briefing.participants
    assert (row.title.text, row.title.mark) == ("President", "untranslated")


def test_a_title_keeps_a_country_that_is_not_the_persons(termbase: Termbase) -> None:
    [row] = localized(Facts(participants=[Person("A", "President of France", "KZ")]), "en", termbase).participants
    assert str(row.title) == "President of France"


def test_a_fact_extraction_was_unsure_of_is_marked_and_listed(termbase: Termbase) -> None:
    unsure = Person("Yerlan Koshanov", "Speaker of the Mazhilis", "KZ", confidence=0.3, why="one-word name",
                    needs_review=True)
    sure = Person("Ukhnaagiin Khurelsukh", "President of Mongolia", "MN", confidence=0.95, why="title before name")
    briefing = localized(Facts(participants=[unsure, sure]), "ru", termbase)
    first, second = briefing.participants
    assert (first.name.text, first.name.mark) == ("Ерлан Кошанов", "review")
    assert second.name.mark is None
    assert any(item.source == "Yerlan Koshanov" and "one-word name" in item.why for item in briefing.review_items)


def test_a_catalog_pattern_declines_with_the_forms_staff_keep(termbase: Termbase) -> None:
    from briefing.grammar.forms import InflectionTable, Inflector
    from briefing.localize import Localizer

    table = InflectionTable.parse("lang,nom,gen,dat,acc,loc,ins,abl,com,note\nru,Монголия,Монголии (проверено),,,,,,,test\n")
    pending = PendingTranslations()
    labels = labels_for("ru", load_catalog(default_locales_dir(), "ru"), pending,
                        required_messages(default_templates_dir(), "ru"))
    localizer = Localizer("ru", labels, termbase, KeepSourceTranslator(), pending, inflector=Inflector("ru", table))
    assert localizer.delegation("MN").text == "делегация Монголии (проверено)"


@pytest.mark.parametrize(("lang", "expected"), [
    ("ru", "Верховный представитель Европейского союза по иностранным делам и политике безопасности"),
    ("kk", "Еуропалық одақтың Сыртқы істер және қауіпсіздік саясаты жөніндегі Жоғарғы өкілі"),
    ("mn", "Европын холбооны Гадаад харилцаа, аюулгүй байдлын бодлогын асуудал эрхэлсэн Дээд төлөөлөгч"),
])
def test_an_office_given_as_an_organization_is_composed_as_a_title(termbase: Termbase, lang: str, expected: str) -> None:
    from briefing.localize import Localizer

    pending = PendingTranslations()
    labels = labels_for(lang, load_catalog(default_locales_dir(), lang), pending,
                        required_messages(default_templates_dir(), lang))
    localizer = Localizer(lang, labels, termbase, KeepSourceTranslator(), pending,
                          lexicon_path=default_locales_dir() / "offices.csv")
    assert localizer.institution("High Representative of the European Union for Foreign Affairs and Security Policy").text == expected


@pytest.mark.parametrize(("lang", "expected"), [
    # each office as the compose tests give it (offices.csv sources), side by side as official style lists one
    # person's offices (the ru and kk language reviews of 2026-11)
    ("ru", "наследный принц Абу-Даби, министр иностранных дел"),
    ("kk", "Әбу-Даби тақ мұрагері, Сыртқы істер министрі"),  # a place before a title stays bare
])
def test_two_offices_of_one_person_are_composed_each_and_joined(termbase: Termbase, lang: str, expected: str) -> None:
    person = Person("A. Person", "Crown Prince of Abu Dhabi and Minister of Foreign Affairs", "AE")
    [row] = localized(Facts(participants=[person]), lang, termbase).participants
    assert str(row.title) == expected


def test_one_office_whose_portfolio_has_an_and_is_not_two_offices(termbase: Termbase) -> None:
    person = Person("A. Person", "Minister of Energy and Keeper of the Privy Seal", "GB")
    [row] = localized(Facts(participants=[person]), "ru", termbase).participants
    assert row.title.mark == "untranslated"  # one half composes nothing: the whole stays for the translator


def test_an_institution_that_speaks_is_composed_never_spelt_as_a_name(termbase: Termbase) -> None:
    from briefing.models import Quote

    facts = Facts(quotes=[Quote("Russian government", "The sides agreed to meet again soon.", True)])
    quote = localized(facts, "ru", termbase).quotes[0]
    assert str(quote.speaker) == "Правительство Российской Федерации"  # offices.csv: government + state


def test_a_plural_noun_told_apart_by_its_subject_is_one_document_not_a_count(termbase: Termbase) -> None:
    told = [SignedDocument("memorandum", "memoranda", subject=subject) for subject in ("tourism", "education")]
    counted = SignedDocument("agreement", "12 agreements")
    ru = localized(Facts(documents_signed=[*told, counted]), "ru", termbase)
    assert [d.count for d in ru.documents_signed] == [None, None, 12]
    assert all(d.title is not None for d in ru.documents_signed[:2])


def test_a_subject_nothing_translates_is_left_out_of_the_documents_name_and_listed(termbase: Termbase) -> None:
    told = [SignedDocument("memorandum", "memoranda", subject=subject)
            for subject in ("tourism", "the third lantern works at the river port")]
    ru = localized(Facts(documents_signed=told), "ru", termbase)
    tourism, lantern = (str(d.title) for d in ru.documents_signed)
    # a memorandum in a field is one of cooperation in it (the Russian review, rev19: no noun in brackets)
    assert tourism == "меморандум о сотрудничестве в области туризма"
    assert lantern == "меморандум"  # the kind alone: no English inside a Russian name
    assert any(item.source == "the third lantern works at the river port" for item in ru.review_items)
    en = localized(Facts(documents_signed=told), "en", termbase)
    assert "lantern" in str(en.documents_signed[1].title)


def test_mongolian_writes_every_foreign_person_with_initials(termbase: Termbase) -> None:
    """One press style for termbase forms and transliterations alike (tests/test_names_press.py cites it)."""
    facts = Facts(participants=[Person("Vladimir Putin", "President", "RU"),
                                Person("Pavel Ivanovich Smirnovsky", "Minister", "RU")])
    names = [row.name.text for row in localized(facts, "mn", termbase).participants]
    assert names == ["В.Путин", "П.Смирновский"]
    assert localized(facts, "ru", termbase).participants[0].name.text == "Владимир Путин"


# Official names the language review of 2025-12 supplied, each with its source in the termbase row.
@pytest.mark.parametrize(("lang", "english", "form"), [
    ("mn", "Head of Ulaanbaatar Governor's Office", "Нийслэлийн Засаг даргын Тамгын газрын дарга"),  # bestnews.mn/r/3606
    ("mn", "Mayor of Ulaanbaatar", "Нийслэлийн Засаг дарга бөгөөд Улаанбаатар хотын Захирагч"),       # fact.mn
    ("ru", "Mayor of Ulaanbaatar", "мэр Улан-Батора"),
    ("ru", "Minister of the Moscow Government", "министр Правительства Москвы"),                      # mos.ru
])
def test_reviewed_official_titles(termbase: Termbase, lang: str, english: str, form: str) -> None:
    facts = Facts(participants=[Person("Anna Smith", english, None)])
    assert localized(facts, lang, termbase).participants[0].title.text.lower() == form.lower()


@pytest.mark.parametrize(("lang", "english", "form"), [
    ("ru", "China's National Development and Reform Commission", "Государственный комитет по делам развития и реформ КНР"),
    ("ru", "Agency for Innovation and Digital Technologies under the President of Tajikistan",
     "Агентство инноваций и цифровых технологий при Президенте Республики Таджикистан"),  # khovar.tj
    ("mn", "Ulaanbaatar Governor’s Office", "Нийслэлийн Засаг даргын Тамгын газар"),
])
def test_reviewed_institution_names(termbase: Termbase, lang: str, english: str, form: str) -> None:
    facts = Facts(participants=[Person("Anna Smith", "Head", None, english)])
    assert form in localized(facts, lang, termbase).participants[0].affiliation.text


def test_mongolian_names_keep_their_mongolian_spelling_in_russian(termbase: Termbase) -> None:
    """«Сумъяабазар» as Mongolian writes it (polit.mn/a/96790), not the back-transliterated «Сумиябазар»."""
    facts = Facts(participants=[Person("D.Sumiyabazar", "Minister", "MN")])
    assert localized(facts, "mn", termbase).participants[0].name.text == "Д.Сумъяабазар"
    assert "Сумъяабазар" in localized(facts, "ru", termbase).participants[0].name.text


def test_a_document_named_by_a_subject_no_area_names_is_composed_as_what_it_is_on(termbase: Termbase) -> None:
    by_subject = SignedDocument("agreement", "agreements", ["Uzbekistan", "Kyrgyzstan"],
                                subject="trade and economic cooperation between Andijan and Osh")
    by_area = SignedDocument("memorandum", "memoranda", ["Uzbekistan", "Kyrgyzstan"], subject="tourism")
    ru = localized(Facts(documents_signed=[by_subject, by_area]), "ru", termbase)
    assert str(ru.documents_signed[0].title) == \
        "соглашение о торгово-экономическом сотрудничестве между Андижаном и Ошем"
    assert str(ru.documents_signed[1].title) == "меморандум о сотрудничестве в области туризма"


def test_a_paired_demonym_before_a_matter_is_left_to_the_parties(termbase: Termbase) -> None:
    document = SignedDocument("agreement", "agreement on the Uzbek-Kyrgyz state border", ["Uzbekistan", "Kyrgyzstan"])
    kk = localized(Facts(documents_signed=[document]), "kk", termbase)
    assert kk.documents_signed[0].title.text == "мемлекеттік шекара туралы келісім"
