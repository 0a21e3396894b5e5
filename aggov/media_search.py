"""Wagtail 8's documents and images lists: a search with the usage-count filter.

Both lists annotate ``usage_count`` to filter on it, and the search backend
(modelsearch) cannot filter on an annotation, so ``?q=…&usage_count_min=1``
is a 500 in the admin whatever the values. Here, only in that case, the
filtered rows are searched by id (``id`` is a filter field of both models) and
the page's usage counts are counted for its rows, as Wagtail does when it does
not annotate. Installed once, over Wagtail's two view classes
(``tenants.apps``); nothing else changes.
"""

from __future__ import annotations


def _searching_on_usage(view) -> bool:
    return view.is_searching and view.needs_usage_count_subquery


def _patch(view_class) -> None:
    if getattr(view_class, "_aggov_media_search", False):
        return
    search_queryset = view_class.search_queryset
    decorate = view_class.decorate_paginated_queryset

    def search_filtered_ids(self, queryset):
        if _searching_on_usage(self):
            rows = queryset.model.objects.filter(pk__in=queryset.values("pk"))
            queryset = rows.select_related("collection")
            if hasattr(queryset, "prefetch_renditions"):  # images: thumbnails
                queryset = queryset.prefetch_renditions("max-165x165")
        return search_queryset(self, queryset)

    def count_usage_of_the_page(self, object_list):
        if not _searching_on_usage(self):
            return decorate(self, object_list)
        from wagtail.models import ReferenceIndex

        counts = ReferenceIndex.get_count_references_to_in_bulk(list(object_list))
        for obj in object_list:
            obj.usage_count = counts.get(obj, 0)
        return object_list

    view_class.search_queryset = search_filtered_ids
    view_class.decorate_paginated_queryset = count_usage_of_the_page
    view_class._aggov_media_search = True


def install() -> None:
    from wagtail.documents.views.documents import IndexView as DocumentsIndex
    from wagtail.images.views.images import IndexView as ImagesIndex

    _patch(DocumentsIndex)
    _patch(ImagesIndex)
