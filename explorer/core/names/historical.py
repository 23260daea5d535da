"""Countries that no longer exist but still appear in UN data: their codes and names.

Why: UNODC and UNHCR series reach back to years when Serbia and Montenegro
(``SCG``, until 2006) or the Netherlands Antilles (``ANT``, until 2010) were
countries, and files still write their ISO 3166-3 codes or names. Their figures
belong to no single country of today's map: moving them to Serbia or to Curaçao
would give a country victims it never reported. So a former country, by code or
by name, resolves to its own former-country place (``REGION:Former Yugoslavia``),
which the map lists apart as it lists a region, and every import says which rows
it was (never silently merged into a current country, never an unknown origin).

The places are those the resolver already gave these names: Serbia and
Montenegro, the last state called Yugoslavia, is kept under "Former Yugoslavia".
Two-letter codes are left out: ``CS`` was both Czechoslovakia and Serbia and
Montenegro.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from explorer.core.data.schema import REGION_PREFIX
from explorer.core.texts import QT_TRANSLATE_NOOP, fill

#: Why a table row naming a former country is not a row of a country: "is ..." follows.
NOT_ON_MAP = "is a former country, not on today's map"
#: A former country in the import report's words (said in the interface language there).
DESCRIBED = QT_TRANSLATE_NOOP("ImportReasons", "{code} {country} (a country until {year})")
KEPT_APART = QT_TRANSLATE_NOOP(
    "ImportReasons", "a former country, kept apart as {place} (not merged into {successors})"
)
#: The successors of a former country of more than three countries of today.
ANY_OF = QT_TRANSLATE_NOOP(
    "ImportReasons", "any of the {count} countries of today on its territory"
)


@dataclass(frozen=True)
class FormerCountry:
    """A country of the past that data still name (its ISO 3166-3 alpha-3 code)."""

    code: str
    name: str
    until: int  #: the last year it existed as this country
    place: str  #: the former-country place its figures are kept under (``REGION:`` suffix)
    successors: tuple[str, ...]  #: today's countries on its territory (English names)
    names: tuple[str, ...] = ()  #: other names files give it

    @property
    def result(self) -> str:
        """What a label naming it resolves to."""
        return REGION_PREFIX + self.place

    def describe(self) -> str:
        """``"SCG Serbia and Montenegro (a country until 2006)"``."""
        return fill(DESCRIBED, {"code": self.code, "country": self.name, "year": self.until})

    def named_by(self, label: str) -> str:
        """The label and what it names: ``"'USSR', SUN Soviet Union (a country until 1991)"``."""
        if fold_label(label) in (self.code.casefold(), fold_label(self.name)):
            return self.describe()
        return f"{label!r}, {self.describe()}"


FORMER_COUNTRIES: dict[str, FormerCountry] = {
    f.code: f
    for f in (
        FormerCountry(
            "ANT",
            "Netherlands Antilles",
            2010,
            "Former Netherlands Antilles",
            ("Curaçao", "Sint Maarten", "the Caribbean Netherlands"),
            ("The former Netherlands Antilles", "Antilles néerlandaises", "Antillas Neerlandesas"),
        ),
        FormerCountry(
            "SCG",
            "Serbia and Montenegro",
            2006,
            "Former Yugoslavia",
            ("Serbia", "Montenegro"),
            ("Union of Serbia and Montenegro", "State Union of Serbia and Montenegro"),
        ),
        FormerCountry(
            "YUG",
            "Yugoslavia",
            2003,
            "Former Yugoslavia",
            ("Bosnia and Herzegovina", "Croatia", "Kosovo", "Montenegro", "North Macedonia",
             "Serbia", "Slovenia"),
            ("Former Yugoslavia", "Federal Republic of Yugoslavia"),
        ),
        FormerCountry(
            "CSK",
            "Czechoslovakia",
            1992,
            "Former Czechoslovakia",
            ("Czechia", "Slovakia"),
            ("Former Czechoslovakia",),
        ),
        FormerCountry(
            "SUN",
            "Soviet Union",
            1991,
            "Former Soviet Union",
            ("Armenia", "Azerbaijan", "Belarus", "Estonia", "Georgia", "Kazakhstan",
             "Kyrgyzstan", "Latvia", "Lithuania", "Republic of Moldova", "Russian Federation",
             "Tajikistan", "Turkmenistan", "Ukraine", "Uzbekistan"),
            ("USSR", "Former USSR", "Former Soviet Union"),
        ),
    )
}  # fmt: skip
_PLACES = frozenset(f.result for f in FORMER_COUNTRIES.values())


@cache
def _by_name() -> dict[str, FormerCountry]:
    return {fold_label(label): f for f in FORMER_COUNTRIES.values() for label in (f.name, *f.names)}


def former_names() -> dict[str, str]:
    """Every name of a former country -> its place (``REGION:`` suffix), for the resolver."""
    return {label: f.place for f in FORMER_COUNTRIES.values() for label in (f.name, *f.names)}


def former_country(label: object) -> FormerCountry | None:
    """The former country ``label`` names, by its alpha-3 code or a name; else None."""
    text = str(label).strip()
    if text in FORMER_COUNTRIES:
        return FORMER_COUNTRIES[text]
    return _by_name().get(fold_label(text)) if text else None


def is_former_place(result: object) -> bool:
    """True for a resolver result that is a former country's place (``REGION:Former ...``)."""
    return isinstance(result, str) and result in _PLACES


def kept_apart(former: FormerCountry) -> str:
    """What an import did with it, for the report: kept apart, and from which countries."""
    return fill(
        KEPT_APART, {"place": repr(former.place), "successors": _successors(former.successors)}
    )


def _successors(names: tuple[str, ...]) -> str:
    """``"Serbia or Montenegro"``; past three, how many countries of today it is not."""
    if len(names) > 3:
        return fill(ANY_OF, {"count": len(names)})
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


def fold_label(label: str) -> str:
    """The matching key of a label (:func:`explorer.core.names.keys.fold_label`), imported on
    first use: that module loads ftfy, which the launch leaves until a file is read (the flow
    labels that ask :func:`is_former_place` are built before the first paint)."""
    from explorer.core.names.keys import fold_label as folded

    return folded(label)
