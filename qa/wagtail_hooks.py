from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import views
from .models import Question


@hooks.register("register_admin_urls")
def qa_urls():
    return [
        path("hoi-dap/", views.queue, name="qa_queue"),
        path("hoi-dap/<int:pk>/", views.detail, name="qa_question"),
    ]


class QaMenuItem(MenuItem):
    def is_shown(self, request):
        return (
            request.user.has_perm("qa.handle_question")
            or Question.objects.filter(assignee=request.user).exists()
        )


@hooks.register("register_admin_menu_item")
def qa_menu_item():
    # "Câu hỏi của công dân" did not fit the sidebar (cut with an ellipsis);
    # the queue's own heading keeps the full name.
    return QaMenuItem(
        _("Câu hỏi công dân"), reverse("qa_queue"), icon_name="help", order=155
    )
