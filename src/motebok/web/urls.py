"""URLs of the public web pages, the iCal feeds and the Atom feeds of published minutes."""

from django.urls import path
from django.views.decorators.http import require_safe

from motebok.web import atom, feeds, views

app_name = "web"
urlpatterns = [
    path("", views.home, name="home"),
    path("bodies/", views.body_list, name="bodies"),
    path("calendar.ics", feeds.all_calendar, name="calendar"),
    path("feed.atom", require_safe(atom.MinutesFeed()), name="feed"),
    path("bodies/<slug:slug>/", views.body_detail, name="body"),
    path("bodies/<slug:slug>/calendar.ics", feeds.body_calendar, name="body_calendar"),
    path("bodies/<slug:slug>/feed.atom", require_safe(atom.BodyMinutesFeed()),
         name="body_feed"),
    path("bodies/<slug:slug>/decisions/", views.body_decisions, name="body_decisions"),
    path("meetings/", views.meeting_list, name="meetings"),
    path("meetings/<int:meeting_id>/", views.meeting_detail, name="meeting"),
    path("meetings/<int:meeting_id>/source", views.meeting_source, name="meeting_source"),
    path("people/<int:person_id>/", views.person_detail, name="person"),
    path("actions/", views.action_list, name="actions"),
    path("actions.csv", views.action_csv, name="actions_csv"),
    path("actions/mine/", views.my_actions, name="my_actions"),
    path("search", views.search, name="search"),
]
