"""Generate ``resources/country_aliases.csv``: English demonyms and alternative spellings.

Why a generated file: ``countryinfo`` (a development dependency only) knows the English
demonym and a few alternative spellings of every country, but the app must not need it at
run time. This script is run once by a developer and its output is committed; the
resolver reads the CSV (``explorer/core/names/lookup_tables.py``).

Run: ``.venv/bin/python resources/build_country_aliases.py``
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import countryinfo

OUT = Path(__file__).resolve().parent / "country_aliases.csv"


def _split(text: str) -> list[str]:
    return [part.strip() for part in re.split(r"[,/;]| or ", text) if part.strip()]


def main() -> None:
    rows: set[tuple[str, str, str, str]] = set()
    for country in countryinfo.all_countries():
        iso = country.iso() or {}
        iso3 = iso.get("alpha3")
        if not iso3:
            continue
        demonym = country.demonym() or ""
        for form in _split(demonym):
            rows.add((form, iso3, "demonym", "en"))
            if form.endswith("n"):  # Albanian -> Albanians; not Irish, Thai, Swiss
                rows.add((form + "s", iso3, "demonym", "en"))
        for spelling in country.alt_spellings() or []:
            if len(spelling) > 3:  # codes are handled separately
                rows.add((spelling, iso3, "alias", "en"))
    with OUT.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["label", "iso3", "kind", "lang"])
        writer.writerows(sorted(rows))
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
