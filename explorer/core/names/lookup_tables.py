"""The resolver's lookup tables, built once per process from every source of names.

Why a separate build step: names come from pycountry, babel (CLDR, several languages),
the generated ``resources/country_aliases.csv`` and the hand-written tables, and they
disagree. Folding them all into one dictionary of keys, with the conflicts settled by
source priority (hand-written over ISO/CLDR names over generated demonyms) and the
remaining ties marked ambiguous, lets every later lookup be a plain dictionary read.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from functools import cache

import pycountry
from babel import Locale

from explorer.core.data.schema import DOMESTIC, REGION_PREFIX, UNKNOWN
from explorer.core.geo.locations import resources_dir
from explorer.core.names import class_phrases, country_spellings, iso
from explorer.core.names.demonyms import DEMONYMS
from explorer.core.names.fuzzy import FUZZY_MIN_LENGTH
from explorer.core.names.historical import former_names
from explorer.core.names.keys import core_key, fold_label
from explorer.core.names.resolution import METHODS

_AMBIGUOUS = ""  # marker result: the key names several countries
_ALIASES_CSV = "country_aliases.csv"
_EXPAND = re.compile(r"(\w+)\[([^\]]*)\]")

# Source priorities: a lower number wins a conflict between different results.
_HAND, _NAME, _GENERATED = 0, 1, 2


def _expand_forms(spec: str) -> Iterable[str]:
    """``"roumain[,e,s]"`` -> roumain, roumaine, roumains; plain words as they are."""
    for token in spec.split():
        match = _EXPAND.fullmatch(token)
        if match is None:
            yield token
        else:
            for suffix in match.group(2).split(","):
                yield match.group(1) + suffix


class LookupTables:
    """Every lookup the resolver needs, built once per process (see :func:`lookup_tables`)."""

    def __init__(self) -> None:
        self.codes: dict[str, str] = {}
        candidates: dict[str, dict[str, tuple[int, str]]] = {}

        def add(label: str, result: str, method: str, priority: int) -> None:
            key = fold_label(label)
            if not key:
                return
            found = candidates.setdefault(key, {})
            if result in found:  # same result: keep the strongest source, the plainest method
                old_priority, old_method = found[result]
                priority = min(priority, old_priority)
                method = min(method, old_method, key=METHODS.index)
            found[result] = (priority, method)

        # Codes typed as labels: the one ISO table, plus the bundled map's own codes below.
        self.codes.update(iso.alpha2_to_alpha3())
        self.codes.update(iso.numeric_to_alpha3())
        self.codes.update({code: code for code in iso.alpha3_codes()})
        for country in pycountry.countries:
            iso3 = country.alpha_3
            for attribute in ("name", "official_name", "common_name"):
                value = getattr(country, attribute, None)
                if value:
                    add(value, iso3, "name", _NAME)
        alpha2_to_iso3 = {alpha2: iso3 for alpha2, iso3 in self.codes.items() if len(alpha2) == 2}
        for iso3, (alpha2, name) in country_spellings.EXTRA_COUNTRIES.items():
            self.codes[iso3] = iso3
            if alpha2:
                self.codes[alpha2] = iso3
                alpha2_to_iso3[alpha2] = iso3
            add(name, iso3, "name", _HAND)
        for language in country_spellings.NAME_LANGUAGES:
            for code, name in Locale(language).territories.items():
                iso3 = alpha2_to_iso3.get(code)
                if iso3:
                    add(name, iso3, "name", _NAME)
        for label, iso3, kind in _read_generated():
            if iso3 in self.codes:  # countryinfo also knows withdrawn codes such as ANT
                add(label, iso3, kind, _GENERATED)
        for label, iso3 in country_spellings.ALIASES.items():
            add(label, iso3, "alias", _HAND)
        for iso3, spec in DEMONYMS.items():
            for form in _expand_forms(spec):
                add(form, iso3, "demonym", _HAND)
        for phrase in class_phrases.DOMESTIC_PHRASES:
            add(phrase, DOMESTIC, "class", _HAND)
        for phrase in class_phrases.UNKNOWN_PHRASES:
            add(phrase, UNKNOWN, "class", _HAND)
        for region in class_phrases.M49_REGIONS:
            add(region, REGION_PREFIX + region, "class", _HAND)
        for label, region in class_phrases.REGION_ALIASES.items():
            add(label, REGION_PREFIX + region, "class", _HAND)
        for label, place in former_names().items():  # former countries: their own place
            add(label, REGION_PREFIX + place, "class", _HAND)

        #: normalised key -> (result, method); result "" marks an ambiguous key.
        self.names: dict[str, tuple[str, str]] = {}
        for key, found in candidates.items():
            best = min(priority for priority, _ in found.values())
            winners = {result: method for result, (p, method) in found.items() if p == best}
            if len(winners) == 1:
                self.names[key] = next(iter(winners.items()))
            else:
                self.names[key] = (_AMBIGUOUS, "unresolved")
        for label in country_spellings.AMBIGUOUS:
            self.names[fold_label(label)] = (_AMBIGUOUS, "unresolved")

        #: order-free core key -> (result, method) for keys whose cores agree.
        self.cores: dict[str, tuple[str, str]] = {}
        clashes: set[str] = set()
        for key, (result, method) in self.names.items():
            if not result:
                continue
            core = core_key(key)
            if core in self.cores and self.cores[core][0] != result:
                clashes.add(core)
            self.cores.setdefault(core, (result, method))
        for core in clashes:
            del self.cores[core]

        self.region_names = {
            key: result
            for key, (result, _) in self.names.items()
            if result.startswith(REGION_PREFIX)
        }
        self.fuzzy_keys = [key for key in self.names if len(key) >= FUZZY_MIN_LENGTH - 1]


def _read_generated() -> list[tuple[str, str, str]]:
    """Rows of ``resources/country_aliases.csv``; empty when the file is missing."""
    try:
        path = resources_dir() / _ALIASES_CSV
        with path.open(encoding="utf-8", newline="") as handle:
            return [(row["label"], row["iso3"], row["kind"]) for row in csv.DictReader(handle)]
    except FileNotFoundError:
        return []


@cache
def lookup_tables() -> LookupTables:
    """The process-wide tables, built on first use (a fraction of a second)."""
    return LookupTables()
