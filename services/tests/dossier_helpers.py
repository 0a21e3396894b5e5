"""Test helpers for dossiers: a procedure of a portal, an API token, a push
through the test client on the portal's host, and a dossier looked up."""

from __future__ import annotations

import json

from services.models import ApiToken, ProcedureIndexPage, ProcedurePage
from tests.portals import inside

API = "/api/dich-vu-cong/ho-so/"
PULL = "/api/dich-vu-cong/buu-chinh/"
ACK = "/api/dich-vu-cong/buu-chinh/xac-nhan/"
LOOKUP = "/dich-vu-cong/tra-cuu-ho-so/"
POSTAL = "/dich-vu-cong/tra-cuu-ho-so/buu-chinh/"
CODE = "000.00.21.H01-261201-0007"
SECRET = "K7P2QX9A"


def procedure(portal: str, code: str = "1.000080", level: int = 3, name=None):
    name = name or f"Cấp bản sao trích lục hộ tịch ({code})"
    with inside(portal):
        index = ProcedureIndexPage.objects.first()
        page = ProcedurePage(
            title=name,
            slug=f"thu-tuc-{code.replace('.', '-')}",
            code=code,
            name=name,
            level=level,
        )
        index.add_child(instance=page)
        return page


def token(portal: str, name: str = "Một cửa tỉnh") -> tuple[ApiToken, str]:
    with inside(portal):
        return ApiToken.issue(name)


def payload(**changes) -> dict:
    data = {
        "ma_ho_so": CODE,
        "ma_thu_tuc": "1.000080",
        "trang_thai": 4,
        "ngay_tiep_nhan": "2026-12-01T08:00:00+07:00",
        "ngay_hen_tra": "2026-12-08",
        "ngay_tra_ket_qua": None,
        "ma_bi_mat": SECRET,
        "cac_buoc": [
            {
                "ten": "Tiếp nhận hồ sơ",
                "don_vi": "Bộ phận một cửa",
                "bat_dau": "2026-12-01T08:00:00+07:00",
                "ket_thuc": "2026-12-01T08:30:00+07:00",
            },
            {
                "ten": "Thẩm định hồ sơ",
                "don_vi": "Phòng Hộ tịch",
                "bat_dau": "2026-12-01T08:30:00+07:00",
                "ket_thuc": None,
            },
        ],
    }
    data.update(changes)
    return data


def push(client, host: str, secret: str | None, data, *, raw: bytes | None = None):
    headers = {"HTTP_HOST": host}
    if secret is not None:
        headers["HTTP_AUTHORIZATION"] = f"Bearer {secret}"
    body = raw if raw is not None else json.dumps(data, ensure_ascii=False)
    return client.post(API, data=body, content_type="application/json", **headers)


def look_up(client, host: str, code: str = CODE, secret: str = SECRET):
    return client.post(LOOKUP, {"code": code, "secret": secret}, HTTP_HOST=host)
