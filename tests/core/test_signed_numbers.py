"""Signed changes and years as each language writes them: Arabic keeps CLDR's marks and digits."""

from __future__ import annotations

import pytest

from explorer.core.data.local_numbers import (
    signed_number_text,
    signed_percent_text,
    year_text,
)
from explorer.core.places.wording import signed_pct

ALM = "\u061c"  # ARABIC LETTER MARK: keeps a sign with its number in right-to-left text
ARABIC_DIGITS = set("\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669")


def test_an_arabic_rise_reads_sign_digits_per_cent_as_cldr_writes_it():
    rise = signed_percent_text(0.125, "ar")
    assert rise == f"{ALM}+\u0661\u0662\u066b\u0665\u066a{ALM}"  # mark + 12.5 per cent mark
    fall = signed_percent_text(-0.03, "ar", 0)
    assert fall == f"{ALM}\u2212\u0663\u066a{ALM}"
    assert not any(ch.isascii() and ch.isdigit() for ch in rise + fall)


def test_the_panel_s_signed_percentage_is_the_exports_one():
    for lang in ("ar", "fr", "zh_CN", "en"):
        assert signed_pct(12.5, lang) == signed_percent_text(0.125, lang)
        assert signed_pct(-4.0, lang) == signed_percent_text(-0.04, lang)


@pytest.mark.parametrize(
    ("lang", "rise", "fall"),
    [
        ("en", "+12.5%", "\u22123.0%"),
        (None, "+12.5%", "\u22123.0%"),
        ("fr", "+12,5\u00a0%", "\u22123,0\u00a0%"),
        ("zh_CN", "+12.5%", "\u22123.0%"),
    ],
)
def test_other_languages_keep_a_plain_sign_and_a_true_minus(lang, rise, fall):
    assert signed_percent_text(0.125, lang) == rise
    assert signed_percent_text(-0.03, lang) == fall


def test_signed_counts():
    assert signed_number_text(1234, "en") == "+1,234"
    assert signed_number_text(-12, "en") == "\u221212"
    assert signed_number_text(0, "en") == "0"
    assert signed_number_text(-1234, "ar") == f"{ALM}\u2212\u0661\u066c\u0662\u0663\u0664"


def test_years_take_the_language_s_digits_and_no_grouping():
    assert year_text(2019, "ar") == "\u0662\u0660\u0661\u0669"
    assert year_text(2019, "ar_EG") == year_text(2019, "ar")
    for lang in ("en", None, "fr", "ru", "zh_CN", "es"):
        assert year_text(2019, lang) == "2019"
