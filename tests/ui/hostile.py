"""A hostile dataset: every text a file can carry into the app, as a test fixture builds it.

Markup, script, ``javascript:`` links, a right-to-left override, 10,000
characters with and without spaces, emoji and a NUL byte, put in country
labels, an indicator name, activity titles, descriptions and partners, and
every provenance field. Shared by the widget, export and HTML tests.
"""

from __future__ import annotations

import pandas as pd

from explorer.core.data.dataset import Dataset
from explorer.core.data.provenance import Provenance

IMG = "<img src=x onerror=\"document.title='pwned'\">"
SCRIPT = "<script>document.body.setAttribute('data-pwned','1')</script>"
LINK = "<a href=\"javascript:document.title='pwned'\">click</a>"
MARKUP = "<b>bold</b><i>italic</i><h1>big</h1>"
RLO = "Evil\u202etxt.exe"
NUL = "nul\x00byte"
EMOJI = "🚩 Ñandú 👩\u200d👩\u200d👧 ok"
LONG_WORD = "W" * 10_000
LONG_TEXT = ("lorem ipsum " * 834)[:10_000]
FORMULA = '=HYPERLINK("http://x","y")'

#: One of each, for loops and parametrised tests.
CASES = {
    "img": IMG,
    "script": SCRIPT,
    "link": LINK,
    "markup": MARKUP,
    "rlo": RLO,
    "nul": NUL,
    "emoji": EMOJI,
    "long_word": LONG_WORD,
    "long_text": LONG_TEXT,
}
#: Country -> hostile label (Brazil and Germany also have flows in the demo data).
COUNTRY_NAMES = {
    "BRA": IMG + " Brazil",
    "DEU": LONG_WORD,
    "NGA": RLO,
    "ITA": NUL + " " + SCRIPT,
    "FRA": EMOJI + " " + LINK,
    "ESP": FORMULA,
}
VICTIMS = "Detected trafficking victims"
HOSTILE_INDICATOR = MARKUP + " " + LONG_WORD + " " + RLO + " victims"
DATASET_NAME = IMG + NUL + RLO + " " + LONG_WORD


def hostile_countries(countries):
    """``countries`` with the hostile labels of :data:`COUNTRY_NAMES` (a copy)."""
    renamed = countries.copy()
    for iso3, name in COUNTRY_NAMES.items():
        renamed.loc[renamed["iso3"] == iso3, "name"] = name
    return renamed


def _activities() -> pd.DataFrame:
    rows = []
    for i, text in enumerate(CASES.values()):
        rows.append(
            {
                "iso3": "BRA",
                "title": text,
                "kind": "technical",
                "themes": f"{MARKUP}; {RLO}",
                "status": "ongoing",
                "start": pd.Timestamp(2019 + i % 3, 1, 1),
                "end": pd.NaT,
                "partners": f"{LINK}; {EMOJI}; {NUL}",
                "description": f"{SCRIPT} {LONG_TEXT} {LONG_WORD}",
                "reference": f"REF-{i} {IMG}",
                "source_row": i + 2,
            }
        )
    return pd.DataFrame(rows)


def hostile_dataset(demo: Dataset) -> Dataset:
    """The demo's figures and flows under hostile names, provenance and activities."""
    extra = demo.observations[demo.observations["indicator"] == VICTIMS].copy()
    extra["indicator"] = HOSTILE_INDICATOR
    observations = pd.concat([demo.observations, extra], ignore_index=True)
    provenance = Provenance(
        publisher=MARKUP + " " + LINK,
        title=SCRIPT + " " + LONG_WORD,
        edition=RLO,
        citation=LONG_TEXT,
        licence=EMOJI,
        caveats=(IMG, NUL, LONG_TEXT),
        file_name=IMG + ".xlsx",
        sha256="ab" * 32,
        imported_at="2024-01-01T00:00:00",
        rows_read=10,
        rows_imported=9,
        rows_rejected=1,
    )
    return Dataset(
        DATASET_NAME,
        provenance,
        observations=observations,
        flows=demo.flows,
        activities=_activities(),
    )
