"""Settings every environment shares.

``dev.py``, ``test.py`` and ``production.py`` change only what differs. Every
secret and address comes from the environment (see ``.env.example``).
"""

from __future__ import annotations

import ipaddress
import os
from pathlib import Path

import dj_database_url
from celery.schedules import crontab
from csp.constants import NONE, SELF, UNSAFE_EVAL, UNSAFE_INLINE
from django.core.exceptions import ImproperlyConfigured
from django.utils.functional import lazy


def _current_portal_url() -> str:
    from tenants.models import current_portal_url

    return current_portal_url()


BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


# --- Tenancy ---------------------------------------------------------------
# django-tenants: the public schema holds the agency registry (SHARED_APPS);
# every agency's schema holds Wagtail and the content apps (TENANT_APPS).
# https://django-tenants.readthedocs.io/en/latest/install.html
SHARED_APPS = [
    "django_tenants",
    "tenants",
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "accounts",  # operators of the DIC live in the public schema
    "axes",  # sign-in lockout, per schema
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "workdays",  # the working-day calendar, one for every portal
    "deadlines",  # Art. 12 deadline rules, one table for every portal
    "province",  # what crosses agencies: distributed documents
    "demo",  # `manage.py seed_demo`: no models
    "vietnamese",  # text helpers, the html_lang filter, compile_catalogues: no models
]

TENANT_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "accounts",  # each agency's staff live in its own schema
    "axes",  # failed sign-ins and lockouts, per agency
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "accounts.wagtail_users.PortalUsersAppConfig",  # wagtail.users + decision fields
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales (per-portal locales)
    "modelcluster",
    "taggit",
    "images",
    "home",
    "documents",
    "qa",
    "services",  # procedures catalogue, usage, dossiers (Art. 14)
    "editorial",
    "outbox",  # side effects written with the change, delivered by a worker
    "search",  # the portal's search index (issue 14)
]

INSTALLED_APPS = list(SHARED_APPS) + [a for a in TENANT_APPS if a not in SHARED_APPS]

TENANT_MODEL = "tenants.Agency"
TENANT_DOMAIN_MODEL = "tenants.Domain"
PUBLIC_SCHEMA_NAME = "public"
PUBLIC_SCHEMA_URLCONF = "aggov.urls_public"
ROOT_URLCONF = "aggov.urls_tenants"

# New portals are cloned from a migrated template schema (about 1 s instead of
# replaying every migration, 8-10 s). tenants.schema_clone keeps the template
# migrated and repairs the constraint names the clone function changes.
TENANT_BASE_SCHEMA = "portal_template"
TENANT_CREATION_FAKES_MIGRATIONS = True

# Issue `SET search_path` once per connection and tenant switch, not on every
# cursor. Unsafe behind PgBouncer in transaction mode: see README.
TENANT_LIMIT_SET_CALLS = True

# An unknown host gets a plain 404 page that needs no Wagtail table.
DEFAULT_NOT_FOUND_TENANT_VIEW = "tenants.views.unknown_host"

DATABASE_ROUTERS = ["django_tenants.routers.TenantSyncRouter"]

# --- Portal domains (Art. 7 of Decision 03/2017/QĐ-UBND) --------------------
# Component portals are <label>.<PORTAL_BASE_DOMAIN>; the province is the base
# domain itself.
PORTAL_BASE_DOMAIN = os.environ.get("PORTAL_BASE_DOMAIN", "angiang.gov.vn")
# The DIC's operator console answers on this host (the public schema).
PORTAL_CONSOLE_DOMAIN = os.environ.get(
    "PORTAL_CONSOLE_DOMAIN", f"quantri.{PORTAL_BASE_DOMAIN}"
)
# How portals link to each other (province home page, emails, Wagtail Sites).
PORTAL_URL_SCHEME = os.environ.get("PORTAL_URL_SCHEME", "https")
PORTAL_PORT = int(os.environ.get("PORTAL_PORT", "443"))

# --- Core ------------------------------------------------------------------
SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = [
    h.strip() for h in os.environ.get("ALLOWED_HOSTS", "").split(",") if h.strip()
]

MIDDLEWARE = [
    # Before the agency is looked up: the HTTPS redirect, HSTS and the CSP
    # also cover the pages AgencyMiddleware answers itself (unknown host,
    # suspended portal).
    "django.middleware.security.SecurityMiddleware",
    "aggov.csp.PortalCSPMiddleware",  # Content-Security-Policy (see below)
    "tenants.middleware.AgencyMiddleware",
    # Before anything reads the body (the NFC middleware, CSRF): views with a
    # body limit refuse a larger request before it is parsed or spooled.
    "aggov.body_limit.BodyLimitMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # NUL in a path, query or posted field: a 400 page, before any view.
    "aggov.bad_input.RefuseNulMiddleware",
    "vietnamese.middleware.NfcMiddleware",  # submitted text stored as NFC
    "django.contrib.sessions.middleware.SessionMiddleware",
    "tenants.middleware.PortalLocaleMiddleware",  # Django's; the console stays vi
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "accounts.middleware.PasswordExpiryMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "tenants.middleware.TenantRedirectMiddleware",
    # Last, as django-axes asks: it turns a lockout into the lockout page.
    "axes.middleware.AxesMiddleware",
]

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "tenants.context_processors.agency",
            ],
        },
    },
]

# Reverse proxies in front of the app servers (addresses or ranges, comma
# separated): only requests from these have their X-Forwarded-For read, from
# the right, to find the client (aggov.client_ip, used by django-axes and every
# rate limit). Empty: REMOTE_ADDR is the client.
TRUSTED_PROXIES = [
    p.strip() for p in os.environ.get("TRUSTED_PROXIES", "").split(",") if p.strip()
]
for _proxy in TRUSTED_PROXIES:
    try:
        ipaddress.ip_network(_proxy, strict=False)
    except ValueError as _error:
        raise ImproperlyConfigured(
            f"TRUSTED_PROXIES: {_proxy!r} is not an address or a range."
        ) from _error

# --- Content Security Policy (django-csp 4) ---------------------------------
# Public pages and the console: nothing inline (no <script>, <style> or style=
# in their templates), no other origin. A script injected into a page through
# content or a form cannot run.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# Wagtail's admin (/admin/ on portals) writes inline scripts and styles and
# compiles a few templates at run time, and previews pages in a same-origin
# frame: it gets this policy instead (aggov.csp). Staff only, behind sign-in;
# still no other origin.
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, UNSAFE_INLINE, UNSAFE_EVAL],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:"],
        "font-src": [SELF, "data:"],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    }
}
# No referrer to other sites (a status lookup's address stays on the portal).
SECURE_REFERRER_POLICY = "same-origin"
# Wagtail's admin would load avatars from gravatar.com: another origin, and the
# staff's email hashes sent out.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Wagtail's Draftail, keeping a posted value that is not its JSON as text
# instead of a 500 (aggov/admin_input.py).
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {"WIDGET": "aggov.admin_input.TolerantDraftailRichTextArea"}
}

WSGI_APPLICATION = "aggov.wsgi.application"
AUTH_USER_MODEL = "accounts.User"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"


def database_config() -> dict:
    """DATABASE_URL when set, else the embedded PostgreSQL (see embedded_db)."""
    url = os.environ.get("DATABASE_URL")
    if url:
        config = dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)
    else:
        from aggov.embedded_db import embedded_database

        # AGGOV_DATABASE_NAME: another database on the same embedded server
        # (created if missing), e.g. a second demo beside the first.
        config = embedded_database(os.environ.get("AGGOV_DATABASE_NAME") or "aggov")
    config["ENGINE"] = "django_tenants.postgresql_backend"
    # Another database on the same server; used by the test suite to point a
    # real Celery worker at its test database.
    if os.environ.get("AGGOV_DATABASE_NAME"):
        config["NAME"] = os.environ["AGGOV_DATABASE_NAME"]
    return config


DATABASES = {"default": database_config()}

# --- Cache -----------------------------------------------------------------
# Every alias uses the tenant-aware key function: Wagtail caches per-site data
# (site root paths, renditions) under keys that would otherwise collide between
# agencies, whose page and site ids repeat across schemas. Redis errors are
# misses (aggov.cache): with Redis down pages still serve and forms still store.
REDIS_URL = os.environ.get("REDIS_URL", "")


def caches_for(redis_url: str) -> dict:
    """Every cache alias on Redis at ``redis_url`` (tolerant), else in process.

    A function so the tests can check this very configuration against a Redis
    server of their own (tests/test_cache_down.py).
    """
    if redis_url:
        backend = {"BACKEND": "aggov.cache.TolerantRedisCache", "LOCATION": redis_url}
    else:
        backend = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    return {
        "default": {**backend, "KEY_FUNCTION": "django_tenants.cache.make_key"},
        "renditions": {
            **backend,
            "KEY_FUNCTION": "django_tenants.cache.make_key",
            "KEY_PREFIX": "renditions",
        },
    }


CACHES = caches_for(REDIS_URL)

# --- Search ----------------------------------------------------------------
# Empty: search runs on PostgreSQL. Set (http://host:9200): on Elasticsearch 8,
# one index per portal and one for the province (search.backends).
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
# Index names: <prefix>-<schema> (an alias) and <prefix>-province.
ELASTICSEARCH_INDEX_PREFIX = os.environ.get("ELASTICSEARCH_INDEX_PREFIX", "aggov")

# --- Auth (Art. 10 of Decision 03/2017/QĐ-UBND) ---------------------------
AUTHENTICATION_BACKENDS = [
    # django-axes first: it refuses locked-out accounts and addresses.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "accounts.validators.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    {"NAME": "accounts.validators.CharacterClassesValidator"},
    {"NAME": "accounts.validators.NotContainingNameValidator"},
    {"NAME": "accounts.validators.PasswordHistoryValidator"},
]
# A password older than this must be changed at the next admin request.
PASSWORD_MAX_AGE_DAYS = int(os.environ.get("PASSWORD_MAX_AGE_DAYS", "90"))
PASSWORD_HISTORY_COUNT = 5
WAGTAILADMIN_USER_LOGIN_FORM = "accounts.forms.PortalLoginForm"
# "Forgotten password" emails go through the outbox like every other email.
WAGTAILADMIN_USER_PASSWORD_RESET_FORM = "accounts.forms.PortalPasswordResetForm"  # noqa: S105 - a form class path, not a password
# Lockout (accounts.lockout): the pair (account, client address) after
# LOGIN_FAILURE_LIMIT failures; the account from any addresses after
# LOGIN_ACCOUNT_FAILURE_LIMIT. No address-only lockout: behind a proxy or an
# office's NAT one address is every staff member. In one schema (axes' tables
# are per agency, the console's in public); lifted after an hour.
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "5"))
AXES_ACCOUNT_FAILURE_LIMIT = int(os.environ.get("LOGIN_ACCOUNT_FAILURE_LIMIT", "20"))
if AXES_ACCOUNT_FAILURE_LIMIT < AXES_FAILURE_LIMIT:
    raise ImproperlyConfigured(
        "LOGIN_ACCOUNT_FAILURE_LIMIT must not be below LOGIN_FAILURE_LIMIT."
    )
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_HANDLER = "accounts.lockout.PairAndAccountHandler"
AXES_CLIENT_IP_CALLABLE = "aggov.client_ip.client_ip"
# A locked pair's further failures are not counted: one address brings at most
# AXES_FAILURE_LIMIT failures to an account's count.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_COOLOFF_TIME = 1  # hours
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_VERBOSE = False
# The operator console's operators must have two-step sign-in; an operator
# without it is sent to enrol before anything else (accounts.middleware).
# On in production (production.py), off in dev and tests unless set.
CONSOLE_REQUIRE_2FA = env_bool("CONSOLE_REQUIRE_2FA", False)
# Sessions end after this many idle minutes (each request extends them) and
# with the browser.
# Citizens' questions (qa): at most this many from one address per hour and
# portal; names and contacts of closed questions erased after this many days.
QA_SUBMISSIONS_PER_HOUR = int(os.environ.get("QA_SUBMISSIONS_PER_HOUR", "5"))
QA_RETENTION_DAYS = int(os.environ.get("QA_RETENTION_DAYS", "365"))
# Status lookups by tracking code (each one counted, so codes are not guessed).
QA_LOOKUPS_PER_HOUR = int(os.environ.get("QA_LOOKUPS_PER_HOUR", "20"))
# Dossier status (services.dossier_views): citizens' lookups and postal
# delivery requests per address and hour, the API's body size, and failed
# token attempts per address and hour before the API answers 429.
DOSSIER_LOOKUPS_PER_HOUR = int(
    os.environ.get("DOSSIER_LOOKUPS_PER_HOUR", str(QA_LOOKUPS_PER_HOUR))
)
POSTAL_REQUESTS_PER_HOUR = int(
    os.environ.get("POSTAL_REQUESTS_PER_HOUR", str(QA_SUBMISSIONS_PER_HOUR))
)
DOSSIER_API_MAX_BYTES = int(os.environ.get("DOSSIER_API_MAX_BYTES", str(64 * 1024)))
DOSSIER_API_FAILED_AUTH_PER_HOUR = int(
    os.environ.get("DOSSIER_API_FAILED_AUTH_PER_HOUR", "30")
)
# Information sent to the board (editorial.Contribution, Art. 24.2): the same
# limit per address and hour; the providers' names, contacts and files erased
# this many days after the board handled it (or on request with the code).
CONTRIBUTIONS_PER_HOUR = int(os.environ.get("CONTRIBUTIONS_PER_HOUR", "5"))
CONTRIBUTION_RETENTION_DAYS = int(
    os.environ.get("CONTRIBUTION_RETENTION_DAYS", str(QA_RETENTION_DAYS))
)
# The national procedures data the demo seeds its catalogues from (a verbatim
# copy of what the National Public Service Portal publishes: data/tthc/README.md).
TTHC_DATA_DIR = Path(os.environ.get("TTHC_DATA_DIR", BASE_DIR / "data" / "tthc"))
# Attachments of one contribution, in total; a larger request body is refused
# (413) before it is read (aggov.body_limit).
CONTRIBUTION_MAX_UPLOAD_BYTES = int(
    os.environ.get("CONTRIBUTION_MAX_UPLOAD_BYTES", str(20 * 1024 * 1024))
)
# Procedure files uploaded in a portal's admin (Dịch vụ công → Nhập thủ tục),
# in total per upload; a larger request body is refused (413) before it is read.
SERVICES_IMPORT_MAX_UPLOAD_BYTES = (
    int(os.environ.get("SERVICES_IMPORT_MAX_UPLOAD_MB", "50")) * 2**20
)
# Usage of the online services (services.usage): without Redis, each process
# adds its in-process counts to the database at the end of a request at most
# this often (seconds), and at exit. With Redis the beat flushes (below).
USAGE_FLUSH_SECONDS = int(os.environ.get("USAGE_FLUSH_SECONDS", "60"))
SESSION_IDLE_MINUTES = int(os.environ.get("SESSION_IDLE_MINUTES", "30"))
SESSION_COOKIE_AGE = SESSION_IDLE_MINUTES * 60
SESSION_SAVE_EVERY_REQUEST = True
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
LOGIN_URL = "console-login"
LOGIN_REDIRECT_URL = "console-home"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False

# --- Language and time -----------------------------------------------------
LANGUAGE_CODE = "vi"
# Art. 9.3: Vietnamese everywhere; the Foreign Affairs portal adds English,
# Chinese, French and Khmer, and any portal may add sections in these.
LANGUAGES = [
    ("vi", "Tiếng Việt"),
    ("en", "English"),
    ("zh-hans", "简体中文"),
    ("fr", "Français"),
    ("km", "ភាសាខ្មែរ"),
]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = [BASE_DIR / "locale"]

# --- Static and media ------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "var" / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "var" / "media"))
# Uploaded files go under MEDIA_ROOT/<schema>/ (URL /media/<schema>/...) so two
# agencies never share or overwrite a file; tenants.media.serve_media serves a
# host only its own agency's folder, and there only the public upload folders
# (images); private files go through views that check their record.
MULTITENANT_RELATIVE_MEDIA_ROOT = "%s"
STORAGES = {
    "default": {"BACKEND": "django_tenants.files.storage.TenantFileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

# --- Wagtail ---------------------------------------------------------------
WAGTAIL_SITE_NAME = "aggov"
WAGTAILIMAGES_IMAGE_MODEL = "images.PortalImage"
# Links in Wagtail's emails must point at the portal being worked on, not at one
# fixed host: resolved per schema, when used (tenants.models.current_portal_url).
WAGTAILADMIN_BASE_URL = lazy(lambda: _current_portal_url(), str)()
WAGTAIL_I18N_ENABLED = True
# Slugs are ASCII by the project's one rule (vietnamese.slugify, đ → d), in
# every language tree: Wagtail's own fallbacks (its copy form, its browser
# slugify) then agree; vietnamese.slugs folds what they do not cover.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "doc", "docx", "xls", "xlsx", "odt", "zip"]
# Every document's file through Wagtail's view (/documents/<id>/<name>), which
# applies its collection's view restrictions; /media/ never serves documents/.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Size limits on files uploaded by staff (the admin's forms refuse larger ones,
# with a Vietnamese message: aggov.upload_forms).
WAGTAILDOCS_MAX_UPLOAD_SIZE = (
    int(os.environ.get("DOCUMENT_MAX_UPLOAD_MB", "20")) * 2**20
)
WAGTAILIMAGES_MAX_UPLOAD_SIZE = int(os.environ.get("IMAGE_MAX_UPLOAD_MB", "10")) * 2**20
WAGTAILDOCS_DOCUMENT_FORM_BASE = "aggov.upload_forms.DocumentForm"
WAGTAILIMAGES_IMAGE_FORM_BASE = "aggov.upload_forms.ImageForm"
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Translating a page creates a draft, never a live page: translations go
# through the board's workflow (editorial.translations).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
WAGTAILADMIN_PERMITTED_LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "aggov": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}

# --- Celery ----------------------------------------------------------------
# Redis when REDIS_URL is set; otherwise tasks run in process, at once.
CELERY_BROKER_URL = REDIS_URL or "memory://"
CELERY_RESULT_BACKEND = REDIS_URL or None
CELERY_TASK_ALWAYS_EAGER = not REDIS_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_SERIALIZER = "json"
CELERY_TIMEZONE = TIME_ZONE
# Keep the Agency looked up for a task's schema for a minute (one query saved
# per task); tenant-schemas-celery reads this.
CELERY_TASK_TENANT_CACHE_SECONDS = 60
# Periodic jobs (`celery -A aggov beat`). Scheduled publishing is Wagtail's
# `publish_scheduled`, which has to run in every agency's schema.
CELERY_BEAT_SCHEDULE = {
    "publish-scheduled-pages": {
        "task": "editorial.tasks.publish_scheduled_everywhere",
        "schedule": 60.0,
    },
    "deadline-digests": {
        "task": "deadlines.tasks.send_digests_everywhere",
        "schedule": crontab(hour=7, minute=0, day_of_week="mon-sat"),
    },
    "deadline-dashboard": {
        "task": "deadlines.tasks.refresh_dashboard",
        "schedule": crontab(hour=6, minute=30),
    },
    "qa-retention": {
        "task": "qa.tasks.erase_expired_everywhere",
        "schedule": crontab(hour=2, minute=0),
    },
    # Outbox rows whose delivery task was lost (broker down) or is due for a
    # retry: every portal, each on its own (outbox.service.drain_everywhere).
    "outbox-drain": {
        "task": "outbox.tasks.drain_everywhere",
        "schedule": 60.0,
    },
    # Postal delivery requests' names and addresses, on the questions' rules.
    "postal-retention": {
        "task": "services.tasks.erase_expired_postal_everywhere",
        "schedule": crontab(hour=2, minute=30),
    },
    "contribution-retention": {
        "task": "editorial.tasks.erase_expired_contributions_everywhere",
        "schedule": crontab(hour=2, minute=15),
    },
    # Art. 14.2: usage counters from Redis into each portal's UsageDay rows;
    # what is counted since the last flush is what a Redis loss would cost.
    "services-usage-flush": {
        "task": "services.tasks.flush_usage_everywhere",
        "schedule": 300.0,
    },
    # Art. 21.1: every portal checked regularly; failures logged at WARNING.
    "portal-checks": {
        "task": "tenants.tasks.check_portals",
        "schedule": crontab(minute="*/15"),
    },
    # Issue 13: the province's read model compared with every portal's schema
    # and repaired (province.sync.reconcile_portals), a Reconciliation stored.
    "province-reconcile": {
        "task": "province.tasks.reconcile_everywhere",
        "schedule": crontab(hour=3, minute=0),
    },
}

# --- Email (SMTP in production; dev and tests use other backends) -----------
# A local relay (localhost) on port 25 by default; any other host gets
# STARTTLS on 587 unless EMAIL_USE_TLS / EMAIL_USE_SSL say otherwise.
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
_email_local = EMAIL_HOST in {"localhost", "127.0.0.1", "::1"}
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", not _email_local and not EMAIL_USE_SSL)
if EMAIL_USE_TLS and EMAIL_USE_SSL:
    raise ImproperlyConfigured("EMAIL_USE_TLS and EMAIL_USE_SSL: set only one.")
EMAIL_PORT = int(
    os.environ.get(
        "EMAIL_PORT", "465" if EMAIL_USE_SSL else "587" if EMAIL_USE_TLS else "25"
    )
)
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
# Seconds: without it a stalled SMTP server holds a worker for ever.
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "no-reply@angiang.gov.vn")
