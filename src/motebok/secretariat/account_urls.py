"""Login and logout (with rate limiting) and choosing a password, owned by the secretariat app."""

from django.urls import path

from motebok.secretariat import access_views, accounts

urlpatterns = [
    path("login/", accounts.RateLimitedLoginView.as_view(), name="login"),
    path("logout/", accounts.LogoutView.as_view(), name="logout"),
    path("set-password/<uidb64>/<token>/", access_views.SetPasswordView.as_view(),
         name="set_password"),
]
