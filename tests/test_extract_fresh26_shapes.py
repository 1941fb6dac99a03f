"""Shapes first met on an unseen batch (fresh26). Short synthetic sentences."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_article


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract(parse_article("date 2025-05-05\n" + text)).quotes]


def test_the_message_of_a_press_service_is_its_owners():
    assert _speakers("LIMA, May 5 - The Speaker of Peru received a delegation of Chile, said the Peruvian Senate’s "
                     "press service in a message. “During the talks, the sides exchanged views on bilateral "
                     "relations and cooperation,” says the message.") == ["Peruvian Senate"]


def test_the_readout_is_the_press_service_that_released_it():
    assert _speakers("LIMA, May 5 - The presidents of Peru and Chile spoke by phone. Peru’s presidential press "
                     "service Palacio also released a statement on the call. “The heads of state noted the "
                     "importance of the upcoming talks in Lima,” the readout said.") == ["Palacio"]


def test_the_press_office_is_the_one_named_before():
    assert _speakers("LIMA, May 5 - According to the Chilean presidential press office, the presidents agreed to "
                     'deepen ties. "The two leaders agreed to elevate bilateral ties to a strategic partnership," the '
                     "press office stated.") == ["Chilean presidential press office"]


def _documents(text: str) -> list[tuple[str, str | None]]:
    facts = extract(parse_article("date 2025-05-05\nLIMA, May 5 - " + text))
    return [(d.title, d.status) for d in [*facts.documents_signed, *facts.documents_referenced]]


def test_a_period_in_a_title_is_no_earlier_year():
    assert _documents("The roadmap for enhancing cooperation in 2023-2025 has been signed between the ministries of "
                      "agriculture of Peru and Chile in Lima.") == [
        ("roadmap for enhancing cooperation in 2023-2025", None)]


def test_last_april_and_back_then_are_earlier_occasions():
    assert _documents("The Speaker of Chile made an official visit to Peru last April, during which a memorandum on "
                      "interparliamentary cooperation was signed.") == [
        ("memorandum on interparliamentary cooperation", "signed earlier")]
    assert _documents("The ministers met in Lima. Back then, they signed a program for cooperation between the two "
                      "foreign ministries in 2025-2026.")[0][1] == "signed earlier"


def test_kinds_of_documents_in_various_sectors_are_no_document_per_sector():
    documents = _documents("The forum resulted in 20 agreements, memorandums and trade contracts in various sectors "
                           "such as food production, construction materials, waste management and coal supply.")
    assert len(documents) <= 2


def test_a_ratified_treatys_signing_gives_neither_the_date_nor_the_place():
    facts = extract(parse_article("date 2024-02-28\nBAKU, Azerbaijan, February 28. Peru's Parliament has ratified "
                                  "the Treaty on Allied Relations with Chile, signed in Santiago on December 22, 2022, "
                                  "the agency reports."))
    assert facts.event_type == "ratification"
    assert facts.event_date != "2022-12-22"
    assert (facts.location.city, facts.location.country) == (None, "PE")


def test_regions_named_in_a_list_are_no_people():
    facts = extract(parse_article("date 2025-05-05\nLIMA, May 5 - The presidents of Peru and Chile signed road maps "
                                  "on cooperation between the Tacna Region and Arica, Tarapaca Regions."))
    assert not [p for p in [*facts.participants, *facts.mentioned_people] if "Region" in (p.name or "")]


def test_a_bill_about_ratification_is_no_ratification_yet():
    facts = extract(parse_article(
        "date 2025-05-05\nLIMA, May 5 - The Senate committee discussed the bills on defence cooperation. According to "
        "another bill about the ratification of the Agreement between the Governments of Peru and Chile, military "
        "property is transferred. The senators decided to submit these bills to the House for consideration."))
    assert [d.status for d in facts.documents_referenced] == ["signed earlier"]


def test_the_date_of_a_visit_being_prepared_is_not_the_calls():
    facts = extract(parse_article(
        "MOSCOW\nThe President of Peru and his Russian counterpart discussed by phone preparations for the visit. "
        "The Kremlin said they discussed current issues, including the preparations ahead of the Peruvian "
        "president’s Nov. 12 visit."))
    assert facts.event_date_partial != "--11-12" and facts.event_date is None


def test_a_kyrgyz_patronymic_in_lower_case_stays_with_the_name():
    facts = extract(parse_article("date 2025-05-05\nBISHKEK, May 5 - Speaker of the Jogorku Kenesh Nurlanbek "
                                  "Turgunbek uulu met the Turkish ambassador in Bishkek."))
    assert [p.name for p in facts.participants][0] == "Nurlanbek Turgunbek uulu"
