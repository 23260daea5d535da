"""The benchmark table as a reader sees it: its columns, "not measured" peers, growth verdicts.

Why here: ``make bench`` is run rarely and by hand; a broken row format or a
wrong verdict would only show in the README's table. These tests need no Qt
and time nothing.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import bench_growth
import peers
from common import NOT_MEASURED, Row, markdown_table, not_measured, summarise

FIELDS = ["figure", "median", "min", "max", "target", "peer", "peer median", "ratio", "pass"]


def test_a_json_row_has_the_issues_fields_and_its_unit():
    row = summarise(
        "year change (ms)", [5.0, 6.0, 7.0], target=16, baseline="QGIS", baseline_samples=[70.0]
    )
    data = json.loads(json.dumps(row.as_json()))
    assert list(data) == [*FIELDS, "unit"]
    assert data["median"] == 6.0 and data["peer median"] == 70.0
    assert data["ratio"] == pytest.approx(6 / 70, abs=1e-4)
    assert data["pass"] is True and data["unit"] == "ms"


def test_a_peer_that_did_not_run_reads_not_measured_in_the_table_and_the_json():
    row = summarise("launch (s)", [1.0], target=1.2, baseline="QGIS (not installed)")
    table = markdown_table([row, not_measured("peer: QGIS launch (s)")])
    header, _rule, ours, peer = table.splitlines()
    assert header.split(" | ")[5:7] == ["peer", "peer median"]
    assert f"| QGIS (not installed) | {NOT_MEASURED} |" in ours
    assert ours.endswith("| yes |")  # the target is still judged
    assert peer.startswith(f"| peer: QGIS launch (s) | {NOT_MEASURED} |")
    assert row.as_json()["peer median"] == NOT_MEASURED
    assert not_measured("x (MB)").as_json()["median"] == NOT_MEASURED


def test_a_figure_over_its_target_fails_in_bold():
    row = Row("export (s)", 0.9, 0.8, 1.0, target=0.8)
    assert row.passed is False
    assert markdown_table([row]).splitlines()[-1].endswith("| **NO** |")


@pytest.mark.parametrize(
    ("medians", "exponent", "verdict"),
    [
        ((1.0, 10.0, 100.0), 1.0, "linear or better"),
        ((5.0, 5.0, 5.0), 0.0, "linear or better"),
        ((1.0, 100.0, 10_000.0), 2.0, "worse than linear"),
    ],
)
def test_a_growth_curve_is_called_by_its_log_log_slope(medians, exponent, verdict):
    sizes = (100, 1_000, 10_000)
    rows = bench_growth._curve("repaint", "ms", "flows", sizes, [[m] for m in medians])
    last = rows[-1]
    assert [r.figure for r in rows[:3]] == [
        "growth: repaint, 100 flows (ms)",
        "growth: repaint, 1,000 flows (ms)",
        "growth: repaint, 10,000 flows (ms)",
    ]
    assert last.median == pytest.approx(exponent)
    assert verdict in last.figure
    assert last.passed is (verdict == "linear or better")
    assert last.as_json()["unit"] == "exponent"


def test_without_pyqgis_the_qgis_peer_is_named_not_installed(monkeypatch):
    monkeypatch.setattr(peers, "QGIS_PYTHON", "/nonexistent/python3")
    peers.qgis_version.cache_clear()
    try:
        assert peers.qgis_version() is None
        assert peers.qgis_launch_command() is None
        assert peers.qgis_work(5) is None
        assert peers.qgis_name("launch") == "QGIS launch (not installed)"
    finally:
        peers.qgis_version.cache_clear()
