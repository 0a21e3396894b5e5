"""The one-stop-shop's push API (issue 12, point 4): only this portal's live
token gets in; every bad payload is a JSON 4xx naming the field; a push is
idempotent and all or nothing; who pushed is recorded."""

import json

import pytest

from services.models import ApiToken, Dossier
from tests.portals import A_HOST, B_HOST, inside

from .dossier_helpers import API, CODE, payload, procedure, push, token

pytestmark = pytest.mark.django_db


@pytest.fixture
def a_token():
    procedure("sotttt", "1.000080", level=3)
    return token("sotttt")


def errors(response) -> dict:
    assert response["Content-Type"].startswith("application/json")
    return {e["field"]: e["code"] for e in response.json()["errors"]}


def stored_count(portal="sotttt") -> int:
    with inside(portal):
        return Dossier.objects.count()


# Authentication -------------------------------------------------------------


def test_a_push_with_the_portals_token_is_stored_with_who_and_when(client, a_token):
    row, secret = a_token
    response = push(client, A_HOST, secret, payload())
    assert response.status_code == 201, response.content
    assert response.json() == {"ma_ho_so": CODE, "ket_qua": "created"}
    with inside("sotttt"):
        dossier = Dossier.objects.get(code=CODE)
        assert dossier.pushed_by_id == row.pk and dossier.pushed_at is not None
        assert dossier.status == 4
        assert [s.name for s in dossier.steps.all()] == [
            "Tiếp nhận hồ sơ",
            "Thẩm định hồ sơ",
        ]
        # The receipt secret is kept hashed only.
        assert "K7P2QX9A" not in dossier.secret_digest
        assert dossier.secret_matches("K7P2QX9A")
        assert ApiToken.objects.get(pk=row.pk).last_used_at is not None


@pytest.mark.parametrize(
    "header",
    [None, "Bearer ", "Bearer nope", "Basic dXNlcjpwYXNz", "bearer\x00x"],
)
def test_no_or_a_wrong_token_is_401_json(client, a_token, header):
    extra = {} if header is None else {"HTTP_AUTHORIZATION": header}
    response = client.post(
        API,
        data=json.dumps(payload()),
        content_type="application/json",
        HTTP_HOST=A_HOST,
        **extra,
    )
    assert response.status_code == 401
    assert errors(response) == {"": "unauthenticated"}
    assert response["WWW-Authenticate"].startswith("Bearer")
    assert stored_count() == 0


def test_a_revoked_token_is_refused(client, a_token):
    row, secret = a_token
    with inside("sotttt"):
        row.revoke()
    assert push(client, A_HOST, secret, payload()).status_code == 401
    assert stored_count() == 0


def test_another_portals_token_is_refused_here(client, a_token):
    _row, secret = a_token
    procedure("soyte", "1.000080", level=3)
    response = push(client, B_HOST, secret, payload())
    assert response.status_code == 401
    assert stored_count("soyte") == 0
    # And B's own token does not open A.
    _b_row, b_secret = token("soyte")
    assert push(client, A_HOST, b_secret, payload()).status_code == 401
    assert stored_count("sotttt") == 0


def test_the_token_is_stored_hashed_with_a_short_prefix(a_token):
    row, secret = a_token
    with inside("sotttt"):
        stored = ApiToken.objects.get(pk=row.pk)
    assert secret not in (stored.digest, stored.prefix, stored.name)
    assert secret.startswith(stored.prefix) and len(stored.prefix) == 8


def test_failed_attempts_are_rate_limited(client, a_token, settings):
    settings.DOSSIER_API_FAILED_AUTH_PER_HOUR = 3
    _row, secret = a_token
    for _ in range(3):
        assert push(client, A_HOST, "wrong", payload()).status_code == 401
    # Even the right token now waits: the address is guessing.
    assert push(client, A_HOST, secret, payload()).status_code == 429


def test_the_api_answers_only_post_and_json(client, a_token):
    _row, secret = a_token
    auth = {"HTTP_AUTHORIZATION": f"Bearer {secret}", "HTTP_HOST": A_HOST}
    assert client.get(API, **auth).status_code == 405
    response = client.post(API, {"ma_ho_so": CODE}, **auth)  # a form post
    assert response.status_code == 415
    assert errors(response) == {"": "content_type"}


# Bad payloads ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"ma_ho_so": None}, "ma_ho_so", "required"),
        ({"ma_ho_so": 12}, "ma_ho_so", "type_string"),
        ({"ma_ho_so": "H01-2612010001"}, "ma_ho_so", "dossier_code"),
        ({"ma_ho_so": "000.00.20.H01-261301-0001"}, "ma_ho_so", "dossier_date"),
        ({"ma_ho_so": "000.00.20.H01-260230-0001"}, "ma_ho_so", "dossier_date"),
        ({"ma_ho_so": "000.00.20.H01-26120²-0001"}, "ma_ho_so", "dossier_code"),
        ({"ma_ho_so": "H01-261201-00\x001"}, "ma_ho_so", "nul"),
        ({"ma_thu_tuc": "1-000080"}, "ma_thu_tuc", "procedure_code"),
        ({"ma_thu_tuc": "9.999999"}, "ma_thu_tuc", "unknown_procedure"),
        ({"trang_thai": 11}, "trang_thai", "status_range"),
        ({"trang_thai": 0}, "trang_thai", "status_range"),
        ({"trang_thai": "4"}, "trang_thai", "type_integer"),
        ({"trang_thai": True}, "trang_thai", "type_integer"),
        ({"trang_thai": 4.5}, "trang_thai", "type_integer"),
        ({"trang_thai": 10**40}, "trang_thai", "status_range"),
        ({"ngay_tiep_nhan": "2026-13-01"}, "ngay_tiep_nhan", "datetime"),
        ({"ngay_tiep_nhan": 20261201}, "ngay_tiep_nhan", "datetime"),
        ({"ngay_hen_tra": "2026-11-01"}, "ngay_hen_tra", "order"),
        ({"trang_thai": 10}, "ngay_tra_ket_qua", "returned_required"),
        ({"ma_bi_mat": "a b"}, "ma_bi_mat", "secret"),
        ({"ma_bi_mat": None}, "ma_bi_mat", "secret_required"),
        ({"cac_buoc": "bước"}, "cac_buoc", "type_list"),
        ({"cac_buoc": [{"ten": "x"}] * 101}, "cac_buoc", "too_many"),
        ({"cac_buoc": [{"don_vi": "Phòng"}]}, "cac_buoc[0].ten", "required"),
        ({"cac_buoc": [{"ten": "x" * 501}]}, "cac_buoc[0].ten", "too_long"),
        ({"cac_buoc": [[1]]}, "cac_buoc[0]", "type_object"),
        (
            {
                "cac_buoc": [
                    {"ten": "x", "bat_dau": "2026-12-02", "ket_thuc": "2026-12-01"}
                ]
            },
            "cac_buoc[0].ket_thuc",
            "step_order",
        ),
        ({"ho_ten_cong_dan": "Nguyễn Văn A"}, "ho_ten_cong_dan", "unknown_field"),
    ],
)
def test_each_bad_field_is_a_422_naming_it(client, a_token, changes, field, code):
    _row, secret = a_token
    response = push(client, A_HOST, secret, payload(**changes))
    assert response.status_code == 422, response.content
    assert errors(response).get(field) == code
    message = next(e for e in response.json()["errors"] if e["field"] == field)
    assert message["message"]  # Vietnamese words, not only a code
    assert stored_count() == 0


def test_every_error_of_a_payload_is_reported_at_once(client, a_token):
    _row, secret = a_token
    response = push(
        client, A_HOST, secret, payload(ma_ho_so="x", trang_thai=99, cac_buoc=[{}])
    )
    assert response.status_code == 422
    assert errors(response) == {
        "ma_ho_so": "dossier_code",
        "trang_thai": "status_range",
        "cac_buoc[0].ten": "required",
    }


@pytest.mark.parametrize(
    "raw",
    [
        b"{not json",
        b"\xff\xfe{}",
        b"[" * 30000 + b"]" * 30000,
        b'{"trang_thai": ' + b"9" * 5000 + b"}",
        b'{"trang_thai": NaN}',
        b" ",
    ],
    ids=["syntax", "utf8", "deep", "huge-number", "nan", "blank"],
)
def test_unreadable_bodies_are_400_json(client, a_token, raw):
    _row, secret = a_token
    response = push(client, A_HOST, secret, None, raw=raw)
    assert response.status_code == 400
    assert errors(response) == {"": "invalid_json"}


def test_a_body_that_is_not_an_object_is_422(client, a_token):
    _row, secret = a_token
    response = push(client, A_HOST, secret, [payload()])
    assert response.status_code == 422
    assert errors(response) == {"": "type_object"}


def test_a_body_too_large_is_413_json_unread(client, a_token, settings):
    settings.DOSSIER_API_MAX_BYTES = 2000
    _row, secret = a_token
    big = payload(cac_buoc=[{"ten": "x" * 400}] * 10)
    response = push(client, A_HOST, secret, big)
    assert response.status_code == 413
    assert errors(response) == {"": "too_large"}


def test_nul_escaped_in_json_is_refused(client, a_token):
    _row, secret = a_token
    raw = json.dumps(payload(cac_buoc=[{"ten": "Thẩm\u0000định"}])).encode()
    assert b"\\u0000" in raw
    response = push(client, A_HOST, secret, None, raw=raw)
    assert response.status_code == 422
    assert errors(response) == {"cac_buoc[0].ten": "nul"}


# Idempotency and atomicity ---------------------------------------------------


def test_the_same_push_twice_changes_nothing(client, a_token):
    _row, secret = a_token
    assert push(client, A_HOST, secret, payload()).status_code == 201
    with inside("sotttt"):
        first = Dossier.objects.get(code=CODE)
        step_ids = list(first.steps.values_list("pk", flat=True))
    # Same content, other key order and spacing.
    raw = json.dumps(dict(reversed(list(payload().items()))), indent=3).encode()
    response = push(client, A_HOST, secret, None, raw=raw)
    assert response.status_code == 200
    assert response.json()["ket_qua"] == "unchanged"
    with inside("sotttt"):
        again = Dossier.objects.get(code=CODE)
        assert again.pushed_at == first.pushed_at
        assert list(again.steps.values_list("pk", flat=True)) == step_ids
        assert Dossier.objects.count() == 1


def test_a_newer_status_updates_the_dossier_and_its_steps(client, a_token):
    _row, secret = a_token
    push(client, A_HOST, secret, payload())
    newer = payload(
        trang_thai=10,
        ngay_tra_ket_qua="2026-12-05T10:00:00+07:00",
        ma_bi_mat=None,  # kept from before
        cac_buoc=payload()["cac_buoc"][:1] + [{"ten": "Trả kết quả"}],
    )
    response = push(client, A_HOST, secret, newer)
    assert response.status_code == 200, response.content
    assert response.json()["ket_qua"] == "updated"
    with inside("sotttt"):
        dossier = Dossier.objects.get(code=CODE)
        assert dossier.status == 10 and dossier.returned_at is not None
        assert [s.name for s in dossier.steps.all()] == [
            "Tiếp nhận hồ sơ",
            "Trả kết quả",
        ]
        assert dossier.secret_matches("K7P2QX9A")


def test_an_older_update_than_the_stored_one_is_409(client, a_token):
    _row, secret = a_token
    push(client, A_HOST, secret, payload(cap_nhat_luc="2026-12-03T09:00:00+07:00"))
    response = push(
        client,
        A_HOST,
        secret,
        payload(trang_thai=2, cap_nhat_luc="2026-12-02T09:00:00+07:00"),
    )
    assert response.status_code == 409
    assert errors(response) == {"": "stale"}
    with inside("sotttt"):
        assert Dossier.objects.get(code=CODE).status == 4


def test_a_bad_step_leaves_the_stored_dossier_as_it_was(client, a_token):
    _row, secret = a_token
    push(client, A_HOST, secret, payload())
    bad = payload(trang_thai=9, cac_buoc=[{"ten": "Ký duyệt"}, {"ten": ""}])
    response = push(client, A_HOST, secret, bad)
    assert response.status_code == 422
    assert errors(response) == {"cac_buoc[1].ten": "required"}
    with inside("sotttt"):
        dossier = Dossier.objects.get(code=CODE)
        assert dossier.status == 4
        assert dossier.steps.count() == 2


def test_a_step_the_database_refuses_rolls_the_dossier_back(
    client, a_token, monkeypatch
):
    """All or nothing even past validation: a failing step insert (here
    forced) leaves neither the new dossier nor any step behind."""
    from django.db import DataError

    from services.models import DossierStep

    def fail(*args, **kwargs):
        raise DataError("step refused")

    monkeypatch.setattr(DossierStep.objects, "bulk_create", fail)
    _row, secret = a_token
    with pytest.raises(DataError):
        push(client, A_HOST, secret, payload())
    with inside("sotttt"):
        assert not Dossier.objects.filter(code=CODE).exists()


def test_the_api_is_out_of_csrf_but_still_needs_its_token(a_token):
    """The one-stop-shop sends no CSRF cookie: a client enforcing CSRF as
    browsers meet it still gets in with the token, and not without."""
    from django.test import Client

    _row, secret = a_token
    strict = Client(enforce_csrf_checks=True)
    assert push(strict, A_HOST, secret, payload()).status_code == 201
    assert push(strict, A_HOST, None, payload()).status_code == 401
