"""The rule that fits a brief's parts above its footer, on a stand-in page (no Qt).

Why apart from the PDFs: the order in which parts give way is the design; a
stand-in page whose lines are one unit high shows it exactly.
"""

from __future__ import annotations

import pytest

from explorer.ui.export.brief_blocks import GONE, Group, Listing, MapBox, Paragraph, fit


class Page:
    """Each line of text is 1 high (no gaps); the column is 100 wide; 1 mm is 1."""

    width = 100.0

    def text_height(self, text, style) -> float:
        return float(len(text.split("\n")))

    def mm(self, value: float) -> float:
        return value


def test_parts_that_fit_are_left_as_they_are():
    parts = [Paragraph("Title"), Listing(("a", "b", "c"), stages=((1, 0),))]
    fitted = fit(parts, 4, Page())
    assert fitted.blocks == parts and not fitted.shortened


def test_the_lowest_level_gives_way_first_and_no_further_than_its_stage():
    figures = Paragraph("1\n2\n3")  # never gives way
    lines = Listing(("a", "b", "c", "d"), stages=((1, 2), (3, 0)))
    chart = Group((Paragraph("chart\nchart\nchart"),), goes_at=2)
    fitted = fit([figures, lines, chart], 7, Page())  # 3 + 4 + 3 = 10: 3 too many
    # Level 1: the lines drop to 2 ("a", "b …"); level 2: the chart goes; level 3 not needed.
    assert fitted.shortened
    kept = fitted.blocks
    assert kept[0] is figures and len(kept) == 2
    assert kept[1].pieces() == ["a", "b …"]


def test_a_list_loses_its_last_items_or_its_first_and_says_so():
    page = Page()
    semis = Listing(("A 1", "B 2", "C 3"), joiner="؛ ", stages=((1, 1),))
    assert fit([semis], 0.5, page).blocks[0].pieces() == ["A 1", "…"]
    years = Listing(("2019", "2020", "2021"), joiner="; ", stages=((1, 2),), from_start=True)
    shortened = fit([years, Paragraph("x")], 0.5, page).blocks[0]
    assert shortened.pieces() == ["…", "2020", "2021"]
    more = Listing(("x", "y", "z"), stages=((1, 0),), more=lambda n: f"… and {n} more.")
    assert fit([more], 1, page).blocks[0].pieces() == ["… and 3 more."]


def test_the_map_lowers_step_by_step_to_its_stage():
    page = Page()
    box = MapBox(share=0.45, stages=((1, 0.30),))
    assert box.height(page) == 45 + 3
    lower = fit([box], 40, page).blocks[0]
    assert lower.share == pytest.approx(0.37)  # the first share, 2 % at a time, that fits
    lowest = fit([box], 1, page).blocks[0]
    assert lowest.share == pytest.approx(0.30)  # and never lower than its stage


def test_a_group_goes_whole():
    group = Group((Paragraph("h"), Paragraph("chart")), goes_at=1)
    assert group.shorter(0) is None and group.shorter(1) is GONE
    assert fit([group], 1, Page()).blocks == []
