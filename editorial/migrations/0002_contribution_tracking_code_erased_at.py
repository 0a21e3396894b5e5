"""Contributions get a tracking code (for erasure on request) and an erasure
date. Existing rows get a code each before the column becomes unique."""

from django.db import migrations, models

import editorial.models


def give_codes(apps, schema_editor):
    Contribution = apps.get_model("editorial", "Contribution")
    for contribution in Contribution.objects.filter(tracking_code__isnull=True):
        contribution.tracking_code = editorial.models.new_tracking_code()
        contribution.save(update_fields=["tracking_code"])


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="contribution",
            name="erased_at",
            field=models.DateTimeField(
                blank=True, null=True, verbose_name="đã xoá dữ liệu cá nhân lúc"
            ),
        ),
        migrations.AddField(
            model_name="contribution",
            name="tracking_code",
            field=models.CharField(max_length=20, null=True),
        ),
        migrations.RunPython(give_codes, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="contribution",
            name="tracking_code",
            field=models.CharField(
                default=editorial.models.new_tracking_code,
                max_length=20,
                unique=True,
                verbose_name="mã tiếp nhận",
            ),
        ),
    ]
