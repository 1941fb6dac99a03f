"""An envoy's title names the country he is sent to; that country is never taken for his own."""

from __future__ import annotations

from briefing.extract.people import _country_from_title


def test_the_host_country_of_an_envoy_is_not_his_own() -> None:
    assert _country_from_title("Ambassador to China") is None
    assert _country_from_title("Peruvian Ambassador to China") == "PE"
    assert _country_from_title("Ambassador of Peru in Chile") == "PE"
