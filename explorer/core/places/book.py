"""The places a user can look at: the World, its UN regions and subregions, and own groups.

Why one book: the panel's place picker, View > Zoom to region, the summaries,
the flows between places and the ``summary`` command must agree on what a
place is and which countries it holds. Membership comes from the bundled
country table (UN M49 region and subregion); groups ("ECOWAS", "EU-27") are
the user's and live in the workspace. Antarctica belongs to no place.

A place has a code that never collides with a country code or a flow class:
``world``, ``region:<name>``, ``subregion:<name>``, ``group:<name>``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

import numpy as np
import pandas as pd
from psygnal import Signal

from explorer.core.names.display_names import region_name

WORLD = "world"
EXCLUDED_REGIONS = frozenset({"Antarctica"})


class PlaceKind(StrEnum):
    WORLD = "world"
    REGION = "region"
    SUBREGION = "subregion"
    GROUP = "group"


def place_code(kind: PlaceKind | str, name: str = "") -> str:
    """``world``, ``region:Africa``, ``subregion:Northern Africa``, ``group:ECOWAS``."""
    kind = PlaceKind(kind)
    return WORLD if kind is PlaceKind.WORLD else f"{kind.value}:{name}"


def split_code(code: str) -> tuple[PlaceKind, str]:
    """(kind, name) of a place code; ValueError for anything else."""
    if code == WORLD:
        return PlaceKind.WORLD, "World"
    kind, sep, name = code.partition(":")
    if not sep or not name or kind not in {k.value for k in PlaceKind}:
        raise ValueError(f"not a place code: {code!r}")
    return PlaceKind(kind), name


def is_place_code(code: object) -> bool:
    """True for a code made by :func:`place_code`."""
    if not isinstance(code, str):
        return False
    try:
        split_code(code)
    except ValueError:
        return False
    return True


@dataclass(frozen=True)
class Place:
    """One place: its code, kind, display name, member countries and (regions) parent."""

    code: str
    kind: PlaceKind
    name: str
    members: frozenset[str]
    parent: str = ""  # a subregion's region code; "" otherwise

    @property
    def size(self) -> int:
        return len(self.members)


def _clean_members(members: Iterable[str], known: Iterable[str]) -> frozenset[str]:
    allowed = set(known)
    return frozenset(str(m).strip().upper() for m in members) & allowed


class PlaceBook:
    """Every place, built from the country table; groups can be added, changed and removed.

    ``countries`` needs the columns iso3, name, region and subregion. ``lang``
    names the World, regions and subregions in that language (their codes stay
    English: workspaces and the command line name them so).
    ``groups_changed`` is emitted with the new ``{name: sorted members}``.
    """

    groups_changed = Signal(object)

    def __init__(
        self,
        countries: pd.DataFrame,
        groups: Mapping[str, Iterable[str]] | None = None,
        lang: str | None = None,
    ) -> None:
        self.lang = lang  # the language the places are named in (None: English)
        table = countries[["iso3", "name", "region", "subregion"]].copy()
        table = table[~table["region"].isin(EXCLUDED_REGIONS) & table["region"].notna()]
        self.codes: tuple[str, ...] = tuple(str(c) for c in table["iso3"])
        self.country_names: dict[str, str] = dict(
            zip(self.codes, (str(n) for n in table["name"]), strict=True)
        )
        self.region_of: dict[str, str] = dict(
            zip(self.codes, (str(r) for r in table["region"]), strict=True)
        )
        self.subregion_of: dict[str, str] = {
            c: str(s) for c, s in zip(self.codes, table["subregion"], strict=True) if pd.notna(s)
        }
        self._index = {c: i for i, c in enumerate(self.codes)}
        self._fixed: dict[str, Place] = {}
        world = Place(WORLD, PlaceKind.WORLD, region_name("World", lang), frozenset(self.codes))
        self._fixed[WORLD] = world
        for region in sorted(set(self.region_of.values())):
            members = frozenset(c for c, r in self.region_of.items() if r == region)
            code = place_code(PlaceKind.REGION, region)
            self._fixed[code] = Place(code, PlaceKind.REGION, region_name(region, lang), members)
        for sub in sorted(set(self.subregion_of.values())):
            members = frozenset(c for c, s in self.subregion_of.items() if s == sub)
            region = self.region_of[next(iter(members))]
            code = place_code(PlaceKind.SUBREGION, sub)
            if code in self._fixed or sub == region:
                continue
            parent = place_code(PlaceKind.REGION, region)
            name = region_name(sub, lang)
            self._fixed[code] = Place(code, PlaceKind.SUBREGION, name, members, parent)
        self._groups: dict[str, Place] = {}
        self._masks: dict[str, np.ndarray] = {}
        if groups:
            for name, members in groups.items():
                self._store_group(name, members)

    # -- what is there -------------------------------------------------------
    def world(self) -> Place:
        return self._fixed[WORLD]

    def regions(self) -> list[Place]:
        return [p for p in self._fixed.values() if p.kind is PlaceKind.REGION]

    def subregions(self, region: str | None = None) -> list[Place]:
        """Subregions, all or those of ``region`` (a region name or code)."""
        subs = [p for p in self._fixed.values() if p.kind is PlaceKind.SUBREGION]
        if region is None:
            return subs
        parent = region if region.startswith("region:") else place_code(PlaceKind.REGION, region)
        return [p for p in subs if p.parent == parent]

    def groups(self) -> list[Place]:
        return sorted(self._groups.values(), key=lambda p: p.name.casefold())

    def places(self) -> list[Place]:
        """World, then each region followed by its subregions, then the groups."""
        out = [self.world()]
        for region in self.regions():
            out.append(region)
            out.extend(self.subregions(region.code))
        return out + self.groups()

    def get(self, code: str) -> Place:
        """The place with ``code``; KeyError when there is none."""
        if code in self._fixed:
            return self._fixed[code]
        return self._groups[code]

    def __contains__(self, code: object) -> bool:
        return code in self._fixed or code in self._groups

    def find(self, text: str) -> Place | None:
        """A place by its name (shown or English) or code, case and spacing ignored
        ("western europe", "Europe de l\u2019Ouest" in French, "world")."""
        wanted = " ".join(str(text).split()).casefold()
        for place in self.places():
            english = place.code.partition(":")[2].casefold()
            if wanted in (place.name.casefold(), place.code.casefold(), english):
                return place
        return None

    def country_region(self, iso3: str) -> Place | None:
        region = self.region_of.get(iso3)
        return self._fixed.get(place_code(PlaceKind.REGION, region)) if region else None

    def country_subregion(self, iso3: str) -> Place | None:
        sub = self.subregion_of.get(iso3)
        return self._fixed.get(place_code(PlaceKind.SUBREGION, sub)) if sub else None

    def names(self) -> dict[str, str]:
        """Display name of every place code (for flow ends and tables)."""
        return {p.code: p.name for p in self.places()}

    def mask(self, code: str) -> np.ndarray:
        """Boolean array over ``codes``: True for the place's members (memoised)."""
        if code not in self._masks:
            members = self.get(code).members
            self._masks[code] = np.array([c in members for c in self.codes], dtype=bool)
        return self._masks[code]

    def index_of(self, iso3: str) -> int | None:
        return self._index.get(iso3)

    # -- groups ----------------------------------------------------------------
    def group_members(self) -> dict[str, list[str]]:
        """``{group name: sorted member codes}``, as the workspace stores them."""
        return {p.name: sorted(p.members) for p in self.groups()}

    def set_group(self, name: str, members: Iterable[str]) -> Place:
        """Add or replace the group ``name``; ValueError for an empty name or no countries."""
        place = self._store_group(name, members)
        self.groups_changed.emit(self.group_members())
        return place

    def set_groups(self, groups: Mapping[str, Iterable[str]]) -> None:
        """Replace every group (a workspace was opened); unusable entries are skipped."""
        self._groups.clear()
        self._masks = {k: v for k, v in self._masks.items() if not k.startswith("group:")}
        for name, members in groups.items():
            try:
                self._store_group(name, members)
            except ValueError:
                continue
        self.groups_changed.emit(self.group_members())

    def remove_group(self, name: str) -> None:
        code = place_code(PlaceKind.GROUP, name)
        if self._groups.pop(code, None) is not None:
            self._masks.pop(code, None)
            self.groups_changed.emit(self.group_members())

    def _store_group(self, name: str, members: Iterable[str]) -> Place:
        name = " ".join(str(name).split())
        if not name:
            raise ValueError("a group needs a name")
        chosen = _clean_members(members, self.codes)
        if not chosen:
            raise ValueError(f"the group {name!r} has no country of the map")
        code = place_code(PlaceKind.GROUP, name)
        place = Place(code, PlaceKind.GROUP, name, chosen)
        self._groups[code] = place
        self._masks.pop(code, None)
        return place
