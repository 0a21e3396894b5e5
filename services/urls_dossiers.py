"""Dossier URLs of a portal: the one-stop-shop's JSON API (out of the page
tree and of CSRF: a bearer token instead) and the citizens' lookup, a plain
view under the services section's address (before Wagtail's pages, like the
Q&A forms)."""

from django.urls import path

from . import dossier_views as views

urlpatterns = [
    path("api/dich-vu-cong/ho-so/", views.push_dossier, name="services-api-dossier"),
    path(
        "api/dich-vu-cong/buu-chinh/",
        views.pull_postal,
        name="services-api-postal",
    ),
    path(
        "api/dich-vu-cong/buu-chinh/xac-nhan/",
        views.acknowledge_postal,
        name="services-api-postal-ack",
    ),
    path(
        "dich-vu-cong/tra-cuu-ho-so/",
        views.lookup,
        name="services-dossier-lookup",
    ),
    path(
        "dich-vu-cong/tra-cuu-ho-so/buu-chinh/",
        views.postal_request,
        name="services-postal-request",
    ),
]
