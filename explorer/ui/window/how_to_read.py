"""Help > How to read this map: the caveats a reader needs, and the dataset's own.

Why a dock of its own: a desk officer must not read detected victims as
prevalence or a flow as the whole movement, and keeps these words open beside
the map. The rules of places follow the indicator on screen: those of levels
for a categorical indicator (TIP tiers), else those of figures. Every text is
plain and selectable; provenance is data, never markup (DESIGN.md section 5).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QScrollArea, QVBoxLayout, QWidget

from explorer.core.demo.shown_name import shown_dataset_name
from explorer.core.places.levels import indicator_levels
from explorer.ui.common.core_texts import rules_text
from explorer.ui.common.translations import interface_language
from explorer.ui.window.about_dialog import _paragraph


def reading_sections(categorical: bool = False) -> list[tuple[str, str]]:
    """(heading, paragraph) of the "How to read this map" panel, in reading order.

    ``categorical``: the indicator on screen is one of levels (TIP tiers), so places
    follow the rules of levels, not those of figures.
    """
    return [
        (
            QCoreApplication.translate("Help", "Detected victims are not prevalence"),
            QCoreApplication.translate(
                "Help",
                "The figures count victims that the authorities of a country detected and "
                "reported: people identified by police, prosecutors, courts, social "
                "services or organisations. They do not estimate how many people are "
                "trafficked. A high figure can mean that a country looks hard and records "
                "well; a low figure, or none, does not mean that trafficking is rare.",
            ),
        ),
        (
            QCoreApplication.translate("Help", "Countries detect differently"),
            QCoreApplication.translate(
                "Help",
                "Laws, definitions, institutions and ways of counting differ between "
                "countries and change over time. Compare countries with care; a trend "
                "within one country is usually safer than a ranking of countries.",
            ),
        ),
        (
            QCoreApplication.translate("Help", "Suppressed small counts"),
            QCoreApplication.translate(
                "Help",
                'Publishers hide small numbers to protect the people behind them: "<5" '
                '(UNODC GLOTIP) means between 1 and 4, "<10" (CTDC) between 1 and 9. '
                "The map shows such figures as a range with their own legend swatch, "
                "never as a number and never as zero; totals that include them read "
                '"at least". Grey countries have no figure for that year.',
            ),
        ),
        (
            QCoreApplication.translate("Help", "Flows are minimum figures"),
            QCoreApplication.translate(
                "Help",
                "An arrow from A to B counts the victims detected in B whose citizenship "
                "was recorded as A. Victims whose citizenship was not recorded, or "
                "recorded only as a region or as unknown, have no arrow: they are listed "
                "in the country's tooltip and panel. So each arrow is at least the number "
                "shown, and a country's arrows do not add up to all its victims. "
                "Citizenship is not always where a person was recruited.",
            ),
        ),
        (
            QCoreApplication.translate("Help", "Case data (CTDC)"),
            QCoreApplication.translate(
                "Help",
                "CTDC data describe identified cases recorded by the contributing "
                "organisations: a sample of identified victims, not a count for a whole "
                "country.",
            ),
        ),
        (
            QCoreApplication.translate("Help", "Rates per 100,000"),
            QCoreApplication.translate(
                "Help",
                "Rates divide a count by the population loaded in the workspace for the "
                "same country and year (or the nearest year, said in the caveat). A rate "
                "built on a suppressed count is a range. Demo data get no rates.",
            ),
        ),
        (
            QCoreApplication.translate("Help", "The World, regions and groups"),
            QCoreApplication.translate(
                "Help",
                "With no country selected, the panel shows a place: the World, a UN "
                "region or subregion, or a group of your own (the place picker, View > "
                "Zoom to region, or the links in a country's panel). Every figure says "
                "how many countries it covers (N), because countries report different "
                "years:",
            )
            + " "
            + rules_text(categorical),
        ),
        (
            QCoreApplication.translate("Help", "Flows between places"),
            QCoreApplication.translate(
                "Help",
                "Flows > Between: subregions or regions sums the country flows into flows "
                "between places, drawn between points on land inside each place; flows "
                "inside one place (own nationals included) are its ring. The tooltip lists "
                'the country pairs behind each. A sum with a <5 part reads "at least".',
            ),
        ),
        (
            QCoreApplication.translate("Help", "Sources and caveats"),
            QCoreApplication.translate(
                "Help",
                "Every dataset keeps its provenance: publisher, edition, file, checksum and "
                "the publisher's caveats (File > Dataset provenance…). Exports carry the "
                "source line.",
            ),
        ),
    ]


class HowToReadPanel(QDockWidget):
    """A dock with :func:`reading_sections` and the caveats of the dataset on screen."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(QCoreApplication.translate("Help", "How to read this map"), window)
        self.setObjectName("how_to_read")
        self.window_ = window
        body = QWidget()
        column = QVBoxLayout(body)
        self.paragraphs = []
        for heading, paragraph in reading_sections():
            column.addSpacing(6)
            column.addWidget(_paragraph(heading, bold=True))
            self.paragraphs.append(_paragraph(paragraph))
            column.addWidget(self.paragraphs[-1])
        column.addSpacing(6)
        self.dataset_heading = _paragraph("", bold=True)
        self.dataset_text = _paragraph("")
        column.addWidget(self.dataset_heading)
        column.addWidget(self.dataset_text)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(scroll)
        self.setMinimumWidth(300)
        window.dataset_shown.connect(self.show_dataset)
        window.state.indicator_changed.connect(self.show_dataset)
        self.show_dataset()

    def categorical(self) -> bool:
        """True when the indicator on screen is one of levels (its rules are shown)."""
        window = self.window_
        return any(indicator_levels(window.dataset, window.state.indicator))

    def show_dataset(self, *_: object) -> None:
        """The source line and caveats of the dataset on screen (plain text: it is data)."""
        dataset = self.window_.dataset
        self.dataset_heading.setText(
            QCoreApplication.translate("Help", "The dataset on screen: {name}").format(
                name=shown_dataset_name(dataset.name, interface_language())
            )
        )
        provenance = dataset.provenance
        lang = interface_language()
        self.dataset_text.setText(
            "\n".join([provenance.source_line(lang), *provenance.caveats_in(lang)])
        )
        sections = reading_sections(self.categorical())
        for label, (_heading, paragraph) in zip(self.paragraphs, sections, strict=True):
            label.setText(paragraph)

    def text(self) -> str:
        parts = [f"{h}\n{p}" for h, p in reading_sections(self.categorical())]
        parts.append(f"{self.dataset_heading.text()}\n{self.dataset_text.text()}")
        return "\n\n".join(parts)
