"""Places and numbers in the interface language (CLDR via babel), English as before."""

from __future__ import annotations

import pytest

from explorer.core.data.local_numbers import number_text, percent_text
from explorer.core.data.values import format_value
from explorer.core.geo.countries import load_countries
from explorer.core.names.display_names import (
    M49_CODES,
    country_name,
    localized_countries,
    region_name,
)
from explorer.core.places.book import PlaceBook


@pytest.mark.parametrize(
    ("lang", "germany", "europe"),
    [
        ("en", "Germany", "Western Europe"),
        ("fr", "Allemagne", "Europe de l\u2019Ouest"),
        ("ru", "Германия", "Западная Европа"),
        ("zh_CN", "德国", "西欧"),
        ("es", "Alemania", "Europa occidental"),
    ],
)
def test_country_and_subregion_in_the_language(lang, germany, europe):
    assert country_name("DEU", lang, "Germany") == germany
    assert region_name("Western Europe", lang) == europe


def test_every_region_of_the_table_has_a_name_in_french():
    countries = load_countries()
    names = set(countries["region"].dropna()) | set(countries["subregion"].dropna())
    assert names <= set(M49_CODES)
    assert region_name("Sub-Saharan Africa", "fr") == "Afrique subsaharienne"


def test_unknown_language_or_code_falls_back_to_english():
    assert country_name("DEU", "xx", "Germany") == "Germany"
    assert country_name("ZZZ", "fr", "Nowhere") == "Nowhere"
    assert region_name("Somewhere", "fr") == "Somewhere"


def test_the_table_names_countries_in_french_and_keeps_regions_as_keys():
    table = localized_countries(load_countries(), "fr").set_index("iso3")
    assert table.loc["DEU", "name"] == "Allemagne"
    assert table.loc["DEU", "region"] == "Europe"  # a key: places, zoom, files


def test_places_named_in_french_and_found_in_both_languages():
    book = PlaceBook(load_countries(), lang="fr")
    assert book.country_region("DEU").name == "Europe"
    assert book.country_subregion("DEU").name == "Europe de l\u2019Ouest"
    assert book.world().name == "Monde"
    assert book.find("Europe de l\u2019Ouest").code == "subregion:Western Europe"
    assert book.find("western europe").code == "subregion:Western Europe"


@pytest.mark.parametrize(
    ("lang", "big", "decimal", "share"),
    [
        ("en", "1,921,415,000", "12.5", "12.5%"),
        ("fr", "1\u202f921\u202f415\u202f000", "12,5", "12,5\u00a0%"),
        ("ru", "1\u00a0921\u00a0415\u00a0000", "12,5", "12,5\u00a0%"),
        ("zh_CN", "1,921,415,000", "12.5", "12.5%"),
        ("es", "1.921.415.000", "12,5", "12,5\u00a0%"),
    ],
)
def test_numbers_in_the_language(lang, big, decimal, share):
    assert number_text(1921415000, lang) == big
    assert number_text(12.5, lang) == decimal
    assert percent_text(0.125, lang) == share


def test_arabic_digits_follow_the_locale_s_numbering_system():
    assert number_text(1234, "ar_EG") == "\u0661\u066c\u0662\u0663\u0664"  # as QLocale("ar")
    assert number_text(1234, "ar") == number_text(1234, "ar_EG")  # completed as Qt does
    assert percent_text(0.125, "ar_EG").startswith("\u0661\u0662\u066b\u0665")


def test_a_range_and_a_suppressed_cell_keep_their_words_with_local_digits():
    assert format_value(None, 1000, 2000, lang="fr") == "1\u202f000 to 2\u202f000"
    assert format_value(None, 1, 4, "suppressed", lang="fr") == "<5"
    assert format_value(12345.0) == "12,345"
