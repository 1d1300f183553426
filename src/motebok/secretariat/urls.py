"""URLs of the secretariat app."""

from django.urls import path  # noqa: F401

app_name = "secretariat"
urlpatterns: list = []
