"""The cell values of an activity: kind, status, dates and lists, as officers write them.

Why apart from the readers: officers write "capacity building", "en cours",
"31/12/2023" or "2023"; these are understood the same way wherever they come
from (the activities template, the column headers' folding), and a value that
is not understood is told apart from a blank one, because only the former
rejects a row.
"""

from __future__ import annotations

import re
from datetime import date

import pandas as pd

from explorer.core.data.text import fold as text_fold

STATUSES: tuple[str, ...] = ("planned", "ongoing", "completed")

_KIND_SYNONYMS: dict[str, tuple[str, ...]] = {
    "technical": (
        "technical assistance",
        "technical support",
        "technical cooperation",
        "ta",
        "advisory",
        "advisory services",
        "expertise",
        "technique",
        "assistance technique",
        "tecnica",
        "asistencia tecnica",
    ),
    "legal": (
        "legislative",
        "legislation",
        "legal assistance",
        "legal advice",
        "legislative assistance",
        "law reform",
        "judicial",
        "juridique",
        "juridica",
        "legislativa",
    ),
    "policy": (
        "policy advice",
        "policy support",
        "strategy",
        "action plan",
        "politique",
        "politica",
    ),
    "training": (
        "capacity building",
        "capacity development",
        "train",
        "trainings",
        "workshop",
        "workshops",
        "course",
        "mentoring",
        "formation",
        "capacitacion",
        "formacion",
    ),
    "other": ("awareness", "awareness raising", "research", "outreach", "autre", "otro", "otra"),
}
_STATUS_SYNONYMS: dict[str, tuple[str, ...]] = {
    "planned": (
        "plan",
        "pipeline",
        "proposed",
        "not started",
        "upcoming",
        "future",
        "identification",
        "prevu",
        "planificado",
        "previsto",
    ),
    "ongoing": (
        "on going",
        "in progress",
        "active",
        "current",
        "implementation",
        "under way",
        "underway",
        "running",
        "started",
        "suspended",
        "en cours",
        "en curso",
        "en ejecucion",
    ),
    "completed": (
        "complete",
        "done",
        "finished",
        "closed",
        "ended",
        "finalised",
        "finalized",
        "finalisation",
        "finalization",
        "termine",
        "acheve",
        "terminado",
        "concluido",
        "finalizado",
    ),
}
_CANCELLED = ("cancelled", "canceled", "annule", "cancelado", "dropped", "abandoned")


def fold(text: object) -> str:
    """Case-, accent- and punctuation-light key: ``"In-Progress "`` -> ``"in progress"``."""
    return text_fold(re.sub(r"[-_/]+", " ", str(text)))


def _lookup(synonyms: dict[str, tuple[str, ...]]) -> dict[str, str]:
    table = {canonical: canonical for canonical in synonyms}
    for canonical, words in synonyms.items():
        table.update({fold(word): canonical for word in words})
    return table


_KINDS = _lookup(_KIND_SYNONYMS)
_STATUSES = _lookup(_STATUS_SYNONYMS)


def normalise_kind(text: str) -> str | None:
    """The canonical kind of ``text`` (blank -> ``"other"``), or None when not understood."""
    key = fold(text)
    return "other" if not key else _KINDS.get(key)


def normalise_status(text: str) -> str | None:
    """The canonical status of ``text`` (blank -> ``""``), or None when not understood.

    ``"cancelled"`` and its synonyms are also None: see the module rules.
    """
    key = fold(text)
    return "" if not key else _STATUSES.get(key)


def is_cancelled(text: str) -> bool:
    return fold(text) in _CANCELLED


_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_DMY = re.compile(r"^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$")
_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_YEAR = re.compile(r"^(\d{4})(?:\.0+)?$")
_FIRST_YEAR, _LAST_YEAR = 1900, 2100


def parse_date(text: str, end: bool = False) -> pd.Timestamp | None:
    """The date ``text`` names (None when blank); ValueError when it is not a date.

    A year or a month alone is its first day, or its last day when ``end``.
    """
    text = str(text).strip()
    if not text:
        return None
    if match := _ISO.match(text):
        y, m, d = (int(g) for g in match.groups())
    elif match := _DMY.match(text):
        d, m, y = int(match.group(1)), int(match.group(3)), int(match.group(4))
    elif match := _MONTH.match(text):
        y, m = int(match.group(1)), int(match.group(2))
        d = 0
    elif match := _YEAR.match(text):
        y = int(match.group(1))
        m, d = (12, 31) if end else (1, 1)
    else:
        raise ValueError(text)
    if not _FIRST_YEAR <= y <= _LAST_YEAR:
        raise ValueError(text)
    if d == 0:  # a month: its first day, or its last when it ends something
        d = 1
        if end:
            d = (pd.Timestamp(year=y, month=m, day=1) + pd.offsets.MonthEnd(0)).day
    return pd.Timestamp(date(y, m, d))  # ValueError for 31/02/2020, month 13...


def join_items(text: str) -> str:
    """``"a;  b ; a;"`` -> ``"a; b"``: split at ``;``, trimmed, repeats dropped."""
    items = (item.strip() for item in str(text).split(";"))
    return "; ".join(dict.fromkeys(item for item in items if item))
