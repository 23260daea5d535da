"""The built-in demo, named before it is made.

Why: every window offers the demo beside the workspace's datasets, but a user
who launches on their own data need not wait for it to be generated (a quarter
of a second before the first paint). Its name is known without generating it;
:meth:`DemoSource.load` makes it when it is first shown, once per process.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from explorer.core.demo.shown_name import DEMO_NAME

if TYPE_CHECKING:
    from explorer.core.data.dataset import Dataset


class DemoSource:
    """The demo dataset: its name and that it is synthetic at once, its figures on demand."""

    name = DEMO_NAME
    is_synthetic = True

    def load(self) -> Dataset:
        from explorer.core.demo.generate import demo_dataset

        return demo_dataset()
