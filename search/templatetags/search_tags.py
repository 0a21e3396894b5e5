"""``{% search_box %}``: the header's search form, on a portal's host only
(the console and unknown hosts have no search; the console's pages name an
agency in their context, so the host's tenant decides, not ``agency``)."""

from django import template
from django.conf import settings

register = template.Library()


@register.inclusion_tag("navigation/search_box.html", takes_context=True)
def search_box(context):
    request = context.get("request")
    tenant = getattr(request, "tenant", None)
    shown = tenant is not None and tenant.schema_name != settings.PUBLIC_SCHEMA_NAME
    return {"shown": shown, "q": context.get("q", "")}
