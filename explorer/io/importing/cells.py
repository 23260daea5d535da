"""How a suppressed count is written in the files users bring: ``<5``, ``< 10``.

Why here: GLOTIP, CTDC and flow tables all write small counts this way, and
every reader must read them alike (the bound is the number after ``<``).
"""

from __future__ import annotations

import re

#: A suppressed count as a file writes it ("<5"): the group is the bound.
BOUND = re.compile(r"^<\s*(\d+)$")
