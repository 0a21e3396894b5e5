"""``manage.py search_rebuild [--portal CODE]``: rebuild the search index of
one portal (or several, or all), each in its own schema: another portal's
index is never touched.

The province-wide search follows: with ``--portal``, that portal's items of
the province index are replaced (Elasticsearch; the others' are untouched);
without, the whole province-wide search is rebuilt from the read model (its
folded columns checked, the province index swapped). ``--province`` does only
the latter."""

from django.core.management.base import BaseCommand, CommandError

from search import province, sync
from tenants.models import Agency


class Command(BaseCommand):
    help = (
        "Dựng lại chỉ mục tìm kiếm của một cổng (--portal MÃ, lặp lại để chọn nhiều "
        "cổng) hoặc của mọi cổng."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--portal",
            action="append",
            dest="portals",
            metavar="CODE",
            help="Mã cổng (lặp lại để chọn nhiều cổng); mặc định: mọi cổng.",
        )
        parser.add_argument(
            "--province",
            action="store_true",
            help="Chỉ dựng lại tìm kiếm toàn tỉnh (từ dữ liệu tổng hợp).",
        )

    def handle(self, *args, portals=None, **options):
        if options.get("province"):
            return self._province()
        codes = None
        if portals:
            codes = [code.strip() for code in portals]
            known = set(
                Agency.objects.portals()
                .filter(code__in=codes)
                .values_list("code", flat=True)
            )
            unknown = [code for code in codes if code not in known]
            if unknown:
                raise CommandError(
                    "Không có cổng mang mã: "
                    + ", ".join(f"«{code}»" for code in unknown)
                    + " (unknown portal code)."
                )
        done = sync.rebuild_portals(codes)
        for schema, count in sorted(done.items()):
            self.stdout.write(f"{schema:<24}{count:>8} mục")
        self.stdout.write(f"Đã dựng lại chỉ mục của {len(done)} cổng.")
        if codes is None:
            self._province()
        else:
            for agency in Agency.objects.portals().filter(code__in=codes):
                count = province.replace_agency(agency)
                self.stdout.write(
                    f"Toàn tỉnh: {count} mục của {agency.schema_name} đã gửi lại."
                )

    def _province(self):
        done = province.rebuild()
        self.stdout.write(
            f"Tìm kiếm toàn tỉnh: {done['refolded']} mục gấp lại, "
            f"{done['indexed']} mục vào chỉ mục Elasticsearch."
        )
