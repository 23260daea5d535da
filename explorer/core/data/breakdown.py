"""Which slice of an indicator a figure describes: total, sex, age, form of exploitation.

Why: GLOTIP keys every figure by four columns (Dimension, Category, Sex, Age).
The UI needs one hashable value to select, a short human label ("Girls"
rather than "Female, 0 to 17 years") and a stable order to list them in. The
two citizenship dimensions are flows (origin countries), not map breakdowns.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from explorer.core.data.schema import TOTAL

FORM_DIMENSION = "by form of exploitation"
#: Dimensions whose categories are countries: drawn as flows, not as map breakdowns.
FLOW_DIMENSIONS: tuple[str, ...] = ("by citizenship", "by country of repatriation")

CHILDREN = "0 to 17 years"
ADULTS = "18 years or over"
FORMS: tuple[str, ...] = ("Sexual exploitation", "Forced labour", "Other forms of exploitation")

SEXES: tuple[str, ...] = ("Female", "Male", "Other", "Unknown")
AGES: tuple[str, ...] = (CHILDREN, ADULTS, "Unknown")

GROUPS: tuple[str, ...] = ("Total", "Sex", "Age", "Sex and age", "Form of exploitation", "Other")

_SEX_LABELS = {"Female": "Female", "Male": "Male", "Other": "Other sex", "Unknown": "Sex unknown"}
_AGE_LABELS = {CHILDREN: "Children (0-17)", ADULTS: "Adults (18+)", "Unknown": "Age unknown"}
_SEX_AGE_LABELS = {
    ("Female", CHILDREN): "Girls",
    ("Male", CHILDREN): "Boys",
    ("Female", ADULTS): "Women",
    ("Male", ADULTS): "Men",
}


def _rank(value: str, known: tuple[str, ...]) -> tuple[int, str]:
    """Known vocabulary first in its natural order, then anything else alphabetically."""
    return (known.index(value), "") if value in known else (len(known), value)


@dataclass(frozen=True)
class Breakdown:
    """One GLOTIP (Dimension, Category, Sex, Age) key; every field defaults to "Total".

    ``Breakdown(sex="Female", age=CHILDREN).label == "Girls"``.
    """

    dimension: str = TOTAL
    category: str = TOTAL
    sex: str = TOTAL
    age: str = TOTAL

    TOTAL: ClassVar[Breakdown]

    @property
    def is_flow(self) -> bool:
        """True for citizenship/repatriation keys, which belong on the flow layer."""
        return self.dimension in FLOW_DIMENSIONS

    @property
    def _sex_age_label(self) -> str:
        if self.sex == TOTAL and self.age == TOTAL:
            return ""
        if (self.sex, self.age) in _SEX_AGE_LABELS:
            return _SEX_AGE_LABELS[(self.sex, self.age)]
        if self.age == TOTAL:
            return _SEX_LABELS.get(self.sex, self.sex)
        if self.sex == TOTAL:
            return _AGE_LABELS.get(self.age, self.age)
        return f"{_SEX_LABELS.get(self.sex, self.sex)}, {_AGE_LABELS.get(self.age, self.age)}"

    @property
    def label(self) -> str:
        """Short text for a combo box or legend title."""
        people = self._sex_age_label
        if self.dimension == TOTAL:
            head = "" if self.category == TOTAL else self.category
        else:
            head = self.dimension if self.category == TOTAL else self.category
        if head and people:
            return f"{head} ({people})"
        return head or people or "Total"

    @property
    def group(self) -> str:
        """Heading under which the combo box lists this breakdown (one of ``GROUPS``)."""
        if self.dimension == FORM_DIMENSION:
            return "Form of exploitation"
        if self.dimension != TOTAL or self.category != TOTAL:
            return "Other"
        if self.sex == TOTAL and self.age == TOTAL:
            return "Total"
        if self.age == TOTAL:
            return "Sex"
        if self.sex == TOTAL:
            return "Age"
        return "Sex and age"

    @property
    def sort_key(self) -> tuple:
        """Total first, then sex, age, sex and age, forms; known vocabulary in its usual order.

        Within "Sex and age", girls and boys come before women and men.
        """
        return (
            GROUPS.index(self.group),
            self.dimension,
            _rank(self.category, FORMS),
            _rank(self.age, (TOTAL, *AGES)),
            _rank(self.sex, (TOTAL, *SEXES)),
        )


Breakdown.TOTAL = Breakdown()


def sort_breakdowns(items: list[Breakdown] | set[Breakdown]) -> list[Breakdown]:
    """``items`` in display order (see ``Breakdown.sort_key``)."""
    return sorted(items, key=lambda b: b.sort_key)
