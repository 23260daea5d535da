"""Baseline for the launch benchmark: the cheapest Qt window that paints a view.

Why: starting CPython, importing PySide6 and painting an empty QGraphicsView
in a QMainWindow is a floor no map app can beat. Measuring it in the same run
as the app lets the ratio say what the app itself adds, on whatever machine
and load the run happens to get. It imports nothing but PySide6 and mirrors
``explorer.ui.window.app``: same window size, print ``first-paint`` after the view's
first paint, then quit.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsView, QMainWindow


class View(QGraphicsView):
    """An empty view that announces its first paint once."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(QGraphicsScene())
        self._app = app
        self._done = False

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._done:
            self._done = True
            print("first-paint", flush=True)
            self._app.quit()


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(View(app))
    window.resize(1440, 900)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
