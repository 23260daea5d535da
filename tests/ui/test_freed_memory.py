"""Freed memory goes back to the system where the C library can do it, and nothing breaks
where it cannot."""

from __future__ import annotations

import platform
import sys

from explorer.ui.common.freed_memory import give_back_freed_memory


def test_freed_memory_is_handed_back_on_glibc_and_ignored_elsewhere():
    can = sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc"
    garbage = [bytes(1000) for _ in range(20_000)]  # 20 MB of small blocks, then freed
    del garbage
    assert give_back_freed_memory() is can  # 20 MB were just freed: there is something to give
    assert isinstance(give_back_freed_memory(), bool)
