"""The aggregated pages of a portal with units under it (province.views_public).

Included inside ``i18n_patterns`` (aggov.urls_tenants) before Wagtail's
pages: /tong-hop/… in Vietnamese, /en/tong-hop/… in English, and so on.
"""

from django.urls import path

from . import views_public

urlpatterns = [
    path("tong-hop/tin-tuc/", views_public.news, name="province-news"),
    path("tong-hop/dich-vu-cong/", views_public.services, name="province-services"),
    path("tong-hop/van-ban/", views_public.documents, name="province-documents"),
    path("tong-hop/hoi-dap/", views_public.answers, name="province-answers"),
]
