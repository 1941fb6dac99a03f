"""People as an unseen batch (fresh46) named them: one singular office shared by the ministers of two countries, a
speaker's counterpart from a country whose parliament has another name, and a title nothing renders that the
termbase's office column replaces. Short synthetic sentences."""

from __future__ import annotations

import pytest
from conftest import localized_with_shipped_catalogs

from briefing.extract import extract
from briefing.ingest import parse_article
from briefing.models import Facts, Person, SignedDocument
from briefing.termbase import Termbase


def _people(text: str) -> list[tuple[str, str | None, str | None]]:
    facts = extract(parse_article("date 2023-11-23\nLIMA, November 23. " + text))
    return [(p.name, p.title, p.country) for p in facts.participants]


def test_one_singular_office_of_two_countries_is_each_ones_own() -> None:
    assert _people("This was said at the meeting between the Minister of Foreign Affairs of Peru and Chile, Elmer "
                   "Schialer and Alberto van Klaveren.") == [
        ("Elmer Schialer", "Minister of Foreign Affairs of Peru", "PE"),
        ("Alberto van Klaveren", "Minister of Foreign Affairs of Chile", "CL")]


def test_a_speakers_counterpart_heads_his_own_countrys_parliament() -> None:
    people = _people("National Assembly speaker Kim Jin-pyo held a meeting with his Kyrgyzstan counterpart, Nurlanbek "
                     "Shakiev, in Lima.")
    assert people[1] == ("Nurlanbek Shakiev", "Parliament speaker", "KG")


@pytest.fixture(scope="module")
def termbase(shipped_termbase: Termbase) -> Termbase:
    return shipped_termbase


def _person_row(person: Person, lang: str, termbase: Termbase):
    [row] = localized_with_shipped_catalogs(Facts(participants=[person]), lang, termbase).participants
    return row


@pytest.mark.parametrize(("lang", "title"), [
    ("ru", "Председатель Мажилиса Парламента Республики Казахстан"),
    ("kk", "Қазақстан Республикасы Парламенті Мәжілісінің Төрағасы"),
])
def test_a_title_nothing_renders_gives_way_to_the_termbase_office(termbase: Termbase, lang: str, title: str) -> None:
    row = _person_row(Person("Yerlan Koshanov", "Kazakhstan's assembly speaker", "KZ"), lang, termbase)
    assert row.title.text == title


def test_the_parliament_of_kyrgyzstan_is_the_jogorku_kenesh(termbase: Termbase) -> None:
    row = _person_row(Person("Nurlanbek Shakiev", "Parliament speaker", "KG"), "ru", termbase)
    assert row.title.text == "Председатель Жогорку Кенеша"


def test_a_turkmen_patronymic_does_not_hide_the_termbase_row(termbase: Termbase) -> None:
    assert termbase.find("Gurbanguly Mälikgulyýewiç Berdimuhamedow", "person").en == "Gurbanguly Berdimuhamedow"


@pytest.mark.parametrize(("lang", "title"), [
    ("kk", "Түрікменстан Халк Маслахатының Төрағасы"), ("mn", "Туркменистаны Халк Маслахатын дарга")])
def test_turkmenistans_peoples_council_is_the_halk_maslahaty(lang: str, title: str) -> None:
    from briefing.compose import compose

    assert compose("Chairman of the People's Council of Turkmenistan", lang, "title", "TM") == title


@pytest.mark.parametrize(("english", "ru"), [
    ("Senate of Uzbekistan's Parliament", "Сенат Олий Мажлиса Узбекистана"),  # Uzbekistan's parliament (review 46)
    ("National Museum of Tajikistan", "Национальный музей Таджикистана"),
])
def test_institutions_the_readers_of_review_46_named(english: str, ru: str) -> None:
    from briefing.compose import compose

    assert compose(english, "ru", "institution") == ru


def test_a_body_the_termbase_knows_behind_a_countrys_possessive(termbase: Termbase) -> None:
    facts = Facts(documents_signed=[SignedDocument("memorandum", "cooperation memorandum",
                                                   ["JSC Khabar Agency", "China’s CMG"])])
    [document] = localized_with_shipped_catalogs(facts, "ru", termbase).documents_signed
    assert [str(party) for party in document.parties] == ["агентство «Хабар»", "Медиакорпорация Китая"]


def _roles(text: str) -> tuple[list[str], list[str]]:
    facts = extract(parse_article("date 2025-07-17\nLIMA, July 17. " + text))
    return [p.name for p in facts.participants], [p.name for p in facts.mentioned_people]


def test_who_reported_a_coming_visit_is_its_source_not_a_participant() -> None:
    participants, mentioned = _roles("President of Chile Gabriel Boric will arrive in Peru on July 20 for a state visit. "
                                     "Carlos Pareja, head of the Foreign Policy Department of the Presidential Office, "
                                     "reported.")
    assert participants == ["Gabriel Boric"] and mentioned == ["Carlos Pareja"]


def test_the_president_whose_state_visit_brought_a_guest_is_no_party_to_the_guests_meeting() -> None:
    participants, mentioned = _roles("Speaker of the Senate of Peru Eduardo Salhuana met with Vice President of the "
                                     "Senate of Chile Manuel Ossandon. Mr Ossandon was in Lima for the state visit of "
                                     "President Gabriel Boric on July 16-17.")
    assert "Gabriel Boric" not in participants and "Gabriel Boric" in mentioned


def test_the_two_countries_senates_are_each_countrys_senate() -> None:
    facts = extract(parse_article("date 2025-07-17\nLIMA, July 17. Speaker of the Senate of Peru Eduardo Salhuana met "
                                  "with Vice President of the Senate of Chile Manuel Ossandon. During the meeting, a "
                                  "Memorandum of Cooperation was signed between the two countries’ senates."))
    assert [d.parties for d in facts.documents_signed] == [["Senate of Peru", "Senate of Chile"]]


def test_a_ministrys_training_centre_composes_with_its_ministry() -> None:
    from briefing.compose import compose

    assert compose("Center for Advanced Training and Retraining of Diplomatic Service Employees of the Ministry of "
                   "Foreign Affairs of the Republic of Tajikistan", "ru", "institution") == (
        "Центр повышения квалификации и переподготовки работников дипломатической службы Министерства иностранных дел "
        "Республики Таджикистан")


def test_a_memorandum_between_the_foreign_ministries_is_each_sides_ministry() -> None:
    facts = extract(parse_article("date 2025-07-24\nLIMA, July 24. President of Peru Dina Boluarte and President of "
                                  "Chile Gabriel Boric held talks. A memorandum of cooperation between the foreign "
                                  "ministries was signed."))
    assert [d.parties for d in facts.documents_signed] == [
        ["Ministry of Foreign Affairs of Peru", "Ministry of Foreign Affairs of Chile"]]


def test_tajikistans_ministry_written_as_of_high_technologies_is_of_new_technologies() -> None:
    from briefing.compose import compose

    assert compose("Ministry of Industry and High Technologies of Tajikistan", "ru", "institution") == \
        "Министерство промышленности и новых технологий Республики Таджикистан"
    assert compose("Ministry of Industry and High Technologies of Kazakhstan", "ru", "institution") is None


def test_the_peoples_council_keeps_its_people_and_a_city_behind_a_possessive_is_the_city(termbase: Termbase) -> None:
    facts = extract(parse_article("date 2024-08-28\nLIMA, Aug. 28. The President of Peru met Chairman of the People’s "
                                  "Council of Turkmenistan Gurbanguly Berdimuhamedow in Lima."))
    assert facts.participants[-1].organization == "People’s Council of Turkmenistan"
    document = SignedDocument("agreement", "agreement on establishing twin-city relations", ["Kazakhstan’s Shymkent",
                                                                                            "China’s Xi’an"])
    [row] = localized_with_shipped_catalogs(Facts(documents_signed=[document]), "ru", termbase).documents_signed
    assert [str(party) for party in row.parties] == ["Шымкент", "Сиань"]
