from django.http import Http404
from django.templatetags.static import static
from django.utils.html import format_html
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


@hooks.register("insert_global_admin_css")
def khmer_and_chinese_fonts():
    """The admin names languages in their own scripts (ភាសាខ្មែរ, 简体中文) and
    shows translated titles: without these fonts, a computer that has none for
    Khmer or Chinese draws boxes. Stylesheets, not inline style, served by the
    portal itself (see static/css/admin-fonts.css)."""
    return format_html(
        '<link rel="stylesheet" href="{}">\n<link rel="stylesheet" href="{}">',
        static("css/fonts.css"),
        static("css/admin-fonts.css"),
    )
