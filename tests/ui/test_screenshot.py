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
