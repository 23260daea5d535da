"""Contradictions in the source: found, worded, and shown on the figure, never "corrected"."""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pandas as pd
import pytest

from explorer.core import texts
from explorer.core.data.breakdown import ADULTS, CHILDREN, FORM_DIMENSION
from explorer.core.data.dataset import Dataset
from explorer.core.indicators.consistency import (
    PART_ABOVE,
    PARTS_ABOVE,
    SUPPRESSED_TOTAL,
    consistency_warnings,
    group_name,
    warning_text,
    warnings_for,
)
from explorer.core.indicators.country_key_figures import key_figures

V = "Detected trafficking victims"


def _obs(iso3, value, sex="Total", age="Total", year=2019):
    small = value == "<5"
    return {
        "iso3": iso3,
        "year": year,
        "indicator": V,
        "sex": sex,
        "age": age,
        "value": math.nan if small else float(value),
        "lower": 1.0 if small else math.nan,
        "upper": 4.0 if small else math.nan,
        "flag": "suppressed" if small else "",
    }


def _flow(origin, destination, value, year=2019):
    return {
        "origin": origin,
        "destination": destination,
        "year": year,
        "indicator": V,
        "value": float(value),
        "flag": "",
        "origin_label": origin,
    }


@pytest.fixture
def dataset() -> Dataset:
    obs = [
        _obs("QAT", "<5"),
        _obs("QAT", "5", sex="Female"),
        _obs("QAT", "3", sex="Male"),
        _obs("DEU", "626", year=2012),
        _obs("DEU", "634", sex="Female", year=2012),
        _obs("FRA", "100"),
        _obs("FRA", "60", age=CHILDREN),
        _obs("FRA", "50", age=ADULTS),
        _obs("ITA", "10"),
        _obs("ITA", "<5", sex="Female"),
        _obs("ITA", "8", sex="Male"),
        _obs("ESP", "20"),
    ]
    flows = [_flow("MAR", "ESP", 15), _flow("ROU", "ESP", 10)]
    return Dataset("t", observations=pd.DataFrame(obs), flows=pd.DataFrame(flows))


def test_each_kind_of_contradiction_is_found_and_nothing_else(dataset):
    found = consistency_warnings(dataset)
    got = {(r.iso3, r.year, r.group, r.kind) for r in found.itertuples()}
    assert got == {
        ("QAT", 2019, "sex", SUPPRESSED_TOTAL),
        ("DEU", 2012, "sex", PART_ABOVE),
        ("FRA", 2019, "age", PARTS_ABOVE),
        ("ESP", 2019, "origins", PARTS_ABOVE),
    }  # Italy: female <5 + male 8 may well be 10; a <5 proves nothing


def test_the_warnings_say_what_disagrees_in_numbers(dataset):
    assert warnings_for(dataset, "QAT", V, 2019) == [
        "The total is <5, but female + male add up to 8."
    ]
    assert warnings_for(dataset, "DEU", V, 2012) == ["Female alone is 634, above the total 626."]
    assert warnings_for(dataset, "FRA", V, 2019) == [
        "Children + adults add up to 110, more than the total 100."
    ]
    assert warnings_for(dataset, "ESP", V, 2019) == [
        "The origins add up to 25, more than the total 20."
    ]
    assert warnings_for(dataset, "ITA", V, 2019) == []


def test_the_panel_shows_the_figure_as_the_file_gives_it_with_its_warning(dataset):
    countries = pd.DataFrame({"iso3": ["QAT", "FRA"], "region": ["Asia", "Europe"]})
    lines = key_figures(dataset, countries, "QAT", V, 2019).lines()
    assert lines[0] == f"{V}, 2019: <5"
    assert lines[1] == "\u26a0 In the file: The total is <5, but female + male add up to 8."


# The warnings in the reader's language: translated from the app's own .ts files (no Qt).

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
LATIN_DIGIT = re.compile(r"[0-9]")
AR = [chr(0x0660 + d) for d in range(10)]  # the Arabic-Indic digits


def _install(lang: str) -> None:
    """Core's words in ``lang``, from the translation file the app compiles."""
    root = ET.parse(TRANSLATIONS / f"explorer_{lang}.ts").getroot()
    table = {
        (context.findtext("name"), message.findtext("source")): message.findtext("translation")
        for context in root.iter("context")
        for message in context.iter("message")
        if message.get("numerus") != "yes"
    }
    texts.install(lang, lambda context, source, n: table.get((context, source)) or "")


@pytest.fixture
def more_kinds(dataset) -> Dataset:
    """The fixture's contradictions, and one of a form and one of an origin alone."""
    forms = [
        {**_obs("BEL", "10"), "dimension": "Total", "category": "Total"},
        {**_obs("BEL", "12"), "dimension": FORM_DIMENSION, "category": "Forced labour"},
        {**_obs("PRT", "10"), "dimension": "Total", "category": "Total"},
    ]
    obs = pd.concat([dataset.observations, pd.DataFrame(forms)], ignore_index=True)
    obs[["dimension", "category"]] = obs[["dimension", "category"]].fillna("Total")
    flows = pd.concat(
        [dataset.flows, pd.DataFrame([{**_flow("MAR", "PRT", 15), "origin_label": "Morocco"}])],
        ignore_index=True,
    )
    return Dataset("t", observations=obs, flows=flows)


FRENCH = {
    ("QAT", 2019): "Le total est <5, mais la somme sexe féminin + sexe masculin atteint 8.",
    (
        "DEU",
        2012,
    ): "La ventilation « Sexe féminin » dépasse à elle seule le total : 634 contre 626.",
    ("FRA", 2019): "La somme enfants + adultes (110) dépasse le total (100).",
    ("ESP", 2019): "La somme des origines (25) dépasse le total (20).",
    ("BEL", 2019): "La ventilation « Travail forcé » dépasse à elle seule le total : 12 contre 10.",
    ("PRT", 2019): "L\u2019origine « Maroc » dépasse à elle seule le total : 15 contre 10.",
}


def test_each_kind_of_warning_reads_in_french_and_the_data_keep_english(more_kinds):
    _install("fr")
    try:
        said = {key: warnings_for(more_kinds, key[0], V, key[1], "fr") for key in FRENCH}
        english = consistency_warnings(more_kinds)
        in_english = {key: warnings_for(more_kinds, key[0], V, key[1]) for key in FRENCH}
    finally:
        texts.install(None, None)
    assert said == {key: [text] for key, text in FRENCH.items()}
    assert set(english["kind"]) == {PART_ABOVE, PARTS_ABOVE, SUPPRESSED_TOTAL}
    assert set(english["group"]) == {"sex", "age", "forms", "origins"}
    assert in_english[("BEL", 2019)] == ["Forced labour alone is 12, above the total 10."]
    assert in_english[("PRT", 2019)] == ["The origin 'Morocco' alone is 15, above the total 10."]
    assert list(english["message"]) == [warning_text(row) for row in english.to_dict("records")]


def test_each_kind_of_warning_reads_in_arabic_in_arabic_digits(more_kinds):
    _install("ar")
    try:
        said = {key: warnings_for(more_kinds, key[0], V, key[1], "ar") for key in FRENCH}
        figures = key_figures(
            more_kinds, pd.DataFrame({"iso3": ["QAT"], "region": ["Asia"]}), "QAT", V, 2019
        ).lines("ar")
    finally:
        texts.install(None, None)
    for (text,) in said.values():
        assert not LATIN_DIGIT.search(text), text
        assert not re.search(r"\b(total|add up|alone)\b", text), text
    assert said[("QAT", 2019)] == [f"المجموع <{AR[5]}، لكن عدد الإناث والذكور معًا يبلغ {AR[8]}."]
    assert f"أكثر من المجموع ({AR[1]}{AR[0]}{AR[0]})" in said[("FRA", 2019)][0]
    assert "العمل القسري" in said[("BEL", 2019)][0]  # the form's name, translated
    assert "المغرب" in said[("PRT", 2019)][0]  # the origin's country, named in Arabic
    assert figures[1] == f"⚠ في الملف: المجموع <{AR[5]}، لكن عدد الإناث والذكور معًا يبلغ {AR[8]}."


def test_the_import_report_s_entries_read_in_the_language_and_old_ones_in_english(dataset):
    entries = [tuple(row) for row in consistency_warnings(dataset).itertuples(index=False)]
    qatar = next(e for e in entries if e[0] == "QAT")
    _install("fr")
    try:
        assert warning_text(qatar, "fr").startswith("Le total est <5, mais")
        assert warning_text(qatar[:6], "fr") == "The total is <5, but female + male add up to 8."
        assert group_name("sex", "fr") == "Sexe"
    finally:
        texts.install(None, None)
    assert warning_text(qatar) == qatar[5]
