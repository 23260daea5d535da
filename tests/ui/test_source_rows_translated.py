"""Show source rows in French and Arabic: the figure, its rules and what the importer did
read in the interface language (numbers in its digits), Copy gives what is shown, and
Save as CSV keeps English, as every data export does."""

from __future__ import annotations

import csv
import re

import pytest
from PySide6.QtGui import QGuiApplication

from explorer.core.data.breakdown import Breakdown
from explorer.core.trace import rows_table
from explorer.core.trace import words as trace_words
from explorer.core.trace.rows_table import DID_COLUMN, FIXED_COLUMNS, NO_ROW, SYNTHETIC
from explorer.core.view.state import ViewState
from tests.io.test_source_rows import imported  # noqa: F401  (a fixture)
from tests.ui.conftest import CRS
from tests.ui.translated import translated

INDICATOR = "Detected trafficking victims"
YEAR = 2020

#: Every English template of the trace, without its placeholders: none may be left on screen.
_ENGLISH = [
    text
    for module in (vars(trace_words), vars(rows_table))
    for value in module.values()
    for text in (value.values() if isinstance(value, dict) else [value])
    if getattr(text, "context", "") == "Trace"
]


def _english_left(text: str) -> list[str]:
    """The template fragments of ``text`` still in English (the indicator's name, which the
    app names in the language, and a file name are not templates)."""
    pieces = {p.strip() for t in _ENGLISH for p in re.split(r"\{[a-z_]+\}", t)}
    return [p for p in pieces if len(re.findall(r"[a-z]{2,}", p)) > 1 and p in text]


def _window(qtbot, dataset, countries, lang: str):
    from explorer.ui.window.main_window import MainWindow

    state = ViewState(indicator=INDICATOR, year=YEAR)
    state.breakdown = Breakdown.TOTAL
    window = MainWindow(dataset, countries, CRS, state, language=lang)
    qtbot.addWidget(window)
    return window


def _shown(dialog) -> tuple[list[str], list[list[str]]]:
    table = dialog.rows_table
    heads = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    rows = [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]
    return heads, rows


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_source_rows_read_in_the_interface_language_and_save_in_english(
    qtbot, tmp_path, dataset, projected_countries, lang
):
    with translated(lang):
        window = _window(qtbot, dataset, projected_countries, lang)
        country = window.source_rows.show(window.source_rows.country("NGA", YEAR))
        world = window.source_rows.show(window.source_rows.place_total("world", YEAR))
        for dialog in (country, world):
            heads, rows = _shown(dialog)
            words = [
                dialog.title_label.text(),
                dialog.rules_label.text(),
                dialog.note_label.text(),
                *heads,
                *(cell for row in rows for cell in row),
            ]
            shown = "\n".join(words)
            assert rows and not _english_left(shown), _english_left(shown)
            assert not any(h in heads for h in ("Figure", "Shown", DID_COLUMN))
            assert all(str(SYNTHETIC) not in row[-1] for row in rows)
            if lang == "ar":  # every number in Arabic-Indic digits, the years too
                assert not re.search(r"[0-9]", shown.replace("SHA-256", "")), shown
            dialog.copy()
            assert QGuiApplication.clipboard().text().splitlines()[0] == (dialog.title_label.text())
        said_world = world.title_label.text()
        assert {"fr": "Monde", "ar": "العالم"}[lang] in said_world
        assert world.rules_label.text()  # the World's rule, said in the language
        # The CSV is a data export: English words, Latin digits.
        path = tmp_path / "rows.csv"
        world.save_csv(path)
    with open(path, encoding="utf-8-sig", newline="") as stream:
        lines = list(csv.reader(stream))
    assert lines[0][0].startswith(f"World, {YEAR}: {INDICATOR}, total: ")
    assert "sum of the exact figures of the" in lines[1][0]
    header = lines[lines.index([]) + 1]
    assert header == [*FIXED_COLUMNS, DID_COLUMN]
    assert all(str(SYNTHETIC) in line[-1] for line in lines[lines.index([]) + 2 :])
    assert str(NO_ROW) not in "".join(lines[0])


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_what_the_importer_did_reads_in_the_language(qapp, imported, lang):  # noqa: F811
    """A flow read from two spellings of one origin, summed as parts: the group's rule (the
    import report's words), how each label was read and the <5 note, all in ``lang``."""
    from explorer.core.trace.figures import trace_flow
    from explorer.core.trace.rows_table import source_rows_table
    from explorer.io.importing.report_language import say_in
    from explorer.io.importing.row_notes import row_notes
    from tests.io.test_glotip import VICTIMS

    dataset, report = imported
    flow = trace_flow(dataset, "GHA", "NGA", 2020, VICTIMS, {"GHA": "Ghana", "NGA": "Nigeria"})
    table = source_rows_table(flow, report.source, row_notes(report))
    with translated(lang):
        said = table.said_in(lang, lambda text: say_in(text, lang))
    did = [row[-1] for row in said.rows]
    assert "rows sharing one breakdown" in table.rows[0][-1]  # the English the CSV keeps
    assert len(did) == 2 and not any(_english_left(text) for text in did), did
    assert not any("rows sharing one breakdown" in text for text in did), did
    assert {"fr": "Ghana (GHA)", "ar": "غانا (GHA)"}[lang] in did[0]
    rows = [row[5] for row in said.rows]
    assert rows == {"fr": ["6", "7"], "ar": ["\u0666", "\u0667"]}[lang]
