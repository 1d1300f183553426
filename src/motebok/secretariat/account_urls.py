"""Login and logout (with rate limiting), owned by the secretariat app."""

from django.urls import path  # noqa: F401

urlpatterns: list = []
