"""The board's download of a contribution's attachment.

Why this exists: files sent with a contribution (Art. 24.2) may carry a
citizen's personal data, so ``/media/`` never serves the ``contributions/``
folder (tenants.media). The only way to read one is this admin view: it finds
the attachment's row in the portal's own schema and requires the board's
permission ``editorial.view_contribution``. Wagtail's admin URLs already
require a signed-in user with admin access.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _

from .models import ContributionFile


def download(request, pk):
    if not request.user.has_perm("editorial.view_contribution"):
        raise PermissionDenied
    attachment = get_object_or_404(ContributionFile, pk=pk)
    try:
        handle = attachment.file.open("rb")
    except FileNotFoundError:
        raise Http404(_("Không tìm thấy tệp.")) from None
    response = FileResponse(handle, as_attachment=True, filename=str(attachment))
    # Never executed or sniffed in the admin's origin, never kept by a cache.
    response["Content-Security-Policy"] = "default-src 'none'"
    response["X-Content-Type-Options"] = "nosniff"
    add_never_cache_headers(response)
    response["Cache-Control"] += ", private"
    return response
