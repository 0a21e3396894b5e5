"""Throw-away portals for the benchmarks (codes start with ``bench_``)."""


def request(code: str, name: str):
    """A provisioning request for a benchmark portal under its own domain."""
    from tenants.provisioning import PortalRequest

    return PortalRequest(
        name=name,
        kind="department",
        code=code,
        domain_override=code.replace("_", "-"),
        domain_override_reason="benchmark",
        admin_password="Bench-Password-2026",
        decision_number="1/QĐ-BENCH",
    )


def drop_all() -> None:
    """Remove every benchmark portal, schema included."""
    from django.db import connection

    from tenants.models import Agency

    connection.set_schema_to_public()
    for agency in Agency.objects.filter(code__startswith="bench_"):
        agency.delete(force_drop=True)
