"""The IATI reader: multi-country activities, regions, languages, statuses, and hostile XML."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd
import pytest

from explorer.core.data.schema import ACTIVITY_DTYPES
from explorer.io.importing.errors import DataImportError
from explorer.io.readers.activities.iati import looks_like_iati, read_iati
from explorer.io.workspace.store import Workspace, load_workspace, save_workspace

VALID = """<?xml version="1.0" encoding="UTF-8"?>
<iati-activities version="2.03" generated-datetime="2024-05-01T12:00:00Z">
 <iati-activity xml:lang="en" default-currency="EUR">
  <iati-identifier>XM-DAC-0000-1</iati-identifier>
  <reporting-org ref="XM-DAC-0000" type="10"><narrative>Example Agency</narrative></reporting-org>
  <title><narrative>Support to prosecutors on trafficking cases</narrative></title>
  <description type="2"><narrative>Objectives, not the summary.</narrative></description>
  <description type="1"><narrative>Advice and case reviews.</narrative></description>
  <participating-org ref="XM-DAC-0000" role="1">
   <narrative>Example Agency</narrative></participating-org>
  <participating-org role="4"><narrative>Ministry of Justice</narrative></participating-org>
  <participating-org role="4" ref="XM-NGO-12"/>
  <activity-status code="2"/>
  <activity-date iso-date="2023-01-01" type="1"/>
  <activity-date iso-date="2023-02-15" type="2"/>
  <activity-date iso-date="2025-12-31" type="3"/>
  <recipient-country code="KE" percentage="40"/>
  <recipient-country code="UG" percentage="35"><narrative>Uganda</narrative></recipient-country>
  <recipient-country code="tz" percentage="25"/>
  <sector vocabulary="1" code="15130" percentage="60">
   <narrative>Legal and judicial development</narrative></sector>
  <sector vocabulary="1" code="15160" percentage="40"/>
 </iati-activity>
 <iati-activity>
  <iati-identifier>XM-DAC-0000-2</iati-identifier>
  <reporting-org ref="XM-DAC-0000" type="10"><narrative>Example Agency</narrative></reporting-org>
  <title><narrative>Regional programme against migrant smuggling</narrative></title>
  <activity-status code="2"/>
  <recipient-region code="289" vocabulary="1"><narrative>South of Sahara, regional</narrative>
  </recipient-region>
 </iati-activity>
 <iati-activity xml:lang="fr">
  <iati-identifier>XM-DAC-0000-3</iati-identifier>
  <reporting-org ref="XM-DAC-0000" type="10"><narrative>Example Agency</narrative></reporting-org>
  <title>
   <narrative>Formation des juges</narrative>
   <narrative xml:lang="es">Capacitación de jueces</narrative>
   <narrative xml:lang="en">Judges and the anti-trafficking law</narrative>
  </title>
  <description><narrative>Cours pour les juges.</narrative></description>
  <activity-status code="4"/>
  <activity-date iso-date="2020-01-01" type="1"/>
  <activity-date iso-date="2021-06-30" type="3"/>
  <activity-date iso-date="2021-09-30" type="4"/>
  <recipient-country code="SN"/>
  <sector vocabulary="1" code="15110"/>
  <sector vocabulary="1" code="15130"/>
 </iati-activity>
</iati-activities>
"""

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE iati-activities [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<iati-activities version="2.03">
 <iati-activity>
  <iati-identifier>XM-1</iati-identifier>
  <title><narrative>&lol9;</narrative></title>
  <recipient-country code="KE"/>
 </iati-activity>
</iati-activities>
"""

EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE iati-activities [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<iati-activities version="2.03">
 <iati-activity>
  <iati-identifier>XM-1</iati-identifier>
  <title><narrative>&x;</narrative></title>
  <recipient-country code="KE"/>
 </iati-activity>
</iati-activities>
"""


def activity(body: str, lang: str = "") -> str:
    attribute = f' xml:lang="{lang}"' if lang else ""
    return f"<iati-activity{attribute}>{body}</iati-activity>"


def write(tmp_path: Path, text: str, name: str = "iati.xml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def document(*activities: str) -> str:
    return '<iati-activities version="2.03">' + "".join(activities) + "</iati-activities>"


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    path = write(tmp_path_factory.mktemp("iati"), VALID)
    return path, *read_iati(path)


def test_counts_are_activities_and_reconcile(imported):
    _, dataset, report = imported
    assert (report.rows_read, report.rows_imported, len(report.rejected)) == (3, 2, 1)
    assert report.balanced
    assert len(dataset.activities) == 4  # three countries + one
    assert dataset.observations.empty and dataset.flows.empty
    assert dict(dataset.activities.dtypes.astype(str)) == dict(ACTIVITY_DTYPES)


def test_a_multi_country_activity_appears_under_each_country(imported):
    _, dataset, _ = imported
    rows = dataset.activities[dataset.activities["reference"] == "XM-DAC-0000-1"]
    assert list(rows["iso3"]) == ["KEN", "UGA", "TZA"]
    assert set(rows["source_row"]) == {1}
    kenya = rows.iloc[0]
    assert kenya["title"] == "Support to prosecutors on trafficking cases"
    assert kenya["description"].startswith("Advice and case reviews.")  # type 1 preferred
    assert "Share for this country (KE): 40%." in kenya["description"]
    assert "Recipients: KE 40%, UG 35%, TZ 25%." in kenya["description"]
    assert "(UG): 35%" in rows.iloc[1]["description"]
    assert kenya["kind"] == "legal"  # DAC 15130
    assert kenya["themes"] == "Legal and judicial development; Human rights"
    assert kenya["status"] == "ongoing"
    assert kenya["start"] == pd.Timestamp("2023-02-15")  # actual start over planned
    assert kenya["end"] == pd.Timestamp("2025-12-31")  # planned end: no actual one
    assert kenya["partners"] == "Example Agency; Ministry of Justice; XM-NGO-12"


def test_a_regional_activity_is_rejected_with_its_position(imported):
    _, _, report = imported
    (rejected,) = report.rejected
    assert rejected.row == 2
    assert rejected.reason.startswith("regional activity, no recipient country")
    assert "289" in rejected.reason
    assert rejected.raw["iati-identifier"] == "XM-DAC-0000-2"


def test_english_narrative_is_preferred_among_languages(imported):
    _, dataset, _ = imported
    (senegal,) = dataset.activities[dataset.activities["iso3"] == "SEN"].itertuples()
    assert senegal.title == "Judges and the anti-trafficking law"
    assert senegal.description == "Cours pour les juges."  # the only one there is
    assert senegal.status == "completed"
    assert senegal.end == pd.Timestamp("2021-09-30")  # actual end over planned
    assert senegal.kind == "policy"  # equal shares: the first mapped sector (15110)
    assert senegal.source_row == 3


def test_provenance(imported):
    path, dataset, _ = imported
    p = dataset.provenance
    assert p.publisher == "Example Agency"
    assert p.edition == "2024-05-01"
    assert p.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert (p.rows_read, p.rows_imported, p.rows_rejected) == (3, 2, 1)
    assert any("multi-country" in c for c in p.caveats)


def test_billion_laughs_is_rejected_as_an_attack(tmp_path):
    path = write(tmp_path, BILLION_LAUGHS)
    assert looks_like_iati(path.read_bytes())  # it would be routed here, and refused
    with pytest.raises(DataImportError) as caught:
        read_iati(path)
    message = str(caught.value)
    assert message.startswith("iati.xml: contains a DTD or entity declarations")
    assert "possible XML attack" in message


def test_external_entity_is_rejected(tmp_path):
    with pytest.raises(DataImportError, match="DTD or entity declarations, which are not allowed"):
        read_iati(write(tmp_path, EXTERNAL_ENTITY))


def test_other_xml_is_a_clear_error(tmp_path):
    path = write(tmp_path, '<?xml version="1.0"?><kml><Document/></kml>', "map.kml")
    assert not looks_like_iati(path.read_bytes())
    with pytest.raises(DataImportError, match=r"not an IATI activity file.*<kml>"):
        read_iati(path)
    with pytest.raises(DataImportError, match="IATI organisation file"):
        read_iati(write(tmp_path, "<iati-organisations/>", "org.xml"))


def test_malformed_xml_names_the_line(tmp_path):
    text = document(activity("<iati-identifier>X</iati-identifier>\n<title>\n</iati-activity>"))
    with pytest.raises(DataImportError, match=r"not well-formed XML at line 3, column \d+"):
        read_iati(write(tmp_path, text))


def test_empty_and_activity_free_files(tmp_path):
    with pytest.raises(DataImportError, match="empty"):
        read_iati(write(tmp_path, "  \n"))
    with pytest.raises(DataImportError, match="without any iati-activity"):
        read_iati(write(tmp_path, document()))


def test_statuses_cancelled_suspended_and_unknown_codes(tmp_path):
    title = "<title><narrative>Policy dialogue</narrative></title>"
    text = document(
        activity(f"{title}<activity-status code='5'/><recipient-country code='KE'/>"),
        activity(f"{title}<activity-status code='6'/><recipient-country code='KE'/>"),
        activity(f"{title}<activity-status code='1'/><recipient-country code='QQ'/>"),
        activity(f"{title}<recipient-country code='QQ'/><recipient-country code='UG'/>"),
        activity("<title/><recipient-country code='KE'/>"),
        activity(f"{title}<activity-status code='1'/><recipient-country code='XK'/>"),
    )
    dataset, report = read_iati(write(tmp_path, text))
    reasons = {r.row: r.reason for r in report.rejected}
    assert reasons[1].startswith("cancelled (IATI activity-status 5)")
    assert reasons[3] == "recipient-country code not understood: 'QQ'"
    assert reasons[4] == reasons[3]  # one unknown code rejects the whole activity
    assert reasons[5] == "no title"
    assert sorted(reasons) == [1, 3, 4, 5]
    assert report.unresolved == {"QQ": 2.0}
    assert report.balanced and report.rows_imported == 2
    suspended, kosovo = dataset.activities.itertuples()
    assert (suspended.status, suspended.source_row) == ("ongoing", 2)
    assert "Suspended" in suspended.description
    assert (kosovo.iso3, kosovo.status, kosovo.kind) == ("XKX", "planned", "technical")
    assert pd.isna(kosovo.start) and pd.isna(kosovo.reference)


def test_training_titles_transactions_and_version_1(tmp_path):
    text = document(
        activity(
            "<iati-identifier>V1-1</iati-identifier>"
            "<title>Capacity building for labour inspectors</title>"
            "<sector code='15130'/>"
            "<activity-date type='start-actual' iso-date='2012-04-01'/>"
            "<activity-date type='end-planned' iso-date='2013-03-31'/>"
            "<transaction><recipient-country code='NP'/></transaction>"
            "<transaction><recipient-country code='BD'/></transaction>"
            "<transaction><recipient-country code='NP'/></transaction>"
        )
    )
    dataset, report = read_iati(write(tmp_path, text))
    assert report.rows_imported == 1
    assert list(dataset.activities["iso3"]) == ["NPL", "BGD"]
    row = dataset.activities.iloc[0]
    assert row["title"] == "Capacity building for labour inspectors"
    assert row["kind"] == "training"  # the title wins over the legal sector
    assert row["themes"] == "Legal and judicial development"  # named from the DAC code
    assert row["start"] == pd.Timestamp("2012-04-01")
    assert row["end"] == pd.Timestamp("2013-03-31")
    assert "taken from the activity's transactions" in row["description"]


def test_progress_and_cancel(tmp_path):
    path = write(tmp_path, VALID)
    seen: list[float] = []
    read_iati(path, progress=seen.append)
    assert seen[0] == 0.0 and seen[-1] == 1.0
    with pytest.raises(DataImportError, match="import cancelled"):
        read_iati(path, cancelled=lambda: True)


def test_looks_like_iati():
    assert looks_like_iati(VALID.encode())
    assert looks_like_iati(b"\xef\xbb\xbf" + VALID.encode())
    assert looks_like_iati(VALID.replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16"))
    assert not looks_like_iati(b"country,title\nKEN,x\n")
    assert not looks_like_iati(b"<html><body>iati-activities</body></html>")
    assert not looks_like_iati(b"PK\x03\x04")


def test_utf16_file_is_read(tmp_path):
    path = tmp_path / "iati16.xml"
    path.write_bytes(VALID.replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16"))
    _, report = read_iati(path)
    assert (report.rows_read, report.rows_imported) == (3, 2)


def test_report_and_activities_round_trip_through_the_workspace(tmp_path, imported):
    _, dataset, report = imported
    workspace = Workspace()
    workspace.add_dataset(dataset, report)
    save_workspace(workspace, tmp_path / "w.sqlite")
    loaded = load_workspace(tmp_path / "w.sqlite")
    assert loaded.reports[dataset.name].to_json() == report.to_json()
    pd.testing.assert_frame_equal(loaded.dataset(dataset.name).activities, dataset.activities)
