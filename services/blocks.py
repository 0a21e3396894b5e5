"""The structured parts of a procedure, as StreamFields: steps per case,
channels with their processing times and fees, dossier components per case,
results and legal bases.

Each stream also accepts an ``original`` block: the national text as it came,
kept where the importer could not take it apart (the NPSP pages flatten their
tables to text), so nothing the citizen needs is lost.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

DIRECT = "direct"
ONLINE = "online"
POSTAL = "postal"
#: Channels, with the national exchange's KENH codes (1, 2, 3).
CHANNEL_CHOICES = [
    (DIRECT, _("Trực tiếp")),
    (ONLINE, _("Trực tuyến")),
    (POSTAL, _("Dịch vụ bưu chính")),
]
CHANNEL_CODES = {"1": DIRECT, "2": ONLINE, "3": POSTAL}

WORKING_DAYS = "working_days"
DAYS = "days"
HOURS = "hours"
TIME_UNIT_CHOICES = [
    (WORKING_DAYS, _("ngày làm việc")),
    (DAYS, _("ngày")),
    (HOURS, _("giờ")),
    ("months", _("tháng")),
    ("years", _("năm")),
]


class OriginalTextBlock(blocks.TextBlock):
    class Meta:
        label = _("Nguyên văn (chưa tách được)")
        icon = "doc-full"


class StepsCaseBlock(blocks.StructBlock):
    case = blocks.CharBlock(
        label=_("Trường hợp"),
        required=False,
        max_length=500,
        help_text=_("Để trống nếu chỉ có một trường hợp."),
    )
    steps = blocks.ListBlock(blocks.TextBlock(label=_("Bước")), label=_("Các bước"))

    class Meta:
        label = _("Trình tự")
        icon = "list-ol"


class StepsBlock(blocks.StreamBlock):
    case = StepsCaseBlock()
    original = OriginalTextBlock()


class FeeBlock(blocks.StructBlock):
    amount = blocks.DecimalBlock(
        label=_("Số tiền"), required=False, min_value=0, decimal_places=0, max_digits=15
    )
    unit = blocks.CharBlock(
        label=_("Đơn vị"), required=False, max_length=50, default="Đồng"
    )
    description = blocks.TextBlock(label=_("Mô tả"), required=False)

    class Meta:
        label = _("Phí, lệ phí")


class TimeBlock(blocks.StructBlock):
    amount = blocks.DecimalBlock(
        label=_("Thời hạn"), required=False, min_value=0, decimal_places=2, max_digits=8
    )
    # Not required: the national portal prints some times with no unit
    # ("Trực tuyến7Miễn phí"); the importer keeps the number and leaves the
    # unit blank rather than guess days or working days.
    unit = blocks.ChoiceBlock(
        choices=TIME_UNIT_CHOICES,
        label=_("Đơn vị"),
        default=WORKING_DAYS,
        required=False,
    )
    description = blocks.TextBlock(label=_("Mô tả"), required=False)
    fees = blocks.ListBlock(FeeBlock(), label=_("Phí, lệ phí"), default=[])

    class Meta:
        label = _("Thời hạn giải quyết")


class ChannelBlock(blocks.StructBlock):
    channel = blocks.ChoiceBlock(choices=CHANNEL_CHOICES, label=_("Hình thức nộp"))
    times = blocks.ListBlock(TimeBlock(), label=_("Thời hạn và phí"))

    class Meta:
        label = _("Cách thức thực hiện")
        icon = "mail"


class ChannelsBlock(blocks.StreamBlock):
    channel = ChannelBlock()
    original = OriginalTextBlock()


class DossierDocumentBlock(blocks.StructBlock):
    name = blocks.TextBlock(label=_("Tên giấy tờ"))
    originals = blocks.IntegerBlock(
        label=_("Bản chính"), min_value=0, max_value=1000, required=False
    )
    copies = blocks.IntegerBlock(
        label=_("Bản sao"), min_value=0, max_value=1000, required=False
    )
    form_name = blocks.CharBlock(
        label=_("Mẫu đơn, tờ khai"), required=False, max_length=500
    )
    form_url = blocks.URLBlock(label=_("Địa chỉ tải mẫu"), required=False)
    form_document = DocumentChooserBlock(label=_("Tệp mẫu trên cổng"), required=False)

    class Meta:
        label = _("Giấy tờ")


class DossierCaseBlock(blocks.StructBlock):
    case = blocks.CharBlock(label=_("Trường hợp"), required=False, max_length=500)
    documents = blocks.ListBlock(DossierDocumentBlock(), label=_("Giấy tờ"))

    class Meta:
        label = _("Thành phần hồ sơ")
        icon = "folder-open-inverse"


class DossierBlock(blocks.StreamBlock):
    case = DossierCaseBlock()
    original = OriginalTextBlock()


class ResultBlock(blocks.StructBlock):
    code = blocks.CharBlock(label=_("Mã kết quả"), required=False, max_length=60)
    name = blocks.TextBlock(label=_("Tên kết quả"))

    class Meta:
        label = _("Kết quả")
        icon = "tick"


class ResultsBlock(blocks.StreamBlock):
    result = ResultBlock()
    original = OriginalTextBlock()


class LegalBasisBlock(blocks.StructBlock):
    number = blocks.CharBlock(label=_("Số, ký hiệu"), required=False, max_length=80)
    title = blocks.TextBlock(label=_("Tên văn bản"))

    class Meta:
        label = _("Căn cứ pháp lý")
        icon = "doc-full"


class LegalBasesBlock(blocks.StreamBlock):
    basis = LegalBasisBlock()
    original = OriginalTextBlock()
