"""Names first met on an unseen batch (fresh22): an aimag written "X Region" and romanized another way,
the elected assembly of a Mongolian aimag, a body named by its own quoted name, and the UK's foreign
secretary and ministry."""

from __future__ import annotations

import pytest

from briefing import resources
from briefing.compose import compose
from briefing.termbase import Termbase


@pytest.fixture(scope="module")
def termbase() -> Termbase:
    return Termbase.load(resources.termbase_in(resources.default_locales_dir()))


@pytest.mark.parametrize("written", ["Dundgov Region", "the Dundgov region", "Dundgobi province", "Dundgovi Aimag"])
def test_an_aimag_is_found_however_its_kind_and_romanization_are_written(termbase: Termbase, written: str):
    entry = termbase.find(written)
    assert entry is not None and entry.en == "Dundgovi Aimag"


def test_a_region_is_never_taken_for_a_city_of_the_same_name(termbase: Termbase):
    assert termbase.find("Batken") is not None  # the city's row
    found = termbase.find("Batken Region")
    assert found is None or found.en != termbase.find("Batken").en


@pytest.mark.parametrize(("lang", "expected"), [
    ("ru", "председатель Хурала представителей граждан Дундговь аймака Монголии"),
    ("kk", "Моңғолияның Дундговь аймағы Азаматтар өкілдері хуралының төрағасы"),
    ("mn", "Монгол Улсын Дундговь аймгийн Иргэдийн Төлөөлөгчдийн Хурлын дарга"),
])
def test_the_chair_of_an_aimags_elected_assembly(lang: str, expected: str):
    title = "Chairman of the Assembly of Representatives of the Dundgov Region of Mongolia"
    assert compose(title, lang, "title", "MN") == expected


def test_the_assembly_of_representatives_of_tajikistan_is_still_its_parliament():
    assert compose("Chairman of the Assembly of Representatives of Tajikistan", "ru", "title", "TJ") == \
        "председатель Маджлиси намояндагон Таджикистана"


@pytest.mark.parametrize(("lang", "expected"), [
    ("ru", "компания «Dialogue Events Ltd.»"),
    ("kk", "«Dialogue Events Ltd.» компаниясы"),
    ("mn", "«Dialogue Events Ltd.» компани"),
])
def test_a_company_named_by_its_quoted_name(lang: str, expected: str):
    assert compose("Company “Dialogue Events Ltd.”", lang, "institution") == expected


def test_an_agency_named_by_its_quoted_name_is_a_common_noun_in_russian():
    assert compose("Agency “Turkmenaragatnashyk”", "ru", "institution", "TM") == "агентство «Turkmenaragatnashyk»"


def test_a_named_agency_keeps_its_own_name():
    assert compose("Kyrgyz National Information Agency “Kabar”", "ru", "institution") == \
        "Кыргызское национальное информационное агентство «Кабар»"


def test_lord_cameron_is_david_cameron(termbase: Termbase):
    entry = termbase.find("Lord Cameron")
    assert entry is not None and entry.form("ru") == "Дэвид Кэмерон"


@pytest.mark.parametrize(("name", "case", "expected"), [
    ("Мухаммед бен Заид Аль Нахайян", "ins", "Мухаммедом бен Заидом Аль Нахайяном"),
    ("Мухаммед бен Абдалла Аль Гергави", "gen", "Мухаммеда бен Абдаллы Аль Гергави"),
    ("Людвиг ван Бетховен", "gen", "Людвига ван Бетховена"),
    ("Ван И", "gen", "Ван И"),
])
def test_russian_never_declines_the_particles_of_a_name(name: str, case: str, expected: str):
    from briefing.grammar.forms import Inflector

    assert Inflector("ru").inflect(name, case, "person") == expected


def test_an_office_of_a_city_of_the_persons_own_country_takes_no_country():
    from briefing.catalogs import load_catalog
    from briefing.localize import PendingTranslations, labels_for, localize
    from briefing.models import Facts, Person
    from briefing.pipeline import required_messages
    from briefing.resources import default_templates_dir
    from briefing.translate import KeepSourceTranslator

    termbase = Termbase.load(resources.termbase_in(resources.default_locales_dir()))
    pending = PendingTranslations()
    labels = labels_for("ru", load_catalog(resources.default_locales_dir(), "ru"), pending,
                        required_messages(default_templates_dir(), "ru"))
    facts = Facts(participants=[Person(name="Hamdan bin Mohammed", title="Crown Prince of Dubai", country="AE"),
                                Person(name="Saeed Matar", title="Minister of Economy", country="AE")])
    local = localize(facts, "ru", labels, termbase, KeepSourceTranslator(), pending)
    titles = [(person.title_in_text or person.title).text for person in local.participants]  # as the summary says it
    assert titles[0] == "наследный принц Дубая"
    assert titles[1] == "министр экономики Объединенных Арабских Эмиратов"
    # a city-state is named as the country it is (review 27: «с Премьер-министром Ли Сянь Луном», no country)
    city_state = Facts(participants=[Person(name="Lee Hsien Loong", title="Prime Minister of the Republic of Singapore",
                                            country="SG")])
    local = localize(city_state, "ru", labels, termbase, KeepSourceTranslator(), pending)
    assert local.participants[0].sentence_title.text == "Премьер-министр Сингапура"


@pytest.mark.parametrize(("english", "lang", "expected"), [
    ("protocol on the results of the 10th intergovernmental commission session", "ru",
     "протокол по итогам 10-го заседания Межправительственной комиссии"),
    ("protocol on the results of the 10th intergovernmental commission session", "kk",
     "Үкіметаралық комиссияның 10-отырысының қорытындысы бойынша хаттама"),
    ("protocol on the results of the 10th session of the Intergovernmental Commission", "mn",
     "Засгийн газар хоорондын комиссын 10-р хуралдааны протокол"),
    ("agreement between Kazakhstan and Turkmenistan on mutual protection of investments", "ru",
     "соглашение между Казахстаном и Туркменистаном о взаимной защите инвестиций"),
    ("document on the deepening and expansion of allied relations", "kk",
     "одақтастық қатынастарды тереңдету және кеңейту туралы құжат"),
])
def test_document_titles_first_met_on_fresh22(english: str, lang: str, expected: str):
    assert compose(english, lang, "document") == expected


@pytest.mark.parametrize(("lang", "expected"), [
    ("ru", "Торага Жогорку Кенеша Кыргызстана"),
    ("kk", "Қырғызстан Жогорку Кеңешінің Төрағасы"),
])
def test_a_chamber_named_in_brackets_after_a_generic_word_is_that_chamber(lang: str, expected: str):
    assert compose("Speaker of the Parliament (Jogorku Kenesh) of Kyrgyzstan", lang, "title", "KG") == expected


def test_the_presidential_spokesman_and_the_rdif(termbase: Termbase):
    assert termbase.find("Presidential Spokesman").form("ru") == "пресс-секретарь Президента"
    assert termbase.find("RDIF").form("ru") == "Российский фонд прямых инвестиций"


def test_each_office_of_a_title_after_a_comma_declines_in_russian():
    from briefing.grammar.forms import Inflector

    assert Inflector("ru").inflect("Национальный Лидер туркменского народа, Председатель Халк Маслахаты Туркменистана",
                                   "ins", "title") == \
        "Национальным Лидером туркменского народа, Председателем Халк Маслахаты Туркменистана"
    assert Inflector("ru").inflect("министр торговли, промышленности и энергетики", "ins", "title") == \
        "министром торговли, промышленности и энергетики"


def test_the_turkmen_national_leaders_titles(termbase: Termbase):
    found = termbase.find("National Leader of the people of Turkmenistan, Chairman of the Halk Maslahaty "
                          "(People's Council) of Turkmenistan")
    assert found is not None and found.form("ru").startswith("Национальный Лидер туркменского народа")


def test_an_emirate_and_two_offices_of_a_crown_prince():
    from briefing.grammar.forms import Inflector

    title = compose("Crown Prince of the Emirate of Abu Dhabi, Deputy Supreme Commander of the UAE Armed Forces", "ru",
                    "title", "AE")
    assert title == "наследный принц эмирата Абу-Даби, заместитель Верховного главнокомандующего Вооружённых сил ОАЭ"
    assert Inflector("ru").inflect(title, "ins", "title") == \
        "наследным принцем эмирата Абу-Даби, заместителем Верховного главнокомандующего Вооружённых сил ОАЭ"


def test_a_quote_speaker_named_only_by_office_is_that_office_in_the_language():
    from briefing.catalogs import load_catalog
    from briefing.localize import PendingTranslations, labels_for, localize
    from briefing.models import Facts, Quote
    from briefing.pipeline import required_messages
    from briefing.resources import default_templates_dir
    from briefing.translate import KeepSourceTranslator

    termbase = Termbase.load(resources.termbase_in(resources.default_locales_dir()))
    pending = PendingTranslations()
    labels = labels_for("ru", load_catalog(resources.default_locales_dir(), "ru"), pending,
                        required_messages(default_templates_dir(), "ru"))
    facts = Facts(quotes=[Quote(speaker="Chairman", text="We are ready.")])
    local = localize(facts, "ru", labels, termbase, KeepSourceTranslator(), pending)
    assert str(local.quotes[0].speaker).lower() == "председатель"  # never a transliterated «Чайрман» (review 28)
