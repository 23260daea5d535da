"""The map's prepared outlines read from the cache are the ones a rebuild makes.

What a user would notice: a launch after the first draws exactly the same map,
only sooner; a damaged or stale cache file changes nothing on screen.
"""

from __future__ import annotations

import pytest
import shapely

from explorer.core.geo.countries import PROJECTIONS, load_countries, project_countries
from explorer.render.map import geometry as geometry_module
from explorer.render.map import geometry_cache
from explorer.render.map.geometry import MapGeometry

CRS = PROJECTIONS["Equal Earth"]


@pytest.fixture
def countries(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))  # an empty cache
    return project_countries(load_countries(), CRS)


def _assert_same(got: MapGeometry, want: MapGeometry) -> None:
    assert got.world_rect == want.world_rect and got.sea == want.sea
    assert len(got.countries) == len(want.countries)
    for a, b in zip(got.countries, want.countries, strict=True):
        assert (a.iso3, a.name) == (b.iso3, b.name)
        assert a.paths.full == b.paths.full
        assert [t for t, _ in a.paths.levels] == [t for t, _ in b.paths.levels]
        assert all(p == q for (_, p), (_, q) in zip(a.paths.levels, b.paths.levels, strict=True))
        assert (a.bounds, a.label_point, a.focus) == (b.bounds, b.label_point, b.focus)


def _no_rebuild(monkeypatch) -> None:
    def refuse(*_args):
        raise AssertionError("rebuilt instead of read from the cache")

    monkeypatch.setattr(geometry_module, "detail_paths", refuse)


def test_the_second_build_reads_the_first_from_the_cache(countries, monkeypatch):
    built = MapGeometry.build(countries, CRS)
    files = list((geometry_cache.cache_dir()).glob("map-geometry-*.bin"))
    assert len(files) == 1
    _no_rebuild(monkeypatch)
    _assert_same(MapGeometry.build(countries, CRS), built)


@pytest.mark.parametrize("damage", ["garbage", "truncated", "empty"])
def test_a_damaged_cache_file_is_rebuilt_not_believed(countries, damage):
    built = MapGeometry.build(countries, CRS)
    (path,) = geometry_cache.cache_dir().glob("map-geometry-*.bin")
    blob = path.read_bytes()
    path.write_bytes(
        {"garbage": b"\x00\x01" * 500, "truncated": blob[: len(blob) // 2], "empty": b""}[damage]
    )
    _assert_same(MapGeometry.build(countries, CRS), built)


def test_changed_outlines_get_a_cache_file_of_their_own(countries):
    MapGeometry.build(countries, CRS)
    moved = countries.copy()
    moved.loc[0, "geometry"] = shapely.affinity.translate(moved.geometry.iloc[0], 100_000, 0)
    rebuilt = MapGeometry.build(moved, CRS)
    assert len(list(geometry_cache.cache_dir().glob("map-geometry-*.bin"))) == 2
    assert (
        rebuilt.countries[0].paths.full
        != MapGeometry._built(countries, rebuilt.sea, rebuilt.world_rect).countries[0].paths.full
    )
