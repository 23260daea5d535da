"""ISO 3166-1 country codes: the one table of them the app keeps.

Why one module: importers check codes written in files (GLOTIP's ``Iso3_code``,
CTDC's alpha-2 and alpha-3 columns) and the name resolver reads codes typed as
labels; all must accept the same codes. ISO 3166 does not assign Kosovo a code;
``XK`` / ``XKX`` are the user-assigned codes every statistical publisher uses,
so they count as ISO here.
"""

from __future__ import annotations

from functools import cache

import pandas as pd

KOSOVO = ("XK", "XKX")


@cache
def alpha3_codes() -> frozenset[str]:
    """Every ISO 3166-1 alpha-3 code, and XKX (Kosovo)."""
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.countries) | {KOSOVO[1]}


@cache
def alpha2_to_alpha3() -> dict[str, str]:
    """ISO 3166-1 alpha-2 -> alpha-3 (``XK`` -> ``XKX``)."""
    import pycountry

    table = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    table[KOSOVO[0]] = KOSOVO[1]
    return table


@cache
def numeric_to_alpha3() -> dict[str, str]:
    """ISO 3166-1 numeric (zero-padded, as ``"566"``) -> alpha-3."""
    import pycountry

    return {c.numeric: c.alpha_3 for c in pycountry.countries}


def is_alpha3(codes: pd.Series) -> pd.Series:
    """True where a code is ISO 3166-1 alpha-3 (or XKX)."""
    return codes.isin(alpha3_codes())
