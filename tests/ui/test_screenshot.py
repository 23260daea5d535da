"""``--screenshot`` writes the window at 1440x900: coloured, with the banner, not blank."""

from __future__ import annotations

from PySide6.QtGui import QImage

from explorer.cli import main


def test_screenshot_writes_a_full_size_coloured_png(qtbot, tmp_path, capsys):
    out = tmp_path / "shot.png"
    assert main(["--screenshot", str(out), "--select", "BRA"]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1440, 900)
    colours = {image.pixelColor(x, y).name() for x in range(0, 1440, 16) for y in range(0, 900, 16)}
    assert len(colours) > 20
    assert "#ffcf40" in colours  # the SYNTHETIC banner
    assert "wrote" in capsys.readouterr().out


def test_the_render_commands_speak_the_interface_language(qtbot, tmp_path, capsys):
    from tests.ui.translated import translated

    out = tmp_path / "shot.png"
    with translated("fr"):
        assert main(["--screenshot", str(out), "--size", "1200x700"]) == 0
        assert capsys.readouterr().out.strip() == f"écrit : {out} (1200x700)"
        assert main(["--screenshot", str(out), "--place", "Atlantis"]) == 2
        error = capsys.readouterr().err
        assert error.startswith("trafficking-explorer: aucune zone 'Atlantis' ; zones : ")
        assert main(["--brief", str(tmp_path / "b.pdf"), "--select", "XXX"]) == 2
        assert "code de pays inconnu 'XXX'" in capsys.readouterr().err
