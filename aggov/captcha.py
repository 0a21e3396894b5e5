"""The captcha of every public form (questions, contributions): a small sum in
Vietnamese words, readable by screen readers, needing no third-party service.

The page carries only a random challenge id; the answer stays on the server, in
the portal's own schema (``qa.CaptchaChallenge``), so nothing in the HTML gives
it away. A challenge is deleted when it is answered, right or wrong, so a
replayed POST is refused and each challenge allows one guess. The database, not
the cache, holds it: with Redis down the public forms still work.
"""

from __future__ import annotations

import secrets
from datetime import timedelta

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

WORDS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]
MAX_AGE = timedelta(hours=1)


def _model():
    from qa.models import CaptchaChallenge

    return CaptchaChallenge


def challenge() -> tuple[str, str]:
    """A new challenge: (the question shown to the person, its id for the form)."""
    model = _model()
    a, b = secrets.randbelow(9) + 1, secrets.randbelow(9) + 1
    key = secrets.token_urlsafe(24)
    model.objects.create(key=key, answer=a + b)
    if secrets.randbelow(50) == 0:  # now and then, forget the abandoned ones
        purge()
    return f"{WORDS[a].capitalize()} cộng {WORDS[b]} bằng mấy? (nhập số)", key


def verify(key: str, answer: str) -> bool:
    """True once for the right answer to a live challenge; the challenge is used
    up whatever the answer (only one of two concurrent posts can delete it)."""
    model = _model()
    key = str(key or "")
    if not key or len(key) > 64 or "\x00" in key:
        return False
    row = model.objects.filter(key=key).first()
    if row is None:
        return False
    if model.objects.filter(pk=row.pk).delete()[0] != 1:
        return False  # a concurrent request used it first
    if row.created_at < timezone.now() - MAX_AGE:
        return False
    return str(answer or "").strip() == str(row.answer)


def purge() -> int:
    """Delete challenges older than their lifetime; returns how many."""
    limit = timezone.now() - MAX_AGE
    return _model().objects.filter(created_at__lt=limit).delete()[0]


class CaptchaMixin(forms.Form):
    """Adds the captcha to a form. Each rendering of the form carries a new
    challenge: the one posted was used up, whether the form was valid or not."""

    captcha_answer = forms.CharField(label="", max_length=3, required=False)
    captcha_id = forms.CharField(widget=forms.HiddenInput, required=False)
    captcha_error = _("Kết quả phép tính chưa đúng.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            text, key = challenge()
            self.initial["captcha_id"] = key
            self.fields["captcha_answer"].label = text

    def clean(self):
        cleaned = super().clean()
        if not verify(
            self.data.get("captcha_id", ""), self.data.get("captcha_answer", "")
        ):
            self.add_error("captcha_answer", self.captcha_error)
        return cleaned

    def full_clean(self):
        super().full_clean()
        if self.is_bound and self._errors:
            # Shown again: with a new challenge and an empty answer.
            text, key = challenge()
            self.fields["captcha_answer"].label = text
            data = self.data.copy()
            data["captcha_id"] = key
            data["captcha_answer"] = ""
            self.data = data
