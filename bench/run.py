"""`make bench`: figures beside their baselines, measured in the same run.

1. Provisioning: seconds per portal when every migration is replayed, and on
   the fast path (clone of the migrated template + constraint-name repair).
2. Tenancy overhead: requests per second for one portal's home page with
   django-tenants routing, and for the same page on a single-tenant baseline.

Then the language sections, the procedures import (bench/imports.py), the
dashboard (bench/dashboard.py), the province's aggregated pages at 10 and
100 portals (bench/province.py), the search's judged queries on both
backends (bench/search_quality.py) and both backends at 100,000 items across
20 portals beside one portal (bench/search_scale.py).

Uses the development database (embedded PostgreSQL or DATABASE_URL); the
portals it creates for (1) are dropped again.
"""

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "aggov.settings.dev")

PORTALS_PER_METHOD = int(os.environ.get("BENCH_PORTALS", "3"))
REQUESTS = int(os.environ.get("BENCH_REQUESTS", "300"))


def bench_provisioning():
    """Both methods run the same provisioning steps; only schema creation differs.

    Outside provision_portal's transaction: replaying Wagtail's migrations
    cannot run inside one (which is one more reason the service clones).
    """
    from django.test import override_settings
    from django_tenants.utils import tenant_context

    from bench import portals
    from tenants import provisioning
    from tenants.schema_clone import ensure_template

    ensure_template()
    results = {}
    try:
        for method, fake in (("full migration", False), ("template clone", True)):
            timings = []
            for i in range(PORTALS_PER_METHOD):
                code = f"bench_{'clone' if fake else 'migrate'}_{i}"
                plan = provisioning.plan_portal(
                    portals.request(code, f"Sở Thử nghiệm {i}")
                )
                with override_settings(TENANT_CREATION_FAKES_MIGRATIONS=fake):
                    start = time.perf_counter()
                    agency = provisioning.create_agency(plan)
                    provisioning.create_domain(agency, plan.domain)
                    with tenant_context(agency):
                        home = provisioning.build_site(agency, plan.domain)
                        provisioning.create_groups(home)
                        provisioning.create_administrator(plan)
                    timings.append(time.perf_counter() - start)
            results[method] = timings
        timings = []
        for i in range(PORTALS_PER_METHOD):
            code = f"bench_service_{i}"
            start = time.perf_counter()
            provisioning.provision_portal(portals.request(code, f"Sở Dịch vụ thử {i}"))
            timings.append(time.perf_counter() - start)
        results["provision_portal (clone, checks, one transaction)"] = timings
    finally:
        portals.drop_all()
    return results


def bench_tenancy():
    from tenants.models import Agency

    agency = (
        Agency.objects.portals().filter(code="sotttt").first()
        or Agency.objects.portals().first()
    )
    host, schema = agency.primary_domain, agency.schema_name
    env = {**os.environ, "BENCH_SCHEMA": schema}
    runs = {"with tenancy": [], "single-tenant baseline": []}
    modules = {
        "with tenancy": "bench.tenancy_settings",
        "single-tenant baseline": "bench.single_tenant_settings",
    }
    for _round in range(2):  # interleaved, so drift hits both alike
        for label, module in modules.items():
            out = subprocess.run(
                [
                    sys.executable,
                    str(ROOT / "bench" / "page_throughput.py"),
                    host,
                    "/",
                    str(REQUESTS),
                ],
                env={**env, "DJANGO_SETTINGS_MODULE": module},
                capture_output=True,
                text=True,
                check=True,
                cwd=ROOT,
            )
            runs[label].append(float(out.stdout.strip().splitlines()[-1]))
    return host, {label: max(values) for label, values in runs.items()}


def bench_languages():
    """The Foreign Affairs portal's introduction in Vietnamese (the baseline),
    in English (a translation: switcher and hreflang look up translations),
    and in French (still a mirror of the Vietnamese page, with its notice)."""
    from django_tenants.utils import tenant_context
    from wagtail.models import Page

    from tenants.models import Agency

    agency = Agency.objects.portals().filter(code="songoaivu").first()
    if agency is None:
        return None, {}
    with tenant_context(agency):
        if not Page.objects.filter(slug="about-us", live=True).exists():
            # A demo database made before the demo translated it.
            return agency.primary_domain, {}
    pages = {
        "Vietnamese /gioi-thieu/ (baseline)": "/gioi-thieu/",
        "English translation /en/about-us/": "/en/about-us/",
        "French mirror /fr/gioi-thieu/": "/fr/gioi-thieu/",
    }
    runs = {label: [] for label in pages}
    for _round in range(2):
        for label, path in pages.items():
            out = subprocess.run(
                [
                    sys.executable,
                    str(ROOT / "bench" / "page_throughput.py"),
                    agency.primary_domain,
                    path,
                    str(REQUESTS),
                ],
                env={
                    **os.environ,
                    "BENCH_SCHEMA": agency.schema_name,
                    "DJANGO_SETTINGS_MODULE": "bench.tenancy_settings",
                },
                capture_output=True,
                text=True,
                check=True,
                cwd=ROOT,
            )
            runs[label].append(float(out.stdout.strip().splitlines()[-1]))
    return agency.primary_domain, {label: max(v) for label, v in runs.items()}


def main():
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate_platform", verbosity=0)
    print(f"Provisioning ({PORTALS_PER_METHOD} portals each, seconds per portal)")
    results = bench_provisioning()
    full = statistics.median(results["full migration"])
    fast = statistics.median(results["template clone"])
    for method, timings in results.items():
        print(
            f"  {method:<50} median {statistics.median(timings):6.2f} s   runs {', '.join(f'{t:.2f}' for t in timings)}"
        )
    print(f"  fast path is {full / fast:.1f}x faster")
    print()
    host, rates = bench_tenancy()
    base = rates["single-tenant baseline"]
    tenancy = rates["with tenancy"]
    print(f"Home page of {host}, {REQUESTS} requests x 3, best of 2 interleaved runs")
    print(f"  single-tenant baseline {base:8.1f} req/s")
    print(
        f"  with tenancy           {tenancy:8.1f} req/s   ({(tenancy / base - 1) * 100:+.1f}% vs baseline)"
    )
    print()
    host, rates = bench_languages()
    if not rates:
        print(f"Language sections of {host}: skipped, the demo has no English")
        print("  introduction yet (an older database: rm -rf var && make run)")
        print()
    else:
        print(f"Language sections of {host}, {REQUESTS} requests x 3, best of 2 runs")
        base = next(iter(rates.values()))
        for label, rate in rates.items():
            print(
                f"  {label:<38} {rate:8.1f} req/s   ({(rate / base - 1) * 100:+.1f}%)"
            )
        print()
    from bench import dashboard, imports, province, search_quality, search_scale

    imports.run()
    dashboard.run()
    province.run()  # the province's aggregated pages at 10 and 100 portals
    search_quality.run()  # the judged queries on PostgreSQL and Elasticsearch
    search_scale.run()  # both backends at 100,000 items across 20 portals


if __name__ == "__main__":
    main()
