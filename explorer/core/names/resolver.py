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
A valid ISO3 code is returned even when the map has no shape for
it (e.g. ``TUV``); the importer decides what to draw.

Order of attempts: user aliases; ISO codes (``NG``, ``NGA``, ``566``, written as codes);
the precomputed table of normalised names, aliases, demonyms and class phrases; the same
after removing a parenthesis, turning ``Korea, Republic of`` around and expanding
``Dem.``/``Rep.``; an order-free "core" lookup without filler words (``Benin Rep``);
``REGION`` aggregates (``Africa others``, ``M49 Region: Asia``); labels broken by a
replacement character (``Panam\ufffd``); and last, conservative fuzzy matching.

Near-namesakes are safe by construction: exact keys always win over fuzzy matching, a
fuzzy match needs a score of at least :data:`FUZZY_THRESHOLD`, a margin of
:data:`FUZZY_MARGIN` over any candidate naming another country, at least
:data:`FUZZY_MIN_LENGTH` characters and no digits; labels naming several countries
(``Dominican``, ``Congolese``, ``Korea``) are never resolved.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache

import ftfy
import pycountry
from babel import Locale
from rapidfuzz import fuzz, process

from explorer.core.data.schema import DOMESTIC, REGION_PREFIX, UNKNOWN
from explorer.core.data.text import fold
from explorer.core.geo.locations import resources_dir
from explorer.core.names import iso, tables
from explorer.core.names.variants import (
    bracketed,
    lower_case_code,
    others_only,
    place_then_country,
    plural,
    with_people_word,
)

__all__ = [
    "FUZZY_MARGIN",
    "FUZZY_MIN_LENGTH",
    "FUZZY_THRESHOLD",
    "METHODS",
    "Resolution",
    "Resolver",
    "normalise",
    "resolve",
]

#: Lowest fuzzy score accepted (rapidfuzz ``fuzz.ratio``, 0-100). 87 admits one swapped
#: pair of letters in an eight-letter name (``Columbia``) and rejects ``Lybia``.
FUZZY_THRESHOLD = 87.0
#: A fuzzy winner must beat the best candidate with another result by this much.
FUZZY_MARGIN = 5.0
#: Shorter normalised labels are never matched fuzzily (``Iran``/``Iraq``, ``Mali``).
FUZZY_MIN_LENGTH = 5

METHODS = ("code", "name", "alias", "demonym", "class", "fuzzy", "user", "unresolved")

_AMBIGUOUS = ""  # marker result: the key names several countries
_ALIASES_CSV = "country_aliases.csv"
_APOSTROPHES = re.compile(r"[\u2019\u2018\u201b`\u00b4'\u02bc\u2032]")
_NON_WORD = re.compile(r"[^\w\ufffd]+")
_PARENTHESES = re.compile(r"\([^)]*\)?")
_REGION_PREFIX_WORDS = (("m49", "region"), ("region",), ("m49",))
_EXPAND = re.compile(r"(\w+)\[([^\]]*)\]")

# Source priorities: a lower number wins a conflict between different results.
_HAND, _NAME, _GENERATED = 0, 1, 2


@dataclass(frozen=True)
class Resolution:
    """How one label was understood."""

    label: str  #: the raw text, exactly as given
    result: str | None  #: ISO3, DOMESTIC, UNKNOWN, REGION:<name>, or None
    method: str  #: one of :data:`METHODS`
    score: float | None = None  #: fuzzy score 0-100 when method is "fuzzy"
    stands_for: str | None = None  #: for DOMESTIC: the country detected in, when given

    @property
    def resolved(self) -> bool:
        return self.result is not None


def normalise(text: str) -> str:
    """The lookup key of a label: repaired, accent-, case- and punctuation-free.

    ``"  TÃ¼rkiye "`` -> ``"turkiye"``; ``"Lao People's Dem. Republic"`` ->
    ``"lao peoples dem republic"``. The word "the" is dropped; a replacement
    character (``\\ufffd``) is kept so that a later step can treat it as a wildcard.
    """
    return _fold(ftfy.fix_text(str(text)))


def _fold(text: str) -> str:
    text = _APOSTROPHES.sub("", fold(text)).replace("&", " and ")
    return " ".join(word for word in _NON_WORD.sub(" ", text).split() if word != "the")


def _expand_abbreviations(key: str) -> str:
    return " ".join(tables.ABBREVIATIONS.get(word, word) for word in key.split())


def _core(key: str) -> str:
    """Order-free key without filler words: ``"benin republic"`` -> ``"benin"``."""
    words = _expand_abbreviations(key).split()
    return " ".join(sorted(word for word in words if word not in tables.FILLER_WORDS))


def _expand_forms(spec: str) -> Iterable[str]:
    """``"roumain[,e,s]"`` -> roumain, roumaine, roumains; plain words as they are."""
    for token in spec.split():
        match = _EXPAND.fullmatch(token)
        if match is None:
            yield token
        else:
            for suffix in match.group(2).split(","):
                yield match.group(1) + suffix


class _Tables:
    """Every lookup the resolver needs, built once per process (see :func:`_tables`)."""

    def __init__(self) -> None:
        self.codes: dict[str, str] = {}
        candidates: dict[str, dict[str, tuple[int, str]]] = {}

        def add(label: str, result: str, method: str, priority: int) -> None:
            key = _fold(label)
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
        for iso3, (alpha2, name) in tables.EXTRA_COUNTRIES.items():
            self.codes[iso3] = iso3
            if alpha2:
                self.codes[alpha2] = iso3
                alpha2_to_iso3[alpha2] = iso3
            add(name, iso3, "name", _HAND)
        for language in tables.NAME_LANGUAGES:
            for code, name in Locale(language).territories.items():
                iso3 = alpha2_to_iso3.get(code)
                if iso3:
                    add(name, iso3, "name", _NAME)
        for label, iso3, kind in _read_generated():
            if iso3 in self.codes:  # countryinfo also knows withdrawn codes such as ANT
                add(label, iso3, kind, _GENERATED)
        for label, iso3 in tables.ALIASES.items():
            add(label, iso3, "alias", _HAND)
        for iso3, spec in tables.DEMONYMS.items():
            for form in _expand_forms(spec):
                add(form, iso3, "demonym", _HAND)
        for phrase in tables.DOMESTIC_PHRASES:
            add(phrase, DOMESTIC, "class", _HAND)
        for phrase in tables.UNKNOWN_PHRASES:
            add(phrase, UNKNOWN, "class", _HAND)
        for region in tables.M49_REGIONS:
            add(region, REGION_PREFIX + region, "class", _HAND)
        for label, region in tables.REGION_ALIASES.items():
            add(label, REGION_PREFIX + region, "class", _HAND)

        #: normalised key -> (result, method); result "" marks an ambiguous key.
        self.names: dict[str, tuple[str, str]] = {}
        for key, found in candidates.items():
            best = min(priority for priority, _ in found.values())
            winners = {result: method for result, (p, method) in found.items() if p == best}
            if len(winners) == 1:
                self.names[key] = next(iter(winners.items()))
            else:
                self.names[key] = (_AMBIGUOUS, "unresolved")
        for label in tables.AMBIGUOUS:
            self.names[_fold(label)] = (_AMBIGUOUS, "unresolved")

        #: order-free core key -> (result, method) for keys whose cores agree.
        self.cores: dict[str, tuple[str, str]] = {}
        clashes: set[str] = set()
        for key, (result, method) in self.names.items():
            if not result:
                continue
            core = _core(key)
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
def _tables() -> _Tables:
    return _Tables()


class Resolver:
    """Resolves labels; ``aliases`` (normalised or raw label -> result) win over all else.

    User aliases map a label to an ISO3 code or a class (``DOMESTIC``, ``UNKNOWN``,
    ``REGION:<name>``) and report method ``"user"``. Results are cached per label.
    """

    def __init__(self, aliases: Mapping[str, str] | None = None) -> None:
        self._user = {normalise(label): result for label, result in (aliases or {}).items()}
        self._cache: dict[str, tuple[str | None, str, float | None]] = {}

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

    def _resolve(self, text: str) -> tuple[str | None, str, float | None]:
        key = normalise(text)
        if key in self._user:
            return self._user[key], "user", None
        tables_ = _tables()
        raw = text.strip()
        if not raw:  # a blank citizenship cell: the victims' origin was not given
            return UNKNOWN, "class", None
        if (raw.isalpha() and raw.isupper() and len(raw) in (2, 3)) or (
            raw.isdigit() and len(raw) == 3
        ):
            code = tables_.codes.get(raw)
            if code:
                return code, "code", None
        if not key or not any(char.isalpha() for char in key):
            return None, "unresolved", None
        fixed = ftfy.fix_text(text)
        lookup = _lookup(tables_)
        if key not in tables_.names:
            shaped = bracketed(fixed, _fold, lookup)
            if shaped is not None:  # "Congo (DRC)": the bracket says which, before it goes
                return _found((shaped, "alias")) if shaped else (None, "unresolved", None)
        for variant in _variants(fixed, key):
            found = tables_.names.get(variant)
            if found is not None:
                return _found(found)
        found = _core_lookup(tables_, key)
        if found is not None:
            return _found(found)
        region = _region_aggregate(tables_, key)
        if region is not None:
            return region, "class", None
        bare = _fold(_PARENTHESES.sub(" ", fixed))  # "Other countries (Dominica, Panama...)"
        if others_only(key, _fold) or others_only(bare, _fold):  # "OTROS", "Autres", "Abroad"
            return UNKNOWN, "class", None
        for shaped in (
            with_people_word(key, lookup),
            plural(key, _lookup(tables_, methods=("demonym", "alias"))),
            place_then_country(fixed, _fold, lookup),
        ):
            if shaped:
                return shaped, "alias", None
        code = lower_case_code(raw, tables_.codes)
        if code:
            return code, "code", None
        if "\ufffd" in key:
            return _wildcard(tables_, key)
        return _fuzzy(tables_, key)


def _lookup(tables_: _Tables, methods: tuple[str, ...] | None = None):
    """Folded key -> result ("" for an ambiguous key) or None, with abbreviations expanded;
    ``methods`` keeps only keys of those kinds (a plural is of a demonym, not a name)."""

    def lookup(key: str) -> str | None:
        for variant in dict.fromkeys((key, _expand_abbreviations(key))):
            found = tables_.names.get(variant)
            if found is not None and (methods is None or found[1] in methods):
                return found[0]
        return None

    return lookup


def _found(found: tuple[str, str]) -> tuple[str | None, str, float | None]:
    result, method = found
    return (result, method, None) if result else (None, "unresolved", None)


def _variants(fixed: str, key: str) -> list[str]:
    """The key, then without parentheses, turned around a comma, with abbreviations expanded."""
    variants = [key]
    bare = _fold(_PARENTHESES.sub(" ", fixed))
    variants.append(bare)
    if "," in fixed:
        head, _, tail = _PARENTHESES.sub(" ", fixed).rpartition(",")
        variants.append(_fold(f"{tail} {head}"))
    variants += [_expand_abbreviations(variant) for variant in list(variants)]
    seen: list[str] = []
    for variant in variants:
        if variant and variant not in seen:
            seen.append(variant)
    return seen


def _core_lookup(tables_: _Tables, key: str) -> tuple[str, str] | None:
    """Order-free lookup without filler words, only for labels that had some."""
    words = set(_expand_abbreviations(key).split())
    if not words & tables.FILLER_WORDS and words == set(key.split()):
        return None
    return tables_.cores.get(_core(key))


def _region_aggregate(tables_: _Tables, key: str) -> str | None:
    """``"africa others"``, ``"other europe"``, ``"m49 region africa"`` -> REGION:<name>."""
    words = key.split()
    for prefix in _REGION_PREFIX_WORDS:
        if tuple(words[: len(prefix)]) == prefix and len(words) > len(prefix):
            region = tables_.region_names.get(" ".join(words[len(prefix) :]))
            if region:
                return region
    rest = [word for word in words if word not in tables.OTHERS_WORDS]
    if len(rest) < len(words) and rest:
        region = tables_.region_names.get(" ".join(rest))
        if region:
            return region
    return None


def _wildcard(tables_: _Tables, key: str) -> tuple[str | None, str, float | None]:
    """A replacement character stands for one lost letter or a lost apostrophe."""
    letters = sum(char.isalpha() for char in key)
    if letters < 3:
        return None, "unresolved", None
    pattern = re.compile(".?".join(re.escape(part) for part in key.split("\ufffd")))
    matches = {tables_.names[name] for name in tables_.names if pattern.fullmatch(name) is not None}
    results = {result for result, _ in matches}
    if len(results) == 1 and "" not in results:
        return _found(min(matches))
    return None, "unresolved", None


def _fuzzy(tables_: _Tables, key: str) -> tuple[str | None, str, float | None]:
    if len(key.replace(" ", "")) < FUZZY_MIN_LENGTH or not key.replace(" ", "").isalpha():
        return None, "unresolved", None
    candidates = process.extract(
        key,
        tables_.fuzzy_keys,
        scorer=fuzz.ratio,
        limit=20,
        score_cutoff=FUZZY_THRESHOLD - FUZZY_MARGIN,
    )
    if not candidates:
        return None, "unresolved", None
    best_key, best_score, _ = candidates[0]
    best_result = tables_.names[best_key][0]
    if best_score < FUZZY_THRESHOLD or not best_result:
        return None, "unresolved", None
    for other_key, other_score, _ in candidates[1:]:
        other = tables_.names[other_key][0]
        if other != best_result and other_score > best_score - FUZZY_MARGIN:
            return None, "unresolved", None
    return best_result, "fuzzy", round(float(best_score), 1)


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
