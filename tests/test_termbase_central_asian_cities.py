"""Cities of Central Asia and Mongolia named natively: the termbase form, not a transliteration of the English.

Synthetic datelines and visits; the city reaches the briefing's place line in ru, kk and mn from its termbase row,
marked for review while its form is unconfirmed, and plain where a source confirmed it (Khovd: CLDR)."""

from __future__ import annotations

import pytest
from test_localize import localized

from briefing.extract import extract
from briefing.ingest import parse_article
from briefing.resources import default_locales_dir
from briefing.termbase import Termbase

LANGS = ("ru", "kk", "mn")

CITIES = [
    # article text, English city, ru, kk, mn
    ("ANDIJAN, 3 March. The Minister of Foreign Affairs of Kazakhstan met the Hokim of Andijan Region in Andijan.",
     "Andijan", "Андижан", "Әндіжан", "Андижан"),
    ("The Speaker of the Mazhilis arrived in Bukhara on a working visit to Uzbekistan on 12 May 2024.",
     "Bukhara", "Бухара", "Бұхара", "Бухара"),
    ("OSH, 5 June. The Prime Minister of Kyrgyzstan met the Ambassador of Mongolia in Osh.",
     "Osh", "Ош", "Ош", "Ош"),
    ("The Minister of Energy of Tajikistan met his Kazakh counterpart in Khujand on 2 July 2024.",
     "Khujand", "Худжанд", "Хұжанд", "Хужанд"),  # kk, mn: the readers of review 44
    ("KHOVD, 9 August. The Governor of Khovd Aimag received a delegation of the East Kazakhstan Region in Khovd.",
     "Khovd", "Ховд", "Ховд", "Ховд"),
]


@pytest.fixture(scope="module")
def termbase() -> Termbase:
    return Termbase.load(default_locales_dir() / "termbase.csv")


def _cases() -> list[object]:
    return [pytest.param(text, city, lang, form, id=f"{lang}-{city}")
            for text, city, *forms in CITIES for lang, form in zip(LANGS, forms, strict=True)]


@pytest.mark.parametrize(("text", "city", "lang", "expected"), _cases())
def test_a_city_of_the_region_is_named_by_its_termbase_form(termbase: Termbase, text: str, city: str, lang: str,
                                                           expected: str) -> None:
    facts = extract(parse_article(text), termbase)
    assert facts.location.city == city
    place = localized(facts, lang, termbase).place
    assert place is not None
    assert place.parts[0].text == expected
    assert place.parts[0].source == "termbase"


def test_a_form_confirmed_by_cldr_is_not_marked_and_an_unconfirmed_one_is(termbase: Termbase) -> None:
    khovd = termbase.find("Khovd", "place")
    osh = termbase.find("Osh", "place")
    assert khovd is not None and not any(khovd.needs_review(lang) for lang in LANGS)
    assert osh is not None and all(osh.needs_review(lang) for lang in LANGS)


@pytest.mark.parametrize(("spelling", "city"), [("Andizhan", "Andijan"), ("Qarshi", "Karshi"), ("Ferghana", "Fergana"),
                                                ("Kulyab", "Kulob"), ("Türkmenabat", "Turkmenabat"),
                                                ("Zamiin-Uud", "Zamyn-Üüd"), ("Hovd", "Khovd")])
def test_common_spellings_find_the_same_city(termbase: Termbase, spelling: str, city: str) -> None:
    entry = termbase.find(spelling, "place")
    assert entry is not None and entry.en == city


def test_the_city_is_not_the_aimag_and_jalalabad_in_afghanistan_is_not_jalal_abad(termbase: Termbase) -> None:
    assert termbase.find("Khovd Aimag", "place").en == "Khovd Aimag"  # type: ignore[union-attr]
    assert termbase.find("Jalalabad", "place") is None
