"""Who may do what for a body: administrator, secretariat, member, or nobody (the public).

One place decides it so that every view asks the same question. Objects a user may not
see answer 404 (not 403), so drafts do not reveal that they exist; a member who may see
but not change something gets 403.
"""

from __future__ import annotations

from enum import IntEnum

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404

from motebok.archive.models import (
    AgendaItem,
    BodyAccess,
    Meeting,
    Organization,
    access_body_ids,
)
from motebok.vocab import AccessRole, MeetingStatus, OrganizationKind


class Role(IntEnum):
    """Ordered roles: a higher role may do everything a lower one may."""

    NONE = 0
    MEMBER = 1
    SECRETARIAT = 2
    ADMIN = 3


def role_for(user, body: Organization | None) -> Role:
    """The user's role for a body; access to a parent body also covers its working groups.

    A meeting of no body (restored from a record that names none) has no secretariat
    and no members: only an administrator has a role for it.
    """
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return Role.NONE
    if user.is_superuser:
        return Role.ADMIN
    if body is None:
        return Role.NONE
    body_ids = [body.pk]
    if body.parent_id:
        body_ids.append(body.parent_id)
    roles = set(BodyAccess.objects.filter(user=user, body_id__in=body_ids)
                .values_list("role", flat=True))
    if AccessRole.SECRETARIAT.value in roles:
        return Role.SECRETARIAT
    if AccessRole.MEMBER.value in roles:
        return Role.MEMBER
    return Role.NONE


def require(user, body: Organization | None, needed: Role) -> Role:
    """The user's role, or 404 (no role at all) / 403 (a role, but too low).

    The secretariat's workspace is a body's: what belongs to no body (a meeting restored
    from a record that names none) is 404 there for everyone; its published documents
    are read through ``readable_meeting_or_404``.
    """
    role = role_for(user, body) if body is not None else Role.NONE
    if role == Role.NONE:
        raise Http404("no access")
    if role < needed:
        raise PermissionDenied("not allowed for this role")
    return role


def bodies_for(user):
    """The bodies a user works with (all of them for an administrator)."""
    if not getattr(user, "is_authenticated", False):
        return Organization.objects.none()
    if user.is_superuser:
        return Organization.objects.filter(
            kind__in=[OrganizationKind.BODY.value, OrganizationKind.WORKING_GROUP.value])
    # the archive's rule: a row on a body covers it and its working groups
    return Organization.objects.filter(pk__in=access_body_ids(user))


def served_bodies(user):
    """The bodies a user is the secretariat of (``role_for`` gives ``Role.SECRETARIAT`` or
    more): every organisation for an administrator; else those with a secretariat row,
    and their working groups (a row on a body covers its groups)."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return Organization.objects.none()
    if user.is_superuser:
        return Organization.objects.all()
    rows = BodyAccess.objects.filter(user=user, role=AccessRole.SECRETARIAT.value)
    return Organization.objects.filter(Q(pk__in=rows.values("body_id"))
                                       | Q(parent_id__in=rows.values("body_id")))


def body_or_404(user, slug: str, needed: Role) -> tuple[Organization, Role]:
    """The body named by ``slug`` if the user has at least ``needed`` for it."""
    body = Organization.objects.filter(slug=slug).first()
    if body is None:
        raise Http404("no such body")
    return body, require(user, body, needed)


def meeting_or_404(user, pk: int, needed: Role) -> tuple[Meeting, Role]:
    """The meeting ``pk`` if the user has at least ``needed`` for its body."""
    meeting = Meeting.objects.select_related("body").filter(pk=pk).first()
    if meeting is None:
        raise Http404("no such meeting")
    return meeting, require(user, meeting.body, needed)


def item_or_404(user, pk: int, needed: Role) -> tuple[AgendaItem, Role]:
    """The agenda item ``pk`` if the user has at least ``needed`` for its meeting's body."""
    item = AgendaItem.objects.select_related("meeting__body").filter(pk=pk).first()
    if item is None:
        raise Http404("no such item")
    return item, require(user, item.meeting.body, needed)


def readable_meeting_or_404(user, pk: int) -> tuple[Meeting, Role]:
    """A published meeting for anyone; any other only for users with a role (else 404)."""
    meeting = Meeting.objects.select_related("body").filter(pk=pk).first()
    if meeting is None:
        raise Http404("no such meeting")
    role = role_for(user, meeting.body)
    if role == Role.NONE and meeting.status != MeetingStatus.PUBLISHED.value:
        raise Http404("not published")
    return meeting, role
