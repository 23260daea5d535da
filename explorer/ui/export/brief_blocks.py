"""The parts of a one-page brief, measured before they are drawn, and the rule that fits them.

Why: a brief must fit one A4 page and always end with its footer (the source
line, the caveats, the date): every number shows where it comes from, and
detected victims are not prevalence. Arabic lines are taller than English ones
and the real GLOTIP lists are longer than the demo's, so the body of the
World brief in Arabic ran past the page and took the footer with it. So the
page collects its parts first and lays them out at the end: when they would
run into the footer, the parts that matter least give way first, one step at
a time (a list loses its last items and ends with "…", the map gets lower, a
chart goes), and the page says it was shortened. Type sizes never change.

Each part that may give way names the *level* at which it does (a small
number gives way first) and how far: ``stages`` pairs a level with what is
left from that level on (items of a list, the map's height as a share of its
width, 0 for a part that goes entirely).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

Stages = tuple[tuple[int, float], ...]


@dataclass(frozen=True)
class Style:
    """How a paragraph is set: point size, weight, colour, the gap below it in mm."""

    size: float = 9.0
    bold: bool = False
    colour: str = "#222222"
    gap_mm: float = 1.2


class Canvas(Protocol):
    """What a part needs of the page: measuring and drawing at a height ``y``."""

    width: float

    def text_height(self, text: str, style: Style) -> float: ...
    def draw_text(self, text: str, style: Style, y: float) -> float: ...
    def draw_widget(self, widget: Any, height: float, y: float) -> float: ...
    def draw_map(self, picture: Any, frame: Any, height: float, y: float) -> float: ...
    def mm(self, value: float) -> float: ...


def _least(stages: Stages, level: int, default: float) -> float:
    """What may be left of a part at ``level``: the smallest of the stages reached."""
    reached = [left for at, left in stages if at <= level]
    return min(reached) if reached else default


@dataclass(frozen=True, eq=False)
class Block:
    """A part that never gives way (a title, the key figures)."""

    def height(self, page: Canvas) -> float:
        return 0.0

    def draw(self, page: Canvas, y: float) -> float:
        return y

    def shorter(self, level: int) -> Block | None:
        """This part one step shorter, if it gives way at ``level``; else None."""
        return None

    def levels(self) -> tuple[int, ...]:
        return ()


GONE = Block()


@dataclass(frozen=True, eq=False)
class Paragraph(Block):
    text: str
    style: Style = Style()

    def height(self, page: Canvas) -> float:
        return page.text_height(self.text, self.style) if self.text else 0.0

    def draw(self, page: Canvas, y: float) -> float:
        return page.draw_text(self.text, self.style, y) if self.text else y


@dataclass(frozen=True, eq=False)
class Listing(Block):
    """Items in one paragraph that lose their last (or, ``from_start``, first) items.

    ``joiner`` sits between items (the language's "; ", or a line break);
    ``more(n)`` is what replaces ``n`` hidden items (default: "…");
    ``wrap`` puts the joined items into their sentence. Left with no item and
    no ``more``, the listing goes with its ``heading``. ``apart``: each item (and
    ``more``) is a paragraph of its own, ``apart`` millimetres below the one before.
    """

    items: tuple[str, ...]
    style: Style = Style()
    joiner: str = "\n"
    stages: Stages = ()
    heading: Paragraph | None = None
    more: Callable[[int], str] | None = None
    wrap: Callable[[str], str] = str
    from_start: bool = False
    hidden: int = 0
    apart: float | None = None

    def pieces(self) -> list[str]:
        """The items as they stand, with their mark: "A", "B", "…"; "…", "C", "D"; lines
        the last of which ends " …"; or the items and ``more`` ("… and 5 more.")."""
        items = list(self.items)
        if not self.hidden:
            return items
        if self.more is not None:
            return [*items, self.more(self.hidden)]
        if not items:
            return []
        if self.from_start:
            return ["…", *items]
        if self.joiner == "\n" or self.apart is not None:
            return [*items[:-1], items[-1] + " …"]
        return [*items, "…"]

    def _paragraphs(self) -> list[Paragraph]:
        pieces = self.pieces()
        if not pieces:
            return []
        heading = [self.heading] if self.heading is not None else []
        if self.apart is None:
            return [*heading, Paragraph(self.wrap(self.joiner.join(pieces)), self.style)]
        close = replace(self.style, gap_mm=self.apart)
        return (
            heading
            + [Paragraph(piece, close) for piece in pieces[:-1]]
            + [Paragraph(pieces[-1], self.style)]
        )

    def height(self, page: Canvas) -> float:
        return sum(part.height(page) for part in self._paragraphs())

    def draw(self, page: Canvas, y: float) -> float:
        for part in self._paragraphs():
            y = part.draw(page, y)
        return y

    def shorter(self, level: int) -> Block | None:
        if len(self.items) <= _least(self.stages, level, len(self.items)):
            return None
        left = self.items[1:] if self.from_start else self.items[:-1]
        return replace(self, items=left, hidden=self.hidden + 1)

    def levels(self) -> tuple[int, ...]:
        return tuple(at for at, _ in self.stages)


@dataclass(frozen=True, eq=False)
class Group(Block):
    """Parts that stay or go together (a heading and its chart), going at ``goes_at``."""

    parts: tuple[Block, ...] = ()
    goes_at: int | None = None

    def height(self, page: Canvas) -> float:
        return sum(part.height(page) for part in self.parts)

    def draw(self, page: Canvas, y: float) -> float:
        for part in self.parts:
            y = part.draw(page, y)
        return y

    def shorter(self, level: int) -> Block | None:
        return GONE if self.goes_at is not None and level >= self.goes_at else None

    def levels(self) -> tuple[int, ...]:
        return () if self.goes_at is None else (self.goes_at,)


@dataclass(frozen=True, eq=False)
class Picture(Block):
    """A panel widget (chart, bars) drawn at ``height_mm`` over the column's width."""

    widget: Any = None
    height_mm: float = 0.0

    def height(self, page: Canvas) -> float:
        return page.mm(self.height_mm) + page.mm(1.5)

    def draw(self, page: Canvas, y: float) -> float:
        return page.draw_widget(self.widget, page.mm(self.height_mm), y)


MAP_STEP = 0.02  # the map gives way by 2 % of its width at a time


@dataclass(frozen=True, eq=False)
class MapBox(Block):
    """The map, ``share`` of the column's width high, lowering to its stages' shares."""

    picture: Any = None
    frame: Any = None
    share: float = 0.45
    stages: Stages = ()

    def height(self, page: Canvas) -> float:
        return page.width * self.share + page.mm(3)

    def draw(self, page: Canvas, y: float) -> float:
        return page.draw_map(self.picture, self.frame, page.width * self.share, y)

    def shorter(self, level: int) -> Block | None:
        lowest = _least(self.stages, level, self.share)
        if self.share <= lowest + 1e-9:
            return None
        return replace(self, share=max(lowest, self.share - MAP_STEP))

    def levels(self) -> tuple[int, ...]:
        return tuple(at for at, _ in self.stages)


@dataclass
class Fitted:
    """The parts as they fit, and whether any gave way (the page then says so)."""

    blocks: list[Block] = field(default_factory=list)
    shortened: bool = False


def fit(blocks: Sequence[Block], room: float, page: Canvas) -> Fitted:
    """``blocks`` as they fit in ``room`` (a height): unchanged when they do; else, level by
    level (lowest first), the lowest part on the page that gives way at that level loses a
    step until they fit. Parts that never give way may still not fit: the caller clips."""
    heights: dict[Block, float] = {}

    def total(parts: list[Block]) -> float:
        for part in parts:
            if part not in heights:
                heights[part] = part.height(page)
        return sum(heights[part] for part in parts)

    parts = list(blocks)
    if total(parts) <= room:
        return Fitted(parts)
    for level in sorted({at for part in parts for at in part.levels()}):
        while total(parts) > room:
            for i in reversed(range(len(parts))):
                shorter = parts[i].shorter(level)
                if shorter is not None:
                    parts[i] = shorter
                    break
            else:
                break  # nothing more gives way at this level
        if total(parts) <= room:
            break
    return Fitted([part for part in parts if part is not GONE], shortened=True)
