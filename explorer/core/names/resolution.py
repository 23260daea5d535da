"""What the resolver answers: a result, how it was found, and the fuzzy score.

Why apart from the resolver: the lookup tables, the matching stages and the resolver all
speak in these terms (a method from :data:`METHODS`, an :data:`Outcome` triple), and the
import report shows a :class:`Resolution` for every label it lists.
"""

from __future__ import annotations

from dataclasses import dataclass

#: How a label was understood, plainest first (the tables keep the plainest of equals).
METHODS = ("code", "name", "alias", "demonym", "class", "fuzzy", "user", "unresolved")

#: A stage's answer before it becomes a :class:`Resolution`: (result, method, score).
Outcome = tuple[str | None, str, float | None]

#: The answer of a label no stage understood.
UNRESOLVED: Outcome = (None, "unresolved", None)


@dataclass(frozen=True)
class Resolution:
    """How one label was understood."""

    label: str  #: the raw text, exactly as given
    result: str | None  #: ISO3, DOMESTIC, UNKNOWN, REGION:<name>, or None
    method: str  #: one of :data:`METHODS`
    score: float | None = None  #: fuzzy score 0-100 when method is "fuzzy"
    stands_for: str | None = None  #: for DOMESTIC: the country detected in, when given

    @property
    def resolved(self) -> bool:
        return self.result is not None


def outcome(found: tuple[str, str]) -> Outcome:
    """A table entry (result, method) as an :data:`Outcome`; "" (ambiguous) is unresolved."""
    result, method = found
    return (result, method, None) if result else UNRESOLVED
