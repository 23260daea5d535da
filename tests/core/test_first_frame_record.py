"""The kept first frame reads back whole, and anything less is refused (no early map)."""

from __future__ import annotations

import json

import pytest

from explorer.core.view.fill import Fill, LegendEntry
from explorer.core.view.first_frame import FORMAT, FirstFrame


def _frame(**changes) -> FirstFrame:
    values = dict(
        inputs="abc",
        geometry_key="key",
        countries=("BRA", "DEU", "NGA"),
        window_size=(1440, 900),
        map_rect=(1, 52, 1110, 825),
        transform=(0.03, 0.03, 555.0, 412.5),
        fills={"NGA": Fill("class", "#bd0026", 4), "BRA": Fill("suppressed", "#b7b7d6")},
        no_data=Fill("no_data", "#d9d9d9"),
        legend_title="Detected trafficking victims, 2020",
        legend=(
            LegendEntry("5 - 20", "#ffffb2", "class"),
            LegendEntry("No data", "#d9d9d9", "no_data"),
        ),
        legend_note="Quantile classes over 2003-2021",
        sea=((0.0, 0.0, 10.0, 0.0, 10.0, 5.0),),
        colours={"sea": "#e8f1f8"},
        window_title="Trafficking Flows Explorer: GLOTIP",
        status="Dataset: GLOTIP 30/05/2023",
    )
    values.update(changes)
    return FirstFrame(**values)


def test_a_frame_reads_back_as_written():
    frame = _frame()
    again = FirstFrame.from_json(frame.to_json())
    assert again == frame
    assert again.fill("NGA") == Fill("class", "#bd0026", 4)
    assert again.fill("BRA").kind == "suppressed"  # <5 stays suppressed, not a class
    assert again.fill("DEU") == Fill("no_data", "#d9d9d9")  # no figure: no data


def test_texts_in_any_script_survive():
    frame = _frame(legend_title="ضحايا الاتجار المكتشفون، 2020", status="数据集")
    assert FirstFrame.from_json(frame.to_json()) == frame


def _broken(change) -> str:
    record = json.loads(_frame().to_json())
    change(record)
    return json.dumps(record)


@pytest.mark.parametrize(
    "change",
    [
        lambda r: r.update(format="tfe-first-frame-0"),  # an older layout
        lambda r: r.pop("format"),
        lambda r: r.pop("fills"),
        lambda r: r.update(window_size=[1440]),
        lambda r: r.update(window_size=[1440.5, 900]),
        lambda r: r.update(map_rect=[1, 2, 3, True]),
        lambda r: r.update(transform=[1, 2, "3", 4]),
        lambda r: r.update(sea=[[0.0, 1.0, 2.0]]),  # half a point
        lambda r: r["fills"].update(NGA={"kind": "class"}),
        lambda r: r["legend"].append({"label": 5, "colour": "#fff", "kind": "class"}),
        lambda r: r.update(countries="BRA"),  # "BRA" is not a list of codes
    ],
)
def test_a_damaged_record_is_not_read(change):
    assert FirstFrame.from_json(_broken(change)) is None


@pytest.mark.parametrize("text", ["", "[]", "{", "null", '"frame"'])
def test_what_is_not_a_record_is_not_read(text):
    assert FirstFrame.from_json(text) is None


def test_the_format_is_named_in_the_file():
    assert json.loads(_frame().to_json())["format"] == FORMAT
