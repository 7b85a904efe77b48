"""
The one settings module of ctwatch, configured by the environment.

Every variable read here is listed in .env.example. With nothing set, ctwatch runs on embedded
defaults: a SQLite file in the project, tasks run in-process (no broker), DEBUG on. A malformed
value stops start-up with a message that names the variable.
"""

import datetime as dt
import os
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent

TRUE_WORDS = {"1", "true", "yes", "on"}
FALSE_WORDS = {"0", "false", "no", "off", ""}


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    word = raw.strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ImproperlyConfigured(f"{name}={raw!r} is not a boolean; use one of 1/0, true/false, yes/no, on/off")


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or not raw.strip():
        return default
    try:
        return int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={raw!r} is not a whole number") from None


def env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def database_from_url(name: str, default: str) -> dict:
    url = os.environ.get(name) or default
    try:
        config = dj_database_url.parse(url, conn_max_age=env_int("DB_CONN_MAX_AGE", 60))
    except ValueError as error:
        raise ImproperlyConfigured(
            f"{name} is malformed ({error}); expected e.g. "
            "postgres://user@host:5432/dbname or sqlite:///path/db.sqlite3"
        ) from None
    if config["ENGINE"] not in ("django.db.backends.postgresql", "django.db.backends.sqlite3"):
        raise ImproperlyConfigured(f"{name} names {config['ENGINE']}; ctwatch runs on PostgreSQL or SQLite")
    if config["ENGINE"].endswith("sqlite3"):
        # SQLite connections are cheap, and keeping them open only pins stale file handles.
        config["CONN_MAX_AGE"] = 0
    elif not config.get("NAME"):
        raise ImproperlyConfigured(f"{name} has no database name: postgres://user@host:5432/<dbname>")
    return config


def broker_from_url(name: str) -> str | None:
    url = os.environ.get(name, "").strip()
    if not url:
        return None
    scheme = urlsplit(url).scheme
    if scheme not in ("redis", "rediss", "amqp", "amqps"):
        raise ImproperlyConfigured(f"{name}={url!r} is not a broker URL; expected redis://host:6379/0")
    return url


DEBUG = env_bool("DEBUG", True)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off")
    # Only for local development: anyone can read this key, so DEBUG-off refuses it above.
    SECRET_KEY = "insecure-local-development-key-do-not-use-in-production"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_filters",
    "simple_history",
    "axes",
    "ctwatch.statements",
    "ctwatch.ingest",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "ctwatch.security.content_security_policy",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes asks: it answers a locked-out login attempt.
    "axes.middleware.AxesMiddleware",
]

if not DEBUG:
    # Production serves the collected, hashed files itself; with DEBUG on, runserver serves the sources.
    MIDDLEWARE.insert(1, "whitenoise.middleware.WhiteNoiseMiddleware")

ROOT_URLCONF = "ctwatch.urls"
WSGI_APPLICATION = "ctwatch.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {"default": database_from_url("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}


def cache_from_url(name: str) -> dict:
    url = os.environ.get(name, "").strip()
    if not url:
        # Per process: enough for one runserver; gunicorn's workers each keep their own.
        return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    if urlsplit(url).scheme not in ("redis", "rediss"):
        raise ImproperlyConfigured(f"{name}={url!r} is not a cache URL; expected redis://host:6379/1")
    return {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": url}


CACHES = {"default": cache_from_url("CACHE_URL")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTHENTICATION_BACKENDS = [
    # Counts failed logins and refuses further attempts for a while (django-axes), then the usual check.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = dt.timedelta(minutes=env_int("LOGIN_COOLOFF_MINUTES", 15))
# Lock the pair: one person's typos do not lock a whole office behind one address out.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [
    BASE_DIR / "static",
    # Chart.js comes from the npm registry (package.json) and is served from node_modules, never committed.
    ("vendor/chart.js", BASE_DIR / "node_modules" / "chart.js" / "dist"),
]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        # Hashed, compressed files need `collectstatic`; local runs and tests serve the sources as they are.
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage",
    },
}

# Production hardening, on whenever DEBUG is off. HTTPS_ONLY=false is for a trial behind plain HTTP.
HTTPS_ONLY = env_bool("HTTPS_ONLY", not DEBUG)
SECURE_SSL_REDIRECT = HTTPS_ONLY
SESSION_COOKIE_SECURE = HTTPS_ONLY
CSRF_COOKIE_SECURE = HTTPS_ONLY
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000 if HTTPS_ONLY else 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS_ONLY
SECURE_HSTS_PRELOAD = HTTPS_ONLY
if env_bool("BEHIND_TLS_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Celery. Without a broker, tasks run in-process when queued, so nothing else has to run; the in-memory
# transport then makes sure nothing tries to reach a default broker on localhost.
BROKER_FROM_ENVIRONMENT = broker_from_url("CELERY_BROKER_URL")
CELERY_BROKER_URL = BROKER_FROM_ENVIRONMENT or "memory://localhost/"
CELERY_TASK_ALWAYS_EAGER = BROKER_FROM_ENVIRONMENT is None
# In-process tasks fail as they would on a worker: recorded (on_failure marks the article), logged, and
# not raised into whoever queued them, so an extractor bug cannot crash `ingest` or an admin page.
CELERY_TASK_EAGER_PROPAGATES = False
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_IGNORE_RESULT = True
# A task is acknowledged only once it has finished, and given back if its worker dies; safe because
# every task's writes are idempotent (natural keys, conditional updates).
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SOFT_TIME_LIMIT = env_int("CELERY_TASK_SOFT_TIME_LIMIT", 120)
CELERY_TASK_TIME_LIMIT = env_int("CELERY_TASK_TIME_LIMIT", 180)
# Redis redelivers an unacknowledged task after this long: it must exceed the longest task, or a slow
# task would run twice at once.
CELERY_VISIBILITY_TIMEOUT = env_int("CELERY_VISIBILITY_TIMEOUT", 3600)
if CELERY_VISIBILITY_TIMEOUT <= CELERY_TASK_TIME_LIMIT:
    raise ImproperlyConfigured(
        f"CELERY_VISIBILITY_TIMEOUT={CELERY_VISIBILITY_TIMEOUT} must exceed CELERY_TASK_TIME_LIMIT="
        f"{CELERY_TASK_TIME_LIMIT}, or a task still running would be handed to a second worker"
    )
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": CELERY_VISIBILITY_TIMEOUT,
    # How often a worker looks for tasks whose worker died (older than the visibility timeout) and puts
    # them back: every 10 s, or sooner with a short timeout. Redis's defaults sweep only every ~100 s.
    "unacked_restore_interval": max(1, min(10, CELERY_VISIBILITY_TIMEOUT // 4)),
    "unacked_restore_throttle": 1,
}
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# One Redis may serve several deployments; each names its own queue.
CELERY_TASK_DEFAULT_QUEUE = os.environ.get("CELERY_TASK_DEFAULT_QUEUE", "").strip() or "celery"
# An article unfinished this long after it was last queued or touched has lost its task: Redis would have
# handed an unacknowledged task back by then, and that delivery would have finished or been killed.
INGEST_REQUEUE_AFTER = CELERY_VISIBILITY_TIMEOUT + CELERY_TASK_TIME_LIMIT
CELERY_WORKER_HIJACK_ROOT_LOGGER = False
# Celery's Django fixup closes the database connection around every task unless told to reuse it; a
# new PostgreSQL connection per task cost about a third of an article's ingestion time.
CELERY_DB_REUSE_MAX = 1000

LOG_LEVEL = os.environ.get("LOG_LEVEL", "INFO").upper()
if LOG_LEVEL not in ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"):
    raise ImproperlyConfigured(
        f"LOG_LEVEL={LOG_LEVEL!r} is not a logging level (DEBUG, INFO, WARNING, ERROR)"
    )
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    # django-axes logs every login and reset at INFO; lockouts are what matter, at WARNING.
    "loggers": {"axes": {"level": "WARNING"}},
}

# When on, the public chart and lists show only claims a person has verified or corrected, unless a
# visitor asks for another review status.
CHART_VERIFIED_ONLY = env_bool("CHART_VERIFIED_ONLY", False)

# `make run` loads the demo data set from here (manage.py loaddata demo).
FIXTURE_DIRS = [BASE_DIR / "fixtures"]

# The fetch guard refuses private, loopback, link-local and metadata addresses. Tests against a local
# server exempt exact "host:port" authorities here; neither is read from the environment on purpose.
INGEST_ALLOWED_PRIVATE_HOSTS: list[str] = []
INGEST_ALLOW_PRIVATE_ADDRESSES = False

CELERY_BEAT_SCHEDULE = {
    "poll-due-feeds": {"task": "ctwatch.ingest.tasks.poll_due_feeds_task", "schedule": 60.0},
    # Kombu's Redis transport loses a task whose worker dies between taking it off the queue and noting
    # it as unacknowledged; the article rows are what survives, so a sweep queues their work again.
    "requeue-stalled-articles": {
        "task": "ctwatch.ingest.tasks.requeue_stalled_articles_task",
        "schedule": float(max(1, min(60, CELERY_VISIBILITY_TIMEOUT // 2))),
    },
    # With a shared cache (CACHE_URL), web processes then find these charts computed.
    "warm-busiest-charts": {"task": "ctwatch.statements.tasks.warm_busiest_charts_task", "schedule": 60.0},
}
