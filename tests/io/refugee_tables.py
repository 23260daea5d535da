"""A small table laid out like the big refugee statistics downloads, made here.

One row per year and pair of countries, the origin and the country of asylum
each given by name and by code, several counts per row. The rows hold what
such files hold: an internally displaced row (origin = asylum), agency codes
that are not countries (UNK unknown, XXA stateless, TIB Tibetan), a code its
name contradicts, empty cells, a repeated pair and year.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd

from explorer.core.data.schema import DOMESTIC, UNKNOWN

ORIGIN, ORIGIN_ISO = "Country of origin", "Country of origin (ISO)"
ASYLUM, ASYLUM_ISO = "Country of asylum", "Country of asylum (ISO)"
REFUGEES, ASYLUM_SEEKERS = "Refugees under UNHCR's mandate", "Asylum-seekers"
RETURNED, IDPS, STATELESS = "Returned refugees", "IDPs of concern to UNHCR", "Stateless persons"
VALUES = [REFUGEES, ASYLUM_SEEKERS, RETURNED, IDPS, STATELESS]
HEADER = ["Year", ORIGIN, ORIGIN_ISO, ASYLUM, ASYLUM_ISO, *VALUES]

ROWS = [  # file row in the comment
    ["2021", "Afghanistan", "AFG", "Pakistan", "PAK", "1500", "20", "0", "", ""],  # 2
    ["2021", "Syrian Arab Rep.", "SYR", "Türkiye", "TUR", "3700", "5", "", "", ""],  # 3
    ["2022", "Syrian Arab Rep.", "SYR", "Germany", "DEU", "600", "90", "", "", ""],  # 4
    ["2022", "Ukraine", "UKR", "Ukraine", "UKR", "", "", "", "5900", ""],  # 5: IDPs
    ["2021", "Unknown", "UNK", "Germany", "DEU", "40", "12", "", "", ""],  # 6: UNK
    ["2022", "Stateless", "XXA", "Germany", "DEU", "", "", "", "", "25"],  # 7: stateless
    ["2022", "Tibetan", "TIB", "India", "IND", "72", "", "", "", ""],  # 8: Tibetan
    ["2022", "Iran (Islamic Rep. of)", "AFG", "Germany", "DEU", "10", "3", "", "", ""],  # 9
    ["2021", "Afghanistan", "AFG", "Pakistan", "PAK", "100", "1", "", "", ""],  # 10: repeat
    ["2022", "Colombia", "COL", "Venezuela (Bolivarian Republic of)", "VEN", "", "-", "", "", ""],
    ["2023", "Serbia and Kosovo: S/RES/1244 (1999)", "SRB", "Germany", "DEU", "300", "-", "", "",
     ""],
    ["2023", "Afghanistan", "AFG", "Unknown", "UNK", "5", "", "", "", ""],  # 13: to UNK
    ["2023", "Eritrea", "ERI", "Ethiopia", "ETH", "many", "4", "", "", ""],  # 14: not a number
    ["2023", "South Sudan", "SSD", "Sudan", "SDN", "1,200", "0", "", "", ""],  # 15
]  # fmt: skip

#: What the rows set aside say, by file row.
REJECTED = {
    11: "no value in any column",
    13: "destination is not a country: UNK (unknown, 'Unknown')",
    14: f"value is not a number in {REFUGEES!r}: 'many'",
}
#: Rows imported whose origin code is not a country, or is contradicted by its name.
NOTED = {6: "UNK", 7: "XXA", 8: "TIB", 9: "AFG"}


def write_csv(path: Path, header=HEADER, rows=ROWS) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([header, *rows])
    return path


def expected_flows(
    path: Path, rejected=tuple(REJECTED), noted=tuple(NOTED)
) -> dict[tuple[str, str, int, str], float]:
    """The flows per indicator, computed with plain pandas from the file itself.

    Rows the reader must reject (by the file's row number) are left out; codes
    that are not countries and the contradicted code are unknown origins; an
    origin equal to its destination is a flow within that country.
    """
    if path.suffix == ".csv":
        table = pd.read_csv(path, dtype=str, keep_default_na=False)
    else:
        table = pd.read_excel(path, dtype=str, engine="calamine").fillna("")
    table["row"] = table.index + 2
    table = table[~table["row"].isin(rejected)]
    table.columns = ["Year", "o_name", "o", "d_name", "d", *table.columns[5:]]
    origin = table["o"].where(~table["row"].isin(noted), UNKNOWN)
    origin = origin.where(origin != table["d"], DOMESTIC)
    long = table.assign(origin=origin).melt(
        id_vars=["origin", "d", "Year"], value_vars=VALUES, var_name="indicator"
    )
    long["value"] = pd.to_numeric(long["value"].str.replace(",", ""), errors="coerce")
    long = long.dropna(subset=["value"])
    sums = long.groupby(["origin", "d", "Year", "indicator"])["value"].sum()
    return {(o, d, int(y), i): float(v) for (o, d, y, i), v in sums.items()}


def flows_of(dataset) -> dict[tuple[str, str, int, str], float]:
    f = dataset.flows
    return {
        (o, d, int(y), i): float(v)
        for o, d, y, i, v in zip(
            f["origin"], f["destination"], f["year"], f["indicator"], f["value"], strict=True
        )
    }
