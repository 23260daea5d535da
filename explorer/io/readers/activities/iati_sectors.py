"""An IATI activity's sectors, and the kind of assistance they suggest.

Why apart from the activity: the kind is inferred, not read (IATI has no
field for it), from the title's words and the OECD DAC 5-digit sector codes;
keeping the codes and the rule together makes the inference easy to check
against the documented table.
"""

from __future__ import annotations

import re
from xml.etree.ElementTree import Element

from explorer.io.readers.activities.iati_xml import narrative

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


def sectors_of(kids: dict[str, list[Element]], lang: str) -> list[tuple[str, float, str]]:
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
        name = " ".join(narrative(sector, lang).split())
        if not name and dac:
            name = DAC_NAMES.get(dac, f"DAC sector {dac}")
        elif not name and code:
            name = f"sector {code} (vocabulary {vocabulary})"
        sectors.append((dac, percentage, name.replace(";", ",")))
    return sectors


def infer_kind(title: str, sectors: list[tuple[str, float, str]]) -> str:
    if _TRAINING.search(title):
        return "training"
    mapped = [
        (percentage, -position, SECTOR_KINDS[code])
        for position, (code, percentage, _) in enumerate(sectors)
        if code in SECTOR_KINDS
    ]
    return max(mapped)[2] if mapped else "technical"
