"""A Django pre-publish hook: a `pre_save` signal that refuses to publish an article while
`copydesk serve` finds errors in it. Settings: COPYDESK_URL (default http://127.0.0.1:8080),
COPYDESK_TOKEN. Adapt `Article`, `body`, `slug`, `is_published` and `published_at` to your model.
"""
import json
import logging
import urllib.error
import urllib.request

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models.signals import pre_save
from django.dispatch import receiver

from newsroom.models import Article  # your model

log = logging.getLogger(__name__)


def copydesk_errors(article):
    """The error-level findings for the article's body, or [] when Copydesk cannot be reached."""
    body = json.dumps({
        "text": article.body,
        "format": "markdown",
        "path": f"articles/{article.slug}.md",
        "referenceDate": article.published_at.isoformat() if article.published_at else None,
        "minLevel": "error",
    }).encode()
    headers = {"Content-Type": "application/json"}
    if getattr(settings, "COPYDESK_TOKEN", None):
        headers["Authorization"] = f"Bearer {settings.COPYDESK_TOKEN}"
    url = getattr(settings, "COPYDESK_URL", "http://127.0.0.1:8080") + "/v1/check"
    try:
        with urllib.request.urlopen(urllib.request.Request(url, data=body, headers=headers), timeout=5) as response:
            report = json.load(response)
    except (urllib.error.URLError, TimeoutError) as error:
        log.warning("copydesk: check skipped: %s", error)  # publish rather than block the desk
        return []
    return [r for r in report["results"] if r["level"] == "error" and not r["suppressed"]]


@receiver(pre_save, sender=Article)
def check_before_publishing(sender, instance, **kwargs):
    if not instance.is_published:
        return
    errors = copydesk_errors(instance)
    if errors:
        raise ValidationError([f"line {r['line']}: {r['message']} [{r['rule']}]" for r in errors])
