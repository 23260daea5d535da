"""The breakdown combo box shows short labels, grouped, in a sensible order."""

from __future__ import annotations

import pytest

from explorer.core.data.breakdown import (
    ADULTS,
    CHILDREN,
    FORM_DIMENSION,
    Breakdown,
    sort_breakdowns,
)


@pytest.mark.parametrize(
    ("breakdown", "label", "group"),
    [
        (Breakdown("Total", "Total", "Total", "Total"), "Total", "Total"),
        (Breakdown(sex="Female"), "Female", "Sex"),
        (Breakdown(sex="Male"), "Male", "Sex"),
        (Breakdown(sex="Unknown"), "Sex unknown", "Sex"),
        (Breakdown(age=CHILDREN), "Children (0-17)", "Age"),
        (Breakdown(age=ADULTS), "Adults (18+)", "Age"),
        (Breakdown(sex="Female", age=CHILDREN), "Girls", "Sex and age"),
        (Breakdown(sex="Male", age=CHILDREN), "Boys", "Sex and age"),
        (Breakdown(sex="Female", age=ADULTS), "Women", "Sex and age"),
        (Breakdown(sex="Male", age=ADULTS), "Men", "Sex and age"),
        (Breakdown(sex="Other", age="Unknown"), "Other sex, Age unknown", "Sex and age"),
        (
            Breakdown(FORM_DIMENSION, "Sexual exploitation"),
            "Sexual exploitation",
            "Form of exploitation",
        ),
        (Breakdown(FORM_DIMENSION, "Forced labour"), "Forced labour", "Form of exploitation"),
        (
            Breakdown(FORM_DIMENSION, "Other forms of exploitation"),
            "Other forms of exploitation",
            "Form of exploitation",
        ),
        (
            Breakdown(FORM_DIMENSION, "Forced labour", "Female", CHILDREN),
            "Forced labour (Girls)",
            "Form of exploitation",
        ),
    ],
)
def test_label_and_group(breakdown: Breakdown, label: str, group: str) -> None:
    assert breakdown.label == label
    assert breakdown.group == group


def test_total_is_the_all_total_key_and_hashable() -> None:
    assert Breakdown("Total", "Total", "Total", "Total") == Breakdown.TOTAL
    assert {Breakdown.TOTAL: 1}[Breakdown()] == 1
    with pytest.raises(AttributeError):
        Breakdown.TOTAL.sex = "Female"  # type: ignore[misc]


def test_citizenship_dimensions_are_flows_not_map_breakdowns() -> None:
    assert Breakdown("by citizenship", "Nigeria").is_flow
    assert Breakdown("by country of repatriation", "Mexico").is_flow
    assert not Breakdown(FORM_DIMENSION, "Forced labour").is_flow
    assert not Breakdown.TOTAL.is_flow


def test_display_order_total_sex_age_sex_and_age_forms() -> None:
    shuffled = [
        Breakdown(FORM_DIMENSION, "Other forms of exploitation"),
        Breakdown(sex="Male", age=ADULTS),
        Breakdown(age=ADULTS),
        Breakdown(FORM_DIMENSION, "Sexual exploitation"),
        Breakdown(sex="Male"),
        Breakdown(sex="Female", age=CHILDREN),
        Breakdown.TOTAL,
        Breakdown(FORM_DIMENSION, "Forced labour"),
        Breakdown(age=CHILDREN),
        Breakdown(sex="Female"),
        Breakdown(sex="Male", age=CHILDREN),
        Breakdown(sex="Female", age=ADULTS),
    ]
    assert [b.label for b in sort_breakdowns(shuffled)] == [
        "Total",
        "Female",
        "Male",
        "Children (0-17)",
        "Adults (18+)",
        "Girls",
        "Boys",
        "Women",
        "Men",
        "Sexual exploitation",
        "Forced labour",
        "Other forms of exploitation",
    ]


def test_unknown_vocabulary_sorts_after_known_and_keeps_its_text() -> None:
    odd = Breakdown("by region of detection", "Elsewhere")
    assert odd.label == "Elsewhere"
    assert odd.group == "Other"
    assert sort_breakdowns([odd, Breakdown.TOTAL])[-1] == odd
