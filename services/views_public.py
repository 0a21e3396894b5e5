"""The two redirects of a procedure page: a form's download and the online
submission. They exist so that each use is counted (services.usage) and so
that the level rules hold on the server, not only in the template: below
level 2 no form is served, below level 3 no submission link, both 404.

The targets come from the portal's own data (a Wagtail document, the national
form address, ServicesSettings), never from the request, and only http(s)
addresses or paths on this host are followed: no open redirect.
"""

from __future__ import annotations

from django.http import Http404, HttpResponseRedirect
from wagtail.models import Locale

from . import usage
from .models import ProcedurePage
from .public import form_entries, form_target, submission_target


def _procedure(request, code: str) -> ProcedurePage:
    """The live procedure ``code`` of this portal in the active language."""
    try:
        locale = Locale.get_active()
    except Locale.DoesNotExist:
        raise Http404 from None
    page = ProcedurePage.objects.live().filter(code=code, locale=locale).first()
    if page is None:
        raise Http404
    # A restricted page (Wagtail's privacy) keeps its forms to its readers.
    for restriction in page.get_view_restrictions():
        if not restriction.accept_request(request):
            raise Http404
    return page


def download_form(request, code: str, number: str):
    page = _procedure(request, code)
    number = int(number)  # 1–9999, the URL's pattern
    if not page.forms_downloadable:
        raise Http404
    entries = dict(form_entries(page))
    document = entries.get(number)
    target = form_target(document) if document is not None else None
    if target is None:
        raise Http404
    usage.record(request, page, usage.DOWNLOAD)
    return HttpResponseRedirect(target)


def submit_online(request, code: str):
    page = _procedure(request, code)
    if not page.online_submission:
        raise Http404
    target = submission_target(page, request)
    if target is None:
        raise Http404
    usage.record(request, page, usage.SUBMIT)
    return HttpResponseRedirect(target)
