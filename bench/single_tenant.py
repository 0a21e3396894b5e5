"""Middleware of the single-tenant baseline: one agency, loaded once."""

import os


class FixedAgencyMiddleware:
    def __init__(self, get_response):
        from tenants.models import Agency

        self.get_response = get_response
        self.agency = Agency.objects.get(schema_name=os.environ["BENCH_SCHEMA"])

    def __call__(self, request):
        request.tenant = self.agency
        return self.get_response(request)
