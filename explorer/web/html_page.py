"""The offline page around the map: Leaflet inlined and made inert, the page's chrome.

Why: the page must open on a machine without internet and never fetch
anything. folium's templates point at CDNs (Leaflet, jQuery, Bootstrap, Font
Awesome...), so the map class here carries no CDN links, Leaflet is read from
the installed ``django-js-lib-leaflet`` package and inlined, and its CSS loses
every ``url(...)`` and source-map comment. The synthetic-data band, title,
legend panel and footer are added around the map here.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import ClassVar

import folium
from branca.element import Element, MacroElement
from folium.template import Template

from explorer.core.texts import QT_TRANSLATE_NOOP
from explorer.core.view.data import SYNTHETIC_MARK, ViewData
from explorer.core.view.map_style import OUTLINE_COLOUR
from explorer.web.html_escape import esc
from explorer.web.html_fonts import PAGE_FAMILIES
from explorer.web.html_language import PageLanguage
from explorer.web.html_legend import legend_html
from explorer.web.html_projection import Plane

LEAFLET_VERSION = "1.9.4"

_CSS_URL = re.compile(r"url\([^)]*\)")
_SOURCE_MAP = re.compile(r"/[*/][#@]\s*sourceMappingURL=[^\s*]*(?:\s*\*/)?")


@cache
def leaflet_assets() -> tuple[str, str]:
    """Leaflet's JS and CSS, made inert: no image URLs, no source-map lookups."""
    base = resources.files("js_lib_leaflet") / "static" / "js_lib_leaflet"
    js = (base / "leaflet.js").read_text(encoding="utf-8")
    css = (base / "leaflet.css").read_text(encoding="utf-8")
    if LEAFLET_VERSION not in js[:300]:
        raise RuntimeError(f"expected Leaflet {LEAFLET_VERSION} in django-js-lib-leaflet")
    js = _SOURCE_MAP.sub("", js).replace("</script", "<\\/script")
    # Marker and layer-control images are the only url() references; neither is used here.
    css = _CSS_URL.sub("none", _SOURCE_MAP.sub("", css)).replace("</style", "")
    return js, css


class OfflineMap(folium.Map):
    """A folium Map that links no CDN resource; Leaflet is inlined by ``add_page``.

    A subclass rather than editing ``folium.Map.default_js``: those lists are shared by
    every folium map in the process.
    """

    default_js: ClassVar[list[tuple[str, str]]] = []
    default_css: ClassVar[list[tuple[str, str]]] = []


CREDIT = QT_TRANSLATE_NOOP("HtmlPage", "Interactive map drawn with Leaflet {version}.")
ZOOM_IN = QT_TRANSLATE_NOOP("HtmlPage", "Zoom in")
ZOOM_OUT = QT_TRANSLATE_NOOP("HtmlPage", "Zoom out")


class _MoveIntoMap(MacroElement):
    """Moves the legend panel into a bottom corner of the map once the map exists: the
    left one, or the right one when the page reads right to left (as the slide's legends).

    Why not build the legend in JavaScript: the panel stays plain, escaped HTML in the page;
    the script only moves the node and stops wheel and click events from reaching the map.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            (function () {
                var panel = document.getElementById({{ this.element_id|tojson }});
                var corner = {{ this._parent.get_name() }}.getContainer()
                    .querySelector({{ this.corner|tojson }});
                if (!panel || !corner) { return; }
                panel.classList.add("leaflet-control");
                corner.appendChild(panel);
                L.DomEvent.disableClickPropagation(panel);
                L.DomEvent.disableScrollPropagation(panel);
                var zoom = {{ this.zoom_titles|tojson }};
                Object.keys(zoom).forEach(function (selector) {
                    var button = {{ this._parent.get_name() }}.getContainer()
                        .querySelector(selector);
                    if (button) {
                        button.title = zoom[selector];
                        button.setAttribute("aria-label", zoom[selector]);
                    }
                });
            })();
        {% endmacro %}
        """
    )

    def __init__(self, element_id: str, language: PageLanguage) -> None:
        super().__init__()
        self._name = "MoveIntoMap"
        self.element_id = element_id
        rtl = language.rtl
        # Leaflet's zoom buttons are titled in English: in the page's language, as the panel.
        self.zoom_titles = {
            ".leaflet-control-zoom-in": language.say(ZOOM_IN),
            ".leaflet-control-zoom-out": language.say(ZOOM_OUT),
        }
        self.corner = ".leaflet-bottom." + ("leaflet-right" if rtl else "leaflet-left")


_PAGE_CSS = f"""
html, body {{ height: 100%; margin: 0; }}
body {{ display: flex; flex-direction: column; font-family: {PAGE_FAMILIES};
  color: #222; background: #fff; }}
.folium-map {{ order: 2; flex: 1 1 auto; height: auto !important; min-height: 0; }}
/* folium appends the map's div after everything else in <body>; order puts it in place. */
.tfe-band {{ order: 0; }}
.tfe-head {{ order: 1; }}
.tfe-foot {{ order: 3; }}
/* Around the sphere the page is white, as around the map on a slide. */
.leaflet-container {{ background: #fff; font-family: inherit; }}
.tfe-arrow {{ background: none; border: none; }}
.tfe-band {{ background: #ffd400; color: #000; font-weight: 700; text-align: center;
  padding: 5px 8px; font-size: 14px; letter-spacing: 0.02em; border-bottom: 2px solid #000; }}
.tfe-head {{ padding: 8px 12px 6px; border-bottom: 1px solid #ccd; }}
.tfe-head h1 {{ font-size: 18px; margin: 0; }}
.tfe-head p {{ font-size: 13px; margin: 3px 0 0; color: #444; }}
.tfe-foot {{ padding: 5px 12px 6px; font-size: 11px; color: #444; border-top: 1px solid #ccd;
  line-height: 1.35; }}
.tfe-foot p {{ margin: 0; }}
.tfe-legend {{ background: rgba(255, 255, 255, 0.92); padding: 8px 10px; border-radius: 4px;
  box-shadow: 0 1px 4px rgba(0, 0, 0, 0.3); font-size: 12px; line-height: 1.3;
  max-height: 55vh; max-width: 300px; overflow: auto; }}
/* Until the script moves it into the map's corner the panel must take no room, or
   the map would be fitted to the world while smaller than it ends up. */
body > .tfe-legend {{ display: none; }}
.tfe-legend h2 {{ font-size: 12px; margin: 0 0 4px; }}
.tfe-legend h2 + ul {{ margin-top: 0; }}
.tfe-legend ul {{ list-style: none; padding: 0; margin: 0 0 6px; }}
.tfe-legend li {{ display: flex; align-items: center; gap: 6px; margin: 2px 0; }}
.tfe-sw {{ display: inline-block; width: 16px; height: 11px; border: 1px solid {OUTLINE_COLOUR};
  flex: none; }}
.tfe-sw.tfe-suppressed {{ border-style: dashed; }}
.tfe-sw.tfe-ring {{ border-radius: 50%; border: 2px solid #555; }}
.tfe-line {{ display: inline-block; width: 22px; flex: none; }}
.tfe-note {{ color: #555; font-size: 11px; margin: 0 0 6px; }}
.tfe-credit {{ color: #777; }}
/* Right to left (Arabic): the page's texts start on the right (dir="rtl" on <html>); the
   map itself keeps Leaflet's left-to-right geometry, its words read right to left. */
[dir="rtl"] .leaflet-container {{ direction: ltr; }}
[dir="rtl"] .tfe-legend, [dir="rtl"] .leaflet-tooltip {{ direction: rtl; text-align: right; }}
/* Each text reads in its own direction (an English source line stays "…chance.", not
   ".…chance"), aligned on the page's side. */
[dir="rtl"] .tfe-head h1, [dir="rtl"] .tfe-head p, [dir="rtl"] .tfe-foot p,
[dir="rtl"] .tfe-legend h2, [dir="rtl"] .tfe-note, [dir="rtl"] .tfe-text,
[dir="rtl"] .tfe-band {{ unicode-bidi: plaintext; }}
[dir="rtl"] .tfe-head, [dir="rtl"] .tfe-foot, [dir="rtl"] .tfe-legend {{ text-align: right; }}
"""


def add_page(m: folium.Map, view: ViewData, plane: Plane) -> None:
    """Inline Leaflet, the page's CRS and the page chrome: band, title, legend panel, footer."""
    root = m.get_root()
    js, css = leaflet_assets()
    root.header.add_child(
        Element(
            f"<style>{css}</style>\n<script>{js}\n{plane.crs_script()}</script>\n"
            f"<style>{_PAGE_CSS}</style>"
        ),
        name="tfe_leaflet",
    )
    texts = view.texts
    top = ""
    if texts.synthetic:
        band = PageLanguage(view.lang).word("CoreTexts", SYNTHETIC_MARK)
        top += f'<div class="tfe-band" role="note">{esc(band)}</div>'
    subtitle = f"<p>{esc(texts.subtitle)}</p>" if texts.subtitle else ""
    top += f'<header class="tfe-head"><h1>{esc(texts.title)}</h1>{subtitle}</header>'
    root.html.add_child(Element(top), name="tfe_top", index=0)
    root.html.add_child(Element(legend_html(view)), name="tfe_legend")
    foot = "".join(f"<p>{esc(line)}</p>" for line in texts.footer_lines())
    credit = PageLanguage(view.lang).say(CREDIT, version=LEAFLET_VERSION)
    foot += f'<p class="tfe-credit">{esc(credit)}</p>'
    root.html.add_child(Element(f'<footer class="tfe-foot">{foot}</footer>'), name="tfe_foot")
    m.add_child(_MoveIntoMap("tfe-legend", PageLanguage(view.lang)))
