from django.http import Http404
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from editorial.admin_views import WorkflowSnippetViewSet

from .models import Announcement

# The board's workflow messages (editorial.admin_views) on announcements too.
register_snippet(Announcement, viewset=WorkflowSnippetViewSet)


@hooks.register("before_serve_page")
def serve_only_in_the_page_s_language(page, request, serve_args, serve_kwargs):
    """/en/... on a portal without English (or a page not yet in English) is a
    404, not the Vietnamese page under an English address."""
    language = getattr(request, "LANGUAGE_CODE", None)
    if language and page.locale.language_code != language:
        raise Http404
