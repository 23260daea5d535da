"""A place summary as one JSON object: the keys ``summary --json`` prints (README documents them).

Why plain numbers and explicit Ns: a script that quotes a figure must also
be able to quote how many countries it covers; ``None`` (JSON null) means
"not computable", never 0.
"""

from __future__ import annotations

import math
from typing import Any

from explorer.core.places.origins import OTHER_REGIONS, OWN, SAME_REGION, SAME_SUBREGION
from explorer.core.places.origins import UNKNOWN_CLASS as UNKNOWN_ORIGIN
from explorer.core.places.summary import PlaceSummary
from explorer.core.places.wording import METHOD


def _num(x: float | None, digits: int | None = None) -> float | int | None:
    if x is None or (isinstance(x, float) and (math.isnan(x) or math.isinf(x))):
        return None
    if digits is None:
        return int(x) if float(x).is_integer() else float(x)
    return round(float(x), digits)


def _pct(share: float | None) -> float | None:
    return None if share is None else round(share * 100, 2)


def summary_json(summary: PlaceSummary) -> dict[str, Any]:
    """The documented keys, plus ranges and the profile; shares in per cent, 2 decimals."""
    total, change = summary.total, summary.change
    children = summary.share("age", "Children (0-17)")
    out: dict[str, Any] = {
        "place": summary.place.name,
        "place_code": summary.place.code,
        "year": summary.year,
        "indicator": summary.indicator,
        "total": _num(total.exact_sum) if summary.is_count and total.exact_countries else None,
        "total_range": (
            [_num(total.low), _num(total.high)]
            if summary.is_count and total.bounded_countries
            else None
        ),
        "countries_reporting": total.reporting,
        "countries_exact": total.exact_countries,
        "countries_in_place": total.members,
        "change_pct": _num(change.pct, 2) if change is not None else None,
        "change_countries": change.countries if change is not None else 0,
        "change_from_year": change.previous_year if change is not None else None,
        "children_share_pct": _pct(children.share) if children else None,
        "children_countries": children.countries if children else 0,
    }
    if summary.levels:  # a categorical indicator: countries per level, no total
        out["countries_reporting"] = sum(level.countries for level in summary.levels)
        out["levels"] = [
            {"level": level.label, "countries": level.countries, "ranked": level.ranked}
            for level in summary.levels
        ]
    origins = summary.origins
    for key, index in (
        ("domestic", OWN),
        ("same_subregion", SAME_SUBREGION),
        ("other_subregions_same_region", SAME_REGION),
        ("other_regions", OTHER_REGIONS),
        ("unknown_origin", UNKNOWN_ORIGIN),
    ):
        share = origins.share(index) if origins is not None else None
        out[f"{key}_share_pct"] = _pct(share.share) if share else None
        out[f"{key}_share_range_pct"] = (
            [_pct(share.share_low), _pct(share.share_high)] if share else None
        )
    out["origin_countries"] = origins.countries if origins is not None else 0
    out["profile"] = {
        group: [
            {
                "part": s.label,
                "share_pct": _pct(s.share),
                "countries": s.countries,
                "range_pct": [_pct(s.low), _pct(s.high)] if s.low is not None else None,
            }
            for s in shares
        ]
        for group, shares in summary.profile.items()
    }
    out["method"] = METHOD
    return out
