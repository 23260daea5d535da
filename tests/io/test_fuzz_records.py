"""CTDC case records, activities tables and IATI files, generated at random: every record
imported is counted once where the file puts it, and every text imported is the text
written (trimmed), or the record is in the report's rejections.
"""

from __future__ import annotations

from collections import Counter
from xml.sax.saxutils import escape, quoteattr

from hypothesis import strategies as st

from explorer.io.importing.importers import read_any
from explorer.io.readers.activities.iati import read_iati
from explorer.io.readers.activities.table import read_activities_table
from explorer.io.readers.ctdc.reader import INDICATOR, read_ctdc
from tests.io.fuzz_support import fast_and_slow, outcome, write, xml_text
from tests.io.test_fuzz_tables import FORMS, encoded

# -- CTDC ---------------------------------------------------------------------------------

EXPLOITATION = {"DEU": "DEU", "FRA": "FRA", "ITA": "ITA", "": None, "ZZZ": None, "00": None}
CTDC_RECORDS = st.lists(
    st.tuples(
        st.one_of(st.integers(1890, 2110).map(str), st.sampled_from(["2020.0", "", "x", "-99"])),
        st.sampled_from(["Woman", "Man", "", "Trans/Transgender/NonConforming", "NULL"]),
        st.sampled_from(["0--8", "09--17", "18--20", "30--38", "48+", "", "-99"]),
        st.sampled_from(["ROU", "DEU", "", "NULL", "-99", "ZZZ", "Atlantis", "NA"]),
        st.sampled_from(sorted(EXPLOITATION)),
        st.lists(st.sampled_from(["0", "1", ""]), min_size=3, max_size=3),
    ),
    min_size=1,
    max_size=30,
)
CTDC_HEADER = ["yearOfRegistration", "gender", "ageBroad", "citizenship", "CountryOfExploitation"]
CTDC_HEADER += ["isForcedLabour", "isSexualExploit", "isOtherExploit"]


def _year(text: str) -> int | None:
    try:
        year = float(text)
    except ValueError:
        return None
    return int(year) if year.is_integer() and 1900 <= year <= 2100 else None


def ctdc_records(records: list[tuple], form: tuple) -> None:
    table = [CTDC_HEADER] + [[y, g, a, c, e, *forms] for y, g, a, c, e, forms in records]
    name, data = encoded(table, form)
    path = write(f"ctdc_{name}", data)
    result = outcome(path, lambda: read_ctdc(path, threshold=1))  # no suppression: exact counts
    if result is None:
        return
    dataset, report = result
    rejected = {r.row for r in report.rejected}
    expected: Counter = Counter()
    for number, (year, _, _, _, exploitation, _) in enumerate(records, start=2):
        place = EXPLOITATION[exploitation]
        if place is None or _year(year) is None:
            assert number in rejected, (number, year, exploitation)
        else:
            assert number not in rejected, (number, year, exploitation)
            expected[(place, _year(year))] += 1
    obs = dataset.observations
    totals = obs[
        (obs["indicator"] == INDICATOR)
        & (obs["dimension"] == "Total")
        & (obs["sex"] == "Total")
        & (obs["age"] == "Total")
    ]
    found = Counter({(r.iso3, int(r.year)): int(r.value) for r in totals.itertuples()})
    assert found == expected
    assert dataset.flows["value"].sum() == report.rows_imported


test_ctdc_records_are_counted_once, test_ctdc_records_are_counted_once_slow = fast_and_slow(
    ctdc_records, slow_examples=250, records=CTDC_RECORDS, form=FORMS
)


# -- activities tables --------------------------------------------------------------------

PLACES = {"Kenya": ["KEN"], "KEN": ["KEN"], "Kenya; Peru": ["KEN", "PER"], "kenya;KEN": ["KEN"]}
PLACES |= {"Atlantis": [], "": [], "World": [], "Kenya; Atlantis": []}
TITLES = st.one_of(
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=40),
    st.sampled_from(["Training of judges", "  Shelter\tsupport ", "EXAMPLE: delete me", ""]),
)
ACTIVITY_ROWS = st.lists(
    st.tuples(
        st.sampled_from(sorted(PLACES)),
        TITLES,
        st.sampled_from(["training", "technical", "Workshop", "", "dance"]),
        st.sampled_from(["ongoing", "planned", "completed", "cancelled", "", "done"]),
        st.sampled_from(["2023-01-01", "2023", "01/02/2023", "", "soon", "2025-13-01"]),
    ),
    min_size=1,
    max_size=15,
)


def activities(rows: list[tuple], form: tuple, via_any: bool) -> None:
    table = [["country", "title", "kind", "status", "start"]] + [list(r) for r in rows]
    name, data = encoded(table, form)
    path = write(f"activities_{name}", data)
    read = read_any if via_any else read_activities_table
    result = outcome(path, lambda: read(path))
    if result is None:
        return
    dataset, report = result
    frame = dataset.activities
    imported_rows = set(frame["source_row"].astype(int))
    assert len(imported_rows) == report.rows_imported
    for number in imported_rows:
        country, title, *_ = rows[number - 2]
        mine = frame[frame["source_row"] == number]
        written = " ".join((xml_text(title) if form[0] == "xlsx" else title).split())
        assert set(mine["title"]) == {written}, (title, list(mine["title"]))
        assert sorted(mine["iso3"]) == sorted(PLACES[country]), (country, list(mine["iso3"]))


test_activity_titles_round_trip, test_activity_titles_round_trip_slow = fast_and_slow(
    activities, slow_examples=250, rows=ACTIVITY_ROWS, form=FORMS, via_any=st.booleans()
)


# -- IATI ---------------------------------------------------------------------------------

RECIPIENTS = {"KE": "KEN", "UG": "UGA", "tz": "TZA", "XK": "XKX", "ZZ": None, "": None}
IATI_ACTIVITIES = st.lists(
    st.tuples(
        TITLES,
        st.lists(st.sampled_from(sorted(RECIPIENTS)), max_size=3),
        st.sampled_from(["1", "2", "3", "4", "5", "6", ""]),
        st.booleans(),  # a recipient-region too
    ),
    min_size=1,
    max_size=12,
)


def iati_file(activities: list[tuple], encoding: str) -> None:
    parts = [f'<?xml version="1.0" encoding="{encoding}"?>', '<iati-activities version="2.03">']
    for number, (title, codes, status, region) in enumerate(activities):
        parts.append(f"<iati-activity><iati-identifier>XM-{number}</iati-identifier>")
        parts.append(f"<title><narrative>{escape(xml_text(title))}</narrative></title>")
        parts += [f"<recipient-country code={quoteattr(code)}/>" for code in codes]
        parts.append('<recipient-region code="289"/>' if region else "")
        parts.append(f'<activity-status code="{status}"/>' if status else "")
        parts.append("</iati-activity>")
    parts.append("</iati-activities>")
    path = write("fuzz.xml", "\n".join(parts).encode(encoding))
    result = outcome(path, lambda: read_iati(path))
    assert result is not None, "a well-formed IATI file must be read"
    dataset, report = result
    assert report.rows_read == len(activities)
    frame = dataset.activities
    imported = set(frame["source_row"].astype(int))
    assert len(imported) == report.rows_imported
    for number in imported:
        title, codes, status, _ = activities[number - 1]
        mine = frame[frame["source_row"] == number]
        assert set(mine["title"]) == {" ".join(xml_text(title).split())}
        assert sorted(set(mine["iso3"])) == sorted({RECIPIENTS[c] for c in codes if c})
        assert status != "5"  # a cancelled activity is never imported
    for number, (title, codes, status, _) in enumerate(activities, start=1):
        understood = all(RECIPIENTS[c] for c in codes if c) and any(codes)
        good = " ".join(xml_text(title).split()) and understood and status != "5"
        assert (number in imported) == bool(good), (title, codes, status)


test_iati_titles_round_trip, test_iati_titles_round_trip_slow = fast_and_slow(
    iati_file,
    slow_examples=250,
    activities=IATI_ACTIVITIES,
    encoding=st.sampled_from(["utf-8", "utf-16"]),
)
