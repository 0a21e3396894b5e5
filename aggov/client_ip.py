"""The client's address: one function for django-axes and every rate limit.

Behind the reverse proxy the README prescribes, ``REMOTE_ADDR`` is the proxy's
address for every request, so lockouts and rate limits keyed on it would lump
every citizen together. ``TRUSTED_PROXIES`` (settings, from the environment)
lists the proxies' addresses or ranges. Only when the request comes from one
of them is ``X-Forwarded-For`` read, from the right: each hop a trusted proxy
appended is skipped, and the first address no trusted proxy vouches for is the
client. Whatever a client writes itself into the header stands to the left of
that and is never believed.
"""

from __future__ import annotations

import ipaddress
from functools import lru_cache

from django.conf import settings

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


@lru_cache(maxsize=8)
def _networks(spec: tuple[str, ...]) -> tuple[Network, ...]:
    return tuple(ipaddress.ip_network(item, strict=False) for item in spec)


def trusted_networks() -> tuple[Network, ...]:
    """The trusted proxies of the settings, parsed once."""
    return _networks(tuple(getattr(settings, "TRUSTED_PROXIES", ()) or ()))


def _address(text: str):
    """An IP address from a header item, or None (ports and brackets dropped)."""
    text = text.strip().strip('"')
    if text.startswith("["):  # [2001:db8::1]:443
        text = text[1:].split("]", 1)[0]
    elif text.count(":") == 1:  # 203.0.113.7:51234
        text = text.split(":", 1)[0]
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        return None


def _is_trusted(address, networks) -> bool:
    if address is None:
        return False
    if getattr(address, "ipv4_mapped", None):
        address = address.ipv4_mapped
    return any(address in network for network in networks)


def client_ip(request) -> str:
    """The address of the client that sent ``request``, as a string.

    Without trusted proxies (the default, and a bare ``make run``) this is
    ``REMOTE_ADDR``.
    """
    remote = _address(request.META.get("REMOTE_ADDR", ""))
    if remote is None:
        return ""
    networks = trusted_networks()
    if not networks or not _is_trusted(remote, networks):
        return str(remote)
    client = remote
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    for item in reversed(forwarded.split(",")):
        hop = _address(item)
        if hop is None:
            # Garbage in the header: nothing to its left can be believed.
            break
        client = hop
        if not _is_trusted(hop, networks):
            break
    return str(client)
