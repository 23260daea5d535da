"""The export dialog opens as it was last closed, and greys out what a format does not use."""

from __future__ import annotations

from explorer.core.view.export_spec import Format
from explorer.ui.export.window_exports import open_export_dialog


def _opened(window, qtbot):
    dialog = open_export_dialog(window)
    qtbot.addWidget(dialog)
    return dialog


def _choose(dialog, fmt: Format, size: str) -> None:
    dialog.format_box.setCurrentIndex(dialog.format_box.findData(fmt))
    dialog.size_box.setCurrentIndex(dialog.size_box.findText(size))


def test_the_dialog_reopens_on_the_format_and_size_it_was_closed_with(window, qtbot):
    first = _opened(window, qtbot)
    assert first.spec().format is Format.PNG  # the first time in a run
    _choose(first, Format.PDF, "A4 portrait")
    first.reject()  # Close: nothing written, the choice is still kept
    second = _opened(window, qtbot)
    assert second.format_box.currentData() == Format.PDF
    assert second.size_box.currentText() == "A4 portrait"
    spec = second.spec()
    assert (spec.format, spec.unit, spec.width, spec.height) == (Format.PDF, "mm", 210, 297)
    assert second.suggested_name().endswith(".pdf")


def test_a_custom_size_and_resolution_are_kept_too(window, qtbot):
    first = _opened(window, qtbot)
    first.format_box.setCurrentIndex(first.format_box.findData(Format.SVG))
    first.page_size.width_box.setValue(1200)
    first.page_size.dpi_box.setValue(150)
    first.close()
    second = _opened(window, qtbot)
    assert second.size_box.currentText() == "Custom size"
    spec = second.spec()
    assert (spec.format, spec.width, spec.height, spec.dpi) == (Format.SVG, 1200, 1080, 150)


def test_html_and_data_files_grey_out_size_legend_extent_and_theme(window, qtbot):
    dialog = _opened(window, qtbot)
    page = dialog.page_size
    picture_only = [
        dialog.size_box,
        page.width_box,
        page.height_box,
        page.unit_box,
        page.dpi_box,
        dialog.legend_box,
        dialog.extent_box,
        dialog.theme_box,
    ]
    for fmt in Format:
        dialog.format_box.setCurrentIndex(dialog.format_box.findData(fmt))
        used = fmt in (Format.PNG, Format.SVG, Format.PDF)
        assert [w.isEnabled() for w in picture_only] == [used] * len(picture_only), fmt
        tips = {w.toolTip() for w in picture_only}
        if used:
            assert tips == {""}, fmt
        else:
            (tip,) = tips
            assert "Not used by" in tip and "PNG, SVG and PDF" in tip, fmt
    assert dialog.title_edit.isEnabled()  # the HTML map and data files keep the texts


def test_a_greyed_out_format_is_kept_greyed_out_when_the_dialog_reopens(window, qtbot):
    first = _opened(window, qtbot)
    first.format_box.setCurrentIndex(first.format_box.findData(Format.HTML))
    first.reject()
    second = _opened(window, qtbot)
    assert second.format_box.currentData() == Format.HTML
    assert not second.page_size.width_box.isEnabled()
    assert "HTML" in second.page_size.width_box.toolTip()
    second.format_box.setCurrentIndex(second.format_box.findData(Format.PNG))
    assert second.page_size.width_box.isEnabled() and second.theme_box.isEnabled()


def test_a_size_greyed_out_never_stops_an_html_export(window, qtbot, tmp_path):
    dialog = _opened(window, qtbot)
    dialog.size_box.setCurrentIndex(dialog.size_box.findText("A4 portrait"))
    dialog.page_size.width_box.setValue(2_000)  # 2 m at 300 dpi: too large for a picture
    dialog.update_preview()
    assert not dialog.export_button.isEnabled()
    dialog.format_box.setCurrentIndex(dialog.format_box.findData(Format.HTML))
    dialog.update_preview()
    assert dialog.export_button.isEnabled()
    assert "interactive map" in dialog.preview_note.text()
    assert "<html" in (dialog.write(tmp_path / "map.html")).read_text(encoding="utf-8")[:500]
