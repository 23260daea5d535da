"""A contradiction in the file, said in the reader's language.

Why apart from the checks (``consistency``): the checks keep the facts of each
contradiction (which breakdown, which part, the numbers); the words depend on
who reads them. The panel, the tooltip, the brief and the import report say
them in the interface language; the data exports and the import report's CSV
keep the English sentence of the ``message`` column.

Each kind of contradiction of each breakdown is one whole sentence for the
translator (French, Russian and Arabic agree their words with the group, so
"female + male" cannot be slotted into a sentence written for "the origins").
Part names are the breakdown labels the panel already shows ("Children
(0-17)", "Sexual exploitation"), an origin is named as the flows name it in a
translation and as the file wrote it in English; numbers are written in the
reader's digits.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from explorer.core.data.breakdown import FORM_DIMENSION, Breakdown
from explorer.core.data.local_numbers import digits_text
from explorer.core.data.values import format_number
from explorer.core.flows.labels import origin_name
from explorer.core.indicators.shown_names import breakdown_name
from explorer.core.names.display_names import country_name
from explorer.core.names.languages import is_english
from explorer.core.texts import QT_TRANSLATE_NOOP, words

# The kinds: stored in English (the report's CSV, the workspace), said in the language
# of the screen (the import report's summary counts them).
PART_ABOVE = QT_TRANSLATE_NOOP("Consistency", "a part above the total")
PARTS_ABOVE = QT_TRANSLATE_NOOP("Consistency", "the parts above the total")
SUPPRESSED_TOTAL = QT_TRANSLATE_NOOP("Consistency", "a <5 total with parts above 4")
KINDS = (PART_ABOVE, PARTS_ABOVE, SUPPRESSED_TOTAL)
# The facts of a contradiction, after the columns that place it (iso3, year, indicator).
FACTS = ("group", "kind", "part", "origin", "number", "total")

#: A warning on a figure ("⚠ In the file: …"): one part of its breakdown ("Female",
#: "Children (0-17)", "Sexual exploitation") is larger than the total the file gives.
_ONE_PART_ABOVE = {
    "part": QT_TRANSLATE_NOOP("Consistency", "{part} alone is {number}, above the total {total}."),
    "origin": QT_TRANSLATE_NOOP(
        "Consistency", "The origin '{origin}' alone is {number}, above the total {total}."
    ),
    "": QT_TRANSLATE_NOOP("Consistency", "One part alone is {number}, above the total {total}."),
}
_SUM_ABOVE = {
    "sex": QT_TRANSLATE_NOOP(
        "Consistency", "Female + male add up to {number}, more than the total {total}."
    ),
    "age": QT_TRANSLATE_NOOP(
        "Consistency", "Children + adults add up to {number}, more than the total {total}."
    ),
    "forms": QT_TRANSLATE_NOOP(
        "Consistency",
        "The forms of exploitation add up to {number}, more than the total {total}.",
    ),
    "origins": QT_TRANSLATE_NOOP(
        "Consistency", "The origins add up to {number}, more than the total {total}."
    ),
}
_SUM_ABOVE_SUPPRESSED = {
    "sex": QT_TRANSLATE_NOOP(
        "Consistency", "The total is {total}, but female + male add up to {number}."
    ),
    "age": QT_TRANSLATE_NOOP(
        "Consistency", "The total is {total}, but children + adults add up to {number}."
    ),
    "forms": QT_TRANSLATE_NOOP(
        "Consistency", "The total is {total}, but the forms of exploitation add up to {number}."
    ),
    "origins": QT_TRANSLATE_NOOP(
        "Consistency", "The total is {total}, but the origins add up to {number}."
    ),
}
#: The breakdown a contradiction is in, as the import report's column names it.
GROUP_NAMES = {
    "sex": QT_TRANSLATE_NOOP("Consistency", "Sex"),
    "age": QT_TRANSLATE_NOOP("Consistency", "Age"),
    "forms": QT_TRANSLATE_NOOP("Consistency", "Forms of exploitation"),
    "origins": QT_TRANSLATE_NOOP("Consistency", "Origins"),
}


def group_name(group: str, lang: str | None) -> str:
    """The breakdown ``group`` ("sex", "origins") as ``lang`` names it."""
    template = GROUP_NAMES.get(group)
    return words(lang).say(template) if template else group


def _label(group: str, part: str) -> str:
    """The panel's label of a part: "Female", "Children (0-17)", "Sexual exploitation"."""
    if group == "sex":
        return Breakdown(sex=part).label
    if group == "age":
        return Breakdown(age=part).label
    return Breakdown(FORM_DIMENSION, part).label


def _origin(label: str, code: str, lang: str | None) -> str:
    """An origin as the file wrote it (English), or as the flows name it in ``lang``."""
    if is_english(lang) or not code:
        return label
    return origin_name(code, None, {code: country_name(code, lang, label)}, lang)


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


@dataclass(frozen=True)
class Contradiction:
    """One contradiction: the breakdown ``group``, its ``kind``, the part above the total
    (``part`` as the file keys it, ``origin`` the code of an origin), the part's or the
    parts' ``number`` and the ``total`` (NaN when the total is ``<5``)."""

    group: str
    kind: str
    part: str = ""
    origin: str = ""
    number: float = math.nan
    total: float = math.nan

    @classmethod
    def of(cls, row: Mapping[str, Any]) -> Contradiction:
        """The contradiction of one row of ``consistency_warnings`` (a dict, a Series)."""
        return cls(
            str(row["group"]),
            str(row["kind"]),
            _text(row["part"]),
            _text(row["origin"]),
            float(row["number"]),
            float(row["total"]),
        )

    def __str__(self) -> str:
        return self.text(None)

    def text(self, lang: str | None = None) -> str:
        """The sentence in ``lang``, its numbers in ``lang``'s digits (None: English)."""
        w = words(lang)
        number = format_number(self.number, lang)
        if self.kind == SUPPRESSED_TOTAL:
            total = "<" + digits_text("5", lang)
            return w.say(_SUM_ABOVE_SUPPRESSED[self.group], total=total, number=number)
        total = format_number(self.total, lang)
        if self.kind == PARTS_ABOVE:
            return w.say(_SUM_ABOVE[self.group], number=number, total=total)
        if not self.part:
            return w.say(_ONE_PART_ABOVE[""], number=number, total=total)
        if self.group == "origins":
            origin = _origin(self.part, self.origin, lang)
            return w.say(_ONE_PART_ABOVE["origin"], origin=origin, number=number, total=total)
        part = breakdown_name(_label(self.group, self.part), lang)
        return w.say(_ONE_PART_ABOVE["part"], part=part, number=number, total=total)
