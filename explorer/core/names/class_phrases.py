"""Phrases that resolve to a class rather than a country: own nationals, unknown, regions.

Why apart from the country spellings: these labels answer a different question (whose
origin was not a single foreign country), in every language the files use, and their
results are the explicit classes ``DOMESTIC``, ``UNKNOWN`` and ``REGION:<name>``. Keys
are written naturally; the lookup tables fold them exactly like labels.
"""

from __future__ import annotations

#: Own nationals: every phrase maps to DOMESTIC.
DOMESTIC_PHRASES: tuple[str, ...] = (
    "Nationals",
    "National",
    "own nationals",
    "own country",
    "own citizens",
    "domestic",
    "Ciudadanos de su pais",
    "ciudadanos del pais",
    "nacionales",
    "nacional",
    "connacionales",
    "nationaux",
    "ressortissants nationaux",
    "propres ressortissants",
    "cittadini",
    "cittadini italiani",
    "nazionali",
    "nacionais",
    "cidadaos nacionais",
    "proprio pais",
)

#: Unknown or undetermined citizenship: every phrase maps to UNKNOWN.
UNKNOWN_PHRASES: tuple[str, ...] = (
    "Unknown",
    "not known",
    "unspecified",
    "not specified",
    "undetermined",
    "not determined",
    "no information",
    "not stated",
    "not available",
    "n/a",
    "Desconocido",
    "Desconocida",
    "Desconocidos",
    "Sin determinar",
    "no determinado",
    "no determinada",
    "no especificado",
    "sin informacion",
    "sin dato",
    "sin datos",
    "no registra",
    "no consta",
    "inconnu",
    "inconnue",
    "inconnus",
    "non determine",
    "non determinee",
    "non specifie",
    "sconosciuto",
    "sconosciuta",
    "non noto",
    "non nota",
    "non determinato",
    "desconhecido",
    "desconhecida",
    "nao determinado",
    "nao informado",
    "ignorado",
)

#: UN M49 regions and subregions (names exactly as the result should spell them),
#: plus the SDG-style groupings GLOTIP uses.
M49_REGIONS: tuple[str, ...] = (
    "Africa",
    "Americas",
    "Asia",
    "Europe",
    "Oceania",
    "Northern Africa",
    "Sub-Saharan Africa",
    "Eastern Africa",
    "Middle Africa",
    "Southern Africa",
    "Western Africa",
    "Latin America and the Caribbean",
    "Caribbean",
    "Central America",
    "South America",
    "Northern America",
    "Central Asia",
    "Eastern Asia",
    "South-eastern Asia",
    "Southern Asia",
    "Western Asia",
    "Eastern Europe",
    "Northern Europe",
    "Southern Europe",
    "Western Europe",
    "Australia and New Zealand",
    "Melanesia",
    "Polynesia",
)

#: Other aggregates: label -> clean region name (the ``REGION:`` suffix).
REGION_ALIASES: dict[str, str] = {
    "America": "Americas",
    "Latin America": "Latin America and the Caribbean",
    "Central Africa": "Central Africa",
    "West Africa": "Western Africa",
    "East Africa": "Eastern Africa",
    "North Africa": "Northern Africa",
    "South East Asia": "South-eastern Asia",
    "Southeast Asia": "South-eastern Asia",
    "Middle East": "Middle East",
    "Balkans": "Balkans",
    "European Union": "European Union",
    "EU": "European Union",
    "EU-27": "EU-27",
    "EU-28": "EU-28",
    "European Economic Area": "European Economic Area",
    "EEA": "European Economic Area",
    "Schengen area": "Schengen area",
    "Africa subsahariana": "Sub-Saharan Africa",
    "Afrique subsaharienne": "Sub-Saharan Africa",
    "Caribe": "Caribbean",
    "Centroamerica": "Central America",
    "Sudamerica": "South America",
    "America del Sur": "South America",
    "America Latina": "Latin America and the Caribbean",
}

#: Words marking "the rest of a region" around a region name ("Africa others").
OTHERS_WORDS: frozenset[str] = frozenset(
    {"other", "others", "otros", "otras", "otro", "autres", "autre", "altri", "altre", "outros"}
)
