"""What the current view shows, as plain tables and texts, for every export.

Why one bundle: the PNG/SVG/PDF layout, the interactive HTML map and the data
files (CSV, XLSX, GeoPackage) must carry the same title, values, classes,
flows, source line and caveats as the screen; building them once here keeps
the formats from drifting apart, and keeps this Qt-free so exports run
headless.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

import numpy as np
import pandas as pd

from explorer.core.data.dataset import Dataset
from explorer.core.data.values import format_value
from explorer.core.flows.selection import FlowView
from explorer.core.texts import sentences
from explorer.core.view.choropleth import NO_DATA, Choropleth, LegendEntry
from explorer.core.view.map_words import exported_line, flows_subtitle
from explorer.core.view.palettes import FLOW_OTHER_COLOUR, FLOW_REGION_COLOURS
from explorer.core.view.style_defaults import DEFAULT_PROJECTION, PROJECTIONS

DISCLAIMER = "The boundaries and names shown do not imply official endorsement or acceptance."
SYNTHETIC_MARK = "SYNTHETIC DEMONSTRATION DATA: not official statistics"


@dataclass(frozen=True)
class MapTexts:
    """The words around an exported map; every one editable in the export dialog."""

    title: str
    subtitle: str = ""
    source: str = ""
    caveat: str = ""
    disclaimer: str = DISCLAIMER
    exported: str = ""
    synthetic: bool = False

    def footer_lines(self) -> list[str]:
        """Source, caveat, disclaimer and date, in that order, blank ones left out."""
        return [t for t in (self.source, self.caveat, self.disclaimer, self.exported) if t]


def default_texts(
    dataset: Dataset,
    choropleth: Choropleth,
    flow_view: FlowView | None = None,
    today: date | None = None,
    between: str = "countries",
    lang: str | None = None,
) -> MapTexts:
    """Title from indicator, breakdown and year; source and caveats from the provenance;
    every word, number and date in ``lang`` (pictures and the screen). ``lang=None``: all
    English, for the data files (CSV, XLSX, GeoPackage), whatever the choropleth's language."""
    today = today or date.today()
    provenance = dataset.provenance
    return MapTexts(
        title=choropleth.title_in(lang or "en"),
        subtitle=flows_subtitle(flow_view, between, lang),
        source=provenance.source_line(lang),
        caveat=sentences(provenance.caveats_in(lang)),
        exported=exported_line(today, lang),
        synthetic=dataset.is_synthetic,
    )


@dataclass(frozen=True)
class ViewData:
    """The current view's countries and flows with what each shows."""

    texts: MapTexts
    indicator: str
    breakdown: str
    year: int
    legend: tuple[LegendEntry, ...]
    classes_note: str
    #: iso3, name, region, value, lower, upper, flag, shown, class, colour (every country)
    countries: pd.DataFrame
    #: origin, origin_name, destination, destination_name, indicator, year, value,
    #: lower, upper, flag, shown, width, colour, emphasised (the drawn flows, largest first)
    flows: pd.DataFrame
    #: (lon, lat) of flow ends that are not countries (places, when flows join places)
    flow_ends: Mapping[str, tuple[float, float]] = field(default_factory=dict)
    #: The selected country's iso3 (outlined on the map), None when nothing is selected.
    selected: str | None = None
    #: The map's projection (a CRS pyproj understands): the HTML map is drawn in it too.
    crs: str = PROJECTIONS[DEFAULT_PROJECTION]
    #: The interface language the view is shown in: places are named in it.
    lang: str | None = None
    #: The legend's heading and classes note in ``lang``, as the window's legend reads
    #: (``classes_note`` stays English for the data files); empty: as ``indicator``
    #: and ``classes_note`` say.
    legend_title: str = ""
    legend_note: str = ""


def _class_labels(choropleth: Choropleth, iso3: pd.Series) -> tuple[list[str], list[str]]:
    labels, colours = [], []
    by_kind = {e.kind: e.label for e in choropleth.legend}
    for code in iso3:
        fill = choropleth.fill(code)
        if fill.class_index >= 0:
            labels.append(choropleth.legend[fill.class_index].label)
        else:
            labels.append(by_kind.get(fill.kind, "No data" if fill.kind == NO_DATA else fill.kind))
        colours.append(fill.colour)
    return labels, colours


def view_data(
    countries: pd.DataFrame,
    choropleth: Choropleth,
    texts: MapTexts,
    breakdown_label: str = "Total",
    flow_view: FlowView | None = None,
    region_colours: Mapping[str, str] = FLOW_REGION_COLOURS,
    flow_names: Mapping[str, str] | None = None,
    flow_ends: Mapping[str, tuple[float, float]] | None = None,
    selected: str | None = None,
    crs: str = PROJECTIONS[DEFAULT_PROJECTION],
) -> ViewData:
    """Tables of the view: ``countries`` needs iso3, name and region columns.

    ``flow_names`` and ``flow_ends`` name and place the flow ends that are not
    countries (subregions and regions, when the flows join places). ``selected`` and
    ``crs`` are the map's selected country and projection, so every export shows them.
    """
    base = countries[["iso3", "name", "region"]].reset_index(drop=True)
    values = choropleth.values.reindex(base["iso3"])
    table = base.assign(
        value=values["value"].to_numpy(dtype=float),
        lower=values["lower"].to_numpy(dtype=float),
        upper=values["upper"].to_numpy(dtype=float),
        flag=values["flag"].astype(object).where(values["flag"].notna(), "").to_numpy(),
    )
    table["shown"] = [
        format_value(v, lo, hi, f)
        for v, lo, hi, f in zip(
            table["value"], table["lower"], table["upper"], table["flag"], strict=True
        )
    ]
    table["class"], table["colour"] = _class_labels(choropleth, table["iso3"])
    indicator = choropleth.indicator or choropleth.subject
    names = dict(zip(base["iso3"], base["name"], strict=True)) | dict(flow_names or {})
    flows = _flow_table(flow_view, names, region_colours)
    return ViewData(
        texts=texts,
        indicator=indicator,
        breakdown=breakdown_label,
        year=choropleth.year,
        legend=choropleth.legend,
        classes_note=choropleth.classes_note,
        countries=table,
        flows=flows,
        flow_ends=dict(flow_ends or {}),
        selected=selected,
        crs=crs,
        lang=choropleth.lang,
        legend_title=choropleth.title_in(),
        legend_note=choropleth.note_in(),
    )


FLOW_TABLE_COLUMNS = [
    "origin",
    "origin_name",
    "destination",
    "destination_name",
    "indicator",
    "year",
    "value",
    "lower",
    "upper",
    "flag",
    "shown",
    "width",
    "colour",
    "emphasised",
]


def _flow_table(
    flow_view: FlowView | None, names: Mapping[str, str], region_colours: Mapping[str, str]
) -> pd.DataFrame:
    if flow_view is None or flow_view.drawn.empty:
        return pd.DataFrame(columns=FLOW_TABLE_COLUMNS)
    drawn = flow_view.drawn
    size = drawn["value"].fillna(drawn["lower"]).fillna(0.0).to_numpy(dtype=float)
    order = np.argsort(-size, kind="stable")
    drawn = drawn.iloc[order]
    flag = drawn["flag"].astype(object).where(drawn["flag"].notna(), "")
    table = pd.DataFrame(
        {
            "origin": drawn["origin"].astype(str).to_numpy(),
            "origin_name": [names.get(c, c) for c in drawn["origin"]],
            "destination": drawn["destination"].astype(str).to_numpy(),
            "destination_name": [names.get(c, c) for c in drawn["destination"]],
            "indicator": flow_view.indicator,
            "year": flow_view.year,
            "value": drawn["value"].to_numpy(dtype=float),
            "lower": drawn["lower"].to_numpy(dtype=float),
            "upper": drawn["upper"].to_numpy(dtype=float),
            "flag": flag.to_numpy(),
            "width": drawn["width"].to_numpy(dtype=float),
            "colour": [
                region_colours.get(r if isinstance(r, str) else "", FLOW_OTHER_COLOUR)
                for r in drawn["origin_region"]
            ],
            "emphasised": drawn["emphasised"].to_numpy(dtype=bool),
        }
    )
    table["shown"] = [
        format_value(v, lo, hi, f)
        for v, lo, hi, f in zip(
            table["value"], table["lower"], table["upper"], table["flag"], strict=True
        )
    ]
    return table[FLOW_TABLE_COLUMNS].reset_index(drop=True)
