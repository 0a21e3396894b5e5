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


class AgencyKindForm(forms.ModelForm):
    """A kind of agency and its domain rule (Art. 7), editable by operators."""

    class Meta:
        model = AgencyKind
        fields = [
            "code",
            "name",
            "name_plural",
            "domain_style",
            "domain_prefix",
            "fixed_label",
            "strip_prefixes",
            "abbreviate_from",
            "sort_order",
        ]
        widgets = {"strip_prefixes": forms.Textarea(attrs={"rows": 4})}


class AgencyForm(forms.ModelForm):
    """What an operator may change on a portal after it exists."""

    class Meta:
        model = Agency
        fields = [
            "name",
            "parent",
            "decision_number",
            "decision_date",
            "description",
            "address",
            "phone",
            "email",
            "responsible",
            "status",
        ]
        widgets = {
            "decision_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["parent"].queryset = Agency.objects.portals().exclude(
            pk=self.instance.pk
        )

    def clean(self):
        from vietnamese import nfc

        cleaned = super().clean()
        for name, value in cleaned.items():
            if isinstance(value, str):
                cleaned[name] = nfc(value.strip())
        return cleaned


class DomainMoveForm(forms.Form):
    label = forms.CharField(label=_("Tên miền mới"), max_length=63)
    reason = forms.CharField(label=_("Lý do chuyển"), max_length=255)

    def __init__(self, *args, **kwargs):
        from django.conf import settings

        super().__init__(*args, **kwargs)
        self.fields["label"].help_text = _(
            "Phần trước .%(base)s; tên miền cũ vẫn chạy song song 3 tháng (Điều 29)."
        ) % {"base": settings.PORTAL_BASE_DOMAIN}
