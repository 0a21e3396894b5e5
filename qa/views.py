"""Public question form and status page; the board's queue in the admin."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from aggov.client_ip import client_ip

from . import handling
from .forms import QuestionForm
from .models import FIELD_CHOICES, Question


def ask(request):
    """Public: send a question (Art. 12.1d)."""
    form = QuestionForm(request.POST or None)
    if request.method == "POST":
        key = f"qa-rate:{client_ip(request)}"
        if cache.get(key, 0) >= settings.QA_SUBMISSIONS_PER_HOUR:
            return render(
                request,
                "qa/ask.html",
                {
                    "form": form,
                    "limited": True,
                    "retention_days": settings.QA_RETENTION_DAYS,
                },
                status=429,
            )
        if form.is_valid():
            question = handling.receive(form)
            cache.add(key, 0, 3600)
            cache.incr(key)
            return render(request, "qa/sent.html", {"question": question})
    return render(
        request,
        "qa/ask.html",
        {"form": form, "retention_days": settings.QA_RETENTION_DAYS},
    )


def status(request):
    """Public: the steps and due date of a question, by its tracking code; no
    personal data. The asker may have their personal data erased here."""
    code = (request.GET.get("ma") or request.POST.get("ma") or "").strip().upper()
    question = Question.objects.filter(tracking_code=code).first() if code else None
    if request.method == "POST" and question is not None and request.POST.get("erase"):
        handling.erase_on_request(question)
        messages.success(
            request, _("Đã xoá họ tên, thư điện tử, điện thoại của bạn khỏi câu hỏi.")
        )
        return redirect(f"{request.path}?ma={question.tracking_code}")
    return render(
        request,
        "qa/status.html",
        {
            "code": code,
            "question": question,
            "events": question.events.all() if question else [],
        },
    )


# Admin ---------------------------------------------------------------------


def _handlers(request):
    if (
        not request.user.has_perm("qa.handle_question")
        and not Question.objects.filter(assignee=request.user).exists()
    ):
        raise PermissionDenied


def queue(request):
    _handlers(request)
    questions = Question.objects.all().select_related("assignee")
    if not request.user.has_perm("qa.handle_question"):
        questions = questions.filter(assignee=request.user)
    state = request.GET.get("trang_thai", "mo")
    if state == "mo":
        questions = questions.exclude(status__in=Question.CLOSED)
    elif state in dict(Question.STATUS_CHOICES):
        questions = questions.filter(status=state)
    return TemplateResponse(
        request,
        "qa/admin/queue.html",
        {
            "questions": questions.order_by("due_on", "received_at"),
            "state": state,
            "statuses": Question.STATUS_CHOICES,
        },
    )


class AssignForm(forms.Form):
    unit = forms.CharField(label=gettext_lazy("Đơn vị xử lý"), max_length=150)
    assignee = forms.ModelChoiceField(
        label=gettext_lazy("Người trả lời"), queryset=None
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = get_user_model().objects.filter(
            is_active=True
        )


class ClassifyForm(forms.Form):
    field = forms.ChoiceField(label=gettext_lazy("Lĩnh vực"), choices=FIELD_CHOICES)


class TextForm(forms.Form):
    text = forms.CharField(
        label=gettext_lazy("Nội dung"), widget=forms.Textarea(attrs={"rows": 6})
    )


class TransferForm(forms.Form):
    agency = forms.ModelChoiceField(
        label=gettext_lazy("Cơ quan có thẩm quyền"), queryset=None
    )

    def __init__(self, *args, **kwargs):
        from tenants.models import Agency, current_agency

        super().__init__(*args, **kwargs)
        here = current_agency()
        self.fields["agency"].queryset = Agency.objects.active().exclude(
            pk=getattr(here, "pk", None)
        )


class ProgressForm(forms.Form):
    promised_on = forms.DateField(
        label=gettext_lazy("Ngày hẹn trả lời"),
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    note = forms.CharField(label=gettext_lazy("Ghi chú"), required=False)


def detail(request, pk):
    question = get_object_or_404(Question, pk=pk)
    user = request.user
    if not (user.has_perm("qa.handle_question") or question.assignee_id == user.pk):
        raise PermissionDenied
    board = handling.is_board(user)
    action = request.POST.get("action")
    forms_by_action = {
        "classify": ClassifyForm,
        "assign": AssignForm,
        "out_of_remit": TextForm,
        "answer": TextForm,
        "progress": ProgressForm,
        "transfer": TransferForm,
    }
    bound = {}
    if request.method == "POST":
        if action == "approve":
            handling.approve_answer(question, user)
            messages.success(request, _("Đã duyệt và gửi trả lời."))
            return redirect("qa_question", pk=pk)
        if action == "publish":
            if not board:
                raise PermissionDenied
            page = handling.publish_as_page(question, user)
            messages.success(
                request,
                _(
                    "Đã tạo bài hỏi đáp và gửi duyệt; hãy bỏ thông tin cá nhân trước khi duyệt."
                ),
            )
            return redirect("wagtailadmin_pages:edit", page.pk)
        form_class = forms_by_action.get(action)
        if form_class is None:
            raise PermissionDenied
        if action in ("classify", "assign", "out_of_remit", "transfer") and not board:
            raise PermissionDenied
        form = form_class(request.POST)
        bound[action] = form
        if form.is_valid():
            data = form.cleaned_data
            if action == "classify":
                handling.classify(question, data["field"], user)
            elif action == "assign":
                handling.assign(question, data["unit"], data["assignee"], user)
            elif action == "out_of_remit":
                handling.out_of_remit(question, data["text"], user)
            elif action == "answer":
                handling.draft_answer(question, data["text"], user)
            elif action == "progress":
                handling.progress_notice(
                    question, data["promised_on"], data["note"], user
                )
            elif action == "transfer":
                handling.transfer(question, data["agency"], user)
            messages.success(request, _("Đã cập nhật câu hỏi."))
            return redirect("qa_question", pk=pk)
    context = {
        "question": question,
        "show_personal": handling.can_see_personal_data(user, question),
        "board": board,
        "can_approve": handling.can_approve(user),
        "events": question.events.select_related("actor"),
    }
    for name, form_class in forms_by_action.items():
        context[f"{name}_form"] = bound.get(name) or form_class()
    return TemplateResponse(request, "qa/admin/question.html", context)
