"""Public URLs of the catalogue beside its Wagtail pages: a form's download and
the online submission of a procedure (services.views_public). Included inside
``i18n_patterns`` (aggov.urls_tenants), so /en/thu-tuc/… serves the English
section's procedure."""

from django.urls import re_path, reverse

from . import views_public

#: A national procedure code (services.models.procedures.CODE_PATTERN, unanchored).
CODE = r"(?P<code>[0-9]\.[0-9]{6}(?:\.[0-9A-Z]{1,10})?)"

urlpatterns = [
    re_path(
        rf"^thu-tuc/{CODE}/mau/(?P<number>[1-9][0-9]{{0,3}})/$",
        views_public.download_form,
        name="services-form",
    ),
    re_path(
        rf"^thu-tuc/{CODE}/nop-truc-tuyen/$",
        views_public.submit_online,
        name="services-submit",
    ),
]


def form_url(code: str, number: int) -> str:
    return reverse("services-form", kwargs={"code": code, "number": str(number)})


def submission_url(code: str) -> str:
    return reverse("services-submit", kwargs={"code": code})
