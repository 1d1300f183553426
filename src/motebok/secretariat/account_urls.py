"""Login and logout (with rate limiting), owned by the secretariat app."""

from django.urls import path

from motebok.secretariat import accounts

urlpatterns = [
    path("login/", accounts.RateLimitedLoginView.as_view(), name="login"),
    path("logout/", accounts.LogoutView.as_view(), name="logout"),
]
