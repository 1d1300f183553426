"""Who has access to a body: the secretariat (and administrators) grant, change, revoke.

The page lists the BodyAccess rows of one body; changes are POST-only, audited, and
refused with a message when they would leave the acting user without the secretariat
role on a body that has no other secretariat (the body must stay manageable). New
accounts get no password: they choose one through a one-time link (Django's password
reset token, so the link stops working once the password is set).
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth import views as auth_views
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import send_mail
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from motebok.archive.models import BodyAccess, Membership, Organization, Person
from motebok.archive.names import normalize_name
from motebok.secretariat import audit, forms
from motebok.secretariat.access import Role, body_or_404, require, role_for
from motebok.secretariat.forms import error_summary as _errors
from motebok.secretariat.models import AuditAction
from motebok.vocab import AccessRole

SECRETARIAT = AccessRole.SECRETARIAT.value


def _to_page(body: Organization) -> HttpResponse:
    return redirect("secretariat:access", slug=body.slug)


def _display_name(user) -> str:
    return user.get_full_name() or user.get_username()


def _row_form(row: BodyAccess) -> forms.AccessRoleForm:
    """The role selector of one row, labelled for screen readers (the table has no label)."""
    form = forms.AccessRoleForm(initial={"role": row.role}, auto_id=f"id_access{row.pk}_%s")
    form.fields["role"].widget.attrs["aria-label"] = _("Access of %(name)s") % {
        "name": row.user.get_username()}
    return form


def _person_forms(rows: list[BodyAccess], people) -> dict[int, tuple]:
    """Per account of the rows: the person it is linked to, the form that links it and
    the person suggested, for an account not linked yet, whose name is the account's
    full name, among ``people`` (those the acting user may see), when no account is
    linked to that person (the form is filled with it). Two queries at most."""
    users = [row.user for row in rows]
    linked = {p.user_id: p for p in Person.objects.filter(user__in=users)}
    names = {user.pk: normalize_name(user.get_full_name()) for user in users
             if user.pk not in linked and user.get_full_name().strip()}
    named = {p.normalized_name: p for p in people.filter(
        normalized_name__in=set(names.values()), user__isnull=True)} if names else {}
    found = {}
    for user in users:
        person = linked.get(user.pk)
        suggested = named.get(names.get(user.pk, ""))
        form = forms.AccountPersonForm(
            initial={"person": (person or suggested).name if person or suggested else ""},
            auto_id=f"id_person{user.pk}_%s")
        form.fields["person"].widget.attrs.update({
            "list": "access-people", "autocomplete": "off",
            "aria-label": _("Person of %(name)s") % {"name": user.get_username()}})
        found[user.pk] = (person, form, suggested)
    return found


def _page(request: HttpRequest, body: Organization, *, grant_form=None, account_form=None,
          new_link: str = "", new_user=None, status: int = 200) -> HttpResponse:
    rows = list(BodyAccess.objects.filter(body=body).select_related("user")
                .order_by("role", "user__username"))
    people = _person_forms(rows, Person.objects.visible_to(request.user))
    context = {
        "body": body,
        "rows": [(row, _row_form(row), *people[row.user_id]) for row in rows],
        # the names the person fields offer to complete: the body's members
        "member_names": sorted(set(Membership.objects.filter(body=body)
                                   .values_list("person__name", flat=True))),
        "parent_rows": (BodyAccess.objects.filter(body_id=body.parent_id)
                        .select_related("user").order_by("role", "user__username")
                        if body.parent_id else []),
        "grant_form": grant_form or forms.AccessGrantForm(auto_id="id_grant_%s"),
        "account_form": account_form or forms.AccountForm(auto_id="id_account_%s"),
        "new_link": new_link,
        "new_user": new_user,
        "page_path": reverse("secretariat:access", args=[body.slug]),
    }
    return render(request, "secretariat/access.html", context, status=status)


def access_page(request: HttpRequest, slug: str) -> HttpResponse:
    """Who may read drafts (member) and who edits (secretariat) for one body."""
    body, _role = body_or_404(request.user, slug, Role.SECRETARIAT)
    return _page(request, body)


@require_POST
def access_grant(request: HttpRequest, slug: str) -> HttpResponse:
    """Give an existing account access to the body."""
    body, _role = body_or_404(request.user, slug, Role.SECRETARIAT)
    form = forms.AccessGrantForm(request.POST, auto_id="id_grant_%s")
    if not form.is_valid():
        messages.error(request, _("Not saved: %(errors)s") % {"errors": _errors(form)})
        return _page(request, body, grant_form=form, status=400)
    user, role = form.cleaned_data["who"], form.cleaned_data["role"]
    if BodyAccess.objects.filter(body=body, user=user).exists():
        messages.error(request, _("%(name)s already has access; change the role in the list.")
                       % {"name": user.get_username()})
        return _to_page(body)
    with transaction.atomic():
        row = BodyAccess.objects.create(body=body, user=user, role=role)
        audit.record(request.user, row, AuditAction.CREATE, body=body,
                     summary=user.get_username(), changes=audit.snapshot(row))
    messages.success(request, _("%(name)s was given access.") % {"name": user.get_username()})
    return _to_page(body)


def _row_or_404(request: HttpRequest, pk: int) -> BodyAccess:
    row = BodyAccess.objects.select_related("body", "user").filter(pk=pk).first()
    if row is None:
        raise Http404("no such access")
    require(request.user, row.body, Role.SECRETARIAT)
    return row


def _would_orphan(request: HttpRequest, row: BodyAccess) -> bool:
    """Whether taking the secretariat role from ``row`` leaves its user unable to manage.

    Only a user's own last secretariat role is protected: an administrator manages every
    body anyway, and someone who takes another person's role keeps their own. The
    secretariat of a parent body also manages its working groups, so it counts as another
    secretariat of a group.
    """
    if row.role != SECRETARIAT or row.user_id != request.user.pk or request.user.is_superuser:
        return False
    body_ids = [row.body_id, *([row.body.parent_id] if row.body.parent_id else [])]
    return not BodyAccess.objects.filter(body_id__in=body_ids, role=SECRETARIAT).exclude(
        pk=row.pk).exists()


def _refuse_orphan(request: HttpRequest) -> None:
    messages.error(request, _("You are the only secretariat of this body and cannot give up "
                              "the role. Give someone else the secretariat role first."))


@require_POST
def access_change(request: HttpRequest, pk: int) -> HttpResponse:
    """Change an account's role on the body (member ↔ secretariat)."""
    row = _row_or_404(request, pk)
    form = forms.AccessRoleForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Not saved: %(errors)s") % {"errors": _errors(form)})
        return _to_page(row.body)
    new_role = form.cleaned_data["role"]
    if new_role == row.role:
        return _to_page(row.body)
    if new_role != SECRETARIAT and _would_orphan(request, row):
        _refuse_orphan(request)
        return _to_page(row.body)
    with transaction.atomic():
        before = audit.snapshot(row)
        row.role = new_role
        row.save(update_fields=["role"])
        audit.record(request.user, row, AuditAction.UPDATE, body=row.body,
                     summary=row.user.get_username(),
                     changes=audit.diff(before, audit.snapshot(row)))
    messages.success(request, _("The role of %(name)s was changed.")
                     % {"name": row.user.get_username()})
    if role_for(request.user, row.body) < Role.SECRETARIAT:  # gave up their own role
        return redirect("secretariat:dashboard")
    return _to_page(row.body)


def _person_refusal(request: HttpRequest, row: BodyAccess, person: Person | None) -> str:
    """Why the account of ``row`` may not be linked to ``person`` ('' if it may): an
    administrator's account is changed by administrators only, and a person already
    linked to another account is unlinked there first (one account per person)."""
    user = row.user
    if (user.is_superuser or user.is_staff) and not request.user.is_superuser:
        return _("The account %(name)s is an administrator's; ask an administrator.") % {
            "name": user.get_username()}
    if person is not None and person.user_id not in (None, user.pk):
        return _("%(person)s is linked to another account already; unlink it there first.") % {
            "person": person.name}
    return ""


@require_POST
def access_person(request: HttpRequest, pk: int) -> HttpResponse:
    """Link the row's account to a person of the archive, or unlink it (an empty name):
    its "Mine tiltak" then lists that person's actions. Audited on each person changed."""
    row = _row_or_404(request, pk)
    form = forms.AccountPersonForm(request.POST, people=Person.objects.visible_to(request.user))
    if not form.is_valid():
        messages.error(request, _("Not saved: %(errors)s") % {"errors": _errors(form)})
        return _to_page(row.body)
    person = form.cleaned_data["person"]
    refusal = _person_refusal(request, row, person)
    if refusal:
        messages.error(request, refusal)
        return _to_page(row.body)
    current = Person.objects.filter(user=row.user).first()
    if person == current:
        return _to_page(row.body)
    username = row.user.get_username()
    with transaction.atomic():
        for changed, account in ((current, None), (person, row.user)):
            if changed is None:
                continue
            before = audit.snapshot(changed)
            changed.user = account
            changed.save(update_fields=["user"])
            audit.record(request.user, changed, AuditAction.UPDATE, body=row.body,
                         summary=f"{changed.name} – {username}",
                         changes=audit.diff(before, audit.snapshot(changed)))
    if person is None:
        messages.success(request, _("The account %(name)s is no longer linked to a person.")
                         % {"name": username})
    else:
        messages.success(request, _("The account %(name)s is linked to %(person)s.")
                         % {"name": username, "person": person.name})
    return _to_page(row.body)


@require_POST
def access_revoke(request: HttpRequest, pk: int) -> HttpResponse:
    """Take an account's access to the body away (the account itself stays)."""
    row = _row_or_404(request, pk)
    body = row.body
    if _would_orphan(request, row):
        _refuse_orphan(request)
        return _to_page(body)
    with transaction.atomic():
        snapshot, object_id = audit.snapshot(row), row.pk
        row.delete()
        row.pk = object_id  # the audit entry names the row that was removed
        audit.record(request.user, row, AuditAction.DELETE, body=body,
                     summary=row.user.get_username(), changes=snapshot)
    messages.success(request, _("The access of %(name)s was revoked.")
                     % {"name": row.user.get_username()})
    if role_for(request.user, body) < Role.SECRETARIAT:  # gave up their own role
        return redirect("secretariat:dashboard")
    return _to_page(body)


def set_password_link(request: HttpRequest, user) -> str:
    """The absolute one-time link at which ``user`` chooses a password."""
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    return request.build_absolute_uri(reverse("set_password", args=[uid, token]))


def _link_refusal(request: HttpRequest, user) -> str:
    """Why a new password link for ``user`` may not be made by this requester ('' if it may).

    A link lets whoever holds it choose the account's password, so it is only made for
    accounts that never chose one (they cannot log in yet), never for administrators, and
    only by someone who manages every body the account has access to: otherwise the
    secretariat of one body could take over an account that reads another body's drafts.
    """
    if user.has_usable_password():
        return _("%(name)s has already chosen a password.") % {"name": user.get_username()}
    if user.is_superuser or user.is_staff:
        return _("A password link is not made for administrators.")
    bodies = Organization.objects.filter(accesses__user=user).distinct()
    if any(role_for(request.user, body) < Role.SECRETARIAT for body in bodies):
        return _("%(name)s also has access to bodies you do not manage; ask an "
                 "administrator.") % {"name": user.get_username()}
    return ""


def _send_link(request: HttpRequest, body: Organization, user, link: str) -> bool:
    """E-mail the set-password link; False when the account has no address or sending failed."""
    if not user.email:
        return False
    subject = _("Your account in Møtebok")
    text = _("Hello %(name)s,\n\nYou have been given access to %(body)s in Møtebok "
             "(username: %(username)s).\nChoose your password here (the link works once):\n"
             "%(link)s\n") % {"name": _display_name(user), "body": body.name,
                              "username": user.get_username(), "link": link}
    try:
        send_mail(subject, text, None, [user.email])
    except OSError:
        return False
    return True


@require_POST
def access_link(request: HttpRequest, pk: int) -> HttpResponse:
    """A new set-password link for an account that has not chosen its password yet.

    The first link may have been lost or have expired (PASSWORD_RESET_TIMEOUT): this makes
    a fresh one and e-mails it when the account has an address; otherwise it is shown on
    the page for the secretariat to pass on, as when the account was made.
    """
    row = _row_or_404(request, pk)
    refusal = _link_refusal(request, row.user)
    if refusal:
        messages.error(request, refusal)
        return _to_page(row.body)
    link = set_password_link(request, row.user)
    audit.record(request.user, row.user, AuditAction.SEND, body=row.body,
                 summary=f"{row.user.get_username()} <{row.user.email}>",
                 changes={"username": row.user.get_username(), "email": row.user.email})
    if _send_link(request, row.body, row.user, link):
        messages.success(request, _("A new link was sent to %(email)s.")
                         % {"email": row.user.email})
        return _to_page(row.body)
    return _page(request, row.body, new_link=link, new_user=row.user)


@require_POST
def account_new(request: HttpRequest, slug: str) -> HttpResponse:
    """Create an account with access to the body; it gets a link to choose its password."""
    body, _role = body_or_404(request.user, slug, Role.SECRETARIAT)
    form = forms.AccountForm(request.POST, auto_id="id_account_%s")
    if not form.is_valid():
        messages.error(request, _("Not created: %(errors)s") % {"errors": _errors(form)})
        return _page(request, body, account_form=form, status=400)
    data = form.cleaned_data
    first, _sep, last = data["name"].strip().rpartition(" ")
    with transaction.atomic():
        user = get_user_model().objects.create_user(
            data["username"], data["email"], None, first_name=first or last,
            last_name=last if first else "")
        audit.record(request.user, user, AuditAction.CREATE, body=body,
                     summary=f"{user.get_username()} <{user.email}>",
                     changes={"username": user.get_username(), "name": data["name"],
                              "email": user.email})
        row = BodyAccess.objects.create(body=body, user=user, role=data["role"])
        audit.record(request.user, row, AuditAction.CREATE, body=body,
                     summary=user.get_username(), changes=audit.snapshot(row))
    link = set_password_link(request, user)
    if not data["send_email"]:
        messages.success(request, _("The account %(name)s was created.")
                         % {"name": user.get_username()})
        return _page(request, body, new_link=link, new_user=user)
    if not _send_link(request, body, user, link):
        messages.warning(request, _("The e-mail could not be sent; give %(name)s this link "
                                    "yourself.") % {"name": user.get_username()})
        return _page(request, body, new_link=link, new_user=user)
    messages.success(request, _("The account %(name)s was created and the link was sent to "
                                "%(email)s.") % {"name": user.get_username(),
                                                 "email": user.email})
    return _to_page(body)


class SetPasswordView(auth_views.PasswordResetConfirmView):
    """Choosing a password from the one-time link (invalid once the password is set)."""

    template_name = "secretariat/set_password.html"
    success_url = reverse_lazy("login")
    reset_url_token = "choose"

    def form_valid(self, form):
        response = super().form_valid(form)
        messages.success(self.request, _("Your password is set. You can log in now."))
        return response
