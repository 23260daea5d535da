"""Pan and zoom steps for the benchmarks, done the way the app's mouse handlers do them."""

from __future__ import annotations

from collections.abc import Callable

PAN_PX = 40
ZOOM_STEP = 1.25


def _pan(view, dx: int, dy: int) -> None:
    h, v = view.horizontalScrollBar(), view.verticalScrollBar()
    h.setValue(h.value() + dx)
    v.setValue(v.value() + dy)
    view.view_moved.emit()  # as a mouse drag does: the flows layer drafts until it settles


def pan_zoom_steps(view) -> list[Callable[[], None]]:
    """A cycle of small wheel zooms and drags that returns the view to where it started."""
    return [
        lambda: view.zoom_by(ZOOM_STEP),
        lambda: _pan(view, PAN_PX, PAN_PX // 2),
        lambda: _pan(view, -PAN_PX, -PAN_PX // 2),  # at the same zoom, so it undoes the pan
        lambda: view.zoom_by(1 / ZOOM_STEP),
    ]


class ViewPlace:
    """Saves and restores where a view looks (transform and scroll position)."""

    def __init__(self, view) -> None:
        self.view = view
        self.saved: tuple | None = None

    def save(self) -> None:
        view = self.view
        h, v = view.horizontalScrollBar().value(), view.verticalScrollBar().value()
        self.saved = (view.transform(), h, v)

    def restore(self) -> None:
        transform, h, v = self.saved
        self.view.setTransform(transform)
        self.view.horizontalScrollBar().setValue(h)
        self.view.verticalScrollBar().setValue(v)


def moved(view, step: Callable[[], None]) -> Callable[[], None]:
    """``step``, failing if it left the visible part of the scene unchanged."""

    def run() -> None:
        before = view.mapToScene(view.viewport().rect()).boundingRect()
        step()
        if view.mapToScene(view.viewport().rect()).boundingRect() == before:
            raise RuntimeError("a pan/zoom step did not move the map")

    return run
