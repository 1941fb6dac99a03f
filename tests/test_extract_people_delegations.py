"""Delegation members named in a list, things that look like names, names glued to offices or
institutions, and quote speakers named by office, pronoun or acronym (issue 9, items 3 and 4)."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_article


def _facts(text: str):
    return extract(parse_article("RIGA, March 3 (Kazinform) - " + text))


def _names(persons) -> set[str]:
    return {p.name for p in persons}


def _everyone(facts) -> set[str]:
    return _names(facts.participants) | _names(facts.mentioned_people)


def _speakers(facts) -> dict[str, str | None]:
    return {q.text.split()[0]: q.speaker for q in facts.quotes}


# -- delegation members --------------------------------------------------------------------


def test_members_of_a_planned_delegation_are_participants():
    facts = _facts("Speaker of the Seimas Jonas Vaitkus will pay an official visit to Norway next week. "
                   "The delegation will consist of Deputy Speaker Andris Kalnins, the MPs Peteris Ozols and "
                   "Ilze Berzina, and other officials.")
    assert {"Andris Kalnins", "Peteris Ozols", "Ilze Berzina"} <= _names(facts.participants)
    assert not {"Andris Kalnins", "Peteris Ozols", "Ilze Berzina"} & _names(facts.mentioned_people)


def test_people_accompanying_the_visitor_are_participants():
    facts = _facts("Speaker of the Seimas Jonas Vaitkus will pay an official visit to Norway. During the trip, "
                   "Vaitkus will be accompanied by deputies: Andris Kalnins, Peteris Ozols and Ilze Berzina.")
    assert {"Andris Kalnins", "Peteris Ozols", "Ilze Berzina"} <= _names(facts.participants)


def test_a_delegation_of_an_earlier_visit_stays_outside_the_event():
    facts = _facts("Speaker of the Seimas Jonas Vaitkus met with Norwegian Speaker Ola Hansen. It should be noted "
                   "that in 2019 a delegation which included Minister Karlis Liepa visited Oslo.")
    assert "Karlis Liepa" not in _names(facts.participants)


# -- things that are not people ------------------------------------------------------------


def test_a_monastery_a_medal_an_agreement_and_a_company_are_not_people():
    facts = _facts("Prime Minister Ola Hansen met with Minister Karlis Liepa. They visited Gandan Monastery and "
                   "signed two Grant Agreements. Hansen was awarded the Silver Medal. Liepa also met the heads "
                   "of Nordic Heavy Industries.")
    found = _everyone(facts)
    assert not {"Gandan Monastery", "Grant Agreements", "Silver Medal", "Nordic Heavy Industries"} & found
    assert {"Ola Hansen", "Karlis Liepa"} <= _names(facts.participants)


def test_a_country_written_with_an_initial_is_not_a_person():
    facts = _facts("Vice Chairman of the Seimas R.Ozols met with Korean deputies. R.Ozols said the year should "
                   "bring Latvia and S.Korea closer.")
    assert "S.Korea" not in _everyone(facts)


def test_a_word_after_an_institution_possessive_ends_the_office():
    facts = _facts("Speaker Jonas Vaitkus met Norwegian MPs together with Chief of the Parliament’s Staff "
                   "Ilze Berzina.")
    assert "Ilze Berzina" in _everyone(facts)
    assert not any(name.startswith("Staff") for name in _everyone(facts))


def test_a_person_named_with_an_initial_and_later_by_surname_is_kept():
    facts = _facts("On May 3, the Vice Chairman of the Seimas R.Ozols met with Korean deputies. "
                   "Mr Ozols believes that ties will grow.")
    assert any("Ozols" in name for name in _names(facts.participants))
    assert not any("Ozols" in org for org in facts.organizations)


# -- organisations ---------------------------------------------------------------------------


def test_signatories_of_an_earlier_document_are_not_organisations():
    facts = _facts("Foreign Minister Karlis Liepa held talks with Norwegian Foreign Minister Ola Hansen in Oslo. "
                   "In June, Liepa and Hansen signed a programme of cooperation between the ministries.")
    assert not {"Liepa", "Hansen"} & set(facts.organizations)


def test_a_secretary_general_is_an_office_not_part_of_the_institution():
    facts = _facts("Secretary General of the Seimas Office Ilze Berzina welcomed the Ambassador of Norway "
                   "Ola Hansen.")
    assert "Seimas Office" in facts.organizations
    assert not any(org.startswith("Secretary") for org in facts.organizations)


def test_a_possessive_inside_an_institution_name_goes_on():
    facts = _facts("Speaker Jonas Vaitkus met the Chairman of the Standing Committee of the National People's "
                   "Congress Li Wei in Riga.")
    assert any("National People's Congress" in org for org in facts.organizations)


def test_a_joint_working_group_is_an_organisation():
    facts = _facts("The 5th meeting of the Latvia-Norway Joint Working Group was held today in Riga.")
    assert "Latvia-Norway Joint Working Group" in facts.organizations


# -- quote speakers --------------------------------------------------------------------------


def test_he_is_the_subject_of_the_sentence_before_not_the_last_name():
    facts = _facts("Norwegian Foreign Minister Ola Hansen held talks with Latvian Foreign Minister Karlis Liepa "
                   "in Riga. The top Norwegian diplomat noted that he had spoken with Karlis Liepa about trade. "
                   "\"We will surely continue this work in many areas,\" he pointed out.")
    assert _speakers(facts)["We"] == "Ola Hansen"


def test_the_head_of_a_countrys_diplomacy_is_its_foreign_minister():
    facts = _facts("Norwegian Foreign Minister Ola Hansen held talks with Latvian Foreign Minister Karlis Liepa "
                   "in Riga. \"Our countries share many interests in the region,\" the head of the Latvian "
                   "diplomacy said.")
    assert _speakers(facts)["Our"] == "Karlis Liepa"


def test_reported_speech_running_into_a_quote_is_the_same_speakers():
    facts = _facts("On May 3, Speaker Jonas Vaitkus met with Norwegian deputies. Jonas Vaitkus underlined that "
                   "the two countries have strong ties, \"this year should open new chapters of our relations\".")
    assert _speakers(facts)["this"] == "Jonas Vaitkus"


def test_an_institution_quoted_by_its_acronym():
    facts = _facts("Prime Minister Ola Hansen held talks with Prime Minister Karlis Liepa, the Ministry of "
                   "External Affairs stated. In a post on X, MEA said, \"The leaders agreed to deepen trade and "
                   "energy ties.\"")
    assert _speakers(facts)["The"] == "Ministry of External Affairs"


def test_a_holiday_is_not_a_person() -> None:
    facts = extract(parse_article(
        "date 2025-03-10\nRIGA, March 10. President of Latvia Anna Berzina met President of Peru Luis Soto in Riga.\n\n"
        "Speaking to reporters at the airport, Luis Soto congratulated Latvia on its 35th Restoration Day.\n"))
    names = [p.name for p in [*facts.participants, *facts.mentioned_people]]
    assert names == ["Anna Berzina", "Luis Soto"], names


def test_a_name_that_ends_an_institution_is_the_institution() -> None:
    facts = extract(parse_article(
        "date 2025-03-10\nRIGA, March 10. President of Latvia Anna Berzina met President of Peru Luis Soto in Riga.\n\n"
        "A memorandum on cooperation was signed between the National News Agency Lauku Vestis and Radio Andina.\n"))
    names = [p.name for p in [*facts.participants, *facts.mentioned_people]]
    assert "Lauku Vestis" not in names, names
    assert {"Anna Berzina", "Luis Soto"} <= set(names)
