"""The PNG writer: exact pixels, one valid zlib stream, the resolution kept."""

from __future__ import annotations

import struct
import zlib

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtGui import QColor, QImage, QPainter

from explorer.render.page import png_encode


def _chunks(data: bytes) -> dict[bytes, list[bytes]]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    found: dict[bytes, list[bytes]] = {}
    pos = 8
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length : pos + 12 + length])
        assert crc == zlib.crc32(kind + body), kind
        found.setdefault(kind, []).append(body)
        pos += 12 + length
    return found


def _picture(width: int, height: int, seed: int) -> QImage:
    """Flat areas, an antialiased disc and random pixels: what a map has."""
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#e8eef3"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#b2182b"))
    painter.drawEllipse(0, 0, max(1, width // 2), max(1, height // 2))
    painter.end()
    rng = np.random.default_rng(seed)
    for _ in range(min(300, width * height)):
        rgb = [int(v) for v in rng.integers(0, 256, 3)]
        image.setPixelColor(int(rng.integers(width)), int(rng.integers(height)), QColor(*rgb))
    return image


@pytest.mark.parametrize("size", [(1, 1), (7, 3), (300, 255), (640, 1030), (1920, 1080)])
def test_pixels_survive_the_round_trip(qapp, size):
    image = _picture(*size, seed=size[0])
    data = png_encode.encode_png(image, dpi=192)
    back = QImage.fromData(data, "PNG")
    assert (back.width(), back.height()) == size
    expected = image.convertToFormat(QImage.Format.Format_RGB32)
    assert back.convertToFormat(QImage.Format.Format_RGB32) == expected


@pytest.mark.parametrize("height", [3, 600, 2160])
def test_the_bands_join_into_one_complete_zlib_stream(qapp, height):
    """Bands compressed in parallel must decode as one stream, nothing left over."""
    image = _picture(500, height, seed=height)
    chunks = _chunks(png_encode.encode_png(image))
    stream = zlib.decompressobj()
    raw = stream.decompress(b"".join(chunks[b"IDAT"]))
    assert stream.eof and stream.unused_data == b""
    assert len(raw) == height * (500 * 3 + 1)
    assert set(raw[:: 500 * 3 + 1]) == {2}  # every row uses the Up filter


def test_header_and_resolution(qapp):
    chunks = _chunks(png_encode.encode_png(_picture(40, 20, 1), dpi=300))
    width, height, depth, colour = struct.unpack(">IIBB", chunks[b"IHDR"][0][:10])
    assert (width, height, depth, colour) == (40, 20, 8, 2)
    per_metre_x, per_metre_y, unit = struct.unpack(">IIB", chunks[b"pHYs"][0])
    assert unit == 1 and per_metre_x == per_metre_y == round(300 / 25.4 * 1000)
    assert b"pHYs" not in _chunks(png_encode.encode_png(_picture(4, 4, 1)))


def test_an_empty_image_is_refused(qapp):
    with pytest.raises(ValueError, match="empty"):
        png_encode.encode_png(QImage())


def test_write_png_reports_an_unwritable_path(qapp, tmp_path):
    with pytest.raises(OSError):
        png_encode.write_png(_picture(4, 4, 1), tmp_path / "missing" / "map.png")


def test_in_place_encoding_writes_the_same_file(qapp):
    image = _picture(700, 600, seed=3)
    expected = png_encode.encode_png(image, dpi=96)
    assert image.format() == QImage.Format.Format_ARGB32_Premultiplied  # untouched
    assert png_encode.encode_png(image, dpi=96, in_place=True) == expected
    assert image.format() == QImage.Format.Format_RGB888  # converted, as asked


@given(st.binary(max_size=3000), st.binary(max_size=3000))
def test_adler32_combine_matches_the_checksum_of_the_joined_bytes(first, second):
    combined = png_encode.adler32_combine(zlib.adler32(first), zlib.adler32(second), len(second))
    assert combined == zlib.adler32(first + second)
