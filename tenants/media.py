"""What ``/media/`` may serve, decided once for every upload folder.

Why this exists: a check on the raw path (``startswith("contributions/")``) was
bypassed by ``//contributions/…`` or ``/./contributions/…`` because Django's
``static.serve()`` normalises the path *after* the view has looked at it, and
the files of documents in private collections were served with no check at
all. So ``/media/`` is an allow-list, not a deny-list: a path is served only
when it is already in canonical form (no empty, ``.`` or ``..`` segment, no
backslash, NUL or other control character, no trailing dot, exact case) and its
first folder is one of the public upload folders below. Everything else is a
404, whatever its spelling. Private files are served only by views that find
their record and check the user's permission:

======================== ========== =============================================
folder (under <schema>/) class      served by, and why
======================== ========== =============================================
``original_images/``     public     here. Wagtail images (``images.PortalImage``)
                                    are published on public pages; Wagtail has no
                                    view restrictions for images.
``images/``              public     here. Renditions of those images.
``avatar_images/``       staff      here, to signed-in staff with admin access
                                    only: profile pictures of staff
                                    (``wagtail.users.UserProfile.avatar``), shown
                                    in the admin only.
``documents/``           by record  Wagtail's ``/documents/<id>/<filename>``
                                    (``wagtail.documents.views.serve``), which
                                    applies the collection's view restrictions
                                    (``before_serve_document`` hook). The files of
                                    the register (``documents.LegalDocumentFile``)
                                    are Wagtail documents too.
``contributions/``       private    ``editorial.attachments.download``: the
                                    attachment's row, permission
                                    ``editorial.view_contribution`` (citizens'
                                    files sent to the board may carry personal
                                    data, Art. 24.2).
anything else            —          404 (no other model of the project or of its
                                    installed apps stores files).
======================== ========== =============================================

Public files are served without touching the database or the session.
"""

from __future__ import annotations

import os
import re
from pathlib import PurePosixPath

from django.core.files.storage import default_storage
from django.http import Http404
from django.utils.translation import gettext as _
from django.views.static import serve

#: Upload folders served to anyone, straight from the disk.
PUBLIC_FOLDERS = frozenset({"original_images", "images"})
#: Upload folders served here only to users holding the permission.
STAFF_FOLDERS = {"avatar_images": "wagtailadmin.access_admin"}

# One path segment as Django's storage names files (get_valid_filename keeps
# word characters, "-" and "."), not ending with a dot: so never "", "." or
# "..", and no trailing dot a Windows share would drop.
_SEGMENT = re.compile(r"[\w.-]*[\w-]")


def canonical_parts(path: str) -> tuple[str, ...] | None:
    """The segments of ``path`` if it is in canonical form, else None.

    Canonical: what the storage itself would produce. Anything another layer
    (the file system, ``normpath``, a proxy) could read as a different file is
    refused here rather than normalised: ``a//b``, ``a/./b``, ``a/../b``,
    ``a\\b``, ``a\\x00``, ``b.`` and the like.
    """
    parts = tuple(path.split("/"))
    if not all(_SEGMENT.fullmatch(part) for part in parts):
        return None
    return parts


def serve_media(request, path):
    """Serve an uploaded file of a public (or staff) folder of this agency."""
    parts = canonical_parts(path)
    if (
        parts is None
        or len(parts) < 3
        or parts[0] != request.tenant.schema_name
        or not _may_read(request, parts[1])
    ):
        raise Http404(_("Không tìm thấy tệp."))
    folder = os.path.realpath(os.path.join(default_storage.location, parts[1]))
    relative = str(PurePosixPath(*parts[1:]))
    target = os.path.realpath(os.path.join(default_storage.location, relative))
    # A symbolic link out of the folder is not followed.
    if os.path.commonpath([folder, target]) != folder:
        raise Http404(_("Không tìm thấy tệp."))
    # The storage knows this agency's folder (MEDIA_ROOT/<schema>/).
    return serve(request, relative, document_root=default_storage.location)


def _may_read(request, folder: str) -> bool:
    if folder in PUBLIC_FOLDERS:
        return True
    permission = STAFF_FOLDERS.get(folder)
    return permission is not None and request.user.has_perm(permission)
