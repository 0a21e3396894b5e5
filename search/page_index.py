"""The Wagtail admin's page search without diacritics (issue 14.1).

Wagtail 8 searches pages with django-modelsearch's database backend: the
admin's search box calls ``autocomplete()``, which matches the
``AutocompleteField`` values of a page, parsed with PostgreSQL's ``simple``
configuration, the last word as a prefix. "tuyen dung" is not "tuyển dụng"
there, so every page model also indexes ``folded_title`` (the title through
``vietnamese.fold``, a method of ``vietnamese.slugs.AsciiSlugPageMixin``):
an editor typing without diacritics finds the Vietnamese title, and one
typing with them still finds it by the title itself.
"""

from wagtail.models import Page
from wagtail.search import index

#: ``Page.search_fields`` and the folded title: the base of every page
#: model's ``search_fields``.
PAGE_SEARCH_FIELDS = Page.search_fields + [
    index.AutocompleteField("folded_title"),
    index.SearchField("folded_title"),
]
