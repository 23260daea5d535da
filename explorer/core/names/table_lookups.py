"""The resolver's exact stages: each reads a label's key, reshaped, from the lookup tables.

Why apart from the resolver: each stage is one way a label's key is looked up
(as written, without a parenthesis, turned around a comma, with abbreviations expanded,
order-free without filler words, as a regional aggregate), and none of them guesses;
the resolver only decides their order (see :mod:`explorer.core.names.resolver`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from explorer.core.names.class_phrases import OTHERS_WORDS
from explorer.core.names.keys import (
    FILLER_WORDS,
    core_key,
    drop_parentheses,
    expand_abbreviations,
    fold_label,
)

if TYPE_CHECKING:
    from explorer.core.names.lookup_tables import LookupTables

_REGION_PREFIX_WORDS = (("m49", "region"), ("region",), ("m49",))


def lookup_function(
    tables_: LookupTables, methods: tuple[str, ...] | None = None
) -> Callable[[str], str | None]:
    """Folded key -> result ("" for an ambiguous key) or None, with abbreviations expanded;
    ``methods`` keeps only keys of those kinds (a plural is of a demonym, not a name)."""

    def lookup(key: str) -> str | None:
        for variant in dict.fromkeys((key, expand_abbreviations(key))):
            found = tables_.names.get(variant)
            if found is not None and (methods is None or found[1] in methods):
                return found[0]
        return None

    return lookup


def key_variants(fixed: str, key: str) -> list[str]:
    """The key, then without parentheses, turned around a comma, with abbreviations expanded."""
    variants = [key]
    bare = fold_label(drop_parentheses(fixed))
    variants.append(bare)
    if "," in fixed:
        head, _, tail = drop_parentheses(fixed).rpartition(",")
        variants.append(fold_label(f"{tail} {head}"))
    variants += [expand_abbreviations(variant) for variant in list(variants)]
    seen: list[str] = []
    for variant in variants:
        if variant and variant not in seen:
            seen.append(variant)
    return seen


def core_lookup(tables_: LookupTables, key: str) -> tuple[str, str] | None:
    """Order-free lookup without filler words, only for labels that had some."""
    words = set(expand_abbreviations(key).split())
    if not words & FILLER_WORDS and words == set(key.split()):
        return None
    return tables_.cores.get(core_key(key))


def region_aggregate(tables_: LookupTables, key: str) -> str | None:
    """``"africa others"``, ``"other europe"``, ``"m49 region africa"`` -> REGION:<name>."""
    words = key.split()
    for prefix in _REGION_PREFIX_WORDS:
        if tuple(words[: len(prefix)]) == prefix and len(words) > len(prefix):
            region = tables_.region_names.get(" ".join(words[len(prefix) :]))
            if region:
                return region
    rest = [word for word in words if word not in OTHERS_WORDS]
    if len(rest) < len(words) and rest:
        region = tables_.region_names.get(" ".join(rest))
        if region:
            return region
    return None
