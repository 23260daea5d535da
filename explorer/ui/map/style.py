"""View > Map style: palette, classification, number of classes, colour-vision preview.

Why a menu and not a dock: the style is chosen once per presentation and then
left alone; a submenu keeps it one click away without taking map space. The
map view keeps the style when it takes another dataset (``MapView.set_dataset``).

The colour-vision preview is screen-only (see ``MapView.set_colour_vision``):
exports, copied images and the HTML map keep the true colours.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox

from explorer.core.view.choropleth import ChoroplethBuilder
from explorer.core.view.classify import (
    DEFAULT_K,
    DEFAULT_SCHEME,
    MANUAL,
    MAX_MANUAL_BREAKS,
    SCHEMES,
    parse_breaks,
)
from explorer.core.view.colour_vision import VISION_KINDS, VISION_TITLES
from explorer.core.view.palettes import (
    DEFAULT_PALETTE,
    MAX_CLASSES,
    MIN_CLASSES,
    palette_names,
    palette_title,
    sequential,
)
from explorer.ui.common.core_texts import core_text
from explorer.ui.common.plain_text import literal_text
from explorer.ui.common.translations import translate

#: Menu text of each classification scheme, in menu order (translated where shown).
SCHEME_TITLES: dict[str, str] = {
    "quantiles": QT_TRANSLATE_NOOP("MapStyle", "Quantiles (equal counts)"),
    "fisher_jenks": QT_TRANSLATE_NOOP("MapStyle", "Natural breaks (Fisher-Jenks)"),
    "equal_interval": QT_TRANSLATE_NOOP("MapStyle", "Equal interval"),
    MANUAL: QT_TRANSLATE_NOOP("MapStyle", "Manual breaks…"),
}
#: How :meth:`MapStyle.description` names a scheme.
SCHEME_WORDS: dict[str, str] = {
    "quantiles": QT_TRANSLATE_NOOP("MapStyle", "quantiles"),
    "fisher_jenks": QT_TRANSLATE_NOOP("MapStyle", "natural breaks"),
    "equal_interval": QT_TRANSLATE_NOOP("MapStyle", "equal interval"),
}
CLASS_COUNTS = tuple(range(MIN_CLASSES, MAX_CLASSES + 1))
_KEEP = object()  # apply(): "leave this part of the style as it is"


def palette_icon(name: str, k: int = 5, size: int = 32) -> QIcon:
    """A square of the palette's ``k`` colours as stripes, light to dark, for the menu.

    Square because menus draw icons in a small square: a wide strip would
    shrink to a line.
    """
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    colours = sequential(name, k)
    step = size / len(colours)
    for i, colour in enumerate(colours):
        painter.fillRect(QRectF(i * step, 0, step + 0.5, size), QColor(colour))
    painter.setPen(QColor("#777777"))
    painter.drawRect(0, 0, size - 1, size - 1)
    painter.end()
    return QIcon(pixmap)


class MapStyle(QObject):
    """The map's style and its menu (the map view keeps the style across dataset switches).

    Attributes: ``palette`` (a :func:`palette_names` name), ``scheme`` (a key
    of ``SCHEMES``), ``k`` (3-7; ignored by manual breaks), ``breaks`` (the
    manual upper bounds, kept while another scheme is chosen) and ``vision``
    (one of ``VISION_KINDS`` or None for the true colours).
    """

    #: After any change of palette, scheme, classes, breaks or preview.
    changed = Signal()

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.palette = DEFAULT_PALETTE
        self.scheme = DEFAULT_SCHEME
        self.k = DEFAULT_K
        self.breaks: tuple[float, ...] = ()
        self.vision: str | None = None
        self.menu = QMenu(translate("MapStyle", "Map st&yle"), window)
        self.menu.setToolTipsVisible(True)
        _, self._palette_actions = self._radio_menu(
            translate("MapStyle", "&Palette"),
            {name: palette_title(name) for name in palette_names()},
            lambda name: self.apply(palette=name),
            icons=True,
        )
        _, self._scheme_actions = self._radio_menu(
            translate("MapStyle", "&Classification"),
            {key: translate("MapStyle", title) for key, title in SCHEME_TITLES.items()},
            self._choose_scheme,
        )
        _, self._k_actions = self._radio_menu(
            translate("MapStyle", "&Number of classes"),
            {k: str(k) for k in CLASS_COUNTS},
            lambda k: self.apply(k=k),
        )
        vision_titles: dict[str | None, str] = {None: translate("MapStyle", "Off (true colours)")}
        vision_titles.update({kind: core_text(title) for kind, title in VISION_TITLES.items()})
        vision_menu, self._vision_actions = self._radio_menu(
            translate("MapStyle", "Colour-&vision preview"),
            vision_titles,
            lambda kind: self.apply(vision=kind),
        )
        vision_menu.menuAction().setToolTip(
            translate(
                "MapStyle",
                "See the map on screen as people with a colour-vision deficiency see it;"
                " exports keep the true colours",
            )
        )
        _add_after_reset(window, self.menu)
        self._sync_menu()

    # -- public ----------------------------------------------------------------
    def apply(
        self,
        palette: str | None = None,
        scheme: str | None = None,
        k: int | None = None,
        breaks: Sequence[float] | None = None,
        vision=_KEEP,
    ) -> None:
        """Change any part of the style; the rest stays. Raises ValueError for a bad value.

        ``breaks`` without ``scheme`` selects manual breaks. ``vision`` None
        (or "off") turns the preview off; leaving it out keeps it as it is.
        """
        palette = self.palette if palette is None else palette
        if palette not in palette_names():
            raise ValueError(f"unknown palette {palette!r}")
        if breaks is not None:
            breaks = tuple(float(b) for b in breaks)
            if not breaks or list(breaks) != sorted(set(breaks)):
                raise ValueError("manual breaks must be one or more increasing numbers")
            if len(breaks) > MAX_MANUAL_BREAKS:
                raise ValueError(f"at most {MAX_MANUAL_BREAKS} manual breaks")
            scheme = MANUAL if scheme is None else scheme
        scheme = self.scheme if scheme is None else scheme
        if scheme not in SCHEMES:
            raise ValueError(f"unknown classification scheme {scheme!r}")
        new_breaks = self.breaks if breaks is None else breaks
        if scheme == MANUAL and not new_breaks:
            raise ValueError("manual classification needs breaks")
        k = self.k if k is None else int(k)
        if k not in CLASS_COUNTS:
            raise ValueError(f"number of classes must be {MIN_CLASSES}-{MAX_CLASSES}, not {k}")
        if vision is _KEEP:
            vision = self.vision
        elif vision == "off":
            vision = None
        if vision is not None and vision not in VISION_KINDS:
            raise ValueError(f"unknown colour-vision preview {vision!r}")

        restyle = (palette, scheme, k, new_breaks) != self._style()
        recolour = vision != self.vision
        self.palette, self.scheme, self.k, self.breaks, self.vision = (
            palette,
            scheme,
            k,
            new_breaks,
            vision,
        )
        self._sync_menu()
        if restyle:
            self._restyle()
        if recolour:
            self.window.map_view.set_colour_vision(vision)
        if restyle or recolour:
            message = translate("MapStyle", "Map style: {style}").format(style=self.description())
            self.window.statusBar().showMessage(message, 5000)
            self.changed.emit()

    def description(self) -> str:
        """The style in words, e.g. "Blues (ColorBrewer), natural breaks, 5 classes"."""
        if self.scheme == MANUAL:
            classes = translate("MapStyle", "manual breaks at {breaks}").format(
                breaks=", ".join(_number(b, ",") for b in self.breaks)
            )
        else:
            classes = translate("MapStyle", "{scheme}, {k} classes").format(
                scheme=translate("MapStyle", SCHEME_WORDS[self.scheme]), k=self.k
            )
        text = f"{palette_title(self.palette)}, {classes}"
        if self.vision:
            text += translate("MapStyle", "; {vision} preview").format(vision=self.vision)
        return text

    def ask_breaks(self) -> bool:
        """Ask for manual breaks until they are valid or the user cancels; True if applied."""
        text = ", ".join(_number(b) for b in self.breaks)
        while True:
            text, ok = QInputDialog.getText(
                self.window,
                translate("MapStyle", "Manual breaks"),
                translate(
                    "MapStyle",
                    "Upper bound of each class, increasing, separated by commas\n"
                    "(e.g. 10, 50, 100, 500). Values above the last break get a class of"
                    " their own.",
                ),
                text=text,
            )
            if not ok:
                return False
            try:
                breaks = parse_breaks(text)
            except ValueError as error:
                QMessageBox.warning(
                    self.window,
                    translate("MapStyle", "Manual breaks not valid"),
                    literal_text(error),
                )
                continue
            self.apply(scheme=MANUAL, breaks=breaks)
            return True

    # -- internals -------------------------------------------------------------
    def _style(self) -> tuple:
        return self.palette, self.scheme, self.k, self.breaks

    def _restyle(self) -> None:
        window = self.window
        builder = window.map_view.builder
        current = (builder.palette, builder.scheme, builder.k, getattr(builder, "breaks", ()))
        if builder.dataset is window.dataset and current == self._style():
            return
        window.map_view.builder = ChoroplethBuilder(
            window.dataset, self.palette, self.scheme, self.k, self.breaks, builder.lang
        )
        window.map_view.refresh()

    def _choose_scheme(self, scheme: str) -> None:
        if scheme == MANUAL and not self.ask_breaks():
            self._sync_menu()  # cancelled: the previous scheme stays checked
            return
        if scheme != MANUAL:
            self.apply(scheme=scheme)

    def _radio_menu(
        self, title: str, choices: dict, choose, icons: bool = False
    ) -> tuple[QMenu, dict]:
        menu = self.menu.addMenu(title)
        group = QActionGroup(menu)
        group.setExclusive(True)
        actions = {}
        for value, text in choices.items():
            action = QAction(text, menu, checkable=True)
            if icons:
                action.setIcon(palette_icon(value))
            action.triggered.connect(partial(self._chosen, choose, value))
            group.addAction(action)
            menu.addAction(action)
            actions[value] = action
        return menu, actions

    def _chosen(self, choose, value, _checked: bool = False) -> None:
        try:
            choose(value)
        except ValueError as error:  # e.g. a palette without colours for so many levels
            QMessageBox.warning(
                self.window, translate("MapStyle", "Map style not changed"), literal_text(error)
            )
            self._sync_menu()

    def _sync_menu(self) -> None:
        for actions, current in (
            (self._palette_actions, self.palette),
            (self._scheme_actions, self.scheme),
            (self._k_actions, self.k),
            (self._vision_actions, self.vision),
        ):
            for value, action in actions.items():
                action.setChecked(value == current)
        manual = self.scheme == MANUAL
        for action in self._k_actions.values():
            action.setEnabled(not manual)
            action.setToolTip(translate("MapStyle", "Set by the manual breaks") if manual else "")


def _number(value: float, grouping: str = "") -> str:
    """1000.0 -> "1000" (or "1,000" with grouping ","), 2.5 -> "2.5"; never "1e+06"."""
    if float(value).is_integer():
        return f"{int(value):{grouping}}"
    return f"{value:{grouping}f}".rstrip("0")


def _add_after_reset(window, menu: QMenu) -> None:
    """Put the submenu under the zoom actions (before the panels' switches)."""
    actions = window.view_menu.actions()
    reset = window.reset_action
    after = actions.index(reset) + 1 if reset in actions else len(actions)
    if after < len(actions):
        window.view_menu.insertMenu(actions[after], menu)
    else:
        window.view_menu.addMenu(menu)


def install_map_style(window) -> MapStyle:
    """Add View > Map style to ``window`` (registered in its context as ``style``)."""
    window.context.style = MapStyle(window)
    return window.context.style
