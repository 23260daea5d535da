"""Two small editions with known revisions of every kind, compared by value, not by text."""

from __future__ import annotations

import math

import pandas as pd

from explorer.core.data.dataset import Dataset
from explorer.core.data.provenance import Provenance
from explorer.core.editions.compare import compare_editions
from explorer.core.editions.pairing import current_and_other, edition_date, editions_of

V = "Detected trafficking victims"


def _obs(rows: list[tuple]) -> pd.DataFrame:
    """(iso3, year, value text) rows as observations, a ``<5`` kept as a range."""
    records = []
    for iso3, year, text in rows:
        suppressed = text == "<5"
        records.append(
            {
                "iso3": iso3,
                "year": year,
                "indicator": V,
                "value": math.nan if suppressed else float(text.replace(",", "")),
                "lower": 1.0 if suppressed else math.nan,
                "upper": 4.0 if suppressed else math.nan,
                "flag": "suppressed" if suppressed else "",
            }
        )
    return pd.DataFrame(records)


def _edition(date: str, rows: list[tuple], flows: pd.DataFrame | None = None) -> Dataset:
    provenance = Provenance(publisher="UNODC", title="GLOTIP", edition=date)
    return Dataset(f"GLOTIP {date}", provenance, observations=_obs(rows), flows=flows)


OLD = _edition(
    "30/05/2023",
    [
        ("NGA", 2020, "193"),  # lowered to 65
        ("FRA", 2020, "500"),  # raised to 612
        ("DEU", 2020, "<5"),  # made exact: 3 (within the old range)
        ("ITA", 2020, "<5"),  # raised: 12
        ("ESP", 2020, "1757"),  # the same figure written "1,757": unchanged
        ("PRT", 2020, "40"),  # withdrawn
        ("GBR", 2020, "<5"),  # unchanged <5
    ],
)
NEW = _edition(
    "14/04/2025",
    [
        ("NGA", 2020, "65"),
        ("FRA", 2020, "612"),
        ("DEU", 2020, "3"),
        ("ITA", 2020, "12"),
        ("ESP", 2020, "1,757"),
        ("GBR", 2020, "<5"),
        ("NGA", 2022, "210"),  # new year
    ],
)


def _by_country(revisions) -> dict[tuple[str, int], tuple]:
    table = revisions.table
    return {
        (r.iso3, int(r.year)): (r.old, r.new, r.kind, r.direction)
        for r in table.itertuples(index=False)
    }


def test_every_kind_of_revision_is_found():
    got = _by_country(compare_editions(OLD, NEW))
    assert got == {
        ("NGA", 2020): ("193", "65", "changed", "lowered"),
        ("FRA", 2020): ("500", "612", "changed", "raised"),
        ("DEU", 2020): ("<5", "3", "changed", "refined"),
        ("ITA", 2020): ("<5", "12", "changed", "raised"),
        ("ESP", 2020): ("1,757", "1,757", "unchanged", "unchanged"),
        ("PRT", 2020): ("40", "", "withdrawn", "withdrawn"),
        ("GBR", 2020): ("<5", "<5", "unchanged", "unchanged"),
        ("NGA", 2022): ("", "210", "new", "new"),
    }


def test_counts_and_revised_rows_leave_unchanged_figures_out():
    revisions = compare_editions(OLD, NEW)
    assert revisions.counts() == {"changed": 4, "new": 1, "withdrawn": 1, "unchanged": 2}
    revised = revisions.revised()
    assert sorted(revised["iso3"]) == ["DEU", "FRA", "ITA", "NGA", "NGA", "PRT"]
    nga = revised[(revised["iso3"] == "NGA") & (revised["year"] == 2020)].iloc[0]
    assert nga["difference"] == -128
    assert math.isnan(revised[revised["iso3"] == "DEU"].iloc[0]["difference"])


def test_flows_are_compared_as_the_destinations_citizenship_figures():
    def flows(value: float) -> pd.DataFrame:
        return pd.DataFrame(
            [
                {"origin": "NGA", "destination": "ITA", "year": 2020, "indicator": V,
                 "value": value, "origin_label": "Nigeria", "flag": ""},
                {"origin": "ITA", "destination": "NGA", "year": 2020,
                 "indicator": f"{V} by country of repatriation", "value": 7.0,
                 "origin_label": "Nigeria", "flag": ""},
            ]
        )  # fmt: skip

    old = _edition("30/05/2023", [], flows(80.0))
    new = _edition("14/04/2025", [], flows(95.0))
    table = compare_editions(old, new).table
    by_dimension = {r.dimension: r for r in table.itertuples(index=False)}
    citizens = by_dimension["by citizenship"]
    assert (citizens.iso3, citizens.category, citizens.indicator) == ("ITA", "NGA", V)
    assert (citizens.old, citizens.new, citizens.kind) == ("80", "95", "changed")
    returned = by_dimension["by country of repatriation"]
    assert (returned.iso3, returned.category, returned.kind) == ("ITA", "NGA", "unchanged")


def test_one_indicator_only():
    other = _obs([("NGA", 2020, "9")]).assign(indicator="Persons convicted")
    new = Dataset("GLOTIP b", NEW.provenance, pd.concat([_obs([("NGA", 2020, "65")]), other]))
    revisions = compare_editions(OLD, new, indicator="Persons convicted")
    assert revisions.table[["iso3", "kind"]].values.tolist() == [["NGA", "new"]]


def test_editions_are_datasets_of_one_publication_by_export_date():
    other_title = Dataset("CTDC", Provenance(publisher="CTDC", title="Global", edition="2024"))
    editions = editions_of([NEW, other_title, OLD], NEW)
    assert [d.name for d in editions] == [OLD.name, NEW.name]
    assert edition_date(NEW).isoformat() == "2025-04-14"
    assert current_and_other(editions) == (NEW, OLD)
    assert current_and_other(editions, chosen=OLD) == (OLD, NEW)
    assert current_and_other([NEW]) is None
    assert editions_of([NEW, OLD], other_title) == [other_title]


def test_the_map_classes_the_legend_counts_and_the_panel_note():
    from explorer.core.editions.summaries import legend_counts, map_directions, revision_note

    revisions = compare_editions(OLD, NEW)
    directions = map_directions(revisions, V, 2020)
    assert directions == {
        "DEU": "refined",
        "ESP": "unchanged",
        "FRA": "raised",
        "GBR": "unchanged",
        "ITA": "raised",
        "NGA": "lowered",
        "PRT": "withdrawn",
    }
    assert dict(legend_counts(directions)) == {
        "raised": 2, "lowered": 1, "refined": 1, "new": 0, "withdrawn": 1, "unchanged": 2,
    }  # fmt: skip
    note = revision_note(revisions, NEW, OLD, "NGA", V, 2020)
    assert note == "14/04/2025 edition: 65; the 30/05/2023 edition gave 193"
    assert revision_note(revisions, OLD, NEW, "NGA", V, 2020) == (
        "30/05/2023 edition: 193; the 14/04/2025 edition gave 65"
    )
    assert revision_note(revisions, NEW, OLD, "PRT", V, 2020) == (
        "14/04/2025 edition: no figure; the 30/05/2023 edition gave 40"
    )
    assert revision_note(revisions, NEW, OLD, "ESP", V, 2020) is None


def test_the_world_as_each_edition_gives_it():
    from explorer.core.editions.summaries import places_side_by_side
    from explorer.core.geo.countries import load_countries
    from explorer.core.places.book import PlaceBook

    old = _edition("30/05/2023", [("NGA", 2019, "100"), ("NGA", 2020, "193"), ("FRA", 2020, "500")])
    new = _edition("14/04/2025", [("NGA", 2019, "100"), ("NGA", 2020, "65"), ("FRA", 2020, "612")])
    book = PlaceBook(load_countries())
    world = places_side_by_side(old, new, book, V, 2020)[0]
    assert world.place == "World"
    (old_sum, old_n, members), (new_sum, new_n, _) = world.totals
    assert (old_sum, old_n, new_sum, new_n) == (693, 2, 677, 2) and members > 190
    assert world.changes == ((93.0, 1), (-35.0, 1))


def _tiers(date: str, tiers: dict[str, str | None], order: list[str]) -> Dataset:
    """A TIP-tier edition: each level stored as its rank in ``order`` (the levels its own
    file holds, as the reader stores them), "Special case" with no rank."""
    rows = [
        {
            "iso3": iso3,
            "year": 2022,
            "indicator": "TIP tier",
            "value": float(order.index(tier) + 1) if tier in order else math.nan,
            "flag": f"level:{tier}",
        }
        for iso3, tier in tiers.items()
    ]
    provenance = Provenance(publisher="US DoS", title="TIP Report", edition=date)
    return Dataset(f"TIP {date}", provenance, observations=pd.DataFrame(rows))


def test_levels_are_compared_by_their_words_and_special_case_is_neither_up_nor_down():
    from explorer.core.editions.summaries import legend_counts, map_directions

    old = _tiers(
        "01/06/2022",
        {"LBY": "Tier 3", "PER": "Special case", "TCD": "Tier 2", "IRN": "Tier 3",
         "MLI": "Tier 3", "CUB": "Tier 1"},
        ["Tier 1", "Tier 2", "Tier 3"],
    )  # fmt: skip
    new = _tiers(
        "01/06/2023",
        {"LBY": "Special case", "PER": "Tier 2", "TCD": "Tier 3", "IRN": "Tier 2 Watch List",
         "MLI": "Tier 3", "CUB": "Tier 1"},
        ["Tier 1", "Tier 2", "Tier 2 Watch List", "Tier 3"],  # Tier 3 is rank 4 here
    )  # fmt: skip
    revisions = compare_editions(old, new)
    got = {
        r.iso3: (r.old, r.new, r.kind, r.direction, math.isnan(r.difference))
        for r in revisions.table.itertuples(index=False)
    }
    assert got == {
        "LBY": ("Tier 3", "Special case", "changed", "into_unranked", True),
        "PER": ("Special case", "Tier 2", "changed", "out_of_unranked", True),
        "TCD": ("Tier 2", "Tier 3", "changed", "later", True),
        "IRN": ("Tier 3", "Tier 2 Watch List", "changed", "earlier", True),  # same rank 3
        "MLI": ("Tier 3", "Tier 3", "unchanged", "unchanged", True),  # rank 3 -> 4
        "CUB": ("Tier 1", "Tier 1", "unchanged", "unchanged", True),
    }
    legend = dict(legend_counts(map_directions(revisions, "TIP tier", 2022)))
    assert legend == {
        "later": 1, "earlier": 1, "into_unranked": 1, "out_of_unranked": 1,
        "new": 0, "withdrawn": 0, "unchanged": 2,
    }  # fmt: skip
