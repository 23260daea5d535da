"""Read an IATI activity file (XML, standard v2.0x) into a Dataset of assistance activities.

Why: donors and agencies publish their projects in the IATI standard; an
officer can import their own organisation's file instead of retyping it into
the activities template. The file is untrusted XML, so it is parsed with
defusedxml and ANY document type declaration is refused before it is read:
no entity expansion ("billion laughs"), no external entities, no network.

Rules (documented for users in ``docs/activities-template.md``):
- Rows: ``rows_read`` is the number of ``iati-activity`` elements; a rejected
  activity's "row" is its position among them (1 = the first). An imported
  activity counts once, whatever its number of recipient countries.
- Recipients: one activity row per ``recipient-country`` (ISO 3166-1 alpha-2,
  resolved like any country label; ``XK`` is Kosovo). Several countries' rows
  share the reference; the country's percentage, and the others', are added
  to the description. With no ``recipient-country`` on the activity, those on
  its transactions are used (noted in the description). An activity with only
  a ``recipient-region`` is rejected ("regional activity, no recipient
  country"): it cannot be put on one country. An activity whose countries
  include an unknown code is rejected, and the code is listed in
  ``report.unresolved``.
- Text: ``title``/``description`` come from their ``narrative`` children,
  preferring English (``xml:lang="en"``, or the activity's default language)
  and otherwise the first. A description of type 1 (general) is preferred.
  Version 1 files, with text directly in the element, are read too. An
  activity without a title is rejected.
- status (``activity-status@code``): 1 pipeline -> planned; 2 implementation
  -> ongoing; 3 finalisation and 4 closed -> completed; 6 suspended ->
  ongoing, with "Suspended" added to the description; 5 cancelled -> the
  activity is rejected (never delivered, so it must not count as
  assistance). No status stays blank.
- Dates (``activity-date@iso-date``): start is the actual start (type 2) or
  else the planned one (1); end is the actual end (4) or else the planned one
  (3). Version 1 names (``start-actual``...) are understood. An unreadable
  date is treated as absent.
- kind: ``training`` when the title speaks of training (train, workshop,
  course, capacity building, mentoring, curriculum); otherwise from the
  OECD DAC 5-digit sectors (vocabulary 1, the default), the sector with the
  largest percentage among these deciding: 15130 legal and judicial
  development and 15134 judicial affairs -> legal; 15110 public sector policy
  and 15131 justice, law and order policy -> policy; 11330 vocational and
  11430 advanced technical and managerial training -> training; otherwise
  ``technical``. ``other`` is never inferred.
- themes: the sectors' narratives (or the DAC name of common codes, or
  "DAC sector <code>"), ``"; "``-separated.
- partners: the ``participating-org`` narratives (their ``ref`` when they
  have none), ``"; "``-separated, in file order.
- reference: ``iati-identifier``.
- Provenance: publisher is the ``reporting-org`` when all activities share one
  (else blank); edition is the date of ``iati-activities@generated-datetime``.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml import ElementTree as SafeTree

from explorer.core.data.dataset import Dataset
from explorer.io.importing import report_words as rw
from explorer.io.importing.errors import DataImportError
from explorer.io.importing.files import file_bytes
from explorer.io.importing.limits import MAX_XML_DEPTH
from explorer.io.importing.report import ImportReport
from explorer.io.importing.resolving import Resolver
from explorer.io.importing.steps import Steps
from explorer.io.readers.activities.iati_activity import ISO_DATE, add_activity
from explorer.io.readers.activities.iati_xml import (
    activity_lang,
    children_by_name,
    first_child,
    local_name,
    organisation,
)
from explorer.io.readers.activities.records import (
    CountryLabels,
    activities_frame,
    build_provenance,
    sort_unresolved,
)

__all__ = ["DataImportError", "looks_like_iati", "read_iati"]


TITLE = "IATI activities"
CAVEATS = (
    "Activities as published in IATI by the file's publisher(s): a country "
    "without activities in the file is not a country without assistance.",
    "A multi-country activity appears under each of its recipient countries; "
    "its percentage for each country is in the description.",
    "Activity kinds were inferred from titles and DAC sector codes.",
    "Regional activities without a recipient country are not on the map "
    "(they are listed in the import report).",
)

_SNIFF = re.compile(r"<(?:[\w.-]+:)?iati-activit(?:ies|y)[\s>/]")
_POSITION = re.compile(r":\s*line \d+, column \d+$")


def looks_like_iati(data: bytes) -> bool:
    """True when ``data`` (a file's first bytes suffice) is XML whose root is an IATI activity set.

    A sniff, not a validation: it looks for an ``<iati-activities>`` (or
    ``<iati-activity>``) tag in the first 64 KiB of an XML document.
    """
    head = data[:65536]
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        text = head.decode("utf-16", "ignore")
    else:
        text = head.decode("utf-8", "ignore")
    text = text.lstrip("\ufeff \t\r\n")
    return text.startswith("<") and _SNIFF.search(text) is not None


def read_iati(
    path: str | Path,
    resolve: Resolver | None = None,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    data: bytes | None = None,
) -> tuple[Dataset, ImportReport]:
    """Read an IATI activity file into a Dataset (activities only) and its report.

    ``resolve(label)`` defaults to ``explorer.core.names.resolver.resolve``;
    ``progress`` receives fractions 0..1; when ``cancelled()`` turns True the
    import stops with ``DataImportError("import cancelled")``. Any failure,
    a DTD or entity declaration included, is raised as ``DataImportError``
    with a message for the user.
    """
    path = Path(path)
    step = Steps(progress, cancelled)
    try:
        return _read(path, resolve, step, data)
    except DataImportError:
        raise
    except DefusedXmlException as exc:
        raise DataImportError(
            f"{path.name}: contains a DTD or entity declarations, which are not allowed "
            "(possible XML attack); IATI files never need them, so nothing was imported"
        ) from exc
    except ParseError as exc:
        line, column = getattr(exc, "position", (0, 0))
        detail = _POSITION.sub("", str(exc))
        raise DataImportError(
            f"{path.name}: not well-formed XML at line {line}, column {column} ({detail})"
        ) from exc
    except Exception as exc:  # anything else is a bug or a file we did not foresee
        raise DataImportError(f"{path.name}: could not be imported ({exc})") from exc


def _read(
    path: Path, resolve: Resolver | None, step: Steps, data: bytes | None = None
) -> tuple[Dataset, ImportReport]:
    step(0.0)
    data = file_bytes(path, data)

    report = ImportReport(file_name=path.name)
    report.resolved_subject = rw.IATI_SUBJECT
    report.unresolved_note = rw.IATI_UNRESOLVED
    countries = CountryLabels(resolve, report)
    rows: list[dict] = []
    publishers: dict[str, None] = {}
    stream = io.BytesIO(data)
    root: Element | None = None
    depth = 0
    events = SafeTree.iterparse(stream, events=("start", "end"), forbid_dtd=True)
    for event, element in events:
        if event == "start":
            depth += 1
            if depth > MAX_XML_DEPTH:  # IATI is 6 deep; a million levels is an attack
                raise DataImportError(
                    f"{path.name}: XML nested more than {MAX_XML_DEPTH} levels deep, "
                    "which no IATI file is; nothing was imported"
                )
            if root is None:
                root = element
                _check_root(root, path.name)
            continue
        depth -= 1
        if depth == 1 and local_name(element.tag) != "iati-activity" and root is not element:
            if local_name(root.tag) == "iati-activities":  # not an activity: let it go too
                root.remove(element)
            continue
        if depth > 1 or local_name(element.tag) != "iati-activity":
            continue
        report.rows_read += 1
        if report.rows_read % 25 == 0:
            step(0.9 * stream.tell() / len(data))
        kids, lang = children_by_name(element), activity_lang(element, root)
        publisher = organisation(first_child(kids, "reporting-org"), lang)
        if publisher:
            publishers[publisher] = None
        add_activity(kids, report.rows_read, lang, countries, report, rows)
        if depth == 1:
            root.remove(element)  # keep memory flat on large files
    assert root is not None  # iterparse raises on a document without elements
    if report.rows_read == 0:
        raise DataImportError(f"{path.name}: an IATI file without any iati-activity element")
    sort_unresolved(report)
    report.rows_imported = report.rows_read - len(report.rejected)
    step(0.9)

    generated = root.get("generated-datetime", "").strip()
    provenance = build_provenance(
        path,
        data,
        report,
        publisher=next(iter(publishers)) if len(publishers) == 1 else "",
        title=TITLE,
        edition=generated[:10] if ISO_DATE.match(generated) else "",
        caveats=CAVEATS,
    )
    name = path.stem
    dataset = Dataset(name, provenance, activities=activities_frame(rows, name))
    step(1.0)
    return dataset, report


def _check_root(root: Element, file_name: str) -> None:
    tag = local_name(root.tag)
    if tag in ("iati-activities", "iati-activity"):
        return
    if tag == "iati-organisations":
        raise DataImportError(
            f"{file_name}: an IATI organisation file, not an activity file; "
            "import the publisher's activity file instead"
        )
    raise DataImportError(
        f"{file_name}: not an IATI activity file: its root element is <{tag}>, "
        "expected <iati-activities>"
    )
