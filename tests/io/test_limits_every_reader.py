"""The size limit holds for every reader, whichever way it is called: with a path (the file's
size before it is read) or with bytes a caller already read."""

from __future__ import annotations

import pytest

import explorer.io.importing.limits as limits
from explorer.io.importing.errors import DataImportError
from explorer.io.readers.activities.iati import read_iati
from explorer.io.readers.activities.table import read_activities_table
from explorer.io.readers.ctdc.reader import read_ctdc
from explorer.io.readers.glotip.reader import read_glotip
from explorer.io.readers.tables.flows import read_flow_table
from explorer.io.readers.tables.indicators import read_indicator_table

READERS = {
    "glotip": read_glotip,
    "ctdc": read_ctdc,
    "indicator table": read_indicator_table,
    "flow table": read_flow_table,
    "activity table": read_activities_table,
    "iati": read_iati,
}


@pytest.mark.parametrize("name", sorted(READERS))
@pytest.mark.parametrize("handed", [False, True], ids=["path", "bytes"])
def test_a_file_over_the_size_limit_is_refused_by_every_reader(tmp_path, monkeypatch, name, handed):
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 1_000)
    path = tmp_path / "big.csv"
    data = ("country,year,value\n" + "Nigeria,2020,5\n" * 200).encode("utf-8")
    path.write_bytes(data)
    with pytest.raises(DataImportError, match=r"big\.csv: the file is .*, larger than the"):
        if handed:
            READERS[name](path, data=data)
        else:
            READERS[name](path)
