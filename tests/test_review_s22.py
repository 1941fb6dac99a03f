"""Names and titles the session-22 batch of unseen articles left in English, written natively."""

from __future__ import annotations

import pytest

from briefing.compose import compose


@pytest.mark.parametrize(("lang", "expected"), [
    ("ru", "исполняющий обязанности директора по международному сотрудничеству"),
    ("kk", "Халықаралық ынтымақтастық жөніндегі директордың міндетін атқарушы"),
    ("mn", "Олон улсын хамтын ажиллагаа хариуцсан захирлын үүргийг түр орлон гүйцэтгэгч"),
])
def test_a_director_in_charge_of_a_field_takes_it_as_a_remit(lang: str, expected: str) -> None:
    assert compose("acting director in charge of international cooperation", lang, "title") == expected


def test_a_remit_other_offices_take_in_the_genitive_stays_so_in_mongolian() -> None:
    assert compose("Special Representative for Central Asia", "mn", "title") == "Төв Азийн асуудал эрхэлсэн тусгай төлөөлөгч"


@pytest.mark.parametrize(("lang", "expected"), [
    ("ru", "протокол о делимитации и демаркации государственной границы"),
    ("kk", "мемлекеттік шекараның делимитациясы мен демаркациясы туралы хаттама"),
])
def test_a_border_protocol_is_named_as_treaty_titles_name_it(lang: str, expected: str) -> None:
    assert compose("protocol on the delimitation and demarcation of the state border", lang, "document") == expected
