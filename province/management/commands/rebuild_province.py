"""``manage.py rebuild_province [--portal CODE]``: compare the province's read
model with each portal's schema and repair it, printing the counts."""

from django.core.management.base import BaseCommand, CommandError

from province import sync
from tenants.models import Agency

COLUMNS = ("added", "updated", "removed", "unchanged")
HEADINGS = {
    "added": "thêm",
    "updated": "cập nhật",
    "removed": "xoá",
    "unchanged": "giữ nguyên",
}


class Command(BaseCommand):
    help = (
        "Đối chiếu dữ liệu tổng hợp của cổng tỉnh với từng cổng thành phần và sửa "
        "chỗ sai lệch (mọi cổng, hoặc một cổng với --portal)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--portal",
            action="append",
            dest="portals",
            metavar="CODE",
            help="Mã cổng (lặp lại để chọn nhiều cổng); mặc định: mọi cổng.",
        )

    def handle(self, *args, portals=None, **options):
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
        run = sync.reconcile_portals(codes, trigger="command")
        heading = "  ".join(f"{HEADINGS[name]:>10}" for name in COLUMNS)
        self.stdout.write(f"{'cổng':<24}{heading}")
        for schema, counts in sorted(run.counts.items()):
            self.stdout.write(self._line(schema, counts))
        self.stdout.write(self._line("TỔNG", sync.totals(run.counts)))
        for schema, error in sorted(run.errors.items()):
            self.stderr.write(f"Lỗi ở cổng {schema}: {error}")
        if run.errors:
            raise CommandError(
                f"{len(run.errors)} cổng không đối chiếu được (lần đối chiếu #{run.pk})."
            )

    @staticmethod
    def _line(label, counts):
        return f"{label:<24}" + "  ".join(
            f"{counts.get(name, 0):>10}" for name in COLUMNS
        )
