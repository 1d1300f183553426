"""URLs of the secretariat app (mounted at /secretariat/)."""

from django.urls import path

from motebok.secretariat import views

app_name = "secretariat"
urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("bodies/<slug:slug>/", views.body_detail, name="body"),
    path("bodies/<slug:slug>/edit/", views.body_edit, name="body_edit"),
    path("bodies/<slug:slug>/members/new/", views.member_add, name="member_add"),
    path("bodies/<slug:slug>/groups/new/", views.group_new, name="group_new"),
    path("bodies/<slug:slug>/meetings/new/", views.meeting_new, name="meeting_new"),
    path("bodies/<slug:slug>/audit/", views.audit_log, name="audit"),
    path("bodies/<slug:slug>/calendar/<int:user_id>/<str:token>.ics", views.calendar,
         name="calendar"),
    path("memberships/<int:pk>/end/", views.member_end, name="member_end"),
    path("meetings/<int:pk>/", views.meeting_detail, name="meeting"),
    path("meetings/<int:pk>/edit/", views.meeting_edit, name="meeting_edit"),
    path("meetings/<int:pk>/items/new/", views.item_new, name="item_new"),
    path("meetings/<int:pk>/attendance/", views.attendance, name="attendance"),
    path("meetings/<int:pk>/attachments/new/", views.attachment_new, name="attachment_new"),
    path("meetings/<int:pk>/summons/send/", views.summons_send, name="summons_send"),
    path("meetings/<int:pk>/approve/", views.meeting_approve, name="meeting_approve"),
    path("meetings/<int:pk>/publish/", views.meeting_publish, name="meeting_publish"),
    path("meetings/<int:pk>/versions/", views.versions, name="versions"),
    path("meetings/<int:pk>/versions/<int:version>.json", views.version_json,
         name="version_json"),
    path("meetings/<int:pk>/minutes.json", views.minutes_json, name="minutes_json"),
    path("meetings/<int:pk>/<str:kind>.<str:fmt>", views.document, name="document"),
    path("items/<int:pk>/edit/", views.item_edit, name="item_edit"),
    path("items/<int:pk>/move/", views.item_move, name="item_move"),
    path("items/<int:pk>/delete/", views.item_delete, name="item_delete"),
    path("items/<int:pk>/decisions/new/", views.decision_new, name="decision_new"),
    path("items/<int:pk>/actions/new/", views.action_new, name="action_new"),
    path("items/<int:pk>/comments/new/", views.comment_new, name="comment_new"),
    path("items/<int:pk>/approve-previous/", views.approve_previous, name="approve_previous"),
    path("items/<int:pk>/approve-summons/", views.approve_summons, name="approve_summons"),
    path("decisions/<int:pk>/delete/", views.decision_delete, name="decision_delete"),
    path("actions/<int:pk>/done/", views.action_done, name="action_done"),
    path("attachments/<int:pk>/", views.attachment_download, name="attachment"),
    path("attachments/<int:pk>/publish/", views.attachment_publish, name="attachment_publish"),
]
