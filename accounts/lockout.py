"""Sign-in lockout that a stranger cannot turn against the staff (Art. 10.3).

django-axes compares one failure count with one limit. Two limits are needed:

- the pair (account, client address) is locked after ``AXES_FAILURE_LIMIT``
  failures (5): someone guessing a password from one address stops there,
  while the account's owner, signing in from another address, is not touched;
- the account alone is locked after ``AXES_ACCOUNT_FAILURE_LIMIT`` failures
  (20) from any addresses, so guessing spread over many addresses stops too.

There is no address-only lockout: behind a shared proxy or NAT, one address is
every staff member of an office.

Failures while a pair is already locked are not counted
(``AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False``): one address brings
at most ``AXES_FAILURE_LIMIT`` failures to the account's count, so locking an
account needs ``AXES_ACCOUNT_FAILURE_LIMIT / AXES_FAILURE_LIMIT`` (4) addresses.

A successful sign-in clears only its own pair, not the failures from other
addresses: the owner signing in must not reset a stranger's count.

The address is ``aggov.client_ip.client_ip`` (``AXES_CLIENT_IP_CALLABLE``).
"""

from __future__ import annotations

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username, get_failure_limit
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Sum


class PairAndAccountHandler(AxesDatabaseHandler):
    """axes' database handler with a per-pair and a per-account limit."""

    def _attempts(self, request, credentials):
        username = get_client_username(request, credentials)
        attempts = AccessAttempt.objects.filter(username=username)
        if settings.AXES_COOLOFF_TIME is not None:
            from axes.attempts import get_cool_off_threshold

            attempts = attempts.filter(
                attempt_time__gte=get_cool_off_threshold(request)
            )
        return attempts

    @staticmethod
    def _sum(attempts) -> int:
        return attempts.aggregate(n=Sum("failures_since_start"))["n"] or 0

    def get_failures(self, request, credentials=None) -> int:
        """The pair's failures, or the limit itself once the account's are spent.

        axes compares this one number with ``AXES_FAILURE_LIMIT``.
        """
        attempts = self._attempts(request, credentials)
        pair = self._sum(attempts.filter(ip_address=request.axes_ip_address))
        if self._sum(attempts) >= settings.AXES_ACCOUNT_FAILURE_LIMIT:
            return max(pair, get_failure_limit(request, credentials))
        return pair

    def reset_user_attempts(self, request, credentials=None) -> int:
        """On success: forget the failures of this account from this address."""
        username = get_client_username(request, credentials)
        count, _ = AccessAttempt.objects.filter(
            username=username, ip_address=request.axes_ip_address
        ).delete()
        return count
