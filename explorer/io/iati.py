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
from datetime import date
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml import ElementTree as SafeTree

from explorer.core.dataset import Dataset
from explorer.io.activities_table import (
    CountryLabels,
    activities_frame,
    build_provenance,
    join_items,
    sort_unresolved,
)
from explorer.io.errors import DataImportError
from explorer.io.import_report import ImportReport, RejectedRow
from explorer.io.import_steps import Steps
from explorer.io.limits import MAX_XML_DEPTH

__all__ = ["DataImportError", "looks_like_iati", "read_iati"]

Resolver = Callable[..., object]

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

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
STATUSES = {"1": "planned", "2": "ongoing", "3": "completed", "4": "completed", "6": "ongoing"}
CANCELLED, SUSPENDED = "5", "6"
_DATE_TYPES = {
    "1": "start-planned",
    "2": "start-actual",
    "3": "end-planned",
    "4": "end-actual",
}
SECTOR_KINDS = {
    "15130": "legal",
    "15134": "legal",
    "15110": "policy",
    "15131": "policy",
    "11330": "training",
    "11430": "training",
}
#: Names of common DAC codes, for sectors given without a narrative.
DAC_NAMES = {
    "11330": "Vocational training",
    "11430": "Advanced technical and managerial training",
    "15110": "Public sector policy and administrative management",
    "15130": "Legal and judicial development",
    "15131": "Justice, law and order policy, planning and administration",
    "15132": "Police",
    "15134": "Judicial affairs",
    "15136": "Immigration",
    "15137": "Prisons",
    "15160": "Human rights",
    "15170": "Women's rights organisations and movements, and government institutions",
    "15180": "Ending violence against women and girls",
    "15190": "Facilitation of orderly, safe, regular and responsible migration and mobility",
    "15210": "Security system management and reform",
    "16010": "Social protection",
}
_TRAINING = re.compile(
    r"\b(train\w*|workshops?|courses?|capacity[- ](?:building|development)|mentoring|"
    r"curricul\w*)\b",
    re.IGNORECASE,
)
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
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
) -> tuple[Dataset, ImportReport]:
    """Read an IATI activity file into a Dataset (activities only) and its report.

    ``resolve(label)`` defaults to ``explorer.core.names.resolve``;
    ``progress`` receives fractions 0..1; when ``cancelled()`` turns True the
    import stops with ``DataImportError("import cancelled")``. Any failure,
    a DTD or entity declaration included, is raised as ``DataImportError``
    with a message for the user.
    """
    path = Path(path)
    step = Steps(progress, cancelled)
    try:
        return _read(path, resolve, step)
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


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _children(element: Element, name: str) -> list[Element]:
    return [child for child in element if _local(child.tag) == name]


def _index(element: Element) -> dict[str, list[Element]]:
    """Children of ``element`` by local name, in file order (one pass per activity)."""
    kids: dict[str, list[Element]] = {}
    for child in element:
        kids.setdefault(_local(child.tag), []).append(child)
    return kids


def _first(kids: dict[str, list[Element]], name: str) -> Element | None:
    found = kids.get(name)
    return found[0] if found else None


def _narrative(element: Element | None, default_lang: str) -> str:
    """The English narrative of ``element`` (else the first; else its own text, IATI v1)."""
    if element is None:
        return ""
    texts = [
        (n.get(XML_LANG) or default_lang or "", (n.text or "").strip())
        for n in _children(element, "narrative")
    ]
    texts = [(lang, text) for lang, text in texts if text]
    if not texts:
        return (element.text or "").strip()
    for lang, text in texts:
        if lang.casefold().split("-")[0] == "en":
            return text
    return texts[0][1]


def _read(path: Path, resolve: Resolver | None, step: Steps) -> tuple[Dataset, ImportReport]:
    step(0.0)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DataImportError(f"{path.name}: cannot be read ({exc.strerror or exc})") from exc
    if not data.strip():
        raise DataImportError(f"{path.name}: the file is empty")

    report = ImportReport(file_name=path.name)
    report.resolved_subject = "of activities resolved to a recipient country"
    report.unresolved_note = "recipient country codes not understood (their activities rejected)"
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
        if depth == 1 and _local(element.tag) != "iati-activity" and root is not element:
            if _local(root.tag) == "iati-activities":  # not an activity: let it go too
                root.remove(element)
            continue
        if depth > 1 or _local(element.tag) != "iati-activity":
            continue
        report.rows_read += 1
        if report.rows_read % 25 == 0:
            step(0.9 * stream.tell() / len(data))
        kids, lang = _index(element), _lang(element, root)
        publisher = _organisation(_first(kids, "reporting-org"), lang)
        if publisher:
            publishers[publisher] = None
        _activity(kids, report.rows_read, lang, countries, report, rows)
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
        edition=generated[:10] if _ISO_DATE.match(generated) else "",
        caveats=CAVEATS,
    )
    name = path.stem
    dataset = Dataset(name, provenance, activities=activities_frame(rows, name))
    step(1.0)
    return dataset, report


def _check_root(root: Element, file_name: str) -> None:
    tag = _local(root.tag)
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


def _lang(activity: Element, root: Element | None) -> str:
    return activity.get(XML_LANG) or (root.get(XML_LANG) if root is not None else "") or ""


def _activity(
    kids: dict[str, list[Element]],
    number: int,
    lang: str,
    countries: CountryLabels,
    report: ImportReport,
    rows: list[dict],
) -> None:
    """Append the rows of one ``iati-activity``, or record why it is rejected."""
    identifier_element = _first(kids, "iati-identifier")
    identifier = "" if identifier_element is None else "".join(identifier_element.itertext())
    identifier = identifier.strip()
    title = " ".join(_narrative(_first(kids, "title"), lang).split())
    recipients = [
        ((c.get("code") or "").strip().upper(), (c.get("percentage") or "").strip())
        for c in kids.get("recipient-country", [])
    ]
    notes: list[str] = []
    regions = [
        (
            (r.get("code") or "").strip(),
            _narrative(r, lang),
            (r.get("percentage") or "").strip(),
        )
        for r in kids.get("recipient-region", [])
    ]
    if not recipients and not regions:
        for transaction in kids.get("transaction", []):
            for c in _children(transaction, "recipient-country"):
                code = (c.get("code") or "").strip().upper()
                if code and code not in (r[0] for r in recipients):
                    recipients.append((code, ""))
        if recipients:
            notes.append("Recipient countries taken from the activity's transactions.")
    status_element = _first(kids, "activity-status")
    status_code = (status_element.get("code", "") if status_element is not None else "").strip()

    problems: list[str] = []
    if not title:
        problems.append("no title")
    codes = [code for code, _ in recipients if code]
    if not codes:
        if regions:
            shown = ", ".join(" ".join(p for p in (code, name) if p) for code, name, _ in regions)
            problems.append(f"regional activity, no recipient country (recipient-region {shown})")
        else:
            problems.append("no recipient country")
    resolved: dict[str, str] = {}
    unresolved: list[str] = []
    for code in dict.fromkeys(codes):
        iso3, _reason = countries(code)
        if iso3 is None:
            unresolved.append(code)
        else:
            resolved[code] = iso3
    if unresolved:
        problems.append(
            "recipient-country code not understood: " + ", ".join(repr(c) for c in unresolved)
        )
    if status_code == CANCELLED:
        problems.append("cancelled (IATI activity-status 5): never delivered, not imported")
    if problems:
        raw = {
            "iati-identifier": identifier,
            "title": title,
            "recipient-country": "; ".join(
                f"{code} {share}%" if share else code for code, share in recipients
            ),
            "recipient-region": "; ".join(code for code, _, _ in regions),
            "activity-status": status_code,
        }
        report.rejected.append(RejectedRow(number, "; ".join(problems), raw))
        countries.count_unresolved(unresolved)
        return

    if status_code == SUSPENDED:
        notes.append("Suspended (IATI activity status 6).")
    shares = [(code, share) for code, share in recipients if code]
    if len(shares) > 1 or any(share for _, share in shares) or regions:
        parts = [f"{code} {share}%" if share else code for code, share in shares]
        parts += [
            f"region {code or name} {share}%" if share else f"region {code or name}"
            for code, name, share in regions
        ]
        notes.append("Recipients: " + ", ".join(parts) + ".")
    sectors = _sectors(kids, lang)
    record = {
        "title": title,
        "kind": _kind(title, sectors),
        "themes": join_items("; ".join(theme for _, _, theme in sectors)) or None,
        "status": STATUSES.get(status_code),
        "start": _date(kids, ("start-actual", "start-planned")),
        "end": _date(kids, ("end-actual", "end-planned")),
        "partners": join_items("; ".join(_partners(kids, lang))) or None,
        "reference": identifier or None,
    }
    description = _description(kids, lang)
    seen: set[str] = set()
    for code, share in shares:
        iso3 = resolved[code]
        if iso3 in seen:
            continue
        seen.add(iso3)
        own = [f"Share for this country ({code}): {share}%."] if share and len(shares) > 1 else []
        text = "\n\n".join(p for p in (description, " ".join([*own, *notes])) if p)
        rows.append({**record, "iso3": iso3, "description": text or None, "source_row": number})


def _description(kids: dict[str, list[Element]], lang: str) -> str:
    found = kids.get("description", [])
    general = [d for d in found if d.get("type", "1").strip() == "1"]
    chosen = (general or found or [None])[0]
    return _narrative(chosen, lang)


def _date(kids: dict[str, list[Element]], preferred: tuple[str, ...]) -> str | None:
    dates: dict[str, str] = {}
    for element in kids.get("activity-date", []):
        kind = (element.get("type") or "").strip()
        kind = _DATE_TYPES.get(kind, kind)
        value = (element.get("iso-date") or element.text or "").strip()
        if _ISO_DATE.match(value) and kind not in dates:
            try:
                dates[kind] = date.fromisoformat(value[:10]).isoformat()
            except ValueError:
                continue
    return next((dates[kind] for kind in preferred if kind in dates), None)


def _organisation(org: Element | None, lang: str) -> str:
    """An organisation's name: its narrative, else its ``ref``."""
    if org is None:
        return ""
    name = " ".join(_narrative(org, lang).split()) or (org.get("ref") or "").strip()
    return name.replace(";", ",")


def _partners(kids: dict[str, list[Element]], lang: str) -> list[str]:
    names = (_organisation(org, lang) for org in kids.get("participating-org", []))
    return [name for name in names if name]


def _sectors(kids: dict[str, list[Element]], lang: str) -> list[tuple[str, float, str]]:
    """(DAC 5-digit code or "", percentage, theme) of each ``sector``, in file order."""
    sectors = []
    for sector in kids.get("sector", []):
        code = (sector.get("code") or "").strip()
        vocabulary = (sector.get("vocabulary") or "1").strip()
        try:
            percentage = float(sector.get("percentage") or 0)
        except ValueError:
            percentage = 0.0
        dac = code if vocabulary in ("1", "DAC") else ""
        name = " ".join(_narrative(sector, lang).split())
        if not name and dac:
            name = DAC_NAMES.get(dac, f"DAC sector {dac}")
        elif not name and code:
            name = f"sector {code} (vocabulary {vocabulary})"
        sectors.append((dac, percentage, name.replace(";", ",")))
    return sectors


def _kind(title: str, sectors: list[tuple[str, float, str]]) -> str:
    if _TRAINING.search(title):
        return "training"
    mapped = [
        (percentage, -position, SECTOR_KINDS[code])
        for position, (code, percentage, _) in enumerate(sectors)
        if code in SECTOR_KINDS
    ]
    return max(mapped)[2] if mapped else "technical"
