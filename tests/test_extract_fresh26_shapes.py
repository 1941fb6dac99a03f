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
