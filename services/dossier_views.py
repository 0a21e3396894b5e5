"""Views of dossiers: the one-stop-shop's API (JSON, token) and the citizens'
lookup and postal delivery request (HTML). URLs in ``services.urls_dossiers``."""

from __future__ import annotations

import functools

from django.conf import settings
from django.db import IntegrityError, transaction
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt

from aggov import ratelimit

from . import dossier_api
from .dossier_forms import LookupForm, PostalForm, PullForm
from .models import ApiToken, Dossier, DossierStep, PostalRequest, ProcedurePage

SESSION_KEY = "services_dossier"


# API ------------------------------------------------------------------------


def _error(status: int, code: str, message: str, **extra) -> JsonResponse:
    response = JsonResponse(
        {"errors": [{"field": "", "code": code, "message": message}], **extra},
        status=status,
        json_dumps_params={"ensure_ascii": False},
    )
    if status == 401:
        response["WWW-Authenticate"] = 'Bearer realm="dich-vu-cong"'
    return response


def _ok(data: dict, status: int = 200) -> JsonResponse:
    return JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})


def api_view(methods: tuple[str, ...]):
    """A JSON API view: out of CSRF (no cookies; a bearer token instead),
    the method checked, the token of THIS portal required (tokens live in the
    portal's schema, so another portal's token is unknown here), failed
    attempts rate limited per client address, and the body's size bounded
    before it is read."""

    def decorate(view):
        @csrf_exempt
        @never_cache
        @functools.wraps(view)
        def wrapper(request, *args, **kwargs):
            if request.method not in methods:
                response = _error(405, "method", "Phương thức không được hỗ trợ.")
                response["Allow"] = ", ".join(methods)
                return response
            limit = settings.DOSSIER_API_FAILED_AUTH_PER_HOUR
            if ratelimit.exceeded(request, "dossier-api-auth", limit):
                return _error(429, "rate_limited", "Quá nhiều lần xác thực sai.")
            header = request.META.get("HTTP_AUTHORIZATION", "")
            scheme, _, secret = header.partition(" ")
            token = None
            if scheme.lower() == "bearer" and "\x00" not in secret:
                token = ApiToken.authenticate(secret.strip())
            if token is None:
                ratelimit.record(request, "dossier-api-auth")
                return _error(
                    401,
                    "unauthenticated",
                    "Cần khóa kết nối hợp lệ của cổng này "
                    "(Authorization: Bearer <khóa>).",
                )
            ApiToken.objects.filter(pk=token.pk).update(last_used_at=timezone.now())
            if request.method == "POST":
                try:
                    length = int(request.META.get("CONTENT_LENGTH") or 0)
                except ValueError:
                    length = 0
                if length > settings.DOSSIER_API_MAX_BYTES:
                    return _error(
                        413,
                        "too_large",
                        f"Nội dung quá lớn (tối đa {settings.DOSSIER_API_MAX_BYTES} "
                        "byte).",
                    )
                if request.content_type != "application/json":
                    return _error(
                        415, "content_type", "Cần Content-Type: application/json."
                    )
            return view(request, token, *args, **kwargs)

        return wrapper

    return decorate


def _json_body(request):
    try:
        return dossier_api.load(request.body), None
    except dossier_api.BadJson:
        return None, _error(400, "invalid_json", "Nội dung không phải JSON hợp lệ.")


def _procedure(code: str):
    """The portal's procedure of that code, the Vietnamese one first."""
    candidates = ProcedurePage.objects.filter(code=code)
    return candidates.filter(unique_code=f"vi:{code}").first() or candidates.first()


@api_view(("POST",))
def push_dossier(request, token):
    """Create or update one dossier with its steps, all or nothing."""
    data, bad = _json_body(request)
    if bad:
        return bad
    try:
        push = dossier_api.parse(data)
    except dossier_api.Invalid as invalid:
        return _ok(invalid.as_json(), status=422)
    procedure = _procedure(push.procedure_code)
    if procedure is None:
        return _ok(
            dossier_api.Invalid([("ma_thu_tuc", "unknown_procedure")]).as_json(),
            status=422,
        )
    fingerprint = push.fingerprint()
    try:
        with transaction.atomic():
            result = _apply(push, procedure, fingerprint, token)
    except IntegrityError:
        # Two first pushes of one code at once: the other one won; resend.
        return _error(409, "conflict", "Hồ sơ đang được cập nhật; xin gửi lại.")
    except dossier_api.Invalid as invalid:
        return _ok(invalid.as_json(), status=422)
    if result == "stale":
        return _error(409, "stale", "Hồ sơ đã có bản cập nhật mới hơn (cap_nhat_luc).")
    return _ok(
        {"ma_ho_so": push.code, "ket_qua": result},
        status=201 if result == "created" else 200,
    )


def _apply(push, procedure, fingerprint, token) -> str:
    now = timezone.now()
    dossier = Dossier.objects.select_for_update().filter(code=push.code).first()
    if dossier is not None:
        if dossier.payload_hash == fingerprint:
            return "unchanged"
        if (
            push.updated_at
            and dossier.source_updated_at
            and push.updated_at < dossier.source_updated_at
        ):
            return "stale"
        result = "updated"
    else:
        if not push.secret:
            raise dossier_api.Invalid([("ma_bi_mat", "secret_required")])
        dossier = Dossier(code=push.code)
        result = "created"
    dossier.procedure = procedure
    dossier.procedure_code = push.procedure_code
    dossier.procedure_name = procedure.name
    dossier.status = push.status
    dossier.received_at = push.received_at
    dossier.appointment_at = push.appointment_at
    dossier.returned_at = push.returned_at
    if push.secret:
        dossier.secret_digest = dossier_api_digest(push.secret)
    dossier.payload_hash = fingerprint
    dossier.source_updated_at = push.updated_at or dossier.source_updated_at
    dossier.pushed_by = token
    dossier.pushed_at = now
    dossier.save()
    dossier.steps.all().delete()
    DossierStep.objects.bulk_create(
        DossierStep(
            dossier=dossier,
            position=i,
            name=step.name,
            unit=step.unit,
            started_at=step.started_at,
            ended_at=step.ended_at,
        )
        for i, step in enumerate(push.steps)
    )
    if push.status == 10:
        # The result is returned: a postal request the one-stop-shop took is done.
        for postal in dossier.postal_requests.filter(status=PostalRequest.FORWARDED):
            postal.status = PostalRequest.DELIVERED
            postal.save()
    return result


def dossier_api_digest(secret: str) -> str:
    from .models.dossiers import digest

    return digest(secret)


def _postal_json(postal: PostalRequest) -> dict:
    dossier = postal.dossier
    return {
        "id": postal.pk,
        "ma_ho_so": dossier.code,
        "ma_thu_tuc": dossier.procedure_code,
        "ho_ten": postal.name,
        "dia_chi": postal.address,
        "dien_thoai": postal.phone,
        "kenh_tra_ket_qua": 3,  # the national code of postal delivery
        "ngay_yeu_cau": postal.created_at.isoformat(),
        "trang_thai": postal.status,
    }


@api_view(("GET",))
def pull_postal(request, token):
    """The postal requests the one-stop-shop has not acknowledged yet, oldest
    first (``?gioi_han=`` at most 200 a call; acknowledge to get the next)."""
    form = PullForm(request.GET)
    if not form.is_valid():
        return _ok(
            {
                "errors": [
                    {"field": name, "code": "invalid", "message": " ".join(errs)}
                    for name, errs in form.errors.items()
                ]
            },
            status=422,
        )
    limit = form.cleaned_data["gioi_han"] or 100
    pending = (
        PostalRequest.objects.filter(status=PostalRequest.NEW)
        .select_related("dossier")
        .order_by("created_at", "pk")[:limit]
    )
    return _ok({"yeu_cau": [_postal_json(p) for p in pending]})


@api_view(("POST",))
def acknowledge_postal(request, token):
    """``{"id": [1, 2]}``: the one-stop-shop has taken these requests. Idempotent:
    a request acknowledged before is reported as such and left as it is."""
    data, bad = _json_body(request)
    if bad:
        return bad
    ids = data.get("id") if isinstance(data, dict) else None
    if (
        not isinstance(ids, list)
        or not ids
        or len(ids) > 500
        or not all(
            isinstance(i, int) and not isinstance(i, bool) and 0 < i < 2**31
            for i in ids
        )
    ):
        return _ok(
            {
                "errors": [
                    {
                        "field": "id",
                        "code": "type_list",
                        "message": "Cần danh sách 1–500 mã số yêu cầu (số nguyên dương).",
                    }
                ]
            },
            status=422,
        )
    now = timezone.now()
    done, before, missing = [], [], []
    with transaction.atomic():
        found = {
            p.pk: p
            for p in PostalRequest.objects.select_for_update().filter(pk__in=ids)
        }
        for pk in dict.fromkeys(ids):
            postal = found.get(pk)
            if postal is None:
                missing.append(pk)
            elif postal.status == PostalRequest.NEW:
                postal.status = PostalRequest.FORWARDED
                postal.acknowledged_at = now
                postal.acknowledged_by = token
                postal.save()
                done.append(pk)
            else:
                before.append(pk)
    return _ok({"da_nhan": done, "da_nhan_truoc": before, "khong_tim_thay": missing})


# Citizens ------------------------------------------------------------------


def _context(**extra):
    return {"retention_days": settings.QA_RETENTION_DAYS, **extra}


def lookup(request):
    """Public: a dossier by its code plus the secret on its receipt. A wrong
    or missing secret and an unknown code get the same answer; every lookup
    counts towards a per-address limit. Posted, never in the address."""
    if request.method != "POST":
        return render(request, "services/dossier_lookup.html", {"form": LookupForm()})
    if ratelimit.hit(request, "dossier-lookup", settings.DOSSIER_LOOKUPS_PER_HOUR):
        return render(
            request,
            "services/dossier_lookup.html",
            {"form": LookupForm(), "limited": True},
            status=429,
        )
    form = LookupForm(request.POST)
    dossier = None
    searched = False
    if form.is_valid():
        searched = True
        dossier = _verified(form.cleaned_data["code"], form.cleaned_data["secret"])
        if dossier is not None:
            request.session[SESSION_KEY] = dossier.pk
        else:
            request.session.pop(SESSION_KEY, None)
    return render(
        request,
        "services/dossier_lookup.html",
        {
            "form": form,
            "searched": searched,
            "dossier": dossier,
            "steps": dossier.steps.all() if dossier else [],
            "late": dossier.is_late() if dossier else False,
            "late_days": dossier.late_working_days() if dossier else 0,
            "open_postal": _open_postal(dossier) if dossier else None,
        },
    )


def _verified(code: str, secret: str):
    dossier = Dossier.objects.select_related("procedure").filter(code=code).first()
    # The digest is computed whether or not the code exists.
    if dossier is None:
        dossier_api_digest(secret or "-")
        return None
    if not secret or not dossier.secret_matches(secret):
        return None
    return dossier


def _open_postal(dossier):
    return dossier.postal_requests.exclude(status__in=PostalRequest.CLOSED).first()


def postal_request(request):
    """Public: the result of a dossier looked up a moment ago (code + secret,
    kept in the session), by post, from level 3 (Art. 14.3)."""
    pk = request.session.get(SESSION_KEY)
    dossier = (
        Dossier.objects.select_related("procedure").filter(pk=pk).first()
        if isinstance(pk, int)
        else None
    )
    if dossier is None:
        return redirect("services-dossier-lookup")
    template = "services/postal_request.html"
    base = {"dossier": dossier, "retention_days": settings.QA_RETENTION_DAYS}
    if not dossier.postal_delivery:
        return render(request, template, {**base, "refused": "level"}, status=403)
    if dossier.returned_at is not None or dossier.status == 10:
        return render(request, template, {**base, "refused": "returned"}, status=409)
    if _open_postal(dossier) is not None:
        return render(request, template, {**base, "refused": "open"}, status=409)
    form = PostalForm(request.POST or None)
    if request.method == "POST":
        if ratelimit.exceeded(
            request, "dossier-postal", settings.POSTAL_REQUESTS_PER_HOUR
        ):
            return render(
                request,
                template,
                {**base, "form": PostalForm(), "limited": True},
                status=429,
            )
        if form.is_valid():
            data = form.cleaned_data
            postal = PostalRequest.objects.create(
                dossier=dossier,
                name=data["name"],
                address=data["address"],
                phone=data["phone"],
                consent_text=str(PostalForm.consent_text()),
                consented_at=timezone.now(),
            )
            ratelimit.record(request, "dossier-postal")
            return render(
                request, "services/postal_sent.html", {**base, "postal": postal}
            )
    return render(request, template, {**base, "form": form})
