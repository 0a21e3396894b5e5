"""Test helpers: legal documents in a portal's register."""

from datetime import date

from django.conf import settings

from documents.models import LegalDocumentIndexPage, LegalDocumentPage


def add_document(number, title, issued_on=date(2017, 1, 13), live=True, **fields):
    index = LegalDocumentIndexPage.objects.get(
        locale__language_code=settings.LANGUAGE_CODE
    )
    fields.setdefault("issuing_body_name", "Ủy ban nhân dân tỉnh An Giang")
    fields.setdefault("abstract", title)
    page = LegalDocumentPage(
        title=title, number_symbol=number, issued_on=issued_on, live=live, **fields
    )
    index.add_child(instance=page)
    if live:
        page.save_revision().publish()
    return page
