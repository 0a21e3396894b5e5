"""The kinds of agency of Decision 03/2017/QĐ-UBND, with their domain rules (Art. 7).

Data, not code: operators may add or change kinds later.
"""

from django.db import migrations

KINDS = [
    # code, name, plural, style, prefix, fixed label, stripped prefixes, order
    ("province", "Cổng tỉnh", "Cổng thông tin điện tử tỉnh", "base", "", "",
     "Ủy ban nhân dân\nUỷ ban nhân dân\nUBND\ntỉnh", 10),
    ("ppc_office", "Văn phòng UBND tỉnh", "Văn phòng Ủy ban nhân dân tỉnh", "fixed", "",
     "vpubnd", "", 20),
    ("department", "Sở", "Các sở, ngành", "abbreviate", "so", "", "Sở", 30),
    ("board", "Ban", "Các ban", "abbreviate", "ban", "", "Ban", 40),
    ("district", "Cấp huyện", "Ủy ban nhân dân cấp huyện", "full", "", "",
     "Ủy ban nhân dân\nUỷ ban nhân dân\nUBND\nthành phố\nthị xã\nhuyện", 50),
]


def add_kinds(apps, schema_editor):
    AgencyKind = apps.get_model("tenants", "AgencyKind")
    for code, name, plural, style, prefix, fixed, strip, order in KINDS:
        AgencyKind.objects.update_or_create(
            code=code,
            defaults={
                "name": name,
                "name_plural": plural,
                "domain_style": style,
                "domain_prefix": prefix,
                "fixed_label": fixed,
                "strip_prefixes": strip,
                "sort_order": order,
            },
        )


def remove_kinds(apps, schema_editor):
    apps.get_model("tenants", "AgencyKind").objects.filter(
        code__in=[k[0] for k in KINDS]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("tenants", "0001_initial")]
    operations = [migrations.RunPython(add_kinds, remove_kinds)]
