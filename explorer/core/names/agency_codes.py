"""Codes shaped like ISO 3166 alpha-3 that statistical agencies use for what is not a country.

Why: refugee and migration statistics (UNHCR's downloads among them) write
their origin in a code column, and besides country codes they use codes of
their own: ``UNK`` for an unknown origin, ``XXA`` for stateless persons (the
ICAO travel-document code), ``TIB`` for Tibetans, ``VAR`` for various
origins. None is a country; read as a label they could be taken for one (a
fuzzy match, a two-letter code inside them). A code column's code that is not
an ISO 3166 code is therefore never resolved as a name: it is an origin the
data does not place in a country, and the import report lists it. The codes
of former countries (``SCG`` Serbia and Montenegro, ``ANT`` Netherlands
Antilles) are not agency codes: they are countries of the past, kept apart as
such (:mod:`explorer.core.names.historical`).
"""

from __future__ import annotations

import re

from explorer.core.texts import QT_TRANSLATE_NOOP

#: Known agency codes and what they stand for (ICAO Doc 9303 and UNHCR usage).
AGENCY_CODES: dict[str, str] = {
    "UNK": QT_TRANSLATE_NOOP("ImportReasons", "unknown"),
    "UKN": QT_TRANSLATE_NOOP("ImportReasons", "unknown"),
    "XXX": QT_TRANSLATE_NOOP("ImportReasons", "unspecified nationality"),
    "XXA": QT_TRANSLATE_NOOP("ImportReasons", "stateless"),
    "STA": QT_TRANSLATE_NOOP("ImportReasons", "stateless"),
    "XXB": QT_TRANSLATE_NOOP("ImportReasons", "refugee (1951 Convention)"),
    "XXC": QT_TRANSLATE_NOOP("ImportReasons", "refugee (other)"),
    "TIB": QT_TRANSLATE_NOOP("ImportReasons", "Tibetan"),
    "VAR": QT_TRANSLATE_NOOP("ImportReasons", "various"),
}

#: What a code shaped like a country's but of no country stands for.
NOT_A_COUNTRY_CODE = QT_TRANSLATE_NOOP("ImportReasons", "a code that is not a country")

_CODE_SHAPE = re.compile(r"^[A-Z]{3}$")


def is_code_shaped(text: str) -> bool:
    """True for three capital letters, as a code column writes its codes."""
    return _CODE_SHAPE.match(str(text).strip()) is not None


def agency_meaning(code: str) -> str:
    """What a non-country code stands for, as the report says it (``"XXA"`` -> ``"stateless"``)."""
    return AGENCY_CODES.get(str(code).strip(), NOT_A_COUNTRY_CODE)
