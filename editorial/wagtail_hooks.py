from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import attachments, views
from .admin_views import EditorialPageViewSet
from .queue import can_see_queue


@hooks.register("register_admin_viewset")
def page_views_saying_where_the_page_is():
    """Every page type's views (after Wagtail's base viewset, so this one
    wins in ``page_viewset_registry``): see ``editorial.admin_views``."""
    return EditorialPageViewSet(name="editorial_pages")


@hooks.register("register_admin_urls")
def editorial_urls():
    return [
        path("hang-doi-duyet/", views.moderation_queue, name="editorial_queue"),
        path("thong-tin-gui-den/", views.contribution_inbox, name="editorial_inbox"),
        path(
            "thong-tin-gui-den/<int:pk>/",
            views.contribution_detail,
            name="editorial_contribution",
        ),
        path(
            "thong-tin-gui-den/tep/<int:pk>/",
            attachments.download,
            name="editorial_contribution_file",
        ),
        path("ban-dich/", views.translation_desk, name="editorial_translations"),
        path(
            "ban-dich/<int:translation_id>/gui-duyet/",
            views.submit_translation,
            name="editorial_submit_translation",
        ),
    ]


class QueueMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_queue(request.user)


class InboxMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("editorial.view_contribution")


@hooks.register("register_admin_menu_item")
def queue_menu_item():
    return QueueMenuItem(
        _("Hàng đợi duyệt"), reverse("editorial_queue"), icon_name="tasks", order=150
    )


@hooks.register("register_admin_menu_item")
def inbox_menu_item():
    return InboxMenuItem(
        _("Thông tin gửi đến"), reverse("editorial_inbox"), icon_name="mail", order=160
    )


class TranslationsMenuItem(MenuItem):
    def is_shown(self, request):
        from wagtail.models import Locale

        return (
            request.user.has_perm("wagtail_localize.submit_translation")
            and Locale.objects.exclude(language_code="vi").exists()
        )


@hooks.register("register_admin_menu_item")
def translations_menu_item():
    return TranslationsMenuItem(
        _("Bản dịch"), reverse("editorial_translations"), icon_name="globe", order=170
    )


@hooks.register("before_edit_snippet")
def translators_leave_vietnamese_alone(request, instance):
    """A translator may edit an announcement's translation, never the
    Vietnamese original (their change permission is model-wide)."""
    from django.core.exceptions import PermissionDenied

    from .roles import is_board, is_translator

    locale = getattr(instance, "locale", None)
    if (
        locale is not None
        and locale.language_code == "vi"
        and is_translator(request.user)
        and not is_board(request.user)  # the board (and superusers) may
    ):
        raise PermissionDenied


# The translator's main action in wagtail-localize's editor: send to the board,
# never delete (editorial.translator_editor). Before wagtail-localize's hooks.
@hooks.register("before_edit_page", order=-10)
def translators_send_pages_to_the_board(request, page):
    from .translator_editor import send_to_the_board

    return send_to_the_board(request, page)


@hooks.register("before_edit_snippet", order=-10)
def translators_send_snippets_to_the_board(request, instance):
    from .translator_editor import send_to_the_board

    if getattr(instance, "translation_key", None) is None:
        return None
    return send_to_the_board(request, instance)


@hooks.register("before_delete_page")
def translators_delete_no_page(request, page):
    from .translator_editor import refuse_deleting

    return refuse_deleting(request, page)


@hooks.register("before_bulk_action")
def translators_bulk_delete_nothing(request, action_type, objects, action_class):
    from .translator_editor import refuse_bulk_deleting

    return refuse_bulk_deleting(request, action_type, objects, action_class)


@hooks.register("insert_editor_js")
def translation_editor_heading():
    """A heading wagtail-localize's editor writes in English in code (see
    static/js/translation-editor.js)."""
    from django.utils.html import format_html
    from wagtail.admin.templatetags.wagtailadmin_tags import versioned_static

    return format_html(
        '<script src="{}"></script>', versioned_static("js/translation-editor.js")
    )
