"""The results page, inside ``i18n_patterns`` (aggov.urls_tenants) before
Wagtail's pages: /tim-kiem/ in Vietnamese, /en/tim-kiem/ in English…"""

from django.urls import path

from . import views

urlpatterns = [
    path("tim-kiem/", views.results, name="search"),
    path("tong-hop/tim-kiem/", views.province_results, name="province-search"),
]
