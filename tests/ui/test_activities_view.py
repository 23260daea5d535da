"""The activities table as a user works it: counts, filters, sorting, the full record."""

from __future__ import annotations

import pandas as pd
import pytest

from explorer.ui.panel.activities import ActivitiesView

HOSTILE = "<b>x</b><img src=x onerror=alert(1)>"


def _activities() -> pd.DataFrame:
    rows = [
        (
            "Training of prosecutors",
            "training",
            "trafficking; gender",
            "completed",
            "2016-03-01",
            "2016-06-30",
            "Ministry of Justice",
            "Prosecutors trained.",
            "R-1",
        ),
        (
            HOSTILE,
            "legal",
            "trafficking",
            "ongoing",
            "2021-01-10",
            "2023-12-31",
            "Bar Association",
            "Drafting support.",
            "R-2",
        ),
        (
            "Border screening",
            "technical",
            "smuggling",
            "planned",
            "2025-05-01",
            None,
            "Border Police",
            "Screening at crossings.",
            "R-3",
        ),
        (
            "Policy on child victims",
            "policy",
            "child protection; trafficking",
            "completed",
            "2019-02-01",
            "2019-11-30",
            "Ministry of Social Affairs",
            "Referral policy.",
            "R-4",
        ),
    ]
    frame = pd.DataFrame(
        rows,
        columns=[
            "title",
            "kind",
            "themes",
            "status",
            "start",
            "end",
            "partners",
            "description",
            "reference",
        ],
    )
    frame["start"] = pd.to_datetime(frame["start"])
    frame["end"] = pd.to_datetime(frame["end"])
    return frame


@pytest.fixture
def view(qtbot):
    widget = ActivitiesView()
    qtbot.addWidget(widget)
    widget.set_activities(_activities())
    widget.resize(700, 500)
    widget.show()
    return widget


def test_counts_by_kind_and_newest_first(view):
    assert view.counts_label.text() == (
        "4 assistance activities: 1 technical, 1 legal, 1 policy, 1 training"
    )
    assert view.visible_titles() == [
        "Border screening",
        HOSTILE,
        "Policy on child victims",
        "Training of prosecutors",
    ]


def test_filters_by_kind_theme_status_period_partner_and_text(view):
    view.kind_box.setCurrentIndex(view.kind_box.findData("policy"))
    assert view.visible_titles() == ["Policy on child victims"]
    view.kind_box.setCurrentIndex(0)
    view.theme_box.setCurrentIndex(view.theme_box.findData("trafficking"))
    assert len(view.visible_titles()) == 3
    view.status_box.setCurrentIndex(view.status_box.findData("completed"))
    assert set(view.visible_titles()) == {"Policy on child victims", "Training of prosecutors"}
    view.first_year_box.setValue(2018)
    assert view.visible_titles() == ["Policy on child victims"]
    view.theme_box.setCurrentIndex(0)
    view.status_box.setCurrentIndex(0)
    view.first_year_box.setValue(view.first_year_box.minimum())
    view.partner_box.setText("police")
    assert view.visible_titles() == ["Border screening"]
    view.partner_box.setText("")
    view.search_box.setText("REFERRAL")
    assert view.visible_titles() == ["Policy on child victims"]


def test_selecting_a_row_shows_the_full_record_as_plain_text(view):
    view.table.selectRow(1)
    text = view.detail_label.text()
    assert text.splitlines()[0] == HOSTILE
    assert "Reference: R-2" in text and "Partners: Bar Association" in text
    assert view.detail_label.textFormat().name == "PlainText"


def test_a_country_without_activities_says_so(view):
    view.set_activities(_activities().iloc[0:0])
    assert view.counts_label.text() == "No assistance activities recorded for this country."
    assert view.visible_titles() == []
