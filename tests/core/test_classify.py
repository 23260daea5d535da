"""Choropleth classes: agreement with mapclassify, and what the legend says."""

from __future__ import annotations

import warnings

import mapclassify
import numpy as np
import pandas as pd
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from explorer.core.view.classify import classify, equal_interval_bins, quantile_bins

counts = arrays(np.float64, st.integers(1, 300), elements=st.integers(0, 200_000).map(float))


@pytest.mark.parametrize(
    ("ours", "theirs"),
    [(quantile_bins, "Quantiles"), (equal_interval_bins, "EqualInterval")],
    ids=["quantiles", "equal_interval"],
)
@settings(max_examples=200, deadline=None)
@given(y=counts, k=st.integers(2, 9))
def test_bins_match_mapclassify(ours, theirs, y, k):
    assume(len(np.unique(y)) > k)  # classify() computes them only then
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        expected = getattr(mapclassify, theirs)(y, k=k).bins
    np.testing.assert_allclose(ours(y, k), expected)


def test_missing_and_suppressed_values_take_no_part():
    values = pd.Series(
        [1.0, np.nan, 10.0, 100.0, 1000.0, np.nan, 50.0, 7.0], index=list("ABCDEFGH")
    )
    c = classify(values, "quantiles", 3)
    assert c.k == 3
    assigned = c.assign(values.dropna())
    assert set(assigned.index) == {"A", "C", "D", "E", "G", "H"}
    assert assigned["A"] == 0 and assigned["E"] == 2


def test_labels_are_whole_numbers_for_counts_and_cover_the_range():
    c = classify(pd.Series([3.0, 8, 20, 45, 120, 700, 5000, 9, 14, 33]), "quantiles", 5)
    labels = c.labels()
    assert len(labels) == 5
    assert labels[0].startswith("3 - ")
    assert labels[-1].endswith("5,000")
    assert all("." not in label for label in labels)


def test_few_distinct_values_shrink_the_number_of_classes():
    c = classify(pd.Series([5.0, 5.0, 9.0]), "quantiles", 5)
    assert c.upper_bounds == (5.0, 9.0)
    assert c.labels() == ["5", "6 - 9"]


def test_empty_input_has_no_classes():
    assert classify(pd.Series([np.nan, np.nan])).k == 0


@pytest.mark.parametrize("scheme", ["fisher_jenks", "equal_interval"])
def test_other_schemes_come_from_mapclassify(scheme):
    y = pd.Series(np.arange(1.0, 101.0))
    c = classify(y, scheme, 4)
    assert c.k == 4 and c.upper_bounds[-1] == 100.0


def test_unknown_scheme_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown classification scheme"):
        classify(pd.Series(np.arange(10.0)), "astrology", 3)
