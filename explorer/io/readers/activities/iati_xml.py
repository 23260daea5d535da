"""Reading IATI XML elements: local names, children by name, text in the reader's language.

Why: IATI files come with or without namespaces, in version 1 (text directly
in an element) or 2 (``narrative`` children, one per language); every part of
the reader asks the same questions of an element, answered here once.
"""

from __future__ import annotations

from xml.etree.ElementTree import Element

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def local_name(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def children(element: Element, name: str) -> list[Element]:
    return [child for child in element if local_name(child.tag) == name]


def children_by_name(element: Element) -> dict[str, list[Element]]:
    """Children of ``element`` by local name, in file order (one pass per activity)."""
    kids: dict[str, list[Element]] = {}
    for child in element:
        kids.setdefault(local_name(child.tag), []).append(child)
    return kids


def first_child(kids: dict[str, list[Element]], name: str) -> Element | None:
    found = kids.get(name)
    return found[0] if found else None


def narrative(element: Element | None, default_lang: str) -> str:
    """The English narrative of ``element`` (else the first; else its own text, IATI v1)."""
    if element is None:
        return ""
    texts = [
        (n.get(XML_LANG) or default_lang or "", (n.text or "").strip())
        for n in children(element, "narrative")
    ]
    texts = [(lang, text) for lang, text in texts if text]
    if not texts:
        return (element.text or "").strip()
    for lang, text in texts:
        if lang.casefold().split("-")[0] == "en":
            return text
    return texts[0][1]


def organisation(org: Element | None, lang: str) -> str:
    """An organisation's name: its narrative, else its ``ref``."""
    if org is None:
        return ""
    name = " ".join(narrative(org, lang).split()) or (org.get("ref") or "").strip()
    return name.replace(";", ",")


def activity_lang(activity: Element, root: Element | None) -> str:
    return activity.get(XML_LANG) or (root.get(XML_LANG) if root is not None else "") or ""
