"""Flow ends are named in words, never placed at an invented point."""

from __future__ import annotations

from explorer.core.flows.labels import origin_name, people_noun

NAMES = {"BRA": "Brazil", "FRA": "France"}


def test_origin_names():
    assert origin_name("BRA", "FRA", NAMES) == "Brazil"
    assert origin_name("FRA", "FRA", NAMES) == "Own nationals (domestic)"
    assert origin_name("DOMESTIC", "FRA", NAMES) == "Own nationals (domestic)"
    assert origin_name("UNKNOWN", "FRA", NAMES) == "Unknown origin"
    assert origin_name("REGION:Africa", "FRA", NAMES) == "Africa (region, country not specified)"
    assert origin_name("XYZ", "FRA", NAMES) == "XYZ"


def test_people_noun_keeps_the_crimes_apart():
    assert people_noun("Detected trafficking victims") == "victims"
    assert people_noun("Smuggled migrants detected") == "smuggled migrants"
    assert people_noun("Persons convicted") == "persons convicted"


def test_count_phrase():
    from explorer.core.flows.labels import count_phrase

    assert count_phrase("Detected trafficking victims", "312") == "312 detected victims"
    assert count_phrase("Smuggled migrants detected", "<5") == "<5 smuggled migrants detected"
    assert count_phrase("Persons convicted", "7") == "7 persons convicted"


def test_ctdc_cases_are_identified_victims_not_detected():
    from explorer.core.flows.labels import count_phrase

    assert count_phrase("Victims identified (CTDC case data)", "12") == "12 identified victims"
    assert count_phrase("Detected trafficking victims", "12") == "12 detected victims"
