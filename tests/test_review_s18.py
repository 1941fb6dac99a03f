"""Classes a reader found in the briefings of session 18: a committee whose field is told after its parent body,
a Central Asian name written surname first, another country's chamber of the same name, and a signing reported
while the guest's visit goes on. Short synthetic sentences."""

from __future__ import annotations

from briefing.compose import compose
from briefing.extract import extract
from briefing.ingest import parse_article
from briefing.names import transliterate_name


def test_a_committee_whose_field_follows_its_parent_body_is_composed_as_the_committee_on_that_field() -> None:
    title = "member of the Committee of the Majilis of the Parliament of Kazakhstan on International Affairs, Defense and Security"
    assert compose(title, "ru", "title") == ("член Комитета по международным делам, обороне и безопасности Мажилиса "
                                             "Парламента Республики Казахстан")


def test_a_central_asian_name_written_surname_first_is_written_given_name_first() -> None:
    assert transliterate_name("Izmukhambetov Baktykozha", "ru").text == "Бактыкожа Измухамбетов"
    assert transliterate_name("Karin Yerlan", "ru").text == "Карин Ерлан"  # no surname ending: left as written
    assert transliterate_name("Galina Kim", "ru").text == "Галина Ким"


def test_the_speaker_of_another_countrys_chamber_of_the_same_name_keeps_his_own_body() -> None:
    facts = extract(parse_article(
        "NUR-SULTAN. KAZINFORM – Majilis Speaker of the Republic of Kazakhstan Yerlan Koshanov and Speaker of the "
        "Legislative Chamber of Oliy Majilis of Uzbekistan Nuriddin Ismailov, who is on an official visit to our "
        "country, have signed an agreement on the creation of the Council of inter-parliamentary cooperation."))
    organizations = {person.name: person.organization for person in facts.participants}
    assert organizations["Nuriddin Ismailov"] == "Legislative Chamber of Oliy Majilis of Uzbekistan"
    assert (facts.event_type, facts.event_status) == ("signing", None)
