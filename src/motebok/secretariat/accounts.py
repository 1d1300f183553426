"""Login with a per-username+address failure limit, and logout (POST only)."""

from __future__ import annotations

from django.contrib.auth import views as auth_views
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from motebok.secretariat import ratelimit


class RateLimitedLoginView(auth_views.LoginView):
    """Django's login view that answers 429 after too many failures.

    The limit is checked before the password is, so a locked account cannot be probed.
    """

    template_name = "secretariat/login.html"
    redirect_authenticated_user = False

    def post(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        """Refuse the attempt outright while the username+address pair is locked."""
        username = request.POST.get("username", "")
        address = ratelimit.client_address(request)
        if ratelimit.is_locked(username, address):
            return self._locked(request)
        return super().post(request, *args, **kwargs)

    def form_invalid(self, form):
        """Count the failure; the attempt that reaches the limit already gets 429."""
        username = self.request.POST.get("username", "")
        address = ratelimit.client_address(self.request)
        ratelimit.record_failure(username, address)
        if ratelimit.is_locked(username, address):
            return self._locked(self.request)
        return super().form_invalid(form)

    def form_valid(self, form):
        """Log in and forget earlier failures."""
        ratelimit.reset(self.request.POST.get("username", ""),
                        ratelimit.client_address(self.request))
        return super().form_valid(form)

    def _locked(self, request: HttpRequest) -> HttpResponse:
        """The 429 page telling the user to wait."""
        minutes = ratelimit.WINDOW_SECONDS // 60
        message = _("Too many failed login attempts. Try again in %(minutes)d minutes.") % {
            "minutes": minutes}
        response = render(request, "secretariat/login_locked.html",
                          {"message": message}, status=429)
        response["Retry-After"] = str(ratelimit.WINDOW_SECONDS)
        return response


class LogoutView(auth_views.LogoutView):
    """Django's logout view (POST with CSRF token, as Django 5 requires)."""
