"""A bare "Minister" whose organisation is a ministry is that ministry's minister in every language («министр труда
и социальной защиты населения», not «министр Республики Казахстан»): the ministry's name completes the office.
The facts are written by hand; the briefing's title is read as the reader reads it."""

from __future__ import annotations

import pytest

from briefing.catalogs import load_catalog
from briefing.localize import PendingTranslations, labels_for, localize
from briefing.models import Facts, Person
from briefing.pipeline import required_messages
from briefing.resources import default_locales_dir, default_templates_dir
from briefing.termbase import Termbase
from briefing.translate import KeepSourceTranslator


@pytest.fixture(scope="module")
def termbase() -> Termbase:
    return Termbase.load(default_locales_dir() / "termbase.csv")


def _title(termbase: Termbase, lang: str, person: Person) -> str | None:
    pending = PendingTranslations()
    labels = labels_for(lang, load_catalog(default_locales_dir(), lang), pending,
                        required_messages(default_templates_dir(), lang))
    local = localize(Facts(participants=[person]), lang, labels, termbase, KeepSourceTranslator(), pending)
    title = local.participants[0].title
    return title.text if title else None


@pytest.mark.parametrize(("lang", "office"), [
    ("ru", "министр труда и социальной защиты населения"),
    ("kk", "Еңбек және халықты әлеуметтік қорғау министрі"),
    ("mn", "Хөдөлмөр, хүн амыг нийгмийн хамгааллын сайд"),
])
def test_a_bare_minister_of_a_ministry_is_its_minister(termbase: Termbase, lang: str, office: str) -> None:
    minister = Person(name="Ivan Petrov", title="Minister", country="KZ",
                      organization="Ministry of Labour and Social Protection of Kazakhstan")
    assert office in (_title(termbase, lang, minister) or "")


def test_an_office_that_is_not_a_bare_minister_stays(termbase: Termbase) -> None:
    adviser = Person(name="Ivan Petrov", title="Adviser", country="KZ",
                     organization="Ministry of Labour and Social Protection of Kazakhstan")
    assert "министр" not in (_title(termbase, "ru", adviser) or "")


def test_unseen_offices_and_framed_fields_of_fresh45_read_natively() -> None:
    from briefing import vocabulary
    from briefing.compose import compose

    assert compose("US President-elect", "ru", "title") == "избранный президент США"
    assert compose("Chairman of the Agency of Sea and River Routes of Turkmenistan", "ru", "title") == \
        "председатель Агентства морских и речных путей Туркменистана"
    assert [getattr(vocabulary.match_area(area), "key", None) for area in
            ("international connectivity", "regional interconnectivity", "business-to-business")] == \
        ["connectivity", "connectivity", "business"]


def test_review_44_round_two_names_compose() -> None:
    from briefing.compose import compose

    assert compose("grant agreement", "mn", "document") == "буцалтгүй тусламжийн хэлэлцээр"
    assert compose("Agency for Transport and Communications under the Cabinet of Ministers of Turkmenistan", "ru",
                   "institution") == "Агентство транспорта и коммуникаций при Кабинете Министров Туркменистана"
