"""Every icon format the platforms need, made from the one source image packaging/icon.png.

    python packaging/icons.py OUT_DIR

writes explorer.ico (Windows: 16 to 256 px), explorer.icns (macOS) and explorer-SIZE.png
(Linux hicolor theme sizes). Needs Pillow (a build tool only: the app does not load it).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image

SOURCE = Path(__file__).with_name("icon.png")
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)


def make_icons(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    image = Image.open(SOURCE).convert("RGBA")
    written = [out / "explorer.ico", out / "explorer.icns"]
    image.save(written[0], sizes=ICO_SIZES)
    image.save(written[1])  # Pillow writes the icns sizes up to the source's
    for size in PNG_SIZES:
        path = out / f"explorer-{size}.png"
        image.resize((size, size), Image.Resampling.LANCZOS).save(path)
        written.append(path)
    return written


if __name__ == "__main__":
    for path in make_icons(Path(sys.argv[1])):
        print(path)
