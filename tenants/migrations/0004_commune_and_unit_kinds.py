"""Two more kinds of agency: a department's subordinate unit and the commune
level (Art. 4.2–4.3: a department portal covers its units, a district portal
its communes, wards and towns). Art. 7 names no domain for them: the full
unaccented name, which an operator overrides where two communes share a name.
"""

from django.db import migrations

KINDS = [
    # code, name, plural, style, prefix, fixed label, stripped prefixes, order
    ("unit", "Đơn vị trực thuộc sở", "Các đơn vị trực thuộc", "full", "", "",
     "Chi cục\nTrung tâm", 35),
    ("commune", "Cấp xã", "Ủy ban nhân dân cấp xã", "full", "", "",
     "Ủy ban nhân dân\nUỷ ban nhân dân\nUBND\nxã\nphường\nthị trấn", 60),
]


def add_kinds(apps, schema_editor):
    AgencyKind = apps.get_model("tenants", "AgencyKind")
    for code, name, plural, style, prefix, fixed, strip, order in KINDS:
        AgencyKind.objects.get_or_create(
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
    AgencyKind = apps.get_model("tenants", "AgencyKind")
    AgencyKind.objects.filter(
        code__in=[k[0] for k in KINDS], agencies__isnull=True
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("tenants", "0003_alter_agency_options")]

    operations = [migrations.RunPython(add_kinds, remove_kinds)]
