"""The import report dialog in the interface language, its export in English.

Why: the report's reasons, groups and summary are written in English by the
readers (the workspace and the CSV export keep them so); a French user must
read them in French in the dialog.
"""

from __future__ import annotations

import pytest

from explorer.io.importing.report import Conflict, ImportReport, RejectedRow
from explorer.ui.workspace.report_dialog import ImportReportDialog
from tests.ui.translated import translated


def _report() -> ImportReport:
    return ImportReport(
        file_name="glotip.xlsx",
        rows_read=1250,
        rows_imported=1248,
        rejected=[
            RejectedRow(12, "not a country code: 'SAM'", {"Iso3_code": "SAM"}),
            RejectedRow(30, "a custom reason no template gives", {"Iso3_code": "XYZ"}),
        ],
        conflicts=[
            Conflict(
                ("ARG", 2019, "Detected trafficking victims"),
                [4, 5],
                ["<5", "11"],
                "11",
                "repeats",
                "summed with the other parts they would be 1,591, more than the total "
                "1,590: the largest kept",
            )
        ],
        fuzzy=[("Etiopia", "ETH", 91.25)],
        resolved_share=0.997,
    )


@pytest.mark.parametrize(
    ("lang", "summary", "reason", "why"),
    [
        (
            "fr",
            "glotip.xlsx : lignes lues : 1\u202f250 = importées : 1\u202f248 + rejetées : 2",
            "pas un code de pays : 'SAM'",
            "additionnées aux autres parties, elles feraient 1\u202f591, plus que le total "
            "1\u202f590 : la plus grande conservée",
        ),
        (
            "ar",
            "glotip.xlsx: الصفوف المقروءة: \u0661\u066c\u0662\u0665\u0660 = "
            "المستوردة: \u0661\u066c\u0662\u0664\u0668 + المرفوضة: \u0662",
            "ليس رمز بلد: 'SAM'",
            "لو جُمعت مع الأجزاء الأخرى لبلغت \u0661\u066c\u0665\u0669\u0661، "
            "أكثر من المجموع \u0661\u066c\u0665\u0669\u0660: أُبقي على الأكبر",
        ),
    ],
)
def test_the_dialog_reads_in_the_interface_language_and_exports_english(
    qtbot, tmp_path, lang, summary, reason, why
):
    report = _report()
    with translated(lang):
        dialog = ImportReportDialog(report, {"ETH": "Ethiopia"}, lang=lang)
        qtbot.addWidget(dialog)
        shown = dialog.summary_label.text().replace("\u200f", "")  # marks of right to left
        reasons = [dialog.rejected_table.item(r, 1).text().replace("\u200f", "") for r in range(2)]
        group_why = dialog.conflicts_table.item(0, 5).text().replace("\u200f", "")
        dialog.export_csv(tmp_path / "report.csv")
    assert shown.startswith(summary), shown
    if lang == "ar":  # every line starts right to left, the file name's first included
        lines = dialog.summary_label.text().splitlines()
        assert all(line.startswith("\u200f") for line in lines)
    assert "rows read" not in shown
    assert reason in reasons
    assert "a custom reason no template gives" in reasons  # no template: as it is
    assert group_why == why
    exported = (tmp_path / "report.csv").read_text(encoding="utf-8-sig")
    assert "not a country code: 'SAM'" in exported
    assert reason not in exported
    assert report.rejected[0].reason == "not a country code: 'SAM'"  # the report keeps English


def test_the_dialog_reads_in_english_by_default(qtbot):
    dialog = ImportReportDialog(_report(), {"ETH": "Ethiopia"}, lang="en")
    qtbot.addWidget(dialog)
    assert dialog.summary_label.text() == _report().summary()
    assert dialog.rejected_table.item(0, 1).text() == "not a country code: 'SAM'"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            None,
            "every row was rejected: country not understood (2 rows); year is not a whole "
            "year (1800-2100) (1 row). Nothing was stored; see the report for each row",
        ),
        ("fr", "toutes les lignes ont été rejetées : pays non compris (2 lignes) ; l\u2019année"),
        ("ar", "رُفضت كل الصفوف: بلد لم يُفهم (صفان)؛ السنة ليست سنة كاملة (١٨٠٠-٢١٠٠)"),
    ],
)
def test_why_nothing_was_imported_reads_in_the_language(lang, expected):
    from explorer.io.importing.empty import nothing_imported
    from explorer.io.importing.report import ImportReport, RejectedRow

    rows = [(2, "country not understood: 'Atlantis'"), (3, "country not understood: 'Mu'")]
    rows.append((4, "year is not a whole year (1800-2100): 'x'"))
    report = ImportReport("t.csv", rows_read=3, rejected=[RejectedRow(r, w, {}) for r, w in rows])
    with translated(lang or "en"):
        assert nothing_imported(report, lang).startswith(expected)
