"""Country-name resolution on real GLOTIP labels, near-namesakes and the documented rules."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from explorer.core.data.schema import DOMESTIC, REGION_PREFIX, UNKNOWN
from explorer.core.names.fuzzy import FUZZY_THRESHOLD
from explorer.core.names.lookup_tables import lookup_tables
from explorer.core.names.resolution import Resolution
from explorer.core.names.resolver import Resolver, resolve
from tests.shared_data import GLOTIP_DIR, GLOTIP_WORKBOOK, workbook_cells

CASES = Path(__file__).with_name("names_cases.csv")
GLOTIP = GLOTIP_DIR
WORKBOOK = GLOTIP_WORKBOOK


def _cases() -> list[tuple[str, str, str]]:
    with CASES.open(encoding="utf-8", newline="") as handle:
        return [
            (row["label"], row["detected_in"], row["expected"]) for row in csv.DictReader(handle)
        ]


def test_case_table_is_large_enough() -> None:
    assert len(_cases()) >= 150 + 60


@pytest.mark.parametrize(("label", "detected_in", "expected"), _cases())
def test_case_table(label: str, detected_in: str, expected: str) -> None:
    resolution = resolve(label, detected_in or None)
    assert (resolution.result or "") == expected, resolution
    assert resolution.label == label
    assert resolution.resolved == bool(expected)
    if not expected:
        assert resolution.method == "unresolved"


def test_every_iso3_result_is_iso_or_in_the_bundled_table() -> None:
    import pycountry

    from explorer.core.geo.countries import load_countries

    known = set(load_countries()["iso3"]) | {country.alpha_3 for country in pycountry.countries}
    for result, _ in lookup_tables().names.values():
        if result and result not in (DOMESTIC, UNKNOWN) and not result.startswith(REGION_PREFIX):
            assert result in known, result


def test_codes() -> None:
    for label in ("NG", "NGA", "566"):
        assert resolve(label) == Resolution(label, "NGA", "code")
    assert resolve("XKX").result == "XKX"
    assert resolve("0").result is None
    assert resolve("1234").result is None
    assert resolve("  ").result == UNKNOWN  # a blank citizenship cell


def test_mojibake_is_repaired() -> None:
    assert resolve("TÃ¼rkiye").result == "TUR"
    assert resolve("C\u00c3\u00b4te d'Ivoire").result == "CIV"
    assert resolve("Espa\ufffda").result == "ESP"
    assert resolve("Ciudadanos de su pa\ufffds").result == DOMESTIC


def test_domestic_stands_for_the_detecting_country() -> None:
    assert resolve("Nationals", detected_in="deu").stands_for == "DEU"
    assert resolve("Nationals").stands_for is None
    assert resolve("Albania", detected_in="DEU").stands_for is None


def test_user_aliases_win() -> None:
    resolver = Resolver({"Erithera": "ERI", "Nationality": DOMESTIC, "Niger": "NGA"})
    assert resolver.resolve("ERITHERA") == Resolution("ERITHERA", "ERI", "user")
    assert resolver.resolve("Nationality", "ITA").stands_for == "ITA"
    assert resolver.resolve("Niger").result == "NGA"
    assert resolve("Erithera").result is None  # the default resolver is untouched
    assert resolve("Niger").result == "NER"


def test_fuzzy_reports_its_score_and_refuses_short_or_numbered_labels() -> None:
    abania = resolve("Abania")
    assert (abania.result, abania.method) == ("ALB", "fuzzy")
    assert abania.score is not None and FUZZY_THRESHOLD <= abania.score <= 100
    assert resolve("Phillipines").result == "PHL"
    assert resolve("Nigr").result is None  # too short
    assert resolve("Iraan").method in ("fuzzy", "unresolved")
    assert resolve("2 maliens").result is None
    assert resolve("97 albanian").result is None
    assert resolve("Dominicann").result is None  # nearest key names two countries


def test_deterministic() -> None:
    labels = [row[0] for row in _cases()]
    first = [resolve(label) for label in labels]
    fresh = Resolver()
    assert [fresh.resolve(label) for label in labels] == first


@pytest.mark.skipif(not WORKBOOK.exists(), reason="shared GLOTIP workbook absent")
def test_coverage_on_the_real_workbook() -> None:
    frame = workbook_cells()  # read once per run, shared: filtered here, never changed
    rows = frame[
        (frame["Indicator"] == "Detected trafficking victims")
        & (frame["Dimension"] == "by citizenship")
    ]
    values = rows["txtVALUE"].str.replace(",", "").str.strip().replace("<5", "1").astype(float)
    victims = values.groupby(rows["Category"]).sum()  # a blank Category reads ""
    unresolved = {label: count for label, count in victims.items() if not resolve(label).resolved}
    share = 1 - sum(unresolved.values()) / victims.sum()
    listing = sorted(unresolved.items(), key=lambda item: -item[1])
    assert share >= 0.97, f"resolved {share:.2%}; unresolved: {listing}"
