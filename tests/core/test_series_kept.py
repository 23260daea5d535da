"""A country's series is kept between asks (the panel asks thrice per refresh), yet each
caller gets its own frame, and the kept ones stay few."""

from __future__ import annotations

import pandas as pd

from explorer.core.data import dataset as dataset_module
from explorer.core.demo.generate import demo_dataset

VICTIMS = "Detected trafficking victims"


def test_a_changed_series_does_not_change_the_next_ask() -> None:
    data = demo_dataset()
    first = data.series("NGA", VICTIMS)
    expected = first.copy()
    first["value"] = -1.0
    pd.testing.assert_frame_equal(data.series("NGA", VICTIMS), expected)


def test_only_recent_series_are_kept(monkeypatch) -> None:
    monkeypatch.setattr(dataset_module, "SERIES_KEPT", 3)
    data = demo_dataset()
    codes = ["NGA", "FRA", "BRA", "IND", "USA"]
    asked = {code: data.series(code, VICTIMS) for code in codes}
    assert len(data._series) == 3
    for code in codes:  # the dropped ones are read again, the same
        pd.testing.assert_frame_equal(data.series(code, VICTIMS), asked[code])
