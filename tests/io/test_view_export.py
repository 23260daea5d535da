"""Data export of the view: CSV, XLSX and GeoPackage carry the map's numbers and provenance."""

from __future__ import annotations

import csv
import dataclasses
from pathlib import Path

import numpy as np
import openpyxl
import pandas as pd
import pyogrio
import pytest

from explorer.core.demo.generate import demo_dataset
from explorer.core.flows.selection import build_flow_view
from explorer.core.flows.settings import FlowSettings
from explorer.core.geo.countries import load_countries
from explorer.core.view.choropleth import ChoroplethBuilder
from explorer.core.view.data import FLOW_TABLE_COLUMNS, ViewData, default_texts, view_data
from explorer.io.exports.formula_safety import neutralise
from explorer.io.exports.view_csv import csv_companions, write_csv
from explorer.io.exports.view_gpkg import write_gpkg
from explorer.io.exports.view_tables import COUNTRY_COLUMNS, about_lines
from explorer.io.exports.view_xlsx import write_xlsx

INDICATOR = "Detected trafficking victims"
INJECTIONS = ['=HYPERLINK("http://x","y")', "+1", "-2", "@SUM(A1)", "\t=1", "\r=1"]


@pytest.fixture(scope="module")
def countries():
    return load_countries()


@pytest.fixture(scope="module")
def view(countries) -> ViewData:
    d = demo_dataset()
    ch = ChoroplethBuilder(d).build(INDICATOR, 2020)
    regions = dict(zip(countries.iso3, countries.region, strict=True))
    fv = build_flow_view(d, regions, INDICATOR, 2020, FlowSettings())
    return view_data(countries, ch, default_texts(d, ch, fv), "Total", fv)


@pytest.fixture(scope="module")
def hostile(view) -> ViewData:
    """The view with formula-like names in its first rows and a negative number."""
    c = view.countries.copy()
    c["name"] = c["name"].astype(object)
    for i, text in enumerate(INJECTIONS):
        c.loc[i, "name"] = text
    c.loc[0, "value"] = -2.0
    return dataclasses.replace(view, countries=c)


@pytest.fixture(scope="module")
def pacific(view, countries) -> ViewData:
    """The view's flows plus a Philippines -> United States flow (over the Pacific)."""
    lon = dict(zip(countries.iso3, countries.label_point.x, strict=True))
    assert abs(lon["PHL"] - lon["USA"]) > 180  # the test needs a flow across the antimeridian
    row = {
        "origin": "PHL",
        "origin_name": "Philippines",
        "destination": "USA",
        "destination_name": "United States",
        "indicator": INDICATOR,
        "year": 2020,
        "value": 123.0,
        "lower": np.nan,
        "upper": np.nan,
        "flag": "",
        "shown": "123",
        "width": 0.5,
        "colour": "#7b3294",
        "emphasised": False,
    }
    flows = pd.concat([view.flows, pd.DataFrame([row])], ignore_index=True)
    return dataclasses.replace(view, flows=flows[FLOW_TABLE_COLUMNS])


def _read_csv(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, encoding="utf-8-sig", keep_default_na=False, na_values=[""])


# --- neutralise ---------------------------------------------------------------------------


@pytest.mark.parametrize("text", INJECTIONS)
def test_neutralise_prefixes_formula_text(text):
    assert neutralise(text) == "'" + text


@pytest.mark.parametrize("cell", ["Germany", "<5", "", " =1", -2.0, -2, np.float64(-3.5), None])
def test_neutralise_leaves_plain_text_and_numbers(cell):
    assert neutralise(cell) is cell or neutralise(cell) == cell


# --- CSV ----------------------------------------------------------------------------------


def test_csv_round_trip_matches_the_view(view, tmp_path):
    path = write_csv(view, tmp_path / "view.csv")
    assert path == tmp_path / "view.csv"
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    table = _read_csv(path)
    assert list(table.columns) == COUNTRY_COLUMNS
    assert len(table) == len(view.countries)
    by_iso = table.set_index("iso3")
    expected = view.countries.set_index("iso3")
    assert by_iso.loc["DEU", "shown"] == expected.loc["DEU", "shown"]
    assert by_iso.loc["DEU", "value"] == expected.loc["DEU", "value"]
    assert by_iso.loc["DEU", "country"] == "Germany"
    assert (table["year"] == 2020).all() and (table["breakdown"] == "Total").all()
    suppressed = expected.index[expected["flag"] == "suppressed"][0]
    assert np.isnan(by_iso.loc[suppressed, "value"])
    assert by_iso.loc[suppressed, "shown"] == "<5"
    no_data = expected.index[expected["shown"] == "no data"][0]
    assert np.isnan(by_iso.loc[no_data, "value"])
    assert by_iso.loc["ALA", "country"] == "Åland Islands"  # non-ASCII survives


def test_csv_flows_and_about_travel_with_the_numbers(view, tmp_path):
    path = write_csv(view, tmp_path / "view.csv")
    flows_path, about_path = csv_companions(path)
    assert flows_path.name == "view-flows.csv" and about_path.name == "view-about.txt"
    flows = _read_csv(flows_path)
    assert list(flows.columns) == FLOW_TABLE_COLUMNS
    assert len(flows) == len(view.flows) > 0
    assert flows.loc[0, "origin"] == view.flows.loc[0, "origin"]
    assert flows.loc[0, "value"] == view.flows.loc[0, "value"]
    about = about_path.read_text(encoding="utf-8")
    assert "SYNTHETIC" in about
    for text in (view.texts.title, view.texts.caveat, view.texts.disclaimer, view.texts.exported):
        assert text in about


def test_csv_without_flows_removes_a_stale_flows_file(view, tmp_path):
    path = write_csv(view, tmp_path / "view.csv")
    flows_path, _ = csv_companions(path)
    assert flows_path.exists()
    write_csv(dataclasses.replace(view, flows=view.flows.iloc[:0]), path)
    assert not flows_path.exists()


def test_csv_neutralises_formula_text_but_keeps_numbers(hostile, tmp_path):
    path = write_csv(hostile, tmp_path / "hostile.csv")
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    for i, text in enumerate(INJECTIONS):
        assert rows[i]["country"] == "'" + text
    assert rows[0]["value"] == "-2"  # a negative number stays a number
    assert rows[len(INJECTIONS)]["country"] == hostile.countries.loc[len(INJECTIONS), "name"]
    assert _read_csv(path).loc[0, "value"] == -2.0


def test_csv_needs_an_existing_folder(view, tmp_path):
    with pytest.raises(FileNotFoundError, match="does not exist"):
        write_csv(view, tmp_path / "missing" / "view.csv")
    assert not (tmp_path / "missing").exists()


# --- XLSX ---------------------------------------------------------------------------------


def test_xlsx_sheets_numbers_and_texts(view, tmp_path):
    path = write_xlsx(view, tmp_path / "view.xlsx")
    sheets = pd.read_excel(path, sheet_name=None, engine="openpyxl")
    assert list(sheets) == ["Countries", "Flows", "About"]
    countries = sheets["Countries"]
    assert list(countries.columns) == COUNTRY_COLUMNS
    assert len(countries) == len(view.countries)
    assert pd.api.types.is_float_dtype(countries["value"])
    deu = countries.set_index("iso3").loc["DEU"]
    assert deu["value"] == view.countries.set_index("iso3").loc["DEU", "value"]
    assert len(sheets["Flows"]) == len(view.flows)
    assert pd.api.types.is_numeric_dtype(sheets["Flows"]["value"])
    about = dict(zip(sheets["About"]["field"], sheets["About"]["text"], strict=True))
    assert "SYNTHETIC" in about["Synthetic"]
    assert about["Title"] == view.texts.title
    assert about["Classes"] == view.classes_note
    assert about["Disclaimer"] == view.texts.disclaimer


def test_xlsx_header_is_bold_and_frozen(view, tmp_path):
    path = write_xlsx(view, tmp_path / "view.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book["Countries"]
    assert sheet.freeze_panes == "A2"
    assert sheet["A1"].value == "iso3" and sheet["A1"].font.b
    assert sheet.column_dimensions["B"].width > sheet.column_dimensions["A"].width


def test_xlsx_without_flows_has_no_flows_sheet(view, tmp_path):
    path = write_xlsx(dataclasses.replace(view, flows=view.flows.iloc[:0]), tmp_path / "v.xlsx")
    assert openpyxl.load_workbook(path).sheetnames == ["Countries", "About"]


def test_xlsx_stores_no_formula_and_neutralises_text(hostile, tmp_path):
    path = write_xlsx(hostile, tmp_path / "hostile.xlsx")
    book = openpyxl.load_workbook(path)
    cells = [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row]
    assert cells and not [c.coordinate for c in cells if c.data_type == "f"]
    sheet = book["Countries"]
    country_col, value_col = COUNTRY_COLUMNS.index("country") + 1, COUNTRY_COLUMNS.index("value")
    for i, text in enumerate(INJECTIONS):
        cell = sheet.cell(row=i + 2, column=country_col).value
        assert cell.startswith("'")  # openpyxl reads a stored "\r" back as "_x000D_"
        assert cell == "'" + text or "\r" in text
    value = sheet.cell(row=2, column=value_col + 1)
    assert value.data_type == "n" and value.value == -2
    table = pd.read_excel(path, sheet_name="Countries", engine="openpyxl")
    assert table.loc[0, "country"] == '\'=HYPERLINK("http://x","y")'
    assert table.loc[0, "value"] == -2.0


def test_xlsx_needs_an_existing_folder(view, tmp_path):
    with pytest.raises(OSError, match="does not exist"):
        write_xlsx(view, tmp_path / "missing" / "view.xlsx")


# --- GeoPackage ---------------------------------------------------------------------------


def test_gpkg_layers_types_and_counts(view, countries, tmp_path):
    path = write_gpkg(view, countries, tmp_path / "view.gpkg")
    layers = {name: kind for name, kind in pyogrio.list_layers(path)}
    assert layers == {"countries": "MultiPolygon", "flows": "MultiLineString", "about": None}
    info = pyogrio.read_info(path, layer="countries")
    assert info["crs"] == "EPSG:4326"
    assert info["features"] == len(view.countries)
    dtypes = dict(zip(info["fields"], info["dtypes"], strict=True))
    assert {dtypes[c] for c in ("value", "lower", "upper")} == {"float64"}
    flows_info = pyogrio.read_info(path, layer="flows")
    assert flows_info["crs"] == "EPSG:4326"
    assert flows_info["features"] == len(view.flows)
    flow_dtypes = dict(zip(flows_info["fields"], flows_info["dtypes"], strict=True))
    assert flow_dtypes["emphasised"] == "bool" and flow_dtypes["value"] == "float64"
    assert "SYNTHETIC" in flows_info["layer_metadata"]["DESCRIPTION"]


def test_gpkg_countries_carry_values_and_shapes(view, countries, tmp_path):
    path = write_gpkg(view, countries, tmp_path / "view.gpkg")
    layer = pyogrio.read_dataframe(path, layer="countries").set_index("iso3")
    expected = view.countries.set_index("iso3")
    assert layer.loc["DEU", "shown"] == expected.loc["DEU", "shown"]
    assert layer.loc["DEU", "value"] == expected.loc["DEU", "value"]
    assert layer.loc["DEU", "colour"] == expected.loc["DEU", "colour"]
    assert set(layer.geometry.geom_type) == {"MultiPolygon"}
    deu = countries.set_index("iso3").geometry["DEU"]
    assert layer.geometry["DEU"].equals_exact(deu, 1e-9) or layer.geometry["DEU"].equals(deu)


def test_gpkg_flows_run_from_origin_to_destination(view, countries, tmp_path):
    path = write_gpkg(view, countries, tmp_path / "view.gpkg")
    flows = pyogrio.read_dataframe(path, layer="flows")
    assert list(flows["origin"]) == list(view.flows["origin"])
    points = dict(zip(countries.iso3, countries.label_point, strict=True))
    first = flows.iloc[0]
    start = np.asarray(first.geometry.geoms[0].coords[0])
    end = np.asarray(first.geometry.geoms[-1].coords[-1])
    assert np.allclose(start, points[first["origin"]].coords[0], atol=1e-6)
    assert np.allclose(end, points[first["destination"]].coords[0], atol=1e-6)


def test_gpkg_pacific_flow_is_split_at_the_antimeridian(pacific, countries, tmp_path):
    path = write_gpkg(pacific, countries, tmp_path / "pacific.gpkg")
    flows = pyogrio.read_dataframe(path, layer="flows")
    assert len(flows) == len(pacific.flows)
    row = flows[(flows["origin"] == "PHL") & (flows["destination"] == "USA")].iloc[0]
    parts = list(row.geometry.geoms)
    assert len(parts) == 2
    for part in parts:
        lon = np.asarray(part.coords)[:, 0]
        assert np.all(np.abs(np.diff(lon)) < 180)
        assert lon.min() >= -180 and lon.max() <= 180
    assert parts[0].coords[-1][0] == 180.0 and parts[1].coords[0][0] == -180.0  # over the Pacific


def test_gpkg_about_table_and_overwrite(view, countries, tmp_path):
    path = tmp_path / "view.gpkg"
    write_gpkg(view, countries, path)
    about = pyogrio.read_dataframe(path, layer="about", read_geometry=False)
    texts = dict(zip(about["field"], about["text"], strict=True))
    assert "SYNTHETIC" in texts["Synthetic"]
    assert texts["Source"] in view.texts.source
    write_gpkg(dataclasses.replace(view, flows=view.flows.iloc[:0]), countries, path)
    assert [name for name, _ in pyogrio.list_layers(path)] == ["countries", "about"]
    assert not [p.name for p in tmp_path.iterdir() if "partial" in p.name]


def test_gpkg_needs_an_existing_folder(view, countries, tmp_path):
    with pytest.raises(OSError, match="does not exist"):
        write_gpkg(view, countries, tmp_path / "missing" / "view.gpkg")


def test_an_indicator_with_a_colon_in_its_name_is_exported_whole(countries, tmp_path):
    from explorer.core.data.dataset import Dataset

    d = demo_dataset()
    obs = d.observations[d.observations["indicator"] == INDICATOR]
    renamed = Dataset("t", observations=obs.assign(indicator="Convictions: trafficking"))
    ch = ChoroplethBuilder(renamed).build("Convictions: trafficking", 2020)
    data = view_data(countries, ch, default_texts(renamed, ch), "Total")
    table = pd.read_csv(write_csv(data, tmp_path / "m.csv"))
    assert set(table["indicator"]) == {"Convictions: trafficking"}  # was "Convictions"
    assert ("Indicator", "Convictions: trafficking") in about_lines(data)
