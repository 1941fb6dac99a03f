"""Classes from the 2025-12 language review: a state named by its official abbreviation as the owner of its head of
state's office, and a country's "leader" named by the office he holds.

Sources are the ones the lexicon and termbase rows carry: ru «председатель КНР Си Цзиньпин» (ntv.ru/novosti/2753469,
TASS), kk «ҚХР Төрағасы Си Цзиньпин» (kaz.inform.kz, the Akorda release); a head of state is named by his office in
official texts (ru reviewer: «Президент Турецкой Республики (Турции)», kk «Түркия Президенті», mn «Бүгд Найрамдах
Турк Улсын Ерөнхийлөгч»).
"""

from __future__ import annotations

import datetime as dt
import typing as t
from pathlib import Path

import pytest

from briefing.catalogs import load_catalog
from briefing.compose import compose, compose_with_status
from briefing.localize import PendingTranslations, labels_for, localize
from briefing.models import Facts, Person
from briefing.pipeline import required_messages
from briefing.resources import default_locales_dir, default_templates_dir
from briefing.termbase import Termbase
from briefing.translate import KeepSourceTranslator

LANGS = ("ru", "kk", "mn")
HEADER = "type,en,ru,kk,mn,aliases,status,note,office\n"


# -- the owner of an office by its official abbreviation ---------------------------------------------------------

@pytest.mark.parametrize("english", ["President of China", "Chinese President", "China's President"])
def test_chinas_head_of_state_is_the_chairman_of_the_prc(english: str) -> None:
    assert [compose_with_status(english, lang, "title") for lang in LANGS] == [
        ("Председатель КНР", True), ("ҚХР Төрағасы", True), ("БНХАУ-ын дарга", True)]


def test_a_deputy_keeps_the_abbreviated_owner() -> None:
    assert [t.cast(str, compose("Vice President of China", lang, "title")).split()[0 if lang != "ru" else -1]
            for lang in LANGS] == ["КНР", "ҚХР", "БНХАУ-ын"]


def test_a_long_name_the_english_gives_stays_long() -> None:
    assert compose("President of the People's Republic of China", "kk", "title") == \
        "Қытай Халық Республикасының Төрағасы"


def test_other_offices_keep_the_short_name() -> None:
    # the press writes both «министр иностранных дел Китая» and «… КНР»: no abbreviation is imposed
    assert compose("Chinese Foreign Minister", "ru", "title") == "министр иностранных дел Китая"
    assert compose("Chinese Foreign Minister", "kk", "title") == "Қытай Сыртқы істер министрі"


def test_an_owner_row_needs_its_country() -> None:
    """An owner row scoped to one state leaves the same office of another state alone."""
    assert compose("President of Turkey", "ru", "title") == "Президент Турции"


# -- a country's leader named by his office ------------------------------------------------------------------------

def localized(facts: Facts, lang: str, termbase: Termbase):
    pending = PendingTranslations()
    catalog = load_catalog(default_locales_dir(), lang)
    labels = labels_for(lang, catalog, pending, required_messages(default_templates_dir(), lang))
    return localize(facts, lang, labels, termbase, KeepSourceTranslator(), pending)


@pytest.fixture(scope="module")
def shipped() -> Termbase:
    return Termbase.load(default_locales_dir() / "termbase.csv")


@pytest.mark.parametrize(("lang", "expected"), [
    ("ru", "Президент Турции"),
    ("kk", "Түркия Президенті"),
    ("mn", "Бүгд Найрамдах Турк Улсын Ерөнхийлөгч"),
])
@pytest.mark.parametrize("title", ["Turkish leader", "the Turkish leader", "leader of Turkey"])
def test_a_countrys_leader_is_named_by_the_office_the_termbase_gives(shipped: Termbase, lang: str, expected: str,
                                                                      title: str) -> None:
    person = Person("Recep Tayyip Erdogan", title, "TR")
    [row] = localized(Facts(mentioned_people=[person], event_date=dt.date(2024, 5, 1)), lang, shipped).mentioned_people
    assert row.title_in_text is not None and row.title_in_text.text == expected


def write_termbase(tmp_path: Path, office: str) -> Termbase:
    path = tmp_path / "termbase.csv"
    path.write_text(HEADER + "person,Anna Berg,Анна Берг,Анна Берг,А.Берг,,ru=confirmed; kk=confirmed; mn=confirmed,https://example.org,"
                    + office + "\n", encoding="utf-8")
    return Termbase.load(path, strict=True)


def _title_in_text_on(termbase: Termbase, person: Person, day: dt.date) -> str | None:
    [shown] = localized(Facts(mentioned_people=[person], event_date=day), "ru", termbase).mentioned_people
    return shown.title_in_text.text if shown.title_in_text is not None else None


def test_before_the_office_was_taken_the_leader_stays_a_leader(tmp_path: Path) -> None:
    termbase = write_termbase(tmp_path, "President of Turkey (since 2014-08-28)")
    person = Person("Anna Berg", "Turkish leader", "TR")
    assert _title_in_text_on(termbase, person, dt.date(2012, 1, 5)) == "лидер Турции"
    assert _title_in_text_on(termbase, person, dt.date(2015, 1, 5)) == "Президент Турции"


def test_an_office_he_has_left_names_him_only_while_he_held_it(tmp_path: Path) -> None:
    termbase = write_termbase(tmp_path, "President of Turkmenistan (2007-02-14 to 2022-03-19)")
    person = Person("Anna Berg", "Turkmen leader", "TM")
    assert _title_in_text_on(termbase, person, dt.date(2021, 5, 13)) == "Президент Туркменистана"
    assert _title_in_text_on(termbase, person, dt.date(2024, 5, 13)) == "лидер Туркменистана"


def test_without_an_office_the_leader_stays_a_leader(tmp_path: Path) -> None:
    termbase = write_termbase(tmp_path, "")
    [row] = localized(Facts(mentioned_people=[Person("Anna Berg", "Turkish leader", "TR")]), "ru",
                      termbase).mentioned_people
    assert row.title_in_text is not None and row.title_in_text.text == "лидер Турции"


def test_a_named_office_is_not_replaced(shipped: Termbase) -> None:
    [row] = localized(Facts(mentioned_people=[Person("Recep Tayyip Erdogan", "Turkish Prime Minister", "TR")],
                            event_date=dt.date(2010, 1, 1)), "ru", shipped).mentioned_people
    assert row.title_in_text is not None and row.title_in_text.text == "Премьер-министр Турции"


# -- the termbase's office column ----------------------------------------------------------------------------------

def test_a_termbase_without_the_office_column_reads_as_before(tmp_path: Path) -> None:
    path = tmp_path / "termbase.csv"
    path.write_text("type,en,ru,kk,mn,aliases,status,note\n"
                    "person,Anna Berg,Анна Берг,,,,ru=confirmed,https://example.org\n", encoding="utf-8")
    [entry] = Termbase.load(path, strict=True).entries
    assert entry.office == "" and entry.office_on(None) is None


@pytest.mark.parametrize(("office", "problem"), [
    ("President of Turkey (since 2014)", None),
    ("President of Turkey (since 14 August)", "malformed"),
])
def test_the_check_reads_the_office_column(tmp_path: Path, office: str, problem: str | None) -> None:
    path = tmp_path / "termbase.csv"
    path.write_text(HEADER + f"person,Anna Berg,Анна Берг,,,,ru=confirmed,https://example.org,{office}\n",
                    encoding="utf-8")
    problems = Termbase.load(path).check()
    assert (problems == []) if problem is None else (len(problems) == 1 and problem in problems[0])


def test_only_a_person_holds_an_office(tmp_path: Path) -> None:
    path = tmp_path / "termbase.csv"
    path.write_text(HEADER + "place,Astana,Астана,,,,ru=confirmed,CLDR 49,President of Kazakhstan\n", encoding="utf-8")
    [problem] = Termbase.load(path).check()
    assert "only a person holds one" in problem


def test_a_generic_parliament_of_a_mongolian_is_the_state_great_khural():
    from briefing.compose import compose_with_status

    assert compose_with_status("Speaker of the Parliament", "ru", "title", "MN") == \
        ("Председатель Великого Государственного Хурала", True)
    assert compose_with_status("Speaker of the Parliament", "mn", "title", "MN") == ("Улсын Их Хурлын дарга", True)
    assert compose_with_status("Speaker of the Parliament", "ru", "title", "GE")[0] == "Председатель Парламента"
    assert compose_with_status("Speaker of the Parliament", "ru", "title", "TR")[0] == \
        "Председатель Великого национального собрания"


def test_a_region_before_a_department_is_never_made_the_owner_of_the_ministry_after_it():
    from briefing.compose import compose_with_status

    # «директор Департамента Министерства иностранных дел Азии» read Asia as the ministry's; Asia is the
    # department's remit
    assert compose_with_status("Director of the Asia Department of the Ministry of Foreign Affairs", "ru", "title",
                               "UZ")[0] == "директор Департамента Азии Министерства иностранных дел"
    assert compose_with_status("Director of the Department of Asia", "ru", "title", "UZ")[0] == \
        "директор Департамента Азии"
