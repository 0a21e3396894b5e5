"""The image model of every portal.

Custom from the first migration (Wagtail's advice): the credit line that
official news photos carry can live on the image, and later fields need no
model swap across every agency schema. Files are stored per agency
(MEDIA_ROOT/<schema>/, see settings.STORAGES).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition, Image


class PortalImage(AbstractImage):
    """An image uploaded to one portal's library."""

    credit = models.CharField(
        _("nguồn ảnh"),
        max_length=255,
        blank=True,
        help_text=_(
            "Tác giả hoặc nguồn của ảnh, hiển thị dưới ảnh (ví dụ: Ảnh: Thanh Tùng)."
        ),
    )

    admin_form_fields = Image.admin_form_fields + ("credit",)

    class Meta(AbstractImage.Meta):
        verbose_name = _("hình ảnh")
        verbose_name_plural = _("hình ảnh")


class PortalRendition(AbstractRendition):
    """A resized copy of a PortalImage."""

    image = models.ForeignKey(
        PortalImage, on_delete=models.CASCADE, related_name="renditions"
    )

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
