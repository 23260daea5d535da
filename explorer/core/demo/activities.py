"""Invented assistance activities for the demo dataset.

Why a module of its own: the demo's numbers and its text records are two
ideas. Activities here are plainly fictional: generic partner roles
("Ministry of Justice", "Bar Association"), never a real organisation named
as if it had done the work, titles from templates, ``DEMO-`` references, and a
description that says the record is synthetic. Statuses are computed against a
fixed date (``AS_OF``), not today's, so the output never changes.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

ACTIVITY_COUNT = 300
AS_OF = np.datetime64("2025-06-30", "D")  # planned/ongoing/completed are judged at this date
FIRST_DAY = np.datetime64("2014-01-01", "D")
LAST_START = np.datetime64("2026-06-30", "D")
LAST_DAY = np.datetime64("2026-12-31", "D")

KINDS = ("technical", "legal", "policy", "training", "other")
KIND_SHARES = (0.25, 0.2, 0.18, 0.32, 0.05)
THEMES = (
    "trafficking",
    "smuggling",
    "child protection",
    "cybercrime",
    "money laundering",
    "gender",
)
THEME_SHARES = np.array([0.4, 0.2, 0.14, 0.08, 0.08, 0.1])
_TOPIC = {
    "trafficking": "trafficking in persons",
    "smuggling": "migrant smuggling",
    "child protection": "child victims and witnesses",
    "cybercrime": "online exploitation",
    "money laundering": "financial investigations",
    "gender": "gender-sensitive victim support",
}
_LAW = {
    "trafficking": "anti-trafficking",
    "smuggling": "migrant-smuggling",
    "child protection": "child-protection",
    "cybercrime": "cybercrime",
    "money laundering": "anti-money-laundering",
    "gender": "gender-based violence",
}
_TEMPLATES = {
    "training": (
        "Training of prosecutors on {topic}",
        "Training of border officials on {topic}",
        "Training of labour inspectors on {topic}",
        "Judicial workshop on {topic}",
        "Training of police investigators on {topic}",
    ),
    "legal": (
        "Drafting support for the {law} law",
        "Review of the {law} law against international standards",
        "Advice on implementing regulations for the {law} law",
    ),
    "policy": (
        "National action plan on {topic}",
        "Support to the national coordination body on {topic}",
        "Policy dialogue on {topic}",
    ),
    "technical": (
        "Case-management support on {topic}",
        "Data collection and reporting on {topic}",
        "Standard operating procedures on {topic}",
    ),
    "other": ("Awareness campaign on {topic}", "Regional exchange of practice on {topic}"),
}
_LEADS = {
    "training": "Courses and mentoring for practitioners",
    "legal": "Legislative drafting and review support",
    "policy": "Support to planning and coordination",
    "technical": "Tools and procedures for day-to-day casework",
    "other": "Outreach and exchange of experience",
}
#: Generic roles, not real organisations.
PARTNERS = (
    "Ministry of Justice",
    "Ministry of Interior",
    "Ministry of Labour",
    "Ministry of Social Affairs",
    "National Police",
    "Border Police",
    "Office of the Prosecutor General",
    "Judicial Training Institute",
    "Bar Association",
    "Labour Inspectorate",
    "National Coordination Body",
    "Civil-society shelter network",
    "Women's rights association",
    "Child-protection services",
    "Financial Intelligence Unit",
    "Immigration Service",
    "University law faculty",
    "Regional prosecutors' network",
)


def _pick(rng: np.random.Generator, shares: np.ndarray, count: np.ndarray) -> list[list[int]]:
    """Per row, ``count`` distinct indexes drawn by ``shares`` (Gumbel top-k, vectorised)."""
    score = np.log(shares)[None, :] + rng.gumbel(size=(count.size, shares.size))
    order = np.argsort(-score, axis=1, kind="stable")
    return [list(row[:k]) for row, k in zip(order, count, strict=True)]


def generate_activities(
    rng: np.random.Generator, places: pd.DataFrame, dataset: str
) -> pd.DataFrame:
    """About 300 activities, one row per recipient country (multi-country ones repeat
    the reference). ``places`` has iso3, name, region sorted as the demo uses them."""
    n = len(places)
    iso3 = places["iso3"].to_numpy(dtype=object)
    names = places["name"].to_numpy(dtype=object)
    region = places["region"].to_numpy(dtype=object)
    m = ACTIVITY_COUNT
    span = int((LAST_START - FIRST_DAY).astype(int))
    start = np.sort(FIRST_DAY + rng.integers(0, span + 1, m))
    end = np.minimum(start + rng.integers(30, 1100, m), LAST_DAY)
    status = np.where(start > AS_OF, "planned", np.where(end < AS_OF, "completed", "ongoing"))
    kind = rng.choice(len(KINDS), size=m, p=KIND_SHARES)
    themes = _pick(rng, THEME_SHARES, rng.integers(1, 4, m))
    partners = _pick(rng, np.full(len(PARTNERS), 1.0 / len(PARTNERS)), rng.integers(1, 4, m))
    template = rng.integers(0, 5, m)
    appeal = np.exp(rng.normal(0, 0.8, n))
    first = rng.choice(n, size=m, p=appeal / appeal.sum())
    size = np.where(rng.random(m) < 0.12, rng.integers(2, 5, m), 1)
    extra = rng.random((m, n))

    rows: dict[str, list] = {
        c: []
        for c in (
            "iso3",
            "title",
            "kind",
            "themes",
            "status",
            "start",
            "end",
            "partners",
            "description",
            "reference",
        )
    }
    for i in range(m):
        recipients = [first[i]]
        if size[i] > 1:  # neighbours in the same region, by a per-activity random order
            same = np.flatnonzero((region == region[first[i]]) & (np.arange(n) != first[i]))
            recipients += list(same[np.argsort(extra[i, same], kind="stable")][: size[i] - 1])
        k = KINDS[kind[i]]
        main = THEMES[themes[i][0]]
        options = _TEMPLATES[k]
        title = options[template[i] % len(options)].format(topic=_TOPIC[main], law=_LAW[main])
        who = "; ".join(PARTNERS[j] for j in partners[i])
        where = ", ".join(names[r] for r in recipients)
        description = (
            f"{_LEADS[k]} in {where}, with {who.replace('; ', ', ')}. "
            "SYNTHETIC demonstration record: not a real activity."
        )
        reference = f"DEMO-{str(start[i])[:4]}-{i + 1:04d}"
        for r in recipients:
            for column, value in (
                ("iso3", iso3[r]),
                ("title", title),
                ("kind", k),
                ("themes", "; ".join(THEMES[t] for t in themes[i])),
                ("status", status[i]),
                ("start", start[i]),
                ("end", end[i]),
                ("partners", who),
                ("description", description),
                ("reference", reference),
            ):
                rows[column].append(value)
    frame = pd.DataFrame(rows)
    frame.insert(0, "dataset", dataset)
    return frame
