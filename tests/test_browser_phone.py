"""The public portal on a 390 × 844 phone, in Chromium.

What only a browser shows (issue 11, point 5): the main menu was one
sideways-scrolling strip, 2,097 px wide in a 358 px box, cut off with no hint
and no menu button. Now a real button opens the whole menu (mouse, touch,
keyboard), Escape closes it; without JavaScript the menu is a full list.
Every interactive element of every kind of public page is at least
24 × 24 CSS px or has the spacing of WCAG 2.2's target-size rule (2.5.8),
measured with getBoundingClientRect in the page, and breadcrumbs wrap like a
sentence without pushing the page sideways.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

#: The phone's width in CSS px (tests/browser.py's PHONE).
WIDTH = 390

#: One page of each kind a citizen meets, on the demo portal: home, a
#: section, the news list, the documents register, a document, the Q&A list, a
#: published Q&A, the question form, the status form, the contributions form,
#: and the English home (the language switcher on another language). An
#: article and the second page of the news list are added by the test.
PAGES = [
    "/",
    "/gioi-thieu/",
    "/tin-tuc-su-kien/",
    "/van-ban/",
    "/van-ban/03-2017-qd-ubnd/",
    "/hoi-dap/",
    "/hoi-dap/hoi-dap-ve-thu-tuc-hanh-chinh/",
    "/hoi-dap/gui-cau-hoi/",
    "/hoi-dap/tra-cuu/",
    "/gui-thong-tin/",
    "/en/",
]

#: WCAG 2.2 AA, 2.5.8 Target Size (Minimum), computed in the page: each
#: visible target is 24 × 24 px, or a 24 px circle centred on it meets no
#: other target nor another undersized target's circle (the spacing
#: exception), or it is a link inside a sentence (the inline exception: its
#: block has other words of its own). A target must also lie within the
#: viewport's width: a link cut off by a scrolling strip cannot be tapped.
TARGETS_JS = """
() => {
  const MIN = 24;
  const selector = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
  const width = document.documentElement.clientWidth;
  const inlineish = el => getComputedStyle(el).display.startsWith('inline');
  const ownWords = node => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent;
    if (node.nodeType !== Node.ELEMENT_NODE || node.tagName === 'A' || !inlineish(node)) return '';
    return Array.from(node.childNodes).map(ownWords).join('');
  };
  const targets = [];
  for (const el of document.querySelectorAll(selector)) {
    if (el.closest('[aria-hidden="true"], [hidden]')) continue;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none') continue;
    const r = el.getBoundingClientRect();
    if (r.width <= 1 || r.height <= 1) continue;  // a visually hidden field
    if (r.right <= 0) continue;  // the skip link, parked until focused
    let inline = false;
    if (el.tagName === 'A' && style.display === 'inline') {
      let block = el.parentElement;
      while (block && inlineish(block)) block = block.parentElement;
      inline = /[\\p{L}\\p{N}]/u.test(Array.from(block.childNodes).map(ownWords).join(''));
    }
    targets.push({el, r, inline, name: el.outerHTML.slice(0, 100)});
  }
  const small = t => t.r.width < MIN || t.r.height < MIN;
  const centre = r => [r.left + r.width / 2, r.top + r.height / 2];
  const circleMeetsBox = (c, r) => {
    const dx = Math.max(r.left - c[0], 0, c[0] - r.right);
    const dy = Math.max(r.top - c[1], 0, c[1] - r.bottom);
    return dx * dx + dy * dy < (MIN / 2) ** 2;
  };
  const problems = [];
  for (const t of targets) {
    if (t.r.left < -0.5 || t.r.right > width + 0.5) {
      problems.push(`outside the viewport (${Math.round(t.r.left)}–${Math.round(t.r.right)} px): ${t.name}`);
    }
    if (!small(t) || t.inline) continue;
    const c = centre(t.r);
    for (const o of targets) {
      if (o === t || o.el.contains(t.el) || t.el.contains(o.el)) continue;
      const meets = circleMeetsBox(c, o.r) || (small(o) && !o.inline
        && Math.hypot(c[0] - centre(o.r)[0], c[1] - centre(o.r)[1]) < MIN);
      if (meets) {
        problems.push(`${t.r.width.toFixed(1)} × ${t.r.height.toFixed(1)} px and too close to ${o.name}: ${t.name}`);
        break;
      }
    }
  }
  return {problems, count: targets.length, scrollWidth: document.documentElement.scrollWidth};
}
"""

#: Breadcrumbs wrap like a sentence: an item moves to a new line only when
#: its separator and first word no longer fit on the line before; nothing
#: sticks out of the box.
BREADCRUMBS_JS = """
() => {
  const nav = document.querySelector('nav.breadcrumbs');
  const list = nav.querySelector('ol');
  const box = list.getBoundingClientRect();
  const items = Array.from(list.children);
  const problems = [];
  if (list.scrollWidth > list.clientWidth + 1) problems.push(`overflows: ${list.scrollWidth} > ${list.clientWidth}`);
  for (let i = 1; i < items.length; i++) {
    const before = Array.from(items[i - 1].getClientRects()).pop();
    const first = items[i].firstElementChild || items[i];
    const text = first.firstChild;
    const word = document.createRange();
    const end = text.textContent.search(/\\s|$/);
    word.setStart(text, 0);
    word.setEnd(text, end);
    const wordRect = word.getClientRects()[0];
    const startsNewLine = wordRect.top >= before.bottom - 1;
    // The separator "›" and its padding: about 1.2em at this size.
    const separator = parseFloat(getComputedStyle(list).fontSize) * 1.2;
    const room = box.right - before.right;
    if (startsNewLine && room > separator + wordRect.width + 2) {
      problems.push(`item ${i + 1} starts a new line though ${Math.round(room)} px were left for "${text.textContent.slice(0, end)}"`);
    }
  }
  return {problems, lines: Math.round(box.height / parseFloat(getComputedStyle(list).lineHeight))};
}
"""


@pytest.fixture(scope="module")
def eleventh_news(live_portal, committed):
    """One more article than a page of the news list holds (so it has a
    second page), with a long title; removed afterwards."""
    from datetime import date

    from django_tenants.utils import schema_context

    from home.models import NewsIndexPage, NewsPage

    title = (
        "Sở Ngoại vụ hướng dẫn thủ tục cấp thị thực, gia hạn tạm trú cho người "
        "nước ngoài làm việc tại các khu kinh tế cửa khẩu của tỉnh An Giang"
    )
    with committed(), schema_context(live_portal.schema):
        index = NewsIndexPage.objects.get(locale__language_code="vi")
        page = index.add_child(
            instance=NewsPage(
                title=title,
                slug="huong-dan-thu-tuc-cap-thi-thuc-gia-han-tam-tru",
                date=date(2026, 1, 5),
                summary="Hướng dẫn thủ tục cho người nước ngoài.",
            )
        )
        url = page.url
    yield url
    with committed(), schema_context(live_portal.schema):
        NewsPage.objects.filter(pk=page.pk).delete()


def _menu_links(page):
    return page.locator("nav.main-nav .main-nav__list a")


def test_the_menu_button_opens_the_whole_menu_on_a_phone(live_portal, phone, desktop):
    assert phone.goto(live_portal.url("/")).status == 200
    button = phone.get_by_role("button", name="Chuyên mục")
    assert button.is_visible()
    assert button.get_attribute("aria-expanded") == "false"
    assert button.get_attribute("aria-controls") == "main-nav-list"
    links = _menu_links(phone)
    count = links.count()
    assert count >= 10
    assert not links.first.is_visible()

    button.tap()
    assert button.get_attribute("aria-expanded") == "true"
    for i in range(count):
        link = links.nth(i)
        link.scroll_into_view_if_needed()
        assert link.is_visible(), link.inner_text()
        box = link.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= WIDTH, link.inner_text()
        assert box["height"] >= 24, link.inner_text()
        # Really on top: the point at its centre belongs to the link.
        assert link.evaluate(
            "a => { const r = a.getBoundingClientRect();"
            " const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);"
            " return a === hit || a.contains(hit); }"
        ), link.inner_text()
    # A second tap closes it.
    button.tap()
    assert button.get_attribute("aria-expanded") == "false"
    assert not links.first.is_visible()

    # On a desktop the menu stays as it was: no button, a few wrapped rows.
    desktop.goto(live_portal.url("/"))
    assert not desktop.locator(".main-nav__toggle").is_visible()
    links = _menu_links(desktop)
    tops = set()
    for i in range(links.count()):
        assert links.nth(i).is_visible()
        box = links.nth(i).bounding_box()
        assert box["x"] + box["width"] <= 1280
        tops.add(round(box["y"]))
    assert len(tops) <= 3  # rows side by side, not a column


def test_the_menu_works_with_the_keyboard(live_portal, phone):
    phone.goto(live_portal.url("/gioi-thieu/"))
    button = phone.locator(".main-nav__toggle")
    assert button.count() == 1
    for _ in range(15):  # skip link, brand, languages… then the button
        phone.keyboard.press("Tab")
        if button.evaluate("b => b === document.activeElement"):
            break
    else:
        pytest.fail("Tab never reaches the menu button")
    # The focus is visible: a solid outline of at least 2 px.
    outline = button.evaluate(
        "b => [getComputedStyle(b).outlineStyle, parseFloat(getComputedStyle(b).outlineWidth)]"
    )
    assert outline[0] == "solid" and outline[1] >= 2, outline
    phone.keyboard.press("Enter")
    assert button.get_attribute("aria-expanded") == "true"
    phone.keyboard.press("Tab")
    assert phone.evaluate("document.activeElement.textContent") == "Trang chủ"
    phone.keyboard.press("Tab")
    assert phone.evaluate("document.activeElement.getAttribute('href')") == (
        "/gioi-thieu/"
    )
    phone.keyboard.press("Escape")
    assert button.get_attribute("aria-expanded") == "false"
    assert button.evaluate("b => b === document.activeElement")
    assert not _menu_links(phone).first.is_visible()
    # Space opens it too (a real <button>).
    phone.keyboard.press(" ")
    assert button.get_attribute("aria-expanded") == "true"


def test_without_javascript_every_section_is_on_screen(live_portal, new_page):
    from tests.browser import PHONE

    page = new_page(**PHONE, java_script_enabled=False)
    assert page.goto(live_portal.url("/")).status == 200
    assert not page.locator(".main-nav__toggle").is_visible()
    links = _menu_links(page)
    assert links.count() >= 10
    for i in range(links.count()):
        link = links.nth(i)
        assert link.is_visible(), link.inner_text()
        box = link.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= WIDTH, link.inner_text()


def test_tap_targets_on_every_kind_of_public_page(live_portal, phone, eleventh_news):
    pages = [*PAGES, eleventh_news, "/tin-tuc-su-kien/?page=2"]
    found = {}
    for path in pages:
        response = phone.goto(live_portal.url(path))
        assert response.status == 200, path
        phone.evaluate("document.fonts.ready")
        for state in ("closed", "open"):
            if state == "open":
                toggle = phone.locator(".main-nav__toggle")
                if not toggle.count():
                    found[path] = ["no menu button"]
                    continue
                toggle.tap()
            result = phone.evaluate(TARGETS_JS)
            assert result["count"] > 5, path
            if result["problems"]:
                found[f"{path} (menu {state})"] = result["problems"]
            assert result["scrollWidth"] <= WIDTH, (path, result["scrollWidth"])
    assert found == {}
    # The news list really had a second page, with its pagination.
    phone.goto(live_portal.url("/tin-tuc-su-kien/?page=2"))
    assert phone.locator("nav.pagination a").count() >= 1


def test_breadcrumbs_wrap_like_a_sentence(live_portal, phone, eleventh_news):
    assert phone.goto(live_portal.url(eleventh_news)).status == 200
    result = phone.evaluate(BREADCRUMBS_JS)
    assert result["problems"] == []
    assert result["lines"] >= 2  # the long title does wrap here
    assert phone.evaluate("document.documentElement.scrollWidth") <= WIDTH
