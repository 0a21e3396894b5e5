"""Public question form and status page; the board's queue in the admin."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from aggov import ratelimit

from . import handling
from .forms import QuestionForm, StatusForm
from .models import FIELD_CHOICES, Question


def ask(request):
    """Public: send a question (Art. 12.1d)."""
    form = QuestionForm(request.POST or None)
    if request.method == "POST":
        if ratelimit.exceeded(request, "qa-ask", settings.QA_SUBMISSIONS_PER_HOUR):
            return render(
                request,
                "qa/ask.html",
                {
                    "form": QuestionForm(),
                    "limited": True,
                    "retention_days": settings.QA_RETENTION_DAYS,
                },
                status=429,
            )
        if form.is_valid():
            question = handling.receive(form)
            ratelimit.record(request, "qa-ask")
            return render(request, "qa/sent.html", {"question": question})
    return render(
        request,
        "qa/ask.html",
        {"form": form, "retention_days": settings.QA_RETENTION_DAYS},
    )


def status(request):
    """Public: the steps and due date of a question, by its tracking code; no
    personal data. The asker may have their personal data erased here.

    The code is posted, never read from the address: addresses end up in
    logs, browser histories and Referer headers. A GET shows the form only
    (filled in when an old link still carries ``?ma=``). Each lookup counts
    towards a per-address limit, so codes cannot be guessed in bulk.
    """
    if request.method != "POST":
        initial = {}
        legacy = StatusForm({"code": request.GET.get("ma", "")})
        if legacy.is_valid():
            initial["code"] = legacy.cleaned_data["code"]
        return render(request, "qa/status.html", {"form": StatusForm(initial=initial)})
    form = StatusForm(request.POST)
    if ratelimit.hit(request, "qa-status", settings.QA_LOOKUPS_PER_HOUR):
        return render(
            request,
            "qa/status.html",
            {"form": StatusForm(), "limited": True},
            status=429,
        )
    question = None
    if form.is_valid():
        code = form.cleaned_data["code"]
        question = Question.objects.filter(tracking_code=code).first()
        if question is not None and form.cleaned_data["erase"]:
            try:
                question = handling.erase_on_request(question)
                messages.success(
                    request,
                    _("Đã xoá họ tên, thư điện tử, điện thoại của bạn khỏi câu hỏi."),
                )
            except handling.ActionRefused as refused:
                messages.info(request, refused.message)
    return render(
        request,
        "qa/status.html",
        {
            "form": form,
            "code": form.cleaned_data.get("code", "") if form.is_valid() else "",
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


class AnswererField(forms.ModelChoiceField):
    """The people who may answer, by full name and role (not bare usernames)."""

    def label_from_instance(self, obj):
        return handling.answerer_label(obj)


class AssignForm(forms.Form):
    unit = forms.CharField(label=gettext_lazy("Đơn vị xử lý"), max_length=150)
    assignee = AnswererField(
        label=gettext_lazy("Người trả lời"),
        queryset=None,
        error_messages={
            "invalid_choice": gettext_lazy(
                "Chỉ giao được cho Ban biên tập hoặc biên tập viên của cổng."
            )
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Only those who may answer are offered, and a posted id outside them
        # is refused by the field itself.
        self.fields["assignee"].queryset = handling.answerers()


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
        try:
            response = _act(request, question, action, forms_by_action, bound, board)
        except handling.ActionRefused as refused:
            messages.error(request, refused.message)
            return redirect("qa_question", pk=pk)
        if response is not None:
            return response
    context = {
        "question": question,
        "show_personal": handling.can_see_personal_data(user, question),
        "board": board,
        "can_approve": handling.can_approve(user),
        "events": question.events.select_related("actor"),
        "allowed": {
            action: handling.allowed(question, action)
            for action in handling.ALLOWED_FROM
        },
    }
    initial = stored_values(question)
    for name, form_class in forms_by_action.items():
        context[f"{name}_form"] = bound.get(name) or form_class(
            initial=initial.get(name)
        )
    return TemplateResponse(request, "qa/admin/question.html", context)


def stored_values(question) -> dict[str, dict]:
    """What each form of the detail page shows before anyone types: the
    question's own values. Without them a select shows its first option, and
    "Lưu" silently reclassified the question."""
    return {
        "classify": {"field": question.field},
        "assign": {"unit": question.unit, "assignee": question.assignee_id},
        "progress": {"promised_on": question.promised_on},
    }


def _posted_version(request):
    """The version of the question the form was opened on, if it says."""
    try:
        return int(request.POST["version"])
    except (KeyError, ValueError):
        return None


def _act(request, question, action, forms_by_action, bound, board):
    """One action of the board on a question; None when its form is invalid
    (the page is shown again with the errors)."""
    user = request.user
    version = _posted_version(request)
    pk = question.pk
    if action == "approve":
        handling.approve_answer(question, user, version)
        messages.success(request, _("Đã duyệt và gửi trả lời."))
        return redirect("qa_question", pk=pk)
    if action == "publish":
        if not board:
            raise PermissionDenied
        page = handling.publish_as_page(question, user, version)
        if getattr(page, "already_published", False):
            messages.info(
                request, _("Câu hỏi này đã có bài hỏi đáp; đây là bài đã tạo.")
            )
        else:
            messages.success(
                request,
                _(
                    "Đã tạo bài hỏi đáp và gửi duyệt; hãy bỏ thông tin cá nhân "
                    "trước khi duyệt."
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
    if not form.is_valid():
        return None
    data = form.cleaned_data
    if action == "classify":
        handling.classify(question, data["field"], user, version)
    elif action == "assign":
        handling.assign(question, data["unit"], data["assignee"], user, version)
    elif action == "out_of_remit":
        handling.out_of_remit(question, data["text"], user, version)
    elif action == "answer":
        handling.draft_answer(question, data["text"], user, version)
    elif action == "progress":
        handling.progress_notice(
            question, data["promised_on"], data["note"], user, version
        )
    elif action == "transfer":
        handling.transfer(question, data["agency"], user, version)
    messages.success(request, _("Đã cập nhật câu hỏi."))
    return redirect("qa_question", pk=pk)
