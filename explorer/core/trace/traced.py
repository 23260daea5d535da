"""A figure with where it comes from: file rows, or the figures and rule it was made of.

Why a tree: a country's total is read from one row (or a group of rows); a
world total is a sum of country figures; a share or a change is made of two
figures. The "Show source rows" table walks the tree down to the rows, and
says each rule on the way, so a derived number reaches the file rows of every
figure it was made of.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Traced:
    """One figure: ``rows`` when read from the file, else ``parts`` and the ``rule``."""

    label: str  # what the figure is: "Nigeria, 2020: Detected trafficking victims"
    shown: str  # the figure as the app shows it: "1,234", "<5", "34.6%"
    rule: str = ""  # how it was made of ``parts`` ("" for a figure read from a file)
    rows: tuple[int, ...] = ()  # spreadsheet rows of the file it was read from
    parts: tuple[Traced, ...] = ()
    note: str = ""  # what the importer did with the rows ("<5 kept as a range 1 to 4")
    # The same words kept to be said in any language: (field, a Phrase or anything with a
    # ``text(lang)`` method); the fields above are their English (see :func:`traced`).
    words: tuple[tuple[str, Any], ...] = field(default=(), compare=False, repr=False)

    def said(self, name: str) -> Any:
        """The field ``name`` ("label", "shown", "rule", "note") to be said in a language:
        its kept words, else its English text."""
        return dict(self.words).get(name, getattr(self, name))

    def leaves(self) -> Iterator[Traced]:
        """The figures read from the file, depth first (itself when it is one)."""
        if not self.parts:
            yield self
            return
        for part in self.parts:
            yield from part.leaves()

    def all_rows(self) -> list[int]:
        """Every file row behind the figure, each once, in file order."""
        return sorted({row for leaf in self.leaves() for row in leaf.rows})

    def rules(self) -> Iterator[tuple[int, Traced]]:
        """(depth, figure) of every figure made of others, from the top down."""
        stack = [(0, self)]
        while stack:
            depth, figure = stack.pop()
            if figure.parts:
                yield depth, figure
                stack.extend((depth + 1, p) for p in reversed(figure.parts))


def traced(
    label: Any,
    shown: Any,
    rule: Any = "",
    rows: tuple[int, ...] = (),
    parts: tuple[Traced, ...] = (),
    note: Any = "",
) -> Traced:
    """A :class:`Traced` whose label, figure, rule and note may be phrases (said in any
    language later); its text fields hold their English."""
    said = {"label": label, "shown": shown, "rule": rule, "note": note}
    kept = tuple((k, v) for k, v in said.items() if not isinstance(v, str))
    return Traced(str(label), str(shown), str(rule), rows, parts, str(note), words=kept)
