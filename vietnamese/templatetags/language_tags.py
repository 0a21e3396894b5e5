"""The ``lang`` attribute of the pages that are not Wagtail pages.

``{% get_current_language as LANGUAGE_CODE %}{{ LANGUAGE_CODE|html_lang }}``
gives the active language as BCP 47 (``zh-hans`` → ``zh-Hans``), the form
the HTML ``lang`` attribute and the CSS ``:lang()`` rules expect.
"""

from django import template
from django.conf import settings

register = template.Library()


@register.filter
def html_lang(code):
    from home.languages import html_lang as bcp47

    return bcp47(code or settings.LANGUAGE_CODE)
