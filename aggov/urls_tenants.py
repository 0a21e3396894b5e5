"""URLs of every agency's portal (any host with a tenant schema)."""

from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from editorial.views import submit_contribution
from tenants.views import serve_media

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    re_path(r"^media/(?P<path>.+)$", serve_media, name="portal-media"),
    path("gui-thong-tin/", submit_contribution, name="contribution-form"),
    path("", include(wagtail_urls)),
]
