"""The sentences core composes read in the interface language: key figures, the World, classes.

Why: the window's own texts were translated through Qt, but the country panel's
key figures, the place summaries and the legend's classes note are composed by
the Qt-free core from data; they go through ``explorer.core.texts`` templates
that the UI translates. Each language must show a known translated phrase, keep
its own digits, and leave none of the English templates behind; the data export
keeps the English words.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from explorer.core.data.breakdown import Breakdown
from explorer.core.view.export_spec import ExportSpec, Format
from explorer.core.view.state import ViewState
from explorer.ui.common.translations import translations_dir
from tests.ui.conftest import CRS
from tests.ui.translated import translated

VICTIMS = "Detected trafficking victims"
#: The contexts of core's templates (explorer.core.texts); their English must not show.
CORE_CONTEXTS = {
    "KeyFigures",
    "Figures",
    "VictimProfile",
    "CountryProfile",
    "PlaceSummary",
    "PlaceLabels",
    "ClassesNote",
    "Legend",
    "IndicatorNames",
    "FlowWords",
    "FlowTable",
    "PeopleOf",
    "Source",
    "Caveats",
    "Consistency",
}
#: (a phrase of the key figures, of the World's summary, of the classes note, the
#: thousands separator of "2,199" or a digit of the language's own numbering).
EXPECTED = {
    "fr": ("Évolution depuis", "somme des chiffres exacts", "Classes par quantiles", "\u202f"),
    "es": ("Variación desde", "la suma de las cifras exactas", "Clases por cuantiles", "."),
    "ru": ("место из", "сумма точных значений", "Классы по квантилям", "\u00a0"),
    "ar": ("التغيّر منذ", "مجموع الأرقام الدقيقة", "فئات حسب الكمّيات", "\u0662"),
    "zh_CN": ("以来的变化", "确切数字之和", "分位数分级", ","),
}


def _english_fragments(lang: str) -> list[str]:
    """The English words of core's templates, split at their placeholders and counts,
    less those the language writes the same ("Source" in French)."""
    root = ET.parse(translations_dir() / f"explorer_{lang}.ts").getroot()
    found = set()
    for context in root.iter("context"):
        if context.findtext("name") not in CORE_CONTEXTS:
            continue
        for message in context.iter("message"):
            said = " ".join(t or "" for t in message.find("translation").itertext())
            said = re.sub(r"\{[a-z_]+\}", "", said)
            for part in re.split(r"\{[a-z_]+\}|%n", message.findtext("source") or ""):
                part = part.strip(" ,.;:()")
                if len(re.findall(r"[A-Za-z]", part)) >= 4 and part not in said:
                    found.add(part)
    return sorted(found)


def _window(qtbot, dataset, countries, lang: str):
    from explorer.ui.window.main_window import MainWindow

    state = ViewState(indicator=VICTIMS, year=dataset.years(VICTIMS)[-1])
    state.breakdown = Breakdown.TOTAL
    window = MainWindow(dataset, countries, CRS, state, language=lang)
    qtbot.addWidget(window)
    window.resize(1440, 900)
    return window


def _english_left(text: str, lang: str) -> list[str]:
    """The English template words found in ``text`` (as whole words)."""
    return [f for f in _english_fragments(lang) if re.search(rf"\b{re.escape(f)}\b", text)]


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_the_fragments_cover_the_key_figures_and_the_summaries(lang):
    wanted = {"Change since", "Rank", "median", "the sum of the exact figures of", "classes over"}
    assert wanted <= set(_english_fragments(lang))


@pytest.mark.parametrize("lang", list(EXPECTED))
def test_the_country_panel_the_world_and_the_classes_note_read_in_the_language(
    qtbot, dataset, projected_countries, lang
):
    key_phrase, world_phrase, note_phrase, digits = EXPECTED[lang]
    with translated(lang):
        window = _window(qtbot, dataset, projected_countries, lang)
        window.show_country("DEU")
        panel = window.detail_panel
        country = "\n".join(
            label.text() for label in (panel.key_label, panel.children_label, panel.source_label)
        )
        assert key_phrase in panel.key_label.text()
        assert digits in panel.key_label.text().splitlines()[0]  # "2 199", "٢٬١٩٩"
        assert _english_left(country, lang) == []

        window.state.selected = None  # the place panel: the World
        place = panel.place
        world = "\n".join(
            w.text() for w in (place.figures, place.profile, place.origins, place.ranking_title)
        )
        assert world_phrase in world
        assert _english_left(world, lang) == []

        choropleth = window.map_view.choropleth
        note = choropleth.note_in()
        assert note_phrase in note
        assert _english_left(note + choropleth.title_in(), lang) == []
        assert choropleth.classes_note.startswith("Quantile classes over")  # data: English


def test_english_sentences_are_unchanged_when_no_language_is_installed(
    qtbot, dataset, projected_countries
):
    window = _window(qtbot, dataset, projected_countries, "en")
    window.show_country("DEU")
    lines = window.detail_panel.key_label.text().splitlines()
    assert lines[0].startswith(f"{VICTIMS}, {window.state.year}: ")
    assert lines[1].startswith(f"Change since {window.state.year - 1}: ")
    assert re.fullmatch(r"Rank \d+ of [\d,]+ countries", lines[2])
    assert window.map_view.choropleth.note_in() == window.map_view.choropleth.classes_note


def test_the_csv_export_keeps_english_words_in_french(qtbot, tmp_path):
    from explorer.ui.export.map_export import export
    from explorer.ui.window.app import LaunchOptions, build_window

    with translated("fr"):
        window = build_window(
            LaunchOptions(demo_only=True, select="DEU", zoom_to_selection=False, language="fr")
        )
        qtbot.addWidget(window)
        assert window.map_view.choropleth.note_in().startswith("Classes par quantiles")
        export(window, ExportSpec(format=Format.CSV), tmp_path / "m.csv")
    about = "".join(p.read_text(encoding="utf-8") for p in tmp_path.glob("*.txt"))
    assert "Classes: Quantile classes over" in about
    assert "Classes par quantiles" not in about


@pytest.mark.parametrize(
    ("lang", "forms"),
    [
        (
            "ru",
            [
                "1 выявленная жертва",
                "2 выявленные жертвы",
                "5 выявленных жертв",
                "21 выявленная жертва",
            ],
        ),
        ("ar", ["1 ضحية مكتشَفة", "2 ضحيتان مكتشَفتان", "5 ضحايا مكتشَفين", "21 ضحية مكتشَفة"]),
        (
            "fr",
            [
                "1 victime détectée",
                "2 victimes détectées",
                "5 victimes détectées",
                "21 victimes détectées",
            ],
        ),
    ],
)
def test_a_flow_s_count_takes_the_plural_form_of_its_number(qapp, lang, forms):
    from explorer.core.flows.labels import count_phrase

    with translated(lang):
        said = [count_phrase(VICTIMS, str(n), lang, n) for n in (1, 2, 5, 21)]
        suppressed = count_phrase(VICTIMS, "<5", lang, 5)  # "<5" takes the form of 5
    assert said == forms
    assert suppressed == forms[2].replace("5", "<5", 1)
