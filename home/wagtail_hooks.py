from wagtail.snippets.models import register_snippet

from .models import Announcement

register_snippet(Announcement)
