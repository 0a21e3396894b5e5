"""Settings that the known traps of the stack depend on."""

from django.conf import settings


def test_every_cache_alias_uses_the_tenant_key_function():
    for alias, config in settings.CACHES.items():
        assert config.get("KEY_FUNCTION") == "django_tenants.cache.make_key", alias


def test_wagtail_and_content_apps_are_tenant_apps_and_the_registry_is_shared():
    assert "tenants" in settings.SHARED_APPS and "tenants" not in settings.TENANT_APPS
    for app in ("wagtail", "home", "images", "wagtail.images"):
        assert app in settings.TENANT_APPS and app not in settings.SHARED_APPS
    assert settings.AUTH_USER_MODEL == "accounts.User"
    assert settings.WAGTAILIMAGES_IMAGE_MODEL == "images.PortalImage"
