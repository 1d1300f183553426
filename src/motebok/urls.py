"""Top-level URL map: each app owns its own ``urls.py``."""

from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
    path("api/", include("motebok.api.urls")),
    path("accounts/", include("motebok.secretariat.account_urls")),
    path("secretariat/", include("motebok.secretariat.urls")),
    path("", include("motebok.web.urls")),
]
