"""Turn a free-text country label into an ISO3 code or an explicit class.

Why one resolver for every importer: origins of victims arrive as free text in several
languages (``Albanian``, ``Marruecos``, ``roumain``, ``TÃ¼rkiye``, ``Nationals``). Each
importer asks here, so the same label always resolves the same way, and the import
report can say how each label was understood.

Results are an ISO 3166 alpha-3 code (or a user-assigned code of the bundled country
table such as ``XKX`` for Kosovo), ``DOMESTIC`` (own nationals), ``UNKNOWN``,
``REGION:<name>`` (a regional aggregate: the UN M49 region name where clear, otherwise
the aggregate's own cleaned name), or ``None`` (unresolved: the caller keeps the raw
label and its count). A blank label (an empty citizenship cell) is ``UNKNOWN``.
A former country (``SCG``, ``Serbia and Montenegro``) is its own former-country
place, never a country of today (see :mod:`~explorer.core.names.historical`).
A valid ISO3 code is returned even when the map has no shape for
it (e.g. ``TUV``); the importer decides what to draw.

Order of attempts: user aliases; ISO codes (``NG``, ``NGA``, ``566``, written as codes);
the precomputed table of normalised names, aliases, demonyms and class phrases; the same
after removing a parenthesis, turning ``Korea, Republic of`` around and expanding
``Dem.``/``Rep.``; an order-free "core" lookup without filler words (``Benin Rep``);
``REGION`` aggregates (``Africa others``, ``M49 Region: Asia``); labels broken by a
replacement character (``Panam\ufffd``); and last, conservative fuzzy matching.
This module keeps only that order; the stages live in
:mod:`~explorer.core.names.table_lookups`, :mod:`~explorer.core.names.variants` and
:mod:`~explorer.core.names.fuzzy`, the tables in :mod:`~explorer.core.names.lookup_tables`.

Near-namesakes are safe by construction: exact keys always win over fuzzy matching, a
fuzzy match needs a score of at least ``FUZZY_THRESHOLD``, a margin of ``FUZZY_MARGIN``
over any candidate naming another country, at least ``FUZZY_MIN_LENGTH`` characters and
no digits (see :mod:`~explorer.core.names.fuzzy`); labels naming several countries
(``Dominican``, ``Congolese``, ``Korea``) are never resolved.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

import ftfy

from explorer.core.data.schema import DOMESTIC, UNKNOWN
from explorer.core.names.fuzzy import fuzzy_match, wildcard_match
from explorer.core.names.historical import FORMER_COUNTRIES
from explorer.core.names.keys import drop_parentheses, fold_label, normalise
from explorer.core.names.lookup_tables import lookup_tables
from explorer.core.names.resolution import UNRESOLVED, Outcome, Resolution, outcome
from explorer.core.names.table_lookups import (
    core_lookup,
    key_variants,
    lookup_function,
    region_aggregate,
)
from explorer.core.names.variants import (
    bracketed,
    lower_case_code,
    others_only,
    place_then_country,
    plural,
    with_people_word,
)

__all__ = ["Resolver", "resolve"]


class Resolver:
    """Resolves labels; ``aliases`` (normalised or raw label -> result) win over all else.

    User aliases map a label to an ISO3 code or a class (``DOMESTIC``, ``UNKNOWN``,
    ``REGION:<name>``) and report method ``"user"``. Results are cached per label.
    """

    def __init__(self, aliases: Mapping[str, str] | None = None) -> None:
        self._user = {normalise(label): result for label, result in (aliases or {}).items()}
        self._cache: dict[str, Outcome] = {}

    def resolve(self, label: str, detected_in: str | None = None) -> Resolution:
        """How ``label`` resolves; ``detected_in`` (ISO3) fills ``stands_for`` for DOMESTIC."""
        text = "" if label is None else str(label)
        if text not in self._cache:
            self._cache[text] = self._resolve(text)
        result, method, score = self._cache[text]
        stands_for = None
        if result == DOMESTIC and detected_in:
            stands_for = str(detected_in).strip().upper()
        return Resolution(text, result, method, score, stands_for)

    def _resolve(self, text: str) -> Outcome:
        key = normalise(text)
        if key in self._user:
            return self._user[key], "user", None
        tables_ = lookup_tables()
        raw = text.strip()
        if not raw:  # a blank citizenship cell: the victims' origin was not given
            return UNKNOWN, "class", None
        if (raw.isalpha() and raw.isupper() and len(raw) in (2, 3)) or (
            raw.isdigit() and len(raw) == 3
        ):
            code = tables_.codes.get(raw)
            if code:
                return code, "code", None
            if raw in FORMER_COUNTRIES:  # "SCG": a former country, kept as its own place
                return FORMER_COUNTRIES[raw].result, "code", None
        if not key or not any(char.isalpha() for char in key):
            return UNRESOLVED
        fixed = ftfy.fix_text(text)
        lookup = lookup_function(tables_)
        if key not in tables_.names:
            shaped = bracketed(fixed, fold_label, lookup)
            if shaped is not None:  # "Congo (DRC)": the bracket says which, before it goes
                return outcome((shaped, "alias")) if shaped else UNRESOLVED
        for variant in key_variants(fixed, key):
            found = tables_.names.get(variant)
            if found is not None:
                return outcome(found)
        found = core_lookup(tables_, key)
        if found is not None:
            return outcome(found)
        region = region_aggregate(tables_, key)
        if region is not None:
            return region, "class", None
        bare = fold_label(drop_parentheses(fixed))  # "Other countries (Dominica, Panama...)"
        if others_only(key, fold_label) or others_only(bare, fold_label):  # "OTROS", "Autres"
            return UNKNOWN, "class", None
        for shaped in (
            with_people_word(key, lookup),
            plural(key, lookup_function(tables_, methods=("demonym", "alias"))),
            place_then_country(fixed, fold_label, lookup),
        ):
            if shaped:
                return shaped, "alias", None
        code = lower_case_code(raw, tables_.codes)
        if code:
            return code, "code", None
        if "\ufffd" in key:
            return wildcard_match(tables_, key)
        return fuzzy_match(tables_, key)


@cache
def _default_resolver() -> Resolver:
    return Resolver()


def resolve(label: str, detected_in: str | None = None) -> Resolution:
    """Resolve one label with the built-in tables (no user aliases); see :class:`Resolver`.

    >>> resolve("Abania").result, resolve("Abania").method
    ('ALB', 'fuzzy')
    >>> resolve("Nationals", detected_in="DEU").stands_for
    'DEU'
    """
    return _default_resolver().resolve(label, detected_in)
