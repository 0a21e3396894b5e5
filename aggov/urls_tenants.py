"""URLs of every agency's portal (any host with a tenant schema)."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.auth import require_admin_access
from wagtail.documents import urls as wagtaildocs_urls

from editorial.translator_editor import TranslatorCatalogue
from editorial.views import erase_contribution, submit_contribution
from qa import views as qa_views
from tenants.media import serve_media

urlpatterns = [
    # wagtail-localize's JavaScript catalogue at its own URL, naming the
    # editor's main button for translators (editorial.translator_editor).
    path(
        "admin/localize/jsi18n/",
        require_admin_access(TranslatorCatalogue.as_view()),
        name="translator-javascript-catalogue",
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    re_path(r"^media/(?P<path>.+)$", serve_media, name="portal-media"),
    path("gui-thong-tin/", submit_contribution, name="contribution-form"),
    path("gui-thong-tin/xoa/", erase_contribution, name="contribution-erase"),
    # Before Wagtail's pages: the "hoi-dap" section page stays Wagtail's.
    path("hoi-dap/gui-cau-hoi/", qa_views.ask, name="qa-ask"),
    path("hoi-dap/tra-cuu/", qa_views.status, name="qa-status"),
    # The one-stop-shop's API and the dossier lookup (services.urls_dossiers).
    path("", include("services.urls_dossiers")),
] + i18n_patterns(
    # Vietnamese unprefixed (/tin-tuc-su-kien/), other languages prefixed
    # (/en/..., /zh-hans/..., /fr/..., /km/...).
    path("", include("services.urls_public")),
    # The aggregated pages of a portal with units under it (/tong-hop/…).
    path("", include("province.urls_public")),
    # The portal's search (/tim-kiem/).
    path("", include("search.urls_public")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
