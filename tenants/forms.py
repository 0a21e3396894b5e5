"""The operator console's form for a new portal."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Agency, AgencyKind


class PortalForm(forms.Form):
    name = forms.CharField(label=_("Tên cơ quan"), max_length=255)
    kind = forms.ModelChoiceField(
        label=_("Loại cơ quan"), queryset=AgencyKind.objects.all(), to_field_name="code"
    )
    parent = forms.ModelChoiceField(
        label=_("Cơ quan cấp trên"),
        queryset=Agency.objects.portals(),
        to_field_name="code",
        required=False,
    )
    code = forms.CharField(
        label=_("Mã cơ quan"),
        max_length=63,
        required=False,
        help_text=_("Để trống để lấy theo tên miền."),
    )
    domain_override = forms.CharField(
        label=_("Tên miền chỉ định"),
        max_length=63,
        required=False,
        help_text=_(
            "Để trống để dùng tên miền theo Điều 7 Quyết định 03/2017/QĐ-UBND."
        ),
    )
    domain_override_reason = forms.CharField(
        label=_("Lý do chỉ định tên miền"), max_length=255, required=False
    )
    decision_number = forms.CharField(label=_("Số quyết định"), max_length=60)
    decision_date = forms.DateField(
        label=_("Ngày quyết định"), widget=forms.DateInput(attrs={"type": "date"})
    )
    address = forms.CharField(label=_("Địa chỉ"), max_length=255, required=False)
    phone = forms.CharField(label=_("Điện thoại"), max_length=60, required=False)
    email = forms.EmailField(label=_("Thư điện tử"), required=False)
    admin_username = forms.CharField(
        label=_("Tên đăng nhập quản trị"), max_length=150, initial="quantri"
    )
    admin_email = forms.EmailField(label=_("Thư điện tử quản trị"), required=False)
