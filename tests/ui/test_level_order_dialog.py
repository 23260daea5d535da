"""The mapping dialog's level order: drag a level, import, and the legend follows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from explorer.io.importing.importers import read_any
from explorer.io.readers.tables.levels import category_levels
from explorer.io.readers.tables.mapping import NeedsMapping
from explorer.ui.workspace.mapping_dialog import TableMappingDialog


def _question(path) -> NeedsMapping:
    with pytest.raises(NeedsMapping) as asked:
        read_any(path)
    return asked.value


def test_moving_a_level_orders_the_import(qtbot, tmp_path):
    path = tmp_path / "risk.csv"  # no year column: the reader asks
    path.write_text(
        "Country,Risk,Population\nChile,High,19\nPeru,low,33\nCuba,Medium,11\nChad,Low,17\n",
        encoding="utf-8",
    )
    question = _question(path)
    assert question.levels["Risk"] == ("High", "low", "Medium")  # natural order: alphabetic
    dialog = TableMappingDialog(path.name, question)
    qtbot.addWidget(dialog)
    dialog.value_checks["Population"].setChecked(False)  # the numeric column, ticked as guessed
    dialog.value_checks["Risk"].setChecked(True)  # words: a value column only when chosen
    dialog.year_box.setValue(2023)
    dialog.show()
    qtbot.waitExposed(dialog)
    levels = dialog.level_order.list
    assert dialog.level_order.isVisible()
    assert [levels.item(i).text() for i in range(levels.count())] == ["High", "low", "Medium"]
    # "High" to the bottom, as a drag does (InternalMove moves the row in the model).
    model = levels.model()
    assert model.moveRow(model.index(0, 0).parent(), 0, model.index(0, 0).parent(), 3)
    assert dialog.level_order.order() == ("low", "Medium", "High")
    with qtbot.waitSignal(dialog.mapping_chosen) as chosen:
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    mapping = chosen.args[0]
    assert mapping.levels == ("low", "Medium", "High")
    dataset, _ = read_any(path, mapping=mapping)
    assert category_levels(dataset.observations) == ["low", "Medium", "High"]


def test_a_numeric_value_column_shows_no_level_list(qtbot, tmp_path):
    path = tmp_path / "risk.csv"
    path.write_text("Country,Risk,Population\nChile,High,19\nPeru,low,33\n", encoding="utf-8")
    question = _question(path)
    dialog = TableMappingDialog(path.name, question)
    qtbot.addWidget(dialog)
    assert dialog.value_checks["Population"].isChecked()
    assert not dialog.value_checks["Risk"].isChecked()
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.level_order.isVisible()
    assert dialog.mapping().levels == ()
