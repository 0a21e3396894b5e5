"""wagtail-localize's translation editor, rendered in Chromium, speaks
Vietnamese to a translator (issue 11.3, 11.6).

The editor is a React app: its strings come from the JavaScript catalogues
(Wagtail's and wagtail-localize's, with the project's ``locale/vi/djangojs.po``
merged in) and exist only once the browser has run it. The same reading as
``tests/test_admin_in_vietnamese.py`` is applied to the rendered page, and the
footer's main action is the translator's: sending to the board, not deleting.
"""

from __future__ import annotations

import pytest

from tests.test_admin_in_vietnamese import is_english

pytestmark = pytest.mark.browser

#: What a user reads or hears on the rendered page: text nodes and the
#: user-facing attributes, outside <script>/<style> and text marked English.
READ_PAGE = """() => {
    const found = [];
    const skip = (el) => el.closest('script, style, noscript, [lang^="en"]');
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
        const node = walker.currentNode;
        if (node.textContent.trim() && !skip(node.parentElement)) {
            found.push(node.textContent);
        }
    }
    for (const el of document.body.querySelectorAll('*')) {
        if (skip(el)) continue;
        for (const name of ['title', 'aria-label', 'placeholder', 'alt']) {
            const value = el.getAttribute(name);
            if (value && value.trim()) found.push(value);
        }
        if (el.matches('input[type=submit], input[type=button]') && el.value) {
            found.push(el.value);
        }
    }
    found.push(document.title);
    return found;
}"""


def test_the_translation_editor_as_a_translator(
    live_portal, desktop, sign_in, committed
):
    from django_tenants.utils import schema_context
    from wagtail.models import Page
    from wagtail_localize.models import StringTranslation

    from editorial import roles

    with committed(), schema_context(live_portal.schema):
        english = Page.objects.get(slug="about-us", locale__language_code="en")
        # The translation's own text is content, not the interface.
        content = set(
            StringTranslation.objects.filter(locale=english.locale).values_list(
                "data", flat=True
            )
        ) | {english.title, english.slug}
    sign_in(desktop, live_portal.staff(roles.TRANSLATOR))
    response = desktop.goto(live_portal.url(f"/admin/pages/{english.pk}/edit/"))
    assert response.status == 200
    footer = desktop.locator(".js-translation-editor footer")
    footer.wait_for()
    # The segments are rendered too (the editor has run), not only the footer.
    desktop.locator(".js-translation-editor li").first.wait_for()
    # static/js/translation-editor.js has translated the editor's own
    # hard-coded heading (wagtail-localize writes "X to Y translation").
    desktop.get_by_text("Bản dịch từ Tiếng Việt sang English").first.wait_for()

    strings = desktop.evaluate(READ_PAGE)
    assert len(strings) > 50  # the page was read
    read = {" ".join(s.split()) for s in strings}
    left = sorted(s for s in read if is_english(s) and s not in content)
    assert left == [], f"{len(left)} English strings: {left}"

    # The main (first, not in the dropdown) footer action sends to the board.
    main = footer.locator("button, a").first
    assert " ".join(main.inner_text().split()) == "Gửi Ban biên tập duyệt – bản English"
    assert "Xoá" not in footer.inner_text()
