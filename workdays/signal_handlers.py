from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from .calendar import forget_overrides
from .models import CalendarDay


@receiver([post_save, post_delete], sender=CalendarDay)
def calendar_changed(sender, **kwargs):
    forget_overrides()
