"""StreamField blocks of the portal's standard and news pages."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock


class HeadingBlock(blocks.StructBlock):
    """A sub-heading inside an article (rendered as h2, keeping the outline)."""

    text = blocks.CharBlock(label=_("Tiêu đề mục"), max_length=255)

    class Meta:
        icon = "title"
        label = _("Tiêu đề mục")
        template = "components/blocks/heading_block.html"


class ImageBlock(blocks.StructBlock):
    """A photo with its caption; the alternative text is required (WCAG 1.1.1)."""

    image = ImageChooserBlock(label=_("Ảnh"))
    alt_text = blocks.CharBlock(
        label=_("Mô tả ảnh cho người khiếm thị"),
        help_text=_("Mô tả ngắn nội dung ảnh, đọc bởi trình đọc màn hình."),
    )
    caption = blocks.CharBlock(label=_("Chú thích"), required=False)

    class Meta:
        icon = "image"
        label = _("Ảnh")
        template = "components/blocks/image_block.html"


class BodyBlock(blocks.StreamBlock):
    """The body of an article: paragraphs, sub-headings and photos."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Đoạn văn"),
        features=["bold", "italic", "link", "ol", "ul", "document-link"],
        template="components/blocks/paragraph_block.html",
    )
    image = ImageBlock()
