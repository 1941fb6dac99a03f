"""An invitation to visit is neither the event nor makes the invited person a participant. Short synthetic
sentences."""

from __future__ import annotations

import pytest
from conftest import briefing_text

from briefing.extract import extract
from briefing.ingest import parse_article

_INVITATION = """Mirov invites Prime Minister of Peru to visit Chile

The President Ivan Mirov invited the Prime Minister of Peru Ana Lopez to pay a state visit to Chile at any time \
convenient for her. He said this today at a meeting with the Minister of Foreign Affairs of Peru Jose Diaz.
"""


def test_the_invited_person_is_mentioned_not_a_participant():
    facts = extract(parse_article(_INVITATION))
    assert [p.name for p in facts.participants] == ["Ivan Mirov", "Jose Diaz"]
    assert [p.name for p in facts.mentioned_people] == ["Ana Lopez"]


def test_an_invitation_to_visit_is_not_the_event():
    assert extract(parse_article(_INVITATION)).event_type == "meeting"


def test_a_counterpart_met_and_invited_stays_a_participant():
    facts = extract(parse_article("The President of Chile Ivan Mirov met the President of Peru Ana Lopez in Oslo. "
                                  "Mirov invited Ana Lopez to pay a state visit to Chile."))
    assert {p.name for p in facts.participants} == {"Ivan Mirov", "Ana Lopez"}


def test_a_state_visit_with_an_invitation_is_still_a_visit():
    facts = extract(parse_article("The President of Chile Ivan Mirov paid a state visit to Peru, where he invited "
                                  "the President of Peru Ana Lopez to visit Chile next year."))
    assert facts.event_type == "visit"


def test_the_invitation_is_a_planned_visit_marked_invited():
    (plan,) = extract(parse_article(_INVITATION)).planned_events
    assert (plan.kind, plan.invited, plan.who, plan.host, plan.country) == (
        "visit", True, ["Ana Lopez"], "Ivan Mirov", "CL")


def test_an_agreed_visit_is_not_an_invitation():
    (plan,) = extract(parse_article("The President of Chile Ivan Mirov met the President of Peru Ana Lopez in Oslo. "
                                    "Ana Lopez will pay a state visit to Chile in May.")).planned_events
    assert (plan.kind, plan.invited) == ("visit", False)


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "invited Ana Lopez (Prime Minister) to visit Chile."),
    ("ru", "пригласил Премьер-министра Перу Ану Лопес посетить Чили."),
    ("kk", "Перу Премьер-министрі Ана Лопесті Чилиге сапармен келуге шақырды."),
    ("mn", "Перу Улсын Ерөнхий сайд А.Лопесыг Чилид айлчлал хийхийг урив."),
])
def test_an_invitation_is_written_as_one_not_as_a_visit_to_come(tmp_path, lang: str, sentence: str) -> None:
    text = briefing_text(tmp_path, "date 2025-05-05\n" + _INVITATION, lang).replace("‡", "")
    assert sentence in text
    assert "will pay a visit" not in text and "Запланирован визит" not in text


def test_a_parade_someone_is_scheduled_to_attend_is_planned(tmp_path) -> None:
    text = ("date 2025-05-06\nASTANA, May 6. The President of Chile Ivan Mirov held talks with the President of Peru "
            "Ana Lopez. On May 7, the President of Peru is scheduled to attend a military parade in Astana.\n")
    (plan,) = extract(parse_article(text)).planned_events
    assert (plan.kind, plan.place, plan.when) == ("other", "Astana", "2025-05-07")
    assert "Запланировано мероприятие с участием Президента Перу Аны Лопес в Астане 7 мая 2025 года." in \
        briefing_text(tmp_path, text, "ru").replace("‡", "").replace("\xa0", " ")


def test_a_headline_that_has_a_president_to_arrive_in_a_country_is_a_visit():
    facts = extract(parse_article("President Ana Lopez of Peru to arrive in Chile May 24\n\nPresident Ana Lopez of Peru "
                                  "is to arrive in Chile on May 24, the ministry said."))
    assert facts.event_type == "visit"


def test_a_deal_that_will_last_was_signed_now():
    # fresh31: "signed a cooperation deal on Aug. 5 that will last through the end of 2021" read as no signing
    facts = extract(parse_article("Chilean, Peruvian foreign ministries ink cooperation deal\n\nChilean and Peruvian top "
                                  "diplomats signed a cooperation deal on Aug. 5 that will last through the end of 2021."))
    assert (facts.event_type, facts.event_status) == ("signing", None)


def test_an_abbreviated_month_after_a_title_is_no_part_of_it():
    facts = extract(parse_article("Chilean and Peruvian top diplomats signed a cooperation deal on Aug. 5 in Lima."))
    assert [d.title for d in facts.documents_signed] == ["cooperation deal"]


def test_a_lead_that_is_also_to_host_a_forum_looks_ahead_like_the_headline():
    # fresh31: "Astana is also to host a business forum" under a headline on a visit to come read as a forum held
    facts = extract(parse_article("President Ana Lopez of Peru to arrive in Chile May 24\n\nSantiago, Chile’s capital "
                                  "city, is also to host a Chilean-Peruvian business forum.\n\nPresident Ana Lopez of "
                                  "Peru is to arrive in Chile on May 24, the ministry said."))
    assert (facts.event_type, facts.event_status) == ("visit", "planned")
