"""Planned events told as reported speech or as noun phrases: 'would address', 'is planning to', 'was hoping
to', 'will be paying', 'take part', 'are also scheduled', 'to be concluded', invitations in a second predicate,
two plans joined by 'following which'; and what is not a plan (a hope that others would act, unnamed events)."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_article
from briefing.models import PlannedEvent

MEETING = "Minister of Foreign Affairs of Latvia Anna Berzina met Minister of Foreign Affairs of Peru Luis Soto in Riga. "
DATED = "date 2025-03-10\n"


def _planned(sentence: str) -> list[str]:
    events: list[PlannedEvent] = extract(parse_article(DATED + MEETING + sentence)).planned_events
    return [event.text for event in events]


def test_the_reported_future_of_a_press_release_is_a_plan():
    assert _planned("The minister would also address the Latvia-Peru Business Forum.") == [
        "The minister would also address the Latvia-Peru Business Forum"]


def test_a_hope_that_others_would_act_is_not_a_plan():
    assert _planned("Soto hoped that Chile and Bolivia would sign a border treaty soon.") == []


def test_a_wish_with_would_like_is_not_a_plan():
    assert _planned("Soto said Peru would like to host more students from Latvia.") == []


def test_planning_and_hoping_to_are_plans():
    assert _planned("Berzina said that the embassy is planning to celebrate the anniversary of relations next year.") == [
        "the embassy is planning to celebrate the anniversary of relations next year"]
    assert _planned("Soto said he was hoping to meet with President Ana Rivas on Wednesday.") == [
        "he was hoping to meet with President Ana Rivas on Wednesday"]


def test_the_progressive_future_and_take_part_are_plans():
    assert _planned("A delegation of the Seimas will be paying an official visit to Peru by the end of the month.") == [
        "A delegation of the Seimas will be paying an official visit to Peru by the end of the month"]
    assert _planned("The ministers will also take part in the opening ceremony of the new embassy.") == [
        "The ministers will also take part in the opening ceremony of the new embassy"]


def test_named_events_scheduled_at_the_end_of_the_sentence():
    # two events side by side are two plans, each of its own kind, both read from the one phrase
    events = extract(parse_article(DATED + MEETING + "A business forum and the Days of Peruvian Culture are also scheduled "
                                   "for May.")).planned_events
    assert [(event.kind, event.objects, event.who, event.when) for event in events] == [
        ("forum", [], [], "2025-05"), ("festival", ["Days of Peruvian Culture"], [], "2025-05")]
    assert {event.text for event in events} == {"A business forum and the Days of Peruvian Culture are also scheduled for May"}
    assert _planned("An exhibition of Latvian painters is also scheduled.") == ["An exhibition of Latvian painters is also scheduled"]
    assert _planned("Within the framework of the visit a number of events are scheduled.") == []


def test_a_document_or_event_still_to_be_concluded_or_held():
    assert _planned("The sides finalised the text of the investment agreement to be concluded between the two "
                    "countries, and began talks on a tax treaty.") == [
        "the investment agreement to be concluded between the two countries"]
    assert _planned("They agreed to meet during the Economic Forum to be held in Cusco, Peru, in May.") != []


def test_an_invitation_in_a_second_predicate_starts_at_its_verb():
    assert _planned("Soto greeted Berzina on behalf of the President and invited Berzina to visit Peru soon.") == [
        "invited Berzina to visit Peru soon"]
    assert _planned("He noted that the last visit was successful and confirmed the invitation for the Secretary "
                    "General to visit Latvia at his convenience.") == [
        "confirmed the invitation for the Secretary General to visit Latvia at his convenience"]


def test_an_invitation_of_someone_to_visit_and_what_was_said_after_it():
    assert _planned("Berzina mentioned the invitation of the Speaker of Peru Ana Rivas to visit Latvia and "
                    "highlighted that the side hopes to see her soon.") == [
        "Berzina mentioned the invitation of the Speaker of Peru Ana Rivas to visit Latvia"]


def test_a_visit_at_the_invitation_of_someone_is_not_an_invitation_to_come():
    assert _planned("Berzina recalled the trip made at the invitation of the Speaker of Peru to visit the port.") == []


def test_two_plans_joined_by_following_which():
    assert _planned("It is also planned to hold a meeting of the council, following which a declaration on trade "
                    "will be signed.") == ["It is also planned to hold a meeting of the council",
                                           "a declaration on trade will be signed"]


def test_a_subject_with_a_relative_clause_leaves_the_plan_at_its_verb():
    events = _planned("The delegation, which comprises deputies Ivan Ozols, Maris Kalnins and Juris Liepa will take "
                      "part in the celebration of Independence Day of Peru.")
    assert events == ["will take part in the celebration of Independence Day of Peru"]


def test_an_event_named_before_a_relative_future_clause_wins():
    assert _planned("Berzina believes that President Ana Rivas will take part in the 11th Andean Summit, which will "
                    "run next year in Lima.") == ["the 11th Andean Summit, which will run next year in Lima"]


def test_two_sentences_run_together_keep_their_plans():
    events = _planned("The news came after the talks where the sides discussed the upcoming visit of the Seimas "
                      "delegation to Peru, The delegation is planning to present a letter from the Speaker.")
    assert events == ["the upcoming visit of the Seimas delegation to Peru",
                      "The delegation is planning to present a letter from the Speaker"]
