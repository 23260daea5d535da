"""The columns of a CTDC case-record file: their names, the header row, the record cells.

Why apart from the reader: the dispatcher needs to recognise a CTDC header
without importing the whole reader, and both codebooks (the Global Synthetic
Dataset and the older Global Dataset) spell their columns differently; this
module is the one place that knows those spellings.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from explorer.core.data.breakdown import FORMS
from explorer.io.importing.errors import DataImportError

YEAR, CITIZENSHIP, EXPLOITATION = "yearOfRegistration", "citizenship", "CountryOfExploitation"
GENDER, AGE = "gender", "ageBroad"
FORCED_LABOUR, SEXUAL, OTHER_FORM = "isForcedLabour", "isSexualExploit", "isOtherExploit"
MAJORITY = "majorityStatus"
REQUIRED: tuple[str, ...] = (
    YEAR,
    GENDER,
    AGE,
    CITIZENSHIP,
    EXPLOITATION,
    FORCED_LABOUR,
    SEXUAL,
    OTHER_FORM,
)
#: Columns of either codebook (not required): matched to find the header row.
KNOWN: tuple[str, ...] = (
    *REQUIRED,
    "traffickMonths",
    "Datasource",
    MAJORITY,
    "majorityStatusAtExploit",
    "majorityEntry",
    "meansDebtBondageEarnings",
    "meansThreats",
    "meansAbusePsyPhySex",
    "meansFalsePromises",
    "meansDrugsAlcohol",
    "meansDenyBasicNeeds",
    "meansExcessiveWorkHours",
    "meansWithholdDocs",
    "meansWithholdDocuments",
    "typeOfLabourAgriculture",
    "typeOfLabourConstruction",
    "typeOfLabourDomesticWork",
    "typeOfLabourHospitality",
    "typeOfSexProstitution",
    "typeOfSexPornography",
    "recruiterRelationIntimatePartner",
    "recruiterRelationFriend",
    "recruiterRelationFamily",
    "recruiterRelationOther",
)
LEGACY_COLUMNS = ("datasource", "majoritystatus")
#: Forms of exploitation: CTDC flag column -> the app's category (demo's FORMS).
FORM_COLUMNS: dict[str, str] = {SEXUAL: FORMS[0], FORCED_LABOUR: FORMS[1], OTHER_FORM: FORMS[2]}


def looks_like_ctdc(columns: list[str]) -> bool:
    """True when a header names CTDC case-record columns (either generation).

    Looser than the reader's required columns on purpose: a CTDC file missing a
    column should reach ``read_ctdc``, which names what is missing.
    """
    lowered = {str(c).strip().lower() for c in columns}
    return YEAR.lower() in lowered and bool({CITIZENSHIP.lower(), EXPLOITATION.lower()} & lowered)


def find_header(raw: pd.DataFrame, file_name: str) -> tuple[int, list[str]]:
    """(header position, column names) of a raw table; canonical spelling for known columns.

    Missing required columns raise DataImportError naming them.
    """
    canonical = {name.lower(): name for name in KNOWN}
    best, best_found = 0, 0
    for position in range(min(10, len(raw))):
        cells = [str(c).strip().lower() for c in raw.iloc[position]]
        found = sum(c in canonical for c in cells)
        if found > best_found:
            best, best_found = position, found
    cells = [str(c).strip() for c in raw.iloc[best]] if len(raw) else []
    columns = [canonical.get(c.lower(), c) for c in cells]
    missing = [name for name in REQUIRED if name not in columns]
    if missing:
        shown = ", ".join(c for c in cells if c)[:200] or "nothing"
        raise DataImportError(
            f"{file_name}: not a CTDC case-record file: missing required column(s) "
            f"{', '.join(missing)} (the header row has: {shown})"
        )
    return best, columns


def record_cells(raw: pd.DataFrame, file_name: str) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """(cells by column, file row of each record) of a raw table cut at its header.

    Unnamed and repeated columns are dropped; entirely blank rows carry nothing
    and are skipped. A header without any record under it raises DataImportError.
    """
    header_at, columns = find_header(raw, file_name)
    body = raw.iloc[header_at + 1 :]
    body = body.set_axis(columns, axis=1)
    body = body.loc[:, [bool(c) for c in body.columns]]
    body = body.loc[:, ~body.columns.duplicated()]
    cells = {c: body[c].to_numpy(dtype=object) for c in body.columns}
    # Entirely blank rows carry nothing and are skipped; only rows blank so far are checked.
    candidates = np.arange(len(body))
    for values in cells.values():
        if not candidates.size:
            break
        candidates = candidates[_blank(values[candidates])]
    blank = np.zeros(len(body), dtype=bool)
    blank[candidates] = True
    if blank.all():
        raise DataImportError(f"{file_name}: the file has a header but no records under it")
    keep_rows = ~blank
    file_rows = body.index.to_numpy()[keep_rows] + 1  # header row is row 1 (in a plain CSV)
    return {c: v[keep_rows] for c, v in cells.items()}, file_rows


def _blank(values: np.ndarray) -> np.ndarray:
    codes, uniques = pd.factorize(values)
    empty = np.array([not str(u).strip() for u in uniques], dtype=bool)
    return empty[codes] if len(uniques) else np.ones(len(values), dtype=bool)
