"""The province's aggregated pages at 10 and at 100 portals (issue 13, point 4).

The province's home and its services catalogue read the read model
(``province.PublishedItem``, public schema) and the registry only, never a
portal's schema; their cost must not follow the number of portals. This
bench adds synthetic portals under the demo's province: registry rows only
(``tenants.Agency`` through ``bulk_create``, which creates no schema, codes
``bench_prov_…``, kind department or district, a primary ``Domain`` each)
with ``BENCH_PROVINCE_ITEMS`` rows of the read model each (default 200: news,
procedures with sectors, fields and levels, documents, answers, a few
announcements; mostly Vietnamese, some English). It measures the pages on the
province's host in process (Django's test client, as page_throughput) at 10
synthetic portals, then at 100, then at 10 and 100 again (interleaved, so the
drift of a shared machine hits both alike; the better round of each is kept),
and prints median and p95 milliseconds, the SQL queries of one request and
the ratio beside the target (cost at 100 ≤ 1.2 × cost at 10). The pages are
measured as citizens meet them between two writes, with the filters' counts
and choices cached under the read model's token (province.facets); the
catalogue's pages are also measured right after a write (a new token before
each request), the cost of the first request after every publish.

The rows are removed in a ``finally``, and the leftovers of a crashed run at
the start. Run alone: ``.venv/bin/python bench/province.py`` (``make demo``
first); ``bench/run.py`` runs it in a subprocess with DEBUG off.
"""

from __future__ import annotations

import hashlib
import os
import statistics
import subprocess
import sys
import time
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Run as a script, this folder comes first on the path, where "province" would
# be this file instead of the app: the project's root takes its place.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]
sys.path.insert(0, str(ROOT))

PREFIX = "bench_prov_"
SIZES = (10, 100)
TARGET = 1.2
ITEMS = int(os.environ.get("BENCH_PROVINCE_ITEMS", "200"))
REQUESTS = int(os.environ.get("BENCH_PROVINCE_REQUESTS", "60"))
WARMUP = 10
ROUNDS = 2
PROVINCE = "angiang"

#: label → path on the province's host (the catalogue's pages when they exist).
PAGES = {
    "home /": "/",
    "catalogue /tong-hop/dich-vu-cong/": "/tong-hop/dich-vu-cong/",
    "catalogue, sector Tư pháp, page 2": "/tong-hop/dich-vu-cong/?nganh=tu-phap&page=2",
}

DEPARTMENTS = [
    "Sở Nông nghiệp và Phát triển nông thôn",
    "Sở Tài chính",
    "Sở Công Thương",
    "Sở Lao động – Thương binh và Xã hội",
    "Sở Tài nguyên và Môi trường",
    "Sở Văn hóa, Thể thao và Du lịch",
    "Sở Nội vụ",
    "Sở Khoa học và Công nghệ",
]
DISTRICTS = [
    "Ủy ban nhân dân huyện An Phú",
    "Ủy ban nhân dân huyện Phú Tân",
    "Ủy ban nhân dân huyện Châu Phú",
    "Ủy ban nhân dân huyện Chợ Mới",
    "Ủy ban nhân dân huyện Châu Thành",
    "Ủy ban nhân dân thị xã Tịnh Biên",
    "Ủy ban nhân dân huyện Tri Tôn",
]
NEWS = [
    "Hội nghị triển khai nhiệm vụ trọng tâm quý",
    "Ra quân thu gom rác thải, chỉnh trang đô thị",
    "Tập huấn chuyển đổi số cho cán bộ, công chức",
    "Kiểm tra công tác phòng, chống thiên tai mùa mưa lũ",
    "Trao học bổng cho học sinh nghèo vượt khó",
    "Sơ kết công tác cải cách hành chính sáu tháng đầu năm",
]
NEWS_EN = [
    "Conference on the key tasks of the quarter",
    "Training in digital transformation for civil servants",
]
#: (sector code, sector, field code, field) of the synthetic procedures.
FIELDS = [
    ("tu-phap", "Tư pháp", "G15-TP01", "Hộ tịch"),
    ("tu-phap", "Tư pháp", "G15-TP02", "Chứng thực"),
    ("xay-dung", "Xây dựng", "G15-XD01", "Hoạt động xây dựng"),
    ("y-te", "Y tế", "G15-YT01", "An toàn thực phẩm"),
    ("giao-duc-va-dao-tao", "Giáo dục và Đào tạo", "G15-GD01", "Giáo dục phổ thông"),
    ("ke-hoach-va-dau-tu", "Kế hoạch và Đầu tư", "G15-KH01", "Thành lập doanh nghiệp"),
    ("nong-nghiep", "Nông nghiệp", "G15-NN01", "Thú y"),
    ("lao-dong", "Lao động – Thương binh và Xã hội", "G15-LD01", "Bảo trợ xã hội"),
]
PROCEDURES = [
    "Đăng ký khai sinh",
    "Chứng thực bản sao từ bản chính",
    "Cấp giấy phép xây dựng nhà ở riêng lẻ",
    "Cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
    "Chuyển trường đối với học sinh trung học cơ sở",
    "Đăng ký thành lập hộ kinh doanh",
    "Cấp giấy chứng nhận kiểm dịch động vật",
    "Trợ cấp xã hội hằng tháng",
]
DOCUMENTS = [
    ("QĐ-UBND", "Quyết định ban hành kế hoạch cải cách hành chính năm"),
    ("KH-UBND", "Kế hoạch triển khai chuyển đổi số"),
    ("CV-UBND", "Công văn về việc tăng cường phòng, chống dịch bệnh"),
]
ANSWERS = [
    "Hồ sơ đăng ký khai sinh gồm những giấy tờ gì?",
    "Thời hạn giải quyết cấp giấy phép xây dựng là bao lâu?",
]
ANNOUNCEMENTS = [
    "Thông báo lịch tiếp công dân định kỳ",
    "Thông báo tuyển dụng viên chức",
]
LEVELS = [2, 3, 4, 2, 3, 4, 2, 4, 3, 2]


def clear_caches() -> None:
    """What would hide a change of the registry or of the read model: the
    hosts, the pages' scope, Django's cache, and the read model's token (the
    facets cached under it, province.facets)."""
    from django.core.cache import caches

    from province import facets, scope
    from tenants import hosts

    hosts.clear()
    scope.clear()
    facets.changed()
    for alias in ("default", "renditions"):
        caches[alias].clear()


def remove() -> int:
    """Every synthetic portal's rows (read model, domains, registry)."""
    from django.db import connection

    from province.models import PublishedItem
    from tenants.models import Agency, Domain

    connection.set_schema_to_public()
    PublishedItem.objects.filter(agency__code__startswith=PREFIX).delete()
    Domain.objects.filter(tenant__code__startswith=PREFIX).delete()
    count, _ = Agency.objects.filter(code__startswith=PREFIX).delete()
    _analyze()
    clear_caches()
    return count


def _analyze() -> None:
    """Fresh planner statistics and visibility map after a bulk change, as
    autovacuum leaves a table in production (here it would run later, in the
    middle of a measurement); without the visibility map the counts per
    agency, index-only scans, read the heap."""
    from django.db import connection

    with connection.cursor() as cursor:
        # Outside a transaction (the bench runs in autocommit): VACUUM needs it.
        cursor.execute("VACUUM ANALYZE province_publisheditem")
        cursor.execute("ANALYZE tenants_agency")
        cursor.execute("ANALYZE tenants_domain")


def add(province, start: int, stop: int, today: date) -> None:
    """Synthetic portals ``start`` … ``stop - 1`` under the province."""
    from django.conf import settings

    from province.models import PublishedItem
    from tenants.models import Agency, AgencyKind, Domain, portal_url

    kinds = {
        k.code: k
        for k in AgencyKind.objects.filter(code__in=["department", "district"])
    }
    agencies = []
    for i in range(start, stop):
        district = i % 2 == 1
        names = DISTRICTS if district else DEPARTMENTS
        code = f"{PREFIX}{i:03d}"
        agencies.append(
            Agency(
                code=code,
                schema_name=code,
                name=f"{names[i % len(names)]} (cổng thử {i:03d})",
                kind=kinds["district" if district else "department"],
                parent=province,
                decision_number=f"{i + 1}/QĐ-BENCH",
                status=Agency.STATUS_ACTIVE,
            )
        )
    Agency.objects.bulk_create(agencies)
    domains = []
    for agency in agencies:
        host = f"{agency.code.replace('_', '-')}.{settings.PORTAL_BASE_DOMAIN}"
        domains.append(Domain(tenant=agency, domain=host, is_primary=True))
    Domain.objects.bulk_create(domains)
    rows = []
    for agency, domain in zip(agencies, domains, strict=True):
        base = portal_url(domain.domain).rstrip("/")
        rows += [_item(agency, n, today, base) for n in range(ITEMS)]
    PublishedItem.objects.bulk_create(rows, batch_size=2000)
    _analyze()
    clear_caches()


def _item(agency, n: int, today: date, base: str):
    """Item ``n`` of a synthetic portal: 40% news, 30% procedures, 15%
    documents, 10% answers, 5% announcements; one in ten in English."""
    from django.utils import timezone

    from province.models import PublishedItem

    i = int(agency.code.removeprefix(PREFIX))
    slot = n % 20
    english = n % 10 == 9
    language = "en" if english else "vi"
    prefix = "/en" if english else ""
    day = today - timedelta(days=(i * 7 + n * 3) % 365)
    moment = timezone.make_aware(datetime.combine(day, datetime.min.time()))
    moment += timedelta(hours=7, minutes=(i + n) % 60)
    fields = {}
    if slot < 8:
        kind = PublishedItem.NEWS
        title = (NEWS_EN if english else NEWS)[n % (2 if english else len(NEWS))]
        path = f"{prefix}/tin-tuc/bai-{n}/"
        summary = f"{agency.name} – {title.lower()}."
    elif slot < 14:
        kind = PublishedItem.PROCEDURE
        k = (i + n) % len(FIELDS)
        sector_code, sector_name, field_code, field_name = FIELDS[k]
        title = PROCEDURES[k]
        code = f"1.{(i * 7919 + n) % 1000000:06d}"
        path = f"{prefix}/dich-vu-cong/thu-tuc/{code}/"
        summary = f"Thủ tục thuộc lĩnh vực {field_name}."
        fields = {
            "code": code,
            "sector_code": sector_code,
            "sector_name": sector_name,
            "field_code": field_code,
            "field_name": field_name,
            "level": LEVELS[n % len(LEVELS)],
        }
    elif slot < 17:
        kind = PublishedItem.DOCUMENT
        symbol, title = DOCUMENTS[n % len(DOCUMENTS)]
        path = f"{prefix}/van-ban/vb-{n}/"
        summary = title
        fields = {"code": f"{n + 1}/{symbol}"}
    elif slot < 19:
        kind = PublishedItem.ANSWER
        title = ANSWERS[n % len(ANSWERS)]
        path = f"{prefix}/hoi-dap/cau-{n}/"
        summary = "Trả lời của cơ quan về câu hỏi của công dân."
    else:
        kind = PublishedItem.ANNOUNCEMENT
        title = ANNOUNCEMENTS[n % len(ANNOUNCEMENTS)]
        path = f"{prefix}/thong-bao/{n}/"
        summary = title
        fields = {"expires_on": today + timedelta(days=30)}
    return PublishedItem(
        agency=agency,
        kind=kind,
        source_id=n + 1,
        translation_key=uuid.uuid4(),
        language=language,
        title=f"{title} ({i:03d}-{n})",
        summary=summary,
        path=path,
        url=base + path,
        date=day,
        published_at=moment,
        updated_at=moment,
        fingerprint=hashlib.sha256(f"{agency.code}:{kind}:{n}".encode()).hexdigest(),
        **fields,
    ).fold()


def measure(client, path: str) -> tuple[float, float, int, float, float, str]:
    """(median ms, p95 ms, SQL queries of one request, their time in ms, the
    slowest one's ms and its start) of ``path``."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for _ in range(WARMUP):
        response = client.get(path)
        assert response.status_code == 200, (path, response.status_code)
    timings = []
    for _ in range(REQUESTS):
        start = time.perf_counter()
        client.get(path)
        timings.append((time.perf_counter() - start) * 1000)
    with CaptureQueriesContext(connection) as queries:
        client.get(path)
    p95 = statistics.quantiles(timings, n=20)[18]
    spent = [(float(q["time"]) * 1000, q["sql"]) for q in queries.captured_queries]
    slowest = max(spent, default=(0.0, ""))
    return (
        statistics.median(timings),
        p95,
        len(queries),
        sum(ms for ms, _sql in spent),
        slowest[0],
        " ".join(slowest[1].split())[:70],
    )


def measure_after_write(client, path: str) -> float:
    """Median ms of ``path`` right after a write of the read model (each
    request preceded by a new token: the counts and choices computed, as the
    first request after every publish computes them)."""
    from province import facets

    timings = []
    for _ in range(max(REQUESTS // 3, 5)):
        facets.changed()
        start = time.perf_counter()
        client.get(path)
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def main() -> None:
    import django

    django.setup()
    from django.test import Client
    from django.utils import timezone

    from tenants.models import Agency

    province = Agency.objects.filter(code=PROVINCE).first()
    if province is None:
        print(f"Province pages: skipped, no portal «{PROVINCE}» (make demo first)")
        return
    host = province.primary_domain
    client = Client(HTTP_HOST=host)
    pages = {
        label: path
        for label, path in PAGES.items()
        if path == "/" or client.get(path).status_code == 200
    }
    skipped = [label for label in PAGES if label not in pages]
    today = timezone.localdate()
    leftovers = remove()
    results: dict[tuple[str, int], list[tuple[float, float, int]]] = {}
    after_write: dict[tuple[str, int], list[float]] = {}
    started = time.perf_counter()
    try:
        present = 0
        for _round in range(ROUNDS):
            for size in SIZES:
                if present > size:
                    remove()
                    present = 0
                if present < size:
                    add(province, present, size, today)
                    present = size
                for label, path in pages.items():
                    results.setdefault((label, size), []).append(measure(client, path))
                    if path != "/":
                        after_write.setdefault((label, size), []).append(
                            measure_after_write(client, path)
                        )
    finally:
        remove()
    elapsed = time.perf_counter() - started
    small, large = SIZES
    print(
        f"Province pages on {host}: {small} and {large} synthetic portals of "
        f"{ITEMS} items each ({REQUESTS} requests a page, best of {ROUNDS} "
        f"interleaved rounds; {elapsed:.0f} s"
        + (f"; {leftovers} leftover portals removed first" if leftovers else "")
        + ")"
    )
    for label in pages:
        best = {size: min(results[(label, size)]) for size in SIZES}
        ratio = best[large][0] / best[small][0]
        verdict = "ok" if ratio <= TARGET else "OVER"
        print(f"  {label}")
        for size in SIZES:
            median, p95, queries, sql, slow, _text = best[size]
            print(
                f"    {size:>3} portals  median {median:7.1f} ms   p95 {p95:7.1f} ms"
                f"   {queries:>3} queries, {sql:6.1f} ms of SQL"
                f" (slowest {slow:5.1f} ms)"
            )
        same = "equal" if best[small][2] == best[large][2] else "DIFFER"
        print(
            f"    cost at {large} / cost at {small}: {ratio:.2f}x "
            f"(target ≤ {TARGET}x: {verdict}); queries {same}"
        )
        if verdict != "ok":
            print(f"    slowest query at {large}: {best[large][5]}…")
        if (label, small) in after_write:
            first = {size: min(after_write[(label, size)]) for size in SIZES}
            print(
                f"    right after a write (counts and choices computed, not"
                f" cached): {first[small]:.1f} ms at {small}, {first[large]:.1f} ms"
                f" at {large} ({first[large] / first[small]:.2f}x)"
            )
    for label in skipped:
        print(f"  {label}: skipped, not served yet")
    print()


def run() -> None:
    """From bench/run.py: this module in a subprocess with DEBUG off (as the
    tenancy bench), so its figures are a production-like request's."""
    sys.stdout.flush()
    subprocess.run(  # noqa: S603 - our own script
        [sys.executable, str(Path(__file__).resolve())],
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "bench.tenancy_settings"},
        cwd=ROOT,
        check=True,
    )


if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.tenancy_settings")
    main()
