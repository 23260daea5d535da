"""One IATI activity to activity rows (one per recipient country), or its reason for rejection.

Why apart from the parsing: the file is parsed as a stream and each activity
is handed here as its children by name; which country, status, dates, text,
partners and kind an activity has, and why it cannot be put on the map, are
the import's rules (see :mod:`explorer.io.readers.activities.iati`).
"""

from __future__ import annotations

import re
from datetime import date
from xml.etree.ElementTree import Element

from explorer.core.texts import fill
from explorer.io.importing import table_words as tw
from explorer.io.importing.report import ImportReport, RejectedRow
from explorer.io.readers.activities.iati_sectors import infer_kind, sectors_of
from explorer.io.readers.activities.iati_xml import children, first_child, narrative, organisation
from explorer.io.readers.activities.records import CountryLabels
from explorer.io.readers.activities.values import join_items

STATUSES = {"1": "planned", "2": "ongoing", "3": "completed", "4": "completed", "6": "ongoing"}

CANCELLED, SUSPENDED = "5", "6"
_DATE_TYPES = {
    "1": "start-planned",
    "2": "start-actual",
    "3": "end-planned",
    "4": "end-actual",
}
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def add_activity(
    kids: dict[str, list[Element]],
    number: int,
    lang: str,
    countries: CountryLabels,
    report: ImportReport,
    rows: list[dict],
) -> None:
    """Append the rows of one ``iati-activity``, or record why it is rejected."""
    identifier_element = first_child(kids, "iati-identifier")
    identifier = "" if identifier_element is None else "".join(identifier_element.itertext())
    identifier = identifier.strip()
    title = " ".join(narrative(first_child(kids, "title"), lang).split())
    recipients = [
        ((c.get("code") or "").strip().upper(), (c.get("percentage") or "").strip())
        for c in kids.get("recipient-country", [])
    ]
    notes: list[str] = []
    regions = [
        (
            (r.get("code") or "").strip(),
            narrative(r, lang),
            (r.get("percentage") or "").strip(),
        )
        for r in kids.get("recipient-region", [])
    ]
    if not recipients and not regions:
        for transaction in kids.get("transaction", []):
            for c in children(transaction, "recipient-country"):
                code = (c.get("code") or "").strip().upper()
                if code and code not in (r[0] for r in recipients):
                    recipients.append((code, ""))
        if recipients:
            notes.append("Recipient countries taken from the activity's transactions.")
    status_element = first_child(kids, "activity-status")
    status_code = (status_element.get("code", "") if status_element is not None else "").strip()

    problems: list[str] = []
    if not title:
        problems.append(str(tw.NO_TITLE))
    codes = [code for code, _ in recipients if code]
    if not codes:
        if regions:
            shown = ", ".join(" ".join(p for p in (code, name) if p) for code, name, _ in regions)
            problems.append(fill(tw.REGIONAL_ACTIVITY, {"regions": shown}))
        else:
            problems.append(str(tw.NO_RECIPIENT))
    countries.tally(codes)
    resolved: dict[str, str] = {}
    unresolved: list[str] = []
    for code in dict.fromkeys(codes):
        iso3, _reason = countries(code)
        if iso3 is None:
            unresolved.append(code)
        else:
            resolved[code] = iso3
    if unresolved:
        codes = ", ".join(repr(c) for c in unresolved)
        problems.append(fill(tw.RECIPIENT_NOT_UNDERSTOOD, {"codes": codes}))
    if status_code == CANCELLED:
        problems.append(str(tw.IATI_CANCELLED))
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
    sectors = sectors_of(kids, lang)
    record = {
        "title": title,
        "kind": infer_kind(title, sectors),
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
    return narrative(chosen, lang)


def _date(kids: dict[str, list[Element]], preferred: tuple[str, ...]) -> str | None:
    dates: dict[str, str] = {}
    for element in kids.get("activity-date", []):
        kind = (element.get("type") or "").strip()
        kind = _DATE_TYPES.get(kind, kind)
        value = (element.get("iso-date") or element.text or "").strip()
        if ISO_DATE.match(value) and kind not in dates:
            try:
                dates[kind] = date.fromisoformat(value[:10]).isoformat()
            except ValueError:
                continue
    return next((dates[kind] for kind in preferred if kind in dates), None)


def _partners(kids: dict[str, list[Element]], lang: str) -> list[str]:
    names = (organisation(org, lang) for org in kids.get("participating-org", []))
    return [name for name in names if name]
