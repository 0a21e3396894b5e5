"""Test helper: what a browser posts when a staff form is saved untouched.

A form that shows its stored values posts them back unchanged; one that shows
the first option of a select instead (the Q&A "Lĩnh vực" did) changes the row
behind the user's back. ``posted_back`` reads the rendered form as a browser
does: text inputs and hidden inputs with their values (emptied where the
browser would find them malformed, as in a date input), checked boxes and
radios only, each select's selected options (or its first option, as a
browser falls back to), textareas' text, and the submit button pressed.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup

SKIPPED_TYPES = {"submit", "button", "reset", "image", "file"}


def find_form(html: str, **attrs):
    """The form holding an input with the given name and value (e.g.
    ``action="classify"``), or the first form posting to this page."""
    soup = BeautifulSoup(html, "html.parser")
    for form in soup.find_all("form"):
        if all(
            form.find(attrs={"name": name, "value": value})
            for name, value in attrs.items()
        ):
            return form
    raise AssertionError(f"No form with {attrs} in the page")


def posted_back(form, button: str | None = None) -> dict[str, list[str]]:
    """The fields a browser sends for ``form`` submitted as it is shown;
    ``button`` names the submit button pressed (its value is sent)."""
    data: dict[str, list[str]] = {}

    def add(name, value):
        data.setdefault(name, []).append(value)

    for element in form.find_all(["input", "select", "textarea", "button"]):
        name = element.get("name")
        if not name or element.has_attr("disabled"):
            continue
        if element.name == "input":
            kind = (element.get("type") or "text").lower()
            if kind in SKIPPED_TYPES:
                if kind == "submit" and name == button:
                    add(name, element.get("value", ""))
                continue
            if kind in ("checkbox", "radio"):
                if element.has_attr("checked"):
                    add(name, element.get("value", "on"))
                continue
            add(name, sanitised(kind, element.get("value", "")))
        elif element.name == "select":
            options = element.find_all("option")
            chosen = [o for o in options if o.has_attr("selected")]
            if not chosen and options and not element.has_attr("multiple"):
                chosen = options[:1]
            for option in chosen:
                add(name, option.get("value", option.get_text()))
        elif element.name == "textarea":
            text = element.get_text()
            # Browsers drop the newline right after <textarea>.
            add(name, text[1:] if text.startswith("\n") else text)
        elif element.name == "button" and name == button:
            add(name, element.get("value", ""))
    return data


#: HTML's value sanitisation: a browser shows (and posts) an empty field when
#: the value is not in the input type's format, e.g. a localised "05/01/2026"
#: in an ``<input type="date">``.
FORMATS = {
    "date": re.compile(r"\d{4}-\d{2}-\d{2}"),
    "datetime-local": re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?"),
    "time": re.compile(r"\d{2}:\d{2}(:\d{2}(\.\d+)?)?"),
    "month": re.compile(r"\d{4}-\d{2}"),
    "number": re.compile(r"-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?"),
}


def sanitised(kind: str, value: str) -> str:
    pattern = FORMATS.get(kind)
    if pattern is None or pattern.fullmatch(value):
        return value
    return ""


def selected_value(form, name: str) -> str | None:
    """The value a select shows: its selected option, else the first one."""
    select = form.find("select", attrs={"name": name})
    assert select is not None, f"no select {name}"
    options = select.find_all("option")
    chosen = [o for o in options if o.has_attr("selected")] or options[:1]
    return chosen[0].get("value") if chosen else None
