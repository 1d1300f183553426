"""Django settings for motebok; every outside value is read through ``motebok.config``."""

from __future__ import annotations

from pathlib import Path

from django.utils.translation import gettext_lazy as _

from motebok import config

PACKAGE_DIR = Path(__file__).resolve().parent

DEBUG = config.env_bool("MOTEBOK_DEBUG", False)
SECRET_KEY = config.env_str("MOTEBOK_SECRET_KEY", "motebok-insecure-development-key-change-me")
ALLOWED_HOSTS = config.env_list("MOTEBOK_ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]",
                                                          "testserver"])
CSRF_TRUSTED_ORIGINS = config.env_list("MOTEBOK_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.admin",
    "motebok.archive",
    "motebok.search",
    "motebok.web",
    "motebok.secretariat",
    "motebok.api",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "motebok.web.middleware.method_not_allowed_page",
]

ROOT_URLCONF = "motebok.urls"
WSGI_APPLICATION = "motebok.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASE_URL = config.database_url()
DATABASES = {"default": config.database_from_url(DATABASE_URL)}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

LANGUAGE_CODE = "nb"
LANGUAGES = [("nb", _("Norwegian Bokmål")), ("en", _("English"))]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
# "4 May 2024" in English, not the ambiguous US "05/04/2024" (see motebok/formats/en).
FORMAT_MODULE_PATH = ["motebok.formats"]
TIME_ZONE = "Europe/Oslo"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = config.data_dir() / "static"
MEDIA_ROOT = config.data_dir() / "media"
MEDIA_URL = "/media/"

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "/"

EMAIL_BACKEND = config.env_str("MOTEBOK_EMAIL_BACKEND",
                               "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = config.env_str("MOTEBOK_EMAIL_HOST", "localhost")
EMAIL_PORT = config.env_int("MOTEBOK_EMAIL_PORT", 25)
EMAIL_HOST_USER = config.env_str("MOTEBOK_EMAIL_USER", "")
EMAIL_HOST_PASSWORD = config.env_str("MOTEBOK_EMAIL_PASSWORD", "")
EMAIL_USE_TLS = config.env_bool("MOTEBOK_EMAIL_STARTTLS", False)
EMAIL_USE_SSL = config.env_bool("MOTEBOK_EMAIL_SSL", False)
EMAIL_TIMEOUT = config.env_int("MOTEBOK_EMAIL_TIMEOUT", 30)
DEFAULT_FROM_EMAIL = config.env_str("MOTEBOK_FROM_EMAIL", "motebok@localhost")
# The address the site is reached at, for links in mail sent without a request
# (motebok remind): "https://motebok.example.no"; empty means no links.
MOTEBOK_BASE_URL = config.env_base_url("MOTEBOK_BASE_URL")

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
