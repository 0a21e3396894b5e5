from django.db import migrations

RULES = [
    # code, name, article, working days, counted from
    ("issuing_agency", "Văn bản trên cổng của cơ quan ban hành", "Điều 12.1c", 2, "ngày ban hành văn bản"),
    ("governed_agency", "Văn bản trên cổng của cơ quan chịu sự điều chỉnh", "Điều 12.1c", 10, "ngày ban hành văn bản"),
    ("dissemination", "Phổ biến, hướng dẫn pháp luật, chính sách", "Điều 12.1b", 15, "ngày ban hành luật, chính sách"),
    ("science", "Chương trình, đề tài khoa học", "Điều 12.1đ", 20, "ngày phê duyệt hoặc nghiệm thu"),
    ("statistics", "Số liệu thống kê", "Điều 12.1e", 10, "ngày thủ trưởng quyết định công bố"),
    ("qa", "Trả lời câu hỏi của công dân", "Điều 12.1d", 15, "ngày nhận câu hỏi"),
]


def add(apps, schema_editor):
    DeadlineRule = apps.get_model("deadlines", "DeadlineRule")
    for code, name, article, days, start in RULES:
        DeadlineRule.objects.update_or_create(
            code=code,
            defaults={"name": name, "article": article, "working_days": days, "starts_from": start},
        )


def remove(apps, schema_editor):
    apps.get_model("deadlines", "DeadlineRule").objects.filter(code__in=[r[0] for r in RULES]).delete()


class Migration(migrations.Migration):
    dependencies = [("deadlines", "0001_initial")]
    operations = [migrations.RunPython(add, remove)]
